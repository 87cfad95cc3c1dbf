//! schema.org JSON-LD for articles (`NewsArticle`, with an `Event` beside it for event
//! reports); datasets have theirs in `data_view`.

use serde_json::{Value, json};

use crate::site::{Page, PageKind, Site};

/// The JSON-LD of a content page, safe inside `<script>`: for an article its
/// `NewsArticle`, and for an event report an `Event` too (a list of the two); "" for
/// program and standalone pages.
pub fn page(site: &Site, page: &Page) -> String {
    if !matches!(page.kind, PageKind::Article { .. }) {
        return String::new();
    }
    let article = news_article(site, page);
    match event(site, page) {
        Some(event) => script_safe(&json!([article, event])),
        None => script_safe(&article),
    }
}

use super::identity::publisher;

/// A `NewsArticle`: what search engines and link previews read of a news page.
fn news_article(site: &Site, page: &Page) -> Value {
    let url = site.urls.absolute(&page.path);
    let publisher = publisher(site, &page.lang);
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline(&page.title),
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": page.lang,
        "publisher": publisher,
    });
    if let Some(date) = &page.date {
        value["datePublished"] = json!(date.iso());
        let modified = page.updated.as_ref().unwrap_or(date);
        value["dateModified"] = json!(modified.iso());
    }
    value["author"] = if page.author.is_empty() {
        publisher
    } else {
        json!({ "@type": "Person", "name": page.author })
    };
    if !page.summary.is_empty() {
        value["description"] = json!(page.summary);
    }
    if let Some(share) = super::view::ShareView::of_or_site(site, page) {
        value["image"] = json!({
            "@type": "ImageObject",
            "url": share.url,
            "width": share.width,
            "height": share.height,
            "caption": share.alt,
        });
    }
    value
}

/// Google shows at most 110 characters of a headline; longer ones are cut at a word.
fn headline(title: &str) -> String {
    if title.chars().count() <= 110 {
        return title.to_string();
    }
    let cut: String = title.chars().take(109).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

/// An `Event` for a page with `event:`.
fn event(site: &Site, page: &Page) -> Option<Value> {
    let event = page.event.as_ref()?;
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
    Some(value)
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
