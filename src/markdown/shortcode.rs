//! Shortcodes: terang's own `{{ name(key="value", ...) }}` syntax inside Markdown prose, which
//! binds text to data so a figure is written once. Parsing only; what each one renders is the
//! caller's [`Embed`].

use std::fmt;

use crate::messages::msg;

/// A value of a shortcode argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Bool(bool),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(t) => f.write_str(t),
            Arg::Bool(b) => write!(f, "{b}"),
        }
    }
}

/// A parsed shortcode call.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: Vec<(String, Arg)>,
}

impl Call {
    pub fn text(&self, key: &str) -> Option<&str> {
        self.args.iter().find_map(|(k, v)| match v {
            Arg::Text(t) if k == key => Some(t.as_str()),
            _ => None,
        })
    }

    pub fn flag(&self, key: &str) -> bool {
        self.args
            .iter()
            .any(|(k, v)| k == key && *v == Arg::Bool(true))
    }
}

/// A piece of prose: text as written, or a shortcode with its byte range in the prose.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Shortcode { call: Call, start: usize },
}

/// A syntax problem, at a byte offset of the prose.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub offset: usize,
    pub message: String,
}

/// Where a `stat` sits in the text: the number of its source note (1, 2, … in the page), and
/// whether it is inside a link (where it cannot link to its permalink: links do not nest).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatPlace {
    pub number: usize,
    pub in_link: bool,
}

/// A figure quoted from a dataset, in the page's language: what the page's figures list
/// ("Angka dalam artikel ini") says of it. Every text is plain (not yet escaped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// The note's number, as shown beside the figure in the text.
    pub number: usize,
    /// The figure as the text shows it: "9,66 persen".
    pub text: String,
    /// Its permalink: the figure's cell in the table of its dataset page.
    pub permalink: String,
    /// The period it describes ("September 2018", "Maret 2018 – September 2018"), or "".
    pub period: String,
    pub dataset: String,
    pub dataset_url: String,
    pub source: String,
    /// The source's address, or "".
    pub source_url: String,
    /// When the source published it ("15 Januari 2020"), or "".
    pub released: String,
    /// The same date as `2020-01-15`, for `<time datetime>`.
    pub released_iso: String,
}

/// What a `stat` renders: inline HTML (the figure with its note number) and its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    pub html: String,
    pub figure: Figure,
}

/// What shortcodes render into, given by the renderer (it knows datasets and formatting).
pub trait Embed {
    /// Inline HTML for `stat` with its provenance, or a message saying what is wrong.
    fn stat(&self, call: &Call, lang: &str, place: StatPlace) -> Result<Quoted, String>;
    /// Block HTML for `chart` and `table`. `place` numbers the shortcodes of one text
    /// (0, 1, …), so ids in the HTML can be made unique on the page.
    fn block(&self, call: &Call, lang: &str, place: usize) -> Result<String, String>;
    /// Dataset ids a call cites (for the figure lint).
    fn cited(&self, call: &Call) -> Option<String> {
        call.text("data").map(str::to_string)
    }
}

/// Names of the shortcodes that make a block of their own (a figure, a table).
pub const BLOCK: [&str; 2] = ["chart", "table"];
/// Every shortcode. `num` marks a number in prose as not taken from a dataset (for
/// `check --strict`, which wants every other number quoted with `stat`).
pub const ALL: [&str; 4] = ["stat", "chart", "table", "num"];

/// The text of a `{{ num(text="150 peserta") }}`: written as it is, outside the figure lints.
pub fn marked_text(call: &Call) -> Result<&str, String> {
    call.text("text")
        .ok_or_else(|| msg!("figures-num-needs-text", example = MARKED_EXAMPLE))
}

/// A `num` shortcode as the messages show it.
pub const MARKED_EXAMPLE: &str = "{{ num(text=\"150 peserta\") }}";

/// Split prose into text and shortcodes.
pub fn split(prose: &str) -> Result<Vec<Piece>, SyntaxError> {
    let mut pieces = Vec::new();
    let mut rest = 0;
    while let Some(found) = prose[rest..].find("{{") {
        let start = rest + found;
        let Some(len) = prose[start..].find("}}") else {
            return Err(SyntaxError {
                offset: start,
                message: msg!("shortcode-unclosed"),
            });
        };
        if start > rest {
            pieces.push(Piece::Text(prose[rest..start].to_string()));
        }
        let inner = &prose[start + 2..start + len];
        let call = parse_call(inner).map_err(|message| SyntaxError {
            offset: start,
            message,
        })?;
        pieces.push(Piece::Shortcode { call, start });
        rest = start + len + 2;
    }
    if rest < prose.len() {
        pieces.push(Piece::Text(prose[rest..].to_string()));
    }
    Ok(pieces)
}

fn parse_call(inner: &str) -> Result<Call, String> {
    let inner = inner.trim();
    let (name, args) = inner
        .split_once('(')
        .and_then(|(n, a)| Some((n.trim(), a.trim_end().strip_suffix(')')?)))
        .ok_or_else(|| msg!("shortcode-not-a-call", inner = inner))?;
    if !ALL.contains(&name) {
        return Err(msg!(
            "shortcode-unknown",
            name = name,
            suggestion = crate::yaml::suggest(name, &ALL)
        ));
    }
    let mut parsed = Vec::new();
    let mut rest = args.trim();
    while !rest.is_empty() {
        let (key, after) = rest
            .split_once('=')
            .ok_or_else(|| msg!("shortcode-argument-form", rest = rest))?;
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(msg!("shortcode-argument-name", key = key));
        }
        let after = after.trim_start();
        let (value, remaining) = if let Some(quoted) = after.strip_prefix('"') {
            let end = quoted
                .find('"')
                .ok_or_else(|| msg!("shortcode-unclosed-quote", key = key))?;
            (Arg::Text(quoted[..end].to_string()), &quoted[end + 1..])
        } else {
            let end = after.find(',').unwrap_or(after.len());
            let word = after[..end].trim();
            let value = match word {
                "true" => Arg::Bool(true),
                "false" => Arg::Bool(false),
                other => return Err(unquoted(key, other)),
            };
            (value, &after[end..])
        };
        parsed.push((key.to_string(), value));
        rest = remaining.trim_start();
        rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
    }
    Ok(Call {
        name: name.to_string(),
        args: parsed,
    })
}

/// Quotes pasted from a word processor or a chat app, which shortcodes do not read as
/// quotes: curly double and single quotes, low-9 quotes, guillemets, the full-width quote.
const TYPOGRAPHIC_QUOTES: [char; 11] = [
    '\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}', '\u{2018}', '\u{2019}', '\u{201A}', '\u{201B}',
    '\u{00AB}', '\u{00BB}', '\u{FF02}',
];

/// The message for a value written without straight quotes: `word` in curly quotes is
/// named as such, with the straight-quoted fix.
fn unquoted(key: &str, word: &str) -> String {
    let inner = word.trim_matches(TYPOGRAPHIC_QUOTES.as_slice());
    if inner.len() < word.len() {
        return msg!(
            "shortcode-curly-quotes",
            key = key,
            word = word,
            inner = inner
        );
    }
    msg!("shortcode-unquoted", key = key, word = word)
}

/// The help under a shortcode's error, in step with its message: a row named by only some
/// of its key columns needs all of them, not "its first column's value".
pub(super) fn help_for(message: &str) -> String {
    if message.contains(&msg!("embargo-mark")) {
        msg!("embargo-shortcode-help")
    } else if message.contains(&msg!("embed-several-rows-mark")) {
        // The catalogue writes "several rows" once, as a term both messages use.
        msg!("shortcode-several-rows-help")
    } else {
        msg!("shortcode-help")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcodes_are_found_among_text() {
        let pieces = split(
            "turun menjadi {{ stat(data=\"kemiskinan\", row=\"2018-09\", col=\"persen\") }}.",
        )
        .unwrap();
        assert_eq!(pieces.len(), 3);
        match &pieces[1] {
            Piece::Shortcode { call, start } => {
                assert_eq!(call.name, "stat");
                assert_eq!(call.text("row"), Some("2018-09"));
                assert_eq!(*start, 14);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn flags_and_unterminated_calls() {
        let pieces = split(
            "{{ stat(data=\"k\", col=\"persen\", from=\"2018-03\", to=\"2018-09\", change=true) }}",
        )
        .unwrap();
        let Piece::Shortcode { call, .. } = &pieces[0] else {
            panic!()
        };
        assert!(call.flag("change"));
        let e = split("angka {{ stat(data=\"k\"").unwrap_err();
        assert_eq!(e.offset, 6);
        assert!(e.message.contains("not closed"));
    }

    #[test]
    fn curly_quotes_are_named_with_the_straight_quoted_fix() {
        let message = parse_call("stat(data=\u{201C}kemiskinan\u{201D}, row=\"2018-09\")")
            .expect_err("curly quotes are not quotes");
        assert!(message.contains("typographic quotes"), "{message}");
        assert!(message.ends_with("data=\"kemiskinan\""), "{message}");
        let single = parse_call("stat(data=\u{2018}kemiskinan\u{2019})").expect_err("nor single");
        assert!(single.ends_with("data=\"kemiskinan\""), "{single}");
    }

    #[test]
    fn unknown_names_and_unquoted_values_are_errors() {
        assert!(
            split("{{ stats(data=\"k\") }}")
                .unwrap_err()
                .message
                .contains("did you mean `stat`?")
        );
        assert!(
            split("{{ stat(data=k) }}")
                .unwrap_err()
                .message
                .contains("must be quoted")
        );
    }
}
