//! What a panel's or cross-section's chart plots (SPEC §4 "Charts"): its categories at one
//! period (the latest), sorted by value, each mark labelled by its category; or, along the
//! periods, its headline (a total or a named row) and the rows the chart names.

use super::{Plot, Series, position};
use crate::data::shape::Headline;
use crate::data::{Cell, Chart, Dataset};
use crate::i18n::format::Formatter;

fn series_of(dataset: &Dataset, col: usize, label: String, lang: &str) -> Option<Series> {
    let column = dataset.columns.get(col)?;
    Some(Series {
        label,
        unit: column.unit_for(lang),
        decimals: column.decimals,
        values: vec![],
    })
}

/// The categories at the latest period, highest first (empty cells last).
pub(super) fn categories<'a>(
    dataset: &Dataset,
    spec: &Chart,
    fmt: &'a Formatter,
    lang: &str,
) -> Option<Plot<'a>> {
    let period = dataset.periods().last().copied();
    let period_text = match (period, dataset.shape.period) {
        (Some(cell), Some(col)) => Some(super::super::embed::cell_text(
            cell,
            &dataset.columns[col],
            fmt,
        )),
        _ => None,
    };
    let first = *spec.y.first()?;
    let mut rows: Vec<_> = dataset.rows_at(period).collect();
    rows.sort_by(|a, b| {
        let v = |r: &crate::data::Row| r.cells.get(first).and_then(Cell::number);
        match (v(a), v(b)) {
            (Some(x), Some(y)) => y.total_cmp(&x),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    });
    let series = spec
        .y
        .iter()
        .filter_map(|&c| {
            let mut label = dataset.columns[c].label.get(lang).to_string();
            if let Some(p) = &period_text {
                label = format!("{label}, {p}");
            }
            let mut s = series_of(dataset, c, label, lang)?;
            s.values = rows
                .iter()
                .map(|r| r.cells.get(c).and_then(Cell::number))
                .collect();
            Some(s)
        })
        .collect();
    Some(Plot {
        fmt,
        time: false,
        labels: rows.iter().map(|r| dataset.category(r)).collect(),
        positions: (0..rows.len()).map(|i| i as f64).collect(),
        series,
        period: period_text,
    })
}

/// A panel along its periods: one line for the headline, one per row the chart names.
pub(super) fn over_time<'a>(
    dataset: &Dataset,
    spec: &Chart,
    fmt: &'a Formatter,
    lang: &str,
) -> Option<Plot<'a>> {
    let periods = dataset.periods();
    let period_col = &dataset.columns[dataset.shape.period?];
    let several_y = spec.y.len() > 1;
    let mut series = Vec::new();
    if let Some(h) = &dataset.headline {
        let label = match h {
            Headline::Row { name, .. } => name.clone(),
            _ => dataset.columns[h.col()].label.get(lang).to_string(),
        };
        let mut s = series_of(dataset, h.col(), label, lang)?;
        s.values = dataset
            .headline_series(h)
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        series.push(s);
    }
    for name in &spec.rows {
        for &c in &spec.y {
            let label = if several_y {
                format!("{name}: {}", dataset.columns[c].label.get(lang))
            } else {
                name.clone()
            };
            let mut s = series_of(dataset, c, label, lang)?;
            s.values = periods
                .iter()
                .map(|p| dataset.value_of(name, c, Some(p)))
                .collect();
            series.push(s);
        }
    }
    Some(Plot {
        fmt,
        time: true,
        labels: periods
            .iter()
            .map(|p| super::super::embed::cell_text(p, period_col, fmt))
            .collect(),
        positions: periods.iter().map(|p| position(p)).collect(),
        series,
        period: None,
    })
}
