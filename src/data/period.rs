//! Dataset periods: the values of a `type: period` column (`2018`, `2018-09`,
//! `2018-S2`, `2018-Q3`), parsed, ordered and turned back into canonical text.
//!
//! Wording a period for readers ("Maret 2018", "Semester II 2018") is the
//! job of `crate::i18n::format`; this module knows only the calendar.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use crate::messages::msg;
use jiff::civil::Date;

/// What a [`Period`] covers within its year; read it with [`Period::kind`].
///
/// The numbers are always in range (month 1..=12, semester 1..=2, quarter
/// 1..=4), because a `Period` can only be made by [`Period::parse`] or
/// [`Period::from_year`], which check them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodKind {
    /// The whole year, written `2018`.
    Year,
    /// One month, written `2018-09`.
    Month(u8),
    /// One half-year, written `2018-S2`.
    Semester(u8),
    /// One quarter, written `2018-Q3`.
    Quarter(u8),
}

/// A reporting period of a dataset row.
///
/// Ordering is chronological by start date; periods that start on the same
/// day sort longest first, so a year comes before its first semester,
/// quarter and month (`2018` < `2018-S1` < `2018-Q1` < `2018-01` < `2018-02`).
/// That reads like an outline: the whole, then its parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    year: i16,
    kind: PeriodKind,
}

/// Why a text is not a period. Its `Display` names the text and the forms
/// that are accepted, so it can be shown to the user as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError {
    input: String,
    problem: Option<Problem>,
}

/// What is wrong with a period that has the right form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    Year,
    Semester,
    Quarter,
    Month,
}

impl fmt::Display for PeriodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let problem = match self.problem {
            None => String::new(),
            Some(Problem::Year) => msg!("period-year"),
            Some(Problem::Semester) => msg!("period-semester"),
            Some(Problem::Quarter) => msg!("period-quarter"),
            Some(Problem::Month) => msg!("period-month"),
        };
        let input = format!("{:?}", self.input);
        match problem.is_empty() {
            true => f.write_str(&msg!("period-invalid", input = input)),
            false => f.write_str(&msg!(
                "period-invalid-because",
                input = input,
                problem = problem
            )),
        }
    }
}

impl std::error::Error for PeriodError {}

impl Period {
    /// Parses the canonical forms `YYYY`, `YYYY-MM`, `YYYY-Sn` and `YYYY-Qn`.
    ///
    /// Only the canonical spelling is accepted (four-digit year from 0001,
    /// two-digit month, upper-case `S`/`Q`, no spaces), so every period has
    /// exactly one text and `Period::parse(&p.to_string()) == Ok(p)`.
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let fail = |problem| PeriodError {
            input: text.to_owned(),
            problem,
        };
        let (year_text, rest) = match text.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (text, None),
        };
        let year = digits(year_text, 4).ok_or_else(|| fail(None))?;
        let year = Period::from_year(year).map_err(|_| fail(Some(Problem::Year)))?;
        let Some(rest) = rest else {
            return Ok(year);
        };
        let part = |kind| Period { kind, ..year };
        if let Some(n) = rest.strip_prefix('S') {
            match digits(n, 1) {
                Some(n @ 1..=2) => Ok(part(PeriodKind::Semester(n as u8))),
                Some(_) => Err(fail(Some(Problem::Semester))),
                None => Err(fail(None)),
            }
        } else if let Some(n) = rest.strip_prefix('Q') {
            match digits(n, 1) {
                Some(n @ 1..=4) => Ok(part(PeriodKind::Quarter(n as u8))),
                Some(_) => Err(fail(Some(Problem::Quarter))),
                None => Err(fail(None)),
            }
        } else {
            match digits(rest, 2) {
                Some(n @ 1..=12) => Ok(part(PeriodKind::Month(n as u8))),
                Some(_) => Err(fail(Some(Problem::Month))),
                None => Err(fail(None)),
            }
        }
    }

    /// The whole year `year` (1..=9999).
    pub fn from_year(year: u16) -> Result<Period, PeriodError> {
        match i16::try_from(year) {
            Ok(y @ 1..=9999) => Ok(Period {
                year: y,
                kind: PeriodKind::Year,
            }),
            _ => Err(PeriodError {
                input: year.to_string(),
                problem: Some(Problem::Year),
            }),
        }
    }

    /// The calendar year the period falls in.
    pub fn year(&self) -> i16 {
        self.year
    }

    /// Which part of the year the period covers.
    pub fn kind(&self) -> PeriodKind {
        self.kind
    }

    /// First month (1..=12) and number of months covered.
    fn months(&self) -> (i8, i8) {
        // The casts cannot truncate: the numbers were range-checked on parse.
        match self.kind {
            PeriodKind::Year => (1, 12),
            PeriodKind::Month(m) => (m as i8, 1),
            PeriodKind::Semester(s) => ((s as i8 - 1) * 6 + 1, 6),
            PeriodKind::Quarter(q) => ((q as i8 - 1) * 3 + 1, 3),
        }
    }

    /// The first day of the period.
    pub fn start_date(&self) -> Date {
        // Year 1..=9999 and month 1..=12 are guaranteed by construction,
        // so `date` (which panics only on out-of-range input) cannot fail.
        jiff::civil::date(self.year, self.months().0, 1)
    }

    /// The last day of the period (inclusive), e.g. 2018-09-30 for `2018-Q3`.
    pub fn end_date(&self) -> Date {
        let (first, count) = self.months();
        jiff::civil::date(self.year, first + count - 1, 1).last_of_month()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        match self.kind {
            PeriodKind::Year => Ok(()),
            PeriodKind::Month(m) => write!(f, "-{m:02}"),
            PeriodKind::Semester(s) => write!(f, "-S{s}"),
            PeriodKind::Quarter(q) => write!(f, "-Q{q}"),
        }
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Period, PeriodError> {
        Period::parse(text)
    }
}

impl Ord for Period {
    fn cmp(&self, other: &Period) -> Ordering {
        let key = |p: &Period| {
            let (first, count) = p.months();
            (p.year, first, std::cmp::Reverse(count))
        };
        key(self).cmp(&key(other))
    }
}

impl PartialOrd for Period {
    fn partial_cmp(&self, other: &Period) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `text` as a number if it is exactly `len` ASCII digits (no sign, no
/// spaces: `str::parse` alone would accept "+9").
fn digits(text: &str, len: usize) -> Option<u16> {
    if text.len() == len && text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn p(text: &str) -> Period {
        match Period::parse(text) {
            Ok(period) => period,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(p("2018").kind(), PeriodKind::Year);
        assert_eq!(p("2018-09").kind(), PeriodKind::Month(9));
        assert_eq!(p("2018-S2").kind(), PeriodKind::Semester(2));
        assert_eq!(p("2018-Q3").kind(), PeriodKind::Quarter(3));
        assert_eq!(p("2018-Q3").year(), 2018);
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "2018", "2018-01", "2018-12", "2018-S1", "2018-S2", "2018-Q1", "2018-Q4", "0999",
        ] {
            assert_eq!(p(text).to_string(), text);
            assert_eq!(Period::parse(&p(text).to_string()), Ok(p(text)));
        }
        assert_eq!(
            Period::from_year(2018).map(|y| y.to_string()),
            Ok("2018".into())
        );
    }

    #[test]
    fn rejects_other_forms_with_a_helpful_message() {
        let bad = [
            "",
            "18",
            "20180",
            "2018-9",
            "2018-13",
            "2018-00",
            "2018-S3",
            "2018-S0",
            "2018-Q5",
            "2018-q3",
            "2018-s2",
            " 2018",
            "2018-",
            "2018-09-01",
            "+201",
            "0000",
            "2018-Q+",
        ];
        for text in bad {
            let err = Period::parse(text).expect_err(text);
            let message = err.to_string();
            assert!(
                message.ends_with("expected a period like 2018, 2018-09, 2018-S2 or 2018-Q3"),
                "{message}"
            );
        }
        assert_eq!(
            Period::parse("2018-13").map_err(|e| e.to_string()),
            Err("invalid period \"2018-13\": the month must be 01 to 12; \
                 expected a period like 2018, 2018-09, 2018-S2 or 2018-Q3"
                .into())
        );
        assert!(Period::from_year(0).is_err());
        assert!(Period::from_year(10000).is_err());
    }

    #[test]
    fn start_and_end_dates() {
        assert_eq!(p("2018").start_date(), date(2018, 1, 1));
        assert_eq!(p("2018").end_date(), date(2018, 12, 31));
        assert_eq!(p("2018-09").start_date(), date(2018, 9, 1));
        assert_eq!(p("2016-02").end_date(), date(2016, 2, 29));
        assert_eq!(p("2018-S2").start_date(), date(2018, 7, 1));
        assert_eq!(p("2018-S1").end_date(), date(2018, 6, 30));
        assert_eq!(p("2018-Q3").start_date(), date(2018, 7, 1));
        assert_eq!(p("2018-Q3").end_date(), date(2018, 9, 30));
        assert_eq!(p("2018-Q4").start_date(), date(2018, 10, 1));
    }

    #[test]
    fn orders_chronologically_whole_before_parts() {
        let mut periods: Vec<Period> = [
            "2019", "2018-02", "2018-Q1", "2018", "2018-S1", "2018-01", "2017-12", "2018-S2",
            "2018-Q3",
        ]
        .into_iter()
        .map(p)
        .collect();
        periods.sort();
        let texts: Vec<String> = periods.iter().map(Period::to_string).collect();
        assert_eq!(
            texts,
            [
                "2017-12", "2018", "2018-S1", "2018-Q1", "2018-01", "2018-02", "2018-S2",
                "2018-Q3", "2019"
            ]
        );
        assert!(p("2018-09") > p("2018-03"));
        assert!(p("2018-S2") < p("2018-09"));
    }
}
