//! A spreadsheet as read: the header row and typed cells, each at its place. Matching the
//! header against the YAML's columns and the cells' kinds against the columns' types turns it
//! into [`WrittenRows`], which every other check reads.

use std::path::Path;

use crate::data::dataset::{Column, ColumnType};
use crate::data::written::{Place, RowsFile, Written, WrittenRow, WrittenRows, column_letters};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// What a cell holds, as the spreadsheet typed it (every CSV cell is text).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Text,
    Number,
    Date,
    Bool,
}

/// One filled cell.
#[derive(Debug, Clone)]
pub(crate) struct SheetCell {
    pub text: String,
    pub kind: Kind,
    pub place: Place,
}

/// The header row (one entry per column, `None` when its cell is empty) and the rows under
/// it, each as long as the header or shorter; rows with no value at all are left out.
#[derive(Debug, Clone, Default)]
pub(crate) struct Table {
    pub header: Vec<(Option<String>, Place)>,
    /// Each row's place (its first cell) and cells.
    pub rows: Vec<(Place, Vec<Option<SheetCell>>)>,
}

impl Table {
    /// The rows under the dataset's `columns`; every mismatch is reported where it is.
    pub fn into_written(
        self,
        columns: &[Column],
        file: &RowsFile,
        yaml: (&Path, &str),
        problems: &mut Diagnostics,
    ) -> WrittenRows {
        let error = |place: Place, message: String| file.error(yaml, place, message);
        let header_place = self
            .header
            .first()
            .map_or(Place::Text { line: 1, column: 1 }, |h| h.1);
        let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
        // Which dataset column each sheet column fills.
        let mut target: Vec<Option<usize>> = Vec::with_capacity(self.header.len());
        for (index, (name, place)) in self.header.iter().enumerate() {
            let name = name.as_deref().map(str::trim).unwrap_or("");
            let used = || {
                self.rows
                    .iter()
                    .any(|r| r.1.get(index).is_some_and(|c| c.is_some()))
            };
            let found = keys.iter().position(|k| *k == name);
            if name.is_empty() {
                if used() {
                    let letter = column_letter(index, *place);
                    problems.push(
                        error(*place, msg!("sheets-header-empty", column = letter))
                            .with_help(msg!("sheets-header-empty-help")),
                    );
                }
                target.push(None);
            } else if found.is_some() && target.contains(&found) {
                problems.push(
                    error(*place, msg!("sheets-header-twice", key = name))
                        .with_help(msg!("sheets-header-twice-help")),
                );
                target.push(None);
            } else if found.is_none() {
                problems.push(
                    error(*place, msg!("sheets-header-unknown", key = name))
                        .with_help(crate::yaml::suggest(name, &keys)),
                );
                target.push(None);
            } else {
                target.push(found);
            }
        }
        for (c, column) in columns.iter().enumerate() {
            if !target.contains(&Some(c)) {
                problems.push(
                    error(
                        header_place,
                        msg!("sheets-header-missing", key = column.key.as_str()),
                    )
                    .with_help(msg!(
                        "sheets-header-missing-help",
                        key = column.key.as_str()
                    )),
                );
            }
        }
        let rows = self
            .rows
            .into_iter()
            .map(|(place, cells)| {
                let mut written = Vec::new();
                for (index, cell) in cells.into_iter().enumerate() {
                    let Some(c) = target.get(index).copied().flatten() else {
                        continue;
                    };
                    let column = &columns[c];
                    let value = cell.filter(|cell| fits(column, cell, &error, problems));
                    let key_place = value.as_ref().map_or(place, |v| v.place);
                    written.push((
                        Written {
                            text: column.key.clone(),
                            place: key_place,
                        },
                        value.map(|v| Written {
                            text: v.text,
                            place: v.place,
                        }),
                    ));
                }
                WrittenRow {
                    cells: written,
                    place,
                }
            })
            .collect();
        WrittenRows {
            rows,
            place: header_place,
        }
    }
}

/// A column's letter (`C`) for a sheet, its number for a CSV.
fn column_letter(index: usize, place: Place) -> String {
    match place {
        Place::Cell { column, .. } => column_letters(column),
        Place::Text { .. } => (index + 1).to_string(),
    }
}

/// Whether a typed cell may go into `column`; reports the cell when not. Text cells always
/// may: the column's own checks read them as written (`1.234.567` is caught there).
fn fits(
    column: &Column,
    cell: &SheetCell,
    error: &impl Fn(Place, String) -> crate::diagnostic::Diagnostic,
    problems: &mut Diagnostics,
) -> bool {
    let (key, value) = (column.key.as_str(), cell.text.as_str());
    let (message, help) = match (column.kind, cell.kind) {
        (_, Kind::Text) | (ColumnType::String, _) => return true,
        (ColumnType::Number, Kind::Number) | (ColumnType::Date, Kind::Date) => return true,
        (ColumnType::Period, Kind::Number) => return true,
        (ColumnType::Number, Kind::Date) => (
            msg!("sheets-date-in-number", value = value, key = key),
            msg!("sheets-date-in-number-help"),
        ),
        (ColumnType::Period, Kind::Date) => (
            msg!("sheets-date-in-period", value = value, key = key),
            msg!("sheets-date-in-period-help"),
        ),
        (ColumnType::Date, Kind::Number) => (
            msg!("sheets-number-in-date", value = value, key = key),
            msg!("sheets-number-in-date-help"),
        ),
        (_, Kind::Bool) => (
            msg!("sheets-bool-cell", value = value, key = key),
            msg!("sheets-bool-cell-help"),
        ),
    };
    problems.push(error(cell.place, message).with_help(help));
    false
}
