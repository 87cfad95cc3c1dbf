//! Golden tests for `super`: the exact strings ICU4X's CLDR data gives for
//! `id-ID` and `en-GB`, so a data or crate update that changes them fails here.

use super::*;
use jiff::civil::{date, datetime};

fn words_id() -> Words {
    Words {
        percent: "persen".into(),
        percentage_points: "poin persen".into(),
        people: "jiwa".into(),
        households: "rumah tangga".into(),
        semester: "Semester {roman} {year}".into(),
        quarter: "Triwulan {roman} {year}".into(),
        up: "naik".into(),
        down: "turun".into(),
        unchanged: "tetap".into(),
        rupiah_prefix: "Rp".into(),
        rank: "peringkat {rank} dari {count}".into(),
        revised: "direvisi {date}".into(),
        corrected: "dikoreksi {date}".into(),
    }
}

fn words_en() -> Words {
    Words {
        percent: "percent".into(),
        percentage_points: "percentage points".into(),
        people: "people".into(),
        households: "households".into(),
        semester: "Semester {roman} {year}".into(),
        quarter: "Q{n} {year}".into(),
        up: "up".into(),
        down: "down".into(),
        unchanged: "unchanged".into(),
        rupiah_prefix: "IDR ".into(),
        rank: "rank {rank} of {count}".into(),
        revised: "revised {date}".into(),
        corrected: "corrected {date}".into(),
    }
}

fn both() -> (Formatter, Formatter) {
    match (
        Formatter::new("id-ID", words_id()),
        Formatter::new("en-GB", words_en()),
    ) {
        (Ok(id), Ok(en)) => (id, en),
        (a, b) => panic!("{:?} {:?}", a.err(), b.err()),
    }
}

fn period(text: &str) -> Period {
    Period::parse(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn numbers_group_and_separate_by_locale() {
    let (id, en) = both();
    assert_eq!(id.number(1_234_567.0, 0), "1.234.567");
    assert_eq!(en.number(1_234_567.0, 0), "1,234,567");
    assert_eq!(id.number(9.66, 2), "9,66");
    assert_eq!(en.number(9.66, 2), "9.66");
    assert_eq!(id.number(9.6, 2), "9,60");
    assert_eq!(en.number(1234.0, 0), "1,234");
}

#[test]
fn rounds_half_away_from_zero_as_written() {
    let (id, en) = both();
    assert_eq!(id.number(9.665, 2), "9,67");
    assert_eq!(en.number(9.665, 2), "9.67");
    assert_eq!(en.number(2.675, 2), "2.68");
    assert_eq!(en.number(-9.665, 2), "-9.67");
    assert_eq!(en.number(9.664, 2), "9.66");
    assert_eq!(en.number(0.5, 0), "1");
    assert_eq!(en.number(2.5, 0), "3");
    assert_eq!(en.number(1234.9996, 3), "1,235.000");
}

#[test]
fn negatives_use_icu_minus_and_never_negative_zero() {
    let (id, en) = both();
    // CLDR's minus for both locales is ASCII HYPHEN-MINUS (U+002D).
    assert_eq!(id.number(-1.5, 1), "-1,5");
    assert_eq!(en.number(-1.5, 1), "-1.5");
    assert_eq!(id.number(-1_234_567.0, 0), "-1.234.567");
    assert_eq!(id.number(-0.0, 0), "0");
    assert_eq!(en.number(-0.001, 2), "0.00");
    assert_eq!(id.value(-1500.0, &Unit::Rupiah, 0), "-Rp1.500");
    assert_eq!(en.value(-1500.0, &Unit::Rupiah, 0), "-IDR 1,500");
}

#[test]
fn non_finite_values_print_a_dash() {
    let (id, en) = both();
    assert_eq!(id.number(f64::NAN, 2), "–");
    assert_eq!(en.number(f64::INFINITY, 0), "–");
    assert_eq!(en.value(f64::NEG_INFINITY, &Unit::Percent, 2), "–");
    assert_eq!(id.change(f64::NAN, 1.0, &Unit::Percent, 2), "–");
}

#[test]
fn values_carry_their_unit_words() {
    let (id, en) = both();
    assert_eq!(id.value(9.66, &Unit::Percent, 2), "9,66 persen");
    assert_eq!(en.value(9.66, &Unit::Percent, 2), "9.66 percent");
    assert_eq!(id.value(0.384, &Unit::Ratio, 3), "0,384");
    assert_eq!(en.value(0.384, &Unit::Ratio, 3), "0.384");
    assert_eq!(id.value(1234.0, &Unit::Count, 0), "1.234");
    assert_eq!(en.value(1234.0, &Unit::Count, 0), "1,234");
    assert_eq!(id.value(1_234_567.0, &Unit::Rupiah, 0), "Rp1.234.567");
    assert_eq!(en.value(1_234_567.0, &Unit::Rupiah, 0), "IDR 1,234,567");
    assert_eq!(id.value(1_234_567.0, &Unit::People, 0), "1.234.567 jiwa");
    assert_eq!(en.value(1_234_567.0, &Unit::People, 0), "1,234,567 people");
    assert_eq!(
        id.value(10_000.0, &Unit::Households, 0),
        "10.000 rumah tangga"
    );
    assert_eq!(
        en.value(10_000.0, &Unit::Households, 0),
        "10,000 households"
    );
    assert_eq!(id.value(12.5, &Unit::Other("kg".into()), 1), "12,5 kg");
    assert_eq!(en.value(12.5, &Unit::Other(String::new()), 1), "12.5");
    assert_eq!(Unit::from_name("rupiah"), Unit::Rupiah);
    assert_eq!(Unit::from_name("ton"), Unit::Other("ton".into()));
}

#[test]
fn changes_in_words() {
    let (id, en) = both();
    assert_eq!(
        id.change(9.82, 9.66, &Unit::Percent, 2),
        "turun 0,16 poin persen"
    );
    assert_eq!(
        en.change(9.82, 9.66, &Unit::Percent, 2),
        "down 0.16 percentage points"
    );
    assert_eq!(
        id.change(9.66, 9.82, &Unit::Percent, 2),
        "naik 0,16 poin persen"
    );
    assert_eq!(
        en.change(9.66, 9.82, &Unit::Percent, 2),
        "up 0.16 percentage points"
    );
    assert_eq!(id.change(9.66, 9.66, &Unit::Percent, 2), "tetap");
    assert_eq!(en.change(9.66, 9.66, &Unit::Percent, 2), "unchanged");
    // Equal as displayed is unchanged, whatever the hidden digits say.
    assert_eq!(en.change(9.661, 9.664, &Unit::Percent, 2), "unchanged");
    assert_eq!(id.change(0.389, 0.384, &Unit::Ratio, 3), "turun 0,005");
    assert_eq!(en.change(0.389, 0.384, &Unit::Ratio, 3), "down 0.005");
    assert_eq!(
        id.change(10_000.0, 11_200.0, &Unit::People, 0),
        "naik 1.200 jiwa"
    );
    assert_eq!(
        en.change(10_000.0, 11_200.0, &Unit::People, 0),
        "up 1,200 people"
    );
    assert_eq!(id.change(1.0, 1.005, &Unit::Count, 2), "naik 0,01");
    assert_eq!(id.change(5000.0, 3500.0, &Unit::Rupiah, 0), "turun Rp1.500");
}

#[test]
fn periods_in_words() {
    let (id, en) = both();
    assert_eq!(id.period(&period("2018")), "2018");
    assert_eq!(en.period(&period("2018")), "2018");
    assert_eq!(id.period(&period("2018-03")), "Maret 2018");
    assert_eq!(en.period(&period("2018-03")), "March 2018");
    assert_eq!(id.period(&period("2018-09")), "September 2018");
    assert_eq!(id.period(&period("2018-S2")), "Semester II 2018");
    assert_eq!(en.period(&period("2018-S2")), "Semester II 2018");
    assert_eq!(id.period(&period("2018-Q3")), "Triwulan III 2018");
    assert_eq!(en.period(&period("2018-Q3")), "Q3 2018");
    assert_eq!(id.period(&period("2018-Q4")), "Triwulan IV 2018");
}

#[test]
fn dates_follow_the_locale() {
    let (id, en) = both();
    assert_eq!(id.date(date(2019, 6, 20)), "Kamis, 20 Juni 2019");
    assert_eq!(en.date(date(2019, 6, 20)), "Thursday, 20 June 2019");
    assert_eq!(id.date(date(2019, 6, 6)), "Kamis, 6 Juni 2019");
    assert_eq!(en.date(date(2019, 6, 6)), "Thursday, 6 June 2019");
    assert_eq!(id.date_short(date(2019, 6, 20)), "20 Juni 2019");
    assert_eq!(en.date_short(date(2019, 6, 20)), "20 June 2019");
    let at = datetime(2019, 6, 20, 22, 36, 0, 0);
    assert_eq!(id.date_time(at), "Kamis, 20 Juni 2019 pukul 22.36");
    assert_eq!(en.date_time(at), "Thursday, 20 June 2019 at 22:36");
    let us = Formatter::new("en-US", words_en()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(us.date(date(2019, 6, 20)), "Thursday, June 20, 2019");
}

#[test]
fn bad_locales_are_errors() {
    for bad in ["", "id_ID", "not a locale", "en-"] {
        let err = Formatter::new(bad, words_en()).expect_err(bad);
        assert!(
            matches!(err, FormatError::InvalidLocale { .. }),
            "{bad}: {err}"
        );
    }
    for unknown in ["xx", "xx-XX", "und"] {
        let err = Formatter::new(unknown, words_en()).expect_err(unknown);
        assert!(
            matches!(err, FormatError::UnsupportedLocale { .. }),
            "{unknown}: {err}"
        );
        assert!(err.to_string().contains(unknown));
    }
    assert!(Formatter::new("id", words_id()).is_ok());
    assert!(Formatter::new("EN-gb", words_en()).is_ok());
}

#[test]
fn formatter_can_be_shared_across_threads() {
    fn sync<T: Send + Sync>() {}
    sync::<Formatter>();
}

#[test]
fn event_date_ranges_read_as_people_write_them() {
    let (id, en) = both();
    let d = |y, m, d| date(y, m, d);
    assert_eq!(
        id.date_range(d(2026, 12, 15), d(2026, 12, 16)),
        "15–16 Desember 2026"
    );
    assert_eq!(
        en.date_range(d(2026, 12, 15), d(2026, 12, 16)),
        "15–16 December 2026"
    );
    assert_eq!(
        id.date_range(d(2026, 11, 30), d(2026, 12, 2)),
        "30 November – 2 Desember 2026"
    );
    assert_eq!(
        en.date_range(d(2026, 12, 31), d(2027, 1, 2)),
        "31 December 2026 – 2 January 2027"
    );
    assert_eq!(
        id.date_range(d(2026, 12, 3), d(2026, 12, 3)),
        "Kamis, 3 Desember 2026"
    );
    assert_eq!(
        en.date_range(d(2026, 12, 3), d(2026, 12, 3)),
        "Thursday, 3 December 2026"
    );
}

#[test]
fn a_month_first_locale_keeps_its_order_in_ranges() {
    let us = Formatter::new("en-US", words_en()).unwrap();
    assert_eq!(
        us.date_range(date(2026, 12, 15), date(2026, 12, 16)),
        "December 15 – December 16, 2026"
    );
}

#[test]
fn event_times_use_the_locale_clock() {
    let (id, en) = both();
    let t = |h, m| jiff::civil::time(h, m, 0, 0);
    assert_eq!(id.time_range(t(8, 0), t(16, 0)), "08.00–16.00");
    assert_eq!(en.time_range(t(8, 0), t(16, 0)), "08:00–16:00");
    assert_eq!(id.time_range(t(9, 30), t(9, 30)), "09.30");
}
