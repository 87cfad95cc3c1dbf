//! `/data/catalog.dcat-ap.jsonld`: every dataset in DCAT-AP 3.0 (the European application
//! profile of DCAT that CKAN's `ckanext-dcat` harvests), as JSON-LD with its context inline.
//!
//! Texts are language-tagged literals in every site language; vocabularies are referred to
//! by IRI (IANA media types, the EU file-type authority, ISO 639-1 languages at the Library of
//! Congress), so a harvester needs no lookup table of ours.

use serde_json::{Value, json};

use super::catalog::{CatalogSite, modified};
use super::to_pretty;
use crate::config::Text;
use crate::data::{ColumnType, Dataset};

/// The catalogue's own texts, in every language.
#[derive(Debug, Clone, Copy)]
pub struct CatalogTexts<'a> {
    /// The site's title: the catalogue's title and its publisher's name.
    pub title: &'a Text,
    /// The site's description (may be empty in every language).
    pub description: &'a Text,
}

/// The catalogue, pretty-printed JSON-LD ending with a newline.
pub fn dcat_ap(datasets: &[Dataset], site: &CatalogSite, texts: CatalogTexts) -> Vec<u8> {
    let langs = &site.languages;
    let home = format!("{}/", site.downloads.base_url.trim_end_matches('/'));
    let publisher_id = format!("{home}#publisher");
    let description = match literals(texts.description, langs) {
        Value::Array(list) if list.is_empty() => literals(texts.title, langs),
        described => described,
    };
    let catalog = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"
        },
        "@id": site.downloads.dcat_ap(),
        "@type": "dcat:Catalog",
        "dct:title": literals(texts.title, langs),
        "dct:description": description,
        "dct:publisher": {
            "@id": publisher_id,
            "@type": "foaf:Agent",
            "foaf:name": literals(texts.title, langs),
        },
        "dct:language": langs.iter().map(|l| language_iri(l)).collect::<Vec<_>>(),
        "foaf:homepage": { "@id": home },
        "dcat:dataset": datasets
            .iter()
            .map(|d| dataset(d, site, &publisher_id))
            .collect::<Vec<_>>(),
    });
    to_pretty(&catalog)
}

fn dataset(d: &Dataset, site: &CatalogSite, publisher_id: &str) -> Value {
    let langs = &site.languages;
    let page = site.page(&d.id);
    let mut entry = json!({
        "@id": page,
        "@type": "dcat:Dataset",
        "dct:identifier": page,
        "dct:title": literals(&d.title, langs),
        "dct:description": match literals(&d.description, langs) {
            Value::Array(list) if list.is_empty() => literals(&d.title, langs),
            described => described,
        },
        "dct:publisher": { "@id": publisher_id },
        "dct:creator": { "@type": "foaf:Agent", "foaf:name": literals(&d.source.name, langs) },
        "dct:language": langs.iter().map(|l| language_iri(l)).collect::<Vec<_>>(),
        "dcat:landingPage": { "@id": page, "@type": "foaf:Document" },
        "dcat:distribution": distributions(d, site),
    });
    let mut keywords: Vec<Value> = d.programs.iter().map(|p| json!(p.id)).collect();
    for column in d.columns.iter().filter(|c| c.kind == ColumnType::Number) {
        if let Value::Array(labels) = literals(&column.label, langs) {
            for label in labels {
                if !keywords.contains(&label) {
                    keywords.push(label);
                }
            }
        }
    }
    if !keywords.is_empty() {
        entry["dcat:keyword"] = Value::Array(keywords);
    }
    // Documentation (DCAT-AP `foaf:page`): each number column's indicator metadata.
    let indicators: Vec<Value> = d
        .columns
        .iter()
        .filter(|c| c.kind == ColumnType::Number)
        .map(|c| {
            json!({
                "@id": site.downloads.indicator(&d.id, &c.key),
                "@type": "foaf:Document",
                "dct:title": literals(&c.label, langs),
            })
        })
        .collect();
    if !indicators.is_empty() {
        entry["foaf:page"] = Value::Array(indicators);
    }
    if let Some((start, end)) = d
        .temporal_coverage()
        .as_deref()
        .and_then(|t| t.split_once('/'))
    {
        entry["dct:temporal"] = json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": { "@value": start, "@type": "xsd:date" },
            "dcat:endDate": { "@value": end, "@type": "xsd:date" },
        });
    }
    if let Some(published) = d.source.published {
        entry["dct:issued"] = json!({ "@value": published.to_string(), "@type": "xsd:date" });
    }
    if let Some(date) = modified(d) {
        entry["dct:modified"] = json!({ "@value": date, "@type": "xsd:date" });
    }
    if !d.source.url.is_empty() {
        entry["dct:source"] = json!({ "@id": d.source.url });
    }
    let email = if d.contact.is_empty() {
        &site.contact
    } else {
        &d.contact
    };
    if !email.is_empty() {
        let mailto = match email.strip_prefix("mailto:") {
            Some(_) => email.clone(),
            None => format!("mailto:{email}"),
        };
        entry["dcat:contactPoint"] = json!({
            "@type": "vcard:Kind",
            "vcard:fn": site.publisher,
            "vcard:hasEmail": { "@id": mailto },
        });
    }
    entry
}

/// The CSV, the JSON and the Data Package descriptor, each with its licence.
fn distributions(d: &Dataset, site: &CatalogSite) -> Vec<Value> {
    let title = d.title.get(&site.default_lang);
    let files = [
        (site.downloads.csv(&d.id), "text/csv", "CSV", "CSV", None),
        (
            site.downloads.json(&d.id),
            "application/json",
            "JSON",
            "JSON",
            None,
        ),
        (
            site.downloads.datapackage(&d.id),
            "application/json",
            "JSON",
            "Frictionless Data Package",
            Some("https://specs.frictionlessdata.io/tabular-data-package/"),
        ),
    ];
    files
        .into_iter()
        .map(|(url, media_type, file_type, label, conforms_to)| {
            let mut distribution = json!({
                "@type": "dcat:Distribution",
                "dct:title": format!("{title} ({label})"),
                "dcat:accessURL": { "@id": url },
                "dcat:downloadURL": { "@id": url },
                "dcat:mediaType": { "@id": format!("http://www.iana.org/assignments/media-types/{media_type}") },
                "dct:format": { "@id": format!("http://publications.europa.eu/resource/authority/file-type/{file_type}") },
            });
            if let Some(license) = crate::data::license::url(&d.license) {
                distribution["dct:license"] =
                    json!({ "@id": license, "@type": "dct:LicenseDocument" });
            }
            if let Some(spec) = conforms_to {
                distribution["dct:conformsTo"] = json!({ "@id": spec });
            }
            distribution
        })
        .collect()
}

/// A text as language-tagged literals, one per language that has it.
fn literals(text: &Text, langs: &[String]) -> Value {
    Value::Array(
        langs
            .iter()
            .filter(|l| !text.get(l).is_empty())
            .map(|l| json!({ "@value": text.get(l), "@language": l }))
            .collect(),
    )
}

/// A language as a `dct:LinguisticSystem` IRI: its ISO 639-1 code at the Library of Congress.
fn language_iri(code: &str) -> Value {
    let code = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    json!({ "@id": format!("http://id.loc.gov/vocabulary/iso639-1/{code}") })
}
