//! Translation coverage: which pages have no version in a site language. Reported as warnings
//! by `build` and `check`, so `--strict` lets CI require every translation.

use super::Site;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// One warning per page missing in a language, naming the file and the language.
pub fn report(site: &Site, problems: &mut Diagnostics) {
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
        let names: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
        let stem = doc
            .doc
            .rel
            .trim_end_matches(".md")
            .rsplit_once('.')
            .map(|(s, _)| s)
            .unwrap_or(doc.doc.rel.trim_end_matches(".md"));
        problems.push(
            Diagnostic::warning(&doc.display, format!("no {} translation", names.join(", ")))
                .with_help(format!(
                    "add {}; until then, lists in that language {}",
                    missing
                        .iter()
                        .map(|m| format!("content/{stem}.{m}.md"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    match site.config.untranslated {
                        crate::config::Untranslated::Show => "show this page with a language label",
                        crate::config::Untranslated::Hide => "leave it out",
                    }
                )),
        );
    }
}
