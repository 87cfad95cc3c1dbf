//! The search index in a session (`serve`, `watch`), made in the background: Pagefind takes
//! seconds on a large site, and an edit must show in a fraction of one. A rebuild is served
//! at once with the last index; when a page search finds has changed, and the author has
//! paused for [`PAUSE`], the index is made again on another thread and replaces the old
//! one when ready (without reloading tabs). The pause keeps the indexer from competing for
//! the processor with the rebuilds of an author saving one change after another.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::output::{Body, Changes, Store};
use crate::search;

/// How long the pages must stay unchanged before indexing starts.
pub const PAUSE: Duration = Duration::from_millis(1500);

/// Called from the indexing thread when an index is ready.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// What came of a background index.
pub struct Indexed {
    /// The index's files (under `pagefind/`), or why there is none.
    pub result: Result<Store, Diagnostics>,
    pub elapsed: Duration,
    /// Whether it indexes the pages as they are now (if not, another run has started).
    pub current: bool,
}

#[derive(Default)]
pub(super) struct Indexer {
    notify: Option<Notify>,
    /// The pages search finds in the current site, by output path.
    pages: search::Pages,
    /// The last index made.
    index: Store,
    /// Bumped whenever a page search finds changes.
    generation: u64,
    /// The generation `index` was made for.
    indexed: Option<u64>,
    running: Option<Run>,
    /// When indexing should start, if the pages stay as they are.
    due: Option<Instant>,
    /// The site to index when it is due.
    pending: Option<Arc<Store>>,
}

struct Run {
    generation: u64,
    started: Instant,
    /// Filled by the indexing thread just before it calls `notify`.
    result: Arc<Mutex<Option<Result<Store, Diagnostics>>>>,
}

impl Indexer {
    /// Index in the background, calling `notify` when an index is ready.
    pub(super) fn enable(&mut self, notify: Notify) {
        self.notify = Some(notify);
    }

    /// The last index made (possibly of older pages), to serve with a new build.
    pub(super) fn index(&self) -> &Store {
        &self.index
    }

    /// After a good build: `site` (with the last index) replaced the previous one, and
    /// `pages` are the pages search finds. Start indexing if one of them changed.
    pub(super) fn built(&mut self, site: &Arc<Store>, pages: search::Pages, changes: &Changes) {
        if self.notify.is_none() {
            return;
        }
        let touched = changes
            .written
            .iter()
            .chain(&changes.removed)
            .any(|path| pages.contains_key(path) || self.pages.contains_key(path));
        let first = self.indexed.is_none() && self.running.is_none() && self.due.is_none();
        if touched || pages != self.pages || first {
            self.generation += 1;
            // The first index at once; later ones once the author pauses.
            self.due = Some(match first {
                true => Instant::now(),
                false => Instant::now() + PAUSE,
            });
        }
        self.pages = pages;
        if self.pages.is_empty() {
            // `search: false`: no index, none running that matters.
            self.index = Store::default();
            self.indexed = Some(self.generation);
            self.due = None;
            return;
        }
        self.pending = Some(site.clone());
        self.start_if_due();
    }

    /// When the loop should call [`Indexer::start_if_due`], if indexing waits.
    pub(super) fn due(&self) -> Option<Instant> {
        self.due.filter(|_| self.running.is_none())
    }

    /// Start indexing if its time has come and none is running.
    pub(super) fn start_if_due(&mut self) {
        let ready = self.due.is_some_and(|at| at <= Instant::now());
        if ready
            && self.running.is_none()
            && self.indexed != Some(self.generation)
            && let Some(site) = self.pending.take()
        {
            self.due = None;
            self.start(site);
        }
    }

    /// Take a finished index, if there is one; start another if the pages changed since.
    pub(super) fn finished(&mut self, site: &Arc<Store>) -> Option<Indexed> {
        let result = self.running.as_ref()?.result.lock().ok()?.take()?;
        let run = self.running.take()?;
        let elapsed = run.started.elapsed();
        if let Ok(index) = &result {
            self.index = index.clone();
        }
        let current = run.generation == self.generation;
        if current {
            self.indexed = Some(run.generation);
        } else {
            // Pages changed meanwhile: index the newest site once the author pauses.
            self.pending = Some(site.clone());
            self.due.get_or_insert_with(|| Instant::now() + PAUSE);
        }
        Some(Indexed {
            result,
            elapsed,
            current,
        })
    }

    fn start(&mut self, site: Arc<Store>) {
        let Some(notify) = self.notify.clone() else {
            return;
        };
        let pages = self.pages.clone();
        let result = Arc::new(Mutex::new(None));
        let slot = result.clone();
        std::thread::spawn(move || {
            let made = make_index(&site, &pages);
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(made);
            }
            notify();
        });
        self.running = Some(Run {
            generation: self.generation,
            started: Instant::now(),
            result,
        });
    }
}

/// Index the `pages` of `site`, as `search::add_index` does in a build.
fn make_index(site: &Store, pages: &search::Pages) -> Result<Store, Diagnostics> {
    let mut by_language: BTreeMap<&str, Vec<search::Document<'_>>> = BTreeMap::new();
    for (path, page) in pages {
        if let Some(body @ Body::Bytes(_)) = site.get(path)
            && let Ok(html) = body.bytes()
        {
            by_language
                .entry(&page.language)
                .or_default()
                .push(search::Document {
                    url: page.url.clone(),
                    html,
                });
        }
    }
    let languages: Vec<_> = by_language
        .into_values()
        .map(|documents| documents.into_iter().map(Ok))
        .collect();
    search::index(languages, pages.len()).map(Store::new)
}
