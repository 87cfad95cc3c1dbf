//! The site's official identity as templates see it (`site.organization`: name, logo,
//! address, contact) and as JSON-LD names the publisher (`GovernmentOrganization`).

use serde::Serialize;
use serde_json::{Value, json};

use crate::site::{Site, asset_href};

/// Who publishes the site, in one language.
#[derive(Serialize, Clone)]
pub struct OrganizationView {
    pub name: String,
    /// Its own website ("" when not given), and as shown: `kemensos.go.id`.
    pub url: String,
    pub url_display: String,
    pub logo: Option<LogoView>,
    /// Contact address ("" when not given) and its `mailto:` link.
    pub email: String,
    pub email_url: String,
    pub address: String,
}

/// The logo as an `<img>`: its URL and size (no layout shift while it loads).
#[derive(Serialize, Clone)]
pub struct LogoView {
    pub src: String,
    /// Absolute, for JSON-LD.
    pub url: String,
    pub width: u32,
    pub height: u32,
}

impl OrganizationView {
    pub fn of(site: &Site, lang: &str) -> Option<OrganizationView> {
        let org = site.config.organization.as_ref()?;
        let logo = org.logo.as_ref().and_then(|l| logo(site, &l.rel, lang));
        Some(OrganizationView {
            name: org.name.get(lang).to_string(),
            url: org.url.clone(),
            url_display: org
                .url
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_end_matches('/')
                .to_string(),
            logo,
            email_url: if org.email.is_empty() {
                String::new()
            } else {
                format!("mailto:{}", org.email)
            },
            email: org.email.clone(),
            address: org.address.get(lang).to_string(),
        })
    }
}

/// The logo file as a page in `lang` links to it, sized from its SVG `viewBox` or its pixels.
fn logo(site: &Site, rel: &str, lang: &str) -> Option<LogoView> {
    if let Some(picture) = site.picture(rel, lang) {
        let picture = picture.ok()?;
        return Some(LogoView {
            url: picture.share_url,
            src: picture.src,
            width: picture.width,
            height: picture.height,
        });
    }
    let file = site.bundles.output_path(rel, lang);
    let (width, height) = site
        .assets
        .iter()
        .find(|a| a.rel == rel)
        .and_then(|a| std::fs::read_to_string(&a.path).ok())
        .and_then(|text| svg_size(&text))
        .unwrap_or((1, 1));
    Some(LogoView {
        src: asset_href(&site.urls, &file),
        url: crate::site::asset_url(&site.urls, &file),
        width,
        height,
    })
}

/// The size an SVG declares on its root element: `viewBox`, else `width` and `height`.
/// Only the aspect ratio matters (CSS sets the height), so it is scaled to 48 px high.
fn svg_size(text: &str) -> Option<(u32, u32)> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "svg" => {
                let attr = |name: &str| -> Option<String> {
                    let a = e.try_get_attribute(name).ok()??;
                    Some(a.value.to_string())
                };
                let (w, h) = match attr("viewBox") {
                    Some(vb) => {
                        let n: Vec<f64> = vb
                            .split([' ', ','])
                            .filter(|s| !s.is_empty())
                            .filter_map(|s| s.parse().ok())
                            .collect();
                        (*n.get(2)?, *n.get(3)?)
                    }
                    None => (
                        attr("width")?.trim_end_matches("px").parse().ok()?,
                        attr("height")?.trim_end_matches("px").parse().ok()?,
                    ),
                };
                if !(w > 0.0 && h > 0.0 && w.is_finite() && h.is_finite()) {
                    return None;
                }
                return Some((((48.0 * w / h).round() as u32).max(1), 48));
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

/// The `<author>` of the site's feeds in `lang`: the organization, else the site's title.
pub fn feed_author(site: &Site, lang: &str) -> crate::output::feed::FeedAuthor {
    match OrganizationView::of(site, lang) {
        Some(org) => crate::output::feed::FeedAuthor {
            name: org.name,
            uri: org.url,
            email: org.email,
        },
        None => crate::output::feed::FeedAuthor {
            name: site.config.title.get(lang).to_string(),
            ..Default::default()
        },
    }
}

/// Absolute URL of the organization's logo, "" when there is none.
pub fn logo_url(site: &Site, lang: &str) -> String {
    OrganizationView::of(site, lang)
        .and_then(|o| o.logo)
        .map(|l| l.url)
        .unwrap_or_default()
}

/// schema.org publisher of the site: the `GovernmentOrganization` of `organization`
/// (name, url, logo, e-mail, address), else an `Organization` named after the site.
pub fn publisher(site: &Site, lang: &str) -> Value {
    let Some(org) = OrganizationView::of(site, lang) else {
        return json!({
            "@type": "Organization",
            "name": site.config.title.get(lang),
            "url": site.config.base_url.as_str(),
        });
    };
    let mut value = json!({
        "@type": "GovernmentOrganization",
        "name": org.name,
        "url": if org.url.is_empty() { site.config.base_url.as_str() } else { org.url.as_str() },
    });
    if let Some(logo) = &org.logo {
        value["logo"] = json!({
            "@type": "ImageObject",
            "url": logo.url,
            "width": logo.width,
            "height": logo.height,
        });
    }
    if !org.email.is_empty() {
        value["email"] = json!(org.email);
    }
    if !org.address.is_empty() {
        value["address"] = json!({ "@type": "PostalAddress", "streetAddress": org.address });
    }
    value
}

#[cfg(test)]
mod tests {
    use super::svg_size;

    #[test]
    fn an_svg_is_sized_from_its_view_box_at_48_px_high() {
        let svg = r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 48"></svg>"#;
        assert_eq!(svg_size(svg), Some((96, 48)));
        assert_eq!(
            svg_size(r#"<svg width="30px" height="30px"></svg>"#),
            Some((48, 48))
        );
        assert_eq!(svg_size("<svg></svg>"), None);
        assert_eq!(svg_size("not xml <"), None);
    }
}
