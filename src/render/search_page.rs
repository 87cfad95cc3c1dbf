//! The search page of each language (`/cari/`, `/en/search/`), when `search: true`. Its
//! template holds the form and the no-JavaScript help; the theme's script does the searching
//! against the index `crate::search` writes.

use super::Job;
use super::context::{PageIdentity, display_title};
use super::pages::{Made, Renderer};
use crate::diagnostic::Diagnostic;

impl Renderer<'_> {
    /// One search page per language, or none when search is off.
    pub(super) fn search_jobs(&self) -> Vec<Job> {
        let config = &self.site.config;
        if !config.search {
            return Vec::new();
        }
        config
            .languages
            .iter()
            .map(|l| Job::Search {
                lang: l.code.clone(),
            })
            .collect()
    }

    pub(super) fn search_page(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.search_path(lang);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.search_path(&l.code)))
            .collect();
        // A theme that does not extend `default` may lack the key; the URL word still reads well.
        let title = match self.strings.get(lang).and_then(|m| m.get("search")) {
            Some(title) => title.clone(),
            None => display_title("", &site.language(lang).segments.search),
        };
        let common = self.common(PageIdentity {
            lang,
            kind: "search",
            title,
            description: String::new(),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let ctx = Self::context(&common)?;
        self.finish("search.html", &path, &ctx, common.sitemap)
    }
}
