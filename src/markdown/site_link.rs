//! Links written as site addresses (`/berita/some-slug/`, `/en/data/gini/`) or as absolute
//! URLs under `base_url`, as staff copy them from the browser. Each is given the base URL's
//! path while the page renders (so it survives a sub-path deploy), and checked once every
//! output file is known, against what the build made; a miss names the content file to link
//! instead.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::site::{Site, SitePath};

/// A site-address link met in a page, checked after rendering.
#[derive(Debug, Clone, PartialEq)]
pub struct SiteLink {
    /// The target inside the site, without the base path, `?query` or `#fragment`
    /// (`berita/awal/`, `data/kemiskinan.csv`, `""` for the home page).
    pub target: String,
    /// The problem to report when nothing is there, placed at the link.
    pub missing: Diagnostic,
}

/// How a link written in Markdown points into the site.
pub enum Address {
    /// Not a site address: another host, a relative path, a fragment.
    Other,
    /// A site address; `href` is what to write in the page instead (`None`: as written).
    Site {
        target: String,
        href: Option<String>,
    },
}

/// Read `dest` as a site address of `site`, if it is one.
pub fn address(site: &Site, dest: &str) -> Address {
    let base_path = site.urls.base_path();
    if let Some(rooted) = dest.strip_prefix('/').filter(|_| !dest.starts_with("//")) {
        // Written with the base path already (`/transparansi/berita/x/`): keep it once.
        let inside = dest
            .strip_prefix(base_path)
            .filter(|_| base_path != "/")
            .unwrap_or(rooted);
        return Address::Site {
            target: target_of(inside),
            href: Some(site.urls.href(&SitePath::file(inside))),
        };
    }
    let base = site.config.base_url.as_str();
    match strip_prefix_ignore_case(dest, base) {
        Some(inside) => Address::Site {
            target: target_of(inside),
            href: None,
        },
        None => Address::Other,
    }
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// The output-relative target of a path inside the site: no query, fragment or
/// percent-escapes.
fn target_of(inside: &str) -> String {
    let path = inside.split(['?', '#']).next().unwrap_or(inside);
    percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .trim_start_matches('/')
        .to_string()
}

/// The message for a site-address link, used when its target turns out to be missing.
pub fn missing_message(written: &str) -> String {
    msg!("link-no-address", written = written)
}

/// Report every link in `links` whose target is not among `files` (output-relative paths).
pub fn check(site: &Site, links: &[SiteLink], files: &[&str], problems: &mut Diagnostics) {
    if links.is_empty() {
        return;
    }
    let made: HashSet<&str> = files.iter().copied().collect();
    let mut reported = HashSet::new();
    for link in links {
        let place = (&link.missing.file, link.missing.line, link.missing.column);
        if exists(&made, &link.target) || !reported.insert(place) {
            continue;
        }
        problems.push(link.missing.clone().with_help(help(site, &link.target)));
    }
}

/// Whether every link in `links` has its target among `files`: a quick rebuild that
/// renders some pages again checks their links against the last full build's files.
pub fn all_found(links: &[SiteLink], files: &HashSet<String>) -> bool {
    let made: HashSet<&str> = files.iter().map(String::as_str).collect();
    links.iter().all(|link| exists(&made, &link.target))
}

fn exists(made: &HashSet<&str>, target: &str) -> bool {
    if target.is_empty() || target.ends_with('/') {
        return made.contains(format!("{target}index.html").as_str());
    }
    made.contains(target) || made.contains(format!("{target}/index.html").as_str())
}

/// The content file to link instead, when a page's address is close to the one written.
fn help(site: &Site, target: &str) -> String {
    let wanted = target.trim_end_matches('/');
    let pages = site.pages.iter().map(|p| {
        let rel = &site.docs[p.doc].doc.rel;
        (
            p.path.as_str().trim_end_matches('/'),
            file_link(rel, &p.lang),
        )
    });
    let datasets = site.config.languages.iter().flat_map(|l| {
        site.datasets.iter().map(move |d| {
            let path = site.dataset_path(d, &l.code);
            (path.as_str().to_string(), format!("@/data/{}.yaml", d.id))
        })
    });
    let candidates: Vec<(String, String)> = pages
        .map(|(path, link)| (path.to_string(), link))
        .chain(datasets.map(|(path, link)| (path.trim_end_matches('/').to_string(), link)))
        .collect();
    let best = candidates
        .iter()
        .map(|(path, link)| (strsim::jaro_winkler(wanted, path), link))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, link)) => msg!("link-address-did-you-mean", link = link),
        None => msg!("link-address-help"),
    }
}

/// `@/news/2025-01-10-awal.md` for `news/2025-01-10-awal.id.md`: the page in the reader's
/// language, whichever page links to it.
fn file_link(rel: &str, lang: &str) -> String {
    let neutral = rel
        .strip_suffix(&format!(".{lang}.md"))
        .map(|stem| format!("{stem}.md"))
        .unwrap_or_else(|| rel.to_string());
    format!("@/{neutral}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_lose_query_fragment_and_escapes() {
        assert_eq!(target_of("berita/x/#bagian"), "berita/x/");
        assert_eq!(target_of("news/foto%20saya.jpg?v=2"), "news/foto saya.jpg");
        assert_eq!(target_of(""), "");
    }

    #[test]
    fn a_folder_or_a_file_exists() {
        let made: HashSet<&str> = ["index.html", "berita/x/index.html", "data/a.csv"].into();
        assert!(exists(&made, ""));
        assert!(exists(&made, "berita/x/"));
        assert!(exists(&made, "berita/x"));
        assert!(exists(&made, "data/a.csv"));
        assert!(!exists(&made, "berita/y/"));
    }

    #[test]
    fn file_links_drop_the_language() {
        assert_eq!(
            file_link("news/2025-01-10-awal.id.md", "id"),
            "@/news/2025-01-10-awal.md"
        );
        assert_eq!(file_link("news/x/index.en.md", "en"), "@/news/x/index.md");
    }
}
