//! `terang new SECTION "Title"`: a new draft article with its front matter, dated now in
//! the site's time zone (`SOURCE_DATE_EPOCH` when set), named `YYYY-MM-DD-slug.<lang>.md`.

use std::path::{Path, PathBuf};

use clap::Args;
use jiff::Timestamp;

use super::exit;
use super::print_failure;
use crate::config::SiteConfig;
use crate::content::slug::slugify;
use crate::content::walk::{DATA, PROGRAMS, is_ignored, split_language};
use crate::messages::msg;
use crate::pipeline::{Failure, now_from_env};

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The section (a folder of content/, such as `news`); created if new
    #[arg(value_name = "SECTION")]
    pub section: String,
    /// The article's title; its file name and URL come from it
    #[arg(value_name = "TITLE")]
    pub title: String,
    /// The language of the article (default: the site's default language)
    #[arg(long, value_name = "CODE")]
    pub lang: Option<String>,
    /// The site folder (the one holding content/)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub site: PathBuf,
}

impl NewArgs {
    pub fn run(self) -> u8 {
        let config = match load_config(&self.site) {
            Ok(c) => c,
            Err(code) => return code,
        };
        let lang = self
            .lang
            .clone()
            .unwrap_or_else(|| config.default_language().code.clone());
        if config.language(&lang).is_none() {
            let languages = config.language_codes().join(", ");
            eprintln!(
                "error: {}",
                msg!(
                    "command-not-a-language",
                    lang = &lang,
                    languages = languages
                )
            );
            return exit::USAGE;
        }
        if let Err(message) = check_section(&self.section, config.search) {
            eprintln!("error: {message}");
            return exit::USAGE;
        }
        let slug = slugify(&self.title);
        if slug.is_empty() {
            eprintln!(
                "error: {}",
                msg!("new-title-no-letters", title = &self.title)
            );
            return exit::USAGE;
        }
        let now = match now_from_env() {
            Ok(now) => now,
            Err(message) => {
                eprintln!("error: {message}");
                return exit::USAGE;
            }
        };
        let article = Article {
            section: &self.section,
            title: &self.title,
            slug: &slug,
            lang: &lang,
            now,
            config: &config,
        };
        // Printed as given: `content/news/...` from inside the site folder.
        let site = match self.site.as_os_str() == "." {
            true => PathBuf::new(),
            false => self.site.clone(),
        };
        if let Some(original) = same_title_in_another_language(&site, &article) {
            eprintln!("{}", orphan_message(&original, &lang));
            return exit::USAGE;
        }
        let path = site.join("content").join(article.file_name());
        write_new(&path, &article.text())
    }
}

/// A file of the section with the same title slug in another language: `new --lang en`
/// for it would make a separate article, not its translation.
fn same_title_in_another_language(site: &Path, article: &Article) -> Option<PathBuf> {
    let folder = site.join("content").join(article.section);
    let entries = std::fs::read_dir(&folder).ok()?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let path = entry.path();
            let (stem, lang) = match name.strip_suffix(".md") {
                Some(file) => split_language(file),
                // A bundle: its folder is named like the article.
                None => (name.as_str(), None),
            };
            let titled = stem == article.slug || stem.ends_with(&format!("-{}", article.slug));
            let other = match lang {
                Some(lang) => lang != article.lang,
                None => path.is_dir() || article.lang != article.config.default_language().code,
            };
            (titled && other).then_some(path)
        })
        .collect();
    found.sort();
    found.into_iter().next()
}

fn orphan_message(original: &Path, lang: &str) -> String {
    let original = original.display().to_string();
    format!(
        "error: {}\n  = help: {}",
        msg!("new-orphan", original = &original, lang = lang),
        msg!("new-orphan-help", original = &original, lang = lang)
    )
}

/// A section name is one plain folder of content/, not `data/`, and not `pagefind/` when
/// the site has search (the build refuses that folder: issue 17, finding 15).
fn check_section(section: &str, search: bool) -> Result<(), String> {
    let plain = !section.is_empty()
        && !section.contains(['/', '\\'])
        && section != "."
        && section != ".."
        && !is_ignored(section);
    if !plain {
        return Err(msg!("new-not-a-section", section = section));
    }
    if section == DATA {
        return Err(msg!("new-data-section"));
    }
    if search && section == crate::search::FOLDER {
        return Err(msg!("new-search-section", section = section));
    }
    Ok(())
}

pub(super) fn load_config(site: &Path) -> Result<SiteConfig, u8> {
    let path = site.join("content").join("site.yaml");
    let display = crate::diagnostic::display_path(site, &path);
    let text = match crate::content::read_text(&path, &display) {
        Ok(text) => text,
        Err(_) if !path.is_file() => {
            eprintln!("error: {}", msg!("command-no-site", path = path.display()));
            return Err(exit::USAGE);
        }
        Err(d) => return Err(print_failure(&Failure::Content(d.into()))),
    };
    crate::config::load(&display, &text, None).map_err(|ds| print_failure(&Failure::Content(ds)))
}

/// What `new` writes.
struct Article<'a> {
    section: &'a str,
    title: &'a str,
    slug: &'a str,
    lang: &'a str,
    now: Timestamp,
    config: &'a SiteConfig,
}

impl Article<'_> {
    /// Programs are named by their id; articles by date and slug.
    fn is_program(&self) -> bool {
        self.section == PROGRAMS
    }

    /// Relative to content/.
    fn file_name(&self) -> String {
        let date = self
            .now
            .to_zoned_datetime(self.config.timezone.clone())
            .date();
        match self.is_program() {
            true => format!("{}/{}.{}.md", self.section, self.slug, self.lang),
            false => format!("{}/{date}-{}.{}.md", self.section, self.slug, self.lang),
        }
    }

    fn text(&self) -> String {
        // A JSON string is a valid YAML double-quoted scalar: any title is safe.
        let title = serde_json::to_string(self.title).unwrap_or_else(|_| "\"\"".into());
        if self.is_program() {
            return format!("---\ntitle: {title}\nsummary: \"\"\ndraft: true\n---\n\n");
        }
        let when = self
            .now
            .to_zoned_datetime(self.config.timezone.clone())
            .strftime("%Y-%m-%dT%H:%M:%S%:z");
        format!("---\ntitle: {title}\ndate: {when}\ndraft: true\nsummary: \"\"\ntags: []\n---\n\n")
    }
}

/// Create `path` with `text`, never replacing a file.
pub(super) fn write_new(path: &Path, text: &str) -> u8 {
    if let Some(dir) = path.parent()
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        let error = e.to_string();
        eprintln!(
            "error: {}",
            msg!("command-create-failed", path = dir.display(), error = error)
        );
        return exit::USAGE;
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    let written = file.and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()));
    match written {
        Ok(()) => {
            println!("{}", path.display());
            exit::OK
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!("error: {}", msg!("new-exists", path = path.display()));
            exit::CONTENT
        }
        Err(e) => {
            let error = e.to_string();
            eprintln!(
                "error: {}",
                msg!("command-write-failed", path = path.display(), error = error)
            );
            exit::USAGE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_plain_folder_names() {
        assert!(check_section("news", true).is_ok());
        assert!(check_section("agenda", true).is_ok());
        for bad in ["", "a/b", "..", ".hidden", "data", "x\\y"] {
            assert!(check_section(bad, true).is_err(), "{bad}");
        }
    }

    /// Issue 17, finding 15: `terang new pagefind` made a section the build then refused.
    #[test]
    fn finding_15_new_refuses_the_search_index_folder() {
        let refused = check_section("pagefind", true).unwrap_err();
        assert!(refused.contains("search index"), "{refused}");
        assert!(check_section("pagefind", false).is_ok());
    }
}
