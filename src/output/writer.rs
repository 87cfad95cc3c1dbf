//! Writing a build: everything goes into a staging folder beside `output/`, which is then
//! swapped into place. A failed build leaves the previous output untouched; a successful one
//! leaves nothing stale behind.
//!
//! A clean build streams its pages into the staging folder as they are rendered
//! ([`Staging::put`]), so a large site is never held in memory whole; what is left (theme
//! files, assets, downloads, feeds, the search index) is written by [`Staging::commit`]
//! before the swap.

use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use anyhow::{Context, Result, bail};
use rayon::prelude::*;

use super::{OutputFile, Payload};

/// Write `files` to `output_dir`, atomically replacing what was there.
pub fn write_atomically(output_dir: &Path, files: &[OutputFile]) -> Result<()> {
    Staging::create(output_dir)?.commit(files)
}

/// A staging folder beside the output folder, filled while a build runs. Dropped without
/// [`Staging::commit`] (a failed build), it is removed and the output folder is untouched.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    output_dir: PathBuf,
    /// The first write that failed; the build stops at the next stage boundary.
    failure: Mutex<Option<anyhow::Error>>,
    committed: bool,
}

impl Staging {
    /// An empty staging folder for `output_dir` (its parent is created when missing).
    pub fn create(output_dir: &Path) -> Result<Staging> {
        let parent = parent_of(output_dir);
        fs::create_dir_all(&parent)
            .with_context(|| format!("failed to create `{}`", parent.display()))?;
        let dir = parent.join(format!(
            ".{}.staging-{}",
            name_of(output_dir),
            std::process::id()
        ));
        remove_tree(&dir)?;
        fs::create_dir_all(&dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        Ok(Staging {
            dir,
            output_dir: output_dir.to_path_buf(),
            failure: Mutex::new(None),
            committed: false,
        })
    }

    /// Write one file now, from any thread, and return it without its bytes
    /// ([`Payload::Written`]). A failure is kept for [`Staging::failure`]; the file is then
    /// returned as it was, so nothing is lost.
    pub fn put(&self, file: OutputFile) -> OutputFile {
        if matches!(file.payload, Payload::Written) {
            return file;
        }
        match write_one(&self.dir, &file, true) {
            Ok(()) => OutputFile {
                path: file.path,
                payload: Payload::Written,
            },
            Err(error) => {
                if let Ok(mut first) = self.failure.lock() {
                    first.get_or_insert(error);
                }
                file
            }
        }
    }

    /// The first failed [`Staging::put`], taken.
    pub fn failure(&self) -> Option<anyhow::Error> {
        self.failure.lock().ok().and_then(|mut f| f.take())
    }

    /// The bytes of a file already written, read back (the search index reads its pages so).
    pub fn read(&self, rel: &str) -> Result<Vec<u8>> {
        let path = safe_join(&self.dir, rel)?;
        fs::read(&path).with_context(|| format!("failed to read back `{}`", path.display()))
    }

    /// Write the files not written yet, then swap the staging folder into place.
    pub fn commit(mut self, files: &[OutputFile]) -> Result<()> {
        if let Some(error) = self.failure() {
            return Err(error);
        }
        let pending: Vec<&OutputFile> = files
            .iter()
            .filter(|f| !matches!(f.payload, Payload::Written))
            .collect();
        create_parents(&self.dir, &pending)?;
        pending
            .par_iter()
            .try_for_each(|file| write_one(&self.dir, file, false))?;
        self.swap()?;
        self.committed = true;
        Ok(())
    }

    fn swap(&self) -> Result<()> {
        let output_dir = &self.output_dir;
        let old = parent_of(output_dir).join(format!(
            ".{}.old-{}",
            name_of(output_dir),
            std::process::id()
        ));
        if output_dir.exists() {
            fs::rename(output_dir, &old).with_context(|| {
                format!(
                    "failed to move the previous `{}` aside",
                    output_dir.display()
                )
            })?;
        }
        if let Err(e) = fs::rename(&self.dir, output_dir) {
            // Put the previous output back so a failure never leaves the site missing.
            let _ = fs::rename(&old, output_dir);
            return Err(e).with_context(|| {
                format!(
                    "failed to move the new site into `{}`",
                    output_dir.display()
                )
            });
        }
        remove_tree(&old)
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.dir);
        }
    }
}

fn parent_of(output_dir: &Path) -> PathBuf {
    match output_dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn name_of(output_dir: &Path) -> String {
    output_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into())
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

/// Create the folders of `files` once each, before writing them in parallel.
fn create_parents(root: &Path, files: &[&OutputFile]) -> Result<()> {
    let mut dirs: Vec<PathBuf> = Vec::new();
    for file in files {
        let target = safe_join(root, &file.path)?;
        if let Some(dir) = target.parent() {
            dirs.push(dir.to_path_buf());
        }
    }
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fs::create_dir_all(dir).with_context(|| format!("failed to create `{}`", dir.display()))?;
    }
    Ok(())
}

/// Write `file` under `root`; `make_parent` when its folder may not exist yet.
fn write_one(root: &Path, file: &OutputFile, make_parent: bool) -> Result<()> {
    let target = safe_join(root, &file.path)?;
    if make_parent && let Some(dir) = target.parent() {
        fs::create_dir_all(dir).with_context(|| format!("failed to create `{}`", dir.display()))?;
    }
    match &file.payload {
        Payload::Bytes(bytes) => write_bytes(&target, bytes),
        Payload::Shared(bytes) => write_bytes(&target, bytes),
        Payload::Static(bytes) => write_bytes(&target, bytes),
        Payload::Copy(source) => fs::copy(source, &target)
            .map(|_| ())
            .with_context(|| format!("failed to copy `{}`", source.display())),
        Payload::Written | Payload::Dropped => Ok(()),
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

    fn bytes(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            payload: Payload::Bytes(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn streamed_and_pending_files_land_together() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let staging = Staging::create(&out).unwrap();
        let streamed = staging.put(bytes("news/a/index.html", "a"));
        assert!(matches!(streamed.payload, Payload::Written));
        assert_eq!(staging.read("news/a/index.html").unwrap(), b"a");
        staging.commit(&[streamed, bytes("feed.xml", "f")]).unwrap();
        assert_eq!(fs::read(out.join("news/a/index.html")).unwrap(), b"a");
        assert_eq!(fs::read(out.join("feed.xml")).unwrap(), b"f");
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "only output/ remains");
    }

    #[test]
    fn a_dropped_staging_leaves_the_previous_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        write_atomically(&out, &[bytes("index.html", "old")]).unwrap();
        {
            let staging = Staging::create(&out).unwrap();
            staging.put(bytes("index.html", "new"));
        }
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"old");
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "the staging folder is gone");
    }
}
