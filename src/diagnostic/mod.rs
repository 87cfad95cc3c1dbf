//! Problems found in a site, as values: where (file, line, column), what, and how to fix it.
//!
//! Every stage pushes into one [`Diagnostics`] and keeps going, so a build reports all of its
//! problems together; the pipeline decides between stages whether to stop.

mod render;
mod source;

pub use render::render_all;
pub use source::LineIndex;

use std::path::{Path, PathBuf};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Fails the build only under `--strict`.
    Warning,
    /// Fails the build.
    Error,
}

/// One problem, with its place in a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path as the user should read it: relative to the site folder where possible.
    pub file: PathBuf,
    /// 1-based; 0 means "the file as a whole". (`u32`, as every count of lines or columns
    /// a text file can have, keeps a diagnostic small enough to return by value.)
    pub line: u32,
    /// 1-based, in characters; 0 means "the line as a whole".
    pub column: u32,
    pub message: String,
    /// What to do about it, shown under the snippet.
    pub help: Option<String>,
    /// The offending source line, for the snippet.
    pub source_line: Option<String>,
    /// A spreadsheet cell (`sheet 2024, C12`) when the problem is in an `.xlsx` sheet rather
    /// than a text file: the header names it instead of `:line:column`; `line` is then the
    /// sheet's row and `source_line` that row's values.
    pub cell: Option<Box<String>>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
            source_line: None,
            cell: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Place the problem at `line`:`column` (1-based), taking the source line from `text`.
    pub fn at(mut self, text: &str, line: usize, column: usize) -> Self {
        self.line = u32::try_from(line).unwrap_or(u32::MAX);
        self.column = u32::try_from(column).unwrap_or(u32::MAX);
        self.source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .filter(|_| line > 0)
            .map(|l| l.trim_end_matches('\r').to_string());
        self
    }

    /// Place the problem at a byte offset of `text`.
    pub fn at_offset(self, text: &str, offset: usize) -> Self {
        self.at_indexed(text, &LineIndex::new(text), offset)
    }

    /// [`Diagnostic::at_offset`] with the text's line index built once by the caller, so a
    /// file with thousands of problems costs no more than reading it once (a 10 MB article
    /// with 50 000 figure warnings took minutes otherwise).
    pub fn at_indexed(mut self, text: &str, index: &LineIndex, offset: usize) -> Self {
        let (line, column) = index.line_col(text, offset);
        self.line = u32::try_from(line).unwrap_or(u32::MAX);
        self.column = u32::try_from(column).unwrap_or(u32::MAX);
        self.source_line = index.line_text(text, line).map(str::to_string);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `file:line:column` as printed in the header line.
    pub fn location(&self) -> String {
        let file = self.file.display();
        if self.file.as_os_str().is_empty() {
            return String::new();
        }
        if let Some(cell) = &self.cell {
            return format!("{file}, {cell}");
        }
        match (self.line, self.column) {
            (0, _) => format!("{file}"),
            (line, 0) => format!("{file}:{line}"),
            (line, col) => format!("{file}:{line}:{col}"),
        }
    }
}

/// All problems of one build.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// True when the build must fail: any error, or any warning under `--strict`.
    pub fn fails(&self, strict: bool) -> bool {
        self.error_count() > 0 || (strict && self.warning_count() > 0)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Under `--strict`, warnings count as errors.
    pub fn promote_warnings(&mut self) {
        for d in &mut self.items {
            d.severity = Severity::Error;
        }
    }

    /// Sort by file, line and column so output is stable across parallel stages.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, &a.message).cmp(&(&b.file, b.line, b.column, &b.message))
        });
        self.items.dedup();
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics { items: vec![d] }
    }
}

/// Path of `path` relative to `root`, for messages; falls back to the path itself.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}
