//! How large a chart's text is on a screen: the chart's viewBox is scaled to the width the
//! theme gives it, so text of `font` user units is `font × width / viewBox width` px.
//!
//! The width at a screen `V` px wide is the page column, `V` less twice the `.wrap` rule's
//! side padding at that width (`@media (min-width: ...)` blocks taken into account), capped
//! by any `max-width` in px or rem the theme sets on `.chart` or `.chart-figure`. A rem is
//! 16 px (the browser default). The text size is the chart's own `font-size` (the SVG
//! attribute) or a smaller `font-size` the theme sets on chart classes.

use cssparser::{Parser, ParserInput, Token};

use super::css::Rule;

/// The screen widths text size is checked at: a small phone and a laptop.
pub(crate) const SCREENS: [f64; 2] = [360.0, 1280.0];
/// The least text size at any of [`SCREENS`], in CSS px.
pub(crate) const MIN_TEXT_PX: f64 = 12.0;
const REM: f64 = 16.0;

/// A length in px: `1.5rem`, `24px`, `0`; `em` counts as rem (the root's size) unless
/// `em_px` is given.
fn length(value: &str, em_px: f64) -> Option<f64> {
    let mut input = ParserInput::new(value);
    let mut parser = Parser::new(&mut input);
    match parser.next().ok()? {
        Token::Dimension { value, unit, .. } => match unit.to_ascii_lowercase().as_str() {
            "px" => Some(f64::from(*value)),
            "rem" => Some(f64::from(*value) * REM),
            "em" => Some(f64::from(*value) * em_px),
            _ => None,
        },
        Token::Percentage { unit_value, .. } => Some(f64::from(*unit_value) * em_px),
        Token::Number { value, .. } if *value == 0.0 => Some(0.0),
        _ => None,
    }
}

/// True when `rule`'s media conditions hold on a screen `width` px wide; conditions other
/// than `min-width`/`max-width` (print, colour scheme, forced colours) do not count here.
fn holds_at(rule: &Rule, width: f64) -> bool {
    rule.media.iter().all(|m| {
        let compact: String = m.split_whitespace().collect();
        if compact.contains("print") || compact.contains("forced-colors") {
            return false;
        }
        let bound = |feature: &str| {
            let start = compact.find(feature)? + feature.len();
            let rest = &compact[start..];
            let end = rest.find(')').unwrap_or(rest.len());
            length(&rest[..end], REM)
        };
        bound("min-width:").is_none_or(|min| width >= min)
            && bound("max-width:").is_none_or(|max| width <= max)
    })
}

/// The side padding of the page column (`.wrap`) at `width`.
fn padding(rules: &[&Rule], width: f64) -> f64 {
    let mut pad = 0.0;
    for rule in rules
        .iter()
        .filter(|r| r.has_class("wrap") && holds_at(r, width))
    {
        for d in &rule.declarations {
            let parts: Vec<&str> = d.value.split_whitespace().collect();
            let side = match (d.name.as_str(), parts.as_slice()) {
                ("padding-inline" | "padding-left" | "padding-inline-start", [first, ..]) => {
                    length(first, REM)
                }
                ("padding", [_, second, ..]) => length(second, REM),
                ("padding", [only]) => length(only, REM),
                _ => None,
            };
            if let Some(side) = side {
                pad = side;
            }
        }
    }
    pad
}

/// The width the chart is drawn at on a screen `screen` px wide.
pub(crate) fn chart_width(rules: &[&Rule], screen: f64) -> f64 {
    let mut width = screen - 2.0 * padding(rules, screen);
    for rule in rules.iter().filter(|r| holds_at(r, screen)) {
        if !(rule.has_class("chart") || rule.has_class("chart-figure")) {
            continue;
        }
        for d in rule.declarations.iter().filter(|d| d.name == "max-width") {
            if let Some(max) = length(&d.value, REM) {
                width = width.min(max);
            }
        }
    }
    width
}

/// The smallest text size, in user units, the theme leaves a chart whose own text is `font`.
pub(crate) fn font_units(rules: &[&Rule], font: f64) -> f64 {
    const TEXT: [&str; 5] = [
        "chart",
        "chart-label",
        "chart-value",
        "chart-caption",
        "chart-legend",
    ];
    let mut smallest = font;
    for rule in rules.iter().filter(|r| TEXT.iter().any(|c| r.has_class(c))) {
        if rule.media.iter().any(|m| m.contains("print")) {
            continue;
        }
        for d in rule.declarations.iter().filter(|d| d.name == "font-size") {
            if let Some(size) = length(&d.value, font) {
                smallest = smallest.min(size);
            }
        }
    }
    smallest
}

/// Text of `font` user units in a viewBox `view_width` wide, in px at `screen`.
pub(crate) fn text_px(rules: &[&Rule], font: f64, view_width: f64, screen: f64) -> f64 {
    font_units(rules, font) * chart_width(rules, screen) / view_width
}
