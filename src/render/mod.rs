//! Render: Markdown bodies and tera templates over view structs, in parallel, into a sorted
//! list of output files.

pub mod cache;
pub mod chart;
mod content_page;
mod context;
mod data_pages;
pub mod data_view;
pub mod discovery;
pub mod embed;
pub mod engine;
mod jsonld;
mod pages;
pub mod publish;
pub mod quick;
mod search_page;
pub mod theme;
pub mod view;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::output::{OutputFile, Payload, Sink};
use crate::site::Site;
pub use cache::{Effects, JobCache};
pub use engine::Engine;
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
    Search {
        lang: String,
    },
}

/// Render every page of the site, then add the theme's static files and content assets.
pub fn render(
    site: &Site,
    theme: &Theme,
    engine: &Engine,
    locales: &Locales,
    problems: &mut Diagnostics,
) -> Vec<OutputFile> {
    render_with(
        site,
        theme,
        engine,
        locales,
        problems,
        &mut JobCache::off(),
        Sink::Keep,
    )
}

/// [`render`], reusing the previous build's output of every job whose inputs are unchanged
/// (see [`cache`]). Each page goes to `sink` as soon as it is rendered: kept, or written to
/// a staging folder or dropped and returned without its bytes, so no more than the pages
/// being rendered are in memory at once (`build`, `check`); the other files are returned
/// whole.
pub fn render_with(
    site: &Site,
    theme: &Theme,
    engine: &Engine,
    locales: &Locales,
    problems: &mut Diagnostics,
    cache: &mut JobCache,
    sink: Sink<'_>,
) -> Vec<OutputFile> {
    let discovery = std::sync::Arc::new(discovery::Discovery::new(site, locales));
    // One renderer per job, so what a job leaves besides its file (a sitemap entry, a feed
    // body, warnings) is known per job and can be reused with it.
    let renderer = || pages::Renderer::new(site, engine, locales, &theme.strings, &discovery);
    let jobs = renderer().jobs();
    let results = cache.render_all(site, &jobs, |job| {
        let r = renderer();
        let result = r.render(job).map(|file| sink.take(file));
        (result, Effects::of(r))
    });
    let mut effects = Effects::default();
    let mut origins: Vec<(String, String)> = Vec::new();
    let mut files = Vec::with_capacity(results.len() + theme.statics.len() + site.assets.len());
    for ((result, left), job) in results.into_iter().zip(&jobs) {
        effects.extend(left);
        match result {
            Ok(file) => {
                origins.push((file.path.clone(), origin(site, job)));
                files.push(file);
            }
            Err(ds) => ds.into_iter().for_each(|d| problems.push(d)),
        }
    }
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
    let calendar_names = calendar_names(site, theme);
    let published = cache.derived(
        "publish",
        &(
            &effects.feed_bodies,
            &effects.sitemap,
            calendar_names
                .iter()
                .collect::<std::collections::BTreeMap<_, _>>(),
            site.now,
        ),
        || {
            let bodies = effects.feed_bodies.iter().cloned().collect();
            publish::files(
                site,
                &discovery,
                &bodies,
                effects.sitemap.clone(),
                &calendar_names,
            )
        },
    );
    for file in published {
        origins.push((file.path.clone(), "the feeds, calendars and sitemap".into()));
        files.push(file);
    }
    for file in cache.derived("downloads", &(), || downloads(site, None)) {
        origins.push((file.path.clone(), "the open-data downloads".into()));
        files.push(file);
    }
    for asset in &site.assets {
        origins.push((asset.rel.clone(), format!("content/{}", asset.rel)));
        files.push(OutputFile {
            path: asset.rel.clone(),
            payload: Payload::Copy(asset.path.clone()),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    report_collisions(origins, problems);
    effects.warnings.into_iter().for_each(|w| problems.push(w));
    cache.keep_discovery(discovery);
    files
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

/// `/data/<id>.csv`, `/data/<id>.json` and `/data/catalog.json`: language-neutral open data
/// (the CSV and JSON of the datasets at `only`'s indexes, when given; always the catalog).
fn downloads(site: &Site, only: Option<&[usize]>) -> Vec<OutputFile> {
    use crate::output::download;
    if site.datasets.is_empty() {
        return Vec::new();
    }
    let codes = site.config.language_codes();
    let urls = download::DownloadUrls {
        base_url: site.config.base_url.to_string(),
        data_dir: "data/".into(),
    };
    let mut files = Vec::new();
    let wanted = |i: usize| only.is_none_or(|only| only.contains(&i));
    for (_, dataset) in site.datasets.iter().enumerate().filter(|(i, _)| wanted(*i)) {
        files.push(OutputFile {
            path: format!("data/{}.csv", dataset.id),
            payload: Payload::Bytes(download::csv(dataset)),
        });
        files.push(OutputFile {
            path: format!("data/{}.json", dataset.id),
            payload: Payload::Bytes(download::json(dataset, &codes, &urls)),
        });
    }
    let default = &site.config.default_language().code;
    let catalog_site = download::CatalogSite {
        publisher: site.config.title.get(default).to_string(),
        contact: String::new(),
        default_lang: default.clone(),
        languages: codes.iter().map(|c| c.to_string()).collect(),
        pages: site
            .datasets
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    site.urls.absolute(&site.dataset_path(d, default)),
                )
            })
            .collect(),
        downloads: urls,
    };
    files.push(OutputFile {
        path: "data/catalog.json".into(),
        payload: Payload::Bytes(download::catalog(&site.datasets, &catalog_site)),
    });
    files
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
                    format!(
                        "{a} and {b} would both be written to `/{}`",
                        path.trim_end_matches("index.html")
                    ),
                )
                .with_help("rename the file, or give the page or section another `slug:`"),
            );
        }
    }
}
