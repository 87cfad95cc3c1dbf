//! `SiteTest`: a site in a temporary folder, built with the real `terang` binary.
//!
//! A site comes from a fixture folder (`tests/fixtures/<name>`) or from inline files; the
//! binary runs with `SOURCE_DATE_EPOCH` and `NO_COLOR` set, so output and messages are
//! stable. Each test crate uses a different part of this module.
#![allow(dead_code)]

pub mod pictures;
pub mod rebuild;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// "Now" for every build: 2025-11-24T16:00:00Z (23:00 in Jakarta).
pub const SOURCE_DATE_EPOCH: &str = "1764000000";

/// A two-row poverty-rate dataset (BPS, March and September 2018) with a line chart.
pub const POVERTY_CHART: &str = "title: {id: Persentase Penduduk Miskin, en: Poverty Rate}
source: {name: Badan Pusat Statistik (BPS), url: https://www.bps.go.id, published: 2020-01-15}
programs: [pkh]
columns:
  - {key: periode, type: period, label: {id: Periode, en: Period}}
  - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}
rows:
  - {periode: 2018-03, persen: 9.82}
  - {periode: 2018-09, persen: 9.66}
chart: {type: line, x: periode, y: [persen]}
";

/// A bilingual `site.yaml` (Indonesian at `/`, English at `/en/`).
pub const SITE_YAML: &str = "\
title: {id: Situs Uji, en: Test Site}
description: {id: Situs untuk pengujian., en: A site for testing.}
base_url: https://uji.example.go.id
default_language: id
languages:
  id: {name: Bahasa Indonesia, locale: id-ID}
  en: {name: English, locale: en-GB}
";

/// The output files of a build: relative path (`/`-separated) → bytes.
pub type Tree = BTreeMap<String, Vec<u8>>;

/// A site folder that lives as long as the test.
pub struct SiteTest {
    dir: tempfile::TempDir,
}

impl SiteTest {
    /// An empty site folder (no `content/` yet).
    pub fn empty() -> SiteTest {
        SiteTest {
            dir: tempfile::Builder::new()
                .prefix("terang-test-")
                .tempdir()
                .expect("create a temp dir"),
        }
    }

    /// A copy of `tests/fixtures/<name>`.
    pub fn fixture(name: &str) -> SiteTest {
        let site = SiteTest::empty();
        let from = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        assert!(from.is_dir(), "no fixture {}", from.display());
        copy_dir(&from, site.root());
        site
    }

    /// The bilingual fixture: sections, translations, a bundle, a draft, a future article.
    pub fn bilingual() -> SiteTest {
        SiteTest::fixture("bilingual")
    }

    /// A small valid site: `site.yaml`, a news section with one translated article, and a
    /// `pkh` program page. Error tests add one broken file to it.
    pub fn small() -> SiteTest {
        SiteTest::empty()
            .file("content/site.yaml", SITE_YAML)
            .file(
                "content/news/_index.id.md",
                "---\ntitle: Berita\nslug: berita\n---\n",
            )
            .file(
                "content/news/_index.en.md",
                "---\ntitle: News\nslug: news\n---\n",
            )
            .file(
                "content/news/2025-01-10-awal.id.md",
                "---\ntitle: Awal\ndate: 2025-01-10\n---\nTulisan pertama.\n",
            )
            .file(
                "content/news/2025-01-10-awal.en.md",
                "---\ntitle: Start\ndate: 2025-01-10\n---\nThe first post.\n",
            )
            .file(
                "content/programs/pkh.id.md",
                "---\ntitle: Program Keluarga Harapan\n---\nPKH.\n",
            )
            .file(
                "content/programs/pkh.en.md",
                "---\ntitle: Family Hope Program\n---\nPKH.\n",
            )
    }

    /// Add or replace a file (path relative to the site folder), builder style.
    pub fn file(self, rel: &str, contents: impl AsRef<[u8]>) -> SiteTest {
        self.write(rel, contents);
        self
    }

    /// Add or replace a file (path relative to the site folder).
    pub fn write(&self, rel: &str, contents: impl AsRef<[u8]>) {
        let path = self.root().join(rel);
        fs::create_dir_all(path.parent().expect("a parent folder")).expect("create folders");
        fs::write(&path, contents).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    /// Delete a file or folder of the site.
    pub fn remove(&self, rel: &str) {
        let path = self.root().join(rel);
        if path.is_dir() {
            fs::remove_dir_all(&path).expect("remove a folder");
        } else {
            fs::remove_file(&path).unwrap_or_else(|e| panic!("remove {}: {e}", path.display()));
        }
    }

    /// The site folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The default output folder, `<site>/output`.
    pub fn output(&self) -> PathBuf {
        self.root().join("output")
    }

    /// Run `terang <args>` from the site folder.
    pub fn run(&self, args: &[&str]) -> Run {
        run_terang(self.root(), args)
    }

    /// `terang build --site <site> <flags>`.
    pub fn build(&self, flags: &[&str]) -> Run {
        let site = self.root().to_str().expect("a UTF-8 temp path");
        let mut args = vec!["build", "--site", site];
        args.extend_from_slice(flags);
        self.run(&args)
    }

    /// `terang check --site <site> <flags>`.
    pub fn check(&self, flags: &[&str]) -> Run {
        let site = self.root().to_str().expect("a UTF-8 temp path");
        let mut args = vec!["check", "--site", site];
        args.extend_from_slice(flags);
        self.run(&args)
    }

    /// Build and insist that it works; return the output tree.
    pub fn build_ok(&self, flags: &[&str]) -> Tree {
        self.build(flags).assert_ok();
        self.tree()
    }

    /// An output file as text; fails the test with the list of files when it is missing.
    pub fn read(&self, rel: &str) -> String {
        let path = self.output().join(rel);
        fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "output/{rel}: {e}; output has:\n{}",
                self.tree().keys().cloned().collect::<Vec<_>>().join("\n")
            )
        })
    }

    /// Whether `output/<rel>` is a file.
    pub fn has(&self, rel: &str) -> bool {
        self.output().join(rel).is_file()
    }

    /// Every file of `output/`.
    pub fn tree(&self) -> Tree {
        tree(&self.output())
    }
}

/// What a run of the binary did.
#[derive(Debug)]
pub struct Run {
    /// The exit code; `None` when killed by a signal.
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Exit code 0.
    pub fn assert_ok(&self) -> &Run {
        self.assert_code(0)
    }

    pub fn assert_code(&self, code: i32) -> &Run {
        assert_eq!(
            self.code,
            Some(code),
            "exit code; stderr:\n{}\nstdout:\n{}",
            self.stderr,
            self.stdout
        );
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
        self
    }

    /// An error whose header is `error: <header>...`, e.g. `content/a.id.md:2:1: unknown key`.
    pub fn assert_error(&self, header: &str) -> &Run {
        let wanted = format!("error: {header}");
        assert!(
            self.stderr.lines().any(|l| l.starts_with(&wanted)),
            "no line starting with `{wanted}` in stderr:\n{}",
            self.stderr
        );
        self
    }

    /// `text` appears somewhere in stderr (a help line, a snippet).
    pub fn assert_stderr_has(&self, text: &str) -> &Run {
        assert!(
            self.stderr.contains(text),
            "`{text}` not in stderr:\n{}",
            self.stderr
        );
        self
    }

    /// The final count line, e.g. "1 error, 0 warnings".
    pub fn assert_count(&self, count: &str) -> &Run {
        let last = self
            .stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(last, count, "count line; stderr:\n{}", self.stderr);
        self
    }

    /// How many `error: ` headers were printed.
    pub fn error_headers(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| l.starts_with("error: "))
            .collect()
    }
}

/// Run the binary from `cwd` with a fixed "now", no colours, and messages in English
/// whatever the locale of the machine running the tests.
pub fn run_terang(cwd: &Path, args: &[&str]) -> Run {
    run_terang_with_locale(cwd, args, "C.UTF-8")
}

/// [`run_terang`] under the locale `locale` (`LC_ALL`), e.g. `id_ID.UTF-8` for Indonesian.
#[allow(dead_code)]
pub fn run_terang_with_locale(cwd: &Path, args: &[&str], locale: &str) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_terang"))
        .args(args)
        .current_dir(cwd)
        .env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH)
        .env("NO_COLOR", "1")
        .env("LC_ALL", locale)
        .output()
        .expect("run terang");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every file under `dir` (empty when `dir` does not exist), by relative `/` path.
pub fn tree(dir: &Path) -> Tree {
    if !dir.exists() {
        return Tree::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(|e| e.expect("walk the output"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).expect("inside").components();
            let rel = rel
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            (rel, fs::read(e.path()).expect("read an output file"))
        })
        .collect()
}

/// Fail with the paths that differ, not with megabytes of bytes.
pub fn assert_same_tree(before: &Tree, after: &Tree) {
    let added: Vec<&String> = after.keys().filter(|k| !before.contains_key(*k)).collect();
    let removed: Vec<&String> = before.keys().filter(|k| !after.contains_key(*k)).collect();
    let changed: Vec<&String> = before
        .iter()
        .filter(|(k, v)| after.get(*k).is_some_and(|a| a != *v))
        .map(|(k, _)| k)
        .collect();
    assert!(
        added.is_empty() && removed.is_empty() && changed.is_empty(),
        "output differs: added {added:?}, removed {removed:?}, changed {changed:?}"
    );
}

/// The smallest `<tag ...>...</tag>` element around the first occurrence of `needle`.
pub fn element_around<'a>(html: &'a str, tag: &str, needle: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{html}"));
    let start = html[..at]
        .rfind(&format!("<{tag}"))
        .unwrap_or_else(|| panic!("no <{tag}> before `{needle}`"));
    let close = format!("</{tag}>");
    let end = html[at..]
        .find(&close)
        .map(|i| at + i + close.len())
        .unwrap_or(html.len());
    &html[start..end]
}

/// Values of an attribute (`href`, `src`) in order of appearance.
pub fn attribute_values<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let marker = format!(" {attribute}=\"");
    html.match_indices(&marker)
        .filter_map(|(i, _)| {
            let rest = &html[i + marker.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk the fixture");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("create a folder");
        } else {
            fs::copy(entry.path(), &target).expect("copy a fixture file");
        }
    }
}
