//! `terang translate FILE [--lang en]`: the other language's file of an article or page,
//! with the same stem (so the two are translations of each other), a copy of the front
//! matter and text to translate over, `draft: true` until it is translated, and the
//! original's version (`source_version`) so `check` can tell when the original changes.

use std::path::{Path, PathBuf};

use clap::Args;

use super::new::{load_config, write_new};
use super::{exit, print_failure};
use crate::config::SiteConfig;
use crate::content::walk::{DocPath, split_language, walk};
use crate::content::{Front, SourceDoc, front_matter, load_one};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;
use crate::pipeline::Failure;
use crate::site::stale;

#[derive(Debug, Args)]
pub struct TranslateArgs {
    /// The original: a Markdown file in content/ (e.g. content/news/2025-01-10-awal.id.md)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The language to translate into (default: the site's other language)
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// The site folder (the one holding content/)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub site: PathBuf,
}

impl TranslateArgs {
    pub fn run(self) -> u8 {
        let config = match load_config(&self.site) {
            Ok(c) => c,
            Err(code) => return code,
        };
        let doc = match self.find() {
            Ok(doc) => doc,
            Err(message) => {
                eprintln!("error: {message}");
                return exit::USAGE;
            }
        };
        let original = match load_one(&doc, &self.site, &config) {
            Ok(original) => original,
            Err(d) => return print_failure(&Failure::Content(d.into())),
        };
        let lang = match target_language(&config, &original, self.lang.as_deref()) {
            Ok(lang) => lang,
            Err(message) => {
                eprintln!("error: {message}");
                return exit::USAGE;
            }
        };
        let target = translation_path(&original.doc.path, &lang);
        if target.exists() {
            let path = translation_path(&original.display, &lang);
            eprintln!("error: {}", msg!("translate-exists", path = path.display()));
            return exit::CONTENT;
        }
        let code = write_new(&target, &translation_text(&original, &lang));
        if code == exit::OK {
            let path = translation_path(&original.display, &lang);
            eprintln!("{}", msg!("translate-next", path = path.display()));
        }
        code
    }

    /// The original's place in content/.
    fn find(&self) -> Result<DocPath, String> {
        let content = self.site.join("content");
        let not_content = || {
            msg!(
                "translate-not-content",
                file = self.file.display(),
                content = content.display()
            )
        };
        let file = self.file.canonicalize().map_err(|_| not_content())?;
        let mut problems = Diagnostics::default();
        walk(&content, &self.site, &mut problems)
            .docs
            .into_iter()
            .find(|d| d.path.canonicalize().is_ok_and(|p| p == file))
            .ok_or_else(not_content)
    }
}

/// `--lang`, else the site's first language other than the original's.
fn target_language(
    config: &SiteConfig,
    original: &SourceDoc,
    asked: Option<&str>,
) -> Result<String, String> {
    let codes = config.language_codes();
    match asked {
        Some(code) if code == original.lang => Err(msg!(
            "translate-same-language",
            file = original.display.display(),
            lang = code,
            other = *codes.iter().find(|c| **c != code).unwrap_or(&"en")
        )),
        Some(code) if config.language(code).is_some() => Ok(code.to_string()),
        Some(code) => Err(msg!(
            "command-not-a-language",
            lang = code,
            languages = codes.join(", ")
        )),
        None => codes
            .iter()
            .find(|c| **c != original.lang)
            .map(|c| c.to_string())
            .ok_or_else(|| msg!("translate-one-language")),
    }
}

/// `news/2025-01-10-awal.en.md` beside `news/2025-01-10-awal.id.md` (or `awal.md`).
fn translation_path(original: &Path, lang: &str) -> PathBuf {
    let name = original
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let without_md = name.strip_suffix(".md").unwrap_or(name);
    let (base, _) = split_language(without_md);
    original.with_file_name(format!("{base}.{lang}.md"))
}

/// The original's front matter (without `draft` and `source_version`) and text, marked as
/// a draft, with the original's version. A section's or the home page's `_index` file has
/// neither key: its copy is only the text to translate.
fn translation_text(original: &SourceDoc, lang: &str) -> String {
    if matches!(original.front, Front::Section(_)) {
        return format!(
            "---\n# Translation into `{lang}` of {}: translate the values and the text below.\n{}---\n{}",
            original.display.display(),
            front_matter::split(&original.text)
                .map(|s| s.yaml)
                .unwrap_or_default(),
            original.body()
        );
    }
    let yaml = front_matter::split(&original.text)
        .map(|s| s.yaml)
        .unwrap_or_default();
    let kept: String = yaml
        .lines()
        .filter(|l| !l.starts_with("draft:") && !l.starts_with(&format!("{}:", stale::KEY)))
        .map(|l| format!("{l}\n"))
        .collect();
    format!(
        "---\n# Translation into `{lang}` of {}: translate the values and the text below, then delete\n# `draft: true`. Leave `{key}` as it is: `terang check` uses it to tell you when\n# the original changes.\n{kept}draft: true\n{key}: \"{}\"\n---\n{}",
        original.display.display(),
        stale::version(original),
        original.body(),
        key = stale::KEY,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_share_the_stem() {
        assert_eq!(
            translation_path(Path::new("c/news/2025-01-10-awal.id.md"), "en"),
            Path::new("c/news/2025-01-10-awal.en.md")
        );
        assert_eq!(
            translation_path(Path::new("c/news/x/index.md"), "en"),
            Path::new("c/news/x/index.en.md")
        );
    }
}
