//! Printing diagnostics for people: `error: file:line:col: message`, the line, a caret.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{Diagnostic, Diagnostics, Severity};
use crate::messages::msg;

/// Render every diagnostic, then a count line ("2 errors, 1 warning").
pub fn render_all(diagnostics: &Diagnostics, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for d in diagnostics.iter() {
        out.push_str(&render_one(d, &renderer));
        out.push_str("\n\n");
    }
    let errors = diagnostics.error_count();
    let warnings = diagnostics.warning_count();
    if errors + warnings > 0 {
        out.push_str(&msg!("report-counts", errors = errors, warnings = warnings));
        out.push('\n');
    }
    out
}

fn render_one(d: &Diagnostic, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let title = match d.location() {
        location if location.is_empty() => d.message.clone(),
        location => format!("{location}: {}", d.message),
    };
    let mut group = Group::with_title(level.primary_title(title));
    if let Some(line) = &d.source_line {
        let start = char_to_byte(line, d.column.saturating_sub(1) as usize);
        let end = line[start..]
            .char_indices()
            .nth(1)
            .map(|(i, _)| start + i)
            .unwrap_or(line.len().max(start));
        group = group.element(
            Snippet::source(line.as_str())
                .line_start(d.line as usize)
                .annotation(AnnotationKind::Primary.span(start..end)),
        );
    }
    if let Some(help) = &d.help {
        group = group.element(Level::HELP.message(help.as_str()));
    }
    renderer.render(&[group]).to_string()
}

fn char_to_byte(line: &str, chars: usize) -> usize {
    line.char_indices()
        .nth(chars)
        .map(|(i, _)| i)
        .unwrap_or(line.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_file_line_and_column_then_caret() {
        let d = Diagnostic::error("content/news/a.id.md", "unknown key `titel`")
            .at("---\ntitel: x\n", 2, 1)
            .with_help("did you mean `title`?");
        let text = render_all(&Diagnostics::from(d), false);
        assert!(
            text.starts_with("error: content/news/a.id.md:2:1: unknown key `titel`"),
            "{text}"
        );
        assert!(text.contains("titel: x"), "{text}");
        assert!(text.contains('^'), "{text}");
        assert!(text.contains("did you mean `title`?"), "{text}");
        assert!(text.trim_end().ends_with("1 error, 0 warnings"), "{text}");
    }
}
