//! Taxonomies (`tags`, `regions`): the terms used in each language and the pages carrying them.

use std::collections::{BTreeMap, HashMap};

use super::{PageKind, Site, SitePath};
use crate::content::slug::slugify;

/// Which taxonomy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Taxonomy {
    Tags,
    Regions,
}

impl Taxonomy {
    pub const ALL: [Taxonomy; 2] = [Taxonomy::Tags, Taxonomy::Regions];

    /// The taxonomy's URL word in `lang` (`topik`, `wilayah`, `topics`, `regions`).
    pub fn word<'a>(&self, site: &'a Site, lang: &str) -> &'a str {
        let segments = &site.language(lang).segments;
        match self {
            Taxonomy::Tags => &segments.tags,
            Taxonomy::Regions => &segments.regions,
        }
    }

    /// The interface-string key of its name ("Topik" / "Topics").
    pub fn i18n_key(&self) -> &'static str {
        match self {
            Taxonomy::Tags => "topics",
            Taxonomy::Regions => "regions",
        }
    }

    pub fn terms_of<'a>(&self, page: &'a super::Page) -> &'a [String] {
        match self {
            Taxonomy::Tags => &page.tags,
            Taxonomy::Regions => &page.regions,
        }
    }
}

/// A term in one language, with the articles carrying it (indices into `Site::pages`, newest first).
#[derive(Debug, Clone)]
pub struct Term {
    pub name: String,
    pub slug: String,
    pub pages: Vec<usize>,
}

impl Site {
    /// The terms of `taxonomy` in `lang`, by slug (terms differing only in case or accents merge).
    pub fn terms(&self, taxonomy: Taxonomy, lang: &str) -> Vec<Term> {
        let mut by_slug: BTreeMap<String, Term> = BTreeMap::new();
        for (index, page) in self.pages.iter().enumerate() {
            if page.lang != lang || !matches!(page.kind, PageKind::Article { .. }) {
                continue;
            }
            for name in taxonomy.terms_of(page) {
                let slug = slugify(name);
                if slug.is_empty() {
                    continue;
                }
                let term = by_slug.entry(slug.clone()).or_insert_with(|| Term {
                    name: name.clone(),
                    slug,
                    pages: Vec::new(),
                });
                // Pages come in order: a page naming the term twice is the last one added.
                if term.pages.last() != Some(&index) {
                    term.pages.push(index);
                }
            }
        }
        by_slug.into_values().collect()
    }

    pub fn taxonomy_path(&self, taxonomy: Taxonomy, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[taxonomy.word(self, lang)])
    }

    pub fn term_path(&self, taxonomy: Taxonomy, lang: &str, slug: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[taxonomy.word(self, lang), slug])
    }

    /// The counterpart in `other` of each of `terms` (see [`Site::counterpart`]), in order,
    /// computed in parallel once per build.
    pub fn counterparts(
        &self,
        taxonomy: Taxonomy,
        terms: &[Term],
        other: &str,
        other_terms: &[Term],
    ) -> Vec<Option<String>> {
        use rayon::prelude::*;
        let sizes: HashMap<&str, usize> = other_terms
            .iter()
            .map(|t| (t.slug.as_str(), t.pages.len()))
            .collect();
        terms
            .par_iter()
            .map(|term| self.counterpart(taxonomy, term, other, &sizes))
            .collect()
    }

    /// The term in `other` carried by the translations of every page of `term`: its
    /// counterpart ("pelatihan" ↔ "training"). `None` when no single term fits.
    /// `other_sizes` gives the number of pages of each term of `taxonomy` in `other`, by slug.
    fn counterpart(
        &self,
        taxonomy: Taxonomy,
        term: &Term,
        other: &str,
        other_sizes: &HashMap<&str, usize>,
    ) -> Option<String> {
        let translations: Vec<&super::Page> = term
            .pages
            .iter()
            .filter_map(|&i| self.translation(&self.pages[i].key, other))
            .collect();
        if translations.is_empty() || translations.len() < term.pages.len() {
            return None;
        }
        let first = translations[0];
        let candidates: Vec<String> = taxonomy
            .terms_of(first)
            .iter()
            .map(|n| slugify(n))
            .filter(|slug| {
                translations
                    .iter()
                    .all(|p| taxonomy.terms_of(p).iter().any(|n| slugify(n) == *slug))
            })
            // The counterpart must carry exactly the translations of the term's pages.
            .filter(|slug| other_sizes.get(slug.as_str()) == Some(&translations.len()))
            .collect();
        match candidates.len() {
            0 => None,
            1 => candidates.into_iter().next(),
            // Several fit (an article tagged [pendampingan, pelatihan] translated as
            // [facilitation, training]): pair them by their place in the list.
            _ => {
                let source = &self.pages[term.pages[0]];
                let place = taxonomy
                    .terms_of(source)
                    .iter()
                    .position(|n| slugify(n) == term.slug)?;
                let same_place = taxonomy.terms_of(first).get(place).map(|n| slugify(n))?;
                candidates.into_iter().find(|c| *c == same_place)
            }
        }
    }
}
