//! Internationalisation: turning numbers, units, periods and dates into the
//! words of one language, with ICU4X's CLDR data doing the locale work.

pub mod format;
pub mod locales;
