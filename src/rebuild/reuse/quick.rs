//! The quick rebuild, for the edit an author makes most: the Markdown body of pages that
//! already exist, front matter untouched. Nothing a page shows of another page comes from
//! its body (titles, dates, summaries, tags and links to it are front matter), so the last
//! build's resolved site stays right with the new texts swapped in, and only the jobs that
//! read those texts render again (`render::quick`). Anything else — a new, deleted or
//! renamed file, a front-matter change, a dataset, site.yaml, a template, the clock moving
//! to the next minute, a page that fails to render — takes the full (still incremental)
//! rebuild, which is what `tests/incremental.rs` compares with clean builds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::super::docs::fingerprint;
use super::{Reuse, ThemeEntry};
use crate::content;
use crate::diagnostic::Diagnostics;
use crate::output::OutputFile;

/// What a quick rebuild made.
pub struct QuickBuilt {
    /// The files rendered again; every other file is the last build's.
    pub files: Vec<OutputFile>,
    /// The whole site's warnings, as a full build would give them.
    pub warnings: Diagnostics,
    /// The pages search finds (unchanged).
    pub searched: BTreeMap<String, String>,
}

impl Reuse {
    /// Rebuild after `changed` (absolute paths the watcher reported) the quick way, when
    /// that is exact; `None` when a full rebuild is needed.
    pub fn quick(
        &mut self,
        site_root: &Path,
        now: Timestamp,
        strict: bool,
        changed: &[PathBuf],
    ) -> Option<QuickBuilt> {
        if !self.enabled || self.rescan || changed.is_empty() || !self.dirty.is_empty() {
            return None;
        }
        let kept = self.kept.as_ref()?;
        if kept.now != now {
            return None;
        }
        let theme = match &self.theme {
            Some(ThemeEntry {
                theme: Ok(theme), ..
            }) => theme.clone(),
            _ => return None,
        };
        let engine = self.engine.as_ref()?.1.clone();
        let locales = self.locales.as_ref()?.1.clone();
        let mut fresh = Vec::with_capacity(changed.len());
        for path in changed {
            if !path.is_file() {
                return None;
            }
            let index = kept.site.docs.iter().position(|d| d.doc.path == *path)?;
            let old = &kept.site.docs[index];
            let new = content::load_one(&old.doc, site_root, &kept.site.config).ok()?;
            if fingerprint(&new) != fingerprint(old) {
                return None;
            }
            fresh.push((index, new));
        }
        let kept = self.kept.as_mut()?;
        let docs: Vec<usize> = fresh.iter().map(|(i, _)| *i).collect();
        for (index, doc) in fresh {
            kept.site.docs[index] = doc;
        }
        let rendered = crate::render::quick::rerender_bodies(
            &kept.site,
            &theme,
            &engine,
            &locales,
            &mut self.jobs,
            &docs,
        )?;
        let mut warnings = kept.before_render.clone();
        rendered.warnings.into_iter().for_each(|w| warnings.push(w));
        if warnings.fails(strict) {
            // `--strict` fails on warnings; the full build says so.
            return None;
        }
        warnings.sort();
        self.stats.docs_read = docs.len();
        self.stats.docs_reused = kept.site.docs.len() - docs.len();
        Some(QuickBuilt {
            files: rendered.files,
            warnings,
            searched: kept.searched.clone(),
        })
    }
}
