//! The event pass between parser and HTML writer.

mod destination;
mod nesting;
mod raw_html;

pub use nesting::MAX_NESTING;
use nesting::Nesting;
use raw_html::RawHtml;
pub use raw_html::RawId;
pub use raw_html::repeated_ids;

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};

use super::heading::{Ids, TocEntry};
use super::shortcode::{self, Embed, Piece};
use super::site_link::SiteLink;
use super::task_list::label_tasks;
use super::tokens::{is_token, lift_blocks, token};
use crate::content::SourceDoc;
use crate::diagnostic::{Diagnostic, LineIndex};
use crate::site::{ARTICLE_SIZES, Site};

use crate::messages::msg;

pub struct Rewrite<'a> {
    embed: &'a dyn Embed,
    site: &'a Site,
    doc: &'a SourceDoc,
    lang: &'a str,
    ids: Ids,
    toc: Vec<TocEntry>,
    words: usize,
    problems: Vec<Diagnostic>,
    /// Line starts of the file, built at the first problem (so many problems stay linear).
    lines: std::cell::OnceCell<LineIndex>,
    /// Datasets the page's shortcodes cite.
    pub cited: Vec<String>,
    /// What each shortcode rendered (block or inline, HTML), put in place of its token after
    /// the HTML is written (and sanitized, so raw-HTML sanitizing never touches our charts).
    pub embeds: Vec<(bool, String)>,
    /// Prose outside code and shortcodes, with its range in the body, for the figure lint.
    pub prose: Vec<(String, Range<usize>)>,
    /// Processed images written so far: all but a first one at the top of a page without
    /// a lead picture load lazily.
    pictures: usize,
    /// Links written as site addresses, checked after rendering.
    pub site_links: Vec<SiteLink>,
    /// Links to content files, as they resolved.
    pub content_links: Vec<crate::markdown::link::ContentLink>,
    /// Figures quoted with `stat`, in the order of their notes.
    pub figures: Vec<shortcode::Figure>,
    /// How many links the shortcodes being expanded sit inside.
    link_depth: usize,
    /// Ids written in raw HTML, checked against the finished page.
    pub raw_ids: Vec<RawId>,
}

impl<'a> Rewrite<'a> {
    pub fn new(site: &'a Site, doc: &'a SourceDoc, lang: &'a str, embed: &'a dyn Embed) -> Self {
        Rewrite {
            embed,
            cited: Vec::new(),
            embeds: Vec::new(),
            prose: Vec::new(),
            site_links: Vec::new(),
            content_links: Vec::new(),
            figures: Vec::new(),
            link_depth: 0,
            raw_ids: Vec::new(),
            site,
            doc,
            lang,
            ids: Ids::default(),
            toc: Vec::new(),
            words: 0,
            problems: Vec::new(),
            lines: std::cell::OnceCell::new(),
            pictures: 0,
        }
    }

    pub fn finish(self) -> (Vec<TocEntry>, usize, Vec<Diagnostic>) {
        (self.toc, self.words, self.problems)
    }

    fn problem(&mut self, body_range: &Range<usize>, message: String, help: &str) {
        let problem = self.placed(body_range, message).with_help(help);
        self.problems.push(problem);
    }

    /// An error at `body_range`, not yet reported.
    fn placed(&self, body_range: &Range<usize>, message: String) -> Diagnostic {
        let offset = self.doc.body_start + body_range.start;
        let index = self.lines.get_or_init(|| LineIndex::new(&self.doc.text));
        Diagnostic::error(&self.doc.display, message).at_indexed(&self.doc.text, index, offset)
    }

    pub fn run<'e>(
        &mut self,
        events: impl Iterator<Item = (Event<'e>, Range<usize>)>,
    ) -> Vec<Event<'e>> {
        let events = self.expand_shortcodes(events);
        let out = self.rewrite(events.into_iter());
        label_tasks(lift_blocks(out))
    }

    /// Merge adjacent text (the parser splits it at some characters), then replace shortcodes
    /// outside code with tokens for what they render.
    fn expand_shortcodes<'e>(
        &mut self,
        events: impl Iterator<Item = (Event<'e>, Range<usize>)>,
    ) -> Vec<(Event<'e>, Range<usize>)> {
        let mut out: Vec<(Event<'e>, Range<usize>)> = Vec::new();
        let mut text: Option<(String, Range<usize>)> = None;
        let mut in_code = false;
        let mut nesting = Nesting::default();
        for (event, range) in events {
            match event {
                Event::Text(t) if !in_code => match text.as_mut() {
                    Some((buf, r)) => {
                        buf.push_str(&t);
                        r.end = range.end;
                    }
                    None => text = Some((t.to_string(), range)),
                },
                other => {
                    if let Some((buf, r)) = text.take() {
                        self.flush_text(buf, r, &mut out);
                    }
                    if nesting.too_deep(&other) {
                        self.problem(
                            &range,
                            msg!("markdown-too-deep", limit = MAX_NESTING),
                            &msg!("markdown-too-deep-help"),
                        );
                    }
                    match &other {
                        Event::Start(Tag::CodeBlock(_)) => in_code = true,
                        Event::End(TagEnd::CodeBlock) => in_code = false,
                        Event::Start(Tag::Link { .. }) => self.link_depth += 1,
                        Event::End(TagEnd::Link) => {
                            self.link_depth = self.link_depth.saturating_sub(1)
                        }
                        _ => {}
                    }
                    out.push((other, range));
                }
            }
        }
        if let Some((buf, r)) = text.take() {
            self.flush_text(buf, r, &mut out);
        }
        out
    }

    fn flush_text<'e>(
        &mut self,
        text: String,
        range: Range<usize>,
        out: &mut Vec<(Event<'e>, Range<usize>)>,
    ) {
        if !text.contains("{{") {
            self.prose.push((text.clone(), range.clone()));
            out.push((Event::Text(text.into()), range));
            return;
        }
        let raw = self.doc.body().get(range.clone()).unwrap_or("");
        // The same `{{` in the raw source, so the reported column is right. Both lists are
        // made once: counting per shortcode made 20,000 of them quadratic (issue 17,
        // finding 10).
        let in_text: Vec<usize> = text.match_indices("{{").map(|(i, _)| i).collect();
        let in_raw: Vec<usize> = raw.match_indices("{{").map(|(i, _)| i).collect();
        let place = |offset_in_text: usize| {
            let nth = in_text.partition_point(|&i| i < offset_in_text);
            range.start + in_raw.get(nth).copied().unwrap_or(0)..range.end
        };
        let pieces = match shortcode::split(&text) {
            Ok(pieces) => pieces,
            Err(e) => {
                let at = place(e.offset);
                self.problem(&at, e.message, &msg!("shortcode-form-help"));
                out.push((Event::Text(text.into()), range));
                return;
            }
        };
        for piece in pieces {
            match piece {
                Piece::Text(t) => {
                    self.prose.push((t.clone(), range.clone()));
                    out.push((Event::Text(t.into()), range.clone()))
                }
                Piece::Shortcode { call, start } if call.name == "num" => {
                    match shortcode::marked_text(&call) {
                        Ok(marked) => {
                            out.push((Event::Text(marked.to_string().into()), range.clone()))
                        }
                        Err(message) => self.problem(
                            &place(start),
                            message,
                            &crate::messages::msg!(
                                "figures-num-needs-text-help",
                                example = shortcode::MARKED_EXAMPLE
                            ),
                        ),
                    }
                }
                Piece::Shortcode { call, start } => {
                    let at = place(start);
                    if let Some(id) = self.embed.cited(&call)
                        && !self.cited.contains(&id)
                    {
                        // Once per dataset: the figure lint looks through each one cited.
                        self.cited.push(id);
                    }
                    let block = shortcode::BLOCK.contains(&call.name.as_str());
                    let rendered = if block {
                        self.embed.block(&call, self.lang, self.embeds.len())
                    } else {
                        self.stat(&call)
                    };
                    match rendered {
                        Ok(html) => {
                            let token = token(self.embeds.len());
                            self.embeds.push((block, html));
                            let event = if block {
                                Event::Html(token.into())
                            } else {
                                Event::Text(token.into())
                            };
                            out.push((event, at));
                        }
                        // A dataset whose file failed to load: its own error says why.
                        Err(_) if self.quotes_unloaded_dataset(&call) => {}
                        Err(message) => {
                            let help = shortcode::help_for(&message);
                            self.problem(&at, message, &help)
                        }
                    }
                }
            }
        }
    }

    /// A `stat`'s HTML; its figure joins the page's list, its note ids are kept from headings.
    fn stat(&mut self, call: &shortcode::Call) -> Result<String, String> {
        let number = self.figures.len() + 1;
        let place = shortcode::StatPlace {
            number,
            in_link: self.link_depth > 0,
        };
        let quoted = self.embed.stat(call, self.lang, place)?;
        for id in figure_ids(number) {
            self.ids.reserve(&id);
        }
        self.figures.push(quoted.figure);
        Ok(quoted.html)
    }

    fn quotes_unloaded_dataset(&self, call: &shortcode::Call) -> bool {
        call.text("data")
            .is_some_and(|id| self.site.skipped.is_broken_dataset(id))
    }

    fn rewrite<'e>(
        &mut self,
        events: impl Iterator<Item = (Event<'e>, Range<usize>)>,
    ) -> Vec<Event<'e>> {
        let mut out = Vec::new();
        let mut pending: Option<Pending<'e>> = None;
        // The lines of a raw HTML block, checked together (a tag may span lines).
        let mut block: Option<RawHtml> = None;
        for (event, range) in events {
            if self.site.config.raw_html && self.held_in_block(&event, &range, &mut block, &mut out)
            {
                continue;
            }
            if let Event::Text(t) = &event {
                self.words += t.split_whitespace().count();
            }
            if let Some(p) = pending.as_mut() {
                let done = matches!(
                    (&event, &p.kind),
                    (Event::End(TagEnd::Heading(_)), PendingKind::Heading { .. })
                        | (Event::End(TagEnd::Image), PendingKind::Image { .. })
                );
                if let Event::Text(t) | Event::Code(t) = &event {
                    p.text.push_str(t);
                }
                let event = self.inline(event, &range);
                if let Some(p) = pending.as_mut() {
                    p.events.push(event);
                }
                if done {
                    let finished = pending.take().map(|p| self.finish_pending(p));
                    out.extend(finished.into_iter().flatten());
                }
                continue;
            }
            match event {
                Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }) => {
                    pending = Some(Pending {
                        kind: PendingKind::Heading { level, id },
                        text: String::new(),
                        events: vec![],
                    });
                    // The start tag is rebuilt when the heading ends, with its id.
                    let _ = (classes, attrs);
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    pending = Some(Pending {
                        kind: PendingKind::Image {
                            link_type,
                            dest_url,
                            title,
                            id,
                            range,
                        },
                        text: String::new(),
                        events: vec![],
                    });
                }
                other => {
                    let event = self.inline(other, &range);
                    out.push(event);
                }
            }
        }
        out
    }

    /// Links get their new targets; raw HTML becomes text unless the site allows it.
    fn inline<'e>(&mut self, event: Event<'e>, range: &Range<usize>) -> Event<'e> {
        match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = self
                    .link(&dest_url, range)
                    .map(CowStr::from)
                    .unwrap_or(dest_url);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Html(html) if is_token(&html) => Event::Html(html),
            Event::Html(html) | Event::InlineHtml(html) if !self.site.config.raw_html => {
                Event::Text(html)
            }
            // Inline tags, and any line of HTML outside a block (none reach here today).
            Event::InlineHtml(html) => {
                Event::InlineHtml(self.raw_html(&RawHtml::at(&html, range)).into())
            }
            Event::Html(html) => Event::Html(self.raw_html(&RawHtml::at(&html, range)).into()),
            other => other,
        }
    }
    fn finish_pending<'e>(&mut self, p: Pending<'e>) -> Vec<Event<'e>> {
        match p.kind {
            PendingKind::Heading { level, id } => {
                let id = match id {
                    Some(id) => {
                        self.ids.reserve(&id);
                        id.to_string()
                    }
                    None => self.ids.unique(&p.text),
                };
                if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                    self.toc.push(TocEntry {
                        level: level as u8,
                        id: id.clone(),
                        title: p.text.trim().to_string(),
                    });
                }
                let mut events = vec![Event::Start(Tag::Heading {
                    level,
                    id: Some(id.into()),
                    classes: vec![],
                    attrs: vec![],
                })];
                events.extend(p.events);
                events
            }
            PendingKind::Image {
                link_type,
                dest_url,
                title,
                id,
                range,
            } => {
                let decorative = title.as_ref() == "decorative";
                if p.text.trim().is_empty() && !decorative {
                    self.problem(
                        &range,
                        msg!("markdown-image-no-alt", src = truncate(&dest_url)),
                        &msg!("markdown-image-no-alt-help"),
                    );
                }
                let title: CowStr = if decorative { "".into() } else { title };
                let src = match self.image_src(&dest_url, &range) {
                    Some(Source::Picture(picture)) => {
                        let lazy = self.pictures > 0 || has_lead_image(self.doc);
                        self.pictures += 1;
                        let alt = if decorative { "" } else { p.text.as_str() };
                        let html = picture.img(alt, &title, ARTICLE_SIZES, lazy);
                        let token = token(self.embeds.len());
                        self.embeds.push((false, html));
                        return vec![Event::Text(token.into())];
                    }
                    Some(Source::File(href)) => href,
                    None => dest_url.to_string(),
                };
                let mut events = vec![Event::Start(Tag::Image {
                    link_type,
                    dest_url: src.into(),
                    title,
                    id,
                })];
                events.extend(p.events);
                events
            }
        }
    }
}

/// The ids a figure's note and its entry in the figures list take: the list's heading
/// (`angka`), the entry (`angka-1`) and the note in the text (`angka-1-ref`).
pub(crate) fn figure_ids(number: usize) -> [String; 3] {
    [
        FIGURES_ID.to_string(),
        format!("{FIGURES_ID}-{number}"),
        format!("{FIGURES_ID}-{number}-ref"),
    ]
}

/// The id of the figures list ("Angka dalam artikel ini"), the prefix of its entries' ids.
pub(crate) const FIGURES_ID: &str = "angka";

fn has_lead_image(doc: &SourceDoc) -> bool {
    matches!(&doc.front, crate::content::Front::Page(f) if f.image.is_some())
}

/// What an image in the Markdown shows.
enum Source {
    /// A processed raster image: written as an `<img srcset>` element.
    Picture(crate::site::Picture),
    /// Another file (SVG, GIF), published as it is: its URL.
    File(String),
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_string()
    }
}

struct Pending<'e> {
    kind: PendingKind<'e>,
    text: String,
    events: Vec<Event<'e>>,
}

enum PendingKind<'e> {
    Heading {
        level: HeadingLevel,
        id: Option<CowStr<'e>>,
    },
    Image {
        link_type: LinkType,
        dest_url: CowStr<'e>,
        title: CowStr<'e>,
        id: CowStr<'e>,
        range: Range<usize>,
    },
}
