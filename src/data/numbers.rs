//! Ways a typed number is silently misread, found after the cells are typed (SPEC §4): a
//! fractional value in a count column (`564.760` written with an Indonesian thousands dot is
//! an error with that help), a percent written as a fraction (`0.0966` among `9.82`s), and a
//! value about 1000× its neighbours. What is certain is an error; what is likely, a warning.

use std::borrow::Cow;
use std::collections::HashMap;

use super::dataset::{Cell, Column, Row, UnitSpec};
use super::shape::{Shape, ShapeKind, by_time};
use super::validate::Checker;
use super::written::{Written, WrittenRows};
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::i18n::format::Unit;
use crate::messages::msg;

/// How far from its neighbours (either way) a value must be to look like a slipped separator
/// or a different unit: real figures of neighbouring periods or provinces differ far less.
const OUTLIER_RATIO: f64 = 500.0;

/// Columns counting whole things.
fn counts_things(column: &Column) -> bool {
    matches!(
        column.unit,
        UnitSpec::Known(Unit::Count | Unit::People | Unit::Households)
    )
}

/// `564.760`, `1.500`: one dot followed by exactly three digits, as Indonesians write
/// thousands.
pub fn looks_like_thousands(text: &str) -> bool {
    let plain = text.strip_prefix('-').unwrap_or(text);
    match plain.split_once('.') {
        Some((int, frac)) => {
            (1..=3).contains(&int.len())
                && frac.len() == 3
                && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
                && !int.starts_with('0')
        }
        None => false,
    }
}

/// The help for a number cell that did not parse, by what it looks like.
pub fn unparsed_help(text: &str) -> String {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let plain = text.strip_prefix('-').unwrap_or(text);
    let groups: Vec<&str> = plain.split(['.', ',']).collect();
    let thousands = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups.iter().all(|g| digits(g))
        && groups[1..].iter().all(|g| g.len() == 3)
        && (plain.matches('.').count() >= 2
            || plain.matches(',').count() >= 2
            || plain.contains(','));
    let whole: String = plain.chars().filter(char::is_ascii_digit).collect();
    if let Some((int, frac)) = plain.split_once(',')
        && digits(int)
        && digits(frac)
        && !frac.contains(',')
    {
        let sign = if text.starts_with('-') { "-" } else { "" };
        if frac.len() == 3 {
            return msg!(
                "number-comma-ambiguous-help",
                decimal = format!("{sign}{int}.{frac}"),
                whole = format!("{sign}{whole}")
            );
        }
        return msg!(
            "number-decimal-comma-help",
            decimal = format!("{sign}{int}.{frac}")
        );
    }
    if thousands {
        let sign = if text.starts_with('-') { "-" } else { "" };
        return msg!("number-thousands-help", whole = format!("{sign}{whole}"));
    }
    msg!("number-plain-help")
}

/// Where each cell of each row was written: `[row][column]`.
fn positions<'a>(raw: &'a WrittenRows, columns: &[Column]) -> Vec<Vec<Option<&'a Written>>> {
    raw.rows
        .iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| {
                    r.cells
                        .iter()
                        .find(|(k, _)| k.text == c.key)
                        .and_then(|(_, v)| v.as_ref())
                })
                .collect()
        })
        .collect()
}

/// Check every number column of a typed dataset.
pub fn check(
    checker: &Checker,
    raw: &WrittenRows,
    columns: &[Column],
    rows: &[Row],
    shape: &Shape,
    problems: &mut Diagnostics,
) {
    if raw.rows.len() != rows.len() {
        return;
    }
    let at = positions(raw, columns);
    for (c, column) in columns.iter().enumerate() {
        if counts_things(column) {
            for (r, row) in rows.iter().enumerate() {
                if let (Some(Cell::Number { value, text }), Some(pos)) =
                    (row.cells.get(c), at[r][c])
                    && let Some(d) = fractional_count(checker, column, *value, text, pos)
                {
                    problems.push(d);
                }
            }
        }
        for group in neighbourhoods(rows, shape) {
            let cells: Vec<(usize, f64)> = group
                .iter()
                .filter_map(|&r| Some((r, rows[r].cells.get(c).and_then(Cell::number)?)))
                .collect();
            // A cross-section compares each value with all the others: their sizes are
            // sorted once, and each comparison is two binary searches (scanning every other
            // value for each made 25,000 rows take minutes; issue 17, finding 4).
            let all_sizes = match shape.kind {
                ShapeKind::CrossSection => sorted_sizes(cells.iter().map(|x| x.1)),
                _ => Vec::new(),
            };
            for (k, &(r, value)) in cells.iter().enumerate() {
                let Some(pos) = at[r][c] else { continue };
                let neighbours = match shape.kind {
                    // Neighbours in time: up to two values before and after.
                    ShapeKind::TimeSeries | ShapeKind::Panel => {
                        let near: Vec<f64> = (k.saturating_sub(2)..=k + 2)
                            .filter(|&i| i != k)
                            .filter_map(|i| cells.get(i).map(|x| x.1))
                            .collect();
                        Neighbours {
                            sorted: Cow::Owned(sorted_sizes(near.iter().copied())),
                            own: None,
                            values: Box::new(near.into_iter()),
                        }
                    }
                    ShapeKind::CrossSection => Neighbours {
                        sorted: Cow::Borrowed(&all_sizes),
                        own: Some(value.abs()).filter(|v| *v > 0.0),
                        values: Box::new(
                            cells
                                .iter()
                                .enumerate()
                                .filter(move |(i, _)| *i != k)
                                .map(|(_, x)| x.1),
                        ),
                    },
                };
                if let Some(d) = misplaced(checker, column, value, neighbours, pos) {
                    problems.push(d);
                }
            }
        }
    }
}

/// Absolute values above zero, sorted.
fn sorted_sizes(values: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut sizes: Vec<f64> = values.map(f64::abs).filter(|v| *v > 0.0).collect();
    sizes.sort_by(f64::total_cmp);
    sizes
}

/// The values a value is compared with.
struct Neighbours<'a> {
    /// Their sizes (absolute values above zero), sorted; may hold the value's own size.
    sorted: Cow<'a, [f64]>,
    /// The value's own size when `sorted` holds it: left out of every count.
    own: Option<f64>,
    /// The values themselves in the file's order, for the message.
    values: Box<dyn Iterator<Item = f64> + 'a>,
}

impl Neighbours<'_> {
    fn len(&self) -> usize {
        self.sorted.len() - usize::from(self.own.is_some())
    }

    /// How many are at most `x`.
    fn at_most(&self, x: f64) -> usize {
        let own = self.own.is_some_and(|v| v <= x);
        self.sorted.partition_point(|o| *o <= x) - usize::from(own)
    }

    /// How many are at least `x`.
    fn at_least(&self, x: f64) -> usize {
        let own = self.own.is_some_and(|v| v >= x);
        self.sorted.len() - self.sorted.partition_point(|o| *o < x) - usize::from(own)
    }
}

/// The row groups whose values should be alike: a panel's category over time, otherwise all
/// rows (a time series in time order).
fn neighbourhoods(rows: &[Row], shape: &Shape) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..rows.len()).collect();
    if let Some(p) = shape.period {
        order.sort_by(|&a, &b| by_time(&rows[a].cells[p], &rows[b].cells[p]));
    }
    if shape.kind != ShapeKind::Panel {
        return vec![order];
    }
    let name = |r: usize| -> Vec<Option<&str>> {
        shape
            .categories
            .iter()
            .map(|&i| rows[r].cells[i].raw())
            .collect()
    };
    // Groups in the order their first row comes, found by hashing (not by a scan of the
    // groups so far, which is quadratic in the categories).
    let mut group_of: HashMap<Vec<Option<&str>>, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for r in order {
        let next = groups.len();
        let g = *group_of.entry(name(r)).or_insert(next);
        if g == next {
            groups.push(Vec::new());
        }
        groups[g].push(r);
    }
    groups
}

fn fractional_count(
    checker: &Checker,
    column: &Column,
    value: f64,
    text: &str,
    pos: &Written,
) -> Option<Diagnostic> {
    if looks_like_thousands(text) {
        let whole: String = text.chars().filter(|c| *c != '.').collect();
        return Some(
            checker
                .at_place(
                    pos.place,
                    msg!(
                        "number-count-fraction-dot",
                        text = text,
                        column = &column.key,
                        value = value.to_string()
                    ),
                )
                .with_help(msg!("number-count-fraction-dot-help", whole = whole)),
        );
    }
    (value.fract() != 0.0).then(|| {
        checker
            .at_place(
                pos.place,
                msg!("number-count-fraction", text = text, column = &column.key),
            )
            .with_help(msg!("number-count-fraction-help"))
    })
}

/// A warning when `value` is about 1000× (or 1/1000 of) most of `others`, or a percent
/// that looks written as a fraction of one.
fn misplaced(
    checker: &Checker,
    column: &Column,
    value: f64,
    others: Neighbours<'_>,
    pos: &Written,
) -> Option<Diagnostic> {
    let (v, text) = (value.abs(), pos.text.trim());
    let count = others.len();
    if count == 0 || v == 0.0 {
        return None;
    }
    let warn = |message: String, help: String| {
        let mut d = checker.at_place(pos.place, message).with_help(help);
        d.severity = Severity::Warning;
        Some(d)
    };
    // Most neighbours must disagree with it, so that the outlier's own neighbours are not
    // flagged for being next to it.
    let most = |far: usize| count >= 2 && far * 2 > count;
    let hundred = v * 100.0;
    let fraction_of_percent = column.is_percent()
        && v < 1.0
        && others.at_least(1.0) == count
        && others.at_most(hundred / 10.0) == 0
        && others.at_least(hundred * 10.0) == 0;
    let big = most(others.at_most(v / OUTLIER_RATIO));
    let small = most(others.at_least(v * OUTLIER_RATIO));
    if !(fraction_of_percent || big || small) {
        return None;
    }
    // Named in the message: the first few, in the file's order.
    let mut values = others.values;
    let shown: Vec<f64> = values.by_ref().take(SHOWN).collect();
    let more = values.count();
    if fraction_of_percent {
        return warn(
            msg!(
                "number-percent-fraction",
                text = text,
                column = &column.key,
                example = trim(shown[0])
            ),
            msg!(
                "number-percent-fraction-help",
                percent = trim(value * 100.0),
                text = text
            ),
        );
    }
    // Compared with the middle of the others (a cross-section may start with a small one).
    let middle = others
        .sorted
        .get(others.sorted.len() / 2)
        .copied()
        .unwrap_or(v);
    let ratio = if big { v / middle } else { middle / v };
    let power = 10f64.powi(ratio.log10().round() as i32);
    let mut listed = shown
        .iter()
        .map(|o| trim(*o))
        .collect::<Vec<_>>()
        .join(", ");
    if more > 0 {
        listed.push_str(&msg!("number-outlier-more", count = more));
    }
    warn(
        msg!(
            "number-outlier",
            text = text,
            times = trim(power),
            direction = if big { "larger" } else { "smaller" },
            column = &column.key,
            neighbours = listed
        ),
        msg!("number-outlier-help"),
    )
}

/// How many of the values compared with a suspicious one its warning names.
const SHOWN: usize = 6;

/// A figure without trailing zeros, as a writer would type it.
fn trim(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
