//! Themes: the embedded default, a site's own themes, the `extends` chain, templates,
//! static files and interface strings (`i18n/<lang>.yaml`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::messages::msg;
use crate::yaml;

/// The default theme, compiled into the binary so `terang init` and sites without a
/// `themes/` folder work anywhere.
pub static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// How messages name the folder of the embedded default theme.
const BUILT_IN: &str = "(built-in default theme)";

/// Where a theme file's bytes come from.
#[derive(Debug, Clone)]
pub enum FileSource {
    Embedded(&'static [u8]),
    Disk(PathBuf),
}

/// A file of a theme, with the path shown in messages.
#[derive(Debug, Clone)]
pub struct ThemeFile {
    pub display: PathBuf,
    pub source: FileSource,
}

impl ThemeFile {
    pub(crate) fn read_text(&self) -> Result<String, Diagnostic> {
        match &self.source {
            FileSource::Embedded(bytes) => String::from_utf8(bytes.to_vec())
                .map_err(|_| Diagnostic::error(&self.display, msg!("file-not-utf8"))),
            FileSource::Disk(path) => crate::content::read_text(path, &self.display),
        }
    }
}

/// The theme's interface strings: language → key → text.
pub type Strings = BTreeMap<String, BTreeMap<String, String>>;

/// The theme's word for `key` in `lang`; empty when the theme has none (templates fall back).
pub(crate) fn word(strings: &Strings, lang: &str, key: &str) -> String {
    strings
        .get(lang)
        .and_then(|m| m.get(key))
        .cloned()
        .unwrap_or_default()
}

/// The merged theme chain: later themes override same-named files of earlier ones.
#[derive(Debug, Default)]
pub struct Theme {
    /// Names from the base of the chain to the selected theme.
    pub chain: Vec<String>,
    /// Template name (relative to `templates/`) → text and file, per theme in the chain.
    pub templates: Vec<(String, String, PathBuf)>,
    /// Output-relative path → file.
    pub statics: BTreeMap<String, ThemeFile>,
    /// Language → key → text.
    pub strings: Strings,
    /// Language → the file its strings came from last.
    pub string_files: BTreeMap<String, PathBuf>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeManifest {
    #[serde(default)]
    #[allow(dead_code)]
    name: Option<String>,
    #[serde(default)]
    extends: Option<String>,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

/// One theme's files, before merging.
struct ThemeSource {
    name: String,
    files: Vec<(String, ThemeFile)>,
}

/// Load the theme `name` and its parents for the site at `site_root`.
pub fn load(site_root: &Path, name: &str, languages: &[&str]) -> Result<Theme, Diagnostics> {
    let mut problems = Diagnostics::new();
    let mut sources = Vec::new();
    let mut next = Some(name.to_string());
    while let Some(current) = next.take() {
        if sources.iter().any(|s: &ThemeSource| s.name == current) {
            problems.push(Diagnostic::error(
                format!("themes/{current}/theme.yaml"),
                msg!(
                    "theme-theme-loop",
                    chain = sources
                        .iter()
                        .map(|s| s.name.as_str())
                        .chain([current.as_str()])
                        .collect::<Vec<_>>()
                        .join(" → ")
                ),
            ));
            break;
        }
        let errors_before = problems.error_count();
        let source = match find(site_root, &current, &mut problems) {
            Some(source) => source,
            None if problems.error_count() > errors_before => break,
            None => {
                problems.push(
                    Diagnostic::error(
                        "content/site.yaml",
                        msg!("theme-not-found", theme = &current),
                    )
                    .with_help(msg!("theme-not-found-help", theme = &current)),
                );
                break;
            }
        };
        match manifest(&source) {
            Ok(m) => next = m.extends,
            Err(d) => problems.push(d),
        }
        sources.push(source);
    }
    if problems.error_count() > 0 {
        return Err(problems);
    }
    sources.reverse();
    let mut theme = Theme {
        chain: sources.iter().map(|s| s.name.clone()).collect(),
        ..Theme::default()
    };
    for source in &sources {
        merge(&mut theme, source, languages, &mut problems);
    }
    check_strings(&theme, languages, &mut problems);
    if problems.error_count() > 0 {
        Err(problems)
    } else {
        Ok(theme)
    }
}

fn find(site_root: &Path, name: &str, problems: &mut Diagnostics) -> Option<ThemeSource> {
    let dir = site_root.join("themes").join(name);
    let inside = crate::content::walk::boundary(site_root);
    if crate::content::walk::leaves_site(&dir, &inside) {
        problems.push(crate::content::walk::link_out_of_site(display_path(
            site_root, &dir,
        )));
        return None;
    }
    if dir.join("theme.yaml").is_file() {
        let mut files = Vec::new();
        let mut outside = Vec::new();
        let walker = walkdir::WalkDir::new(&dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                let leaves =
                    e.path_is_symlink() && crate::content::walk::leaves_site(e.path(), &inside);
                if leaves {
                    outside.push(e.path().to_path_buf());
                }
                !leaves
            });
        for entry in walker.flatten() {
            if !entry.file_type().is_file()
                || crate::content::walk::is_ignored(&entry.file_name().to_string_lossy())
            {
                continue;
            }
            let Ok(rel) = entry.path().strip_prefix(&dir) else {
                continue;
            };
            let rel = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            files.push((
                rel,
                ThemeFile {
                    display: display_path(site_root, entry.path()),
                    source: FileSource::Disk(entry.path().to_path_buf()),
                },
            ));
        }
        for link in outside {
            problems.push(crate::content::walk::link_out_of_site(display_path(
                site_root, &link,
            )));
        }
        return Some(ThemeSource {
            name: name.to_string(),
            files,
        });
    }
    if name == "default" {
        let mut files = Vec::new();
        collect_embedded(&DEFAULT_THEME, &mut files);
        files.sort_by(|a, b| a.0.cmp(&b.0));
        return Some(ThemeSource {
            name: name.to_string(),
            files,
        });
    }
    None
}

fn collect_embedded(dir: &'static Dir<'static>, out: &mut Vec<(String, ThemeFile)>) {
    for file in dir.files() {
        let rel = file.path().to_string_lossy().replace('\\', "/");
        out.push((
            rel.clone(),
            ThemeFile {
                display: PathBuf::from(format!("{BUILT_IN}/{rel}")),
                source: FileSource::Embedded(file.contents()),
            },
        ));
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn manifest(source: &ThemeSource) -> Result<ThemeManifest, Diagnostic> {
    let Some((_, file)) = source.files.iter().find(|(rel, _)| rel == "theme.yaml") else {
        return Ok(ThemeManifest {
            name: None,
            extends: None,
            description: None,
        });
    };
    let text = file.read_text()?;
    if text.trim().is_empty() {
        return Ok(ThemeManifest {
            name: None,
            extends: None,
            description: None,
        });
    }
    yaml::parse(
        &text,
        yaml::Origin {
            file: &file.display,
            file_text: &text,
            line_offset: 0,
        },
    )
}

fn merge(theme: &mut Theme, source: &ThemeSource, languages: &[&str], problems: &mut Diagnostics) {
    for (rel, file) in &source.files {
        if let Some(name) = rel.strip_prefix("templates/") {
            match file.read_text() {
                Ok(text) => {
                    theme.templates.retain(|(n, _, _)| n != name);
                    theme
                        .templates
                        .push((name.to_string(), text.clone(), file.display.clone()));
                    theme.templates.push((
                        format!("{}/{name}", source.name),
                        text,
                        file.display.clone(),
                    ));
                }
                Err(d) => problems.push(d),
            }
        } else if let Some(static_rel) = rel.strip_prefix("static/") {
            theme.statics.insert(static_rel.to_string(), file.clone());
        } else if let Some(lang_file) = rel.strip_prefix("i18n/") {
            let lang = lang_file.trim_end_matches(".yaml").trim_end_matches(".yml");
            if !languages.contains(&lang) {
                continue;
            }
            let text = match file.read_text() {
                Ok(t) => t,
                Err(d) => {
                    problems.push(d);
                    continue;
                }
            };
            let origin = yaml::Origin {
                file: &file.display,
                file_text: &text,
                line_offset: 0,
            };
            match yaml::parse::<BTreeMap<String, String>>(&text, origin) {
                Ok(map) => {
                    theme
                        .strings
                        .entry(lang.to_string())
                        .or_default()
                        .extend(map);
                    theme
                        .string_files
                        .insert(lang.to_string(), file.display.clone());
                }
                Err(d) => problems.push(d),
            }
        }
    }
}

/// Every interface string must exist in every language: a missing one is an error naming
/// the key and the language, so no visitor reads a key name instead of a word.
fn check_strings(theme: &Theme, languages: &[&str], problems: &mut Diagnostics) {
    let all_keys: std::collections::BTreeSet<&String> =
        theme.strings.values().flat_map(|m| m.keys()).collect();
    let selected = theme.chain.last().map(String::as_str).unwrap_or("default");
    for lang in languages {
        // Blame the selected theme's file: the built-in theme's cannot be edited, and it is
        // the site's own theme that added the keys.
        let file = theme
            .string_files
            .get(*lang)
            .filter(|f| theme.chain.len() == 1 || !f.starts_with(BUILT_IN))
            .cloned()
            .unwrap_or_else(|| PathBuf::from(format!("themes/{selected}/i18n/{lang}.yaml")));
        let strings = theme.strings.get(*lang);
        let missing: Vec<&str> = all_keys
            .iter()
            .filter(|k| strings.is_none_or(|s| !s.contains_key(k.as_str())))
            .map(|k| k.as_str())
            .collect();
        if !missing.is_empty() {
            problems.push(
                Diagnostic::error(
                    &file,
                    msg!(
                        "theme-strings-missing",
                        lang = lang,
                        keys = missing.join(", ")
                    ),
                )
                .with_help(msg!("theme-strings-missing-help", lang = lang)),
            );
        }
    }
}
