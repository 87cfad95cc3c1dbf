//! Who to ask and on what terms: a dataset's `contact` (an email address, nothing more) and
//! `license` (an id terang knows, or the licence's `https` address). Both reach the page,
//! the catalogues and the Data Package as links, so anything else is refused (issue 17,
//! finding 12: `mailto:…?cc=…` and a `javascript:` licence reached `catalog.json`).

use crate::messages::msg;
use serde_saphyr::Spanned;

use super::Checker;
use crate::diagnostic::Diagnostics;

/// The licence ids terang knows, as written in `license:`.
pub(crate) const KNOWN_LICENSES: [&str; 6] = [
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "ODbL-1.0",
    "PDDL-1.0",
    "ODC-BY-1.0",
];

/// Whether `text` is a plain email address: `humas@kemensos.go.id`. Characters a `mailto:`
/// link would read as more than an address (`?`, `%`, spaces, a second `@`) are refused; the
/// domain must be a host name the URL standard accepts, with a dot.
pub(crate) fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "!#$&'*+/=^_`{|}~.-".contains(c));
    let domain_ok = domain.contains('.')
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
        && matches!(url::Host::parse(domain), Ok(url::Host::Domain(_)));
    local_ok && domain_ok
}

/// Whether `text` is an `https` address without credentials: a licence's own page.
pub(crate) fn is_https_address(text: &str) -> bool {
    url::Url::parse(text).is_ok_and(|u| {
        u.scheme() == "https"
            && u.host().is_some()
            && u.username().is_empty()
            && u.password().is_none()
    })
}

impl Checker<'_> {
    pub(super) fn contact(
        &self,
        raw: Option<&Spanned<String>>,
        problems: &mut Diagnostics,
    ) -> String {
        let Some(raw) = raw else {
            return String::new();
        };
        let text = raw.value.trim();
        if is_email(text) {
            return text.to_string();
        }
        problems.push(
            self.at(raw, msg!("publisher-contact", text = text))
                .with_help(msg!("publisher-contact-help")),
        );
        String::new()
    }

    pub(super) fn license(
        &self,
        raw: Option<&Spanned<String>>,
        problems: &mut Diagnostics,
    ) -> String {
        let Some(raw) = raw else {
            return "CC-BY-4.0".into();
        };
        let text = raw.value.trim();
        if crate::data::license::url(text).is_some() || is_https_address(text) {
            return text.to_string();
        }
        problems.push(
            self.at(raw, msg!("publisher-license", text = text))
                .with_help(msg!(
                    "publisher-license-help",
                    suggestion = crate::yaml::suggest(text, &KNOWN_LICENSES)
                )),
        );
        "CC-BY-4.0".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17, finding 12: what `contact` and `license` accept.
    #[test]
    fn finding_12_contact_is_an_address_and_license_a_known_id_or_https() {
        for good in ["humas@kemensos.go.id", "data.bps+rilis@bps.go.id"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "mailto:humas@kemensos.go.id",
            "humas@kemensos.go.id?cc=spam@example.com",
            "humas@kemensos.go.id%3Fcc=x",
            "humas kemensos@go.id",
            "humas@localhost",
            "@kemensos.go.id",
            "a@b@kemensos.go.id",
            "javascript:alert(1)//@x.id",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_https_address(
            "https://creativecommons.org/licenses/by/4.0/"
        ));
        for bad in [
            "javascript:alert(1)",
            "http://example.go.id/lisensi",
            "https://user:pw@example.go.id/",
            "ccby",
        ] {
            assert!(!is_https_address(bad), "{bad}");
        }
    }
}
