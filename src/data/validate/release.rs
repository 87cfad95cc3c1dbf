//! Checking `status` and `next_release` as written (SPEC §4, issue 15 items 1 and 5).

use serde_saphyr::Spanned;

use super::Checker;
use crate::config::Text;
use crate::data::raw::{RawDataset, RawRelease};
use crate::data::release::{DatasetStatus, Release, ReleaseAt, ReleaseStatus};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

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
                self.at(
                    written,
                    msg!("release-unknown-status", status = &written.value),
                )
                .with_help(msg!("release-unknown-status-help")),
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
        let mut error = |message: String, help: String| {
            problems.push(self.at(written, message).with_help(help));
        };
        let Some(at) = ReleaseAt::parse(at) else {
            error(
                msg!("release-not-a-time", at = at.as_str()),
                msg!("release-not-a-time-help"),
            );
            return None;
        };
        let announced = match announced.map(|d| d.trim().parse::<jiff::civil::Date>()) {
            None => None,
            Some(Ok(date)) => Some(date),
            Some(Err(_)) => {
                error(
                    msg!("release-announced-not-a-date"),
                    msg!("release-announced-not-a-date-help"),
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
                        msg!("release-unknown-next-status", status = text),
                        msg!("release-unknown-next-status-help"),
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
                    msg!("release-reason-every-language-help"),
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
                msg!("release-needs-reason", status = status.name()),
                msg!("release-needs-reason-help"),
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
