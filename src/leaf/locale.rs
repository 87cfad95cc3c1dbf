//! Locale tags: whether a BCP 47 tag names a language CLDR has data for. A leaf, so the
//! configuration can check `locale:` without importing the formatters (`i18n`).

use std::fmt;

use crate::messages::msg;
use icu::locale::{Locale, LocaleExpander};

/// Why a [`Formatter`] could not be built for a locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// The text is not a BCP-47 locale (e.g. `id_ID`, empty).
    InvalidLocale { locale: String, reason: String },
    /// Well-formed, but CLDR knows nothing about its language (e.g. `xx`),
    /// so ICU would silently fall back to neutral root formats ("2019 M06").
    UnsupportedLocale { locale: String },
    /// ICU could not load its data for the locale.
    Data { locale: String, reason: String },
}

/// `locale` as ICU reads it, if it is a BCP 47 tag of a language CLDR has data for
/// (site.yaml is checked with this, so the error can point at its line).
pub fn parse_locale(locale: &str) -> Result<Locale, FormatError> {
    let parsed = Locale::try_from_str(locale).map_err(|e| FormatError::InvalidLocale {
        locale: locale.to_owned(),
        reason: e.to_string(),
    })?;
    // CLDR's likely-subtags table adds a script to every language it
    // has data for; no script means ICU would use root formats.
    let mut maximized = parsed.id.clone();
    LocaleExpander::new_common().maximize(&mut maximized);
    if maximized.script.is_none() {
        return Err(FormatError::UnsupportedLocale {
            locale: locale.to_owned(),
        });
    }
    Ok(parsed)
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::InvalidLocale { locale, reason } => f.write_str(&msg!(
                "config-invalid-locale",
                locale = format!("{locale:?}"),
                reason = reason.as_str()
            )),
            FormatError::UnsupportedLocale { locale } => f.write_str(&msg!(
                "config-unsupported-locale",
                locale = format!("{locale:?}")
            )),
            FormatError::Data { locale, reason } => f.write_str(&msg!(
                "config-locale-data",
                locale = format!("{locale:?}"),
                reason = reason.as_str()
            )),
        }
    }
}

impl std::error::Error for FormatError {}
