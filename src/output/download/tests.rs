use std::collections::BTreeMap;

use serde_json::Value;

use super::catalog::license_url;
use super::*;
use crate::content::Asset;
use crate::data::Dataset;
use crate::diagnostic::Diagnostics;

const LANGS: [&str; 2] = ["id", "en"];

/// A dataset loaded through the real loader, from YAML text.
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

fn gini() -> Dataset {
    dataset(
        "gini",
        "title: {id: Rasio Gini, en: Gini Ratio}
description: {id: Ketimpangan pengeluaran., en: Expenditure inequality.}
source: {name: Badan Pusat Statistik (BPS), url: https://www.bps.go.id, published: 2020-01-15}
programs: [pkh]
columns:
  - {key: periode, type: period, label: {id: Periode, en: Period}}
  - {key: rasio, type: number, unit: ratio, decimals: 3, label: {id: Rasio Gini, en: Gini ratio}}
  - {key: catatan, type: string, label: {id: Catatan, en: Note}}
rows:
  - {periode: 2017-03, rasio: 0.393, catatan: 'Susenas, \"Maret\"'}
  - {periode: 2017-09, rasio: 0.391}
  - {periode: 2018-03, rasio: 0.389}
  - {periode: 2018-09, rasio: 0.384}
  - {periode: 2019-03, rasio: 0.382}
  - {periode: 2019-09, rasio: 0.380}
  - {periode: 2020-S1, rasio: , catatan: \"dua\\nbaris\"}
  - {periode: 2020-Q3, rasio: 007, catatan: -0.5}
chart: {type: line, x: periode, y: [rasio]}
contact: humas@example.go.id
corrections:
  - {date: 2020-02-01, kind: correction, reason: {id: Diperbaiki., en: Corrected.}, cells: [{row: \"2018-03\", col: rasio, previous: 0.398}]}
",
    )
}

fn urls() -> DownloadUrls {
    DownloadUrls {
        base_url: "https://bansos.example.go.id".into(),
        data_dir: "data/".into(),
    }
}

fn site() -> CatalogSite {
    CatalogSite {
        publisher: "Kementerian Sosial".into(),
        contact: "data@example.go.id".into(),
        default_lang: "id".into(),
        languages: vec!["id".into(), "en".into()],
        pages: BTreeMap::from([(
            "gini".to_string(),
            "https://bansos.example.go.id/data/gini/".to_string(),
        )]),
        downloads: urls(),
        today: jiff::civil::date(2025, 11, 24),
    }
}

#[test]
fn csv_is_rfc_4180_with_values_as_written() {
    let d = gini();
    let bytes = csv(&d);
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    assert!(!text.starts_with('\u{feff}'), "no byte-order mark");
    assert!(
        text.starts_with("periode,rasio,catatan\r\n2017-03,0.393,\"Susenas, \"\"Maret\"\"\"\r\n"),
        "{text}"
    );
    assert!(
        text.contains("\r\n2017-09,0.391,\r\n"),
        "null cell is an empty field: {text}"
    );
    assert!(
        text.contains("\r\n2019-09,0.380,\r\n"),
        "0.380 stays 0.380: {text}"
    );
    assert!(text.contains("\r\n2020-S1,,\"dua\nbaris\"\r\n"), "{text}");
    // `-0.5` in a text column could be a formula: neutralised (a number column's is not).
    assert!(text.ends_with("2020-Q3,007,'-0.5\r\n"), "{text}");

    // Round trip: the csv crate reads back every cell exactly as the YAML wrote it.
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(header, ["periode", "rasio", "catatan"]);
    let records: Vec<::csv::StringRecord> =
        reader.records().collect::<Result<_, _>>().expect("records");
    assert_eq!(records.len(), d.rows.len());
    for (record, row) in records.iter().zip(&d.rows) {
        // Values as written, but for a text that could run as a formula (finding 6).
        let expected: Vec<String> = row
            .cells
            .iter()
            .map(|c| match (c, c.raw().unwrap_or("")) {
                (Cell::Text(_), raw) if raw.starts_with('-') => format!("'{raw}"),
                (_, raw) => raw.to_string(),
            })
            .collect();
        assert_eq!(record.iter().collect::<Vec<_>>(), expected);
    }
}

#[test]
fn json_keeps_numbers_as_written() {
    let d = gini();
    let bytes = json(&d, &LANGS, &urls());
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    assert!(text.ends_with("}\n"), "trailing newline");
    assert!(
        text.contains("\"rasio\": 0.380,\n"),
        "the token as written: {text}"
    );
    assert!(
        text.contains("\"rasio\": 7,\n"),
        "no leading zeros in JSON: {text}"
    );
    // Keys in a fixed order: metadata, then columns, rows; rows in column order.
    let order = [
        "\"id\"",
        "\"title\"",
        "\"description\"",
        "\"source\"",
        "\"license\"",
        "\"links\"",
        "\"columns\"",
        "\"rows\"",
        "\"corrections\"",
    ];
    let positions: Vec<usize> = order.iter().map(|k| text.find(k).expect(k)).collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{text}");
    assert!(text.find("\"periode\": \"2017-03\"") < text.find("\"rasio\": 0.393"));
    assert!(
        text.find("\"id\": \"Rasio Gini\"") < text.find("\"en\": \"Gini Ratio\""),
        "languages in site order"
    );

    let v: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    assert_eq!(v["id"], "gini");
    assert_eq!(v["title"]["en"], "Gini Ratio");
    assert_eq!(v["source"]["url"], "https://www.bps.go.id");
    assert_eq!(v["source"]["published"], "2020-01-15");
    assert_eq!(v["license"], "CC-BY-4.0");
    assert_eq!(
        v["links"]["csv"],
        "https://bansos.example.go.id/data/gini.csv"
    );
    assert_eq!(v["columns"][1]["type"], "number");
    assert_eq!(v["columns"][1]["unit"], "ratio");
    assert_eq!(v["columns"][1]["decimals"], 3);
    assert_eq!(v["columns"][0]["decimals"], Value::Null);
    assert_eq!(v["columns"][1]["label"]["id"], "Rasio Gini");
    assert_eq!(v["corrections"][0]["date"], "2020-02-01");
    assert_eq!(v["corrections"][0]["kind"], "correction");
    assert_eq!(
        v["corrections"][0]["cells"][0]["previous"].to_string(),
        "0.398"
    );
    assert_eq!(
        v["corrections"][0]["cells"][0]["current"].to_string(),
        "0.389"
    );

    // Round trip: every cell equals the YAML text (numbers compared by value, since a JSON
    // reader without arbitrary precision drops trailing zeros).
    let rows = v["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), d.rows.len());
    for (row, source) in rows.iter().zip(&d.rows) {
        for (column, cell) in d.columns.iter().zip(&source.cells) {
            let value = &row[&column.key];
            match cell {
                Cell::Null => assert!(value.is_null()),
                Cell::Number { value: n, .. } => assert_eq!(value.as_f64(), Some(*n)),
                other => assert_eq!(value.as_str(), other.raw()),
            }
        }
    }
    assert_eq!(rows[7]["catatan"], "-0.5", "a string column stays a string");
}

#[test]
fn json_number_tokens() {
    let token = |text: &str| number_token(text, 0.0).get().to_string();
    assert_eq!(token("0.380"), "0.380");
    assert_eq!(token("-0.50"), "-0.50");
    assert_eq!(token("1234567"), "1234567");
    assert_eq!(token("007"), "7");
    assert_eq!(token("-00.5"), "-0.5");
    assert_eq!(token("0"), "0");
    assert_eq!(
        number_token("1e5", 100000.0).get(),
        "100000",
        "not a plain decimal: the float"
    );
}

#[test]
fn free_text_units_are_localized() {
    let d = dataset(
        "beras",
        "title: Beras
source: {name: Bulog}
columns:
  - {key: tahun, type: period, label: Tahun}
  - {key: berat, type: number, unit: {id: ton, en: tonnes}, label: Berat}
rows:
  - {tahun: 2018, berat: 12}
",
    );
    let v: Value = serde_json::from_slice(&json(&d, &LANGS, &urls())).expect("valid JSON");
    assert_eq!(v["columns"][1]["unit"]["en"], "tonnes");
    assert_eq!(v["columns"][0]["unit"], Value::Null);
    assert_eq!(v["source"]["url"], Value::Null);
    assert_eq!(v["source"]["published"], Value::Null);
}

#[test]
fn catalog_is_dcat_us() {
    let bytes = catalog(&[gini()], &site());
    assert!(bytes.ends_with(b"}\n"));
    let v: Value = serde_json::from_slice(&bytes).expect("valid JSON");
    assert_eq!(
        v["@context"],
        "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld"
    );
    assert_eq!(v["@type"], "dcat:Catalog");
    assert_eq!(
        v["conformsTo"],
        "https://project-open-data.cio.gov/v1.1/schema"
    );
    assert_eq!(
        v["describedBy"],
        "https://project-open-data.cio.gov/v1.1/schema/catalog.json"
    );
    assert_eq!(v["@id"], "https://bansos.example.go.id/data/catalog.json");
    let d = &v["dataset"][0];
    assert_eq!(d["@type"], "dcat:Dataset");
    assert_eq!(d["title"], "Rasio Gini", "default language");
    assert_eq!(d["description"], "Ketimpangan pengeluaran.");
    assert_eq!(d["keyword"], serde_json::json!(["pkh", "Rasio Gini"]));
    assert_eq!(d["modified"], "2020-02-01", "the latest correction");
    assert_eq!(
        d["publisher"],
        serde_json::json!({"@type": "org:Organization", "name": "Kementerian Sosial"})
    );
    assert_eq!(
        d["contactPoint"],
        serde_json::json!({"@type": "vcard:Contact", "fn": "Kementerian Sosial", "hasEmail": "mailto:humas@example.go.id"})
    );
    assert_eq!(d["identifier"], "https://bansos.example.go.id/data/gini/");
    assert_eq!(d["landingPage"], d["identifier"]);
    assert_eq!(d["accessLevel"], "public");
    assert_eq!(d["license"], "https://creativecommons.org/licenses/by/4.0/");
    assert_eq!(d["temporal"], "2017-03-01/2020-09-30");
    assert_eq!(d["language"], serde_json::json!(["id", "en"]));
    assert_eq!(
        d["references"],
        serde_json::json!(["https://www.bps.go.id"])
    );
    assert!(d.get("spatial").is_none() && d.get("accrualPeriodicity").is_none());
    let dist = d["distribution"].as_array().expect("distribution");
    assert_eq!(dist.len(), 3, "CSV, JSON and the Frictionless Data Package");
    assert_eq!(dist[0]["@type"], "dcat:Distribution");
    assert_eq!(
        dist[0]["downloadURL"],
        "https://bansos.example.go.id/data/gini.csv"
    );
    assert_eq!(dist[0]["mediaType"], "text/csv");
    assert_eq!(dist[0]["format"], "CSV");
    assert_eq!(
        dist[1]["downloadURL"],
        "https://bansos.example.go.id/data/gini.json"
    );
    assert_eq!(dist[1]["mediaType"], "application/json");
    assert_eq!(
        dist[2]["downloadURL"],
        "https://bansos.example.go.id/data/gini.datapackage.json"
    );
    assert_eq!(dist[2]["mediaType"], "application/json");
    // Every URL is absolute.
    for url in [
        &d["identifier"],
        &d["landingPage"],
        &d["license"],
        &dist[0]["downloadURL"],
        &dist[1]["downloadURL"],
    ] {
        let url = url.as_str().expect("a string");
        assert!(
            url::Url::parse(url).is_ok_and(|u| u.scheme() == "https"),
            "{url}"
        );
    }
}

#[test]
fn catalog_fallbacks() {
    let d = dataset(
        "bantuan",
        "title: {id: Penerima, en: Recipients}
source: {name: Kemensos}
license: https://example.go.id/lisensi-data
columns:
  - {key: tanggal, type: date, label: Tanggal}
  - {key: jumlah, type: number, label: Jumlah}
rows:
  - {tanggal: 2019-06-20, jumlah: 5}
  - {tanggal: 2019-01-02, jumlah: 3}
",
    );
    let mut s = site();
    s.downloads.base_url = "https://bansos.example.go.id/".into();
    let v: Value = serde_json::from_slice(&catalog(&[d], &s)).expect("valid JSON");
    let d = &v["dataset"][0];
    assert_eq!(
        d["description"], "Penerima",
        "the title when there is no description"
    );
    assert_eq!(
        d["identifier"],
        "https://bansos.example.go.id/data/bantuan/"
    );
    assert_eq!(
        d["contactPoint"]["hasEmail"], "mailto:data@example.go.id",
        "the site's contact"
    );
    assert_eq!(d["license"], "https://example.go.id/lisensi-data");
    assert_eq!(d["temporal"], "2019-01-02/2019-06-20");
    assert_eq!(
        d["modified"], "2019-06-20",
        "no release date nor correction: the last day the rows cover"
    );
    assert!(d.get("references").is_none());
}

/// `modified` without a release date or correction: the rows' last day, never after the
/// build's date; the build's date when the rows name no period or date.
#[test]
fn catalog_modified_falls_back_to_the_rows_then_the_build_date() {
    let yaml = |rows: &str| {
        format!(
            "title: Penerima\nsource: {{name: Dinas}}\ncolumns:\n  \
             - {{key: periode, type: period, label: Periode}}\n  \
             - {{key: jumlah, type: number, label: Jumlah}}\nrows:\n{rows}"
        )
    };
    let modified = |d: Dataset| -> Value {
        let v: Value = serde_json::from_slice(&catalog(&[d], &site())).expect("valid JSON");
        v["dataset"][0]["modified"].clone()
    };
    let past = dataset(
        "a",
        &yaml("  - {periode: 2018-03, jumlah: 1}\n  - {periode: 2018-Q3, jumlah: 2}\n"),
    );
    assert_eq!(modified(past), "2018-09-30", "the end of the last period");
    let current = dataset("b", &yaml("  - {periode: 2025, jumlah: 1}\n"));
    assert_eq!(
        modified(current),
        "2025-11-24",
        "not after the build's date"
    );
    let cross_section = dataset(
        "c",
        "title: Penerima\nsource: {name: Dinas}\ncolumns:\n  \
         - {key: wilayah, type: string, label: Wilayah}\n  \
         - {key: jumlah, type: number, label: Jumlah}\nrows:\n  - {wilayah: Aceh, jumlah: 1}\n",
    );
    assert_eq!(modified(cross_section), "2025-11-24", "the build's date");
}

#[test]
fn license_urls() {
    assert_eq!(
        license_url("CC0-1.0"),
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert_eq!(
        license_url("cc-by-sa-4.0"),
        "https://creativecommons.org/licenses/by-sa/4.0/"
    );
    assert_eq!(
        license_url("ODbL-1.0"),
        "https://opendatacommons.org/licenses/odbl/1-0/"
    );
    assert_eq!(
        license_url("Lisensi Terbuka Pemerintah"),
        "Lisensi Terbuka Pemerintah"
    );
}

/// Issue 17, finding 6 (and SPEC §4): no text cell of a CSV download runs as a formula; the
/// JSON keeps every text as written, a leading tab included.
#[test]
fn finding_06_csv_cells_never_run_as_formulas() {
    let set = dataset(
        "rumus",
        "title: {id: Rumus, en: Formulas}
description: {id: Data contoh (sample data)., en: Sample data.}
source: {name: Contoh, url: https://www.bps.go.id, published: 2020-01-15}
columns:
  - {key: teks, type: string, label: {id: Teks, en: Text}}
  - {key: nilai, type: number, label: {id: Nilai, en: Value}}
rows:
  - {teks: '=HYPERLINK(\"http://x\")', nilai: -1}
  - {teks: '+1', nilai: 1}
  - {teks: '-2', nilai: 2}
  - {teks: '@SUM(A1)', nilai: 3}
  - {teks: \"\\t=1\", nilai: 4}
  - {teks: \"\\r=2\", nilai: 5}
  - {teks: biasa, nilai: 6}
",
    );
    let text = String::from_utf8(csv(&set)).unwrap();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines[1], "\"'=HYPERLINK(\"\"http://x\"\")\",-1");
    assert_eq!(lines[2], "'+1,1");
    assert_eq!(lines[3], "'-2,2");
    assert_eq!(lines[4], "'@SUM(A1),3");
    assert_eq!(
        lines[5], "'\t=1,4",
        "a leading tab is kept, behind the quote"
    );
    assert!(text.contains("\"'\r=2\",5"), "{text:?}");
    assert_eq!(lines[lines.len() - 2], "biasa,6");
    let json: Value = serde_json::from_slice(&json(&set, &LANGS, &urls())).unwrap();
    assert_eq!(json["rows"][0]["teks"], "=HYPERLINK(\"http://x\")");
    assert_eq!(
        json["rows"][4]["teks"], "\t=1",
        "JSON keeps the text as written"
    );
}
