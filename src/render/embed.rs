//! What shortcodes render: figures quoted from datasets (`stat`) and whole tables (`table`),
//! formatted for the page's language.

use crate::data::dataset::RowLookup;
use crate::data::{Cell, Column, Dataset};
use crate::i18n::format::{Formatter, Unit};
use crate::i18n::locales::Locales;
use crate::markdown::shortcode::{Call, Embed};
use crate::site::Site;

/// Renders shortcodes from the site's datasets.
pub struct DataEmbed<'a> {
    pub site: &'a Site,
    pub locales: &'a Locales,
    /// Draws a dataset's chart in a language ("" when it has none).
    pub chart: &'a (dyn Fn(&Dataset, &str) -> String + Sync),
}

impl DataEmbed<'_> {
    fn dataset(&self, call: &Call) -> Result<&Dataset, String> {
        let id = call
            .text("data")
            .ok_or_else(|| format!("`{}` needs data=\"<dataset id>\"", call.name))?;
        self.site.dataset(id).ok_or_else(|| {
            let known: Vec<&str> = self.site.datasets.iter().map(|d| d.id.as_str()).collect();
            format!(
                "unknown dataset `{id}` ({})",
                crate::yaml::suggest(id, &known)
            )
        })
    }

    fn column<'d>(&self, dataset: &'d Dataset, call: &Call) -> Result<(usize, &'d Column), String> {
        let key = call
            .text("col")
            .ok_or_else(|| "`stat` needs col=\"<column key>\"".to_string())?;
        let index = dataset.column(key).ok_or_else(|| {
            let known: Vec<&str> = dataset.columns.iter().map(|c| c.key.as_str()).collect();
            format!(
                "dataset `{}` has no column `{key}` ({})",
                dataset.id,
                crate::yaml::suggest(key, &known)
            )
        })?;
        Ok((index, &dataset.columns[index]))
    }

    fn value(&self, dataset: &Dataset, row_key: &str, col: usize) -> Result<f64, String> {
        let row = dataset.row(row_key).map_err(|e| match e {
            RowLookup::Missing => {
                let names = dataset.row_names();
                let known: Vec<&str> = names.iter().map(String::as_str).collect();
                format!(
                    "dataset `{}` has no row `{row_key}` ({})",
                    dataset.id,
                    crate::yaml::suggest(row_key, &known)
                )
            }
            RowLookup::Ambiguous(example) => format!(
                "dataset `{}` has several rows `{row_key}`: name the row by all its columns that are not numbers, e.g. row=\"{example}\"",
                dataset.id
            ),
        })?;
        row.cells.get(col).and_then(Cell::number).ok_or_else(|| {
            format!(
                "dataset `{}`, row `{row_key}`, column `{}` has no number",
                dataset.id, dataset.columns[col].key
            )
        })
    }
}

impl Embed for DataEmbed<'_> {
    fn stat(&self, call: &Call, lang: &str) -> Result<String, String> {
        let dataset = self.dataset(call)?;
        let (col, column) = self.column(dataset, call)?;
        let fmt = self.locales.get(lang);
        let unit = column.unit_for(lang);
        if call.flag("change") {
            let from = call
                .text("from")
                .ok_or("a change needs from=\"<row>\" and to=\"<row>\"")?;
            let to = call
                .text("to")
                .ok_or("a change needs from=\"<row>\" and to=\"<row>\"")?;
            let (a, b) = (
                self.value(dataset, from, col)?,
                self.value(dataset, to, col)?,
            );
            let text = fmt.change(a, b, &unit, column.decimals);
            return Ok(format!(
                "<data class=\"stat stat-change\" value=\"{:.*}\">{}</data>",
                usize::from(column.decimals),
                b - a,
                escape(&text)
            ));
        }
        let row = call
            .text("row")
            .ok_or("`stat` needs row=\"<the row's first value>\" (or from, to and change=true)")?;
        let value = self.value(dataset, row, col)?;
        let raw = dataset
            .row(row)
            .ok()
            .and_then(|r| r.cells[col].raw())
            .unwrap_or_default();
        Ok(format!(
            "<data class=\"stat\" value=\"{}\">{}</data>",
            escape(raw),
            escape(&fmt.value(value, &unit, column.decimals))
        ))
    }

    fn block(&self, call: &Call, lang: &str, place: usize) -> Result<String, String> {
        let dataset = self.dataset(call)?;
        match call.name.as_str() {
            "table" => Ok(table_html(dataset, self.locales.get(lang), lang)),
            _ => {
                let svg = (self.chart)(dataset, lang);
                if svg.is_empty() {
                    return Err(format!(
                        "dataset `{}` has no chart: add `chart: {{type: line, x: ..., y: [...]}}` to it, or use `table`",
                        dataset.id
                    ));
                }
                let svg = super::chart::scope_ids(&svg, &dataset.id, place);
                let source = dataset.source.name.get(lang);
                let href = self.site.urls.href(&self.site.dataset_path(dataset, lang));
                Ok(format!(
                    "<figure class=\"chart-figure\">\n{svg}\n<figcaption><a href=\"{href}\">{}</a> · {}</figcaption>\n</figure>\n",
                    escape(dataset.title.get(lang)),
                    escape(source)
                ))
            }
        }
    }
}

/// The full table of a dataset, localized: periods in words, numbers with the locale's separators.
pub fn table_html(dataset: &Dataset, fmt: &Formatter, lang: &str) -> String {
    let esc = escape;
    let caption_id = format!("table-{}-{lang}", dataset.id);
    let mut html = format!(
        "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"{caption_id}\" tabindex=\"0\">\n<table class=\"data-table\">\n<caption id=\"{caption_id}\">{}</caption>\n<thead><tr>",
        esc(dataset.title.get(lang))
    );
    for column in &dataset.columns {
        let unit = unit_label(column, fmt, lang);
        let label = if unit.is_empty() {
            esc(column.label.get(lang))
        } else {
            format!("{} ({})", esc(column.label.get(lang)), esc(&unit))
        };
        html.push_str(&format!("<th scope=\"col\">{label}</th>"));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for row in &dataset.rows {
        html.push_str("<tr>");
        for (i, (cell, column)) in row.cells.iter().zip(&dataset.columns).enumerate() {
            let text = cell_text(cell, column, fmt);
            let class = if matches!(cell, Cell::Number { .. }) {
                " class=\"num\""
            } else {
                ""
            };
            if i == 0 {
                html.push_str(&format!("<th scope=\"row\"{class}>{}</th>", esc(&text)));
            } else {
                html.push_str(&format!("<td{class}>{}</td>", esc(&text)));
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n</div>\n");
    html
}

/// A cell as a reader sees it; an empty cell is "–".
pub fn cell_text(cell: &Cell, column: &Column, fmt: &Formatter) -> String {
    match cell {
        Cell::Null => crate::i18n::format::MISSING.to_string(),
        Cell::Text(t) => t.clone(),
        Cell::Number { value, .. } => fmt.number(*value, column.decimals),
        Cell::Date { date, .. } => fmt.date_short(*date),
        Cell::Period { period, .. } => fmt.period(period),
    }
}

fn unit_label(column: &Column, fmt: &Formatter, lang: &str) -> String {
    let words = fmt.words();
    match column.unit_for(lang) {
        Unit::Percent => words.percent.clone(),
        Unit::People => words.people.clone(),
        Unit::Households => words.households.clone(),
        Unit::Rupiah => words.rupiah_prefix.trim().to_string(),
        Unit::Other(text) => text,
        Unit::Ratio | Unit::Count => String::new(),
    }
}

/// Text made safe inside HTML elements and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut out, text);
    out
}
