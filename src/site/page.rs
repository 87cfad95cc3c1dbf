//! The resolved model of pages and sections, as templates and writers need it.

use crate::content::date::When;

use super::url::SitePath;

/// What kind of page, with what it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageKind {
    Article { section: String },
    Program { id: String },
    Standalone,
}

/// A lead image.
#[derive(Debug, Clone)]
pub struct Image {
    /// The file, relative to `content/`.
    pub rel: String,
    /// Line and column of its `src` in the document, for messages about the file.
    pub span: (usize, usize),
    pub alt: String,
    pub caption: String,
}

/// An event's practical details.
#[derive(Debug, Clone)]
pub struct Event {
    pub start: When,
    pub end: Option<When>,
    pub location_name: String,
    pub city: String,
    pub region: String,
    pub organizer: String,
}

/// One published page in one language.
#[derive(Debug, Clone)]
pub struct Page {
    pub kind: PageKind,
    pub lang: String,
    /// Translation group: pages with the same key translate each other.
    pub key: String,
    pub path: SitePath,
    pub title: String,
    pub summary: String,
    pub author: String,
    pub date: Option<When>,
    pub updated: Option<When>,
    pub tags: Vec<String>,
    pub regions: Vec<String>,
    pub programs: Vec<String>,
    pub image: Option<Image>,
    pub event: Option<Event>,
    /// Index into `Site::docs`.
    pub doc: usize,
    /// `draft: true` (published only by `serve` and `--drafts`; never in feeds, sitemap or search).
    pub draft: bool,
}

impl Page {
    pub fn section(&self) -> Option<&str> {
        match &self.kind {
            PageKind::Article { section } => Some(section),
            _ => None,
        }
    }
}

/// A section (a top-level folder of `content/`) in one language.
#[derive(Debug, Clone)]
pub struct SectionLang {
    pub title: String,
    pub description: String,
    pub path: SitePath,
    /// The URL word of the section in this language (`berita`).
    pub word: String,
    /// Index into `Site::docs` of its `_index.<lang>.md`, if any.
    pub doc: Option<usize>,
}

/// A section across languages.
#[derive(Debug, Clone)]
pub struct Section {
    /// Folder name.
    pub name: String,
    /// One entry per site language, in site language order.
    pub langs: Vec<SectionLang>,
}
