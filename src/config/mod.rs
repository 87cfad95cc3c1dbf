//! Site configuration: `content/site.yaml` read strictly, then resolved into [`SiteConfig`].

mod identity;
mod localized;
mod raw;

pub use identity::{Organization, SiteImage};

pub use localized::{Localized, Text};
pub use raw::Untranslated;

use std::path::Path;

use jiff::tz::TimeZone;
use serde_saphyr::Spanned;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;
use crate::yaml;
use raw::{RawSegments, RawSiteConfig};

/// URL words of one language (SPEC §2 `url_segments`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segments {
    pub data: String,
    pub tags: String,
    pub regions: String,
    pub programs: String,
    pub events: String,
    pub search: String,
    /// The release calendar of datasets.
    pub releases: String,
    /// The site-wide list of revisions and corrections.
    pub corrections: String,
}

impl Segments {
    fn defaults(lang: &str) -> Segments {
        let words = match lang {
            "id" => [
                "data",
                "topik",
                "wilayah",
                "program",
                "agenda",
                "cari",
                "jadwal-rilis",
                "koreksi",
            ],
            _ => [
                "data",
                "topics",
                "regions",
                "programs",
                "events",
                "search",
                "releases",
                "corrections",
            ],
        };
        let [
            data,
            tags,
            regions,
            programs,
            events,
            search,
            releases,
            corrections,
        ] = words.map(String::from);
        Segments {
            data,
            tags,
            regions,
            programs,
            events,
            search,
            releases,
            corrections,
        }
    }

    fn with(mut self, raw: &RawSegments) -> Segments {
        let pick = |slot: &mut String, value: &Option<String>| {
            if let Some(v) = value {
                *slot = v.clone();
            }
        };
        pick(&mut self.data, &raw.data);
        pick(&mut self.tags, &raw.tags);
        pick(&mut self.regions, &raw.regions);
        pick(&mut self.programs, &raw.programs);
        pick(&mut self.events, &raw.events);
        pick(&mut self.search, &raw.search);
        pick(&mut self.releases, &raw.releases);
        pick(&mut self.corrections, &raw.corrections);
        self
    }

    fn all(&self) -> [&str; 8] {
        [
            &self.data,
            &self.tags,
            &self.regions,
            &self.programs,
            &self.events,
            &self.search,
            &self.releases,
            &self.corrections,
        ]
    }
}

/// One language of the site.
#[derive(Debug, Clone)]
pub struct Language {
    /// Code used in file names and URLs: `id`, `en`.
    pub code: String,
    /// Name shown in the language switcher.
    pub name: String,
    /// BCP 47 locale for formatting: `id-ID`, `en-GB`.
    pub locale: String,
    /// The default language is served at `/`, the others at `/<code>/`.
    pub is_default: bool,
    pub segments: Segments,
}

/// The site's configuration, checked and complete.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub title: Text,
    pub description: Text,
    /// Absolute, with a trailing slash; may carry a sub-path.
    pub base_url: url::Url,
    /// Default language first.
    pub languages: Vec<Language>,
    pub theme: String,
    pub paginate: usize,
    pub untranslated: Untranslated,
    pub search: bool,
    pub timezone: TimeZone,
    pub timezone_name: String,
    pub raw_html: bool,
    /// `markdown: {sourced_numbers: true}`: every number in prose that is not a date or a
    /// time must be a `stat` or marked with `num` (a warning; an error under `--strict`).
    pub sourced_numbers: bool,
    /// Who publishes the site (`organization`), when given.
    pub organization: Option<Organization>,
    /// The picture shared links show when a page has none (`image`), when given.
    pub image: Option<SiteImage>,
}

impl SiteConfig {
    pub fn language_codes(&self) -> Vec<&str> {
        self.languages.iter().map(|l| l.code.as_str()).collect()
    }

    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn default_language(&self) -> &Language {
        // Resolution guarantees at least one language, the default first.
        &self.languages[0]
    }
}

/// Read and resolve `site.yaml`. `base_url_override` is `--base-url`.
pub fn load(
    display: &Path,
    text: &str,
    base_url_override: Option<&str>,
) -> Result<SiteConfig, Diagnostics> {
    let origin = yaml::Origin {
        file: display,
        file_text: text,
        line_offset: 0,
    };
    if text.trim().is_empty() {
        return Err(Diagnostic::error(display, msg!("config-empty"))
            .with_help(msg!("file-empty-site-yaml-help"))
            .into());
    }
    let raw: RawSiteConfig = yaml::parse(text, origin).map_err(Diagnostics::from)?;
    Resolver { display, text }.resolve(raw, base_url_override)
}

struct Resolver<'a> {
    display: &'a Path,
    text: &'a str,
}

impl Resolver<'_> {
    fn error_at<T>(&self, spanned: &Spanned<T>, message: impl Into<String>) -> Diagnostic {
        let loc = spanned.referenced;
        Diagnostic::error(self.display, message).at(
            self.text,
            loc.line() as usize,
            loc.column() as usize,
        )
    }

    fn resolve(
        &self,
        raw: RawSiteConfig,
        base_url_override: Option<&str>,
    ) -> Result<SiteConfig, Diagnostics> {
        let mut problems = Diagnostics::new();
        let languages = self.languages(&raw, &mut problems);
        let codes: Vec<&str> = languages.iter().map(|l| l.code.as_str()).collect();
        let title = self.text_or_report(&raw.title, "title", &codes, &mut problems);
        let description = match &raw.description {
            Some(d) => self.text_or_report(d, "description", &codes, &mut problems),
            None => Text::same(&codes, ""),
        };
        let base_url = self.base_url(&raw.base_url, base_url_override, &mut problems);
        let organization = self.organization(raw.organization.as_ref(), &codes, &mut problems);
        let image = self.site_image(raw.image.as_ref(), &codes, &mut problems);
        let (timezone, timezone_name) = self.timezone(raw.timezone.as_ref(), &mut problems);
        let paginate = match &raw.paginate {
            Some(p) if p.value == 0 => {
                problems.push(
                    self.error_at(p, msg!("config-paginate-zero"))
                        .with_help(msg!("config-paginate-zero-help")),
                );
                20
            }
            Some(p) => p.value as usize,
            None => 20,
        };
        let theme = raw
            .theme
            .as_ref()
            .map(|t| t.value.clone())
            .unwrap_or_else(|| "default".into());
        match (problems.error_count(), base_url) {
            (0, Some(base_url)) => Ok(SiteConfig {
                title,
                description,
                base_url,
                languages,
                theme,
                paginate,
                untranslated: raw.untranslated.unwrap_or_default(),
                search: raw.search.unwrap_or(true),
                timezone,
                timezone_name,
                raw_html: raw.markdown.as_ref().is_some_and(|m| m.raw_html),
                sourced_numbers: raw.markdown.as_ref().is_some_and(|m| m.sourced_numbers),
                organization,
                image,
            }),
            _ => Err(problems),
        }
    }

    fn text_or_report(
        &self,
        value: &Spanned<Localized>,
        key: &str,
        codes: &[&str],
        problems: &mut Diagnostics,
    ) -> Text {
        match value.value.resolve(codes) {
            Ok(text) => text,
            Err(e) => {
                problems.push(
                    self.error_at(value, format!("`{key}`: {e}"))
                        .with_help(msg!(
                            "config-text-every-language-help",
                            key = key,
                            example = format!("{{{}}}", example_map(codes))
                        )),
                );
                Text::default()
            }
        }
    }

    fn languages(&self, raw: &RawSiteConfig, problems: &mut Diagnostics) -> Vec<Language> {
        let default_code = raw
            .default_language
            .as_ref()
            .map(|d| d.value.clone())
            .unwrap_or_else(|| "id".into());
        let mut languages: Vec<Language> = match &raw.languages {
            Some(map) => map
                .value
                .iter()
                .map(|(code, lang)| Language {
                    code: code.clone(),
                    name: lang.name.clone(),
                    locale: lang
                        .locale
                        .as_ref()
                        .map(|l| l.value.clone())
                        .unwrap_or_else(|| code.clone()),
                    is_default: *code == default_code,
                    segments: Segments::defaults(code),
                })
                .collect(),
            None => vec![Language {
                code: default_code.clone(),
                name: default_code.clone(),
                locale: default_code.clone(),
                is_default: true,
                segments: Segments::defaults(&default_code),
            }],
        };
        let locales = raw.languages.iter().flat_map(|map| map.value.iter());
        for (code, locale) in locales.filter_map(|(code, l)| Some((code, l.locale.as_ref()?))) {
            if let Err(e) = crate::leaf::locale::parse_locale(&locale.value) {
                problems.push(
                    self.error_at(
                        locale,
                        msg!(
                            "config-language-problem",
                            code = code,
                            problem = e.to_string()
                        ),
                    )
                    .with_help(msg!(
                        "config-locale-help",
                        suggested = suggested_locale(&locale.value, code)
                    )),
                );
            }
        }
        for lang in &languages {
            let valid = (2..=3).contains(&lang.code.len())
                && lang.code.chars().all(|c| c.is_ascii_lowercase());
            if !valid {
                let place = raw.languages.as_ref().map(|l| l.referenced);
                let mut d = Diagnostic::error(
                    self.display,
                    msg!("config-not-a-language-code", code = &lang.code),
                )
                .with_help(msg!("config-not-a-language-code-help"));
                if let Some(loc) = place {
                    d = d.at(self.text, loc.line() as usize, loc.column() as usize);
                }
                problems.push(d);
            }
        }
        if !languages.iter().any(|l| l.is_default) {
            let mut d = Diagnostic::error(
                self.display,
                msg!("config-default-language-missing", code = &default_code),
            )
            .with_help(msg!("config-default-language-missing-help"));
            if let Some(spanned) = &raw.default_language {
                d = self
                    .error_at(spanned, d.message.clone())
                    .with_help(d.help.unwrap_or_default());
            }
            problems.push(d);
        }
        languages.sort_by_key(|l| (!l.is_default, l.code.clone()));
        if let Some(segments) = &raw.url_segments {
            for (code, words) in &segments.value {
                match languages.iter_mut().find(|l| &l.code == code) {
                    Some(lang) => lang.segments = lang.segments.clone().with(words),
                    None => problems.push(self.error_at(
                        segments,
                        msg!("config-url-segments-unknown-language", code = code),
                    )),
                }
            }
            for lang in &languages {
                for word in lang.segments.all() {
                    if crate::leaf::slug::slugify(word) != word || word.is_empty() {
                        problems.push(self.error_at(
                            segments,
                            msg!("config-url-word", word = word, code = &lang.code),
                        ));
                    }
                }
            }
        }
        languages
    }

    fn base_url(
        &self,
        raw: &Spanned<String>,
        override_url: Option<&str>,
        problems: &mut Diagnostics,
    ) -> Option<url::Url> {
        let text = override_url.unwrap_or(&raw.value);
        let with_slash = if text.ends_with('/') {
            text.to_string()
        } else {
            format!("{text}/")
        };
        let (message, help) = match url::Url::parse(&with_slash) {
            Ok(u) if (u.scheme() == "http" || u.scheme() == "https") && u.host().is_some() => {
                // The address is written into every page, feed and download: credentials
                // would be published 50 times over, and a query or fragment breaks every
                // address made from it (issue 17, finding 13).
                if !u.username().is_empty() || u.password().is_some() {
                    (
                        msg!("config-base-url-credentials", url = text),
                        msg!("config-base-url-credentials-help"),
                    )
                } else if u.query().is_some() || u.fragment().is_some() {
                    (
                        msg!("config-base-url-query", url = text),
                        msg!("config-base-url-query-help"),
                    )
                } else {
                    return Some(u);
                }
            }
            _ => (
                msg!("config-base-url", url = text),
                msg!("config-base-url-help"),
            ),
        };
        let d = match override_url {
            Some(_) => Diagnostic::error("--base-url", message),
            None => self.error_at(raw, message),
        };
        problems.push(d.with_help(help));
        None
    }

    fn timezone(
        &self,
        raw: Option<&Spanned<String>>,
        problems: &mut Diagnostics,
    ) -> (TimeZone, String) {
        let name = raw.map(|r| r.value.as_str()).unwrap_or("Asia/Jakarta");
        match jiff::tz::db().get(name) {
            Ok(tz) => (tz, name.to_string()),
            Err(_) => {
                if let Some(raw) = raw {
                    problems.push(
                        self.error_at(raw, msg!("config-unknown-timezone", name = name))
                            .with_help(msg!("config-unknown-timezone-help")),
                    );
                }
                (TimeZone::UTC, "UTC".into())
            }
        }
    }
}

fn example_map(codes: &[&str]) -> String {
    codes
        .iter()
        .map(|c| format!("{c}: ..."))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A likely meant locale for a mistyped one: `id_ID` → `id-ID`; else the usual one for the
/// language code.
fn suggested_locale(written: &str, code: &str) -> String {
    let hyphenated = written.trim().replace('_', "-");
    if crate::leaf::locale::parse_locale(&hyphenated).is_ok() {
        return hyphenated;
    }
    match code {
        "id" => "id-ID".into(),
        "en" => "en-GB".into(),
        other => other.to_string(),
    }
}
