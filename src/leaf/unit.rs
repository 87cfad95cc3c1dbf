//! The unit of a dataset column: a leaf type that the dataset loader reads from YAML and
//! the formatters (`i18n::format`) turn into words.

/// The unit of a dataset column (SPEC §4), deciding the words around a number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Unit {
    /// "9,66 persen"; its changes are in percentage points.
    Percent,
    /// A bare fraction: "0,384".
    Ratio,
    /// A bare count: "1.234".
    Count,
    /// Money: "Rp1.234.567".
    Rupiah,
    /// "1.234.567 jiwa".
    People,
    /// "1.234 rumah tangga".
    Households,
    /// Free text written after the number as it is ("12 kg"); empty: nothing.
    Other(String),
}

impl Unit {
    /// The unit a dataset column names: `percent`, `ratio`, `count`,
    /// `rupiah`, `people`, `households`; any other text is [`Unit::Other`].
    pub fn from_name(name: &str) -> Unit {
        match name {
            "percent" => Unit::Percent,
            "ratio" => Unit::Ratio,
            "count" => Unit::Count,
            "rupiah" => Unit::Rupiah,
            "people" => Unit::People,
            "households" => Unit::Households,
            other => Unit::Other(other.to_owned()),
        }
    }
}
