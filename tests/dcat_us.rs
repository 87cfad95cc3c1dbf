//! `/data/catalog.json` against the published DCAT-US 1.1 JSON schemas kept in
//! tests/dcat-us/ (see its README): the non-federal schema CKAN's harvester applies, with no
//! error, and the official federal schema, whose only complaint may be the US budget codes
//! (`bureauCode`, `programCode`) an Indonesian ministry does not have.

mod common;

use std::path::Path;

use common::{SITE_YAML, SiteTest};
use serde_json::Value;

/// Every error of `catalog` against the schema `root` of the folder `dir`, as
/// "instance path: message"; references between the folder's files resolve offline.
fn schema_errors(dir: &str, root: &str, catalog: &Value) -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/dcat-us")
        .join(dir);
    let mut registry = jsonschema::Registry::new();
    let mut root_schema = None;
    let mut names: Vec<_> = std::fs::read_dir(&folder)
        .expect("tests/dcat-us")
        .map(|e| e.expect("entry").path())
        .collect();
    names.sort();
    for path in names {
        let schema: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("JSON");
        let id = schema["id"]
            .as_str()
            .expect("an id")
            .trim_end_matches('#')
            .to_string();
        if path.file_name().is_some_and(|n| n == root) {
            root_schema = Some(schema.clone());
        }
        registry = registry.add(id, schema).expect("a schema resource");
    }
    let registry = registry.prepare().expect("the schemas resolve");
    let validator = jsonschema::options()
        .offline()
        .with_registry(&registry)
        .build(&root_schema.expect("the root schema"))
        .expect("a validator");
    validator
        .iter_errors(catalog)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// The catalogue passes the non-federal schema, and the federal one but for the US codes.
fn assert_valid(catalog: &Value) {
    let errors = schema_errors("non-federal", "catalog.json", catalog);
    assert!(
        errors.is_empty(),
        "non-federal DCAT-US 1.1:\n{}",
        errors.join("\n")
    );
    let federal: Vec<String> = schema_errors("federal", "catalog.json", catalog)
        .into_iter()
        .filter(|e| {
            !(e.contains("\"bureauCode\" is a required")
                || e.contains("\"programCode\" is a required"))
        })
        .collect();
    assert!(federal.is_empty(), "DCAT-US 1.1:\n{}", federal.join("\n"));
}

#[test]
fn the_example_sites_catalogue_passes_dcat_us() {
    let site = SiteTest::empty();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_dir(&repo.join("content"), &site.root().join("content"));
    site.build_ok(&[]);
    let catalog: Value = serde_json::from_str(&site.read("data/catalog.json")).expect("JSON");
    assert!(catalog["dataset"].as_array().is_some_and(|d| !d.is_empty()));
    assert_valid(&catalog);
}

/// A dataset with no `contact`, no `source.published` and no corrections: what the issue
/// found failing (`contactPoint` without `hasEmail`, no `modified`).
#[test]
fn a_dataset_without_contact_or_release_date_passes_with_the_organizations_email() {
    let site = SiteTest::small()
        .file(
            "content/site.yaml",
            format!("{SITE_YAML}organization:\n  name: Kementerian Sosial\n  email: humas@example.go.id\n"),
        )
        .file(
            "content/data/gini.yaml",
            "title: {id: Rasio Gini, en: Gini Ratio}\nsource: {name: Badan Pusat Statistik}\ncolumns:\n  - {key: periode, type: period, label: Periode}\n  - {key: gini, type: number, unit: ratio, decimals: 3, label: Gini}\nrows:\n  - {periode: 2018-03, gini: 0.389}\n  - {periode: 2018-09, gini: 0.384}\n",
        );
    site.build_ok(&[]);
    let catalog: Value = serde_json::from_str(&site.read("data/catalog.json")).expect("JSON");
    assert_valid(&catalog);
    let entry = &catalog["dataset"][0];
    assert_eq!(
        entry["contactPoint"]["hasEmail"],
        "mailto:humas@example.go.id"
    );
    assert_eq!(entry["publisher"]["name"], "Kementerian Sosial");
    assert_eq!(
        entry["modified"], "2018-09-30",
        "no release date: the last day the rows cover, not the build's date"
    );
}

#[test]
fn the_schemas_catch_what_the_issue_found() {
    // The test is only worth something if the schemas refuse a catalogue without them.
    let broken = serde_json::json!({
        "conformsTo": "https://project-open-data.cio.gov/v1.1/schema",
        "dataset": [{
            "@type": "dcat:Dataset", "title": "Gini", "description": "Gini", "keyword": ["gini"],
            "publisher": {"@type": "org:Organization", "name": "Kemensos"},
            "contactPoint": {"@type": "vcard:Contact", "fn": "Kemensos"},
            "identifier": "https://uji.example.go.id/data/gini/", "accessLevel": "public"
        }]
    });
    let errors = schema_errors("federal", "catalog.json", &broken).join("\n");
    assert!(errors.contains("\"hasEmail\" is a required"), "{errors}");
    assert!(errors.contains("\"modified\" is a required"), "{errors}");
    // The non-federal schema asks for less (no e-mail, no `modified`), but not nothing.
    let mut no_publisher = broken.clone();
    no_publisher["dataset"][0]
        .as_object_mut()
        .expect("an object")
        .remove("publisher");
    let errors = schema_errors("non-federal", "catalog.json", &no_publisher).join("\n");
    assert!(errors.contains("\"publisher\" is a required"), "{errors}");
}
