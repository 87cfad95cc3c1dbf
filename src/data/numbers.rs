//! Ways a typed number is silently misread, found after the cells are typed (SPEC §4): a
//! fractional value in a count column (`564.760` written with an Indonesian thousands dot is
//! an error with that help), a percent written as a fraction (`0.0966` among `9.82`s), and a
//! value about 1000× its neighbours. What is certain is an error; what is likely, a warning.

use serde_saphyr::Spanned;

use super::dataset::{Cell, Column, Row, UnitSpec};
use super::raw::RawRow;
use super::shape::{Shape, ShapeKind, by_time};
use super::validate::Checker;
use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::i18n::format::Unit;

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
            return format!(
                "a comma is not part of a number here: write `{sign}{int}.{frac}` if it is a decimal comma, or `{sign}{whole}` if it separates thousands"
            );
        }
        return format!(
            "this looks like a decimal comma: write `{sign}{int}.{frac}` (a dot for decimals)"
        );
    }
    if thousands {
        let sign = if text.starts_with('-') { "-" } else { "" };
        return format!(
            "this looks like thousands separators: write `{sign}{whole}` (no separators)"
        );
    }
    "write digits with a dot for decimals and no thousands separators: 9.66, 1234567, -0.5".into()
}

/// Where each cell of each row was written: `[row][column]`.
fn positions<'a>(
    raw: &'a [Spanned<RawRow>],
    columns: &[Column],
) -> Vec<Vec<Option<&'a Spanned<String>>>> {
    raw.iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| {
                    r.value
                        .0
                        .iter()
                        .find(|(k, _)| k.value == c.key)
                        .and_then(|(_, v)| v.as_ref())
                })
                .collect()
        })
        .collect()
}

/// Check every number column of a typed dataset.
pub fn check(
    checker: &Checker,
    raw: &Spanned<Vec<Spanned<RawRow>>>,
    columns: &[Column],
    rows: &[Row],
    shape: &Shape,
    problems: &mut Diagnostics,
) {
    if raw.value.len() != rows.len() {
        return;
    }
    let at = positions(&raw.value, columns);
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
            for (k, &(r, value)) in cells.iter().enumerate() {
                let Some(pos) = at[r][c] else { continue };
                let others: Vec<f64> = match shape.kind {
                    // Neighbours in time: up to two values before and after.
                    ShapeKind::TimeSeries | ShapeKind::Panel => (k.saturating_sub(2)..=k + 2)
                        .filter(|&i| i != k)
                        .filter_map(|i| cells.get(i).map(|x| x.1))
                        .collect(),
                    ShapeKind::CrossSection => {
                        cells.iter().filter(|x| x.0 != r).map(|x| x.1).collect()
                    }
                };
                if let Some(d) = misplaced(checker, column, value, &others, pos) {
                    problems.push(d);
                }
            }
        }
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
    let mut groups: Vec<(Vec<Option<&str>>, Vec<usize>)> = Vec::new();
    for r in order {
        let key = name(r);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.push(r),
            None => groups.push((key, vec![r])),
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

fn fractional_count(
    checker: &Checker,
    column: &Column,
    value: f64,
    text: &str,
    pos: &Spanned<String>,
) -> Option<Diagnostic> {
    if looks_like_thousands(text) {
        let whole: String = text.chars().filter(|c| *c != '.').collect();
        return Some(
            checker
                .at(pos, format!(
                    "`{text}` in column `{}` (a count) would be read as {value}, with a fractional part",
                    column.key
                ))
                .with_help(format!(
                    "it looks like a thousands separator: write `{whole}` (terang reads a dot as the decimal point)"
                )),
        );
    }
    (value.fract() != 0.0).then(|| {
        checker
            .at(pos, format!(
                "`{text}` has a fractional part, but column `{}` counts whole things",
                column.key
            ))
            .with_help("write a whole number; if the figure really has decimals (an average, a rate), give the column another unit")
    })
}

/// A warning when `value` is about 1000× (or 1/1000 of) most of `others`, or a percent
/// that looks written as a fraction of one.
fn misplaced(
    checker: &Checker,
    column: &Column,
    value: f64,
    others: &[f64],
    pos: &Spanned<String>,
) -> Option<Diagnostic> {
    let sizes: Vec<f64> = others
        .iter()
        .map(|v| v.abs())
        .filter(|v| *v > 0.0)
        .collect();
    let (v, text) = (value.abs(), pos.value.trim());
    if sizes.is_empty() || v == 0.0 {
        return None;
    }
    let warn = |message: String, help: String| {
        let mut d = checker.at(pos, message).with_help(help);
        d.severity = Severity::Warning;
        Some(d)
    };
    if column.is_percent() && v < 1.0 && sizes.iter().all(|o| *o >= 1.0) {
        let hundred = value * 100.0;
        if sizes
            .iter()
            .all(|o| hundred.abs() / o < 10.0 && o / hundred.abs() < 10.0)
        {
            return warn(
                format!(
                    "`{text}` looks like a fraction of one, but column `{}` is in percent and its other values are like {}",
                    column.key, others[0]
                ),
                format!(
                    "write the percentage: `{}` (9.66 % is written 9.66); if `{text}` % is right, ignore this warning",
                    trim(hundred)
                ),
            );
        }
    }
    // Most neighbours must disagree with it, so that the outlier's own neighbours are not
    // flagged for being next to it.
    let most = |far: &dyn Fn(f64) -> bool| {
        sizes.len() >= 2 && sizes.iter().filter(|o| far(**o)).count() * 2 > sizes.len()
    };
    let big = most(&|o| v / o >= OUTLIER_RATIO);
    let small = most(&|o| o / v >= OUTLIER_RATIO);
    if !(big || small) {
        return None;
    }
    let ratio = if big { v / sizes[0] } else { sizes[0] / v };
    let power = 10f64.powi(ratio.log10().round() as i32);
    warn(
        format!(
            "`{text}` is about {}× {} the values next to it in column `{}` ({})",
            trim(power),
            if big { "larger than" } else { "smaller than" },
            column.key,
            others.iter().map(|o| trim(*o)).collect::<Vec<_>>().join(", ")
        ),
        "a slipped separator or another unit? Check the figure against the source; if it is right, ignore this warning".into(),
    )
}

/// A figure without trailing zeros, as a writer would type it.
fn trim(v: f64) -> String {
    let s = format!("{v:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}
