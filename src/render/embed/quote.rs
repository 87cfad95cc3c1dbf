//! A `stat`'s value and where it comes from: the `<data>` element, the cell it quotes (its
//! permalink on the dataset page) and the period it describes, for the figures list.

use super::{DataEmbed, cell_text, escape};
use crate::data::Dataset;
use crate::i18n::format::Unit;
use crate::markdown::shortcode::Call;
use crate::messages::msg;

/// A `stat`'s value before its provenance is added: the `<data>` element, the text it shows,
/// the cell it comes from (`None` for a total, which is no single cell) and its period.
pub(super) struct Value<'d> {
    pub html: String,
    pub text: String,
    pub cell: Option<(&'d crate::data::Row, usize)>,
    pub period: String,
}

impl DataEmbed<'_> {
    /// The period of `row` in words ("September 2018"), or "" without a period column.
    fn period_of(&self, dataset: &Dataset, row: &crate::data::Row, lang: &str) -> String {
        dataset
            .shape
            .period
            .and_then(|p| Some((row.cells.get(p)?, &dataset.columns[p])))
            .map(|(cell, column)| cell_text(cell, column, self.locales.get(lang)))
            .unwrap_or_default()
    }

    /// A period written as in the file (`2024`) in words.
    fn period_named(&self, dataset: &Dataset, raw: &str, lang: &str) -> String {
        let Some(p) = dataset.shape.period else {
            return String::new();
        };
        dataset
            .periods()
            .into_iter()
            .find(|c| c.raw() == Some(raw))
            .map(|cell| cell_text(cell, &dataset.columns[p], self.locales.get(lang)))
            .unwrap_or_else(|| raw.to_string())
    }

    fn found<'d>(&self, dataset: &'d Dataset, row: &str) -> Option<&'d crate::data::Row> {
        dataset.row(row).ok()
    }

    fn change<'d>(
        &self,
        dataset: &'d Dataset,
        call: &Call,
        col: usize,
        lang: &str,
    ) -> Result<Value<'d>, String> {
        let column = &dataset.columns[col];
        let fmt = self.locales.get(lang);
        let needs = || msg!("embed-change-needs-rows");
        let from = call.text("from").ok_or_else(needs)?;
        let to = call.text("to").ok_or_else(needs)?;
        let total = call.flag("total");
        let (a, b) = if total {
            (
                self.total(dataset, col, Some(from))?.0,
                self.total(dataset, col, Some(to))?.0,
            )
        } else {
            (
                self.value(dataset, from, col)?,
                self.value(dataset, to, col)?,
            )
        };
        let text = fmt.change(a, b, &column.unit_for(lang), column.decimals);
        let (cell, period) = match (total, self.found(dataset, from), self.found(dataset, to)) {
            (false, Some(first), Some(last)) => (
                Some((last, col)),
                span(
                    self.period_of(dataset, first, lang),
                    self.period_of(dataset, last, lang),
                ),
            ),
            _ => (
                None,
                span(
                    self.period_named(dataset, from, lang),
                    self.period_named(dataset, to, lang),
                ),
            ),
        };
        Ok(Value {
            html: format!(
                "<data class=\"stat stat-change\" value=\"{:.*}\">{}</data>",
                usize::from(column.decimals),
                b - a,
                escape(&text)
            ),
            text,
            cell,
            period,
        })
    }

    /// The value a `stat` call quotes, formatted, with where it comes from.
    pub(super) fn quote<'d>(
        &self,
        dataset: &'d Dataset,
        call: &Call,
        lang: &str,
    ) -> Result<Value<'d>, String> {
        let (col, column) = self.column(dataset, call)?;
        let fmt = self.locales.get(lang);
        let unit = column.unit_for(lang);
        if call.flag("change") {
            return self.change(dataset, call, col, lang);
        }
        if call.flag("total") {
            let (value, name) = self.total(dataset, col, call.text("period"))?;
            let text = fmt.value(value, &unit, column.decimals);
            return Ok(Value {
                html: format!(
                    "<data class=\"stat\" value=\"{value}\">{}</data>",
                    escape(&text)
                ),
                text,
                cell: None,
                period: self.period_named(dataset, &name, lang),
            });
        }
        let row_name = call.text("row").ok_or_else(|| msg!("embed-needs-row"))?;
        let (value_attr, text) = if call.flag("rank") {
            let (rank, count) = self.rank(dataset, row_name, col)?;
            let words = &fmt.words().rank;
            let text = words
                .replace("{rank}", &rank.to_string())
                .replace("{count}", &count.to_string());
            (rank.to_string(), text)
        } else if call.flag("share") {
            let share = self.share(dataset, row_name, col)?;
            (format!("{share:.4}"), fmt.value(share, &Unit::Percent, 1))
        } else {
            let value = self.value(dataset, row_name, col)?;
            let raw = dataset
                .row(row_name)
                .ok()
                .and_then(|r| r.cells[col].raw())
                .unwrap_or_default();
            (raw.to_string(), fmt.value(value, &unit, column.decimals))
        };
        let row = self.found(dataset, row_name);
        Ok(Value {
            html: format!(
                "<data class=\"stat\" value=\"{}\">{}</data>",
                escape(&value_attr),
                escape(&text)
            ),
            text,
            cell: row.map(|r| (r, col)),
            period: row
                .map(|r| self.period_of(dataset, r, lang))
                .unwrap_or_default(),
        })
    }
}

/// "Maret 2018 – September 2018"; one name when both ends are the same or one is missing.
fn span(from: String, to: String) -> String {
    match (from.is_empty(), to.is_empty()) {
        (false, false) if from != to => format!("{from} – {to}"),
        (true, _) => to,
        _ => from,
    }
}
