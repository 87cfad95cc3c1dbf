//! The chart's message in words: how each series moved over time, or its highest and lowest
//! category, from the theme's sentence patterns ([`ChartWords`]).

use super::{ChartWords, Plot, Series};

/// The chart's message: one sentence per series.
pub(super) fn description(plot: &Plot, words: &ChartWords) -> String {
    let several = plot.series.len() > 1;
    let sentences: Vec<String> = plot
        .series
        .iter()
        .filter_map(|s| {
            let sentence = sentence(plot, s, words)?;
            let sentence = if several {
                fill(
                    &words.series,
                    &[("label", &s.label), ("sentence", &sentence)],
                )
            } else {
                sentence
            };
            Some(if sentence.ends_with(['.', '!', '?']) {
                sentence
            } else {
                format!("{sentence}.")
            })
        })
        .collect();
    sentences.join(" ")
}

fn sentence(plot: &Plot, s: &Series, words: &ChartWords) -> Option<String> {
    let points: Vec<(usize, f64)> = s
        .values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| Some((i, (*v)?)))
        .collect();
    let (&(i0, first), &(i1, last)) = (points.first()?, points.last()?);
    let value = |v| plot.value(s, v);
    let label = |i: usize| plot.labels[i].as_str();
    if points.len() == 1 {
        return Some(fill(
            &words.single,
            &[("to", &value(last)), ("to_period", label(i1))],
        ));
    }
    if plot.time {
        // "Unchanged" means the figures as a reader sees them are equal.
        let pattern = if plot.fmt.number(first, s.decimals) == plot.fmt.number(last, s.decimals) {
            &words.unchanged
        } else if last > first {
            &words.up
        } else {
            &words.down
        };
        return Some(fill(
            pattern,
            &[
                ("from", &value(first)),
                ("from_period", label(i0)),
                ("to", &value(last)),
                ("to_period", label(i1)),
            ],
        ));
    }
    // Categories: the first of the highest and of the lowest.
    let max = points
        .iter()
        .fold(points[0], |m, p| if p.1 > m.1 { *p } else { m });
    let min = points
        .iter()
        .fold(points[0], |m, p| if p.1 < m.1 { *p } else { m });
    let period = plot.period.as_deref().unwrap_or_default();
    let sentence = fill(
        &words.range,
        &[
            ("max", &value(max.1)),
            ("max_label", label(max.0)),
            ("min", &value(min.1)),
            ("min_label", label(min.0)),
            ("period", period),
        ],
    );
    // The period belongs in the message; a theme's pattern may predate `{period}`.
    Some(
        if period.is_empty() || words.range.contains("{period}") || plot.series.len() > 1 {
            sentence
        } else {
            format!("{}, {period}", sentence.trim_end_matches('.'))
        },
    )
}

/// `pattern` with each `{name}` replaced, in one pass (a value containing `{to}` stays).
pub(super) fn fill(pattern: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(k, _)| *k == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match found {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
