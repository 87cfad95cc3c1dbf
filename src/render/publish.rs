//! What feed readers, calendars and search engines read: Atom feeds, iCalendar files, the
//! sitemap and robots.txt, made from the site and what the page renders collected.

use std::collections::HashMap;

use super::discovery::Discovery;
use crate::output::feed::{FeedEntry, FeedInfo, atom};
use crate::output::ics::{CalendarEvent, When, Zone, calendar};
use crate::output::sitemap::{self, Entry};
use crate::output::{OutputFile, Payload};
use crate::site::event::indonesian_zone;
use crate::site::{Page, Site, SitePath};

/// Everything published besides pages.
pub fn files(
    site: &Site,
    discovery: &Discovery,
    bodies: &HashMap<String, String>,
    pages: Vec<Entry>,
    calendar_names: &HashMap<String, String>,
) -> Vec<OutputFile> {
    let mut files = Vec::new();
    let bytes = |path: String, bytes: Vec<u8>| OutputFile {
        path,
        payload: Payload::Bytes(bytes),
    };
    for lang in &site.config.languages {
        let feed = feed(site, &lang.code, discovery.feed(&lang.code), bodies);
        files.push(bytes(
            site.urls.lang_file(lang, "feed.xml").as_str().to_string(),
            feed,
        ));
        let events: Vec<&Page> = discovery
            .events(&lang.code)
            .iter()
            .map(|&i| &site.pages[i])
            .collect();
        if !events.is_empty() {
            let name = calendar_names.get(&lang.code).cloned().unwrap_or_default();
            let all: Vec<CalendarEvent> = events
                .iter()
                .filter_map(|p| calendar_event(site, p))
                .collect();
            files.push(bytes(
                site.urls.lang_file(lang, "events.ics").as_str().to_string(),
                calendar(&name, &all, site.now),
            ));
            // Each event's own file once, from its own language (an untranslated event is
            // in other languages' calendars too, but its page, and file, exist once).
            for (page, event) in events.iter().zip(&all) {
                if page.lang != lang.code {
                    continue;
                }
                files.push(bytes(
                    event_ics_path(page).as_str().to_string(),
                    calendar(&name, std::slice::from_ref(event), site.now),
                ));
            }
        }
    }
    let url_of = |name: &str| site.urls.absolute(&SitePath::file(name));
    for (name, xml) in sitemap::sitemap(pages, url_of) {
        files.push(bytes(name, xml));
    }
    files.push(bytes(
        "robots.txt".into(),
        sitemap::robots(&site.urls.absolute(&SitePath::file("sitemap.xml"))),
    ));
    files
}

/// The single-event calendar next to an event's page ("add to calendar").
pub fn event_ics_path(page: &Page) -> SitePath {
    SitePath::file(&format!("{}event.ics", page.path.as_str()))
}

fn feed(site: &Site, lang: &str, newest: &[usize], bodies: &HashMap<String, String>) -> Vec<u8> {
    let language = site.language(lang);
    let urls = &site.urls;
    let entries: Vec<FeedEntry> = newest
        .iter()
        .map(|&i| {
            let page = &site.pages[i];
            let published = page
                .date
                .as_ref()
                .map(|d| d.iso_instant())
                .unwrap_or_default();
            FeedEntry {
                title: page.title.clone(),
                url: urls.absolute(&page.path),
                updated: page
                    .updated
                    .as_ref()
                    .map(|d| d.iso_instant())
                    .unwrap_or_else(|| published.clone()),
                published,
                author: page.author.clone(),
                summary: page.summary.clone(),
                content_html: bodies.get(page.path.as_str()).cloned().unwrap_or_default(),
            }
        })
        .collect();
    let info = FeedInfo {
        lang: lang.to_string(),
        title: site.config.title.get(lang).to_string(),
        subtitle: site.config.description.get(lang).to_string(),
        self_url: urls.absolute(&urls.lang_file(language, "feed.xml")),
        home_url: urls.absolute(&urls.home(language)),
        base_url: site.config.base_url.to_string(),
        fallback_updated: site.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        author: super::identity::feed_author(site, lang),
        logo: super::identity::logo_url(site, lang),
    };
    atom(&info, &entries)
}

/// The zone a timed event or release is written in, for the calendar: one of Indonesia's.
pub(super) fn calendar_zone(offset: jiff::tz::Offset) -> Option<Zone> {
    indonesian_zone(offset).map(|(tzid, name)| Zone {
        tzid: tzid.into(),
        name: name.into(),
        offset_seconds: offset.seconds(),
    })
}

fn calendar_event(site: &Site, page: &Page) -> Option<CalendarEvent> {
    let event = page.event.as_ref()?;
    let when = if event.all_day() {
        When::Days {
            first: event.start.date(),
            last: event.last().date(),
        }
    } else {
        let offset = event.start.at.offset();
        // In the event's zone when it is one of Indonesia's (and the end is in it too).
        let zone = indonesian_zone(offset)
            .filter(|_| event.last().at.offset() == offset)
            .map(|(tzid, name)| Zone {
                tzid: tzid.into(),
                name: name.into(),
                offset_seconds: offset.seconds(),
            });
        When::Times {
            start: event.start.at.timestamp(),
            end: event.end.as_ref().map(|e| e.at.timestamp()),
            zone,
        }
    };
    let host = site.config.base_url.host_str().unwrap_or("terang");
    let mut description = page.summary.clone();
    if !event.organizer.is_empty() {
        description = if description.is_empty() {
            event.organizer.clone()
        } else {
            format!("{description}\n{}", event.organizer)
        };
    }
    Some(CalendarEvent {
        uid: format!("{}@{host}", page.key.replace('/', ".")),
        lang: page.lang.clone(),
        summary: page.title.clone(),
        description,
        location: event.place(),
        status: None,
        url: site.urls.absolute(&page.path),
        when,
    })
}
