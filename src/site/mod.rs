//! Resolve: turn loaded documents into an immutable [`Site`]: pages per language with their
//! URLs, translation groups, sections and internal-link targets.

mod assets;
pub mod coverage;
pub mod event;
pub mod left_out;
pub mod page;
mod picture;
pub mod release;
pub mod resolve;
pub mod stale;
pub mod taxonomy;
pub mod url;

pub use assets::{
    Bundles, asset_href, asset_url, exists as asset_exists, is_external as url_is_external,
    resolve_asset, unpublished_source,
};
pub use page::{Page, PageKind, Section, SectionLang};
pub use picture::{ARTICLE_SIZES, LIST_SIZES, Picture};
pub use resolve::resolve;
pub use url::{SitePath, Urls};

use std::collections::HashMap;
use std::path::PathBuf;

use jiff::Timestamp;

use crate::config::{Language, SiteConfig};
use crate::content::{Asset, SourceDoc};

/// Everything the renderer needs, resolved and checked. Never changed after [`resolve`].
#[derive(Debug)]
pub struct Site {
    pub config: SiteConfig,
    pub urls: Urls,
    pub docs: Vec<SourceDoc>,
    /// Published pages; articles newest first, then programs and standalone pages.
    pub pages: Vec<Page>,
    /// Article sections, by folder name.
    pub sections: Vec<Section>,
    /// The programs index in every language.
    pub programs: Section,
    /// `content/_index.<lang>.md` per language: index into `docs`.
    pub home_docs: HashMap<String, usize>,
    /// Translation key → indices into `pages`.
    pub groups: HashMap<String, Vec<usize>>,
    /// Datasets, by id.
    pub datasets: Vec<crate::data::Dataset>,
    /// Files copied from `content/` (raster images processed first: see [`crate::photo`]).
    pub assets: Vec<Asset>,
    /// Where a bundle's files are published: next to its article's page in every language.
    pub bundles: Bundles,
    /// Raster images of the content, processed; filled by the pipeline after resolving.
    pub images: crate::photo::Catalog,
    /// "Now" for drafts, future dates and upcoming events (`SOURCE_DATE_EPOCH` when set).
    pub now: Timestamp,
    pub content_dir: PathBuf,
    /// Pages left out (drafts, future dates) and files that failed to load.
    pub skipped: left_out::Skipped,
}

impl Site {
    pub fn language(&self, code: &str) -> &Language {
        self.config
            .language(code)
            .unwrap_or_else(|| self.config.default_language())
    }

    /// The version of translation group `key` in `lang`, if any.
    pub fn translation(&self, key: &str, lang: &str) -> Option<&Page> {
        self.groups
            .get(key)?
            .iter()
            .map(|&i| &self.pages[i])
            .find(|p| p.lang == lang)
    }

    /// The group's page in `lang`, else its original (default language first).
    pub fn best_translation(&self, key: &str, lang: &str) -> Option<&Page> {
        self.translation(key, lang).or_else(|| {
            self.config
                .languages
                .iter()
                .find_map(|l| self.translation(key, &l.code))
        })
    }

    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// A section's entry for `lang`.
    pub fn section_lang<'a>(&'a self, section: &'a Section, lang: &str) -> &'a SectionLang {
        let i = self
            .config
            .languages
            .iter()
            .position(|l| l.code == lang)
            .unwrap_or(0);
        &section.langs[i.min(section.langs.len().saturating_sub(1))]
    }

    pub fn dataset(&self, id: &str) -> Option<&crate::data::Dataset> {
        self.datasets.iter().find(|d| d.id == id)
    }

    /// The page of a dataset in `lang`: `/data/kemiskinan/`, `/en/data/kemiskinan/`.
    pub fn dataset_path(&self, dataset: &crate::data::Dataset, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls
            .page(language, &[&language.segments.data, &dataset.id])
    }

    /// The data index of `lang`: `/data/`, `/en/data/`.
    pub fn data_index_path(&self, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[&language.segments.data])
    }

    /// Output paths of the content file `rel` (relative to `content/`): next to the
    /// article's page in every language for a bundle's files, else the same relative path.
    /// Empty when the file belongs to a bundle whose page is not published (a draft).
    pub fn file_paths(&self, rel: &str) -> Vec<String> {
        self.bundles.output_paths(rel)
    }

    /// Root-relative URL of the content file `rel` as a page in `lang` links to it.
    pub fn file_href(&self, rel: &str, lang: &str) -> String {
        asset_href(&self.urls, &self.bundles.output_path(rel, lang))
    }

    /// The search page of `lang`: `/cari/`, `/en/search/`.
    pub fn search_path(&self, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[&language.segments.search])
    }

    /// Datasets that name program `id` in their `programs:`.
    pub fn datasets_of_program<'a>(
        &'a self,
        id: &'a str,
    ) -> impl Iterator<Item = &'a crate::data::Dataset> + 'a {
        self.datasets
            .iter()
            .filter(move |d| d.programs.iter().any(|p| p.id == id))
    }

    /// The program page for `id` in `lang` (or its original language).
    pub fn program(&self, id: &str, lang: &str) -> Option<&Page> {
        self.best_translation(&format!("{}/{id}", crate::content::walk::PROGRAMS), lang)
    }
}
