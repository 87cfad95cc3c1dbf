//! Issue 17, "nothing lost, nothing leaked": one regression test per finding, each named
//! after it, run with the real binary. (Findings tested beside the code or in the bad-input
//! corpus say so in their comment here.)

mod common;

use std::fs;
use std::path::Path;

use common::{SiteTest, tree};

fn path_str(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 temp path")
}

/// Finding 1: `--output` naming the sources, the site, an ancestor, a foreign folder or a
/// file is refused with exit 2, and nothing of it is touched.
#[test]
fn finding_01_output_never_deletes_sources_the_site_or_foreign_files() {
    let site = SiteTest::small();
    site.write("docs/mine.txt", "my notes");
    site.write("NOTES.txt", "my notes");
    let before = tree(site.root());
    for (output, reason) in [
        (site.root().join("content"), "content/ folder"),
        (site.root().join("content/news"), "content/ folder"),
        (site.root().to_path_buf(), "holds the site itself"),
        (site.root().join(".."), "holds the site itself"),
        (site.root().join("docs"), "--force"),
        (site.root().join("NOTES.txt"), "is a file"),
    ] {
        let run = site.build(&["--output", path_str(&output)]);
        run.assert_code(2).assert_stderr_has(reason);
        assert!(run.stderr.contains("refusing"), "{}", run.stderr);
        assert_eq!(tree(site.root()), before, "{}", output.display());
    }
    // An empty folder, or terang's own, is fine; a foreign one with --force too.
    site.build(&["--output", path_str(&site.root().join("fresh"))])
        .assert_ok();
    site.build(&["--output", path_str(&site.root().join("fresh"))])
        .assert_ok();
    site.build(&["--output", path_str(&site.root().join("docs")), "--force"])
        .assert_ok();
    assert!(!site.root().join("docs/mine.txt").exists());
    assert!(site.root().join("docs/.terang").is_file());
}

/// Finding 8: an `output` symlink (to a web root) is followed: the folder it points at gets
/// the new site, the link stays.
#[test]
fn finding_08_output_symlink_is_followed_and_kept() {
    let site = SiteTest::small();
    let web_root = tempfile::tempdir().unwrap();
    let www = web_root.path().join("html");
    fs::create_dir(&www).unwrap();
    std::os::unix::fs::symlink(&www, site.output()).unwrap();
    site.build(&[]).assert_ok();
    assert!(
        fs::symlink_metadata(site.output())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(www.join("index.html").is_file());
    site.write(
        "content/news/2025-01-10-awal.id.md",
        "---\ntitle: Awal baru\ndate: 2025-01-10\n---\nTulisan.\n",
    );
    site.build(&[]).assert_ok();
    assert!(
        fs::symlink_metadata(site.output())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let page = fs::read_to_string(www.join("berita/awal/index.html")).unwrap();
    assert!(page.contains("Awal baru"));
    let beside: Vec<_> = fs::read_dir(web_root.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, ["html"], "no staging or old folder is left");
}

/// Finding 9: folders left by killed builds are removed by the next build; a second build
/// of the same output while one runs is refused with a clear message; the swap leaves no
/// `.old` folder.
#[test]
fn finding_09_leftovers_are_cleaned_and_concurrent_builds_refused() {
    let site = SiteTest::small();
    site.build(&[]).assert_ok();
    for stale in [".output.staging-4000000", ".output.old-4000001"] {
        fs::create_dir_all(site.root().join(stale).join("berita")).unwrap();
        fs::write(site.root().join(stale).join("index.html"), "x").unwrap();
    }
    site.build(&[]).assert_ok();
    let leftovers: Vec<String> = fs::read_dir(site.root())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".output.") && n != ".output.lock")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let before = site.tree();
    let lock = fs::File::open(site.root().join(".output.lock")).unwrap();
    lock.try_lock().expect("the lock is free between builds");
    site.build(&[])
        .assert_code(2)
        .assert_stderr_has("another terang");
    assert_eq!(site.tree(), before, "the refused build changed nothing");
    drop(lock);
    site.build(&[]).assert_ok();
}

/// Finding 2: a symlink in `content/` or a theme that leads out of the site is an error
/// naming the link, and what it leads to is never read, printed or published; a link inside
/// the site is followed; a link loop ends with an error.
#[test]
fn finding_02_symlinks_out_of_the_site_are_refused_and_never_read() {
    use std::os::unix::fs::symlink;
    let site = SiteTest::small();
    site.build(&[]).assert_ok();
    let before = site.tree();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("environ");
    fs::write(&secret, "---\ntitle: SECRET_TOKEN=rahasia\n---\nrahasia\n").unwrap();
    fs::create_dir(outside.path().join("folder")).unwrap();
    fs::write(outside.path().join("folder/x.id.md"), "rahasia").unwrap();

    let cases: [(&Path, &str); 4] = [
        (&secret, "content/programs/bocor.id.md"),
        (
            Path::new("/proc/self/environ"),
            "content/programs/env.id.md",
        ),
        (&outside.path().join("folder"), "content/programs/luar"),
        (&secret, "themes/mine/templates/article.html"),
    ];
    for (target, link) in cases {
        if link.starts_with("themes/") {
            site.write(
                "content/site.yaml",
                format!("{}theme: mine\n", common::SITE_YAML),
            );
            site.write("themes/mine/theme.yaml", "extends: default\n");
        }
        fs::create_dir_all(site.root().join(link).parent().unwrap()).unwrap();
        symlink(target, site.root().join(link)).unwrap();
        let run = site.build(&[]);
        run.assert_code(1)
            .assert_stderr_has(link)
            .assert_stderr_has("leads outside the site folder");
        assert!(!run.stderr.contains("rahasia"), "{}", run.stderr);
        assert!(!run.stderr.contains("SECRET_TOKEN"), "{}", run.stderr);
        assert!(!run.stdout.contains("rahasia"), "{}", run.stdout);
        assert_eq!(site.tree(), before, "{link}: the previous output survives");
        fs::remove_file(site.root().join(link)).unwrap();
    }
    site.write("content/site.yaml", common::SITE_YAML);

    // Inside the site a link is followed: one shared page, linked into content/.
    site.write(
        "shared/pkh-extra.id.md",
        "---\ntitle: Bersama\n---\nDibagikan.\n",
    );
    symlink(
        site.root().join("shared/pkh-extra.id.md"),
        site.root().join("content/programs/bersama.id.md"),
    )
    .unwrap();
    let built = site.build(&[]);
    built.assert_ok();
    assert!(
        site.read("program/bersama/index.html")
            .contains("Dibagikan.")
    );

    // A loop (a folder linking to its parent) is an error, not a hang.
    symlink(
        site.root().join("content/news"),
        site.root().join("content/news/loop"),
    )
    .unwrap();
    site.build(&[])
        .assert_code(1)
        .assert_stderr_has("content/news/loop")
        .assert_stderr_has("loop");
}

/// Finding 3: control characters pasted from Word (U+000B, U+000C) are a warning at the
/// file, line and column of the first, and no output file (feeds, sitemap, pages, JSON)
/// holds one: the Atom feed stays well-formed XML.
#[test]
fn finding_03_control_characters_are_a_warning_and_never_reach_the_output() {
    let site = SiteTest::small();
    site.write(
        "content/news/2025-01-10-awal.id.md",
        "---\ntitle: Awal\u{b}baru\ndate: 2025-01-10\n---\nTulisan\u{c} pertama.\u{ffff}\n",
    );
    let run = site.build(&[]);
    run.assert_ok()
        .assert_stderr_has("warning: content/news/2025-01-10-awal.id.md:2:12")
        .assert_stderr_has("U+000B")
        .assert_stderr_has("all 3");
    let forbidden = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    for (name, bytes) in site.tree() {
        // Text files only (the search index's fragments are compressed).
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        assert!(
            !text.contains(forbidden),
            "{name} holds a control character"
        );
    }
    let feeds: Vec<String> = site
        .tree()
        .into_values()
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .filter(|text| text.contains("<feed") && text.contains("Awalbaru"))
        .collect();
    assert!(!feeds.is_empty(), "an Atom feed with the cleaned title");
}

/// Finding 15: case variants of a tag (`pelatihan`, `PELATIHAN`, `Pelatihan`) are one term:
/// one term page, counted once per article, and listed once on the article that names both.
#[test]
fn finding_15_case_variants_of_a_tag_are_one_term() {
    let site = SiteTest::small()
        .file(
            "content/news/2025-02-01-dua.id.md",
            "---\ntitle: Dua\ndate: 2025-02-01\ntags: [pelatihan, PELATIHAN]\n---\nTeks.\n",
        )
        .file(
            "content/news/2025-02-02-tiga.id.md",
            "---\ntitle: Tiga\ndate: 2025-02-02\ntags: [Pelatihan]\n---\nTeks.\n",
        );
    site.build(&[]).assert_ok();
    let index = site.read("topik/index.html");
    assert_eq!(index.matches("/topik/pelatihan/").count(), 1, "{index}");
    assert!(index.contains("(2)"), "{index}");
    let article = site.read("berita/dua/index.html");
    assert_eq!(
        article.matches("/topik/pelatihan/\"").count(),
        1,
        "{article}"
    );
}
