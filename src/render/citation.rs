//! How to cite a dataset (issue 15 item 4): one citation per dataset page and chart, naming
//! the version readers see and its date, in three forms — plain text in the page's language,
//! BibTeX, and CSL-JSON (what Zotero, Mendeley and Pandoc read) — each pointing at the
//! version's stable download (`/data/<id>/v<N>.csv`), which keeps its figures when the dataset
//! changes later.

use serde::Serialize;
use serde_json::json;

use crate::data::Dataset;
use crate::data::version::Version;
use crate::i18n::format::Formatter;
use crate::site::{Site, SitePath};

/// The words a citation is made of, in one language (theme strings).
pub struct CiteWords {
    /// `versi {n}` / `version {n}`.
    pub version: String,
    /// `set data` / `dataset`: the kind of work, in brackets.
    pub kind: String,
}

/// A citation in its three forms, ready for a template.
#[derive(Debug, Serialize)]
pub struct CitationView {
    pub version: u32,
    /// `2020-02-01`, empty when the version is undated.
    pub date: String,
    pub date_display: String,
    /// The version's stable download.
    pub url: String,
    pub text: String,
    pub bibtex: String,
    pub csl_json: String,
}

/// One version in the dataset page's list, newest first.
#[derive(Debug, Serialize)]
pub struct VersionView {
    pub number: u32,
    pub date: String,
    pub date_display: String,
    pub csv_url: String,
    pub json_url: String,
    pub current: bool,
}

/// Every version of `dataset`, newest first, with its stable downloads.
pub fn versions(site: &Site, dataset: &Dataset, fmt: &Formatter) -> Vec<VersionView> {
    let file = |n: u32, ext: &str| {
        site.urls
            .href(&SitePath::file(&format!("data/{}/v{n}.{ext}", dataset.id)))
    };
    let last = dataset.versions.len().saturating_sub(1);
    dataset
        .versions
        .iter()
        .enumerate()
        .rev()
        .map(|(i, v)| VersionView {
            number: v.number,
            date: v.date.map(|d| d.to_string()).unwrap_or_default(),
            date_display: v.date.map(|d| fmt.date_short(d)).unwrap_or_default(),
            csv_url: file(v.number, "csv"),
            json_url: file(v.number, "json"),
            current: i == last,
        })
        .collect()
}

/// What a citation names, gathered once.
struct Work<'a> {
    dataset: &'a Dataset,
    version: &'a Version,
    lang: &'a str,
    author: &'a str,
    title: &'a str,
    publisher: String,
    url: String,
}

/// The citation of the version of `dataset` readers see now, in `lang`.
pub fn cite(
    site: &Site,
    dataset: &Dataset,
    (lang, fmt, words): (&str, &Formatter, &CiteWords),
) -> Option<CitationView> {
    let version = dataset.current_version()?;
    let url = site.urls.absolute(&SitePath::file(&format!(
        "data/{}/v{}.csv",
        dataset.id, version.number
    )));
    let work = Work {
        dataset,
        version,
        lang,
        author: dataset.source.name.get(lang),
        title: dataset.title.get(lang),
        publisher: site.config.title.get(lang).to_string(),
        url,
    };
    let date_display = version.date.map(|d| fmt.date_short(d)).unwrap_or_default();
    Some(CitationView {
        version: version.number,
        date: version.date.map(|d| d.to_string()).unwrap_or_default(),
        text: plain_text(&work, &date_display, words),
        bibtex: bibtex(&work),
        csl_json: csl_json(&work),
        url: work.url,
        date_display,
    })
}

/// `Author. (2020). Title (version 2, 1 February 2020) [dataset]. Publisher. URL`, the
/// author–date form most style guides share.
fn plain_text(work: &Work, date_display: &str, words: &CiteWords) -> String {
    let version = words
        .version
        .replace("{n}", &work.version.number.to_string());
    let (year, when) = match work.version.date {
        Some(date) => (
            format!(" ({}).", date.year()),
            format!("{version}, {date_display}"),
        ),
        None => (String::new(), version),
    };
    let author = work.author.trim_end_matches('.');
    format!(
        "{author}.{year} {} ({when}) [{}]. {}. {}",
        work.title, words.kind, work.publisher, work.url
    )
}

/// A BibTeX `@misc` entry (BibTeX has no dataset type; biblatex reads `@misc` too), every
/// text braced and escaped, the author braced whole so an organisation is not split into
/// given and family names.
fn bibtex(work: &Work) -> String {
    let mut fields = vec![
        ("author", format!("{{{}}}", escape_tex(work.author))),
        ("title", format!("{{{}}}", escape_tex(work.title))),
        ("publisher", escape_tex(&work.publisher)),
        ("version", work.version.number.to_string()),
    ];
    if let Some(date) = work.version.date {
        fields.push(("year", date.year().to_string()));
        fields.push(("date", date.to_string()));
    }
    fields.push(("language", work.lang.to_string()));
    fields.push(("url", work.url.clone()));
    let body: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("  {key} = {{{value}}}"))
        .collect();
    format!(
        "@misc{{{}-v{},\n{}\n}}",
        work.dataset.id,
        work.version.number,
        body.join(",\n")
    )
}

/// The characters TeX reads as commands, written as text.
fn escape_tex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// One CSL-JSON item (the CSL input schema, `tests/citation/csl-data.json`), in an array as
/// reference managers import it: one field a line, in the order a reader scans them.
fn csl_json(work: &Work) -> String {
    let mut fields = vec![
        (
            "id",
            json!(format!("{}-v{}", work.dataset.id, work.version.number)),
        ),
        ("type", json!("dataset")),
        ("title", json!(work.title)),
        ("author", json!([{ "literal": work.author }])),
        ("publisher", json!(work.publisher)),
        ("version", json!(work.version.number.to_string())),
    ];
    if let Some(date) = work.version.date {
        fields.push((
            "issued",
            json!({ "date-parts": [[date.year(), date.month(), date.day()]] }),
        ));
    }
    fields.push(("language", json!(work.lang)));
    fields.push(("URL", json!(work.url)));
    let lines: Vec<String> = fields
        .iter()
        .map(|(key, value)| format!("    \"{key}\": {value}"))
        .collect();
    format!("[\n  {{\n{}\n  }}\n]", lines.join(",\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tex_commands_are_written_as_text() {
        assert_eq!(
            escape_tex(r"A & B_1 {x} 50% #2 ~ ^ \ $"),
            r"A \& B\_1 \{x\} 50\% \#2 \textasciitilde{} \textasciicircum{} \textbackslash{} \$"
        );
    }
}
