//! Files that pages refer to (images, downloads): where they are and what URL they get.

use std::path::Path;

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use super::url::{SitePath, Urls};

/// Characters escaped in a URL path segment.
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// Resolve `src` written in the document at `doc_rel` (relative to `content/`) to the
/// content-relative path of the file it names. `None` when it climbs out of `content/`.
pub fn resolve_asset(doc_rel: &str, src: &str) -> Option<String> {
    let src = src.split(['?', '#']).next().unwrap_or(src);
    let mut parts: Vec<&str> = if let Some(abs) = src.strip_prefix('/') {
        abs.split('/').collect()
    } else {
        let mut base: Vec<&str> = doc_rel.split('/').collect();
        base.pop();
        base.extend(src.split('/'));
        base
    };
    let mut out: Vec<&str> = Vec::new();
    for part in parts.drain(..) {
        match part {
            "" | "." => {}
            ".." => {
                out.pop()?;
            }
            p => out.push(p),
        }
    }
    if out.is_empty() {
        return None;
    }
    Some(out.join("/"))
}

/// The URL of a content file copied to the output at the same relative path.
pub fn asset_href(urls: &Urls, rel: &str) -> String {
    let encoded: Vec<String> = rel
        .split('/')
        .map(|s| utf8_percent_encode(s, SEGMENT).to_string())
        .collect();
    urls.href(&SitePath::file(&encoded.join("/")))
}

/// Whether `src` is a link to somewhere else (not a file of the site).
pub fn is_external(src: &str) -> bool {
    src.starts_with("//")
        || src.contains("://")
        || src.starts_with("mailto:")
        || src.starts_with("tel:")
        || src.starts_with("data:")
}

/// True when `rel` names a file in `content_dir`.
pub fn exists(content_dir: &Path, rel: &str) -> bool {
    content_dir.join(rel).is_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_resolve_against_the_document_folder() {
        assert_eq!(
            resolve_asset("news/a/index.id.md", "foto.jpg").as_deref(),
            Some("news/a/foto.jpg")
        );
        assert_eq!(
            resolve_asset("news/a.id.md", "../img/x.png").as_deref(),
            Some("img/x.png")
        );
        assert_eq!(
            resolve_asset("news/a.id.md", "/img/x.png").as_deref(),
            Some("img/x.png")
        );
        assert_eq!(resolve_asset("news/a.id.md", "../../x.png"), None);
    }
}
