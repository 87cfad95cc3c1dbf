//! Parsed documents kept between builds, keyed by path and checked by time stamp and size.
//!
//! A document is lent to a build (moved into the `Site`, not copied) and given back with
//! [`DocCache::recycle`] when the build ends; one that was not given back (the build
//! failed before the end) is simply read again next time.

use std::collections::HashMap;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::content::{self, DocPath, Inventory, SourceDoc};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// A file's modification time and size: if both are unchanged (and the watcher did not
/// report it), its contents are taken to be unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
}

impl Stamp {
    pub(super) fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        Some(Stamp {
            modified: meta.modified().ok(),
            len: meta.len(),
        })
    }
}

#[derive(Default)]
pub(super) struct DocCache {
    /// Hash of the configuration the documents were parsed with (languages matter).
    config: u64,
    entries: HashMap<PathBuf, Entry>,
}

struct Entry {
    stamp: Stamp,
    /// Hash of everything but the Markdown text (see [`fingerprint`]).
    fingerprint: u64,
    state: State,
}

enum State {
    /// Parsed, and back from the last build.
    Held(Box<SourceDoc>),
    /// Parsed, and in a build's `Site` now.
    Lent,
    /// Could not be read or parsed.
    Failed(Diagnostic),
}

/// What [`DocCache::load`] gives a build.
pub(super) struct Loaded {
    pub docs: Vec<SourceDoc>,
    pub read: usize,
    pub reused: usize,
}

impl DocCache {
    /// Documents parsed under another configuration are dropped.
    pub(super) fn configure(&mut self, config_key: u64) {
        if config_key != self.config {
            self.entries.clear();
            self.config = config_key;
        }
    }

    /// Every document of `inventory`, reading only new, changed and `dirty` ones. When the
    /// dirty paths are `complete`, other files are not even looked at.
    pub(super) fn load(
        &mut self,
        inventory: &Inventory,
        site_root: &Path,
        config: &SiteConfig,
        dirty: &(dyn Fn(&Path) -> bool + Sync),
        complete: bool,
        problems: &mut Diagnostics,
    ) -> Loaded {
        let mut previous = std::mem::take(&mut self.entries);
        // Parse the new and changed files, in parallel.
        let fresh: Vec<(Option<Stamp>, Option<Entry>)> = inventory
            .docs
            .par_iter()
            .map(|doc| {
                let held = previous
                    .get(&doc.path)
                    .filter(|e| !dirty(&doc.path) && !matches!(e.state, State::Lent));
                // With a complete list of changes, a file not on it is unchanged: no stat.
                let stamp = match held {
                    Some(e) if complete => Some(e.stamp),
                    _ => Stamp::of(&doc.path),
                };
                let unchanged = held.is_some_and(|e| Some(e.stamp) == stamp);
                (
                    stamp,
                    (!unchanged).then(|| parse(doc, stamp, site_root, config)),
                )
            })
            .collect();
        let mut loaded = Loaded {
            docs: Vec::with_capacity(fresh.len()),
            read: 0,
            reused: 0,
        };
        for (doc, (stamp, parsed)) in inventory.docs.iter().zip(fresh) {
            let was_read = parsed.is_some();
            let mut entry = match parsed.or_else(|| previous.remove(&doc.path)) {
                Some(entry) => entry,
                None => parse(doc, stamp, site_root, config),
            };
            if let State::Lent = entry.state {
                // Never: a lent document counts as changed and is parsed again.
                entry = parse(doc, stamp, site_root, config);
            }
            match std::mem::replace(&mut entry.state, State::Lent) {
                State::Held(source) => loaded.docs.push(*source),
                State::Failed(d) => {
                    problems.push(d.clone());
                    entry.state = State::Failed(d);
                }
                State::Lent => {}
            }
            if !was_read {
                loaded.reused += 1;
            }
            if stamp.is_some() {
                self.entries.insert(doc.path.clone(), entry);
            }
        }
        loaded.read = inventory.docs.len() - loaded.reused;
        loaded
    }

    /// The front-matter fingerprint of `doc` (one of the last load's), as [`fingerprint`].
    pub(super) fn fingerprint(&self, doc: &SourceDoc) -> u64 {
        match self.entries.get(&doc.doc.path) {
            Some(entry) if matches!(entry.state, State::Lent) => entry.fingerprint,
            _ => fingerprint(doc),
        }
    }

    /// Take back the documents of a finished build.
    pub(super) fn recycle(&mut self, docs: Vec<SourceDoc>) {
        for doc in docs {
            if let Some(entry) = self.entries.get_mut(&doc.doc.path)
                && matches!(entry.state, State::Lent)
            {
                entry.state = State::Held(Box::new(doc));
            }
        }
    }
}

fn parse(doc: &DocPath, stamp: Option<Stamp>, site_root: &Path, config: &SiteConfig) -> Entry {
    let (fingerprint, state) = match content::load_one(doc, site_root, config) {
        Ok(source) => (fingerprint(&source), State::Held(Box::new(source))),
        Err(d) => (hash_debug(&d), State::Failed(d)),
    };
    Entry {
        stamp: stamp.unwrap_or(Stamp {
            modified: None,
            len: 0,
        }),
        fingerprint,
        state,
    }
}

/// Everything of a document that pages other than its own may read: all but the text.
/// (Rendered pages compare the texts they read themselves; see `render::cache`.)
pub(super) fn fingerprint(source: &SourceDoc) -> u64 {
    let SourceDoc {
        doc,
        display,
        lang,
        text: _,
        front,
        body_start,
        controls: _,
    } = source;
    hash_debug(&(doc, display, lang, front, body_start))
}

pub(super) fn hash_debug(value: &impl std::fmt::Debug) -> u64 {
    let mut h = DefaultHasher::new();
    format!("{value:?}").hash(&mut h);
    h.finish()
}
