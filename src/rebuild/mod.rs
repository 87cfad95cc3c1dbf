//! Rebuilding on change (`serve`, `watch`): keep the last good build in memory, rebuild
//! reusing what did not change, and say in one line what changed, how many output files
//! differ and how long it took.

mod cache;
mod docs;
mod keys;
mod rerender;
mod reuse;
mod search;

pub(crate) use reuse::Reuse;
pub use reuse::Stats;
pub use search::{Indexed, Notify};

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::messages::msg;
use crate::output::{Changes, Store};
use crate::pipeline::{self, Failure, Options};

/// A build session: the options, the caches, and the last good site.
pub struct Session {
    options: Options,
    reuse: Reuse,
    last_good: Option<Arc<Store>>,
    /// Read "now" again for every build (unless `SOURCE_DATE_EPOCH` fixes it).
    live_clock: bool,
    indexer: search::Indexer,
}

/// What one rebuild did.
pub enum Outcome {
    /// The new site, and which output files differ from the previous good one (all of them
    /// on the first build).
    Built {
        site: Arc<Store>,
        changes: Changes,
        warnings: Diagnostics,
    },
    /// The build failed; the last good site (if any) stays.
    Failed(Failure),
}

/// A rebuild's outcome with what triggered it and its time, for the one-line summary.
pub struct Report {
    /// Changed source paths, relative to the site folder.
    pub changed: Vec<PathBuf>,
    pub outcome: Outcome,
    /// Whether this was the session's first good build.
    pub first: bool,
    pub elapsed: Duration,
    pub stats: Stats,
}

impl Session {
    /// A session that builds with `options.now` every time. The site folder is made
    /// absolute, so the watcher's paths can be matched with the files the build read.
    pub fn new(mut options: Options) -> Session {
        if let Ok(absolute) = std::path::absolute(&options.site_dir) {
            options.site_dir = absolute;
        }
        Session {
            options,
            reuse: Reuse::on(),
            last_good: None,
            live_clock: false,
            indexer: search::Indexer::default(),
        }
    }

    /// A session that reads the clock (or `SOURCE_DATE_EPOCH`) before each build, so an
    /// article whose date passes while `serve` runs appears at the next rebuild. Without
    /// `SOURCE_DATE_EPOCH`, "now" is taken to the minute.
    pub fn with_live_clock(options: Options) -> Session {
        Session {
            live_clock: true,
            ..Session::new(options)
        }
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// The next rebuild compares every file with the previous build, not only the paths it
    /// is given (the watcher lost track of changes).
    pub fn rescan(&mut self) {
        self.reuse.rescan();
    }

    /// Make the search index in the background (`serve`, `watch`; without this a session
    /// makes none): `notify` is called from another thread when one is ready; then
    /// [`Session::take_index`] gives the site with it.
    pub fn index_in_background(&mut self, notify: Notify) {
        self.indexer.enable(notify);
    }

    /// When a background index waits to start (the author has not paused yet); the loop
    /// calls [`Session::start_index`] then.
    pub fn index_due(&self) -> Option<std::time::Instant> {
        self.indexer.due()
    }

    /// Start the background index if it is due.
    pub fn start_index(&mut self) {
        self.indexer.start_if_due();
    }

    /// A finished background index: the last good site with it, and the files that changed.
    pub fn take_index(&mut self) -> Option<(Indexed, Arc<Store>, Changes)> {
        let last = self.last_good.clone()?;
        let indexed = self.indexer.finished(&last)?;
        let Ok(index) = &indexed.result else {
            return Some((indexed, last, Changes::default()));
        };
        let site = Arc::new(last.replace_folder(crate::search::FOLDER, index));
        let changes = last.diff(&site);
        self.last_good = Some(site.clone());
        Some((indexed, site, changes))
    }

    /// When the clock alone changes the site — an embargo lifts, a page's date comes — as a
    /// wait from `now`: rounded up to the minute, since a live clock reads "now" to the minute
    /// (an earlier wake would build the same site and wait again). `None` without a live
    /// clock, with `SOURCE_DATE_EPOCH` (time stands still), or when nothing waits.
    pub fn time_due(&self, now: jiff::Timestamp) -> Option<Duration> {
        if !self.live_clock || std::env::var_os("SOURCE_DATE_EPOCH").is_some() {
            return None;
        }
        wait_until_minute(now, self.reuse.next_change()?)
    }

    /// The last site that built without errors.
    pub fn last_good(&self) -> Option<Arc<Store>> {
        self.last_good.clone()
    }

    /// Build again after `changed`: every file or folder changed since the last build, as
    /// absolute paths (the watcher's report; empty for the first build). Files not listed
    /// are taken as unchanged unless [`Session::rescan`] was called.
    pub fn rebuild(&mut self, changed: &[PathBuf]) -> Report {
        let started = Instant::now();
        if self.live_clock
            && let Ok(now) = pipeline::now_from_env()
        {
            // To the minute: what "now" decides (future articles, upcoming events, the
            // calendars' time stamps) changes at most once a minute, not on every rebuild.
            let second = now.as_second();
            let fixed = std::env::var_os("SOURCE_DATE_EPOCH").is_some();
            self.options.now = match fixed {
                true => now,
                false => {
                    jiff::Timestamp::from_second(second - second.rem_euclid(60)).unwrap_or(now)
                }
            };
        }
        let had_good = self.last_good.is_some();
        if let Some(last) = self.last_good.clone()
            && let Some(quick) = self.reuse.quick(
                &self.options.site_dir,
                self.options.now,
                self.options.strict,
                changed,
            )
        {
            let (site, changes) = last.patched(quick.files);
            let site = Arc::new(site);
            self.last_good = Some(site.clone());
            self.indexer.built(&site, quick.searched, &changes);
            return Report {
                first: false,
                changed: changed
                    .iter()
                    .map(|p| relative(&self.options.site_dir, p))
                    .collect(),
                outcome: Outcome::Built {
                    site,
                    changes,
                    warnings: quick.warnings,
                },
                elapsed: started.elapsed(),
                stats: self.reuse.stats(),
            };
        }
        self.reuse.invalidate(changed.iter().cloned());
        let outcome =
            match pipeline::build_with(&self.options, &mut self.reuse, crate::output::Sink::Keep) {
                Ok(built) => {
                    let searched = crate::search::pages(&built.site);
                    self.reuse
                        .keep(built.site, self.options.now, searched.clone());
                    let mut site = Store::new(built.files);
                    site.add_all(self.indexer.index());
                    let site = Arc::new(site);
                    let changes = self
                        .last_good
                        .as_deref()
                        .unwrap_or(&Store::default())
                        .diff(&site);
                    self.last_good = Some(site.clone());
                    self.indexer.built(&site, searched, &changes);
                    Outcome::Built {
                        site,
                        changes,
                        warnings: built.warnings,
                    }
                }
                Err(failure) => Outcome::Failed(failure),
            };
        let root = &self.options.site_dir;
        let first = matches!(outcome, Outcome::Built { .. }) && !had_good;
        Report {
            first,
            changed: changed.iter().map(|p| relative(root, p)).collect(),
            outcome,
            elapsed: started.elapsed(),
            stats: self.reuse.stats(),
        }
    }
}

/// How long from `now` until the first whole minute at or after `at`.
fn wait_until_minute(now: jiff::Timestamp, at: jiff::Timestamp) -> Option<Duration> {
    let second = at.as_second();
    let minute = second + (60 - second.rem_euclid(60)).rem_euclid(60);
    let minute = jiff::Timestamp::from_second(minute).ok()?;
    Some(Duration::try_from(minute.duration_since(now)).unwrap_or(Duration::ZERO))
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

/// One line: what changed, what the build did, how long it took.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.elapsed.as_millis() as u64;
        match self.changed.as_slice() {
            [] => {}
            [one] => write!(f, "{} ", msg!("rebuild-changed-one", file = one.display()))?,
            [first, rest @ ..] => {
                let changed = msg!(
                    "rebuild-changed-many",
                    file = first.display(),
                    more = rest.len()
                );
                write!(f, "{changed} ")?
            }
        }
        let pages = self.stats.pages_rendered + self.stats.pages_reused;
        let line = match &self.outcome {
            Outcome::Built { site, .. } if self.first => {
                msg!(
                    "rebuild-built-first",
                    files = site.len(),
                    pages = pages,
                    ms = ms
                )
            }
            Outcome::Built { changes, .. } => msg!(
                "rebuild-rewritten",
                count = changes.len(),
                ms = ms,
                rendered = self.stats.pages_rendered,
                pages = pages,
            ),
            Outcome::Failed(Failure::Content(problems)) => {
                msg!("rebuild-failed", errors = problems.error_count(), ms = ms)
            }
            Outcome::Failed(Failure::Environment(_)) => msg!("rebuild-failed-environment", ms = ms),
        };
        f.write_str(&line)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> jiff::Timestamp {
        text.parse().expect("timestamp")
    }

    #[test]
    fn the_clock_wakes_at_the_first_whole_minute_of_the_change() {
        let now = at("2027-01-15T03:59:10Z");
        let wait = |lift: &str| wait_until_minute(now, at(lift));
        assert_eq!(wait("2027-01-15T04:00:00Z"), Some(Duration::from_secs(50)));
        assert_eq!(wait("2027-01-15T04:00:30Z"), Some(Duration::from_secs(110)));
        // Already due: at once.
        assert_eq!(wait("2027-01-15T03:59:00Z"), Some(Duration::ZERO));
    }
}
