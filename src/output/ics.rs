//! iCalendar (RFC 5545) for events: CRLF line ends, lines folded at 75 octets, escaped text,
//! a stable UID per event, DTSTAMP from the build date, all-day dates, and times in the
//! event's own zone (with its VTIMEZONE) when it has a name, else in UTC.

use std::collections::BTreeSet;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{Offset, TimeZone};

/// One event, already resolved to what the calendar needs.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Stable across builds: the page's translation key and the site's host.
    pub uid: String,
    /// The language of `summary` and `description` (`id`): an untranslated event is in the
    /// other language's calendar too, marked with its own.
    pub lang: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    /// RFC 5545 STATUS (`CONFIRMED`, `TENTATIVE`, `CANCELLED`), when known.
    pub status: Option<&'static str>,
    pub url: String,
    pub when: When,
}

#[derive(Debug, Clone)]
pub enum When {
    /// All-day, `first` to `last` inclusive.
    Days { first: Date, last: Date },
    /// From `start` to `end`; without an end the event ends as it starts (RFC 5545 §3.6.1).
    /// Written in `zone` when the event's offset has a name, else in UTC.
    Times {
        start: Timestamp,
        end: Option<Timestamp>,
        zone: Option<Zone>,
    },
}

/// A named zone with one fixed offset all year (Indonesia's have had no daylight saving
/// since 1988), defined in the calendar by a VTIMEZONE so apps show the place's time.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Zone {
    /// The IANA name, which calendar apps recognise: `Asia/Makassar`.
    pub tzid: String,
    /// The name people use: `WITA`.
    pub name: String,
    pub offset_seconds: i32,
}

/// A calendar holding `events`; `name` is shown by calendar apps.
pub fn calendar(name: &str, events: &[CalendarEvent], stamp: Timestamp) -> Vec<u8> {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//terang//terang static-site generator//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", text(name)),
    ];
    let zones: BTreeSet<&Zone> = events
        .iter()
        .filter_map(|e| match &e.when {
            When::Times { zone, .. } => zone.as_ref(),
            When::Days { .. } => None,
        })
        .collect();
    for zone in zones {
        lines.extend(vtimezone(zone));
    }
    for event in events {
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}", text(&event.uid)));
        lines.push(format!("DTSTAMP:{}", utc(stamp)));
        match &event.when {
            When::Days { first, last } => {
                lines.push(format!("DTSTART;VALUE=DATE:{}", date(*first)));
                // DTEND of an all-day event is exclusive: the day after the last day.
                let end = last.tomorrow().unwrap_or(*last);
                lines.push(format!("DTEND;VALUE=DATE:{}", date(end)));
            }
            When::Times { start, end, zone } => {
                lines.push(format!("DTSTART{}", instant(*start, zone.as_ref())));
                if let Some(end) = end {
                    lines.push(format!("DTEND{}", instant(*end, zone.as_ref())));
                }
            }
        }
        let lang = language_param(&event.lang);
        lines.push(format!("SUMMARY{lang}:{}", text(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION{lang}:{}", text(&event.description)));
        }
        if !event.location.is_empty() {
            lines.push(format!("LOCATION:{}", text(&event.location)));
        }
        if let Some(status) = event.status {
            lines.push(format!("STATUS:{status}"));
        }
        lines.push(format!("URL:{}", event.url));
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in lines {
        out.push_str(&fold(&line));
    }
    out.into_bytes()
}

/// `;LANGUAGE=id` (RFC 5545 §3.2.10), or nothing for a code that is not a plain language tag.
fn language_param(lang: &str) -> String {
    let plain = !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if plain {
        format!(";LANGUAGE={lang}")
    } else {
        String::new()
    }
}

/// `;TZID=Asia/Makassar:20251203T080000` in a named zone, `:20251203T000000Z` without one.
fn instant(t: Timestamp, zone: Option<&Zone>) -> String {
    let offset = zone.and_then(|z| Offset::from_seconds(z.offset_seconds).ok());
    match (zone, offset) {
        (Some(zone), Some(offset)) => {
            let local = t.to_zoned_datetime(TimeZone::fixed(offset));
            format!(";TZID={}:{}", zone.tzid, local.strftime("%Y%m%dT%H%M%S"))
        }
        _ => format!(":{}", utc(t)),
    }
}

/// The VTIMEZONE of a fixed-offset zone: one STANDARD observance, forever.
fn vtimezone(zone: &Zone) -> Vec<String> {
    let seconds = zone.offset_seconds;
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    let offset = format!("{sign}{:02}{:02}", minutes / 60, minutes % 60);
    vec![
        "BEGIN:VTIMEZONE".into(),
        format!("TZID:{}", zone.tzid),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        format!("TZOFFSETFROM:{offset}"),
        format!("TZOFFSETTO:{offset}"),
        format!("TZNAME:{}", text(&zone.name)),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ]
}

fn utc(t: Timestamp) -> String {
    t.strftime("%Y%m%dT%H%M%SZ").to_string()
}

fn date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// Escape a TEXT value: backslash, semicolon, comma and newlines.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets (never inside a UTF-8 character), ended with CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // Continuation lines start with a space, which counts toward their 75 octets.
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&line);
        for part in folded.split("\r\n").filter(|p| !p.is_empty()) {
            assert!(part.len() <= 75, "{} octets: {part}", part.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn all_day_events_end_the_day_after() {
        let day = Date::constant(2019, 6, 20);
        let event = CalendarEvent {
            uid: "news/a@x.go.id".into(),
            lang: "id".into(),
            summary: "Pelatihan".into(),
            description: String::new(),
            location: "Palembang".into(),
            status: None,
            url: "https://x.go.id/berita/a/".into(),
            when: When::Days {
                first: day,
                last: day,
            },
        };
        let ics = String::from_utf8(calendar("Agenda", &[event], Timestamp::UNIX_EPOCH)).unwrap();
        assert!(
            ics.contains("DTSTART;VALUE=DATE:20190620\r\nDTEND;VALUE=DATE:20190621\r\n"),
            "{ics}"
        );
        assert!(ics.contains("DTSTAMP:19700101T000000Z\r\n"), "{ics}");
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
