//! `/data/catalog.json`: every dataset in DCAT-US 1.1 (Project Open Data `data.json`) form.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{DownloadUrls, to_pretty};
use crate::data::{ColumnType, Dataset};

/// What the catalogue needs to know about the site, kept free of the rest of terang.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogSite {
    /// The publishing organization: "Kementerian Sosial Republik Indonesia".
    pub publisher: String,
    /// Contact e-mail for datasets without their own `contact` (may be empty).
    pub contact: String,
    /// The language of the catalogue's texts: `id`.
    pub default_lang: String,
    /// Every site language, for `language`: `["id", "en"]`.
    pub languages: Vec<String>,
    /// Dataset id → absolute URL of its page in the default language; a dataset missing
    /// here gets `<base_url>data/<id>/`.
    pub pages: BTreeMap<String, String>,
    pub downloads: DownloadUrls,
    /// The build's date: the last resort of [`catalog_modified`], since DCAT-US requires a
    /// `modified`.
    pub today: jiff::civil::Date,
}

impl CatalogSite {
    pub(super) fn page(&self, id: &str) -> String {
        match self.pages.get(id) {
            Some(url) => url.clone(),
            None => format!(
                "{}/data/{id}/",
                self.downloads.base_url.trim_end_matches('/')
            ),
        }
    }
}

/// `/data/catalog.json` in DCAT-US 1.1 (Project Open Data `data.json`) form, texts in the
/// default language. Left out on purpose: `bureauCode`/`programCode` (US federal codes),
/// `spatial`, and `accrualPeriodicity` (`frequency` is free text, not an ISO 8601 duration).
pub fn catalog(datasets: &[Dataset], site: &CatalogSite) -> Vec<u8> {
    let lang = site.default_lang.as_str();
    let entries = datasets
        .iter()
        .map(|d| catalog_entry(d, site, lang))
        .collect();
    to_pretty(&Catalog {
        context: "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
        id: site.downloads.catalog(),
        kind: "dcat:Catalog",
        conforms_to: "https://project-open-data.cio.gov/v1.1/schema",
        described_by: "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
        dataset: entries,
    })
}

fn catalog_entry<'a>(d: &'a Dataset, site: &'a CatalogSite, lang: &str) -> CatalogDataset<'a> {
    let title = d.title.get(lang).to_string();
    let page = site.page(&d.id);
    let mut keyword: Vec<String> = d.programs.iter().map(|p| p.id.clone()).collect();
    for column in d.columns.iter().filter(|c| c.kind == ColumnType::Number) {
        let label = column.label.get(lang).to_string();
        if !label.is_empty() && !keyword.contains(&label) {
            keyword.push(label);
        }
    }
    if keyword.is_empty() {
        keyword.push(title.clone());
    }
    let description = match d.description.get(lang) {
        "" => title.clone(),
        text => text.to_string(),
    };
    let modified = catalog_modified(d, site.today);
    let email = if d.contact.is_empty() {
        site.contact.as_str()
    } else {
        d.contact.as_str()
    };
    let distribution = vec![
        Distribution {
            kind: "dcat:Distribution",
            download_url: site.downloads.csv(&d.id),
            media_type: "text/csv",
            format: "CSV",
            title: format!("{title} (CSV)"),
        },
        Distribution {
            kind: "dcat:Distribution",
            download_url: site.downloads.json(&d.id),
            media_type: "application/json",
            format: "JSON",
            title: format!("{title} (JSON)"),
        },
        Distribution {
            kind: "dcat:Distribution",
            download_url: site.downloads.datapackage(&d.id),
            media_type: "application/json",
            format: "Frictionless Data Package",
            title: format!("{title} (Frictionless Data Package)"),
        },
    ];
    CatalogDataset {
        kind: "dcat:Dataset",
        title,
        description,
        keyword,
        modified,
        publisher: Organization {
            kind: "org:Organization",
            name: &site.publisher,
        },
        contact_point: Contact {
            kind: "vcard:Contact",
            name: &site.publisher,
            email: (!email.is_empty()).then(|| {
                if email.starts_with("mailto:") {
                    email.to_string()
                } else {
                    format!("mailto:{email}")
                }
            }),
        },
        identifier: page.clone(),
        access_level: "public",
        license: license_url(&d.license),
        temporal: d.temporal_coverage(),
        distribution,
        landing_page: page,
        language: &site.languages,
        references: Some(&d.source.url)
            .filter(|u| !u.is_empty())
            .map(|u| vec![u.as_str()]),
    }
}

/// `modified` in the catalogue, which DCAT-US requires: the last date the dataset changed
/// ([`modified`]); else the end of the last period (or the last date) its rows cover, which
/// they cannot predate, but not after the build's date; else the build's date.
///
/// Everything here is read from what is public: an embargo has already taken the held rows
/// out, with a `source.published` or correction dated on or after its day. So one minute
/// before it lifts, `modified` is what a build without the held rows gives, never the
/// release day (issue 13, issue 15 item 2).
fn catalog_modified(d: &Dataset, today: jiff::civil::Date) -> String {
    modified(d).unwrap_or_else(|| {
        let covered = d.coverage_days().map(|(_, last)| last.min(today));
        covered.unwrap_or(today).to_string()
    })
}

/// The last date the dataset changed: its release date or its latest correction (`None`
/// when it gives neither).
pub(super) fn modified(d: &Dataset) -> Option<String> {
    d.source
        .published
        .into_iter()
        .chain(d.corrections.iter().map(|c| c.date))
        .max()
        .map(|date| date.to_string())
}

#[derive(Serialize)]
struct Catalog<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "conformsTo")]
    conforms_to: &'static str,
    #[serde(rename = "describedBy")]
    described_by: &'static str,
    dataset: Vec<CatalogDataset<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CatalogDataset<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    title: String,
    description: String,
    keyword: Vec<String>,
    modified: String,
    publisher: Organization<'a>,
    contact_point: Contact<'a>,
    identifier: String,
    access_level: &'static str,
    license: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    temporal: Option<String>,
    distribution: Vec<Distribution>,
    landing_page: String,
    language: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    references: Option<Vec<&'a str>>,
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Contact<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "fn")]
    name: &'a str,
    #[serde(rename = "hasEmail", skip_serializing_if = "Option::is_none")]
    email: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Distribution {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "downloadURL")]
    download_url: String,
    media_type: &'static str,
    format: &'static str,
    title: String,
}

/// The licence as the URL DCAT-US asks for; an id we do not know stays as written.
pub fn license_url(id: &str) -> String {
    crate::data::license::url(id)
        .map(str::to_string)
        .unwrap_or_else(|| id.to_string())
}
