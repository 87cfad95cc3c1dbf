//! Which render jobs a rebuild may reuse from the previous build.
//!
//! A job's output is a function of what it reads: the templates and formatters (a
//! generation number the caller bumps whenever it rebuilds them), the part of the resolved
//! site every job reads, the pages it shows, and Markdown bodies. [`super::keys`] says what
//! each job reads, as a key; a cached output is reused when the key matches and the bodies
//! it read (a page its own document, a home page its `_index` introduction) have the same
//! 128-bit fingerprint (XXH3, a few milliseconds for 10,000 articles). What a job leaves
//! besides its file ([`Effects`]: its sitemap entry, its feed body, its warnings, the
//! datasets its Markdown quotes) is kept and replayed with it. Outputs are kept behind an
//! `Arc`, so a reused page is handed to the `serve` store without a copy.
//!
//! In a full rebuild, an edit to one article's body re-renders that article's page only;
//! an edit to its front matter re-renders it and the pages that show it (lists, terms, the
//! home page, indexes); a new or deleted article the lists it shifts; a dataset, site.yaml,
//! a template or a picture changes what every job reads, and every page is rendered again
//! (still faster than a first build: documents, datasets and templates are parsed once and
//! reused). The two commonest edits do not even take a full rebuild: a body-only edit or a
//! dataset's rows re-render just the jobs that read them ([`JobCache::redo`], driven by
//! `rebuild::reuse::quick`), which needs the job list of the last build in order (`last`),
//! its [`Discovery`], and for datasets [`reads_dataset`].
//!
//! Keeping this correct: a job that starts reading something else (another page's body,
//! a dataset's rows, "now", another page) must say so in [`reads_docs`], [`reads_dataset`]
//! or `super::keys`; a renderer that collects something new for later must add it to
//! [`Effects`]; what of a document counts as its front matter is decided in
//! `rebuild::docs::fingerprint`, and of a dataset in `rebuild::reuse::quick::metadata`. The
//! exhaustive matches and destructuring here and in `super::keys` make a new job kind,
//! `Site` field or `Page` field a compile error, on purpose. `tests/incremental.rs` and
//! `tests/incremental_edits.rs` compare rebuilt trees with clean builds.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::{DefaultHasher, Hasher};
use std::sync::Arc;

use rayon::prelude::*;

use crate::diagnostic::Diagnostics;
use crate::output::{OutputFile, Sink};
use crate::render::discovery::Discovery;
use crate::render::{Effects, Inputs, Job, Plan, Rendered};
use crate::site::Site;

use super::keys::Keys;

/// A job's file (or problems) and what it left besides.
type Outcome = Rendered;

/// What changed, and nothing else: indexes into `site.docs` of documents whose Markdown
/// body changed (front matter untouched), and into `site.datasets` of datasets whose rows
/// changed (everything else in the file untouched).
#[derive(Debug, Default)]
pub struct Touched {
    pub docs: Vec<usize>,
    pub datasets: Vec<usize>,
}

/// The previous build's job outputs.
#[derive(Default)]
pub struct JobCache {
    generation: u64,
    /// The front-matter fingerprint of each of the build's documents, in `site.docs` order.
    doc_keys: Vec<u64>,
    /// Files made from the whole site (feeds, sitemap, downloads), by name: key and files.
    derived: HashMap<&'static str, (u64, Vec<OutputFile>)>,
    entries: HashMap<u64, Entry>,
    /// What the build before that had and the last one did not reuse: editing a file to
    /// broken and back finds its pages here.
    older: HashMap<u64, Entry>,
    /// Jobs rendered by the last build.
    pub rendered: usize,
    /// Jobs whose previous output the last build reused.
    pub reused: usize,
    /// Every job of the last build, in order, with its key: what a quick rebuild
    /// ([`super::rerender`]) re-renders some of and collects the effects of.
    last: Vec<(Job, u64)>,
    /// The terms, lists and navigation of the last build, for a quick rebuild.
    discovery: Option<Arc<Discovery>>,
    /// Every output path of the last build: what the site-address links of the pages a
    /// quick rebuild renders again are checked against (a body edit adds no file).
    paths: Arc<HashSet<String>>,
}

struct Entry {
    /// Fingerprint of the Markdown texts the job read ([`bodies`]).
    bodies: u128,
    result: Outcome,
}

impl JobCache {
    /// What the caller knows changed: `generation` is a new number whenever the templates
    /// or formatters were rebuilt; `doc_keys` fingerprints each document of the site but its
    /// Markdown text (path, language, front matter), in `site.docs` order.
    pub fn set_inputs(&mut self, generation: u64, doc_keys: Vec<u64>) {
        self.generation = generation;
        self.doc_keys = doc_keys;
    }

    /// The render stage ([`crate::render::render`]), reusing the previous build's output of
    /// every job whose inputs are unchanged, and the files made from every page when what
    /// they read is unchanged. Keeps the discovery for a quick rebuild.
    pub(super) fn render(
        &mut self,
        inputs: Inputs<'_>,
        sink: Sink<'_>,
        problems: &mut Diagnostics,
    ) -> Vec<OutputFile> {
        let plan = Plan::new(inputs);
        let keys = Keys::new(
            inputs.site,
            plan.discovery(),
            self.generation,
            &self.doc_keys,
        );
        let rendered = self.render_all(inputs.site, &plan, &keys, |job| plan.render(job, sink));
        let pages = plan.collect(rendered, problems);
        let published = self.derived(
            "publish",
            keys.whole(),
            &plan.publish_inputs(&pages.effects),
            || plan.publish(&pages.effects),
        );
        let downloads = self.derived("downloads", keys.shared(), &(), || {
            let mut files = crate::render::downloads(inputs.site, None);
            files.extend(crate::render::chart_kit::all_files(inputs, None));
            files
        });
        self.discovery = Some(plan.discovery().clone());
        let files = plan.assemble(pages, published, downloads, problems);
        self.paths = Arc::new(files.iter().map(|f| f.path.clone()).collect());
        files
    }

    /// Every output path of the last build.
    pub(super) fn paths(&self) -> Arc<HashSet<String>> {
        self.paths.clone()
    }

    /// Run `render` for each job whose output cannot be reused, in parallel; keep every
    /// result for the next build. Results are in job order.
    fn render_all(
        &mut self,
        site: &Site,
        plan: &Plan<'_>,
        keys: &Keys,
        render: impl Fn(&Job) -> Outcome + Sync,
    ) -> Vec<Outcome> {
        let jobs = plan.jobs();
        let discovery = plan.discovery();
        let mut previous = std::mem::take(&mut self.entries);
        let mut older = std::mem::take(&mut self.older);
        let plan: Vec<(u64, u128, bool)> = jobs
            .par_iter()
            .map(|job| {
                let key = keys.job(site, discovery, job);
                let read = fingerprint(&bodies(site, job));
                let found = previous.get(&key).or_else(|| older.get(&key));
                let hit = found
                    .is_some_and(|entry| entry.bodies == read && still_right(site, job, entry));
                (key, read, hit)
            })
            .collect();
        let fresh: Vec<Option<Outcome>> = jobs
            .par_iter()
            .zip(&plan)
            .map(|(job, (_, _, hit))| (!hit).then(|| render(job)))
            .collect();
        self.reused = 0;
        let keys: Vec<u64> = plan.iter().map(|(key, _, _)| *key).collect();
        let mut entries = HashMap::with_capacity(plan.len());
        let mut results = Vec::with_capacity(plan.len());
        for ((job, (key, read, _)), fresh) in jobs.iter().zip(plan).zip(fresh) {
            let kept = previous.remove(&key).or_else(|| older.remove(&key));
            let entry = match (fresh, kept) {
                (Some(result), _) => Entry {
                    bodies: read,
                    result: shared(result),
                },
                (None, Some(entry)) => {
                    self.reused += 1;
                    entry
                }
                // Only if two jobs had one key: render rather than guess.
                (None, None) => Entry {
                    bodies: read,
                    result: shared(render(job)),
                },
            };
            results.push(entry.result.clone());
            entries.insert(key, entry);
        }
        self.rendered = jobs.len() - self.reused;
        self.last = jobs.iter().cloned().zip(keys).collect();
        self.entries = entries;
        self.older = previous;
        results
    }
}

impl JobCache {
    pub(super) fn discovery(&self) -> Option<Arc<Discovery>> {
        self.discovery.clone()
    }

    /// Render again the jobs of the last build that read what was `touched` (document
    /// bodies, dataset rows; nothing else changed), keeping their new results in place of
    /// the old. The site key stays: the caller vouches that nothing else changed.
    /// `None` when there is no last build, or when a job failed (its errors are left for a
    /// full build to report); the cache is then unchanged.
    pub(super) fn redo(
        &mut self,
        site: &Site,
        touched: &Touched,
        render: impl Fn(&Job) -> Outcome + Sync,
    ) -> Option<Vec<(Job, Outcome)>> {
        if self.last.is_empty() {
            return None;
        }
        let entries = &self.entries;
        let affected: Vec<&(Job, u64)> = self
            .last
            .iter()
            .filter(|(job, key)| {
                reads_docs(site, job)
                    .iter()
                    .any(|d| touched.docs.contains(d))
                    || touched.datasets.iter().any(|&d| {
                        let cited = entries.get(key).map(|e| e.result.effects.cited.as_slice());
                        reads_dataset(site, job, cited.unwrap_or(&[]), d)
                    })
            })
            .collect();
        let redone: Vec<(Job, u64, u128, Outcome)> = affected
            .par_iter()
            .map(|(job, key)| {
                let read = fingerprint(&bodies(site, job));
                (job.clone(), *key, read, shared(render(job)))
            })
            .collect();
        if redone
            .iter()
            .any(|(_, _, _, outcome)| outcome.file.is_err())
        {
            return None;
        }
        self.rendered = redone.len();
        self.reused = self.last.len() - redone.len();
        Some(
            redone
                .into_iter()
                .map(|(job, key, bodies, result)| {
                    self.entries.insert(
                        key,
                        Entry {
                            bodies,
                            result: result.clone(),
                        },
                    );
                    (job, result)
                })
                .collect(),
        )
    }

    /// What every job of the last build left besides its file, in job order (as a full
    /// build collects it); `with_sitemap` also the sitemap entries and feed bodies.
    pub(super) fn effects(&self, with_sitemap: bool) -> Effects {
        let mut all = Effects::default();
        for (_, key) in &self.last {
            if let Some(entry) = self.entries.get(key) {
                let left = &entry.result.effects;
                all.warnings.extend(left.warnings.iter().cloned());
                if with_sitemap {
                    all.sitemap.extend(left.sitemap.iter().cloned());
                    all.feed_bodies.extend(left.feed_bodies.iter().cloned());
                }
            }
        }
        all
    }

    /// Forget a derived output, so the next full build makes it again.
    pub(super) fn forget_derived(&mut self, name: &str) {
        self.derived.remove(name);
    }

    /// Files made from the whole site after the jobs (`name`: feeds and sitemap, downloads):
    /// `make` runs again only when `key` (what they read of the site) or their other
    /// `inputs` changed.
    pub(super) fn derived(
        &mut self,
        name: &'static str,
        key: u64,
        inputs: &impl std::fmt::Debug,
        make: impl FnOnce() -> Vec<OutputFile>,
    ) -> Vec<OutputFile> {
        let mut h = HashWriter(DefaultHasher::new());
        h.0.write_u64(key);
        let _ = write!(h, "{inputs:?}");
        let key = h.0.finish();
        if let Some((k, files)) = self.derived.get(name)
            && *k == key
        {
            return files.clone();
        }
        let files: Vec<OutputFile> = make()
            .into_iter()
            .map(|f| OutputFile {
                path: f.path,
                payload: f.payload.shared(),
            })
            .collect();
        self.derived.insert(name, (key, files.clone()));
        files
    }
}

/// Whether a kept output with the job's key and bodies is still what the job would make:
/// it did not fail (a failure keeps no record of what it read), and every link of its
/// Markdown to a content file resolves as it did (the key leaves out where other pages are).
fn still_right(site: &Site, job: &Job, entry: &Entry) -> bool {
    if entry.result.file.is_err() {
        return false;
    }
    match job {
        Job::Page { index } => {
            let page = &site.pages[*index];
            let rel = &site.docs[page.doc].doc.rel;
            let links = &entry.result.effects.content_links;
            links.iter().all(|link| link.holds(site, rel, &page.lang))
        }
        _ => true,
    }
}

/// `outcome` with its file's bytes behind an `Arc`, so handing it out again copies nothing.
fn shared(Rendered { file, effects }: Outcome) -> Outcome {
    let file = file.map(|file| OutputFile {
        path: file.path,
        payload: file.payload.shared(),
    });
    Rendered { file, effects }
}

/// A 128-bit XXH3 of `texts` (each with its length, so `["ab", "c"]` and `["a", "bc"]`
/// differ): equal texts, equal fingerprints; a chance collision is out of reach.
fn fingerprint(texts: &[&str]) -> u128 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for text in texts {
        h.update(&(text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    h.digest128()
}

/// The Markdown texts a job reads, besides the site metadata.
fn bodies<'s>(site: &'s Site, job: &Job) -> Vec<&'s str> {
    reads_docs(site, job)
        .into_iter()
        .map(|i| site.docs[i].text.as_str())
        .collect()
}

/// The documents (indexes into `site.docs`) whose Markdown text a job reads.
fn reads_docs(site: &Site, job: &Job) -> Vec<usize> {
    match job {
        Job::Page { index } => vec![site.pages[*index].doc],
        Job::Home { lang } => site.home_docs.get(lang).copied().into_iter().collect(),
        Job::SectionList { .. }
        | Job::ProgramList { .. }
        | Job::NotFound
        | Job::Dataset { .. }
        | Job::DataIndex { .. }
        | Job::TaxonomyIndex { .. }
        | Job::TermPage { .. }
        | Job::Events { .. }
        | Job::Releases { .. }
        | Job::Corrections { .. }
        | Job::Search { .. } => Vec::new(),
    }
}

/// Whether a job shows figures of `site.datasets[dataset]` (its rows, not only its title):
/// its own page, the pages that summarise every dataset, program pages, and pages whose
/// Markdown quotes it (`cited`, recorded when the page rendered) or whose programs have it
/// (the figure lint compares the prose with it).
fn reads_dataset(site: &Site, job: &Job, cited: &[String], dataset: usize) -> bool {
    let Some(id) = site.datasets.get(dataset).map(|d| d.id.as_str()) else {
        return false;
    };
    match job {
        Job::Dataset { index, .. } => *index == dataset,
        Job::DataIndex { .. }
        | Job::Home { .. }
        | Job::ProgramList { .. }
        | Job::Releases { .. }
        | Job::Corrections { .. } => true,
        Job::Page { index } => {
            let page = &site.pages[*index];
            matches!(page.kind, crate::site::PageKind::Program { .. })
                || cited.iter().any(|c| c == id)
                || page
                    .programs
                    .iter()
                    .any(|p| site.datasets_of_program(p).any(|d| d.id == id))
        }
        Job::SectionList { .. }
        | Job::NotFound
        | Job::TaxonomyIndex { .. }
        | Job::TermPage { .. }
        | Job::Events { .. }
        | Job::Search { .. } => false,
    }
}

/// Feeds `write!` output into a hasher without building the string.
struct HashWriter(DefaultHasher);

impl std::fmt::Write for HashWriter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}
