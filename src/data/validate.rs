//! Checking a dataset as written: every column, cell, chart axis and release date, with each
//! problem at its line and column. Produces the typed [`Dataset`].

use std::collections::HashSet;

use jiff::civil::Date;
use serde_saphyr::Spanned;

use super::dataset::{
    Cell, Column, ColumnType, Dataset, ProgramMention, Row, Source, UnitSpec, row_key,
};
use super::period::Period;
use super::raw::{RawColumn, RawDataset};
use super::shape::Shape;
use super::written::{Place, RowsFile, Written, WrittenRows};

mod keys;
use crate::config::{Localized, Text};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::leaf::unit::Unit;
use crate::messages::msg;

mod corrections;
mod embargo;
mod indicator;
mod publisher;
mod release;
mod versions;

/// Resolve a dataset from its raw form. All problems go into `problems`.
pub(super) struct Checker<'a> {
    pub display: &'a std::path::Path,
    pub text: &'a str,
    pub languages: &'a [&'a str],
    /// Where the rows were written: the YAML itself, or a CSV or sheet beside it.
    pub rows_file: &'a RowsFile,
}

impl Checker<'_> {
    pub(super) fn at<T>(&self, spanned: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        let loc = spanned.referenced;
        Diagnostic::error(self.display, message).at(
            self.text,
            loc.line() as usize,
            loc.column() as usize,
        )
    }

    /// An error at a place of the rows (a YAML or CSV line, or a sheet's cell).
    pub(super) fn at_place(&self, place: Place, message: impl Into<String>) -> Diagnostic {
        self.rows_file
            .error((self.display, self.text), place, message.into())
    }

    fn text(&self, value: &Spanned<Localized>, key: &str, problems: &mut Diagnostics) -> Text {
        value.value.resolve(self.languages).unwrap_or_else(|e| {
            problems.push(
                self.at(value, format!("`{key}`: {e}"))
                    .with_help(msg!("data-text-every-language-help")),
            );
            Text::default()
        })
    }

    fn date(&self, value: &Spanned<String>, key: &str, problems: &mut Diagnostics) -> Option<Date> {
        match value.value.trim().parse::<Date>() {
            Ok(d) => Some(d),
            Err(_) => {
                problems.push(
                    self.at(
                        value,
                        msg!("data-key-not-a-date", key = key, text = &value.value),
                    )
                    .with_help(msg!("data-date-help")),
                );
                None
            }
        }
    }

    /// The columns as written, checked (the spreadsheet reader needs them before the rows).
    pub fn check_columns(&self, raw: &RawDataset, problems: &mut Diagnostics) -> Vec<Column> {
        self.columns(&raw.columns, problems)
    }

    pub fn check(
        &self,
        id: &str,
        raw: RawDataset,
        columns: Vec<Column>,
        written: &WrittenRows,
        problems: &mut Diagnostics,
    ) -> Dataset {
        let rows = self.rows(written, &columns, problems);
        let shape = Shape::of(&columns, &rows);
        super::numbers::check(self, written, &columns, &rows, &shape, problems);
        let headline = raw
            .headline
            .as_ref()
            .and_then(|h| self.headline(h, &columns, &rows, &shape, problems));
        let chart = raw
            .chart
            .as_ref()
            .and_then(|c| self.chart(c, &columns, &rows, &shape, headline.is_some(), problems));
        let source = Source {
            name: self.text(&raw.source.value.name, "source.name", problems),
            url: raw
                .source
                .value
                .url
                .as_ref()
                .map(|u| u.value.clone())
                .unwrap_or_default(),
            published: raw
                .source
                .value
                .published
                .as_ref()
                .and_then(|p| self.date(p, "source.published", problems)),
        };
        if let Some(url) = &raw.source.value.url
            && !(url.value.starts_with("https://") || url.value.starts_with("http://"))
        {
            problems.push(
                self.at(url, msg!("data-source-url", url = &url.value))
                    .with_help(msg!("data-source-url-help")),
            );
        }
        let mut dataset = Dataset {
            id: id.to_string(),
            display: self.display.to_path_buf(),
            title: self.text(&raw.title, "title", problems),
            description: raw
                .description
                .as_ref()
                .map(|d| self.text(d, "description", problems))
                .unwrap_or_else(|| Text::same(self.languages, "")),
            source,
            programs: raw
                .programs
                .iter()
                .map(|p| ProgramMention {
                    id: p.value.clone(),
                    unknown: self.at(p, msg!("data-unknown-program", program = &p.value)),
                })
                .collect(),
            columns,
            rows,
            shape,
            headline,
            chart,
            status: self.status(&raw, problems),
            next_release: self.next_release(&raw, problems),
            frequency: raw
                .frequency
                .as_ref()
                .map(|f| self.text(f, "frequency", problems))
                .unwrap_or_else(|| Text::same(self.languages, "")),
            contact: self.contact(raw.contact.as_ref(), problems),
            license: self.license(raw.license.as_ref(), problems),
            corrections: Vec::new(),
            embargo: None,
            rows_file: None,
            versions: Vec::new(),
        };
        dataset.corrections = self.corrections(&raw.corrections, &dataset, problems);
        dataset.embargo = self.embargo(&raw, &dataset, problems);
        dataset.versions = self.versions(&raw.versions, &dataset, problems);
        dataset
    }

    fn columns(&self, raw: &Spanned<Vec<RawColumn>>, problems: &mut Diagnostics) -> Vec<Column> {
        if raw.value.is_empty() {
            problems.push(
                self.at(raw, msg!("data-columns-empty"))
                    .with_help(msg!("data-columns-empty-help")),
            );
        }
        let mut columns: Vec<Column> = Vec::new();
        for col in &raw.value {
            if columns.iter().any(|c| c.key == col.key.value) {
                problems.push(
                    self.at(
                        &col.key,
                        msg!("data-duplicate-column", key = &col.key.value),
                    )
                    .with_help(msg!("data-duplicate-column-help")),
                );
                continue;
            }
            let kind = ColumnType::parse(&col.kind.value).unwrap_or_else(|| {
                problems.push(
                    self.at(
                        &col.kind,
                        msg!("data-unknown-column-type", kind = &col.kind.value),
                    )
                    .with_help(crate::yaml::suggest(&col.kind.value, &ColumnType::NAMES)),
                );
                ColumnType::String
            });
            let unit = match &col.unit {
                None => UnitSpec::None,
                Some(u) if kind != ColumnType::Number => {
                    problems.push(
                        self.at(u, msg!("data-unit-not-number"))
                            .with_help(msg!("data-unit-not-number-help")),
                    );
                    UnitSpec::None
                }
                Some(u) => match &u.value {
                    Localized::Plain(name) => match Unit::from_name(name) {
                        Unit::Other(_) => UnitSpec::Free(Text::same(self.languages, name)),
                        known => UnitSpec::Known(known),
                    },
                    localized => UnitSpec::Free(self.text(
                        &Spanned {
                            value: localized.clone(),
                            referenced: u.referenced,
                            defined: u.defined,
                        },
                        "unit",
                        problems,
                    )),
                },
            };
            let decimals = match &col.decimals {
                Some(d) if kind != ColumnType::Number => {
                    problems.push(self.at(d, msg!("data-decimals-not-number")));
                    0
                }
                Some(d) if d.value > 10 => {
                    problems.push(self.at(d, msg!("data-decimals-range")));
                    10
                }
                Some(d) => d.value,
                None => 0,
            };
            let key_ok = !col.key.value.is_empty()
                && col
                    .key
                    .value
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !key_ok {
                problems.push(
                    self.at(&col.key, msg!("data-column-key", key = &col.key.value))
                        .with_help(msg!("data-column-key-help")),
                );
            }
            columns.push(Column {
                key: col.key.value.clone(),
                kind,
                unit,
                decimals,
                label: self.text(&col.label, "label", problems),
                indicator: col
                    .indicator
                    .as_ref()
                    .and_then(|raw| self.indicator(raw, kind, problems)),
            });
        }
        columns
    }

    fn rows(&self, raw: &WrittenRows, columns: &[Column], problems: &mut Diagnostics) -> Vec<Row> {
        if raw.rows.is_empty() {
            problems.push(
                self.at_place(raw.place, msg!("data-rows-empty"))
                    .with_help(msg!("data-rows-empty-help")),
            );
        }
        let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
        let mut rows: Vec<Row> = Vec::new();
        // Keys of the rows so far: one lookup per row, not a scan of every earlier row (a
        // 40,000-row dataset took 29 s; issue 17, finding 4).
        let mut seen: HashSet<String> = HashSet::new();
        for raw_row in &raw.rows {
            let mut cells = vec![Cell::Null; columns.len()];
            for (key, value) in &raw_row.cells {
                let Some(index) = keys.iter().position(|k| *k == key.text) else {
                    let help =
                        if !key.text.is_empty() && key.text.chars().all(|c| c.is_ascii_digit()) {
                            msg!("data-decimal-comma-help")
                        } else {
                            crate::yaml::suggest(&key.text, &keys)
                        };
                    problems.push(
                        self.at_place(key.place, msg!("data-not-a-column", key = &key.text))
                            .with_help(help),
                    );
                    continue;
                };
                if let Some(value) = value {
                    cells[index] = self.cell(&columns[index], value, problems);
                }
            }
            let key = row_key(columns, &cells);
            if !key.is_empty() && !seen.insert(key.clone()) {
                problems.push(
                    self.at_place(raw_row.place, msg!("data-duplicate-row", key = &key))
                        .with_help(msg!("data-duplicate-row-help")),
                );
            }
            let line = match raw_row.place {
                Place::Text { line, .. } => line,
                Place::Cell { row, .. } => row as usize,
            };
            rows.push(Row { cells, line });
        }
        rows
    }

    fn cell(&self, column: &Column, value: &Written, problems: &mut Diagnostics) -> Cell {
        let text = value.text.trim().to_string();
        let mut bad = |expected: String, help: String| {
            problems.push(
                self.at_place(
                    value.place,
                    msg!(
                        "data-cell-not-a",
                        text = &text,
                        expected = expected,
                        column = &column.key,
                        kind = column.kind.name(),
                    ),
                )
                .with_help(help),
            );
            Cell::Null
        };
        match column.kind {
            // Spaces around a text go; a leading tab stays (JSON keeps it as written, the
            // CSV download neutralises it: SPEC §4), so it is never silently dropped.
            ColumnType::String => {
                Cell::Text(value.text.trim_start_matches(' ').trim_end().to_string())
            }
            ColumnType::Number => match parse_number(&text) {
                Some(_) if significant_digits(&text) > MAX_SIGNIFICANT_DIGITS => bad(
                    msg!("data-kind-exact-number"),
                    msg!("data-too-many-digits-help"),
                ),
                Some(v) => Cell::Number { value: v, text },
                None => bad(
                    msg!("data-kind-number"),
                    super::numbers::unparsed_help(&text),
                ),
            },
            ColumnType::Date => match text.parse::<Date>() {
                Ok(date) => Cell::Date { date, text },
                Err(_) => bad(msg!("data-kind-date"), msg!("content-not-a-date-help")),
            },
            ColumnType::Period => match Period::parse(&text) {
                Ok(period) => Cell::Period { period, text },
                Err(e) => bad(msg!("data-kind-period"), e.to_string()),
            },
        }
    }
}

/// Digits a number cell may have: every decimal of up to 15 significant digits reads back
/// from a float unchanged, so the page shows exactly what the file says. Beyond that a figure
/// would be published silently rounded (a 40-digit count, a 17-digit rupiah amount).
const MAX_SIGNIFICANT_DIGITS: usize = 15;

/// Digits of `text` between its first and last non-zero digit.
fn significant_digits(text: &str) -> usize {
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_digit).collect();
    let first = digits.iter().position(|d| *d != b'0');
    let last = digits.iter().rposition(|d| *d != b'0');
    match (first, last) {
        (Some(first), Some(last)) => last - first + 1,
        _ => 0,
    }
}

/// A plain decimal number as people type it in YAML; no `1_000`, `.inf`, `0x10` or `1e400`.
pub(super) fn parse_number(text: &str) -> Option<f64> {
    let plain = text.strip_prefix('-').unwrap_or(text);
    let ok = !plain.is_empty()
        && plain.chars().all(|c| c.is_ascii_digit() || c == '.')
        && plain.chars().filter(|c| *c == '.').count() <= 1
        && !plain.starts_with('.')
        && !plain.ends_with('.');
    if !ok {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::parse_number;

    #[test]
    fn significant_digits_ignore_leading_and_trailing_zeros() {
        use super::significant_digits;
        assert_eq!(significant_digits("0.00980"), 2);
        assert_eq!(significant_digits("-1200000"), 2);
        assert_eq!(significant_digits("0"), 0);
        assert_eq!(significant_digits("123456789012345"), 15);
        assert_eq!(
            significant_digits("1234567890123456789012345678901234567890"),
            39
        );
    }

    #[test]
    fn numbers_are_plain_decimals() {
        assert_eq!(parse_number("9.66"), Some(9.66));
        assert_eq!(parse_number("-0.5"), Some(-0.5));
        assert_eq!(parse_number("1234567"), Some(1234567.0));
        for bad in [
            "1_000", ".inf", "NaN", "9,66", "1e5", "", "-", "1.2.3", "0x10", ".5", "5.",
        ] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }
}
