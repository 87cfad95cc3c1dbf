//! Figure provenance: every `stat` links to its cell on the dataset page and carries a note
//! number; every page with figures ends with "Angka dalam artikel ini" (figure, period,
//! dataset, source, release date); `markdown: {sourced_numbers: true}` wants every other
//! number in prose marked with `num` (a warning, an error under `--strict`).

mod common;

use common::{SiteTest, assert_same_tree, attribute_values, element_around};

const DATASET: &str = "content/data/kemiskinan.yaml";

/// The published BPS poverty rates (March and September 2018).
const POVERTY: &str = "title: {id: Persentase Penduduk Miskin, en: Poverty Rate}\n\
source: {name: Badan Pusat Statistik (BPS), url: https://www.bps.go.id, published: 2019-01-15}\n\
columns:\n\
  - {key: periode, type: period, label: {id: Periode, en: Period}}\n\
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}\n\
rows:\n\
  - {periode: 2018-03, persen: 9.82}\n\
  - {periode: 2018-09, persen: 9.66}\n";

/// Sample data (not statistics): a two-province panel, for permalinks of panel cells.
const PANEL: &str = "title: Contoh Panel\ndescription: Data contoh untuk pengujian, bukan statistik.\n\
source: {name: Contoh}\n\
columns:\n\
  - {key: provinsi, type: string, label: Provinsi}\n\
  - {key: tahun, type: period, label: Tahun}\n\
  - {key: kpm, type: number, unit: households, label: KPM}\n\
rows:\n\
  - {provinsi: Aceh, tahun: \"2023\", kpm: 100}\n\
  - {provinsi: Aceh, tahun: \"2024\", kpm: 120}\n\
  - {provinsi: Bali, tahun: \"2023\", kpm: 50}\n\
  - {provinsi: Bali, tahun: \"2024\", kpm: 70}\n";

const STAT: &str = "{{ stat(data=\"kemiskinan\", row=\"2018-09\", col=\"persen\") }}";

fn site() -> SiteTest {
    SiteTest::small()
        .file(DATASET, POVERTY)
        .file("content/data/panel.yaml", PANEL)
}

fn article(lang: &str, body: &str) -> (String, String) {
    (
        format!("content/news/2025-02-01-angka.{lang}.md"),
        format!("---\ntitle: Angka\ndate: 2025-02-01\n---\n{body}\n"),
    )
}

fn with_article(site: SiteTest, lang: &str, body: &str) -> SiteTest {
    let (path, text) = article(lang, body);
    site.file(&path, text)
}

#[test]
fn a_stat_links_to_its_cell_and_its_note_to_the_figures_list() {
    let change = "{{ stat(data=\"kemiskinan\", col=\"persen\", from=\"2018-03\", to=\"2018-09\", change=true) }}";
    let site = with_article(site(), "id", &format!("Kini {STAT}, {change}."));
    let site = with_article(site, "en", &format!("Now {STAT}."));
    site.build_ok(&[]);
    let id = site.read("berita/angka/index.html");
    assert!(
        id.contains("Kini <a class=\"stat-link\" href=\"/data/kemiskinan/#2018-09-persen\"><data class=\"stat\" value=\"9.66\">9,66 persen</data></a><sup class=\"stat-note\"><a href=\"#angka-1\" id=\"angka-1-ref\" aria-label=\"Sumber angka 1\">1</a></sup>"),
        "{id}"
    );
    // The permalink's target exists on the dataset page, in each language.
    let table = site.read("data/kemiskinan/index.html");
    assert!(
        table.contains("<td id=\"2018-09-persen\" class=\"num\">9,66</td>"),
        "{table}"
    );
    let en_table = site.read("en/data/kemiskinan/index.html");
    assert!(en_table.contains("<td id=\"2018-09-persen\""), "{en_table}");

    let list = element_around(&id, "section", "<h2 id=\"angka\">");
    assert!(list.contains("Angka dalam artikel ini"), "{list}");
    let first = element_around(list, "li", "id=\"angka-1\"");
    for part in [
        "href=\"/data/kemiskinan/#2018-09-persen\">9,66 persen</a>",
        "href=\"#angka-1-ref\"",
        "<dt>Periode</dt><dd>September 2018</dd>",
        "<dt>Data</dt><dd><a href=\"/data/kemiskinan/\">Persentase Penduduk Miskin</a></dd>",
        "<dt>Sumber</dt><dd><a href=\"https://www.bps.go.id\">Badan Pusat Statistik (BPS)</a></dd>",
        "<dt>Dirilis</dt><dd><time datetime=\"2019-01-15\">",
    ] {
        assert!(first.contains(part), "{part} missing from {first}");
    }
    // A change spans its two periods and points at the later cell.
    let second = element_around(list, "li", "id=\"angka-2\"");
    assert!(
        second.contains("<dd>Maret 2018 – September 2018</dd>"),
        "{second}"
    );
    assert!(second.contains("#2018-09-persen"), "{second}");

    let en = site.read("en/news/angka/index.html");
    assert!(
        en.contains("href=\"/en/data/kemiskinan/#2018-09-persen\""),
        "{en}"
    );
    assert!(en.contains("Figures in this article"), "{en}");
    assert!(en.contains("aria-label=\"Source of figure 1\""), "{en}");
    assert!(en.contains("<dt>Released</dt>"), "{en}");
}

#[test]
fn a_page_without_figures_has_no_list() {
    let site = site();
    site.build_ok(&[]);
    let page = site.read("berita/awal/index.html");
    assert!(!page.contains("class=\"figures\""), "{page}");
}

#[test]
fn panel_cells_and_totals_have_permalinks() {
    let site = with_article(
        site(),
        "id",
        "Aceh {{ stat(data=\"panel\", row=\"Aceh, 2024\", col=\"kpm\") }}; jumlah {{ stat(data=\"panel\", col=\"kpm\", total=true) }}.",
    );
    site.build_ok(&[]);
    let page = site.read("berita/angka/index.html");
    assert!(
        page.contains("href=\"/data/panel/#aceh-2024-kpm\""),
        "{page}"
    );
    // A total is no single cell: it points at the whole table.
    assert!(
        page.contains("href=\"/data/panel/#table-panel-id\""),
        "{page}"
    );
    let list = element_around(&page, "li", "id=\"angka-2\"");
    assert!(list.contains("<dd>2024</dd>"), "{list}");
    let table = site.read("data/panel/index.html");
    let ids = attribute_values(&table, "id");
    for id in [
        "aceh-2023-kpm",
        "aceh-2024-kpm",
        "bali-2024-kpm",
        "table-panel-id",
    ] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
}

#[test]
fn a_stat_inside_a_link_does_not_nest_links_and_headings_keep_their_own_ids() {
    let site = with_article(
        site(),
        "id",
        &format!("## Angka 1\n\n[Angka {STAT}](https://www.bps.go.id) dan {STAT}."),
    );
    site.build_ok(&[]);
    let page = site.read("berita/angka/index.html");
    let link = element_around(&page, "a", "href=\"https://www.bps.go.id\">Angka");
    assert_eq!(link.matches("<a ").count(), 1, "{link}");
    assert!(link.contains("<sup class=\"stat-note\" id=\"angka-1-ref\">1</sup>"));
    // The heading `Angka 1` does not take the figure's id.
    assert!(page.contains("<h2 id=\"angka-1-1\">Angka 1</h2>"), "{page}");
    let ids = attribute_values(&page, "id");
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ids.len(), unique.len(), "duplicate ids: {ids:?}");
}

fn sourced(site: SiteTest) -> SiteTest {
    site.file(
        "content/site.yaml",
        format!("{}markdown: {{sourced_numbers: true}}\n", common::SITE_YAML),
    )
}

#[test]
fn unmarked_numbers_warn_and_fail_under_strict_when_the_site_wants_every_number_sourced() {
    let body = "Pada 20 Juni 2025 pukul 09.00 WIB, 150 pendamping hadir.";
    // Without the setting, a number in prose is the writer's business.
    let plain = with_article(site(), "id", body);
    plain.build(&[]).assert_code(0);
    plain.build(&["--strict"]).assert_code(0);

    let site = with_article(sourced(site()), "id", body);
    site.build(&[])
        .assert_code(0)
        .assert_stderr_has("warning: content/news/2025-02-01-angka.id.md:5:36: `150` is neither quoted from a dataset nor marked as not from one")
        .assert_stderr_has("{{ num(text=\"150\") }}");
    let before = site.build_ok(&[]);
    site.build(&["--strict"])
        .assert_code(1)
        .assert_error("content/news/2025-02-01-angka.id.md:5:36: `150` is neither quoted")
        .assert_count("1 error, 0 warnings");
    assert_same_tree(&before, &site.tree());

    // Marked, it is written as it is and passes; a quoted figure passes too.
    let (path, text) = article(
        "id",
        &format!("Pada 20 Juni 2025, {{{{ num(text=\"150\") }}}} pendamping; kemiskinan {STAT}."),
    );
    site.write(&path, text);
    site.build(&["--strict"]).assert_code(0);
    let page = site.read("berita/angka/index.html");
    assert!(page.contains("2025, 150 pendamping"), "{page}");
}

#[test]
fn num_without_text_is_an_error_naming_the_place() {
    let site = with_article(site(), "id", "Ada {{ num(teks=\"150\") }} orang.");
    site.build(&[])
        .assert_code(1)
        .assert_error("content/news/2025-02-01-angka.id.md:5:5: `num` needs text=\"...\"");
}
