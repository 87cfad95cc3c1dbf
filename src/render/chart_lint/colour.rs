//! Colours of a theme's palette: a CSS colour value read with `cssparser` (hex, named,
//! `rgb()`, `var()` resolved against the mode's custom properties), and the WCAG 2.2
//! contrast ratio of two colours.
//!
//! The ratio is the formula of WCAG 2.2 ("relative luminance", "contrast ratio"), not a
//! parser or a table: `(L1 + 0.05) / (L2 + 0.05)` over linearised sRGB.

use std::collections::BTreeMap;

use cssparser::{Parser, ParserInput, Token};

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#0a5fa8`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// `self` at opacity `alpha` painted over `under`.
    fn over(self, alpha: f32, under: Rgb) -> Rgb {
        let a = f64::from(alpha.clamp(0.0, 1.0));
        let mix = |top: u8, bottom: u8| {
            (f64::from(top) * a + f64::from(bottom) * (1.0 - a)).round() as u8
        };
        Rgb(
            mix(self.0, under.0),
            mix(self.1, under.1),
            mix(self.2, under.2),
        )
    }
}

/// The WCAG contrast ratio of two colours, 1 to 21.
pub(crate) fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// A colour value as written in CSS, after `var()`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Paint {
    /// A colour, possibly translucent (alpha 0 to 1).
    Colour(Rgb, f32),
    /// A CSS system colour (`CanvasText`), as forced-colours mode uses; lower case.
    System(String),
    /// `currentColor`, `none`, `inherit` and the like: no colour of its own.
    Keyword(String),
    /// Something this lint cannot read (`oklch(...)`, a missing variable): the text.
    Unknown(String),
}

impl Paint {
    /// The opaque colour seen over `background`.
    pub fn over(&self, background: Rgb) -> Option<Rgb> {
        match self {
            Paint::Colour(c, a) if *a >= 1.0 => Some(*c),
            Paint::Colour(c, a) => Some(c.over(*a, background)),
            _ => None,
        }
    }
}

/// The CSS system colours (CSS Color 4 §6.2), lower case.
pub(crate) const SYSTEM_COLOURS: [&str; 19] = [
    "accentcolor",
    "accentcolortext",
    "activetext",
    "buttonborder",
    "buttonface",
    "buttontext",
    "canvas",
    "canvastext",
    "field",
    "fieldtext",
    "graytext",
    "highlight",
    "highlighttext",
    "linktext",
    "mark",
    "marktext",
    "selecteditem",
    "selecteditemtext",
    "visitedtext",
];

/// Read `value`, resolving `var(--name)` (and its fallback) in `vars`.
pub(crate) fn paint(value: &str, vars: &BTreeMap<String, String>) -> Paint {
    paint_at_depth(value, vars, 0)
}

fn paint_at_depth(value: &str, vars: &BTreeMap<String, String>, depth: u8) -> Paint {
    let mut input = ParserInput::new(value);
    let mut parser = Parser::new(&mut input);
    let unknown = || Paint::Unknown(value.trim().to_string());
    let token = match parser.next() {
        Ok(token) => token.clone(),
        Err(_) => return unknown(),
    };
    match token {
        Token::Hash(h) | Token::IDHash(h) => match cssparser::color::parse_hash_color(h.as_bytes())
        {
            Ok((r, g, b, a)) => Paint::Colour(Rgb(r, g, b), a),
            Err(()) => unknown(),
        },
        Token::Ident(name) => {
            let lower = name.to_ascii_lowercase();
            if SYSTEM_COLOURS.contains(&lower.as_str()) {
                Paint::System(lower)
            } else if let Ok((r, g, b)) = cssparser::color::parse_named_color(&lower) {
                Paint::Colour(Rgb(r, g, b), 1.0)
            } else {
                Paint::Keyword(lower)
            }
        }
        Token::Function(name) if name.eq_ignore_ascii_case("var") && depth < 16 => {
            let inner = parser.parse_nested_block(|block| {
                let start = block.position();
                while block.next().is_ok() {}
                Ok::<_, cssparser::ParseError<()>>(block.slice_from(start).to_string())
            });
            let Ok(inner) = inner else {
                return unknown();
            };
            let (name, fallback) = match inner.split_once(',') {
                Some((n, f)) => (n.trim(), Some(f.trim())),
                None => (inner.trim(), None),
            };
            match (vars.get(name), fallback) {
                (Some(v), _) => paint_at_depth(v, vars, depth + 1),
                (None, Some(f)) => paint_at_depth(f, vars, depth + 1),
                (None, None) => unknown(),
            }
        }
        Token::Function(name)
            if name.eq_ignore_ascii_case("rgb") || name.eq_ignore_ascii_case("rgba") =>
        {
            parser
                .parse_nested_block(|block| Ok::<_, cssparser::ParseError<()>>(rgb(block)))
                .ok()
                .flatten()
                .unwrap_or_else(unknown)
        }
        _ => unknown(),
    }
}

/// `rgb(10 95 168)`, `rgb(10, 95, 168)`, `rgb(4% 37% 66% / .5)`.
fn rgb(block: &mut Parser) -> Option<Paint> {
    let mut parts = Vec::new();
    while let Ok(token) = block.next() {
        match token {
            Token::Number { value, .. } => parts.push(*value),
            Token::Percentage { unit_value, .. } => parts.push(unit_value * 255.0),
            Token::Comma | Token::Delim('/') => {}
            _ => return None,
        }
    }
    let channel = |v: f32| v.round().clamp(0.0, 255.0) as u8;
    match parts.as_slice() {
        [r, g, b] => Some(Paint::Colour(
            Rgb(channel(*r), channel(*g), channel(*b)),
            1.0,
        )),
        // The alpha, as a number or a percentage (already scaled to 0–255 above).
        [r, g, b, a] => {
            let alpha = if *a > 1.0 { a / 255.0 } else { *a };
            Some(Paint::Colour(
                Rgb(channel(*r), channel(*g), channel(*b)),
                alpha,
            ))
        }
        _ => None,
    }
}
