//! `terang init` makes a site that builds at once; `terang new` writes a draft article with
//! its front matter and never replaces a file.

mod common;

use common::{SiteTest, run_terang};

#[test]
fn init_makes_a_bilingual_site_that_builds_without_warnings() {
    let dir = SiteTest::empty();
    let target = dir.root().join("situs");
    let target_arg = target.to_string_lossy().into_owned();
    let made = run_terang(dir.root(), &["init", &target_arg]);
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    assert!(made.stderr.contains("terang serve"), "says what to do next");
    assert!(
        !target.join("themes").exists(),
        "the built-in theme is used, not copied"
    );

    let built = run_terang(&target, &["build", "--strict"]);
    assert_eq!(built.code, Some(0), "{}", built.stderr);
    assert!(!built.stderr.contains("warning"), "{}", built.stderr);
    let out = target.join("output");
    for page in [
        "index.html",
        "en/index.html",
        "berita/index.html",
        "en/news/index.html",
        "berita/angka-kemiskinan-september-2018/index.html",
        "program/pkh/index.html",
        "data/kemiskinan/index.html",
        "data/kemiskinan.csv",
    ] {
        assert!(out.join(page).is_file(), "{page}");
    }
    let article =
        std::fs::read_to_string(out.join("berita/angka-kemiskinan-september-2018/index.html"))
            .expect("article");
    assert!(article.contains("9,66 persen") && article.contains("9,82 persen"));
}

#[test]
fn init_refuses_a_folder_that_is_not_empty_unless_forced() {
    let site = SiteTest::empty().file("notes.txt", "mine");
    let root = site.root().to_string_lossy().into_owned();
    let refused = run_terang(site.root(), &["init", &root]);
    assert_eq!(refused.code, Some(1));
    assert!(refused.stderr.contains("not empty") && refused.stderr.contains("--force"));
    assert!(!site.root().join("content").exists());
    let forced = run_terang(site.root(), &["init", &root, "--force"]);
    assert_eq!(forced.code, Some(0), "{}", forced.stderr);
    assert!(site.root().join("content/site.yaml").is_file());
    assert_eq!(
        std::fs::read_to_string(site.root().join("notes.txt")).expect("kept"),
        "mine"
    );
}

#[test]
fn new_writes_a_dated_draft_and_never_replaces_a_file() {
    let site = SiteTest::small();
    let made = run_terang(
        site.root(),
        &["new", "news", "Rapat Koordinasi: \"Tahap II\""],
    );
    assert_eq!(made.code, Some(0), "{}", made.stderr);
    // SOURCE_DATE_EPOCH is 2025-11-24T16:00:00Z: 23:00 in Jakarta.
    let rel = "content/news/2025-11-24-rapat-koordinasi-tahap-ii.id.md";
    assert_eq!(made.stdout.trim(), rel);
    assert_eq!(
        std::fs::read_to_string(site.root().join(rel)).expect("written"),
        "---\ntitle: \"Rapat Koordinasi: \\\"Tahap II\\\"\"\ndate: 2025-11-24T23:00:00+07:00\ndraft: true\nsummary: \"\"\ntags: []\n---\n\n"
    );

    let again = run_terang(
        site.root(),
        &["new", "news", "Rapat Koordinasi: \"Tahap II\""],
    );
    assert_eq!(again.code, Some(1));
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);

    // A draft: left out of a build, in with --drafts.
    site.build(&[]).assert_ok();
    assert!(!site.has("berita/rapat-koordinasi-tahap-ii/index.html"));
    site.build(&["--drafts"]).assert_ok();
    assert!(site.has("berita/rapat-koordinasi-tahap-ii/index.html"));
}

#[test]
fn new_takes_a_language_and_checks_its_arguments() {
    let site = SiteTest::small();
    let en = run_terang(
        site.root(),
        &["new", "news", "Coordination Meeting", "--lang", "en"],
    );
    assert_eq!(en.code, Some(0), "{}", en.stderr);
    assert!(
        en.stdout
            .trim()
            .ends_with("2025-11-24-coordination-meeting.en.md")
    );

    let unknown = run_terang(site.root(), &["new", "news", "Réunion", "--lang", "fr"]);
    assert_eq!(unknown.code, Some(2));
    assert!(unknown.stderr.contains("id, en"), "{}", unknown.stderr);

    let data = run_terang(site.root(), &["new", "data", "Angka"]);
    assert_eq!(data.code, Some(2));

    let nowhere = SiteTest::empty();
    let no_site = run_terang(nowhere.root(), &["new", "news", "Judul"]);
    assert_eq!(no_site.code, Some(2));
    assert!(no_site.stderr.contains("terang init"), "{}", no_site.stderr);
}
