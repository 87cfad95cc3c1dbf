//! What templates see of an event, in one language: its days ("15–16 Desember 2026"), its
//! hours in its own zone ("08.00–16.00 WITA"), its place, and the machine-readable dates.
//! The events page, article lists and the article's event box all show this one view, so
//! they cannot disagree.

use serde::Serialize;

use crate::i18n::format::{Formatter, join_range};
use crate::site::event::zone_label;
use crate::site::page::Event;
use crate::site::{Page, Site};

#[derive(Serialize, Clone)]
pub struct EventView {
    /// ISO 8601 start as written: `2026-12-03T08:00:00+08:00`, or `2026-12-15` (all day).
    pub start: String,
    /// ISO 8601 end, or "".
    pub end: String,
    /// The event's days: "Kamis, 3 Desember 2026", "15–16 Desember 2026".
    pub date_display: String,
    /// Its hours with their zone: "08.00–16.00 WITA", "09.00 WIT"; "" when all-day.
    pub time_display: String,
    pub all_day: bool,
    /// Not yet ended at build time.
    pub upcoming: bool,
    /// Venue, city and region joined ("" when none is given: then show no "Place").
    pub place: String,
    pub location_name: String,
    pub city: String,
    pub region: String,
    pub organizer: String,
    /// Root-relative URL of this event's own iCalendar file ("add to calendar").
    pub ics_url: String,
    /// The first day alone (kept for themes written before `date_display`).
    pub start_display: String,
    /// The last day alone, "" without an end (kept for older themes).
    pub end_display: String,
}

impl EventView {
    pub fn new(site: &Site, page: &Page, event: &Event, words: &Formatter) -> EventView {
        let last = event.last();
        EventView {
            start: event.start.iso(),
            end: event.end.as_ref().map(|w| w.iso()).unwrap_or_default(),
            date_display: words.date_range(event.start.date(), last.date()),
            time_display: time_display(event, words),
            all_day: event.all_day(),
            upcoming: event.is_upcoming(site.now),
            place: event.place(),
            location_name: event.location_name.clone(),
            city: event.city.clone(),
            region: event.region.clone(),
            organizer: event.organizer.clone(),
            ics_url: site.urls.href(&super::publish::event_ics_path(page)),
            start_display: words.date(event.start.date()),
            end_display: event
                .end
                .as_ref()
                .map(|w| words.date(w.date()))
                .unwrap_or_default(),
        }
    }
}

/// "08.00–16.00 WITA": the clock times of the first and last day, in the offsets written;
/// "08.00 WITA – 16.00 WIT" when start and end were written in different zones.
fn time_display(event: &Event, words: &Formatter) -> String {
    if event.all_day() {
        return String::new();
    }
    let (start, end) = (&event.start.at, &event.last().at);
    let zone = zone_label(start.offset());
    if start.offset() == end.offset() {
        let times = words.time_range(start.time(), end.time());
        format!("{times} {zone}")
    } else {
        join_range(
            &format!("{} {zone}", words.time(start.time())),
            &format!("{} {}", words.time(end.time()), zone_label(end.offset())),
        )
    }
}
