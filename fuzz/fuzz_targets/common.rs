//! A minimal valid site in a temporary folder (the bad-input corpus's `_base/`), built
//! in-process with `terang::pipeline::build` (which writes nothing).

use std::path::{Path, PathBuf};

use terang::pipeline::{self, Built, Failure, Options};

/// The base site's files, from `tests/bad-inputs/_base/`.
const BASE: [(&str, &str); 8] = [
    (
        "content/site.yaml",
        include_str!("../../tests/bad-inputs/_base/content/site.yaml"),
    ),
    (
        "content/news/_index.id.md",
        include_str!("../../tests/bad-inputs/_base/content/news/_index.id.md"),
    ),
    (
        "content/news/_index.en.md",
        include_str!("../../tests/bad-inputs/_base/content/news/_index.en.md"),
    ),
    (
        "content/news/2025-01-10-awal.id.md",
        include_str!("../../tests/bad-inputs/_base/content/news/2025-01-10-awal.id.md"),
    ),
    (
        "content/news/2025-01-10-awal.en.md",
        include_str!("../../tests/bad-inputs/_base/content/news/2025-01-10-awal.en.md"),
    ),
    (
        "content/programs/pkh.id.md",
        include_str!("../../tests/bad-inputs/_base/content/programs/pkh.id.md"),
    ),
    (
        "content/programs/pkh.en.md",
        include_str!("../../tests/bad-inputs/_base/content/programs/pkh.en.md"),
    ),
    (
        "content/data/kemiskinan.yaml",
        include_str!("../../tests/bad-inputs/_base/content/data/kemiskinan.yaml"),
    ),
];

/// A site folder of this process, made once (libFuzzer runs one input at a time).
pub fn site() -> &'static Path {
    static SITE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("terang-fuzz-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (rel, text) in BASE {
            let path = dir.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            // No search index: Pagefind's indexing took 4/5 of every build (3 inputs a
            // second instead of 15) and reads only pages already rendered and escaped.
            let text = match rel {
                "content/site.yaml" => format!("{text}search: false\n"),
                _ => text.to_string(),
            };
            std::fs::write(path, text).unwrap();
        }
        dir
    })
}

/// Build the site in memory. Panics (the fuzzer's finding) on anything a content error
/// must not do: a crash, or a page with markup from content left unescaped.
pub fn build() -> Result<Built, Failure> {
    let options = Options {
        site_dir: site().to_path_buf(),
        output_dir: None,
        base_url: None,
        drafts: true,
        future: true,
        strict: false,
        force: false,
        now: terang::pipeline::now_from_env().unwrap(),
        translation_coverage: true,
    };
    let result = pipeline::build(&options);
    if let Ok(built) = &result {
        check_markup(built);
    }
    result
}

/// The theme's own script elements; any other `<script` in a page came from content.
const THEME_SCRIPTS: [&str; 2] = [
    "<script type=\"application/ld+json\">",
    "<script src=\"/terang-search.js\" defer></script>",
];

/// The only script elements a page may hold are the theme's (JSON-LD with no `<` inside,
/// the search page's script), and no link may run code.
fn check_markup(built: &Built) {
    for file in &built.files {
        if !file.path.ends_with(".html") {
            continue;
        }
        let terang::Payload::Bytes(bytes) = &file.payload else {
            continue;
        };
        let html = String::from_utf8_lossy(bytes);
        let lower = html.to_ascii_lowercase();
        for (at, _) in lower.match_indices("<script") {
            let rest = &html[at..];
            if rest.starts_with(THEME_SCRIPTS[1]) {
                continue;
            }
            assert!(
                rest.starts_with(THEME_SCRIPTS[0]),
                "{}: a script element from content: {}",
                file.path,
                &rest[..rest.len().min(80)]
            );
            let body_end = rest.find("</script>").expect("a closed JSON-LD script");
            let body = &rest[THEME_SCRIPTS[0].len()..body_end];
            assert!(!body.contains('<'), "{}: `<` in JSON-LD: {body}", file.path);
        }
        assert!(
            !lower.contains("href=\"javascript:") && !lower.contains("src=\"javascript:"),
            "{}: a javascript: URL",
            file.path
        );
    }
}
