//! Charts of panels: categories at the latest period, and a panel over time.

use super::*;

/// A province × year panel: 38 provinces, two years, `rows` per year in file order.
fn panel_yaml(chart: &str) -> String {
    let mut yaml = String::from(
        "title: {id: KPM per provinsi, en: Households by province}
source: {name: Contoh}
columns:
  - {key: provinsi, type: string, label: Provinsi}
  - {key: tahun, type: period, label: Tahun}
  - {key: kpm, type: number, unit: households, label: {id: KPM, en: Households}}
rows:
",
    );
    for year in [2023, 2024] {
        for i in 0..38 {
            let value = 1000 + (i * 37 % 38) * 100 + (year - 2023) * 7;
            yaml.push_str(&format!(
                "  - {{provinsi: Provinsi {i:02}, tahun: {year}, kpm: {value}}}\n"
            ));
        }
    }
    yaml.push_str(chart);
    yaml
}

#[test]
fn a_panel_compares_its_categories_at_the_latest_period_sorted() {
    let d = dataset(
        "panel",
        &panel_yaml("chart: {type: bar, x: provinsi, y: [kpm]}\n"),
    );
    for lang in LANGS {
        let svg = render(&d, lang);
        let root = parse(&svg);
        let bars = root.with_class("chart-bar");
        assert_eq!(bars.len(), 38, "one bar per province, for one year");
        let titles: Vec<String> = bars
            .iter()
            .map(|b| b.child("title").expect("title").text.clone())
            .collect();
        let mut names: Vec<&str> = titles
            .iter()
            .map(|t| t.split(':').next().unwrap_or(""))
            .collect();
        let widths: Vec<f64> = bars
            .iter()
            .map(|b| {
                b.attr("width")
                    .expect("width")
                    .parse::<f64>()
                    .expect("number")
            })
            .collect();
        assert!(
            widths.windows(2).all(|w| w[0] >= w[1]),
            "sorted: {widths:?}"
        );
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 38, "distinct labels: {titles:?}");
        assert!(root.child("title").expect("title").text.ends_with(", 2024"));
        let desc = &root.child("desc").expect("desc").text;
        assert!(desc.ends_with(", 2024."), "{desc}");
        // A phone-friendly height: rows of one line each, not blocks.
        let height: f64 = root
            .attr("viewBox")
            .expect("viewBox")
            .split(' ')
            .nth(3)
            .and_then(|h| h.parse().ok())
            .expect("height");
        assert!(height < 38.0 * 31.0 + 120.0, "{height}");
    }
    let desc = parse(&render(&d, "id"))
        .child("desc")
        .expect("desc")
        .text
        .clone();
    assert_eq!(
        desc,
        "Tertinggi 4.707 rumah tangga (Provinsi 01), terendah 1.007 rumah tangga (Provinsi 00), 2024.",
        "the words name the highest and lowest province and the year"
    );
}

#[test]
fn a_panel_over_time_draws_its_headline_and_named_rows() {
    let yaml = panel_yaml(
        "chart: {type: line, x: tahun, y: [kpm], rows: [Provinsi 01]}\nheadline: {col: kpm, total: true}\n",
    );
    let d = dataset("panel", &yaml);
    let root = parse(&render(&d, "en"));
    let desc = &root.child("desc").expect("desc").text;
    assert!(
        desc.starts_with(
            "Households: Up from 108,300 households (2023) to 108,566 households (2024)."
        ) && desc.contains("Provinsi 01: Up from"),
        "the total and one named row: {desc}"
    );
}
