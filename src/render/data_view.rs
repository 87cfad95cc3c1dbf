//! Views of datasets for templates: the dataset page, the data index, a program's datasets,
//! and the schema.org `Dataset` JSON-LD.

use serde::Serialize;
use serde_json::json;

use super::embed::{cell_text, table_html};
use crate::data::{Cell, Dataset, license};
use crate::i18n::format::Formatter;
use crate::site::Site;

/// The latest value of a dataset's main column, with its period and change.
#[derive(Serialize, Default)]
pub struct Latest {
    pub value_display: String,
    pub period_display: String,
    pub change_display: String,
}

/// A dataset in a list (data index, program page).
#[derive(Serialize)]
pub struct DatasetSummary {
    pub id: String,
    pub title: String,
    pub url: String,
    pub description: String,
    pub latest_display: String,
    pub latest_period_display: String,
    pub change_display: String,
    pub sparkline_svg: String,
    pub chart_html: String,
}

#[derive(Serialize)]
pub struct CorrectionView {
    pub date: String,
    pub date_display: String,
    pub note: String,
}

/// Everything the dataset page shows.
#[derive(Serialize)]
pub struct DatasetView {
    pub id: String,
    pub title: String,
    pub description: String,
    pub source_name: String,
    pub source_url: String,
    pub published: String,
    pub published_display: String,
    pub next_release: String,
    pub next_release_display: String,
    pub frequency: String,
    pub contact: String,
    pub license: String,
    pub license_name: String,
    pub license_url: String,
    pub corrections: Vec<CorrectionView>,
    pub chart_html: String,
    pub table_html: String,
    pub csv_url: String,
    pub json_url: String,
    pub latest: Latest,
    pub period_from_display: String,
    pub period_to_display: String,
}

pub fn latest(dataset: &Dataset, fmt: &Formatter, lang: &str) -> Latest {
    let Some(col) = dataset.main_column() else {
        return Latest::default();
    };
    let column = &dataset.columns[col];
    let unit = column.unit_for(lang);
    let with_values: Vec<(usize, f64)> = dataset
        .rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.cells.get(col).and_then(Cell::number).map(|v| (i, v)))
        .collect();
    let Some(&(last_row, last)) = with_values.last() else {
        return Latest::default();
    };
    let x = dataset.chart.as_ref().map(|c| c.x).unwrap_or(0);
    let period_display = dataset.rows[last_row]
        .cells
        .get(x)
        .map(|c| cell_text(c, &dataset.columns[x], fmt))
        .unwrap_or_default();
    let change_display = match with_values.len() {
        n if n >= 2 => fmt.change(with_values[n - 2].1, last, &unit, column.decimals),
        _ => String::new(),
    };
    Latest {
        value_display: fmt.value(last, &unit, column.decimals),
        period_display,
        change_display,
    }
}

pub fn download_url(site: &Site, dataset: &Dataset, extension: &str) -> String {
    site.urls.href(&crate::site::SitePath::file(&format!(
        "data/{}.{extension}",
        dataset.id
    )))
}

pub fn summary(
    site: &Site,
    dataset: &Dataset,
    fmt: &Formatter,
    lang: &str,
    chart_html: String,
) -> DatasetSummary {
    let latest = latest(dataset, fmt, lang);
    let values: Vec<f64> = dataset
        .main_column()
        .map(|c| {
            dataset
                .rows
                .iter()
                .filter_map(|r| r.cells.get(c).and_then(Cell::number))
                .collect()
        })
        .unwrap_or_default();
    DatasetSummary {
        id: dataset.id.clone(),
        title: dataset.title.get(lang).to_string(),
        url: site.urls.href(&site.dataset_path(dataset, lang)),
        description: dataset.description.get(lang).to_string(),
        latest_display: latest.value_display,
        latest_period_display: latest.period_display,
        change_display: latest.change_display,
        sparkline_svg: super::chart::sparkline_svg(&values),
        chart_html,
    }
}

pub fn dataset_view(
    site: &Site,
    dataset: &Dataset,
    fmt: &Formatter,
    lang: &str,
    chart_html: String,
) -> DatasetView {
    let x = dataset.chart.as_ref().map(|c| c.x).unwrap_or(0);
    let edge = |row: Option<&crate::data::Row>| {
        row.and_then(|r| r.cells.get(x))
            .map(|c| cell_text(c, &dataset.columns[x], fmt))
            .unwrap_or_default()
    };
    DatasetView {
        id: dataset.id.clone(),
        title: dataset.title.get(lang).to_string(),
        description: dataset.description.get(lang).to_string(),
        source_name: dataset.source.name.get(lang).to_string(),
        source_url: dataset.source.url.clone(),
        published: dataset
            .source
            .published
            .map(|d| d.to_string())
            .unwrap_or_default(),
        published_display: dataset
            .source
            .published
            .map(|d| fmt.date_short(d))
            .unwrap_or_default(),
        next_release: dataset
            .next_release
            .map(|d| d.to_string())
            .unwrap_or_default(),
        next_release_display: dataset
            .next_release
            .map(|d| fmt.date_short(d))
            .unwrap_or_default(),
        frequency: dataset.frequency.get(lang).to_string(),
        contact: dataset.contact.clone(),
        license: dataset.license.clone(),
        license_name: license::name(&dataset.license).to_string(),
        license_url: license::url(&dataset.license)
            .unwrap_or_default()
            .to_string(),
        corrections: dataset
            .corrections
            .iter()
            .map(|c| CorrectionView {
                date: c.date.to_string(),
                date_display: fmt.date_short(c.date),
                note: c.note.get(lang).to_string(),
            })
            .collect(),
        chart_html,
        table_html: table_html(dataset, fmt, lang),
        csv_url: download_url(site, dataset, "csv"),
        json_url: download_url(site, dataset, "json"),
        latest: latest(dataset, fmt, lang),
        period_from_display: edge(dataset.rows.first()),
        period_to_display: edge(dataset.rows.last()),
    }
}

/// schema.org `Dataset` JSON-LD, safe to put inside a `<script>` element.
pub fn json_ld(site: &Site, dataset: &Dataset, lang: &str) -> String {
    let absolute = |path: &str| site.urls.absolute(&crate::site::SitePath::file(path));
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": dataset.title.get(lang),
        "description": dataset.description.get(lang),
        "url": site.urls.absolute(&site.dataset_path(dataset, lang)),
        "inLanguage": lang,
        "isAccessibleForFree": true,
        "license": license::url(&dataset.license).unwrap_or(&dataset.license),
        "creator": { "@type": "Organization", "name": dataset.source.name.get(lang) },
        "distribution": [
            { "@type": "DataDownload", "encodingFormat": "text/csv", "contentUrl": absolute(&format!("data/{}.csv", dataset.id)) },
            { "@type": "DataDownload", "encodingFormat": "application/json", "contentUrl": absolute(&format!("data/{}.json", dataset.id)) }
        ]
    });
    if let Some(coverage) = dataset.temporal_coverage() {
        value["temporalCoverage"] = json!(coverage);
    }
    if let Some(published) = dataset.source.published {
        value["datePublished"] = json!(published.to_string());
    }
    if !dataset.source.url.is_empty() {
        value["creator"]["url"] = json!(dataset.source.url);
    }
    super::jsonld::script_safe(&value)
}
