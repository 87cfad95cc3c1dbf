//! Checking `versions:` as written (issue 15 item 4): numbers that only go up, dates that do
//! not go back, `added` rows that exist, and no change after the last version. Without the
//! list, the versions are derived from the change dates ([`crate::data::version::derived`]).

use serde_saphyr::Spanned;

use super::Checker;
use crate::data::dataset::{Dataset, RowLookup};
use crate::data::raw::RawVersion;
use crate::data::version::{Version, derived};
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

impl Checker<'_> {
    /// The dataset's versions, oldest first; problems go to `problems`.
    pub(super) fn versions(
        &self,
        raw: &[Spanned<RawVersion>],
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Vec<Version> {
        if raw.is_empty() {
            let dates: Vec<_> = dataset.corrections.iter().map(|c| c.date).collect();
            return derived(&dates, dataset.source.published);
        }
        let mut versions: Vec<Version> = Vec::new();
        for entry in raw {
            let Some(version) = self.version(entry, dataset, problems) else {
                continue;
            };
            if let Some(before) = versions.last() {
                if version.number <= before.number {
                    problems.push(
                        self.at(
                            &entry.value.version,
                            msg!(
                                "versions-backwards",
                                number = version.number,
                                previous = before.number
                            ),
                        )
                        .with_help(msg!("versions-backwards-help", previous = before.number)),
                    );
                    continue;
                }
                if let (Some(date), Some(previous)) = (version.date, before.date)
                    && date < previous
                {
                    problems.push(
                        self.at(
                            &entry.value.date,
                            msg!(
                                "versions-date-backwards",
                                number = version.number,
                                date = date.to_string(),
                                previous = before.number,
                                previous_date = previous.to_string()
                            ),
                        )
                        .with_help(msg!("versions-date-backwards-help")),
                    );
                    continue;
                }
            }
            versions.push(version);
        }
        // A refused entry has been reported; the last version would be the wrong one.
        if versions.len() == raw.len() {
            self.no_change_after_the_last(raw, &versions, dataset, problems);
        }
        versions
    }

    fn version(
        &self,
        entry: &Spanned<RawVersion>,
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) -> Option<Version> {
        let RawVersion {
            version,
            date,
            added,
        } = &entry.value;
        let number = match version.value.trim().parse::<u32>() {
            Ok(n) if n > 0 => Some(n),
            _ => {
                problems.push(
                    self.at(
                        version,
                        msg!("versions-not-a-number", value = version.value.as_str()),
                    )
                    .with_help(msg!("versions-not-a-number-help")),
                );
                None
            }
        };
        let date = self.date(date, "versions.date", problems);
        let mut rows = Vec::new();
        for name in added {
            match dataset.row(&name.value) {
                Ok(row) => rows.extend(dataset.row_index(row)),
                Err(RowLookup::Missing) => {
                    let names = dataset.row_names();
                    let known: Vec<&str> = names.iter().map(String::as_str).collect();
                    problems.push(
                        self.at(
                            name,
                            msg!("versions-unknown-row", row = name.value.as_str()),
                        )
                        .with_help(crate::yaml::suggest(&name.value, &known)),
                    );
                }
                Err(RowLookup::Ambiguous(example)) => problems.push(
                    self.at(
                        name,
                        msg!("versions-ambiguous-row", row = name.value.as_str()),
                    )
                    .with_help(msg!("versions-ambiguous-row-help", example = example)),
                ),
            }
        }
        Some(Version {
            number: number?,
            date: Some(date?),
            added: rows,
        })
    }

    /// A change dated after the last version would be in no version: its new value would be
    /// on the site, but no version file would hold it.
    fn no_change_after_the_last(
        &self,
        raw: &[Spanned<RawVersion>],
        versions: &[Version],
        dataset: &Dataset,
        problems: &mut Diagnostics,
    ) {
        let (Some(last), Some(written)) = (versions.last(), raw.last()) else {
            return;
        };
        let Some(last_date) = last.date else { return };
        if let Some(change) = dataset.corrections.iter().find(|c| c.date > last_date) {
            problems.push(
                self.at(
                    &written.value.date,
                    msg!(
                        "versions-change-after-last",
                        date = change.date.to_string(),
                        number = last.number,
                        last_date = last_date.to_string()
                    ),
                )
                .with_help(msg!(
                    "versions-change-after-last-help",
                    number = last.number + 1,
                    date = change.date.to_string()
                )),
            );
        }
    }
}
