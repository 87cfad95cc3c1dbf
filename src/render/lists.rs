//! List pages: a section's articles page by page, and the programs list.

use super::context::{PageIdentity, display_title};
use super::pages::{Made, Renderer};
use super::view::{Item, PagerLink, Paginator};
use crate::diagnostic::Diagnostic;
use crate::site::SitePath;

/// The list a list page shows: its title, address and description.
#[derive(serde::Serialize)]
pub(super) struct ListSection {
    pub title: String,
    pub url: String,
    pub description: String,
}

impl Renderer<'_> {
    pub(super) fn section_list(
        &self,
        name: &str,
        lang: &str,
        number: usize,
    ) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let Some(section) = site.section(name) else {
            return Err(vec![]);
        };
        let sl = site.section_lang(section, lang);
        // Only the slice this page shows is looked at: a list of 100,000 articles has 5,000
        // pages, and collecting it whole for each of them grew with the square of its length.
        let all = self.discovery.list(Some(name), lang);
        let per_page = site.config.paginate;
        let total = all.len().div_ceil(per_page).max(1);
        let path = site.urls.paginated(&sl.path, number);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    site.urls
                        .paginated(&site.section_lang(section, &l.code).path, number),
                )
            })
            .filter(|(code, _)| code == lang || number == 1)
            .collect();
        // Page 2 of a list has no translation (the other language's page 2 lists other
        // articles), but its switcher leads to that language's list, not to its home.
        let switch_to = match number {
            1 => vec![],
            _ => site
                .config
                .languages
                .iter()
                .filter(|l| l.code != lang)
                .map(|l| {
                    (
                        l.code.clone(),
                        site.section_lang(section, &l.code).path.clone(),
                    )
                })
                .collect(),
        };
        let title = display_title(&sl.title, name);
        let page_title = if number > 1 {
            format!("{title} ({number})")
        } else {
            title.clone()
        };
        let common = self.common(PageIdentity {
            lang,
            kind: "section",
            title: page_title,
            description: sl.description.clone(),
            path: &path,
            versions,
            lastmod: None,
            switch_to,
        });
        let mut ctx = Self::context(&common)?;
        let items: Vec<Item> = all
            .iter()
            .skip((number - 1) * per_page)
            .take(per_page)
            .map(|&i| Item::new(site, &site.pages[i], lang, self.locales))
            .collect();
        ctx.insert(
            "section",
            &ListSection {
                title,
                url: site.urls.href(&sl.path),
                description: sl.description.clone(),
            },
        );
        ctx.insert("items", &items);
        ctx.insert("paginator", &self.paginator(&sl.path, number, total));
        self.finish("section.html", &path, &ctx, common.sitemap)
    }

    pub(super) fn paginator(&self, list: &SitePath, current: usize, total: usize) -> Paginator {
        let urls = &self.site.urls;
        let href = |n: usize| urls.href(&urls.paginated(list, n));
        Paginator {
            current,
            total,
            prev_url: if current > 1 {
                href(current - 1)
            } else {
                String::new()
            },
            next_url: if current < total {
                href(current + 1)
            } else {
                String::new()
            },
            pages: window(current, total)
                .into_iter()
                .scan(0, |previous, n| {
                    // The first number is 1: no gap before it.
                    let gap_before = n > *previous + 1;
                    *previous = n;
                    Some(PagerLink {
                        number: n,
                        url: href(n),
                        current: n == current,
                        gap_before,
                    })
                })
                .collect(),
        }
    }

    pub(super) fn program_list(&self, lang: &str) -> Result<Made, Vec<Diagnostic>> {
        let site = self.site;
        let sl = site.section_lang(&site.programs, lang);
        let versions = site
            .config
            .languages
            .iter()
            .map(|l| {
                (
                    l.code.clone(),
                    site.section_lang(&site.programs, &l.code).path.clone(),
                )
            })
            .collect();
        let title = display_title(&sl.title, &sl.word);
        let common = self.common(PageIdentity {
            lang,
            kind: "programs",
            title: title.clone(),
            description: sl.description.clone(),
            path: &sl.path,
            versions,
            lastmod: None,
            switch_to: vec![],
        });
        let mut ctx = Self::context(&common)?;
        ctx.insert(
            "section",
            &ListSection {
                title,
                url: site.urls.href(&sl.path),
                description: sl.description.clone(),
            },
        );
        ctx.insert("programs", &self.programs(lang));
        self.finish("programs.html", &sl.path, &ctx, common.sitemap)
    }
}

/// The page numbers a paginator links: the first, the last, and two on each side of the
/// current one. Linking every page made each page of a 5,000-page list carry 5,000 links
/// (the site grew with the square of its articles); the previous and next links and these
/// reach every page in a few steps.
fn window(current: usize, total: usize) -> Vec<usize> {
    let near = current.saturating_sub(2).max(1)..=(current + 2).min(total);
    let mut numbers: Vec<usize> = [1, total].into_iter().chain(near).collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers.retain(|&n| (1..=total).contains(&n));
    numbers
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_paginator_links_the_ends_and_the_neighbourhood() {
        assert_eq!(window(1, 1), [1]);
        assert_eq!(window(1, 3), [1, 2, 3]);
        assert_eq!(window(1, 500), [1, 2, 3, 500]);
        assert_eq!(window(250, 500), [1, 248, 249, 250, 251, 252, 500]);
        assert_eq!(window(500, 500), [1, 498, 499, 500]);
        assert_eq!(window(4, 7), [1, 2, 3, 4, 5, 6, 7]);
    }
}
