//! The release calendar page of each language (issue 15 item 1): announced releases of the
//! next twelve months, soonest first, then past releases, most recent first, each linking to
//! the dataset it released. Past releases are each dataset's latest publication
//! (`source.published`), and announced releases whose date passed without new data
//! (marked overdue) or that were cancelled.

use serde::Serialize;

use super::context::PageIdentity;
use super::pages::{Made, Renderer};
use super::release_view::ReleaseView;
use crate::data::release::ReleaseStatus;
use crate::diagnostic::Diagnostic;
use crate::site::{Site, SitePath};

#[derive(Serialize)]
struct Crumb {
    title: String,
    url: String,
}

impl Renderer<'_> {
    pub(super) fn releases_page(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let path = site.releases_path(lang);
        let title = self.string(lang, "releases");
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| (l.code.clone(), site.releases_path(&l.code)))
            .collect();
        let common = self.common(PageIdentity {
            lang,
            kind: "releases",
            title: title.clone(),
            description: self.string(lang, "releases_description"),
            path: &path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        let (upcoming, past) = release_lists(site, lang, self.locales.get(lang));
        ctx.insert("upcoming", &upcoming);
        ctx.insert("past", &past);
        ctx.insert(
            "crumbs",
            &[Crumb {
                title: self.string(lang, "data"),
                url: site.urls.href(&site.data_index_path(lang)),
            }],
        );
        let language = site.language(lang);
        ctx.insert(
            "ics_url",
            &site
                .urls
                .href(&site.urls.lang_file(language, "releases.ics")),
        );
        ctx.insert(
            "feed_url",
            &site
                .urls
                .href(&site.urls.lang_file(language, "releases.xml")),
        );
        self.finish("releases.html", &path, &ctx, common.sitemap)
    }
}

/// Upcoming releases (next twelve months, soonest first) and past ones (most recent first).
pub(super) fn release_lists(
    site: &Site,
    lang: &str,
    fmt: &crate::i18n::format::Formatter,
) -> (Vec<ReleaseView>, Vec<ReleaseView>) {
    let scheduled = site.releases();
    let upcoming = scheduled
        .iter()
        .filter(|s| s.upcoming(site.now))
        .map(|s| ReleaseView::new(site, s, lang, fmt))
        .collect();
    // (sort key, view): what happened, newest first.
    let mut past: Vec<((jiff::civil::Date, String), ReleaseView)> = scheduled
        .iter()
        .filter(|s| {
            s.missed(site.now)
                || (s.release.status == ReleaseStatus::Cancelled && s.at.timestamp() <= site.now)
        })
        .map(|s| {
            let view = ReleaseView::new(site, s, lang, fmt);
            ((s.at.date(), s.id.to_string()), view)
        })
        .collect();
    for dataset in &site.datasets {
        let Some(published) = dataset.source.published else {
            continue;
        };
        let view = ReleaseView {
            at: published.to_string(),
            date_display: fmt.date(published),
            time_display: String::new(),
            status: "released".into(),
            reason: String::new(),
            upcoming: false,
            missed: false,
            dataset_url: site.urls.href(&site.dataset_path(dataset, lang)),
            dataset_title: dataset.title.get(lang).to_string(),
            dataset_id: dataset.id.clone(),
        };
        past.push(((published, dataset.id.clone()), view));
    }
    past.sort_by(|a, b| b.0.cmp(&a.0));
    (upcoming, past.into_iter().map(|(_, v)| v).collect())
}

impl Site {
    /// The release calendar of `lang`: `/jadwal-rilis/`, `/en/releases/`.
    pub fn releases_path(&self, lang: &str) -> SitePath {
        let language = self.language(lang);
        self.urls.page(language, &[&language.segments.releases])
    }
}
