//! iCalendar (RFC 5545) for events: CRLF line ends, lines folded at 75 octets, escaped text,
//! a stable UID per event, DTSTAMP from the build date, times in UTC or all-day dates.

use jiff::Timestamp;
use jiff::civil::Date;

/// One event, already resolved to what the calendar needs.
#[derive(Debug, Clone)]
pub struct CalendarEvent {
    /// Stable across builds: the page's translation key and the site's host.
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub location: String,
    pub url: String,
    pub when: When,
}

#[derive(Debug, Clone)]
pub enum When {
    /// All-day, `first` to `last` inclusive.
    Days { first: Date, last: Date },
    /// From `start` to `end`.
    Times { start: Timestamp, end: Timestamp },
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
            When::Times { start, end } => {
                lines.push(format!("DTSTART:{}", utc(*start)));
                lines.push(format!("DTEND:{}", utc(*end)));
            }
        }
        lines.push(format!("SUMMARY:{}", text(&event.summary)));
        if !event.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", text(&event.description)));
        }
        if !event.location.is_empty() {
            lines.push(format!("LOCATION:{}", text(&event.location)));
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
            summary: "Pelatihan".into(),
            description: String::new(),
            location: "Palembang".into(),
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
