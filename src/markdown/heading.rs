//! Heading ids (for links to a part of a page) and the table of contents.

use std::collections::{HashMap, HashSet};

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
    /// The next suffix to try for each base: the 20,000th `## Catatan` starts at
    /// `catatan-19999` instead of trying every earlier suffix (issue 17, finding 10: 20,000
    /// identical headings took 25 s).
    next_suffix: HashMap<String, usize>,
}

impl Ids {
    pub fn unique(&mut self, text: &str) -> String {
        let base = match slugify(text) {
            s if s.is_empty() => "bagian".to_string(),
            s => s,
        };
        if self.used.insert(base.clone()) {
            return base;
        }
        let n = self.next_suffix.entry(base.clone()).or_insert(1);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.used.insert(id.clone()) {
                return id;
            }
        }
    }

    /// Reserve an id written by hand (`## Judul {#judul}`).
    pub fn reserve(&mut self, id: &str) {
        self.used.insert(id.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17, finding 10: the suffix search starts where the last one for the same base
    /// stopped (20,000 identical headings took 25 s), and the ids are the ones it gave
    /// before: in order, skipping ids already taken by hand or by another heading.
    #[test]
    fn finding_10_repeated_headings_keep_their_ids_in_linear_time() {
        let mut ids = Ids::default();
        ids.reserve("catatan-2");
        let got: Vec<String> = [
            "Catatan",
            "Catatan",
            "Catatan-3",
            "Catatan",
            "Catatan",
            "",
            "",
        ]
        .iter()
        .map(|t| ids.unique(t))
        .collect();
        assert_eq!(
            got,
            [
                "catatan",
                "catatan-1",
                "catatan-3",
                "catatan-4",
                "catatan-5",
                "bagian",
                "bagian-1"
            ]
        );
        let many: Vec<String> = (0..20_000).map(|_| ids.unique("Ringkasan")).collect();
        assert_eq!(many[19_999], "ringkasan-19999");
    }
}
