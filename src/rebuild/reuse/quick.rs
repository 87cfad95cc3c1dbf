//! The quick rebuild, for the edits an author makes most: the Markdown body of pages that
//! already exist (front matter untouched), and the rows of a dataset (its title, columns,
//! source and the rest untouched). Nothing a page shows of another page comes from its body
//! (titles, dates, summaries, tags and links to it are front matter), and a dataset's rows
//! reach only the pages that show its figures, so the last build's resolved site stays
//! right with the new texts or rows swapped in, and only the jobs that read them render
//! again (`rebuild::rerender`). Anything else — a new, deleted or renamed file, a front-matter
//! or dataset-metadata change, site.yaml, a template, a problem in a dataset, the clock
//! moving to the next minute, a page that fails to render — takes the full (still
//! incremental) rebuild, which is what `tests/incremental.rs` compares with clean builds.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::super::cache::Touched;
use super::super::docs::{Stamp, fingerprint};
use super::super::rerender;
use super::{Reuse, ThemeEntry};
use crate::content;
use crate::data::Dataset;
use crate::diagnostic::Diagnostics;
use crate::output::OutputFile;

/// What a quick rebuild made.
pub struct QuickBuilt {
    /// The files rendered again; every other file is the last build's.
    pub files: Vec<OutputFile>,
    /// The whole site's warnings, as a full build would give them.
    pub warnings: Diagnostics,
    /// The pages search finds (unchanged).
    pub searched: crate::search::Pages,
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
        if self.rescan || changed.is_empty() || !self.dirty.is_empty() {
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
        let mut fresh_docs = Vec::new();
        let mut fresh_datasets = Vec::new();
        for path in changed {
            if !path.is_file() {
                return None;
            }
            if let Some(index) = kept.site.docs.iter().position(|d| d.doc.path == *path) {
                let old = &kept.site.docs[index];
                let new = content::load_one(&old.doc, site_root, &kept.site.config).ok()?;
                if fingerprint(&new) != fingerprint(old) {
                    return None;
                }
                fresh_docs.push((index, new));
            } else {
                fresh_datasets.push(self.reload_dataset(site_root, path)?);
            }
        }
        let kept = self.kept.as_mut()?;
        let mut touched = Touched::default();
        for (index, doc) in fresh_docs {
            kept.site.docs[index] = doc;
            touched.docs.push(index);
        }
        for (dataset, stamp) in fresh_datasets {
            let index = kept.site.datasets.iter().position(|d| d.id == dataset.id)?;
            if let Some(entry) = self.datasets.as_mut()
                && let Some(cached) = entry.datasets.iter_mut().find(|d| d.id == dataset.id)
            {
                *cached = dataset.clone();
                for (path, old) in entry.stamps.iter_mut() {
                    if *path == stamp.0 {
                        *old = stamp.1;
                    }
                }
            }
            kept.site.datasets[index] = dataset;
            touched.datasets.push(index);
            self.datasets_read += 1;
        }
        let inputs = crate::render::Inputs {
            site: &kept.site,
            theme: &theme,
            engine: &engine,
            locales: &locales,
        };
        let rendered = rerender::rerender(inputs, &mut self.jobs, &touched)?;
        let mut warnings = kept.before_render.clone();
        rendered.warnings.into_iter().for_each(|w| warnings.push(w));
        if warnings.fails(strict) {
            // `--strict` fails on warnings; the full build says so.
            return None;
        }
        warnings.sort();
        self.stats.docs_read = touched.docs.len();
        self.stats.docs_reused = kept.site.docs.len() - touched.docs.len();
        Some(QuickBuilt {
            files: rendered.files,
            warnings,
            searched: kept.searched.clone(),
        })
    }
}

impl Reuse {
    /// The dataset at `path` read again, when only its rows changed: same file, same
    /// metadata, and no problem in it before or now. With its new stamp.
    fn reload_dataset(
        &self,
        site_root: &Path,
        path: &Path,
    ) -> Option<(Dataset, (PathBuf, Option<Stamp>))> {
        let entry = self.datasets.as_ref()?;
        if !entry.problems.is_empty() {
            return None;
        }
        let (inventory, _) = self.inventory.as_ref()?;
        let file = inventory.datasets.iter().find(|f| f.path == path)?;
        let kept = self.kept.as_ref()?;
        let stem = path.file_stem()?.to_string_lossy();
        let old = kept.site.datasets.iter().find(|d| d.id == stem)?;
        let languages: Vec<&str> = entry.languages.iter().map(String::as_str).collect();
        let mut problems = Diagnostics::new();
        let mut loaded = crate::data::load(
            std::slice::from_ref(file),
            site_root,
            &languages,
            &mut problems,
        );
        if !problems.is_empty() || loaded.len() != 1 {
            return None;
        }
        let new = loaded.pop()?;
        (metadata(&new) == metadata(old)).then(|| (new, (path.to_path_buf(), Stamp::of(path))))
    }
}

/// Everything of a dataset but its rows, as text: equal means only rows changed.
fn metadata(dataset: &Dataset) -> String {
    let Dataset {
        id,
        display,
        title,
        description,
        source,
        programs,
        columns,
        rows: _,
        shape,
        headline,
        chart,
        status,
        next_release,
        frequency,
        contact,
        license,
        corrections,
        embargo,
        rows_file,
        versions,
    } = dataset;
    format!(
        "{:?}",
        (
            id,
            display,
            title,
            description,
            source,
            programs,
            columns,
            chart,
            (status, next_release),
            (frequency, contact, license, corrections, shape, headline),
            embargo.as_ref().map(|e| (&e.until, &e.rows)),
            (rows_file, versions),
        )
    )
}
