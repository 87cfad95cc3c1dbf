//! Inline SVG charts of datasets, readable without JavaScript and on a 360 px phone: a line
//! or bar chart whose `<title>` names the dataset and whose `<desc>` states its message in
//! words with localized figures, and the tiny sparklines of the data index.
//!
//! # Classes (the theme styles charts through these only)
//!
//! The SVG carries no colours, only `currentColor` defaults (and dash patterns and marker
//! shapes, which tell series apart without colour), so it is legible unstyled and a theme
//! restyles it with CSS. Presentation attributes lose to any CSS rule, so a theme that sets
//! `font-size` on chart text must keep it at 18px or more (see "Sizing").
//!
//! | class                                    | element                                        |
//! |------------------------------------------|------------------------------------------------|
//! | `chart` + `chart-type-line` / `-bar`     | the `<svg>` (not `chart-line`/`chart-bar`: those name marks) |
//! | `chart-grid`                             | `<path>` of the grid lines at the ticks         |
//! | `chart-axis`                             | `<path>` of the baseline / zero line            |
//! | `chart-label`                            | `<g>` or `<text>` of tick, category, legend text |
//! | `chart-caption`                          | with `chart-label`: the measure's name, top left (one series) |
//! | `chart-value`                            | with `chart-label`: figures written on the chart |
//! | `chart-legend`                           | `<g>` of the legend (several series)            |
//! | `chart-series chart-series-N`            | `<g>` of series N (1-based), also in the legend |
//! | `chart-line`                             | the `<path>` of a line series                   |
//! | `chart-mark`                             | one marker per value of a line (`<circle>`, `<rect>`, `<path>`) |
//! | `chart-bar`                              | one `<rect>` per value of a bar series          |
//! | `chart-symbol`                           | the series' marker shape at a bar's end (several series) |
//! | `sparkline`, `sparkline-end`             | a sparkline's `<svg>` and its last point        |
//!
//! Ids: the chart of dataset `kemiskinan` has `chart-kemiskinan-title` and
//! `chart-kemiskinan-desc` (`aria-labelledby`), so a page may hold several charts; a chart
//! placed by a shortcode adds the shortcode's number (`chart-kemiskinan-title-3`, see
//! [`scope_ids`]), so it may also repeat a chart the page shows elsewhere.
//!
//! # Sizing
//!
//! A fixed `viewBox` 480 units wide (height follows the content), scaled to the container's
//! width by CSS (`width: 100%; height: auto`), with text at 18 units: at a 328 px column (a
//! 360 px phone less page padding) that is 12.3 px, at 576 px (36rem) 21.6 px. A
//! width-responsive SVG would need text that does not scale, which SVG cannot lay out
//! without script; a fixed viewBox keeps every label where it was placed, and 480 rather
//! than 640 units keeps the numbers in the theme's px range.

mod axis;
mod describe;
mod draw;
mod shaped;

use jiff::civil::Date;

use crate::data::{Cell, ChartKind, ColumnType, Dataset, ShapeKind};
use crate::i18n::format::{Formatter, Unit};
use axis::{esc, num};
use describe::description;

/// The localized sentence patterns of a chart's `<desc>`, loaded by the caller from the
/// theme's interface strings (suggested keys in [`ChartWords::KEYS`]).
///
/// Placeholders: `{from}` `{to}` (a figure with its unit, "10,64 persen"), `{from_period}`
/// `{to_period}` (the x label, "Maret 2017"), `{max}` `{min}` `{max_label}` `{min_label}`,
/// `{label}` (a series' name) and `{sentence}`. A final full stop is added when missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartWords {
    /// A fall over time: id "Turun dari {from} ({from_period}) menjadi {to} ({to_period})",
    /// en "Down from {from} ({from_period}) to {to} ({to_period})".
    pub down: String,
    /// A rise: id "Naik dari {from} ({from_period}) menjadi {to} ({to_period})".
    pub up: String,
    /// The same figure (as displayed) at both ends:
    /// id "Tetap {to} dari {from_period} hingga {to_period}".
    pub unchanged: String,
    /// Only one figure: id "{to} ({to_period})".
    pub single: String,
    /// Categories, not time (provinces):
    /// id "Tertinggi {max} ({max_label}), terendah {min} ({min_label})".
    pub range: String,
    /// One series of several: "{label}: {sentence}".
    pub series: String,
}

impl ChartWords {
    /// Theme keys for the fields, in field order.
    pub const KEYS: [&'static str; 6] = [
        "chart_down",
        "chart_up",
        "chart_unchanged",
        "chart_single",
        "chart_range",
        "chart_series",
    ];

    /// The words from a lookup of theme strings; `Err` lists the missing keys.
    pub fn from_strings(
        get: impl Fn(&str) -> Option<String>,
    ) -> Result<ChartWords, Vec<&'static str>> {
        let missing: Vec<&'static str> = Self::KEYS
            .into_iter()
            .filter(|k| get(k).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(missing);
        }
        let [down, up, unchanged, single, range, series] =
            Self::KEYS.map(|k| get(k).unwrap_or_default());
        Ok(ChartWords {
            down,
            up,
            unchanged,
            single,
            range,
            series,
        })
    }
}

/// What a chart shows, in the reader's language: points along x, one value per series.
struct Plot<'a> {
    fmt: &'a Formatter,
    /// x holds periods or dates: placed in time, described as a change.
    time: bool,
    /// The x label of each point: "Maret 2018", "Aceh".
    labels: Vec<String>,
    /// Where each point sits on x: a fractional year, or its index for categories.
    positions: Vec<f64>,
    series: Vec<Series>,
    /// The one period categories are compared at ("2024"), named in the title.
    period: Option<String>,
}

struct Series {
    label: String,
    unit: Unit,
    decimals: u8,
    values: Vec<Option<f64>>,
}

impl Plot<'_> {
    /// "9,82 persen".
    fn value(&self, s: &Series, v: f64) -> String {
        self.fmt.value(v, &s.unit, s.decimals)
    }

    /// The hover text of a mark: "Maret 2018: 9,82 persen" (series named when several).
    fn mark_title(&self, s: &Series, i: usize, v: f64) -> String {
        let x = &self.labels[i];
        if self.series.len() > 1 {
            format!("{x}, {}: {}", s.label, self.value(s, v))
        } else {
            format!("{x}: {}", self.value(s, v))
        }
    }

    fn finite(&self) -> impl Iterator<Item = f64> + '_ {
        self.series
            .iter()
            .flat_map(|s| s.values.iter().flatten().copied())
    }
}

/// A copy of a chart drawn by [`chart_svg`] for the `n`th block shortcode of a text, with
/// its ids made unique on the page (`chart-kemiskinan-title-3`): a program page lists a
/// dataset's chart and may show it again in its text, and an article may show it twice.
/// The ids end in a number, so they never equal the ids of [`chart_svg`], which end in
/// `-title`/`-desc`. Only the three places that hold ids are changed; text cannot hold
/// them, since it is escaped (`"` is `&quot;`).
pub fn scope_ids(svg: &str, dataset_id: &str, n: usize) -> String {
    let id = esc(&format!("chart-{dataset_id}"));
    svg.replacen(
        &format!("aria-labelledby=\"{id}-title {id}-desc\""),
        &format!("aria-labelledby=\"{id}-title-{n} {id}-desc-{n}\""),
        1,
    )
    .replacen(
        &format!("<title id=\"{id}-title\">"),
        &format!("<title id=\"{id}-title-{n}\">"),
        1,
    )
    .replacen(
        &format!("<desc id=\"{id}-desc\">"),
        &format!("<desc id=\"{id}-desc-{n}\">"),
        1,
    )
}

/// A chart as drawn, with what it plots: for the figures table and the CSV of the chart
/// kit (`render::chart_kit`), which must show exactly what the chart shows.
#[derive(Debug, Clone)]
pub struct Drawing {
    /// The inline `<svg>`.
    pub svg: String,
    /// The chart's message, as in its `<desc>`.
    pub message: String,
    /// The x axis' name ("Periode", "Provinsi").
    pub x_label: String,
    /// Each point's x label as drawn ("Maret 2018", "Aceh").
    pub labels: Vec<String>,
    pub series: Vec<DrawnSeries>,
    /// x holds periods or dates.
    pub time: bool,
    /// The one period categories are compared at ("2024"), when x holds categories.
    pub period: Option<String>,
}

/// One series of a [`Drawing`].
#[derive(Debug, Clone)]
pub struct DrawnSeries {
    pub label: String,
    /// The plotted values, one per label (`None`: no mark).
    pub values: Vec<Option<f64>>,
    /// The values as a reader sees them ("9,82 persen", "–").
    pub shown: Vec<String>,
}

/// The dataset's chart as an inline `<svg>`; `None` without a chart or without any value
/// to plot.
pub fn chart_svg(
    dataset: &Dataset,
    fmt: &Formatter,
    lang: &str,
    words: &ChartWords,
) -> Option<String> {
    chart_drawing(dataset, fmt, lang, words).map(|d| d.svg)
}

/// The dataset's chart and what it plots; `None` as for [`chart_svg`].
pub fn chart_drawing(
    dataset: &Dataset,
    fmt: &Formatter,
    lang: &str,
    words: &ChartWords,
) -> Option<Drawing> {
    let spec = dataset.chart.as_ref()?;
    let over_time = dataset.shape.period == Some(spec.x);
    let plot = match dataset.shape.kind {
        ShapeKind::Panel if over_time => shaped::over_time(dataset, spec, fmt, lang),
        ShapeKind::Panel | ShapeKind::CrossSection => shaped::categories(dataset, spec, fmt, lang),
        ShapeKind::TimeSeries => plot(dataset, spec, fmt, lang),
    }
    .filter(|p| p.finite().next().is_some())?;
    let horizontal = spec.kind == ChartKind::Bar
        && !plot.time
        && plot.labels.iter().any(|l| l.chars().count() > 10);
    // Categories are compared as bars whatever the chart type: a line between provinces
    // would say nothing.
    let (kind, (height, body)) = match spec.kind {
        _ if !plot.time && plot.series.len() == 1 => ("bar", draw::bars_ranked(&plot)),
        ChartKind::Line if plot.time => ("line", draw::line(&plot)),
        _ if horizontal || !plot.time => ("bar", draw::bars_horizontal(&plot)),
        _ => ("bar", draw::bars_vertical(&plot)),
    };
    let title = match &plot.period {
        Some(p) => format!("{}, {p}", dataset.title.get(lang)),
        None => dataset.title.get(lang).to_string(),
    };
    let id = esc(&format!("chart-{}", dataset.id));
    let message = description(&plot, words);
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"chart chart-type-{kind}\" font-size=\"{font}\">\
         <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>{body}</svg>",
        w = num(draw::WIDTH),
        h = num(height),
        font = num(draw::FONT),
        title = esc(&title),
        desc = esc(&message),
    );
    let x_label = dataset
        .columns
        .get(spec.x)
        .map(|c| c.label.get(lang).to_string())
        .unwrap_or_default();
    let series = plot
        .series
        .iter()
        .map(|s| DrawnSeries {
            label: s.label.clone(),
            values: s.values.clone(),
            shown: s
                .values
                .iter()
                .map(|v| match v {
                    Some(v) => plot.value(s, *v),
                    None => crate::i18n::format::MISSING.to_string(),
                })
                .collect(),
        })
        .collect();
    Some(Drawing {
        svg,
        message,
        x_label,
        labels: plot.labels.clone(),
        series,
        time: plot.time,
        period: plot.period.clone(),
    })
}

fn plot<'a>(
    dataset: &Dataset,
    spec: &crate::data::Chart,
    fmt: &'a Formatter,
    lang: &str,
) -> Option<Plot<'a>> {
    let x = dataset.columns.get(spec.x)?;
    let time = matches!(x.kind, ColumnType::Period | ColumnType::Date);
    // Rows without an x value have nowhere to go.
    let mut rows: Vec<_> = dataset
        .rows
        .iter()
        .filter_map(|r| Some((r.cells.get(spec.x).filter(|c| **c != Cell::Null)?, r)))
        .collect();
    if time {
        // Stable: rows of the same period keep the file's order.
        rows.sort_by(|a, b| position(a.0).total_cmp(&position(b.0)));
    }
    let labels = rows
        .iter()
        .map(|(cell, _)| match cell {
            Cell::Period { period, .. } => fmt.period(period),
            Cell::Date { date, .. } => fmt.date_short(*date),
            Cell::Number { value, .. } => fmt.number(*value, x.decimals),
            other => other.raw().unwrap_or_default().to_string(),
        })
        .collect();
    let positions = rows
        .iter()
        .enumerate()
        .map(|(i, (cell, _))| if time { position(cell) } else { i as f64 })
        .collect();
    let series: Vec<Series> = spec
        .y
        .iter()
        .filter_map(|&c| {
            let column = dataset.columns.get(c)?;
            Some(Series {
                label: column.label.get(lang).to_string(),
                unit: column.unit_for(lang),
                decimals: column.decimals,
                values: rows
                    .iter()
                    .map(|(_, r)| {
                        r.cells
                            .get(c)
                            .and_then(Cell::number)
                            .filter(|v| v.is_finite())
                    })
                    .collect(),
            })
        })
        .collect();
    let plot = Plot {
        fmt,
        time,
        labels,
        positions,
        series,
        period: None,
    };
    let any = plot.finite().next().is_some();
    any.then_some(plot)
}

/// A period's or date's place in time as a fractional year (a period at its middle).
fn position(cell: &Cell) -> f64 {
    fn year(d: Date) -> f64 {
        f64::from(d.year()) + f64::from(d.day_of_year() - 1) / f64::from(d.days_in_year())
    }
    match cell {
        Cell::Period { period, .. } => (year(period.start_date()) + year(period.end_date())) / 2.0,
        Cell::Date { date, .. } => year(*date),
        _ => 0.0,
    }
}

/// An 80×20 line of `values` (non-finite ones are gaps) with a dot on the last, for the data
/// index; decorative (`aria-hidden`), as the figure beside it says the same.
pub fn sparkline_svg(values: &[f64]) -> String {
    const W: f64 = 80.0;
    const H: f64 = 20.0;
    const PAD: f64 = 2.5;
    let finite = values.iter().copied().filter(|v| v.is_finite());
    let (lo, hi) = finite.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
        (lo.min(v), hi.max(v))
    });
    let x = axis::Scale {
        d0: 0.0,
        d1: values.len().saturating_sub(1) as f64,
        r0: PAD,
        r1: W - PAD,
    };
    let y = axis::Scale {
        d0: lo,
        d1: hi,
        r0: H - PAD,
        r1: PAD,
    };
    let mut d = String::new();
    let mut pen_down = false;
    let mut last = None;
    for (i, v) in values.iter().enumerate() {
        if !v.is_finite() {
            pen_down = false;
            continue;
        }
        let (px, py) = (x.at(i as f64), y.at(*v));
        d.push_str(&format!(
            "{}{} {}",
            if pen_down { "L" } else { "M" },
            num(px),
            num(py)
        ));
        pen_down = true;
        last = Some((px, py));
    }
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sparkline\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" aria-hidden=\"true\" focusable=\"false\">"
    );
    if !d.is_empty() {
        out.push_str(&format!("<path d=\"{d}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"));
    }
    if let Some((px, py)) = last {
        out.push_str(&format!(
            "<circle class=\"sparkline-end\" cx=\"{}\" cy=\"{}\" r=\"2\" fill=\"currentColor\"/>",
            num(px),
            num(py)
        ));
    }
    out.push_str("</svg>");
    out
}

// Tests live in chart/tests.rs to keep this file short.
#[cfg(test)]
mod tests;
