//! What templates see: serializable view structs built from the [`Site`], never the model
//! itself, so internals can change without breaking themes (see docs/theme-contract.md).

use serde::Serialize;

pub use super::event_view::EventView;
use crate::i18n::locales::Locales;
use crate::site::{Page, PageKind, Site};

#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub base_url: &'a str,
    /// Who publishes the site (`organization` in site.yaml), if given.
    pub organization: Option<super::identity::OrganizationView>,
}

#[derive(Serialize)]
pub struct LangView<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub locale: &'a str,
    pub home_url: String,
}

#[derive(Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub url_abs: String,
}

#[derive(Serialize)]
pub struct SwitcherEntry<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub url: String,
    pub available: bool,
    pub current: bool,
}

#[derive(Debug, Serialize, Clone)]
pub struct NavEntry {
    pub title: String,
    pub url: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct BuildView {
    pub year: String,
}

/// Variables every page has.
#[derive(Serialize)]
pub struct Common<'a> {
    pub site: SiteView<'a>,
    pub lang: LangView<'a>,
    pub lang_code: &'a str,
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub x_default: String,
    pub switcher: Vec<SwitcherEntry<'a>>,
    pub nav: Vec<NavEntry>,
    /// The search page of this language, or "" when the site has `search: false`.
    pub search_url: String,
    pub build: BuildView,
    /// Root-relative URL of this language's Atom feed.
    pub feed_url: String,
    /// Links for the footer: topics, regions, events and data indexes that exist.
    pub more: Vec<NavEntry>,
    /// `og:locale` values of the other languages (`en_GB`).
    pub other_locales: Vec<String>,
    /// The page's sitemap entry (none for the 404 page): for the sitemap, not the template.
    #[serde(skip)]
    pub sitemap: Option<crate::output::sitemap::Entry>,
    /// The picture a shared link to this page shows (`og:image`), if any.
    pub share: Option<ShareView>,
}

/// A page's picture for sharing: an absolute URL to a published file, its size and alt.
#[derive(Serialize, Clone)]
pub struct ShareView {
    pub url: String,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

impl ShareView {
    /// The lead picture of `page`, when it is a processed image.
    pub fn of(site: &Site, page: &Page) -> Option<ShareView> {
        let image = page.image.as_ref()?;
        let picture = site.picture(&image.rel, &page.lang)?.ok()?;
        Some(ShareView {
            url: picture.share_url,
            width: picture.share_width,
            height: picture.share_height,
            alt: image.alt.clone(),
        })
    }

    /// The site's `image` (site.yaml), the picture of pages that have none, as published
    /// for a page in `lang`.
    pub fn site(site: &Site, lang: &str) -> Option<ShareView> {
        let image = site.config.image.as_ref()?;
        let picture = site.picture(&image.file.rel, lang)?.ok()?;
        Some(ShareView {
            url: picture.share_url,
            width: picture.share_width,
            height: picture.share_height,
            alt: image.alt.get(lang).to_string(),
        })
    }

    /// The page's own picture, else the site's.
    pub fn of_or_site(site: &Site, page: &Page) -> Option<ShareView> {
        Self::of(site, page).or_else(|| Self::site(site, &page.lang))
    }
}

/// An article's lead picture as a thumbnail in a list.
#[derive(Serialize, Clone)]
pub struct Thumbnail {
    pub src: String,
    pub srcset: String,
    pub sizes: &'static str,
    pub width: u32,
    pub height: u32,
    pub alt: String,
}

/// A name with a link ("" until the page exists).
#[derive(Serialize)]
pub struct Term {
    pub name: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct ProgramRef {
    pub id: String,
    pub title: String,
    pub url: String,
    pub summary: String,
}

/// A page's lead picture. `srcset`, `sizes`, `width` and `height` are empty or 0 for an
/// image terang does not resize (SVG, GIF).
#[derive(Serialize)]
pub struct ImageView<'a> {
    pub src: String,
    pub srcset: String,
    pub sizes: &'static str,
    pub width: u32,
    pub height: u32,
    pub alt: &'a str,
    pub caption: &'a str,
}

#[derive(Serialize)]
pub struct SectionRef {
    pub title: String,
    pub url: String,
}

#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    pub url: String,
    pub lang: &'a str,
    pub summary: &'a str,
    pub content_html: String,
    pub toc: Vec<crate::markdown::TocEntry>,
    pub date: String,
    pub date_display: String,
    pub updated: String,
    pub updated_display: String,
    pub author: &'a str,
    pub section: Option<SectionRef>,
    pub tags: Vec<Term>,
    pub regions: Vec<Term>,
    pub programs: Vec<ProgramRef>,
    pub image: Option<ImageView<'a>>,
    pub event: Option<EventView>,
    pub reading_minutes: usize,
    /// A draft shown by `serve` or `--drafts`: the page says so.
    pub draft: bool,
    /// schema.org JSON-LD for the page (an `Event` for event reports), or "".
    pub jsonld: String,
}

/// An article in a list.
#[derive(Serialize, Clone)]
pub struct Item {
    pub title: String,
    pub url: String,
    pub summary: String,
    pub date: String,
    pub date_display: String,
    pub lang: String,
    pub lang_name: String,
    pub foreign: bool,
    pub section_title: String,
    /// The event's days, hours and place in the list's language, when the article has one.
    pub event: Option<EventView>,
    /// The article's lead picture, when it is a processed image.
    pub image: Option<Thumbnail>,
}

impl Item {
    pub fn new(site: &Site, page: &Page, list_lang: &str, locales: &Locales) -> Item {
        let section_title = page
            .section()
            .and_then(|s| site.section(s))
            .map(|s| site.section_lang(s, list_lang).title.clone())
            .unwrap_or_default();
        Item {
            title: page.title.clone(),
            url: site.urls.href(&page.path),
            summary: page.summary.clone(),
            date: page.date.as_ref().map(|d| d.iso()).unwrap_or_default(),
            // In the list's language: the date is part of the list's text, not of the
            // (possibly untranslated) article's.
            date_display: page
                .date
                .as_ref()
                .map(|d| locales.get(list_lang).date(d.date()))
                .unwrap_or_default(),
            lang: page.lang.clone(),
            lang_name: site.language(&page.lang).name.clone(),
            foreign: page.lang != list_lang,
            section_title,
            event: page
                .event
                .as_ref()
                .map(|e| EventView::new(site, page, e, locales.get(list_lang))),
            image: page.image.as_ref().and_then(|i| {
                let picture = site.picture(&i.rel, &page.lang)?.ok()?;
                Some(Thumbnail {
                    src: picture.src,
                    srcset: picture.srcset,
                    sizes: crate::site::LIST_SIZES,
                    width: picture.width,
                    height: picture.height,
                    alt: i.alt.clone(),
                })
            }),
        }
    }
}

pub fn program_ref(site: &Site, page: &Page) -> ProgramRef {
    let id = match &page.kind {
        PageKind::Program { id } => id.clone(),
        _ => String::new(),
    };
    ProgramRef {
        id,
        title: page.title.clone(),
        url: site.urls.href(&page.path),
        summary: page.summary.clone(),
    }
}

#[derive(Serialize)]
pub struct PagerLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    /// Page numbers are left out before this one (the paginator shows an ellipsis).
    pub gap_before: bool,
}

#[derive(Serialize)]
pub struct Paginator {
    pub current: usize,
    pub total: usize,
    pub prev_url: String,
    pub next_url: String,
    pub pages: Vec<PagerLink>,
}
