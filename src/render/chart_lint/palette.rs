//! The chart palette of a theme in each mode it declares, and the contrast of every colour
//! a chart paints against the page background.
//!
//! - *Light*: custom properties of `:root` (or `html`) rules outside `@media`, or inside
//!   `@media (prefers-color-scheme: light)`.
//! - *Dark*: the light values overridden by `:root` rules inside
//!   `@media (prefers-color-scheme: dark)`; checked only when the theme has such a block.
//! - Print styles and other media are not checked.
//!
//! What is checked against `--bg` (WCAG 2.2): every `--chart-N` and `--chart-axis` (marks,
//! 1.4.11: at least 3:1), `--text`, `--muted` and any other colour the theme gives chart text
//! (`fill`/`color` of `.chart-label`, `.chart-value`, `.chart-caption`; 1.4.3: at least 4.5:1).
//! `--chart-grid` is measured and reported but exempt: grid lines are decoration, since the
//! tick labels, the values written on the chart and the data table carry every figure.

use std::collections::BTreeMap;

use super::colour::{Paint, Rgb, contrast, paint};
use super::css::Rule;

/// Least contrast of marks (lines, bars, markers, the axis) against the background.
pub(crate) const MARK_RATIO: f64 = 3.0;
/// Least contrast of chart text against the background.
pub(crate) const TEXT_RATIO: f64 = 4.5;

/// A colour scheme the theme declares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Mode {
    Light,
    Dark,
}

/// What a colour is for, which sets the contrast it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Series colour `--chart-N` (N from 1).
    Series(usize),
    Axis,
    /// Decoration: reported, not required.
    Grid,
    Text,
}

impl Role {
    /// The least contrast, `None` when exempt.
    pub fn needs(self) -> Option<f64> {
        match self {
            Role::Series(_) | Role::Axis => Some(MARK_RATIO),
            Role::Grid => None,
            Role::Text => Some(TEXT_RATIO),
        }
    }
}

/// Where a declaration was written: the index of its stylesheet, line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub sheet: usize,
    pub line: usize,
    pub column: usize,
}

/// One colour measured against the background in one mode.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Pair {
    pub mode: Mode,
    pub role: Role,
    /// `--chart-2`, or the value as written when it is not a variable.
    pub name: String,
    pub colour: Paint,
    /// The background's name and colour.
    pub background: (String, Paint),
    /// `None` when either colour could not be read.
    pub ratio: Option<f64>,
    /// Where the colour (or, when it cannot be read, the value) was declared.
    pub place: Option<Place>,
}

impl Pair {
    /// True when the pair is below the contrast its role needs.
    pub fn fails(&self) -> bool {
        matches!((self.ratio, self.role.needs()), (Some(r), Some(n)) if r < n)
    }
}

/// The custom properties of one mode, with where each was declared last.
struct Vars {
    values: BTreeMap<String, String>,
    places: BTreeMap<String, Place>,
}

/// The rules of all stylesheets, each with the index of its sheet.
pub(crate) type Rules<'a> = [(usize, &'a Rule)];

fn mentions(rule: &Rule, feature: &str, value: &str) -> bool {
    rule.media.iter().any(|m| {
        let m: String = m.split_whitespace().collect();
        m.contains(&format!("{feature}:{value}"))
    })
}

/// The modes a theme declares: light always, dark when a `prefers-color-scheme: dark` block
/// sets a custom property on the root.
pub(crate) fn modes(rules: &Rules) -> Vec<Mode> {
    let dark = rules.iter().any(|(_, r)| {
        r.is_root()
            && mentions(r, "prefers-color-scheme", "dark")
            && r.declarations.iter().any(|d| d.name.starts_with("--"))
    });
    if dark {
        vec![Mode::Light, Mode::Dark]
    } else {
        vec![Mode::Light]
    }
}

/// True when `rule` applies in `mode` on a screen (not print, not forced colours).
fn applies(rule: &Rule, mode: Mode) -> bool {
    rule.media.iter().all(|m| {
        let m: String = m.split_whitespace().collect();
        let dark = m.contains("prefers-color-scheme:dark");
        let light = m.contains("prefers-color-scheme:light");
        let other = m.contains("print") || m.contains("forced-colors");
        !other && (mode == Mode::Dark || !dark) && (mode == Mode::Light || !light)
    })
}

fn vars(rules: &Rules, mode: Mode) -> Vars {
    let mut vars = Vars {
        values: BTreeMap::new(),
        places: BTreeMap::new(),
    };
    // Light rules first, then the dark block's, so dark overrides whatever order the file has.
    let mut ordered: Vec<&(usize, &Rule)> = rules
        .iter()
        .filter(|(_, r)| r.is_root() && applies(r, mode))
        .collect();
    ordered.sort_by_key(|(_, r)| mentions(r, "prefers-color-scheme", "dark"));
    for (sheet, rule) in ordered {
        for d in rule
            .declarations
            .iter()
            .filter(|d| d.name.starts_with("--"))
        {
            vars.values.insert(d.name.clone(), d.value.clone());
            let place = Place {
                sheet: *sheet,
                line: d.line,
                column: d.column,
            };
            vars.places.insert(d.name.clone(), place);
        }
    }
    vars
}

/// Every custom property of `mode` that is an opaque colour (or a translucent one, seen
/// over `--bg`), as `#rrggbb`.
pub(crate) fn colours(rules: &Rules, mode: Mode) -> BTreeMap<String, String> {
    let vars = vars(rules, mode);
    let bg = paint("var(--bg)", &vars.values).over(Rgb(255, 255, 255));
    let under = bg.unwrap_or(Rgb(255, 255, 255));
    vars.values
        .keys()
        .filter_map(|name| {
            let colour = paint(&format!("var({name})"), &vars.values).over(under)?;
            Some((name.clone(), colour.hex()))
        })
        .collect()
}

/// The classes of chart text, whose `fill` (or `color`) must read as text.
const TEXT_CLASSES: [&str; 3] = ["chart-label", "chart-value", "chart-caption"];

/// Every colour of `mode` measured against `--bg`, in a fixed order: series, axis, grid, text.
pub(crate) fn pairs(rules: &Rules, mode: Mode) -> Vec<Pair> {
    let vars = vars(rules, mode);
    let bg = paint("var(--bg)", &vars.values);
    let bg_rgb = bg.over(Rgb(255, 255, 255));
    let mut named: Vec<(Role, String)> = Vec::new();
    let mut n = 1;
    while vars.values.contains_key(&format!("--chart-{n}")) {
        named.push((Role::Series(n), format!("--chart-{n}")));
        n += 1;
    }
    for (role, name) in [
        (Role::Axis, "--chart-axis"),
        (Role::Grid, "--chart-grid"),
        (Role::Text, "--text"),
        (Role::Text, "--muted"),
    ] {
        if vars.values.contains_key(name) {
            named.push((role, name.to_string()));
        }
    }
    let mut out: Vec<Pair> = named
        .into_iter()
        .map(|(role, name)| {
            let colour = paint(&format!("var({name})"), &vars.values);
            let place = vars.places.get(&name).copied();
            pair(mode, role, name, colour, (&bg, bg_rgb), place)
        })
        .collect();
    // Text colours the theme's chart rules use besides --text and --muted.
    for (sheet, rule) in rules.iter().filter(|(_, r)| applies(r, mode)) {
        if !TEXT_CLASSES.iter().any(|c| rule.has_class(c)) {
            continue;
        }
        for d in rule
            .declarations
            .iter()
            .filter(|d| d.name == "fill" || d.name == "color")
        {
            let name = variable(&d.value).unwrap_or_else(|| d.value.clone());
            if out.iter().any(|p| p.name == name && p.role == Role::Text) {
                continue;
            }
            let colour = paint(&d.value, &vars.values);
            if matches!(colour, Paint::Keyword(_)) {
                continue;
            }
            let place = vars.places.get(&name).copied().or(Some(Place {
                sheet: *sheet,
                line: d.line,
                column: d.column,
            }));
            out.push(pair(mode, Role::Text, name, colour, (&bg, bg_rgb), place));
        }
    }
    out
}

fn pair(
    mode: Mode,
    role: Role,
    name: String,
    colour: Paint,
    (bg, bg_rgb): (&Paint, Option<Rgb>),
    place: Option<Place>,
) -> Pair {
    let ratio = bg_rgb.and_then(|b| Some(contrast(colour.over(b)?, b)));
    Pair {
        mode,
        role,
        name,
        colour,
        background: ("--bg".to_string(), bg.clone()),
        ratio,
        place,
    }
}

/// `--muted` of `var(--muted)` (or `var(--muted, #555)`).
fn variable(value: &str) -> Option<String> {
    let inner = value.trim().strip_prefix("var(")?.strip_suffix(')')?;
    let name = inner.split(',').next()?.trim();
    name.starts_with("--").then(|| name.to_string())
}

/// A paint that cannot stand for marks or text in forced-colours mode.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ForcedProblem {
    pub selector: String,
    pub property: String,
    pub value: String,
    pub place: Place,
}

/// System colours that are backgrounds: a mark or text in one of them would vanish.
const BACKGROUNDS: [&str; 7] = [
    "canvas",
    "buttonface",
    "field",
    "highlight",
    "mark",
    "selecteditem",
    "graytext",
];

/// Forced colours (`@media (forced-colors: active)`): the user's own colour pair sets the
/// contrast, so every `fill`, `stroke` or `color` a chart rule sets there must be a system
/// colour meant for foregrounds (`CanvasText`, `LinkText`, ...): a fixed colour ignores the
/// user's choice, and `Canvas`, `GrayText` and the other background colours vanish or fade.
pub(crate) fn forced_colours(rules: &Rules) -> Vec<ForcedProblem> {
    let empty = BTreeMap::new();
    let mut out = Vec::new();
    for (sheet, rule) in rules {
        if !mentions(rule, "forced-colors", "active")
            || !(rule.selector.contains(".chart") || rule.selector.contains(".sparkline"))
        {
            continue;
        }
        for d in &rule.declarations {
            if !matches!(d.name.as_str(), "fill" | "stroke" | "color") {
                continue;
            }
            let bad = match paint(&d.value, &empty) {
                Paint::System(s) => BACKGROUNDS.contains(&s.as_str()),
                Paint::Keyword(_) => false,
                Paint::Colour(..) | Paint::Unknown(_) => true,
            };
            if bad {
                out.push(ForcedProblem {
                    selector: rule.selector.clone(),
                    property: d.name.clone(),
                    value: d.value.clone(),
                    place: Place {
                        sheet: *sheet,
                        line: d.line,
                        column: d.column,
                    },
                });
            }
        }
    }
    out
}
