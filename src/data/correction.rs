//! Typed changes to a dataset's figures (issue 15 item 3): each `corrections:` entry is a
//! `revision` (planned: better data, new methods) or a `correction` (an unplanned error), with
//! its date, its reason in every language and the cells it changed with their previous values.
//! Pages that quote a changed cell show a dated marker linking to the entry.

use jiff::civil::Date;

use crate::config::Text;

/// What kind of change an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeKind {
    /// A planned change: fuller data, a new method, a rebased series.
    Revision,
    /// An unplanned change: an error found and fixed.
    Correction,
}

impl ChangeKind {
    pub(crate) const NAMES: [&'static str; 2] = ["correction", "revision"];

    pub(crate) fn parse(name: &str) -> Option<ChangeKind> {
        match name.trim() {
            "revision" => Some(ChangeKind::Revision),
            "correction" => Some(ChangeKind::Correction),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ChangeKind::Revision => "revision",
            ChangeKind::Correction => "correction",
        }
    }
}

/// One cell a change touched, with the value it had before.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedCell {
    /// Index into the dataset's rows.
    pub row: usize,
    /// Index into the dataset's columns.
    pub col: usize,
    /// The row as the entry names it (`2018-03`, `Aceh, 2024`).
    pub row_name: String,
    /// The previous value exactly as written (`None`: the cell was empty).
    pub previous: Option<String>,
}

/// One entry of `corrections:`, checked.
#[derive(Debug, Clone)]
pub struct Correction {
    pub date: Date,
    pub kind: ChangeKind,
    pub reason: Text,
    pub cells: Vec<ChangedCell>,
    /// The entry's id on the dataset page (`change-2020-02-01`, `change-2020-02-01-2` for a
    /// second entry of one day), which markers link to.
    pub anchor: String,
}

impl Correction {
    pub fn touches(&self, row: usize, col: usize) -> bool {
        self.cells.iter().any(|c| c.row == row && c.col == col)
    }
}

/// Anchors for entries by date: `change-<date>`, then `-2`, `-3` for more on one day.
pub(crate) fn anchors(dates: &[Date]) -> Vec<String> {
    dates
        .iter()
        .enumerate()
        .map(|(i, date)| {
            let before = dates[..i].iter().filter(|d| *d == date).count();
            match before {
                0 => format!("change-{date}"),
                n => format!("change-{date}-{}", n + 1),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_unique_per_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        let got = anchors(&[d("2020-02-01"), d("2020-03-01"), d("2020-02-01")]);
        assert_eq!(
            got,
            [
                "change-2020-02-01",
                "change-2020-03-01",
                "change-2020-02-01-2"
            ]
        );
    }
}
