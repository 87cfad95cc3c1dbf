//! The command line itself: help, version, exit codes of usage errors (SPEC §7).

mod common;

use common::{SiteTest, run_terang};

#[test]
fn help_mentions_build_and_check() {
    let site = SiteTest::empty();
    let run = run_terang(site.root(), &["--help"]);
    run.assert_ok();
    assert!(
        run.stdout.contains("build") && run.stdout.contains("check"),
        "{}",
        run.stdout
    );
}

#[test]
fn build_help_lists_its_flags() {
    let site = SiteTest::empty();
    let run = run_terang(site.root(), &["build", "--help"]);
    run.assert_ok();
    for flag in [
        "--site",
        "--output",
        "--base-url",
        "--drafts",
        "--future",
        "--strict",
    ] {
        assert!(
            run.stdout.contains(flag),
            "{flag} missing from:\n{}",
            run.stdout
        );
    }
}

#[test]
fn version_prints_the_package_version() {
    let site = SiteTest::empty();
    let run = run_terang(site.root(), &["--version"]);
    run.assert_ok();
    assert_eq!(
        run.stdout.trim(),
        format!("terang {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn no_subcommand_is_a_usage_error() {
    let site = SiteTest::empty();
    run_terang(site.root(), &[]).assert_code(2);
}

#[test]
fn unknown_subcommand_is_a_usage_error() {
    let site = SiteTest::empty();
    run_terang(site.root(), &["bild"])
        .assert_code(2)
        .assert_stderr_has("bild");
}

#[test]
fn site_defaults_to_the_current_folder() {
    let site = SiteTest::small();
    site.run(&["build"]).assert_ok();
    assert!(site.has("index.html"));
}

#[test]
fn check_succeeds_on_a_good_site() {
    let site = SiteTest::bilingual();
    let run = site.check(&[]);
    run.assert_ok();
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
}

#[test]
fn invalid_base_url_flag_exits_with_2() {
    SiteTest::small()
        .build(&["--base-url", "not-a-url"])
        .assert_code(2)
        .assert_stderr_has("not-a-url");
}

#[test]
fn invalid_source_date_epoch_exits_with_2() {
    let site = SiteTest::small();
    let site_arg = site.root().to_str().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_terang"))
        .args(["build", "--site", site_arg])
        .env("SOURCE_DATE_EPOCH", "kemarin")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SOURCE_DATE_EPOCH"));
}

/// SPEC §7: messages follow the locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `id`),
/// and `--messages id|en`, before or after the subcommand, overrides it. The `warning:`
/// prefix and the `file:line:column` keep their form; the words and the count change.
#[test]
fn messages_speak_the_locale_s_language_unless_told_otherwise() {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-uji.id.md",
        "---\ntitle: Uji\ndate: 2062-02-01\n---\nIsi.\n",
    );
    let root = site.root().to_str().expect("a UTF-8 temp path");
    let place = "warning: content/news/2025-02-01-uji.id.md:3:7: `date` 2062-02-01";
    let indonesian =
        common::run_terang_with_locale(site.root(), &["check", "--site", root], "id_ID.UTF-8");
    indonesian.assert_ok();
    for text in [
        place,
        "lebih dari setahun dari sekarang",
        "periksa tahunnya (2062 seharusnya 2026?)",
        "0 kesalahan, 1 peringatan",
        "tidak diterbitkan: 1 bertanggal di masa depan",
    ] {
        assert!(
            indonesian.stderr.contains(text),
            "no `{text}` in:\n{}",
            indonesian.stderr
        );
    }
    let told_english = common::run_terang_with_locale(
        site.root(),
        &["check", "--site", root, "--messages", "en"],
        "id_ID.UTF-8",
    );
    assert!(
        told_english.stderr.contains("0 errors, 1 warning"),
        "{}",
        told_english.stderr
    );
    let told_indonesian = run_terang(site.root(), &["--messages", "id", "check", "--site", root]);
    assert!(
        told_indonesian.stderr.contains(place),
        "{}",
        told_indonesian.stderr
    );
    assert!(told_indonesian.stderr.contains("0 kesalahan, 1 peringatan"));
    let english = run_terang(site.root(), &["check", "--site", root]);
    assert!(english.stderr.contains(place) && english.stderr.contains("0 errors, 1 warning"));
}

#[test]
fn an_unknown_messages_language_is_a_usage_error() {
    let site = SiteTest::small();
    run_terang(site.root(), &["--messages", "fr", "check"]).assert_code(2);
}
