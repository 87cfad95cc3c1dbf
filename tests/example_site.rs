//! Snapshots of the example site's key pages (the repository's own `content/`), built with
//! the real binary and `SOURCE_DATE_EPOCH=1764000000`, so the output is byte-stable.
//!
//! A change to the theme or the renderer that alters these pages fails here with a diff.
//! Review and accept it with `cargo insta review` (or `INSTA_UPDATE=always cargo test
//! --test example_site`, then read `git diff tests/snapshots/`); see docs/quality.md.

mod common;

use std::path::Path;

use common::SiteTest;

/// The example site, copied into a temporary folder and built once per test.
fn built() -> SiteTest {
    let site = SiteTest::empty();
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    common::copy_dir(&content, &site.root().join("content"));
    site.build(&[]).assert_ok();
    site
}

#[test]
fn example_site_key_pages() {
    let site = built();
    // (snapshot name, output file): both home pages, an article, a dataset page, the data
    // index, the events page, a topic page, the feed and the sitemap.
    let pages = [
        ("home_id", "index.html"),
        ("home_en", "en/index.html"),
        (
            "article_id",
            "berita/kemensos-genjot-kapasitas-pendamping-bansos/index.html",
        ),
        ("dataset_kemiskinan_id", "data/kemiskinan/index.html"),
        ("data_index_en", "en/data/index.html"),
        ("events_id", "agenda/index.html"),
        ("tag_pelatihan_id", "topik/pelatihan/index.html"),
        ("feed_id", "feed.xml"),
        ("sitemap", "sitemap.xml"),
    ];
    for (name, file) in pages {
        insta::assert_snapshot!(name, site.read(file));
    }
}

/// Every file the build writes, but the search index's own files (their names carry content
/// hashes that the indexing library does not promise to keep stable, SPEC §6).
#[test]
fn example_site_file_list() {
    let site = built();
    let files: Vec<String> = site
        .tree()
        .into_keys()
        .filter(|f| !f.starts_with("pagefind/"))
        .collect();
    insta::assert_snapshot!("files", files.join("\n"));
}

/// A fingerprint (XXH3-128) of every file the build writes but the search index: the whole
/// example site stays byte-identical through changes meant not to alter output (the
/// performance work: streaming writes, the rebuild cache). An intended change to the output
/// updates this snapshot with the others. A chart's SVG and PNG files are set in the fonts
/// of the machine that builds (their frame and pixels follow the fonts' metrics), so they
/// are listed without a fingerprint here; tests/chart_kit.rs builds twice and compares them.
#[test]
fn example_site_bytes() {
    let site = built();
    let lines: Vec<String> = site
        .tree()
        .into_iter()
        .filter(|(f, _)| !f.starts_with("pagefind/"))
        .map(
            |(f, bytes)| match f.ends_with("/chart.png") || f.ends_with("/chart.svg") {
                true => format!("{:32}  {f}", "(this machine's fonts)"),
                false => format!("{:032x}  {f}", xxhash_rust::xxh3::xxh3_128(&bytes)),
            },
        )
        .collect();
    insta::assert_snapshot!("bytes", lines.join("\n"));
}
