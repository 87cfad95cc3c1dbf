//! Date and time ranges of events, from ICU4X's single-date formats: "15–16 Desember 2026",
//! "30 November – 2 Desember 2026", "08.00–16.00".
//!
//! ICU4X 2.4 has a range formatter (CLDR interval formats), but only behind its `unstable`
//! feature, and with long month names it fails to load the names its patterns need (it
//! gives "Des", or an error, instead of "Desember"). So the range is joined here from the
//! parts ICU does format: the day alone (`D`), day and month (`MD`) and the full date
//! (`YMD`), each in the locale's own order. The day-first shortening ("15–16 Desember")
//! is used only when the locale writes the day first, which is read off ICU's own output
//! ("16 Desember 2026" starts with "16"); a month-first locale gets "December 15 –
//! December 16, 2026". The dashes are SPEC §5's: an en dash between two days or two times,
//! spaced when a side holds more than one word.

use icu::calendar::Gregorian;
use icu::datetime::fieldsets::{D, MD, T};
use icu::datetime::input::Time as IcuTime;
use icu::datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu::locale::Locale;
use jiff::civil;

use super::{Formatter, MISSING, icu_date};

/// The ICU formatters ranges are made of, built with the rest of a [`Formatter`].
#[derive(Debug)]
pub(super) struct RangeParts {
    day: FixedCalendarDateTimeFormatter<Gregorian, D>,
    day_month: FixedCalendarDateTimeFormatter<Gregorian, MD>,
    time: NoCalendarFormatter<T>,
}

impl RangeParts {
    pub(super) fn new(
        locale: &Locale,
    ) -> Result<RangeParts, icu::datetime::DateTimeFormatterLoadError> {
        Ok(RangeParts {
            day: FixedCalendarDateTimeFormatter::try_new(locale.into(), D::long())?,
            day_month: FixedCalendarDateTimeFormatter::try_new(locale.into(), MD::long())?,
            time: NoCalendarFormatter::try_new(locale.into(), T::hm())?,
        })
    }
}

impl Formatter {
    /// Days `first` to `last` (inclusive) as one phrase: one day with its weekday (id
    /// "Kamis, 3 Desember 2026"), otherwise id "15–16 Desember 2026", "30 November –
    /// 2 Desember 2026", "31 Desember 2026 – 2 Januari 2027" (en-GB the same in English).
    pub fn date_range(&self, first: civil::Date, last: civil::Date) -> String {
        if last <= first {
            return self.date(first);
        }
        let (Some(a), Some(b)) = (icu_date(first), icu_date(last)) else {
            return MISSING.to_owned();
        };
        let end = self.date_short.format(&b).to_string();
        if first.year() != last.year() {
            return join(&self.date_short.format(&a).to_string(), &end);
        }
        let day_first = end.starts_with(&self.range.day.format(&b).to_string());
        if first.month() == last.month() && day_first {
            // The dash joins the two days, not the two halves: "15–16 Desember 2026".
            return format!("{}–{end}", self.range.day.format(&a));
        }
        join(&self.range.day_month.format(&a).to_string(), &end)
    }

    /// A time of day to the minute in the locale's clock: id "08.00", en-GB "08:00".
    pub fn time(&self, time: civil::Time) -> String {
        match IcuTime::try_new(time.hour() as u8, time.minute() as u8, 0, 0) {
            Ok(t) => self.range.time.format(&t).to_string(),
            Err(_) => MISSING.to_owned(),
        }
    }

    /// From `start` to `end` ("08.00–16.00"); the start alone when both are the same.
    pub fn time_range(&self, start: civil::Time, end: civil::Time) -> String {
        let (from, to) = (self.time(start), self.time(end));
        if from == to { from } else { join(&from, &to) }
    }
}

/// `a` and `b` joined by an en dash, with spaces around it when either side has one.
pub(crate) fn join(a: &str, b: &str) -> String {
    if a.contains(char::is_whitespace) || b.contains(char::is_whitespace) {
        format!("{a} – {b}")
    } else {
        format!("{a}–{b}")
    }
}
