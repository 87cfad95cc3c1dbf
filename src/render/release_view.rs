//! What templates see of a dataset's release metadata, in one language: its status and its
//! announced release (days and hours in the release's zone, status, reason), the same on the
//! dataset page and the release calendar.

use serde::Serialize;

use crate::data::release::ReleaseAt;
use crate::i18n::format::Formatter;
use crate::site::Site;
use crate::site::event::zone_label;
use crate::site::release::Scheduled;

#[derive(Serialize, Clone)]
pub struct ReleaseView {
    /// ISO 8601 as placed in time: `2027-01-15T11:00:00+07:00`, or `2027-01-15` (no time).
    pub at: String,
    /// "Jumat, 15 Januari 2027".
    pub date_display: String,
    /// "11.00 WIB"; "" when only the day was announced.
    pub time_display: String,
    /// `confirmed`, `provisional`, `postponed` or `cancelled` (theme strings `release_<status>`).
    pub status: String,
    /// Why it was postponed or cancelled, in this language ("" otherwise).
    pub reason: String,
    pub upcoming: bool,
    /// The date passed and the data were not updated.
    pub missed: bool,
    /// The dataset's page and title (for the calendar); no page ("") while an embargo holds
    /// the dataset whole: it is announced, not published.
    pub dataset_url: String,
    pub dataset_title: String,
    /// The dataset's id: the calendar's anchor of a release announced before its data exist.
    pub dataset_id: String,
}

impl ReleaseView {
    pub fn new(site: &Site, scheduled: &Scheduled<'_>, lang: &str, fmt: &Formatter) -> ReleaseView {
        let written: &ReleaseAt = &scheduled.release.at;
        let at = &scheduled.at;
        let (iso, time_display) = match written.time {
            Some(time) => (
                at.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
                format!("{} {}", fmt.time(time), zone_label(at.offset())),
            ),
            None => (written.date.to_string(), String::new()),
        };
        ReleaseView {
            at: iso,
            date_display: fmt.date(written.date),
            time_display,
            status: scheduled.release.status.name().to_string(),
            reason: scheduled.release.reason.get(lang).to_string(),
            upcoming: scheduled.upcoming(site.now),
            missed: scheduled.missed(site.now),
            dataset_url: scheduled
                .dataset
                .map(|dataset| site.urls.href(&site.dataset_path(dataset, lang)))
                .unwrap_or_default(),
            dataset_title: scheduled.title.get(lang).to_string(),
            dataset_id: scheduled.id.to_string(),
        }
    }

    /// The release of dataset `id`, if it announces one.
    pub fn of_dataset(site: &Site, id: &str, lang: &str, fmt: &Formatter) -> Option<ReleaseView> {
        site.releases()
            .iter()
            .find(|s| s.id == id)
            .map(|s| ReleaseView::new(site, s, lang, fmt))
    }
}
