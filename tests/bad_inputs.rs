//! The bad-input corpus (`tests/bad-inputs/`): every mistake a staff member could make in
//! Markdown, YAML, a dataset, site.yaml or a theme, each checked with the real binary.
//!
//! Every case is a folder of files dropped over the minimal valid site in `_base/`, plus an
//! `expect` file (format in `tests/bad-inputs/README.md`). For each case the base site is built
//! first, the case's files are dropped in, and the site is built again. The second build must:
//! - exit with the expected code (1 or 2; 0 for legal input such as CRLF or a BOM);
//! - never panic (no exit code 101, no "panicked" in stderr);
//! - print every expected diagnostic substring (the file, and `:line` where there is one);
//! - leave the previous output byte-identical when it fails;
//! - never put markup from front matter, datasets or site.yaml into a page unescaped.
//!
//! Big and binary inputs (10 MB, NUL bytes, symlink loops) are made here at run time.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{Run, SiteTest, Tree, run_terang, run_terang_with_locale, tree};

/// Where every case's files go when a case needs an article.
const ARTICLE: &str = "content/news/2025-02-01-uji.id.md";

/// Text that must never reach an HTML, XML or SVG output file as it is: it would run a script
/// or swallow the rest of the page.
const NEVER_IN_MARKUP: [&str; 3] = ["<script>alert(1)", "</script><script>", "<!--<script>"];

/// One case of the corpus, read from `tests/bad-inputs/<name>/expect`.
#[derive(Debug)]
struct Case {
    name: String,
    dir: PathBuf,
    exit: i32,
    stderr: Vec<String>,
    remove: Vec<String>,
    generate: Option<String>,
    output_has: Vec<(String, String)>,
    flags: Vec<String>,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-inputs")
}

fn parse_case(dir: &Path) -> Result<Case, String> {
    let name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let text = fs::read_to_string(dir.join("expect"))
        .map_err(|e| format!("{name}: cannot read `expect`: {e}"))?;
    let mut case = Case {
        name: name.clone(),
        dir: dir.to_path_buf(),
        exit: -1,
        stderr: Vec::new(),
        remove: Vec::new(),
        generate: None,
        output_has: Vec::new(),
        flags: Vec::new(),
    };
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(": ")
            .ok_or_else(|| format!("{name}: `{line}` is not `key: value`"))?;
        match key {
            "exit" => {
                case.exit = value
                    .parse()
                    .map_err(|_| format!("{name}: exit `{value}`"))?
            }
            "stderr" => case.stderr.push(value.to_string()),
            "remove" => case.remove.push(value.to_string()),
            "generate" => case.generate = Some(value.to_string()),
            "flag" => case.flags.push(value.to_string()),
            "output-has" => {
                let (file, needle) = value
                    .split_once(' ')
                    .ok_or_else(|| format!("{name}: output-has needs `<file> <text>`"))?;
                case.output_has.push((file.to_string(), needle.to_string()));
            }
            other => return Err(format!("{name}: unknown key `{other}` in `expect`")),
        }
    }
    if ![0, 1, 2].contains(&case.exit) {
        return Err(format!("{name}: `exit:` must be 0, 1 or 2"));
    }
    if case.exit != 0 && !case.stderr.iter().any(|s| s.starts_with("error: ")) {
        return Err(format!(
            "{name}: a failing case needs a `stderr: error: <file>...` line naming the file"
        ));
    }
    Ok(case)
}

fn cases() -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(corpus_dir())
        .expect("read tests/bad-inputs")
        .map(|e| e.expect("a corpus entry").path())
        .filter(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('_'))
        .collect();
    dirs.sort();
    let (cases, errors): (Vec<_>, Vec<_>) =
        dirs.iter().map(|d| parse_case(d)).partition(Result::is_ok);
    let errors: Vec<String> = errors.into_iter().map(|e| e.unwrap_err()).collect();
    assert!(
        errors.is_empty(),
        "bad `expect` files:\n{}",
        errors.join("\n")
    );
    cases.into_iter().map(Result::unwrap).collect()
}

/// Copy `from` into `to`, keeping bytes exactly (CRLF, BOMs, invalid UTF-8).
fn copy_tree(from: &Path, to: &Path, skip_expect: bool) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk a corpus folder");
        let rel = entry.path().strip_prefix(from).expect("inside");
        if skip_expect && rel == Path::new("expect") {
            continue;
        }
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("create a folder");
        } else {
            fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}

/// Files made at run time instead of being committed.
fn generate(kind: &str, site: &Path) {
    let write = |rel: &str, bytes: &[u8]| {
        let path = site.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, bytes).unwrap();
    };
    match kind {
        "nul-byte" => write(
            ARTICLE,
            b"---\ntitle: Nol\ndate: 2025-02-01\n---\nIsi\0lagi.\n",
        ),
        "ten-megabytes" => {
            // A pasted report: headings, paragraphs with figures, lists and links. Its program
            // has the dataset whose 9,82 it types by hand: tens of thousands of warnings.
            let mut text = String::from(
                "---\ntitle: Laporan Panjang\ndate: 2025-02-01\nprograms: [pkh]\n---\n",
            );
            let mut n = 0;
            while text.len() < 10 * 1024 * 1024 {
                n += 1;
                text.push_str(&format!(
                    "## Bagian {n}\n\nPenyaluran tahap {n} mencapai 9,82 persen di 34 provinsi, \
                     dengan 1.234.567 keluarga penerima dan *catatan* **penting** [berita](@/news/2025-01-10-awal.md).\n\n\
                     - butir satu {n}\n- butir dua\n\n> kutipan {n}\n\n"
                ));
            }
            write(ARTICLE, text.as_bytes());
        }
        "symlink-loop" => {
            #[cfg(unix)]
            std::os::unix::fs::symlink("..", site.join("content/news/loop")).unwrap();
        }
        other => panic!("unknown generator `{other}`"),
    }
}

/// Markup from content that reached an output page unescaped: (file, text).
fn unescaped_markup(output: &Tree) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    for (path, bytes) in output {
        if !(path.ends_with(".html") || path.ends_with(".xml") || path.ends_with(".svg")) {
            continue;
        }
        let text = String::from_utf8_lossy(bytes);
        for needle in NEVER_IN_MARKUP {
            if text.contains(needle) {
                found.push((path.clone(), needle));
            }
        }
    }
    found
}

/// Run one case on a copy of the already-built base site; `Err` says everything that is wrong.
fn run_case(case: &Case, base: &Path, before: &Tree) -> Result<(), String> {
    let site = SiteTest::empty();
    copy_tree(base, site.root(), false);
    for rel in &case.remove {
        site.remove(rel);
    }
    copy_tree(&case.dir, site.root(), true);
    if let Some(kind) = &case.generate {
        generate(kind, site.root());
    }
    let root = site.root().to_str().expect("a UTF-8 temp path");
    let mut args = vec!["build", "--site", root];
    args.extend(case.flags.iter().map(String::as_str));
    let run: Run = run_terang(site.root(), &args);
    let after = site.tree();

    let mut wrong = Vec::new();
    if run.code == Some(101) || run.stderr.contains("panicked") || run.code.is_none() {
        wrong.push("PANIC or killed by a signal".to_string());
    }
    if run.code != Some(case.exit) {
        wrong.push(format!("exit code {:?}, expected {}", run.code, case.exit));
    }
    for needle in &case.stderr {
        if !run.stderr.contains(needle.as_str()) {
            wrong.push(format!("stderr lacks `{needle}`"));
        }
    }
    if case.exit != 0 && &after != before {
        wrong.push("the previous output changed after a failed build".into());
    }
    for (file, needle) in &case.output_has {
        match after.get(file) {
            Some(bytes) if String::from_utf8_lossy(bytes).contains(needle.as_str()) => {}
            Some(_) => wrong.push(format!("output/{file} lacks `{needle}`")),
            None => wrong.push(format!("no output/{file}")),
        }
    }
    for (file, needle) in unescaped_markup(&after) {
        wrong.push(format!("output/{file} holds `{needle}` unescaped"));
    }
    wrong.extend(same_places_in_indonesian(case, site.root(), &args, &run));
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}:\n  {}\n  --- stderr:\n{}",
            case.name,
            wrong.join("\n  "),
            run.stderr
        ))
    }
}

/// The `file:line:column` of every `error:` and `warning:` header, in order (headers without a
/// place, whose text follows the prefix at once, are left out).
fn places(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|l| {
            l.strip_prefix("error: ")
                .or_else(|| l.strip_prefix("warning: "))
        })
        .filter_map(|rest| rest.split_once(": ").map(|(place, _)| place))
        .filter(|place| !place.contains(' '))
        .collect()
}

/// The case again with an Indonesian locale: the same exit code, the same places, every
/// message in other words than the English one, and the count at the end in Indonesian
/// (SPEC §7: only the words change).
fn same_places_in_indonesian(
    case: &Case,
    site: &Path,
    args: &[&str],
    english: &Run,
) -> Vec<String> {
    let indonesian = run_terang_with_locale(site, args, "id_ID.UTF-8");
    let mut wrong = Vec::new();
    if indonesian.code != english.code {
        wrong.push(format!("in Indonesian, exit code {:?}", indonesian.code));
    }
    if places(&indonesian.stderr) != places(&english.stderr) {
        wrong.push(format!(
            "in Indonesian, other places: {:?}\n  --- stderr in Indonesian:\n{}",
            places(&indonesian.stderr),
            indonesian.stderr
        ));
    }
    if case.exit == 1 && !indonesian.stderr.contains(" kesalahan, ") {
        wrong.push(format!(
            "in Indonesian, no count of `kesalahan`:\n{}",
            indonesian.stderr
        ));
    }
    let english_headers: Vec<&str> = headers(&english.stderr).collect();
    for header in headers(&indonesian.stderr).filter(|h| english_headers.contains(h)) {
        wrong.push(format!("in Indonesian, still in English: {header}"));
    }
    wrong
}

/// The `error:` and `warning:` lines: place and message.
fn headers(stderr: &str) -> impl Iterator<Item = &str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("error: ") || l.starts_with("warning: "))
}

#[test]
fn every_bad_input_is_reported_without_panic_and_keeps_the_previous_output() {
    let cases = cases();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    // Build the base site once; every case starts from a copy of it, output included.
    let base = SiteTest::empty();
    copy_tree(&corpus_dir().join("_base"), base.root(), false);
    base.build(&[]).assert_ok();
    let before = tree(&base.output());
    assert!(unescaped_markup(&before).is_empty());

    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::SeqCst)) {
                    if let Err(e) = run_case(case, base.root(), &before) {
                        failures.lock().unwrap().push(e);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} bad-input cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_base_site_of_the_corpus_builds_and_has_a_dataset_and_a_program() {
    let base = SiteTest::empty();
    copy_tree(&corpus_dir().join("_base"), base.root(), false);
    let built = base.build_ok(&[]);
    assert!(built.contains_key("data/kemiskinan/index.html"));
    assert!(built.contains_key("program/pkh/index.html"));
    assert!(built.contains_key("berita/awal/index.html"));
}
