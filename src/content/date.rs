//! Dates in front matter: full timestamps with an offset, local date-times, or dates alone.

use crate::messages::msg;
use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{Timestamp, ZonedDateTime};

/// A parsed front-matter date.
#[derive(Debug, Clone, PartialEq)]
pub struct When {
    /// The instant, in the site's time zone.
    pub at: ZonedDateTime,
    /// True when only a date was written (an all-day event; midnight for articles).
    pub date_only: bool,
}

impl When {
    /// RFC 3339 with the offset, e.g. `2019-06-20T22:36:00+07:00` (`2019-06-20` when date-only).
    pub fn iso(&self) -> String {
        if self.date_only {
            self.at.date().to_string()
        } else {
            self.at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
        }
    }

    /// RFC 3339 with time and offset even for a date alone (feeds need an instant).
    pub fn iso_instant(&self) -> String {
        self.at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
    }

    pub fn date(&self) -> Date {
        self.at.date()
    }
}

/// Parse a date as people write it in front matter. A value without an offset is in `tz`.
pub fn parse(text: &str, tz: &TimeZone) -> Result<When, String> {
    let text = text.trim();
    if let Ok(ts) = text.parse::<Timestamp>() {
        return Ok(When {
            at: ts.to_zoned_datetime(tz.clone()),
            date_only: false,
        });
    }
    // A bare date first: jiff would also read `2019-06-20` as a date-time at midnight.
    if let Ok(date) = text.parse::<Date>() {
        return date
            .to_zoned_datetime(tz.clone())
            .map(|at| When {
                at,
                date_only: true,
            })
            .map_err(|e| e.to_string());
    }
    if let Ok(dt) = text.parse::<DateTime>() {
        return dt
            .to_zoned_datetime(tz.clone())
            .map(|at| When {
                at,
                date_only: false,
            })
            .map_err(|e| e.to_string());
    }
    Err(msg!("content-not-a-date", text = text))
}

/// Why an event's `start` or `end` was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventDateError {
    /// Not a date at all.
    NotADate(String),
    /// A time of day without a UTC offset: the event's own zone is unknown.
    NoOffset(String),
}

impl std::fmt::Display for EventDateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventDateError::NotADate(text) => f.write_str(&msg!("content-not-a-date", text = text)),
            EventDateError::NoOffset(text) => {
                f.write_str(&msg!("content-event-no-offset", text = text))
            }
        }
    }
}

impl EventDateError {
    /// What to write instead.
    pub fn help(&self) -> String {
        match self {
            EventDateError::NotADate(_) => help(),
            EventDateError::NoOffset(_) => msg!("content-event-no-offset-help"),
        }
    }
}

/// Parse an event's `start` or `end`: a date alone (all day; midnight in `tz`, the site's
/// zone, decides when the day ends) or a date and time **with** its UTC offset, kept as
/// written, so the event is shown at the time of the place where it happens (08.00 WITA),
/// not converted to the site's zone. A time without an offset is refused: a Kupang event
/// typed as `08:00` would silently become 08.00 WIB.
pub fn parse_event(text: &str, tz: &TimeZone) -> Result<When, EventDateError> {
    let text = text.trim();
    let not_a_date = || EventDateError::NotADate(text.to_string());
    // Not `text.parse::<Date>()`: jiff reads a full date-time as a date too, dropping the time.
    let pieces = jiff::fmt::temporal::Pieces::parse(text).map_err(|_| not_a_date())?;
    let Some(time) = pieces.time() else {
        return pieces
            .date()
            .to_zoned_datetime(tz.clone())
            .map(|at| When {
                at,
                date_only: true,
            })
            .map_err(|_| not_a_date());
    };
    let offset = pieces
        .to_numeric_offset()
        .ok_or_else(|| EventDateError::NoOffset(text.to_string()))?;
    pieces
        .date()
        .to_datetime(time)
        .to_zoned_datetime(TimeZone::fixed(offset))
        .map(|at| When {
            at,
            date_only: false,
        })
        .map_err(|_| not_a_date())
}

/// What to write instead of an unparseable date.
pub fn help() -> String {
    msg!("content-not-a-date-help")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jakarta() -> TimeZone {
        jiff::tz::db().get("Asia/Jakarta").unwrap()
    }

    #[test]
    fn offset_dates_keep_their_instant() {
        let w = parse("2019-06-20T22:36:00+07:00", &jakarta()).unwrap();
        assert_eq!(w.iso(), "2019-06-20T22:36:00+07:00");
        assert!(!w.date_only);
    }

    #[test]
    fn a_date_alone_is_midnight_in_the_site_time_zone() {
        let w = parse("2019-06-20", &jakarta()).unwrap();
        assert!(w.date_only);
        assert_eq!(w.at.timestamp().to_string(), "2019-06-19T17:00:00Z");
    }

    #[test]
    fn event_times_keep_their_own_offset() {
        let w = parse_event("2026-12-03T08:00:00+08:00", &jakarta()).unwrap();
        assert_eq!(w.iso(), "2026-12-03T08:00:00+08:00");
        assert_eq!(w.at.hour(), 8);
        assert!(!w.date_only);
        let day = parse_event("2026-12-15", &jakarta()).unwrap();
        assert!(day.date_only);
        assert_eq!(day.iso(), "2026-12-15");
    }

    #[test]
    fn an_event_time_without_offset_is_refused() {
        assert_eq!(
            parse_event("2026-12-03T08:00", &jakarta()),
            Err(EventDateError::NoOffset("2026-12-03T08:00".into()))
        );
        assert!(matches!(
            parse_event("besok pagi", &jakarta()),
            Err(EventDateError::NotADate(_))
        ));
        assert!(matches!(
            parse_event("2026-02-30T08:00:00+08:00", &jakarta()),
            Err(EventDateError::NotADate(_))
        ));
    }

    #[test]
    fn nonsense_is_an_error() {
        assert!(parse("20 Juni 2019", &jakarta()).is_err());
        assert!(parse("2019-13-01", &jakarta()).is_err());
    }
}
