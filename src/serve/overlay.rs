//! The error overlay's text: a failed build's problems as the terminal shows them (without
//! colour), sent to open tabs; and the page served while no build has succeeded yet.

use crate::diagnostic::{Diagnostics, render_all};
use crate::messages::msg;
use crate::pipeline::{Failure, environment_diagnostic};

/// The problems of a failed build, one `error: file:line:col: message` block each.
/// The overlay's heading comes first, in the language of messages (the script adds nothing).
pub fn problems_text(failure: &Failure) -> String {
    let problems = match failure {
        Failure::Content(problems) => render_all(problems, false),
        Failure::Environment(error) => {
            render_all(&Diagnostics::from(environment_diagnostic(error)), false)
        }
    };
    format!("{}\n\n{problems}", msg!("overlay-heading"))
}

/// The page for every address while the site has never built: the problems, escaped, and
/// (added by the server) the live-reload script, so the tab reloads once a build succeeds.
pub fn waiting_page(problems: Option<&str>) -> String {
    let body = match problems {
        Some(text) => format!(
            "<h1>{}</h1>\n<p>{}</p>\n<pre>{}</pre>",
            escape(&msg!("waiting-title")),
            escape(&msg!("waiting-fix")),
            escape(text)
        ),
        None => format!(
            "<h1>{}</h1>\n<p>{}</p>",
            escape(&msg!("waiting-building")),
            escape(&msg!("waiting-reloads"))
        ),
    };
    let lang = match crate::messages::language() {
        crate::messages::Lang::Id => "id",
        crate::messages::Lang::En => "en",
    };
    format!(
        "<!doctype html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>terang serve</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )
}

/// Text safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_escaped_on_the_waiting_page() {
        let page = waiting_page(Some("error: a.md:1:1: <script>alert(1)</script> & more"));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(!page.contains("<script>alert"));
    }
}
