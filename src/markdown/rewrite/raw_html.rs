//! Raw HTML in Markdown, when a site allows it (`markdown: {raw_html: true}`): held to the
//! rules Markdown follows (issue 17, finding 11). An `<img>` needs `alt`, a file next to the
//! page and no other host, and is published like a Markdown picture; `class` is refused (the
//! theme's classes can hide a link from readers and keep it for search engines); every `id`
//! is remembered, so a second `id="main"` on the finished page is an error at its tag.
//! Scripts, handlers and unknown attributes are removed later by the sanitizer.

use std::collections::HashMap;
use std::ops::Range;

use lol_html::html_content::{ContentType, Element};
use lol_html::{RewriteStrSettings, element, rewrite_str};
use pulldown_cmark::{Event, Tag, TagEnd};

use super::{Rewrite, Source, truncate};
use crate::diagnostic::Diagnostic;
use crate::markdown::tokens::{is_token, token};
use crate::messages::msg;
use crate::site::ARTICLE_SIZES;

/// The raw HTML of one block (its lines joined) or one inline tag, and where each piece
/// starts in the Markdown body, so a tag's position is found in the file.
#[derive(Debug, Default)]
pub(crate) struct RawHtml {
    text: String,
    /// (offset in `text`, offset in the body) of each piece, in order.
    starts: Vec<(usize, usize)>,
}

impl RawHtml {
    /// One piece of raw HTML at `range` of the body (an inline tag).
    pub(crate) fn at(html: &str, range: &Range<usize>) -> RawHtml {
        let mut raw = RawHtml::default();
        raw.push(html, range.start);
        raw
    }

    pub(crate) fn push(&mut self, html: &str, body_start: usize) {
        self.starts.push((self.text.len(), body_start));
        self.text.push_str(html);
    }

    /// `range` of `text` as a range of the body (a tag does not span two pieces' gap).
    fn body_range(&self, range: Range<usize>) -> Range<usize> {
        let piece = self.starts.partition_point(|(at, _)| *at <= range.start);
        let (at, body) = self.starts[piece.saturating_sub(1)];
        let start = body + range.start.saturating_sub(at);
        start..start + range.len()
    }
}

/// The element read after a raw HTML block, to learn whether the block ended in text.
const END_NAME: &str = "terang-raw-html-end";
const END: &str = "<terang-raw-html-end>";

/// An `id` written in raw HTML, with the error to report if the finished page repeats it.
#[derive(Debug, Clone)]
pub struct RawId {
    id: String,
    problem: Diagnostic,
}

impl Rewrite<'_> {
    /// Gather the lines of a raw HTML block into `block`; at its end, put the checked block
    /// in `out`. True when `event` was taken (a line of the block).
    pub(super) fn held_in_block<'e>(
        &mut self,
        event: &Event<'e>,
        range: &Range<usize>,
        block: &mut Option<RawHtml>,
        out: &mut Vec<Event<'e>>,
    ) -> bool {
        match (event, block.as_mut()) {
            (Event::Start(Tag::HtmlBlock), _) => *block = Some(RawHtml::default()),
            (Event::Html(html), Some(raw)) if !is_token(html) => {
                raw.push(html, range.start);
                return true;
            }
            (Event::End(TagEnd::HtmlBlock), Some(_)) => {
                let raw = block.take().unwrap_or_default();
                out.push(Event::Html(self.raw_html(&raw).into()));
            }
            _ => {}
        }
        false
    }

    /// `raw` checked and rewritten (pictures published, `class` removed); problems reported.
    ///
    /// A block that ends inside a tag, a comment or a `<textarea>` (`<img src=x` and a blank
    /// line) is refused: the page's next markup would complete it, so the browser would read
    /// a tag this check never saw. It is found by reading the block with an element of our
    /// own after it ([`END`]): that element is seen only when the block ended in text.
    pub(super) fn raw_html(&mut self, raw: &RawHtml) -> String {
        if raw.text.is_empty() {
            return String::new();
        }
        let end_at = raw.text.len();
        let mut ended = false;
        // Where the last tag began: the one left open, when the block does not end in text.
        let mut last_tag = None;
        let text = format!("{}{END}", raw.text);
        let settings =
            RewriteStrSettings::new().append_element_content_handler(element!("*", |el| {
                if el.source_location().bytes().start == end_at {
                    ended = el.tag_name() == END_NAME;
                    el.remove();
                } else {
                    last_tag = Some(el.source_location().bytes().start);
                    self.raw_element(el, raw);
                }
                Ok(())
            }));
        let rewritten = rewrite_str(&text, settings);
        let problem = match rewritten {
            Ok(html) if ended => return html,
            Ok(_) => {
                let at = last_tag.or_else(|| raw.text.rfind('<')).unwrap_or(0);
                (
                    raw.body_range(at..at + 1),
                    msg!("raw-html-unclosed"),
                    msg!("raw-html-unclosed-help"),
                )
            }
            // Markup a browser could read two ways: shown as text, never passed unchecked.
            Err(e) => (
                raw.body_range(0..raw.text.len().min(1)),
                msg!("raw-html-unreadable", error = e.to_string()),
                msg!("raw-html-unreadable-help"),
            ),
        };
        self.problem(&problem.0, problem.1, &problem.2);
        ammonia::clean_text(&raw.text)
    }

    fn raw_element(&mut self, el: &mut Element<'_, '_>, raw: &RawHtml) {
        let at = raw.body_range(el.source_location().bytes());
        if let Some(class) = el.get_attribute("class") {
            self.problem(
                &at,
                msg!("raw-html-class", class = truncate(&class)),
                &msg!("raw-html-class-help"),
            );
            el.remove_attribute("class");
        }
        if let Some(id) = el.get_attribute("id") {
            let problem = self
                .placed(&at, msg!("raw-html-id-repeated", id = truncate(&id)))
                .with_help(msg!("raw-html-id-repeated-help", id = truncate(&id)));
            self.raw_ids.push(RawId { id, problem });
        }
        if el.tag_name().eq_ignore_ascii_case("img") {
            self.raw_image(el, &at);
        }
    }

    /// An `<img>` as Markdown's `![alt](src)`: `alt` present (`alt=""` for decoration), the
    /// file next to the page, published in its sizes.
    fn raw_image(&mut self, el: &mut Element<'_, '_>, at: &Range<usize>) {
        let src = el.get_attribute("src").unwrap_or_default();
        let alt = el.get_attribute("alt");
        if alt.is_none() {
            self.problem(
                at,
                msg!("raw-html-img-no-alt", src = truncate(&src)),
                &msg!("raw-html-img-no-alt-help"),
            );
        }
        match self.image_src(&src, at) {
            Some(Source::Picture(picture)) => {
                let lazy = self.pictures > 0 || super::has_lead_image(self.doc);
                self.pictures += 1;
                let title = el.get_attribute("title").unwrap_or_default();
                let html = picture.img(alt.as_deref().unwrap_or(""), &title, ARTICLE_SIZES, lazy);
                let token = token(self.embeds.len());
                self.embeds.push((false, html));
                el.replace(&token, ContentType::Text);
            }
            Some(Source::File(href)) => {
                // `src` is a valid attribute name: setting it cannot fail.
                let _ = el.set_attribute("src", &href);
            }
            None => {}
        }
    }
}

/// The raw-HTML ids that `page` (the finished page: template, headings and all) holds more
/// than once, each reported once at its last tag.
pub fn repeated_ids(page: &str, raw_ids: &[RawId]) -> Vec<Diagnostic> {
    if raw_ids.is_empty() {
        return Vec::new();
    }
    let mut count: HashMap<String, usize> = HashMap::new();
    let settings = RewriteStrSettings::new()
        .with_strict(false)
        .append_element_content_handler(element!("[id]", |el| {
            if let Some(id) = el.get_attribute("id") {
                *count.entry(id).or_default() += 1;
            }
            Ok(())
        }));
    // Our own page: it parses; were it not to, nothing is counted and nothing reported.
    let _ = rewrite_str(page, settings);
    let mut last: HashMap<&str, &Diagnostic> = HashMap::new();
    for raw in raw_ids {
        if count.get(&raw.id).is_some_and(|n| *n > 1) {
            last.insert(&raw.id, &raw.problem);
        }
    }
    let mut problems: Vec<Diagnostic> = last.into_values().cloned().collect();
    problems.sort_by_key(|d| (d.line, d.column));
    problems
}
