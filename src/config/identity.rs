//! The site's official identity (`organization`) and its picture for sharing (`image`),
//! resolved from site.yaml. The files they name are checked against `content/` later, when
//! the content has been walked: each reference carries its ready-made "missing" error.

use serde_saphyr::Spanned;

use super::raw::{RawImage, RawOrganization};
use super::{Resolver, Text};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// Who publishes the site: shown in every page's header and footer, the publisher in
/// JSON-LD, feeds and `catalog.json`, and the contact of datasets that name none.
#[derive(Debug, Clone)]
pub struct Organization {
    pub name: Text,
    /// Its own website ("" when not given).
    pub url: String,
    /// The logo, a file under `content/`.
    pub logo: Option<FileRef>,
    /// Contact e-mail address, without `mailto:` ("" when not given).
    pub email: String,
    /// Postal address (empty texts when not given).
    pub address: Text,
}

/// The picture shared links show when a page has none of its own.
#[derive(Debug, Clone)]
pub struct SiteImage {
    pub file: FileRef,
    pub alt: Text,
}

/// A file under `content/` named in site.yaml.
#[derive(Debug, Clone)]
pub struct FileRef {
    /// Relative to `content/`, with `/` separators: `logo.svg`, `img/card.png`.
    pub rel: String,
    /// The error to report when the file is not there, placed at the value in site.yaml.
    pub missing: Diagnostic,
}

impl Resolver<'_> {
    pub(super) fn organization(
        &self,
        raw: Option<&RawOrganization>,
        codes: &[&str],
        problems: &mut Diagnostics,
    ) -> Option<Organization> {
        let raw = raw?;
        let name = self.text_or_report(&raw.name, "organization.name", codes, problems);
        let url = match &raw.url {
            Some(u) => match url::Url::parse(&u.value) {
                Ok(parsed) if matches!(parsed.scheme(), "http" | "https") => u.value.clone(),
                _ => {
                    problems.push(
                        self.error_at(u, msg!("identity-url-not-absolute", url = &u.value))
                            .with_help(msg!("identity-url-not-absolute-help")),
                    );
                    String::new()
                }
            },
            None => String::new(),
        };
        let email = match &raw.email {
            Some(e) => {
                let address = e.value.trim().trim_start_matches("mailto:").to_string();
                if !looks_like_email(&address) {
                    problems.push(
                        self.error_at(e, msg!("identity-email-invalid", email = &e.value))
                            .with_help(msg!("identity-email-invalid-help")),
                    );
                }
                address
            }
            None => String::new(),
        };
        let address = match &raw.address {
            Some(a) => self.text_or_report(a, "organization.address", codes, problems),
            None => Text::same(codes, ""),
        };
        let logo = raw
            .logo
            .as_ref()
            .and_then(|l| self.file_ref(l, "organization.logo", problems));
        Some(Organization {
            name,
            url,
            logo,
            email,
            address,
        })
    }

    pub(super) fn site_image(
        &self,
        raw: Option<&RawImage>,
        codes: &[&str],
        problems: &mut Diagnostics,
    ) -> Option<SiteImage> {
        let raw = raw?;
        let alt = self.text_or_report(&raw.alt, "image.alt", codes, problems);
        if codes.iter().any(|c| alt.get(c).trim().is_empty()) {
            problems.push(
                self.error_at(&raw.alt, msg!("identity-alt-empty"))
                    .with_help(msg!("identity-alt-empty-help")),
            );
        }
        let file = self.file_ref(&raw.src, "image.src", problems)?;
        Some(SiteImage { file, alt })
    }

    /// A path under `content/` as written in site.yaml (`logo.svg`, `/img/logo.svg`).
    fn file_ref(
        &self,
        raw: &Spanned<String>,
        key: &str,
        problems: &mut Diagnostics,
    ) -> Option<FileRef> {
        let written = raw.value.trim();
        let rel = written.trim_start_matches('/');
        let climbs = rel.split('/').any(|part| part == "..");
        if rel.is_empty() || climbs || written.contains("://") {
            problems.push(
                self.error_at(
                    raw,
                    msg!("identity-file-outside", key = key, written = written),
                )
                .with_help(msg!("identity-file-outside-help")),
            );
            return None;
        }
        let missing = self
            .error_at(raw, msg!("identity-file-missing", key = key, file = rel))
            .with_help(msg!("identity-file-missing-help"));
        Some(FileRef {
            rel: rel.to_string(),
            missing,
        })
    }
}

/// One `local@domain.tld` address: enough to catch a name or a URL written by mistake.
fn looks_like_email(address: &str) -> bool {
    match address.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !address.chars().any(|c| c.is_whitespace() || c == ',')
                && !domain.contains('@')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like_email;

    #[test]
    fn an_email_needs_a_local_part_and_a_domain() {
        assert!(looks_like_email("humas@example.go.id"));
        assert!(!looks_like_email("humas"));
        assert!(!looks_like_email("humas@example"));
        assert!(!looks_like_email("a@b.id, c@d.id"));
    }
}
