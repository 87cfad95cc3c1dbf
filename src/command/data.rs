//! `terang data import FILE.xlsx|FILE.csv [--sheet S] [--range A1:D39]`: the YAML metadata of
//! a dataset whose rows stay in the spreadsheet, written beside it: one column per header
//! cell, its type from the cells under it (numbers, dates, periods, text), and
//! `rows: {file: ...}`. Title, description, source and labels are left for the writer.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::exit;
use super::new::write_new;
use crate::data::period::Period;
use crate::data::sheet::{Format, Kind, Table, read_csv_table, read_xlsx_table};
use crate::diagnostic::{Diagnostics, render_all};
use crate::messages::msg;

#[derive(Debug, Args)]
pub struct DataArgs {
    #[command(subcommand)]
    pub command: DataCommand,
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Write the YAML metadata of a dataset whose rows are in FILE (an .xlsx or .csv beside it)
    Import(ImportArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The spreadsheet, in content/data/ (e.g. content/data/kpm-provinsi.xlsx)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The sheet of an .xlsx workbook (default: the first)
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// The table's cells in an .xlsx sheet, header row included (e.g. A1:D39)
    #[arg(long, value_name = "CELLS")]
    pub range: Option<String>,
}

impl DataArgs {
    pub fn run(self) -> u8 {
        match self.command {
            DataCommand::Import(args) => args.run(),
        }
    }
}

impl ImportArgs {
    fn run(self) -> u8 {
        let name = self
            .file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(format) = Format::of(&name).filter(|_| self.file.is_file()) else {
            eprintln!(
                "error: {}",
                msg!("sheets-import-not-a-sheet", file = self.file.display())
            );
            return exit::USAGE;
        };
        let stem = &name[..name.len() - if format == Format::Csv { 4 } else { 5 }];
        let id = stem.strip_suffix("-sumber").unwrap_or(stem);
        if format == Format::Csv && id == stem {
            eprintln!(
                "error: {}",
                msg!("sheets-import-csv-name", file = name.as_str(), stem = stem)
            );
            return exit::CONTENT;
        }
        let target = self.file.with_file_name(format!("{id}.yaml"));
        if target.exists() {
            eprintln!(
                "error: {}",
                msg!("sheets-import-exists", file = target.display())
            );
            return exit::CONTENT;
        }
        let mut problems = Diagnostics::new();
        let Some(table) = self.table(format, &mut problems) else {
            eprint!("{}", render_all(&problems, false));
            return exit::CONTENT;
        };
        let yaml = match scaffold(&table, &name, self.sheet.as_deref(), self.range.as_deref()) {
            Ok(yaml) => yaml,
            Err(message) => {
                eprintln!("error: {message}");
                return exit::CONTENT;
            }
        };
        let code = write_new(&target, &yaml);
        if code == exit::OK {
            eprintln!("{}", msg!("sheets-import-next", file = target.display()));
        }
        code
    }

    fn table(&self, format: Format, problems: &mut Diagnostics) -> Option<Table> {
        let display = self.file.as_path();
        let table = match format {
            Format::Csv => read_csv_table(&self.file, display, problems),
            Format::Xlsx => read_xlsx_table(
                &self.file,
                display,
                (self.sheet.as_deref(), self.range.as_deref()),
                problems,
            ),
        };
        if problems.error_count() > 0 {
            None
        } else {
            table
        }
    }
}

/// The dataset YAML for `table`, read from `file`.
fn scaffold(
    table: &Table,
    file: &str,
    sheet: Option<&str>,
    range: Option<&str>,
) -> Result<String, String> {
    let mut columns = String::new();
    for (index, (header, _)) in table.header.iter().enumerate() {
        let Some(key) = header.as_deref().map(str::trim) else {
            continue;
        };
        let valid = key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if key.is_empty() || !valid {
            let better = slug::slugify(key).replace('-', "_");
            return Err(msg!("sheets-import-bad-key", key = key, better = better));
        }
        let cells: Vec<(&str, Kind)> = table
            .rows
            .iter()
            .filter_map(|(_, row)| row.get(index).and_then(Option::as_ref))
            .map(|c| (c.text.trim(), c.kind))
            .collect();
        let label = key.replace('_', " ");
        let kind = column_type(key, &cells);
        let decimals = match kind {
            "number" => cells
                .iter()
                .filter_map(|(t, _)| t.split_once('.').map(|(_, d)| d.len()))
                .max()
                .map(|d| format!(", decimals: {d}"))
                .unwrap_or_default(),
            _ => String::new(),
        };
        columns.push_str(&format!(
            "  - {{key: {key}, type: {kind}{decimals}, label: {{id: {label}, en: {label}}}}}\n"
        ));
    }
    let mut rows = format!("rows: {{file: {file}");
    if let Some(sheet) = sheet {
        rows.push_str(&format!(", sheet: \"{}\"", sheet.replace('"', "\\\"")));
    }
    if let Some(range) = range {
        rows.push_str(&format!(", range: {range}"));
    }
    rows.push('}');
    Ok(format!(
        "# {}\ntitle: {{id: \"JUDUL\", en: \"TITLE\"}}\ndescription: {{id: \"DESKRIPSI\", en: \"DESCRIPTION\"}}\nsource: {{name: \"SUMBER / SOURCE\"}}\ncolumns:\n{columns}{rows}\n",
        msg!("sheets-import-comment")
    ))
}

/// The column type the cells fit: number, date, period, else string. Years typed as
/// numbers (2023) make a period column when the key says so (`tahun`, `year`, `periode`).
fn column_type(key: &str, cells: &[(&str, Kind)]) -> &'static str {
    let all = |f: &dyn Fn(&(&str, Kind)) -> bool| !cells.is_empty() && cells.iter().all(f);
    let time = ["tahun", "year", "periode", "period", "bulan", "month"]
        .iter()
        .any(|word| key.contains(word));
    if time && all(&|(t, _)| Period::parse(t).is_ok()) {
        "period"
    } else if all(&|(_, k)| *k == Kind::Number) {
        "number"
    } else if all(&|(_, k)| *k == Kind::Date) {
        "date"
    } else if all(&|(t, _)| Period::parse(t).is_ok()) {
        "period"
    } else {
        "string"
    }
}
