//! Dataset shapes on built output (SPEC §4 "Shapes"): a province × year panel, a
//! cross-section and a time series, each shown as its shape asks on every page, in both
//! languages: no one province's value stands for the whole, charts compare the provinces at
//! the latest year, panels are pivoted, and `stat` quotes totals and shares.

mod common;

use common::SiteTest;

/// 38 provinces, in the order BPS lists them; the last is the one a "last row" bug shows.
const PROVINCES: [&str; 38] = [
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Jambi",
    "Sumatera Selatan",
    "Bengkulu",
    "Lampung",
    "Kepulauan Bangka Belitung",
    "Kepulauan Riau",
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Banten",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Sulawesi Tengah",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Gorontalo",
    "Sulawesi Barat",
    "Maluku",
    "Maluku Utara",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua",
    "Papua Selatan",
    "Papua Tengah",
    "Papua Pegunungan",
];

/// Sample households for province `i` in `year`: distinct, Jawa Barat the highest.
fn households(i: usize, year: usize) -> usize {
    let base = if PROVINCES[i] == "Jawa Barat" {
        3_150_249
    } else {
        40_000 + i * 1_999
    };
    base + (year - 2023) * 617
}

/// The 38 × 2 panel of issue 11, with `extra` appended (a headline, say).
fn panel(extra: &str) -> String {
    let mut yaml = String::from(
        "title: {id: KPM PKH per Provinsi, en: PKH Households by Province}\n\
description: {id: Data contoh., en: Sample data.}\n\
source: {name: Contoh}\n\
programs: [pkh]\n\
columns:\n\
  - {key: provinsi, type: string, label: {id: Provinsi, en: Province}}\n\
  - {key: tahun, type: period, label: {id: Tahun, en: Year}}\n\
  - {key: kpm, type: number, unit: households, label: {id: KPM, en: Households}}\n\
rows:\n",
    );
    for year in [2023, 2024] {
        for (i, p) in PROVINCES.iter().enumerate() {
            yaml.push_str(&format!(
                "  - {{provinsi: {p}, tahun: {year}, kpm: {}}}\n",
                households(i, year)
            ));
        }
    }
    yaml.push_str("chart: {type: bar, x: provinsi, y: [kpm]}\n");
    yaml.push_str(extra);
    yaml
}

/// A cross-section: facilitators by province, no period.
fn cross_section(extra: &str) -> String {
    let mut yaml = String::from(
        "title: {id: Pendamping per Provinsi, en: Facilitators by Province}\n\
source: {name: Contoh}\n\
columns:\n\
  - {key: provinsi, type: string, label: {id: Provinsi, en: Province}}\n\
  - {key: pendamping, type: number, unit: people, label: {id: Pendamping, en: Facilitators}}\n\
rows:\n",
    );
    for (i, p) in PROVINCES.iter().enumerate() {
        yaml.push_str(&format!("  - {{provinsi: {p}, pendamping: {}}}\n", 100 + i));
    }
    yaml.push_str("chart: {type: bar, x: provinsi, y: [pendamping]}\n");
    yaml.push_str(extra);
    yaml
}

fn site(panel_extra: &str) -> SiteTest {
    SiteTest::small()
        .file("content/data/kpm.yaml", panel(panel_extra))
        .file("content/data/pendamping.yaml", cross_section(""))
}

/// The text between `<p class="latest"` (or `extent`) blocks and the rest: every figure shown
/// where one figure fits.
fn figures(html: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for class in ["<p class=\"latest\"", "<p class=\"extent\""] {
        let mut rest = html;
        while let Some(at) = rest.find(class) {
            let end = rest[at..]
                .find("</p>")
                .map(|e| at + e)
                .unwrap_or(rest.len());
            out.push(&rest[at..end]);
            rest = &rest[end..];
        }
    }
    out
}

#[test]
fn a_panel_without_headline_shows_its_extent_and_no_province_anywhere_one_figure_fits() {
    let site = site("");
    site.build_ok(&[]);
    let pages = [
        ("id", "index.html", "38 provinsi · 2024"),
        ("id", "data/index.html", "38 provinsi · 2024"),
        ("id", "data/kpm/index.html", "38 provinsi · 2024"),
        ("id", "program/pkh/index.html", "38 provinsi · 2024"),
        ("en", "en/index.html", "38 rows by province · 2024"),
        ("en", "en/data/index.html", "38 rows by province · 2024"),
        ("en", "en/data/kpm/index.html", "38 rows by province · 2024"),
        (
            "en",
            "en/programs/pkh/index.html",
            "38 rows by province · 2024",
        ),
    ];
    for (lang, page, extent) in pages {
        assert!(site.has(page), "{page} is built");
        let html = site.read(page);
        let shown = figures(&html);
        assert!(
            shown.iter().any(|f| f.contains(extent)),
            "{lang} {page}: the extent `{extent}` in {shown:?}"
        );
        for f in &shown {
            assert!(!f.contains("Papua Pegunungan"), "{page}: {f}");
            assert!(
                !f.contains("40.617") && !f.contains("40,617"),
                "{page}: {f}"
            );
        }
    }
    for page in [
        "index.html",
        "data/index.html",
        "en/index.html",
        "en/data/index.html",
    ] {
        let html = site.read(page);
        assert!(
            !html.contains("Papua Pegunungan"),
            "{page} names a province"
        );
    }
    // JSON-LD and DCAT: coverage from the years, no province.
    for page in ["data/kpm/index.html", "en/data/kpm/index.html"] {
        let html = site.read(page);
        let start = html.find("application/ld+json").expect("JSON-LD");
        let ld = &html[start..start + html[start..].find("</script>").expect("end")];
        assert!(
            ld.contains("\"temporalCoverage\":\"2023-01-01/2024-12-31\""),
            "{ld}"
        );
        assert!(!ld.contains("Papua"), "{ld}");
        // "Cakupan waktu" reads the years, not the provinces.
        assert!(!html.contains("Aceh –") && !html.contains("Aceh –"));
    }
    let catalog = site.read("data/catalog.json");
    assert!(
        catalog.contains("\"temporal\": \"2023-01-01/2024-12-31\"")
            || catalog.contains("\"temporal\":\"2023-01-01/2024-12-31\""),
        "{catalog}"
    );
    assert!(!catalog.contains("Papua"));
}

#[test]
fn a_panel_chart_compares_38_distinct_provinces_at_the_latest_year_sorted() {
    let site = site("");
    site.build_ok(&[]);
    for (page, title, desc) in [
        (
            "data/kpm/index.html",
            "KPM PKH per Provinsi, 2024",
            "Tertinggi Jawa Barat 3.150.866 rumah tangga, terendah Aceh 40.617 rumah tangga, 2024.",
        ),
        (
            "en/data/kpm/index.html",
            "PKH Households by Province, 2024",
            "Highest Jawa Barat 3,150,866 households, lowest Aceh 40,617 households, 2024.",
        ),
    ] {
        let html = site.read(page);
        let svg = &html[html.find("<svg").expect("chart")..html.find("</svg>").expect("end")];
        assert!(
            svg.contains(&format!("<title id=\"chart-kpm-title\">{title}</title>"))
                || svg.contains(&format!(">{title}</title>")),
            "{page}: {}",
            &svg[..400.min(svg.len())]
        );
        assert!(
            svg.contains(desc),
            "{page}: desc `{desc}` in {}",
            &svg[..600.min(svg.len())]
        );
        let titles: Vec<&str> = svg
            .split("<rect class=\"chart-bar\"")
            .skip(1)
            .map(|r| {
                let t = &r[r.find("<title>").expect("mark title") + 7..];
                &t[..t.find("</title>").expect("end")]
            })
            .collect();
        assert_eq!(titles.len(), 38, "{page}: one bar per province");
        let mut names: Vec<&str> = titles
            .iter()
            .map(|t| t.split(':').next().unwrap_or(""))
            .collect();
        assert_eq!(names[0], "Jawa Barat", "highest first");
        assert_eq!(names[37], "Aceh", "lowest last");
        names.sort();
        names.dedup();
        assert_eq!(names.len(), 38, "distinct labels");
        // A phone can read it: one compact row per province.
        let view = svg.split("viewBox=\"").nth(1).expect("viewBox");
        let height: f64 = view
            .split(['"', ' '])
            .nth(3)
            .and_then(|h| h.parse().ok())
            .expect("height");
        assert!(height < 38.0 * 32.0 + 120.0, "{page}: {height}");
    }
}

#[test]
fn a_panel_table_is_pivoted_with_a_column_per_year_in_a_scrolling_region() {
    let site = site("");
    site.build_ok(&[]);
    for (page, year_head) in [
        ("data/kpm/index.html", "2024"),
        ("en/data/kpm/index.html", "2024"),
    ] {
        let html = site.read(page);
        // The page's data table, after the chart's own figures (tests/chart_kit.rs).
        let html = &html[html.find("<h2 id=\"table\">").expect("the data table")..];
        let table = &html[html.find("<div class=\"table-wrap").expect("table")..];
        let table = &table[..table.find("</table>").expect("end")];
        assert!(table.contains("role=\"region\"") && table.contains("tabindex=\"0\""));
        assert!(
            table.contains("table-long"),
            "a long table keeps its header in view"
        );
        assert!(table.contains("data-table-pivot"));
        assert!(table.contains(&format!("<th scope=\"col\" class=\"num\">{year_head}</th>")));
        let body = &table[table.find("<tbody>").expect("body")..];
        assert_eq!(
            body.matches("<tr>").count(),
            38,
            "{page}: one row per province"
        );
        assert_eq!(body.matches("<th scope=\"row\">Aceh</th>").count(), 1);
    }
    let html = site.read("data/kpm/index.html");
    assert!(html.contains("<th scope=\"row\">Jawa Barat</th><td id=\"jawa-barat-2023-kpm\" class=\"num\">3.150.249</td><td id=\"jawa-barat-2024-kpm\" class=\"num\">3.150.866</td>"));
}

#[test]
fn a_panel_headline_total_adds_the_provinces_at_the_latest_year() {
    let site = site("headline: {col: kpm, total: true}\n");
    site.build_ok(&[]);
    let total: usize = (0..38).map(|i| households(i, 2024)).sum();
    let id = total.to_string();
    let dotted = format!(
        "{}.{}.{}",
        &id[..id.len() - 6],
        &id[id.len() - 6..id.len() - 3],
        &id[id.len() - 3..]
    );
    let html = site.read("data/kpm/index.html");
    let shown = figures(&html).join("\n");
    assert!(shown.contains(&dotted), "{dotted} in {shown}");
    assert!(shown.contains("Jumlah 38 provinsi · 2024"), "{shown}");
    assert!(
        shown.contains("naik 23.446 rumah tangga") || shown.contains("23.446"),
        "the change of the total: {shown}"
    );
    let en = figures(&site.read("en/data/kpm/index.html")).join("\n");
    assert!(en.contains("Sum of 38 rows by province · 2024"), "{en}");
}

#[test]
fn a_cross_section_shows_its_extent_without_period_or_coverage() {
    let site = site("");
    site.build_ok(&[]);
    let html = site.read("data/pendamping/index.html");
    let shown = figures(&html);
    assert!(
        shown.iter().any(|f| f.ends_with(">38 provinsi")),
        "{shown:?}"
    );
    assert!(!html.contains("temporalCoverage"));
    assert!(
        html.contains(">Pendamping per Provinsi</title>"),
        "no period in the chart title"
    );
    assert_eq!(html.matches("<rect class=\"chart-bar\"").count(), 38);
}

#[test]
fn stat_quotes_a_panel_total_a_share_and_a_province() {
    let site = site("")
        .file(
            "content/news/2025-02-01-kpm.id.md",
            "---\ntitle: KPM\ndate: 2025-02-01\n---\n\
Total {{ stat(data=\"kpm\", col=\"kpm\", total=true) }}; \
2023 {{ stat(data=\"kpm\", col=\"kpm\", total=true, period=\"2023\") }}; \
naik {{ stat(data=\"kpm\", col=\"kpm\", total=true, change=true, from=\"2023\", to=\"2024\") }}; \
NTT {{ stat(data=\"kpm\", col=\"kpm\", row=\"Nusa Tenggara Timur, 2024\") }}; \
pangsa {{ stat(data=\"kpm\", col=\"kpm\", row=\"Jawa Barat, 2024\", share=true) }}; \
Aceh {{ stat(data=\"kpm\", col=\"kpm\", row=\"Aceh, 2024\", rank=true) }}.\n",
        )
        .file(
            "content/news/2025-02-01-kpm.en.md",
            "---\ntitle: KPM\ndate: 2025-02-01\n---\n\
Aceh {{ stat(data=\"kpm\", col=\"kpm\", row=\"Aceh, 2024\", rank=true) }}; \
Jawa Barat {{ stat(data=\"kpm\", col=\"kpm\", row=\"Jawa Barat, 2024\", rank=true) }}.\n",
        );
    site.build_ok(&[]);
    let html = site.read("berita/kpm/index.html");
    let total: usize = (0..38).map(|i| households(i, 2024)).sum();
    assert!(
        html.contains(&format!("<data class=\"stat\" value=\"{total}\">")),
        "{html}"
    );
    let ntt = households(18, 2024);
    assert!(html.contains(&format!("value=\"{ntt}\"")));
    assert!(
        html.contains("23.446 rumah tangga"),
        "the change of the total"
    );
    let share = households(11, 2024) as f64 / total as f64 * 100.0;
    let shown = format!("{share:.1}").replace('.', ",");
    assert!(
        html.contains(&format!("{shown} persen")) || html.contains(&format!("{shown}%")),
        "share {shown} in {html}"
    );
}

/// A percent time series (BPS poverty rates), to quote wrongly.
const POVERTY: &str = "title: {id: Kemiskinan, en: Poverty}\nsource: {name: BPS}\ncolumns:\n  - {key: periode, type: period, label: Periode}\n  - {key: persen, type: number, unit: percent, decimals: 2, label: Persen}\nrows:\n  - {periode: 2018-03, persen: 9.82}\n  - {periode: 2018-09, persen: 9.66}\n";

#[test]
fn stat_total_share_and_rank_misused_are_errors_with_their_place() {
    for (call, message) in [
        (
            "data=\"kpm\", col=\"kpm\", total=true, period=\"2025\"",
            "dataset `kpm` has no period `2025`",
        ),
        (
            "data=\"kemiskinan\", col=\"persen\", total=true",
            "dataset `kemiskinan` has one row per period, so there is nothing to add up",
        ),
        (
            "data=\"kemiskinan\", col=\"persen\", row=\"2018-09\", rank=true",
            "a rank compares categories",
        ),
    ] {
        let site = site("").file("content/data/kemiskinan.yaml", POVERTY).file(
            "content/news/2025-02-01-kpm.id.md",
            format!("---\ntitle: KPM\ndate: 2025-02-01\n---\nAngka {{{{ stat({call}) }}}}.\n"),
        );
        let run = site.build(&[]);
        run.assert_code(1);
        run.assert_stderr_has("content/news/2025-02-01-kpm.id.md:5:");
        run.assert_stderr_has(message);
    }
}

#[test]
fn the_stylesheet_keeps_figures_readable_on_a_phone() {
    let site = site("");
    site.build_ok(&[]);
    let css = site.read("terang.css");
    // The province column stays put while the figures scroll; stripes cover whole rows
    // (row headers included, opaque so nothing shows through the sticky column).
    assert!(
        css.contains(".data-table tbody th[scope=row]")
            && css.contains("position: sticky; left: 0")
    );
    assert!(css.contains("tbody tr:nth-child(even) > * { background: var(--stripe); }"));
    // A long table keeps its header in view; a caption wraps within the screen.
    assert!(css.contains(".table-long thead { position: sticky; top: 0;"));
    assert!(css.contains(
        ".table-wrap caption { position: sticky; left: 0; max-width: calc(100vw - 2.5rem); }"
    ));
    // Chart text never grows past the page's text: the chart's width is capped.
    assert!(css.contains("svg.chart { display: block; width: 100%; max-width: 30rem;"));
}
