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
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("SOURCE_DATE_EPOCH"));
}
