//! The lint over the default theme (its figures are pinned: docs/datasets.md quotes them)
//! and over palettes made to fail.

use super::colour::{Paint, Rgb, contrast, paint};
use super::css::{self, Rule};
use super::palette::{self, Mode, Role};
use super::{layout, svg};
use std::collections::BTreeMap;

fn default_css() -> String {
    let file = super::super::theme::DEFAULT_THEME
        .get_file("static/terang.css")
        .expect("the default theme has terang.css");
    String::from_utf8(file.contents().to_vec()).expect("UTF-8")
}

fn ratios(css: &str, mode: Mode) -> Vec<(String, f64)> {
    let rules = css::rules(css);
    let indexed: Vec<(usize, &Rule)> = rules.iter().map(|r| (0, r)).collect();
    palette::pairs(&indexed, mode)
        .into_iter()
        .map(|p| {
            (
                p.name.clone(),
                (p.ratio.unwrap_or_else(|| panic!("{p:?}")) * 100.0).round() / 100.0,
            )
        })
        .collect()
}

fn failures(css: &str) -> Vec<String> {
    let rules = css::rules(css);
    let indexed: Vec<(usize, &Rule)> = rules.iter().map(|r| (0, r)).collect();
    palette::modes(&indexed)
        .into_iter()
        .flat_map(|m| palette::pairs(&indexed, m))
        .filter(|p| p.fails())
        .map(|p| format!("{:?} {} {:.2}", p.mode, p.name, p.ratio.unwrap_or(0.0)))
        .collect()
}

#[test]
fn wcag_contrast_of_black_on_white_is_21() {
    assert!((contrast(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast(Rgb(9, 9, 9), Rgb(9, 9, 9)) - 1.0).abs() < 1e-9);
}

#[test]
fn default_palette_figures_are_the_documented_ones() {
    let light = ratios(&default_css(), Mode::Light);
    let expected = [
        ("--chart-1", 6.53),
        ("--chart-2", 5.50),
        ("--chart-3", 5.12),
        ("--chart-axis", 5.91),
        ("--chart-grid", 1.28),
        ("--text", 16.56),
        ("--muted", 7.56),
    ];
    let got: Vec<(&str, f64)> = light.iter().map(|(n, r)| (n.as_str(), *r)).collect();
    assert_eq!(got, expected, "light mode");
    let dark = ratios(&default_css(), Mode::Dark);
    let expected = [
        ("--chart-1", 8.46),
        ("--chart-2", 9.73),
        ("--chart-3", 10.26),
        ("--chart-axis", 6.16),
        ("--chart-grid", 1.48),
        ("--text", 15.45),
        ("--muted", 8.80),
    ];
    let got: Vec<(&str, f64)> = dark.iter().map(|(n, r)| (n.as_str(), *r)).collect();
    assert_eq!(got, expected, "dark mode");
}

#[test]
fn default_theme_passes_the_lint_in_every_mode() {
    let css = default_css();
    assert_eq!(failures(&css), Vec::<String>::new());
    let rules = css::rules(&css);
    let indexed: Vec<(usize, &Rule)> = rules.iter().map(|r| (0, r)).collect();
    assert_eq!(palette::modes(&indexed), [Mode::Light, Mode::Dark]);
    assert!(palette::forced_colours(&indexed).is_empty());
}

#[test]
fn a_lighter_default_series_colour_fails_in_light_mode() {
    // --chart-1 #0a5fa8 made lighter: #8fbde6 is 1.98:1 on white.
    let css = default_css().replacen("--chart-1: #0a5fa8", "--chart-1: #8fbde6", 1);
    assert_eq!(failures(&css), ["Light --chart-1 1.98"]);
}

#[test]
fn a_darker_dark_mode_colour_fails_in_dark_mode_only() {
    let css = default_css().replacen("--chart-2: #ffa866", "--chart-2: #6b3a12", 1);
    let failed = failures(&css);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0].starts_with("Dark --chart-2 "), "{failed:?}");
}

#[test]
fn faint_chart_text_fails_at_four_and_a_half() {
    let css = ":root { --bg: #fff; --chart-1: #000; }\n.chart-label { fill: #949494; }";
    // #949494 on white is 3.03:1: enough for a mark, not for text.
    assert_eq!(failures(css), ["Light #949494 3.03"]);
}

#[test]
fn grid_lines_are_measured_but_exempt() {
    let css = ":root { --bg: #fff; --chart-1: #000; --chart-grid: #f4f4f4; }";
    let rules = css::rules(css);
    let indexed: Vec<(usize, &Rule)> = rules.iter().map(|r| (0, r)).collect();
    let pairs = palette::pairs(&indexed, Mode::Light);
    let grid = pairs.iter().find(|p| p.role == Role::Grid).expect("grid");
    assert!(grid.ratio.is_some_and(|r| r < 1.2));
    assert!(!grid.fails());
}

#[test]
fn declarations_keep_their_line_and_column() {
    let rules = css::rules(
        "a{}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --bg: #000;\n  }\n}",
    );
    let dark = &rules[1];
    assert_eq!(dark.media, ["(prefers-color-scheme: dark)"]);
    let d = &dark.declarations[0];
    assert_eq!(
        (d.name.as_str(), d.value.as_str(), d.line, d.column),
        ("--bg", "#000", 4, 5)
    );
}

#[test]
fn colours_are_read_through_variables_and_functions() {
    let vars: BTreeMap<String, String> = [
        ("--a".to_string(), "var(--b)".to_string()),
        ("--b".to_string(), "rgb(10 95 168)".to_string()),
        ("--loop".to_string(), "var(--loop)".to_string()),
    ]
    .into();
    assert_eq!(
        paint("var(--a)", &vars),
        Paint::Colour(Rgb(10, 95, 168), 1.0)
    );
    assert_eq!(paint("navy", &vars), Paint::Colour(Rgb(0, 0, 128), 1.0));
    assert_eq!(
        paint("#0a5fa8", &vars),
        Paint::Colour(Rgb(10, 95, 168), 1.0)
    );
    assert_eq!(
        paint("CanvasText", &vars),
        Paint::System("canvastext".into())
    );
    assert_eq!(
        paint("var(--missing, #fff)", &vars),
        Paint::Colour(Rgb(255, 255, 255), 1.0)
    );
    assert!(matches!(paint("var(--loop)", &vars), Paint::Unknown(_)));
    assert!(matches!(
        paint("oklch(50% 0.1 200)", &vars),
        Paint::Unknown(_)
    ));
}

#[test]
fn forced_colours_want_foreground_system_colours() {
    let css = "@media (forced-colors: active) {\n .chart-line { stroke: CanvasText; }\n .chart-bar { fill: Canvas; }\n .chart-label { fill: #333; }\n}";
    let rules = css::rules(css);
    let indexed: Vec<(usize, &Rule)> = rules.iter().map(|r| (0, r)).collect();
    let problems: Vec<String> = palette::forced_colours(&indexed)
        .into_iter()
        .map(|p| format!("{} {} {}", p.selector, p.value, p.place.line))
        .collect();
    assert_eq!(problems, [".chart-bar Canvas 3", ".chart-label #333 4"]);
}

#[test]
fn default_theme_text_is_12_px_at_360_and_18_at_1280() {
    let css = default_css();
    let rules = css::rules(&css);
    let flat: Vec<&Rule> = rules.iter().collect();
    assert_eq!(layout::chart_width(&flat, 360.0), 328.0);
    assert_eq!(layout::chart_width(&flat, 1280.0), 480.0);
    let small = layout::text_px(&flat, 18.0, 480.0, 360.0);
    assert!((small - 12.3).abs() < 1e-9, "{small}");
    assert_eq!(layout::text_px(&flat, 18.0, 480.0, 1280.0), 18.0);
}

#[test]
fn a_theme_that_shrinks_chart_text_is_caught() {
    let css = format!("{}\n.chart-label {{ font-size: 14px; }}", default_css());
    let rules = css::rules(&css);
    let flat: Vec<&Rule> = rules.iter().collect();
    assert!(layout::text_px(&flat, 18.0, 480.0, 360.0) < layout::MIN_TEXT_PX);
}

#[test]
fn series_encodings_and_desc_are_read_from_the_svg() {
    let chart = "<svg viewBox=\"0 0 480 300\" font-size=\"18\"><title>t</title><desc>Naik dari 1 menjadi 2.</desc>\
        <g class=\"chart-series chart-series-1\"><path class=\"chart-line\"/><circle class=\"chart-mark\"/></g>\
        <g class=\"chart-series chart-series-2\"><path class=\"chart-line\" stroke-dasharray=\"8 5\"/><rect class=\"chart-mark\"/></g>\
        <g class=\"chart-series chart-series-5\"><path class=\"chart-line\"/><circle class=\"chart-mark\"/></g></svg>";
    let facts = svg::facts(chart);
    assert_eq!(facts.view_width, Some(480.0));
    assert_eq!(facts.font, Some(18.0));
    assert_eq!(facts.desc.as_deref(), Some("Naik dari 1 menjadi 2."));
    assert_eq!(svg::alike(&facts), [(1, 5)]);
}
