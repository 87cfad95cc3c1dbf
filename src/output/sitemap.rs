//! `/sitemap.xml` with `xhtml:link` hreflang alternates, and `/robots.txt` pointing to it.

use quick_xml::escape::escape;

/// One page of the sitemap.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Absolute URL.
    pub url: String,
    /// (language, absolute URL) of every language version, this one included.
    pub alternates: Vec<(String, String)>,
    /// `YYYY-MM-DD` when known.
    pub lastmod: Option<String>,
}

/// The sitemap of `entries`, sorted by URL so the file is the same on every build.
pub fn sitemap(mut entries: Vec<Entry>) -> Vec<u8> {
    entries.sort();
    entries.dedup_by(|a, b| a.url == b.url);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in &entries {
        xml.push_str(&format!("  <url>\n    <loc>{}</loc>\n", escape(&entry.url)));
        if let Some(lastmod) = &entry.lastmod {
            xml.push_str(&format!("    <lastmod>{}</lastmod>\n", escape(lastmod)));
        }
        if entry.alternates.len() > 1 {
            for (lang, url) in &entry.alternates {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    escape(lang),
                    escape(url)
                ));
            }
        }
        xml.push_str("  </url>\n");
    }
    xml.push_str("</urlset>\n");
    xml.into_bytes()
}

/// `robots.txt`: everything may be crawled; here is the sitemap.
pub fn robots(sitemap_url: &str) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n").into_bytes()
}
