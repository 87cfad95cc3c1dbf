//! Heading ids (for links to a part of a page) and the table of contents.

use std::collections::HashSet;

use crate::content::slug::slugify;

/// A heading listed in the table of contents.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// Unique ids within one page: `latar-belakang`, `latar-belakang-1`, ...
#[derive(Debug, Default)]
pub struct Ids {
    used: HashSet<String>,
}

impl Ids {
    pub fn unique(&mut self, text: &str) -> String {
        let base = match slugify(text) {
            s if s.is_empty() => "bagian".to_string(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 1;
        while !self.used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// Reserve an id written by hand (`## Judul {#judul}`).
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }
}
