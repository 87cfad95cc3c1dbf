//! Pages about data: one page per dataset and language, the data index, and the datasets and
//! articles shown on a program's page.

use serde::Serialize;
use tera::Context;

use super::chart::{ChartWords, chart_svg};
use super::context::PageIdentity;
use super::data_view::{ShapeWords, dataset_view, json_ld, summary};
use super::pages::{Made, Renderer};
use super::view::Item;
use crate::data::Dataset;
use crate::diagnostic::Diagnostic;
use crate::site::{PageKind, SitePath};

#[derive(Serialize)]
struct IndexSection {
    title: String,
    url: String,
    description: String,
}

impl Renderer<'_> {
    /// The words a chart's description is made of, from the theme's interface strings.
    fn chart_words(&self, lang: &str) -> Option<ChartWords> {
        // `Locales::new` already reported any missing key as a build error.
        let strings = self.strings.get(lang)?;
        ChartWords::from_strings(|k| strings.get(k).cloned()).ok()
    }

    /// The words around a dataset's figure ("38 provinsi"), in `lang`.
    pub(super) fn shape_words(&self, lang: &str) -> ShapeWords {
        let strings = self.strings.get(lang);
        ShapeWords::from_strings(|k| strings.and_then(|s| s.get(k)).cloned())
    }

    /// The words of a citation, in `lang`.
    pub(super) fn cite_words(&self, lang: &str) -> super::citation::CiteWords {
        let word = |key| super::theme::word(self.strings, lang, key);
        super::citation::CiteWords {
            version: word("cite_version"),
            kind: word("cite_kind"),
        }
    }

    pub(super) fn chart_html(&self, dataset: &Dataset, lang: &str) -> String {
        self.chart_words(lang)
            .and_then(|words| chart_svg(dataset, self.locales.get(lang), lang, &words))
            .unwrap_or_default()
    }

    /// The chart with its kit, for the dataset's page ("" without a chart).
    fn chart_figure(&self, dataset: &Dataset, lang: &str) -> String {
        let fmt = self.locales.get(lang);
        super::chart_kit::figure(self.site, dataset, fmt, self.strings, lang, None)
            .unwrap_or_default()
    }

    /// The release calendar's URL, "" when no dataset announces a release.
    fn releases_url(&self, lang: &str) -> String {
        let site = self.site;
        if site.has_releases() {
            site.urls.href(&site.releases_path(lang))
        } else {
            String::new()
        }
    }

    /// The corrections page's URL, "" when no dataset records a change.
    fn corrections_url(&self, lang: &str) -> String {
        let site = self.site;
        if site.has_corrections() {
            site.urls.href(&site.corrections_path(lang))
        } else {
            String::new()
        }
    }

    fn dataset_versions(&self, dataset: &Dataset) -> Vec<(String, SitePath)> {
        let site = self.site;
        site.config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.dataset_path(dataset, &l.code)))
            .collect()
    }

    pub(super) fn dataset_page(
        &self,
        dataset: &Dataset,
        lang: &str,
    ) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let fmt = self.locales.get(lang);
        let path = site.dataset_path(dataset, lang);
        let common = self.common(PageIdentity {
            lang,
            kind: "dataset",
            title: dataset.title.get(lang).to_string(),
            description: dataset.description.get(lang).to_string(),
            path: &path,
            versions: self.dataset_versions(dataset),
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        ctx.insert(
            "dataset",
            &dataset_view(
                site,
                dataset,
                fmt,
                (lang, &self.shape_words(lang)),
                self.chart_figure(dataset, lang),
            ),
        );
        ctx.insert("jsonld", &json_ld(site, dataset, lang));
        ctx.insert("versions", &super::citation::versions(site, dataset, fmt));
        ctx.insert("indicators", &super::indicators::links(site, dataset, lang));
        ctx.insert(
            "citation",
            &super::citation::cite(site, dataset, (lang, fmt, &self.cite_words(lang))),
        );
        ctx.insert("releases_url", &self.releases_url(lang));
        ctx.insert("corrections_url", &self.corrections_url(lang));
        ctx.insert("section", &self.data_section(lang));
        let programs: Vec<_> = dataset
            .programs
            .iter()
            .filter_map(|p| site.program(&p.id, lang))
            .map(|p| super::view::program_ref(site, p))
            .collect();
        ctx.insert("programs", &programs);
        self.finish("dataset.html", &path, &ctx, common.sitemap)
    }

    fn data_section(&self, lang: &str) -> IndexSection {
        let site = self.site;
        let title = self
            .strings
            .get(lang)
            .and_then(|m| m.get("data"))
            .cloned()
            .unwrap_or_else(|| "Data".into());
        let description = self
            .strings
            .get(lang)
            .and_then(|m| m.get("data_description"))
            .cloned()
            .unwrap_or_default();
        IndexSection {
            title,
            url: site.urls.href(&site.data_index_path(lang)),
            description,
        }
    }

    pub(super) fn data_index(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.data_index_path(lang);
        let section = self.data_section(lang);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.data_index_path(&l.code)))
            .collect();
        let common = self.common(PageIdentity {
            lang,
            kind: "data",
            title: section.title.clone(),
            description: section.description.clone(),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        let fmt = self.locales.get(lang);
        let words = self.shape_words(lang);
        let datasets: Vec<_> = site
            .datasets
            .iter()
            .map(|d| summary(site, d, fmt, (lang, &words), String::new()))
            .collect();
        ctx.insert("datasets", &datasets);
        ctx.insert("section", &section);
        ctx.insert("releases_url", &self.releases_url(lang));
        ctx.insert("corrections_url", &self.corrections_url(lang));
        ctx.insert(
            "catalog_url",
            &site.urls.href(&SitePath::file("data/catalog.json")),
        );
        ctx.insert(
            "catalog_dcat_ap_url",
            &site
                .urls
                .href(&SitePath::file("data/catalog.dcat-ap.jsonld")),
        );
        self.finish("data.html", &path, &ctx, common.sitemap)
    }

    /// A program page also lists its datasets (latest value, chart) and its articles.
    pub(super) fn program_extras(&self, ctx: &mut Context, id: &str, lang: &str) {
        let site = self.site;
        let fmt = self.locales.get(lang);
        let words = self.shape_words(lang);
        let datasets: Vec<_> = site
            .datasets_of_program(id)
            .map(|d| summary(site, d, fmt, (lang, &words), self.chart_html(d, lang)))
            .collect();
        ctx.insert("datasets", &datasets);
        let items: Vec<Item> = self
            .articles(None, lang)
            .into_iter()
            .filter(|p| {
                matches!(p.kind, PageKind::Article { .. }) && p.programs.iter().any(|p| p == id)
            })
            .map(|p| Item::new(site, p, lang, self.locales))
            .collect();
        ctx.insert("items", &items);
    }
}
