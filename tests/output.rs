//! The output folder is deterministic, complete and atomic (SPEC §6).

mod common;

use common::{SiteTest, assert_same_tree};

#[test]
fn two_builds_give_byte_identical_output() {
    let first = SiteTest::bilingual();
    let second = SiteTest::bilingual();
    let a = first.build_ok(&[]);
    let b = second.build_ok(&[]);
    assert!(a.len() > 10);
    assert_same_tree(&a, &b);
    // And a rebuild in place changes nothing either.
    assert_same_tree(&a, &first.build_ok(&[]));
}

#[test]
fn a_stale_file_in_the_output_is_gone_after_a_rebuild() {
    let site = SiteTest::bilingual();
    site.build_ok(&[]);
    site.write("output/lama.html", "dari build sebelumnya");
    site.write("output/berita/dihapus/index.html", "halaman lama");
    let tree = site.build_ok(&[]);
    assert!(!tree.contains_key("lama.html"));
    assert!(!tree.contains_key("berita/dihapus/index.html"));
}

#[test]
fn deleting_an_article_removes_its_page() {
    let site = SiteTest::bilingual();
    site.build_ok(&[]);
    assert!(site.has("berita/rapat-koordinasi/index.html"));
    site.remove("content/news/2025-02-15-rapat-koordinasi.id.md");
    site.remove("content/news/2025-02-15-rapat-koordinasi.en.md");
    site.build_ok(&[]);
    assert!(!site.has("berita/rapat-koordinasi/index.html"));
    assert!(!site.has("en/news/rapat-koordinasi/index.html"));
    assert!(!site.read("berita/index.html").contains("rapat-koordinasi"));
}

#[test]
fn deleting_a_content_file_removes_its_copy() {
    let site = SiteTest::small().file("content/unduhan/laporan.pdf", "%PDF-1.4");
    site.build_ok(&[]);
    assert!(site.has("unduhan/laporan.pdf"));
    site.remove("content/unduhan");
    site.build_ok(&[]);
    assert!(!site.has("unduhan/laporan.pdf"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = SiteTest::bilingual();
    let before = site.build_ok(&[]);
    site.write(
        "content/news/2025-02-15-rapat-koordinasi.id.md",
        "---\ntitle: Rapat\ndate: bukan tanggal\n---\nx\n",
    );
    site.build(&[]).assert_code(1);
    assert_same_tree(&before, &site.tree());
}

#[test]
fn a_failed_first_build_creates_no_output() {
    let site = SiteTest::small().file("content/news/rusak.id.md", "---\ntitel: x\n---\n");
    site.build(&[]).assert_code(1);
    assert!(!site.output().exists());
}

#[test]
fn no_staging_folders_are_left_beside_the_output() {
    let site = SiteTest::small();
    site.build_ok(&[]);
    site.write("content/news/rusak.id.md", "---\ntitel: x\n---\n");
    site.build(&[]).assert_code(1);
    site.remove("content/news/rusak.id.md");
    site.build_ok(&[]);
    let mut names: Vec<String> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // `.output.lock` stays: it serialises builds of this output (docs/security.md).
    assert_eq!(names, [".output.lock", "content", "output"]);
}

#[test]
fn check_writes_nothing() {
    let site = SiteTest::bilingual();
    site.check(&[]).assert_ok();
    assert!(!site.output().exists());
    let before = site.build_ok(&[]);
    site.write(
        "content/news/2025-02-15-rapat-koordinasi.id.md",
        "---\ntitle: Rapat baru\ndate: 2025-02-15\n---\nBaru.\n",
    );
    site.check(&[]).assert_ok();
    assert_same_tree(&before, &site.tree());
}
