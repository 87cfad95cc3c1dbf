//! `content/data/<id>.yaml` exactly as written. Cells are kept as text with their position, so
//! values reach CSV and JSON exactly as written (`0.380` stays `0.380`) and every cell error
//! names its line and column.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use crate::config::Localized;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataset {
    pub title: Spanned<Localized>,
    #[serde(default)]
    pub description: Option<Spanned<Localized>>,
    pub source: Spanned<RawSource>,
    #[serde(default)]
    pub programs: Vec<Spanned<String>>,
    pub columns: Spanned<Vec<RawColumn>>,
    /// The rows themselves, or `{file, sheet, range}`: a CSV or `.xlsx` file beside it.
    pub rows: Spanned<RawRows>,
    #[serde(default)]
    pub chart: Option<RawChart>,
    #[serde(default)]
    pub headline: Option<Spanned<RawHeadline>>,
    #[serde(default)]
    pub status: Option<Spanned<String>>,
    #[serde(default)]
    pub next_release: Option<Spanned<RawRelease>>,
    #[serde(default)]
    pub frequency: Option<Spanned<Localized>>,
    #[serde(default)]
    pub contact: Option<Spanned<String>>,
    #[serde(default)]
    pub license: Option<Spanned<String>>,
    #[serde(default)]
    pub corrections: Vec<Spanned<RawCorrection>>,
    /// The whole dataset (or `embargo_rows`) is held until then.
    #[serde(default)]
    pub embargo_until: Option<Spanned<String>>,
    #[serde(default)]
    pub embargo_rows: Vec<Spanned<String>>,
    /// The published versions, oldest first; without it, one per change date.
    #[serde(default)]
    pub versions: Vec<Spanned<RawVersion>>,
}

/// `- {version: 2, date: 2019-07-15, added: ["2019-03"]}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawVersion {
    pub version: Spanned<String>,
    pub date: Spanned<String>,
    /// Rows this version published first.
    #[serde(default)]
    pub added: Vec<Spanned<String>>,
}

/// `next_release`: a date and time alone (confirmed), or `{at, status, reason}`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum RawRelease {
    At(String),
    Full(RawReleaseFull),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReleaseFull {
    pub at: String,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub reason: Option<Localized>,
    /// The day the release was announced (for the four weeks' notice).
    #[serde(default)]
    pub announced: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub name: Spanned<Localized>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub published: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawColumn {
    pub key: Spanned<String>,
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    #[serde(default)]
    pub unit: Option<Spanned<Localized>>,
    #[serde(default)]
    pub decimals: Option<Spanned<u8>>,
    pub label: Spanned<Localized>,
    /// Satu Data Indonesia indicator metadata of a number column (every key optional).
    #[serde(default)]
    pub indicator: Option<Spanned<RawIndicator>>,
}

/// `indicator:` under a number column: the MS-Ind fields the dataset cannot know by itself
/// (Peraturan BPS 5/2020); each text is one text or one per language.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    /// Nama indikator; without it, the column's label.
    #[serde(default)]
    pub name: Option<Spanned<Localized>>,
    #[serde(default)]
    pub concept: Option<Spanned<Localized>>,
    #[serde(default)]
    pub definition: Option<Spanned<Localized>>,
    #[serde(default)]
    pub interpretation: Option<Spanned<Localized>>,
    /// Metode/rumus perhitungan.
    #[serde(default)]
    pub method: Option<Spanned<Localized>>,
    /// Ukuran (`Persentase`, `Jumlah`); without it, from the column's unit.
    #[serde(default)]
    pub measure: Option<Spanned<Localized>>,
    /// Level estimasi (`Nasional`, `Provinsi`).
    #[serde(default)]
    pub estimation_level: Option<Spanned<Localized>>,
    /// Apakah kumulatif: whether a value adds up everything since the start of the period.
    #[serde(default)]
    pub cumulative: Option<Spanned<bool>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChart {
    #[serde(rename = "type")]
    pub kind: Spanned<String>,
    #[serde(default)]
    pub x: Option<Spanned<String>>,
    #[serde(default)]
    pub y: Vec<Spanned<String>>,
    /// A panel's chart over time: categories drawn as lines.
    #[serde(default)]
    pub rows: Vec<Spanned<String>>,
    /// The takeaway title above the chart (default: its first sentence).
    #[serde(default)]
    pub title: Option<Spanned<Localized>>,
    /// What is measured, where and when (default: the measure and the periods).
    #[serde(default)]
    pub subtitle: Option<Spanned<Localized>>,
}

/// `headline: {col: kpm, row: Indonesia}` or `{col: kpm, total: true}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHeadline {
    pub col: Spanned<String>,
    #[serde(default)]
    pub row: Option<Spanned<String>>,
    #[serde(default)]
    pub total: Option<Spanned<bool>>,
}

/// One `corrections:` entry. Every key is optional here so the checker can name what is
/// missing at the entry's line, and tell a file in the older untyped form (`note`) how to move.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCorrection {
    pub date: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub reason: Option<Spanned<Localized>>,
    #[serde(default)]
    pub cells: Option<Spanned<Vec<Spanned<RawChangedCell>>>>,
    /// The untyped form of earlier versions: refused with a migration message.
    #[serde(default)]
    pub note: Option<Spanned<Localized>>,
}

/// `{row: "2018-03", col: persen, previous: 9.81}`; an empty `previous` was an empty cell.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChangedCell {
    pub row: Spanned<String>,
    pub col: Spanned<String>,
    pub previous: Option<Spanned<String>>,
}

/// A row: column key → cell text (`None` for an empty cell), in the order written.
#[derive(Debug, Default)]
pub struct RawRow(pub Vec<(Spanned<String>, Option<Spanned<String>>)>);

impl<'de> Deserialize<'de> for RawRow {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RowVisitor)
    }
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = RawRow;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a row like {periode: 2018-09, persen: 9.66}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRow, A::Error> {
        let mut cells = Vec::new();
        while let Some(entry) = map.next_entry::<Spanned<String>, Option<Spanned<String>>>()? {
            cells.push(entry);
        }
        Ok(RawRow(cells))
    }
}

/// `rows:` as written: a list of rows, or the spreadsheet that holds them.
#[derive(Debug)]
pub enum RawRows {
    Inline(Vec<Spanned<RawRow>>),
    File(Box<RawRowsFile>),
}

/// `rows: {file: kpm.xlsx, sheet: "2024", range: A1:D39}`.
#[derive(Debug)]
pub struct RawRowsFile {
    pub file: Spanned<String>,
    pub sheet: Option<Spanned<String>>,
    pub range: Option<Spanned<String>>,
}

impl<'de> Deserialize<'de> for RawRows {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RowsVisitor)
    }
}

struct RowsVisitor;

const ROWS_FILE_KEYS: &[&str] = &["file", "sheet", "range"];

impl<'de> Visitor<'de> for RowsVisitor {
    type Value = RawRows;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of rows, or {file: kpm-provinsi.xlsx, sheet: \"2024\"}")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawRows, A::Error> {
        let mut rows = Vec::new();
        while let Some(row) = seq.next_element::<Spanned<RawRow>>()? {
            rows.push(row);
        }
        Ok(RawRows::Inline(rows))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRows, A::Error> {
        let (mut file, mut sheet, mut range) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "file" => &mut file,
                "sheet" => &mut sheet,
                "range" => &mut range,
                other => return Err(de::Error::unknown_field(other, ROWS_FILE_KEYS)),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format!("duplicate key `{key}`")));
            }
            *slot = Some(map.next_value::<Spanned<String>>()?);
        }
        let file = file.ok_or_else(|| de::Error::missing_field("file"))?;
        Ok(RawRows::File(Box::new(RawRowsFile { file, sheet, range })))
    }
}
