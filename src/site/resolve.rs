//! Build the [`Site`] from loaded documents: dates, drafts, slugs, URLs, translation groups,
//! sections and program references, with every problem reported.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

use jiff::Timestamp;
use serde_saphyr::Spanned;

use super::Site;
use super::assets::{Bundles, exists, is_external, resolve_asset};
use super::left_out::{self, LeftOut, Skipped};
use super::page::{Event, Image, Page, PageKind, Section};
use super::url::Urls;
use crate::config::SiteConfig;
use crate::content::front_matter::PageFrontMatter;
use crate::content::{Asset, DocKind, Front, SourceDoc, date, slug};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

mod identity;
mod sections;

/// What the build was asked for.
#[derive(Debug, Clone, Copy)]
pub struct Filters {
    pub drafts: bool,
    pub future: bool,
    pub now: Timestamp,
}

/// Everything `resolve` needs besides the documents.
pub struct Inputs {
    pub config: SiteConfig,
    pub docs: Vec<SourceDoc>,
    pub assets: Vec<Asset>,
    pub datasets: Vec<crate::data::Dataset>,
    pub content_dir: PathBuf,
    pub filters: Filters,
    /// Files that failed to load (pages left out are added while resolving).
    pub skipped: Skipped,
}

/// Resolve pages, sections and translations. Problems go into `problems`; the site is returned
/// even then, so later checks can still report theirs.
pub fn resolve(inputs: Inputs, problems: &mut Diagnostics) -> Site {
    let Inputs {
        config,
        docs,
        assets,
        datasets,
        content_dir,
        filters,
        mut skipped,
    } = inputs;
    let urls = Urls::new(&config);
    let (datasets, held) =
        crate::data::embargo::apply(datasets, filters.now, &config.timezone, problems);
    skipped.held_datasets = held;
    let ctx = Ctx {
        config: &config,
        urls: &urls,
        docs: &docs,
        content_dir: &content_dir,
        left_out: RefCell::new(Vec::new()),
    };
    let sections = ctx.sections();
    let programs = ctx.programs_section();
    let mut program_ids: Vec<String> = docs
        .iter()
        .filter(|d| d.doc.kind == DocKind::Program)
        .map(|d| d.doc.stem.clone())
        .collect();
    // One id per program, not one per translation ("expected one of: pkh, pkh").
    program_ids.sort();
    program_ids.dedup();
    check_dataset_programs(&datasets, &program_ids, problems);
    identity::check_files(&config, &assets, problems);
    let mut pages = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        if let Front::Page(front) = &doc.front
            && let Some(page) = ctx.page(i, doc, front, &sections, &program_ids, filters, problems)
        {
            pages.push(page);
        }
    }
    skipped.pages = ctx.left_out.take();
    sort_pages(&mut pages);
    check_unique_paths(&pages, &docs, problems);
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, page) in pages.iter().enumerate() {
        groups.entry(page.key.clone()).or_default().push(i);
    }
    let home_docs = docs
        .iter()
        .enumerate()
        .filter(|(_, d)| d.doc.kind == DocKind::HomeIndex)
        .map(|(i, d)| (d.lang.clone(), i))
        .collect();
    let order: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let bundles = Bundles::new(
        docs.iter()
            .filter(|d| matches!(d.doc.kind, DocKind::Article { .. }))
            .map(|d| d.doc.rel.as_str()),
        pages.iter().map(|p| {
            (
                docs[p.doc].doc.rel.as_str(),
                p.lang.as_str(),
                p.path.as_str(),
            )
        }),
        &order,
    );
    Site {
        bundles,
        images: crate::photo::Catalog::default(),
        config,
        urls,
        docs,
        pages,
        sections,
        programs,
        home_docs,
        groups,
        datasets,
        assets,
        now: filters.now,
        content_dir,
        skipped,
    }
}

fn check_dataset_programs(
    datasets: &[crate::data::Dataset],
    program_ids: &[String],
    problems: &mut Diagnostics,
) {
    let known: Vec<&str> = program_ids.iter().map(String::as_str).collect();
    for mention in datasets.iter().flat_map(|d| &d.programs) {
        if !program_ids.contains(&mention.id) {
            let help = msg!(
                "site-program-ids-help",
                suggestion = crate::yaml::suggest(&mention.id, &known)
            );
            problems.push(mention.unknown.clone().with_help(help));
        }
    }
}

fn sort_pages(pages: &mut [Page]) {
    let rank = |p: &Page| match p.kind {
        PageKind::Article { .. } => 0,
        PageKind::Program { .. } => 1,
        PageKind::Standalone => 2,
    };
    pages.sort_by(|a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| {
                let ta = a.date.as_ref().map(|d| d.at.timestamp());
                let tb = b.date.as_ref().map(|d| d.at.timestamp());
                tb.cmp(&ta)
            })
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.lang.cmp(&b.lang))
    });
}

fn check_unique_paths(pages: &[Page], docs: &[SourceDoc], problems: &mut Diagnostics) {
    let mut seen: BTreeMap<String, &std::path::Path> = BTreeMap::new();
    for page in pages {
        let file = page.path.output_file();
        let doc = &docs[page.doc];
        let display = doc.display.as_path();
        if let Some(first) = seen.insert(file.clone(), display) {
            let message = msg!(
                "site-same-url",
                url = page.path.as_str(),
                other = first.display()
            );
            let mut d = Diagnostic::error(display, message);
            if let Front::Page(front) = &doc.front {
                let place = front
                    .slug
                    .as_ref()
                    .map(|s| s.referenced)
                    .unwrap_or(front.title.referenced);
                d = d.at(
                    &doc.text,
                    place.line() as usize + 1,
                    place.column() as usize,
                );
            }
            problems.push(d.with_help(msg!("site-same-url-help")));
            seen.insert(file, first);
        }
    }
}

struct Ctx<'a> {
    config: &'a SiteConfig,
    urls: &'a Urls,
    docs: &'a [SourceDoc],
    content_dir: &'a std::path::Path,
    /// Pages left out as drafts or dated in the future, in the order met.
    left_out: RefCell<Vec<LeftOut>>,
}

impl Ctx<'_> {
    fn error_at<T>(
        &self,
        doc: &SourceDoc,
        spanned: &Spanned<T>,
        message: impl Into<String>,
    ) -> Diagnostic {
        let loc = spanned.referenced;
        // Front matter starts on the file's second line.
        Diagnostic::error(&doc.display, message).at(
            &doc.text,
            loc.line() as usize + 1,
            loc.column() as usize,
        )
    }

    /// The page's `embargo_until` when it is still ahead of `now` (a time in the past is a
    /// warning: it holds nothing).
    fn embargoed(
        &self,
        doc: &SourceDoc,
        front: &PageFrontMatter,
        now: Timestamp,
        problems: &mut Diagnostics,
    ) -> Option<Timestamp> {
        let written = front.embargo_until.as_ref()?;
        let at = crate::data::release::ReleaseAt::parse(&written.value)
            .and_then(|a| a.zoned(&self.config.timezone));
        match at {
            None => {
                problems.push(
                    self.error_at(
                        doc,
                        written,
                        msg!("embargo-not-a-time", text = &written.value),
                    )
                    .with_help(msg!("embargo-not-a-time-help")),
                );
                None
            }
            Some(at) if at.timestamp() <= now => {
                let mut passed = self.error_at(
                    doc,
                    written,
                    msg!(
                        "embargo-passed",
                        at = at.strftime("%Y-%m-%d %H:%M %:z").to_string()
                    ),
                );
                passed.severity = crate::diagnostic::Severity::Warning;
                problems.push(passed.with_help(msg!("embargo-passed-page-help")));
                None
            }
            Some(at) => Some(at.timestamp()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn page(
        &self,
        index: usize,
        doc: &SourceDoc,
        front: &PageFrontMatter,
        sections: &[Section],
        program_ids: &[String],
        filters: Filters,
        problems: &mut Diagnostics,
    ) -> Option<Page> {
        let lang = self.config.language(&doc.lang)?;
        let parse_date = |field: &Option<Spanned<String>>, problems: &mut Diagnostics| {
            field
                .as_ref()
                .and_then(|d| match date::parse(&d.value, &self.config.timezone) {
                    Ok(w) => Some(w),
                    Err(e) => {
                        problems.push(self.error_at(doc, d, e).with_help(date::help()));
                        None
                    }
                })
        };
        let date = parse_date(&front.date, problems);
        let updated = parse_date(&front.updated, problems);
        let is_article = matches!(doc.doc.kind, DocKind::Article { .. });
        if is_article && front.date.is_none() {
            problems.push(
                Diagnostic::error(&doc.display, msg!("yaml-missing-key", key = "date"))
                    .at(&doc.text, 2, 1)
                    .with_help(msg!("site-article-date-help")),
            );
        }
        if front.title.value.trim().is_empty() {
            problems.push(
                self.error_at(doc, &front.title, msg!("site-title-empty"))
                    .with_help(msg!("site-title-empty-help")),
            );
        }
        for program in &front.programs {
            if !program_ids.contains(&program.value) {
                let known = program_ids.iter().map(String::as_str).collect::<Vec<_>>();
                problems.push(
                    self.error_at(
                        doc,
                        program,
                        msg!("data-unknown-program", program = &program.value),
                    )
                    .with_help(msg!(
                        "site-program-ids-help",
                        suggestion = crate::yaml::suggest(&program.value, &known)
                    )),
                );
            }
        }
        let event = self.event(doc, front, problems);
        let image = self.image(doc, front, problems);
        if let (Some(d), Some(written)) = (&date, &front.date)
            && left_out::is_far_ahead(d, filters.now)
        {
            let at = written.referenced;
            problems.push(
                left_out::far_ahead_warning(&doc.display, d, filters.now).at(
                    &doc.text,
                    at.line() as usize + 1,
                    at.column() as usize,
                ),
            );
        }
        let embargoed = self.embargoed(doc, front, filters.now, problems);
        let reason = left_out::reason(front.draft, date.as_ref(), &filters)
            .or(embargoed.map(|_| left_out::Reason::Embargo));
        if let Some(reason) = reason {
            let until = match reason {
                left_out::Reason::Draft => None,
                left_out::Reason::Future => date.as_ref().map(|d| d.at.timestamp()),
                left_out::Reason::Embargo => embargoed,
            };
            self.left_out.borrow_mut().push(LeftOut {
                reason,
                display: doc.display.clone(),
                rel: doc.doc.rel.clone(),
                until,
            });
            return None;
        }
        let slug = match &front.slug {
            Some(s) => {
                let made = slug::slugify(&s.value);
                if made.is_empty() {
                    problems.push(
                        self.error_at(doc, s, msg!("site-slug-empty"))
                            .with_help(msg!("site-slug-empty-help")),
                    );
                    // The file name's slug, so the page does not also collide with its list.
                    slug::from_stem(&doc.doc.stem)
                } else {
                    made
                }
            }
            None => slug::from_stem(&doc.doc.stem),
        };
        let (kind, path) = match &doc.doc.kind {
            DocKind::Article { section } => {
                let s = sections.iter().find(|s| &s.name == section)?;
                let word = &s.langs[lang_index(self.config, &lang.code)].word;
                (
                    PageKind::Article {
                        section: section.clone(),
                    },
                    self.urls.page(lang, &[word, &slug]),
                )
            }
            DocKind::Program => (
                PageKind::Program {
                    id: doc.doc.stem.clone(),
                },
                self.urls.page(lang, &[&lang.segments.programs, &slug]),
            ),
            _ => (PageKind::Standalone, self.urls.page(lang, &[&slug])),
        };
        Some(Page {
            kind,
            lang: lang.code.clone(),
            key: doc.doc.key.clone(),
            path,
            title: front.title.value.clone(),
            summary: front.summary.clone().unwrap_or_default(),
            author: front.author.clone().unwrap_or_default(),
            date,
            updated,
            tags: distinct_terms(&front.tags),
            regions: distinct_terms(&front.regions),
            programs: front.programs.iter().map(|p| p.value.clone()).collect(),
            image,
            event,
            doc: index,
            draft: front.draft,
        })
    }

    fn event(
        &self,
        doc: &SourceDoc,
        front: &PageFrontMatter,
        problems: &mut Diagnostics,
    ) -> Option<Event> {
        let meta = front.event.as_ref()?;
        match super::event::resolve(meta, &self.config.timezone) {
            Ok(event) => Some(event),
            Err(found) => {
                for p in found {
                    problems.push(self.error_at(doc, p.at, p.message).with_help(p.help));
                }
                None
            }
        }
    }

    fn image(
        &self,
        doc: &SourceDoc,
        front: &PageFrontMatter,
        problems: &mut Diagnostics,
    ) -> Option<Image> {
        let meta = front.image.as_ref()?;
        let alt = meta
            .alt
            .as_ref()
            .map(|a| a.value.trim().to_string())
            .unwrap_or_default();
        if alt.is_empty() {
            let d = match &meta.alt {
                Some(a) => self.error_at(doc, a, msg!("site-image-alt-empty")),
                None => self.error_at(doc, &meta.src, msg!("site-image-alt-missing")),
            };
            problems.push(d.with_help(msg!("site-image-alt-help")));
        }
        let rel = if is_external(&meta.src.value) {
            problems.push(
                self.error_at(doc, &meta.src, msg!("site-image-external"))
                    .with_help(msg!("site-image-external-help")),
            );
            return None;
        } else {
            match resolve_asset(&doc.doc.rel, &meta.src.value) {
                Some(rel) if exists(self.content_dir, &rel) => rel,
                _ => {
                    problems.push(
                        self.error_at(
                            doc,
                            &meta.src,
                            msg!("site-image-not-found", src = &meta.src.value),
                        )
                        .with_help(msg!("site-image-not-found-help")),
                    );
                    return None;
                }
            }
        };
        Some(Image {
            rel,
            span: (
                meta.src.referenced.line() as usize + 1,
                meta.src.referenced.column() as usize,
            ),
            alt,
            caption: meta.caption.clone().unwrap_or_default(),
        })
    }
}

fn lang_index(config: &SiteConfig, code: &str) -> usize {
    config
        .languages
        .iter()
        .position(|l| l.code == code)
        .unwrap_or(0)
}

/// A page's terms without case or accent variants of one term (`pelatihan`, `Pelatihan`):
/// they are one term page, so the page lists it once, as first written (issue 17,
/// finding 15).
fn distinct_terms(names: &[String]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    names
        .iter()
        .filter(|n| seen.insert(crate::content::slug::slugify(n)))
        .cloned()
        .collect()
}
