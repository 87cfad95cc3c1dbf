//! The only place a URL is made. Paths inside the site are kept without the base path
//! (`en/news/slug/`); [`Urls::href`] adds the base path and [`Urls::absolute`] the host.

use crate::config::{Language, SiteConfig};
use crate::content::slug::slugify;

/// A path inside the site, relative to its root: `""` (home), `en/news/slug/`, `feed.xml`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SitePath(String);

impl SitePath {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The file that serves this path in `output/`: a folder's `index.html`, or the file itself.
    pub fn output_file(&self) -> String {
        if self.0.is_empty() || self.0.ends_with('/') {
            format!("{}index.html", self.0)
        } else {
            self.0.clone()
        }
    }

    /// A file path inside the site, from `/`-separated parts already safe for URLs.
    pub fn file(path: &str) -> SitePath {
        SitePath(path.trim_start_matches('/').to_string())
    }
}

/// Builds every URL of a site.
#[derive(Debug, Clone)]
pub struct Urls {
    base: url::Url,
    base_path: String,
}

impl Urls {
    pub fn new(config: &SiteConfig) -> Urls {
        let base_path = config.base_url.path().to_string();
        Urls {
            base: config.base_url.clone(),
            base_path,
        }
    }

    /// A folder page of `lang` from URL words; each word is made URL-safe again here so
    /// nothing a user writes can add `/`, `..` or other characters to a path.
    pub fn page(&self, lang: &Language, words: &[&str]) -> SitePath {
        let mut path = prefix(lang);
        for word in words {
            let safe = slugify(word);
            if !safe.is_empty() {
                path.push_str(&safe);
                path.push('/');
            }
        }
        SitePath(path)
    }

    /// Page `n` (2, 3, ...) of a paginated list at `list`.
    pub fn paginated(&self, list: &SitePath, n: usize) -> SitePath {
        if n <= 1 {
            list.clone()
        } else {
            SitePath(format!("{}page/{n}/", list.0))
        }
    }

    /// A language's home.
    pub fn home(&self, lang: &Language) -> SitePath {
        SitePath(prefix(lang))
    }

    /// A file in a language's folder, such as `en/feed.xml`.
    pub fn lang_file(&self, lang: &Language, name: &str) -> SitePath {
        SitePath(format!("{}{name}", prefix(lang)))
    }

    /// Root-relative URL for links: `/transparansi/en/news/slug/`.
    pub fn href(&self, path: &SitePath) -> String {
        format!("{}{}", self.base_path, path.0)
    }

    /// Absolute URL for canonical links, feeds and sitemaps.
    pub fn absolute(&self, path: &SitePath) -> String {
        format!("{}{}", self.base.as_str(), path.0)
    }

    pub fn base_path(&self) -> &str {
        &self.base_path
    }
}

fn prefix(lang: &Language) -> String {
    if lang.is_default {
        String::new()
    } else {
        format!("{}/", lang.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Segments;

    fn lang(code: &str, is_default: bool) -> Language {
        Language {
            code: code.into(),
            name: code.into(),
            locale: code.into(),
            is_default,
            segments: Segments {
                data: "data".into(),
                tags: "t".into(),
                regions: "r".into(),
                programs: "p".into(),
                events: "e".into(),
                search: "s".into(),
                releases: "rel".into(),
                corrections: "cor".into(),
            },
        }
    }

    fn urls(base: &str) -> Urls {
        let base = url::Url::parse(base).unwrap();
        Urls {
            base_path: base.path().to_string(),
            base,
        }
    }

    #[test]
    fn default_language_has_no_prefix() {
        let u = urls("https://x.go.id/");
        let p = u.page(&lang("id", true), &["berita", "a"]);
        assert_eq!(u.href(&p), "/berita/a/");
        let p = u.page(&lang("en", false), &["news", "a"]);
        assert_eq!(u.href(&p), "/en/news/a/");
        assert_eq!(p.output_file(), "en/news/a/index.html");
    }

    #[test]
    fn sub_path_base_urls_prefix_every_link() {
        let u = urls("https://x.go.id/transparansi/");
        let p = u.page(&lang("en", false), &["news"]);
        assert_eq!(u.href(&p), "/transparansi/en/news/");
        assert_eq!(u.absolute(&p), "https://x.go.id/transparansi/en/news/");
        assert_eq!(u.href(&u.paginated(&p, 2)), "/transparansi/en/news/page/2/");
    }

    #[test]
    fn words_cannot_escape_the_output() {
        let u = urls("https://x.go.id/");
        let p = u.page(&lang("id", true), &["../..", "a/b", ""]);
        assert_eq!(p.as_str(), "a-b/");
    }
}
