//! Atom feeds (RFC 4287): the newest articles of one language, with absolute links, summaries
//! and full content.

use quick_xml::escape::escape;

/// One article of a feed.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    pub title: String,
    /// Absolute URL; also the entry's id.
    pub url: String,
    /// RFC 3339.
    pub published: String,
    /// RFC 3339; the published date when the article was never updated.
    pub updated: String,
    pub author: String,
    pub summary: String,
    /// Rendered HTML of the body.
    pub content_html: String,
}

/// The feed's own facts.
#[derive(Debug, Clone)]
pub struct FeedInfo {
    pub lang: String,
    pub title: String,
    pub subtitle: String,
    /// Absolute URL of the feed itself.
    pub self_url: String,
    /// Absolute URL of the language's home page (also the feed's id).
    pub home_url: String,
    /// The site's base URL, against which root-relative links in content resolve.
    pub base_url: String,
    /// Used when there are no entries.
    pub fallback_updated: String,
    /// Who publishes the feed: the site's organization, else the site's title.
    pub author: FeedAuthor,
    /// Absolute URL of the organization's logo ("" for none).
    pub logo: String,
}

/// The feed's `<author>` (RFC 4287 §3.2): a name, with a website and e-mail when known.
#[derive(Debug, Clone, Default)]
pub struct FeedAuthor {
    pub name: String,
    pub uri: String,
    pub email: String,
}

pub fn atom(info: &FeedInfo, entries: &[FeedEntry]) -> Vec<u8> {
    let updated = entries
        .iter()
        .map(|e| e.updated.as_str())
        .max()
        .unwrap_or(&info.fallback_updated);
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\" xml:base=\"{}\">\n",
        escape(&info.lang),
        escape(&info.base_url)
    );
    xml.push_str(&format!("  <title>{}</title>\n", escape(&info.title)));
    if !info.subtitle.is_empty() {
        xml.push_str(&format!(
            "  <subtitle>{}</subtitle>\n",
            escape(&info.subtitle)
        ));
    }
    xml.push_str(&format!(
        "  <link href=\"{}\" rel=\"self\" type=\"application/atom+xml\"/>\n",
        escape(&info.self_url)
    ));
    xml.push_str(&format!(
        "  <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
        escape(&info.home_url)
    ));
    xml.push_str(&format!(
        "  <id>{}</id>\n  <updated>{}</updated>\n",
        escape(&info.home_url),
        escape(updated)
    ));
    let author = &info.author;
    let name = if author.name.is_empty() {
        &info.title
    } else {
        &author.name
    };
    xml.push_str(&format!("  <author>\n    <name>{}</name>\n", escape(name)));
    if !author.uri.is_empty() {
        xml.push_str(&format!("    <uri>{}</uri>\n", escape(&author.uri)));
    }
    if !author.email.is_empty() {
        xml.push_str(&format!("    <email>{}</email>\n", escape(&author.email)));
    }
    xml.push_str("  </author>\n");
    if !info.logo.is_empty() {
        xml.push_str(&format!("  <logo>{}</logo>\n", escape(&info.logo)));
    }
    xml.push_str("  <generator uri=\"https://github.com/terang-ssg/terang\">terang</generator>\n");
    for e in entries {
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape(&e.title)));
        xml.push_str(&format!(
            "    <link href=\"{}\" rel=\"alternate\" type=\"text/html\"/>\n",
            escape(&e.url)
        ));
        xml.push_str(&format!("    <id>{}</id>\n", escape(&e.url)));
        xml.push_str(&format!(
            "    <published>{}</published>\n    <updated>{}</updated>\n",
            escape(&e.published),
            escape(&e.updated)
        ));
        if !e.author.is_empty() {
            xml.push_str(&format!(
                "    <author><name>{}</name></author>\n",
                escape(&e.author)
            ));
        }
        if !e.summary.is_empty() {
            xml.push_str(&format!("    <summary>{}</summary>\n", escape(&e.summary)));
        }
        xml.push_str(&format!(
            "    <content type=\"html\">{}</content>\n",
            escape(&e.content_html)
        ));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml.into_bytes()
}
