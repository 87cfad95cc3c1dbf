//! Render: Markdown bodies and tera templates over view structs, in parallel, into a sorted
//! list of output files.

mod assets;
mod change_view;
pub mod chart;
pub(crate) mod chart_kit;
pub(crate) mod chart_lint;
mod citation;
mod content_page;
mod context;
mod corrections;
mod data_pages;
mod data_table;
pub mod data_view;
pub mod discovery;
pub mod embed;
pub mod engine;
pub mod event_view;
mod figures;
pub(crate) mod identity;
mod indicators;
mod jsonld;
mod lists;
mod open_data;
mod pages;
pub mod publish;
mod release_files;
mod release_view;
mod releases;
mod search_page;
pub mod theme;
pub mod view;

use std::sync::Arc;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::messages::msg;
use crate::output::{OutputFile, Payload, Sink};
use crate::site::Site;
pub use engine::Engine;
pub use open_data::downloads;
pub use theme::Theme;

/// One page to render.
#[derive(Debug, Clone)]
pub enum Job {
    Home {
        lang: String,
    },
    SectionList {
        section: String,
        lang: String,
        number: usize,
    },
    ProgramList {
        lang: String,
    },
    Page {
        index: usize,
    },
    NotFound,
    Dataset {
        index: usize,
        lang: String,
    },
    DataIndex {
        lang: String,
    },
    TaxonomyIndex {
        taxonomy: crate::site::taxonomy::Taxonomy,
        lang: String,
    },
    TermPage {
        taxonomy: crate::site::taxonomy::Taxonomy,
        lang: String,
        term: usize,
        number: usize,
    },
    Events {
        lang: String,
    },
    /// The release calendar of datasets.
    Releases {
        lang: String,
    },
    /// The site-wide list of revisions and corrections.
    Corrections {
        lang: String,
    },
    Search {
        lang: String,
    },
}

/// What a job leaves besides its file: the page's sitemap entry, an article's body for the
/// feeds, figure-lint warnings, the datasets its Markdown quotes. A rebuild that reuses a
/// job's file reuses these with it.
#[derive(Debug, Clone, Default)]
pub struct Effects {
    pub sitemap: Vec<crate::output::sitemap::Entry>,
    /// An article's body for the feeds, by its page's address (not its position among the
    /// pages, which moves when an article is added: a rebuild may reuse the page).
    pub feed_bodies: Vec<(String, String)>,
    pub warnings: Vec<Diagnostic>,
    /// Datasets the page's Markdown quotes.
    pub cited: Vec<String>,
    /// Links written as site addresses, checked once every output file is known.
    pub site_links: Vec<crate::markdown::site_link::SiteLink>,
    /// Links to content files as they resolved: a rebuild reuses the page while they hold.
    pub content_links: Vec<crate::markdown::link::ContentLink>,
}

impl Effects {
    pub fn extend(&mut self, other: Effects) {
        self.sitemap.extend(other.sitemap);
        self.feed_bodies.extend(other.feed_bodies);
        self.warnings.extend(other.warnings);
        self.cited.extend(other.cited);
        self.site_links.extend(other.site_links);
        self.content_links.extend(other.content_links);
    }
}

/// One job's file (or its problems) and what it left besides.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub file: Result<OutputFile, Vec<Diagnostic>>,
    pub effects: Effects,
}

/// What the render stage reads: the resolved site, the theme, its templates and the
/// formatters of every language.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub site: &'a Site,
    pub theme: &'a Theme,
    pub engine: &'a Engine,
    pub locales: &'a Locales,
}

/// Render every page of the site, then add the feeds, calendars, sitemap, downloads, the
/// theme's static files and content assets. Each page goes to `sink` as soon as it is
/// rendered: kept, or written to a staging folder or dropped and returned without its
/// bytes, so no more than the pages being rendered are in memory at once (`build`,
/// `check`); the other files are returned whole.
pub fn render(inputs: Inputs<'_>, sink: Sink<'_>, problems: &mut Diagnostics) -> Vec<OutputFile> {
    use rayon::prelude::*;
    let plan = Plan::new(inputs);
    let rendered = plan
        .jobs()
        .par_iter()
        .map(|job| plan.render(job, sink))
        .collect();
    let pages = plan.collect(rendered, problems);
    let published = plan.publish(&pages.effects);
    let mut downloads = downloads(inputs.site, None);
    downloads.extend(chart_kit::all_files(inputs, None));
    plan.assemble(pages, published, downloads, problems)
}

/// The render stage in steps, for a caller that reuses some of them (`rebuild`): the jobs,
/// each job's page, the files made from every page's effects, and the whole output.
pub struct Plan<'a> {
    inputs: Inputs<'a>,
    discovery: Arc<discovery::Discovery>,
    jobs: Vec<Job>,
}

/// The pages of a render, in job order, before the files made from them.
pub struct Pages {
    files: Vec<OutputFile>,
    origins: Vec<(String, String)>,
    /// What every job left besides its file, in job order.
    pub effects: Effects,
}

impl<'a> Plan<'a> {
    /// Every job of the site, with the terms, lists and navigation they share.
    pub fn new(inputs: Inputs<'a>) -> Plan<'a> {
        let discovery = Arc::new(discovery::Discovery::new(inputs.site, inputs.locales));
        let mut plan = Plan {
            inputs,
            discovery,
            jobs: Vec::new(),
        };
        plan.jobs = plan.renderer().jobs();
        plan
    }

    /// A plan with a previous render's `discovery` and no jobs: for rendering again some
    /// jobs of that render, when what they share did not change.
    pub fn reusing(inputs: Inputs<'a>, discovery: Arc<discovery::Discovery>) -> Plan<'a> {
        Plan {
            inputs,
            discovery,
            jobs: Vec::new(),
        }
    }

    pub fn jobs(&self) -> &[Job] {
        &self.jobs
    }

    pub fn discovery(&self) -> &Arc<discovery::Discovery> {
        &self.discovery
    }

    fn renderer(&self) -> pages::Renderer<'_> {
        let Inputs {
            site,
            theme,
            engine,
            locales,
        } = self.inputs;
        pages::Renderer::new(site, engine, locales, &theme.strings, &self.discovery)
    }

    /// One job's page, handed to `sink`, and what it left besides.
    pub fn render(&self, job: &Job, sink: Sink<'_>) -> Rendered {
        let mut rendered = self.renderer().render(job);
        rendered.file = rendered.file.map(|file| sink.take(file));
        rendered
    }

    /// The pages of `rendered` (one per job, in job order), their problems into `problems`.
    pub fn collect(&self, rendered: Vec<Rendered>, problems: &mut Diagnostics) -> Pages {
        let site = self.inputs.site;
        let mut pages = Pages {
            files: Vec::with_capacity(rendered.len()),
            origins: Vec::with_capacity(rendered.len()),
            effects: Effects::default(),
        };
        for (Rendered { file, effects }, job) in rendered.into_iter().zip(&self.jobs) {
            pages.effects.extend(effects);
            match file {
                Ok(file) => {
                    pages.origins.push((file.path.clone(), origin(site, job)));
                    pages.files.push(file);
                }
                Err(ds) => ds.into_iter().for_each(|d| problems.push(d)),
            }
        }
        pages
    }

    /// What [`Plan::publish`] reads besides the site, for a caller that keeps its files.
    pub fn publish_inputs<'e>(&self, effects: &'e Effects) -> impl std::fmt::Debug + 'e {
        let names = calendar_names(self.inputs.site, self.inputs.theme);
        (
            &effects.feed_bodies,
            &effects.sitemap,
            names
                .into_iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
            self.inputs.site.now,
        )
    }

    /// The feeds, calendars and sitemap, from what the pages left (`effects`).
    pub fn publish(&self, effects: &Effects) -> Vec<OutputFile> {
        let site = self.inputs.site;
        let bodies = effects.feed_bodies.iter().cloned().collect();
        let names = calendar_names(site, self.inputs.theme);
        let mut files = publish::files(
            site,
            &self.discovery,
            &bodies,
            effects.sitemap.clone(),
            &names,
        );
        let strings = &self.inputs.theme.strings;
        if site.has_releases() {
            files.extend(release_files::files(site, strings, self.inputs.locales));
        }
        if site.has_corrections() {
            files.extend(corrections::feeds(site, strings, self.inputs.locales));
        }
        files
    }

    /// Every output file, sorted by path: the pages, the theme's static files, the files
    /// made from every page (`published`), the open-data `downloads`, the content assets.
    /// Two files at one path and the pages' warnings go to `problems`.
    pub fn assemble(
        &self,
        pages: Pages,
        published: Vec<OutputFile>,
        downloads: Vec<OutputFile>,
        problems: &mut Diagnostics,
    ) -> Vec<OutputFile> {
        let Inputs { site, theme, .. } = self.inputs;
        let Pages {
            mut files,
            mut origins,
            effects,
        } = pages;
        files.reserve(theme.statics.len() + published.len() + downloads.len() + site.assets.len());
        for (rel, file) in &theme.statics {
            let payload = match &file.source {
                theme::FileSource::Embedded(bytes) => Payload::Static(bytes),
                theme::FileSource::Disk(path) => Payload::Copy(path.clone()),
            };
            origins.push((rel.clone(), file.display.display().to_string()));
            files.push(OutputFile {
                path: rel.clone(),
                payload,
            });
        }
        for file in published {
            origins.push((file.path.clone(), "the feeds, calendars and sitemap".into()));
            files.push(file);
        }
        for file in downloads {
            origins.push((file.path.clone(), "the open-data downloads".into()));
            files.push(file);
        }
        for (file, origin) in assets::files(site) {
            origins.push((file.path.clone(), origin));
            files.push(file);
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        crate::markdown::site_link::check(site, &effects.site_links, &paths, problems);
        report_collisions(origins, problems);
        effects.warnings.into_iter().for_each(|w| problems.push(w));
        files
    }
}

/// The name of each language's calendar: "site title · events".
fn calendar_names(site: &Site, theme: &Theme) -> std::collections::HashMap<String, String> {
    site.config
        .languages
        .iter()
        .map(|l| {
            let events = theme
                .strings
                .get(&l.code)
                .and_then(|m| m.get("events"))
                .cloned()
                .unwrap_or_default();
            (
                l.code.clone(),
                format!("{} · {events}", site.config.title.get(&l.code)),
            )
        })
        .collect()
}

/// What made an output file, for collision messages.
fn origin(site: &Site, job: &Job) -> String {
    match job {
        Job::Home { lang } => format!("the {lang} home page"),
        Job::SectionList { section, lang, .. } => format!("content/{section}/ (its {lang} list)"),
        Job::ProgramList { lang } => format!("the {lang} programs list"),
        Job::Page { index } => site.docs[site.pages[*index].doc]
            .display
            .display()
            .to_string(),
        Job::NotFound => "the 404 page".into(),
        Job::Dataset { index, .. } => site.datasets[*index].display.display().to_string(),
        Job::DataIndex { lang } => format!("the {lang} data index"),
        Job::TaxonomyIndex { lang, .. } => format!("the {lang} taxonomy index"),
        Job::TermPage { lang, .. } => format!("the {lang} term pages"),
        Job::Events { lang } => format!("the {lang} events page"),
        Job::Releases { lang } => format!("the {lang} release calendar"),
        Job::Corrections { lang } => format!("the {lang} corrections page"),
        Job::Search { lang } => format!("the {lang} search page"),
    }
}

/// Two things written to one path: the later would silently replace the earlier.
fn report_collisions(mut origins: Vec<(String, String)>, problems: &mut Diagnostics) {
    origins.sort();
    for pair in origins.windows(2) {
        if pair[0].0 == pair[1].0 {
            let (path, a, b) = (&pair[0].0, &pair[0].1, &pair[1].1);
            // Two pages at one URL are reported while resolving, at their `slug:` line.
            if a.ends_with(".md") && b.ends_with(".md") {
                continue;
            }
            // Point at a file the writer can rename: a page or asset before a list, a list before "the ..." pages.
            let rank = |o: &str| {
                if o.starts_with("the ") {
                    2
                } else if o.contains(" (its ") {
                    1
                } else {
                    0
                }
            };
            let file = if rank(a) <= rank(b) { a } else { b };
            problems.push(
                Diagnostic::error(
                    file.as_str(),
                    msg!(
                        "site-same-output",
                        first = a.as_str(),
                        second = b.as_str(),
                        url = path.trim_end_matches("index.html")
                    ),
                )
                .with_help(msg!("site-same-output-help")),
            );
        }
    }
}
