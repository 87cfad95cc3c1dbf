//! A dataset's rows kept in a spreadsheet beside its YAML: `rows: {file: kpm.csv}` or
//! `rows: {file: kpm.xlsx, sheet: "2024", range: A1:D39}`. The file is read into a [`Table`]
//! (header row and typed cells, each with its place), matched against the YAML's columns,
//! and handed to the same checks as rows written in YAML ([`WrittenRows`]). The spreadsheet
//! is a source only: it is never published (downloads are made from the checked rows).

mod csv;
mod table;
mod xlsx;

use std::collections::HashSet;
use std::path::Path;

use super::dataset::Column;
use super::raw::RawRowsFile;
use super::validate::Checker;
use super::written::{RowsFile, WrittenRows};
use crate::diagnostic::{Diagnostics, display_path};
use crate::messages::msg;

pub(crate) use table::{Kind, Table};

/// The table of a CSV file, for `terang data import`; `None` after reporting why not.
pub(crate) fn read_csv_table(
    path: &Path,
    display: &Path,
    problems: &mut Diagnostics,
) -> Option<Table> {
    csv::read(path, display, problems).map(|(table, _)| table)
}

/// The table of an `.xlsx` sheet (`sheet`, `range` as in `rows:`), for `terang data import`;
/// `None` after reporting why not. Problems of cells are reported at the cells.
pub(crate) fn read_xlsx_table(
    path: &Path,
    display: &Path,
    (sheet, range): (Option<&str>, Option<&str>),
    problems: &mut Diagnostics,
) -> Option<Table> {
    use crate::diagnostic::Diagnostic;
    let no_yaml = (display, "");
    match xlsx::read_table(path, display, sheet, range) {
        Ok((table, file, found)) => {
            for (place, message, help) in found {
                problems.push(file.error(no_yaml, place, message).with_help(help));
            }
            Some(table)
        }
        Err(xlsx::OpenError::Unreadable(reason)) => {
            let file = display.display().to_string();
            problems.push(
                Diagnostic::error(
                    display,
                    msg!("sheets-xlsx-unreadable", file = file, reason = reason),
                )
                .with_help(msg!("sheets-xlsx-unreadable-help")),
            );
            None
        }
        Err(xlsx::OpenError::NoSheet(names)) => {
            let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            let file = display.display().to_string();
            problems.push(
                Diagnostic::error(
                    display,
                    msg!("sheets-no-sheet", sheet = sheet.unwrap_or(""), file = file),
                )
                .with_help(msg!("sheets-no-sheet-help", sheets = quoted.join(", "))),
            );
            None
        }
        Err(xlsx::OpenError::BadRange) => {
            problems.push(
                Diagnostic::error(
                    display,
                    msg!("sheets-bad-range", range = range.unwrap_or("")),
                )
                .with_help(msg!("sheets-bad-range-help")),
            );
            None
        }
    }
}

/// The two kinds of file rows may come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// The format of a file name, by its extension; `None` for any other file.
    pub(crate) fn of(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            Some(Format::Csv)
        } else if lower.ends_with(".xlsx") {
            Some(Format::Xlsx)
        } else {
            None
        }
    }
}

/// A warning for each spreadsheet in `content/data/` that no dataset reads its rows from: such
/// a file is not published (earlier versions copied it to the site), so it is said, not lost
/// silently. Only when the datasets loaded without errors (a dataset with an error is left
/// out, and its spreadsheet would look unread).
pub(crate) fn warn_unused(
    sheets: &[crate::content::Asset],
    datasets: &[crate::data::Dataset],
    site_root: &Path,
    problems: &mut Diagnostics,
) {
    if problems.error_count() > 0 {
        return;
    }
    for sheet in sheets {
        if datasets
            .iter()
            .any(|d| d.rows_file.as_deref() == Some(sheet.path.as_path()))
        {
            continue;
        }
        let display = display_path(site_root, &sheet.path);
        let name = sheet
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        problems.push(
            crate::diagnostic::Diagnostic::warning(&display, msg!("sheets-unused"))
                .with_help(msg!("sheets-unused-help", file = name.unwrap_or_default())),
        );
    }
}

/// Read the rows `spec` names, beside the dataset file `dataset`: the rows and the file they
/// are in, or `None` after reporting why they cannot be read.
pub(super) fn read(
    checker: &Checker,
    spec: &RawRowsFile,
    dataset: &Path,
    site_root: &Path,
    columns: &[Column],
    dataset_ids: &HashSet<String>,
    problems: &mut Diagnostics,
) -> Option<(WrittenRows, RowsFile)> {
    let name = spec.file.value.trim();
    let format = check_name(checker, spec, name, dataset_ids, problems)?;
    let path = dataset.parent().unwrap_or(Path::new("")).join(name);
    let display = display_path(site_root, &path);
    if !path.is_file() {
        let beside = dataset
            .file_name()
            .map(|n| n.to_string_lossy().into_owned());
        problems.push(
            checker
                .at(&spec.file, msg!("sheets-file-missing", file = name))
                .with_help(msg!(
                    "sheets-file-missing-help",
                    yaml = beside.unwrap_or_default()
                )),
        );
        return None;
    }
    let (table, file) = match format {
        Format::Csv => csv::read(&path, &display, problems)?,
        Format::Xlsx => xlsx::read(checker, spec, &path, &display, problems)?,
    };
    let rows = table.into_written(columns, &file, (checker.display, checker.text), problems);
    Some((rows, file))
}

/// The file's format, after checking its name: a plain name of a `.csv` or `.xlsx` file
/// beside the YAML, not named like a download terang makes, with keys that fit its format.
fn check_name(
    checker: &Checker,
    spec: &RawRowsFile,
    name: &str,
    dataset_ids: &HashSet<String>,
    problems: &mut Diagnostics,
) -> Option<Format> {
    if name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.') {
        problems.push(
            checker
                .at(&spec.file, msg!("sheets-file-not-beside", file = name))
                .with_help(msg!("sheets-file-not-beside-help")),
        );
        return None;
    }
    let Some(format) = Format::of(name) else {
        problems.push(
            checker
                .at(&spec.file, msg!("sheets-file-kind", file = name))
                .with_help(msg!("sheets-file-kind-help")),
        );
        return None;
    };
    let stem = &name[..name.len() - 4];
    if format == Format::Csv && dataset_ids.contains(stem) {
        problems.push(
            checker
                .at(&spec.file, msg!("sheets-file-download-name", file = name))
                .with_help(msg!("sheets-file-download-name-help", stem = stem)),
        );
        return None;
    }
    if format == Format::Csv {
        for key in [&spec.sheet, &spec.range].into_iter().flatten() {
            problems.push(
                checker
                    .at(key, msg!("sheets-csv-no-sheet"))
                    .with_help(msg!("sheets-csv-no-sheet-help")),
            );
        }
    }
    Some(format)
}
