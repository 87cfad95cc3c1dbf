//! Pages a build leaves out (drafts, pages dated in the future) and the files it could not
//! load, kept by name so the build can say what it skipped and so links to them are not
//! reported a second time.

use std::collections::BTreeSet;
use std::path::PathBuf;

use jiff::{SignedDuration, Timestamp};

use crate::content::date::When;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Why a page is not in the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// `draft: true` without `--drafts`.
    Draft,
    /// Dated after "now" without `--future`.
    Future,
    /// Held until `embargo_until` (whatever the flags).
    Embargo,
}

/// A page left out of the build, by its file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct LeftOut {
    pub reason: Reason,
    /// The path shown in messages (`content/news/x.id.md`).
    pub display: PathBuf,
    /// Relative to `content/`, as links name it.
    pub rel: String,
    /// When the page would come in by itself: its date (dated in the future) or the moment
    /// its embargo lifts; `None` for a draft.
    pub until: Option<Timestamp>,
}

/// What the build could not use: pages left out on purpose, and files that failed to load
/// (their own errors are reported; whatever links to or quotes them is not reported again).
#[derive(Debug, Clone, Default)]
pub struct Skipped {
    pub pages: Vec<LeftOut>,
    /// Content files (relative to `content/`) whose front matter could not be read.
    pub broken_docs: BTreeSet<String>,
    /// Ids of datasets whose file has errors.
    pub broken_datasets: BTreeSet<String>,
    /// Datasets, or rows of them, held by an embargo still in force.
    pub held_datasets: Vec<crate::data::embargo::Held>,
}

impl Skipped {
    /// The files of `inventory` that did not load: documents missing from `docs`, datasets
    /// missing from `datasets`.
    pub fn unloaded(
        inventory: &crate::content::Inventory,
        docs: &[crate::content::SourceDoc],
        datasets: &[crate::data::Dataset],
    ) -> Skipped {
        let loaded: BTreeSet<&str> = docs.iter().map(|d| d.doc.rel.as_str()).collect();
        let broken_docs = inventory
            .docs
            .iter()
            .filter(|d| !loaded.contains(d.rel.as_str()))
            .map(|d| d.rel.clone())
            .collect();
        let ids: BTreeSet<&str> = datasets.iter().map(|d| d.id.as_str()).collect();
        let broken_datasets = inventory
            .datasets
            .iter()
            .filter_map(|f| f.path.file_stem().and_then(|s| s.to_str()))
            .filter(|stem| !ids.contains(stem))
            .map(str::to_string)
            .collect();
        Skipped {
            pages: Vec::new(),
            broken_docs,
            broken_datasets,
            held_datasets: Vec::new(),
        }
    }

    /// The reason `rel` (relative to `content/`) is not published, if it was left out.
    pub fn reason(&self, rel: &str) -> Option<Reason> {
        self.pages.iter().find(|p| p.rel == rel).map(|p| p.reason)
    }

    pub fn is_broken_doc(&self, rel: &str) -> bool {
        self.broken_docs.contains(rel)
    }

    /// The embargo holding dataset `id` (or some of its rows), if one is in force.
    pub fn held_dataset(&self, id: &str) -> Option<&crate::data::embargo::Held> {
        self.held_datasets.iter().find(|h| h.id == id)
    }

    pub fn is_broken_dataset(&self, id: &str) -> bool {
        self.broken_datasets.contains(id)
    }

    /// The next moment after `now` at which a build would publish more: an embargo lifts
    /// (a dataset, rows, a page) or a page's date comes. `serve` and `watch` rebuild then.
    pub fn next_change(&self, now: Timestamp) -> Option<Timestamp> {
        let pages = self.pages.iter().filter_map(|p| p.until);
        let datasets = self.held_datasets.iter().map(|h| h.until);
        pages.chain(datasets).filter(|&at| at > now).min()
    }
}

/// Whether a page with this draft flag and date is left out, and why.
pub fn reason(
    draft: bool,
    date: Option<&When>,
    filters: &super::resolve::Filters,
) -> Option<Reason> {
    if draft && !filters.drafts {
        return Some(Reason::Draft);
    }
    match date {
        Some(d) if d.at.timestamp() > filters.now && !filters.future => Some(Reason::Future),
        _ => None,
    }
}

/// A year and a day: a date further ahead than this is most likely a typo (2062 for 2026).
const FAR_AHEAD: SignedDuration = SignedDuration::from_hours(366 * 24);

/// True when `date` is more than a year after `now`.
pub fn is_far_ahead(date: &When, now: Timestamp) -> bool {
    date.at.timestamp().duration_since(now) > FAR_AHEAD
}

/// The warning for a date more than a year ahead, to be placed at the `date:` line. The help
/// names the year the writer most likely meant (2026 for 2062, written in 2026).
pub fn far_ahead_warning(display: &std::path::Path, date: &When, now: Timestamp) -> Diagnostic {
    let written = date.date().year();
    let this_year = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).year();
    Diagnostic::warning(
        display,
        msg!("content-date-far-ahead", date = date.date().to_string()),
    )
    .with_help(msg!(
        "content-date-far-ahead-help",
        written = written.to_string(),
        likely = likely_year(written, this_year).to_string(),
    ))
}

/// Of the years around `this_year`, the one `written` is the likeliest typo of: fewest
/// digits changed or swapped (2062 → 2026), this year on a tie.
fn likely_year(written: i16, this_year: i16) -> i16 {
    let typed = written.to_string();
    [this_year, this_year + 1, this_year - 1]
        .into_iter()
        .min_by_key(|year| strsim::damerau_levenshtein(&typed, &year.to_string()))
        .unwrap_or(this_year)
}

/// The build summary's line about what was left out, e.g.
/// `left out 2 drafts, 1 dated in the future: content/news/a.md, content/news/b.md (--drafts, --future include them)`;
/// `None` when nothing was.
pub fn summary(pages: &[LeftOut]) -> Option<String> {
    // Pages under embargo are not offered to a flag: no flag publishes them early.
    let pages: Vec<LeftOut> = pages
        .iter()
        .filter(|p| p.reason != Reason::Embargo)
        .cloned()
        .collect();
    let pages = pages.as_slice();
    if pages.is_empty() {
        return None;
    }
    let count = |reason: Reason| pages.iter().filter(|p| p.reason == reason).count();
    let (drafts, future) = (count(Reason::Draft), count(Reason::Future));
    let mut parts = Vec::new();
    let mut flags = Vec::new();
    if drafts > 0 {
        parts.push(msg!("report-left-drafts", count = drafts));
        flags.push("--drafts");
    }
    if future > 0 {
        parts.push(msg!("report-left-future", count = future));
        flags.push("--future");
    }
    let mut sorted: Vec<&LeftOut> = pages.iter().collect();
    sorted.sort();
    const SHOWN: usize = 5;
    let mut names: Vec<String> = sorted
        .iter()
        .take(SHOWN)
        .map(|p| p.display.display().to_string())
        .collect();
    if sorted.len() > SHOWN {
        names.push(msg!("list-and-more", count = sorted.len() - SHOWN));
    }
    let flags = match flags.as_slice() {
        [first, second] => msg!("list-two", first = *first, second = *second),
        _ => flags.join(""),
    };
    Some(msg!(
        "report-left-out",
        what = parts.join(", "),
        files = names.join(", "),
        flags = flags,
        count = pages.len(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn left(reason: Reason, name: &str) -> LeftOut {
        LeftOut {
            reason,
            display: PathBuf::from(format!("content/news/{name}")),
            rel: format!("news/{name}"),
            until: None,
        }
    }

    #[test]
    fn summary_counts_each_reason_and_names_the_files() {
        let pages = vec![
            left(Reason::Future, "c.md"),
            left(Reason::Draft, "b.md"),
            left(Reason::Draft, "a.md"),
        ];
        assert_eq!(
            summary(&pages).as_deref(),
            Some(
                "left out 2 drafts, 1 dated in the future: content/news/a.md, content/news/b.md, content/news/c.md (add --drafts and --future to include them)"
            )
        );
    }

    #[test]
    fn the_likely_year_is_the_typo_s_neighbour() {
        assert_eq!(likely_year(2062, 2026), 2026);
        assert_eq!(likely_year(2207, 2026), 2027);
        assert_eq!(likely_year(3025, 2025), 2025);
        assert_eq!(likely_year(2999, 2026), 2026);
    }

    #[test]
    fn summary_cuts_long_lists() {
        let pages: Vec<LeftOut> = (0..8)
            .map(|i| left(Reason::Draft, &format!("{i}.md")))
            .collect();
        let line = summary(&pages).unwrap_or_default();
        assert!(line.starts_with("left out 8 drafts: "), "{line}");
        assert!(
            line.ends_with("and 3 more (add --drafts to include them)"),
            "{line}"
        );
    }

    #[test]
    fn nothing_left_out_says_nothing() {
        assert_eq!(summary(&[]), None);
    }
}
