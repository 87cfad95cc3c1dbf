//! Translation coverage: which pages have no version in a site language, and which
//! translations fell behind their original since they were made (`source_version`, see
//! [`super::stale`]). Reported as warnings by `check`, so `--strict` lets CI require every
//! translation, in step.

use super::Site;
use crate::content::{Front, SourceDoc};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// One warning per page missing in a language, naming the file and the language; one per
/// translation whose original changed since it was made.
pub fn report(site: &Site, problems: &mut Diagnostics) {
    missing(site, problems);
    stale(site, problems);
}

fn missing(site: &Site, problems: &mut Diagnostics) {
    let mut seen = std::collections::BTreeSet::new();
    for page in &site.pages {
        if !seen.insert(page.key.as_str()) {
            continue;
        }
        let missing: Vec<&str> = site
            .config
            .languages
            .iter()
            .filter(|l| site.translation(&page.key, &l.code).is_none())
            .map(|l| l.code.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        let Some(original) = site.best_translation(&page.key, "") else {
            continue;
        };
        let doc = &site.docs[original.doc];
        problems.push(missing_warning(site, doc, &missing));
    }
}

fn missing_warning(site: &Site, doc: &SourceDoc, missing: &[&str]) -> Diagnostic {
    let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
    let stem = stem_of(&doc.doc.rel);
    let until = match site.config.untranslated {
        crate::config::Untranslated::Show => msg!("coverage-until-show"),
        crate::config::Untranslated::Hide => msg!("coverage-until-hide"),
    };
    let add = missing
        .iter()
        .map(|m| format!("content/{stem}.{m}.md"))
        .collect::<Vec<_>>()
        .join(", ");
    let help = match counterpart(site, doc, missing) {
        Some(Rename { file, of, to }) => msg!(
            "coverage-rename-help",
            file = file,
            of = of,
            to = to,
            add = &add
        ),
        None => msg!(
            "coverage-add-help",
            add = &add,
            original = doc.display.display(),
            until = until
        ),
    };
    Diagnostic::warning(
        &doc.display,
        msg!("coverage-missing", languages = names.join(", ")),
    )
    .with_help(help)
}

/// `news/2025-01-10-awal` for `news/2025-01-10-awal.id.md`.
fn stem_of(rel: &str) -> &str {
    let without = rel.trim_end_matches(".md");
    without.rsplit_once('.').map(|(s, _)| s).unwrap_or(without)
}

/// The translation `file` of `of` under another name, to be renamed `to`.
struct Rename {
    file: String,
    of: String,
    to: String,
}

/// A file in the same folder, in a missing language, with no version in `doc`'s language
/// and the same date: likely `doc`'s translation under another name (`terang new --lang en`
/// names a file after its English title). The file in the default language keeps its name;
/// the other is renamed after it.
fn counterpart(site: &Site, doc: &SourceDoc, missing: &[&str]) -> Option<Rename> {
    let folder = doc.doc.rel.rsplit_once('/').map_or("", |(f, _)| f);
    let date = dated(&doc.doc.stem)?;
    let default = &site.config.default_language().code;
    let rename = |file: &SourceDoc, of: &SourceDoc| Rename {
        file: file.doc.rel.clone(),
        of: of.doc.rel.clone(),
        to: format!("{}.{}.md", stem_of(&of.doc.rel), file.lang),
    };
    site.docs.iter().find_map(|other| {
        let other_folder = other.doc.rel.rsplit_once('/').map_or("", |(f, _)| f);
        let orphan = site
            .docs
            .iter()
            .all(|d| d.doc.key != other.doc.key || d.lang != doc.lang);
        (other_folder == folder
            && other.doc.key != doc.doc.key
            && missing.contains(&other.lang.as_str())
            && dated(&other.doc.stem) == Some(date)
            && orphan)
            .then(|| match &other.lang == default {
                true => rename(doc, other),
                false => rename(other, doc),
            })
    })
}

/// `2025-01-10` for `2025-01-10-awal`.
fn dated(stem: &str) -> Option<&str> {
    let date = stem.get(..10)?;
    date.chars()
        .enumerate()
        .all(|(i, c)| matches!(i, 4 | 7) && c == '-' || !matches!(i, 4 | 7) && c.is_ascii_digit())
        .then_some(date)
}

/// Translations that record an original version (`source_version`) the original no longer has.
fn stale(site: &Site, problems: &mut Diagnostics) {
    for doc in &site.docs {
        let Front::Page(front) = &doc.front else {
            continue;
        };
        let Some(recorded) = &front.source_version else {
            continue;
        };
        let Some(original) = original_of(site, doc) else {
            continue;
        };
        if let Some(warning) = super::stale::check(doc, recorded, original) {
            problems.push(warning);
        }
    }
}

/// The version of `doc` in another language it was translated from: the default
/// language's first, else the first other.
fn original_of<'s>(site: &'s Site, doc: &SourceDoc) -> Option<&'s SourceDoc> {
    let others = || {
        site.docs
            .iter()
            .filter(|d| d.doc.key == doc.doc.key && d.lang != doc.lang)
    };
    let default = &site.config.default_language().code;
    others()
        .find(|d| &d.lang == default)
        .or_else(|| others().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_lead_article_names() {
        assert_eq!(dated("2025-01-10-awal"), Some("2025-01-10"));
        assert_eq!(dated("pkh"), None);
        assert_eq!(dated("2025x01-10-awal"), None);
    }

    #[test]
    fn stems_lose_language_and_extension() {
        assert_eq!(
            stem_of("news/2025-01-10-awal.id.md"),
            "news/2025-01-10-awal"
        );
        assert_eq!(stem_of("about.md"), "about");
    }
}
