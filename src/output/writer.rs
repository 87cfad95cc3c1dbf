//! Writing a build: everything goes into a staging folder beside `output/`, which is then
//! swapped into place. A failed build leaves the previous output untouched; a successful one
//! leaves nothing stale behind.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use super::{OutputFile, Payload};

/// Write `files` to `output_dir`, atomically replacing what was there.
pub fn write_atomically(output_dir: &Path, files: &[OutputFile]) -> Result<()> {
    let parent = match output_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = output_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    fs::create_dir_all(&parent)
        .with_context(|| format!("failed to create `{}`", parent.display()))?;
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    remove_if_exists(&staging)?;
    let result = fill(&staging, files);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if output_dir.exists() {
        fs::rename(output_dir, &old).with_context(|| {
            format!(
                "failed to move the previous `{}` aside",
                output_dir.display()
            )
        })?;
    }
    if let Err(e) = fs::rename(&staging, output_dir) {
        // Put the previous output back so a failure never leaves the site missing.
        let _ = fs::rename(&old, output_dir);
        let _ = fs::remove_dir_all(&staging);
        return Err(e).with_context(|| {
            format!(
                "failed to move the new site into `{}`",
                output_dir.display()
            )
        });
    }
    remove_tree(&old)?;
    Ok(())
}

/// Remove a whole output tree, files in parallel (a large site has tens of thousands).
fn remove_tree(root: &Path) -> Result<()> {
    if !root.exists() {
        return Ok(());
    }
    let files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.par_iter().for_each(|f| {
        let _ = fs::remove_file(f);
    });
    fs::remove_dir_all(root).with_context(|| format!("failed to remove `{}`", root.display()))
}

fn remove_if_exists(path: &Path) -> Result<()> {
    if path.exists() {
        fs::remove_dir_all(path)
            .with_context(|| format!("failed to remove `{}`", path.display()))?;
    }
    Ok(())
}

fn fill(staging: &Path, files: &[OutputFile]) -> Result<()> {
    fs::create_dir_all(staging)
        .with_context(|| format!("failed to create `{}`", staging.display()))?;
    let mut dirs: Vec<PathBuf> = Vec::new();
    for file in files {
        let target = safe_join(staging, &file.path)?;
        if let Some(dir) = target.parent() {
            dirs.push(dir.to_path_buf());
        }
    }
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fs::create_dir_all(dir).with_context(|| format!("failed to create `{}`", dir.display()))?;
    }
    files
        .par_iter()
        .try_for_each(|file| write_one(staging, file))
}

fn write_one(staging: &Path, file: &OutputFile) -> Result<()> {
    let target = safe_join(staging, &file.path)?;
    match &file.payload {
        Payload::Bytes(bytes) => write_bytes(&target, bytes),
        Payload::Static(bytes) => write_bytes(&target, bytes),
        Payload::Copy(source) => fs::copy(source, &target)
            .map(|_| ())
            .with_context(|| format!("failed to copy `{}`", source.display())),
    }
}

fn write_bytes(target: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(target, bytes).with_context(|| format!("failed to write `{}`", target.display()))
}

/// `root/rel`, refusing anything that would land outside `root`.
pub fn safe_join(root: &Path, rel: &str) -> Result<PathBuf> {
    let rel_path = Path::new(rel);
    if rel.is_empty()
        || rel_path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        bail!("refusing to write `{rel}`: outside the output folder");
    }
    Ok(root.join(rel_path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_output() {
        let root = Path::new("/out");
        assert!(safe_join(root, "en/index.html").is_ok());
        assert!(safe_join(root, "../x").is_err());
        assert!(safe_join(root, "/etc/passwd").is_err());
        assert!(safe_join(root, "a/../../x").is_err());
        assert!(safe_join(root, "").is_err());
    }
}
