//! Translations kept in step with their original. A translation records the version of the
//! original it was made from in its front matter (`source_version`, written by
//! `terang translate`): a short hash of each part a translation follows — the title, the
//! summary, each block of the body (a heading, a paragraph, a list, split at blank lines,
//! spaces collapsed so re-wrapping a paragraph changes nothing). When the original's parts
//! differ from the recorded ones, `check` warns (`--strict`: fails), naming both files and
//! the parts that are new or changed. The writer brings the translation in step, then sets
//! `source_version` to the value the warning gives.

use std::collections::HashSet;

use crate::content::{Front, SourceDoc};
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// The front-matter key of a translation that records its original's version.
pub const KEY: &str = "source_version";

/// Parts named in one warning at most; the rest are counted.
const NAMED_PARTS: usize = 3;

/// A part of a page that its translations follow.
struct Part {
    /// How a writer finds it: "the title", "heading “Penyaluran”", "the paragraph at line 12 “Bantuan …”".
    label: String,
    hash: String,
}

/// The version of `doc` a translation records: its parts' hashes, joined by dots.
pub fn version(doc: &SourceDoc) -> String {
    parts(doc)
        .iter()
        .map(|p| p.hash.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

/// The warning for the translation `translation` (recording `recorded`) of `original`, when
/// the original changed since; `None` when they are in step.
pub fn check(
    translation: &SourceDoc,
    recorded: &serde_saphyr::Spanned<String>,
    original: &SourceDoc,
) -> Option<Diagnostic> {
    let now = parts(original);
    let was: Vec<&str> = recorded.value.split('.').map(str::trim).collect();
    if now.iter().map(|p| p.hash.as_str()).eq(was.iter().copied()) {
        return None;
    }
    let known: HashSet<&str> = was.iter().copied().collect();
    let current: HashSet<&str> = now.iter().map(|p| p.hash.as_str()).collect();
    let changed: Vec<&str> = now
        .iter()
        .filter(|p| !known.contains(p.hash.as_str()))
        .map(|p| p.label.as_str())
        .collect();
    let removed = was.iter().filter(|h| !current.contains(*h)).count();
    let loc = recorded.referenced;
    Some(
        Diagnostic::warning(
            &translation.display,
            stale_message(&original.display, &changed, removed),
        )
        .at(
            &translation.text,
            loc.line() as usize + 1,
            loc.column() as usize,
        )
        .with_help(msg!(
            "stale-help",
            original = original.display.display(),
            key = KEY,
            version = version(original)
        )),
    )
}

/// "the original `content/news/x.id.md` changed since this translation was made: new or
/// changed: the title, the paragraph at line 9 “…”; 1 part removed".
fn stale_message(original: &std::path::Path, changed: &[&str], removed: usize) -> String {
    let mut what = Vec::new();
    if !changed.is_empty() {
        let named: Vec<&str> = changed.iter().take(NAMED_PARTS).copied().collect();
        let named = match changed.len().saturating_sub(NAMED_PARTS) {
            0 => named.join(", "),
            n => msg!("list-more", items = named.join(", "), count = n),
        };
        what.push(msg!("stale-changed", parts = named));
    }
    if removed > 0 {
        what.push(msg!("stale-removed", count = removed));
    }
    if what.is_empty() {
        what.push(msg!("stale-reordered"));
    }
    msg!(
        "stale-message",
        original = original.display(),
        what = what.join("; ")
    )
}

fn parts(doc: &SourceDoc) -> Vec<Part> {
    let mut parts = Vec::new();
    if let Front::Page(front) = &doc.front {
        parts.push(part(msg!("stale-part-title"), &front.title.value));
        if let Some(summary) = front.summary.as_deref().filter(|s| !s.trim().is_empty()) {
            parts.push(part(msg!("stale-part-summary"), summary));
        }
    }
    let first_line = doc.text[..doc.body_start].matches('\n').count() + 1;
    let mut block = String::new();
    let mut start = first_line;
    for (i, line) in doc.body().lines().chain(std::iter::once("")).enumerate() {
        if line.trim().is_empty() {
            if !block.trim().is_empty() {
                parts.push(part(block_label(&block, start), &block));
            }
            block.clear();
            start = first_line + i + 1;
        } else {
            block.push_str(line);
            block.push('\n');
        }
    }
    parts
}

fn part(label: String, text: &str) -> Part {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let hash = xxhash_rust::xxh3::xxh3_64(collapsed.as_bytes());
    Part {
        label,
        hash: format!("{:04x}", hash & 0xffff),
    }
}

/// `heading “Penyaluran”` or `the paragraph at line 12 “Bantuan sosial …”`.
fn block_label(block: &str, line: usize) -> String {
    let words: Vec<&str> = block.split_whitespace().collect();
    if let Some(title) = block.strip_prefix('#') {
        let title = title.trim_start_matches('#').trim();
        let title = title.lines().next().unwrap_or(title);
        return msg!("stale-part-heading", line = line, title = title);
    }
    let quoted = match words.len() {
        0..=6 => words.join(" "),
        _ => format!("{} …", words[..6].join(" ")),
    };
    msg!("stale-part-paragraph", line = line, text = quoted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_does_not_change_a_part() {
        assert_eq!(
            part(String::new(), "a b\nc").hash,
            part(String::new(), "a  b c").hash
        );
        assert_ne!(
            part(String::new(), "a b c").hash,
            part(String::new(), "a b d").hash
        );
    }

    #[test]
    fn labels_quote_the_first_words() {
        assert_eq!(
            block_label("## Penyaluran\n", 7),
            "the heading at line 7 “Penyaluran”"
        );
        assert_eq!(
            block_label("Satu dua tiga empat lima enam tujuh.\n", 9),
            "the paragraph at line 9 “Satu dua tiga empat lima enam …”"
        );
    }

    #[test]
    fn the_message_names_what_changed_and_counts_the_rest() {
        let path = std::path::Path::new("content/news/a.id.md");
        let message = stale_message(path, &["the title", "a", "b", "c"], 1);
        assert!(
            message.contains("new or changed: the title, a, b and 1 more; 1 part removed"),
            "{message}"
        );
    }
}
