//! Front matter: split the `---` block from the body and read it into typed structs.

use serde::Deserialize;
use serde_saphyr::Spanned;

/// The parts of a Markdown file.
#[derive(Debug, Clone, Copy)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// Lines before the YAML (the opening `---`), so YAML line 1 is file line 2.
    pub yaml_line_offset: usize,
    pub body: &'a str,
    /// Lines before the body.
    pub body_line_offset: usize,
    /// Byte offset of the body in the file.
    pub body_byte_offset: usize,
}

/// Why a file has no usable front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SplitError {
    /// The file does not start with `---`.
    Missing,
    /// The opening `---` has no closing `---`.
    Unclosed,
}

/// Split `text` (BOM already removed) into front matter and body.
pub fn split(text: &str) -> Result<Split<'_>, SplitError> {
    let first_line_end = text.find('\n').map(|i| i + 1).unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "---" {
        return Err(SplitError::Missing);
    }
    let mut offset = first_line_end;
    let mut line = 1;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map(|i| offset + i + 1)
            .unwrap_or(text.len());
        line += 1;
        if text[offset..end].trim_end() == "---" {
            return Ok(Split {
                yaml: &text[first_line_end..offset],
                yaml_line_offset: 1,
                body: &text[end..],
                body_line_offset: line,
                body_byte_offset: end,
            });
        }
        offset = end;
    }
    Err(SplitError::Unclosed)
}

/// Front matter of articles, program pages and standalone pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFrontMatter {
    pub title: Spanned<String>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub updated: Option<Spanned<String>>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub slug: Option<Spanned<String>>,
    #[serde(default)]
    pub programs: Vec<Spanned<String>>,
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub image: Option<ImageMeta>,
    #[serde(default)]
    pub event: Option<EventMeta>,
    #[serde(default)]
    pub draft: bool,
    /// Held (absent from every output) until then: `2027-01-15T11:00:00+07:00`.
    #[serde(default)]
    pub embargo_until: Option<Spanned<String>>,
    /// In a translation: the version of the original it was made from (`terang translate`
    /// writes it; `check` warns when the original changed since).
    #[serde(default)]
    pub source_version: Option<Spanned<String>>,
}

/// The lead image of an article.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageMeta {
    pub src: Spanned<String>,
    #[serde(default)]
    pub alt: Option<Spanned<String>>,
    #[serde(default)]
    pub caption: Option<String>,
}

/// The `event:` block: makes an article an event page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventMeta {
    pub start: Spanned<String>,
    #[serde(default)]
    pub end: Option<Spanned<String>>,
    #[serde(default)]
    pub location: Option<LocationMeta>,
    #[serde(default)]
    pub organizer: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct LocationMeta {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub city: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
}

/// Front matter of `_index.<lang>.md` files (a section's, or the home page's).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFrontMatter {
    pub title: Spanned<String>,
    #[serde(default)]
    pub slug: Option<Spanned<String>>,
    #[serde(default)]
    pub description: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keeps_line_offsets() {
        let text = "---\ntitle: A\ndate: 2019-06-20\n---\nBody\n";
        let s = split(text).unwrap();
        assert_eq!(s.yaml, "title: A\ndate: 2019-06-20\n");
        assert_eq!(s.body, "Body\n");
        assert_eq!(s.body_line_offset, 4);
        assert_eq!(&text[s.body_byte_offset..], "Body\n");
    }

    #[test]
    fn windows_line_endings_split_too() {
        let s = split("---\r\ntitle: A\r\n---\r\nBody").unwrap();
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn missing_and_unclosed_front_matter_are_told_apart() {
        assert_eq!(split("# Title\n").unwrap_err(), SplitError::Missing);
        assert_eq!(split("---\ntitle: A\n").unwrap_err(), SplitError::Unclosed);
    }
}
