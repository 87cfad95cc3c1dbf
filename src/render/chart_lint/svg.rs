//! What the lint reads from one chart's SVG: its viewBox width, its smallest text size, its
//! `<desc>`, and how each series looks without colour (dash pattern and marker shape).

use std::collections::BTreeMap;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

/// How a series is told apart without colour.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Encoding {
    /// The line's `stroke-dasharray` ("" for solid); `None` when the series has no line.
    pub dash: Option<String>,
    /// The marker's shape: element name and, for a path, its number of corners.
    pub marker: Option<String>,
}

/// The facts of one chart.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Facts {
    pub view_width: Option<f64>,
    /// The smallest `font-size` attribute, in user units.
    pub font: Option<f64>,
    /// The text of `<desc>`, `None` without one.
    pub desc: Option<String>,
    /// Series number (1-based, from `chart-series-N`) → its encoding.
    pub series: BTreeMap<usize, Encoding>,
}

fn attr(e: &BytesStart, key: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == key)
        .map(|a| a.value.into_owned())
}

fn series_number(class: &str) -> Option<usize> {
    class
        .split_whitespace()
        .find_map(|c| c.strip_prefix("chart-series-")?.parse().ok())
}

fn has_class(class: &str, name: &str) -> bool {
    class.split_whitespace().any(|c| c == name)
}

/// Read `svg`; malformed markup ends the reading where it breaks (terang wrote it).
pub(crate) fn facts(svg: &str) -> Facts {
    let mut facts = Facts::default();
    let mut reader = Reader::from_str(svg);
    // The series each open element belongs to, and whether it is inside <desc>.
    let mut stack: Vec<(Option<usize>, bool)> = Vec::new();
    loop {
        let (e, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(_)) => {
                stack.pop();
                continue;
            }
            Ok(Event::Text(t)) => {
                if stack.last().is_some_and(|(_, in_desc)| *in_desc) {
                    let text = t.xml10_content().into_owned();
                    facts.desc.get_or_insert_default().push_str(&text);
                }
                continue;
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => continue,
        };
        let name = e.name().as_ref().to_string();
        let class = attr(&e, "class").unwrap_or_default();
        let parent = stack.last().and_then(|(s, _)| *s);
        let series = series_number(&class).or(parent);
        if name == "svg" && facts.view_width.is_none() {
            facts.view_width = attr(&e, "viewBox")
                .and_then(|v| v.split_whitespace().nth(2).and_then(|w| w.parse().ok()));
        }
        if let Some(size) = attr(&e, "font-size").and_then(|s| s.parse::<f64>().ok()) {
            facts.font = Some(facts.font.map_or(size, |f: f64| f.min(size)));
        }
        if name == "desc" {
            facts.desc.get_or_insert_default();
        }
        if let Some(n) = series {
            let encoding = facts.series.entry(n).or_default();
            if has_class(&class, "chart-line") && encoding.dash.is_none() {
                encoding.dash = Some(attr(&e, "stroke-dasharray").unwrap_or_default());
            }
            let is_marker = has_class(&class, "chart-mark") || has_class(&class, "chart-symbol");
            if is_marker && encoding.marker.is_none() {
                let corners = attr(&e, "d").map(|d| d.matches('L').count());
                encoding.marker = Some(match corners {
                    Some(c) => format!("{name}/{c}"),
                    None => name.clone(),
                });
            }
        }
        if !empty {
            stack.push((series, name == "desc"));
        }
    }
    facts
}

/// Pairs of series (numbers) that look the same without colour.
pub(crate) fn alike(facts: &Facts) -> Vec<(usize, usize)> {
    let series: Vec<(&usize, &Encoding)> = facts.series.iter().collect();
    let mut out = Vec::new();
    for (i, (a, ea)) in series.iter().enumerate() {
        for (b, eb) in &series[i + 1..] {
            if ea == eb {
                out.push((**a, **b));
            }
        }
    }
    out
}
