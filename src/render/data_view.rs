//! Views of datasets for templates: the dataset page, the data index, a program's datasets,
//! and the schema.org `Dataset` JSON-LD.

use serde::Serialize;
use serde_json::json;

use super::embed::{cell_text, table_html};
use crate::data::{Cell, Dataset, Figure, license};
use crate::i18n::format::Formatter;
use crate::site::Site;

/// The one figure of a dataset (its headline, or a time series' latest value) with its
/// period and change; or, when no single value stands for it, its extent.
#[derive(Serialize, Default)]
pub struct Latest {
    pub value_display: String,
    /// "2024", "Indonesia · 2024", "Jumlah 38 provinsi · 2024".
    pub period_display: String,
    pub change_display: String,
    /// "38 provinsi · 2024": a panel or cross-section without a headline.
    pub extent_display: String,
}

/// The words around a dataset's figure, from the theme's interface strings (with defaults,
/// so a theme made before they existed still builds).
pub struct ShapeWords {
    /// "{count} {label_lower}": how many categories, e.g. "38 provinsi".
    pub extent: String,
    /// "Jumlah {extent}": what a total adds up.
    pub total: String,
}

impl ShapeWords {
    pub fn from_strings(get: impl Fn(&str) -> Option<String>) -> ShapeWords {
        ShapeWords {
            extent: get("data_extent").unwrap_or_else(|| "{count} {label_lower}".into()),
            total: get("data_total").unwrap_or_else(|| "{extent}".into()),
        }
    }
}

/// "38 provinsi": the number of categories, named by the category column's label.
fn extent_text(dataset: &Dataset, count: usize, words: &ShapeWords, lang: &str) -> String {
    let label = match dataset.shape.categories.as_slice() {
        [only] => dataset.columns[*only].label.get(lang).to_string(),
        _ => String::new(),
    };
    let mut chars = label.chars();
    // "Provinsi" → "provinsi", but "KPM" stays "KPM".
    let label_lower = match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if second.is_lowercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.clone(),
    };
    words
        .extent
        .replace("{count}", &count.to_string())
        .replace("{label_lower}", &label_lower)
        .replace("{label}", &label)
        .trim()
        .to_string()
}

pub fn latest(dataset: &Dataset, fmt: &Formatter, lang: &str, words: &ShapeWords) -> Latest {
    let period_text = |p: Option<&Cell>| match (p, dataset.shape.period) {
        (Some(cell), Some(col)) => cell_text(cell, &dataset.columns[col], fmt),
        _ => String::new(),
    };
    let joined = |parts: [String; 2]| {
        parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    match dataset.figure() {
        Figure::Nothing => Latest::default(),
        Figure::Extent { count, period } => Latest {
            extent_display: joined([
                extent_text(dataset, count, words, lang),
                period_text(period),
            ]),
            ..Latest::default()
        },
        Figure::Value {
            col,
            value,
            period,
            previous,
            category,
            total,
        } => {
            let column = &dataset.columns[col];
            let unit = column.unit_for(lang);
            let subject = if total {
                let count = dataset.rows_at(period).count();
                words
                    .total
                    .replace("{extent}", &extent_text(dataset, count, words, lang))
            } else {
                category.unwrap_or_default()
            };
            Latest {
                value_display: fmt.value(value, &unit, column.decimals),
                period_display: joined([subject, period_text(period)]),
                change_display: previous
                    .map(|p| fmt.change(p, value, &unit, column.decimals))
                    .unwrap_or_default(),
                extent_display: String::new(),
            }
        }
    }
}

/// The headline's values over time for a sparkline (gaps as NaN); empty without a headline
/// or with fewer than two periods.
fn sparkline_values(dataset: &Dataset) -> Vec<f64> {
    let Some(headline) = dataset.effective_headline() else {
        return vec![];
    };
    let values: Vec<f64> = dataset
        .headline_series(&headline)
        .into_iter()
        .map(|(_, v)| v.unwrap_or(f64::NAN))
        .collect();
    if values.len() < 2 { vec![] } else { values }
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
    /// "38 provinsi · 2024" where no single value stands for the dataset.
    pub extent_display: String,
    pub sparkline_svg: String,
    pub chart_html: String,
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
    /// The announced next release, if any (SPEC §4 `next_release`).
    pub next_release: Option<super::release_view::ReleaseView>,
    /// `official`, `provisional`, `experimental`, or "" (theme strings `status_<name>`).
    pub status: String,
    pub frequency: String,
    pub contact: String,
    pub license: String,
    pub license_name: String,
    pub license_url: String,
    /// The change log: typed revisions and corrections, newest first.
    pub corrections: Vec<super::change_view::ChangeView>,
    pub chart_html: String,
    pub table_html: String,
    pub csv_url: String,
    pub json_url: String,
    /// The Frictionless descriptor of the CSV: `/data/<id>.datapackage.json`.
    pub datapackage_url: String,
    pub latest: Latest,
    pub period_from_display: String,
    pub period_to_display: String,
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
    (lang, words): (&str, &ShapeWords),
    chart_html: String,
) -> DatasetSummary {
    let latest = latest(dataset, fmt, lang, words);
    let values = sparkline_values(dataset);
    DatasetSummary {
        id: dataset.id.clone(),
        title: dataset.title.get(lang).to_string(),
        url: site.urls.href(&site.dataset_path(dataset, lang)),
        description: dataset.description.get(lang).to_string(),
        latest_display: latest.value_display,
        latest_period_display: latest.period_display,
        change_display: latest.change_display,
        extent_display: latest.extent_display,
        sparkline_svg: if values.is_empty() {
            String::new()
        } else {
            super::chart::sparkline_svg(&values)
        },
        chart_html,
    }
}

pub fn dataset_view(
    site: &Site,
    dataset: &Dataset,
    fmt: &Formatter,
    (lang, words): (&str, &ShapeWords),
    chart_html: String,
) -> DatasetView {
    // Coverage is the range of the key's period column (none for a cross-section).
    let (from, to) = match (dataset.coverage(), dataset.shape.period) {
        (Some((a, b)), Some(col)) => (
            cell_text(a, &dataset.columns[col], fmt),
            cell_text(b, &dataset.columns[col], fmt),
        ),
        _ => (String::new(), String::new()),
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
        next_release: super::release_view::ReleaseView::of_dataset(site, &dataset.id, lang, fmt),
        status: dataset
            .status
            .map(|s| s.name().to_string())
            .unwrap_or_default(),
        frequency: dataset.frequency.get(lang).to_string(),
        contact: dataset.contact.clone(),
        license: dataset.license.clone(),
        license_name: license::name(&dataset.license).to_string(),
        // A licence given by its https address links to it.
        license_url: license::url(&dataset.license)
            .unwrap_or(match dataset.license.starts_with("https://") {
                true => &dataset.license,
                false => "",
            })
            .to_string(),
        corrections: super::change_view::change_log(site, dataset, fmt, lang),
        chart_html,
        table_html: table_html(dataset, fmt, lang, ""),
        csv_url: download_url(site, dataset, "csv"),
        json_url: download_url(site, dataset, "json"),
        datapackage_url: download_url(site, dataset, "datapackage.json"),
        latest: latest(dataset, fmt, lang, words),
        period_from_display: from,
        period_to_display: to,
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
    if site.config.organization.is_some() {
        value["publisher"] = super::identity::publisher(site, lang);
    }
    super::jsonld::script_safe(&value)
}
