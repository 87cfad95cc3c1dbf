//! The chart kit: what goes with every chart a reader sees (on its dataset page and where
//! a `chart` shortcode places it): a takeaway title and a subtitle above it, and below it
//! the plotted figures as a table in a `<details>`, downloads of the chart as SVG, PNG and
//! CSV (exactly the plotted values), and the citation.
//!
//! The files sit beside the dataset's page in each language (`/data/kemiskinan/chart.svg`,
//! `/en/data/kemiskinan/chart.png`): the chart's words are in that language.

mod picture;

use std::borrow::Cow;

use super::chart::{Drawing, DrawnSeries};
use super::embed::escape;
use crate::data::Dataset;
use crate::output::{OutputFile, Payload};
use crate::site::{Site, SitePath};

pub(crate) use picture::Colours;
pub use picture::png;

/// The words of the kit in one language, from the theme's interface strings.
#[derive(Debug, Clone, Default)]
pub(crate) struct KitWords {
    /// `<summary>` of the table: "Angka dalam grafik" / "Figures in this chart".
    pub data: String,
    /// Before the download links: "Unduh grafik" / "Download this chart".
    pub download: String,
    /// The CSV link's note: "angka yang digambar" / "the plotted figures".
    pub csv: String,
    /// The subtitle of a chart across categories: "{measure} menurut {x}" / "{measure} by {x}".
    pub by: String,
}

impl KitWords {
    /// Theme keys, in field order.
    pub const KEYS: [&'static str; 4] = ["chart_data", "chart_download", "chart_csv", "chart_by"];

    pub fn from_strings(get: impl Fn(&str) -> Option<String>) -> KitWords {
        let [data, download, csv, by] = Self::KEYS.map(|k| get(k).unwrap_or_default());
        KitWords {
            data,
            download,
            csv,
            by,
        }
    }
}

/// The three files of a chart in a language, as output paths.
pub(crate) struct KitPaths {
    pub svg: String,
    pub png: String,
    pub csv: String,
}

impl KitPaths {
    /// Beside the dataset's page in `lang`.
    pub fn new(site: &Site, dataset: &Dataset, lang: &str) -> KitPaths {
        let dir = site.dataset_path(dataset, lang).as_str().to_string();
        KitPaths {
            svg: format!("{dir}chart.svg"),
            png: format!("{dir}chart.png"),
            csv: format!("{dir}chart.csv"),
        }
    }
}

/// The takeaway title: the dataset's `chart.title`, else the chart's first sentence.
pub(crate) fn takeaway(dataset: &Dataset, drawing: &Drawing, lang: &str) -> String {
    let written = dataset.chart.as_ref().and_then(|c| c.title.as_ref());
    match written.map(|t| t.get(lang)).filter(|t| !t.is_empty()) {
        Some(t) => t.to_string(),
        None => first_sentence(&drawing.message).to_string(),
    }
}

fn first_sentence(text: &str) -> &str {
    // A sentence ends at ". " (figures like "9,66" or "9.66" have no space after the dot).
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text,
    }
}

/// The subtitle: the dataset's `chart.subtitle`, else what is measured and when:
/// "Persentase penduduk miskin, Maret 2017 – September 2019" over time,
/// "Keluarga penerima manfaat menurut provinsi, 2024" across categories.
pub(crate) fn subtitle(
    dataset: &Dataset,
    drawing: &Drawing,
    lang: &str,
    words: &KitWords,
) -> String {
    let written = dataset.chart.as_ref().and_then(|c| c.subtitle.as_ref());
    if let Some(t) = written.map(|t| t.get(lang)).filter(|t| !t.is_empty()) {
        return t.to_string();
    }
    let measured: Vec<&str> = dataset
        .chart
        .iter()
        .flat_map(|c| &c.y)
        .filter_map(|&y| dataset.columns.get(y))
        .map(|c| c.label.get(lang))
        .collect();
    let mut out = measured.join("; ");
    if drawing.time {
        match (drawing.labels.first(), drawing.labels.last()) {
            (Some(first), Some(last)) if first != last => {
                out.push_str(&format!(", {first} – {last}"));
            }
            (Some(only), _) => out.push_str(&format!(", {only}")),
            _ => {}
        }
        return out;
    }
    if !words.by.is_empty() && !drawing.x_label.is_empty() {
        out = words
            .by
            .replace("{x}", &lower_first(&drawing.x_label))
            .replace("{measure}", &out);
    }
    if let Some(period) = &drawing.period {
        out.push_str(&format!(", {period}"));
    }
    out
}

/// "Provinsi" → "provinsi" inside a sentence; "BPS" and "DKI Jakarta"-like names stay.
fn lower_first(label: &str) -> Cow<'_, str> {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && !second.is_uppercase() => {
            Cow::Owned(first.to_lowercase().chain(label.chars().skip(1)).collect())
        }
        _ => Cow::Borrowed(label),
    }
}

/// What the figure around a chart shows besides the SVG.
pub(crate) struct Figure<'a> {
    pub dataset: &'a Dataset,
    pub drawing: &'a Drawing,
    /// The SVG as placed on this page (ids scoped for a shortcode).
    pub svg: &'a str,
    pub lang: &'a str,
    pub words: &'a KitWords,
    /// Links to the kit's SVG, PNG and CSV.
    pub links: [String; 3],
    /// The line under the chart, HTML: the source and the link to the dataset's citation.
    pub citation: String,
}

/// The `<figure>`: heading (takeaway, subtitle), the chart, the table, downloads, citation.
pub(crate) fn figure_html(f: &Figure) -> String {
    let [svg_href, png_href, csv_href] = &f.links;
    format!(
        "<figure class=\"chart-figure\">\n\
         <figcaption class=\"chart-heading\"><span class=\"chart-takeaway\">{takeaway}</span> \
         <span class=\"chart-subtitle\">{subtitle}</span></figcaption>\n\
         {svg}\n\
         <div class=\"chart-kit\" data-pagefind-ignore>\n\
         <details class=\"chart-data\"><summary>{data}</summary>\n{table}</details>\n\
         <p class=\"chart-downloads\">{download}: <a href=\"{svg_href}\" download>SVG</a> · \
         <a href=\"{png_href}\" download>PNG</a> · \
         <a href=\"{csv_href}\" download>CSV</a> ({csv})</p>\n\
         <p class=\"chart-citation\">{citation}</p>\n\
         </div>\n</figure>\n",
        takeaway = escape(&takeaway(f.dataset, f.drawing, f.lang)),
        subtitle = escape(&subtitle(f.dataset, f.drawing, f.lang, f.words)),
        svg = f.svg,
        data = escape(&f.words.data),
        table = table_html(f.drawing),
        download = escape(&f.words.download),
        csv = escape(&f.words.csv),
        citation = f.citation,
    )
}

/// The source as a citation line: "Sumber: <a>BPS</a>".
fn source_citation(dataset: &Dataset, lang: &str, source_word: &str) -> String {
    let name = escape(dataset.source.name.get(lang));
    let url = dataset.source.url.as_str();
    let source = match url.is_empty() {
        true => name,
        false => format!("<a href=\"{}\">{name}</a>", escape(url)),
    };
    format!("{}: {source}", escape(source_word))
}

/// The plotted figures, one row per point, one column per series, as the chart shows them.
fn table_html(drawing: &Drawing) -> String {
    let mut head = format!("<th scope=\"col\">{}</th>", escape(&drawing.x_label));
    for s in &drawing.series {
        head.push_str(&format!(
            "<th scope=\"col\" class=\"num\">{}</th>",
            escape(&s.label)
        ));
    }
    let mut body = String::new();
    for (i, label) in drawing.labels.iter().enumerate() {
        body.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape(label)));
        for s in &drawing.series {
            let shown = s.shown.get(i).map_or("", String::as_str);
            body.push_str(&format!("<td class=\"num\">{}</td>", escape(shown)));
        }
        body.push_str("</tr>\n");
    }
    format!(
        "<div class=\"table-wrap\"><table class=\"data-table\">\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table></div>\n"
    )
}

/// The plotted values as CSV: the x labels as the chart shows them, then each series'
/// values exactly (shortest decimal form), empty where the chart has no mark.
pub(crate) fn csv(drawing: &Drawing) -> Vec<u8> {
    write_csv(drawing).unwrap_or_default()
}

fn write_csv(drawing: &Drawing) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    let mut header = vec![crate::output::download::neutralise(&drawing.x_label)];
    header.extend(
        drawing
            .series
            .iter()
            .map(|s: &DrawnSeries| crate::output::download::neutralise(&s.label)),
    );
    writer.write_record(header.iter().map(|h| h.as_bytes()))?;
    for (i, label) in drawing.labels.iter().enumerate() {
        let mut record: Vec<Cow<'_, str>> = vec![crate::output::download::neutralise(label)];
        for s in &drawing.series {
            let value = s.values.get(i).copied().flatten();
            record.push(Cow::Owned(
                value.map(|v| format!("{v}")).unwrap_or_default(),
            ));
        }
        writer.write_record(record.iter().map(|f| f.as_bytes()))?;
    }
    Ok(writer.into_inner()?)
}

/// The kit's files of one chart in one language: SVG, PNG and CSV.
pub(crate) fn files(paths: &KitPaths, drawing: &Drawing, colours: &Colours) -> Vec<OutputFile> {
    let svg = picture::standalone_svg(&drawing.svg, colours);
    let mut out = Vec::with_capacity(3);
    if let Some(png) = picture::png(&svg) {
        out.push(OutputFile {
            path: paths.png.clone(),
            payload: Payload::Bytes(png),
        });
    }
    out.push(OutputFile {
        path: paths.svg.clone(),
        payload: Payload::Bytes(svg.into_bytes()),
    });
    out.push(OutputFile {
        path: paths.csv.clone(),
        payload: Payload::Bytes(csv(drawing)),
    });
    out
}

/// The chart of `dataset` with its kit, as placed on a page in `lang`; `None` without a
/// chart. `place` scopes the SVG's ids for the `n`th shortcode of a text; `page_link` names
/// the dataset's page in the citation (where the figure is not on that page).
pub(crate) fn figure(
    site: &Site,
    dataset: &Dataset,
    fmt: &crate::i18n::format::Formatter,
    strings: &crate::render::theme::Strings,
    lang: &str,
    place: Option<usize>,
) -> Option<String> {
    let get = |k: &str| strings.get(lang).and_then(|m| m.get(k)).cloned();
    let chart_words = super::chart::ChartWords::from_strings(get).ok()?;
    let drawing = super::chart::chart_drawing(dataset, fmt, lang, &chart_words)?;
    let words = KitWords::from_strings(get);
    let svg = match place {
        Some(n) => Cow::Owned(super::chart::scope_ids(&drawing.svg, &dataset.id, n)),
        None => Cow::Borrowed(drawing.svg.as_str()),
    };
    let citation = citation(site, dataset, strings, lang, place.is_some());
    let paths = KitPaths::new(site, dataset, lang);
    Some(figure_html(&Figure {
        dataset,
        drawing: &drawing,
        svg: &svg,
        lang,
        words: &words,
        links: links(site, &paths),
        citation,
    }))
}

/// Every chart's kit files, in every language (the datasets at `only`'s indices, or all).
/// The open-data downloads' companions: made, cached and refreshed with them.
pub(crate) fn all_files(
    inputs: crate::render::Inputs<'_>,
    only: Option<&[usize]>,
) -> Vec<OutputFile> {
    use rayon::prelude::*;
    let crate::render::Inputs {
        site,
        theme,
        locales,
        ..
    } = inputs;
    let colours = super::chart_lint::light_colours(theme);
    let mut jobs = Vec::new();
    for (i, dataset) in site.datasets.iter().enumerate() {
        if only.is_some_and(|only| !only.contains(&i)) || dataset.chart.is_none() {
            continue;
        }
        for lang in site.config.language_codes() {
            jobs.push((dataset, lang));
        }
    }
    let mut files: Vec<OutputFile> = jobs
        .par_iter()
        .flat_map_iter(|(dataset, lang)| {
            let strings = theme.strings.get(*lang);
            let get = |k: &str| strings.and_then(|m| m.get(k)).cloned();
            let drawing = super::chart::ChartWords::from_strings(get)
                .ok()
                .and_then(|w| super::chart::chart_drawing(dataset, locales.get(lang), lang, &w));
            match drawing {
                Some(d) => files(&KitPaths::new(site, dataset, lang), &d, &colours),
                None => Vec::new(),
            }
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// The line under the chart: where the figures come from and how to cite them, as the
/// dataset page's citation (`render::citation`) names them: "Sumber: BPS · Kutip (versi 2)".
/// Away from the dataset's page (a shortcode), it starts with a link to that page.
fn citation(
    site: &Site,
    dataset: &Dataset,
    strings: &crate::render::theme::Strings,
    lang: &str,
    away: bool,
) -> String {
    let word = |key: &str| crate::render::theme::word(strings, lang, key);
    let page = match away {
        true => site.urls.href(&site.dataset_path(dataset, lang)),
        false => String::new(),
    };
    let mut out = String::new();
    if away {
        out.push_str(&format!(
            "<a href=\"{page}\">{}</a> · ",
            escape(dataset.title.get(lang))
        ));
    }
    out.push_str(&source_citation(dataset, lang, &word("source")));
    // The dataset page's "Cite this dataset" names the version the chart draws.
    if let Some(version) = dataset.current_version() {
        let cite = word("cite_chart").replace("{n}", &version.number.to_string());
        out.push_str(&format!(
            " · <a class=\"chart-cite\" href=\"{page}#cite\">{}</a>",
            escape(&cite)
        ));
    }
    out
}

/// A warning when the machine has no font for the PNG's text (a build in a bare container):
/// the pictures would show marks without labels. Named at the first dataset with a chart.
pub(crate) fn check_fonts(site: &Site, problems: &mut crate::diagnostic::Diagnostics) {
    let Some(first) = site.datasets.iter().find(|d| d.chart.is_some()) else {
        return;
    };
    if picture::has_font() {
        return;
    }
    let fonts = picture::FONT_FAMILIES.join(", ");
    problems.push(
        crate::diagnostic::Diagnostic::warning(
            &first.display,
            crate::messages::msg!("charts-png-no-font", fonts = fonts.as_str()),
        )
        .with_help(crate::messages::msg!("charts-png-no-font-help")),
    );
}

/// Root-relative links to the three files.
pub(crate) fn links(site: &Site, paths: &KitPaths) -> [String; 3] {
    [&paths.svg, &paths.png, &paths.csv].map(|p| site.urls.href(&SitePath::file(p)))
}

#[cfg(test)]
mod tests;
