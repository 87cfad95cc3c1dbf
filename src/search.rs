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
use std::collections::{BTreeMap, BTreeSet};

use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use serde::{Deserialize, Serialize};

use crate::content::Front;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{OutputFile, Payload, Staging};
use crate::site::{Page, PageKind, Site, SitePath};

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
    let index = index(documents.collect())?;
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

/// The index of `languages` (the documents of each language, apart): the files under
/// `pagefind/` the search page loads. Each language is indexed on its own thread; its
/// documents are taken one at a time, so a caller may load each only when it is indexed.
pub fn index<'a, D>(languages: Vec<D>) -> Result<Vec<OutputFile>, Diagnostics>
where
    D: IntoIterator<Item = Result<Document<'a>, String>> + Send,
{
    build_index(languages).map_err(|message| {
        Diagnostics::from(
            Diagnostic::error(
                "content/site.yaml",
                format!("could not build the search index: {message}"),
            )
            .with_help("set `search: false` in site.yaml to build the site without search"),
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
            Diagnostic::error(
                origin,
                format!("`/{prefix}` is where the search index is written"),
            )
            .with_help("move the file to another folder, or set `search: false` in site.yaml"),
        );
    }
}

/// Run Pagefind over each language's documents, one language per thread, and return the
/// files the search page needs.
fn build_index<'a, D>(languages: Vec<D>) -> Result<Vec<OutputFile>, String>
where
    D: IntoIterator<Item = Result<Document<'a>, String>> + Send,
{
    // One Pagefind index per language, made in parallel: Pagefind parses the pages it is
    // given one at a time under its own lock, so a single index uses one core whatever the
    // machine has. Each language's files are named by their language (`pagefind.id_….pf_meta`,
    // `fragment/id_…`, `index/id_…`, `wasm.id.pagefind`); only `pagefind-entry.json`, which
    // lists the languages, is made from all of them.
    let per_language: Vec<Result<Bundle, String>> = std::thread::scope(|scope| {
        let running: Vec<_> = languages
            .into_iter()
            .map(|documents| scope.spawn(move || index_language(documents)))
            .collect();
        running
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .unwrap_or_else(|_| Err("the indexer stopped unexpectedly".to_string()))
            })
            .collect()
    });
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
        .map_err(|e| format!("cannot start the indexer: {e}"))?;
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

/// The files of several one-language indexes as one bundle: the languages of their
/// `pagefind-entry.json` together, every other file once (a file two indexes both write,
/// such as `pagefind.js`, must be the same in both).
fn merge(indexes: Vec<Bundle>) -> Result<Bundle, String> {
    let mut entry: Option<Entry> = None;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (rel, contents) in indexes.into_iter().flatten() {
        if rel == ENTRY {
            let next: Entry = serde_json::from_slice(&contents)
                .map_err(|e| format!("cannot read Pagefind's {ENTRY}: {e}"))?;
            entry = Some(match entry.take() {
                None => next,
                Some(mut all) => {
                    if all.version != next.version
                        || all.include_characters != next.include_characters
                    {
                        return Err(format!("the languages' {ENTRY} files disagree"));
                    }
                    for (language, index) in next.languages {
                        if all.languages.insert(language.clone(), index).is_some() {
                            return Err(format!("two indexes hold the language `{language}`"));
                        }
                    }
                    all
                }
            });
            continue;
        }
        match files.get(&rel) {
            Some(same) if *same == contents => {}
            Some(_) => return Err(format!("two languages' indexes both write `{rel}`")),
            None => {
                files.insert(rel, contents);
            }
        }
    }
    let entry = entry.ok_or(format!("Pagefind wrote no {ENTRY}"))?;
    let entry = serde_json::to_vec(&entry).map_err(|e| format!("cannot write {ENTRY}: {e}"))?;
    files.insert(ENTRY.to_string(), entry);
    Ok(files.into_iter().collect())
}

/// Files of a Pagefind bundle: path inside the bundle, contents.
type Bundle = Vec<(String, Vec<u8>)>;

/// The file that lists each language's index for `pagefind.js`.
const ENTRY: &str = "pagefind-entry.json";

/// `pagefind-entry.json`, its fields in the order Pagefind writes them.
#[derive(Deserialize, Serialize)]
struct Entry {
    version: String,
    languages: BTreeMap<String, EntryLanguage>,
    include_characters: Vec<char>,
}

#[derive(Deserialize, Serialize)]
struct EntryLanguage {
    hash: String,
    wasm: Option<String>,
    page_count: usize,
}

/// The WebAssembly files `pagefind.js` will ask for: `wasm.<lang>.pagefind` for each language
/// with a stemmer, `wasm.unknown.pagefind` for any without one.
fn wasm_in_use(files: &[(String, Vec<u8>)]) -> Result<BTreeSet<String>, String> {
    let (_, entry) = files
        .iter()
        .find(|(rel, _)| rel == ENTRY)
        .ok_or(format!("Pagefind wrote no {ENTRY}"))?;
    let entry: Entry = serde_json::from_slice(entry)
        .map_err(|e| format!("cannot read Pagefind's {ENTRY}: {e}"))?;
    Ok(entry
        .languages
        .values()
        .map(|l| format!("wasm.{}.pagefind", l.wasm.as_deref().unwrap_or("unknown")))
        .collect())
}

/// Whether the search page's script loads `rel` (a path inside Pagefind's bundle).
fn served(rel: &str, wasm: &BTreeSet<String>) -> bool {
    matches!(rel, "pagefind.js" | "pagefind-entry.json")
        || rel.ends_with(".pf_meta")
        || wasm.contains(rel)
        || ["fragment/", "index/", "filter/"]
            .iter()
            .any(|dir| rel.starts_with(dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_the_script_loads_is_served() {
        let wasm: BTreeSet<String> = ["wasm.id.pagefind".to_string()].into();
        for kept in [
            "pagefind.js",
            "pagefind-entry.json",
            "pagefind.id_abc.pf_meta",
            "wasm.id.pagefind",
            "fragment/id_1.pf_fragment",
            "index/id_2.pf_index",
        ] {
            assert!(served(kept, &wasm), "{kept}");
        }
        for dropped in [
            "pagefind-ui.js",
            "pagefind-ui.css",
            "pagefind-modular-ui.js",
            "pagefind-component-ui.css",
            "pagefind-highlight.js",
            "pagefind-worker.js",
            "wasm.unknown.pagefind",
            "wasm.en.pagefind",
            "playground/index.html",
        ] {
            assert!(!served(dropped, &wasm), "{dropped}");
        }
    }

    fn entry(language: &str) -> (String, Vec<u8>) {
        let json = format!(
            r#"{{"version":"1.6.0","languages":{{"{language}":{{"hash":"{language}_1","wasm":"{language}","page_count":2}}}},"include_characters":[]}}"#
        );
        (ENTRY.to_string(), json.into_bytes())
    }

    #[test]
    fn one_language_indexes_merge_into_one_bundle() {
        let id = vec![
            entry("id"),
            ("pagefind.js".to_string(), b"js".to_vec()),
            ("fragment/id_a.pf_fragment".to_string(), b"a".to_vec()),
        ];
        let en = vec![
            ("pagefind.js".to_string(), b"js".to_vec()),
            entry("en"),
            ("fragment/en_b.pf_fragment".to_string(), b"b".to_vec()),
        ];
        let files = merge(vec![id, en]).unwrap();
        let names: Vec<&str> = files.iter().map(|(rel, _)| rel.as_str()).collect();
        assert_eq!(
            names,
            [
                "fragment/en_b.pf_fragment",
                "fragment/id_a.pf_fragment",
                "pagefind-entry.json",
                "pagefind.js"
            ]
        );
        let (_, entry) = &files[2];
        assert_eq!(
            std::str::from_utf8(entry).unwrap(),
            r#"{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":2},"id":{"hash":"id_1","wasm":"id","page_count":2}},"include_characters":[]}"#
        );
    }

    #[test]
    fn two_languages_writing_one_file_differently_is_an_error() {
        let id = vec![entry("id"), ("pagefind.js".to_string(), b"one".to_vec())];
        let en = vec![entry("en"), ("pagefind.js".to_string(), b"two".to_vec())];
        assert!(merge(vec![id, en]).unwrap_err().contains("pagefind.js"));
    }

    #[test]
    fn a_language_without_a_stemmer_needs_the_generic_wasm() {
        let entry = br#"{"version":"1","languages":{"id":{"hash":"a","wasm":"id","page_count":1},"jv":{"hash":"b","wasm":null,"page_count":1}},"include_characters":[]}"#;
        let files = vec![("pagefind-entry.json".to_string(), entry.to_vec())];
        let wasm = wasm_in_use(&files).unwrap();
        assert_eq!(
            wasm.into_iter().collect::<Vec<_>>(),
            ["wasm.id.pagefind", "wasm.unknown.pagefind"]
        );
    }
}
