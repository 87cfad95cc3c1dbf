//! Checks that depend on the dataset's shape: the chart's axes (x must be a key column: the
//! period for a chart over time, a category column for a comparison) and `headline:`.

use serde_saphyr::Spanned;

use super::Checker;
use crate::data::dataset::{Chart, ChartKind, Column, ColumnType, Row};
use crate::data::raw::{RawChart, RawHeadline};
use crate::data::shape::{Headline, Shape, ShapeKind};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// A unit's name as written in the file, for messages.
fn unit_name(column: &Column) -> String {
    match &column.unit {
        crate::data::UnitSpec::Known(u) => format!("{u:?}").to_lowercase(),
        crate::data::UnitSpec::Free(t) => t.get("").to_string(),
        crate::data::UnitSpec::None => msg!("data-no-unit"),
    }
}

/// The rows' categories, for "did you mean" and row checks.
fn category_names(rows: &[Row], shape: &Shape) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for row in rows {
        let name = shape
            .categories
            .iter()
            .filter_map(|&i| row.cells.get(i).and_then(crate::data::Cell::raw))
            .collect::<Vec<_>>()
            .join(", ");
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

impl Checker<'_> {
    fn column_named(
        &self,
        name: &Spanned<String>,
        what: &str,
        columns: &[Column],
        problems: &mut Diagnostics,
    ) -> Option<usize> {
        let found = columns.iter().position(|c| c.key == name.value);
        if found.is_none() {
            let keys: Vec<&str> = columns.iter().map(|c| c.key.as_str()).collect();
            problems.push(
                self.at(
                    name,
                    msg!("data-key-not-a-column", what = what, name = &name.value),
                )
                .with_help(crate::yaml::suggest(&name.value, &keys)),
            );
        }
        found
    }

    fn category_named(
        &self,
        name: &Spanned<String>,
        what: &str,
        known: &[String],
        problems: &mut Diagnostics,
    ) -> bool {
        if known.contains(&name.value) {
            return true;
        }
        let refs: Vec<&str> = known.iter().map(String::as_str).collect();
        let example = refs.first().copied().unwrap_or_default();
        problems.push(
            self.at(
                name,
                msg!("data-key-not-a-row", what = what, name = &name.value),
            )
            .with_help(msg!(
                "data-key-not-a-row-help",
                suggestion = crate::yaml::suggest(&name.value, &refs).trim_end_matches('.'),
                example = example,
            )),
        );
        false
    }

    pub(super) fn headline(
        &self,
        raw: &Spanned<RawHeadline>,
        columns: &[Column],
        rows: &[Row],
        shape: &Shape,
        problems: &mut Diagnostics,
    ) -> Option<Headline> {
        let spec = &raw.value;
        let col = self.column_named(&spec.col, "headline col", columns, problems)?;
        let column = &columns[col];
        if column.kind != ColumnType::Number {
            problems.push(
                self.at(
                    &spec.col,
                    msg!("data-headline-not-number", key = &column.key),
                )
                .with_help(msg!("data-headline-not-number-help")),
            );
            return None;
        }
        let total = spec.total.as_ref().filter(|t| t.value);
        match (&spec.row, total) {
            (Some(row), Some(_)) => {
                problems.push(
                    self.at(row, msg!("data-headline-row-and-total"))
                        .with_help(msg!("data-headline-row-and-total-help")),
                );
                None
            }
            (_, Some(t)) if !column.adds_up() => {
                problems.push(
                    self.at(
                        t,
                        msg!(
                            "data-total-no-sum",
                            key = &column.key,
                            unit = unit_name(column)
                        ),
                    )
                    .with_help(msg!("data-total-no-sum-help")),
                );
                None
            }
            (_, Some(t)) if shape.kind == ShapeKind::TimeSeries => {
                problems.push(
                    self.at(t, msg!("data-total-time-series"))
                        .with_help(msg!("data-total-time-series-help")),
                );
                None
            }
            (_, Some(_)) => Some(Headline::Total { col }),
            (Some(row), None) if shape.kind == ShapeKind::TimeSeries => {
                problems.push(
                    self.at(row, msg!("data-headline-row-time-series"))
                        .with_help(msg!("data-headline-row-time-series-help")),
                );
                None
            }
            (Some(row), None) => {
                let known = category_names(rows, shape);
                self.category_named(row, "headline row", &known, problems)
                    .then(|| Headline::Row {
                        col,
                        name: row.value.clone(),
                    })
            }
            (None, None) if shape.kind == ShapeKind::TimeSeries => Some(Headline::Latest { col }),
            (None, None) => {
                problems.push(
                    self.at(&spec.col, msg!("data-headline-which-row"))
                        .with_help(msg!("data-headline-which-row-help")),
                );
                None
            }
        }
    }

    pub(super) fn chart(
        &self,
        spec: &RawChart,
        columns: &[Column],
        rows: &[Row],
        shape: &Shape,
        headline: bool,
        problems: &mut Diagnostics,
    ) -> Option<Chart> {
        let kind = match spec.kind.value.as_str() {
            "line" => ChartKind::Line,
            "bar" => ChartKind::Bar,
            "none" => return None,
            other => {
                problems.push(
                    self.at(&spec.kind, msg!("data-unknown-chart-type", kind = other))
                        .with_help(msg!("data-unknown-chart-type-help")),
                );
                return None;
            }
        };
        let default_x = match shape.kind {
            ShapeKind::TimeSeries => shape.period,
            _ => shape.categories.first().copied(),
        };
        let x = match &spec.x {
            Some(name) => {
                let x = self.column_named(name, "chart x", columns, problems)?;
                if !shape.is_key(x) {
                    let keys: Vec<String> = columns
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| shape.is_key(*i))
                        .map(|(_, c)| format!("`{}`", c.key))
                        .collect();
                    problems.push(
                        self.at(name, msg!("data-chart-x-not-key", name = &name.value))
                            .with_help(msg!(
                                "data-chart-x-not-key-help",
                                keys = one_of(&keys),
                                count = keys.len()
                            )),
                    );
                    return None;
                }
                x
            }
            None => default_x.unwrap_or(0),
        };
        let mut y = Vec::new();
        for name in &spec.y {
            if let Some(i) = self.column_named(name, "chart y", columns, problems) {
                if columns[i].kind != ColumnType::Number {
                    problems.push(
                        self.at(name, msg!("data-chart-y-not-number", name = &name.value))
                            .with_help(msg!("data-chart-y-not-number-help")),
                    );
                } else {
                    y.push(i);
                }
            }
        }
        if spec.y.is_empty() {
            y = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.kind == ColumnType::Number)
                .map(|(i, _)| i)
                .collect();
        }
        let known = category_names(rows, shape);
        let named: Vec<String> = spec
            .rows
            .iter()
            .filter(|r| self.category_named(r, "chart row", &known, problems))
            .map(|r| r.value.clone())
            .collect();
        let over_time = shape.kind == ShapeKind::Panel && Some(x) == shape.period;
        if over_time && spec.rows.is_empty() && !headline {
            let at = spec
                .x
                .as_ref()
                .map(|x| x.referenced)
                .unwrap_or(spec.kind.referenced);
            problems.push(
                self.at(
                    &Spanned {
                        value: (),
                        referenced: at,
                        defined: at,
                    },
                    msg!("data-panel-chart-lines"),
                )
                .with_help(msg!("data-panel-chart-lines-help")),
            );
            return None;
        }
        if y.is_empty() {
            return None;
        }
        Some(Chart {
            kind,
            x,
            y,
            rows: named,
            title: spec
                .title
                .as_ref()
                .map(|t| self.text(t, "chart.title", problems)),
            subtitle: spec
                .subtitle
                .as_ref()
                .map(|t| self.text(t, "chart.subtitle", problems)),
        })
    }
}

/// `a`, `a or b`, `a, b or c`, in the language of messages.
fn one_of(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => msg!("list-or", first = rest.join(", "), last = last),
    }
}
