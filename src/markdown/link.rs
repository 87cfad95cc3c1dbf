//! Links to other content by file (`../programs/pkh.md`, `@/programs/pkh.md`), resolved to the
//! page in the reader's language, or its original when untranslated; `@/data/<id>.yaml` to a
//! dataset's page and `@/<section>/_index.md` to a section's list.

use crate::content::walk::{DATA, split_language};
use crate::messages::msg;
use crate::site::left_out::Reason;
use crate::site::{Site, resolve_asset};

/// Whether a link target names a content file rather than a URL.
pub fn is_content_link(dest: &str) -> bool {
    let path = dest.split('#').next().unwrap_or(dest);
    dest.starts_with("@/")
        || ((path.ends_with(".md") || path.ends_with(".yaml"))
            && !crate::site::url_is_external(dest))
}

/// Why a content link has no target.
#[derive(Debug, Clone, PartialEq)]
pub enum Unresolved {
    /// The file it names failed to load; that file's own error says why, so the link is
    /// not reported again (one mistake, one error).
    Reported,
    /// A problem to report at the link.
    Problem { message: String, help: String },
}

/// A content link as a page's Markdown resolved it. Where it leads depends on other pages
/// (which exist, in which languages, where they are), so a rebuild reuses the page only
/// while each of its links still resolves the same ([`ContentLink::holds`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ContentLink {
    pub dest: String,
    pub resolved: Result<String, Unresolved>,
}

impl ContentLink {
    /// Whether the link, written in `doc_rel` for a page in `lang`, resolves the same in `site`.
    pub fn holds(&self, site: &Site, doc_rel: &str, lang: &str) -> bool {
        resolve_page_link(site, doc_rel, &self.dest, lang) == self.resolved
    }
}

/// Resolve a content link written in the file `doc_rel` (relative to `content/`) for a page in
/// `lang`. Returns the href, or why there is none.
pub fn resolve_page_link(
    site: &Site,
    doc_rel: &str,
    dest: &str,
    lang: &str,
) -> Result<String, Unresolved> {
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let rel = match path.strip_prefix("@/") {
        Some(from_root) => resolve_asset("", &format!("/{from_root}")),
        None => resolve_asset(doc_rel, path),
    }
    .ok_or_else(|| Unresolved::Problem {
        message: msg!("link-outside-content", dest = dest),
        help: help(),
    })?;
    let href = match dataset_id(&rel) {
        Some(id) => dataset_href(site, id, lang, path)?,
        None => page_href(site, &rel, lang).ok_or_else(|| not_found(site, doc_rel, path, &rel))?,
    };
    Ok(match fragment {
        Some(f) => format!("{href}#{f}"),
        None => href,
    })
}

fn help() -> String {
    msg!("link-help")
}

/// `kemiskinan` for `data/kemiskinan.yaml`.
fn dataset_id(rel: &str) -> Option<&str> {
    rel.strip_prefix(DATA)?
        .strip_prefix('/')?
        .strip_suffix(".yaml")
}

fn dataset_href(site: &Site, id: &str, lang: &str, path: &str) -> Result<String, Unresolved> {
    if let Some(dataset) = site.dataset(id) {
        return Ok(site.urls.href(&site.dataset_path(dataset, lang)));
    }
    if site.skipped.is_broken_dataset(id) {
        return Err(Unresolved::Reported);
    }
    let known: Vec<&str> = site.datasets.iter().map(|d| d.id.as_str()).collect();
    Err(Unresolved::Problem {
        message: msg!("link-no-dataset", path = path, id = id),
        help: msg!(
            "link-no-dataset-help",
            suggestion = crate::yaml::suggest(id, &known)
        ),
    })
}

fn page_href(site: &Site, rel: &str, lang: &str) -> Option<String> {
    let without_md = rel.strip_suffix(".md").unwrap_or(rel);
    let (base, explicit_lang) = split_language(without_md);
    let want = explicit_lang.unwrap_or(lang);
    if base == "_index" {
        Some(site.urls.href(&site.urls.home(site.language(want))))
    } else if let Some(section) = base.strip_suffix("/_index") {
        section_href(site, section, want)
    } else {
        let key = base.strip_suffix("/index").unwrap_or(base);
        site.best_translation(key, want)
            .map(|p| site.urls.href(&p.path))
    }
}

/// Why the file `rel` has no page: left out, failed to load, or no such file (then the
/// file of that name elsewhere, at another depth).
fn not_found(site: &Site, doc_rel: &str, path: &str, rel: &str) -> Unresolved {
    let problem = |message: String, help: String| Unresolved::Problem { message, help };
    let published_with = |flag: &str| msg!("link-unpublished-help", flag = flag);
    match site.skipped.reason(rel) {
        Some(Reason::Draft) => {
            return problem(
                msg!("link-to-draft", path = path),
                published_with("--drafts"),
            );
        }
        Some(Reason::Embargo) => {
            return problem(msg!("embargo-link", path = path), msg!("embargo-link-help"));
        }
        Some(Reason::Future) => {
            return problem(
                msg!("link-to-future", path = path),
                published_with("--future"),
            );
        }
        None => {}
    }
    if site.skipped.is_broken_doc(rel) {
        return Unresolved::Reported;
    }
    if site.content_dir.join(rel).is_file() {
        return problem(msg!("link-to-broken", path = path), help());
    }
    let help = match same_name_elsewhere(site, doc_rel, rel) {
        Some(better) => msg!("link-other-depth-help", better = better),
        None => help(),
    };
    problem(msg!("link-no-page", path = path), help)
}

/// A content file named like `rel`'s last part, written relative to `doc_rel`: the fix for
/// a link at the wrong depth (`../pkh.md` for `../programs/pkh.md`).
fn same_name_elsewhere(site: &Site, doc_rel: &str, rel: &str) -> Option<String> {
    let written = rel.rsplit('/').next()?;
    let found = site
        .docs
        .iter()
        .map(|d| d.doc.rel.as_str())
        .chain(site.skipped.broken_docs.iter().map(String::as_str))
        .chain(site.skipped.pages.iter().map(|p| p.rel.as_str()))
        .find_map(|other| named(written, other))?;
    Some(relative(doc_rel, &found))
}

/// `rel` when its file is called `written`, with or without its language
/// (`pkh.md` names `programs/pkh.id.md`, given back as `programs/pkh.md`).
fn named(written: &str, rel: &str) -> Option<String> {
    let name = rel.rsplit('/').next()?;
    if name == written {
        return Some(rel.to_string());
    }
    let folder = &rel[..rel.len() - name.len()];
    let (stem, _lang) = name.strip_suffix(".md")?.rsplit_once('.')?;
    (format!("{stem}.md") == written).then(|| format!("{folder}{stem}.md"))
}

/// The path of `to` as written in a file at `from` (both relative to `content/`).
fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').collect::<Vec<_>>();
    let from_dirs = &from_dirs[..from_dirs.len().saturating_sub(1)];
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dirs
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out: Vec<&str> = vec![".."; from_dirs.len() - common];
    out.extend(&to_parts[common..]);
    out.join("/")
}

/// The help for a missing file `src` (written in `doc_rel`): a file whose name differs only
/// in upper and lower case is named, as the web server tells them apart.
pub fn missing_file_help(site: &Site, doc_rel: &str, src: &str, otherwise: &str) -> String {
    let twin = resolve_asset(doc_rel, src).and_then(|rel| {
        let path = site.content_dir.join(&rel);
        let name = path.file_name()?.to_str()?.to_lowercase();
        let folder = path.parent()?;
        std::fs::read_dir(folder)
            .ok()?
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.to_lowercase() == name)
            .min()
    });
    match twin {
        Some(real) => {
            let written = src.rsplit('/').next().unwrap_or(src);
            let fixed = format!("{}{real}", &src[..src.len() - written.len()]);
            msg!("link-case-help", fixed = fixed)
        }
        None => otherwise.to_string(),
    }
}

fn section_href(site: &Site, name: &str, lang: &str) -> Option<String> {
    let section = if name == crate::content::walk::PROGRAMS {
        Some(&site.programs)
    } else {
        site.section(name)
    }?;
    Some(site.urls.href(&site.section_lang(section, lang).path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_to_the_common_folder() {
        assert_eq!(
            relative("news/a.id.md", "programs/pkh.id.md"),
            "../programs/pkh.id.md"
        );
        assert_eq!(relative("news/x/index.id.md", "news/b.md"), "../b.md");
        assert_eq!(relative("about.md", "programs/pkh.md"), "programs/pkh.md");
    }

    #[test]
    fn a_file_is_named_with_or_without_its_language() {
        assert_eq!(
            named("pkh.md", "programs/pkh.id.md").as_deref(),
            Some("programs/pkh.md")
        );
        assert_eq!(
            named("pkh.id.md", "programs/pkh.id.md").as_deref(),
            Some("programs/pkh.id.md")
        );
        assert_eq!(named("bpnt.md", "programs/pkh.id.md"), None);
    }

    #[test]
    fn dataset_ids_come_from_data_files() {
        assert_eq!(dataset_id("data/kemiskinan.yaml"), Some("kemiskinan"));
        assert_eq!(dataset_id("news/kemiskinan.yaml"), None);
    }
}
