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
    let place_name = [&event.location_name, &event.city, &event.region]
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
    });
    // No place given, no `location`: an empty Place would claim one.
    if !event.place().is_empty() {
        value["location"] = json!({ "@type": "Place", "name": place_name, "address": address });
    }
    if let Some(end) = &event.end {
        value["endDate"] = json!(end.iso());
    }
    if !page.summary.is_empty() {
        value["description"] = json!(page.summary);
    }
    if !event.organizer.is_empty() {
        value["organizer"] = json!({ "@type": "Organization", "name": event.organizer });
    }
    script_safe(&value)
}

/// JSON for a `<script>` element. `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`:
/// escaping only `</` is not enough, since `<!--<script>` in a title would make the browser
/// look for a second `</script>` and swallow the rest of the page. The three characters occur
/// only inside JSON strings, where the escapes mean the same text.
pub(crate) fn script_safe(value: &serde_json::Value) -> String {
    let json = serde_json::to_string(value).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::script_safe;
    use serde_json::json;

    #[test]
    fn json_ld_cannot_open_or_close_a_script_element() {
        let value = json!({"name": "<!--<script>", "x": "</script><script>alert(1)</script> & co"});
        let safe = script_safe(&value);
        assert!(
            !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
            "{safe}"
        );
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
    }
}
