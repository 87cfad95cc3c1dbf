//! A number column's indicator metadata for Satu Data Indonesia (Peraturan BPS 5/2020, the
//! MS-Ind form): what staff write under `indicator:`, checked. What the dataset already
//! knows (label, unit, key columns, period, frequency, source) is filled in when the file is
//! written (`output::download::indicator`), so every key here is optional.

use crate::config::Text;

/// The texts and flags of `indicator:`; a text is in every site language once checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Indicator {
    /// Nama indikator (else the column's label).
    pub name: Option<Text>,
    pub concept: Option<Text>,
    pub definition: Option<Text>,
    pub interpretation: Option<Text>,
    /// Metode/rumus perhitungan.
    pub method: Option<Text>,
    /// Ukuran (else from the unit: percentages are `Persentase`).
    pub measure: Option<Text>,
    pub estimation_level: Option<Text>,
    /// Apakah kumulatif; unknown when not written.
    pub cumulative: Option<bool>,
}
