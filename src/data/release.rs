//! Release metadata of a dataset (SPEC §4, issue 15): its `status` (official, provisional,
//! experimental) and its announced `next_release`, with a date, usually a time, and the
//! release's own status (confirmed, provisional, postponed, cancelled) and reason.
//!
//! The time is kept as written. A time without a UTC offset is in the site's time zone,
//! which this stage does not know: [`ReleaseAt::zoned`] applies it when the site is resolved.

use jiff::ZonedDateTime;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::{Offset, TimeZone};

use crate::config::Text;
use crate::diagnostic::Diagnostic;

/// How far a dataset's figures can be relied on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetStatus {
    /// Official statistics, final for their period.
    Official,
    /// Figures that will be revised when fuller data arrive.
    Provisional,
    /// New or changed methods, published to gather feedback.
    Experimental,
}

impl DatasetStatus {
    pub const NAMES: [&'static str; 3] = ["official", "provisional", "experimental"];

    pub fn parse(text: &str) -> Option<DatasetStatus> {
        match text.trim() {
            "official" => Some(DatasetStatus::Official),
            "provisional" => Some(DatasetStatus::Provisional),
            "experimental" => Some(DatasetStatus::Experimental),
            _ => None,
        }
    }

    /// The name as written in YAML, also the key of its words in the theme's strings.
    pub fn name(self) -> &'static str {
        match self {
            DatasetStatus::Official => "official",
            DatasetStatus::Provisional => "provisional",
            DatasetStatus::Experimental => "experimental",
        }
    }
}

/// Where an announced release stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReleaseStatus {
    Confirmed,
    /// The date may still move.
    Provisional,
    /// Moved to `at`; a reason is required.
    Postponed,
    /// Will not happen; a reason is required.
    Cancelled,
}

impl ReleaseStatus {
    pub const NAMES: [&'static str; 4] = ["confirmed", "provisional", "postponed", "cancelled"];

    pub fn parse(text: &str) -> Option<ReleaseStatus> {
        match text.trim() {
            "confirmed" => Some(ReleaseStatus::Confirmed),
            "provisional" => Some(ReleaseStatus::Provisional),
            "postponed" => Some(ReleaseStatus::Postponed),
            "cancelled" => Some(ReleaseStatus::Cancelled),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ReleaseStatus::Confirmed => "confirmed",
            ReleaseStatus::Provisional => "provisional",
            ReleaseStatus::Postponed => "postponed",
            ReleaseStatus::Cancelled => "cancelled",
        }
    }

    /// Whether the announcement must say why.
    pub fn needs_reason(self) -> bool {
        matches!(self, ReleaseStatus::Postponed | ReleaseStatus::Cancelled)
    }
}

/// When a release happens, as written: a date, a time of day (none: the day is announced,
/// not the hour), and the UTC offset (none: the site's time zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseAt {
    pub date: Date,
    pub time: Option<Time>,
    pub offset: Option<Offset>,
}

impl ReleaseAt {
    /// Read `2027-01-15T11:00:00+07:00`, `2027-01-15T11:00` or `2027-01-15`.
    pub fn parse(text: &str) -> Option<ReleaseAt> {
        let pieces = jiff::fmt::temporal::Pieces::parse(text.trim()).ok()?;
        let date = pieces.date();
        let time = pieces.time();
        let offset = pieces.to_numeric_offset();
        // An offset without a time (`2027-01-15+07:00`) says nothing: refuse it.
        if time.is_none() && offset.is_some() {
            return None;
        }
        Some(ReleaseAt { date, time, offset })
    }

    /// The moment of release: at its offset, or in `site_tz` when none was written; a date
    /// alone is the start of that day in the site's zone.
    pub fn zoned(&self, site_tz: &TimeZone) -> Option<ZonedDateTime> {
        let at = DateTime::from_parts(self.date, self.time.unwrap_or(Time::midnight()));
        let tz = match self.offset {
            Some(offset) => TimeZone::fixed(offset),
            None => site_tz.clone(),
        };
        at.to_zoned_datetime(tz).ok()
    }
}

/// An announced release.
#[derive(Debug, Clone)]
pub struct Release {
    pub at: ReleaseAt,
    pub status: ReleaseStatus,
    /// Why it was postponed or cancelled (empty texts otherwise).
    pub reason: Text,
    /// The day it was announced, when written (`announced:`); the notice is measured from it.
    pub announced: Option<Date>,
    /// A warning placed at `next_release`, for the checks made once "now" is known (too
    /// short a notice, a missed release): clone it and set the message.
    pub place: Diagnostic,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_times_keep_what_was_written() {
        let full = ReleaseAt::parse("2027-01-15T11:00:00+07:00").unwrap();
        assert_eq!(full.time, Some(jiff::civil::time(11, 0, 0, 0)));
        assert_eq!(full.offset.map(|o| o.seconds()), Some(25_200));
        let local = ReleaseAt::parse("2027-01-15T11:00").unwrap();
        assert_eq!(local.offset, None);
        let makassar = jiff::tz::db().get("Asia/Makassar").unwrap();
        assert_eq!(
            local.zoned(&makassar).unwrap().timestamp().to_string(),
            "2027-01-15T03:00:00Z"
        );
        let day = ReleaseAt::parse("2027-01-15").unwrap();
        assert_eq!((day.time, day.offset), (None, None));
        assert!(ReleaseAt::parse("15 Januari 2027").is_none());
        assert!(ReleaseAt::parse("2027-02-30T11:00").is_none());
    }
}
