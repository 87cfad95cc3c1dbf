//! Offline search (SPEC §6): a Pagefind index of the pages this build rendered, written with
//! the rest of the build under `pagefind/`.
//!
//! Pages are fed to Pagefind's library from memory, with their URL (base path included), so
//! nothing is read back from disk. Pagefind reads each page's `<html lang>` and builds one
//! index per language in the one `pagefind/` folder (`pagefind-entry.json` lists them; its
//! `pagefind.js` picks the one of the page it runs on), with the stemmer of that language
//! where it has one (Indonesian and English do). Only what the search page's script loads is
//! kept: `pagefind.js`, the entry, each language's `pf_meta` and WebAssembly, and the
//! `fragment/`, `index/` and `filter/` chunks; not Pagefind's own UI bundles or its worker.
//!
//! The files under `pagefind/` are the one part of the output that is not promised to be
//! byte-identical between builds (SPEC §6): Pagefind does not promise it. Nothing else refers
//! to their names: the search page loads `pagefind/pagefind.js`, whose name never changes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

use crate::content::Front;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{OutputFile, Payload, Staging};
use crate::site::{Page, PageKind, Site, SitePath};

mod bundle;
use crate::messages::msg;
use bundle::{Bundle, merge, served, wasm_in_use};

/// The output folder of the index, at the site's root (under the base path).
pub const FOLDER: &str = "pagefind";

/// A page search finds: the URL it is indexed under (root-relative, with the base path) and
/// its language (the `<html lang>` Pagefind reads: the page's own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Searched {
    pub url: String,
    pub language: String,
}

/// The pages search finds, by output file.
pub type Pages = BTreeMap<String, Searched>;

/// One page to index.
pub struct Document<'a> {
    /// URL as links write it: root-relative, with the base path.
    pub url: String,
    pub html: Cow<'a, [u8]>,
}

/// Index the site's content pages among `files` and add the index to them (sorted again).
/// Pages already streamed to disk ([`Payload::Written`]) are read back from `staged` one at
/// a time. Does nothing when the site has `search: false`.
pub fn add_index(
    site: &Site,
    files: &mut Vec<OutputFile>,
    staged: Option<&Staging>,
) -> Result<(), Diagnostics> {
    check(site, files)?;
    if !site.config.search {
        return Ok(());
    }
    let wanted = pages(site);
    let mut by_language: BTreeMap<&str, Vec<(&String, &OutputFile)>> = BTreeMap::new();
    for file in files.iter() {
        if let Some(page) = wanted.get(&file.path) {
            by_language
                .entry(&page.language)
                .or_default()
                .push((&page.url, file));
        }
    }
    // Each language's pages are read (back from the staging folder when already written)
    // one at a time, on that language's indexing thread.
    let documents = by_language.into_values().map(|pages| {
        pages.into_iter().filter_map(move |(url, f)| {
            let html = match (&f.payload, staged) {
                (Payload::Bytes(html), _) => Ok(Cow::Borrowed(html.as_slice())),
                (Payload::Shared(html), _) => Ok(Cow::Borrowed(html.as_slice())),
                (Payload::Written, Some(staging)) => staging
                    .read(&f.path)
                    .map(Cow::Owned)
                    .map_err(|e| format!("{e:#}")),
                _ => return None,
            };
            Some(html.map(|html| Document {
                url: url.clone(),
                html,
            }))
        })
    });
    let index = index(documents.collect(), wanted.len())?;
    files.extend(index);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(())
}

/// What a build checks before indexing: nothing of the site may sit where the index goes.
/// (`serve` and `watch` check this with every build and index in the background.)
pub fn check(site: &Site, files: &[OutputFile]) -> Result<(), Diagnostics> {
    let mut problems = Diagnostics::new();
    if site.config.search {
        reserved_folder(site, files, &mut problems);
    }
    match problems.error_count() {
        0 => Ok(()),
        _ => Err(problems),
    }
}

/// The pages search finds, by output file, with the URL to index them under and their
/// language; empty when the site has `search: false`.
pub fn pages(site: &Site) -> Pages {
    if !site.config.search {
        return Pages::new();
    }
    indexed_paths(site)
        .into_iter()
        .map(|(file, (path, language))| {
            let url = site.urls.href(&path);
            (file, Searched { url, language })
        })
        .collect()
}

/// The index of `languages` (the documents of each language, apart; `pages` of them in
/// all): the files under `pagefind/` the search page loads. Each language is indexed on its
/// own thread on sites of up to [`PARALLEL_UP_TO`] pages; its documents are taken one at a
/// time, so a caller may load each only when it is indexed.
pub fn index<'a, D>(languages: Vec<D>, pages: usize) -> Result<Vec<OutputFile>, Diagnostics>
where
    D: IntoIterator<Item = Result<Document<'a>, String>> + Send,
{
    build_index(languages, pages <= PARALLEL_UP_TO).map_err(|message| {
        Diagnostics::from(
            Diagnostic::error(
                "content/site.yaml",
                msg!("search-index-failed", problem = message),
            )
            .with_help(msg!("search-index-failed-help")),
        )
    })
}

/// Output files of the pages search finds: articles, program pages, standalone pages and
/// dataset pages in every language. Never lists, home pages, the 404, the search pages, nor a
/// draft (even with `--drafts`, so a preview build's index never leaks one).
/// Keyed by output file, with the page's path for its URL and its language.
fn indexed_paths(site: &Site) -> BTreeMap<String, (SitePath, String)> {
    let pages = site
        .pages
        .iter()
        .filter(|p| {
            matches!(
                p.kind,
                PageKind::Article { .. } | PageKind::Program { .. } | PageKind::Standalone
            )
        })
        .filter(|p| !is_draft(site, p))
        .map(|p| (p.path.clone(), p.lang.clone()));
    let datasets = site.datasets.iter().flat_map(|d| {
        site.config
            .languages
            .iter()
            .map(move |l| (site.dataset_path(d, &l.code), l.code.clone()))
    });
    pages
        .chain(datasets)
        .map(|(path, language)| (path.output_file(), (path, language)))
        .collect()
}

fn is_draft(site: &Site, page: &Page) -> bool {
    matches!(&site.docs[page.doc].front, Front::Page(front) if front.draft)
}

/// A content or theme file under `pagefind/` would be replaced by the index without a word.
fn reserved_folder(site: &Site, files: &[OutputFile], problems: &mut Diagnostics) {
    let prefix = format!("{FOLDER}/");
    for file in files.iter().filter(|f| f.path.starts_with(&prefix)) {
        let origin = if site.assets.iter().any(|a| a.rel == file.path) {
            format!("content/{}", file.path)
        } else {
            file.path.clone()
        };
        problems.push(
            Diagnostic::error(origin, msg!("search-prefix-taken", prefix = &prefix))
                .with_help(msg!("search-prefix-taken-help")),
        );
    }
}

/// Up to this many pages to index, the languages are indexed in parallel; above it, one
/// after another. While Pagefind makes a language's index it holds about 200 KB per page
/// (its parsed words, then a copy of them as it builds the index): at 10,000 articles in two
/// languages the build peaks at 3.7 GiB with both at once and 2.5 GiB one after another
/// (docs/performance.md). Below this, both at once cost well under 1 GiB more.
const PARALLEL_UP_TO: usize = 4_000;

/// Run Pagefind over each language's documents (in parallel when `parallel`, one language
/// per thread) and return the files the search page needs.
fn build_index<'a, D>(languages: Vec<D>, parallel: bool) -> Result<Vec<OutputFile>, String>
where
    D: IntoIterator<Item = Result<Document<'a>, String>> + Send,
{
    // One Pagefind index per language: Pagefind parses the pages it is given one at a time
    // under its own lock, so a single index uses one core whatever the machine has. Each
    // language's files are named by their language (`pagefind.id_….pf_meta`, `fragment/id_…`,
    // `index/id_…`, `wasm.id.pagefind`); only `pagefind-entry.json`, which lists the
    // languages, is made from all of them. The result is the same bytes either way, and the
    // same as one index of every language.
    let per_language: Vec<Result<Bundle, String>> = match parallel {
        false => languages.into_iter().map(index_language).collect(),
        true => std::thread::scope(|scope| {
            let running: Vec<_> = languages
                .into_iter()
                .map(|documents| scope.spawn(move || index_language(documents)))
                .collect();
            running
                .into_iter()
                .map(|thread| {
                    thread
                        .join()
                        .unwrap_or_else(|_| Err(msg!("search-indexer-stopped")))
                })
                .collect()
        }),
    };
    let files = merge(per_language.into_iter().collect::<Result<Vec<_>, _>>()?)?;
    let wasm = wasm_in_use(&files)?;
    Ok(files
        .into_iter()
        .filter(|(rel, _)| served(rel, &wasm))
        .map(|(rel, contents)| OutputFile {
            path: format!("{FOLDER}/{rel}"),
            payload: Payload::Bytes(contents),
        })
        .collect())
}

/// One language's Pagefind index: its files, by their path inside the bundle.
fn index_language<'a>(
    documents: impl IntoIterator<Item = Result<Document<'a>, String>>,
) -> Result<Bundle, String> {
    // Pagefind's API is async; a small runtime on this thread is enough (it parses pages on
    // tokio's blocking pool, one at a time, under its own lock).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| msg!("search-indexer-cannot-start", error = e.to_string()))?;
    let synthetic = runtime.block_on(async {
        let config = PagefindServiceConfig::builder().build();
        let mut index = PagefindIndex::new(Some(config)).map_err(|e| format!("{e:#}"))?;
        for doc in documents {
            let doc = doc?;
            let html = String::from_utf8_lossy(&doc.html).into_owned();
            index
                .add_html_file(None, Some(doc.url.clone()), html)
                .await
                .map_err(|e| format!("{}: {e:#}", doc.url))?;
        }
        index.get_files().await.map_err(|e| format!("{e:#}"))
    })?;
    Ok(synthetic
        .into_iter()
        .map(|f| {
            let rel = f
                .filename
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (rel, f.contents)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tiny pages in two languages, as the theme writes them (`<html lang>`).
    fn two_languages() -> Vec<Vec<Result<Document<'static>, String>>> {
        let page = |lang: &str, url: &str, text: &str| {
            Ok(Document {
                url: url.to_string(),
                html: Cow::Owned(
                    format!(r#"<html lang="{lang}"><body><main><h1>{text}</h1><p>Palembang, Sumatera Selatan.</p></main></body></html>"#)
                        .into_bytes(),
                ),
            })
        };
        vec![
            vec![
                page("en", "/en/a/", "Food aid begins"),
                page("en", "/en/b/", "Family Hope Program"),
            ],
            vec![
                page("id", "/a/", "Bantuan pangan dimulai"),
                page("id", "/b/", "Program Keluarga Harapan"),
            ],
        ]
    }

    #[test]
    fn languages_one_after_another_give_the_same_bytes_as_in_parallel() {
        let parallel = build_index(two_languages(), true).unwrap();
        let sequential = build_index(two_languages(), false).unwrap();
        let files = |files: &[OutputFile]| -> Vec<(String, Vec<u8>)> {
            files
                .iter()
                .map(|f| match &f.payload {
                    Payload::Bytes(bytes) => (f.path.clone(), bytes.clone()),
                    _ => panic!("{} is not in memory", f.path),
                })
                .collect()
        };
        assert_eq!(files(&parallel), files(&sequential));
        let entry = parallel
            .iter()
            .find(|f| f.path == "pagefind/pagefind-entry.json")
            .expect("an entry");
        let Payload::Bytes(entry) = &entry.payload else {
            panic!("entry not in memory")
        };
        let entry: bundle::Entry = serde_json::from_slice(entry).unwrap();
        assert_eq!(entry.languages.keys().collect::<Vec<_>>(), ["en", "id"]);
    }
}
