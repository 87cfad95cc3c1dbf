//! Open-data downloads of the datasets: `/data/<id>.csv`, `/data/<id>.json`, the Frictionless
//! descriptor `/data/<id>.datapackage.json`, the DCAT-US catalogue `/data/catalog.json` and
//! the DCAT-AP 3.0 one `/data/catalog.dcat-ap.jsonld`, with every value exactly as the YAML
//! wrote it.
//!
//! Pure functions from [`Dataset`] to bytes; the caller decides where the files go.

use std::borrow::Cow;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};
use serde_json::value::RawValue;

use crate::config::Text;
use crate::data::{Cell, ColumnType, Dataset, UnitSpec};

mod catalog;
mod datapackage;
mod dcat_ap;
mod indicator;

pub use catalog::{CatalogSite, catalog};
pub use datapackage::datapackage;
pub use dcat_ap::{CatalogTexts, dcat_ap};
pub use indicator::{indicator, indicator_path};

/// Where the download files live, to write absolute links to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadUrls {
    /// The site's absolute address: `https://bansos.example.go.id/` (a missing trailing
    /// slash is added).
    pub base_url: String,
    /// The downloads' folder below the site root: `data/` (language-neutral, SPEC §4).
    pub data_dir: String,
}

impl DownloadUrls {
    /// `https://…/data/<id>.csv`.
    pub fn csv(&self, id: &str) -> String {
        format!("{}{id}.csv", self.dir())
    }

    /// `https://…/data/<id>.json`.
    pub fn json(&self, id: &str) -> String {
        format!("{}{id}.json", self.dir())
    }

    /// `https://…/data/<id>/v<N>.csv`: version `number`, at its stable address.
    pub fn version_csv(&self, id: &str, number: u32) -> String {
        format!("{}{id}/v{number}.csv", self.dir())
    }

    /// `https://…/data/<id>/v<N>.json`.
    pub fn version_json(&self, id: &str, number: u32) -> String {
        format!("{}{id}/v{number}.json", self.dir())
    }

    /// `https://…/data/<id>.datapackage.json`.
    pub fn datapackage(&self, id: &str) -> String {
        format!("{}{id}.datapackage.json", self.dir())
    }

    /// `https://…/data/<id>/indikator-<key>.json`: column `key`'s indicator metadata.
    pub fn indicator(&self, id: &str, key: &str) -> String {
        format!("{}{id}/indikator-{key}.json", self.dir())
    }

    /// `https://…/data/catalog.dcat-ap.jsonld`.
    pub fn dcat_ap(&self) -> String {
        format!("{}catalog.dcat-ap.jsonld", self.dir())
    }

    /// `https://…/data/catalog.json`.
    pub fn catalog(&self) -> String {
        format!("{}catalog.json", self.dir())
    }

    fn dir(&self) -> String {
        let base = self.base_url.trim_end_matches('/');
        let dir = self.data_dir.trim_matches('/');
        if dir.is_empty() {
            format!("{base}/")
        } else {
            format!("{base}/{dir}/")
        }
    }
}

/// RFC 4180 CSV: a header of column keys, one line per row, CRLF line ends, UTF-8 without a
/// byte-order mark, empty fields for empty cells, values as written (`0.380` stays `0.380`).
pub fn csv(dataset: &Dataset) -> Vec<u8> {
    // Writing into memory cannot fail and `flexible` rules out the length check, so the
    // error is unreachable; an empty file would beat a panic in the middle of a build.
    write_csv(dataset).unwrap_or_default()
}

/// A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
/// return first: SPEC §4) gets a leading `'`, which spreadsheets show as text and hide.
/// Number, date and period cells are never formulas (`-0.5` in a number column stays).
pub(crate) fn neutralise(text: &str) -> Cow<'_, str> {
    match text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => Cow::Owned(format!("'{text}")),
        false => Cow::Borrowed(text),
    }
}

fn write_csv(dataset: &Dataset) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    // The csv crate quotes exactly the fields RFC 4180 needs quoted (`,` `"` CR LF) and
    // doubles quotes; it quotes a lone empty field too, so such a line is not blank.
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(dataset.columns.iter().map(|c| c.key.as_str()))?;
    for row in &dataset.rows {
        let fields = (0..dataset.columns.len()).map(|i| match row.cells.get(i) {
            Some(Cell::Text(text)) => neutralise(text),
            cell => Cow::Borrowed(cell.and_then(Cell::raw).unwrap_or("")),
        });
        let fields: Vec<Cow<'_, str>> = fields.collect();
        let fields = fields.iter().map(|f| f.as_bytes());
        writer.write_record(fields)?;
    }
    Ok(writer.into_inner()?)
}

/// The dataset as JSON for programs: metadata with texts in every language of
/// `lang_codes`, the column schema and the rows as `{key: value}` objects in column order.
///
/// Numbers are JSON numbers with the digits as written (`0.380`, not `0.38`): the checked
/// cell text is already a plain decimal, so it is emitted as the number token itself, through
/// `serde_json`'s `RawValue` (not `arbitrary_precision`, which would change how every other
/// user of `serde_json` in the build treats numbers). Pretty-printed, ends with a newline.
pub fn json(dataset: &Dataset, lang_codes: &[&str], base: &DownloadUrls) -> Vec<u8> {
    let links = Links {
        csv: base.csv(&dataset.id),
        json: base.json(&dataset.id),
    };
    json_with(dataset, lang_codes, base, links)
}

/// A version of the dataset (from [`Dataset::at_version`]) as JSON: the same form, its own
/// stable addresses as `links`, and the versions up to it.
pub fn version_json(dataset: &Dataset, lang_codes: &[&str], base: &DownloadUrls) -> Vec<u8> {
    let number = dataset.current_version().map_or(1, |v| v.number);
    let links = Links {
        csv: base.version_csv(&dataset.id, number),
        json: base.version_json(&dataset.id, number),
    };
    json_with(dataset, lang_codes, base, links)
}

fn json_with(dataset: &Dataset, lang_codes: &[&str], base: &DownloadUrls, links: Links) -> Vec<u8> {
    let langs = |text| Langs {
        text,
        langs: lang_codes,
    };
    let file = DatasetFile {
        id: &dataset.id,
        title: langs(&dataset.title),
        description: langs(&dataset.description),
        source: SourceFile {
            name: langs(&dataset.source.name),
            url: Some(dataset.source.url.as_str()).filter(|u| !u.is_empty()),
            published: dataset.source.published.map(|d| d.to_string()),
        },
        license: &dataset.license,
        links,
        version: dataset.current_version().map(|v| v.number),
        versions: dataset
            .versions
            .iter()
            .map(|v| VersionFile {
                version: v.number,
                date: v.date.map(|d| d.to_string()),
                csv: base.version_csv(&dataset.id, v.number),
                json: base.version_json(&dataset.id, v.number),
            })
            .collect(),
        columns: dataset
            .columns
            .iter()
            .map(|c| ColumnFile {
                key: &c.key,
                kind: c.kind.name(),
                unit: match &c.unit {
                    UnitSpec::Known(unit) => Some(Unit::Name(unit_name(unit))),
                    UnitSpec::Free(text) => Some(Unit::Text(langs(text))),
                    UnitSpec::None => None,
                },
                decimals: (c.kind == ColumnType::Number).then_some(c.decimals),
                label: langs(&c.label),
            })
            .collect(),
        rows: dataset
            .rows
            .iter()
            .map(|r| RowFile {
                dataset,
                cells: &r.cells,
            })
            .collect(),
        corrections: dataset
            .corrections
            .iter()
            .map(|c| CorrectionFile {
                date: c.date.to_string(),
                kind: c.kind.name(),
                reason: langs(&c.reason),
                cells: c
                    .cells
                    .iter()
                    .map(|cell| ChangedCellFile {
                        row: &cell.row_name,
                        col: &dataset.columns[cell.col].key,
                        previous: cell
                            .previous
                            .as_deref()
                            .map(|p| number_token(p, p.parse().unwrap_or_default())),
                        current: match &dataset.rows[cell.row].cells[cell.col] {
                            Cell::Number { value, text } => Some(number_token(text, *value)),
                            _ => None,
                        },
                    })
                    .collect(),
            })
            .collect(),
    };
    to_pretty(&file)
}

fn to_pretty(value: &impl Serialize) -> Vec<u8> {
    // Only map keys that are not strings can make serde_json fail; there are none here.
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

#[derive(Serialize)]
struct DatasetFile<'a> {
    id: &'a str,
    title: Langs<'a>,
    description: Langs<'a>,
    source: SourceFile<'a>,
    license: &'a str,
    links: Links,
    /// The number of the version this file holds.
    version: Option<u32>,
    /// Every version up to this one, oldest first, with its stable addresses.
    versions: Vec<VersionFile>,
    columns: Vec<ColumnFile<'a>>,
    rows: Vec<RowFile<'a>>,
    corrections: Vec<CorrectionFile<'a>>,
}

#[derive(Serialize)]
struct SourceFile<'a> {
    name: Langs<'a>,
    url: Option<&'a str>,
    published: Option<String>,
}

#[derive(Serialize)]
struct Links {
    csv: String,
    json: String,
}

#[derive(Serialize)]
struct VersionFile {
    version: u32,
    date: Option<String>,
    csv: String,
    json: String,
}

#[derive(Serialize)]
struct ColumnFile<'a> {
    key: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    unit: Option<Unit<'a>>,
    decimals: Option<u8>,
    label: Langs<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Unit<'a> {
    /// A known unit by its name in the YAML: `"percent"`.
    Name(&'static str),
    /// A free-text unit, per language.
    Text(Langs<'a>),
}

#[derive(Serialize)]
struct CorrectionFile<'a> {
    date: String,
    /// `correction` or `revision`.
    kind: &'static str,
    reason: Langs<'a>,
    cells: Vec<ChangedCellFile<'a>>,
}

/// A changed cell: its row as the entry names it, its column, the value before and now.
#[derive(Serialize)]
struct ChangedCellFile<'a> {
    row: &'a str,
    col: &'a str,
    previous: Option<Box<RawValue>>,
    current: Option<Box<RawValue>>,
}

/// A localized text as `{"id": …, "en": …}` in the site's language order (a `Text` alone
/// would serialize in alphabetical order).
struct Langs<'a> {
    text: &'a Text,
    langs: &'a [&'a str],
}

impl Serialize for Langs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.langs.len()))?;
        for lang in self.langs {
            map.serialize_entry(lang, self.text.get(lang))?;
        }
        map.end()
    }
}

/// One row as `{"periode": "2018-03", "persen": 9.82}`, keys in column order.
struct RowFile<'a> {
    dataset: &'a Dataset,
    cells: &'a [Cell],
}

impl Serialize for RowFile<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let columns = &self.dataset.columns;
        let mut map = serializer.serialize_map(Some(columns.len()))?;
        for (i, column) in columns.iter().enumerate() {
            match self.cells.get(i).unwrap_or(&Cell::Null) {
                Cell::Null => map.serialize_entry(&column.key, &())?,
                Cell::Number { value, text } => {
                    map.serialize_entry(&column.key, &number_token(text, *value))?
                }
                cell => map.serialize_entry(&column.key, cell.raw().unwrap_or(""))?,
            }
        }
        map.end()
    }
}

/// The JSON number token for a number cell written as `text`.
///
/// The dataset checker accepts only `-?digits(.digits)?`, which is JSON's grammar except
/// that JSON forbids leading zeros (`007`): those are dropped, the value is unchanged.
fn number_token(text: &str, value: f64) -> Box<RawValue> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (digits, None),
    };
    let plain = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let token = if plain(int) && frac.is_none_or(plain) {
        let int = int.trim_start_matches('0');
        let int = if int.is_empty() { "0" } else { int };
        match frac {
            Some(frac) => format!("{sign}{int}.{frac}"),
            None => format!("{sign}{int}"),
        }
    } else {
        // Not from the checker (a hand-built Dataset): the shortest text of the float.
        value.to_string()
    };
    // The default `RawValue` is `null`; the token above is always valid JSON.
    RawValue::from_string(token).unwrap_or_default()
}

/// A unit's name as written in the YAML (`percent`): the JSON keeps the data's vocabulary.
fn unit_name(unit: &crate::i18n::format::Unit) -> &'static str {
    use crate::i18n::format::Unit as U;
    match unit {
        U::Percent => "percent",
        U::Ratio => "ratio",
        U::Count => "count",
        U::Rupiah => "rupiah",
        U::People => "people",
        U::Households => "households",
        // A free-text unit is `UnitSpec::Free`, never `Known`.
        U::Other(_) => "",
    }
}

// Tests live in download/tests.rs to keep this file short.
#[cfg(test)]
mod tests;
