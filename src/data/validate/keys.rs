//! Checks that depend on the dataset's shape: the chart's axes (x must be a key column: the
//! period for a chart over time, a category column for a comparison) and `headline:`.

use serde_saphyr::Spanned;

use super::Checker;
use crate::data::dataset::{Chart, ChartKind, Column, ColumnType, Row};
use crate::data::raw::{RawChart, RawHeadline};
use crate::data::shape::{Headline, Shape, ShapeKind};
use crate::diagnostic::Diagnostics;

/// A unit's name as written in the file, for messages.
fn unit_name(column: &Column) -> String {
    match &column.unit {
        crate::data::UnitSpec::Known(u) => format!("{u:?}").to_lowercase(),
        crate::data::UnitSpec::Free(t) => t.get("").to_string(),
        crate::data::UnitSpec::None => "no unit".into(),
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
                self.at(name, format!("{what} `{}` is not a column", name.value))
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
                format!("{what} `{}` is not a row of this dataset", name.value),
            )
            .with_help(format!(
                "{} (a row is named by its categories, the text columns without the period, e.g. \"{example}\")",
                crate::yaml::suggest(&name.value, &refs).trim_end_matches('.'),
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
                    format!("headline col `{}` is not a number column", column.key),
                )
                .with_help("the headline is a figure: name a `type: number` column"),
            );
            return None;
        }
        let total = spec.total.as_ref().filter(|t| t.value);
        match (&spec.row, total) {
            (Some(row), Some(_)) => {
                problems.push(
                    self.at(row, "headline has both `row` and `total: true`")
                        .with_help("keep one: a named row (e.g. a national total row), or the sum of the rows"),
                );
                None
            }
            (_, Some(t)) if !column.adds_up() => {
                problems.push(
                    self.at(t, format!(
                        "`total: true` cannot add up column `{}` ({}): its values do not add up to a total",
                        column.key, unit_name(column)
                    ))
                    .with_help("only `count`, `people`, `households` and `rupiah` columns add up; for a percent or ratio, add a row with the national figure and name it: headline: {col: ..., row: \"Indonesia\"}"),
                );
                None
            }
            (_, Some(t)) if shape.kind == ShapeKind::TimeSeries => {
                problems.push(
                    self.at(t, "`total: true` needs categories to add up, and this dataset is a time series (one row per period)")
                        .with_help("remove `total`: a time series' headline is its latest value"),
                );
                None
            }
            (_, Some(_)) => Some(Headline::Total { col }),
            (Some(row), None) if shape.kind == ShapeKind::TimeSeries => {
                problems.push(
                    self.at(
                        row,
                        "a time series' headline is its latest value; it names no row",
                    )
                    .with_help("remove `row`: headline: {col: ...}"),
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
                    self.at(&spec.col, "this dataset has one row per category, so the headline must say which figure stands for all of them")
                        .with_help("add `row: \"Indonesia\"` (a row holding the whole) or `total: true` (the sum of the rows)"),
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
                    self.at(&spec.kind, format!("unknown chart type `{other}`"))
                        .with_help("use `line`, `bar` or `none`"),
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
                        self.at(name, format!("chart x `{}` is not a key column of this dataset", name.value))
                            .with_help(format!(
                                "x names what the chart runs along: a period (a change over time) or a category (a comparison); here: {}",
                                if keys.is_empty() { "none".to_string() } else { keys.join(" or ") }
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
                        self.at(
                            name,
                            format!("chart y `{}` is not a number column", name.value),
                        )
                        .with_help("charts plot `type: number` columns"),
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
                self.at(&Spanned { value: (), referenced: at, defined: at }, "a panel's chart over time needs the lines to draw: its headline or named rows")
                    .with_help("add `headline: {col: ..., total: true}` to the dataset, or `rows: [\"Aceh\", \"Bali\"]` to the chart; or compare the categories at the latest period with x: the category column"),
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
        })
    }
}
