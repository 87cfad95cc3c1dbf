//! The chart as a file of its own: the page's inline SVG made standalone (the theme's
//! light-mode colours written into a `<style>`, a background, a font list), and the same
//! SVG rendered to PNG at twice its size with `resvg`.
//!
//! Fonts: no font is bundled or downloaded. The PNG's text is set in the first of
//! [`FONT_FAMILIES`] found among the machine's system fonts (read once, with `fontdb`, in
//! the order of their file paths, not of the folder listing), so a build is byte-for-byte
//! the same on the same machine; on a machine without any of them the PNG's text falls back
//! to any sans-serif font present.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use resvg::tiny_skia;
use resvg::usvg;

/// The fonts asked for, in order: common sans-serif families of Linux, Windows and macOS;
/// then the machine's sans-serif.
pub(crate) const FONT_FAMILIES: [&str; 5] = [
    "DejaVu Sans",
    "Liberation Sans",
    "Noto Sans",
    "Arial",
    "Helvetica",
];

/// How many device pixels one viewBox unit becomes in the PNG (480 units → 960 px).
const PNG_SCALE: f32 = 2.0;

static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| Arc::new(fonts()));

/// The system fonts the PNG may use, read into memory once: the files of
/// [`FONT_FAMILIES`] and of the machine's sans-serif, loaded file by file in path order
/// (`fontdb` lists folders in the order the file system gives, and where two files name
/// the same family, the first one loaded is the one used). A font `fontdb` only knows by
/// its path is read from disk again for every piece of text drawn: 20 % of a 10,000-article
/// build's time went to reading DejaVu Sans over and over.
fn fonts() -> usvg::fontdb::Database {
    let mut found = usvg::fontdb::Database::new();
    found.load_system_fonts();
    let sans = found
        .family_name(&usvg::fontdb::Family::SansSerif)
        .to_string();
    let wanted = |face: &usvg::fontdb::FaceInfo| {
        face.families
            .iter()
            .any(|(name, _)| *name == sans || FONT_FAMILIES.contains(&name.as_str()))
    };
    let mut paths: Vec<PathBuf> = found
        .faces()
        .filter(|face| wanted(face))
        .filter_map(|face| match &face.source {
            usvg::fontdb::Source::File(path) => Some(path.clone()),
            _ => None,
        })
        .collect();
    paths.sort();
    paths.dedup();
    let mut db = usvg::fontdb::Database::new();
    for path in paths {
        // A font file that went away or cannot be read since the listing is left out.
        if let Ok(data) = std::fs::read(&path) {
            db.load_font_data(data);
        }
    }
    // The machine's own sans-serif (fontconfig's alias), for a machine without ours.
    db.set_sans_serif_family(sans);
    db
}

/// Whether the PNG's text has a font: one of [`FONT_FAMILIES`] or the machine's sans-serif.
pub(crate) fn has_font() -> bool {
    let families = FONT_FAMILIES.map(usvg::fontdb::Family::Name);
    families
        .iter()
        .chain([&usvg::fontdb::Family::SansSerif])
        .any(|family| {
            FONTS
                .query(&usvg::fontdb::Query {
                    families: std::slice::from_ref(family),
                    ..usvg::fontdb::Query::default()
                })
                .is_some()
        })
}

/// The colours of the standalone chart, by custom property (`--chart-1` → `#0a5fa8`).
pub(crate) type Colours = BTreeMap<String, String>;

fn colour<'a>(colours: &'a Colours, name: &str, fallback: &'a str) -> &'a str {
    colours.get(name).map_or(fallback, String::as_str)
}

/// The `<style>` that gives the SVG's classes the theme's colours, without the page's CSS.
fn style(colours: &Colours) -> String {
    let series = colour(colours, "--chart-1", "#0a5fa8");
    let quoted: Vec<String> = FONT_FAMILIES.iter().map(|f| format!("'{f}'")).collect();
    let mut css = format!(
        "svg{{font-family:{fonts},sans-serif;color:{series}}}\
         .chart-grid{{stroke:{grid}}}.chart-axis{{stroke:{axis}}}\
         .chart-label{{fill:{muted}}}.chart-value{{fill:{text};font-weight:700}}\
         .chart-mark{{fill:{bg}}}",
        fonts = quoted.join(","),
        grid = colour(colours, "--chart-grid", "#dfe4ea"),
        axis = colour(colours, "--chart-axis", "#5b6573"),
        muted = colour(colours, "--muted", "#4b5563"),
        text = colour(colours, "--text", "#1a1f26"),
        bg = colour(colours, "--bg", "#ffffff"),
    );
    let mut n = 1;
    while let Some(c) = colours.get(&format!("--chart-{n}")) {
        css.push_str(&format!(".chart-series-{n}{{color:{c}}}"));
        n += 1;
    }
    css
}

/// Room around the drawing in the files, in viewBox units.
const MARGIN: f32 = 8.0;

/// The page's inline chart as a standalone SVG file: an XML declaration, the theme's
/// colours in a `<style>`, and a background behind the drawing (so the chart reads on a
/// dark slide too). On the page, labels may reach past the viewBox (`overflow: visible`);
/// a file would cut them off, so its viewBox grows to hold everything drawn.
pub(crate) fn standalone_svg(inline: &str, colours: &Colours) -> String {
    let draft = assemble(inline, colours, None);
    let Some(frame) = view_box(inline).map(|(b, _)| fit(&draft, b)) else {
        return draft;
    };
    assemble(inline, colours, Some(frame))
}

/// A viewBox: x, y, width, height.
type Frame = [f32; 4];

/// The inline SVG's `viewBox="0 0 480 277"`, and where its value is in the text.
fn view_box(svg: &str) -> Option<(Frame, std::ops::Range<usize>)> {
    let start = svg.find("viewBox=\"")? + "viewBox=\"".len();
    let end = start + svg[start..].find('"')?;
    let numbers: Vec<f32> = svg[start..end]
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    Some((numbers.try_into().ok()?, start..end))
}

/// The smallest frame in whole units, with [`MARGIN`], that holds `frame` and all that
/// `draft` draws, its text set in the fonts the PNG uses.
fn fit(draft: &str, [x, y, w, h]: Frame) -> Frame {
    let Some(tree) = tree(draft) else {
        return [x, y, w, h];
    };
    let drawn = tree.root().abs_stroke_bounding_box();
    let left = (drawn.left().min(x) - MARGIN).floor();
    let top = (drawn.top().min(y) - MARGIN).floor();
    let right = (drawn.right().max(x + w) + MARGIN).ceil();
    let bottom = (drawn.bottom().max(y + h) + MARGIN).ceil();
    [left, top, right - left, bottom - top]
}

/// The file's text: `inline` with the style and background after its description, and its
/// viewBox replaced by `frame` when given.
fn assemble(inline: &str, colours: &Colours, frame: Option<Frame>) -> String {
    let bg = colour(colours, "--bg", "#ffffff");
    let (svg, background) = match frame {
        Some([x, y, w, h]) => {
            let (x, y, w, h) = (num(x), num(y), num(w), num(h));
            let svg = match view_box(inline) {
                Some((_, at)) => format!(
                    "{}{x} {y} {w} {h}{}",
                    &inline[..at.start],
                    &inline[at.end..]
                ),
                None => inline.to_string(),
            };
            let rect =
                format!("<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{bg}\"/>");
            (svg, rect)
        }
        None => (
            inline.to_string(),
            format!("<rect width=\"100%\" height=\"100%\" fill=\"{bg}\"/>"),
        ),
    };
    // After the description: the drawing starts there, and the background goes under it.
    let at = svg
        .find("</desc>")
        .map(|i| i + "</desc>".len())
        .or_else(|| svg.find('>').map(|i| i + 1))
        .unwrap_or(0);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}<style>{}</style>{background}{}\n",
        &svg[..at],
        style(colours),
        &svg[at..]
    )
}

/// A whole number of units as SVG writes it ("-8", "496").
fn num(v: f32) -> String {
    format!("{}", v.round() as i64)
}

fn tree(svg: &str) -> Option<usvg::Tree> {
    let options = usvg::Options {
        fontdb: Arc::clone(&FONTS),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).ok()
}

/// The standalone SVG as a PNG twice its size; `None` if `resvg` cannot read it (terang
/// wrote it, so that would be a bug, reported by the caller).
pub fn png(standalone: &str) -> Option<Vec<u8>> {
    let tree = tree(standalone)?;
    let size = tree.size();
    let width = (size.width() * PNG_SCALE).ceil() as u32;
    let height = (size.height() * PNG_SCALE).ceil() as u32;
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(PNG_SCALE, PNG_SCALE),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().ok()
}
