//! `content/site.yaml` exactly as written: strict, every key known.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::localized::Localized;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSiteConfig {
    pub title: Spanned<Localized>,
    #[serde(default)]
    pub description: Option<Spanned<Localized>>,
    pub base_url: Spanned<String>,
    #[serde(default)]
    pub default_language: Option<Spanned<String>>,
    #[serde(default)]
    pub languages: Option<Spanned<BTreeMap<String, RawLanguage>>>,
    #[serde(default)]
    pub theme: Option<Spanned<String>>,
    #[serde(default)]
    pub paginate: Option<Spanned<u32>>,
    #[serde(default)]
    pub untranslated: Option<Untranslated>,
    #[serde(default)]
    pub search: Option<bool>,
    #[serde(default)]
    pub timezone: Option<Spanned<String>>,
    #[serde(default)]
    pub markdown: Option<RawMarkdown>,
    #[serde(default)]
    pub url_segments: Option<Spanned<BTreeMap<String, RawSegments>>>,
    #[serde(default)]
    pub organization: Option<RawOrganization>,
    #[serde(default)]
    pub image: Option<RawImage>,
}

/// `organization:` who publishes the site (SPEC §2).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawOrganization {
    pub name: Spanned<Localized>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
    #[serde(default)]
    pub logo: Option<Spanned<String>>,
    #[serde(default)]
    pub email: Option<Spanned<String>>,
    #[serde(default)]
    pub address: Option<Spanned<Localized>>,
}

/// `image:` the picture shared links show when a page has none.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImage {
    pub src: Spanned<String>,
    pub alt: Spanned<Localized>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLanguage {
    pub name: String,
    #[serde(default)]
    pub locale: Option<Spanned<String>>,
}

/// What lists do with a page that has no version in their language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Untranslated {
    /// Listed among the others, linking to its original with a language label.
    #[default]
    Show,
    /// Left out.
    Hide,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct RawMarkdown {
    #[serde(default)]
    pub raw_html: bool,
    /// Every number in prose must be quoted from a dataset or marked with `num`.
    #[serde(default)]
    pub sourced_numbers: bool,
}

#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSegments {
    pub data: Option<String>,
    pub tags: Option<String>,
    pub regions: Option<String>,
    pub programs: Option<String>,
    pub events: Option<String>,
    pub search: Option<String>,
    pub releases: Option<String>,
    pub corrections: Option<String>,
}
