//! Where a YAML problem really is, for people who edit by hand: the parser stops on the
//! line before a tab, and reports a missing key at the last key of its mapping; these put
//! the caret on the tab itself and on the mapping that lacks the key. Also: typographic
//! quotes pasted from a word processor, which YAML reads as ordinary letters.

/// Quotes YAML does not read as quotes: curly double and single quotes, low-9 quotes,
/// guillemets, the full-width quote.
const TYPOGRAPHIC_QUOTES: [(char, char); 11] = [
    ('\u{201C}', '"'),
    ('\u{201D}', '"'),
    ('\u{201E}', '"'),
    ('\u{201F}', '"'),
    ('\u{00AB}', '"'),
    ('\u{00BB}', '"'),
    ('\u{FF02}', '"'),
    ('\u{2018}', '\''),
    ('\u{2019}', '\''),
    ('\u{201A}', '\''),
    ('\u{201B}', '\''),
];

/// The first tab on `line` (1-based, in `yaml`) or the line after it, as (line, column).
pub(crate) fn tab_near(yaml: &str, line: usize) -> Option<(usize, usize)> {
    yaml.lines()
        .enumerate()
        .skip(line.saturating_sub(1))
        .take(2)
        .find_map(|(i, text)| {
            let byte = text.find('\t')?;
            Some((i + 1, text[..byte].chars().count() + 1))
        })
}

/// Where to report a key missing from a mapping the parser reported at (`line`, `column`):
/// the top of the text for a top-level mapping, else the key that opens the mapping
/// (`event:` for `event.start`).
pub(crate) fn missing_key_place(yaml: &str, line: usize, column: usize) -> (usize, usize) {
    if column <= 1 {
        return (1, 1);
    }
    let lines: Vec<&str> = yaml.lines().collect();
    let indent = |text: &str| text.len() - text.trim_start_matches(' ').len();
    (1..=line.min(lines.len()))
        .rev()
        .map(|n| (n, lines[n - 1]))
        .filter(|(_, text)| !text.trim().is_empty() && !text.trim_start().starts_with('#'))
        .find(|(_, text)| indent(text) < column - 1)
        .map(|(n, text)| (n, indent(text) + 1))
        .unwrap_or((1, 1))
}

/// The key that opens `line` of `yaml` (`event` for `event:`), when it opens a mapping.
pub(crate) fn key_at(yaml: &str, line: usize) -> Option<&str> {
    let text = yaml.lines().nth(line.checked_sub(1)?)?.trim();
    let (key, value) = text.split_once(':')?;
    (value.trim().is_empty() || value.trim_start().starts_with('{')).then_some(key.trim())
}

/// `text` with its typographic quotes made straight, when it has any.
pub(crate) fn straightened(text: &str) -> Option<String> {
    if !text
        .chars()
        .any(|c| TYPOGRAPHIC_QUOTES.iter().any(|(q, _)| *q == c))
    {
        return None;
    }
    Some(
        text.chars()
            .map(|c| {
                TYPOGRAPHIC_QUOTES
                    .iter()
                    .find(|(q, _)| *q == c)
                    .map_or(c, |(_, straight)| *straight)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_is_found_on_its_own_line() {
        assert_eq!(tab_near("event:\n\tstart: x\n", 1), Some((2, 1)));
        assert_eq!(tab_near("a: b\n  c:\t1\n", 2), Some((2, 5)));
        assert_eq!(tab_near("a: b\n", 1), None);
    }

    #[test]
    fn a_missing_key_is_placed_at_its_mapping() {
        let yaml = "date: 2025-02-01\nevent:\n  end: 2025-02-02\n";
        assert_eq!(missing_key_place(yaml, 2, 1), (1, 1));
        assert_eq!(missing_key_place(yaml, 3, 3), (2, 1));
        assert_eq!(missing_key_place("event: {end: x}\n", 1, 8), (1, 1));
    }

    #[test]
    fn typographic_quotes_are_straightened() {
        assert_eq!(
            straightened("title: \u{201C}Rapat: Tahap II\u{201D}").as_deref(),
            Some("title: \"Rapat: Tahap II\"")
        );
        assert_eq!(straightened("title: Rapat"), None);
    }
}
