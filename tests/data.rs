//! Datasets: validation errors with file:line:column, dataset pages, shortcodes, figure lint.

mod common;

use common::{Run, SiteTest, assert_same_tree};

const DATASET: &str = "content/data/kemiskinan.yaml";

/// A valid poverty-rate dataset (BPS, published figures).
fn poverty(rows: &str) -> String {
    format!(
        "title: {{id: Persentase Penduduk Miskin, en: Poverty Rate}}\n\
source: {{name: Badan Pusat Statistik (BPS), url: https://www.bps.go.id, published: 2019-01-15}}\n\
programs: [pkh]\n\
columns:\n\
  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}\n\
  - {{key: persen, type: number, unit: percent, decimals: 2, label: {{id: Persentase, en: Percentage}}}}\n\
rows:\n{rows}\
chart: {{type: line, x: periode, y: [persen]}}\n"
    )
}

const ROWS: &str = "  - {periode: 2018-03, persen: 9.82}\n  - {periode: 2018-09, persen: 9.66}\n";

fn site() -> SiteTest {
    SiteTest::small().file(DATASET, poverty(ROWS))
}

/// Build fine, break the dataset, and check the error and that the output survived.
fn break_dataset(contents: &str) -> Run {
    let site = site();
    let before = site.build_ok(&[]);
    site.write(DATASET, contents);
    let run = site.build(&[]);
    run.assert_code(1);
    assert_same_tree(&before, &site.tree());
    run
}

#[test]
fn dataset_cell_type_mismatch_names_line_and_column() {
    let rows = "  - {periode: 2018-03, persen: 9.82}\n  - {periode: 2018-09, persen: \"9,66\"}\n";
    break_dataset(&poverty(rows))
        .assert_error("content/data/kemiskinan.yaml:9:32: `9,66` is not a number (column `persen` is `type: number`)")
        .assert_stderr_has("this looks like a decimal comma: write `9.66` (a dot for decimals)");
}

#[test]
fn decimal_comma_inside_a_flow_row_is_explained() {
    // In `{...}` a comma separates cells, so YAML reads `9,66` as 9 and a key `66`.
    let rows = "  - {periode: 2018-03, persen: 9,82}\n";
    break_dataset(&poverty(rows))
        .assert_error("content/data/kemiskinan.yaml:8:34: `82` is not a column of this dataset")
        .assert_stderr_has("write decimals with a dot: 9.66");
}

#[test]
fn dataset_row_key_that_is_no_column_suggests_the_column() {
    let rows = "  - {periode: 2018-03, persn: 9.82}\n";
    break_dataset(&poverty(rows))
        .assert_error("content/data/kemiskinan.yaml:8:24: `persn` is not a column of this dataset")
        .assert_stderr_has("did you mean `persen`?");
}

#[test]
fn dataset_period_that_does_not_parse_is_an_error() {
    let rows = "  - {periode: 2018-13, persen: 9.82}\n";
    break_dataset(&poverty(rows))
        .assert_error("content/data/kemiskinan.yaml:8:15: `2018-13` is not a period");
}

#[test]
fn dataset_duplicate_key_is_an_error() {
    let text = poverty(ROWS).replace("programs: [pkh]\n", "programs: [pkh]\nprograms: [pkh]\n");
    break_dataset(&text).assert_error("content/data/kemiskinan.yaml:4:1: duplicate key `programs`");
}

#[test]
fn dataset_missing_required_key_is_an_error() {
    let text = poverty(ROWS).replace(
        "title: {id: Persentase Penduduk Miskin, en: Poverty Rate}\n",
        "",
    );
    break_dataset(&text)
        .assert_error("content/data/kemiskinan.yaml")
        .assert_stderr_has("missing required key `title`");
}

#[test]
fn dataset_chart_axis_naming_no_column_is_an_error() {
    let text = poverty(ROWS).replace("y: [persen]", "y: [persentase]");
    break_dataset(&text)
        .assert_error("content/data/kemiskinan.yaml:10:37: chart y `persentase` is not a column")
        .assert_stderr_has("did you mean `persen`?");
}

#[test]
fn dataset_unknown_program_is_an_error() {
    let text = poverty(ROWS).replace("programs: [pkh]", "programs: [pkh, bnpt]");
    break_dataset(&text).assert_error("content/data/kemiskinan.yaml:3:17: unknown program `bnpt`");
}

#[test]
fn dataset_pages_exist_in_both_languages_with_localized_values() {
    let site = site();
    site.build_ok(&[]);
    let id = site.read("data/kemiskinan/index.html");
    assert!(
        id.contains("<caption id=\"table-kemiskinan-id\">Persentase Penduduk Miskin</caption>"),
        "{id}"
    );
    assert!(
        id.contains(
            "<th scope=\"row\">Maret 2018</th><td id=\"2018-03-persen\" class=\"num\">9,82</td>"
        ),
        "{id}"
    );
    assert!(id.contains("9,66 persen"), "{id}");
    assert!(id.contains("turun 0,16 poin persen"), "{id}");
    assert!(id.contains("\"@type\":\"Dataset\""), "{id}");
    assert!(
        id.contains("\"temporalCoverage\":\"2018-03-01/2018-09-30\""),
        "{id}"
    );
    let en = site.read("en/data/kemiskinan/index.html");
    assert!(
        en.contains(
            "<th scope=\"row\">March 2018</th><td id=\"2018-03-persen\" class=\"num\">9.82</td>"
        ),
        "{en}"
    );
    assert!(en.contains("down 0.16 percentage points"), "{en}");
    let index = site.read("en/data/index.html");
    assert!(index.contains("href=\"/en/data/kemiskinan/\""), "{index}");
    assert!(index.contains("9.66 percent"), "{index}");
}

#[test]
fn program_page_lists_its_datasets_and_articles() {
    let site = site().file(
        "content/news/2025-02-01-pkh.id.md",
        "---\ntitle: Kabar PKH\ndate: 2025-02-01\nprograms: [pkh]\n---\nIsi.\n",
    );
    site.build_ok(&[]);
    let page = site.read("program/pkh/index.html");
    assert!(page.contains("href=\"/data/kemiskinan/\""), "{page}");
    assert!(page.contains("9,66 persen"), "{page}");
    assert!(page.contains("Kabar PKH"), "{page}");
}

#[test]
fn stat_shortcode_renders_the_value_in_each_language() {
    let shortcode = "{{ stat(data=\"kemiskinan\", row=\"2018-09\", col=\"persen\") }}";
    let change = "{{ stat(data=\"kemiskinan\", col=\"persen\", from=\"2018-03\", to=\"2018-09\", change=true) }}";
    let site = site()
        .file("content/news/2025-02-01-angka.id.md", format!("---\ntitle: Angka\ndate: 2025-02-01\n---\nMenjadi {shortcode}, {change}. `{shortcode}`\n"))
        .file("content/news/2025-02-01-angka.en.md", format!("---\ntitle: Figures\ndate: 2025-02-01\n---\nNow {shortcode}, {change}.\n"));
    site.build_ok(&[]);
    let id = site.read("berita/angka/index.html");
    assert!(
        id.contains("Menjadi <a class=\"stat-link\" href=\"/data/kemiskinan/#2018-09-persen\"><data class=\"stat\" value=\"9.66\">9,66 persen</data></a>"),
        "{id}"
    );
    assert!(
        id.contains(
            "<data class=\"stat stat-change\" value=\"-0.16\">turun 0,16 poin persen</data>"
        ),
        "{id}"
    );
    // Inside a code span the shortcode stays text.
    assert!(id.contains("<code>{{ stat(data=\"kemiskinan\""), "{id}");
    let en = site.read("en/news/angka/index.html");
    assert!(
        en.contains("Now <a class=\"stat-link\" href=\"/en/data/kemiskinan/#2018-09-persen\"><data class=\"stat\" value=\"9.66\">9.66 percent</data></a>"),
        "{en}"
    );
}

#[test]
fn table_shortcode_on_its_own_line_replaces_the_paragraph() {
    let site = site().file(
        "content/news/2025-02-01-tabel.id.md",
        "---\ntitle: Tabel\ndate: 2025-02-01\n---\nData:\n\n{{ table(data=\"kemiskinan\") }}\n",
    );
    site.build_ok(&[]);
    let page = site.read("berita/tabel/index.html");
    assert!(page.contains("<div class=\"table-wrap\""), "{page}");
    assert!(!page.contains("<p><div"), "{page}");
}

#[test]
fn shortcode_errors_name_the_article_line() {
    let site = site();
    let before = site.build_ok(&[]);
    site.write(
        "content/news/2025-02-01-salah.id.md",
        "---\ntitle: Salah\ndate: 2025-02-01\n---\nSatu {{ stat(data=\"kemiskinan\", row=\"2020-03\", col=\"persen\") }}.\n\nDua {{ stat(data=\"gini\", row=\"2018-03\", col=\"rasio\") }}.\n\nTiga {{ stat(data=\"kemiskinan\"\n",
    );
    let run = site.build(&[]);
    run.assert_code(1)
        .assert_error(
            "content/news/2025-02-01-salah.id.md:5:6: dataset `kemiskinan` has no row `2020-03`",
        )
        .assert_error("content/news/2025-02-01-salah.id.md:7:5: unknown dataset `gini`")
        .assert_error(
            "content/news/2025-02-01-salah.id.md:9:6: shortcode `{{` is not closed with `}}`",
        )
        .assert_count("3 errors, 0 warnings");
    assert_same_tree(&before, &site.tree());
}

#[test]
fn hand_typed_figures_are_warned_about_and_fail_under_strict() {
    let site = site().file(
        "content/news/2025-02-01-ketik.id.md",
        "---\ntitle: Ketik\ndate: 2025-02-01\nprograms: [pkh]\n---\nAngka kemiskinan 9,66 persen. Lalu 9.41 persen.\n",
    );
    let run = site.build(&[]);
    run.assert_code(0)
        .assert_stderr_has("warning: content/news/2025-02-01-ketik.id.md:6:18: `9,66` is typed by hand; it is a value of dataset `kemiskinan`")
        .assert_stderr_has("{{ stat(data=\"kemiskinan\", row=\"2018-09\", col=\"persen\") }}")
        .assert_stderr_has("`9.41` uses `.` as the decimal separator");
    site.check(&["--strict"]).assert_code(1);
}

#[test]
fn chart_shortcode_embeds_the_chart_with_a_link_to_the_dataset() {
    let site = site().file(
        "content/news/2025-02-01-grafik.id.md",
        "---\ntitle: Grafik\ndate: 2025-02-01\n---\nData:\n\n{{ chart(data=\"kemiskinan\") }}\n",
    );
    site.build_ok(&[]);
    let page = site.read("berita/grafik/index.html");
    assert!(page.contains("<figure class=\"chart-figure\">"), "{page}");
    assert!(page.contains("role=\"img\""), "{page}");
    assert!(
        page.contains("Turun dari 9,82 persen (Maret 2018) menjadi 9,66 persen (September 2018)"),
        "{page}"
    );
    assert!(
        page.contains("<a href=\"/data/kemiskinan/\">Persentase Penduduk Miskin</a>"),
        "{page}"
    );
    assert!(!page.contains("<p><figure"), "{page}");
}

/// Issue #6 (sitecheck on the full fixture): a program page lists its dataset's chart and
/// its text showed the same chart again, with the same ids.
#[test]
fn a_chart_repeated_on_a_page_has_unique_ids() {
    let site = site().file(
        "content/programs/pkh.id.md",
        "---\ntitle: PKH\n---\n{{ chart(data=\"kemiskinan\") }}\n\n{{ chart(data=\"kemiskinan\") }}\n",
    );
    site.build_ok(&[]);
    let page = site.read("program/pkh/index.html");
    let ids = common::attribute_values(&page, "id");
    assert_eq!(
        ids.iter().filter(|i| i.starts_with("chart-")).count(),
        6,
        "{ids:?}"
    );
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "duplicate ids: {ids:?}");
    for labels in common::attribute_values(&page, "aria-labelledby") {
        for id in labels.split(' ') {
            assert!(
                ids.contains(&id),
                "`{id}` labels the chart but is no id: {ids:?}"
            );
        }
    }
}

#[test]
fn chart_shortcode_for_a_dataset_without_chart_is_an_error() {
    let site = site();
    site.write(
        DATASET,
        poverty(ROWS).replace("chart: {type: line, x: periode, y: [persen]}\n", ""),
    );
    site.write(
        "content/news/2025-02-01-grafik.id.md",
        "---\ntitle: Grafik\ndate: 2025-02-01\n---\n{{ chart(data=\"kemiskinan\") }}\n",
    );
    site.build(&[]).assert_code(1).assert_error(
        "content/news/2025-02-01-grafik.id.md:5:1: dataset `kemiskinan` has no chart",
    );
}

/// A province × year panel: the first column repeats, so rows are named by all key cells.
fn panel(rows: &str) -> String {
    format!(
        "title: Panel\nsource: {{name: BPS}}\ncolumns:\n  - {{key: provinsi, type: string, label: Provinsi}}\n  - {{key: tahun, type: period, label: Tahun}}\n  - {{key: persen, type: number, unit: percent, decimals: 2, label: Persen}}\nrows:\n{rows}"
    )
}

#[test]
fn panel_rows_are_named_by_all_their_key_cells() {
    let rows = "  - {provinsi: Aceh, tahun: \"2018\", persen: 15.68}\n  - {provinsi: Aceh, tahun: \"2019\", persen: 15.01}\n";
    let site = site()
        .file("content/data/panel.yaml", panel(rows))
        .file(
            "content/news/2025-02-01-aceh.id.md",
            "---\ntitle: Aceh\ndate: 2025-02-01\n---\nAceh {{ stat(data=\"panel\", row=\"Aceh, 2019\", col=\"persen\") }}.\n",
        );
    site.build_ok(&[]);
    assert!(
        site.read("berita/aceh/index.html")
            .contains(">15,01 persen</data>")
    );
    site.write(
        "content/news/2025-02-01-aceh.id.md",
        "---\ntitle: Aceh\ndate: 2025-02-01\n---\nAceh {{ stat(data=\"panel\", row=\"Aceh\", col=\"persen\") }}.\n",
    );
    site.build(&[])
        .assert_code(1)
        .assert_stderr_has("has several rows `Aceh`")
        .assert_stderr_has("row=\"Aceh, 2018\"");
}

#[test]
fn duplicate_panel_rows_are_an_error() {
    let rows = "  - {provinsi: Aceh, tahun: \"2018\", persen: 15.68}\n  - {provinsi: Aceh, tahun: \"2018\", persen: 15.01}\n";
    let site = site().file("content/data/panel.yaml", panel(rows));
    site.build(&[])
        .assert_code(1)
        .assert_error("content/data/panel.yaml:9:5: duplicate row `Aceh, 2018`");
}
