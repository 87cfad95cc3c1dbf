//! Bar charts: vertical bars for time (periods and dates) and short category labels,
//! horizontal bars with each category's label above its bars for long names.

use super::*;

/// The value axis of a bar chart: always from zero.
pub(super) fn bar_ticks(plot: &Plot) -> Ticks {
    let (min, max) = plot
        .finite()
        .fold((0.0, 0.0), |(lo, hi): (f64, f64), v| (lo.min(v), hi.max(v)));
    nice_ticks(min, max)
}

pub fn bars_vertical(plot: &Plot) -> (f64, String) {
    let mut out = String::new();
    let several = plot.series.len() > 1;
    let top = header(plot, false, &mut out) + if several { 14.0 } else { FONT + 6.0 };
    let ticks = bar_ticks(plot);
    let labels = tick_labels(plot, &ticks);
    let left = widest(&labels) + 12.0;
    let right = WIDTH - 4.0;
    let bottom = top + PLOT_HEIGHT;
    let y = Scale {
        d0: ticks.first(),
        d1: ticks.last(),
        r0: bottom,
        r1: top,
    };
    let n = plot.labels.len().max(1) as f64;
    let band = (right - left) / n;
    let group = band * 0.7;
    let bar = group / plot.series.len().max(1) as f64;
    let centres: Vec<f64> = (0..plot.labels.len())
        .map(|i| left + band * (i as f64 + 0.5))
        .collect();

    y_axis(&mut out, &ticks, &labels, y, left, right);
    for (i, s) in plot.series.iter().enumerate() {
        out.push_str(&series_group(i));
        for (j, v) in s.values.iter().enumerate() {
            let Some(v) = *v else { continue };
            let x0 = centres[j] - group / 2.0 + bar * i as f64;
            let (y0, y1) = (y.at(v).min(y.at(0.0)), y.at(v).max(y.at(0.0)));
            out.push_str(&format!(
                "<rect class=\"chart-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>",
                num(x0),
                num(y0),
                num(bar),
                num(y1 - y0),
                esc(&plot.mark_title(s, j, v))
            ));
            if several {
                let end = if v >= 0.0 {
                    y.at(v) - 8.0
                } else {
                    y.at(v) + 8.0
                };
                out.push_str(&marker(i, x0 + bar / 2.0, end, "chart-symbol", None));
            }
        }
        out.push_str("</g>");
    }
    axis_line(
        &mut out,
        &format!("M{} {}H{}", num(left), num(y.at(0.0)), num(right)),
    );
    if let [only] = plot.series.as_slice() {
        // Figures on the bars only if every one fits its band: all or none reads better.
        let figures: Vec<Option<String>> = only
            .values
            .iter()
            .map(|v| v.map(|v| plot.fmt.number(v, only.decimals)))
            .collect();
        if figures
            .iter()
            .flatten()
            .all(|f| text_width(f, FONT) <= band - 4.0)
        {
            out.push_str("<g class=\"chart-label chart-value\" text-anchor=\"middle\" fill=\"currentColor\">");
            for (j, (v, f)) in only.values.iter().zip(&figures).enumerate() {
                if let (Some(v), Some(f)) = (v, f) {
                    let at = if *v >= 0.0 {
                        y.at(*v) - 6.0
                    } else {
                        y.at(*v) + FONT + 2.0
                    };
                    out.push_str(&text(centres[j], at, f));
                }
            }
            out.push_str("</g>");
        }
    }
    x_labels(&mut out, plot, &centres, bottom + FONT + 10.0);
    (bottom + FONT + 16.0, out)
}

/// One category per block: its label (wrapped, full width) above one bar per series, so
/// long names like "Kepulauan Bangka Belitung" need neither truncating nor a margin.
pub fn bars_horizontal(plot: &Plot) -> (f64, String) {
    let mut out = String::new();
    let several = plot.series.len() > 1;
    let top = header(plot, false, &mut out) + 4.0;
    let ticks = bar_ticks(plot);
    let tick_text = tick_labels(plot, &ticks);
    let figures: Vec<Vec<Option<String>>> = plot
        .series
        .iter()
        .map(|s| {
            s.values
                .iter()
                .map(|v| v.map(|v| plot.fmt.number(v, s.decimals)))
                .collect()
        })
        .collect();
    let figure_width = figures
        .iter()
        .flatten()
        .flatten()
        .map(|f| text_width(f, FONT))
        .fold(0.0, f64::max);
    let symbol = if several { 16.0 } else { 0.0 };
    // Room for figures after positive bars, and before negative ones.
    let left = if ticks.first() < 0.0 {
        figure_width + symbol + 8.0
    } else {
        2.0
    };
    let right = WIDTH - figure_width - symbol - 8.0;
    let x = Scale {
        d0: ticks.first(),
        d1: ticks.last(),
        r0: left,
        r1: right,
    };

    let mut y = top;
    let mut blocks = Vec::new();
    for label in &plot.labels {
        let lines = wrap(label, WIDTH, FONT);
        blocks.push((y, lines.len()));
        y += LINE * lines.len() as f64 + 4.0 + BAR * plot.series.len() as f64 + 14.0;
    }
    let bottom = y - 6.0;
    let d: String = ticks
        .values
        .iter()
        .map(|&t| format!("M{} {}V{}", num(x.at(t)), num(top), num(bottom)))
        .collect();
    out.push_str(&format!("<path class=\"chart-grid\" d=\"{d}\" fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>"));
    out.push_str("<g class=\"chart-label\" fill=\"currentColor\">");
    for (label, &(y0, _)) in plot.labels.iter().zip(&blocks) {
        for (k, l) in wrap(label, WIDTH, FONT).iter().enumerate() {
            out.push_str(&text(1.0, y0 + FONT + LINE * k as f64, l));
        }
    }
    out.push_str("</g>");
    let bar_top =
        |j: usize, i: usize| blocks[j].0 + LINE * blocks[j].1 as f64 + 4.0 + BAR * i as f64;
    for (i, s) in plot.series.iter().enumerate() {
        out.push_str(&series_group(i));
        for (j, v) in s.values.iter().enumerate() {
            let Some(v) = *v else { continue };
            let (x0, x1) = (x.at(v).min(x.at(0.0)), x.at(v).max(x.at(0.0)));
            out.push_str(&format!(
                "<rect class=\"chart-bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}</title></rect>",
                num(x0),
                num(bar_top(j, i)),
                num(x1 - x0),
                num(BAR - 3.0),
                esc(&plot.mark_title(s, j, v))
            ));
            if several {
                let end = if v >= 0.0 {
                    x.at(v) + 9.0
                } else {
                    x.at(v) - 9.0
                };
                out.push_str(&marker(
                    i,
                    end,
                    bar_top(j, i) + (BAR - 3.0) / 2.0,
                    "chart-symbol",
                    None,
                ));
            }
        }
        out.push_str("</g>");
    }
    out.push_str("<g class=\"chart-label chart-value\" fill=\"currentColor\">");
    for (i, (s, fs)) in plot.series.iter().zip(&figures).enumerate() {
        for (j, (v, f)) in s.values.iter().zip(fs).enumerate() {
            if let (Some(v), Some(f)) = (v, f) {
                let baseline = bar_top(j, i) + BAR - 5.0;
                let (at, anchor) = if *v >= 0.0 {
                    (x.at(*v) + symbol + 6.0, "start")
                } else {
                    (x.at(*v) - symbol - 6.0, "end")
                };
                out.push_str(&format!(
                    "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\">{}</text>",
                    num(at),
                    num(baseline),
                    esc(f)
                ));
            }
        }
    }
    out.push_str("</g>");
    axis_line(
        &mut out,
        &format!("M{} {}V{}", num(x.at(0.0)), num(top), num(bottom)),
    );
    // Value ticks under the blocks, thinned like category labels.
    let widths: Vec<f64> = tick_text.iter().map(|t| text_width(t, FONT)).collect();
    let centres: Vec<f64> = ticks.values.iter().map(|&t| x.at(t)).collect();
    out.push_str("<g class=\"chart-label\" text-anchor=\"middle\" fill=\"currentColor\">");
    for (k, c) in thin(&centres, &widths, 0.0, WIDTH, GAP) {
        out.push_str(&text(c, bottom + FONT + 6.0, &tick_text[k]));
    }
    out.push_str("</g>");
    (bottom + FONT + 12.0, out)
}
