//! The skeleton of a new site (`terang init`): a small bilingual site, compiled into the
//! binary, that builds at once with the built-in default theme (the theme is not copied).

use std::path::{Path, PathBuf};

use crate::messages::msg;
use anyhow::{Context, Result};
use include_dir::{Dir, DirEntry, include_dir};

/// The files of a new site, from `src/init/skeleton/`.
static SKELETON: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/init/skeleton");

/// Every file of the skeleton: relative path and contents, sorted by path.
pub fn files() -> Vec<(&'static Path, &'static [u8])> {
    let mut out = Vec::new();
    collect(&SKELETON, &mut out);
    out.sort_by(|a, b| a.0.cmp(b.0));
    out
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(&'static Path, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::File(f) => out.push((f.path(), f.contents())),
            DirEntry::Dir(d) => collect(d, out),
        }
    }
}

/// Whether `dir` holds anything (a missing folder is empty).
pub fn is_empty(dir: &Path) -> Result<bool> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => Ok(entries.next().is_none()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(true),
        Err(e) => Err(e).with_context(|| msg!("io-read-failed", path = dir.display())),
    }
}

/// Write the skeleton into `dir` (created if needed), replacing files of the same name.
/// Returns the files written.
pub fn write(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (rel, contents) in files() {
        let target = dir.join(rel);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| msg!("io-create-failed", path = parent.display()))?;
        }
        std::fs::write(&target, contents)
            .with_context(|| msg!("io-write-failed", path = target.display()))?;
        written.push(rel.to_path_buf());
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_skeleton_is_a_bilingual_site_with_news_a_program_and_a_dataset() {
        let paths: Vec<String> = files()
            .iter()
            .map(|(p, _)| p.to_string_lossy().replace('\\', "/"))
            .collect();
        for want in [
            "content/site.yaml",
            "content/_index.id.md",
            "content/_index.en.md",
            "content/news/_index.id.md",
            "content/news/_index.en.md",
            "content/programs/pkh.id.md",
            "content/programs/pkh.en.md",
            "content/data/kemiskinan.yaml",
        ] {
            assert!(paths.iter().any(|p| p == want), "{want} in {paths:?}");
        }
        assert_eq!(
            paths
                .iter()
                .filter(|p| p.starts_with("content/news/2"))
                .count(),
            2,
            "one example article in both languages"
        );
        assert!(!paths.iter().any(|p| p.starts_with("themes/")));
    }
}
