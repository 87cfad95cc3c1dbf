//! The only place that sequences the stages: load → validate → resolve → render → write.
//! `check` runs the same stages and stops before writing. Each stage is a plain function
//! of its inputs; a caller that keeps results between builds (`rebuild`) wraps them
//! through [`Memo`].

mod memo;

pub(crate) use memo::{Memo, NoReuse};

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::Timestamp;

use crate::config::{self, SiteConfig};
use crate::content;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::output::{self, OutputFile};
use crate::render;
use crate::site::{self, Site};

/// What to build, from the command line.
#[derive(Debug, Clone)]
pub struct Options {
    pub site_dir: PathBuf,
    /// Defaults to `<site>/output`.
    pub output_dir: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub future: bool,
    pub strict: bool,
    /// Replace an existing non-empty output folder that terang did not make (`--force`).
    pub force: bool,
    /// "Now": `SOURCE_DATE_EPOCH` when set, else the clock.
    pub now: Timestamp,
    /// Report pages missing a translation (`check` does; `--strict` makes them errors).
    pub translation_coverage: bool,
}

impl Options {
    /// A plain build of the site at `site_dir` with "now" = `now`: default output folder and
    /// base URL, no drafts or future pages, not strict. For library callers (tests,
    /// benchmarks); the command line fills every field from its flags.
    pub fn new(site_dir: PathBuf, now: Timestamp) -> Options {
        Options {
            site_dir,
            output_dir: None,
            base_url: None,
            drafts: false,
            future: false,
            strict: false,
            force: false,
            now,
            translation_coverage: false,
        }
    }

    pub fn output_dir(&self) -> PathBuf {
        self.output_dir
            .clone()
            .unwrap_or_else(|| self.site_dir.join("output"))
    }
}

/// Why a build failed; each maps to an exit code.
#[derive(Debug)]
pub enum Failure {
    /// Problems in content, data or templates (exit 1).
    Content(Diagnostics),
    /// The site folder is missing or unreadable, or the output cannot be written (exit 2).
    Environment(anyhow::Error),
}

/// A finished build, not yet written.
pub struct Built {
    pub site: Site,
    pub files: Vec<OutputFile>,
    /// Warnings that did not fail the build.
    pub warnings: Diagnostics,
    pub elapsed: Duration,
    /// Time per stage, for `--timings`.
    pub timings: Timings,
    /// Images processed in this build and taken from the cache.
    pub images: crate::photo::Stats,
}

/// How long each stage took.
#[derive(Debug, Clone)]
pub struct Timings {
    last: Instant,
    pub stages: Vec<(&'static str, Duration)>,
}

impl Timings {
    fn start() -> Timings {
        Timings {
            last: Instant::now(),
            stages: Vec::new(),
        }
    }

    fn mark(&mut self, stage: &'static str) {
        let now = Instant::now();
        self.stages.push((stage, now - self.last));
        self.last = now;
    }

    /// `load 120 ms, resolve 30 ms, ...`
    pub fn summary(&self) -> String {
        self.stages
            .iter()
            .map(|(s, d)| format!("{s} {} ms", d.as_millis()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Built {
    /// Pages written per language code, for the summary line.
    pub fn pages_per_language(&self) -> Vec<(String, usize)> {
        self.site
            .config
            .languages
            .iter()
            .map(|l| {
                let prefix = if l.is_default {
                    String::new()
                } else {
                    format!("{}/", l.code)
                };
                let other_prefixes: Vec<String> = self
                    .site
                    .config
                    .languages
                    .iter()
                    .filter(|o| !o.is_default)
                    .map(|o| format!("{}/", o.code))
                    .collect();
                let n = self
                    .files
                    .iter()
                    .filter(|f| {
                        f.path.ends_with(".html")
                            && f.path != "404.html"
                            && f.path.starts_with(&prefix)
                    })
                    .filter(|f| {
                        !l.is_default || !other_prefixes.iter().any(|p| f.path.starts_with(p))
                    })
                    .count();
                (l.code.clone(), n)
            })
            .collect()
    }
}

/// "Now" for a build: `SOURCE_DATE_EPOCH` (seconds since 1970) when set, for reproducible output.
pub fn now_from_env() -> Result<Timestamp, String> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(value) => value
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| Timestamp::from_second(s).ok())
            .ok_or_else(|| msg!("report-bad-epoch", value = value.as_str())),
        Err(_) => Ok(Timestamp::now()),
    }
}

/// Run every stage but the write.
pub fn build(options: &Options) -> Result<Built, Failure> {
    let mut memo = NoReuse { search_index: true };
    build_with(options, &mut memo, output::Sink::Keep)
}

/// [`build`], with every stage wrapped by `memo` (`serve` and `watch` reuse what did not
/// change since the previous build). The result is the same as a clean build's. Rendered
/// pages go to `sink` as they are made: kept, written into a staging folder
/// ([`build_and_write`]) or dropped ([`check`]).
pub(crate) fn build_with(
    options: &Options,
    memo: &mut dyn Memo,
    sink: output::Sink<'_>,
) -> Result<Built, Failure> {
    let started = Instant::now();
    let site_root = options.site_dir.as_path();
    let content_dir = site_root.join("content");
    check_site_folder(site_root, &content_dir)?;
    let (config, config_controls) = load_config(site_root, &content_dir, options)?;
    memo.begin(site_root, &config);
    let mut problems = Diagnostics::new();
    if let Some(warning) = config_controls {
        problems.push(warning);
    }

    let mut timings = Timings::start();
    // load
    let inventory = memo.walk(&content_dir, site_root, &mut problems);
    let docs = memo.load_docs(&inventory, site_root, &config, &mut problems);
    for warning in docs.iter().filter_map(|d| d.controls.clone()) {
        problems.push(warning);
    }
    let codes: Vec<String> = config
        .language_codes()
        .into_iter()
        .map(String::from)
        .collect();
    let code_refs: Vec<&str> = codes.iter().map(String::as_str).collect();
    let theme = memo.load_theme(site_root, &config.theme, &code_refs);
    let datasets = memo.load_datasets(
        &inventory.datasets,
        &inventory.sheets,
        site_root,
        &code_refs,
        &mut problems,
    );
    crate::data::sheet::warn_unused(&inventory.sheets, &datasets, site_root, &mut problems);

    timings.mark("load");
    // resolve
    let filters = site::resolve::Filters {
        drafts: options.drafts,
        future: options.future,
        now: options.now,
    };
    let skipped = site::left_out::Skipped::unloaded(&inventory, &docs, &datasets);
    let inputs = site::resolve::Inputs {
        config,
        docs,
        assets: inventory.assets,
        datasets,
        content_dir,
        filters,
        skipped,
    };
    let mut site = site::resolve(inputs, &mut problems);
    site::release::check(&site, &mut problems);
    if options.translation_coverage {
        site::coverage::report(&site, &mut problems);
    }
    let theme = match theme {
        Ok(theme) => theme,
        Err(ds) => {
            problems.extend(ds);
            return Err(fail(problems, options.strict));
        }
    };

    timings.mark("resolve");
    // images: decoded, resized and encoded once, then taken from the cache
    let (images, image_stats) = crate::photo::prepare(site_root, &site.assets, &mut problems);
    site.images = images;
    timings.mark("images");
    // render
    let engine = memo.engine(&theme, site.urls.base_path()).map_err(|ds| {
        let mut all = problems.clone();
        ds.into_iter().for_each(|d| all.push(d));
        fail(all, options.strict)
    })?;
    let locales = memo.locales(&site.config, &theme).map_err(|ds| {
        let mut all = problems.clone();
        all.extend(ds);
        fail(all, options.strict)
    })?;
    memo.chart_lint(&site, &theme, &locales, &mut problems);
    render::chart_kit::check_fonts(&site, &mut problems);
    let inputs = render::Inputs {
        site: &site,
        theme: &theme,
        engine: &engine,
        locales: &locales,
    };
    let mut files = memo.render(inputs, sink, &mut problems);
    if let Some(error) = sink.staging().and_then(output::Staging::failure) {
        return Err(Failure::Environment(error));
    }
    timings.mark("render");

    // search index, from the rendered pages in memory (`serve` and `watch` make it in the
    // background: see `rebuild::search`)
    if !problems.fails(options.strict) {
        let indexed = match memo.search_index() {
            true => crate::search::add_index(&site, &mut files, sink.staging()),
            false => crate::search::check(&site, &files),
        };
        if let Err(ds) = indexed {
            problems.extend(ds);
        }
    }
    timings.mark("search index");
    if problems.fails(options.strict) {
        memo.failed(site.docs);
        return Err(fail(problems, options.strict));
    }
    problems.sort();
    Ok(Built {
        site,
        files,
        warnings: problems,
        elapsed: started.elapsed(),
        timings,
        images: image_stats,
    })
}

/// Every stage but the write, and without the search index: what `terang check` validates.
/// Pages are dropped as soon as they are rendered, so a large site is never held whole.
pub fn check(options: &Options) -> Result<Built, Failure> {
    let mut memo = NoReuse {
        search_index: false,
    };
    build_with(options, &mut memo, output::Sink::Drop)
}

/// Build and write to the output folder atomically: pages stream into a staging folder as
/// they are rendered, the rest follows, and the staging folder replaces the output folder
/// only when the build succeeded.
pub fn build_and_write(options: &Options) -> Result<Built, Failure> {
    let started = Instant::now();
    // A missing site folder is reported as such, before anything is created beside it.
    check_site_folder(&options.site_dir, &options.site_dir.join("content"))?;
    let claim = output::claim(&options.output_dir(), &options.site_dir, options.force)
        .map_err(Failure::Environment)?;
    let staging = output::Staging::create(&claim).map_err(Failure::Environment)?;
    let mut memo = NoReuse { search_index: true };
    let mut built = build_with(options, &mut memo, output::Sink::Stage(&staging))?;
    built.timings.last = Instant::now();
    staging.commit(&built.files).map_err(Failure::Environment)?;
    built.timings.mark("write");
    built.elapsed = started.elapsed();
    Ok(built)
}

fn fail(mut problems: Diagnostics, strict: bool) -> Failure {
    if strict {
        problems.promote_warnings();
    }
    problems.sort();
    Failure::Content(problems)
}

fn check_site_folder(site_root: &Path, content_dir: &Path) -> Result<(), Failure> {
    if !site_root.is_dir() {
        return Err(Failure::Environment(anyhow::anyhow!(msg!(
            "site-folder-missing",
            site = site_root.display()
        ))));
    }
    if let Err(e) = std::fs::read_dir(content_dir) {
        return Err(Failure::Environment(anyhow::anyhow!(msg!(
            "site-content-unreadable",
            content = content_dir.display(),
            reason = match e.kind() {
                std::io::ErrorKind::NotFound => msg!("site-no-such-folder"),
                std::io::ErrorKind::PermissionDenied => msg!("site-permission-denied"),
                other => other.to_string(),
            }
        ))));
    }
    Ok(())
}

fn load_config(
    site_root: &Path,
    content_dir: &Path,
    options: &Options,
) -> Result<(SiteConfig, Option<Diagnostic>), Failure> {
    let path = content_dir.join("site.yaml");
    if !path.is_file() {
        return Err(Failure::Environment(anyhow::anyhow!(msg!(
            "site-yaml-missing",
            path = path.display()
        ))));
    }
    let display = crate::diagnostic::display_path(site_root, &path);
    if content::walk::leaves_site(&path, &content::walk::boundary(site_root)) {
        return Err(Failure::Content(Diagnostics::from(
            content::walk::link_out_of_site(display),
        )));
    }
    let (text, controls) = content::read_source(&path, &display)
        .map_err(|d| Failure::Content(Diagnostics::from(d)))?;
    let config = config::load(&display, &text, options.base_url.as_deref())
        .map_err(|ds| fail(ds, options.strict))?;
    Ok((config, controls))
}

/// A diagnostic for an environment problem, for printing in the same shape as the others.
pub fn environment_diagnostic(error: &anyhow::Error) -> Diagnostic {
    Diagnostic::error("", format!("{error:#}"))
}
