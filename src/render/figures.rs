//! Figure provenance: the note beside each quoted figure and the list at the end of a page
//! ("Angka dalam artikel ini" / "Figures in this article") that gives, for each, its period,
//! dataset, source and release date — so every figure a page quotes carries a cited source
//! the reader can see without hovering.

use super::embed::escape as esc;
use crate::markdown::shortcode::Figure;
use crate::markdown::{FIGURES_ID, figure_ids};

/// The words of the notes and the list, from the theme's interface strings (with English
/// defaults, so a theme made before provenance still builds).
#[derive(Debug, Clone)]
pub struct FigureWords {
    /// The list's heading: "Angka dalam artikel ini".
    pub heading: String,
    /// The note's accessible name, "Sumber angka {n}": the visible "1" alone says nothing.
    pub note: String,
    pub period: String,
    pub dataset: String,
    pub source: String,
    pub released: String,
    /// The way back from an entry to the figure in the text: "Kembali ke angka {n}".
    pub back: String,
}

impl FigureWords {
    pub fn from_strings(get: impl Fn(&str) -> Option<String>) -> FigureWords {
        let or = |key: &str, default: &str| get(key).unwrap_or_else(|| default.to_string());
        FigureWords {
            heading: or("figures_heading", "Figures in this article"),
            note: or("figure_note", "Source of figure {n}"),
            period: or("figure_period", "Period"),
            dataset: or("figure_dataset", "Dataset"),
            source: or("figure_source", "Source"),
            released: or("figure_released", "Released"),
            back: or("figure_back", "Back to figure {n} in the text"),
        }
    }
}

/// The figure in the text: its value linked to its permalink (unless it already sits in a
/// link), then its note number linked to its entry in the list.
pub fn quoted_html(
    value_html: &str,
    permalink: &str,
    number: usize,
    in_link: bool,
    words: &FigureWords,
) -> String {
    let [_, entry, note] = figure_ids(number);
    let value = if in_link {
        value_html.to_string()
    } else {
        format!(
            "<a class=\"stat-link\" href=\"{}\">{value_html}</a>",
            esc(permalink)
        )
    };
    let label = words.note.replace("{n}", &number.to_string());
    let note_link = if in_link {
        // Links do not nest: the note is plain text here, and the list still has the entry.
        format!("<sup class=\"stat-note\" id=\"{note}\">{number}</sup>")
    } else {
        format!(
            "<sup class=\"stat-note\"><a href=\"#{entry}\" id=\"{note}\" aria-label=\"{}\">{number}</a></sup>",
            esc(&label)
        )
    };
    format!("{value}{note_link}")
}

/// The list at the end of a page that quotes figures; "" when it quotes none.
pub fn list_html(figures: &[Figure], words: &FigureWords) -> String {
    if figures.is_empty() {
        return String::new();
    }
    let mut html = format!(
        "<section class=\"figures\" aria-labelledby=\"{FIGURES_ID}\">\n<h2 id=\"{FIGURES_ID}\">{}</h2>\n<ol class=\"figures-list\">\n",
        esc(&words.heading)
    );
    for figure in figures {
        html.push_str(&entry_html(figure, words));
    }
    html.push_str("</ol>\n</section>\n");
    html
}

fn entry_html(figure: &Figure, words: &FigureWords) -> String {
    let [_, entry, note] = figure_ids(figure.number);
    let mut facts = Vec::new();
    if !figure.period.is_empty() {
        facts.push((&words.period, esc(&figure.period)));
    }
    facts.push((
        &words.dataset,
        format!(
            "<a href=\"{}\">{}</a>",
            esc(&figure.dataset_url),
            esc(&figure.dataset)
        ),
    ));
    let source = match figure.source_url.as_str() {
        "" => esc(&figure.source),
        url => format!("<a href=\"{}\">{}</a>", esc(url), esc(&figure.source)),
    };
    facts.push((&words.source, source));
    if !figure.released.is_empty() {
        let date = format!(
            "<time datetime=\"{}\">{}</time>",
            esc(&figure.released_iso),
            esc(&figure.released)
        );
        facts.push((&words.released, date));
    }
    let facts: String = facts
        .into_iter()
        .map(|(term, value)| format!("<div><dt>{}</dt><dd>{value}</dd></div>", esc(term)))
        .collect();
    let back = words.back.replace("{n}", &figure.number.to_string());
    format!(
        "<li id=\"{entry}\"><a class=\"figure-value\" href=\"{}\">{}</a> <a class=\"figure-back\" href=\"#{note}\" aria-label=\"{}\">↩</a>\n<dl class=\"figure-facts\">{facts}</dl></li>\n",
        esc(&figure.permalink),
        esc(&figure.text),
        esc(&back)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words() -> FigureWords {
        FigureWords::from_strings(|_| None)
    }

    fn figure() -> Figure {
        Figure {
            number: 2,
            text: "9,66 persen".into(),
            permalink: "/data/kemiskinan/#2018-09-persen".into(),
            period: "September 2018".into(),
            dataset: "Persentase Penduduk Miskin".into(),
            dataset_url: "/data/kemiskinan/".into(),
            source: "BPS".into(),
            source_url: "https://www.bps.go.id".into(),
            released: "15 Januari 2019".into(),
            released_iso: "2019-01-15".into(),
        }
    }

    #[test]
    fn the_note_links_both_ways_and_is_named_for_screen_readers() {
        let html = quoted_html(
            "<data>9,66</data>",
            "/data/k/#2018-09-persen",
            2,
            false,
            &words(),
        );
        assert!(html.starts_with("<a class=\"stat-link\" href=\"/data/k/#2018-09-persen\">"));
        assert!(
            html.contains("href=\"#angka-2\" id=\"angka-2-ref\""),
            "{html}"
        );
        assert!(html.contains("aria-label=\"Source of figure 2\""), "{html}");
        let inside = quoted_html("<data>9,66</data>", "/x/", 2, true, &words());
        assert!(!inside.contains("<a "), "links do not nest: {inside}");
    }

    #[test]
    fn the_list_gives_period_dataset_source_and_release() {
        let html = list_html(&[figure()], &words());
        for part in [
            "<li id=\"angka-2\">",
            "href=\"#angka-2-ref\"",
            "<dd>September 2018</dd>",
            "<a href=\"/data/kemiskinan/\">Persentase Penduduk Miskin</a>",
            "<a href=\"https://www.bps.go.id\">BPS</a>",
            "<dd><time datetime=\"2019-01-15\">15 Januari 2019</time></dd>",
        ] {
            assert!(html.contains(part), "{part} missing from {html}");
        }
        assert_eq!(list_html(&[], &words()), "");
    }
}
