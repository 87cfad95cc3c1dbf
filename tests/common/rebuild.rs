//! The example site in a temporary folder, rebuilt by a `Session` and compared with clean
//! builds of the same files (tests/incremental.rs, tests/incremental_edits.rs).

use std::fs;
use std::path::{Path, PathBuf};

use terang::Store;
use terang::pipeline::{self, Failure, Options};
use terang::rebuild::{Outcome, Session};

/// The repository's example site (content/ and themes/), in a temporary folder.
pub struct Example {
    dir: tempfile::TempDir,
}

impl Example {
    pub fn new() -> Example {
        let dir = tempfile::Builder::new()
            .prefix("terang-incremental-")
            .tempdir()
            .expect("temp dir");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["content", "themes"] {
            super::copy_dir(&repo.join(folder), &dir.path().join(folder));
        }
        Example { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(&path, text).expect("write");
        path
    }

    pub fn edit(&self, rel: &str, from: &str, to: &str) -> PathBuf {
        let path = self.path(rel);
        let text = fs::read_to_string(&path).expect("read");
        assert!(text.contains(from), "`{from}` not in {rel}");
        fs::write(&path, text.replacen(from, to, 1)).expect("write");
        path
    }

    pub fn options(&self) -> Options {
        Options::new(
            self.root().to_path_buf(),
            jiff::Timestamp::from_second(1_764_000_000).expect("a time"),
        )
    }
}

/// Every file of a store as bytes, but the search index: a session makes it in the
/// background (tests/serve.rs), and Pagefind's files may differ between builds (SPEC §6).
pub fn bytes_of(store: &Store) -> Vec<(String, Vec<u8>)> {
    store
        .iter()
        .filter(|(path, _)| !path.starts_with("pagefind/"))
        .map(|(path, body)| (path.to_string(), body.bytes().expect("read").into_owned()))
        .collect()
}

/// Rebuild after `changed` and compare with a clean build of the same files.
/// Returns how many pages were rendered and how many warnings the build gave.
pub fn rebuild_matches_clean(
    site: &Example,
    session: &mut Session,
    changed: &[PathBuf],
) -> (usize, usize) {
    let report = session.rebuild(changed);
    let clean = pipeline::build(&site.options());
    match (&report.outcome, clean) {
        (
            Outcome::Built {
                site: rebuilt,
                warnings,
                ..
            },
            Ok(clean),
        ) => {
            let shown = |ds: &terang::Diagnostics| -> Vec<String> {
                ds.iter()
                    .map(|d| format!("{}: {}", d.location(), d.message))
                    .collect()
            };
            assert_eq!(
                shown(warnings),
                shown(&clean.warnings),
                "the same warnings after {changed:?}"
            );
            let clean = bytes_of(&Store::new(clean.files));
            let rebuilt = bytes_of(rebuilt);
            let differ: Vec<&String> = clean
                .iter()
                .zip(&rebuilt)
                .filter(|(a, b)| a != b)
                .map(|(a, _)| &a.0)
                .collect();
            assert_eq!(
                clean.len(),
                rebuilt.len(),
                "file lists differ after {changed:?}"
            );
            assert!(
                differ.is_empty(),
                "after {changed:?} these differ: {differ:?}"
            );
            (report.stats.pages_rendered, warnings.iter().count())
        }
        (Outcome::Failed(Failure::Content(a)), Err(Failure::Content(b))) => {
            let a: Vec<_> = a.iter().map(|d| d.location()).collect();
            let b: Vec<_> = b.iter().map(|d| d.location()).collect();
            assert_eq!(a, b, "the same problems after {changed:?}");
            (0, 0)
        }
        (Outcome::Built { .. }, Err(_)) => panic!("rebuild succeeded, clean build failed"),
        (Outcome::Failed(_), Ok(_)) => panic!("rebuild failed, clean build succeeded"),
        (Outcome::Failed(_), Err(_)) => panic!("environment failure"),
    }
}
