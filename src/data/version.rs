//! Versions you can cite (issue 15 item 4): every published state of a dataset, rebuilt from
//! the dataset as it is now and its history, so it stays downloadable at a stable address
//! (`/data/<id>/v<N>.csv`) and a figure quoted from it can still be checked.
//!
//! Earlier versions are **derived**, not kept as copies: each typed change (`corrections:`)
//! declares the value a cell had before it, so undoing the changes made after a version gives
//! that version's cells. Rows first published by a later release are named in `versions:`
//! (`added:`); without `versions:` each change date makes a version and no row is new.

use jiff::civil::Date;

use super::dataset::{Cell, Dataset};

/// One published version of a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    /// The number readers cite (`2`), increasing with the date.
    pub number: u32,
    /// The day it was published; `None` for a first version nobody dated.
    pub date: Option<Date>,
    /// Rows this version published first (indices into the dataset's rows).
    pub added: Vec<usize>,
}

/// The versions of a dataset whose `versions:` list is not written: a first one (dated
/// `published` when that is before every change), then one per day with changes.
pub(crate) fn derived(change_dates: &[Date], published: Option<Date>) -> Vec<Version> {
    let mut days: Vec<Date> = change_dates.to_vec();
    days.sort();
    days.dedup();
    let first = published.filter(|p| days.first().is_none_or(|d| p < d));
    std::iter::once(first)
        .chain(days.into_iter().map(Some))
        .zip(1..)
        .map(|(date, number)| Version {
            number,
            date,
            added: Vec::new(),
        })
        .collect()
}

impl Dataset {
    /// The version readers see now: the last one.
    pub fn current_version(&self) -> Option<&Version> {
        self.versions.last()
    }

    /// The dataset as version `index` (into [`Dataset::versions`]) published it: rows added
    /// by later versions left out, cells changed after it given back their previous values,
    /// and only the changes made up to it.
    pub fn at_version(&self, index: usize) -> Option<Dataset> {
        let version = self.versions.get(index)?;
        let later_rows: Vec<usize> = self.versions[index + 1..]
            .iter()
            .flat_map(|v| v.added.iter().copied())
            .collect();
        // Changes after this version, the latest undone first, so each cell ends at the value
        // it had before the earliest of them.
        let mut later: Vec<usize> = (0..self.corrections.len())
            .filter(|&i| self.after(i, version))
            .collect();
        later.sort_by_key(|&i| (std::cmp::Reverse(self.corrections[i].date), usize::MAX - i));
        let mut rows = self.rows.clone();
        for &i in &later {
            for cell in &self.corrections[i].cells {
                if let Some(target) = rows
                    .get_mut(cell.row)
                    .and_then(|r| r.cells.get_mut(cell.col))
                {
                    *target = previous_cell(cell.previous.as_deref());
                }
            }
        }
        let mut old = self.clone();
        old.versions.truncate(index + 1);
        old.corrections = (0..self.corrections.len())
            .filter(|&i| !self.after(i, version))
            .map(|i| self.corrections[i].clone())
            .collect();
        // Row indices shift as later rows leave: renumber the changes' cells and `added`.
        let mut new_index = Vec::with_capacity(rows.len());
        let mut next = 0;
        for i in 0..rows.len() {
            new_index.push((!later_rows.contains(&i)).then(|| {
                next += 1;
                next - 1
            }));
        }
        old.rows = rows
            .into_iter()
            .enumerate()
            .filter(|(i, _)| !later_rows.contains(i))
            .map(|(_, r)| r)
            .collect();
        for c in &mut old.corrections {
            c.cells.retain_mut(|cell| match new_index[cell.row] {
                Some(r) => {
                    cell.row = r;
                    true
                }
                None => false,
            });
        }
        old.corrections.retain(|c| !c.cells.is_empty());
        for v in &mut old.versions {
            v.added = v.added.iter().filter_map(|&r| new_index[r]).collect();
        }
        Some(old)
    }

    /// Whether change `i` came after `version` (an undated version comes before every change).
    fn after(&self, i: usize, version: &Version) -> bool {
        version
            .date
            .is_none_or(|date| self.corrections[i].date > date)
    }
}

/// A cell holding a change's previous value (checked to be a plain number when loaded).
pub(crate) fn previous_cell(previous: Option<&str>) -> Cell {
    match previous {
        None => Cell::Null,
        Some(text) => Cell::Number {
            value: text.parse().unwrap_or_default(),
            text: text.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn derived_versions_start_before_the_first_change_and_add_one_per_day() {
        let got = derived(
            &[d("2020-02-01"), d("2020-03-01"), d("2020-02-01")],
            Some(d("2020-01-15")),
        );
        let dates: Vec<_> = got.iter().map(|v| (v.number, v.date)).collect();
        assert_eq!(
            dates,
            [
                (1, Some(d("2020-01-15"))),
                (2, Some(d("2020-02-01"))),
                (3, Some(d("2020-03-01")))
            ]
        );
        // A release date after the first change does not date the first version.
        assert_eq!(
            derived(&[d("2020-02-01")], Some(d("2020-06-01")))[0].date,
            None
        );
        assert_eq!(derived(&[], None).len(), 1);
    }
}
