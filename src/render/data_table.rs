//! A dataset's table, shaped like the data (SPEC §4 "Tables"): a time series or a
//! cross-section row by row, a panel pivoted as statistics offices publish it (one row per
//! category, one column per period under each measure). The table sits in a focusable,
//! labelled region that scrolls sideways, with its first column kept in view by the theme.

use super::change_view::marker_at;
use super::embed::{cell_text, escape as esc, unit_label};
use crate::data::{Cell, Dataset, ShapeKind};
use crate::i18n::format::Formatter;

/// Tables longer than this keep their header in view (the theme's `table-long`).
const LONG_TABLE: usize = 12;

/// A column's heading: "Jumlah KPM (rumah tangga)".
fn heading(dataset: &Dataset, col: usize, fmt: &Formatter, lang: &str) -> String {
    let column = &dataset.columns[col];
    let unit = unit_label(column, fmt, lang);
    if unit.is_empty() {
        esc(column.label.get(lang))
    } else {
        format!("{} ({})", esc(column.label.get(lang)), esc(&unit))
    }
}

/// The region, table and caption around `head` and `body`.
fn wrap(dataset: &Dataset, lang: &str, rows: usize, head: &str, body: &str, class: &str) -> String {
    let caption_id = format!("table-{}-{lang}", dataset.id);
    let long = if rows > LONG_TABLE { " table-long" } else { "" };
    format!(
        "<div class=\"table-wrap{long}\" role=\"region\" aria-labelledby=\"{caption_id}\" tabindex=\"0\">\n<table class=\"data-table{class}\">\n<caption id=\"{caption_id}\">{}</caption>\n<thead>{head}</thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>\n",
        esc(dataset.title.get(lang))
    )
}

/// ` id="2018-09-persen"` for a figure's cell on the dataset page (`page` is ""), its
/// permalink, which a `stat` links to; nothing elsewhere, so an article quoting the table has
/// no duplicate ids.
fn cell_id(dataset: &Dataset, row: &crate::data::Row, col: usize, page: &str) -> String {
    if page.is_empty() {
        format!(" id=\"{}\"", esc(&dataset.cell_anchor(row, col)))
    } else {
        String::new()
    }
}

/// The full table of a dataset, localized: periods in words, numbers with the locale's
/// separators. A revised or corrected cell carries its dated marker, linking to the change
/// log on the dataset page at `page` ("" when the table is on that page, where each figure's
/// cell carries its permalink id).
pub fn table_html(dataset: &Dataset, fmt: &Formatter, lang: &str, page: &str) -> String {
    if dataset.shape.kind == ShapeKind::Panel {
        return pivot(dataset, fmt, lang, page);
    }
    let mut head = String::from("<tr>");
    for col in 0..dataset.columns.len() {
        head.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            heading(dataset, col, fmt, lang)
        ));
    }
    head.push_str("</tr>");
    let mut body = String::new();
    for (r, row) in dataset.rows.iter().enumerate() {
        body.push_str("<tr>");
        for (i, (cell, column)) in row.cells.iter().zip(&dataset.columns).enumerate() {
            let text =
                esc(&cell_text(cell, column, fmt)) + &marker_at(page, dataset, &[(r, i)], fmt);
            let (class, id) = if matches!(cell, Cell::Number { .. }) {
                (" class=\"num\"", cell_id(dataset, row, i, page))
            } else {
                ("", String::new())
            };
            let tag = if i == 0 { "th scope=\"row\"" } else { "td" };
            let close = if i == 0 { "th" } else { "td" };
            body.push_str(&format!("<{tag}{id}{class}>{text}</{close}>"));
        }
        body.push_str("</tr>\n");
    }
    wrap(dataset, lang, dataset.rows.len(), &head, &body, "")
}

/// A panel: one row per category, and for each column outside the key one column per period.
fn pivot(dataset: &Dataset, fmt: &Formatter, lang: &str, page: &str) -> String {
    let periods = dataset.periods();
    let Some(period_col) = dataset.shape.period else {
        return String::new();
    };
    let measures: Vec<usize> = (0..dataset.columns.len())
        .filter(|&c| !dataset.shape.is_key(c))
        .collect();
    let category_label = dataset
        .shape
        .categories
        .iter()
        .map(|&c| esc(dataset.columns[c].label.get(lang)))
        .collect::<Vec<_>>()
        .join(" / ");
    let period_names: Vec<String> = periods
        .iter()
        .map(|p| esc(&cell_text(p, &dataset.columns[period_col], fmt)))
        .collect();
    let mut head = format!("<tr><th scope=\"col\" rowspan=\"2\">{category_label}</th>");
    for &m in &measures {
        head.push_str(&format!(
            "<th scope=\"colgroup\" colspan=\"{}\">{}</th>",
            periods.len(),
            heading(dataset, m, fmt, lang)
        ));
    }
    head.push_str("</tr>\n<tr>");
    for _ in &measures {
        for name in &period_names {
            head.push_str(&format!("<th scope=\"col\" class=\"num\">{name}</th>"));
        }
    }
    head.push_str("</tr>");
    let categories = dataset.categories();
    let mut body = String::new();
    for name in &categories {
        body.push_str(&format!("<tr><th scope=\"row\">{}</th>", esc(name)));
        for &m in &measures {
            for p in &periods {
                let row = dataset
                    .rows_at(Some(p))
                    .find(|r| dataset.category(r) == *name);
                let cell = row.and_then(|r| r.cells.get(m)).unwrap_or(&Cell::Null);
                let marker = row
                    .and_then(|r| dataset.row_index(r))
                    .map(|r| marker_at(page, dataset, &[(r, m)], fmt))
                    .unwrap_or_default();
                let class = if matches!(cell, Cell::Number { .. } | Cell::Null) {
                    " class=\"num\""
                } else {
                    ""
                };
                let id = match (row, cell) {
                    (Some(row), Cell::Number { .. }) => cell_id(dataset, row, m, page),
                    _ => String::new(),
                };
                body.push_str(&format!(
                    "<td{id}{class}>{}{marker}</td>",
                    esc(&cell_text(cell, &dataset.columns[m], fmt))
                ));
            }
        }
        body.push_str("</tr>\n");
    }
    wrap(
        dataset,
        lang,
        categories.len(),
        &head,
        &body,
        " data-table-pivot",
    )
}
