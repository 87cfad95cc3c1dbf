//! Files that pages refer to (images, downloads): where they are and what URL they get.

use crate::messages::msg;
use std::collections::BTreeMap;
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

/// The bundles of the site (`news/<stem>/index.<lang>.md` with its files) and where each
/// one's page is published per language, so its files can be published beside the page.
#[derive(Debug, Default, Clone)]
pub struct Bundles {
    /// Bundle folder (relative to `content/`) → (language, page folder) in site language
    /// order; empty when no version of the page is published.
    dirs: BTreeMap<String, Vec<(String, String)>>,
}

impl Bundles {
    /// `docs` are the bundle documents' (content-relative path, language) and `published`
    /// their pages' (content-relative path, language, page folder), both in any order.
    pub fn new<'a>(
        docs: impl Iterator<Item = &'a str>,
        published: impl Iterator<Item = (&'a str, &'a str, &'a str)>,
        language_order: &[&str],
    ) -> Bundles {
        let mut dirs: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for rel in docs {
            if let Some(dir) = bundle_dir(rel) {
                dirs.entry(dir.to_string()).or_default();
            }
        }
        for (rel, lang, folder) in published {
            if let Some(dir) = bundle_dir(rel) {
                dirs.entry(dir.to_string())
                    .or_default()
                    .push((lang.to_string(), folder.to_string()));
            }
        }
        let rank = |l: &str| language_order.iter().position(|o| *o == l);
        for pages in dirs.values_mut() {
            pages.sort_by_key(|(l, _)| rank(l));
        }
        Bundles { dirs }
    }

    /// The bundle `rel` belongs to, and the rest of its path inside the bundle.
    fn find<'a>(&self, rel: &'a str) -> Option<(&[(String, String)], &'a str)> {
        let mut end = rel.len();
        while let Some(i) = rel[..end].rfind('/') {
            if let Some(pages) = self.dirs.get(&rel[..i]) {
                return Some((pages, &rel[i + 1..]));
            }
            end = i;
        }
        None
    }

    /// Every output path of the content file `rel` (unencoded).
    pub fn output_paths(&self, rel: &str) -> Vec<String> {
        match self.find(rel) {
            Some((pages, rest)) => pages.iter().map(|(_, f)| format!("{f}{rest}")).collect(),
            None => vec![rel.to_string()],
        }
    }

    /// The output path of `rel` as a page in `lang` links to it: beside the page in `lang`,
    /// else beside its original.
    pub fn output_path(&self, rel: &str, lang: &str) -> String {
        match self.find(rel) {
            Some((pages, rest)) => pages
                .iter()
                .find(|(l, _)| l == lang)
                .or_else(|| pages.first())
                .map(|(_, f)| format!("{f}{rest}"))
                .unwrap_or_else(|| rel.to_string()),
            None => rel.to_string(),
        }
    }
}

/// The folder of a bundle's `index.<lang>.md`, or `None` for other documents.
fn bundle_dir(doc_rel: &str) -> Option<&str> {
    let (dir, name) = doc_rel.rsplit_once('/')?;
    (name.starts_with("index.") && name.ends_with(".md") && dir.contains('/')).then_some(dir)
}

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

/// The root-relative URL of the output file at `rel` (unencoded).
pub fn asset_href(urls: &Urls, rel: &str) -> String {
    urls.href(&encoded(rel))
}

/// The absolute URL of the output file at `rel` (unencoded), for sharing.
pub fn asset_url(urls: &Urls, rel: &str) -> String {
    urls.absolute(&encoded(rel))
}

fn encoded(rel: &str) -> SitePath {
    let parts: Vec<String> = rel
        .split('/')
        .map(|s| utf8_percent_encode(s, SEGMENT).to_string())
        .collect();
    SitePath::file(&parts.join("/"))
}

/// Whether `src` is a link to somewhere else (not a file of the site).
pub fn is_external(src: &str) -> bool {
    src.starts_with("//")
        || src.contains("://")
        || src.starts_with("mailto:")
        || src.starts_with("tel:")
        || src.starts_with("data:")
}

/// True when `rel` names a file in `content_dir` that the build publishes: not `site.yaml`,
/// a dataset's YAML or a hidden or editor file, which stay out of the output (a link to one
/// passed the check and was broken on the site: issue 17, finding 15).
pub fn exists(content_dir: &Path, rel: &str) -> bool {
    content_dir.join(rel).is_file() && unpublished_source(rel).is_none()
}

/// Why a file of `content/` is never copied to the output, with what to link to instead.
pub fn unpublished_source(rel: &str) -> Option<String> {
    let parts: Vec<&str> = rel.split('/').collect();
    if rel == "site.yaml" {
        return Some(msg!("unpublished-site-yaml"));
    }
    if let [folder, file] = parts.as_slice()
        && *folder == crate::content::walk::DATA
        && let Some(id) = file
            .strip_suffix(".yaml")
            .or_else(|| file.strip_suffix(".yml"))
    {
        return Some(msg!("unpublished-dataset-yaml", id = id));
    }
    parts
        .iter()
        .any(|p| crate::content::walk::is_ignored(p))
        .then(|| msg!("unpublished-hidden"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17, finding 15: sources the build never copies are not files a link may name.
    #[test]
    fn finding_15_site_yaml_and_dataset_sources_are_not_published_files() {
        assert!(unpublished_source("site.yaml").is_some());
        let dataset = unpublished_source("data/kemiskinan.yaml").unwrap_or_default();
        assert!(dataset.contains("@/data/kemiskinan.yaml"), "{dataset}");
        assert!(unpublished_source("news/a/.env").is_some());
        assert!(unpublished_source("news/a/laporan.pdf").is_none());
        assert!(unpublished_source("data/laporan.pdf").is_none());
        assert!(unpublished_source("news/data/x.yaml").is_none());
    }

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

    #[test]
    fn bundle_files_are_published_beside_the_page_in_each_language() {
        let docs = [
            "news/a/index.id.md",
            "news/a/index.en.md",
            "news/d/index.id.md",
            "news/b.id.md",
        ];
        let published = [
            ("news/a/index.en.md", "en", "en/news/a-slug/"),
            ("news/a/index.id.md", "id", "berita/a-slug/"),
        ];
        let b = Bundles::new(docs.into_iter(), published.into_iter(), &["id", "en"]);
        assert_eq!(
            b.output_paths("news/a/foto.jpg"),
            ["berita/a-slug/foto.jpg", "en/news/a-slug/foto.jpg"]
        );
        assert_eq!(
            b.output_path("news/a/img/x.png", "en"),
            "en/news/a-slug/img/x.png"
        );
        assert_eq!(
            b.output_path("news/a/foto.jpg", "fr"),
            "berita/a-slug/foto.jpg"
        );
        // A draft's files are not published; files outside bundles keep their path.
        assert!(b.output_paths("news/d/foto.jpg").is_empty());
        assert_eq!(b.output_paths("news/foto.jpg"), ["news/foto.jpg"]);
    }
}
