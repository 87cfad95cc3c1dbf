//! A dataset's rows as written, wherever they were written: in its YAML, in a CSV file or in
//! an `.xlsx` sheet beside it. Each key and cell keeps its [`Place`], so the checks of
//! `validate` and `numbers` are the same for every source and each problem names where to
//! look: a line and column of the YAML or CSV, or a spreadsheet cell.

use std::path::PathBuf;

use serde_saphyr::Spanned;

use super::raw::RawRow;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Where a key, a cell or a row was written, in the file the rows came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A line and column (1-based) of a text file: the dataset's YAML or a CSV.
    Text { line: usize, column: usize },
    /// A cell of a sheet: its row and column, both 1-based (C12 is row 12, column 3).
    Cell { row: u32, column: u32 },
}

/// One written value and its place.
#[derive(Debug, Clone)]
pub(crate) struct Written {
    pub text: String,
    pub place: Place,
}

/// One row: column key → cell (`None` when empty), in the order written.
#[derive(Debug, Clone)]
pub(crate) struct WrittenRow {
    pub cells: Vec<(Written, Option<Written>)>,
    pub place: Place,
}

/// Every row, and the place that stands for them all (the `rows:` key, or the file's header).
#[derive(Debug, Clone)]
pub(crate) struct WrittenRows {
    pub rows: Vec<WrittenRow>,
    pub place: Place,
}

impl WrittenRows {
    /// Rows written in the YAML itself.
    pub fn from_yaml(rows: &[Spanned<RawRow>], at: &Spanned<impl Sized>) -> Self {
        WrittenRows {
            rows: rows
                .iter()
                .map(|row| WrittenRow {
                    cells: row
                        .value
                        .0
                        .iter()
                        .map(|(k, v)| (written(k), v.as_ref().map(written)))
                        .collect(),
                    place: place_of(row),
                })
                .collect(),
            place: place_of(at),
        }
    }
}

fn place_of<T>(spanned: &Spanned<T>) -> Place {
    Place::Text {
        line: spanned.referenced.line() as usize,
        column: spanned.referenced.column() as usize,
    }
}

fn written(spanned: &Spanned<String>) -> Written {
    Written {
        text: spanned.value.clone(),
        place: place_of(spanned),
    }
}

/// The file the rows were read from, to turn a [`Place`] into a diagnostic.
#[derive(Debug, Clone)]
pub(crate) enum RowsFile {
    /// The dataset's YAML (its path and text are the checker's own).
    Yaml,
    /// A CSV file: places are its lines and columns.
    Csv { display: PathBuf, text: String },
    /// A sheet of an `.xlsx` workbook: each row shown as its values, ` | ` between them.
    Sheet {
        display: PathBuf,
        sheet: String,
        lines: std::collections::HashMap<u32, SheetLine>,
    },
}

/// A sheet row as the diagnostic shows it, and where each of its columns starts in it.
#[derive(Debug, Clone, Default)]
pub(crate) struct SheetLine {
    pub text: String,
    /// Character offset of each column's value, by 1-based sheet column.
    pub starts: std::collections::HashMap<u32, usize>,
}

impl RowsFile {
    /// An error at `place`: in `yaml` (path, text) when the rows are the YAML's own.
    pub fn error(
        &self,
        yaml: (&std::path::Path, &str),
        place: Place,
        message: String,
    ) -> Diagnostic {
        match (self, place) {
            (RowsFile::Yaml, Place::Text { line, column }) => {
                Diagnostic::error(yaml.0, message).at(yaml.1, line, column)
            }
            (RowsFile::Csv { display, text }, Place::Text { line, column }) => {
                Diagnostic::error(display, message).at(text, line, column)
            }
            (
                RowsFile::Sheet {
                    display,
                    sheet,
                    lines,
                },
                Place::Cell { row, column },
            ) => {
                let line = lines.get(&row).cloned().unwrap_or_default();
                let mut d = Diagnostic::error(display, message);
                d.cell = Some(Box::new(msg!(
                    "sheets-place",
                    sheet = sheet.as_str(),
                    cell = cell_name(row, column)
                )));
                d.line = row;
                d.column = line.starts.get(&column).map_or(1, |s| *s as u32 + 1);
                d.source_line = Some(line.text).filter(|t| !t.is_empty());
                d
            }
            // A place of another kind than the file cannot happen; the file alone is right.
            (RowsFile::Yaml, _) => Diagnostic::error(yaml.0, message),
            (RowsFile::Csv { display, .. } | RowsFile::Sheet { display, .. }, _) => {
                Diagnostic::error(display, message)
            }
        }
    }
}

/// `C12` for row 12, column 3 (both 1-based); columns after Z are AA, AB, …
pub(crate) fn cell_name(row: u32, column: u32) -> String {
    format!("{}{row}", column_letters(column))
}

/// `A` for 1, `Z` for 26, `AA` for 27.
pub(crate) fn column_letters(column: u32) -> String {
    let mut n = column;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(12, 3), "C12");
        assert_eq!(cell_name(1, 26), "Z1");
        assert_eq!(cell_name(7, 27), "AA7");
        assert_eq!(cell_name(2, 702), "ZZ2");
        assert_eq!(cell_name(2, 703), "AAA2");
    }
}
