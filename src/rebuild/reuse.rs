//! What a rebuild reuses from the previous build: parsed documents (by path, modification
//! time and size), datasets, the theme with its templates and number formatters, and
//! rendered pages (see [`super::cache`]). [`Reuse`] wraps the pipeline's stages through
//! its [`Memo`] interface; the stages know nothing of it.
//!
//! Paths the watcher reports are marked dirty with [`Reuse::invalidate`] and are read
//! again even when their time stamp did not move (file systems keep times to a few
//! milliseconds; two saves in one tick would otherwise look unchanged). When those reports
//! are complete — every build after the first, unless [`Reuse::rescan`] says the watcher
//! lost track — nothing else is even looked at: no walk of `content/`, no time stamps.
//! Otherwise every file's time stamp and size are compared with the previous build's.

mod quick;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::Timestamp;

use crate::config::SiteConfig;
use crate::content::{self, Asset, Inventory, SourceDoc};
use crate::data::Dataset;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::output::{OutputFile, Sink};
use crate::pipeline::Memo;
use crate::render::{Engine, Theme};

use super::cache::JobCache;

use super::docs::{DocCache, Stamp, hash_debug};

/// How much the last build reused, for the summary line and the benchmark.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub docs_read: usize,
    pub docs_reused: usize,
    pub pages_rendered: usize,
    pub pages_reused: usize,
    pub theme_reloaded: bool,
}

/// Caches kept between builds.
#[derive(Default)]
pub struct Reuse {
    /// Reported by the watcher since the last build began.
    dirty: Vec<PathBuf>,
    /// The dirty paths of the build under way.
    active: Vec<PathBuf>,
    /// Whether the next build must compare every file's stamp (the watcher lost track).
    rescan: bool,
    /// Whether the build under way may take the dirty paths as the complete list of changes.
    complete: bool,
    /// The last walk of `content/`, with its problems.
    inventory: Option<(Inventory, Diagnostics)>,
    docs: DocCache,
    datasets: Option<DatasetEntry>,
    theme: Option<ThemeEntry>,
    engine: Option<(u64, Arc<Engine>)>,
    locales: Option<(u64, Arc<Locales>)>,
    /// Bumped whenever the theme, templates or formatters are rebuilt.
    generation: u64,
    /// Bumped whenever datasets are read again (a full reload or a quick row edit).
    datasets_read: u64,
    /// The chart lint's findings, with what they were found from.
    chart_lint: Option<(u64, Diagnostics)>,
    jobs: JobCache,
    stats: Stats,
    /// Problems found before rendering by the build under way (warnings, if it succeeds).
    before_render: Diagnostics,
    /// The last good build's resolved site, for a quick rebuild ([`Reuse::quick`]).
    kept: Option<Kept>,
}

/// A good build's resolved site and what a quick rebuild needs besides.
struct Kept {
    site: crate::site::Site,
    /// Its warnings found before rendering.
    before_render: Diagnostics,
    now: Timestamp,
    /// Its pages search finds (`search::pages`), for the background index.
    searched: crate::search::Pages,
}

struct DatasetEntry {
    stamps: Stamps,
    languages: Vec<String>,
    datasets: Vec<Dataset>,
    problems: Diagnostics,
}

/// Every file of a folder with its stamp.
type Stamps = Vec<(PathBuf, Option<Stamp>)>;

struct ThemeEntry {
    /// Theme name, languages, and the stamps of every file under `themes/`.
    key: (String, Vec<String>, Stamps),
    theme: Result<Arc<Theme>, Diagnostics>,
}

impl Reuse {
    /// Reuse what did not change. The search index is left to the caller, who makes it in
    /// the background (see `rebuild::search`): it takes seconds on a large site.
    pub fn on() -> Reuse {
        Reuse::default()
    }

    /// Forget what was read from these files or folders (reported by the watcher).
    pub fn invalidate(&mut self, paths: impl IntoIterator<Item = PathBuf>) {
        self.dirty.extend(paths);
    }

    /// The next build checks every file: the reported changes may be incomplete (the
    /// watcher's queue overflowed, or it reported an error).
    pub fn rescan(&mut self) {
        self.rescan = true;
    }

    /// When the kept site would publish more by the clock alone: an embargo lifts or a
    /// page's date comes ([`crate::site::left_out::Skipped::next_change`]).
    pub fn next_change(&self) -> Option<Timestamp> {
        let kept = self.kept.as_ref()?;
        kept.site.skipped.next_change(kept.now)
    }

    /// What the last build read again and what it reused.
    pub fn stats(&self) -> Stats {
        Stats {
            pages_rendered: self.jobs.rendered,
            pages_reused: self.jobs.reused,
            ..self.stats
        }
    }

    fn is_dirty(&self, path: &Path) -> bool {
        self.active.iter().any(|d| path.starts_with(d))
    }

    /// Keep a good build's site (built with "now" = `now`, its search pages `searched`) for
    /// a quick rebuild; its documents go back to the cache when the next full build begins.
    pub fn keep(
        &mut self,
        site: crate::site::Site,
        now: Timestamp,
        searched: crate::search::Pages,
    ) {
        self.kept = Some(Kept {
            site,
            before_render: std::mem::take(&mut self.before_render),
            now,
            searched,
        });
    }
}

impl Memo for Reuse {
    /// Start a build of the site at `site_root` with `config`: documents parsed under
    /// another configuration are dropped.
    fn begin(&mut self, site_root: &Path, config: &SiteConfig) {
        self.stats = Stats::default();
        if let Some(kept) = self.kept.take() {
            self.docs.recycle(kept.site.docs);
        }
        self.active = std::mem::take(&mut self.dirty);
        let rescan = std::mem::take(&mut self.rescan);
        // Reported paths are absolute and under the site; anything else (a relative site
        // folder, a path through a symbolic link) cannot be matched, so check every file.
        self.complete = !rescan
            && self.inventory.is_some()
            && site_root.is_absolute()
            && self.active.iter().all(|p| p.starts_with(site_root));
        self.docs.configure(hash_debug(config));
    }

    /// [`content::walk::walk`], again only when a file was added, removed or renamed.
    fn walk(
        &mut self,
        content_dir: &Path,
        site_root: &Path,
        problems: &mut Diagnostics,
    ) -> Inventory {
        if let Some((inventory, found)) = &self.inventory
            && self.complete
            && self
                .active
                .iter()
                .all(|p| !p.starts_with(content_dir) || is_known_file(inventory, p))
        {
            problems.extend(found.clone());
            return inventory.clone();
        }
        let mut found = Diagnostics::new();
        let inventory = content::walk::walk(content_dir, site_root, &mut found);
        problems.extend(found.clone());
        self.inventory = Some((inventory.clone(), found));
        inventory
    }

    /// [`content::load`], reading and parsing only new and changed files.
    fn load_docs(
        &mut self,
        inventory: &Inventory,
        site_root: &Path,
        config: &SiteConfig,
        problems: &mut Diagnostics,
    ) -> Vec<SourceDoc> {
        let active = &self.active;
        let dirty = |path: &Path| active.iter().any(|d| path.starts_with(d));
        let loaded = self.docs.load(
            inventory,
            site_root,
            config,
            &dirty,
            self.complete,
            problems,
        );
        self.stats.docs_read = loaded.read;
        self.stats.docs_reused = loaded.reused;
        loaded.docs
    }

    /// Take back the documents of a failed build, so the next one need not copy them.
    fn failed(&mut self, docs: Vec<SourceDoc>) {
        self.docs.recycle(docs);
    }

    /// [`crate::data::load`], again only when a dataset file or a spreadsheet beside them
    /// (where rows may be kept) changed.
    fn load_datasets(
        &mut self,
        files: &[Asset],
        sheets: &[Asset],
        site_root: &Path,
        languages: &[&str],
        problems: &mut Diagnostics,
    ) -> Vec<Dataset> {
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        let sources: Vec<&Asset> = files.iter().chain(sheets).collect();
        let dirty = sources.iter().any(|f| self.is_dirty(&f.path));
        let same_files = |entry: &DatasetEntry| {
            entry.stamps.len() == sources.len()
                && entry
                    .stamps
                    .iter()
                    .zip(&sources)
                    .all(|(s, f)| s.0 == f.path)
        };
        let stamps: Stamps = match &self.datasets {
            Some(entry) if self.complete && !dirty && same_files(entry) => entry.stamps.clone(),
            _ => sources
                .iter()
                .map(|f| (f.path.clone(), Stamp::of(&f.path)))
                .collect(),
        };
        if let Some(entry) = &self.datasets
            && !dirty
            && entry.stamps == stamps
            && entry.languages == languages
        {
            problems.extend(entry.problems.clone());
            return entry.datasets.clone();
        }
        let mut found = Diagnostics::new();
        let refs: Vec<&str> = languages.iter().map(String::as_str).collect();
        let datasets = crate::data::load(files, site_root, &refs, &mut found);
        problems.extend(found.clone());
        self.datasets_read += 1;
        self.datasets = Some(DatasetEntry {
            stamps,
            languages,
            datasets: datasets.clone(),
            problems: found,
        });
        datasets
    }

    /// [`crate::render::theme::load`], again only when a file under `themes/` changed.
    fn load_theme(
        &mut self,
        site_root: &Path,
        name: &str,
        languages: &[&str],
    ) -> Result<Arc<Theme>, Diagnostics> {
        let themes = site_root.join("themes");
        let dirty = self.is_dirty(&themes) || self.active.iter().any(|d| d.starts_with(&themes));
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        let stamps = match &self.theme {
            Some(entry) if self.complete && !dirty => entry.key.2.clone(),
            _ => tree_stamps(&themes),
        };
        let key = (name.to_string(), languages, stamps);
        if let Some(entry) = &self.theme
            && entry.key == key
            && !dirty
        {
            return entry.theme.clone();
        }
        let languages: Vec<&str> = key.1.iter().map(String::as_str).collect();
        let theme = crate::render::theme::load(site_root, name, &languages).map(Arc::new);
        self.generation += 1;
        self.stats.theme_reloaded = true;
        self.theme = Some(ThemeEntry {
            key,
            theme: theme.clone(),
        });
        theme
    }

    /// [`Engine::new`], again only for a new theme or base path.
    fn engine(
        &mut self,
        theme: &Arc<Theme>,
        base_path: &str,
    ) -> Result<Arc<Engine>, Vec<Diagnostic>> {
        let key = hash_debug(&(self.generation, base_path));
        if let Some((k, engine)) = &self.engine
            && *k == key
        {
            return Ok(engine.clone());
        }
        let engine = Arc::new(Engine::new(theme, base_path)?);
        self.engine = Some((key, engine.clone()));
        Ok(engine)
    }

    /// [`Locales::new`], again only for a new theme or configuration.
    fn locales(
        &mut self,
        config: &SiteConfig,
        theme: &Arc<Theme>,
    ) -> Result<Arc<Locales>, Diagnostics> {
        let key = hash_debug(&(self.generation, config));
        if let Some((k, locales)) = &self.locales
            && *k == key
        {
            return Ok(locales.clone());
        }
        let locales = Arc::new(Locales::new(config, &theme.strings)?);
        self.locales = Some((key, locales.clone()));
        Ok(locales)
    }

    /// Again only when the datasets, the theme, the formatters, the configuration or "now"
    /// (embargoes) changed.
    fn chart_lint(
        &mut self,
        site: &crate::site::Site,
        theme: &Theme,
        locales: &Locales,
        problems: &mut Diagnostics,
    ) {
        // The formatters' key holds the theme's generation and the configuration.
        let formatters = self.locales.as_ref().map(|(key, _)| *key);
        let key = hash_debug(&(formatters, self.datasets_read, site.now));
        if let Some((kept, found)) = &self.chart_lint
            && *kept == key
        {
            problems.extend(found.clone());
            return;
        }
        let mut found = Diagnostics::new();
        crate::render::chart_lint::check(site, theme, locales, &mut found);
        problems.extend(found.clone());
        self.chart_lint = Some((key, found));
    }

    /// The pages whose inputs did not change are the last build's (see [`JobCache`]); the
    /// problems found before rendering are kept for a quick rebuild.
    fn render(
        &mut self,
        inputs: crate::render::Inputs<'_>,
        sink: Sink<'_>,
        problems: &mut Diagnostics,
    ) -> Vec<OutputFile> {
        self.before_render = problems.clone();
        let doc_keys = inputs
            .site
            .docs
            .iter()
            .map(|doc| self.docs.fingerprint(doc))
            .collect();
        self.jobs.set_inputs(self.generation, doc_keys);
        self.jobs.render(inputs, sink, problems)
    }

    /// The session makes the index in the background (`rebuild::search`).
    fn search_index(&self) -> bool {
        false
    }
}

/// Whether `path` is a file the last walk found (so a change to it changes no list).
fn is_known_file(inventory: &Inventory, path: &Path) -> bool {
    path.is_file()
        && (inventory.docs.iter().any(|d| d.path == path)
            || inventory.assets.iter().any(|a| a.path == path)
            || inventory.datasets.iter().any(|a| a.path == path)
            || inventory.sheets.iter().any(|a| a.path == path))
}

/// Every file under `dir` with its stamp, sorted; empty when `dir` does not exist.
fn tree_stamps(dir: &Path) -> Stamps {
    if !dir.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().to_path_buf(), Stamp::of(e.path())))
        .collect()
}
