//! Embargo (issue 15 item 2): a dataset, or some of its rows, held until a date and time
//! (`embargo_until`, `embargo_rows`). Before that moment — by the build's "now",
//! `SOURCE_DATE_EPOCH` honoured — what is held is taken out of the dataset before anything is
//! rendered, so no page, chart, download, feed, search index, sitemap or catalogue can show
//! it; what is dated with it (a `source.published`, a change or a version on or after the
//! embargo's day) is held too, so `modified` dates and version files do not give the release
//! away, and a change held this way leaves its cells at their previous values.

use crate::messages::msg;
use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::Dataset;
use super::release::ReleaseAt;
use crate::diagnostic::{Diagnostic, Diagnostics};

/// `embargo_until` and `embargo_rows` as checked.
#[derive(Debug, Clone)]
pub struct Embargo {
    pub until: ReleaseAt,
    /// Indices into the dataset's rows; empty: the whole dataset is held.
    pub rows: Vec<usize>,
    /// A warning placed at `embargo_until`, for an embargo that has already lifted.
    pub place: Diagnostic,
}

/// What the release calendar may say of a dataset held whole: its title and the release
/// its writers announced (`next_release`), nothing of its figures. A dataset held whole
/// without `next_release` is not announced: its title stays out of the output too.
#[derive(Debug, Clone)]
pub struct Announced {
    pub title: crate::config::Text,
    pub release: super::release::Release,
}

/// What a build holds back: a dataset, or some of its rows, until `until`.
#[derive(Debug, Clone)]
pub struct Held {
    pub id: String,
    /// `2027-01-15 11:00 +07:00`, for messages.
    pub until_display: String,
    pub until: Timestamp,
    /// The held rows as shortcodes name them; empty: the whole dataset.
    pub rows: Vec<String>,
    /// The announced release of a dataset held whole, for the release calendar.
    pub announced: Option<Announced>,
}

/// `datasets` as they may be published at `now`, and what is held.
pub fn apply(
    datasets: Vec<Dataset>,
    now: Timestamp,
    tz: &TimeZone,
    problems: &mut Diagnostics,
) -> (Vec<Dataset>, Vec<Held>) {
    let mut public = Vec::with_capacity(datasets.len());
    let mut held = Vec::new();
    for mut dataset in datasets {
        let Some(embargo) = dataset.embargo.take() else {
            public.push(dataset);
            continue;
        };
        let Some(at) = embargo.until.zoned(tz) else {
            public.push(dataset);
            continue;
        };
        let display = at.strftime("%Y-%m-%d %H:%M %:z").to_string();
        if at.timestamp() <= now {
            let mut passed = embargo.place.clone();
            passed.message = msg!("embargo-passed", at = &display);
            problems.push(passed.with_help(msg!("embargo-passed-dataset-help")));
            public.push(dataset);
            continue;
        }
        let names = dataset.row_names();
        let announced = match (embargo.rows.is_empty(), &dataset.next_release) {
            (true, Some(release)) => Some(Announced {
                title: dataset.title.clone(),
                release: release.clone(),
            }),
            _ => None,
        };
        held.push(Held {
            id: dataset.id.clone(),
            until_display: display,
            until: at.timestamp(),
            rows: embargo.rows.iter().map(|&r| names[r].clone()).collect(),
            announced,
        });
        if embargo.rows.is_empty() {
            continue;
        }
        hold_rows(&mut dataset, &embargo.rows, at.date());
        public.push(dataset);
    }
    (public, held)
}

/// Take `rows` out of `dataset`, with what would date them: changes touching them or dated
/// on or after `day`, and a `source.published` on or after `day`.
fn hold_rows(dataset: &mut Dataset, rows: &[usize], day: jiff::civil::Date) {
    // Old row index → new one, for the changes' cells.
    let mut new_index = Vec::with_capacity(dataset.rows.len());
    let mut next = 0;
    for i in 0..dataset.rows.len() {
        if rows.contains(&i) {
            new_index.push(None);
        } else {
            new_index.push(Some(next));
            next += 1;
        }
    }
    undo_changes_from(dataset, day);
    let mut i = 0;
    dataset.rows.retain(|_| {
        let keep = !rows.contains(&i);
        i += 1;
        keep
    });
    if dataset.source.published.is_some_and(|p| p >= day) {
        dataset.source.published = None;
    }
    dataset.corrections.retain_mut(|c| {
        if c.date >= day {
            return false;
        }
        c.cells.retain_mut(|cell| match new_index[cell.row] {
            Some(r) => {
                cell.row = r;
                true
            }
            None => false,
        });
        !c.cells.is_empty()
    });
    // Versions published on or after the day are the release itself.
    dataset
        .versions
        .retain(|v| v.date.is_none_or(|date| date < day));
    for v in &mut dataset.versions {
        v.added = v.added.iter().filter_map(|&r| new_index[r]).collect();
    }
}

/// Changes dated on or after `day` are held with their new values: their cells show the
/// values the public has seen so far (the latest change undone first).
fn undo_changes_from(dataset: &mut Dataset, day: jiff::civil::Date) {
    let mut held: Vec<usize> = (0..dataset.corrections.len())
        .filter(|&i| dataset.corrections[i].date >= day)
        .collect();
    held.sort_by_key(|&i| {
        (
            std::cmp::Reverse(dataset.corrections[i].date),
            usize::MAX - i,
        )
    });
    for i in held {
        for cell in &dataset.corrections[i].cells {
            if let Some(target) = dataset
                .rows
                .get_mut(cell.row)
                .and_then(|r| r.cells.get_mut(cell.col))
            {
                *target = super::version::previous_cell(cell.previous.as_deref());
            }
        }
    }
}
