//! The event pass between parser and HTML writer.

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};

use super::heading::{Ids, TocEntry};
use super::link::{is_content_link, resolve_page_link};
use crate::content::SourceDoc;
use crate::diagnostic::Diagnostic;
use crate::site::{Site, asset_exists, asset_href, resolve_asset, url_is_external};

pub struct Rewrite<'a> {
    site: &'a Site,
    doc: &'a SourceDoc,
    lang: &'a str,
    ids: Ids,
    toc: Vec<TocEntry>,
    words: usize,
    problems: Vec<Diagnostic>,
}

impl<'a> Rewrite<'a> {
    pub fn new(site: &'a Site, doc: &'a SourceDoc, lang: &'a str) -> Self {
        Rewrite {
            site,
            doc,
            lang,
            ids: Ids::default(),
            toc: Vec::new(),
            words: 0,
            problems: Vec::new(),
        }
    }

    pub fn finish(self) -> (Vec<TocEntry>, usize, Vec<Diagnostic>) {
        (self.toc, self.words, self.problems)
    }

    fn problem(&mut self, body_range: &Range<usize>, message: String, help: &str) {
        let offset = self.doc.body_start + body_range.start;
        self.problems.push(
            Diagnostic::error(&self.doc.display, message)
                .at_offset(&self.doc.text, offset)
                .with_help(help),
        );
    }

    pub fn run<'e>(
        &mut self,
        events: impl Iterator<Item = (Event<'e>, Range<usize>)>,
    ) -> Vec<Event<'e>> {
        let mut out = Vec::new();
        let mut pending: Option<Pending<'e>> = None;
        for (event, range) in events {
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
            Event::Html(html) | Event::InlineHtml(html) if !self.site.config.raw_html => {
                Event::Text(html)
            }
            other => other,
        }
    }

    /// A link's new target, or `None` to keep it as written.
    fn link(&mut self, dest: &str, range: &Range<usize>) -> Option<String> {
        let scheme = dest.trim().to_ascii_lowercase();
        if scheme.starts_with("javascript:")
            || scheme.starts_with("vbscript:")
            || scheme.starts_with("data:")
        {
            self.problem(
                range,
                format!("links may not run code: `{}`", truncate(dest)),
                "link to a page or a file instead",
            );
            return None;
        }
        if is_content_link(dest) {
            return match resolve_page_link(self.site, &self.doc.doc.rel, dest, self.lang) {
                Ok(href) => Some(href),
                Err(message) => {
                    self.problem(range, message, "check the file name; links to pages end in `.md`, e.g. `../programs/pkh.md` or `@/programs/pkh.md`");
                    None
                }
            };
        }
        if url_is_external(dest)
            || dest.starts_with('#')
            || dest.starts_with('/')
            || dest.is_empty()
        {
            return None;
        }
        // A relative link to a file next to the page (a PDF, a spreadsheet).
        let path = dest.split(['#', '?']).next().unwrap_or(dest);
        let looks_like_file = path
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'));
        if !looks_like_file {
            return None;
        }
        match resolve_asset(&self.doc.doc.rel, path) {
            Some(rel) if asset_exists(&self.site.content_dir, &rel) => {
                Some(asset_href(&self.site.urls, &rel))
            }
            _ => {
                self.problem(
                    range,
                    format!("linked file `{path}` not found"),
                    "put the file next to the Markdown file and check the name",
                );
                None
            }
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
                        format!("image `{}` has no alt text", truncate(&dest_url)),
                        "describe the picture in the brackets: ![Peserta pelatihan di Palembang](foto.jpg); for a purely decorative image write ![](foto.jpg \"decorative\")",
                    );
                }
                let src = self
                    .image_src(&dest_url, &range)
                    .unwrap_or_else(|| dest_url.to_string());
                let title: CowStr = if decorative { "".into() } else { title };
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

    fn image_src(&mut self, src: &str, range: &Range<usize>) -> Option<String> {
        if url_is_external(src) {
            self.problem(range, format!("image `{}` is on another site", truncate(src)), "put the picture next to the article and use its file name: the site must not load files from other hosts");
            return None;
        }
        match resolve_asset(&self.doc.doc.rel, src) {
            Some(rel) if asset_exists(&self.site.content_dir, &rel) => {
                Some(asset_href(&self.site.urls, &rel))
            }
            _ => {
                self.problem(range, format!("image file `{}` not found", truncate(src)), "put the image next to the Markdown file (in the article's folder) and check the name");
                None
            }
        }
    }
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
