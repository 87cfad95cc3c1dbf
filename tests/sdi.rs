//! Satu Data Indonesia indicator metadata (issue 16 item 5): one
//! `/data/<id>/indikator-<column>.json` per number column, filled from the column's
//! `indicator:` keys and what the dataset already knows, linked from the dataset page in both
//! languages, and valid against tests/sdi/indikator.schema.json on the example site, the
//! full fixture and a dataset that writes no indicator key at all.

mod common;

use std::path::Path;
use std::process::Command;

use common::SiteTest;
use serde_json::Value;

fn schema() -> jsonschema::Validator {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/sdi/indikator.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read the schema"))
            .expect("schema JSON");
    jsonschema::options()
        .offline()
        .build(&schema)
        .expect("a validator")
}

/// Every number column of every dataset in `site`'s output has its indicator file, no other
/// indicator file exists, and each passes the schema; returns them by path.
fn check_indicator_files(site: &SiteTest) -> Vec<(String, Value)> {
    let validator = schema();
    let data = site.output().join("data");
    let mut expected = Vec::new();
    for entry in std::fs::read_dir(&data).expect("output/data") {
        let name = entry
            .expect("entry")
            .file_name()
            .into_string()
            .expect("UTF-8");
        let Some(id) = name.strip_suffix(".json") else {
            continue;
        };
        if id.ends_with(".datapackage") || id == "catalog" {
            continue;
        }
        let dataset: Value = serde_json::from_str(&site.read(&format!("data/{name}"))).unwrap();
        for column in dataset["columns"].as_array().expect("columns") {
            if column["type"] == "number" {
                let key = column["key"].as_str().expect("key");
                expected.push(format!("data/{id}/indikator-{key}.json"));
            }
        }
    }
    expected.sort();
    let mut written: Vec<String> = site
        .tree()
        .into_keys()
        .filter(|p| p.contains("/indikator-"))
        .collect();
    written.sort();
    assert_eq!(written, expected, "one indicator file per number column");
    assert!(!written.is_empty());
    written
        .into_iter()
        .map(|path| {
            let value: Value = serde_json::from_str(&site.read(&path)).expect("JSON");
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{path}:\n{}", errors.join("\n"));
            (path, value)
        })
        .collect()
}

fn example_site() -> SiteTest {
    let site = SiteTest::empty();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    common::copy_dir(&content, &site.root().join("content"));
    site.build_ok(&[]);
    site
}

#[test]
fn the_example_sites_indicator_files_pass_the_schema_and_are_linked_in_both_languages() {
    let site = example_site();
    let files = check_indicator_files(&site);
    for (path, value) in &files {
        let id = value["dataset"].as_str().expect("dataset");
        let file = path.rsplit('/').next().expect("file name");
        for page in [
            format!("data/{id}/index.html"),
            format!("en/data/{id}/index.html"),
        ] {
            let html = site.read(&page);
            let link = common::element_around(&html, "a", file);
            assert!(link.contains(" download"), "{page}: {link}");
        }
    }
    let id_page = site.read("data/kemiskinan/index.html");
    assert!(id_page.contains(
        "Unduh metadata indikator (Satu Data Indonesia): Persentase penduduk miskin (P0)"
    ));
    let en_page = site.read("en/data/kemiskinan/index.html");
    assert!(en_page.contains(
        "Download indicator metadata (Satu Data Indonesia): Percentage of poor population (P0)"
    ));
}

/// The poverty rate writes every indicator key; the file carries them next to what the
/// dataset knows (unit, period, frequency, source, links).
#[test]
fn the_poverty_rates_indicator_file_holds_its_written_definitions() {
    let site = example_site();
    let value: Value =
        serde_json::from_str(&site.read("data/kemiskinan/indikator-persen.json")).expect("JSON");
    let text = |field: &str, lang: &str| value[field][lang].as_str().unwrap_or("").to_string();
    assert_eq!(
        text("nama_indikator", "id"),
        "Persentase penduduk miskin (P0)"
    );
    assert!(text("konsep", "id").starts_with("Untuk mengukur kemiskinan, BPS menggunakan"));
    assert!(text("definisi", "en").starts_with("Head Count Index (P0)"));
    assert!(text("interpretasi", "id").ends_with("(Contoh teks kementerian.)"));
    assert!(text("metode_rumus_perhitungan", "id").contains("Susenas"));
    assert_eq!(text("level_estimasi", "id"), "Nasional");
    assert_eq!(value["apakah_kumulatif"], false);
    assert_eq!(text("ukuran", "id"), "Persentase");
    assert_eq!(text("satuan", "en"), "Percent");
    assert_eq!(text("frekuensi", "id"), "Semesteran");
    assert_eq!(value["periode"]["awal"], "2017-03");
    assert_eq!(value["periode"]["akhir"], "2019-09");
    assert_eq!(value["klasifikasi_penyajian"][0]["kolom"], "periode");
    assert_eq!(value["klasifikasi_penyajian"][0]["jenis"], "waktu");
    assert_eq!(value["sumber"]["tanggal_rilis"], "2020-01-15");
    assert_eq!(
        value["tautan"]["halaman_dataset"]["en"],
        "https://bansos.example.go.id/en/data/kemiskinan/"
    );
    assert_eq!(
        value["tautan"]["datapackage"],
        "https://bansos.example.go.id/data/kemiskinan.datapackage.json"
    );
    // The Data Package points back from the column, relative to itself like its CSV.
    let package: Value =
        serde_json::from_str(&site.read("data/kemiskinan.datapackage.json")).expect("JSON");
    let fields = &package["resources"][0]["schema"]["fields"];
    assert_eq!(fields[1]["indicator"], "kemiskinan/indikator-persen.json");
    assert!(fields[0].get("indicator").is_none(), "only number columns");
    // The DCAT-AP catalogue lists it as the dataset's documentation.
    let catalog: Value =
        serde_json::from_str(&site.read("data/catalog.dcat-ap.jsonld")).expect("JSON");
    let pages: Vec<&str> = catalog["dcat:dataset"]
        .as_array()
        .expect("datasets")
        .iter()
        .flat_map(|d| d["foaf:page"].as_array().into_iter().flatten())
        .filter_map(|p| p["@id"].as_str())
        .collect();
    assert!(
        pages.contains(&"https://bansos.example.go.id/data/kemiskinan/indikator-persen.json"),
        "{pages:?}"
    );
}

/// A panel dataset that writes no `indicator:` key still gets a useful file: the label as
/// its name, the measure and unit from the unit, the key columns as its classification; and
/// nothing nobody wrote (no concept, no definition, no "cumulative").
#[test]
fn a_dataset_without_indicator_keys_gets_its_file_from_what_it_knows() {
    let site = SiteTest::small().file(
        "content/data/pendamping.yaml",
        "title: {id: Pendamping, en: Facilitators}\n\
         description: {id: Data contoh (bukan angka resmi)., en: Sample data (not official figures).}\n\
         source: {name: Data contoh}\n\
         columns:\n  - {key: provinsi, type: string, label: {id: Provinsi, en: Province}}\n  \
         - {key: tahun, type: period, label: {id: Tahun, en: Year}}\n  \
         - {key: orang, type: number, unit: people, label: {id: Jumlah pendamping, en: Facilitators}}\n\
         rows:\n  - {provinsi: Aceh, tahun: 2023, orang: 10}\n  - {provinsi: Aceh, tahun: 2024, orang: 12}\n  \
         - {provinsi: Bali, tahun: 2023, orang: 7}\n  - {provinsi: Bali, tahun: 2024, orang: 8}\n\
         frequency: {id: Tahunan, en: Annual}\n",
    );
    site.build_ok(&[]);
    let files = check_indicator_files(&site);
    assert_eq!(files.len(), 1);
    let value = &files[0].1;
    assert_eq!(value["nama_indikator"]["en"], "Facilitators");
    assert_eq!(value["ukuran"]["id"], "Jumlah");
    assert_eq!(value["satuan"]["id"], "Jiwa");
    assert_eq!(value["kode_satuan"], "people");
    assert_eq!(value["frekuensi"]["en"], "Annual");
    let classes: Vec<(&str, &str, u64)> = value["klasifikasi_penyajian"]
        .as_array()
        .expect("classification")
        .iter()
        .map(|c| {
            (
                c["kolom"].as_str().unwrap_or(""),
                c["jenis"].as_str().unwrap_or(""),
                c["jumlah_nilai"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        classes,
        [("provinsi", "kategori", 2), ("tahun", "waktu", 2)]
    );
    for absent in [
        "konsep",
        "definisi",
        "interpretasi",
        "apakah_kumulatif",
        "level_estimasi",
    ] {
        assert!(value.get(absent).is_none(), "{absent} was not written");
    }
}

#[test]
fn the_full_fixtures_indicator_files_pass_the_schema() {
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
    let files = check_indicator_files(&site);
    assert!(
        files.iter().all(|(_, v)| v["tautan"]["csv"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://example.go.id/transparansi/data/"))),
        "links follow the base URL"
    );
}
