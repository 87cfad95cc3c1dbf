//! The release calendar as files (issue 15 item 1): per language an iCalendar file of every
//! announced release (`releases.ics`) and an Atom feed of them (`releases.xml`), so readers
//! can subscribe to the dates instead of checking the page.

use super::theme::{self, Strings};

use super::publish::calendar_zone;
use super::release_view::ReleaseView;
use crate::data::release::ReleaseStatus;
use crate::i18n::locales::Locales;
use crate::output::feed::{FeedEntry, FeedInfo, atom};
use crate::output::ics::{CalendarEvent, When, calendar};
use crate::output::{OutputFile, Payload};
use crate::site::Site;
use crate::site::release::Scheduled;

/// Where a release points: its dataset's page, or — while an embargo holds the dataset
/// whole — its entry on the release calendar.
fn release_url(site: &Site, s: &Scheduled<'_>, lang: &str) -> String {
    match s.dataset {
        Some(dataset) => site.urls.absolute(&site.dataset_path(dataset, lang)),
        None => format!(
            "{}#release-{}",
            site.urls.absolute(&site.releases_path(lang)),
            s.id
        ),
    }
}

/// `releases.ics` and `releases.xml` of every language.
pub fn files(site: &Site, strings: &Strings, locales: &Locales) -> Vec<OutputFile> {
    let scheduled = site.releases();
    let mut files = Vec::new();
    for language in &site.config.languages {
        let lang = language.code.as_str();
        let word = |key: &str| theme::word(strings, lang, key);
        let name = format!("{} · {}", site.config.title.get(lang), word("releases"));
        let fmt = locales.get(lang);
        let mut events = Vec::new();
        let mut entries = Vec::new();
        for s in &scheduled {
            let view = ReleaseView::new(site, s, lang, fmt);
            let status = word(&format!("release_{}", view.status));
            let mut summary = status.clone();
            if !view.reason.is_empty() {
                summary = format!("{summary}: {}", view.reason);
            }
            events.push(calendar_event(site, s, lang, &summary));
            entries.push(feed_entry(site, s, lang, &view, &summary));
        }
        let path = |file: &str| site.urls.lang_file(language, file).as_str().to_string();
        files.push(OutputFile {
            path: path("releases.ics"),
            payload: Payload::Bytes(calendar(&name, &events, site.now)),
        });
        let info = FeedInfo {
            lang: lang.to_string(),
            title: name,
            subtitle: word("releases_description"),
            self_url: site
                .urls
                .absolute(&site.urls.lang_file(language, "releases.xml")),
            home_url: site.urls.absolute(&site.releases_path(lang)),
            base_url: site.config.base_url.to_string(),
            fallback_updated: site.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            author: super::identity::feed_author(site, lang),
            logo: super::identity::logo_url(site, lang),
        };
        files.push(OutputFile {
            path: path("releases.xml"),
            payload: Payload::Bytes(atom(&info, &entries)),
        });
    }
    files
}

fn calendar_event(site: &Site, s: &Scheduled<'_>, lang: &str, summary: &str) -> CalendarEvent {
    let when = match s.release.at.time {
        None => When::Days {
            first: s.release.at.date,
            last: s.release.at.date,
        },
        Some(_) => When::Times {
            start: s.at.timestamp(),
            end: None,
            zone: calendar_zone(s.at.offset()),
        },
    };
    let host = site.config.base_url.host_str().unwrap_or("terang");
    CalendarEvent {
        uid: format!("release.{}@{host}", s.id),
        lang: lang.to_string(),
        summary: s.title.get(lang).to_string(),
        description: summary.to_string(),
        location: String::new(),
        status: Some(match s.release.status {
            ReleaseStatus::Confirmed | ReleaseStatus::Postponed => "CONFIRMED",
            ReleaseStatus::Provisional => "TENTATIVE",
            ReleaseStatus::Cancelled => "CANCELLED",
        }),
        url: release_url(site, s, lang),
        when,
    }
}

/// One announced release as a feed entry: the dataset, the date and the status.
fn feed_entry(
    site: &Site,
    s: &Scheduled<'_>,
    lang: &str,
    view: &ReleaseView,
    summary: &str,
) -> FeedEntry {
    let when = [view.date_display.as_str(), view.time_display.as_str()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    // Entries change when the data are published: their date is `source.published`.
    let updated = s
        .dataset
        .and_then(|dataset| dataset.source.published)
        .and_then(|d| d.to_zoned_datetime(site.config.timezone.clone()).ok())
        .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
        .unwrap_or_else(|| site.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string());
    FeedEntry {
        title: format!("{}: {when}", s.title.get(lang)),
        url: release_url(site, s, lang),
        published: updated.clone(),
        updated,
        author: String::new(),
        summary: summary.to_string(),
        content_html: String::new(),
    }
}
