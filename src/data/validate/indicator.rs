//! `indicator:` under a column: only number columns are indicators; each text is checked for
//! every site language like the other texts of a dataset.

use serde_saphyr::Spanned;

use super::Checker;
use crate::config::{Localized, Text};
use crate::data::dataset::ColumnType;
use crate::data::indicator::Indicator;
use crate::data::raw::RawIndicator;
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

impl Checker<'_> {
    /// The indicator metadata of a column of type `kind`; `None` (and an error) on a column
    /// that is not a number column.
    pub(super) fn indicator(
        &self,
        raw: &Spanned<RawIndicator>,
        kind: ColumnType,
        problems: &mut Diagnostics,
    ) -> Option<Indicator> {
        if kind != ColumnType::Number {
            problems.push(
                self.at(raw, msg!("indicator-not-number", kind = kind.name()))
                    .with_help(msg!("indicator-not-number-help")),
            );
            return None;
        }
        let spec = &raw.value;
        let mut text = |value: &Option<Spanned<Localized>>, key: &str| -> Option<Text> {
            value
                .as_ref()
                .map(|v| self.text(v, &format!("indicator.{key}"), problems))
        };
        Some(Indicator {
            name: text(&spec.name, "name"),
            concept: text(&spec.concept, "concept"),
            definition: text(&spec.definition, "definition"),
            interpretation: text(&spec.interpretation, "interpretation"),
            method: text(&spec.method, "method"),
            measure: text(&spec.measure, "measure"),
            estimation_level: text(&spec.estimation_level, "estimation_level"),
            cumulative: spec.cumulative.as_ref().map(|c| c.value),
        })
    }
}
