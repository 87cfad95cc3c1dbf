//! `terang translate` writes the other language's file with the same stem; `check` warns
//! (`--strict`: fails) when the original changed since the translation was made; `new`
//! does not make an orphan where a translation is meant; the missing-translation help
//! names a file to rename.

mod common;

use common::SiteTest;

const ORIGINAL: &str = "content/news/2025-03-01-kabar-daerah.id.md";
const TRANSLATION: &str = "content/news/2025-03-01-kabar-daerah.en.md";

/// A file of the site (not of its output).
fn source(site: &SiteTest, rel: &str) -> String {
    std::fs::read_to_string(site.root().join(rel)).expect("read a site file")
}

fn translated() -> SiteTest {
    let site = SiteTest::bilingual();
    // Dated 2030: a warning of its own under --strict.
    site.remove("content/news/2030-01-01-rencana-tahunan.id.md");
    site.run(&["translate", ORIGINAL]).assert_ok();
    site
}

#[test]
fn translate_writes_the_same_stem_as_a_draft_with_the_original_version() {
    let site = translated();
    let text = source(&site, TRANSLATION);
    assert!(text.contains("draft: true"), "{text}");
    assert!(text.contains("source_version: \""), "{text}");
    let original = source(&site, ORIGINAL);
    let body = original.splitn(3, "---\n").nth(2).expect("a body");
    assert!(text.ends_with(body), "the text to translate over:\n{text}");
    // Never replaced.
    site.run(&["translate", ORIGINAL]).assert_code(1);
    // The site still checks, the draft shown with --drafts.
    site.check(&["--drafts"]).assert_ok();
}

#[test]
fn an_edited_original_makes_its_translation_stale() {
    let site = translated();
    let text = source(&site, TRANSLATION).replace("draft: true\n", "");
    site.write(TRANSLATION, text);
    site.check(&["--strict"]).assert_ok();

    let original = source(&site, ORIGINAL);
    site.write(
        ORIGINAL,
        format!("{original}\nParagraf baru tentang penyaluran bantuan di daerah.\n"),
    );
    let warned = site.check(&[]);
    warned.assert_ok();
    warned
        .assert_stderr_has(&format!("warning: {TRANSLATION}:"))
        .assert_stderr_has(&format!(
            "the original `{ORIGINAL}` changed since this translation was made"
        ))
        .assert_stderr_has("“Paragraf baru tentang penyaluran bantuan di …”")
        .assert_stderr_has("then set `source_version: \"");
    site.check(&["--strict"]).assert_code(1);
}

#[test]
fn the_version_the_warning_gives_brings_the_translation_in_step() {
    let site = translated();
    let text = source(&site, TRANSLATION).replace("draft: true\n", "");
    site.write(TRANSLATION, &text);
    let original = source(&site, ORIGINAL);
    site.write(ORIGINAL, original.replace("Kabar dari", "Kabar Baru dari"));
    let warned = site.check(&[]);
    warned.assert_stderr_has("new or changed: the title");
    let new_version = warned
        .stderr
        .split("set `source_version: \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the new version in the help");
    let old_line = text
        .lines()
        .find(|l| l.starts_with("source_version:"))
        .expect("the recorded version");
    site.write(
        TRANSLATION,
        text.replace(old_line, &format!("source_version: \"{new_version}\"")),
    );
    site.check(&["--strict"]).assert_ok();
}

#[test]
fn new_with_the_title_of_an_article_in_another_language_points_to_translate() {
    let site = SiteTest::bilingual();
    let refused = site.run(&["new", "news", "Kabar Daerah", "--lang", "en"]);
    refused
        .assert_code(2)
        .assert_stderr_has(
            "2025-03-01-kabar-daerah.id.md` already has this title in another language",
        )
        .assert_stderr_has("terang translate");
}

#[test]
fn a_translation_under_another_name_is_named_for_a_rename() {
    let site = SiteTest::bilingual().file(
        "content/news/2025-03-01-regional-news.en.md",
        "---\ntitle: Regional News\ndate: 2025-03-01\n---\nText.\n",
    );
    site.check(&[]).assert_stderr_has(
        "if `content/news/2025-03-01-regional-news.en.md` is the translation of `content/news/2025-03-01-kabar-daerah.id.md`, rename it to `content/news/2025-03-01-kabar-daerah.en.md`",
    );
}

#[test]
fn a_section_list_is_translated_without_page_keys() {
    let site = SiteTest::bilingual();
    site.remove("content/news/_index.en.md");
    site.run(&["translate", "content/news/_index.id.md"])
        .assert_ok();
    let text = source(&site, "content/news/_index.en.md");
    assert!(
        !text.contains("draft:") && !text.contains("source_version"),
        "{text}"
    );
    site.check(&[]).assert_ok();
}
