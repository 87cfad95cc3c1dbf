//! Each kind of page: what it lists, which template renders it, and where it is written.

use crate::messages::msg;
use serde::Serialize;
use tera::Context;

use super::context::{PageIdentity, display_title};
use super::engine::Engine;
use super::view::{Common, Item, ProgramRef, SectionRef, program_ref};
use super::{Effects, Job, Rendered};
use crate::diagnostic::Diagnostic;
use crate::i18n::locales::Locales;
use crate::output::{OutputFile, Payload};
use crate::site::{Page, PageKind, Site, SitePath};

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub engine: &'a Engine,
    pub locales: &'a Locales,
    /// Terms and events, computed once.
    pub discovery: &'a super::discovery::Discovery,
    /// The theme's interface strings, language → key → text.
    pub strings: &'a super::theme::Strings,
}

/// A rendered page and what rendering it left besides (its sitemap entry, its feed body,
/// warnings, the datasets it quotes): values the caller collects, nothing shared.
pub(super) struct Made {
    pub file: OutputFile,
    pub effects: Effects,
}

impl<'a> Renderer<'a> {
    pub fn new(
        site: &'a Site,
        engine: &'a Engine,
        locales: &'a Locales,
        strings: &'a std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
        discovery: &'a super::discovery::Discovery,
    ) -> Renderer<'a> {
        Renderer {
            site,
            engine,
            locales,
            strings,
            discovery,
        }
    }
}

/// Datasets (latest figures) on a home page.
const HOME_DATASETS: usize = 4;
/// Articles on a home page.
const HOME_LATEST: usize = 6;
/// Upcoming events on the home page, soonest first.
const HOME_EVENTS: usize = 3;

impl Renderer<'_> {
    /// The variables every page has, with the page's sitemap entry (none for the 404 page).
    pub(super) fn common<'s>(&'s self, id: PageIdentity<'_>) -> Common<'s> {
        let sitemap = (id.kind != "404" && !self.discovery.is_draft(id.path)).then(|| {
            let urls = &self.site.urls;
            crate::output::sitemap::Entry {
                url: urls.absolute(id.path),
                alternates: id
                    .versions
                    .iter()
                    .map(|(lang, path)| (lang.clone(), urls.absolute(path)))
                    .collect(),
                lastmod: id.lastmod.clone(),
            }
        });
        let fallback;
        let chrome = match self.discovery.chrome(id.lang) {
            Some(chrome) => chrome,
            None => {
                fallback = super::context::Chrome::new(self.site, id.lang);
                &fallback
            }
        };
        Common {
            sitemap,
            ..super::context::common(self.site, chrome, id)
        }
    }

    pub(super) fn with_embed<T>(&self, f: impl FnOnce(&super::embed::DataEmbed<'_>) -> T) -> T {
        f(&super::embed::DataEmbed {
            site: self.site,
            locales: self.locales,
            strings: self.strings,
        })
    }

    pub fn jobs(&self) -> Vec<Job> {
        let site = self.site;
        let mut jobs = Vec::new();
        for lang in &site.config.languages {
            jobs.push(Job::Home {
                lang: lang.code.clone(),
            });
            for section in &site.sections {
                let count = self.articles(Some(&section.name), &lang.code).len();
                let pages = count.div_ceil(site.config.paginate).max(1);
                for number in 1..=pages {
                    jobs.push(Job::SectionList {
                        section: section.name.clone(),
                        lang: lang.code.clone(),
                        number,
                    });
                }
            }
            if site
                .pages
                .iter()
                .any(|p| matches!(p.kind, PageKind::Program { .. }))
            {
                jobs.push(Job::ProgramList {
                    lang: lang.code.clone(),
                });
            }
        }
        for lang in &site.config.languages {
            if !site.datasets.is_empty() {
                jobs.push(Job::DataIndex {
                    lang: lang.code.clone(),
                });
            }
            for index in 0..site.datasets.len() {
                jobs.push(Job::Dataset {
                    index,
                    lang: lang.code.clone(),
                });
            }
        }
        for lang in &site.config.languages {
            for taxonomy in crate::site::taxonomy::Taxonomy::ALL {
                let terms = self.discovery.terms(taxonomy, &lang.code);
                if terms.is_empty() {
                    continue;
                }
                jobs.push(Job::TaxonomyIndex {
                    taxonomy,
                    lang: lang.code.clone(),
                });
                for term in 0..terms.len() {
                    for number in 1..=self.term_page_count(taxonomy, &lang.code, term) {
                        jobs.push(Job::TermPage {
                            taxonomy,
                            lang: lang.code.clone(),
                            term,
                            number,
                        });
                    }
                }
            }
            if site.pages.iter().any(|p| p.event.is_some()) {
                jobs.push(Job::Events {
                    lang: lang.code.clone(),
                });
            }
            if site.has_releases() {
                jobs.push(Job::Releases {
                    lang: lang.code.clone(),
                });
            }
            if site.has_corrections() {
                jobs.push(Job::Corrections {
                    lang: lang.code.clone(),
                });
            }
        }
        jobs.extend(self.search_jobs());
        jobs.extend((0..site.pages.len()).map(|index| Job::Page { index }));
        jobs.push(Job::NotFound);
        jobs
    }

    /// One job's page and what it left besides, as values.
    pub fn render(&self, job: &Job) -> Rendered {
        let made = match job {
            Job::Home { lang } => self.home(lang),
            Job::SectionList {
                section,
                lang,
                number,
            } => self.section_list(section, lang, *number),
            Job::ProgramList { lang } => self.program_list(lang),
            Job::Page { index } => self.page(*index),
            Job::NotFound => self.not_found(),
            Job::Dataset { index, lang } => self.dataset_page(&self.site.datasets[*index], lang),
            Job::DataIndex { lang } => self.data_index(lang),
            Job::TaxonomyIndex { taxonomy, lang } => self.taxonomy_index(*taxonomy, lang),
            Job::TermPage {
                taxonomy,
                lang,
                term,
                number,
            } => self.term_page(*taxonomy, lang, *term, *number),
            Job::Events { lang } => self.events_page(lang),
            Job::Releases { lang } => self.releases_page(lang),
            Job::Corrections { lang } => self.corrections_page(lang),
            Job::Search { lang } => self.search_page(lang),
        };
        match made {
            Ok(Made { file, effects }) => Rendered {
                file: Ok(file),
                effects,
            },
            Err(problems) => Rendered {
                file: Err(problems),
                effects: Effects::default(),
            },
        }
    }

    /// Articles listed in `lang`: its own, plus untranslated ones from other languages when
    /// the site shows them. Newest first.
    pub(super) fn articles(&self, section: Option<&str>, lang: &str) -> Vec<&Page> {
        self.discovery
            .list(section, lang)
            .iter()
            .map(|&i| &self.site.pages[i])
            .collect()
    }

    pub(super) fn finish(
        &self,
        template: &str,
        path: &SitePath,
        context: &Context,
        sitemap: Option<crate::output::sitemap::Entry>,
    ) -> Result<Made, Vec<Diagnostic>> {
        let html = self.engine.render(template, context).map_err(|d| vec![d])?;
        Ok(Made {
            file: OutputFile {
                path: path.output_file(),
                payload: Payload::Bytes(html.into_bytes()),
            },
            effects: Effects {
                sitemap: sitemap.into_iter().collect(),
                ..Effects::default()
            },
        })
    }

    pub(super) fn context(common: &Common) -> Result<Context, Vec<Diagnostic>> {
        Context::from_serialize(common).map_err(|e| {
            vec![Diagnostic::error(
                "(terang)",
                msg!("internal-page-context", error = e.to_string()),
            )]
        })
    }

    fn home(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let language = site.language(lang);
        let path = site.urls.home(language);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.urls.home(l)))
            .collect();
        let intro_doc = site.home_docs.get(lang).map(|&i| &site.docs[i]);
        let mut problems = Vec::new();
        let mut site_links = Vec::new();
        let mut raw_ids = Vec::new();
        let intro_html = match intro_doc {
            Some(doc) => {
                let (rendered, ps) =
                    self.with_embed(|embed| crate::markdown::render(site, doc, lang, embed));
                problems.extend(ps);
                site_links = rendered.site_links;
                raw_ids = rendered.raw_ids;
                rendered.html + &self.figures_list(&rendered.figures, lang)
            }
            None => String::new(),
        };
        let common = self.common(PageIdentity {
            lang,
            kind: "home",
            title: site.config.title.get(lang).to_string(),
            description: String::new(),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        let latest: Vec<Item> = self
            .articles(None, lang)
            .into_iter()
            .take(HOME_LATEST)
            .map(|p| Item::new(site, p, lang, self.locales))
            .collect();
        ctx.insert("latest", &latest);
        let sections: Vec<SectionRef> = site
            .sections
            .iter()
            .map(|s| {
                let sl = site.section_lang(s, lang);
                SectionRef {
                    title: display_title(&sl.title, &s.name),
                    url: site.urls.href(&sl.path),
                }
            })
            .collect();
        // Somewhere to go beyond the news: the sections, then topics, regions and the other
        // indexes of the footer. Shown only when there is more than one (a lone link is noise).
        let mut browse = sections;
        browse.extend(common.more.iter().map(|m| SectionRef {
            title: m.title.clone(),
            url: m.url.clone(),
        }));
        if browse.len() < 2 {
            browse.clear();
        }
        ctx.insert("sections", &browse);
        let upcoming: Vec<Item> = self
            .discovery
            .events(lang)
            .iter()
            .map(|&i| &site.pages[i])
            .filter(|p| p.event.as_ref().is_some_and(|e| e.is_upcoming(site.now)))
            .take(HOME_EVENTS)
            .map(|p| Item::new(site, p, lang, self.locales))
            .collect();
        ctx.insert("upcoming", &upcoming);
        ctx.insert("events_url", &site.urls.href(&site.events_path(lang)));
        ctx.insert("programs", &self.programs(lang));
        ctx.insert("intro_html", &intro_html);
        let fmt = self.locales.get(lang);
        let words = self.shape_words(lang);
        let datasets: Vec<_> = site
            .datasets
            .iter()
            .take(HOME_DATASETS)
            .map(|d| super::data_view::summary(site, d, fmt, (lang, &words), String::new()))
            .collect();
        ctx.insert("datasets", &datasets);
        ctx.insert("data_url", &site.urls.href(&site.data_index_path(lang)));
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut made = self.finish("home.html", &path, &ctx, common.sitemap)?;
        if let Some(repeated) = repeated_raw_ids(&made, &raw_ids) {
            return Err(repeated);
        }
        made.effects.site_links = site_links;
        Ok(made)
    }

    pub(super) fn programs(&self, lang: &str) -> Vec<ProgramRef> {
        let site = self.site;
        let mut seen = std::collections::BTreeSet::new();
        let mut refs: Vec<ProgramRef> = site
            .pages
            .iter()
            .filter(|p| matches!(p.kind, PageKind::Program { .. }) && seen.insert(p.key.clone()))
            .filter_map(|p| site.best_translation(&p.key, lang))
            .map(|p| program_ref(site, p))
            .collect();
        refs.sort_by(|a, b| a.title.cmp(&b.title));
        refs
    }

    fn not_found(&self) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let lang = site.config.default_language();
        let path = SitePath::file("404.html");
        let common = self.common(PageIdentity {
            lang: &lang.code,
            kind: "404",
            title: String::new(),
            description: String::new(),
            path: &path,
            versions: vec![],
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        #[derive(Serialize)]
        struct Home<'a> {
            code: &'a str,
            name: &'a str,
            url: String,
        }
        let homes: Vec<Home> = site
            .config
            .languages
            .iter()
            .map(|l| Home {
                code: &l.code,
                name: &l.name,
                url: site.urls.href(&site.urls.home(l)),
            })
            .collect();
        ctx.insert("homes", &homes);
        self.finish("404.html", &path, &ctx, common.sitemap)
    }
}

/// The errors for ids written in raw HTML that `made` (the finished page) repeats.
pub(super) fn repeated_raw_ids(
    made: &Made,
    raw_ids: &[crate::markdown::RawId],
) -> Option<Vec<Diagnostic>> {
    let Payload::Bytes(bytes) = &made.file.payload else {
        return None;
    };
    let page = std::str::from_utf8(bytes).ok()?;
    let repeated = crate::markdown::repeated_ids(page, raw_ids);
    (!repeated.is_empty()).then_some(repeated)
}
