use super::describe::fill;
use super::*;
use crate::content::Asset;
use crate::data::Dataset;
use crate::diagnostic::Diagnostics;
use crate::i18n::format::Words;
use xml::{Node, parse};

mod panel;

mod xml;

const LANGS: [&str; 2] = ["id", "en"];

fn dataset(id: &str, yaml: &str) -> Dataset {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(format!("{id}.yaml"));
    std::fs::write(&path, yaml).expect("write yaml");
    let mut problems = Diagnostics::new();
    let files = [Asset {
        path,
        rel: format!("data/{id}.yaml"),
    }];
    let mut sets = crate::data::load(&files, dir.path(), &LANGS, &mut problems);
    assert_eq!(problems.error_count(), 0, "{problems:?}");
    sets.pop().expect("one dataset")
}

fn formatter(lang: &str) -> Formatter {
    let w = |s: &str| s.to_string();
    let (locale, words) = match lang {
        "id" => (
            "id-ID",
            Words {
                percent: w("persen"),
                percentage_points: w("poin persen"),
                people: w("jiwa"),
                households: w("rumah tangga"),
                semester: w("Semester {roman} {year}"),
                quarter: w("Triwulan {roman} {year}"),
                up: w("naik"),
                down: w("turun"),
                unchanged: w("tetap"),
                rupiah_prefix: w("Rp"),
                rank: w("peringkat {rank} dari {count}"),
                revised: w("direvisi {date}"),
                corrected: w("dikoreksi {date}"),
            },
        ),
        _ => (
            "en-GB",
            Words {
                percent: w("percent"),
                percentage_points: w("percentage points"),
                people: w("people"),
                households: w("households"),
                semester: w("Semester {roman} {year}"),
                quarter: w("Q{n} {year}"),
                up: w("up"),
                down: w("down"),
                unchanged: w("unchanged"),
                rupiah_prefix: w("IDR "),
                rank: w("rank {rank} of {count}"),
                revised: w("revised {date}"),
                corrected: w("corrected {date}"),
            },
        ),
    };
    Formatter::new(locale, words).expect("formatter")
}

fn words(lang: &str) -> ChartWords {
    let strings: [(&str, &str); 6] = match lang {
        "id" => [
            (
                "chart_down",
                "Turun dari {from} ({from_period}) menjadi {to} ({to_period})",
            ),
            (
                "chart_up",
                "Naik dari {from} ({from_period}) menjadi {to} ({to_period})",
            ),
            (
                "chart_unchanged",
                "Tetap {to} dari {from_period} hingga {to_period}",
            ),
            ("chart_single", "{to} ({to_period})"),
            (
                "chart_range",
                "Tertinggi {max} ({max_label}), terendah {min} ({min_label})",
            ),
            ("chart_series", "{label}: {sentence}"),
        ],
        _ => [
            (
                "chart_down",
                "Down from {from} ({from_period}) to {to} ({to_period})",
            ),
            (
                "chart_up",
                "Up from {from} ({from_period}) to {to} ({to_period})",
            ),
            (
                "chart_unchanged",
                "Unchanged at {to} from {from_period} to {to_period}",
            ),
            ("chart_single", "{to} ({to_period})"),
            (
                "chart_range",
                "Highest {max} ({max_label}), lowest {min} ({min_label})",
            ),
            ("chart_series", "{label}: {sentence}"),
        ],
    };
    ChartWords::from_strings(|k| {
        strings
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
    })
    .expect("all keys")
}

fn render(d: &Dataset, lang: &str) -> String {
    chart_svg(d, &formatter(lang), lang, &words(lang)).expect("a chart")
}

/// The poverty rate of /work/shared/seeds/bps-figures.yaml.
fn poverty(kind: &str) -> Dataset {
    dataset(
        "kemiskinan",
        &format!(
            "title: {{id: Persentase Penduduk Miskin, en: Poverty Rate}}
source: {{name: Badan Pusat Statistik (BPS)}}
columns:
  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}
  - {{key: persen, type: number, unit: percent, decimals: 2, label: {{id: Persentase penduduk miskin, en: Population below the poverty line}}}}
rows:
  - {{periode: 2017-03, persen: 10.64}}
  - {{periode: 2017-09, persen: 10.12}}
  - {{periode: 2018-03, persen: 9.82}}
  - {{periode: 2018-09, persen: 9.66}}
  - {{periode: 2019-03, persen: 9.41}}
  - {{periode: 2019-09, persen: 9.22}}
chart: {{type: {kind}, x: periode, y: [persen]}}
"
        ),
    )
}

#[test]
fn poverty_line_chart_structure_and_message() {
    let d = poverty("line");
    for (lang, title, desc) in [
        (
            "id",
            "Persentase Penduduk Miskin",
            "Turun dari 10,64 persen (Maret 2017) menjadi 9,22 persen (September 2019).",
        ),
        (
            "en",
            "Poverty Rate",
            "Down from 10.64 percent (March 2017) to 9.22 percent (September 2019).",
        ),
    ] {
        let svg = render(&d, lang);
        let root = parse(&svg);
        assert_eq!(root.name, "svg");
        assert_eq!(root.attr("role"), Some("img"));
        assert_eq!(
            root.attr("aria-labelledby"),
            Some("chart-kemiskinan-title chart-kemiskinan-desc")
        );
        assert!(
            root.has_class("chart") && root.has_class("chart-type-line"),
            "{svg}"
        );
        assert!(
            root.attr("viewBox")
                .is_some_and(|v| v.starts_with("0 0 480 "))
        );
        let t = root.child("title").expect("title");
        assert_eq!(
            (t.attr("id"), t.text.as_str()),
            (Some("chart-kemiskinan-title"), title)
        );
        let dsc = root.child("desc").expect("desc");
        assert_eq!(
            (dsc.attr("id"), dsc.text.as_str()),
            (Some("chart-kemiskinan-desc"), desc)
        );
        // The first child elements are title then desc (read first by assistive tech).
        assert_eq!(root.children[0].name, "title");
        assert_eq!(root.children[1].name, "desc");

        let marks = root.with_class("chart-mark");
        assert_eq!(marks.len(), 6);
        let hover: Vec<&str> = marks
            .iter()
            .map(|m| m.child("title").expect("mark title").text.as_str())
            .collect();
        let expected = if lang == "id" {
            "Maret 2018: 9,82 persen"
        } else {
            "March 2018: 9.82 percent"
        };
        assert_eq!(hover[2], expected);
        // Ticks at half points, localized, not from zero.
        let labels: Vec<&str> = root
            .with_class("chart-label")
            .iter()
            .flat_map(|g| g.children.iter())
            .map(|t| t.text.as_str())
            .collect();
        let nine = if lang == "id" { "9,0" } else { "9.0" };
        assert!(
            labels.contains(&nine) && !labels.contains(&"0"),
            "{labels:?}"
        );
        // The measure's name, and the latest figure written beside the line.
        assert_eq!(root.with_class("chart-caption").len(), 1);
        let values: Vec<&str> = root.with_class("chart-value")[0]
            .children
            .iter()
            .map(|t| t.text.as_str())
            .collect();
        assert!(
            values.contains(&if lang == "id" { "9,22" } else { "9.22" }),
            "{values:?}"
        );
    }
    // Deterministic.
    assert_eq!(render(&d, "id"), render(&d, "id"));
}

#[test]
fn one_mark_per_value_and_gaps() {
    let d = dataset(
        "bansos",
        "title: {id: Penerima, en: Recipients}
source: {name: Kemensos}
columns:
  - {key: periode, type: period, label: Periode}
  - {key: kota, type: number, decimals: 1, unit: percent, label: {id: Perkotaan, en: Urban}}
  - {key: desa, type: number, decimals: 1, unit: percent, label: {id: Perdesaan, en: Rural}}
rows:
  - {periode: 2018-S1, kota: 7.0, desa: 13.2}
  - {periode: 2018-S2, kota: , desa: 13.1}
  - {periode: 2019-S1, kota: 6.7, desa: }
  - {periode: 2019-S2, kota: 6.6, desa: 12.6}
chart: {type: line, x: periode, y: [kota, desa]}
",
    );
    let svg = render(&d, "id");
    let root = parse(&svg);
    let series = root.with_class("chart-series");
    // Legend swatches are series groups too; the plotted ones are outside the legend.
    let mut plotted = Vec::new();
    root.find(&|n| n.has_class("chart-legend"), &mut plotted);
    let plotted: Vec<&Node> = plotted
        .into_iter()
        .filter(|n| n.has_class("chart-series"))
        .collect();
    assert_eq!(plotted.len(), 2);
    assert!(series.len() > 2, "a legend for several series");
    let marks = |g: &Node| g.with_class("chart-mark").len();
    assert_eq!((marks(plotted[0]), marks(plotted[1])), (3, 3));
    // Told apart without colour: different marker elements and dash patterns.
    let first_mark = |g: &Node| g.with_class("chart-mark")[0].name.clone();
    assert_ne!(first_mark(plotted[0]), first_mark(plotted[1]));
    let dash = |g: &Node| {
        g.with_class("chart-line")[0]
            .attr("stroke-dasharray")
            .map(str::to_string)
    };
    assert_ne!(dash(plotted[0]), dash(plotted[1]));
    // A null breaks the line: two pieces for "kota".
    let d_attr = plotted[0].with_class("chart-line")[0]
        .attr("d")
        .expect("path")
        .to_string();
    assert_eq!(d_attr.matches('M').count(), 2, "{d_attr}");
    // One sentence per series.
    let desc = &root.child("desc").expect("desc").text;
    assert_eq!(
        desc,
        "Perkotaan: Turun dari 7,0 persen (Semester I 2018) menjadi 6,6 persen (Semester II 2019). Perdesaan: Turun dari 13,2 persen (Semester I 2018) menjadi 12,6 persen (Semester II 2019)."
    );
    assert_eq!(root.with_class("chart-legend").len(), 1);
    assert!(
        root.with_class("chart-series-2")
            .iter()
            .all(|g| g.attr("fill") == Some("currentColor"))
    );
}

#[test]
fn vertical_bars_for_periods_start_at_zero() {
    let root = parse(&render(&poverty("bar"), "en"));
    assert!(root.has_class("chart-type-bar"));
    let bars = root.with_class("chart-bar");
    assert_eq!(bars.len(), 6);
    assert!(
        bars.iter()
            .all(|b| b.name == "rect" && b.child("title").is_some())
    );
    // Vertical: same width, different heights.
    let attr = |b: &Node, k: &str| b.attr(k).expect(k).parse::<f64>().expect("number");
    assert!(
        bars.windows(2)
            .all(|w| attr(w[0], "width") == attr(w[1], "width"))
    );
    assert!(attr(bars[0], "height") > attr(bars[5], "height"));
    let labels: Vec<&str> = root
        .with_class("chart-label")
        .iter()
        .flat_map(|g| g.children.iter())
        .map(|t| t.text.as_str())
        .collect();
    assert!(labels.contains(&"0"), "bars start at zero: {labels:?}");
    assert!(
        labels.contains(&"September 2019"),
        "the latest period is labelled: {labels:?}"
    );
}

#[test]
fn horizontal_bars_for_long_labels_and_escaping() {
    let d = dataset(
        "provinsi",
        "title: {id: 'Kemiskinan <per> provinsi & kota', en: Poverty by province}
source: {name: BPS}
columns:
  - {key: provinsi, type: string, label: Provinsi}
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: 'Persen <&>', en: Percent}}
rows:
  - {provinsi: Aceh, persen: 15.32}
  - {provinsi: Kepulauan Bangka Belitung, persen: 4.62}
  - {provinsi: 'Papua <Barat> & \"Selatan\"', persen: 21.51}
  - {provinsi: Bali, persen: }
chart: {type: bar, x: provinsi, y: [persen]}
",
    );
    let svg = render(&d, "id");
    let root = parse(&svg);
    assert_eq!(
        root.child("title").expect("title").text,
        "Kemiskinan <per> provinsi & kota"
    );
    let bars = root.with_class("chart-bar");
    assert_eq!(bars.len(), 3, "no bar for the empty cell");
    let attr = |b: &Node, k: &str| b.attr(k).expect(k).parse::<f64>().expect("number");
    // Horizontal: same height, widths in proportion.
    assert!(
        bars.windows(2)
            .all(|w| attr(w[0], "height") == attr(w[1], "height"))
    );
    // Sorted highest first, the empty cell last (with no bar).
    assert!(
        attr(bars[0], "width") > attr(bars[1], "width")
            && attr(bars[1], "width") > attr(bars[2], "width")
    );
    assert_eq!(
        bars[0].child("title").expect("title").text,
        "Papua <Barat> & \"Selatan\": 21,51 persen"
    );
    let texts: Vec<&str> = root
        .all()
        .into_iter()
        .filter(|n| n.name == "text")
        .map(|n| n.text.as_str())
        .collect();
    // Long labels wrap in their column, beside the bars.
    assert!(texts.contains(&"Kepulauan Bangka"), "{texts:?}");
    assert!(texts.contains(&"Belitung"), "{texts:?}");
    assert!(texts.contains(&"Papua <Barat> &"), "{texts:?}");
    assert!(texts.contains(&"Persen <&>"), "{texts:?}");
    assert!(
        texts.contains(&"21,51"),
        "figures after the bars: {texts:?}"
    );
    assert!(svg.contains("Papua &lt;Barat&gt; &amp; &quot;Selatan&quot;"));
    // Categories are described by their extremes.
    assert_eq!(
        root.child("desc").expect("desc").text,
        "Tertinggi 21,51 persen (Papua <Barat> & \"Selatan\"), terendah 4,62 persen (Kepulauan Bangka Belitung)."
    );
}

#[test]
fn no_chart_no_svg() {
    let d = dataset(
        "tabel",
        "title: Tabel
source: {name: BPS}
columns:
  - {key: tahun, type: period, label: Tahun}
  - {key: jumlah, type: number, label: Jumlah}
rows:
  - {tahun: 2018, jumlah: 5}
chart: {type: none}
",
    );
    assert!(chart_svg(&d, &formatter("id"), "id", &words("id")).is_none());
}

#[test]
fn single_value_and_unchanged() {
    let d = dataset(
        "satu",
        "title: Satu
source: {name: BPS}
columns:
  - {key: tahun, type: period, label: Tahun}
  - {key: rasio, type: number, decimals: 2, unit: ratio, label: Rasio}
rows:
  - {tahun: 2018, rasio: 0.381}
  - {tahun: 2019, rasio: }
  - {tahun: 2020, rasio: 0.379}
chart: {type: line}
",
    );
    assert_eq!(
        parse(&render(&d, "en")).child("desc").expect("desc").text,
        "Unchanged at 0.38 from 2018 to 2020."
    );
    let mut one = d.clone();
    one.rows.truncate(1);
    let root = parse(&render(&one, "id"));
    assert_eq!(root.child("desc").expect("desc").text, "0,38 (2018).");
    assert_eq!(root.with_class("chart-mark").len(), 1);
}

#[test]
fn words_from_strings_name_missing_keys() {
    assert_eq!(
        ChartWords::from_strings(|k| (k != "chart_up" && k != "chart_range").then(String::new)),
        Err(vec!["chart_up", "chart_range"])
    );
    assert_eq!(
        fill("{a} {b} {c} {", &[("a", "{b}"), ("b", "2")]),
        "{b} 2 {c} {"
    );
}

#[test]
fn sparkline() {
    let svg = sparkline_svg(&[10.64, 10.12, f64::NAN, 9.66, 9.41, 9.22]);
    let root = parse(&svg);
    assert_eq!(root.attr("aria-hidden"), Some("true"));
    assert_eq!(root.attr("viewBox"), Some("0 0 80 20"));
    let path = root.child("path").expect("path").attr("d").expect("d");
    assert_eq!(path, "M2.5 2.5L17.5 8M47.5 12.9L62.5 15.5L77.5 17.5");
    assert_eq!(root.child("circle").expect("end").attr("cx"), Some("77.5"));
    // Degenerate inputs still make a well-formed, empty-ish SVG.
    for values in [&[][..], &[f64::NAN][..], &[3.0][..], &[2.0, 2.0][..]] {
        parse(&sparkline_svg(values));
    }
}

#[test]
fn scoped_chart_ids_are_unique_and_still_label_the_chart() {
    let d = poverty("line");
    let plain = render(&d, "id");
    let scoped = super::scope_ids(&plain, "kemiskinan", 3);
    let root = parse(&scoped);
    assert_eq!(
        root.attr("aria-labelledby"),
        Some("chart-kemiskinan-title-3 chart-kemiskinan-desc-3")
    );
    assert_eq!(
        root.child("title").and_then(|t| t.attr("id")),
        Some("chart-kemiskinan-title-3")
    );
    assert_eq!(
        root.child("desc").and_then(|t| t.attr("id")),
        Some("chart-kemiskinan-desc-3")
    );
    // Nothing else changed.
    assert_eq!(
        scoped
            .replace("-title-3", "-title")
            .replace("-desc-3", "-desc"),
        plain
    );
}
