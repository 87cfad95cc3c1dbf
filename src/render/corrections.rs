//! The site-wide list of revisions and corrections (issue 15 item 3): a page per language
//! (`/koreksi/`, `/en/corrections/`, the words are `url_segments.<lang>.corrections`) and an
//! Atom feed of the same entries (`corrections.xml`), newest first, each linking to its entry
//! in its dataset's change log.

use super::theme::{self, Strings};

use super::change_view::all_changes;
use super::context::PageIdentity;
use super::pages::{Made, Renderer};
use crate::diagnostic::Diagnostic;
use crate::i18n::locales::Locales;
use crate::output::feed::{FeedEntry, FeedInfo, atom};
use crate::output::{OutputFile, Payload};
use crate::site::{Site, SitePath};

#[derive(serde::Serialize)]
struct Crumb {
    title: String,
    url: String,
}

impl Renderer<'_> {
    pub(super) fn corrections_page(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.corrections_path(lang);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.corrections_path(&l.code)))
            .collect();
        let common = self.common(PageIdentity {
            lang,
            kind: "corrections",
            title: self.string(lang, "corrections_title"),
            description: self.string(lang, "corrections_description"),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        ctx.insert("changes", &all_changes(site, self.locales.get(lang), lang));
        ctx.insert(
            "crumbs",
            &[Crumb {
                title: self.string(lang, "data"),
                url: site.urls.href(&site.data_index_path(lang)),
            }],
        );
        let feed = site.urls.lang_file(site.language(lang), "corrections.xml");
        ctx.insert("feed_url", &site.urls.href(&feed));
        self.finish("corrections.html", &path, &ctx, common.sitemap)
    }
}

/// `corrections.xml` of every language: one entry per revision or correction.
pub fn feeds(site: &Site, strings: &Strings, locales: &Locales) -> Vec<OutputFile> {
    let mut files = Vec::new();
    for language in &site.config.languages {
        let lang = language.code.as_str();
        let word = |key: &str| theme::word(strings, lang, key);
        let fmt = locales.get(lang);
        let entries: Vec<FeedEntry> = all_changes(site, fmt, lang)
            .into_iter()
            .map(|c| {
                // The day of the change, at midnight in the site's zone.
                let updated = c
                    .date
                    .parse::<jiff::civil::Date>()
                    .ok()
                    .and_then(|d| d.to_zoned_datetime(site.config.timezone.clone()).ok())
                    .map(|z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string())
                    .unwrap_or_default();
                let cells: Vec<String> = c
                    .cells
                    .iter()
                    .map(|cell| {
                        format!(
                            "{}, {}: {} {}, {} {}",
                            cell.row,
                            cell.column,
                            word("change_was"),
                            cell.previous,
                            word("change_now"),
                            cell.current
                        )
                    })
                    .collect();
                FeedEntry {
                    title: format!(
                        "{}: {} {}",
                        c.dataset_title,
                        word(&format!("change_{}", c.kind)),
                        c.date_display
                    ),
                    url: c.absolute_url.clone(),
                    published: updated.clone(),
                    updated,
                    author: String::new(),
                    summary: format!("{} {}", c.reason, cells.join("; ")),
                    content_html: String::new(),
                }
            })
            .collect();
        let info = FeedInfo {
            lang: lang.to_string(),
            title: format!(
                "{} · {}",
                site.config.title.get(lang),
                word("corrections_title")
            ),
            subtitle: word("corrections_description"),
            self_url: site
                .urls
                .absolute(&site.urls.lang_file(language, "corrections.xml")),
            home_url: site.urls.absolute(&site.corrections_path(lang)),
            base_url: site.config.base_url.to_string(),
            fallback_updated: site.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
            author: super::identity::feed_author(site, lang),
            logo: super::identity::logo_url(site, lang),
        };
        files.push(OutputFile {
            path: site
                .urls
                .lang_file(language, "corrections.xml")
                .as_str()
                .to_string(),
            payload: Payload::Bytes(atom(&info, &entries)),
        });
    }
    files
}

impl Site {
    /// The corrections page of `lang`: `/koreksi/`, `/en/corrections/`.
    pub fn corrections_path(&self, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[&language.segments.corrections])
    }

    /// Whether any dataset records a revision or correction.
    pub fn has_corrections(&self) -> bool {
        self.datasets.iter().any(|d| !d.corrections.is_empty())
    }
}
