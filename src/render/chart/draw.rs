//! Drawing a [`Plot`] as SVG elements: the caption or legend, then a line chart, vertical
//! bars (time, short labels) or horizontal bars (long category labels, each above its bars).
//! Every function returns the content's height and its markup.

use super::axis::{Scale, Ticks, esc, nice_ticks, num, text_width, thin, wrap};
use super::{Plot, Series};

mod bars;
mod ranked;

pub use bars::{bars_horizontal, bars_vertical};
pub use ranked::bars_ranked;

/// Width of every chart's viewBox, in user units.
pub const WIDTH: f64 = 480.0;
/// Text size in user units (see "Sizing" in the module docs).
pub const FONT: f64 = 18.0;
/// Baseline-to-baseline distance of stacked text.
const LINE: f64 = 24.0;
/// Height of the plotting area of line and vertical bar charts.
const PLOT_HEIGHT: f64 = 200.0;
/// Thickness of one horizontal bar.
const BAR: f64 = 18.0;
/// Least room between two labels.
const GAP: f64 = 10.0;

/// Dash patterns by series, so lines differ without colour (series 1 is solid).
const DASHES: [&str; 4] = ["", "8 5", "2 4", "12 4 2 4"];

/// The series' marker shape (circle, square, triangle, diamond) centred at `x`,`y`, with
/// `title` as hover text.
fn marker(series: usize, x: f64, y: f64, class: &str, title: Option<&str>) -> String {
    let (tag, geometry) = match series % 4 {
        0 => (
            "circle",
            format!("cx=\"{}\" cy=\"{}\" r=\"5\"", num(x), num(y)),
        ),
        1 => (
            "rect",
            format!(
                "x=\"{}\" y=\"{}\" width=\"9\" height=\"9\"",
                num(x - 4.5),
                num(y - 4.5)
            ),
        ),
        2 => (
            "path",
            format!(
                "d=\"M{} {}L{} {}L{} {}Z\"",
                num(x),
                num(y - 6.0),
                num(x + 6.0),
                num(y + 4.5),
                num(x - 6.0),
                num(y + 4.5)
            ),
        ),
        _ => (
            "path",
            format!(
                "d=\"M{} {}L{} {}L{} {}L{} {}Z\"",
                num(x),
                num(y - 6.5),
                num(x + 6.5),
                num(y),
                num(x),
                num(y + 6.5),
                num(x - 6.5),
                num(y)
            ),
        ),
    };
    match title {
        Some(t) => format!(
            "<{tag} class=\"{class}\" {geometry}><title>{}</title></{tag}>",
            esc(t)
        ),
        None => format!("<{tag} class=\"{class}\" {geometry}/>"),
    }
}

/// Opening tag of series `i`'s group (0-based), with unstyled defaults.
fn series_group(i: usize) -> String {
    format!(
        "<g class=\"chart-series chart-series-{}\" fill=\"currentColor\" stroke=\"currentColor\">",
        i + 1
    )
}

fn line_attrs(i: usize) -> String {
    let dash = DASHES[i % DASHES.len()];
    let dash = if dash.is_empty() {
        String::new()
    } else {
        format!(" stroke-dasharray=\"{dash}\"")
    };
    format!(
        "class=\"chart-line\" fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\"{dash}"
    )
}

fn text(x: f64, y: f64, content: &str) -> String {
    format!(
        "<text x=\"{}\" y=\"{}\">{}</text>",
        num(x),
        num(y),
        esc(content)
    )
}

/// The measure's name (one series) or a legend (several) across the top; returns the
/// height it takes.
fn header(plot: &Plot, line: bool, out: &mut String) -> f64 {
    if let [only] = plot.series.as_slice() {
        let lines = wrap(&only.label, WIDTH, FONT);
        out.push_str("<g class=\"chart-label chart-caption\" fill=\"currentColor\">");
        for (i, l) in lines.iter().enumerate() {
            out.push_str(&text(0.0, FONT + LINE * i as f64, l));
        }
        out.push_str("</g>");
        return LINE * lines.len() as f64 + 10.0;
    }
    // Items flow left to right and wrap; a swatch is the series' line or bar plus its marker.
    const SWATCH: f64 = 34.0;
    out.push_str("<g class=\"chart-legend\">");
    let (mut x, mut row) = (0.0, 0.0);
    for (i, s) in plot.series.iter().enumerate() {
        let lines = wrap(&s.label, WIDTH - SWATCH, FONT);
        let width = SWATCH
            + lines
                .iter()
                .map(|l| text_width(l, FONT))
                .fold(0.0, f64::max);
        if x > 0.0 && (x + width > WIDTH || lines.len() > 1) {
            x = 0.0;
            row += 1.0;
        }
        let (top, mid) = (row * LINE, row * LINE + FONT * 0.65);
        out.push_str(&series_group(i));
        if line {
            out.push_str(&format!(
                "<path {} d=\"M{} {}h26\"/>",
                line_attrs(i),
                num(x),
                num(mid)
            ));
        } else {
            out.push_str(&format!(
                "<rect class=\"chart-bar\" x=\"{}\" y=\"{}\" width=\"26\" height=\"8\"/>",
                num(x),
                num(mid + 2.0)
            ));
        }
        out.push_str(&marker(
            i,
            x + 13.0,
            if line { mid } else { mid - 4.0 },
            if line { "chart-mark" } else { "chart-symbol" },
            None,
        ));
        out.push_str("</g><g class=\"chart-label\" fill=\"currentColor\">");
        for (j, l) in lines.iter().enumerate() {
            out.push_str(&text(x + SWATCH, top + FONT + LINE * j as f64, l));
        }
        out.push_str("</g>");
        row += (lines.len() - 1) as f64;
        x = if lines.len() > 1 {
            WIDTH
        } else {
            x + width + 2.0 * GAP
        };
    }
    out.push_str("</g>");
    (row + 1.0) * LINE + 10.0
}

/// Value ticks as text: localized, with the decimals the step needs.
fn tick_labels(plot: &Plot, ticks: &Ticks) -> Vec<String> {
    ticks
        .values
        .iter()
        .map(|&t| plot.fmt.number(t, ticks.decimals))
        .collect()
}

/// Grid lines and labels of a vertical value axis whose labels end at `left - 8`.
fn y_axis(out: &mut String, ticks: &Ticks, labels: &[String], y: Scale, left: f64, right: f64) {
    let d: String = ticks
        .values
        .iter()
        .map(|&t| format!("M{} {}H{}", num(left), num(y.at(t)), num(right)))
        .collect();
    out.push_str(&format!("<path class=\"chart-grid\" d=\"{d}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>"));
    out.push_str("<g class=\"chart-label\" text-anchor=\"end\" fill=\"currentColor\">");
    for (&t, label) in ticks.values.iter().zip(labels) {
        out.push_str(&text(left - 8.0, y.at(t) + FONT * 0.35, label));
    }
    out.push_str("</g>");
}

fn axis_line(out: &mut String, d: &str) {
    out.push_str(&format!(
        "<path class=\"chart-axis\" d=\"{d}\" fill=\"none\" stroke=\"currentColor\"/>"
    ));
}

/// Category or period labels centred under `centres`, thinned so none overlap.
fn x_labels(out: &mut String, plot: &Plot, centres: &[f64], y: f64) {
    let widths: Vec<f64> = plot.labels.iter().map(|l| text_width(l, FONT)).collect();
    out.push_str("<g class=\"chart-label\" text-anchor=\"middle\" fill=\"currentColor\">");
    for (i, c) in thin(centres, &widths, 0.0, WIDTH, GAP) {
        out.push_str(&text(c, y, &plot.labels[i]));
    }
    out.push_str("</g>");
}

fn widest(labels: &[String]) -> f64 {
    labels
        .iter()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max)
}

/// The last value of each series as a short figure ("9,22").
fn last_values(plot: &Plot) -> Vec<Option<(usize, f64, String)>> {
    let figure = |s: &Series, v: f64| plot.fmt.number(v, s.decimals);
    plot.series
        .iter()
        .map(|s| {
            s.values
                .iter()
                .enumerate()
                .rev()
                .find_map(|(i, v)| v.map(|v| (i, v, figure(s, v))))
        })
        .collect()
}

pub fn line(plot: &Plot) -> (f64, String) {
    let mut out = String::new();
    let top = header(plot, true, &mut out) + FONT * 0.5;
    let (min, max) = plot
        .finite()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    let range = max - min;
    // A little air above and below; zero joins the axis only when the values are near it,
    // so a line from 10.64 to 9.22 shows its fall instead of a flat line near the top.
    let (mut lo, mut hi) = (min - range * 0.05, max + range * 0.05);
    if min >= 0.0 && min <= range * 0.5 {
        lo = 0.0;
    }
    if max <= 0.0 && -max <= range * 0.5 {
        hi = 0.0;
    }
    let ticks = nice_ticks(lo, hi);
    let labels = tick_labels(plot, &ticks);
    let ends = last_values(plot);
    let left = widest(&labels) + 12.0;
    let end_width = ends
        .iter()
        .flatten()
        .map(|(.., t)| text_width(t, FONT))
        .fold(0.0, f64::max);
    let right = WIDTH - end_width - 14.0;
    let bottom = top + PLOT_HEIGHT;
    let y = Scale {
        d0: ticks.first(),
        d1: ticks.last(),
        r0: bottom,
        r1: top,
    };
    let first = plot.positions.first().copied().unwrap_or(0.0);
    let last = plot.positions.last().copied().unwrap_or(0.0);
    // Inset so the end markers clear the axis labels.
    let x = Scale {
        d0: first,
        d1: last,
        r0: left + 10.0,
        r1: right - 8.0,
    };
    let centres: Vec<f64> = plot.positions.iter().map(|&p| x.at(p)).collect();

    y_axis(&mut out, &ticks, &labels, y, left, right);
    axis_line(
        &mut out,
        &format!("M{} {}H{}", num(left), num(bottom), num(right)),
    );
    for (i, s) in plot.series.iter().enumerate() {
        out.push_str(&series_group(i));
        let mut d = String::new();
        let mut pen_down = false;
        for (j, v) in s.values.iter().enumerate() {
            match v {
                Some(v) => {
                    d.push_str(&format!(
                        "{}{} {}",
                        if pen_down { "L" } else { "M" },
                        num(centres[j]),
                        num(y.at(*v))
                    ));
                    pen_down = true;
                }
                // A missing value breaks the line.
                None => pen_down = false,
            }
        }
        out.push_str(&format!("<path {} d=\"{d}\"/>", line_attrs(i)));
        for (j, v) in s.values.iter().enumerate() {
            if let Some(v) = v {
                out.push_str(&marker(
                    i,
                    centres[j],
                    y.at(*v),
                    "chart-mark",
                    Some(&plot.mark_title(s, j, *v)),
                ));
            }
        }
        out.push_str("</g>");
    }
    values_on_line(&mut out, plot, &ends, &centres, y);
    x_labels(&mut out, plot, &centres, bottom + FONT + 10.0);
    (bottom + FONT + 16.0, out)
}

/// Direct labels: each series' last figure right of its last point where they do not
/// collide, and for a single series also the first figure, away from the line.
fn values_on_line(
    out: &mut String,
    plot: &Plot,
    ends: &[Option<(usize, f64, String)>],
    centres: &[f64],
    y: Scale,
) {
    out.push_str("<g class=\"chart-label chart-value\" fill=\"currentColor\">");
    let mut placed: Vec<f64> = Vec::new();
    let mut order: Vec<&(usize, f64, String)> = ends.iter().flatten().collect();
    order.sort_by(|a, b| y.at(a.1).total_cmp(&y.at(b.1)));
    for (i, v, figure) in order {
        let at = y.at(*v) + FONT * 0.35;
        if placed.iter().all(|p| (p - at).abs() >= FONT) {
            out.push_str(&text(centres[*i] + 10.0, at, figure));
            placed.push(at);
        }
    }
    if let [only] = plot.series.as_slice() {
        let mut points = only
            .values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i, (*v)?)));
        if let (Some((i, v)), Some((_, next))) = (points.next(), points.next()) {
            // Above the point when the line goes down from it, below when it goes up, and
            // to the right, away from the axis labels: the side the line leaves free.
            let at = if next <= v {
                y.at(v) - 12.0
            } else {
                y.at(v) + FONT + 8.0
            };
            out.push_str(&text(
                centres[i] - 4.0,
                at,
                &plot.fmt.number(v, only.decimals),
            ));
        }
    }
    out.push_str("</g>");
}
