//! The one door to YAML: typed parsing with positions, turned into [`Diagnostic`]s.
//!
//! serde-saphyr is used instead of serde_yaml because it rejects duplicate keys (serde_yaml
//! silently keeps the last one: a wrong published figure without a word) and reports a line
//! and column for every error. Keeping it behind this module makes a later swap one file.

mod place;

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Where a YAML text sits inside its file, so positions point at the file the user edits.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// The file, as shown in messages.
    pub file: &'a Path,
    /// The whole file's text (for the snippet line).
    pub file_text: &'a str,
    /// Lines of the file before the YAML text starts (front matter starts after `---`).
    pub line_offset: usize,
}

/// Values (lists, maps and texts) one YAML file may hold: a dataset row of `n` columns
/// counts `2n + 1`, so 200,000 rows of ten columns fit.
pub const MAX_NODES: usize = 5_000_000;

/// Parse `yaml` into `T`, reporting any problem at its place in the file.
pub fn parse<T: DeserializeOwned>(yaml: &str, origin: Origin<'_>) -> Result<T, Diagnostic> {
    // The budget (depth, aliases, size) stops alias bombs and deeply nested input before
    // they cost memory or stack; its node and event counts are raised from serde-saphyr's
    // defaults so a 200,000-row dataset of ten columns fits.
    let options = serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_nodes: MAX_NODES,
            max_events: MAX_NODES * 2,
        },
    };
    serde_saphyr::from_str_with_options::<T>(yaml, options)
        .map_err(|e| to_diagnostic(&e, yaml, origin))
}

fn to_diagnostic(error: &serde_saphyr::Error, yaml: &str, origin: Origin<'_>) -> Diagnostic {
    let raw = error.without_snippet().to_string();
    let message = strip_position_suffix(&raw);
    let (mut line, mut column) = error
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .filter(|(line, _)| *line > 0)
        .unwrap_or((1, 1));
    let (mut message, mut help, colon_in_value) = explain(message);
    if is_tab_error(&raw) {
        if let Some(tab) = place::tab_near(yaml, line) {
            (line, column) = tab;
        }
        (message, help) = tab_message();
    } else if let Some(key) = missing_key(&raw) {
        (line, column) = place::missing_key_place(yaml, line, column);
        if let Some(parent) = place::key_at(yaml, line).filter(|_| column > 1 || line > 1) {
            help = Some(msg!("yaml-add-key-under", key = key, parent = parent));
        }
    } else if help.is_none() || colon_in_value {
        let written = yaml.lines().nth(line.saturating_sub(1)).unwrap_or_default();
        if let Some(fixed) = place::straightened(written.trim()) {
            help = Some(straight_quotes_help(&fixed));
        }
    }
    let diagnostic = Diagnostic::error(origin.file, message).at(
        origin.file_text,
        line + origin.line_offset,
        column,
    );
    match help {
        Some(help) => diagnostic.with_help(help),
        None => diagnostic,
    }
}

/// serde-saphyr appends " at line L, column C"; we print the position in the header instead.
fn strip_position_suffix(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    }
}

/// Reword the parser's messages for people who edit YAML by hand, with a hint where we can;
/// the flag is true for a `:` inside a value (curly quotes may be the cause).
fn explain(message: &str) -> (String, Option<String>, bool) {
    let (message, help) = match reworded(message) {
        Some(reworded) => reworded,
        None => return (message.to_string(), None, false),
    };
    let colon_in_value = message == msg!("yaml-colon-in-value");
    (message, help, colon_in_value)
}

fn reworded(message: &str) -> Option<(String, Option<String>)> {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let unknown =
            |key: &str, help: String| Some((msg!("yaml-unknown-key", key = key), Some(help)));
        if let Some((key, expected)) = rest.split_once("`, expected one of ") {
            let known: Vec<&str> = expected.split(", ").map(str::trim).collect();
            return unknown(key, suggest(key, &known));
        }
        if let Some((key, expected)) = rest.split_once("`, expected ") {
            return unknown(key, suggest(key, &[expected.trim_matches('`')]));
        }
        if let Some((key, _)) = rest.split_once("`, there are no fields") {
            return unknown(key, msg!("yaml-no-keys-here"));
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.trim_end_matches('`');
        return Some((
            msg!("yaml-missing-key", key = key),
            Some(msg!("yaml-add-key", key = key)),
        ));
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return Some((
            msg!("yaml-duplicate-key", key = key),
            Some(msg!("yaml-duplicate-key-help")),
        ));
    }
    // Too many values (not an alias bomb or deep nesting, which keep the parser's words).
    if message.starts_with("budget breached: Nodes")
        || message.starts_with("budget breached: Events")
    {
        return Some((
            msg!("yaml-budget", limit = MAX_NODES.to_string()),
            Some(msg!("yaml-budget-help")),
        ));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        let text = msg!("yaml-invalid-type", found = found, expected = expected);
        return Some((text, None));
    }
    let plain = match message {
        "unclosed quote" => Some(msg!("yaml-unclosed-quote")),
        "unexpected end of input" => Some(msg!("yaml-unexpected-end")),
        "recursion limit exceeded" => Some(msg!("yaml-too-deep")),
        _ => None,
    };
    if let Some(text) = plain {
        return Some((text, None));
    }
    let (message, help) = if message.contains("mapping values are not allowed") {
        (
            msg!("yaml-colon-in-value"),
            msg!("yaml-colon-in-value-help"),
        )
    } else if message == "expected string scalar" {
        (msg!("yaml-expected-text"), msg!("yaml-expected-text-help"))
    } else if message == "expected sequence start" {
        (msg!("yaml-expected-list"), msg!("yaml-expected-list-help"))
    } else if message == "expected mapping start" {
        (
            msg!("yaml-expected-mapping"),
            msg!("yaml-expected-mapping-help"),
        )
    } else if message.starts_with("cannot deserialize null") {
        (msg!("yaml-no-value"), msg!("yaml-no-value-help"))
    } else if message == "invalid boolean" {
        (msg!("yaml-expected-bool"), msg!("yaml-expected-bool-help"))
    } else {
        let (min, max) = integer_range(message)?;
        return Some((
            msg!("yaml-expected-whole-number", min = min, max = max),
            None,
        ));
    };
    Some((message, Some(help)))
}

/// `title` in serde's "missing field `title`".
fn missing_key(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.split('`').next()
}

fn is_tab_error(message: &str) -> bool {
    message.contains("found a tab") || message.contains("tabs disallowed")
}

/// A tab where YAML takes only spaces, in plain words.
fn tab_message() -> (String, Option<String>) {
    (msg!("yaml-tab"), Some(msg!("yaml-tab-help")))
}

/// Typographic quotes pasted from a word processor are letters to YAML, not quotes.
fn straight_quotes_help(fixed_line: &str) -> String {
    msg!("yaml-curly-quotes-help", line = fixed_line)
}

/// The range of the integer type named in serde-saphyr's "invalid u8" (out of range or negative).
fn integer_range(message: &str) -> Option<(&'static str, &'static str)> {
    let max = match message {
        "invalid u8" => "255",
        "invalid u16" => "65535",
        "invalid u32" => "4294967295",
        "invalid u64" | "invalid usize" => "18446744073709551615",
        _ => return None,
    };
    Some(("0", max))
}

/// How many candidates a "did you mean" or "expected one of" list shows at most.
const SHOWN_CANDIDATES: usize = 5;

/// "did you mean `x`?" when a known key is close, else the known keys, quoted: all of them
/// when they are few, else the closest few and how many more there are.
pub fn suggest(unknown: &str, known: &[&str]) -> String {
    let mut ranked: Vec<(f64, &str)> = known
        .iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), *k))
        .collect();
    // Closest first; equally close ones in the order given.
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    match ranked.first() {
        Some((score, key)) if *score > 0.8 => msg!("suggest-did-you-mean", candidate = *key),
        None => msg!("suggest-nothing"),
        Some(_) if known.len() <= SHOWN_CANDIDATES + 1 => {
            msg!("suggest-one-of", choices = quoted(known.iter().copied()))
        }
        Some(_) => msg!(
            "suggest-closest",
            choices = quoted(ranked.iter().take(SHOWN_CANDIDATES).map(|(_, k)| *k)),
            more = known.len() - SHOWN_CANDIDATES
        ),
    }
}

fn quoted<'k>(items: impl Iterator<Item = &'k str>) -> String {
    items
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    /// Issue 17, finding 4: serde-saphyr's default budget (250,000 values) refused a dataset
    /// of about 23,000 rows of five columns; the raised one reads 300,000 values.
    #[test]
    fn finding_04_the_budget_reads_300000_values() {
        let yaml = format!("values: [{}0]\n", "0,".repeat(299_999));
        #[derive(Debug, serde::Deserialize)]
        struct Values {
            values: Vec<u8>,
        }
        let origin = Origin {
            file: Path::new("data/besar.yaml"),
            file_text: &yaml,
            line_offset: 0,
        };
        let parsed: Values = parse(&yaml, origin).unwrap();
        assert_eq!(parsed.values.len(), 300_000);
    }

    #[test]
    fn finding_04_a_breached_budget_names_the_limit_and_what_to_do() {
        let (message, help, _) = explain("budget breached: Nodes { nodes: 5000001 }");
        assert!(message.contains("5000000 values"), "{message}");
        assert!(help.unwrap().contains("split it into several files"));
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    fn origin(text: &str) -> Origin<'_> {
        Origin {
            file: Path::new("a.md"),
            file_text: text,
            line_offset: 1,
        }
    }

    #[test]
    fn unknown_key_suggests_the_closest_known_key() {
        let text = "---\ntitel: x\n---\n";
        let d = parse::<Sample>("titel: x\n", origin(text)).unwrap_err();
        assert_eq!(d.message, "unknown key `titel`");
        assert_eq!((d.line, d.column), (2, 1));
        assert_eq!(d.help.as_deref(), Some("did you mean `title`?"));
        assert_eq!(d.source_line.as_deref(), Some("titel: x"));
    }

    #[test]
    fn duplicate_key_is_an_error_with_its_line() {
        let yaml = "title: a\ntitle: b\n";
        let text = format!("---\n{yaml}---\n");
        let d = parse::<Sample>(yaml, origin(&text)).unwrap_err();
        assert_eq!(d.message, "duplicate key `title`");
        assert_eq!(d.line, 3);
    }

    #[test]
    fn long_candidate_lists_are_cut_to_the_closest_few() {
        let many: Vec<String> = (1..=76).map(|n| format!("Provinsi {n}, Kota")).collect();
        let known: Vec<&str> = many.iter().map(String::as_str).collect();
        let help = suggest("zzz", &known);
        assert!(
            help.ends_with("and 71 more; the closest are listed"),
            "{help}"
        );
        assert_eq!(help.matches('`').count(), 10, "five items, quoted: {help}");
        assert_eq!(suggest("x", &["pkh"]), "expected one of: `pkh`");
    }

    #[test]
    fn a_tab_is_reported_on_its_own_line_in_plain_words() {
        let yaml = "title: a\nevent:\n\tstart: x\n";
        let text = format!("---\n{yaml}---\n");
        let d =
            parse::<std::collections::BTreeMap<String, serde::de::IgnoredAny>>(yaml, origin(&text))
                .unwrap_err();
        assert_eq!((d.line, d.column), (4, 1), "{}", d.message);
        assert!(
            d.message.starts_with("a tab character here"),
            "{}",
            d.message
        );
    }

    #[test]
    fn missing_key_names_the_key() {
        let d = parse::<Sample>("tags: []\n", origin("---\ntags: []\n---\n")).unwrap_err();
        assert_eq!(d.message, "missing required key `title`");
    }

    #[test]
    fn messages_name_no_rust_types() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Typed {
            title: String,
            decimals: Option<u8>,
            draft: Option<bool>,
        }
        for (yaml, wanted) in [
            ("title:\n", "this key has no value"),
            (
                "title: a\ndecimals: 300\n",
                "expected a whole number from 0 to 255 here",
            ),
            (
                "title: a\ndecimals: -1\n",
                "expected a whole number from 0 to 255 here",
            ),
            ("title: a\ndraft: ya\n", "expected `true` or `false` here"),
        ] {
            let d = parse::<Typed>(yaml, origin(yaml)).unwrap_err();
            assert_eq!(d.message, wanted, "{yaml}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let yaml = format!("title: {}1{}\n", "[".repeat(10_000), "]".repeat(10_000));
        assert!(parse::<Sample>(&yaml, origin(&yaml)).is_err());
    }
}
