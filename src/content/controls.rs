//! Characters no XML document may hold: C0 controls other than tab, line feed and carriage
//! return (U+000B and U+000C come with text pasted from Word), and the non-characters
//! U+FFFE/U+FFFF. A source file's text loses them as it is read, so nothing built from it
//! (feeds, sitemaps, pages, JSON) carries them; the author gets a warning at the first one.
//! (Lone surrogates cannot occur: a file that is not valid UTF-8 is refused before this.)

use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use std::path::Path;

/// Whether XML 1.0 forbids `c` (its `Char` production), for the characters a Rust string
/// can hold.
pub(crate) fn forbidden_in_xml(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// `text` without the characters XML forbids and, when it had any, a warning at the first
/// one naming how many were removed.
pub(crate) fn strip(text: String, display: &Path) -> (String, Option<Diagnostic>) {
    let Some(first) = text.find(forbidden_in_xml) else {
        return (text, None);
    };
    let count = text.chars().filter(|&c| forbidden_in_xml(c)).count();
    let code = text[first..].chars().next().map_or(0, u32::from);
    let warning = Diagnostic::warning(
        display,
        msg!(
            "file-control-character",
            code = format!("{code:04X}"),
            count = count
        ),
    )
    .at_offset(&text, first)
    .with_help(msg!("file-control-character-help"));
    let cleaned = text.chars().filter(|&c| !forbidden_in_xml(c)).collect();
    (cleaned, Some(warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_controls_go_and_the_first_is_located() {
        let (text, warning) = strip(
            "a\tb\nc\u{b}d\u{c}\r\n\u{ffff}".to_string(),
            Path::new("x.md"),
        );
        assert_eq!(text, "a\tb\ncd\r\n");
        let warning = warning.expect("a warning");
        assert_eq!((warning.line, warning.column), (2, 2));
        assert!(warning.message.contains("U+000B"), "{}", warning.message);
        assert!(warning.message.contains("all 3"), "{}", warning.message);
    }

    #[test]
    fn clean_text_is_untouched() {
        let (text, warning) = strip("Tab\there, é, 中\r\n".to_string(), Path::new("x.md"));
        assert_eq!(text, "Tab\there, é, 中\r\n");
        assert!(warning.is_none());
    }
}
