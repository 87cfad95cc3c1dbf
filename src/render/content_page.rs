//! Content pages: articles, program pages and standalone pages — their Markdown body, the
//! figure lint over their prose, and the view their template receives.

use super::context::{PageIdentity, display_title};
use super::pages::{Made, Renderer};
use super::view::{EventView, ImageView, PageView, SectionRef, ShareView, Term, program_ref};
use crate::diagnostic::Diagnostic;
use crate::messages::msg;
use crate::site::{Page, PageKind, SitePath};

/// Words per minute for the reading-time estimate.
const READING_SPEED: usize = 200;

impl Renderer<'_> {
    pub(super) fn page(&self, index: usize) -> Result<Made, Vec<Diagnostic>> {
        let page = &self.site.pages[index];
        let site = self.site;
        let doc = &site.docs[page.doc];
        let (rendered, problems) =
            self.with_embed(|embed| crate::markdown::render(site, doc, &page.lang, embed));
        let mut rendered = rendered;
        rendered
            .html
            .push_str(&self.figures_list(&rendered.figures, &page.lang));
        let mut problems = problems;
        problems.extend(lead_image_problem(site, page));
        if !problems.is_empty() {
            return Err(problems);
        }
        let warnings = self.lint_figures(page, &rendered);
        let cited = rendered.cited.clone();
        let site_links = rendered.site_links.clone();
        let content_links = std::mem::take(&mut rendered.content_links);
        let raw_ids = rendered.raw_ids.clone();
        let versions: Vec<(String, SitePath)> = site
            .config
            .languages
            .iter()
            .filter_map(|l| {
                site.translation(&page.key, &l.code)
                    .map(|p| (l.code.clone(), p.path.clone()))
            })
            .collect();
        let (kind, template) = match page.kind {
            PageKind::Article { .. } => ("article", "article.html"),
            PageKind::Program { .. } => ("program", "program.html"),
            PageKind::Standalone => ("page", "page.html"),
        };
        let mut common = self.common(PageIdentity {
            lang: &page.lang,
            kind,
            title: page.title.clone(),
            description: page.summary.clone(),
            path: &page.path,
            versions,
            lastmod: page
                .updated
                .as_ref()
                .or(page.date.as_ref())
                .map(|d| d.date().to_string()),
            switch_to: vec![],
        });
        common.share = ShareView::of_or_site(site, page);
        let mut ctx = Self::context(&common)?;
        let feed_body = match self.discovery.in_feed(index) {
            true => vec![(page.path.as_str().to_string(), rendered.html.clone())],
            false => vec![],
        };
        ctx.insert("page", &self.page_view(page, rendered));
        if let PageKind::Program { id } = &page.kind {
            self.program_extras(&mut ctx, id, &page.lang);
        }
        match self.finish(template, &page.path, &ctx, common.sitemap) {
            Ok(made) if let Some(repeated) = super::pages::repeated_raw_ids(&made, &raw_ids) => {
                Err(repeated.into_iter().chain(warnings).collect())
            }
            Ok(mut made) => {
                made.effects.feed_bodies = feed_body;
                made.effects.warnings = warnings;
                made.effects.cited = cited;
                made.effects.site_links = site_links;
                made.effects.content_links = content_links;
                Ok(made)
            }
            // The page's warnings stay with its errors, for the failed build's report.
            Err(problems) => Err(problems.into_iter().chain(warnings).collect()),
        }
    }

    /// The list of the figures a page quotes, with their sources ("" when it quotes none).
    pub(super) fn figures_list(
        &self,
        figures: &[crate::markdown::shortcode::Figure],
        lang: &str,
    ) -> String {
        let strings = self.strings.get(lang);
        let words =
            super::figures::FigureWords::from_strings(|k| strings.and_then(|s| s.get(k)).cloned());
        super::figures::list_html(figures, &words)
    }

    /// Hand-typed figures in the page's prose that differ from the datasets it quotes.
    fn lint_figures(&self, page: &Page, rendered: &crate::markdown::Rendered) -> Vec<Diagnostic> {
        let site = self.site;
        let mut datasets: Vec<&crate::data::Dataset> = rendered
            .cited
            .iter()
            .filter_map(|id| site.dataset(id))
            .collect();
        for program in &page.programs {
            datasets.extend(site.datasets_of_program(program));
        }
        if datasets.is_empty() && rendered.prose.is_empty() {
            return Vec::new();
        }
        crate::markdown::lint::check(
            &site.docs[page.doc],
            &page.lang,
            &rendered.prose,
            &datasets,
            site.config.sourced_numbers,
        )
    }

    fn page_view<'p>(&self, page: &'p Page, rendered: crate::markdown::Rendered) -> PageView<'p> {
        let site = self.site;
        let lang = page.lang.as_str();
        let dates = self.locales;
        let terms = |taxonomy: crate::site::taxonomy::Taxonomy, names: &[String]| {
            names
                .iter()
                .map(|n| Term {
                    name: n.clone(),
                    url: match crate::content::slug::slugify(n) {
                        slug if slug.is_empty() => String::new(),
                        slug => site.urls.href(&site.term_path(taxonomy, lang, &slug)),
                    },
                })
                .collect()
        };
        PageView {
            title: &page.title,
            url: site.urls.href(&page.path),
            lang,
            summary: &page.summary,
            content_html: rendered.html,
            toc: rendered.toc,
            date: page.date.as_ref().map(|d| d.iso()).unwrap_or_default(),
            date_display: page
                .date
                .as_ref()
                .map(|d| dates.get(lang).date(d.date()))
                .unwrap_or_default(),
            updated: page.updated.as_ref().map(|d| d.iso()).unwrap_or_default(),
            updated_display: page
                .updated
                .as_ref()
                .map(|d| dates.get(lang).date(d.date()))
                .unwrap_or_default(),
            author: &page.author,
            section: page.section().and_then(|s| site.section(s)).map(|s| {
                let sl = site.section_lang(s, lang);
                SectionRef {
                    title: display_title(&sl.title, &s.name),
                    url: site.urls.href(&sl.path),
                }
            }),
            tags: terms(crate::site::taxonomy::Taxonomy::Tags, &page.tags),
            regions: terms(crate::site::taxonomy::Taxonomy::Regions, &page.regions),
            programs: page
                .programs
                .iter()
                .filter_map(|id| site.program(id, lang))
                .map(|p| program_ref(site, p))
                .collect(),
            image: page.image.as_ref().map(|i| {
                let (src, srcset, width, height) = match site.picture(&i.rel, lang) {
                    Some(Ok(p)) => (p.src, p.srcset, p.width, p.height),
                    _ => (site.file_href(&i.rel, lang), String::new(), 0, 0),
                };
                ImageView {
                    src,
                    srcset,
                    sizes: crate::site::ARTICLE_SIZES,
                    width,
                    height,
                    alt: &i.alt,
                    caption: &i.caption,
                }
            }),
            event: page
                .event
                .as_ref()
                .map(|e| EventView::new(site, page, e, dates.get(lang))),
            jsonld: super::jsonld::page(site, page),
            reading_minutes: rendered.words.div_ceil(READING_SPEED).max(1),
            draft: page.draft,
        }
    }
}

/// The lead picture names a file that is not the image its name says.
fn lead_image_problem(site: &crate::site::Site, page: &Page) -> Option<Diagnostic> {
    let image = page.image.as_ref()?;
    let Some(Err(reason)) = site.picture(&image.rel, &page.lang) else {
        return None;
    };
    let doc = &site.docs[page.doc];
    let (line, column) = image.span;
    Some(
        Diagnostic::error(
            &doc.display,
            msg!("photo-image-cannot-publish", reason = reason),
        )
        .at(&doc.text, line, column)
        .with_help(msg!("photo-fix-help")),
    )
}
