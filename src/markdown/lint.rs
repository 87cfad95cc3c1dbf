//! Figure lint: numbers typed by hand in prose that equal a value of a dataset the page cites
//! (or its programs' datasets) should be `stat` shortcodes, so a correction in the data reaches
//! every page; decimals written with the other language's separator; and, under
//! `check --strict`, any number in prose that is neither a `stat` nor marked with `num`.

use std::ops::Range;

use crate::content::SourceDoc;
use crate::data::{Cell, Dataset};
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::messages::msg;

/// A number as written in prose, with its byte range in the prose run.
#[derive(Debug, PartialEq)]
struct Written<'a> {
    text: &'a str,
    at: usize,
}

/// Numbers in `text`: digit groups joined by single `.` or `,` (`9,66`, `1.234.567`, `2018`).
fn numbers(text: &str) -> Vec<Written<'_>> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let word_start = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'-');
        if bytes[i].is_ascii_digit() && word_start {
            let start = i;
            while i < bytes.len()
                && (bytes[i].is_ascii_digit()
                    || ((bytes[i] == b'.' || bytes[i] == b',')
                        && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            if !bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric()) {
                found.push(Written {
                    text: &text[start..i],
                    at: start,
                });
            }
        }
        i += 1;
    }
    found
}

/// The value of `written` read with `decimal` as the decimal separator (the other one groups
/// thousands, in groups of three).
fn read(written: &str, decimal: char) -> Option<f64> {
    let group = if decimal == ',' { '.' } else { ',' };
    let (whole, fraction) = match written.split_once(decimal) {
        Some((w, f)) if !f.contains(decimal) && !f.contains(group) => (w, Some(f)),
        Some(_) => return None,
        None => (written, None),
    };
    let mut parts = whole.split(group);
    let first = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    if !rest.is_empty() && (first.len() > 3 || rest.iter().any(|p| p.len() != 3)) {
        return None;
    }
    let digits: String = std::iter::once(first).chain(rest).collect();
    let text = match fraction {
        Some(f) => format!("{digits}.{f}"),
        None => digits,
    };
    text.parse().ok()
}

/// Check the prose of one page. `prose` holds runs of text outside code with their byte range
/// in the body. With `every_number` (`--strict`), a number that is not a date or a time must
/// be quoted from a dataset or marked as not from one.
pub fn check(
    doc: &SourceDoc,
    lang: &str,
    prose: &[(String, Range<usize>)],
    datasets: &[&Dataset],
    every_number: bool,
) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let (decimal, foreign) = if lang == "id" { (',', '.') } else { ('.', ',') };
    let index = LineIndex::new(&doc.text);
    for (text, range) in prose {
        let raw = doc.body().get(range.clone()).unwrap_or("");
        // Each number is looked for after the previous one: linear in the run, and the second
        // `9,66` of a paragraph is reported where it is, not at the first.
        let mut searched = 0;
        for n in numbers(text) {
            let found = raw.get(searched..).and_then(|rest| rest.find(n.text));
            let at = match found {
                Some(i) => {
                    searched += i + n.text.len();
                    searched - n.text.len()
                }
                None => 0,
            };
            let offset = doc.body_start + range.start + at;
            let warn = |message: String, help: String| {
                Diagnostic::warning(&doc.display, message)
                    .at_indexed(&doc.text, &index, offset)
                    .with_help(help)
            };
            let has_fraction = n.text.contains(decimal);
            if let Some(hit) = read(n.text, decimal)
                .filter(|_| has_fraction || n.text.len() > 4)
                .and_then(|v| find(datasets, v))
            {
                warnings.push(warn(
                    msg!("lint-typed-figure", text = n.text, dataset = &hit.0),
                    msg!(
                        "lint-typed-figure-help",
                        dataset = &hit.0,
                        row = &hit.1,
                        column = &hit.2
                    ),
                ));
                continue;
            }
            // `9.66` on an Indonesian page (or `9,66` on an English one): one or two digits
            // after the separator cannot be a thousands group.
            if let Some((_, fraction)) = n.text.split_once(foreign)
                && (1..=2).contains(&fraction.len())
                && !n.text.contains(decimal)
                && is_quantity(text, &n)
            {
                let fixed = n.text.replace(foreign, &decimal.to_string());
                warnings.push(warn(
                    msg!(
                        "lint-decimal-separator",
                        text = n.text,
                        separator = foreign.to_string()
                    ),
                    msg!("lint-decimal-separator-help", lang = lang, fixed = fixed),
                ));
                continue;
            }
            if every_number && !is_date_or_time(text, &n, decimal) {
                warnings.push(warn(
                    msg!("figures-unmarked-number", number = n.text),
                    msg!(
                        "figures-unmarked-number-help",
                        stat = "{{ stat(data=\"...\", row=\"...\", col=\"...\") }}",
                        marked = format!("{{{{ num(text=\"{}\") }}}}", n.text)
                    ),
                ));
            }
        }
    }
    warnings
}

/// Words after a number that make it a quantity (so "WCAG 2.2" or "versi 1.5" are left alone).
const QUANTITY_WORDS: [&str; 18] = [
    "%",
    "persen",
    "percent",
    "poin",
    "point",
    "jiwa",
    "people",
    "orang",
    "rumah tangga",
    "household",
    "juta",
    "million",
    "miliar",
    "billion",
    "triliun",
    "trillion",
    "ribu",
    "thousand",
];

fn is_quantity(text: &str, n: &Written<'_>) -> bool {
    // The next few characters are enough for the longest word ("rumah tangga"); lowering
    // the whole rest of the run for each number was quadratic (issue 17, finding 10).
    let after: String = text[n.at + n.text.len()..]
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    let before = text[..n.at].trim_end();
    QUANTITY_WORDS.iter().any(|w| after.starts_with(w))
        || before.ends_with("Rp")
        || before.ends_with("IDR")
}

/// Month names (Indonesian and English, full and short) after which a number is a day.
const MONTHS: [&str; 32] = [
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "agu",
    "aug",
    "sep",
    "okt",
    "des",
];

/// Time zones after which `09.00` is a time of day.
const TIME_ZONES: [&str; 4] = ["wib", "wita", "wit", "utc"];

/// Numbers that `--strict` does not ask to mark: a year (`2019`), a day before a month name
/// (`20 Juni`), a date written with slashes (`20/6`, `20/6/2019`), a time (`09.00 WIB`,
/// `14:30`). These are when something happened, not figures a reader would want sourced.
fn is_date_or_time(text: &str, n: &Written<'_>, decimal: char) -> bool {
    let before = text[..n.at].chars().next_back();
    let rest = &text[n.at + n.text.len()..];
    // `15–16 Desember`: the first day of a range is a day too.
    let after_range = rest
        .strip_prefix(['–', '-'])
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()))
        .unwrap_or(rest);
    let after = rest.chars().next();
    let digits_only = n.text.bytes().all(|b| b.is_ascii_digit());
    let value: u32 = if digits_only {
        n.text.parse().unwrap_or(u32::MAX)
    } else {
        u32::MAX
    };
    let next_word = after_range
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let year = n.text.len() == 4 && (1900..=2100).contains(&value);
    let day = (1..=31).contains(&value) && MONTHS.contains(&next_word.as_str());
    let slashed = before == Some('/')
        || (after == Some('/') && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
    // `08.00` on a page whose decimal separator is a comma can only be a time of day.
    let dotted_time = decimal != '.'
        && n.text.len() == 5
        && n.text.as_bytes()[2] == b'.'
        && n.text[..2].parse::<u32>().is_ok_and(|h| h <= 24)
        && n.text[3..].parse::<u32>().is_ok_and(|m| m < 60);
    let clock = dotted_time
        || (after == Some(':') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
        || (before == Some(':') && n.at >= 2 && text.as_bytes()[n.at - 2].is_ascii_digit())
        || TIME_ZONES.contains(&next_word.as_str());
    year || day || slashed || clock
}

/// The dataset, row key and column of a cell equal to `value`.
fn find(datasets: &[&Dataset], value: f64) -> Option<(String, String, String)> {
    for d in datasets {
        for (index, row) in d.rows.iter().enumerate() {
            for (cell, column) in row.cells.iter().zip(&d.columns) {
                if let Cell::Number { value: v, .. } = cell
                    && (v - value).abs() < 1e-9
                {
                    let key = d.row_names().swap_remove(index);
                    return Some((d.id.clone(), key, column.key.clone()));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_found_as_written() {
        let found: Vec<&str> = numbers("turun 9,66 persen dari 1.234.567 jiwa pada 2018-09 dan v2")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(found, ["9,66", "1.234.567", "2018"]);
    }

    #[test]
    fn only_quantities_get_the_separator_warning() {
        let text = "WCAG 2.2 dan 9.66 persen";
        let found = numbers(text);
        assert!(!is_quantity(text, &found[0]));
        assert!(is_quantity(text, &found[1]));
    }

    #[test]
    fn dates_and_times_need_no_marker() {
        let text = "Pada 20 Juni 2019 (20/6) pukul 09.00 WIB atau 14:30, 150 peserta dan 3 hari \
                    15–16 Desember, 08.00 sampai";
        let exempt: Vec<(&str, bool)> = numbers(text)
            .iter()
            .map(|n| (n.text, is_date_or_time(text, n, ',')))
            .collect();
        assert_eq!(
            exempt,
            [
                ("20", true),
                ("2019", true),
                ("20", true),
                ("6", true),
                ("09.00", true),
                ("14", true),
                ("30", true),
                ("150", false),
                ("3", false),
                ("15", true),
                ("16", true),
                ("08.00", true),
            ]
        );
        let english = "12.50 percent";
        assert!(!is_date_or_time(english, &numbers(english)[0], '.'));
    }

    #[test]
    fn numbers_are_read_in_either_convention() {
        assert_eq!(read("9,66", ','), Some(9.66));
        assert_eq!(read("9.66", '.'), Some(9.66));
        assert_eq!(read("1.234.567", ','), Some(1234567.0));
        assert_eq!(read("1,234,567", '.'), Some(1234567.0));
        assert_eq!(read("1.23", ','), None);
    }
}
