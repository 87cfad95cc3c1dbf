//! Charts of datasets. Not drawn yet: the SVG renderer is being written on the `data-output`
//! branch; until it lands, dataset pages show the table and no chart.

use crate::data::Dataset;
use crate::i18n::format::Formatter;

/// Sentence patterns of a chart's description, from the theme's interface strings.
pub struct ChartWords {
    pub down: String,
    pub up: String,
    pub unchanged: String,
}

/// The chart of a dataset as inline SVG; `None` while charts are not drawn.
pub fn chart_svg(
    _dataset: &Dataset,
    _fmt: &Formatter,
    _lang: &str,
    _words: &ChartWords,
) -> Option<String> {
    None
}

/// A tiny line of values for lists; empty while charts are not drawn.
pub fn sparkline_svg(_values: &[f64]) -> String {
    String::new()
}
