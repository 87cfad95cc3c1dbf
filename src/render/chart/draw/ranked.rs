//! Categories compared at one period (a cross-section, or a panel at its latest period):
//! one compact row per category, its label at the left (wrapped when long), its bar, and its
//! figure after the bar. 38 provinces stay within about one and a half phone screens.

use super::*;

/// Share of the width the category labels may take before they wrap.
const LABEL_SHARE: f64 = 0.4;

/// A single series of sorted categories as rows of label, bar and figure.
pub fn bars_ranked(plot: &Plot) -> (f64, String) {
    let mut out = String::new();
    let top = header(plot, false, &mut out) + 4.0;
    let Some(series) = plot.series.first() else {
        return (top, out);
    };
    let mut ticks = super::bars::bar_ticks(plot);
    // The bars use the whole width: the scale ends at the data, not at the next tick.
    let (lo, hi) = plot
        .finite()
        .fold((0.0, 0.0), |(lo, hi): (f64, f64), v| (lo.min(v), hi.max(v)));
    let (lo, hi) = if lo < hi {
        (lo, hi)
    } else {
        (ticks.first(), ticks.last())
    };
    ticks.values.retain(|t| (lo - 1e-9..=hi + 1e-9).contains(t));
    let tick_text = tick_labels(plot, &ticks);
    let figures: Vec<Option<String>> = series
        .values
        .iter()
        .map(|v| v.map(|v| plot.fmt.number(v, series.decimals)))
        .collect();
    let figure_width = figures
        .iter()
        .flatten()
        .map(|f| text_width(f, FONT))
        .fold(0.0, f64::max);
    let lines: Vec<Vec<String>> = plot
        .labels
        .iter()
        .map(|l| wrap(l, WIDTH * LABEL_SHARE, FONT))
        .collect();
    let label_width = lines
        .iter()
        .flatten()
        .map(|l| text_width(l, FONT))
        .fold(0.0, f64::max);
    let left = label_width + 8.0;
    let x = Scale {
        d0: lo,
        d1: hi,
        r0: left,
        r1: WIDTH - figure_width - 8.0,
    };
    // Each row: as tall as its label, the bar centred on the label's first line.
    let mut rows = Vec::with_capacity(lines.len());
    let mut y = top;
    for l in &lines {
        rows.push(y);
        y += LINE * l.len().max(1) as f64 + 6.0;
    }
    let bottom = y;
    let d: String = ticks
        .values
        .iter()
        .map(|&t| format!("M{} {}V{}", num(x.at(t)), num(top), num(bottom)))
        .collect();
    out.push_str(&format!("<path class=\"chart-grid\" d=\"{d}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>"));
    out.push_str("<g class=\"chart-label\" fill=\"currentColor\">");
    for (l, &y0) in lines.iter().zip(&rows) {
        for (k, line) in l.iter().enumerate() {
            out.push_str(&text(0.0, y0 + FONT + LINE * k as f64, line));
        }
    }
    out.push_str("</g>");
    out.push_str(&series_group(0));
    for (j, v) in series.values.iter().enumerate() {
        let Some(v) = *v else { continue };
        let (x0, x1) = (x.at(v).min(x.at(0.0)), x.at(v).max(x.at(0.0)));
        out.push_str(&format!(
            "<rect class=\"chart-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>",
            num(x0),
            num(rows[j] + 5.0),
            num(x1 - x0),
            num(BAR - 2.0),
            esc(&plot.mark_title(series, j, v))
        ));
    }
    out.push_str("</g><g class=\"chart-label chart-value\" fill=\"currentColor\">");
    for (j, (v, f)) in series.values.iter().zip(&figures).enumerate() {
        if let (Some(v), Some(f)) = (v, f) {
            let end = x.at(*v).max(x.at(0.0));
            out.push_str(&text(end + 6.0, rows[j] + FONT, f));
        }
    }
    out.push_str("</g>");
    axis_line(
        &mut out,
        &format!("M{} {}V{}", num(x.at(0.0)), num(top), num(bottom)),
    );
    let widths: Vec<f64> = tick_text.iter().map(|t| text_width(t, FONT)).collect();
    let centres: Vec<f64> = ticks.values.iter().map(|&t| x.at(t)).collect();
    out.push_str("<g class=\"chart-label\" text-anchor=\"middle\" fill=\"currentColor\">");
    for (k, c) in thin(&centres, &widths, left, WIDTH, GAP) {
        out.push_str(&text(c, bottom + FONT + 6.0, &tick_text[k]));
    }
    out.push_str("</g>");
    (bottom + FONT + 12.0, out)
}
