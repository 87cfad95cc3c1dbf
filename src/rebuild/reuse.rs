//! What a rebuild reuses from the previous build: parsed documents (by path, modification
//! time and size), datasets, the theme with its templates and number formatters, and
//! rendered pages (see [`crate::render::cache`]).
//!
//! Paths the watcher reports are marked dirty with [`Reuse::invalidate`] and are read
//! again even when their time stamp did not move (file systems keep times to a few
//! milliseconds; two saves in one tick would otherwise look unchanged).

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::content::{self, Asset, Inventory, SourceDoc};
use crate::data::Dataset;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::render::{Engine, JobCache, Theme};

/// A file's modification time and size: if both are unchanged (and the watcher did not
/// report it), its contents are taken to be unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

/// How much the last build reused, for the summary line and the benchmark.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    pub docs_read: usize,
    pub docs_reused: usize,
    pub pages_rendered: usize,
    pub pages_reused: usize,
    pub theme_reloaded: bool,
}

/// Caches kept between builds. [`Reuse::off`] is a clean build every time.
#[derive(Default)]
pub struct Reuse {
    enabled: bool,
    /// Reported by the watcher since the last build began.
    dirty: Vec<PathBuf>,
    /// The dirty paths of the build under way.
    active: Vec<PathBuf>,
    /// Hash of the configuration the documents were parsed with (languages matter).
    docs_config: u64,
    docs: HashMap<PathBuf, Parsed>,
    datasets: Option<DatasetEntry>,
    theme: Option<ThemeEntry>,
    engine: Option<(u64, Arc<Engine>)>,
    locales: Option<(u64, Arc<Locales>)>,
    /// Bumped whenever the theme, templates or formatters are rebuilt.
    generation: u64,
    jobs: JobCache,
    stats: Stats,
}

struct DatasetEntry {
    stamps: Stamps,
    languages: Vec<String>,
    datasets: Vec<Dataset>,
    problems: Diagnostics,
}

/// Every file of a folder with its stamp.
type Stamps = Vec<(PathBuf, Option<Stamp>)>;

/// What reading and parsing a document gave.
type DocResult = Result<SourceDoc, Diagnostic>;

/// A document as the previous build left it: its stamp and what parsing it gave.
type Parsed = (Stamp, DocResult);

struct ThemeEntry {
    /// Theme name, languages, and the stamps of every file under `themes/`.
    key: (String, Vec<String>, Stamps),
    theme: Result<Arc<Theme>, Diagnostics>,
}

impl Reuse {
    /// Reuse nothing.
    pub fn off() -> Reuse {
        Reuse::default()
    }

    /// Reuse what did not change.
    pub fn on() -> Reuse {
        Reuse {
            enabled: true,
            jobs: JobCache::on(),
            ..Reuse::default()
        }
    }

    /// Forget what was read from these files or folders (reported by the watcher).
    pub fn invalidate(&mut self, paths: impl IntoIterator<Item = PathBuf>) {
        self.dirty.extend(paths);
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

    /// Start a build with `config`: documents parsed under another configuration are dropped.
    pub(crate) fn begin(&mut self, config: &SiteConfig) {
        self.stats = Stats::default();
        self.active = std::mem::take(&mut self.dirty);
        if !self.enabled {
            return;
        }
        let key = hash_debug(config);
        if key != self.docs_config {
            self.docs.clear();
            self.docs_config = key;
        }
    }

    /// [`content::load`], reading and parsing only new and changed files.
    pub(crate) fn load_docs(
        &mut self,
        inventory: &Inventory,
        site_root: &Path,
        config: &SiteConfig,
        problems: &mut Diagnostics,
    ) -> Vec<SourceDoc> {
        if !self.enabled {
            self.stats.docs_read = inventory.docs.len();
            return content::load(inventory, site_root, config, problems);
        }
        let mut previous = std::mem::take(&mut self.docs);
        // Stat every file and parse the new and changed ones, in parallel.
        let fresh: Vec<(Option<Stamp>, Option<DocResult>)> = inventory
            .docs
            .par_iter()
            .map(|doc| {
                let stamp = Stamp::of(&doc.path);
                let unchanged = previous
                    .get(&doc.path)
                    .is_some_and(|(was, _)| Some(*was) == stamp && !self.is_dirty(&doc.path));
                let parsed = (!unchanged).then(|| content::load_one(doc, site_root, config));
                (stamp, parsed)
            })
            .collect();
        let mut docs = Vec::with_capacity(fresh.len());
        let mut kept = HashMap::with_capacity(fresh.len());
        for (doc, (stamp, parsed)) in inventory.docs.iter().zip(fresh) {
            let result = match parsed {
                Some(result) => {
                    self.stats.docs_read += 1;
                    result
                }
                None => match previous.remove(&doc.path) {
                    Some((_, result)) => {
                        self.stats.docs_reused += 1;
                        result
                    }
                    None => content::load_one(doc, site_root, config),
                },
            };
            match &result {
                Ok(doc) => docs.push(doc.clone()),
                Err(d) => problems.push(d.clone()),
            }
            if let Some(stamp) = stamp {
                kept.insert(doc.path.clone(), (stamp, result));
            }
        }
        self.docs = kept;
        docs
    }

    /// [`crate::data::load`], again only when a dataset file changed.
    pub(crate) fn load_datasets(
        &mut self,
        files: &[Asset],
        site_root: &Path,
        languages: &[&str],
        problems: &mut Diagnostics,
    ) -> Vec<Dataset> {
        if !self.enabled {
            return crate::data::load(files, site_root, languages, problems);
        }
        let stamps: Stamps = files
            .iter()
            .map(|f| (f.path.clone(), Stamp::of(&f.path)))
            .collect();
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        let dirty = files.iter().any(|f| self.is_dirty(&f.path));
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
        self.datasets = Some(DatasetEntry {
            stamps,
            languages,
            datasets: datasets.clone(),
            problems: found,
        });
        datasets
    }

    /// [`crate::render::theme::load`], again only when a file under `themes/` changed.
    pub(crate) fn load_theme(
        &mut self,
        site_root: &Path,
        name: &str,
        languages: &[&str],
    ) -> Result<Arc<Theme>, Diagnostics> {
        if !self.enabled {
            return crate::render::theme::load(site_root, name, languages).map(Arc::new);
        }
        let themes = site_root.join("themes");
        let key = (
            name.to_string(),
            languages.iter().map(|l| l.to_string()).collect(),
            tree_stamps(&themes),
        );
        if let Some(entry) = &self.theme
            && entry.key == key
            && !self.is_dirty(&themes)
            && !self.active.iter().any(|d| d.starts_with(&themes))
        {
            return entry.theme.clone();
        }
        let theme = crate::render::theme::load(site_root, name, languages).map(Arc::new);
        self.generation += 1;
        self.stats.theme_reloaded = true;
        self.theme = Some(ThemeEntry {
            key,
            theme: theme.clone(),
        });
        theme
    }

    /// [`Engine::new`], again only for a new theme or base path.
    pub(crate) fn engine(
        &mut self,
        theme: &Arc<Theme>,
        base_path: &str,
    ) -> Result<Arc<Engine>, Vec<Diagnostic>> {
        let key = hash_debug(&(self.generation, base_path));
        if let Some((k, engine)) = &self.engine
            && self.enabled
            && *k == key
        {
            return Ok(engine.clone());
        }
        let engine = Arc::new(Engine::new(theme, base_path)?);
        if self.enabled {
            self.engine = Some((key, engine.clone()));
        }
        Ok(engine)
    }

    /// [`Locales::new`], again only for a new theme or configuration.
    pub(crate) fn locales(
        &mut self,
        config: &SiteConfig,
        theme: &Arc<Theme>,
    ) -> Result<Arc<Locales>, Diagnostics> {
        let key = hash_debug(&(self.generation, config));
        if let Some((k, locales)) = &self.locales
            && self.enabled
            && *k == key
        {
            return Ok(locales.clone());
        }
        let locales = Arc::new(Locales::new(config, &theme.strings)?);
        if self.enabled {
            self.locales = Some((key, locales.clone()));
        }
        Ok(locales)
    }

    /// The render-job cache, told which templates and formatters it renders with.
    pub(crate) fn jobs(&mut self) -> &mut JobCache {
        self.jobs.set_generation(self.generation);
        &mut self.jobs
    }
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

fn hash_debug(value: &impl std::fmt::Debug) -> u64 {
    let mut h = DefaultHasher::new();
    format!("{value:?}").hash(&mut h);
    h.finish()
}
