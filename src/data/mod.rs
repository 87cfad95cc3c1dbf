//! Datasets (program statistics): `content/data/<id>.yaml`, loaded, validated cell by cell.

pub mod correction;
pub mod dataset;
pub mod embargo;
pub mod indicator;
pub mod license;
mod numbers;
pub mod period;
mod raw;
pub mod release;
pub(crate) mod shape;
pub(crate) mod sheet;
mod validate;
pub mod version;
pub(crate) mod written;

pub use dataset::{Cell, Chart, ChartKind, Column, ColumnType, Dataset, Row, UnitSpec};
pub use shape::{Figure, ShapeKind};

use std::collections::HashSet;
use std::path::Path;

use rayon::prelude::*;

use crate::content::{Asset, read_source, slug};
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::messages::msg;
use crate::yaml;

/// Load every dataset file; problems are collected, and a dataset with problems is left out.
pub fn load(
    files: &[Asset],
    site_root: &Path,
    languages: &[&str],
    problems: &mut Diagnostics,
) -> Vec<Dataset> {
    // A spreadsheet may not be named like a download made from any dataset (`<id>.csv`).
    let ids: HashSet<String> = files
        .iter()
        .filter_map(|f| f.path.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    let results: Vec<(Option<Dataset>, Diagnostics)> = files
        .par_iter()
        .map(|f| load_one(f, site_root, languages, &ids))
        .collect();
    let mut datasets = Vec::new();
    for (dataset, ds) in results {
        let ok = ds.error_count() == 0;
        problems.extend(ds);
        if let (Some(d), true) = (dataset, ok) {
            datasets.push(d);
        }
    }
    datasets.sort_by(|a, b| a.id.cmp(&b.id));
    datasets
}

fn load_one(
    file: &Asset,
    site_root: &Path,
    languages: &[&str],
    ids: &HashSet<String>,
) -> (Option<Dataset>, Diagnostics) {
    let display = display_path(site_root, &file.path);
    let mut problems = Diagnostics::new();
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if slug::slugify(&stem) != stem {
        problems.push(
            Diagnostic::error(&display, msg!("data-file-name", stem = &stem))
                .with_help(msg!("data-file-name-help", slug = slug::slugify(&stem))),
        );
        return (None, problems);
    }
    let text = match read_source(&file.path, &display) {
        Ok((text, controls)) => {
            if let Some(warning) = controls {
                problems.push(warning);
            }
            text
        }
        Err(d) => return (None, d.into()),
    };
    let origin = yaml::Origin {
        file: &display,
        file_text: &text,
        line_offset: 0,
    };
    let raw = match yaml::parse::<raw::RawDataset>(&text, origin) {
        Ok(raw) => raw,
        Err(d) => return (None, d.into()),
    };
    let checker = validate::Checker {
        display: &display,
        text: &text,
        languages,
        rows_file: &written::RowsFile::Yaml,
    };
    let columns = checker.check_columns(&raw, &mut problems);
    let (rows, rows_file) = match &raw.rows.value {
        raw::RawRows::Inline(rows) => (
            written::WrittenRows::from_yaml(rows, &raw.rows),
            written::RowsFile::Yaml,
        ),
        raw::RawRows::File(spec) => {
            let read = sheet::read(
                &checker,
                spec,
                &file.path,
                site_root,
                &columns,
                ids,
                &mut problems,
            );
            match read {
                Some(read) => read,
                None => return (None, problems),
            }
        }
    };
    let checker = validate::Checker {
        rows_file: &rows_file,
        ..checker
    };
    let rows_path = match &raw.rows.value {
        raw::RawRows::File(spec) => file.path.parent().map(|p| p.join(spec.file.value.trim())),
        raw::RawRows::Inline(_) => None,
    };
    let mut dataset = checker.check(&stem, raw, columns, &rows, &mut problems);
    dataset.rows_file = rows_path;
    (Some(dataset), problems)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write;

    /// Issue 17, finding 4: the duplicate-row check (now a hash lookup) still finds a
    /// duplicate at its line, and a cross-section's outlier check (now binary searches) still
    /// warns about the one value 1000× the others. How the time grows with the rows is
    /// measured in `benches/scale.rs` (figures in docs/performance.md); the raised YAML
    /// budget is tested in `yaml::tests`.
    #[test]
    fn finding_04_duplicates_and_outliers_are_still_found_in_a_large_dataset() {
        let mut yaml = String::from(
            "title: {id: Data besar, en: Large data}
description: {id: Data contoh buatan (sample data)., en: Generated sample data.}
source: {name: Contoh, url: https://www.bps.go.id, published: 2020-01-15}
columns:
  - {key: wilayah, type: string, label: {id: Wilayah, en: Region}}
  - {key: kode, type: string, label: {id: Kode, en: Code}}
  - {key: a, type: number, label: {id: A, en: A}}
  - {key: b, type: number, label: {id: B, en: B}}
  - {key: c, type: number, label: {id: C, en: C}}
rows:
",
        );
        for n in 0..3_000 {
            writeln!(
                yaml,
                "  - {{wilayah: W{n}, kode: K{n}, a: {}, b: 1, c: 2}}",
                100 + n % 50
            )
            .unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("besar.yaml");
        let load_with = |text: &str| {
            std::fs::write(&path, text).unwrap();
            let files = [Asset {
                path: path.clone(),
                rel: "data/besar.yaml".into(),
            }];
            let mut problems = Diagnostics::new();
            let sets = load(&files, dir.path(), &["id", "en"], &mut problems);
            (sets, problems)
        };
        let (sets, problems) = load_with(&yaml);
        assert_eq!(problems.error_count(), 0, "{problems:?}");
        assert_eq!(sets[0].rows.len(), 3_000);

        yaml.push_str("  - {wilayah: W7, kode: K7, a: 1, b: 1, c: 1}\n");
        yaml.push_str("  - {wilayah: X, kode: X, a: 1, b: 1, c: 2000000}\n");
        let (_, problems) = load_with(&yaml);
        let text = format!("{problems:?}");
        assert!(text.contains("duplicate row"), "{text}");
        assert!(text.contains("line: 3011"), "{text}");
        assert_eq!(problems.error_count(), 1, "{text}");
        assert!(
            text.contains("`2000000` is about 1000000× larger"),
            "{text}"
        );
        assert!(text.contains("2, 2, 2, 2, 2, 2, … 2995 more"), "{text}");
    }
}
