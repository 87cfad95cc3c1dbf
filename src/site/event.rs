//! Events by their own dates (SPEC §5): the `event:` front matter checked and resolved into
//! an [`Event`], and what every page, list, feed and calendar asks of it: when it ends,
//! whether it is still upcoming, its place, and the zone its times are shown in.
//!
//! Times keep the UTC offset they were written with (`+08:00` for Kupang), so "08.00 WITA"
//! is shown as written, never converted to the site's zone. A date alone is an all-day
//! event; its days end at midnight in the site's time zone.

use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};
use serde_saphyr::Spanned;

use super::page::Event;
use crate::content::date::{self, When};
use crate::content::front_matter::EventMeta;
use crate::messages::msg;

/// A problem in `event:`: where, what, and what to write instead.
pub(super) struct Problem<'a> {
    pub at: &'a Spanned<String>,
    pub message: String,
    pub help: String,
}

/// The event of an article's `event:` block, or the problems that keep it out.
pub(super) fn resolve<'a>(meta: &'a EventMeta, tz: &TimeZone) -> Result<Event, Vec<Problem<'a>>> {
    let parse = |field: &str, at: &'a Spanned<String>| {
        date::parse_event(&at.value, tz).map_err(|e| Problem {
            at,
            message: msg!(
                "event-field-problem",
                field = field,
                problem = e.to_string()
            ),
            help: e.help(),
        })
    };
    let start = parse("start", &meta.start);
    let end = meta.end.as_ref().map(|end| (end, parse("end", end)));
    let mut problems = Vec::new();
    let start = start.map_err(|p| problems.push(p)).ok();
    let end = match end {
        None => None,
        Some((_, Err(p))) => {
            problems.push(p);
            None
        }
        Some((at, Ok(end))) => match &start {
            Some(start) if start.date_only != end.date_only => {
                problems.push(Problem {
                    at,
                    message: msg!("event-mixed-kinds"),
                    help: msg!("event-mixed-kinds-help"),
                });
                None
            }
            Some(start) if end.at.timestamp() < start.at.timestamp() => {
                problems.push(Problem {
                    at,
                    message: msg!("event-ends-before-start"),
                    help: msg!("event-ends-before-start-help"),
                });
                None
            }
            _ => Some(end),
        },
    };
    let Some(start) = start.filter(|_| problems.is_empty()) else {
        return Err(problems);
    };
    let location = meta.location.as_ref();
    let text = |f: Option<&Option<String>>| {
        f.and_then(|v| v.as_deref())
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    };
    Ok(Event {
        start,
        end,
        location_name: text(location.map(|l| &l.name)),
        city: text(location.map(|l| &l.city)),
        region: text(location.map(|l| &l.region)),
        organizer: meta.organizer.clone().unwrap_or_default(),
    })
}

impl Event {
    /// True when only dates were written: the event lasts whole days.
    pub fn all_day(&self) -> bool {
        self.start.date_only
    }

    /// The last moment or day written: `end`, else `start`.
    pub fn last(&self) -> &When {
        self.end.as_ref().unwrap_or(&self.start)
    }

    /// When the event is over: the end of its last day when all-day; else its `end`, or its
    /// start when no end is given (RFC 5545 reads a DTSTART alone the same way).
    pub fn ends_at(&self) -> Timestamp {
        let last = self.last();
        if last.date_only {
            // Midnight starting the next day, in the site's zone.
            return last
                .at
                .tomorrow()
                .and_then(|d| d.start_of_day())
                .ok()
                .map(|d| d.timestamp())
                .unwrap_or_else(|| last.at.timestamp());
        }
        last.at.timestamp()
    }

    /// Listed under "upcoming" until it has ended.
    pub fn is_upcoming(&self, now: Timestamp) -> bool {
        self.ends_at() > now
    }

    /// Venue, city and region, those given, joined with commas ("" when none is).
    pub fn place(&self) -> String {
        [&self.location_name, &self.city, &self.region]
            .into_iter()
            .filter(|s| !s.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Indonesia's zones by offset: (IANA name, the name people use). No daylight saving, so
/// the offset alone tells them apart.
pub fn indonesian_zone(offset: Offset) -> Option<(&'static str, &'static str)> {
    match offset.seconds() {
        25_200 => Some(("Asia/Jakarta", "WIB")),
        28_800 => Some(("Asia/Makassar", "WITA")),
        32_400 => Some(("Asia/Jayapura", "WIT")),
        _ => None,
    }
}

/// How a UTC offset is named next to a time: Indonesia's zones by their names (WIB +07:00,
/// WITA +08:00, WIT +09:00), any other as `UTC+5:30` (`UTC` for +00:00).
pub fn zone_label(offset: Offset) -> String {
    if let Some((_, name)) = indonesian_zone(offset) {
        return name.into();
    }
    let seconds = offset.seconds();
    if seconds == 0 {
        return "UTC".into();
    }
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    let (h, m) = (minutes / 60, minutes % 60);
    if m == 0 {
        format!("UTC{sign}{h}")
    } else {
        format!("UTC{sign}{h}:{m:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(start: &str, end: Option<&str>) -> Event {
        let tz = jiff::tz::db().get("Asia/Jakarta").unwrap();
        let when = |t: &str| date::parse_event(t, &tz).unwrap();
        Event {
            start: when(start),
            end: end.map(when),
            location_name: String::new(),
            city: "Kupang".into(),
            region: String::new(),
            organizer: String::new(),
        }
    }

    #[test]
    fn zones_are_named_as_indonesians_name_them() {
        let label = |h, m| zone_label(Offset::from_seconds(h * 3600 + m * 60).unwrap());
        assert_eq!(label(7, 0), "WIB");
        assert_eq!(label(8, 0), "WITA");
        assert_eq!(label(9, 0), "WIT");
        assert_eq!(label(5, 30), "UTC+5:30");
        assert_eq!(label(-3, 0), "UTC-3");
        assert_eq!(label(0, 0), "UTC");
    }

    #[test]
    fn an_event_is_upcoming_until_it_has_ended() {
        let e = event(
            "2026-12-03T08:00:00+08:00",
            Some("2026-12-03T16:00:00+08:00"),
        );
        let at = |s: &str| s.parse::<Timestamp>().unwrap();
        assert!(e.is_upcoming(at("2026-12-03T07:59:00Z")));
        assert!(!e.is_upcoming(at("2026-12-03T08:00:00Z")));
        // All day, 15–16 December: upcoming through the 16th in the site's zone.
        let days = event("2026-12-15", Some("2026-12-16"));
        assert!(days.is_upcoming(at("2026-12-16T16:59:00Z")));
        assert!(!days.is_upcoming(at("2026-12-16T17:00:00Z")));
        assert_eq!(days.place(), "Kupang");
    }
}
