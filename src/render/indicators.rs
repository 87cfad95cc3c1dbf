//! The Satu Data Indonesia indicator metadata of a dataset's number columns: the files
//! (`/data/<id>/indikator-<column>.json`, written by `output::download::indicator`) and the
//! links to them on the dataset page, in both languages.

use serde::Serialize;

use super::{OutputFile, Payload};
use crate::data::{ColumnType, Dataset};
use crate::output::download::{self, CatalogSite};
use crate::site::{Site, SitePath};

/// One file per number column of `dataset`, in column order.
pub(super) fn files(site: &Site, dataset: &Dataset, catalog: &CatalogSite) -> Vec<OutputFile> {
    let pages: Vec<(String, String)> = site
        .config
        .language_codes()
        .iter()
        .map(|lang| {
            (
                lang.to_string(),
                site.urls.absolute(&site.dataset_path(dataset, lang)),
            )
        })
        .collect();
    number_columns(dataset)
        .map(|(i, key)| OutputFile {
            path: download::indicator_path(&dataset.id, key),
            payload: Payload::Bytes(download::indicator(dataset, i, catalog, &pages)),
        })
        .collect()
}

/// A link on the dataset page: the indicator's name in `lang` and its file's address.
#[derive(Debug, Serialize)]
pub struct IndicatorLink {
    pub name: String,
    pub url: String,
}

/// The dataset page's links to its indicator files, in column order.
pub(super) fn links(site: &Site, dataset: &Dataset, lang: &str) -> Vec<IndicatorLink> {
    number_columns(dataset)
        .map(|(i, key)| {
            let column = &dataset.columns[i];
            let name = column
                .indicator
                .as_ref()
                .and_then(|ind| ind.name.as_ref())
                .unwrap_or(&column.label);
            IndicatorLink {
                name: name.get(lang).to_string(),
                url: site
                    .urls
                    .href(&SitePath::file(&download::indicator_path(&dataset.id, key))),
            }
        })
        .collect()
}

fn number_columns(dataset: &Dataset) -> impl Iterator<Item = (usize, &str)> {
    dataset
        .columns
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == ColumnType::Number)
        .map(|(i, c)| (i, c.key.as_str()))
}
