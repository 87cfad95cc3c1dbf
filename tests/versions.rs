//! Versions you can cite (issue 15 item 4): every published version of a dataset stays
//! downloadable at `/data/<id>/v<N>.csv` and `.json`, rebuilt from the current rows and the
//! typed changes' previous values (and `versions:`' added rows); the dataset page lists them
//! and offers a citation of the current one in the page's language, as BibTeX and as CSL-JSON
//! (validated against the CSL input schema kept in tests/citation/); a chart links to it.

mod common;

use std::path::Path;
use std::process::Command;

use common::SiteTest;

/// BPS's published poverty rates; the revision of March 2018 (its previous value 9.81) is
/// made up to exercise the form: the seeds record no revision.
const DATASET: &str = "\
title: {id: Persentase Penduduk Miskin, en: Poverty Rate}
source: {name: Badan Pusat Statistik (BPS), published: 2019-07-15}
columns:
  - {key: periode, type: period, label: {id: Periode, en: Period}}
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}
rows:
  - {periode: 2018-03, persen: 9.82}
  - {periode: 2018-09, persen: 9.66}
  - {periode: 2019-03, persen: 9.41}
chart: {type: line, x: periode, y: [persen]}
corrections:
  - date: 2019-02-01
    kind: revision
    reason: {id: Angka Maret 2018 direvisi., en: March 2018 figure revised.}
    cells: [{row: \"2018-03\", col: persen, previous: 9.81}]
";

const VERSIONS: &str = "\
versions:
  - {version: 1, date: 2019-01-15}
  - {version: 2, date: 2019-02-01}
  - {version: 3, date: 2019-07-15, added: [\"2019-03\"]}
";

fn site(versions: &str) -> SiteTest {
    SiteTest::small()
        .file(
            "content/data/kemiskinan.yaml",
            format!("{DATASET}{versions}"),
        )
        .file(
            "content/news/2025-01-10-awal.id.md",
            "---\ntitle: Awal\ndate: 2025-01-10\n---\n{{ chart(data=\"kemiskinan\") }}\n",
        )
}

#[test]
fn each_version_is_downloadable_with_the_figures_it_published() {
    let site = site(VERSIONS);
    site.build_ok(&[]);
    // Version 1: before the revision (9.81) and before March 2019 was released.
    assert_eq!(
        site.read("data/kemiskinan/v1.csv"),
        "periode,persen\r\n2018-03,9.81\r\n2018-09,9.66\r\n"
    );
    assert_eq!(
        site.read("data/kemiskinan/v2.csv"),
        "periode,persen\r\n2018-03,9.82\r\n2018-09,9.66\r\n"
    );
    // The current version is the current download, at its own stable address.
    assert_eq!(
        site.read("data/kemiskinan/v3.csv"),
        site.read("data/kemiskinan.csv")
    );
    let v1: serde_json::Value =
        serde_json::from_str(&site.read("data/kemiskinan/v1.json")).expect("JSON");
    assert_eq!(v1["version"], 1);
    assert_eq!(v1["corrections"], serde_json::json!([]));
    assert_eq!(
        v1["links"]["csv"],
        "https://uji.example.go.id/data/kemiskinan/v1.csv"
    );
    assert_eq!(v1["versions"].as_array().map(Vec::len), Some(1));
    let v2: serde_json::Value =
        serde_json::from_str(&site.read("data/kemiskinan/v2.json")).expect("JSON");
    assert_eq!(v2["corrections"][0]["cells"][0]["previous"], 9.81);
    assert_eq!(v2["corrections"][0]["cells"][0]["current"], 9.82);
    let current: serde_json::Value =
        serde_json::from_str(&site.read("data/kemiskinan.json")).expect("JSON");
    assert_eq!(current["version"], 3);
    assert_eq!(
        current["versions"][0],
        serde_json::json!({"version": 1, "date": "2019-01-15",
            "csv": "https://uji.example.go.id/data/kemiskinan/v1.csv",
            "json": "https://uji.example.go.id/data/kemiskinan/v1.json"})
    );
}

#[test]
fn without_a_versions_list_each_change_date_makes_a_version() {
    let site = site("");
    site.build_ok(&[]);
    assert_eq!(
        site.read("data/kemiskinan/v1.csv"),
        "periode,persen\r\n2018-03,9.81\r\n2018-09,9.66\r\n2019-03,9.41\r\n"
    );
    assert_eq!(
        site.read("data/kemiskinan/v2.csv"),
        site.read("data/kemiskinan.csv")
    );
    assert!(!site.has("data/kemiskinan/v3.csv"));
    // Version 1 is undated: the release date given (2019-07-15) is after the first change.
    let page = site.read("en/data/kemiskinan/index.html");
    assert!(
        page.contains("<strong>Version 1</strong> · date not recorded"),
        "{page}"
    );
}

#[test]
fn the_dataset_page_lists_the_versions_and_cites_the_current_one_in_its_language() {
    let site = site(VERSIONS);
    site.build_ok(&[]);
    let id = site.read("data/kemiskinan/index.html");
    assert!(
        id.contains("<li><strong>Versi 3</strong> (terkini) · <time datetime=\"2019-07-15\">15 Juli 2019</time> · <a href=\"/data/kemiskinan/v3.csv\" download>v3.csv</a> · <a href=\"/data/kemiskinan/v3.json\" download>v3.json</a></li>"),
        "{id}"
    );
    assert!(id.contains(
        "<strong>Versi 1</strong> · <time datetime=\"2019-01-15\">15 Januari 2019</time>"
    ));
    assert!(
        id.contains("<p class=\"citation-text\">Badan Pusat Statistik (BPS). (2019). Persentase Penduduk Miskin (versi 3, 15 Juli 2019) [set data]. Situs Uji. https://uji.example.go.id/data/kemiskinan/v3.csv</p>"),
        "{id}"
    );
    let en = site.read("en/data/kemiskinan/index.html");
    assert!(
        en.contains("<p class=\"citation-text\">Badan Pusat Statistik (BPS). (2019). Poverty Rate (version 3, 15 July 2019) [dataset]. Test Site. https://uji.example.go.id/data/kemiskinan/v3.csv</p>"),
        "{en}"
    );
    assert!(
        en.contains(
            "@misc{kemiskinan-v3,\n  author = {{Badan Pusat Statistik (BPS)}},\n  title = {{Poverty Rate}},\n  publisher = {Test Site},\n  version = {3},\n  year = {2019},\n  date = {2019-07-15},\n  language = {en},\n  url = {https://uji.example.go.id/data/kemiskinan/v3.csv}\n}"
        ),
        "{en}"
    );
    // The chart on the page and the chart quoted in an article point to the citation.
    assert!(
        en.contains("<a class=\"chart-cite\" href=\"#cite\">Cite (version 3)</a></p>"),
        "{en}"
    );
    let article = site.read("berita/awal/index.html");
    assert!(
        article.contains(
            "<a class=\"chart-cite\" href=\"/data/kemiskinan/#cite\">Kutip (versi 3)</a></p>"
        ),
        "{article}"
    );
}

/// The `<pre>` block after `summary` on `page`, unescaped.
fn block_after(page: &str, summary: &str) -> String {
    let start = page.find(summary).expect("summary") + summary.len();
    let code = &page[start..];
    let code = &code[code.find("<code>").expect("code") + 6..];
    let code = &code[..code.find("</code>").expect("end")];
    code.replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

#[test]
fn the_csl_json_citation_passes_the_csl_input_schema() {
    let site = site(VERSIONS);
    site.build_ok(&[]);
    let mut items = Vec::new();
    for page in [
        "data/kemiskinan/index.html",
        "en/data/kemiskinan/index.html",
    ] {
        let text = block_after(
            &site.read(page),
            "<summary>CSL-JSON (Zotero, Mendeley, Pandoc)</summary>",
        );
        let item: serde_json::Value = serde_json::from_str(&text).expect("CSL-JSON is JSON");
        items.push(item);
    }
    assert_eq!(items[1][0]["version"], "3");
    assert_eq!(
        items[1][0]["issued"]["date-parts"],
        serde_json::json!([[2019, 7, 15]])
    );
    assert_eq!(items[0][0]["title"], "Persentase Penduduk Miskin");
    // An independent validator (Python's jsonschema, which the frictionless venv of .ci/run
    // brings) against the schema published by the CSL project.
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/frictionless-venv/bin/python");
    if !python.exists() {
        eprintln!("skipped: no target/frictionless-venv (made by .ci/run)");
        return;
    }
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/citation/csl-data.json");
    let data = site.root().join("citations.json");
    let all: Vec<serde_json::Value> = items
        .into_iter()
        .flat_map(|i| i.as_array().cloned().unwrap_or_default())
        .collect();
    std::fs::write(&data, serde_json::to_string(&all).expect("JSON")).expect("write");
    let out = Command::new(python)
        .args([
            "-c",
            "import json, sys, jsonschema\n\
             schema = json.load(open(sys.argv[1]))\n\
             jsonschema.Draft7Validator.check_schema(schema)\n\
             jsonschema.validate(json.load(open(sys.argv[2])), schema, cls=jsonschema.Draft7Validator)\n\
             print('valid')",
        ])
        .arg(&schema)
        .arg(&data)
        .output()
        .expect("run python");
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).contains("valid"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_version_number_that_goes_backwards_is_an_error_in_both_languages() {
    let backwards =
        "versions:\n  - {version: 2, date: 2019-01-15}\n  - {version: 1, date: 2019-07-15}\n";
    let site = site(backwards);
    let run = site.build(&[]);
    run.assert_code(1).assert_stderr_has(
        "error: content/data/kemiskinan.yaml:18:15: version 1 comes after version 2: version numbers go backwards",
    );
    let id = common::run_terang_with_locale(site.root(), &["build"], "id_ID.UTF-8");
    id.assert_code(1).assert_stderr_has(
        "error: content/data/kemiskinan.yaml:18:15: versi 1 muncul setelah versi 2: nomor versi mundur",
    );
}

#[test]
fn a_change_after_the_last_version_and_an_unknown_added_row_are_errors() {
    let late = "versions:\n  - {version: 1, date: 2019-01-15, added: [\"2019-04\"]}\n";
    let run = site(late).build(&[]);
    run.assert_code(1)
        .assert_stderr_has("error: content/data/kemiskinan.yaml:17:44: `added` names row `2019-04`, which this dataset does not have")
        .assert_stderr_has("the change of 2019-02-01 is after the last version (1, 2019-01-15): no version would hold its figures")
        .assert_stderr_has("add the version it made: - {version: 2, date: 2019-02-01}");
}
