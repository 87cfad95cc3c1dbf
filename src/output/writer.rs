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

use super::guard::{Claim, MARKER, MARKER_TEXT, name_of, parent_of};
use super::{OutputFile, Payload};
use crate::messages::msg;

/// Write `files` to the claimed output folder, atomically replacing what was there.
pub fn write_atomically(claim: &Claim, files: &[OutputFile]) -> Result<()> {
    Staging::create(claim)?.commit(files)
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
    /// An empty staging folder beside the claimed output folder, holding only terang's
    /// marker ([`MARKER`]).
    pub fn create(claim: &Claim) -> Result<Staging> {
        let output_dir = claim.dir();
        let dir = parent_of(output_dir).join(format!(
            ".{}.staging-{}",
            name_of(output_dir),
            std::process::id()
        ));
        remove_tree(&dir)?;
        fs::create_dir_all(&dir).with_context(|| msg!("io-create-failed", path = dir.display()))?;
        write_bytes(&dir.join(MARKER), MARKER_TEXT)?;
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
        fs::read(&path).with_context(|| msg!("io-read-back-failed", path = path.display()))
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

    /// Put the staging folder in the output folder's place. Where the system can exchange
    /// two folders in one step, it does, so there is never a moment without `output/`;
    /// elsewhere the old folder is moved aside only once the new one is complete.
    fn swap(&self) -> Result<()> {
        let output_dir = &self.output_dir;
        if output_dir.is_dir() {
            match exchange(&self.dir, output_dir) {
                // The staging path now holds the previous output.
                Ok(true) => return remove_tree(&self.dir),
                Ok(false) => {}
                Err(e) => {
                    return Err(e)
                        .with_context(|| msg!("io-move-in-failed", path = output_dir.display()));
                }
            }
        }
        let old = parent_of(output_dir).join(format!(
            ".{}.old-{}",
            name_of(output_dir),
            std::process::id()
        ));
        if output_dir.exists() {
            fs::rename(output_dir, &old)
                .with_context(|| msg!("io-move-aside-failed", path = output_dir.display()))?;
        }
        if let Err(e) = fs::rename(&self.dir, output_dir) {
            // Put the previous output back so a failure never leaves the site missing.
            let _ = fs::rename(&old, output_dir);
            return Err(e).with_context(|| msg!("io-move-in-failed", path = output_dir.display()));
        }
        remove_tree(&old)
    }
}

/// Exchange two folders atomically (Linux `renameat2(RENAME_EXCHANGE)`); `Ok(false)` when
/// the file system cannot.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<bool> {
    Ok(false)
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.dir);
        }
    }
}

/// Remove a whole output tree, files in parallel (a large site has tens of thousands).
pub(crate) fn remove_tree(root: &Path) -> Result<()> {
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
    fs::remove_dir_all(root).with_context(|| msg!("io-remove-failed", path = root.display()))
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
        fs::create_dir_all(dir).with_context(|| msg!("io-create-failed", path = dir.display()))?;
    }
    Ok(())
}

/// Write `file` under `root`; `make_parent` when its folder may not exist yet.
fn write_one(root: &Path, file: &OutputFile, make_parent: bool) -> Result<()> {
    let target = safe_join(root, &file.path)?;
    if make_parent && let Some(dir) = target.parent() {
        fs::create_dir_all(dir).with_context(|| msg!("io-create-failed", path = dir.display()))?;
    }
    match &file.payload {
        Payload::Bytes(bytes) => write_bytes(&target, bytes),
        Payload::Shared(bytes) => write_bytes(&target, bytes),
        Payload::Static(bytes) => write_bytes(&target, bytes),
        Payload::Copy(source) => fs::copy(source, &target)
            .map(|_| ())
            .with_context(|| msg!("io-copy-failed", path = source.display())),
        Payload::Written | Payload::Dropped => Ok(()),
    }
}

fn write_bytes(target: &Path, bytes: &[u8]) -> Result<()> {
    fs::write(target, bytes).with_context(|| msg!("io-write-failed", path = target.display()))
}

/// `root/rel`, refusing anything that would land outside `root`.
pub fn safe_join(root: &Path, rel: &str) -> Result<PathBuf> {
    let rel_path = Path::new(rel);
    if rel.is_empty()
        || rel_path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        bail!(msg!("output-outside", path = rel));
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

    /// The folders in `dir` (the lock file beside the output is not one).
    fn folders(dir: &Path) -> Vec<PathBuf> {
        fs::read_dir(dir)
            .unwrap()
            .flatten()
            .filter(|e| e.file_type().unwrap().is_dir())
            .map(|e| e.path())
            .collect()
    }

    #[test]
    fn a_symlinked_output_is_updated_through_the_link() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("www");
        fs::create_dir_all(&root).unwrap();
        let link = tmp.path().join("site/output");
        fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&root, &link).unwrap();
        for text in ["one", "two"] {
            let claim = super::super::guard::claim(&link, &tmp.path().join("site"), false).unwrap();
            write_atomically(&claim, &[bytes("index.html", text)]).unwrap();
            assert!(
                fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
            assert_eq!(fs::read_to_string(root.join("index.html")).unwrap(), text);
        }
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
        let claim = super::super::guard::claim(&out, tmp.path(), false).unwrap();
        let staging = Staging::create(&claim).unwrap();
        let streamed = staging.put(bytes("news/a/index.html", "a"));
        assert!(matches!(streamed.payload, Payload::Written));
        assert_eq!(staging.read("news/a/index.html").unwrap(), b"a");
        staging.commit(&[streamed, bytes("feed.xml", "f")]).unwrap();
        assert_eq!(fs::read(out.join("news/a/index.html")).unwrap(), b"a");
        assert_eq!(fs::read(out.join("feed.xml")).unwrap(), b"f");
        let leftovers = folders(tmp.path());
        assert_eq!(leftovers.len(), 1, "only output/ remains");
    }

    #[test]
    fn a_dropped_staging_leaves_the_previous_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let claim = super::super::guard::claim(&out, tmp.path(), false).unwrap();
        write_atomically(&claim, &[bytes("index.html", "old")]).unwrap();
        {
            let staging = Staging::create(&claim).unwrap();
            staging.put(bytes("index.html", "new"));
        }
        assert_eq!(fs::read(out.join("index.html")).unwrap(), b"old");
        let leftovers = folders(tmp.path());
        assert_eq!(leftovers.len(), 1, "the staging folder is gone");
    }
}
