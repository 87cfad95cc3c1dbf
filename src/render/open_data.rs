//! The language-neutral open-data files of a build: each dataset's CSV, JSON, Data Package,
//! versions and indicator metadata, and the site's catalogues (DCAT-US, DCAT-AP).

use super::indicators;
use crate::output::{OutputFile, Payload};
use crate::site::Site;

/// `/data/<id>.csv`, `/data/<id>.json`, `/data/<id>.datapackage.json` and
/// `/data/catalog.json`, `/data/catalog.dcat-ap.jsonld`: language-neutral open data (the
/// files of the datasets at `only`'s indexes, when given; always the catalogues).
pub fn downloads(site: &Site, only: Option<&[usize]>) -> Vec<OutputFile> {
    use crate::output::download;
    if site.datasets.is_empty() {
        return Vec::new();
    }
    let codes = site.config.language_codes();
    let urls = download::DownloadUrls {
        base_url: site.config.base_url.to_string(),
        data_dir: "data/".into(),
    };
    let default = &site.config.default_language().code;
    let catalog_site = download::CatalogSite {
        publisher: match &site.config.organization {
            Some(org) => org.name.get(default).to_string(),
            None => site.config.title.get(default).to_string(),
        },
        contact: site
            .config
            .organization
            .as_ref()
            .map(|o| o.email.clone())
            .unwrap_or_default(),
        default_lang: default.clone(),
        languages: codes.iter().map(|c| c.to_string()).collect(),
        pages: site
            .datasets
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    site.urls.absolute(&site.dataset_path(d, default)),
                )
            })
            .collect(),
        downloads: urls,
        today: site
            .now
            .to_zoned_datetime(site.config.timezone.clone())
            .date(),
    };
    let mut files = Vec::new();
    let wanted = |i: usize| only.is_none_or(|only| only.contains(&i));
    for (_, dataset) in site.datasets.iter().enumerate().filter(|(i, _)| wanted(*i)) {
        files.push(OutputFile {
            path: format!("data/{}.csv", dataset.id),
            payload: Payload::Bytes(download::csv(dataset)),
        });
        files.push(OutputFile {
            path: format!("data/{}.json", dataset.id),
            payload: Payload::Bytes(download::json(dataset, &codes, &catalog_site.downloads)),
        });
        files.push(OutputFile {
            path: format!("data/{}.datapackage.json", dataset.id),
            payload: Payload::Bytes(download::datapackage(dataset, &catalog_site)),
        });
        files.extend(version_files(dataset, &codes, &catalog_site.downloads));
        files.extend(indicators::files(site, dataset, &catalog_site));
    }
    files.push(OutputFile {
        path: "data/catalog.json".into(),
        payload: Payload::Bytes(download::catalog(&site.datasets, &catalog_site)),
    });
    let texts = download::CatalogTexts {
        title: &site.config.title,
        description: &site.config.description,
    };
    files.push(OutputFile {
        path: "data/catalog.dcat-ap.jsonld".into(),
        payload: Payload::Bytes(download::dcat_ap(&site.datasets, &catalog_site, texts)),
    });
    files
}

/// `/data/<id>/v<N>.csv` and `.json` for every version of `dataset`: stable addresses a
/// citation can name, each file as that version published the figures.
fn version_files(
    dataset: &crate::data::Dataset,
    codes: &[&str],
    urls: &crate::output::download::DownloadUrls,
) -> Vec<OutputFile> {
    use crate::output::download;
    (0..dataset.versions.len())
        .filter_map(|i| dataset.at_version(i))
        .flat_map(|old| {
            let number = old.current_version().map_or(1, |v| v.number);
            [
                OutputFile {
                    path: format!("data/{}/v{number}.csv", old.id),
                    payload: Payload::Bytes(download::csv(&old)),
                },
                OutputFile {
                    path: format!("data/{}/v{number}.json", old.id),
                    payload: Payload::Bytes(download::version_json(&old, codes, urls)),
                },
            ]
        })
        .collect()
}
