//! The chart kit on real builds (issue 16 item 2): under every chart, on its dataset page
//! and where a `chart` shortcode places it, a takeaway title and subtitle, the plotted
//! figures in a `<details>` table, the chart as SVG, PNG and CSV beside the dataset's page,
//! and the citation the dataset page gives.

mod common;

use std::process::Command;

use common::SiteTest;
use terang::internals::render::chart_png;

/// A cross-section by province, whose labels start like formulas in a spreadsheet.
const PROVINCES: &str = "title: {id: Penerima per Provinsi, en: Recipients by Province}
source: {name: Data contoh (bukan angka resmi)}
programs: [pkh]
columns:
  - {key: provinsi, type: string, label: {id: Provinsi, en: Province}}
  - {key: kpm, type: number, unit: households, label: {id: Keluarga penerima, en: Recipient families}}
rows:
  - {provinsi: Aceh, kpm: 50077}
  - {provinsi: \"=Jambi\", kpm: 31422}
chart: {type: bar, x: provinsi, y: [kpm]}
";

fn site() -> SiteTest {
    SiteTest::small().file("content/data/kemiskinan.yaml", common::POVERTY_CHART)
}

#[test]
fn dataset_page_shows_the_kit_under_its_chart() {
    let site = site();
    site.build_ok(&[]);
    let page = site.read("data/kemiskinan/index.html");
    assert!(page.contains(
        "<figcaption class=\"chart-heading\"><span class=\"chart-takeaway\">Turun dari 9,82 persen (Maret 2018) menjadi 9,66 persen (September 2018).</span> <span class=\"chart-subtitle\">Persentase, Maret 2018 – September 2018</span></figcaption>"
    ), "{page}");
    assert!(page.contains("<details class=\"chart-data\"><summary>Angka dalam grafik</summary>"));
    assert!(
        page.contains(
            "<tr><th scope=\"row\">Maret 2018</th><td class=\"num\">9,82 persen</td></tr>"
        )
    );
    for kind in ["svg", "png", "csv"] {
        let link = format!("<a href=\"/data/kemiskinan/chart.{kind}\" download>");
        assert!(page.contains(&link), "{link}");
    }
    // The citation is the dataset page's own, version and all.
    assert!(page.contains(
        "<p class=\"chart-citation\">Sumber: <a href=\"https://www.bps.go.id\">Badan Pusat Statistik (BPS)</a> · <a class=\"chart-cite\" href=\"#cite\">Kutip (versi 1)</a></p>"
    ), "{page}");
    assert!(page.contains("id=\"cite\""));
    // No picture is inlined: the page links the files.
    assert!(!page.contains("data:image/png"));
    let en = site.read("en/data/kemiskinan/index.html");
    assert!(en.contains(
        "<span class=\"chart-takeaway\">Down from 9.82 percent (March 2018) to 9.66 percent (September 2018).</span>"
    ), "{en}");
    assert!(en.contains("<summary>Figures in this chart</summary>"));
    assert!(en.contains("<a class=\"chart-cite\" href=\"#cite\">Cite (version 1)</a>"));
}

#[test]
fn chart_files_hold_the_plotted_values_in_each_language() {
    let site = site();
    site.build_ok(&[]);
    assert_eq!(
        site.read("data/kemiskinan/chart.csv"),
        "Periode,Persentase\r\nMaret 2018,9.82\r\nSeptember 2018,9.66\r\n"
    );
    assert_eq!(
        site.read("en/data/kemiskinan/chart.csv"),
        "Period,Percentage\r\nMarch 2018,9.82\r\nSeptember 2018,9.66\r\n"
    );
    let svg = site.read("en/data/kemiskinan/chart.svg");
    assert!(svg.starts_with(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
    ));
    assert!(svg.contains("<desc id=\"chart-kemiskinan-desc\">Down from 9.82 percent"));
    assert!(svg.contains(".chart-series-1{color:#0a5fa8}"));
}

#[test]
fn the_png_is_its_svg_rendered_and_the_same_bytes_on_every_build() {
    let site = site();
    let first = site.build_ok(&[]);
    for lang in ["", "en/"] {
        let svg = site.read(&format!("{lang}data/kemiskinan/chart.svg"));
        let png = &first[&format!("{lang}data/kemiskinan/chart.png")];
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert_eq!(
            chart_png(&svg).as_ref(),
            Some(png),
            "{lang}: the PNG is the SVG beside it"
        );
    }
    site.remove("output");
    let second = site.build_ok(&[]);
    for name in [
        "data/kemiskinan/chart.png",
        "data/kemiskinan/chart.svg",
        "en/data/kemiskinan/chart.csv",
        "en/data/kemiskinan/chart.png",
    ] {
        assert!(first.contains_key(name), "{name}");
        assert_eq!(first.get(name), second.get(name), "{name}");
    }
}

#[test]
fn written_title_and_subtitle_replace_the_defaults() {
    let yaml = common::POVERTY_CHART.replace(
        "chart: {type: line, x: periode, y: [persen]}",
        "chart: {type: line, x: periode, y: [persen], title: {id: Kemiskinan turun, en: Poverty fell}, subtitle: {id: \"Persentase penduduk miskin, Indonesia, 2018\", en: \"Share of the population in poverty, Indonesia, 2018\"}}",
    );
    let site = site().file("content/data/kemiskinan.yaml", yaml);
    site.build_ok(&[]);
    let en = site.read("en/data/kemiskinan/index.html");
    assert!(en.contains("<span class=\"chart-takeaway\">Poverty fell</span> <span class=\"chart-subtitle\">Share of the population in poverty, Indonesia, 2018</span>"), "{en}");
    let id = site.read("data/kemiskinan/index.html");
    assert!(id.contains("<span class=\"chart-takeaway\">Kemiskinan turun</span>"));
}

#[test]
fn categories_get_a_by_subtitle_and_a_csv_without_formulas() {
    let site = SiteTest::small().file("content/data/penerima.yaml", PROVINCES);
    site.build_ok(&[]);
    let id = site.read("data/penerima/index.html");
    assert!(
        id.contains("<span class=\"chart-subtitle\">Keluarga penerima menurut provinsi</span>"),
        "{id}"
    );
    let en = site.read("en/data/penerima/index.html");
    assert!(en.contains("<span class=\"chart-subtitle\">Recipient families by province</span>"));
    // Bars are sorted from the largest; a label a spreadsheet would run is neutralised.
    assert_eq!(
        site.read("data/penerima/chart.csv"),
        "Provinsi,Keluarga penerima\r\nAceh,50077\r\n'=Jambi,31422\r\n"
    );
    // The source has no address: named, not linked.
    assert!(id.contains("<p class=\"chart-citation\">Sumber: Data contoh (bukan angka resmi) · "));
}

#[test]
fn chart_shortcode_places_the_kit_too() {
    let site = site().file(
        "content/news/2025-01-10-awal.id.md",
        "---\ntitle: Awal\ndate: 2025-01-10\n---\nTulisan pertama.\n\n{{ chart(data=\"kemiskinan\") }}\n",
    );
    site.build_ok(&[]);
    let page = site.read("berita/awal/index.html");
    assert!(
        page.contains(
            "<figcaption class=\"chart-heading\"><span class=\"chart-takeaway\">Turun dari"
        ),
        "{page}"
    );
    assert!(page.contains("<a href=\"/data/kemiskinan/chart.png\" download>PNG</a>"));
    assert!(page.contains("<details class=\"chart-data\">"));
    // Away from the dataset page, the citation names that page and links its citation.
    assert!(page.contains(
        "<p class=\"chart-citation\"><a href=\"/data/kemiskinan/\">Persentase Penduduk Miskin</a> · Sumber: <a href=\"https://www.bps.go.id\">Badan Pusat Statistik (BPS)</a> · <a class=\"chart-cite\" href=\"/data/kemiskinan/#cite\">Kutip (versi 1)</a></p>"
    ), "{page}");
}

/// A machine without fonts (a bare container): the build says the PNG has no text and how
/// to fix it, and still succeeds.
#[test]
fn no_font_for_the_png_is_a_warning_with_the_fix() {
    let site = site();
    let config = site.root().join("no-fonts.conf");
    std::fs::write(
        &config,
        "<?xml version=\"1.0\"?>\n<fontconfig><dir>/nonexistent-fonts</dir></fontconfig>\n",
    )
    .expect("write the font configuration");
    for (locale, words) in [
        ("C.UTF-8", "would have no text"),
        ("id_ID.UTF-8", "akan tanpa teks"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_terang"))
            .args(["build"])
            .current_dir(site.root())
            .env("SOURCE_DATE_EPOCH", common::SOURCE_DATE_EPOCH)
            .env("NO_COLOR", "1")
            .env("LC_ALL", locale)
            .env("FONTCONFIG_FILE", &config)
            .output()
            .expect("run terang");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{stderr}");
        assert!(stderr.contains("content/data/kemiskinan.yaml"), "{stderr}");
        assert!(stderr.contains(words), "{stderr}");
        assert!(stderr.contains("fonts-dejavu-core"), "{stderr}");
    }
    // With the machine's fonts, no such warning.
    let run = site.build(&[]);
    assert!(!run.stderr.contains("chart.png"), "{}", run.stderr);
}
