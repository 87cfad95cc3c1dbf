//! Checking `status` and `next_release` as written (SPEC §4, issue 15 items 1 and 5).

use serde_saphyr::Spanned;

use super::Checker;
use crate::config::Text;
use crate::data::raw::{RawDataset, RawRelease};
use crate::data::release::{DatasetStatus, Release, ReleaseAt, ReleaseStatus};
use crate::diagnostic::{Diagnostic, Diagnostics};

const AT_HELP: &str = "write the release date and time with its UTC offset, like 2027-01-15T11:00:00+07:00 (without an offset the site's time zone is used), or the date alone";

impl Checker<'_> {
    /// The dataset's `status`, when given and known.
    pub(super) fn status(
        &self,
        raw: &RawDataset,
        problems: &mut Diagnostics,
    ) -> Option<DatasetStatus> {
        let written = raw.status.as_ref()?;
        let status = DatasetStatus::parse(&written.value);
        if status.is_none() {
            problems.push(
                self.at(written, format!("unknown `status` `{}`", written.value))
                    .with_help("write official, provisional or experimental"),
            );
        }
        status
    }

    /// The announced `next_release`, when given and valid.
    pub(super) fn next_release(
        &self,
        raw: &RawDataset,
        problems: &mut Diagnostics,
    ) -> Option<Release> {
        let written: &Spanned<RawRelease> = raw.next_release.as_ref()?;
        let (at, status, reason, announced) = match &written.value {
            RawRelease::At(at) => (at, None, None, None),
            RawRelease::Full(full) => (
                &full.at,
                full.status.as_deref(),
                full.reason.as_ref(),
                full.announced.as_deref(),
            ),
        };
        let mut error = |message: String, help: &str| {
            problems.push(self.at(written, message).with_help(help));
        };
        let Some(at) = ReleaseAt::parse(at) else {
            error(
                format!("`next_release`: `{at}` is not a date and time"),
                AT_HELP,
            );
            return None;
        };
        let announced = match announced.map(|d| d.trim().parse::<jiff::civil::Date>()) {
            None => None,
            Some(Ok(date)) => Some(date),
            Some(Err(_)) => {
                error(
                    "`next_release.announced` is not a date".into(),
                    "write the day the release was announced, like 2025-10-01",
                );
                return None;
            }
        };
        let status = match status {
            None => ReleaseStatus::Confirmed,
            Some(text) => match ReleaseStatus::parse(text) {
                Some(status) => status,
                None => {
                    error(
                        format!("`next_release`: unknown status `{text}`"),
                        "write confirmed, provisional, postponed or cancelled",
                    );
                    return None;
                }
            },
        };
        let reason = match reason.map(|r| r.resolve(self.languages)) {
            Some(Ok(text)) => text,
            Some(Err(e)) => {
                error(
                    format!("`next_release.reason`: {e}"),
                    "write the reason in every language: {id: ..., en: ...}",
                );
                return None;
            }
            None => Text::same(self.languages, ""),
        };
        if status.needs_reason()
            && self
                .languages
                .iter()
                .any(|l| reason.get(l).trim().is_empty())
        {
            error(
                format!("a {} release needs a `reason`", status.name()),
                "say why, in every language: next_release: {at: ..., status: postponed, reason: {id: ..., en: ...}}",
            );
            return None;
        }
        let loc = written.referenced;
        let place = Diagnostic::warning(self.display, "").at(
            self.text,
            loc.line() as usize,
            loc.column() as usize,
        );
        Some(Release {
            at,
            status,
            reason,
            announced,
            place,
        })
    }
}
