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
use serde::Deserialize;

use crate::content::Front;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::output::{OutputFile, Payload, Staging};
use crate::site::{Page, PageKind, Site, SitePath};

/// The output folder of the index, at the site's root (under the base path).
pub const FOLDER: &str = "pagefind";

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
    let documents = files
        .iter()
        .filter_map(|f| wanted.get(&f.path).map(|url| (url, f)))
        .filter_map(|(url, f)| {
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
        });
    let index = index(documents)?;
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

/// The pages search finds, by output file, with the URL to index them under; empty when
/// the site has `search: false`.
pub fn pages(site: &Site) -> BTreeMap<String, String> {
    if !site.config.search {
        return BTreeMap::new();
    }
    indexed_paths(site)
        .into_iter()
        .map(|(file, path)| (file, site.urls.href(&path)))
        .collect()
}

/// The index of `documents`: the files under `pagefind/` the search page loads.
/// Documents are taken one at a time, so a caller may load each only when it is indexed.
pub fn index<'a>(
    documents: impl IntoIterator<Item = Result<Document<'a>, String>>,
) -> Result<Vec<OutputFile>, Diagnostics> {
    build_index(documents).map_err(|message| {
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
/// Keyed by output file, with the page's path for its URL.
fn indexed_paths(site: &Site) -> BTreeMap<String, SitePath> {
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
        .map(|p| p.path.clone());
    let datasets = site.datasets.iter().flat_map(|d| {
        site.config
            .languages
            .iter()
            .map(move |l| site.dataset_path(d, &l.code))
    });
    pages
        .chain(datasets)
        .map(|path| (path.output_file(), path))
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

/// Run Pagefind over `documents` and return the files the search page needs.
fn build_index<'a>(
    documents: impl IntoIterator<Item = Result<Document<'a>, String>>,
) -> Result<Vec<OutputFile>, String> {
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
    let files: Vec<(String, Vec<u8>)> = synthetic
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
        .collect();
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

#[derive(Deserialize)]
struct Entry {
    languages: BTreeMap<String, EntryLanguage>,
}

#[derive(Deserialize)]
struct EntryLanguage {
    wasm: Option<String>,
}

/// The WebAssembly files `pagefind.js` will ask for: `wasm.<lang>.pagefind` for each language
/// with a stemmer, `wasm.unknown.pagefind` for any without one.
fn wasm_in_use(files: &[(String, Vec<u8>)]) -> Result<BTreeSet<String>, String> {
    let (_, entry) = files
        .iter()
        .find(|(rel, _)| rel == "pagefind-entry.json")
        .ok_or("Pagefind wrote no pagefind-entry.json")?;
    let entry: Entry = serde_json::from_slice(entry)
        .map_err(|e| format!("cannot read Pagefind's pagefind-entry.json: {e}"))?;
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

    #[test]
    fn a_language_without_a_stemmer_needs_the_generic_wasm() {
        let entry = br#"{"version":"1","languages":{"id":{"hash":"a","wasm":"id","page_count":1},"jv":{"hash":"b","wasm":null,"page_count":1}}}"#;
        let files = vec![("pagefind-entry.json".to_string(), entry.to_vec())];
        let wasm = wasm_in_use(&files).unwrap();
        assert_eq!(
            wasm.into_iter().collect::<Vec<_>>(),
            ["wasm.id.pagefind", "wasm.unknown.pagefind"]
        );
    }
}
