//! The variables every page has: site, language, alternates, switcher, navigation.

use super::view::{Alternate, BuildView, Common, LangView, NavEntry, SiteView, SwitcherEntry};
use crate::site::{PageKind, Site, SitePath};

/// What a page is, for the shared variables.
pub struct PageIdentity<'a> {
    pub lang: &'a str,
    pub kind: &'static str,
    pub title: String,
    pub description: String,
    pub path: &'a SitePath,
    /// This page in every language that has it, as (language, path), this page included.
    pub versions: Vec<(String, SitePath)>,
    /// When the page last changed (`YYYY-MM-DD`), for the sitemap.
    pub lastmod: Option<String>,
    /// Where the language switcher leads in a language that lacks this page, as (language,
    /// path): for page 2 of a list, the first page of that language's list. These are not
    /// translations, so they get no `hreflang` alternate. A language in neither list leads
    /// to its home page.
    pub switch_to: Vec<(String, SitePath)>,
}

pub fn common<'a>(site: &'a Site, chrome: &Chrome, id: PageIdentity<'_>) -> Common<'a> {
    let lang = site.language(id.lang);
    let urls = &site.urls;
    let alternates = site
        .config
        .languages
        .iter()
        .filter_map(|l| id.versions.iter().find(|(code, _)| code == &l.code))
        .map(|(code, path)| Alternate {
            hreflang: code.clone(),
            url_abs: urls.absolute(path),
        })
        .collect();
    let default = site.config.default_language();
    // `x-default` must name a page that lists the same alternates back: the default
    // language's version, else the group's first version in the site's language order
    // (a page that exists only in English is its own x-default).
    let x_default = id
        .versions
        .iter()
        .find(|(code, _)| code == &default.code)
        .or_else(|| {
            site.config
                .languages
                .iter()
                .find_map(|l| id.versions.iter().find(|(code, _)| code == &l.code))
        })
        .map(|(_, p)| urls.absolute(p))
        .unwrap_or_else(|| urls.absolute(id.path));
    let switcher = site
        .config
        .languages
        .iter()
        .map(|l| {
            let version = id
                .versions
                .iter()
                .chain(&id.switch_to)
                .find(|(code, _)| code == &l.code);
            SwitcherEntry {
                code: &l.code,
                name: &l.name,
                url: urls.href(version.map(|(_, p)| p).unwrap_or(&urls.home(l))),
                available: version.is_some(),
                current: l.code == lang.code,
            }
        })
        .collect();
    let description = if id.description.is_empty() {
        site.config.description.get(&lang.code).to_string()
    } else {
        id.description
    };
    Common {
        site: SiteView {
            title: site.config.title.get(&lang.code),
            description: site.config.description.get(&lang.code),
            base_url: site.config.base_url.as_str(),
            organization: super::identity::OrganizationView::of(site, &lang.code),
        },
        lang: LangView {
            code: &lang.code,
            name: &lang.name,
            locale: &lang.locale,
            home_url: urls.href(&urls.home(lang)),
        },
        lang_code: &lang.code,
        kind: id.kind,
        title: id.title,
        description,
        canonical: urls.absolute(id.path),
        alternates,
        x_default,
        switcher,
        nav: chrome.nav_for(id.path),
        feed_url: urls.href(&urls.lang_file(lang, "feed.xml")),
        more: chrome.more.clone(),
        other_locales: site
            .config
            .languages
            .iter()
            .filter(|l| l.code != lang.code)
            .map(|l| l.locale.replace('-', "_"))
            .collect(),
        sitemap: None,
        share: super::view::ShareView::site(site, &lang.code),
        search_url: if site.config.search {
            urls.href(&site.search_path(&lang.code))
        } else {
            String::new()
        },
        build: BuildView {
            year: site
                .now
                .to_zoned_datetime(site.config.timezone.clone())
                .year()
                .to_string(),
        },
    }
}

/// Navigation and footer links of one language: the same on every page but for which
/// entry is current, so they are computed once per build (not once per page).
#[derive(Debug)]
pub struct Chrome {
    nav: Vec<(SitePath, NavEntry)>,
    more: Vec<NavEntry>,
}

impl Chrome {
    pub fn new(site: &Site, lang: &str) -> Chrome {
        Chrome {
            nav: nav(site, lang),
            more: more_links(site, lang),
        }
    }

    /// The navigation with the entry leading to `current` marked.
    fn nav_for(&self, current: &SitePath) -> Vec<NavEntry> {
        self.nav
            .iter()
            .map(|(path, entry)| NavEntry {
                current: !path.as_str().is_empty() && current.as_str().starts_with(path.as_str()),
                ..entry.clone()
            })
            .collect()
    }
}

fn nav(site: &Site, lang: &str) -> Vec<(SitePath, NavEntry)> {
    let mut entries = Vec::new();
    let mut push = |title: String, path: &SitePath| {
        entries.push((
            path.clone(),
            NavEntry {
                title,
                url: site.urls.href(path),
                current: false,
            },
        ));
    };
    for section in &site.sections {
        let s = site.section_lang(section, lang);
        push(display_title(&s.title, &section.name), &s.path);
    }
    if site
        .pages
        .iter()
        .any(|p| matches!(p.kind, PageKind::Program { .. }))
    {
        let s = site.section_lang(&site.programs, lang);
        push(display_title(&s.title, &s.word), &s.path);
    }
    if !site.datasets.is_empty() {
        let word = &site.language(lang).segments.data;
        push(display_title("", word), &site.data_index_path(lang));
    }
    if site.pages.iter().any(|p| p.event.is_some()) {
        let word = &site.language(lang).segments.events;
        push(display_title("", word), &site.events_path(lang));
    }
    for page in site
        .pages
        .iter()
        .filter(|p| p.kind == PageKind::Standalone && p.lang == lang)
    {
        push(page.title.clone(), &page.path);
    }
    entries
}

/// A section's title, or its folder name with a capital when it has no `_index` title.
pub fn display_title(title: &str, name: &str) -> String {
    if !title.is_empty() {
        return title.to_string();
    }
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Indexes worth a link in the footer: topics, regions, events.
fn more_links(site: &Site, lang: &str) -> Vec<NavEntry> {
    use crate::site::taxonomy::Taxonomy;
    let mut links = Vec::new();
    let has = |taxonomy: Taxonomy| {
        site.pages.iter().any(|p| {
            p.lang == lang
                && matches!(p.kind, PageKind::Article { .. })
                && !taxonomy.terms_of(p).is_empty()
        })
    };
    for taxonomy in Taxonomy::ALL {
        if has(taxonomy) {
            let word = taxonomy.word(site, lang);
            links.push(NavEntry {
                title: display_title("", word),
                url: site.urls.href(&site.taxonomy_path(taxonomy, lang)),
                current: false,
            });
        }
    }
    links
}
