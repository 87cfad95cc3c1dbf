//! Rows from one sheet of an `.xlsx` workbook, read with `calamine`. Number cells are numbers
//! (a value Excel shows as `1.234.567` is read as 1234567, so no separator can slip in),
//! date cells are dates (`2024-03-01`), a formula is its saved value. Refused, each at its
//! cell: a formula with no saved value, merged cells, an Excel error value (`#DIV/0!`).

use std::collections::HashMap;
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use calamine::{Data, Dimensions, Range, Reader, Xlsx, open_workbook};

use super::table::{Kind, SheetCell, Table};
use crate::data::raw::RawRowsFile;
use crate::data::validate::Checker;
use crate::data::written::{Place, RowsFile, SheetLine, cell_name};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// Rows (first, last) and columns (first, last) of the table, 0-based and inclusive.
type Bounds = ((u32, u32), (u32, u32));

/// A sheet read: its table, the file for diagnostics, and the problems of its cells (place,
/// message, help).
pub(crate) type SheetRead = (Table, RowsFile, Vec<(Place, String, String)>);

/// Why a sheet could not be read at all (the caller says where: at a YAML key, or the file).
#[derive(Debug)]
pub(crate) enum OpenError {
    /// Not an `.xlsx` workbook calamine can read; its reason.
    Unreadable(String),
    /// The workbook has no sheet of that name; the names it has.
    NoSheet(Vec<String>),
    /// `range` is not two cell names.
    BadRange,
}

/// The table of `sheet` (the first sheet when `None`) within `range` (the cells in use when
/// `None`), the file for diagnostics, and the problems of its cells.
pub(crate) fn read_table(
    path: &Path,
    display: &Path,
    sheet: Option<&str>,
    range: Option<&str>,
) -> Result<SheetRead, OpenError> {
    let mut book: Xlsx<BufReader<File>> = open_workbook(path)
        .map_err(|e: calamine::XlsxError| OpenError::Unreadable(e.to_string()))?;
    let names = book.sheet_names();
    let sheet = match sheet {
        None => names
            .first()
            .cloned()
            .ok_or(OpenError::NoSheet(Vec::new()))?,
        Some(wanted) if names.iter().any(|n| n == wanted) => wanted.to_string(),
        Some(_) => return Err(OpenError::NoSheet(names)),
    };
    let values = book
        .worksheet_range(&sheet)
        .unwrap_or_else(|_| Range::empty());
    let formulas = book
        .worksheet_formula(&sheet)
        .unwrap_or_else(|_| Range::empty());
    let merged = book.merge_cells_by_sheet_name(&sheet).unwrap_or_default();
    let bounds = match range {
        Some(range) => parse_range(range).ok_or(OpenError::BadRange)?,
        None => used_bounds(&values, &formulas).unwrap_or(((0, 0), (0, 0))),
    };
    let mut reading = Reading {
        values: &values,
        formulas: &formulas,
        lines: HashMap::new(),
        problems: Vec::new(),
    };
    let table = reading.table(bounds, &merged);
    let file = RowsFile::Sheet {
        display: display.to_path_buf(),
        sheet,
        lines: reading.lines,
    };
    Ok((table, file, reading.problems))
}

/// The table of the sheet `spec` names, problems reported at the YAML's keys or the cells.
pub(super) fn read(
    checker: &Checker,
    spec: &RawRowsFile,
    path: &Path,
    display: &Path,
    problems: &mut Diagnostics,
) -> Option<(Table, RowsFile)> {
    let sheet = spec.sheet.as_ref().map(|s| s.value.as_str());
    let range = spec.range.as_ref().map(|r| r.value.as_str());
    let file_name = spec.file.value.as_str();
    match read_table(path, display, sheet, range) {
        Ok((table, file, found)) => {
            for (place, message, help) in found {
                problems.push(
                    file.error((checker.display, checker.text), place, message)
                        .with_help(help),
                );
            }
            Some((table, file))
        }
        Err(OpenError::Unreadable(reason)) => {
            problems.push(
                checker
                    .at(
                        &spec.file,
                        msg!("sheets-xlsx-unreadable", file = file_name, reason = reason),
                    )
                    .with_help(msg!("sheets-xlsx-unreadable-help")),
            );
            None
        }
        Err(OpenError::NoSheet(names)) => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            let wanted = spec.sheet.as_ref().unwrap_or(&spec.file);
            problems.push(
                checker
                    .at(
                        wanted,
                        msg!(
                            "sheets-no-sheet",
                            sheet = sheet.unwrap_or(""),
                            file = file_name
                        ),
                    )
                    .with_help(msg!("sheets-no-sheet-help", sheets = quoted.join(", "))),
            );
            None
        }
        Err(OpenError::BadRange) => {
            let at = spec.range.as_ref().unwrap_or(&spec.file);
            problems.push(
                checker
                    .at(at, msg!("sheets-bad-range", range = range.unwrap_or("")))
                    .with_help(msg!("sheets-bad-range-help")),
            );
            None
        }
    }
}

/// The rows and columns that hold a value or a formula.
fn used_bounds(values: &Range<Data>, formulas: &Range<String>) -> Option<Bounds> {
    let ends = [
        values.start(),
        values.end(),
        formulas.start(),
        formulas.end(),
    ];
    let ends: Vec<(u32, u32)> = ends.into_iter().flatten().collect();
    let first = (
        ends.iter().map(|e| e.0).min()?,
        ends.iter().map(|e| e.1).min()?,
    );
    let last = (
        ends.iter().map(|e| e.0).max()?,
        ends.iter().map(|e| e.1).max()?,
    );
    Some(((first.0, last.0), (first.1, last.1)))
}

/// `A1:D39` as 0-based bounds; `None` when it is not two cell names in order.
fn parse_range(text: &str) -> Option<Bounds> {
    let (from, to) = text.trim().split_once(':')?;
    let (r0, c0) = parse_cell(from)?;
    let (r1, c1) = parse_cell(to)?;
    (r0 <= r1 && c0 <= c1).then_some(((r0, r1), (c0, c1)))
}

/// `C12` as 0-based (row, column).
fn parse_cell(text: &str) -> Option<(u32, u32)> {
    let text = text.trim().to_ascii_uppercase();
    let split = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = text.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let column = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    let row: u32 = digits.parse().ok().filter(|r| *r >= 1 && *r <= 1_048_576)?;
    Some((row - 1, column - 1))
}

/// The state of reading one sheet: the lines shown under its diagnostics, and its problems
/// (made into diagnostics once every line is known).
struct Reading<'a> {
    values: &'a Range<Data>,
    formulas: &'a Range<String>,
    lines: HashMap<u32, SheetLine>,
    problems: Vec<(Place, String, String)>,
}

impl Reading<'_> {
    fn table(&mut self, ((r0, r1), (c0, c1)): Bounds, merged: &[Dimensions]) -> Table {
        for region in merged {
            let overlaps = region.start.0 <= r1
                && region.end.0 >= r0
                && region.start.1 <= c1
                && region.end.1 >= c0;
            if overlaps {
                let from = cell_name(region.start.0 + 1, region.start.1 + 1);
                let to = cell_name(region.end.0 + 1, region.end.1 + 1);
                self.problems.push((
                    place(region.start.0, region.start.1),
                    msg!("sheets-merged", cells = format!("{from}:{to}")),
                    msg!("sheets-merged-help"),
                ));
            }
        }
        let mut table = Table::default();
        for row in r0..=r1 {
            let cells: Vec<Option<SheetCell>> = (c0..=c1).map(|c| self.cell(row, c)).collect();
            self.remember_line(row, c0, &cells);
            if row == r0 {
                table.header = cells
                    .into_iter()
                    .enumerate()
                    .map(|(i, cell)| (cell.map(|c| c.text), place(row, c0 + i as u32)))
                    .collect();
            } else if cells.iter().any(Option::is_some) {
                table.rows.push((place(row, c0), cells));
            }
        }
        table
    }

    /// The cell at 0-based (`row`, `column`); `None` when empty or refused.
    fn cell(&mut self, row: u32, column: u32) -> Option<SheetCell> {
        let at = place(row, column);
        let value = self.values.get_value((row, column)).unwrap_or(&Data::Empty);
        let formula = self
            .formulas
            .get_value((row, column))
            .filter(|f| !f.is_empty());
        let (text, kind) = match value {
            Data::Empty => {
                if let Some(formula) = formula {
                    let cell = cell_name(row + 1, column + 1);
                    self.problems.push((
                        at,
                        msg!(
                            "sheets-formula-no-value",
                            cell = cell,
                            formula = formula.as_str()
                        ),
                        msg!("sheets-formula-no-value-help"),
                    ));
                }
                return None;
            }
            Data::String(s) if s.trim().is_empty() => return None,
            Data::String(s) => (s.clone(), Kind::Text),
            Data::Int(n) => (n.to_string(), Kind::Number),
            Data::Float(f) => (number_text(*f), Kind::Number),
            Data::Bool(b) => (if *b { "TRUE" } else { "FALSE" }.to_string(), Kind::Bool),
            Data::DateTime(d) if d.is_datetime() => (date_text(d.to_ymd_hms_milli()), Kind::Date),
            Data::DateTime(d) => (number_text(d.as_f64()), Kind::Number),
            Data::DateTimeIso(s) => (s.clone(), Kind::Date),
            Data::DurationIso(s) => (s.clone(), Kind::Text),
            Data::Error(e) => {
                self.problems.push((
                    at,
                    msg!(
                        "sheets-error-value",
                        cell = cell_name(row + 1, column + 1),
                        error = e.to_string()
                    ),
                    msg!("sheets-error-value-help"),
                ));
                return None;
            }
        };
        Some(SheetCell {
            text,
            kind,
            place: at,
        })
    }

    /// The row as its diagnostics show it: each value, ` | ` between them.
    fn remember_line(&mut self, row: u32, first_column: u32, cells: &[Option<SheetCell>]) {
        let mut line = SheetLine::default();
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                line.text.push_str(" | ");
            }
            line.starts
                .insert(first_column + i as u32 + 1, line.text.chars().count());
            if let Some(cell) = cell {
                line.text.push_str(&cell.text.replace(['\n', '\r'], " "));
            }
        }
        self.lines.insert(row + 1, line);
    }
}

/// The place of 0-based (`row`, `column`): 1-based, as the sheet names it.
fn place(row: u32, column: u32) -> Place {
    Place::Cell {
        row: row + 1,
        column: column + 1,
    }
}

/// A number cell as text: at most 15 significant digits, as Excel itself shows it, so a
/// saved 9.660000000000001 (binary rounding of a formula) reads back as 9.66.
pub(crate) fn number_text(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return "0".into();
    }
    let rounded: f64 = format!("{value:.14e}").parse().unwrap_or(value);
    format!("{rounded}")
}

/// An Excel date as `2024-03-01`, with the time when it has one (`2024-03-01T10:30:00`).
fn date_text((y, m, d, hour, minute, second, _): (u16, u8, u8, u8, u8, u8, u16)) -> String {
    if (hour, minute, second) == (0, 0, 0) {
        format!("{y:04}-{m:02}-{d:02}")
    } else {
        format!("{y:04}-{m:02}-{d:02}T{hour:02}:{minute:02}:{second:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_what_excel_shows() {
        assert_eq!(number_text(9.66 + 1e-15), "9.66");
        assert_eq!(number_text(1234567.0), "1234567");
        assert_eq!(number_text(-0.5), "-0.5");
        assert_eq!(number_text(0.1 + 0.2), "0.3");
        assert_eq!(number_text(-0.0), "0");
    }

    #[test]
    fn ranges_are_cell_names() {
        assert_eq!(parse_range("A1:D39"), Some(((0, 38), (0, 3))));
        assert_eq!(parse_range("b2:aa10"), Some(((1, 9), (1, 26))));
        for bad in ["A1", "D39:A1", "1A:B2", "A0:B2", "A1:B", ""] {
            assert_eq!(parse_range(bad), None, "{bad}");
        }
    }
}
