//! `terang watch`: builds into output/, then rewrites only what an edit changes; a broken
//! edit leaves output/ as it was; reading files does not trigger builds; Ctrl-C stops it.

mod common;
mod live;

use common::SiteTest;
use live::{Running, eventually};

const ARTICLE: &str = "content/news/2025-01-10-bantuan-pangan.id.md";
const PAGE: &str = "output/berita/bantuan-pangan/index.html";

/// The output without the search index, which `watch` makes in the background and which
/// may differ between builds (SPEC §6).
fn pages(site: &SiteTest) -> common::Tree {
    let mut tree = common::tree(&site.output());
    tree.retain(|path, _| !path.starts_with("pagefind/"));
    tree
}

fn read(site: &SiteTest, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).unwrap_or_default()
}

fn watch(site: &SiteTest) -> Running {
    let root = site.root().to_string_lossy().into_owned();
    let mut running = Running::start(site.root(), &["watch", "--site", &root]);
    running.stderr_line_with("watching");
    running.stderr_line_with("search index made");
    assert!(
        site.root()
            .join("output/pagefind/pagefind-entry.json")
            .is_file()
    );
    running
}

#[test]
fn edits_rewrite_only_what_changed_and_a_broken_edit_keeps_the_output() {
    let site = SiteTest::bilingual();
    let mut watcher = watch(&site);
    assert!(read(&site, PAGE).contains("dimulai hari ini"));
    let original = read(&site, ARTICLE);
    let home_before = std::fs::metadata(site.root().join("output/en/index.html"))
        .and_then(|m| m.modified())
        .expect("home");

    site.write(
        ARTICLE,
        original.replace("dimulai hari ini", "dimulai pagi ini"),
    );
    eventually("the page rewritten", || {
        read(&site, PAGE).contains("dimulai pagi ini")
    });
    let line = watcher.stderr_line_with("changed:");
    // The page and the feed that carries its text; one page rendered.
    assert!(
        line.starts_with(&format!("{ARTICLE} changed: 2 files rewritten"))
            && line.contains("(1 of"),
        "{line}"
    );
    let home_after = std::fs::metadata(site.root().join("output/en/index.html"))
        .and_then(|m| m.modified())
        .expect("home");
    assert_eq!(
        home_before, home_after,
        "an unchanged page is not written again"
    );

    let before = pages(&site);
    site.write(ARTICLE, "---\ntitle: [rusak\n---\n");
    watcher.stderr_line_with("build failed with 1 error");
    common::assert_same_tree(&before, &pages(&site));

    site.write(ARTICLE, original);
    eventually("the fix written", || {
        read(&site, PAGE).contains("dimulai hari ini")
    });

    // A new article appears, a deleted one disappears.
    site.write(
        "content/news/2025-06-01-baru.id.md",
        "---\ntitle: Kabar Baru\ndate: 2025-06-01\n---\nIsi.\n",
    );
    eventually("the new article written", || {
        site.root().join("output/berita/baru/index.html").is_file()
    });
    site.remove("content/news/2025-06-01-baru.id.md");
    eventually("the deleted article removed", || {
        !site.root().join("output/berita/baru").exists()
    });

    // What is left equals a clean build.
    let watched = pages(&site);
    let clean = SiteTest::bilingual();
    clean.build(&[]).assert_ok();
    common::assert_same_tree(&pages(&clean), &watched);

    assert_eq!(watcher.signal_and_wait("INT"), Some(0));
}

#[test]
fn reading_sources_and_writing_elsewhere_trigger_nothing() {
    let site = SiteTest::bilingual();
    let mut watcher = watch(&site);
    // Read every source file, write beside the site's folders and into output/.
    for entry in walkdir::WalkDir::new(site.root().join("content")) {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let _ = std::fs::read(entry.path()).expect("read");
        }
    }
    site.write("notes.txt", "not part of the site");
    site.write("output/stray.txt", "not a source");
    site.write("content/news/.draft.md.swp", "an editor's swap file");
    site.write("content/news/2025-01-10-bantuan-pangan.id.md~", "a backup");
    // Then one real edit: the first rebuild line must be about it alone.
    site.write("content/tentang.id.md", "---\ntitle: Tentang\n---\nBaru.\n");
    let line = watcher.stderr_line_with("changed:");
    assert!(line.starts_with("content/tentang.id.md changed:"), "{line}");
}
