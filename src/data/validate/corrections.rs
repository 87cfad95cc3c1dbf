//! Checking `corrections:` as written (issue 15 item 3): each entry's kind, date, reason in
//! every language, and cells that exist, hold numbers and really changed. Entries in the older
//! untyped form (`note`, no kind or cells) are refused with the way to rewrite them.

use serde_saphyr::Spanned;

use super::{Checker, parse_number};
use crate::config::Localized;
use crate::data::correction::{ChangeKind, ChangedCell, Correction, anchors};
use crate::data::dataset::{ColumnType, Dataset, RowLookup};
use crate::data::raw::{RawChangedCell, RawCorrection};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// Where each cell of a checked entry was written, for messages.
type Written<'r> = Vec<&'r Spanned<RawChangedCell>>;

impl Checker<'_> {
    /// The dataset's typed changes; problems go to `problems` and leave the entry out.
    pub(super) fn corrections(
        &self,
        raw: &[Spanned<RawCorrection>],
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Vec<Correction> {
        let (mut checked, written): (Vec<Correction>, Vec<Written>) = raw
            .iter()
            .filter_map(|entry| self.correction(entry, dataset, problems))
            .unzip();
        let dates: Vec<_> = checked.iter().map(|c| c.date).collect();
        for (c, anchor) in checked.iter_mut().zip(anchors(&dates)) {
            c.anchor = anchor;
        }
        self.previous_values_changed(&checked, &written, dataset, problems);
        checked
    }

    fn correction<'r>(
        &self,
        entry: &'r Spanned<RawCorrection>,
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Option<(Correction, Written<'r>)> {
        let e = &entry.value;
        if let Some(note) = &e.note {
            problems.push(
                self.at(note, msg!("correction-note-renamed"))
                    .with_help(msg!("correction-note-renamed-help")),
            );
            return None;
        }
        let date = self.date(&e.date, "corrections.date", problems);
        let kind = match &e.kind {
            None => {
                problems.push(
                    self.at(entry, msg!("correction-needs-kind"))
                        .with_help(msg!("correction-needs-kind-help")),
                );
                None
            }
            Some(k) => ChangeKind::parse(&k.value).or_else(|| {
                problems.push(
                    self.at(k, msg!("correction-unknown-kind", kind = &k.value))
                        .with_help(crate::yaml::suggest(&k.value, &ChangeKind::NAMES)),
                );
                None
            }),
        };
        let reason = match &e.reason {
            Some(r) if matches!(r.value, Localized::Plain(_)) && self.languages.len() > 1 => {
                problems.push(
                    self.at(r, msg!("correction-reason-one-text"))
                        .with_help(msg!(
                            "correction-reason-one-text-help",
                            example = format!(
                                "{{{}}}",
                                self.languages
                                    .iter()
                                    .map(|l| format!("{l}: ..."))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )
                        )),
                );
                return None;
            }
            Some(r) => self.text(r, "corrections.reason", problems),
            None => {
                problems.push(
                    self.at(entry, msg!("correction-needs-reason"))
                        .with_help(msg!("correction-needs-reason-help")),
                );
                return None;
            }
        };
        let cells = match &e.cells {
            Some(cells) if !cells.value.is_empty() => cells
                .value
                .iter()
                .filter_map(|cell| Some((self.changed_cell(cell, dataset, problems)?, cell)))
                .collect::<Vec<_>>(),
            _ => {
                problems.push(
                    self.at(entry, msg!("correction-needs-cells"))
                        .with_help(msg!("correction-needs-cells-help")),
                );
                return None;
            }
        };
        let (cells, written) = cells.into_iter().unzip();
        let correction = Correction {
            date: date?,
            kind: kind?,
            reason,
            cells,
            anchor: String::new(),
        };
        Some((correction, written))
    }

    fn changed_cell(
        &self,
        cell: &Spanned<RawChangedCell>,
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Option<ChangedCell> {
        let RawChangedCell { row, col, previous } = &cell.value;
        let numbers: Vec<&str> = dataset
            .columns
            .iter()
            .filter(|c| c.kind == ColumnType::Number)
            .map(|c| c.key.as_str())
            .collect();
        let col_index = match dataset.column(&col.value) {
            Some(i) if dataset.columns[i].kind == ColumnType::Number => Some(i),
            Some(_) => {
                problems.push(
                    self.at(col, msg!("correction-not-a-figure", col = &col.value))
                        .with_help(msg!(
                            "correction-not-a-figure-help",
                            columns = numbers.join(", ")
                        )),
                );
                None
            }
            None => {
                problems.push(
                    self.at(col, msg!("correction-no-column", col = &col.value))
                        .with_help(crate::yaml::suggest(&col.value, &numbers)),
                );
                None
            }
        };
        let row_index = match dataset.row(&row.value) {
            Ok(r) => dataset.row_index(r),
            Err(RowLookup::Missing) => {
                let names = dataset.row_names();
                let known: Vec<&str> = names.iter().map(String::as_str).collect();
                problems.push(
                    self.at(row, msg!("correction-no-row", row = &row.value))
                        .with_help(crate::yaml::suggest(&row.value, &known)),
                );
                None
            }
            Err(RowLookup::Ambiguous(example)) => {
                problems.push(
                    self.at(row, msg!("correction-several-rows", row = &row.value))
                        .with_help(msg!("correction-several-rows-help", example = example)),
                );
                None
            }
        };
        if let Some(p) = previous
            && parse_number(p.value.trim()).is_none()
        {
            problems.push(
                self.at(p, msg!("correction-previous-not-number", value = &p.value))
                    .with_help(msg!("correction-previous-not-number-help")),
            );
            return None;
        }
        Some(ChangedCell {
            row: row_index?,
            col: col_index?,
            row_name: row.value.clone(),
            previous: previous.as_ref().map(|p| p.value.trim().to_string()),
        })
    }

    /// Each previous value differs from the value that followed it: the next change's previous
    /// value for that cell, or the current one.
    fn previous_values_changed(
        &self,
        checked: &[Correction],
        written: &[Written],
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) {
        let value = |text: Option<&str>| text.and_then(parse_number);
        for (i, c) in checked.iter().enumerate() {
            for (cell, place) in c.cells.iter().zip(&written[i]) {
                let later = checked
                    .iter()
                    .enumerate()
                    .filter(|(j, o)| o.date > c.date || (o.date == c.date && *j > i))
                    .filter_map(|(_, o)| {
                        let same = o
                            .cells
                            .iter()
                            .find(|x| x.row == cell.row && x.col == cell.col)?;
                        Some((o.date, same.previous.as_deref()))
                    })
                    .min_by_key(|(date, _)| *date);
                let after = match later {
                    Some((_, previous)) => previous.map(str::to_string),
                    None => dataset.rows[cell.row].cells[cell.col]
                        .raw()
                        .map(str::to_string),
                };
                if value(cell.previous.as_deref()) != value(after.as_deref()) {
                    continue;
                }
                let column = &dataset.columns[cell.col].key;
                let shown = match after.as_deref() {
                    Some(value) => value.to_string(),
                    None => msg!("correction-empty"),
                };
                let message = msg!(
                    "correction-unchanged",
                    row = &cell.row_name,
                    column = column,
                    value = shown
                );
                let help = msg!("correction-unchanged-help");
                let at = match &place.value.previous {
                    Some(p) => self.at(p, message),
                    None => self.at(*place, message),
                };
                problems.push(at.with_help(help));
            }
        }
    }
}
