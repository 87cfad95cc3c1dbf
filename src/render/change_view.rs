//! Typed revisions and corrections as readers see them (issue 15 item 3): the dated marker
//! beside a quoted figure that changed, and the entries of a dataset's change log and of the
//! site-wide corrections page, formatted for one language.

use serde::Serialize;

use super::embed::{cell_text, escape};
use crate::data::correction::{ChangeKind, ChangedCell, Correction};
use crate::data::{Cell, ColumnType, Dataset};
use crate::i18n::format::Formatter;
use crate::site::Site;

/// One entry of a change log.
#[derive(Serialize)]
pub struct ChangeView {
    /// The entry's id on the dataset page.
    pub anchor: String,
    pub date: String,
    pub date_display: String,
    /// `revision` or `correction` (theme strings `change_<kind>`).
    pub kind: String,
    pub reason: String,
    pub dataset_title: String,
    /// The entry on its dataset page: `/data/kemiskinan/#change-2020-02-01`.
    pub url: String,
    /// The same as an absolute address, for feeds.
    #[serde(skip)]
    pub absolute_url: String,
    pub cells: Vec<CellChangeView>,
}

/// A changed cell: "Maret 2018 · Persentase penduduk miskin: 9,81 persen → 9,82 persen".
#[derive(Serialize)]
pub struct CellChangeView {
    pub row: String,
    pub column: String,
    pub previous: String,
    pub current: String,
}

/// The change log of `dataset` in `lang`, newest first.
pub fn change_log(site: &Site, dataset: &Dataset, fmt: &Formatter, lang: &str) -> Vec<ChangeView> {
    let mut log: Vec<ChangeView> = dataset
        .corrections
        .iter()
        .map(|c| change_view(site, dataset, c, fmt, lang))
        .collect();
    // Stable: entries of one day keep the order written.
    log.sort_by(|a, b| b.date.cmp(&a.date));
    log
}

fn change_view(
    site: &Site,
    dataset: &Dataset,
    c: &Correction,
    fmt: &Formatter,
    lang: &str,
) -> ChangeView {
    ChangeView {
        anchor: c.anchor.clone(),
        date: c.date.to_string(),
        date_display: fmt.date_short(c.date),
        kind: c.kind.name().to_string(),
        reason: c.reason.get(lang).to_string(),
        dataset_title: dataset.title.get(lang).to_string(),
        url: entry_url(site, dataset, c, lang),
        absolute_url: format!(
            "{}#{}",
            site.urls.absolute(&site.dataset_path(dataset, lang)),
            c.anchor
        ),
        cells: c
            .cells
            .iter()
            .map(|cell| cell_change(dataset, cell, fmt, lang))
            .collect(),
    }
}

fn entry_url(site: &Site, dataset: &Dataset, c: &Correction, lang: &str) -> String {
    format!(
        "{}#{}",
        site.urls.href(&site.dataset_path(dataset, lang)),
        c.anchor
    )
}

fn cell_change(
    dataset: &Dataset,
    cell: &ChangedCell,
    fmt: &Formatter,
    lang: &str,
) -> CellChangeView {
    let column = &dataset.columns[cell.col];
    let row = &dataset.rows[cell.row];
    let show = |value: Option<f64>| match value {
        Some(v) => fmt.value(v, &column.unit_for(lang), column.decimals),
        None => crate::i18n::format::MISSING.to_string(),
    };
    CellChangeView {
        row: dataset
            .columns
            .iter()
            .zip(&row.cells)
            .filter(|(c, _)| c.kind != ColumnType::Number)
            .map(|(c, v)| cell_text(v, c, fmt))
            .collect::<Vec<_>>()
            .join(", "),
        column: column.label.get(lang).to_string(),
        previous: show(cell.previous.as_deref().and_then(|p| p.parse().ok())),
        current: show(row.cells.get(cell.col).and_then(Cell::number)),
    }
}

/// Every entry of every dataset in `lang`, newest first (ties: by dataset id, then as written).
pub fn all_changes(site: &Site, fmt: &Formatter, lang: &str) -> Vec<ChangeView> {
    let mut all: Vec<ChangeView> = site
        .datasets
        .iter()
        .flat_map(|d| {
            d.corrections
                .iter()
                .map(move |c| change_view(site, d, c, fmt, lang))
        })
        .collect();
    all.sort_by(|a, b| b.date.cmp(&a.date));
    all
}

/// The marker after a quoted figure whose cells (`cells`: row, column) changed: the latest
/// change among them, dated, linking to its entry on the dataset page ("direvisi 1 Februari
/// 2020"); "" when none changed. A separate small element, so the figure's own markup stays
/// as it is.
pub fn marker(
    site: &Site,
    dataset: &Dataset,
    cells: &[(usize, usize)],
    fmt: &Formatter,
    lang: &str,
) -> String {
    let page = site.urls.href(&site.dataset_path(dataset, lang));
    marker_at(&page, dataset, cells, fmt)
}

/// [`marker`] linking to `page` (the dataset page's address; "" on the dataset page itself).
pub fn marker_at(
    page: &str,
    dataset: &Dataset,
    cells: &[(usize, usize)],
    fmt: &Formatter,
) -> String {
    let Some(change) = cells
        .iter()
        .filter_map(|(row, col)| dataset.last_change(*row, *col))
        .max_by_key(|c| c.date)
    else {
        return String::new();
    };
    let words = fmt.words();
    let pattern = match change.kind {
        ChangeKind::Revision => &words.revised,
        ChangeKind::Correction => &words.corrected,
    };
    let text = pattern.replace("{date}", &fmt.date_short(change.date));
    format!(
        " <a class=\"change-marker\" href=\"{}#{}\"><time datetime=\"{}\">{}</time></a>",
        escape(page),
        change.anchor,
        change.date,
        escape(&text)
    )
}
