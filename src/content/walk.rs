//! Walk `content/` and say what each file is: a page, a section's front matter, a dataset,
//! a file to copy, or something to ignore.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// What a Markdown file is, from where it sits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocKind {
    /// `content/<section>/<stem>.<lang>.md` or a bundle `content/<section>/<stem>/index.<lang>.md`.
    Article { section: String },
    /// `content/programs/<id>.<lang>.md`.
    Program,
    /// `content/<stem>.<lang>.md`: a page outside sections, such as "about".
    Standalone,
    /// `content/<section>/_index.<lang>.md`.
    SectionIndex { section: String },
    /// `content/_index.<lang>.md`: the home page's intro.
    HomeIndex,
}

/// A Markdown file found in `content/`, not yet read.
#[derive(Debug, Clone)]
pub struct DocPath {
    pub path: PathBuf,
    /// Relative to `content/`, with `/` separators.
    pub rel: String,
    pub kind: DocKind,
    /// The language suffix (`id` in `a.id.md`); `None` means the default language.
    pub lang: Option<String>,
    /// Translations share this key: the folder and stem without the language.
    pub key: String,
    /// The stem the slug comes from (a bundle's folder name).
    pub stem: String,
}

/// A file copied to the output at the same relative path.
#[derive(Debug, Clone)]
pub struct Asset {
    pub path: PathBuf,
    pub rel: String,
}

/// Everything in `content/`, classified.
#[derive(Debug, Default, Clone)]
pub struct Inventory {
    pub docs: Vec<DocPath>,
    pub assets: Vec<Asset>,
    /// `content/data/*.yaml`.
    pub datasets: Vec<Asset>,
    /// `content/data/*.csv` and `*.xlsx`: where datasets' rows may be kept
    /// (`rows: {file: ...}`). Sources only, never published.
    pub sheets: Vec<Asset>,
}

/// Folder name of the programs section; its pages are program pages.
pub const PROGRAMS: &str = "programs";
/// Folder name of the datasets.
pub const DATA: &str = "data";

/// The site folder with symlinks resolved: what a link in `content/` or a theme may lead
/// into. Links are followed inside it (walkdir detects loops) and never out of it, so a link
/// to `/etc/passwd` or `/proc/self/environ` is never read, published or served.
pub fn boundary(site_root: &Path) -> PathBuf {
    std::fs::canonicalize(site_root).unwrap_or_else(|_| site_root.to_path_buf())
}

/// Whether `path` is a symlink whose target lies outside `boundary` (or leads nowhere).
pub fn leaves_site(path: &Path, boundary: &Path) -> bool {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    is_link && !std::fs::canonicalize(path).is_ok_and(|target| target.starts_with(boundary))
}

/// The error for a link out of the site; it names the link, never what it leads to.
pub fn link_out_of_site(display: impl Into<PathBuf>) -> Diagnostic {
    Diagnostic::error(display, msg!("file-link-out-of-site"))
        .with_help(msg!("file-link-out-of-site-help"))
}

/// Walk `content_dir`. An unreadable entry is a diagnostic; the walk goes on.
pub fn walk(content_dir: &Path, site_root: &Path, problems: &mut Diagnostics) -> Inventory {
    let mut inventory = Inventory::default();
    let inside = boundary(site_root);
    let mut outside = Vec::new();
    if leaves_site(content_dir, &inside) {
        problems.push(link_out_of_site(crate::diagnostic::display_path(
            site_root,
            content_dir,
        )));
        return inventory;
    }
    let walker = WalkDir::new(content_dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0 && is_ignored(e.file_name().to_string_lossy().as_ref()) {
                return false;
            }
            if e.path_is_symlink() && leaves_site(e.path(), &inside) {
                outside.push(e.path().to_path_buf());
                return false;
            }
            true
        });
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let path = e.path().map(Path::to_path_buf).unwrap_or_default();
                let display = crate::diagnostic::display_path(site_root, &path);
                let message = if e.loop_ancestor().is_some() {
                    msg!("file-link-loop")
                } else {
                    msg!("file-cannot-read", reason = io_reason(&e))
                };
                problems.push(
                    Diagnostic::error(display, message).with_help(msg!("file-cannot-read-help")),
                );
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path().to_path_buf();
        let Ok(rel_path) = path.strip_prefix(content_dir) else {
            continue;
        };
        let rel = rel_path
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        classify(path.clone(), rel, &mut inventory);
    }
    for link in outside {
        problems.push(link_out_of_site(crate::diagnostic::display_path(
            site_root, &link,
        )));
    }
    inventory
}

fn io_reason(e: &walkdir::Error) -> String {
    e.io_error()
        .map(|io| io.kind().to_string())
        .unwrap_or_else(|| e.to_string())
}

/// Hidden files and editor leftovers are never content. (The watcher of `serve` and
/// `watch` ignores the same names, so an editor's temporary files never trigger a build.)
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || (name.starts_with('#') && name.ends_with('#'))
        // vim's test of whether a folder is writable
        || name == "4913"
        // JetBrains' "safe write"
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

fn classify(path: PathBuf, rel: String, inventory: &mut Inventory) {
    let parts: Vec<&str> = rel.split('/').collect();
    let file_name = parts[parts.len() - 1];
    if rel == "site.yaml" {
        return;
    }
    if parts.len() == 2
        && parts[0] == DATA
        && (file_name.ends_with(".yaml") || file_name.ends_with(".yml"))
    {
        inventory.datasets.push(Asset { path, rel });
        return;
    }
    if parts.len() == 2 && parts[0] == DATA && crate::data::sheet::Format::of(file_name).is_some() {
        inventory.sheets.push(Asset { path, rel });
        return;
    }
    let Some(without_md) = file_name.strip_suffix(".md") else {
        inventory.assets.push(Asset { path, rel });
        return;
    };
    let (base, lang) = split_language(without_md);
    let dir = parts[..parts.len() - 1].join("/");
    let section = parts
        .first()
        .filter(|_| parts.len() > 1)
        .map(|s| s.to_string());
    let (kind, stem, key) = match (base, section) {
        ("_index", None) => (DocKind::HomeIndex, String::new(), "_index".to_string()),
        ("_index", Some(section)) => (
            DocKind::SectionIndex { section },
            String::new(),
            format!("{dir}/_index"),
        ),
        (stem, None) => (DocKind::Standalone, stem.to_string(), stem.to_string()),
        ("index", Some(section)) if parts.len() >= 3 => {
            let folder = parts[parts.len() - 2].to_string();
            let kind = if section == PROGRAMS {
                DocKind::Program
            } else {
                DocKind::Article { section }
            };
            (kind, folder, dir.clone())
        }
        (stem, Some(section)) => {
            let kind = if section == PROGRAMS {
                DocKind::Program
            } else {
                DocKind::Article { section }
            };
            (kind, stem.to_string(), format!("{dir}/{stem}"))
        }
    };
    let lang = lang.map(str::to_string);
    inventory.docs.push(DocPath {
        path,
        rel,
        kind,
        lang,
        key,
        stem,
    });
}

/// `a.id` → (`a`, Some(`id`)); a suffix is a language when it is 2-3 lowercase letters.
pub fn split_language(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((base, suffix))
            if !base.is_empty()
                && (2..=3).contains(&suffix.len())
                && suffix.chars().all(|c| c.is_ascii_lowercase()) =>
        {
            (base, Some(suffix))
        }
        _ => (name, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_of(rel: &str) -> (DocKind, String, String, Option<String>) {
        let mut inv = Inventory::default();
        classify(PathBuf::from(rel), rel.to_string(), &mut inv);
        let d = inv.docs.remove(0);
        (d.kind, d.stem, d.key, d.lang)
    }

    #[test]
    fn files_are_classified_by_place_and_name() {
        let article = DocKind::Article {
            section: "news".into(),
        };
        assert_eq!(
            kind_of("news/2019-06-20-a.id.md"),
            (
                article.clone(),
                "2019-06-20-a".into(),
                "news/2019-06-20-a".into(),
                Some("id".into())
            )
        );
        assert_eq!(
            kind_of("news/2019-06-20-a/index.en.md"),
            (
                article,
                "2019-06-20-a".into(),
                "news/2019-06-20-a".into(),
                Some("en".into())
            )
        );
        assert_eq!(kind_of("programs/pkh.md").0, DocKind::Program);
        assert_eq!(kind_of("tentang.id.md").0, DocKind::Standalone);
        assert_eq!(kind_of("_index.en.md").0, DocKind::HomeIndex);
        assert_eq!(
            kind_of("news/_index.id.md").0,
            DocKind::SectionIndex {
                section: "news".into()
            }
        );
    }

    #[test]
    fn language_suffix_is_two_or_three_lowercase_letters() {
        assert_eq!(split_language("a.id"), ("a", Some("id")));
        assert_eq!(split_language("v1.2"), ("v1.2", None));
        assert_eq!(split_language("report.final"), ("report.final", None));
        assert_eq!(split_language(".id"), (".id", None));
    }
}
