//! `/data/<id>.datapackage.json`: a dataset as a Frictionless Tabular Data Package (v1) whose
//! one resource is the dataset's CSV download, described by a Table Schema.
//!
//! The descriptor sits next to the CSV and points at it by a relative path (`<id>.csv`), so it
//! is read the same from the site, from a copy of the `data/` folder, or offline by
//! `frictionless validate`. Texts are in the site's default language, like the catalogue.

use serde::Serialize;

use super::catalog::{CatalogSite, modified};
use super::{to_pretty, unit_name};
use crate::data::period::PeriodKind;
use crate::data::{Cell, ColumnType, Dataset, UnitSpec};

/// A Table Schema pattern for every period form terang reads (`2018`, `2018-09`, `2018-S2`,
/// `2018-Q3`); patterns are matched against the whole cell.
const PERIOD_PATTERN: &str = "[0-9]{4}(-(0[1-9]|1[0-2]|S[12]|Q[1-4]))?";

/// The descriptor of `dataset`, pretty-printed JSON ending with a newline.
pub fn datapackage(dataset: &Dataset, site: &CatalogSite) -> Vec<u8> {
    let lang = site.default_lang.as_str();
    let title = dataset.title.get(lang);
    let page = site.page(&dataset.id);
    let license = License {
        name: (!dataset.license.is_empty() && is_license_name(&dataset.license))
            .then_some(dataset.license.as_str()),
        path: crate::data::license::url(&dataset.license),
        title: crate::data::license::name(&dataset.license),
    };
    let source_name = dataset.source.name.get(lang);
    let descriptor = Package {
        profile: "tabular-data-package",
        name: &dataset.id,
        id: page.clone(),
        title,
        description: Some(dataset.description.get(lang)).filter(|d| !d.is_empty()),
        homepage: page,
        modified: modified(dataset),
        keywords: dataset.programs.iter().map(|p| p.id.as_str()).collect(),
        licenses: if license.name.is_some() || license.path.is_some() {
            vec![license]
        } else {
            Vec::new()
        },
        sources: (!source_name.is_empty())
            .then(|| Source {
                title: source_name,
                path: Some(dataset.source.url.as_str()).filter(|u| !u.is_empty()),
            })
            .into_iter()
            .collect(),
        contributors: (!site.publisher.is_empty())
            .then(|| Contributor {
                title: &site.publisher,
                role: "publisher",
            })
            .into_iter()
            .collect(),
        resources: vec![Resource {
            profile: "tabular-data-resource",
            name: &dataset.id,
            path: format!("{}.csv", dataset.id),
            title,
            format: "csv",
            mediatype: "text/csv",
            encoding: "utf-8",
            dialect: Dialect {
                delimiter: ",",
                line_terminator: "\r\n",
                quote_char: "\"",
                double_quote: true,
                header: true,
            },
            schema: table_schema(dataset, lang),
        }],
    };
    to_pretty(&descriptor)
}

/// The Table Schema of the CSV: one field per column, in column order.
fn table_schema<'a>(dataset: &'a Dataset, lang: &str) -> Schema<'a> {
    let fields = dataset
        .columns
        .iter()
        .enumerate()
        .map(|(i, column)| {
            let (kind, pattern) = field_type(dataset, i);
            Field {
                name: &column.key,
                kind,
                title: column.label.get(lang).to_string(),
                unit: match &column.unit {
                    UnitSpec::Known(unit) => Some(unit_name(unit).to_string()),
                    UnitSpec::Free(text) => Some(text.get(lang).to_string()),
                    UnitSpec::None => None,
                },
                constraints: pattern.map(|pattern| Constraints { pattern }),
                indicator: (column.kind == ColumnType::Number).then(|| {
                    super::indicator_path(&dataset.id, &column.key)
                        .trim_start_matches("data/")
                        .to_string()
                }),
            }
        })
        .collect();
    Schema {
        fields,
        missing_values: [""],
        primary_key: primary_key(dataset),
    }
}

/// The Table Schema type of column `i`, and a pattern when the type alone does not say
/// which texts are valid.
///
/// Periods have no Table Schema type of their own: a column of years is `year`, of months
/// `yearmonth`; one with semesters, quarters or mixed forms is a `string` with a pattern.
/// A date column is `date` when every cell is written `YYYY-MM-DD` (the Table Schema
/// default format), else a `string`.
fn field_type(dataset: &Dataset, i: usize) -> (&'static str, Option<&'static str>) {
    let cells = || dataset.rows.iter().filter_map(|r| r.cells.get(i));
    match dataset.columns[i].kind {
        ColumnType::String => ("string", None),
        ColumnType::Number => ("number", None),
        ColumnType::Date => {
            let iso = |cell: &Cell| match cell {
                Cell::Date { text, .. } => is_iso_date(text),
                _ => true,
            };
            (if cells().all(iso) { "date" } else { "string" }, None)
        }
        ColumnType::Period => {
            let kinds: Vec<PeriodKind> = cells()
                .filter_map(|cell| match cell {
                    Cell::Period { period, .. } => Some(period.kind()),
                    _ => None,
                })
                .collect();
            if kinds.iter().all(|k| *k == PeriodKind::Year) {
                ("year", None)
            } else if kinds.iter().all(|k| matches!(k, PeriodKind::Month(_))) {
                ("yearmonth", None)
            } else {
                ("string", Some(PERIOD_PATTERN))
            }
        }
    }
}

/// `YYYY-MM-DD` exactly: what a Table Schema `date` field reads by default.
fn is_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        })
}

/// The dataset's key columns (SPEC §4 "Shapes"), in column order, when they name every row
/// once: no empty cell and no two rows alike. Otherwise (or without a key) no primary key,
/// since a descriptor whose key the data break would fail validation.
fn primary_key(dataset: &Dataset) -> Vec<&str> {
    let shape = &dataset.shape;
    let key: Vec<usize> = (0..dataset.columns.len())
        .filter(|&i| shape.is_key(i))
        .collect();
    if key.is_empty() {
        return Vec::new();
    }
    let mut seen = std::collections::HashSet::new();
    for row in &dataset.rows {
        let values: Option<Vec<&str>> = key
            .iter()
            .map(|&i| row.cells.get(i).and_then(Cell::raw))
            .collect();
        let named_once = values.is_some_and(|values| seen.insert(values));
        if !named_once {
            return Vec::new();
        }
    }
    key.iter()
        .map(|&i| dataset.columns[i].key.as_str())
        .collect()
}

/// Whether `id` fits a Data Package licence `name` (an Open Definition / SPDX id).
fn is_license_name(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'))
}

#[derive(Serialize)]
struct Package<'a> {
    profile: &'static str,
    name: &'a str,
    id: String,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    homepage: String,
    /// Not a Data Package v1 property: the last release or correction date, as the catalogue's
    /// `modified` (documented in docs/datasets.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    keywords: Vec<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    licenses: Vec<License<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<Source<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    contributors: Vec<Contributor<'a>>,
    resources: Vec<Resource<'a>>,
}

#[derive(Serialize)]
struct License<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'static str>,
    title: &'a str,
}

#[derive(Serialize)]
struct Source<'a> {
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
}

#[derive(Serialize)]
struct Contributor<'a> {
    title: &'a str,
    role: &'static str,
}

#[derive(Serialize)]
struct Resource<'a> {
    profile: &'static str,
    name: &'a str,
    path: String,
    title: &'a str,
    format: &'static str,
    mediatype: &'static str,
    encoding: &'static str,
    dialect: Dialect,
    schema: Schema<'a>,
}

/// How `download::csv` writes: RFC 4180 with CRLF line ends and a header row.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dialect {
    delimiter: &'static str,
    line_terminator: &'static str,
    quote_char: &'static str,
    double_quote: bool,
    header: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Schema<'a> {
    fields: Vec<Field<'a>>,
    missing_values: [&'static str; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    primary_key: Vec<&'a str>,
}

#[derive(Serialize)]
struct Field<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    title: String,
    /// Not a Table Schema property: the column's unit as the YAML names it (`percent`,
    /// `households`) or its free text in the default language (documented in
    /// docs/datasets.md).
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    constraints: Option<Constraints>,
    /// Not a Table Schema property: a number column's Satu Data Indonesia indicator
    /// metadata, relative to the descriptor like the CSV (`<id>/indikator-<key>.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<String>,
}

#[derive(Serialize)]
struct Constraints {
    pattern: &'static str,
}
