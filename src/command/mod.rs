//! One module per subcommand.

pub mod build;
pub mod check;
pub mod data;
pub mod init;
mod live;
pub mod new;
mod report;
pub mod serve;
pub mod translate;
pub mod watch;

pub use report::{options_from, pages_line, print_failure, print_left_out, print_warnings};

use std::path::PathBuf;

use clap::Args;

/// Flags shared by commands that build.
#[derive(Debug, Args, Clone)]
pub struct SiteArgs {
    /// The site folder (the one holding content/)
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub site: PathBuf,
    /// Use this base URL instead of site.yaml's base_url (e.g. https://example.go.id/transparansi/)
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,
    /// Include pages with `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Include pages dated in the future
    #[arg(long)]
    pub future: bool,
    /// Treat warnings (such as hand-typed figures) as errors
    #[arg(long)]
    pub strict: bool,
}

/// Exit codes: 0 success, 1 content or template errors, 2 bad command line or site folder.
pub mod exit {
    pub const OK: u8 = 0;
    pub const CONTENT: u8 = 1;
    pub const USAGE: u8 = 2;
}
