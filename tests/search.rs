//! Offline search (SPEC §2 `search`, §6): the Pagefind index per language, what it holds and
//! what it never holds, the search page, and `search: false`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use common::{SiteTest, Tree, element_around};

/// A word that appears only in a draft.
const DRAFT_WORD: &str = "zebrakudaterbang";

/// The bilingual fixture with a dataset and a draft that carries [`DRAFT_WORD`].
fn site() -> SiteTest {
    SiteTest::bilingual()
        .file(
            "content/data/kemiskinan.yaml",
            "title: {id: Persentase Penduduk Miskin, en: Poverty Rate}\n\
source: {name: Badan Pusat Statistik (BPS)}\n\
columns:\n\
  - {key: periode, type: period, label: {id: Periode, en: Period}}\n\
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}\n\
rows:\n\
  - {periode: 2018-03, persen: 9.82}\n\
  - {periode: 2018-09, persen: 9.66}\n",
        )
        .file(
            "content/news/2025-06-01-rahasia.id.md",
            format!("---\ntitle: Rencana Rahasia\ndate: 2025-06-01\ndraft: true\n---\nKata {DRAFT_WORD} di sini.\n"),
        )
}

/// A Pagefind file's payload: gzip of `pagefind_dcd` + data.
fn unpack(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("a gzip Pagefind file");
    assert!(out.starts_with(b"pagefind_dcd"), "no Pagefind signature");
    out.split_off(12)
}

/// Every indexed page, from the fragment files: language → URLs.
fn fragments(tree: &Tree) -> BTreeMap<String, BTreeSet<String>> {
    let mut by_lang: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".pf_fragment")) {
        let name = path.rsplit('/').next().unwrap();
        let lang = name.split('_').next().unwrap().to_string();
        let json: serde_json::Value = serde_json::from_slice(&unpack(bytes)).expect("JSON");
        by_lang
            .entry(lang)
            .or_default()
            .insert(json["url"].as_str().expect("a url").to_string());
    }
    by_lang
}

fn set(urls: &[&str]) -> BTreeSet<String> {
    urls.iter().map(|s| s.to_string()).collect()
}

#[test]
fn index_holds_every_published_page_once_per_language() {
    let site = site();
    let tree = site.build_ok(&[]);
    let entry: serde_json::Value =
        serde_json::from_slice(&tree["pagefind/pagefind-entry.json"]).unwrap();
    let languages = entry["languages"].as_object().expect("languages");
    assert_eq!(
        languages.keys().collect::<Vec<_>>(),
        ["en", "id"],
        "{entry}"
    );
    assert_eq!(languages["id"]["wasm"], "id", "Indonesian stemming");
    assert_eq!(languages["en"]["wasm"], "en");
    let found = fragments(&tree);
    assert_eq!(
        found["id"],
        set(&[
            "/berita/bantuan-pangan/",
            "/berita/kabar-daerah/",
            "/berita/pelatihan/",
            "/berita/rapat-koordinasi/",
            "/data/kemiskinan/",
            "/program/pkh/",
            "/tentang/",
        ])
    );
    assert_eq!(
        found["en"],
        set(&[
            "/en/about/",
            "/en/data/kemiskinan/",
            "/en/news/food-aid-begins/",
            "/en/news/pelatihan/",
            "/en/news/rapat-koordinasi/",
            "/en/programs/pkh/",
        ])
    );
    assert_eq!(languages["id"]["page_count"], 7);
    assert_eq!(languages["en"]["page_count"], 6);
}

#[test]
fn a_draft_is_never_indexed_even_with_the_drafts_flag() {
    for flags in [&[][..], &["--drafts"][..]] {
        let site = site();
        let tree = site.build_ok(flags);
        if flags.is_empty() {
            assert!(!tree.contains_key("berita/rahasia/index.html"));
        } else {
            assert!(tree.contains_key("berita/rahasia/index.html"));
        }
        let mut checked = 0;
        for (path, bytes) in tree.iter().filter(|(p, _)| p.starts_with("pagefind/")) {
            let text = if path.contains(".pf_") {
                checked += 1;
                unpack(bytes)
            } else {
                bytes.clone()
            };
            let text = String::from_utf8_lossy(&text).to_lowercase();
            assert!(!text.contains(DRAFT_WORD), "{path} holds the draft's word");
            assert!(!text.contains("rahasia"), "{path} names the draft");
        }
        assert!(checked > 4, "no index files were read");
        assert!(!fragments(&tree)["id"].contains("/berita/rahasia/"));
    }
}

#[test]
fn the_index_holds_the_page_text_but_not_navigation_or_lists() {
    let site = site();
    let tree = site.build_ok(&[]);
    let mut contents = BTreeMap::new();
    for bytes in tree
        .iter()
        .filter(|(p, _)| p.ends_with(".pf_fragment"))
        .map(|(_, b)| b)
    {
        let json: serde_json::Value = serde_json::from_slice(&unpack(bytes)).unwrap();
        contents.insert(
            json["url"].as_str().unwrap().to_string(),
            (
                json["meta"]["title"].as_str().unwrap_or("").to_string(),
                json["content"].as_str().unwrap().to_string(),
            ),
        );
    }
    let (title, content) = &contents["/berita/kabar-daerah/"];
    assert!(!title.is_empty());
    assert!(content.contains(title.as_str()), "{content}");
    // Header, footer and breadcrumbs are outside the indexed region.
    for (url, (_, content)) in &contents {
        assert!(!content.contains("Langsung ke konten"), "{url}: {content}");
        assert!(
            !content.contains("Dibuat dengan terang"),
            "{url}: {content}"
        );
        assert!(!content.contains("Built with terang"), "{url}: {content}");
    }
    for url in [
        "/",
        "/en/",
        "/berita/",
        "/en/news/",
        "/cari/",
        "/en/search/",
        "/program/",
    ] {
        assert!(
            !contents.contains_key(url),
            "{url} is a list or the search page"
        );
    }
}

#[test]
fn only_the_files_the_search_page_loads_are_written() {
    let tree = site().build_ok(&[]);
    let index: Vec<&String> = tree.keys().filter(|p| p.starts_with("pagefind/")).collect();
    for wanted in [
        "pagefind/pagefind.js",
        "pagefind/pagefind-entry.json",
        "pagefind/wasm.id.pagefind",
        "pagefind/wasm.en.pagefind",
    ] {
        assert!(tree.contains_key(wanted), "{wanted} missing: {index:?}");
    }
    for path in &index {
        let name = path.trim_start_matches("pagefind/");
        assert!(
            !name.contains("-ui.") && !name.contains("worker") && !name.contains("highlight"),
            "{path} is not used by the search page"
        );
        assert_ne!(name, "wasm.unknown.pagefind");
    }
    assert_eq!(
        index.iter().filter(|p| p.ends_with(".pf_meta")).count(),
        2,
        "one metadata file per language"
    );
}

#[test]
fn index_urls_carry_the_base_path() {
    let site = site();
    let tree = site.build_ok(&["--base-url", "https://uji.example.go.id/transparansi/"]);
    let found = fragments(&tree);
    assert!(found["id"].contains("/transparansi/berita/kabar-daerah/"));
    assert!(found["en"].contains("/transparansi/en/programs/pkh/"));
    let page = site.read("cari/index.html");
    assert!(page.contains(r#"data-pagefind="/transparansi/pagefind/pagefind.js""#));
    assert!(page.contains(r#"src="/transparansi/terang-search.js""#));
    assert!(page.contains(r#"action="/transparansi/cari/""#));
}

#[test]
fn search_page_holds_a_labelled_search_input_in_a_form_before_any_script() {
    let site = site();
    site.build_ok(&[]);
    for (path, label) in [
        ("cari/index.html", "Kata kunci"),
        ("en/search/index.html", "Search terms"),
    ] {
        let html = site.read(path);
        let form = element_around(&html, "form", r#"type="search""#);
        assert!(form.contains(r#"name="q""#), "{form}");
        assert!(
            form.contains(r#"<input type="search" id="search-q""#),
            "{form}"
        );
        assert!(
            form.contains(&format!(r#"<label for="search-q">{label}</label>"#)),
            "{form}"
        );
        let input_at = html.find(r#"type="search""#).unwrap();
        let first_script = html.find("<script").expect("the search script");
        assert!(input_at < first_script, "a script comes before the form");
        assert!(html.contains(r#"aria-live="polite""#));
        assert!(html.contains(r#"<script src="/terang-search.js" defer></script>"#));
    }
}

#[test]
fn search_page_tells_how_to_browse_without_javascript() {
    let site = site().file(
        "content/news/2025-06-02-bertopik.id.md",
        "---\ntitle: Bertopik\ndate: 2025-06-02\ntags: [pelatihan]\nregions: [Sumatera Selatan]\n---\nIsi.\n",
    );
    site.build_ok(&[]);
    let id = site.read("cari/index.html");
    assert!(id.contains("Pencarian di halaman ini memerlukan JavaScript"));
    let browse = element_around(&id, "section", "search-browse-title");
    for link in [
        r#"href="/berita/""#,
        r#"href="/program/""#,
        r#"href="/data/""#,
        r#"href="/topik/""#,
        r#"href="/wilayah/""#,
    ] {
        assert!(browse.contains(link), "{link} missing in {browse}");
    }
    let en = site.read("en/search/index.html");
    assert!(en.contains("Searching on this page needs JavaScript"));
    let browse = element_around(&en, "section", "search-browse-title");
    assert!(browse.contains(r#"href="/en/news/""#), "{browse}");
}

#[test]
fn every_page_links_the_search_page_of_its_language_and_only_it_loads_the_script() {
    let site = site();
    let tree = site.build_ok(&[]);
    let home = site.read("index.html");
    let nav = element_around(&home, "nav", "site-nav");
    assert!(nav.contains(r#"<a href="/cari/">Cari</a>"#), "{nav}");
    let en = site.read("en/news/food-aid-begins/index.html");
    assert!(en.contains(r#"<a href="/en/search/">Search</a>"#));
    assert!(
        site.read("cari/index.html")
            .contains(r#"<a href="/cari/" aria-current="page">Cari</a>"#)
    );
    // Translations of the search page link each other.
    assert!(
        site.read("cari/index.html")
            .contains(r#"hreflang="en" href="https://uji.example.go.id/en/search/""#)
    );
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let loads = html.contains("terang-search.js");
        assert_eq!(
            loads,
            path.ends_with("cari/index.html") || path.ends_with("search/index.html"),
            "{path}"
        );
    }
}

#[test]
fn search_false_writes_no_index_no_search_page_and_no_link() {
    let site = site();
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write("content/site.yaml", format!("{yaml}search: false\n"));
    let tree = site.build_ok(&[]);
    assert!(
        !tree.keys().any(|p| p.starts_with("pagefind/")),
        "an index was written"
    );
    assert!(!tree.contains_key("cari/index.html"));
    assert!(!tree.contains_key("en/search/index.html"));
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            !html.contains("/cari/") && !html.contains("/en/search/"),
            "{path} links search"
        );
    }
}

#[test]
fn everything_but_the_index_is_byte_identical_between_builds() {
    let without_index = |tree: Tree| -> Tree {
        tree.into_iter()
            .filter(|(p, _)| !p.starts_with("pagefind/"))
            .collect()
    };
    let a = without_index(site().build_ok(&[]));
    let b = without_index(site().build_ok(&[]));
    common::assert_same_tree(&a, &b);
}

#[test]
fn a_content_file_under_pagefind_is_an_error() {
    let site = site().file("content/pagefind/catatan.txt", "milik saya");
    site.build(&[]).assert_code(1).assert_error(
        "content/pagefind/catatan.txt: `/pagefind/` is where the search index is written",
    );
}

/// `check` makes no index (it writes nothing, and an index is output, not validation), but
/// still refuses a file where the index would go, as `build` does.
#[test]
fn check_makes_no_index_but_guards_its_folder() {
    let good = site();
    good.check(&[]).assert_ok();
    assert!(good.tree().is_empty(), "check writes nothing");
    let clash = site().file("content/pagefind/catatan.txt", "milik saya");
    clash.check(&[]).assert_code(1).assert_error(
        "content/pagefind/catatan.txt: `/pagefind/` is where the search index is written",
    );
}
