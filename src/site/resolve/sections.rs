//! Sections: each content folder (and the programs) with its title, description and URL
//! word per language, from its `_index.<lang>.md`.

use super::Ctx;
use crate::config::Language;
use crate::content::walk::PROGRAMS;
use crate::content::{DocKind, Front, slug};
use crate::site::page::{Section, SectionLang};

impl Ctx<'_> {
    pub(super) fn sections(&self) -> Vec<Section> {
        let mut names: Vec<String> = self
            .docs
            .iter()
            .filter_map(|d| match &d.doc.kind {
                DocKind::Article { section } | DocKind::SectionIndex { section }
                    if section != PROGRAMS =>
                {
                    Some(section.clone())
                }
                _ => None,
            })
            .collect();
        names.sort();
        names.dedup();
        names
            .into_iter()
            .map(|name| self.section(&name, None))
            .collect()
    }

    pub(super) fn programs_section(&self) -> Section {
        self.section(
            PROGRAMS,
            Some(&|lang: &Language| lang.segments.programs.clone()),
        )
    }

    /// A section's title, description and URL per language, from its `_index.<lang>.md`.
    fn section(&self, name: &str, word: Option<&dyn Fn(&Language) -> String>) -> Section {
        let langs = self
            .config
            .languages
            .iter()
            .map(|lang| {
                let index = self.docs.iter().position(|d| {
                    d.lang == lang.code && matches!(&d.doc.kind, DocKind::SectionIndex { section } if section == name)
                });
                let front = index.and_then(|i| match &self.docs[i].front {
                    Front::Section(f) => Some(f),
                    Front::Page(_) => None,
                });
                let slug_word = match (word, front.and_then(|f| f.slug.as_ref())) {
                    (Some(word), _) => word(lang),
                    (None, Some(s)) => slug::slugify(&s.value),
                    (None, None) => slug::slugify(name),
                };
                SectionLang {
                    title: front.map(|f| f.title.value.clone()).unwrap_or_default(),
                    description: front.and_then(|f| f.description.clone()).unwrap_or_default(),
                    path: self.urls.page(lang, &[&slug_word]),
                    word: slug_word,
                    doc: index,
                }
            })
            .collect();
        Section {
            name: name.to_string(),
            langs,
        }
    }
}
