//! Markdown to HTML: one function owns the parser options; a rewrite pass resolves links to
//! other pages, checks images and their alt text, adds heading ids and handles raw HTML.

mod heading;
pub(crate) mod link;
mod rewrite;
pub use rewrite::RawId;
pub use rewrite::repeated_ids;
pub(crate) use rewrite::{FIGURES_ID, figure_ids};
pub mod site_link;
mod task_list;
mod tokens;

pub use heading::TocEntry;

use pulldown_cmark::{Options, Parser};

use crate::content::SourceDoc;
use crate::diagnostic::Diagnostic;
use crate::site::Site;

/// The Markdown dialect: CommonMark with tables, footnotes, strikethrough, task lists and
/// `{#id}` heading attributes.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A rendered Markdown body.
#[derive(Debug, Default, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub words: usize,
    /// Datasets cited by shortcodes.
    pub cited: Vec<String>,
    /// Prose runs and their ranges in the body, for the figure lint.
    pub prose: Vec<(String, std::ops::Range<usize>)>,
    /// Links written as site addresses, checked once every output file is known.
    pub site_links: Vec<site_link::SiteLink>,
    /// Links to content files, as they resolved (what a rebuild checks before reusing).
    pub content_links: Vec<link::ContentLink>,
    /// Figures quoted with `stat`, numbered as their notes in the text.
    pub figures: Vec<shortcode::Figure>,
    /// Ids written in raw HTML: each must be the only one of its kind on the finished page.
    pub raw_ids: Vec<RawId>,
}

/// Render the body of `doc` for a page in `lang`. Problems are returned with the output so
/// every problem of every page is reported together.
pub fn render(
    site: &Site,
    doc: &SourceDoc,
    lang: &str,
    embed: &dyn shortcode::Embed,
) -> (Rendered, Vec<Diagnostic>) {
    let body = doc.body();
    let parser = Parser::new_ext(body, options()).into_offset_iter();
    let mut pass = rewrite::Rewrite::new(site, doc, lang, embed);
    let events = pass.run(parser);
    let mut html = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if site.config.raw_html {
        html = sanitize(&html);
    }
    let html = tokens::fill_tokens(&html, &pass.embeds);
    let cited = std::mem::take(&mut pass.cited);
    let prose = std::mem::take(&mut pass.prose);
    let site_links = std::mem::take(&mut pass.site_links);
    let content_links = std::mem::take(&mut pass.content_links);
    let figures = std::mem::take(&mut pass.figures);
    let raw_ids = std::mem::take(&mut pass.raw_ids);
    let (toc, words, problems) = pass.finish();
    (
        Rendered {
            html,
            toc,
            words,
            cited,
            prose,
            site_links,
            content_links,
            figures,
            raw_ids,
        },
        problems,
    )
}

/// Raw HTML is allowed only through this: no scripts, no event handlers, no `javascript:`.
fn sanitize(html: &str) -> String {
    ammonia::Builder::default()
        .add_generic_attributes(["id", "class", "lang", "dir"])
        .add_tags([
            "figure",
            "figcaption",
            "details",
            "summary",
            "input",
            "label",
            "section",
        ])
        .add_tag_attributes("input", ["type", "checked", "disabled"])
        .add_tag_attributes("a", ["hreflang"])
        .add_tag_attributes("sup", ["class", "id"])
        .link_rel(None)
        .clean(html)
        .to_string()
}
pub mod lint;
pub mod shortcode;
