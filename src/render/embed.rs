//! What shortcodes render: figures quoted from datasets (`stat`) and whole tables (`table`),
//! formatted for the page's language.

mod quote;

pub use super::data_table::table_html;
use crate::data::dataset::RowLookup;
use crate::data::{Cell, Column, Dataset, ShapeKind};
use crate::i18n::format::{Formatter, Unit};
use crate::i18n::locales::Locales;
use crate::markdown::shortcode::{Call, Embed, Figure, Quoted, StatPlace};
use crate::messages::msg;
use crate::site::Site;

/// Renders shortcodes from the site's datasets.
pub struct DataEmbed<'a> {
    pub site: &'a Site,
    pub locales: &'a Locales,
    /// The theme's interface strings, language → key → text (the words of figure notes).
    pub strings: &'a super::theme::Strings,
}

impl DataEmbed<'_> {
    /// The words of figure notes and lists in `lang`.
    pub fn figure_words(&self, lang: &str) -> super::figures::FigureWords {
        let strings = self.strings.get(lang);
        super::figures::FigureWords::from_strings(|k| strings.and_then(|s| s.get(k)).cloned())
    }
}

impl DataEmbed<'_> {
    fn dataset(&self, call: &Call) -> Result<&Dataset, String> {
        let id = call
            .text("data")
            .ok_or_else(|| msg!("embed-needs-data", name = &call.name))?;
        if let Some(held) = self.site.skipped.held_dataset(id)
            && held.rows.is_empty()
        {
            return Err(msg!(
                "embargo-dataset",
                id = id,
                until = &held.until_display
            ));
        }
        self.site.dataset(id).ok_or_else(|| {
            let known: Vec<&str> = self.site.datasets.iter().map(|d| d.id.as_str()).collect();
            msg!(
                "embed-unknown-dataset",
                id = id,
                suggestion = crate::yaml::suggest(id, &known)
            )
        })
    }

    fn column<'d>(&self, dataset: &'d Dataset, call: &Call) -> Result<(usize, &'d Column), String> {
        let key = call.text("col").ok_or_else(|| msg!("embed-needs-col"))?;
        let index = dataset.column(key).ok_or_else(|| {
            let known: Vec<&str> = dataset.columns.iter().map(|c| c.key.as_str()).collect();
            msg!(
                "embed-no-column",
                id = &dataset.id,
                key = key,
                suggestion = crate::yaml::suggest(key, &known)
            )
        })?;
        Ok((index, &dataset.columns[index]))
    }

    /// When `row_key` names a row of `dataset` held by an embargo: until when.
    fn held_row(&self, dataset: &Dataset, row_key: &str) -> Option<String> {
        let held = self.site.skipped.held_dataset(&dataset.id)?;
        // `2019-03` names the held row `2019-03`; in a panel, `Aceh, 2025` or its period.
        held.rows
            .iter()
            .any(|r| r == row_key || r.split(", ").any(|part| part == row_key))
            .then(|| held.until_display.clone())
    }

    fn value(&self, dataset: &Dataset, row_key: &str, col: usize) -> Result<f64, String> {
        let row = dataset.row(row_key).map_err(|e| match e {
            RowLookup::Missing if self.held_row(dataset, row_key).is_some() => msg!(
                "embargo-row",
                id = &dataset.id,
                row = row_key,
                until = self.held_row(dataset, row_key).unwrap_or_default()
            ),
            RowLookup::Missing => {
                let names = dataset.row_names();
                let known: Vec<&str> = names.iter().map(String::as_str).collect();
                msg!(
                    "embed-no-row",
                    id = &dataset.id,
                    row = row_key,
                    suggestion = crate::yaml::suggest(row_key, &known)
                )
            }
            RowLookup::Ambiguous(example) => msg!(
                "embed-several-rows",
                id = &dataset.id,
                row = row_key,
                example = example
            ),
        })?;
        row.cells.get(col).and_then(Cell::number).ok_or_else(|| {
            msg!(
                "embed-no-number",
                id = &dataset.id,
                row = row_key,
                column = &dataset.columns[col].key
            )
        })
    }
}

impl DataEmbed<'_> {
    /// `total=true`: the sum of column `col` over the categories at `period` (written as in
    /// the file, `2024`; the latest when absent), for a panel or a cross-section of a unit
    /// that adds up.
    fn total(
        &self,
        dataset: &Dataset,
        col: usize,
        period: Option<&str>,
    ) -> Result<(f64, String), String> {
        let column = &dataset.columns[col];
        if dataset.shape.kind == ShapeKind::TimeSeries {
            return Err(msg!("embed-total-time-series", id = &dataset.id));
        }
        if !column.adds_up() {
            return Err(msg!(
                "embed-total-no-sum",
                column = &column.key,
                id = &dataset.id
            ));
        }
        let periods = dataset.periods();
        let at = match period {
            None => periods.last().copied(),
            Some(p) if self.held_row(dataset, p).is_some() => {
                return Err(msg!(
                    "embargo-period",
                    id = &dataset.id,
                    period = p,
                    until = self.held_row(dataset, p).unwrap_or_default()
                ));
            }
            Some(p) => Some(*periods.iter().find(|c| c.raw() == Some(p)).ok_or_else(|| {
                let known: Vec<&str> = periods.iter().filter_map(|c| c.raw()).collect();
                msg!(
                    "embed-no-period",
                    id = &dataset.id,
                    period = p,
                    suggestion = crate::yaml::suggest(p, &known)
                )
            })?),
        };
        let name = at.and_then(Cell::raw).unwrap_or_default().to_string();
        let total = dataset.total_at(col, at).ok_or_else(|| {
            msg!(
                "embed-no-values",
                id = &dataset.id,
                column = &column.key,
                period = &name
            )
        })?;
        Ok((total, name))
    }

    /// `rank=true`: a row's place among the categories at its period, highest first (1 + how
    /// many are higher, so ties share a place), and how many have a value.
    fn rank(&self, dataset: &Dataset, row_key: &str, col: usize) -> Result<(usize, usize), String> {
        if dataset.shape.kind == ShapeKind::TimeSeries {
            return Err(msg!("embed-rank-time-series", id = &dataset.id));
        }
        let value = self.value(dataset, row_key, col)?;
        let period = match (dataset.row(row_key), dataset.shape.period) {
            (Ok(row), Some(p)) => row.cells.get(p),
            _ => None,
        };
        let values: Vec<f64> = dataset
            .rows_at(period)
            .filter_map(|r| r.cells.get(col).and_then(Cell::number))
            .collect();
        let higher = values.iter().filter(|v| **v > value).count();
        Ok((higher + 1, values.len()))
    }

    /// `share=true`: a row's value as a percentage of the total at its period.
    fn share(&self, dataset: &Dataset, row_key: &str, col: usize) -> Result<f64, String> {
        let value = self.value(dataset, row_key, col)?;
        let period = match (dataset.row(row_key), dataset.shape.period) {
            (Ok(row), Some(p)) => row.cells.get(p).and_then(Cell::raw).map(str::to_string),
            _ => None,
        };
        let (total, _) = self.total(dataset, col, period.as_deref())?;
        if total == 0.0 {
            return Err(msg!("embed-share-zero", column = &dataset.columns[col].key));
        }
        Ok(value / total * 100.0)
    }
}

impl Embed for DataEmbed<'_> {
    fn stat(&self, call: &Call, lang: &str, place: StatPlace) -> Result<Quoted, String> {
        let dataset = self.dataset(call)?;
        let value = self.quote(dataset, call, lang)?;
        // A revised or corrected figure keeps its dated marker, after its note.
        let marker = self.change_marker(call, lang);
        let page = self.site.urls.href(&self.site.dataset_path(dataset, lang));
        // A total is no single cell: it points at the whole table.
        let anchor = match value.cell {
            Some((row, col)) => dataset.cell_anchor(row, col),
            None => format!("table-{}-{lang}", dataset.id),
        };
        let permalink = format!("{page}#{anchor}");
        let html = super::figures::quoted_html(
            &value.html,
            &permalink,
            place.number,
            place.in_link,
            &self.figure_words(lang),
        );
        let source = &dataset.source;
        let figure = Figure {
            number: place.number,
            text: value.text,
            permalink,
            period: value.period,
            dataset: dataset.title.get(lang).to_string(),
            dataset_url: page,
            source: source.name.get(lang).to_string(),
            source_url: source.url.clone(),
            released: source
                .published
                .map(|d| self.locales.get(lang).date_short(d))
                .unwrap_or_default(),
            released_iso: source.published.map(|d| d.to_string()).unwrap_or_default(),
        };
        Ok(Quoted {
            html: html + &marker,
            figure,
        })
    }

    fn block(&self, call: &Call, lang: &str, place: usize) -> Result<String, String> {
        self.block_html(call, lang, place)
    }
}

impl DataEmbed<'_> {
    /// The cells a `stat` call quotes (row, column): its row, the two rows of a change, or
    /// every row a total adds up.
    fn quoted_cells(&self, dataset: &Dataset, call: &Call) -> Vec<(usize, usize)> {
        let Ok((col, _)) = self.column(dataset, call) else {
            return Vec::new();
        };
        let index = |name: &str| dataset.row(name).ok().and_then(|r| dataset.row_index(r));
        let at_period = |period: Option<&str>| -> Vec<usize> {
            let periods = dataset.periods();
            let at = match period {
                None => periods.last().copied(),
                Some(p) => periods.iter().find(|c| c.raw() == Some(p)).copied(),
            };
            dataset
                .rows_at(at)
                .filter_map(|r| dataset.row_index(r))
                .collect()
        };
        let rows: Vec<usize> = match (call.flag("change"), call.flag("total")) {
            (true, true) => [call.text("from"), call.text("to")]
                .into_iter()
                .flat_map(&at_period)
                .collect(),
            (true, false) => [call.text("from"), call.text("to")]
                .into_iter()
                .flatten()
                .filter_map(index)
                .collect(),
            (false, true) => at_period(call.text("period")),
            (false, false) => call.text("row").and_then(index).into_iter().collect(),
        };
        rows.into_iter().map(|row| (row, col)).collect()
    }

    /// The dated marker after a `stat` whose quoted cells were revised or corrected.
    fn change_marker(&self, call: &Call, lang: &str) -> String {
        let Ok(dataset) = self.dataset(call) else {
            return String::new();
        };
        if dataset.corrections.is_empty() {
            return String::new();
        }
        let cells = self.quoted_cells(dataset, call);
        super::change_view::marker(self.site, dataset, &cells, self.locales.get(lang), lang)
    }

    fn block_html(&self, call: &Call, lang: &str, place: usize) -> Result<String, String> {
        let dataset = self.dataset(call)?;
        match call.name.as_str() {
            "table" => {
                let page = self.site.urls.href(&self.site.dataset_path(dataset, lang));
                Ok(table_html(dataset, self.locales.get(lang), lang, &page))
            }
            _ => {
                let fmt = self.locales.get(lang);
                super::chart_kit::figure(self.site, dataset, fmt, self.strings, lang, Some(place))
                    .ok_or_else(|| msg!("embed-no-chart", id = &dataset.id))
            }
        }
    }
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

pub(super) fn unit_label(column: &Column, fmt: &Formatter, lang: &str) -> String {
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
