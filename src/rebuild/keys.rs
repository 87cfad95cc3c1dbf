//! What each render job reads of the site, as one 64-bit key per job: equal keys (and equal
//! Markdown texts, compared apart) mean an equal output, so a rebuild reuses it.
//!
//! Every job reads the *shared* part of the site: configuration, URLs, sections, programs,
//! datasets, assets, pictures, what was left out, the year of "now", the navigation and
//! footer of each language (`Discovery::chrome`: it names standalone pages), the program
//! pages (any page may name a program) and the front matter of documents that are not
//! pages (`_index` files). Beyond that a job reads some pages, each through its *page key*
//! (the page's fields, its document's front matter, where its translations are, whether
//! its event is still to come):
//! - an article or standalone page: its own (its links to content files resolve against
//!   other pages: `rebuild::cache` checks them again before reusing it);
//! - a page of a section's list or of a term: the articles on it, and how many there are;
//! - a program page: its own and the articles of its program; the events page: the
//!   articles with events (and "now"); a taxonomy's index: its terms and their counts;
//! - a dataset's page: none;
//! - everything else (home, programs list, data index, releases, corrections, search,
//!   404): every page.
//!
//! So a front-matter edit (title, date, tags, programs, draft) renders again that page and
//! the list pages that show it, not the whole site; a new or deleted article renders the
//! lists it shifts. Nothing here depends on a page's position in `site.pages` or a
//! document's in `site.docs`, which move when a file is added. Keeping this right: a
//! renderer that starts reading another page must be listed here; `tests/incremental_edits.rs`
//! compares random sequences of edits with clean builds.

use std::fmt::Write as _;

use rayon::prelude::*;
use xxhash_rust::xxh3::Xxh3;

use crate::render::Job;
use crate::render::discovery::Discovery;
use crate::site::{Page, PageKind, Section, Site};

/// Per-build keys: the shared part, every page's key, and a summary of all pages.
pub(super) struct Keys {
    shared: u64,
    pages: Vec<u64>,
    /// Every page's key, where every page is and every content file.
    all_pages: u64,
}

impl Keys {
    /// `generation` changes with the templates and formatters; `doc_keys[i]` is the
    /// front-matter fingerprint of `site.docs[i]`.
    pub(super) fn new(
        site: &Site,
        discovery: &Discovery,
        generation: u64,
        doc_keys: &[u64],
    ) -> Keys {
        let (pages, places): (Vec<u64>, Vec<u64>) = site
            .pages
            .par_iter()
            .map(|page| (page_key(site, page, doc_keys), place(site, page)))
            .unzip();
        let mut all = Hasher::new();
        places.iter().chain(&pages).for_each(|&k| all.u64(k));
        for doc in &site.docs {
            all.text(&doc.doc.rel);
        }
        let all_pages = all.finish();
        let shared = shared(site, discovery, generation, doc_keys, &pages);
        Keys {
            shared,
            pages,
            all_pages,
        }
    }

    /// What every job reads, and nothing of the pages but the program pages: the key of
    /// the files made from the datasets alone.
    pub(super) fn shared(&self) -> u64 {
        self.shared
    }

    /// The shared part and every page: the key of the feeds, calendars and sitemap.
    pub(super) fn whole(&self) -> u64 {
        let mut h = Hasher::new();
        h.u64(self.shared);
        h.u64(self.all_pages);
        h.finish()
    }

    /// The key of `job`'s output (its Markdown texts are compared apart).
    pub(super) fn job(&self, site: &Site, discovery: &Discovery, job: &Job) -> u64 {
        let mut h = Hasher::new();
        h.u64(self.shared);
        match job {
            Job::Page { index } if !is_program(&site.pages[*index]) => {
                h.text("page");
                h.u64(self.pages[*index]);
                h.u64(u64::from(discovery.in_feed(*index)));
            }
            Job::SectionList {
                section,
                lang,
                number,
            } => {
                let _ = write!(h, "section {section:?} {lang:?} {number}");
                let list = discovery.list(Some(section), lang);
                self.slice(&mut h, list, *number, site.config.paginate);
            }
            Job::TermPage {
                taxonomy,
                lang,
                term,
                number,
            } => {
                let _ = write!(h, "term {taxonomy:?} {lang:?} {number}");
                if let Some(t) = discovery.terms(*taxonomy, lang).get(*term) {
                    let _ = write!(h, "{:?} {:?}", t.name, t.slug);
                    for other in &site.config.languages {
                        let _ = write!(
                            h,
                            "{:?}",
                            discovery.counterpart(*taxonomy, lang, *term, &other.code)
                        );
                    }
                    self.slice(&mut h, &t.pages, *number, site.config.paginate);
                }
            }
            Job::Page { index } => {
                // A program page lists the articles of its program.
                let page = &site.pages[*index];
                h.text("program");
                h.u64(self.pages[*index]);
                if let PageKind::Program { id } = &page.kind {
                    for &i in discovery.list(None, &page.lang) {
                        let article = &site.pages[i];
                        if article.programs.iter().any(|p| p == id) {
                            h.u64(self.pages[i]);
                        }
                    }
                }
            }
            Job::Events { lang } => {
                let _ = write!(h, "events {lang:?} {}", site.now);
                discovery
                    .events(lang)
                    .iter()
                    .for_each(|&i| h.u64(self.pages[i]));
            }
            Job::TaxonomyIndex { taxonomy, lang } => {
                let _ = write!(h, "taxonomy {taxonomy:?} {lang:?}");
                for term in discovery.terms(*taxonomy, lang) {
                    let _ = write!(h, "{:?} {:?} {}", term.name, term.slug, term.pages.len());
                }
            }
            Job::Dataset { index, lang } => {
                let id = site.datasets.get(*index).map(|d| d.id.as_str());
                let _ = write!(h, "dataset {id:?} {lang:?}");
            }
            Job::Home { .. }
            | Job::ProgramList { .. }
            | Job::NotFound
            | Job::DataIndex { .. }
            | Job::Releases { .. }
            | Job::Corrections { .. }
            | Job::Search { .. } => {
                h.u64(self.all_pages);
                let _ = write!(h, "{job:?}");
                if reads_now(job) {
                    let _ = write!(h, "{}", site.now);
                }
            }
        }
        h.finish()
    }

    /// Page `number` of a paginated `list`: its length (the pager) and the pages on it.
    fn slice(&self, h: &mut Hasher, list: &[usize], number: usize, per_page: usize) {
        h.u64(list.len() as u64);
        let start = number.saturating_sub(1).saturating_mul(per_page);
        for &i in list.iter().skip(start).take(per_page) {
            h.u64(self.pages.get(i).copied().unwrap_or_default());
        }
    }
}

/// Whether a job reads "now" itself, beyond the year every page shows and whether each
/// event is still to come (in the page keys).
fn reads_now(job: &Job) -> bool {
    match job {
        // Upcoming and past events and releases.
        Job::Events { .. } | Job::Releases { .. } => true,
        Job::Home { .. }
        | Job::SectionList { .. }
        | Job::ProgramList { .. }
        | Job::Page { .. }
        | Job::NotFound
        | Job::Dataset { .. }
        | Job::DataIndex { .. }
        | Job::TaxonomyIndex { .. }
        | Job::TermPage { .. }
        | Job::Corrections { .. }
        | Job::Search { .. } => false,
    }
}

fn is_program(page: &Page) -> bool {
    matches!(page.kind, PageKind::Program { .. })
}

/// Everything of `page` another job may show: its fields (not its position in `docs`), its
/// document's front matter, where its translations are, and whether its event is to come.
fn page_key(site: &Site, page: &Page, doc_keys: &[u64]) -> u64 {
    let Page {
        kind,
        lang,
        key,
        path,
        title,
        summary,
        author,
        date,
        updated,
        tags,
        regions,
        programs,
        image,
        event,
        doc,
        draft,
    } = page;
    let mut h = Hasher::new();
    let _ = write!(
        h,
        "{kind:?}{lang:?}{key:?}{path:?}{title:?}{summary:?}{author:?}{date:?}{updated:?}\
         {tags:?}{regions:?}{programs:?}{image:?}{event:?}{draft}"
    );
    h.u64(doc_keys.get(*doc).copied().unwrap_or_default());
    let upcoming = event.as_ref().map(|e| e.is_upcoming(site.now));
    let _ = write!(h, "{upcoming:?}");
    for language in &site.config.languages {
        let there = site.translation(key, &language.code).map(|p| &p.path);
        let _ = write!(h, "{there:?}");
    }
    h.finish()
}

/// Where `page` is, for what its file is named (what links to content files resolve to).
fn place(site: &Site, page: &Page) -> u64 {
    let mut h = Hasher::new();
    let rel = &site.docs[page.doc].doc.rel;
    let _ = write!(h, "{:?}{:?}{:?}{rel:?}", page.path, page.key, page.lang);
    h.finish()
}

/// What every job reads besides pages (see the module's documentation).
fn shared(
    site: &Site,
    discovery: &Discovery,
    generation: u64,
    doc_keys: &[u64],
    page_keys: &[u64],
) -> u64 {
    let Site {
        config,
        urls,
        docs,
        pages,
        sections,
        programs,
        home_docs,
        groups: _,
        datasets,
        assets,
        bundles,
        images,
        now,
        content_dir,
        skipped,
    } = site;
    let mut h = Hasher::new();
    h.u64(generation);
    // Templates read the year of "now"; the jobs in [`reads_now`] read more.
    let year = now.to_zoned_datetime(config.timezone.clone()).year();
    let _ = write!(
        h,
        "{config:?}{urls:?}{datasets:?}{assets:?}{bundles:?}{images:?}{year}{content_dir:?}\
         {skipped:?}"
    );
    for section in sections.iter().chain([programs]) {
        section_key(&mut h, site, section);
    }
    let mut home: Vec<(&String, &str)> = home_docs
        .iter()
        .map(|(lang, &doc)| (lang, docs[doc].doc.rel.as_str()))
        .collect();
    home.sort();
    let _ = write!(h, "{home:?}");
    for language in &config.languages {
        let _ = write!(h, "{:?}", discovery.chrome(&language.code));
    }
    for (page, key) in pages.iter().zip(page_keys) {
        if is_program(page) {
            h.u64(*key);
        }
    }
    // Documents that are not pages: `_index` files (sections, home), left-out pages.
    let mut is_page = vec![false; docs.len()];
    pages.iter().for_each(|p| is_page[p.doc] = true);
    for ((doc, key), is_page) in docs.iter().zip(doc_keys).zip(is_page) {
        if !is_page {
            h.text(&doc.doc.rel);
            h.u64(*key);
        }
    }
    h.finish()
}

/// A section in every language, its `_index` document named by path (not position).
fn section_key(h: &mut Hasher, site: &Site, section: &Section) {
    h.text(&section.name);
    for sl in &section.langs {
        let rel = sl.doc.map(|d| site.docs[d].doc.rel.as_str());
        let _ = write!(
            h,
            "{:?}{:?}{:?}{:?}{rel:?}",
            sl.title, sl.description, sl.path, sl.word
        );
    }
}

/// XXH3 over `write!` output and numbers, without building strings.
struct Hasher(Xxh3);

impl Hasher {
    fn new() -> Hasher {
        Hasher(Xxh3::new())
    }

    fn u64(&mut self, value: u64) {
        self.0.update(&value.to_le_bytes());
    }

    /// A text with its length, so that ("ab", "c") and ("a", "bc") differ.
    fn text(&mut self, text: &str) {
        self.u64(text.len() as u64);
        self.0.update(text.as_bytes());
    }

    fn finish(&self) -> u64 {
        self.0.digest()
    }
}

impl std::fmt::Write for Hasher {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}
