//! Typed revisions and corrections (issue 15 item 3): the dated marker beside every quoted
//! figure that changed, in both languages and nowhere else; the dataset page's change log; the
//! corrections page and Atom feed of each language; the JSON download; the checks.

mod common;

use common::SiteTest;

const DATASET: &str = "\
title: {id: Persentase Penduduk Miskin, en: Poverty Rate}
source: {name: Sumber Uji, published: 2019-01-15}
programs: [pkh]
columns:
  - {key: periode, type: period, label: {id: Periode, en: Period}}
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}
rows:
  - {periode: 2018-03, persen: 9.82}
  - {periode: 2018-09, persen: 9.66}
";

const CORRECTIONS: &str = "\
corrections:
  - date: 2019-02-01
    kind: correction
    reason: {id: Angka Maret 2018 diperbaiki., en: March 2018 figure corrected.}
    cells: [{row: \"2018-03\", col: persen, previous: 9.81}]
";

fn article(lang: &str, slug: &str, row: &str) -> String {
    format!(
        "---\ntitle: Kutipan {slug} {lang}\ndate: 2025-02-01\n---\nAngka: {{{{ stat(data=\"kemiskinan\", row=\"{row}\", col=\"persen\") }}}}.\n"
    )
}

fn site(corrections: &str) -> SiteTest {
    let mut site = SiteTest::small()
        .file(
            "content/data/kemiskinan.yaml",
            format!("{DATASET}{corrections}"),
        )
        .file(
            "content/programs/pkh.id.md",
            "---\ntitle: Program Keluarga Harapan\n---\nTurun dari {{ stat(data=\"kemiskinan\", col=\"persen\", from=\"2018-03\", to=\"2018-09\", change=true) }}.\n",
        )
        .file(
            "content/programs/pkh.en.md",
            "---\ntitle: Family Hope Program\n---\nDown {{ stat(data=\"kemiskinan\", col=\"persen\", from=\"2018-03\", to=\"2018-09\", change=true) }}.\n",
        );
    for lang in ["id", "en"] {
        site = site
            .file(
                &format!("content/news/2025-02-01-maret.{lang}.md"),
                article(lang, "maret", "2018-03"),
            )
            .file(
                &format!("content/news/2025-02-01-september.{lang}.md"),
                article(lang, "september", "2018-09"),
            );
    }
    site
}

/// The output pages (`.html`) holding `needle`.
fn pages_with(site: &SiteTest, needle: &str) -> Vec<String> {
    site.tree()
        .into_iter()
        .filter(|(path, bytes)| {
            path.ends_with(".html") && String::from_utf8_lossy(bytes).contains(needle)
        })
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn a_corrected_cell_is_marked_where_it_is_quoted_in_both_languages_and_nowhere_else() {
    let site = site(CORRECTIONS);
    site.build_ok(&[]);
    let id = site.read("berita/maret/index.html");
    assert!(
        id.contains("<a class=\"change-marker\" href=\"/data/kemiskinan/#change-2019-02-01\"><time datetime=\"2019-02-01\">dikoreksi 1 Februari 2019</time></a>"),
        "{id}"
    );
    let en = site.read("en/news/maret/index.html");
    assert!(
        en.contains("<a class=\"change-marker\" href=\"/en/data/kemiskinan/#change-2019-02-01\"><time datetime=\"2019-02-01\">corrected 1 February 2019</time></a>"),
        "{en}"
    );
    // The figure itself is unchanged, the marker follows it (after its source note).
    assert!(
        id.contains("9,82 persen</data></a><sup class=\"stat-note\"><a href=\"#angka-1\" id=\"angka-1-ref\" aria-label=\"Sumber angka 1\">1</a></sup> <a class=\"change-marker\""),
        "{id}"
    );
    // A change quoted from the corrected row is marked too (program pages).
    assert!(
        site.read("program/pkh/index.html")
            .contains("dikoreksi 1 Februari 2019")
    );
    assert!(
        site.read("en/programs/pkh/index.html")
            .contains("corrected 1 February 2019")
    );
    let marked = pages_with(&site, "class=\"change-marker\"");
    assert_eq!(
        marked,
        [
            "berita/maret/index.html",
            "data/kemiskinan/index.html",
            "en/data/kemiskinan/index.html",
            "en/news/maret/index.html",
            "en/programs/pkh/index.html",
            "program/pkh/index.html",
        ],
        "the September article quotes an unchanged cell: no marker"
    );
    // On the dataset page, the table's corrected cell links to the change log below it.
    let table = site.read("data/kemiskinan/index.html");
    assert!(
        table.contains("9,82 <a class=\"change-marker\" href=\"#change-2019-02-01\">"),
        "{table}"
    );
}

#[test]
fn a_table_quoted_in_an_article_marks_the_changed_cell() {
    let site = site(CORRECTIONS).file(
        "content/news/2025-02-01-september.id.md",
        "---\ntitle: Tabel\ndate: 2025-02-01\n---\n{{ table(data=\"kemiskinan\") }}\n",
    );
    site.build_ok(&[]);
    let page = site.read("berita/september/index.html");
    assert!(
        page.contains("9,82 <a class=\"change-marker\" href=\"/data/kemiskinan/#change-2019-02-01\"><time datetime=\"2019-02-01\">dikoreksi 1 Februari 2019</time></a></td>"),
        "{page}"
    );
    assert_eq!(
        page.matches("change-marker").count(),
        1,
        "only the changed cell"
    );
}

#[test]
fn the_dataset_page_keeps_a_change_log_and_the_site_lists_every_correction() {
    let site = site(CORRECTIONS);
    site.build_ok(&[]);
    let page = site.read("data/kemiskinan/index.html");
    let log = common::element_around(&page, "section", "Riwayat perubahan");
    for text in [
        "id=\"change-2019-02-01\"",
        "<strong>Koreksi</strong>",
        "Angka Maret 2018 diperbaiki.",
        "Maret 2018, Persentase: semula <del>9,81 persen</del>, kini <ins>9,82 persen</ins>",
        "href=\"/koreksi/\"",
    ] {
        assert!(log.contains(text), "`{text}` not in:\n{log}");
    }
    let en = site.read("en/corrections/index.html");
    for text in [
        "<h1>Revisions and corrections</h1>",
        "<strong>Correction</strong>",
        "href=\"/en/data/kemiskinan/#change-2019-02-01\">Poverty Rate</a>",
        "March 2018, Percentage: was <del>9.81 percent</del>, now <ins>9.82 percent</ins>",
        "href=\"/en/corrections.xml\"",
    ] {
        assert!(en.contains(text), "`{text}` not in:\n{en}");
    }
    assert!(
        site.read("koreksi/index.html")
            .contains("<h1>Revisi dan koreksi</h1>")
    );
    // The data index links to it; the sitemap lists it.
    assert!(site.read("data/index.html").contains("href=\"/koreksi/\""));
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("https://uji.example.go.id/koreksi/"));
    assert!(sitemap.contains("https://uji.example.go.id/en/corrections/"));
}

#[test]
fn the_corrections_feed_is_atom_with_one_entry_per_change() {
    let site = site(CORRECTIONS);
    site.build_ok(&[]);
    for rel in ["corrections.xml", "en/corrections.xml"] {
        let feed = site.read(rel);
        let mut reader = quick_xml::Reader::from_str(&feed);
        let mut entries = 0;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "entry" => {
                    entries += 1
                }
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{rel} is not well-formed: {e}\n{feed}"),
            }
        }
        assert_eq!(entries, 1, "{feed}");
        assert!(
            feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""),
            "{feed}"
        );
    }
    let feed = site.read("corrections.xml");
    for text in [
        "<title>Persentase Penduduk Miskin: Koreksi 1 Februari 2019</title>",
        "<updated>2019-02-01T00:00:00+07:00</updated>",
        "href=\"https://uji.example.go.id/data/kemiskinan/#change-2019-02-01\"",
        "Angka Maret 2018 diperbaiki. Maret 2018, Persentase: semula 9,81 persen, kini 9,82 persen",
    ] {
        assert!(feed.contains(text), "`{text}` not in:\n{feed}");
    }
    assert!(
        site.read("en/corrections.xml")
            .contains("Poverty Rate: Correction 1 February 2019")
    );
}

#[test]
fn the_json_download_holds_typed_changes_with_previous_and_current_values() {
    let site = site(CORRECTIONS);
    site.build_ok(&[]);
    let json: serde_json::Value =
        serde_json::from_str(&site.read("data/kemiskinan.json")).expect("JSON");
    let c = &json["corrections"][0];
    assert_eq!(c["date"], "2019-02-01");
    assert_eq!(c["kind"], "correction");
    assert_eq!(c["reason"]["en"], "March 2018 figure corrected.");
    assert_eq!(c["cells"][0]["row"], "2018-03");
    assert_eq!(c["cells"][0]["col"], "persen");
    assert_eq!(c["cells"][0]["previous"].to_string(), "9.81");
    assert_eq!(c["cells"][0]["current"].to_string(), "9.82");
    // The catalogue's `modified` is the correction's day.
    assert!(
        site.read("data/catalog.json")
            .contains("\"modified\": \"2019-02-01\"")
    );
}

#[test]
fn without_corrections_there_is_no_corrections_page_or_feed() {
    let site = site("");
    site.build_ok(&[]);
    assert!(!site.has("koreksi/index.html"));
    assert!(!site.has("corrections.xml"));
    assert!(pages_with(&site, "change-marker").is_empty());
}

#[test]
fn a_revision_is_told_apart_from_a_correction() {
    let site = site(&CORRECTIONS.replace("kind: correction", "kind: revision"));
    site.build_ok(&[]);
    assert!(
        site.read("berita/maret/index.html")
            .contains("direvisi 1 Februari 2019")
    );
    assert!(
        site.read("en/news/maret/index.html")
            .contains("revised 1 February 2019")
    );
    assert!(
        site.read("koreksi/index.html")
            .contains("<strong>Revisi</strong>")
    );
}

/// Each bad entry: its message at file:line:column, exit 1, the previous output kept.
fn refused(corrections: &str, header: &str, help: &str) {
    let site = site(CORRECTIONS);
    site.build_ok(&[]);
    let before = site.tree();
    site.write(
        "content/data/kemiskinan.yaml",
        format!("{DATASET}{corrections}"),
    );
    let run = site.build(&[]);
    run.assert_code(1)
        .assert_error(header)
        .assert_stderr_has(help);
    common::assert_same_tree(&before, &site.tree());
}

#[test]
fn a_correction_naming_a_missing_row_is_an_error() {
    refused(
        &CORRECTIONS.replace("row: \"2018-03\"", "row: \"2018-04\""),
        "content/data/kemiskinan.yaml:14:19: the correction names row `2018-04`, which this dataset does not have",
        "did you mean",
    );
}

#[test]
fn a_correction_naming_a_missing_column_is_an_error() {
    refused(
        &CORRECTIONS.replace("col: persen", "col: persn"),
        "content/data/kemiskinan.yaml:14:35: the correction names column `persn`, which this dataset does not have",
        "did you mean `persen`",
    );
}

#[test]
fn a_previous_value_equal_to_the_current_one_is_an_error() {
    refused(
        &CORRECTIONS.replace("previous: 9.81", "previous: 9.820"),
        "content/data/kemiskinan.yaml:14:53: the correction's previous value of row `2018-03`, column `persen` is 9.82, the same as the value after it: nothing changed",
        "write the value the cell had before the change",
    );
}

#[test]
fn a_reason_missing_a_language_is_an_error() {
    refused(
        &CORRECTIONS.replace(", en: March 2018 figure corrected.", ""),
        "content/data/kemiskinan.yaml:13:13: `corrections.reason`",
        "write the text for every language",
    );
}

#[test]
fn the_untyped_form_gets_a_migration_message() {
    refused(
        "corrections:\n  - {date: 2019-02-01, note: {id: Angka Maret 2018 diperbaiki., en: March 2018 figure corrected.}}\n",
        "content/data/kemiskinan.yaml:11:30: `corrections`: `note` is now `reason`, and an entry names its `kind` and the `cells` it changed",
        "rename `note` to `reason`",
    );
}
