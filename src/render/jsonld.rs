//! schema.org JSON-LD for event reports (`Event`); datasets have theirs in `data_view`.

use serde_json::json;

use crate::site::{Page, Site};

/// An `Event` for a page with `event:`, or "" for other pages. Safe inside `<script>`.
pub fn event(site: &Site, page: &Page) -> String {
    let Some(event) = &page.event else {
        return String::new();
    };
    let mut address = serde_json::Map::new();
    address.insert("@type".into(), json!("PostalAddress"));
    if !event.city.is_empty() {
        address.insert("addressLocality".into(), json!(event.city));
    }
    if !event.region.is_empty() {
        address.insert("addressRegion".into(), json!(event.region));
    }
    let place_name = [&event.location_name, &event.city]
        .into_iter()
        .find(|s| !s.is_empty())
        .cloned()
        .unwrap_or_default();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "url": site.urls.absolute(&page.path),
        "inLanguage": page.lang,
        "startDate": event.start.iso(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "eventStatus": "https://schema.org/EventScheduled",
        "location": { "@type": "Place", "name": place_name, "address": address },
    });
    if let Some(end) = &event.end {
        value["endDate"] = json!(end.iso());
    }
    if !page.summary.is_empty() {
        value["description"] = json!(page.summary);
    }
    if !event.organizer.is_empty() {
        value["organizer"] = json!({ "@type": "Organization", "name": event.organizer });
    }
    serde_json::to_string(&value)
        .unwrap_or_default()
        .replace("</", "<\\/")
}
