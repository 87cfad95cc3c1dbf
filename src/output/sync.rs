//! Bringing `output/` up to date after a rebuild (`terang watch`): write only the files
//! that changed, each through a temporary file and a rename, and remove the ones the site
//! no longer has. A failed rebuild never gets here, so `output/` keeps the last good site.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};

use super::safe_join;
use super::store::{Body, Changes, Store};
use crate::messages::msg;

/// How far a failed [`apply`] got: the caller says what was and was not written.
#[derive(Debug)]
pub struct Partial {
    pub error: anyhow::Error,
    pub written: usize,
    pub to_write: usize,
    pub removed: usize,
    pub to_remove: usize,
}

/// Apply `changes` (computed against the previous build) from `site` to `output_dir`,
/// stopping at the first failure (a full disk, a folder turned read-only).
pub fn apply(output_dir: &Path, site: &Store, changes: &Changes) -> Result<(), Partial> {
    let mut progress = Partial {
        error: anyhow::anyhow!("nothing failed"),
        written: 0,
        to_write: changes.written.len(),
        removed: 0,
        to_remove: changes.removed.len(),
    };
    for path in &changes.written {
        if let Some(body) = site.get(path)
            && let Err(error) = write_one(output_dir, path, body)
        {
            return Err(Partial { error, ..progress });
        }
        progress.written += 1;
    }
    for path in &changes.removed {
        if let Err(error) = remove_one(output_dir, path) {
            return Err(Partial { error, ..progress });
        }
        progress.removed += 1;
    }
    Ok(())
}

fn write_one(output_dir: &Path, path: &str, body: &Body) -> Result<()> {
    let target = safe_join(output_dir, path)?;
    if let Some(dir) = target.parent() {
        fs::create_dir_all(dir).with_context(|| msg!("io-create-failed", path = dir.display()))?;
    }
    replace(&target, body)
}

fn remove_one(output_dir: &Path, path: &str) -> Result<()> {
    let target = safe_join(output_dir, path)?;
    match fs::remove_file(&target) {
        Ok(()) => remove_empty_parents(output_dir, &target),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            return Err(e).with_context(|| msg!("io-remove-failed", path = target.display()));
        }
    }
    Ok(())
}

/// Write `target` so a reader sees the old file or the new one, never half of it.
fn replace(target: &Path, body: &Body) -> Result<()> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = target.with_file_name(format!(".{name}.terang-{}", std::process::id()));
    let written = match body {
        Body::File { path, .. } => fs::copy(path, &temp)
            .map(|_| ())
            .with_context(|| msg!("io-copy-failed", path = path.display())),
        Body::Bytes(_) | Body::Static(_) => {
            let bytes = body
                .bytes()
                .with_context(|| msg!("io-read-failed", path = target.display()))?;
            fs::File::create(&temp)
                .and_then(|mut f| f.write_all(&bytes))
                .with_context(|| msg!("io-write-failed", path = temp.display()))
        }
    };
    if let Err(e) = written.and_then(|()| {
        fs::rename(&temp, target).with_context(|| msg!("io-write-failed", path = target.display()))
    }) {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    Ok(())
}

/// Remove folders emptied by a removal, up to (not including) the output folder.
fn remove_empty_parents(output_dir: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == output_dir || !d.starts_with(output_dir) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{OutputFile, Payload};

    fn store(files: &[(&str, &str)]) -> Store {
        Store::new(
            files
                .iter()
                .map(|(p, t)| OutputFile {
                    path: p.to_string(),
                    payload: Payload::Bytes(t.as_bytes().to_vec()),
                })
                .collect(),
        )
    }

    #[test]
    fn writes_changed_files_and_removes_gone_ones() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("output");
        let old = store(&[("index.html", "a"), ("news/x/index.html", "x")]);
        apply(&out, &old, &Store::default().diff(&old)).unwrap();
        let new = store(&[("index.html", "b"), ("en/index.html", "c")]);
        apply(&out, &new, &old.diff(&new)).unwrap();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "b");
        assert_eq!(fs::read_to_string(out.join("en/index.html")).unwrap(), "c");
        assert!(!out.join("news").exists(), "emptied folders are removed");
    }
}
