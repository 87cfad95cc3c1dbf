//! Content loading: walk `content/`, read each Markdown file, split and parse its front matter.

pub mod controls;
pub mod date;
pub mod front_matter;
pub use crate::leaf::slug;
pub mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::SiteConfig;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::messages::msg;
use crate::yaml;
use front_matter::{PageFrontMatter, SectionFrontMatter};
pub use walk::{Asset, DocKind, DocPath, Inventory};

/// Typed front matter of a document.
#[derive(Debug, Clone)]
pub enum Front {
    Page(Box<PageFrontMatter>),
    Section(SectionFrontMatter),
}

/// A Markdown file, read and with its front matter parsed.
#[derive(Debug, Clone)]
pub struct SourceDoc {
    pub doc: DocPath,
    /// The path shown in messages: relative to the site folder.
    pub display: PathBuf,
    /// Resolved language code.
    pub lang: String,
    /// The whole file, BOM removed.
    pub text: String,
    pub front: Front,
    /// Byte offset where the Markdown body starts in `text`.
    pub body_start: usize,
    /// The warning for control characters removed from the file as it was read.
    pub controls: Option<Diagnostic>,
}

impl SourceDoc {
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }
}

/// Read a file for the pipeline: must be UTF-8 and not empty. The BOM is dropped, and so
/// are the control characters XML forbids (silently; see [`read_source`]).
pub fn read_text(path: &Path, display: &Path) -> Result<String, Diagnostic> {
    read_source(path, display).map(|(text, _)| text)
}

/// [`read_text`], with the warning for the control characters it removed, if any.
pub fn read_source(
    path: &Path,
    display: &Path,
) -> Result<(String, Option<Diagnostic>), Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(
            display,
            msg!("file-unreadable", reason = e.kind().to_string()),
        )
        .with_help(msg!("file-unreadable-help"))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let prefix = String::from_utf8_lossy(&e.as_bytes()[..valid]).into_owned();
        Diagnostic::error(display, msg!("file-not-utf8"))
            .at_offset(&prefix, valid)
            .with_help(msg!("file-not-utf8-help"))
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostic::error(display, msg!("file-empty")).with_help(empty_help(display)));
    }
    if let Some(offset) = text.find('\0') {
        return Err(Diagnostic::error(display, msg!("file-nul-byte"))
            .at_offset(&text, offset)
            .with_help(msg!("file-nul-byte-help")));
    }
    Ok(controls::strip(text, display))
}

/// What to put in an empty file, by what kind of file it is.
fn empty_help(display: &Path) -> String {
    let name = display.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if name == "site.yaml" {
        msg!("file-empty-site-yaml-help")
    } else if display.starts_with("content/data") {
        msg!("file-empty-dataset-help")
    } else if name.ends_with(".md") {
        msg!("file-empty-markdown-help")
    } else {
        msg!("file-empty-help")
    }
}

/// Read and parse every document of the inventory, in parallel, in inventory order.
pub fn load(
    inventory: &Inventory,
    site_root: &Path,
    config: &SiteConfig,
    problems: &mut Diagnostics,
) -> Vec<SourceDoc> {
    let results: Vec<Result<SourceDoc, Diagnostic>> = inventory
        .docs
        .par_iter()
        .map(|doc| load_one(doc, site_root, config))
        .collect();
    let mut docs = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(doc) => docs.push(doc),
            Err(d) => problems.push(d),
        }
    }
    docs
}

/// Read and parse one document (the rebuild cache calls this for changed files only).
pub fn load_one(
    doc: &DocPath,
    site_root: &Path,
    config: &SiteConfig,
) -> Result<SourceDoc, Diagnostic> {
    let display = display_path(site_root, &doc.path);
    let lang = match &doc.lang {
        None => config.default_language().code.clone(),
        Some(code) if config.language(code).is_some() => code.clone(),
        Some(code) => {
            let help = msg!(
                "content-unknown-language-help",
                languages = config.language_codes().join(", "),
                default = config.default_language().code.as_str(),
                code = code.as_str(),
            );
            return Err(Diagnostic::error(
                &display,
                msg!("content-unknown-language", code = code.as_str()),
            )
            .with_help(help));
        }
    };
    let (text, controls) = read_source(&doc.path, &display)?;
    let split = front_matter::split(&text).map_err(|e| match e {
        front_matter::SplitError::Missing => {
            Diagnostic::error(&display, msg!("content-no-front-matter"))
                .at(&text, 1, 1)
                .with_help(msg!("content-no-front-matter-help"))
        }
        front_matter::SplitError::Unclosed => {
            Diagnostic::error(&display, msg!("content-front-matter-unclosed"))
                .at(&text, 1, 1)
                .with_help(msg!("content-front-matter-unclosed-help"))
        }
    })?;
    let origin = yaml::Origin {
        file: &display,
        file_text: &text,
        line_offset: split.yaml_line_offset,
    };
    if split.yaml.trim().is_empty() {
        return Err(
            Diagnostic::error(&display, msg!("content-front-matter-empty"))
                .at(&text, 2, 1)
                .with_help(msg!("content-front-matter-empty-help")),
        );
    }
    let front = match doc.kind {
        DocKind::SectionIndex { .. } | DocKind::HomeIndex => {
            Front::Section(yaml::parse(split.yaml, origin)?)
        }
        _ => Front::Page(Box::new(yaml::parse(split.yaml, origin)?)),
    };
    let body_start = split.body_byte_offset;
    Ok(SourceDoc {
        doc: doc.clone(),
        display,
        lang,
        text,
        front,
        body_start,
        controls,
    })
}
