//! The tera environment: templates from the theme chain, terang's functions, and template
//! errors turned into diagnostics that name the template file and line.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use tera::{Context, ErrorKind, Kwargs, State, Tera};

use super::theme::Theme;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Templates ready to render, with the file behind each name.
pub struct Engine {
    tera: Tera,
    files: HashMap<String, (PathBuf, String)>,
}

impl Engine {
    pub fn new(theme: &Theme, base_path: &str) -> Result<Engine, Vec<Diagnostic>> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let files: HashMap<String, (PathBuf, String)> = theme
            .templates
            .iter()
            .map(|(name, text, file)| (name.clone(), (file.clone(), text.clone())))
            .collect();
        register_functions(&mut tera, theme, base_path);
        let templates: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|(n, t, _)| (n.as_str(), t.as_str()))
            .collect();
        if let Err(e) = tera.add_raw_templates(templates) {
            return Err(vec![template_error(&e, &files, None)]);
        }
        Ok(Engine { tera, files })
    }

    /// Render `template`; an error names the template file and line.
    pub fn render(&self, template: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(template, context)
            .map_err(|e| template_error(&e, &self.files, Some(template)))
    }
}

fn register_functions(tera: &mut Tera, theme: &Theme, base_path: &str) {
    let strings: Arc<BTreeMap<String, BTreeMap<String, String>>> = Arc::new(theme.strings.clone());
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get::<String>("key")?;
            // `lang` picks another language's string, for a page that speaks to readers of every
            // language at once (the single 404 page a static host serves for any missing URL).
            let lang: String = match kwargs.get::<String>("lang")? {
                Some(lang) => lang,
                None => state.get::<String>("lang_code")?.unwrap_or_default(),
            };
            strings
                .get(&lang)
                .and_then(|m| m.get(&key))
                .cloned()
                .ok_or_else(|| {
                    tera::Error::message(msg!("theme-no-string", key = &key, lang = &lang))
                })
        },
    );
    let base = base_path.to_string();
    tera.register_function(
        "asset",
        move |kwargs: Kwargs, _: &State| -> tera::TeraResult<String> {
            let path: String = kwargs.must_get::<String>("path")?;
            Ok(format!("{base}{}", path.trim_start_matches('/')))
        },
    );
}

/// A tera error as a diagnostic at the template file, line and column.
fn template_error(
    error: &tera::Error,
    files: &HashMap<String, (PathBuf, String)>,
    rendering: Option<&str>,
) -> Diagnostic {
    let file_of = |name: &str| {
        files
            .get(name)
            .map(|f| f.0.clone())
            .unwrap_or_else(|| PathBuf::from(format!("templates/{name}")))
    };
    match error.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let name = if report.filename().is_empty() {
                rendering.unwrap_or("")
            } else {
                report.filename()
            };
            let span = report.span();
            let text = files.get(name).map(|f| f.1.as_str());
            let problem = chain_message(error, report.message());
            let message = if matches!(error.kind(), ErrorKind::SyntaxError(_)) {
                msg!("theme-syntax-error", problem = problem)
            } else {
                msg!("theme-template-error", problem = problem)
            };
            let mut d = Diagnostic::error(file_of(name), message);
            if let Some(text) = text {
                d = d.at(text, span.start_line, span.start_col + 1);
            }
            d.with_help(msg!("theme-template-error-help"))
        }
        ErrorKind::TemplateNotFound(name) => Diagnostic::error(
            file_of(rendering.unwrap_or(name)),
            msg!("theme-template-not-found", name = name.as_str()),
        )
        .with_help(msg!("theme-template-not-found-help")),
        ErrorKind::MissingParent { current, parent } => Diagnostic::error(
            file_of(current),
            msg!("theme-missing-parent", parent = parent.as_str()),
        ),
        ErrorKind::CircularExtend {
            tpl,
            inheritance_chain,
        } => Diagnostic::error(
            file_of(tpl),
            msg!("theme-extend-loop", chain = inheritance_chain.join(" → ")),
        ),
        ErrorKind::CircularInclude { tpl, include_chain } => Diagnostic::error(
            file_of(tpl),
            msg!("theme-include-loop", chain = include_chain.join(" → ")),
        )
        .with_help(msg!("theme-include-loop-help")),
        _ => Diagnostic::error(
            file_of(rendering.unwrap_or("")),
            msg!("theme-template-error", problem = error.to_string()),
        ),
    }
}

fn chain_message(error: &tera::Error, message: &str) -> String {
    let mut text = message.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(s) = source {
        text.push_str(&format!(": {s}"));
        source = s.source();
    }
    text
}
