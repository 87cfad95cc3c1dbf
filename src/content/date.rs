//! Dates in front matter: full timestamps with an offset, local date-times, or dates alone.

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
    Err(format!("`{text}` is not a date"))
}

/// What to write instead of an unparseable date.
pub const HELP: &str =
    "write a date like 2019-06-20, or a date and time like 2019-06-20T22:36:00+07:00";

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
    fn nonsense_is_an_error() {
        assert!(parse("20 Juni 2019", &jakarta()).is_err());
        assert!(parse("2019-13-01", &jakarta()).is_err());
    }
}
