//! Rows from a CSV file (RFC 4180, comma-separated, UTF-8): the `csv` crate reads the
//! records; every cell is text, checked by its column's type like a YAML cell, and placed at
//! its line and column of the file.

use std::path::Path;

use super::table::{Kind, SheetCell, Table};
use crate::content::read_source;
use crate::data::written::{Place, RowsFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// The table of the CSV at `path`, or `None` after reporting why it cannot be read.
pub(super) fn read(
    path: &Path,
    display: &Path,
    problems: &mut Diagnostics,
) -> Option<(Table, RowsFile)> {
    let text = match read_source(path, display) {
        Ok((text, warning)) => {
            if let Some(warning) = warning {
                problems.push(warning);
            }
            text
        }
        Err(d) => {
            problems.push(d);
            return None;
        }
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    let mut first = true;
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let offset = e.position().map_or(0, |p| p.byte() as usize);
                problems.push(
                    Diagnostic::error(display, msg!("sheets-csv-unreadable"))
                        .at_offset(&text, offset.min(text.len()))
                        .with_help(msg!("sheets-csv-unreadable-help")),
                );
                return None;
            }
        };
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let places = field_places(&text, start, record.len());
        if first {
            first = false;
            table.header = record
                .iter()
                .zip(&places)
                .map(|(name, place)| {
                    (
                        Some(name.to_string()).filter(|n| !n.trim().is_empty()),
                        *place,
                    )
                })
                .collect();
            continue;
        }
        let cells: Vec<Option<SheetCell>> = record
            .iter()
            .zip(&places)
            .map(|(value, place)| {
                (!value.trim().is_empty()).then(|| SheetCell {
                    text: value.to_string(),
                    kind: Kind::Text,
                    place: *place,
                })
            })
            .collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        if cells.len() > table.header.len() {
            let place = places[table.header.len()];
            let Place::Text { line, column } = place else {
                continue;
            };
            problems.push(
                Diagnostic::error(display, msg!("sheets-csv-extra-cells"))
                    .at(&text, line, column)
                    .with_help(msg!("sheets-csv-extra-cells-help")),
            );
        }
        let row_place = places
            .first()
            .copied()
            .unwrap_or(Place::Text { line: 1, column: 1 });
        table.rows.push((row_place, cells));
    }
    let file = RowsFile::Csv {
        display: display.to_path_buf(),
        text,
    };
    Some((table, file))
}

/// The line and column (1-based, in characters) where each of a record's `count` fields
/// starts, the record beginning at byte `start`. The `csv` crate reads the values but keeps
/// no field positions; this walk only follows quotes and commas to put the caret on the cell.
fn field_places(text: &str, start: usize, count: usize) -> Vec<Place> {
    let before = &text[..start.min(text.len())];
    let mut line = before.matches('\n').count() + 1;
    let mut column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    let mut places = Vec::with_capacity(count);
    let mut chars = text[start.min(text.len())..].chars().peekable();
    let mut at_field_start = true;
    let mut quoted = false;
    while places.len() < count || !at_field_start {
        if at_field_start {
            places.push(Place::Text { line, column });
            at_field_start = false;
            if places.len() > count {
                break;
            }
        }
        let Some(c) = chars.next() else { break };
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                column += 1;
            }
            '"' => quoted = !quoted,
            ',' if !quoted => at_field_start = true,
            '\n' if !quoted => break,
            '\n' => {
                line += 1;
                column = 0;
            }
            _ => {}
        }
        column += 1;
    }
    places.truncate(count);
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_placed_at_their_line_and_column() {
        let text = "a,b,c\nAceh,\"1,5\",9\n\"two\nlines\",x,\"q\"\"\"\n";
        let places = |start, n| {
            field_places(text, start, n)
                .into_iter()
                .map(|p| match p {
                    Place::Text { line, column } => (line, column),
                    Place::Cell { .. } => (0, 0),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(places(0, 3), [(1, 1), (1, 3), (1, 5)]);
        assert_eq!(places(6, 3), [(2, 1), (2, 6), (2, 12)]);
        let third = text.find("\"two").unwrap();
        assert_eq!(places(third, 3), [(3, 1), (4, 8), (4, 10)]);
    }
}
