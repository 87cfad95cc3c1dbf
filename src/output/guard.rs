//! Guarding the output folder before anything is written (issue 17, findings 1, 8, 9):
//! terang replaces only a folder it made, never the site's sources, the site itself, an
//! ancestor of it, the current or home folder, or a file; one build at a time writes a given
//! output folder (a lock file beside it); leftovers of killed builds are cleaned up.
//!
//! An output folder that is a symlink (to a web root, say) is followed: the folder it points
//! at is the one replaced, and the link stays.

use std::fs::{self, File};
use std::io::{Read, Seek, Write};
use std::path::{Component, Path, PathBuf};

use crate::messages::msg;
use anyhow::{Context, Result, bail};

/// The file terang writes into every output folder it makes, so it can later tell its own
/// folder from someone else's. It is not part of the site (never listed, linked or served).
pub const MARKER: &str = ".terang";

/// What the marker file says, for whoever finds it.
pub const MARKER_TEXT: &[u8] = b"This folder is made by terang (a static-site generator); \
`terang build` replaces it whole. Put nothing else here.\n";

/// The right to write one output folder, held for as long as it lives (a build, or a whole
/// `terang watch`). Dropping it releases the lock.
#[derive(Debug)]
pub struct Claim {
    /// The folder written, symlinks resolved.
    dir: PathBuf,
    /// Locked while the claim lives; released by the OS when the process dies.
    _lock: File,
}

impl Claim {
    /// The folder to write (a symlinked output's target).
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Claim `output` for a build of the site at `site`. Refused (with the reason and what to do)
/// when `output` is not a folder terang may replace; `force` allows an existing non-empty
/// folder that terang did not make.
pub fn claim(output: &Path, site: &Path, force: bool) -> Result<Claim> {
    let dir = real_output(output)?;
    refuse_protected(output, &dir, site)?;
    refuse_foreign(output, &dir, force)?;
    let parent = parent_of(&dir);
    fs::create_dir_all(&parent)
        .with_context(|| msg!("io-create-failed", path = parent.display()))?;
    let lock = lock(&parent, &name_of(&dir), output)?;
    remove_leftovers(&parent, &name_of(&dir));
    Ok(Claim { dir, _lock: lock })
}

/// `output` made absolute, with `.`/`..` resolved and symlinks followed as far as it exists.
fn real_output(output: &Path) -> Result<PathBuf> {
    let absolute = normalise(
        &std::path::absolute(output)
            .with_context(|| msg!("output-where", output = output.display()))?,
    );
    if let Ok(meta) = fs::symlink_metadata(&absolute)
        && meta.file_type().is_symlink()
    {
        return match fs::canonicalize(&absolute) {
            Ok(target) if target.is_dir() => Ok(target),
            _ => bail!(msg!("output-dangling-symlink", output = output.display())),
        };
    }
    // Resolve the deepest part that exists, so `x/../site` and symlinked parents compare right.
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return Ok(absolute),
        }
    }
    let mut real = fs::canonicalize(existing).unwrap_or_else(|_| existing.to_path_buf());
    real.extend(rest.iter().rev());
    Ok(real)
}

/// `.` and `..` resolved without touching the disk.
fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The site's own folders, the site, its ancestors, the current and home folders.
fn refuse_protected(output: &Path, dir: &Path, site: &Path) -> Result<()> {
    let site = fs::canonicalize(site).unwrap_or_else(|_| normalise(site));
    let shown = output.display();
    for source in ["content", "themes"] {
        let folder = site.join(source);
        if dir.starts_with(&folder) {
            bail!(msg!(
                "output-refuse-sources",
                output = shown.to_string(),
                folder = source
            ));
        }
    }
    if site.starts_with(dir) {
        bail!(msg!("output-refuse-site", output = shown.to_string()));
    }
    let places = [
        (msg!("output-current-folder"), std::env::current_dir().ok()),
        (msg!("output-home-folder"), std::env::home_dir()),
    ];
    for (what, place) in places {
        let Some(place) = place.map(|p| fs::canonicalize(&p).unwrap_or(p)) else {
            continue;
        };
        if place.starts_with(dir) {
            bail!(msg!(
                "output-refuse-place",
                output = shown.to_string(),
                what = what
            ));
        }
    }
    Ok(())
}

/// A file, or a non-empty folder terang did not make (unless `force`).
fn refuse_foreign(output: &Path, dir: &Path, force: bool) -> Result<()> {
    let shown = output.display();
    let Ok(meta) = fs::metadata(dir) else {
        return Ok(());
    };
    if !meta.is_dir() {
        bail!(msg!("output-refuse-file", output = shown.to_string()));
    }
    if force || dir.join(MARKER).is_file() {
        return Ok(());
    }
    let empty = fs::read_dir(dir)
        .with_context(|| msg!("io-read-failed", path = shown.to_string()))?
        .next()
        .is_none();
    if !empty {
        bail!(msg!(
            "output-refuse-foreign",
            output = shown.to_string(),
            marker = MARKER
        ));
    }
    Ok(())
}

/// Lock `.<name>.lock` in `parent`, or say which process holds it.
fn lock(parent: &Path, name: &str, output: &Path) -> Result<File> {
    let path = parent.join(format!(".{name}.lock"));
    let mut file = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .with_context(|| msg!("io-lock-failed", path = path.display()))?;
    if let Err(e) = file.try_lock() {
        if matches!(e, fs::TryLockError::WouldBlock) {
            let mut holder = String::new();
            let _ = file.read_to_string(&mut holder);
            let holder = holder.trim();
            let message = match holder.is_empty() {
                true => msg!("output-locked", output = output.display()),
                false => msg!(
                    "output-locked-by",
                    output = output.display(),
                    process = holder
                ),
            };
            bail!(message);
        }
        return Err(std::io::Error::from(e))
            .with_context(|| msg!("io-lock-failed", path = path.display()));
    }
    // Who holds it, for the message above; the lock itself is what counts.
    let _ = file.set_len(0);
    let _ = file.rewind();
    let _ = write!(file, "{}", std::process::id());
    Ok(file)
}

/// Staging and old folders left by killed builds: with the lock held no other build is
/// writing, so every one of them is stale.
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let prefixes = [format!(".{name}.staging-"), format!(".{name}.old-")];
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let leftover = prefixes.iter().any(|p| {
            file_name
                .strip_prefix(p.as_str())
                .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        });
        if leftover && entry.file_type().is_ok_and(|t| t.is_dir()) {
            let _ = super::writer::remove_tree(&entry.path());
        }
    }
}

pub(crate) fn parent_of(dir: &Path) -> PathBuf {
    match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

pub(crate) fn name_of(dir: &Path) -> String {
    dir.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(tmp: &Path) -> PathBuf {
        let site = tmp.join("site");
        fs::create_dir_all(site.join("content/news")).unwrap();
        fs::create_dir_all(site.join("themes/t")).unwrap();
        site
    }

    #[test]
    fn the_sources_the_site_and_its_ancestors_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let site = site(tmp.path());
        for output in [
            site.join("content"),
            site.join("content/news"),
            site.join("themes"),
            site.join("themes/t/x"),
            site.clone(),
            site.join("output/.."),
            tmp.path().to_path_buf(),
            PathBuf::from("/"),
        ] {
            let err = claim(&output, &site, true).unwrap_err().to_string();
            assert!(err.contains("refusing"), "{}: {err}", output.display());
        }
        assert!(claim(&site.join("output"), &site, false).is_ok());
    }

    #[test]
    fn a_file_and_a_foreign_folder_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let site = site(tmp.path());
        fs::write(tmp.path().join("NOTES.txt"), "mine").unwrap();
        let err = claim(&tmp.path().join("NOTES.txt"), &site, true).unwrap_err();
        assert!(err.to_string().contains("is a file"), "{err}");
        let docs = tmp.path().join("docs");
        fs::create_dir_all(&docs).unwrap();
        fs::write(docs.join("a.txt"), "mine").unwrap();
        let err = claim(&docs, &site, false).unwrap_err();
        assert!(err.to_string().contains("--force"), "{err}");
        assert!(claim(&docs, &site, true).is_ok());
        fs::remove_file(docs.join("a.txt")).unwrap();
        fs::write(docs.join(MARKER), MARKER_TEXT).unwrap();
        fs::write(docs.join("index.html"), "x").unwrap();
        assert!(claim(&docs, &site, false).is_ok(), "terang's own folder");
    }

    #[test]
    fn one_claim_at_a_time_and_leftovers_go() {
        let tmp = tempfile::tempdir().unwrap();
        let site = site(tmp.path());
        let stale = site.join(".output.staging-999999999");
        fs::create_dir_all(stale.join("a")).unwrap();
        fs::create_dir_all(site.join(".output.old-12")).unwrap();
        let first = claim(&site.join("output"), &site, false).unwrap();
        assert!(!stale.exists() && !site.join(".output.old-12").exists());
        let err = claim(&site.join("output"), &site, false).unwrap_err();
        assert!(err.to_string().contains("another terang"), "{err}");
        drop(first);
        assert!(claim(&site.join("output"), &site, false).is_ok());
    }
}
