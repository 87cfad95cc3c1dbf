//! The files of Pagefind's bundle that terang writes: one index per language merged into
//! one bundle (their `pagefind-entry.json` files together), and only the files the search
//! page's script loads.

use crate::messages::msg;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// The files of several one-language indexes as one bundle: the languages of their
/// `pagefind-entry.json` together, every other file once (a file two indexes both write,
/// such as `pagefind.js`, must be the same in both).
pub(super) fn merge(indexes: Vec<Bundle>) -> Result<Bundle, String> {
    let mut entry: Option<Entry> = None;
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    for (rel, contents) in indexes.into_iter().flatten() {
        if rel == ENTRY {
            let next: Entry = serde_json::from_slice(&contents).map_err(|e| {
                msg!(
                    "search-entry-unreadable",
                    entry = ENTRY,
                    error = e.to_string()
                )
            })?;
            entry = Some(match entry.take() {
                None => next,
                Some(mut all) => {
                    if all.version != next.version
                        || all.include_characters != next.include_characters
                    {
                        return Err(msg!("search-entries-disagree", entry = ENTRY));
                    }
                    for (language, index) in next.languages {
                        if all.languages.insert(language.clone(), index).is_some() {
                            return Err(msg!("search-language-twice", language = &language));
                        }
                    }
                    all
                }
            });
            continue;
        }
        match files.get(&rel) {
            Some(same) if *same == contents => {}
            Some(_) => return Err(msg!("search-file-twice", path = &rel)),
            None => {
                files.insert(rel, contents);
            }
        }
    }
    let entry = entry.ok_or_else(|| msg!("search-no-entry", entry = ENTRY))?;
    let entry = serde_json::to_vec(&entry).map_err(|e| format!("cannot write {ENTRY}: {e}"))?;
    files.insert(ENTRY.to_string(), entry);
    Ok(files.into_iter().collect())
}

/// Files of a Pagefind bundle: path inside the bundle, contents.
pub(super) type Bundle = Vec<(String, Vec<u8>)>;

/// The file that lists each language's index for `pagefind.js`.
const ENTRY: &str = "pagefind-entry.json";

/// `pagefind-entry.json`, its fields in the order Pagefind writes them.
#[derive(Deserialize, Serialize)]
pub(super) struct Entry {
    pub(super) version: String,
    pub(super) languages: BTreeMap<String, EntryLanguage>,
    pub(super) include_characters: Vec<char>,
}

#[derive(Deserialize, Serialize)]
pub(super) struct EntryLanguage {
    hash: String,
    wasm: Option<String>,
    page_count: usize,
}

/// The WebAssembly files `pagefind.js` will ask for: `wasm.<lang>.pagefind` for each language
/// with a stemmer, `wasm.unknown.pagefind` for any without one.
pub(super) fn wasm_in_use(files: &[(String, Vec<u8>)]) -> Result<BTreeSet<String>, String> {
    let (_, entry) = files
        .iter()
        .find(|(rel, _)| rel == ENTRY)
        .ok_or(format!("Pagefind wrote no {ENTRY}"))?;
    let entry: Entry = serde_json::from_slice(entry).map_err(|e| {
        msg!(
            "search-entry-unreadable",
            entry = ENTRY,
            error = e.to_string()
        )
    })?;
    Ok(entry
        .languages
        .values()
        .map(|l| format!("wasm.{}.pagefind", l.wasm.as_deref().unwrap_or("unknown")))
        .collect())
}

/// Whether the search page's script loads `rel` (a path inside Pagefind's bundle).
pub(super) fn served(rel: &str, wasm: &BTreeSet<String>) -> bool {
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
