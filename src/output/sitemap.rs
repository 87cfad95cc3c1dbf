//! `/sitemap.xml` with `xhtml:link` hreflang alternates (split under a sitemap index past
//! what one file may hold), and `/robots.txt` pointing to it.

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

/// Most URLs one sitemap file may list (sitemaps.org protocol).
const MOST_URLS: usize = 50_000;
/// Most bytes one sitemap file may hold, uncompressed (sitemaps.org protocol).
const MOST_BYTES: usize = 50 * 1024 * 1024;

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const URLSET_CLOSE: &str = "</urlset>\n";

/// The sitemap of `entries`, sorted by URL so the files are the same on every build, as
/// (file name, bytes): `sitemap.xml` alone, or — past 50,000 URLs or 50 MB, what one file
/// may hold — `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`, …
/// (`url_of` makes a file name absolute).
pub fn sitemap(mut entries: Vec<Entry>, url_of: impl Fn(&str) -> String) -> Vec<(String, Vec<u8>)> {
    entries.sort();
    entries.dedup_by(|a, b| a.url == b.url);
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::from(URLSET_OPEN);
    let mut count = 0;
    for entry in &entries {
        let url = url_xml(entry);
        let full =
            count == MOST_URLS || current.len() + url.len() + URLSET_CLOSE.len() > MOST_BYTES;
        if count > 0 && full {
            current.push_str(URLSET_CLOSE);
            parts.push(std::mem::replace(&mut current, String::from(URLSET_OPEN)));
            count = 0;
        }
        current.push_str(&url);
        count += 1;
    }
    current.push_str(URLSET_CLOSE);
    parts.push(current);
    if parts.len() == 1 {
        return vec![("sitemap.xml".to_string(), parts.remove(0).into_bytes())];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::with_capacity(parts.len() + 1);
    for (number, part) in parts.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", number + 1);
        index.push_str(&format!(
            "  <sitemap>\n    <loc>{}</loc>\n  </sitemap>\n",
            escape(url_of(&name))
        ));
        files.push((name, part.into_bytes()));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, ("sitemap.xml".to_string(), index.into_bytes()));
    files
}

/// One `<url>` element.
fn url_xml(entry: &Entry) -> String {
    let mut xml = format!("  <url>\n    <loc>{}</loc>\n", escape(&entry.url));
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
    xml
}

/// `robots.txt`: everything may be crawled; here is the sitemap.
pub fn robots(sitemap_url: &str) -> Vec<u8> {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n").into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(count: usize) -> Vec<Entry> {
        (0..count)
            .map(|n| Entry {
                url: format!("https://example.go.id/berita/{n:06}/"),
                alternates: vec![],
                lastmod: None,
            })
            .collect()
    }

    #[test]
    fn a_site_of_up_to_50000_pages_has_one_sitemap() {
        let files = sitemap(entries(50_000), |n| format!("https://example.go.id/{n}"));
        assert_eq!(files.len(), 1);
        let (name, xml) = &files[0];
        assert_eq!(name, "sitemap.xml");
        let xml = String::from_utf8_lossy(xml);
        assert!(xml.starts_with(URLSET_OPEN) && xml.ends_with(URLSET_CLOSE));
        assert_eq!(xml.matches("<url>").count(), 50_000);
    }

    #[test]
    fn a_larger_site_has_a_sitemap_index_of_files_of_50000() {
        let files = sitemap(entries(120_001), |n| format!("https://example.go.id/{n}"));
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        let index = String::from_utf8_lossy(&files[0].1);
        assert!(index.contains("<sitemapindex"));
        assert!(index.contains("<loc>https://example.go.id/sitemap-3.xml</loc>"));
        let counts: Vec<usize> = files[1..]
            .iter()
            .map(|(_, xml)| String::from_utf8_lossy(xml).matches("<url>").count())
            .collect();
        assert_eq!(counts, [50_000, 50_000, 20_001]);
        let last = String::from_utf8_lossy(&files[3].1);
        assert!(last.contains("/berita/120000/") && last.ends_with(URLSET_CLOSE));
    }
}
