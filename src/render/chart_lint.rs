//! The chart accessibility lint, run on every build: the theme's chart palette in each mode
//! it declares (light, dark) and in forced colours, and every chart of the site in every
//! language (text size at 360 and 1280 px, series told apart without colour, a `<desc>`
//! stating the message). See docs/datasets.md, "Charts that everyone can read".
//!
//! A problem is an error for the default theme and a warning for a site's own theme (an
//! error under `--strict`): the default theme is terang's promise, a custom one the site's.

mod colour;
mod css;
mod layout;
mod palette;
mod svg;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Diagnostics, Severity};
use crate::i18n::locales::Locales;
use crate::messages::msg;
use crate::site::Site;

use super::chart::{ChartWords, chart_svg};
use super::theme::Theme;
use colour::Paint;
use css::Rule;
use palette::{Mode, Pair, Place, Role};

/// A stylesheet of the theme: the path messages name, and its text.
pub(crate) struct Stylesheet {
    pub display: PathBuf,
    pub text: String,
}

/// The theme's stylesheets, `terang.css` (the one the default templates link) first, then
/// any other `.css` in path order; later ones override earlier ones.
fn stylesheets(theme: &Theme) -> Vec<Stylesheet> {
    let mut files: Vec<_> = theme
        .statics
        .iter()
        .filter(|(path, _)| path.ends_with(".css"))
        .collect();
    files.sort_by_key(|(path, _)| (path.as_str() != "terang.css", path.as_str()));
    files
        .into_iter()
        .filter_map(|(_, file)| {
            Some(Stylesheet {
                display: file.display.clone(),
                text: file.read_text().ok()?,
            })
        })
        .collect()
}

/// One chart of the site, as the lint reads it.
struct Drawn {
    dataset: String,
    file: PathBuf,
    lang: String,
    facts: svg::Facts,
}

/// Lint the theme's palette and every chart of `site`; problems go to `problems`.
pub(crate) fn check(site: &Site, theme: &Theme, locales: &Locales, problems: &mut Diagnostics) {
    let severity = if theme.chain.last().is_some_and(|n| n == "default") {
        Severity::Error
    } else {
        Severity::Warning
    };
    let sheets = stylesheets(theme);
    let parsed: Vec<Vec<Rule>> = sheets.iter().map(|s| css::rules(&s.text)).collect();
    let rules = numbered(&parsed);
    let charts = drawn(site, theme, locales);
    let lint = Lint {
        sheets: &sheets,
        severity,
    };
    for mode in palette::modes(&rules) {
        for pair in palette::pairs(&rules, mode) {
            if let Some(d) = lint.pair(&pair, &charts) {
                problems.push(d);
            }
        }
    }
    for forced in palette::forced_colours(&rules) {
        let message = msg!(
            "charts-forced",
            selector = forced.selector.as_str(),
            property = forced.property.as_str(),
            value = forced.value.as_str()
        );
        problems.push(lint.at(forced.place, message, msg!("charts-forced-help")));
    }
    let flat: Vec<&Rule> = rules.iter().map(|(_, r)| *r).collect();
    for chart in &charts {
        lint.chart(chart, &flat, problems);
    }
}

/// The theme's light-mode colours by custom property (`--chart-1` → `#0a5fa8`), for the
/// chart kit's standalone SVG and PNG.
pub(crate) fn light_colours(theme: &Theme) -> BTreeMap<String, String> {
    let sheets = stylesheets(theme);
    let parsed: Vec<Vec<Rule>> = sheets.iter().map(|s| css::rules(&s.text)).collect();
    let rules = numbered(&parsed);
    palette::colours(&rules, Mode::Light)
}

/// Every rule of every stylesheet, with the number of its sheet.
fn numbered(parsed: &[Vec<Rule>]) -> Vec<(usize, &Rule)> {
    parsed
        .iter()
        .enumerate()
        .flat_map(|(i, rs)| rs.iter().map(move |r| (i, r)))
        .collect()
}

fn drawn(site: &Site, theme: &Theme, locales: &Locales) -> Vec<Drawn> {
    let mut out = Vec::new();
    for lang in site.config.language_codes() {
        let Some(strings) = theme.strings.get(lang) else {
            continue;
        };
        let Ok(words) = ChartWords::from_strings(|k| strings.get(k).cloned()) else {
            continue;
        };
        for dataset in &site.datasets {
            if let Some(svg) = chart_svg(dataset, locales.get(lang), lang, &words) {
                out.push(Drawn {
                    dataset: dataset.id.clone(),
                    file: dataset.display.clone(),
                    lang: lang.to_string(),
                    facts: svg::facts(&svg),
                });
            }
        }
    }
    out
}

struct Lint<'a> {
    sheets: &'a [Stylesheet],
    severity: Severity,
}

/// A ratio as people read it: two decimals, cut (not rounded) so 2.996 never shows as 3.00,
/// with the decimal sign of the message language.
fn ratio_text(ratio: f64) -> String {
    let text = format!("{:.2}", (ratio * 100.0).floor() / 100.0);
    decimal(text)
}

fn decimal(text: String) -> String {
    match crate::messages::language() {
        crate::messages::Lang::Id => text.replace('.', ","),
        crate::messages::Lang::En => text,
    }
}

fn mode_name(mode: Mode) -> String {
    match mode {
        Mode::Light => msg!("charts-mode-light"),
        Mode::Dark => msg!("charts-mode-dark"),
    }
}

fn paint_text(paint: &Paint) -> String {
    match paint {
        Paint::Colour(rgb, _) => rgb.hex(),
        Paint::System(s) | Paint::Keyword(s) | Paint::Unknown(s) => s.clone(),
    }
}

impl Lint<'_> {
    fn diagnostic(&self, file: PathBuf, message: String) -> Diagnostic {
        match self.severity {
            Severity::Error => Diagnostic::error(file, message),
            Severity::Warning => Diagnostic::warning(file, message),
        }
    }

    fn at(&self, place: Place, message: String, help: String) -> Diagnostic {
        let Some(sheet) = self.sheets.get(place.sheet) else {
            return self.diagnostic(PathBuf::new(), message).with_help(help);
        };
        self.diagnostic(sheet.display.clone(), message)
            .at(&sheet.text, place.line, place.column)
            .with_help(help)
    }

    fn first_sheet(&self, message: String, help: String) -> Diagnostic {
        let file = self.sheets.first().map(|s| s.display.clone());
        self.diagnostic(file.unwrap_or_default(), message)
            .with_help(help)
    }

    /// The problem with one colour, if any.
    fn pair(&self, pair: &Pair, charts: &[Drawn]) -> Option<Diagnostic> {
        let mode = mode_name(pair.mode);
        let Some(background) = pair.background.1.over(colour::Rgb(255, 255, 255)) else {
            // Reported once per mode, with the first colour.
            let first = matches!(pair.role, Role::Series(1));
            return first.then(|| {
                self.first_sheet(
                    msg!("charts-no-background", mode = mode.as_str()),
                    msg!("charts-no-background-help"),
                )
            });
        };
        let needed = pair.role.needs()?;
        let Some(ratio) = pair.ratio else {
            let message = msg!(
                "charts-unreadable-colour",
                name = pair.name.as_str(),
                mode = mode.as_str(),
                value = paint_text(&pair.colour)
            );
            let help = msg!("charts-unreadable-colour-help");
            return Some(match pair.place {
                Some(place) => self.at(place, message, help),
                None => self.first_sheet(message, help),
            });
        };
        if !pair.fails() {
            return None;
        }
        let (role, criterion) = match pair.role {
            Role::Text => (msg!("charts-role-text"), "1.4.3"),
            _ => (msg!("charts-role-marks"), "1.4.11"),
        };
        let mut message = msg!(
            "charts-contrast",
            name = pair.name.as_str(),
            colour = paint_text(&pair.colour),
            background = background.hex(),
            mode = mode.as_str(),
            ratio = ratio_text(ratio),
            role = role,
            needed = decimal(format!("{needed}"))
        );
        let used = users(pair.role, charts);
        if !used.is_empty() {
            message = format!("{message} ({})", msg!("charts-used-by", list = used));
        }
        // Away from the background: darker on a light page, lighter on a dark one.
        let direction = match pair.colour.over(background) {
            Some(c) if c.luminance() > background.luminance() => msg!("charts-direction-lighter"),
            _ => msg!("charts-direction-darker"),
        };
        let help = msg!(
            "charts-contrast-help",
            name = pair.name.as_str(),
            direction = direction,
            needed = decimal(format!("{needed}")),
            background = background.hex(),
            criterion = criterion
        );
        Some(match pair.place {
            Some(place) => self.at(place, message, help),
            None => self.first_sheet(message, help),
        })
    }

    /// One chart's text size, series encodings and description.
    fn chart(&self, chart: &Drawn, rules: &[&Rule], problems: &mut Diagnostics) {
        let dataset = chart.dataset.as_str();
        let lang = chart.lang.as_str();
        let has_figure = chart
            .facts
            .desc
            .as_ref()
            .is_some_and(|d| d.chars().any(|c| c.is_ascii_digit()));
        if !has_figure {
            problems.push(
                self.diagnostic(
                    chart.file.clone(),
                    msg!("charts-no-desc", dataset = dataset, lang = lang),
                )
                .with_help(msg!(
                    "charts-no-desc-help",
                    placeholders = "{from} {to} {max} {min}"
                )),
            );
        }
        for (first, second) in svg::alike(&chart.facts) {
            problems.push(
                self.diagnostic(
                    chart.file.clone(),
                    msg!(
                        "charts-alike",
                        dataset = dataset,
                        lang = lang,
                        first = first,
                        second = second
                    ),
                )
                .with_help(msg!("charts-alike-help")),
            );
        }
        let (Some(view), Some(font)) = (chart.facts.view_width, chart.facts.font) else {
            return;
        };
        for screen in layout::SCREENS {
            let px = layout::text_px(rules, font, view, screen);
            if px + 1e-9 >= layout::MIN_TEXT_PX {
                continue;
            }
            let units = layout::font_units(rules, font);
            let width = (layout::MIN_TEXT_PX * view / units).ceil();
            problems.push(
                self.diagnostic(
                    chart.file.clone(),
                    msg!(
                        "charts-text-size",
                        dataset = dataset,
                        lang = lang,
                        px = decimal(format!("{:.1}", (px * 10.0).floor() / 10.0)),
                        screen = screen,
                        min = layout::MIN_TEXT_PX
                    ),
                )
                .with_help(msg!(
                    "charts-text-size-help",
                    units = decimal(format!("{:.1}", font)),
                    width = width
                )),
            );
        }
    }
}

/// "kemiskinan, kpm-pkh-provinsi and 3 more": the charts that paint with a role's colour.
fn users(role: Role, charts: &[Drawn]) -> String {
    let mut ids: Vec<&str> = charts
        .iter()
        .filter(|c| match role {
            Role::Series(n) => {
                c.facts.series.contains_key(&n) || (n == 1 && c.facts.series.is_empty())
            }
            _ => true,
        })
        .map(|c| c.dataset.as_str())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    const SHOWN: usize = 3;
    if ids.len() > SHOWN {
        msg!(
            "charts-list-more",
            list = ids[..SHOWN].join(", "),
            count = ids.len() - SHOWN
        )
    } else {
        ids.join(", ")
    }
}

#[cfg(test)]
mod tests;
