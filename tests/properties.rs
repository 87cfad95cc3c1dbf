//! Property tests (proptest) for the pure parts: slugs, periods, number formatting, iCalendar
//! line folding, URL building, output paths, and the parsers that read what staff type.
//! Each property runs `CASES` generated inputs; a failure is shrunk to a minimal input.

use std::path::{Component, Path};
use std::sync::OnceLock;

use proptest::prelude::*;

use terang::internals::config::{self, SiteConfig};
use terang::internals::content::front_matter;
use terang::internals::content::slug::{from_stem, slugify};
use terang::internals::data::period::{Period, PeriodKind};
use terang::internals::i18n::format::{Formatter, Unit, Words};
use terang::internals::markdown::shortcode;
use terang::internals::output::{ics, safe_join};
use terang::internals::site::{Urls, resolve_asset};

/// Generated inputs per property (proptest's default is 256).
const CASES: u32 = 1000;

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(CASES)
}

/// Any text, weighted towards what people type: letters with accents, spaces, punctuation,
/// path characters, and now and then anything at all (controls, emoji, CJK).
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 ÀÉÎõüçßæøåÆ.,:;!?/\\\\_@#&'\"()\\[\\]{}<>-]{0,40}",
        any::<String>(),
        "[./ -]{0,12}",
    ]
}

// ---- slugs -------------------------------------------------------------------------------

fn is_clean_slug(slug: &str) -> bool {
    slug.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn slugs_are_lowercase_ascii_words_joined_by_single_hyphens(text in typed_text()) {
        let slug = slugify(&text);
        prop_assert!(is_clean_slug(&slug), "{text:?} → {slug:?}");
    }

    #[test]
    fn slugify_is_stable(text in typed_text()) {
        let once = slugify(&text);
        prop_assert_eq!(slugify(&once), once);
    }

    #[test]
    fn stem_slugs_are_clean_too(stem in typed_text(), dated in any::<bool>()) {
        let stem = if dated { format!("2019-06-20-{stem}") } else { stem };
        let slug = from_stem(&stem);
        prop_assert!(is_clean_slug(&slug), "{stem:?} → {slug:?}");
    }
}

// ---- periods ----------------------------------------------------------------------------

fn period() -> impl Strategy<Value = Period> {
    let kind = prop_oneof![
        Just(PeriodKind::Year),
        (1u8..=12).prop_map(PeriodKind::Month),
        (1u8..=2).prop_map(PeriodKind::Semester),
        (1u8..=4).prop_map(PeriodKind::Quarter),
    ];
    (1u16..=9999, kind).prop_map(|(year, kind)| {
        let text = match kind {
            PeriodKind::Year => format!("{year:04}"),
            PeriodKind::Month(m) => format!("{year:04}-{m:02}"),
            PeriodKind::Semester(s) => format!("{year:04}-S{s}"),
            PeriodKind::Quarter(q) => format!("{year:04}-Q{q}"),
        };
        Period::parse(&text).unwrap_or_else(|e| panic!("{text}: {e}"))
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn periods_round_trip_through_their_text(p in period()) {
        prop_assert_eq!(Period::parse(&p.to_string()), Ok(p));
    }

    #[test]
    fn period_order_follows_start_dates(a in period(), b in period()) {
        if a.start_date() < b.start_date() {
            prop_assert!(a < b, "{a} starts before {b}");
        }
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        prop_assert_eq!(a == b, a.to_string() == b.to_string());
        prop_assert!(a.start_date() <= a.end_date());
    }

    #[test]
    fn period_parsing_never_panics(text in prop_oneof![typed_text(), "[0-9]{0,5}-?[SQsq0-9+]{0,3}"]) {
        if let Ok(p) = Period::parse(&text) {
            prop_assert_eq!(p.to_string(), text);
        }
    }
}

// ---- number formatting ------------------------------------------------------------------

fn words() -> Words {
    let w = |s: &str| s.to_string();
    Words {
        percent: w("persen"),
        percentage_points: w("poin persen"),
        people: w("jiwa"),
        households: w("rumah tangga"),
        semester: w("Semester {roman} {year}"),
        quarter: w("Triwulan {roman} {year}"),
        up: w("naik"),
        down: w("turun"),
        unchanged: w("tetap"),
        rupiah_prefix: w("Rp"),
        rank: w("peringkat {rank} dari {count}"),
        revised: w("direvisi {date}"),
        corrected: w("dikoreksi {date}"),
    }
}

/// (locale, grouping separator, decimal separator), with one formatter each, built once.
fn formatters() -> &'static [(Formatter, char, char); 2] {
    static FORMATTERS: OnceLock<[(Formatter, char, char); 2]> = OnceLock::new();
    FORMATTERS.get_or_init(|| {
        [("id-ID", '.', ','), ("en-GB", ',', '.')].map(|(locale, group, decimal)| {
            let f = Formatter::new(locale, words()).expect("a known locale");
            (f, group, decimal)
        })
    })
}

fn any_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![
        Just(Unit::Percent),
        Just(Unit::Ratio),
        Just(Unit::Count),
        Just(Unit::Rupiah),
        Just(Unit::People),
        Just(Unit::Households),
        typed_text().prop_map(Unit::Other),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn formatting_never_panics(value in any::<f64>(), decimals in any::<u8>(), unit in any_unit(), other in any::<f64>()) {
        for (f, _, _) in formatters() {
            let _ = f.number(value, decimals);
            let _ = f.value(value, &unit, decimals);
            let _ = f.change(value, other, &unit, decimals);
        }
    }

    #[test]
    fn formatted_numbers_read_back_as_the_rounded_value(
        value in prop_oneof![-1e12..1e12f64, -1000.0..1000.0f64, (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 1000.0)],
        decimals in 0u8..=6,
    ) {
        for (f, group, decimal) in formatters() {
            let text = f.number(value, decimals);
            let plain: String = text
                .replace('\u{2212}', "-")
                .chars()
                .filter(|c| c != group)
                .map(|c| if c == *decimal { '.' } else { c })
                .collect();
            let read: f64 = plain.parse().map_err(|_| TestCaseError::fail(format!("{value} → {text:?}")))?;
            let places = plain.split_once('.').map_or(0, |(_, f)| f.len());
            prop_assert_eq!(places, usize::from(decimals), "{} → {:?}", value, text);
            let step = 10f64.powi(-i32::from(decimals));
            prop_assert!(
                (read - value).abs() <= step / 2.0 + value.abs() * 1e-15,
                "{value} with {decimals} decimals → {text:?}"
            );
        }
    }
}

// ---- iCalendar folding ------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn folded_lines_fit_75_octets_and_unfold_to_the_input(value in any::<String>(), name in "[A-Z]{1,12}") {
        let line = format!("{name}:{}", ics::text(&value));
        let folded = ics::fold(&line);
        prop_assert!(folded.ends_with("\r\n"));
        let body = &folded[..folded.len() - 2];
        for physical in body.as_bytes().split(|b| *b == b'\n') {
            let physical = physical.strip_suffix(b"\r").unwrap_or(physical);
            prop_assert!(physical.len() <= 75, "{} octets", physical.len());
            prop_assert!(std::str::from_utf8(physical).is_ok(), "a character was split");
        }
        prop_assert_eq!(body.replace("\r\n ", ""), line);
    }

    #[test]
    fn escaped_text_has_no_line_breaks(value in any::<String>()) {
        let escaped = ics::text(&value);
        prop_assert!(!escaped.contains('\n') && !escaped.contains('\r'));
    }
}

// ---- URLs and output paths --------------------------------------------------------------

fn site(base_url: &str) -> SiteConfig {
    let yaml = format!(
        "title: T\nbase_url: {base_url}\ndefault_language: id\nlanguages:\n  id: {{name: Indonesia, locale: id-ID}}\n  en: {{name: English, locale: en-GB}}\n"
    );
    config::load(Path::new("site.yaml"), &yaml, None).expect("a valid site.yaml")
}

fn sites() -> &'static [(SiteConfig, Urls); 2] {
    static SITES: OnceLock<[(SiteConfig, Urls); 2]> = OnceLock::new();
    SITES.get_or_init(|| {
        ["https://x.go.id", "https://x.go.id/transparansi/"].map(|base| {
            let config = site(base);
            let urls = Urls::new(&config);
            (config, urls)
        })
    })
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn page_urls_stay_inside_the_site(words in prop::collection::vec(typed_text(), 0..5)) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        for (config, urls) in sites() {
            for lang in &config.languages {
                let path = urls.page(lang, &words);
                let text = path.as_str();
                prop_assert!(!text.starts_with('/') && !text.contains("//") && !text.contains(".."), "{text:?}");
                prop_assert!(text.is_empty() || text.ends_with('/'));
                for segment in text.split('/').filter(|s| !s.is_empty()) {
                    prop_assert!(is_clean_slug(segment), "{text:?}");
                }
                let href = urls.href(&path);
                prop_assert!(href.starts_with(urls.base_path()) && !href.contains("//"), "{href:?}");
                prop_assert!(urls.absolute(&path).starts_with(config.base_url.as_str()));
                let file = path.output_file();
                prop_assert!(safe_join(Path::new("/out"), &file).is_ok(), "{file:?}");
            }
        }
    }

    #[test]
    fn output_paths_never_leave_the_output_folder(rel in prop_oneof![typed_text(), "(\\.\\.|\\.|[a-z]{1,3}|/|\\\\){0,8}"]) {
        let root = Path::new("/srv/output");
        if let Ok(path) = safe_join(root, &rel) {
            prop_assert!(path.starts_with(root), "{rel:?} → {}", path.display());
            let inside = path.strip_prefix(root).unwrap();
            prop_assert!(inside.components().all(|c| matches!(c, Component::Normal(_))), "{rel:?}");
            prop_assert!(inside.components().next().is_some(), "{rel:?} is the folder itself");
        }
    }

    #[test]
    fn asset_paths_never_climb_out_of_content(doc in "([a-z]{1,4}/){0,3}[a-z]{1,4}\\.md", src in prop_oneof![typed_text(), "(\\.\\./|\\./|/|[a-z]{1,3}/)*[a-z.]{0,6}"]) {
        if let Some(rel) = resolve_asset(&doc, &src) {
            prop_assert!(!rel.is_empty() && !rel.starts_with('/'), "{rel:?}");
            prop_assert!(rel.split('/').all(|p| !p.is_empty() && p != "." && p != ".."), "{doc:?} + {src:?} → {rel:?}");
        }
    }
}

// ---- parsers of what staff type ---------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    #[test]
    fn front_matter_split_never_panics_and_slices_the_text(text in prop_oneof![any::<String>(), "(---\r?\n|[a-z]+: [a-z]*\r?\n|\r|\n|x){0,10}"]) {
        if let Ok(split) = front_matter::split(&text) {
            prop_assert!(split.body_byte_offset <= text.len());
            prop_assert_eq!(&text[split.body_byte_offset..], split.body);
        }
    }

    #[test]
    fn shortcode_splitting_never_panics_and_keeps_offsets_inside(text in prop_oneof![any::<String>(), "([a-z ]{0,4}|\\{\\{|\\}\\}|stat\\(|data=\"[a-z]*\"|, |\\)|=|\"){0,12}"]) {
        match shortcode::split(&text) {
            Ok(pieces) => {
                for piece in pieces {
                    if let shortcode::Piece::Shortcode { start, call } = piece {
                        prop_assert!(text[start..].starts_with("{{"));
                        prop_assert!(shortcode::ALL.contains(&call.name.as_str()));
                    }
                }
            }
            Err(e) => prop_assert!(e.offset <= text.len() && text.is_char_boundary(e.offset)),
        }
    }
}
