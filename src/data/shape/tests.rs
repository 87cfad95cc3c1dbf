use super::*;
use crate::content::Asset;
use crate::diagnostic::Diagnostics;

const LANGS: [&str; 2] = ["id", "en"];

/// A dataset through the real loader, and the problems it reported.
pub(crate) fn load(yaml: &str) -> (Option<Dataset>, Diagnostics) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("d.yaml");
    std::fs::write(&path, yaml).expect("write yaml");
    let mut problems = Diagnostics::new();
    let files = [Asset {
        path,
        rel: "data/d.yaml".into(),
    }];
    let mut sets = crate::data::load(&files, dir.path(), &LANGS, &mut problems);
    (sets.pop(), problems)
}

const HEAD: &str = "title: T\nsource: {name: S}\n";

fn panel(headline: &str) -> String {
    format!(
        "{HEAD}{headline}columns:
  - {{key: provinsi, type: string, label: Provinsi}}
  - {{key: tahun, type: period, label: Tahun}}
  - {{key: kpm, type: number, unit: households, label: KPM}}
rows:
  - {{provinsi: Aceh, tahun: 2023, kpm: 100}}
  - {{provinsi: Bali, tahun: 2023, kpm: 50}}
  - {{provinsi: Aceh, tahun: 2024, kpm: 120}}
  - {{provinsi: Bali, tahun: 2024, kpm: 40}}
"
    )
}

#[test]
fn shapes_follow_the_key_columns() {
    let (d, _) = load(&panel(""));
    let d = d.expect("panel loads");
    assert_eq!(d.shape.kind, ShapeKind::Panel);
    assert_eq!(d.shape.categories, vec![0]);
    assert_eq!(d.shape.period, Some(1));
    let (d, _) = load(&format!(
        "{HEAD}columns:\n  - {{key: periode, type: period, label: P}}\n  - {{key: catatan, type: string, label: C}}\n  - {{key: v, type: number, label: V}}\nrows:\n  - {{periode: 2018-03, v: 1, catatan: x}}\n  - {{periode: 2018-09, v: 2}}\n"
    ));
    assert_eq!(d.expect("loads").shape.kind, ShapeKind::TimeSeries);
    let (d, _) = load(&format!(
        "{HEAD}columns:\n  - {{key: provinsi, type: string, label: P}}\n  - {{key: v, type: number, label: V}}\nrows:\n  - {{provinsi: Aceh, v: 1}}\n  - {{provinsi: Bali, v: 2}}\n"
    ));
    let d = d.expect("loads");
    assert_eq!(d.shape.kind, ShapeKind::CrossSection);
    assert_eq!(d.coverage(), None);
    assert_eq!(d.temporal_coverage(), None);
}

#[test]
fn a_panel_without_headline_shows_its_extent_not_its_last_row() {
    let (d, _) = load(&panel(""));
    let d = d.expect("loads");
    match d.figure() {
        Figure::Extent { count, period } => {
            assert_eq!(count, 2);
            assert_eq!(period.and_then(Cell::raw), Some("2024"));
        }
        other => panic!("{other:?}"),
    }
    let (from, to) = d.coverage().expect("coverage");
    assert_eq!((from.raw(), to.raw()), (Some("2023"), Some("2024")));
}

#[test]
fn a_total_headline_sums_the_latest_period() {
    let (d, p) = load(&panel("headline: {col: kpm, total: true}\n"));
    let d = d.unwrap_or_else(|| panic!("{p:?}"));
    match d.figure() {
        Figure::Value {
            value,
            previous,
            total,
            ..
        } => {
            assert_eq!((value, previous, total), (160.0, Some(150.0), true));
        }
        other => panic!("{other:?}"),
    }
    let (d, _) = load(&panel("headline: {col: kpm, row: Bali}\n"));
    match d.expect("loads").figure() {
        Figure::Value {
            value, category, ..
        } => assert_eq!((value, category.as_deref()), (40.0, Some("Bali"))),
        other => panic!("{other:?}"),
    }
}

#[test]
fn bad_headlines_and_chart_axes_are_errors() {
    for (yaml, message) in [
        (
            panel("headline: {col: kpm, row: Papua}\n"),
            "headline row `Papua` is not a row",
        ),
        (
            panel("headline: {col: kmp, total: true}\n"),
            "headline col `kmp` is not a column",
        ),
        (panel("headline: {col: kpm}\n"), "must say which figure"),
        (
            panel("").replace("unit: households", "unit: percent")
                + "headline: {col: kpm, total: true}\n",
            "`total: true` cannot add up column `kpm` (percent)",
        ),
        (
            panel("") + "chart: {type: bar, x: kpm}\n",
            "chart x `kpm` is not a key column",
        ),
        (
            panel("") + "chart: {type: line, x: tahun}\n",
            "a panel's chart over time needs",
        ),
    ] {
        let (_, problems) = load(&yaml);
        let text = format!("{problems:?}");
        assert!(
            problems.error_count() > 0 && text.contains(message),
            "{message}: {text}"
        );
    }
}

#[test]
fn numbers_misread_are_reported() {
    let counts = |v: &str| {
        format!(
            "{HEAD}columns:\n  - {{key: p, type: string, label: P}}\n  - {{key: n, type: number, unit: households, label: N}}\nrows:\n  - {{p: A, n: {v}}}\n"
        )
    };
    let (_, p) = load(&counts("564.760"));
    let text = format!("{p:?}");
    assert!(
        text.contains("looks like a thousands separator: write `564760`"),
        "{text}"
    );
    let (_, p) = load(&counts("12.5"));
    assert!(format!("{p:?}").contains("has a fractional part"), "{p:?}");
    let (_, p) = load(&counts("\"9,66\""));
    assert!(
        format!("{p:?}").contains("decimal comma: write `9.66`"),
        "{p:?}"
    );
    let series = |v: &str| {
        format!(
            "{HEAD}columns:\n  - {{key: t, type: period, label: T}}\n  - {{key: n, type: number, unit: percent, decimals: 2, label: N}}\nrows:\n  - {{t: 2018-03, n: 9.82}}\n  - {{t: 2018-09, n: {v}}}\n  - {{t: 2019-03, n: 9.41}}\n"
        )
    };
    let (d, p) = load(&series("0.0966"));
    assert!(
        d.is_some() && p.error_count() == 0 && p.warning_count() == 1,
        "{p:?}"
    );
    assert!(
        format!("{p:?}").contains("looks like a fraction of one"),
        "{p:?}"
    );
    let (_, p) = load(&series("9660"));
    assert!(format!("{p:?}").contains("about 1000× larger"), "{p:?}");
    let (_, p) = load(&series("9.66"));
    assert_eq!(p.warning_count(), 0, "{p:?}");
}
