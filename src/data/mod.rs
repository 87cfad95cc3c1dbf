//! Datasets (program statistics): `content/data/<id>.yaml`, loaded, validated cell by cell.

pub mod correction;
pub mod dataset;
pub mod embargo;
pub mod license;
mod numbers;
pub mod period;
mod raw;
pub mod release;
pub(crate) mod shape;
mod validate;

pub use dataset::{Cell, Chart, ChartKind, Column, ColumnType, Dataset, Row, UnitSpec};
pub use shape::{Figure, ShapeKind};

use std::path::Path;

use rayon::prelude::*;

use crate::content::{Asset, read_source, slug};
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use crate::yaml;

/// Load every dataset file; problems are collected, and a dataset with problems is left out.
pub fn load(
    files: &[Asset],
    site_root: &Path,
    languages: &[&str],
    problems: &mut Diagnostics,
) -> Vec<Dataset> {
    let results: Vec<(Option<Dataset>, Diagnostics)> = files
        .par_iter()
        .map(|f| load_one(f, site_root, languages))
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

fn load_one(file: &Asset, site_root: &Path, languages: &[&str]) -> (Option<Dataset>, Diagnostics) {
    let display = display_path(site_root, &file.path);
    let mut problems = Diagnostics::new();
    let stem = file
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if slug::slugify(&stem) != stem {
        problems.push(
            Diagnostic::error(
                &display,
                format!("dataset file name `{stem}` must be lowercase letters, digits and hyphens"),
            )
            .with_help(format!(
                "rename it to `{}.yaml`; the name is the dataset's id and URL",
                slug::slugify(&stem)
            )),
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
    };
    let dataset = checker.check(&stem, raw, &mut problems);
    (Some(dataset), problems)
}
