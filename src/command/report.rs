//! Turning a build's outcome into terminal output and an exit code.

use std::io::IsTerminal;

use super::{SiteArgs, exit};
use crate::diagnostic::{Diagnostics, render_all};
use crate::messages::msg;
use crate::pipeline::{Failure, Options, environment_diagnostic, now_from_env};

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Options for the pipeline from the shared flags; `Err` is an exit code after printing why.
pub fn options_from(args: &SiteArgs, output: Option<std::path::PathBuf>) -> Result<Options, u8> {
    let now = now_from_env().map_err(|message| {
        eprintln!("error: {message}");
        exit::USAGE
    })?;
    if let Some(url) = &args.base_url {
        let parsed = url::Url::parse(url);
        if !parsed.is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some()) {
            eprintln!("error: {}", msg!("report-bad-base-url", url = url));
            return Err(exit::USAGE);
        }
    }
    Ok(Options {
        site_dir: args.site.clone(),
        output_dir: output,
        base_url: args.base_url.clone(),
        drafts: args.drafts,
        future: args.future,
        strict: args.strict,
        force: false,
        now,
        translation_coverage: false,
    })
}

/// Print the problems of a failed build; return its exit code.
pub fn print_failure(failure: &Failure) -> u8 {
    match failure {
        Failure::Content(problems) => {
            eprint!("{}", render_all(problems, color()));
            exit::CONTENT
        }
        Failure::Environment(error) => {
            eprint!(
                "{}",
                render_all(&Diagnostics::from(environment_diagnostic(error)), color())
            );
            exit::USAGE
        }
    }
}

pub fn print_warnings(warnings: &Diagnostics) {
    if !warnings.is_empty() {
        eprint!("{}", render_all(warnings, color()));
    }
}

/// `21 pages (11 id, 10 en)`: the same count for `build` and `check` (HTML pages per
/// language, the 404 page not counted).
pub fn pages_line(built: &crate::pipeline::Built) -> String {
    let per_language = built.pages_per_language();
    let total: usize = per_language.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = per_language
        .iter()
        .map(|(lang, n)| format!("{n} {lang}"))
        .collect();
    msg!("report-pages", total = total, languages = parts.join(", "))
}

/// What the build left out (drafts, future dates), on its own line after the summary.
pub fn print_left_out(built: &crate::pipeline::Built) {
    if let Some(line) = crate::site::left_out::summary(&built.site.skipped.pages) {
        eprintln!("{line}");
    }
}
