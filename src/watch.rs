//! Watching a site for changes (`serve`, `watch`): `content/` and `themes/`, never the
//! output. Events become a list of changed paths; what cannot change the site is dropped:
//! reads (a build reading a file must not trigger the next build), hidden files and editor
//! leftovers (the names `content::walk::is_ignored` skips, so an atomic save through a
//! temporary file counts as one change of the real file). A global quiet period turns an
//! editor's burst or a `git checkout` into one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};

use crate::content::walk::is_ignored;
use crate::messages::msg;

/// How long an event waits for more on the same file (the debouncer's timeout).
const SETTLE: Duration = Duration::from_millis(15);
/// Events that follow each other within this become one rebuild.
const QUIET: Duration = Duration::from_millis(12);
/// A burst that never pauses still rebuilds this often.
const LONGEST: Duration = Duration::from_secs(1);

/// What the rebuild loop hears: from the watcher, or from Ctrl-C.
#[derive(Debug)]
pub enum Signal {
    /// These files or folders changed.
    Changed(Vec<PathBuf>),
    /// The watcher may have missed changes (its queue overflowed, or it failed): check
    /// every file. The message says why, when there is one.
    Rescan(Option<String>),
    /// The background search index is ready (see `rebuild::search`).
    Indexed,
    /// Stop (Ctrl-C).
    Stop,
}

/// One rebuild's worth of signals.
#[derive(Debug, PartialEq, Eq)]
pub enum Batch {
    /// Rebuild after these changes; `rescan` when the list may be incomplete.
    Changed {
        paths: Vec<PathBuf>,
        rescan: bool,
    },
    /// Nothing changed, but a search index is ready.
    Indexed,
    /// Nothing happened before the deadline.
    Idle,
    Stop,
}

/// The folders that matter, absolute.
#[derive(Debug, Clone)]
pub struct Roots {
    pub site: PathBuf,
    pub content: PathBuf,
    pub themes: PathBuf,
    pub output: PathBuf,
}

impl Roots {
    pub fn new(site: &Path, output: &Path) -> Roots {
        let site = std::path::absolute(site).unwrap_or_else(|_| site.to_path_buf());
        let output = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
        Roots {
            content: site.join("content"),
            themes: site.join("themes"),
            site,
            output,
        }
    }

    /// Whether a change at `path` can change the site.
    pub fn matters(&self, path: &Path) -> bool {
        if path.starts_with(&self.output) {
            return false;
        }
        // content/ and themes/ themselves (created, removed, renamed) and what is inside.
        let Some(rel) = [&self.content, &self.themes]
            .iter()
            .find_map(|root| path.strip_prefix(root).ok())
        else {
            return false;
        };
        !rel.components()
            .any(|c| is_ignored(&c.as_os_str().to_string_lossy()))
    }
}

/// What one event means for the build.
pub fn classify(event: &Event, roots: &Roots) -> Option<Signal> {
    if event.need_rescan() {
        return Some(Signal::Rescan(None));
    }
    match event.kind {
        // A finished write counts; opening and reading do not.
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => {}
        EventKind::Access(_) => return None,
        _ => {}
    }
    let paths: Vec<PathBuf> = event
        .paths
        .iter()
        .filter(|p| roots.matters(p))
        .cloned()
        .collect();
    (!paths.is_empty()).then_some(Signal::Changed(paths))
}

/// A running watcher; dropping it stops watching.
pub struct Watcher {
    debouncer: Debouncer<notify::RecommendedWatcher, RecommendedCache>,
    roots: Roots,
}

impl Watcher {
    /// Watch the site at `roots`, sending what matters to `signals`.
    pub fn start(roots: Roots, signals: Sender<Signal>) -> Result<Watcher> {
        let filter = roots.clone();
        let debouncer = new_debouncer(SETTLE, None, move |result: DebounceEventResult| {
            let signals_of: Vec<Signal> = match result {
                Ok(events) => events.iter().filter_map(|e| classify(e, &filter)).collect(),
                Err(errors) => {
                    let text = errors
                        .iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("; ");
                    vec![Signal::Rescan(Some(text))]
                }
            };
            for signal in signals_of {
                // The loop has ended: nothing more to tell.
                if signals.send(signal).is_err() {
                    return;
                }
            }
        })
        .with_context(|| msg!("io-watch-start-failed"))?;
        let mut watcher = Watcher { debouncer, roots };
        watcher
            .debouncer
            .watch(&watcher.roots.site, RecursiveMode::NonRecursive)
            .with_context(|| msg!("io-watch-failed", path = watcher.roots.site.display()))?;
        watcher
            .debouncer
            .watch(&watcher.roots.content, RecursiveMode::Recursive)
            .with_context(|| msg!("io-watch-failed", path = watcher.roots.content.display()))?;
        watcher.watch_themes();
        Ok(watcher)
    }

    /// After a batch that created, replaced or removed `content/` or `themes/` itself,
    /// watch the new folder (a watch on a removed folder is gone with it).
    pub fn refresh(&mut self, changed: &[PathBuf]) {
        if changed.contains(&self.roots.content) && self.roots.content.is_dir() {
            let _ = self
                .debouncer
                .watch(&self.roots.content, RecursiveMode::Recursive);
        }
        if changed.contains(&self.roots.themes) {
            self.watch_themes();
        }
    }

    fn watch_themes(&mut self) {
        if self.roots.themes.is_dir() {
            // Best effort: without it, theme edits need a restart, which the docs say.
            let _ = self
                .debouncer
                .watch(&self.roots.themes, RecursiveMode::Recursive);
        }
    }
}

/// Wait for the next change (until `deadline`, if any: then `Idle`), then gather everything
/// that follows within the quiet period. Returns `Stop` on Ctrl-C or when every sender is
/// gone.
pub fn next_batch(signals: &Receiver<Signal>, deadline: Option<Instant>) -> Batch {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut rescan = false;
    let mut started: Option<Instant> = None;
    loop {
        let signal = match started {
            None => {
                let first = match deadline {
                    None => signals.recv().map_err(|_| RecvTimeoutError::Disconnected),
                    Some(at) => signals.recv_timeout(at.saturating_duration_since(Instant::now())),
                };
                match first {
                    Ok(s) => s,
                    Err(RecvTimeoutError::Timeout) => return Batch::Idle,
                    Err(RecvTimeoutError::Disconnected) => return Batch::Stop,
                }
            }
            Some(at) => {
                if at.elapsed() >= LONGEST {
                    break;
                }
                match signals.recv_timeout(QUIET) {
                    Ok(s) => s,
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return Batch::Stop,
                }
            }
        };
        match signal {
            Signal::Stop => return Batch::Stop,
            // Alone, it is worth waking for; amid changes, the rebuild's caller looks anyway.
            Signal::Indexed if started.is_none() => return Batch::Indexed,
            Signal::Indexed => continue,
            Signal::Changed(more) => paths.extend(more),
            Signal::Rescan(why) => {
                if let Some(why) = why {
                    eprintln!(
                        "warning: {}",
                        msg!("serve-watcher-problem", why = why.to_string())
                    );
                }
                rescan = true;
            }
        }
        started.get_or_insert_with(Instant::now);
    }
    paths.sort();
    paths.dedup();
    Batch::Changed { paths, rescan }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind, RenameMode};

    fn roots() -> Roots {
        Roots::new(Path::new("/site"), Path::new("/site/output"))
    }

    fn event(kind: EventKind, paths: &[&str]) -> Event {
        paths
            .iter()
            .fold(Event::new(kind), |e, p| e.add_path(PathBuf::from(p)))
    }

    fn changed(e: Event) -> Vec<PathBuf> {
        match classify(&e, &roots()) {
            Some(Signal::Changed(paths)) => paths,
            Some(other) => panic!("{other:?}"),
            None => Vec::new(),
        }
    }

    #[test]
    fn reading_a_file_is_not_a_change_but_finishing_a_write_is() {
        let read = AccessKind::Open(AccessMode::Read);
        assert!(changed(event(EventKind::Access(read), &["/site/content/a.md"])).is_empty());
        let close = AccessKind::Close(AccessMode::Read);
        assert!(changed(event(EventKind::Access(close), &["/site/content/a.md"])).is_empty());
        let written = AccessKind::Close(AccessMode::Write);
        assert_eq!(
            changed(event(EventKind::Access(written), &["/site/content/a.md"])),
            [PathBuf::from("/site/content/a.md")]
        );
    }

    #[test]
    fn the_output_and_files_outside_content_and_themes_do_not_matter() {
        let modify = EventKind::Modify(ModifyKind::Any);
        assert!(changed(event(modify, &["/site/output/index.html"])).is_empty());
        assert!(changed(event(modify, &["/site/README.md"])).is_empty());
        assert_eq!(
            changed(event(modify, &["/site/themes/t/templates/base.html"])).len(),
            1
        );
        assert_eq!(
            changed(event(
                EventKind::Create(CreateKind::Folder),
                &["/site/themes"]
            ))
            .len(),
            1
        );
    }

    #[test]
    fn an_atomic_save_is_a_change_of_the_real_file_only() {
        let rename = EventKind::Modify(ModifyKind::Name(RenameMode::Both));
        for temp in [
            "/site/content/news/.a.md.swp",
            "/site/content/news/a.md~",
            "/site/content/news/a.md.tmp",
            "/site/content/news/4913",
            "/site/content/news/#a.md#",
            "/site/content/news/a.md___jb_tmp___",
            "/site/content/.git/index",
        ] {
            assert!(
                changed(event(EventKind::Create(CreateKind::File), &[temp])).is_empty(),
                "{temp}"
            );
            assert_eq!(
                changed(event(rename, &[temp, "/site/content/news/a.md"])),
                [PathBuf::from("/site/content/news/a.md")]
            );
        }
    }

    #[test]
    fn a_burst_is_one_batch_and_stop_ends_the_loop() {
        let (tx, rx) = std::sync::mpsc::channel();
        tx.send(Signal::Changed(vec!["/b".into()])).unwrap();
        tx.send(Signal::Changed(vec!["/a".into(), "/b".into()]))
            .unwrap();
        tx.send(Signal::Rescan(None)).unwrap();
        assert_eq!(
            next_batch(&rx, None),
            Batch::Changed {
                paths: vec!["/a".into(), "/b".into()],
                rescan: true
            }
        );
        tx.send(Signal::Stop).unwrap();
        assert_eq!(next_batch(&rx, None), Batch::Stop);
        let soon = Instant::now() + Duration::from_millis(5);
        assert_eq!(next_batch(&rx, Some(soon)), Batch::Idle);
        drop(tx);
        assert_eq!(next_batch(&rx, None), Batch::Stop);
    }
}
