//! Where a link or an image in an article goes: a page by its file, a site address, a file
//! next to the page (a picture in its published sizes), or nowhere (links that would run
//! code, pictures from other hosts). Checked here, reported by the rewrite pass.

use std::ops::Range;

use super::Rewrite;
use super::{Source, truncate};
use crate::markdown::link::{
    ContentLink, Unresolved, is_content_link, missing_file_help, resolve_page_link,
};
use crate::markdown::site_link::{self, Address, SiteLink};
use crate::messages::msg;
use crate::site::{asset_exists, resolve_asset, url_is_external};

impl Rewrite<'_> {
    /// A link's new target, or `None` to keep it as written.
    pub(super) fn link(&mut self, dest: &str, range: &Range<usize>) -> Option<String> {
        // Read the scheme as a browser does: leading controls and spaces dropped, tabs and
        // newlines anywhere ignored, so `<java\tscript:...>` is caught too.
        let scheme: String = dest
            .trim_start_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .to_ascii_lowercase();
        if scheme.starts_with("javascript:")
            || scheme.starts_with("vbscript:")
            || scheme.starts_with("data:")
        {
            self.problem(
                range,
                msg!("markdown-link-runs-code", dest = truncate(dest)),
                &msg!("markdown-link-runs-code-help"),
            );
            return None;
        }
        if is_content_link(dest) {
            let resolved = resolve_page_link(self.site, &self.doc.doc.rel, dest, self.lang);
            self.content_links.push(ContentLink {
                dest: dest.to_string(),
                resolved: resolved.clone(),
            });
            return match resolved {
                Ok(href) => Some(href),
                Err(Unresolved::Reported) => None,
                Err(Unresolved::Problem { message, help }) => {
                    self.problem(range, message, &help);
                    None
                }
            };
        }
        if let Address::Site { target, href } = site_link::address(self.site, dest) {
            let missing = self.placed(range, site_link::missing_message(&truncate(dest)));
            self.site_links.push(SiteLink { target, missing });
            return href;
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
                if let Some(Err(reason)) = self.site.picture(&rel, self.lang) {
                    self.not_an_image(range, path, &reason);
                    return None;
                }
                Some(self.site.file_href(&rel, self.lang))
            }
            Some(rel) if let Some(why) = crate::site::unpublished_source(&rel) => {
                self.problem(range, msg!("unpublished-linked-file", path = path), &why);
                None
            }
            _ => {
                let help = missing_file_help(
                    self.site,
                    &self.doc.doc.rel,
                    path,
                    &msg!("markdown-linked-file-missing-help"),
                );
                self.problem(
                    range,
                    msg!("markdown-linked-file-missing", path = path),
                    &help,
                );
                None
            }
        }
    }

    pub(super) fn image_src(&mut self, src: &str, range: &Range<usize>) -> Option<Source> {
        if url_is_external(src) {
            self.problem(
                range,
                msg!("markdown-image-external", src = truncate(src)),
                &msg!("markdown-image-external-help"),
            );
            return None;
        }
        match resolve_asset(&self.doc.doc.rel, src) {
            Some(rel) if asset_exists(&self.site.content_dir, &rel) => {
                match self.site.picture(&rel, self.lang) {
                    Some(Ok(picture)) => Some(Source::Picture(picture)),
                    Some(Err(reason)) => {
                        self.not_an_image(range, src, &reason);
                        None
                    }
                    None => Some(Source::File(self.site.file_href(&rel, self.lang))),
                }
            }
            _ => {
                let help = missing_file_help(
                    self.site,
                    &self.doc.doc.rel,
                    src,
                    &msg!("site-image-not-found-help"),
                );
                self.problem(
                    range,
                    msg!("site-image-not-found", src = truncate(src)),
                    &help,
                );
                None
            }
        }
    }

    fn not_an_image(&mut self, range: &Range<usize>, src: &str, reason: &str) {
        self.problem(
            range,
            msg!("photo-cannot-publish", src = truncate(src), reason = reason),
            &msg!("photo-fix-help"),
        );
    }
}
