//! The datasets in the standards that portals and analysts read (issue 16 item 5): a
//! Frictionless Data Package per dataset (`/data/<id>.datapackage.json`), checked here by
//! the frictionless library itself on the example site, the full fixture and a small site
//! with every column type; and the DCAT-AP 3.0 catalogue (`/data/catalog.dcat-ap.jsonld`)
//! with the mandatory properties of its classes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::SiteTest;
use serde_json::Value;

/// Python with the `frictionless` package, as `.ci/run` installs it
/// (target/frictionless-venv).
fn frictionless_python() -> Option<PathBuf> {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/frictionless-venv/bin/python");
    if venv.exists() {
        return Some(venv);
    }
    eprintln!(
        "skipped: no target/frictionless-venv (made by .ci/run: python3 -m venv \
         target/frictionless-venv && target/frictionless-venv/bin/pip install frictionless)"
    );
    None
}

/// Every `data/*.datapackage.json` under `output`, validated with its CSV by frictionless
/// (tests/datapackage/validate.py); fails with the library's messages. Returns the reports
/// (`{file, valid, rows, errors}`), or nothing when frictionless is absent.
fn validate_datapackages(output: &Path) -> Vec<Value> {
    let data = output.join("data");
    let mut descriptors: Vec<String> = std::fs::read_dir(&data)
        .expect("output/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".datapackage.json"))
        .collect();
    descriptors.sort();
    let csvs = std::fs::read_dir(&data)
        .expect("output/data")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".csv"))
        .count();
    assert_eq!(descriptors.len(), csvs, "one descriptor per CSV");
    let Some(python) = frictionless_python() else {
        return Vec::new();
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/datapackage/validate.py");
    let out = Command::new(python)
        .arg(script)
        .args(&descriptors)
        .current_dir(&data)
        .output()
        .expect("run the validator");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "frictionless refused a descriptor or its CSV:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reports: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("validator JSON"))
        .collect();
    assert_eq!(reports.len(), descriptors.len(), "{stdout}");
    for report in &reports {
        assert!(
            report["rows"].as_u64() > Some(0),
            "rows were read: {report}"
        );
    }
    reports
}

fn json(site: &SiteTest, rel: &str) -> Value {
    serde_json::from_str(&site.read(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn the_example_sites_data_packages_validate() {
    let site = SiteTest::empty();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    common::copy_dir(&content, &site.root().join("content"));
    site.build_ok(&[]);
    validate_datapackages(&site.output());
}

#[test]
fn the_full_fixtures_data_packages_validate() {
    let site = SiteTest::empty();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/full/generate.py");
    let made = Command::new("python3")
        .arg(script)
        .arg(site.root())
        .output()
        .expect("run generate.py");
    assert!(made.status.success(), "{made:?}");
    site.build(&[
        "--strict",
        "--base-url",
        "https://example.go.id/transparansi/",
    ])
    .assert_ok();
    validate_datapackages(&site.output());
}

/// Every column type: mixed period forms, a date, a free-text unit, empty cells, a text
/// that looks like a number, and a formula-looking text.
const EVERY_TYPE: &str = "\
title: {id: Penyaluran Bantuan, en: Aid Disbursement}
description: {id: Data contoh (bukan angka resmi)., en: Sample data (not official figures).}
source: {name: Data contoh, url: https://example.go.id/sumber, published: 2025-02-01}
programs: [pkh]
license: CC0-1.0
columns:
  - {key: periode, type: period, label: {id: Periode, en: Period}}
  - {key: wilayah, type: string, label: {id: Wilayah, en: Region}}
  - {key: tanggal, type: date, label: {id: Tanggal salur, en: Disbursed on}}
  - {key: beras, type: number, unit: {id: ton, en: tonnes}, decimals: 1, label: {id: Beras, en: Rice}}
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Realisasi, en: Realised}}
  - {key: catatan, type: string, label: {id: Catatan, en: Note}}
rows:
  - {periode: 2024, wilayah: Aceh, tanggal: 2024-12-20, beras: 10.5, persen: 99.5, catatan: '=SUM(A1)'}
  - {periode: 2024, wilayah: Bali, tanggal: 2024-12-21, beras: 007, persen: , catatan: '-0.5'}
  - {periode: 2025-S1, wilayah: Aceh, tanggal: 2025-06-30, beras: 12, persen: 100}
  - {periode: 2025-Q3, wilayah: Bali, tanggal: , beras: , persen: 45.25}
corrections:
  - {date: 2025-03-01, kind: correction, reason: {id: Diperbaiki., en: Corrected.}, cells: [{row: \"2025-S1\", col: persen, previous: 99.9}]}
";

#[test]
fn a_data_package_describes_the_csv_with_types_units_and_key() {
    let site = SiteTest::small().file("content/data/salur.yaml", EVERY_TYPE);
    site.build_ok(&[]);
    let package = json(&site, "data/salur.datapackage.json");
    assert_eq!(package["profile"], "tabular-data-package");
    assert_eq!(package["name"], "salur");
    assert_eq!(package["title"], "Penyaluran Bantuan");
    assert_eq!(package["homepage"], "https://uji.example.go.id/data/salur/");
    assert_eq!(package["modified"], "2025-03-01");
    assert_eq!(package["keywords"], serde_json::json!(["pkh"]));
    assert_eq!(package["licenses"][0]["name"], "CC0-1.0");
    assert_eq!(
        package["licenses"][0]["path"],
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );
    assert_eq!(package["sources"][0]["title"], "Data contoh");
    assert_eq!(
        package["sources"][0]["path"],
        "https://example.go.id/sumber"
    );
    let resource = &package["resources"][0];
    assert_eq!(resource["path"], "salur.csv", "relative to the descriptor");
    assert_eq!(resource["dialect"]["lineTerminator"], "\r\n");
    let schema = &resource["schema"];
    assert_eq!(schema["missingValues"], serde_json::json!([""]));
    assert_eq!(
        schema["primaryKey"],
        serde_json::json!(["periode", "wilayah"]),
        "the panel's key columns, in column order"
    );
    let field = |key: &str| -> Value {
        schema["fields"]
            .as_array()
            .expect("fields")
            .iter()
            .find(|f| f["name"] == key)
            .cloned()
            .unwrap_or_else(|| panic!("no field {key}: {schema}"))
    };
    // Periods of several forms have no Table Schema type: a string with a pattern.
    assert_eq!(field("periode")["type"], "string");
    assert!(field("periode")["constraints"]["pattern"].is_string());
    assert_eq!(field("wilayah")["type"], "string");
    assert_eq!(field("tanggal")["type"], "date");
    assert_eq!(field("beras")["type"], "number");
    assert_eq!(
        field("beras")["unit"],
        "ton",
        "free text in the default language"
    );
    assert_eq!(field("beras")["title"], "Beras");
    assert_eq!(field("persen")["unit"], "percent");
    assert_eq!(field("catatan")["type"], "string");

    // Found from the dataset page (both languages) and the catalogue.
    for page in ["data/salur/index.html", "en/data/salur/index.html"] {
        assert!(
            site.read(page)
                .contains("href=\"/data/salur.datapackage.json\" download>"),
            "{page} links its data package"
        );
    }
    assert!(
        site.read("en/data/salur/index.html")
            .contains("Download Data Package")
    );
    let catalog = json(&site, "data/catalog.json");
    let urls: Vec<&str> = catalog["dataset"][0]["distribution"]
        .as_array()
        .expect("distributions")
        .iter()
        .filter_map(|d| d["downloadURL"].as_str())
        .collect();
    assert!(
        urls.contains(&"https://uji.example.go.id/data/salur.datapackage.json"),
        "{urls:?}"
    );

    let reports = validate_datapackages(&site.output());
    if let Some(report) = reports.first() {
        assert_eq!(report["rows"], 4, "{report}");
    }
}

/// A key that does not name every row once (a note column with gaps is not part of the
/// key, and the period repeats) gets no primary key: a descriptor the data break would be
/// refused by every validator.
#[test]
fn no_primary_key_when_the_key_does_not_name_each_row() {
    let yaml = "\
title: Catatan
source: {name: Data contoh}
columns:
  - {key: periode, type: period, label: Periode}
  - {key: catatan, type: string, label: Catatan}
  - {key: nilai, type: number, label: Nilai}
rows:
  - {periode: 2024, catatan: a, nilai: 1}
  - {periode: 2024, nilai: 2}
";
    let site = SiteTest::small().file("content/data/catatan.yaml", yaml);
    site.build_ok(&[]);
    let package = json(&site, "data/catatan.datapackage.json");
    let schema = &package["resources"][0]["schema"];
    assert!(schema.get("primaryKey").is_none(), "{schema}");
    assert_eq!(schema["fields"][0]["type"], "year");
    validate_datapackages(&site.output());
}

/// A cross-section with a contact and no description.
const CROSS_SECTION: &str = "\
title: {id: Pendamping per Provinsi, en: Facilitators by Province}
source: {name: Data contoh}
contact: data@example.go.id
columns:
  - {key: provinsi, type: string, label: {id: Provinsi, en: Province}}
  - {key: jumlah, type: number, unit: people, label: {id: Pendamping, en: Facilitators}}
rows:
  - {provinsi: Aceh, jumlah: 10}
  - {provinsi: Bali, jumlah: 12}
";

/// `[{"@value": …, "@language": …}]` holds exactly these texts.
fn assert_literals(value: &Value, expected: &[(&str, &str)]) {
    let found: Vec<(&str, &str)> = value
        .as_array()
        .unwrap_or_else(|| panic!("not a list of literals: {value}"))
        .iter()
        .map(|l| {
            (
                l["@language"].as_str().expect("@language"),
                l["@value"].as_str().expect("@value"),
            )
        })
        .collect();
    assert_eq!(found, expected);
}

/// The DCAT-AP 3.0 catalogue is JSON-LD with its context inline and, for each class it
/// uses, the properties DCAT-AP 3.0 makes mandatory: Catalogue (title, description,
/// publisher), Agent (name), Dataset (title, description), Distribution (access URL); and
/// the recommended ones the site has: temporal coverage, contact point, licence, keywords.
#[test]
fn the_dcat_ap_catalogue_has_every_mandatory_property() {
    let site = SiteTest::small()
        .file("content/data/salur.yaml", EVERY_TYPE)
        .file("content/data/provinsi.yaml", CROSS_SECTION);
    let tree = site.build_ok(&[]);
    assert!(
        site.read("data/index.html")
            .contains("<a href=\"/data/catalog.dcat-ap.jsonld\">DCAT-AP 3.0 (JSON-LD)</a>"),
        "the data index links it"
    );
    let catalog = json(&site, "data/catalog.dcat-ap.jsonld");
    for (prefix, iri) in [
        ("dcat", "http://www.w3.org/ns/dcat#"),
        ("dct", "http://purl.org/dc/terms/"),
        ("foaf", "http://xmlns.com/foaf/0.1/"),
        ("vcard", "http://www.w3.org/2006/vcard/ns#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ] {
        assert_eq!(catalog["@context"][prefix], iri, "{prefix}");
    }
    assert_eq!(catalog["@type"], "dcat:Catalog");
    assert_eq!(
        catalog["@id"],
        "https://uji.example.go.id/data/catalog.dcat-ap.jsonld"
    );
    assert_literals(
        &catalog["dct:title"],
        &[("id", "Situs Uji"), ("en", "Test Site")],
    );
    assert_literals(
        &catalog["dct:description"],
        &[
            ("id", "Situs untuk pengujian."),
            ("en", "A site for testing."),
        ],
    );
    let publisher = &catalog["dct:publisher"];
    assert_eq!(publisher["@type"], "foaf:Agent");
    assert_literals(
        &publisher["foaf:name"],
        &[("id", "Situs Uji"), ("en", "Test Site")],
    );
    assert_eq!(
        catalog["dct:language"][0]["@id"],
        "http://id.loc.gov/vocabulary/iso639-1/id"
    );

    let datasets = catalog["dcat:dataset"].as_array().expect("dcat:dataset");
    assert_eq!(datasets.len(), 2);
    for d in datasets {
        assert_eq!(d["@type"], "dcat:Dataset");
        assert_eq!(d["dct:publisher"]["@id"], publisher["@id"]);
        for property in ["dct:title", "dct:description"] {
            let langs: Vec<&str> = d[property]
                .as_array()
                .expect(property)
                .iter()
                .filter(|l| l["@value"].as_str().is_some_and(|v| !v.is_empty()))
                .filter_map(|l| l["@language"].as_str())
                .collect();
            assert_eq!(langs, ["id", "en"], "{property} of {}", d["@id"]);
        }
        let distributions = d["dcat:distribution"].as_array().expect("distributions");
        assert_eq!(distributions.len(), 3, "CSV, JSON, Data Package");
        for dist in distributions {
            assert_eq!(dist["@type"], "dcat:Distribution");
            let url = dist["dcat:accessURL"]["@id"].as_str().expect("accessURL");
            let file = url
                .strip_prefix("https://uji.example.go.id/")
                .expect("an address on the site");
            assert!(tree.contains_key(file), "{url} is written");
            assert!(dist["dct:format"]["@id"].is_string(), "{dist}");
        }
    }
    let by_id = |id: &str| -> &Value {
        datasets
            .iter()
            .find(|d| d["@id"] == id)
            .unwrap_or_else(|| panic!("no dataset {id}"))
    };

    let salur = by_id("https://uji.example.go.id/data/salur/");
    assert_literals(
        &salur["dct:title"],
        &[("id", "Penyaluran Bantuan"), ("en", "Aid Disbursement")],
    );
    let temporal = &salur["dct:temporal"];
    assert_eq!(temporal["@type"], "dct:PeriodOfTime");
    assert_eq!(temporal["dcat:startDate"]["@value"], "2024-01-01");
    assert_eq!(temporal["dcat:endDate"]["@value"], "2025-09-30");
    assert_eq!(temporal["dcat:endDate"]["@type"], "xsd:date");
    assert_eq!(salur["dct:issued"]["@value"], "2025-02-01");
    assert_eq!(salur["dct:modified"]["@value"], "2025-03-01");
    assert!(
        salur.get("dcat:contactPoint").is_none(),
        "no contact, none made up"
    );
    let package = &salur["dcat:distribution"][2];
    assert_eq!(
        package["dct:conformsTo"]["@id"],
        "https://specs.frictionlessdata.io/tabular-data-package/"
    );
    assert_eq!(
        package["dct:license"]["@id"],
        "https://creativecommons.org/publicdomain/zero/1.0/"
    );

    // A cross-section has no coverage in time; without a description, its title stands in.
    let provinsi = by_id("https://uji.example.go.id/data/provinsi/");
    assert!(provinsi.get("dct:temporal").is_none(), "{provinsi}");
    assert_eq!(provinsi["dct:description"], provinsi["dct:title"]);
    let contact = &provinsi["dcat:contactPoint"];
    assert_eq!(contact["@type"], "vcard:Kind");
    assert_eq!(
        contact["vcard:hasEmail"]["@id"],
        "mailto:data@example.go.id"
    );
}
