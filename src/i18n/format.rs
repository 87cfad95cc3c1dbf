//! Locale formatting of the figures a reader sees: numbers with units,
//! changes between two figures, dataset periods and dates, in one language.
//!
//! Digits, grouping and decimal separators, the minus sign, month and day
//! names and date patterns all come from ICU4X's compiled CLDR data for the
//! site's locale (`id-ID`, `en-GB`, ...). Only the interface words around
//! them ("persen", "naik", "Triwulan") come from the theme, via [`Words`].
//!
//! What ICU4X 2.4 gives, pinned by the tests below:
//!
//! | call          | `id-ID`                                | `en-GB`                                |
//! |---------------|----------------------------------------|----------------------------------------|
//! | `number`      | `1.234.567`, `9,66`, `-1,5`            | `1,234,567`, `9.66`, `-1.5`            |
//! | `date`        | `Kamis, 20 Juni 2019`                  | `Thursday, 20 June 2019`               |
//! | `date_short`  | `20 Juni 2019`                         | `20 June 2019`                         |
//! | `date_time`   | `Kamis, 20 Juni 2019 pukul 22.36`      | `Thursday, 20 June 2019 at 22:36`      |
//! | month period  | `Maret 2018`                           | `March 2018`                           |
//!
//! (`en-US` would give `Thursday, June 20, 2019` and a 12-hour clock: the
//! site's configured locale decides.) All dates use the Gregorian calendar.

use std::fmt;

use icu::calendar::{Date as IcuDate, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{YM, YMD, YMDE, YMDET};
use icu::datetime::input::{DateTime as IcuDateTime, Time as IcuTime};
use icu::decimal::DecimalFormatter;
use icu::decimal::input::{Decimal, SignDisplay};
use jiff::civil;

use crate::data::period::{Period, PeriodKind};
pub use crate::leaf::locale::{FormatError, parse_locale};
pub use crate::leaf::unit::Unit;

mod range;
pub(crate) use range::join as join_range;

/// What every formatter prints for a value it cannot format: NaN, infinity,
/// a date outside ICU's range. The same en dash marks empty cells.
pub const MISSING: &str = "–";

/// Interface words of one language, loaded by the caller from the theme's
/// `i18n/<lang>.yaml`.
///
/// `semester` and `quarter` are patterns with the placeholders `{year}`,
/// `{n}` (the number, `3`) and `{roman}` (the Roman numeral, `III`), because
/// languages differ in more than the word: Indonesian says
/// `Triwulan {roman} {year}`, English `Q{n} {year}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// After a percentage: id "persen", en "percent".
    pub percent: String,
    /// After a change of a percentage: id "poin persen", en "percentage points".
    pub percentage_points: String,
    /// After a count of people: id "jiwa", en "people".
    pub people: String,
    /// After a count of households: id "rumah tangga", en "households".
    pub households: String,
    /// Pattern for a half-year: "Semester {roman} {year}".
    pub semester: String,
    /// Pattern for a quarter: id "Triwulan {roman} {year}", en "Q{n} {year}".
    pub quarter: String,
    /// Verb of an increase: id "naik", en "up".
    pub up: String,
    /// Verb of a decrease: id "turun", en "down".
    pub down: String,
    /// No change: id "tetap", en "unchanged".
    pub unchanged: String,
    /// Written straight before an amount of money: id "Rp", en "IDR ".
    pub rupiah_prefix: String,
    /// A category's rank among the others: id "peringkat {rank} dari {count}", en "rank
    /// {rank} of {count}" (optional in a theme: "{rank}/{count}").
    pub rank: String,
    /// The marker beside a revised figure: id "direvisi {date}", en "revised {date}".
    pub revised: String,
    /// The marker beside a corrected figure: id "dikoreksi {date}", en "corrected {date}".
    pub corrected: String,
}

/// Formats figures for one language; build it once per language and share
/// it (it is `Send + Sync`, thanks to ICU's `sync` feature, for rayon).
#[derive(Debug)]
pub struct Formatter {
    words: Words,
    decimal: DecimalFormatter,
    /// ICU's minus sign for the locale (text before the digits of a negative
    /// number), so "-Rp1.500" can put it before the currency prefix.
    minus: Option<String>,
    month_year: FixedCalendarDateTimeFormatter<Gregorian, YM>,
    date_short: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_long: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDET>,
    /// Day, day-and-month and time formats that event ranges are joined from.
    range: range::RangeParts,
}

impl Formatter {
    /// Builds the formatter for a BCP-47 `locale` such as `id-ID` or `en-GB`
    /// (from site configuration, so a bad one is an error, not a panic).
    pub fn new(locale: &str, words: Words) -> Result<Formatter, FormatError> {
        let parsed = parse_locale(locale)?;
        let data = |e: &dyn fmt::Display| FormatError::Data {
            locale: locale.to_owned(),
            reason: e.to_string(),
        };
        let decimal = DecimalFormatter::try_new((&parsed).into(), Default::default())
            .map_err(|e| data(&e))?;
        let minus = decimal
            .format_to_string(&Decimal::from(-1))
            .strip_suffix(&decimal.format_to_string(&Decimal::from(1)))
            .map(str::to_owned);
        Ok(Formatter {
            words,
            decimal,
            minus,
            month_year: FixedCalendarDateTimeFormatter::try_new((&parsed).into(), YM::long())
                .map_err(|e| data(&e))?,
            date_short: FixedCalendarDateTimeFormatter::try_new((&parsed).into(), YMD::long())
                .map_err(|e| data(&e))?,
            date_long: FixedCalendarDateTimeFormatter::try_new((&parsed).into(), YMDE::long())
                .map_err(|e| data(&e))?,
            date_time: FixedCalendarDateTimeFormatter::try_new(
                (&parsed).into(),
                YMDE::long().with_time_hm(),
            )
            .map_err(|e| data(&e))?,
            range: range::RangeParts::new(&parsed).map_err(|e| data(&e))?,
        })
    }

    /// The interface words this formatter was built with.
    pub fn words(&self) -> &Words {
        &self.words
    }

    /// `value` rounded half away from zero to `decimals` places, always
    /// showing that many (id "9,60", en "9.60"), grouped: id "1.234.567",
    /// en "1,234,567". Negative zero prints as "0"; NaN and infinities as "–".
    pub fn number(&self, value: f64, decimals: u8) -> String {
        match rounded(value, decimals) {
            Some(d) => self.decimal.format_to_string(&d),
            None => MISSING.to_owned(),
        }
    }

    /// A number with its unit: "9,66 persen" / "9.66 percent",
    /// "Rp1.234.567" / "IDR 1,234,567", "1.234.567 jiwa" / "1,234,567 people".
    pub fn value(&self, value: f64, unit: &Unit, decimals: u8) -> String {
        match rounded(value, decimals) {
            Some(d) => self.amount(d, unit, &self.words.percent),
            None => MISSING.to_owned(),
        }
    }

    /// The change from `from` to `to` in words: "turun 0,16 poin persen" /
    /// "down 0.16 percentage points", "naik 1.200 jiwa" / "up 1,200 people",
    /// "tetap" / "unchanged".
    ///
    /// The change is the difference of the two figures as displayed (each
    /// rounded to `decimals`), so it always agrees with the figures beside it.
    pub fn change(&self, from: f64, to: f64, unit: &Unit, decimals: u8) -> String {
        let (Some(from), Some(to)) = (displayed(from, decimals), displayed(to, decimals)) else {
            return MISSING.to_owned();
        };
        let difference = to - from;
        // Both sides have at most `decimals` places, so rounding the float
        // difference to `decimals` recovers it exactly (no half-way cases).
        let Some(amount) = rounded(difference.abs(), decimals) else {
            return MISSING.to_owned();
        };
        if amount.absolute.is_zero() {
            return self.words.unchanged.clone();
        }
        let verb = if difference > 0.0 {
            &self.words.up
        } else {
            &self.words.down
        };
        let amount = self.amount(amount, unit, &self.words.percentage_points);
        format!("{verb} {amount}")
    }

    /// A rounded number with its unit's words; `percent_word` is "persen"
    /// for a value and "poin persen" for a change.
    fn amount(&self, d: Decimal, unit: &Unit, percent_word: &str) -> String {
        let suffix = |word: &str| {
            let number = self.decimal.format_to_string(&d);
            if word.is_empty() {
                number
            } else {
                format!("{number} {word}")
            }
        };
        match unit {
            Unit::Ratio | Unit::Count => self.decimal.format_to_string(&d),
            Unit::Percent => suffix(percent_word),
            Unit::People => suffix(&self.words.people),
            Unit::Households => suffix(&self.words.households),
            Unit::Other(word) => suffix(word),
            Unit::Rupiah => {
                let prefix = &self.words.rupiah_prefix;
                let signed = self.decimal.format_to_string(&d);
                let absolute = d.with_sign_display(SignDisplay::Never);
                let absolute = self.decimal.format_to_string(&absolute);
                match &self.minus {
                    // The sign goes before the currency: "-Rp1.500".
                    Some(minus) if signed != absolute => format!("{minus}{prefix}{absolute}"),
                    _ => format!("{prefix}{signed}"),
                }
            }
        }
    }

    /// A dataset period in words: "2018"; id "Maret 2018", en "March 2018"
    /// (month names from ICU); semester and quarter from the [`Words`]
    /// patterns: "Semester II 2018", id "Triwulan III 2018", en "Q3 2018".
    pub fn period(&self, period: &Period) -> String {
        let year = period.year();
        let fill = |pattern: &str, n: u8| {
            pattern
                .replace("{year}", &year.to_string())
                .replace("{roman}", roman(n))
                .replace("{n}", &n.to_string())
        };
        match period.kind() {
            PeriodKind::Year => year.to_string(),
            PeriodKind::Month(month) => match IcuDate::try_new_gregorian(year.into(), month, 1) {
                Ok(date) => self.month_year.format(&date).to_string(),
                Err(_) => MISSING.to_owned(),
            },
            PeriodKind::Semester(n) => fill(&self.words.semester, n),
            PeriodKind::Quarter(n) => fill(&self.words.quarter, n),
        }
    }

    /// A long date with the weekday, day not zero-padded:
    /// id "Kamis, 20 Juni 2019", en-GB "Thursday, 20 June 2019".
    pub fn date(&self, date: civil::Date) -> String {
        match icu_date(date) {
            Some(d) => self.date_long.format(&d).to_string(),
            None => MISSING.to_owned(),
        }
    }

    /// A long date without the weekday: id "20 Juni 2019", en-GB "20 June 2019".
    pub fn date_short(&self, date: civil::Date) -> String {
        match icu_date(date) {
            Some(d) => self.date_short.format(&d).to_string(),
            None => MISSING.to_owned(),
        }
    }

    /// A long date with weekday and the time to the minute, as ICU joins
    /// them for the locale: id "Kamis, 20 Juni 2019 pukul 22.36",
    /// en-GB "Thursday, 20 June 2019 at 22:36". Seconds are dropped and no
    /// zone is printed: convert to the site's time zone first.
    pub fn date_time(&self, datetime: civil::DateTime) -> String {
        let time = IcuTime::try_new(datetime.hour() as u8, datetime.minute() as u8, 0, 0);
        match (icu_date(datetime.date()), time) {
            (Some(date), Ok(time)) => self
                .date_time
                .format(&IcuDateTime { date, time })
                .to_string(),
            _ => MISSING.to_owned(),
        }
    }
}

/// `value` as an exact decimal rounded half away from zero to `decimals`
/// places, padded to that many, with no negative zero; `None` if not finite.
///
/// Rounding starts from the shortest decimal text that reads back as the
/// same float (Rust's `Display`), i.e. the number as the data file wrote
/// it: 9.665 rounds to 9.67, although the float nearest 9.665 lies below it.
fn rounded(value: f64, decimals: u8) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    let mut d = Decimal::try_from_str(&value.to_string()).ok()?;
    let position = -i16::from(decimals);
    // Half away from zero: the first digit dropped decides alone.
    if d.absolute.digit_at(position.saturating_sub(1)) >= 5 {
        d.expand(position);
    } else {
        d.trunc(position);
    }
    d.absolute.pad_end(position);
    // "-0,00" is not a figure anyone wants to read.
    d.apply_sign_display(SignDisplay::Negative);
    Some(d)
}

/// `value` as displayed with `decimals` places, back as a float.
fn displayed(value: f64, decimals: u8) -> Option<f64> {
    rounded(value, decimals)?.to_string().parse().ok()
}

fn icu_date(date: civil::Date) -> Option<IcuDate<Gregorian>> {
    IcuDate::try_new_gregorian(date.year().into(), date.month() as u8, date.day() as u8).ok()
}

/// Roman numerals for semesters and quarters (1..=4; a `Period` holds no other).
fn roman(n: u8) -> &'static str {
    match n {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => "?",
    }
}

// The golden tests live in format/tests.rs to keep this file short.
#[cfg(test)]
mod tests;
