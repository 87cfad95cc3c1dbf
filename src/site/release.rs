//! The release calendar (issue 15 item 1): every dataset's announced release, placed in
//! time with the site's zone — a dataset held whole by an embargo included when it announces
//! its release (title and time only: it is pre-announced, as statistics offices do) — and
//! the checks that need "now": a confirmed release announced with less than four weeks'
//! notice, a release whose date passed while the data did not change (its
//! `source.published` is still older than the release), and a release announced before the
//! embargo holding its data lifts.

use jiff::{SignedDuration, Timestamp, ZonedDateTime};

use super::Site;
use crate::config::Text;
use crate::data::Dataset;
use crate::data::release::{Release, ReleaseStatus};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// How far ahead a confirmed release must be announced (UK Code of Practice for
/// Statistics: at least four weeks).
const NOTICE: SignedDuration = SignedDuration::from_hours(28 * 24);

/// How far ahead the calendar lists releases: twelve months.
const HORIZON: SignedDuration = SignedDuration::from_hours(366 * 24);

/// One dataset's announced release, placed in time.
pub struct Scheduled<'a> {
    pub id: &'a str,
    pub title: &'a Text,
    /// The published dataset; `None` while an embargo holds it whole (announced, not out).
    pub dataset: Option<&'a Dataset>,
    pub release: &'a Release,
    pub at: ZonedDateTime,
}

impl Scheduled<'_> {
    /// The release time passed and the data still predate it (`source.published`).
    pub fn missed(&self, now: Timestamp) -> bool {
        self.at.timestamp() <= now
            && self.release.status != ReleaseStatus::Cancelled
            && self.dataset.is_none_or(|dataset| {
                dataset
                    .source
                    .published
                    .is_none_or(|published| published < self.at.date())
            })
    }

    /// Still to come, within the calendar's twelve months.
    pub fn upcoming(&self, now: Timestamp) -> bool {
        let at = self.at.timestamp();
        at > now && now.checked_add(HORIZON).is_ok_and(|end| at <= end)
    }
}

impl Site {
    /// Every announced release, soonest first (then by dataset id): the published datasets'
    /// and those of datasets held whole that announce theirs.
    pub fn releases(&self) -> Vec<Scheduled<'_>> {
        let zone = &self.config.timezone;
        let published = self.datasets.iter().filter_map(|dataset| {
            let release = dataset.next_release.as_ref()?;
            Some(Scheduled {
                id: &dataset.id,
                title: &dataset.title,
                dataset: Some(dataset),
                release,
                at: release.at.zoned(zone)?,
            })
        });
        let held = self.skipped.held_datasets.iter().filter_map(|held| {
            let announced = held.announced.as_ref()?;
            Some(Scheduled {
                id: &held.id,
                title: &announced.title,
                dataset: None,
                release: &announced.release,
                at: announced.release.at.zoned(zone)?,
            })
        });
        let mut all: Vec<Scheduled<'_>> = published.chain(held).collect();
        all.sort_by(|a, b| (a.at.timestamp(), a.id).cmp(&(b.at.timestamp(), b.id)));
        all
    }

    /// Whether the site has a release calendar: some dataset announces a release.
    pub fn has_releases(&self) -> bool {
        self.datasets.iter().any(|d| d.next_release.is_some())
            || self
                .skipped
                .held_datasets
                .iter()
                .any(|h| h.announced.is_some())
    }
}

/// Warnings about announced releases, at each `next_release`.
pub fn check(site: &Site, problems: &mut Diagnostics) {
    for scheduled in site.releases() {
        let at = scheduled.at.timestamp();
        let when = scheduled.at.strftime("%Y-%m-%d %H:%M %:z");
        let warn = |message: String, help: String| {
            let mut d = scheduled.release.place.clone();
            d.message = message;
            d.with_help(help)
        };
        if let Some(held) = site.skipped.held_dataset(scheduled.id)
            && at < held.until
            && scheduled.release.status != ReleaseStatus::Cancelled
        {
            problems.push(warn(
                msg!(
                    "release-before-embargo",
                    when = when.to_string(),
                    until = held.until_display.as_str()
                ),
                msg!("release-before-embargo-help"),
            ));
        } else if scheduled.missed(site.now) {
            problems.push(warn(
                msg!("release-missed", when = when.to_string()),
                msg!("release-missed-help"),
            ));
        } else if scheduled.release.status == ReleaseStatus::Confirmed && at > site.now {
            // Notice from the day it was announced when written, else from this build.
            let announced = scheduled
                .release
                .announced
                .and_then(|d| d.to_zoned_datetime(site.config.timezone.clone()).ok())
                .map(|z| z.timestamp());
            let from = announced.unwrap_or(site.now);
            if from.checked_add(NOTICE).is_ok_and(|limit| at < limit) {
                let message = match announced {
                    Some(_) => msg!("release-short-notice", when = when.to_string()),
                    None => msg!("release-soon", when = when.to_string()),
                };
                problems.push(warn(message, msg!("release-notice-help")));
            }
        }
    }
}
