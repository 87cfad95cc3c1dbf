//! Pages for finding things: taxonomy indexes, term pages (paginated) and the events page.

use std::collections::HashMap;

use serde::Serialize;

use super::context::{Chrome, PageIdentity};
use super::lists::ListSection;
use super::pages::{Made, Renderer};
use super::view::Item;
use crate::diagnostic::Diagnostic;
use crate::i18n::locales::Locales;
use crate::site::taxonomy::{Taxonomy, Term};
use crate::site::{PageKind, Site, SitePath};

/// Articles in each language's feed.
pub const FEED_SIZE: usize = 20;

/// Terms and events, computed once per build before pages render in parallel.
pub struct Discovery {
    terms: HashMap<(Taxonomy, String), Vec<Term>>,
    /// Article pages with an event listed in each language (untranslated ones included when
    /// the site shows them), by start (earliest first).
    events: HashMap<String, Vec<usize>>,
    /// The newest articles of each language, for its feed.
    feeds: HashMap<String, Vec<usize>>,
    /// Articles listed per (section, language), newest first; section "" means all.
    lists: HashMap<(String, String), Vec<usize>>,
    /// Navigation and footer links per language.
    chrome: HashMap<String, Chrome>,
    /// Each term's counterpart in each other language ([`Site::counterparts`]), by
    /// (taxonomy, language, other language), in the order of `terms`.
    counterparts: HashMap<(Taxonomy, String, String), Vec<Option<String>>>,
    /// Paths of draft pages (shown by `serve` and `--drafts`), kept out of the sitemap.
    drafts: std::collections::HashSet<String>,
}

impl Discovery {
    pub fn new(site: &Site, locales: &Locales) -> Discovery {
        let mut terms = HashMap::new();
        let mut events = HashMap::new();
        let mut feeds = HashMap::new();
        for lang in &site.config.languages {
            for taxonomy in Taxonomy::ALL {
                let mut list = site.terms(taxonomy, &lang.code);
                list.sort_by(|a, b| locales.compare(&lang.code, &a.name, &b.name));
                terms.insert((taxonomy, lang.code.clone()), list);
            }
            // Its own events and, with `untranslated: show`, those only another language has.
            let mut with_events: Vec<usize> = site
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.event.is_some()
                        && matches!(p.kind, PageKind::Article { .. })
                        && listed(site, p, &lang.code)
                })
                .map(|(i, _)| i)
                .collect();
            with_events.sort_by_key(|&i| {
                let page = &site.pages[i];
                let start = page.event.as_ref().map(|e| e.start.at.timestamp());
                (start, page.key.clone())
            });
            events.insert(lang.code.clone(), with_events);
            // Pages are sorted newest first already.
            let newest: Vec<usize> = site
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.lang == lang.code && !p.draft && matches!(p.kind, PageKind::Article { .. })
                })
                .map(|(i, _)| i)
                .take(FEED_SIZE)
                .collect();
            feeds.insert(lang.code.clone(), newest);
        }
        let mut counterparts = HashMap::new();
        for ((taxonomy, lang), list) in &terms {
            for other in site.config.languages.iter().filter(|l| l.code != *lang) {
                let other_terms = terms
                    .get(&(*taxonomy, other.code.clone()))
                    .map(Vec::as_slice)
                    .unwrap_or(&[]);
                counterparts.insert(
                    (*taxonomy, lang.clone(), other.code.clone()),
                    site.counterparts(*taxonomy, list, &other.code, other_terms),
                );
            }
        }
        keep_mutual(&mut counterparts, &terms);
        let lists = lists(site);
        let chrome = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), Chrome::new(site, &l.code)))
            .collect();
        let drafts = site
            .pages
            .iter()
            .filter(|p| p.draft)
            .map(|p| p.path.as_str().to_string())
            .collect();
        Discovery {
            drafts,
            terms,
            events,
            feeds,
            lists,
            chrome,
            counterparts,
        }
    }

    /// The counterpart in `other` of term number `term` of `taxonomy` in `lang`: a pair
    /// both sides agree on, so hreflang alternates are reciprocal.
    pub fn counterpart(
        &self,
        taxonomy: Taxonomy,
        lang: &str,
        term: usize,
        other: &str,
    ) -> Option<&str> {
        self.counterparts
            .get(&(taxonomy, lang.to_string(), other.to_string()))?
            .get(term)?
            .as_deref()
    }

    /// Articles listed in `lang` (all sections when `section` is `None`): its own, plus
    /// untranslated ones from other languages when the site shows them. Newest first.
    pub fn list(&self, section: Option<&str>, lang: &str) -> &[usize] {
        self.lists
            .get(&(section.unwrap_or("").to_string(), lang.to_string()))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Navigation and footer links of `lang`.
    pub fn chrome(&self, lang: &str) -> Option<&Chrome> {
        self.chrome.get(lang)
    }

    pub fn feed(&self, lang: &str) -> &[usize] {
        self.feeds.get(lang).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Whether the page at `path` is a draft.
    pub fn is_draft(&self, path: &crate::site::SitePath) -> bool {
        !self.drafts.is_empty() && self.drafts.contains(path.as_str())
    }

    pub fn in_feed(&self, page: usize) -> bool {
        self.feeds.values().any(|f| f.contains(&page))
    }

    pub fn terms(&self, taxonomy: Taxonomy, lang: &str) -> &[Term] {
        self.terms
            .get(&(taxonomy, lang.to_string()))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    pub fn events(&self, lang: &str) -> &[usize] {
        self.events.get(lang).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Serialize)]
struct TermView {
    name: String,
    url: String,
    count: usize,
}

impl Renderer<'_> {
    pub(super) fn string(&self, lang: &str, key: &str) -> String {
        super::theme::word(self.strings, lang, key)
    }

    pub(super) fn taxonomy_index(
        &self,
        taxonomy: Taxonomy,
        lang: &str,
    ) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.taxonomy_path(taxonomy, lang);
        let title = self.string(lang, taxonomy.i18n_key());
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.taxonomy_path(taxonomy, &l.code)))
            .collect();
        let common = self.common(PageIdentity {
            lang,
            kind: "taxonomy",
            title: title.clone(),
            description: String::new(),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        let terms: Vec<TermView> = self
            .discovery
            .terms(taxonomy, lang)
            .iter()
            .map(|t| TermView {
                name: t.name.clone(),
                url: site.urls.href(&site.term_path(taxonomy, lang, &t.slug)),
                count: t.pages.len(),
            })
            .collect();
        ctx.insert("terms", &terms);
        ctx.insert(
            "section",
            &ListSection {
                title,
                url: site.urls.href(&path),
                description: String::new(),
            },
        );
        self.finish("taxonomy.html", &path, &ctx, common.sitemap)
    }

    pub(super) fn term_page(
        &self,
        taxonomy: Taxonomy,
        lang: &str,
        term: usize,
        number: usize,
    ) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let index = term;
        let Some(term) = self.discovery.terms(taxonomy, lang).get(index) else {
            return Err(vec![]);
        };
        let list = site.term_path(taxonomy, lang, &term.slug);
        let path = site.urls.paginated(&list, number);
        let per_page = site.config.paginate;
        let total = term.pages.len().div_ceil(per_page).max(1);
        // A translated term's first page links its counterpart. Its later pages, and a term
        // with no counterpart, have no translation; their switcher leads to the counterpart's
        // first page, or else to the other language's index of the taxonomy.
        let mut versions = vec![(lang.to_string(), path.clone())];
        let mut switch_to = Vec::new();
        for other in site.config.languages.iter().filter(|l| l.code != lang) {
            let counterpart = self
                .discovery
                .counterpart(taxonomy, lang, index, &other.code)
                .map(|slug| site.term_path(taxonomy, &other.code, slug));
            match counterpart {
                Some(p) if number == 1 => versions.push((other.code.clone(), p)),
                Some(p) => switch_to.push((other.code.clone(), p)),
                None => switch_to.push((
                    other.code.clone(),
                    site.taxonomy_path(taxonomy, &other.code),
                )),
            }
        }
        let taxonomy_title = self.string(lang, taxonomy.i18n_key());
        let common = self.common(PageIdentity {
            lang,
            kind: "term",
            title: term.name.clone(),
            description: String::new(),
            path: &path,
            versions,
            lastmod: None,
            switch_to,
        });
        let mut ctx = Self::context(&common)?;
        let items: Vec<Item> = term
            .pages
            .iter()
            .skip((number - 1) * per_page)
            .take(per_page)
            .map(|&i| Item::new(site, &site.pages[i], lang, self.locales))
            .collect();
        ctx.insert("items", &items);
        ctx.insert(
            "term",
            &TermView {
                name: term.name.clone(),
                url: site.urls.href(&list),
                count: term.pages.len(),
            },
        );
        ctx.insert(
            "section",
            &ListSection {
                title: term.name.clone(),
                url: site.urls.href(&list),
                description: String::new(),
            },
        );
        ctx.insert(
            "taxonomy",
            &ListSection {
                title: taxonomy_title,
                url: site.urls.href(&site.taxonomy_path(taxonomy, lang)),
                description: String::new(),
            },
        );
        ctx.insert("paginator", &self.paginator(&list, number, total));
        self.finish("term.html", &path, &ctx, common.sitemap)
    }

    pub(super) fn term_page_count(&self, taxonomy: Taxonomy, lang: &str, term: usize) -> usize {
        self.discovery
            .terms(taxonomy, lang)
            .get(term)
            .map(|t| t.pages.len().div_ceil(self.site.config.paginate).max(1))
            .unwrap_or(1)
    }

    pub(super) fn events_page(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.events_path(lang);
        let title = self.string(lang, "events");
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.events_path(&l.code)))
            .collect();
        let common = self.common(PageIdentity {
            lang,
            kind: "events",
            title: title.clone(),
            description: String::new(),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        let (mut upcoming, mut past) = (Vec::new(), Vec::new());
        for &i in self.discovery.events(lang) {
            let page = &site.pages[i];
            let Some(event) = &page.event else { continue };
            let item = (event.ends_at(), Item::new(site, page, lang, self.locales));
            if event.is_upcoming(site.now) {
                upcoming.push(item)
            } else {
                past.push(item)
            }
        }
        // Upcoming soonest first (by start, as listed); past most recent first, by their end.
        past.sort_by_key(|(ends, _)| std::cmp::Reverse(*ends));
        let upcoming: Vec<Item> = upcoming.into_iter().map(|(_, item)| item).collect();
        let past: Vec<Item> = past.into_iter().map(|(_, item)| item).collect();
        ctx.insert("upcoming", &upcoming);
        ctx.insert("past", &past);
        ctx.insert(
            "section",
            &ListSection {
                title,
                url: site.urls.href(&path),
                description: String::new(),
            },
        );
        ctx.insert(
            "ics_url",
            &site
                .urls
                .href(&site.urls.lang_file(site.language(lang), "events.ics")),
        );
        self.finish("events.html", &path, &ctx, common.sitemap)
    }
}

/// The events page of `lang`: `/agenda/`, `/en/events/`.
impl Site {
    pub fn events_path(&self, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[&language.segments.events])
    }
}

/// Whether `page` is listed in `lang`: its own language's, or with `untranslated: show` the
/// version readers of `lang` are sent to when the page has none in `lang`.
fn listed(site: &Site, page: &crate::site::Page, lang: &str) -> bool {
    page.lang == lang
        || (site.config.untranslated == crate::config::Untranslated::Show
            && site.translation(&page.key, lang).is_none()
            && site
                .best_translation(&page.key, lang)
                .is_some_and(|best| std::ptr::eq(best, page)))
}

/// Every (section, language) list in one pass over the pages.
fn lists(site: &Site) -> HashMap<(String, String), Vec<usize>> {
    let mut lists: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (index, page) in site.pages.iter().enumerate() {
        let PageKind::Article { section } = &page.kind else {
            continue;
        };
        for lang in &site.config.languages {
            if listed(site, page, &lang.code) {
                lists
                    .entry((section.clone(), lang.code.clone()))
                    .or_default()
                    .push(index);
                lists
                    .entry((String::new(), lang.code.clone()))
                    .or_default()
                    .push(index);
            }
        }
    }
    lists
}

type Counterparts = HashMap<(Taxonomy, String, String), Vec<Option<String>>>;

/// Keep only the counterparts both languages agree on: "pelatihan" ↔ "training" stays
/// when "training" names "pelatihan" back. A one-sided pair would make a term page name an
/// alternate that does not name it back, which search engines ignore (and the sitemap with it).
fn keep_mutual(counterparts: &mut Counterparts, terms: &HashMap<(Taxonomy, String), Vec<Term>>) {
    let slug_of = |taxonomy: Taxonomy, lang: &str, index: usize| -> Option<&str> {
        terms
            .get(&(taxonomy, lang.to_string()))?
            .get(index)
            .map(|t| t.slug.as_str())
    };
    let mut drop = Vec::new();
    for ((taxonomy, lang, other), list) in counterparts.iter() {
        let back = counterparts.get(&(*taxonomy, other.clone(), lang.clone()));
        let other_terms = terms.get(&(*taxonomy, other.clone()));
        for (index, counterpart) in list.iter().enumerate() {
            let Some(slug) = counterpart else { continue };
            let mine = slug_of(*taxonomy, lang, index);
            let agrees = other_terms
                .and_then(|ts| ts.iter().position(|t| &t.slug == slug))
                .and_then(|j| back?.get(j)?.as_deref())
                .is_some_and(|back_slug| Some(back_slug) == mine);
            if !agrees {
                drop.push(((*taxonomy, lang.clone(), other.clone()), index));
            }
        }
    }
    for (key, index) in drop {
        if let Some(slot) = counterparts.get_mut(&key).and_then(|l| l.get_mut(index)) {
            *slot = None;
        }
    }
}
