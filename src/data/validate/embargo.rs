//! Checking `embargo_until` and `embargo_rows` as written (issue 15 item 2): a date and time
//! that parses, and rows that exist. Whether the embargo is still in force is decided once
//! "now" is known ([`crate::data::embargo::apply`]).

use super::Checker;
use crate::data::dataset::{Dataset, RowLookup};
use crate::data::embargo::Embargo;
use crate::data::raw::RawDataset;
use crate::data::release::ReleaseAt;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

impl Checker<'_> {
    pub(super) fn embargo(
        &self,
        raw: &RawDataset,
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Option<Embargo> {
        let Some(written) = &raw.embargo_until else {
            if let Some(first) = raw.embargo_rows.first() {
                problems.push(
                    self.at(first, msg!("embargo-rows-without-until"))
                        .with_help(msg!("embargo-rows-without-until-help")),
                );
            }
            return None;
        };
        let Some(until) = ReleaseAt::parse(&written.value) else {
            problems.push(
                self.at(written, msg!("embargo-not-a-time", text = &written.value))
                    .with_help(msg!("embargo-not-a-time-help")),
            );
            return None;
        };
        let mut rows = Vec::new();
        for name in &raw.embargo_rows {
            match dataset.row(&name.value) {
                Ok(row) => rows.extend(dataset.row_index(row)),
                Err(RowLookup::Missing) => {
                    let names = dataset.row_names();
                    let known: Vec<&str> = names.iter().map(String::as_str).collect();
                    problems.push(
                        self.at(name, msg!("embargo-unknown-row", row = &name.value))
                            .with_help(crate::yaml::suggest(&name.value, &known)),
                    );
                }
                Err(RowLookup::Ambiguous(example)) => problems.push(
                    self.at(name, msg!("embargo-several-rows", row = &name.value))
                        .with_help(msg!("embargo-several-rows-help", example = example)),
                ),
            }
        }
        let loc = written.referenced;
        let place = Diagnostic::warning(self.display, "").at(
            self.text,
            loc.line() as usize,
            loc.column() as usize,
        );
        Some(Embargo { until, rows, place })
    }
}
