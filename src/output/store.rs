//! A built site held in memory, keyed by output path: what `serve` answers from, and what
//! `serve` and `watch` compare to say which files a rebuild changed.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use super::{OutputFile, Payload};

/// The bytes of one output file.
#[derive(Debug, Clone)]
pub enum Body {
    /// Rendered by the build.
    Bytes(Arc<Vec<u8>>),
    /// A file of the embedded default theme.
    Static(&'static [u8]),
    /// A file copied as it is (content assets, a site theme's static files); read when asked
    /// for, so large downloads are not held in memory. The stamp tells a changed file.
    File {
        path: PathBuf,
        modified: Option<SystemTime>,
        len: u64,
    },
}

impl Body {
    fn from_payload(payload: Payload) -> Body {
        match payload {
            Payload::Bytes(bytes) => Body::Bytes(Arc::new(bytes)),
            Payload::Shared(bytes) => Body::Bytes(bytes),
            Payload::Static(bytes) => Body::Static(bytes),
            Payload::Copy(path) => {
                let meta = std::fs::metadata(&path).ok();
                Body::File {
                    modified: meta.as_ref().and_then(|m| m.modified().ok()),
                    len: meta.map(|m| m.len()).unwrap_or(0),
                    path,
                }
            }
            // Not made by the in-memory builds that fill a store; an empty body rather
            // than a panic if that ever changes.
            Payload::Written | Payload::Dropped => Body::Bytes(Arc::new(Vec::new())),
        }
    }

    /// The bytes, reading a copied file from disk.
    pub fn bytes(&self) -> std::io::Result<Cow<'_, [u8]>> {
        match self {
            Body::Bytes(bytes) => Ok(Cow::Borrowed(bytes.as_slice())),
            Body::Static(bytes) => Ok(Cow::Borrowed(bytes)),
            Body::File { path, .. } => std::fs::read(path).map(Cow::Owned),
        }
    }

    fn same_as(&self, other: &Body) -> bool {
        match (self, other) {
            (Body::Bytes(a), Body::Bytes(b)) => Arc::ptr_eq(a, b) || a == b,
            (Body::Static(a), Body::Static(b)) => a == b,
            (
                Body::File {
                    path: a,
                    modified: ma,
                    len: la,
                },
                Body::File {
                    path: b,
                    modified: mb,
                    len: lb,
                },
            ) => a == b && ma == mb && la == lb,
            _ => false,
        }
    }
}

/// Every file of one build.
#[derive(Debug, Clone, Default)]
pub struct Store {
    files: BTreeMap<String, Body>,
}

/// Output paths that differ between two builds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// New or changed files.
    pub written: Vec<String>,
    /// Files the newer build no longer makes.
    pub removed: Vec<String>,
}

impl Changes {
    /// Number of files written or removed.
    pub fn len(&self) -> usize {
        self.written.len() + self.removed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Store {
    /// Take a build's files (rendered bytes are moved, not copied).
    pub fn new(files: Vec<OutputFile>) -> Store {
        Store {
            files: files
                .into_iter()
                .map(|f| (f.path, Body::from_payload(f.payload)))
                .collect(),
        }
    }

    /// The file at an output path (`en/index.html`).
    pub fn get(&self, path: &str) -> Option<&Body> {
        self.files.get(path)
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Every file, by path.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Body)> {
        self.files.iter().map(|(p, b)| (p.as_str(), b))
    }

    /// Add the files of `other` (shared, not copied), replacing any of the same path.
    pub fn add_all(&mut self, other: &Store) {
        self.files
            .extend(other.files.iter().map(|(p, b)| (p.clone(), b.clone())));
    }

    /// This site with the files under `folder/` replaced by those of `with` (shared, not
    /// copied).
    pub fn replace_folder(&self, folder: &str, with: &Store) -> Store {
        let prefix = format!("{folder}/");
        let mut files: BTreeMap<String, Body> = self
            .files
            .iter()
            .filter(|(path, _)| !path.starts_with(&prefix))
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect();
        files.extend(with.files.iter().map(|(p, b)| (p.clone(), b.clone())));
        Store { files }
    }

    /// The files again, as [`super::write_atomically`] takes them (rendered bytes shared).
    pub fn to_files(&self) -> Vec<OutputFile> {
        self.files
            .iter()
            .map(|(path, body)| OutputFile {
                path: path.clone(),
                payload: match body {
                    Body::Bytes(bytes) => Payload::Shared(bytes.clone()),
                    Body::Static(bytes) => Payload::Static(bytes),
                    Body::File { path, .. } => Payload::Copy(path.clone()),
                },
            })
            .collect()
    }

    /// This site with `files` in place of those of the same path, and which of them differ.
    pub fn patched(&self, files: Vec<OutputFile>) -> (Store, Changes) {
        let mut patched = self.clone();
        let mut written = Vec::new();
        for file in files {
            let body = Body::from_payload(file.payload);
            if self
                .files
                .get(&file.path)
                .is_none_or(|old| !old.same_as(&body))
            {
                written.push(file.path.clone());
            }
            patched.files.insert(file.path, body);
        }
        written.sort();
        written.dedup();
        (
            patched,
            Changes {
                written,
                removed: Vec::new(),
            },
        )
    }

    /// What changes from `self` to `newer`.
    pub fn diff(&self, newer: &Store) -> Changes {
        let written = newer
            .files
            .iter()
            .filter(|(path, body)| self.files.get(*path).is_none_or(|old| !old.same_as(body)))
            .map(|(path, _)| path.clone())
            .collect();
        let removed = self
            .files
            .keys()
            .filter(|path| !newer.files.contains_key(*path))
            .cloned()
            .collect();
        Changes { written, removed }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str) -> OutputFile {
        OutputFile {
            path: path.into(),
            payload: Payload::Bytes(text.as_bytes().to_vec()),
        }
    }

    #[test]
    fn diff_names_written_and_removed_files() {
        let old = Store::new(vec![file("a.html", "1"), file("b.html", "2")]);
        let new = Store::new(vec![
            file("a.html", "1"),
            file("b.html", "3"),
            file("c.html", "4"),
        ]);
        let changes = old.diff(&new);
        assert_eq!(changes.written, vec!["b.html", "c.html"]);
        assert!(changes.removed.is_empty());
        let back = new.diff(&old);
        assert_eq!(back.written, vec!["b.html"]);
        assert_eq!(back.removed, vec!["c.html"]);
        assert_eq!(back.len(), 2);
    }
}
