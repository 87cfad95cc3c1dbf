//! The dataset model: typed columns and cells, resolved from [`RawDataset`] with every problem
//! reported at its line and column.

use std::path::PathBuf;

use jiff::civil::Date;

use super::period::Period;
use super::shape::{Headline, Shape};

use crate::config::Text;
use crate::diagnostic::Diagnostic;
use crate::leaf::unit::Unit;

/// The kind of values a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    String,
    Number,
    Date,
    Period,
}

impl ColumnType {
    pub(super) const NAMES: [&'static str; 4] = ["string", "number", "date", "period"];

    pub(super) fn parse(name: &str) -> Option<ColumnType> {
        Some(match name {
            "string" => ColumnType::String,
            "number" => ColumnType::Number,
            "date" => ColumnType::Date,
            "period" => ColumnType::Period,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            ColumnType::String => "string",
            ColumnType::Number => "number",
            ColumnType::Date => "date",
            ColumnType::Period => "period",
        }
    }
}

/// A column's unit: one of the known units, or free text per language.
#[derive(Debug, Clone, PartialEq)]
pub enum UnitSpec {
    Known(Unit),
    Free(Text),
    None,
}

#[derive(Debug, Clone)]
pub struct Column {
    pub key: String,
    pub kind: ColumnType,
    pub unit: UnitSpec,
    pub decimals: u8,
    pub label: Text,
    /// The Satu Data Indonesia indicator metadata written for it (`indicator:`), if any.
    pub indicator: Option<super::indicator::Indicator>,
}

impl Column {
    /// The unit for formatting a value in `lang`.
    pub fn unit_for(&self, lang: &str) -> Unit {
        match &self.unit {
            UnitSpec::Known(unit) => unit.clone(),
            UnitSpec::Free(text) => Unit::Other(text.get(lang).to_string()),
            UnitSpec::None => Unit::Count,
        }
    }

    pub fn is_percent(&self) -> bool {
        self.unit == UnitSpec::Known(Unit::Percent)
    }

    /// Whether its values add up to a meaningful total (SPEC §4): counts and money, not
    /// percentages, ratios or free units.
    pub fn adds_up(&self) -> bool {
        matches!(
            self.unit,
            UnitSpec::Known(Unit::Count | Unit::People | Unit::Households | Unit::Rupiah)
        )
    }
}

/// One cell, with the text exactly as written.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Null,
    Text(String),
    Number { value: f64, text: String },
    Date { date: Date, text: String },
    Period { period: Period, text: String },
}

impl Cell {
    /// The value exactly as written in the YAML (`None` for an empty cell).
    pub fn raw(&self) -> Option<&str> {
        match self {
            Cell::Null => None,
            Cell::Text(t) => Some(t),
            Cell::Number { text, .. } | Cell::Date { text, .. } | Cell::Period { text, .. } => {
                Some(text)
            }
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Cell::Number { value, .. } => Some(*value),
            _ => None,
        }
    }
}

/// A row of cells, one per column, in column order.
#[derive(Debug, Clone)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// The row's line in the file.
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Line,
    Bar,
}

#[derive(Debug, Clone)]
pub struct Chart {
    pub kind: ChartKind,
    /// Column index of the categories / time axis.
    pub x: usize,
    /// Column indices of the plotted number columns.
    pub y: Vec<usize>,
    /// A panel's chart over time: the categories drawn as lines (`Aceh`), besides its
    /// headline.
    pub rows: Vec<String>,
    /// The takeaway title written in the YAML (`chart.title`).
    pub title: Option<Text>,
    /// The subtitle written in the YAML (`chart.subtitle`).
    pub subtitle: Option<Text>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub name: Text,
    pub url: String,
    pub published: Option<Date>,
}

/// A program named in `programs:`, with where it was written.
#[derive(Debug, Clone)]
pub struct ProgramMention {
    pub id: String,
    /// An "unknown program" diagnostic, ready to report if no such program exists.
    pub unknown: Diagnostic,
}

/// A dataset, checked: every cell fits its column.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The file stem: `kemiskinan`.
    pub id: String,
    /// The file as shown in messages.
    pub display: PathBuf,
    pub title: Text,
    pub description: Text,
    pub source: Source,
    /// Program ids, with their positions, checked against content/programs/ when resolving.
    pub programs: Vec<ProgramMention>,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Time series, cross-section or panel, from the key columns.
    pub shape: Shape,
    /// The figure that stands for the dataset, from `headline:`.
    pub headline: Option<Headline>,
    pub chart: Option<Chart>,
    /// `official`, `provisional` or `experimental`, when given.
    pub status: Option<super::release::DatasetStatus>,
    /// The announced next release, when given.
    pub next_release: Option<super::release::Release>,
    pub frequency: Text,
    pub contact: String,
    pub license: String,
    /// Typed revisions and corrections, in the order written.
    pub corrections: Vec<super::correction::Correction>,
    /// `embargo_until` / `embargo_rows`, until the build applies it (then `None`).
    pub embargo: Option<super::embargo::Embargo>,
    /// The spreadsheet its rows were read from (`rows: {file: ...}`), if any.
    pub rows_file: Option<PathBuf>,
    /// Every published version, oldest first (never empty once checked): from `versions:`,
    /// or one per change date.
    pub versions: Vec<super::version::Version>,
}

impl Dataset {
    /// `YYYY-MM-DD/YYYY-MM-DD`: from the start of the first period to the end of the last, in
    /// the first period column (or else the first date column); `None` without either.
    pub fn temporal_coverage(&self) -> Option<String> {
        let (first, last) = self.coverage_days()?;
        Some(format!("{first}/{last}"))
    }

    /// The first and last day the rows cover: the start of the first period and the end of
    /// the last, in the first period column (or else the first and last date of the first
    /// date column); `None` without either.
    pub fn coverage_days(&self) -> Option<(Date, Date)> {
        let column = |kind| self.columns.iter().position(|c| c.kind == kind);
        if let Some(i) = column(ColumnType::Period) {
            let periods = self.rows.iter().filter_map(|r| match r.cells.get(i) {
                Some(Cell::Period { period, .. }) => Some(*period),
                _ => None,
            });
            let first = periods.clone().map(|p| p.start_date()).min()?;
            Some((first, periods.map(|p| p.end_date()).max()?))
        } else {
            let i = column(ColumnType::Date)?;
            let dates = self.rows.iter().filter_map(|r| match r.cells.get(i) {
                Some(Cell::Date { date, .. }) => Some(*date),
                _ => None,
            });
            Some((dates.clone().min()?, dates.max()?))
        }
    }

    /// The latest revision or correction that changed the cell at `row`, `col`.
    pub fn last_change(&self, row: usize, col: usize) -> Option<&super::correction::Correction> {
        self.corrections
            .iter()
            .filter(|c| c.touches(row, col))
            .max_by_key(|c| c.date)
    }

    /// The index of `row` (a row of this dataset, from [`Dataset::row`]).
    pub fn row_index(&self, row: &Row) -> Option<usize> {
        self.rows.iter().position(|r| std::ptr::eq(r, row))
    }

    pub fn column(&self, key: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.key == key)
    }

    /// The row whose first cell is written as `key` (`2018-09`).
    ///
    /// When several rows share their first cell (a province × year panel), a row is named by
    /// all its non-number cells joined with ", " (`Aceh, 2018`), or by its category then its
    /// period (`Aceh, 2018` also when the period column comes first).
    pub fn row(&self, key: &str) -> Result<&Row, RowLookup> {
        let by_first: Vec<&Row> = self
            .rows
            .iter()
            .filter(|r| r.cells.first().and_then(Cell::raw) == Some(key))
            .collect();
        match by_first.len() {
            1 => Ok(by_first[0]),
            0 => self
                .rows
                .iter()
                .find(|r| row_key(&self.columns, &r.cells) == key || self.panel_name(r) == key)
                .ok_or(RowLookup::Missing),
            _ => Err(RowLookup::Ambiguous(row_key(
                &self.columns,
                &by_first[0].cells,
            ))),
        }
    }

    /// The id of a cell in the dataset page's table, the figure's permalink there
    /// (`2018-09-persen`, `aceh-2024-kpm`): the row's full name and the column key, made
    /// URL-safe. Language-neutral, so `/data/x/#2018-09-persen` and `/en/data/x/#2018-09-persen`
    /// name the same figure.
    pub fn cell_anchor(&self, row: &Row, col: usize) -> String {
        let name = crate::leaf::slug::slugify(&row_key(&self.columns, &row.cells));
        let key = self.columns.get(col).map(|c| c.key.as_str()).unwrap_or("");
        format!("{name}-{}", crate::leaf::slug::slugify(key))
    }

    /// How each row is named in shortcodes.
    pub fn row_names(&self) -> Vec<String> {
        let firsts: Vec<Option<&str>> = self
            .rows
            .iter()
            .map(|r| r.cells.first().and_then(Cell::raw))
            .collect();
        // How often each first cell occurs, counted once (not per row: issue 17, finding 4).
        let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for first in firsts.iter().flatten() {
            *counts.entry(first).or_default() += 1;
        }
        self.rows
            .iter()
            .zip(&firsts)
            .map(|(r, first)| match first {
                Some(f) if counts.get(f) == Some(&1) => f.to_string(),
                _ => row_key(&self.columns, &r.cells),
            })
            .collect()
    }

    /// A panel row as "category, period" (`Nusa Tenggara Timur, 2024`); empty otherwise.
    fn panel_name(&self, row: &Row) -> String {
        match (self.shape.kind, self.shape.period) {
            (super::ShapeKind::Panel, Some(p)) => format!(
                "{}, {}",
                self.category(row),
                row.cells.get(p).and_then(Cell::raw).unwrap_or_default()
            ),
            _ => String::new(),
        }
    }

    /// The headline's column, else the chart's first, else the first number column.
    pub fn main_column(&self) -> Option<usize> {
        self.headline
            .as_ref()
            .map(Headline::col)
            .or_else(|| self.chart.as_ref().and_then(|c| c.y.first().copied()))
            .or_else(|| {
                self.columns
                    .iter()
                    .position(|c| c.kind == ColumnType::Number)
            })
    }
}

/// Why a row name found no single row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowLookup {
    Missing,
    /// Several rows start with the name; the string is an example of a full name.
    Ambiguous(String),
}

/// A row's full name: its cells in columns that are not numbers, joined with ", ".
pub fn row_key(columns: &[Column], cells: &[Cell]) -> String {
    columns
        .iter()
        .zip(cells)
        .filter(|(c, _)| c.kind != ColumnType::Number)
        .filter_map(|(_, cell)| cell.raw())
        .collect::<Vec<_>>()
        .join(", ")
}
