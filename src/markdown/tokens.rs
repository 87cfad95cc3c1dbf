//! Placeholders for shortcode output: each shortcode's HTML is put in the Markdown event
//! stream as a token, and the tokens are filled in after the HTML is written, so the
//! shortcode's HTML passes through escaping and sanitizing untouched.

use pulldown_cmark::{Event, Tag, TagEnd};

pub(super) const TOKEN_START: char = '\u{E000}';
const TOKEN_END: char = '\u{E001}';

/// A placeholder for the `n`th shortcode: private-use characters no writer types, which pass
/// through HTML escaping and sanitizing unchanged.
pub(super) fn token(n: usize) -> String {
    format!("{TOKEN_START}{n}{TOKEN_END}")
}

/// Whether `html` is exactly one of our placeholders. A writer can type the private-use
/// characters too (a raw HTML line beginning with U+E000 was passed through unescaped), so a
/// prefix is not enough.
pub(super) fn is_token(html: &str) -> bool {
    html.strip_prefix(TOKEN_START)
        .and_then(|rest| rest.strip_suffix(TOKEN_END))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Put each shortcode's HTML in place of its token.
pub(super) fn fill_tokens(html: &str, embeds: &[(bool, String)]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find(TOKEN_START) {
        out.push_str(&rest[..start]);
        let after = &rest[start + TOKEN_START.len_utf8()..];
        let Some(end) = after.find(TOKEN_END) else {
            out.push_str(&rest[start..]);
            return out;
        };
        match after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|n| embeds.get(n))
        {
            Some((_, embed)) => out.push_str(embed),
            None => out.push_str(
                &rest[start..start + TOKEN_START.len_utf8() + end + TOKEN_END.len_utf8()],
            ),
        }
        rest = &after[end + TOKEN_END.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// A block shortcode alone in a paragraph replaces the paragraph.
pub(super) fn lift_blocks(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        let alone = matches!(events[i], Event::Start(Tag::Paragraph))
            && matches!(events.get(i + 1), Some(Event::Html(h)) if is_token(h))
            && matches!(events.get(i + 2), Some(Event::End(TagEnd::Paragraph)));
        if alone {
            out.push(events[i + 1].clone());
            i += 3;
        } else {
            out.push(events[i].clone());
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod token_tests {
    use super::*;

    #[test]
    fn only_whole_placeholders_are_tokens() {
        assert!(is_token(&token(0)));
        assert!(is_token(&token(12)));
        assert!(!is_token(
            "\u{E000}tags: [\"</script><script>alert(1)</script>\"]"
        ));
        assert!(!is_token("\u{E000}\u{E001}"));
        assert!(!is_token("\u{E000}1\u{E001}<script>"));
    }
}
