//! A dataset's rows kept in a CSV or an .xlsx sheet beside its YAML (`rows: {file: ...}`):
//! typed cells (numbers, dates, a formula's saved value), a range, the source never
//! published, errors at sheet cells, and `terang data import`. The broken spreadsheets of
//! the bad-input corpus (`tests/bad-inputs/data-csv-*`, `data-xlsx-*`) cover the rest.

mod common;

use common::{SiteTest, run_terang_with_locale};

const WORKBOOK: &[u8] = include_bytes!("fixtures/sheets/jadwal.xlsx");

fn jadwal(rows: &str) -> String {
    format!(
        "title: {{id: Jadwal contoh, en: Sample schedule}}\n\
description: {{id: \"Data contoh, bukan angka resmi.\", en: \"Sample data, not official figures.\"}}\n\
source: {{name: {{id: Data contoh, en: Sample data}}}}\n\
columns:\n\
  - {{key: wilayah, type: string, label: {{id: Wilayah, en: Region}}}}\n\
  - {{key: tanggal, type: date, label: {{id: Tanggal, en: Date}}}}\n\
  - {{key: persen, type: number, unit: percent, decimals: 2, label: {{id: Persen, en: Percent}}}}\n\
  - {{key: jumlah, type: number, label: {{id: Jumlah, en: Count}}}}\n\
rows: {rows}\n"
    )
}

#[test]
fn xlsx_cells_keep_their_types_and_the_workbook_is_not_published() {
    let site = SiteTest::small()
        .file("content/data/jadwal.xlsx", WORKBOOK)
        .file(
            "content/data/jadwal.yaml",
            jadwal("{file: jadwal.xlsx, sheet: Jadwal, range: A2:D4}"),
        );
    let built = site.build_ok(&[]);
    let csv = String::from_utf8_lossy(&built["data/jadwal.csv"]).into_owned();
    // A date cell is a date; 9.660000000000001 saved by Excel reads as 9.66; formulas read
    // as their saved values (0.1+0.2 → 0.3, 1000*2 → 2000).
    assert!(csv.contains("Aceh,2024-03-01,9.66,1234567"), "{csv}");
    assert!(csv.contains("Bali,2024-11-16,0.3,2000"), "{csv}");
    assert!(
        !built.keys().any(|k| k.ends_with(".xlsx")),
        "the workbook is a source, not published: {:?}",
        built.keys().collect::<Vec<_>>()
    );
}

#[test]
fn without_its_range_the_sheet_title_row_is_read_as_the_header_and_named_by_cell() {
    let site = SiteTest::small()
        .file("content/data/jadwal.xlsx", WORKBOOK)
        .file(
            "content/data/jadwal.yaml",
            jadwal("{file: jadwal.xlsx, sheet: Jadwal}"),
        );
    let run = site.build(&[]);
    run.assert_code(1);
    run.assert_stderr_has(
        "error: content/data/jadwal.xlsx, sheet Jadwal, A1: `Tabel contoh` in the header row is not a column of this dataset",
    );
    // The row's values stand where a YAML line would, the caret under the cell.
    run.assert_stderr_has("1 | Tabel contoh |  |  |  | ");
    let root = site.root().to_str().unwrap();
    let indonesian = run_terang_with_locale(site.root(), &["build", "--site", root], "id_ID.UTF-8");
    assert!(
        indonesian.stderr.contains(
            "error: content/data/jadwal.xlsx, lembar Jadwal, A1: `Tabel contoh` di baris judul"
        ),
        "{}",
        indonesian.stderr
    );
}

#[test]
fn csv_rows_build_and_the_csv_source_is_not_published() {
    let site = SiteTest::small()
        .file(
            "content/data/jadwal-sumber.csv",
            "wilayah,tanggal,persen,jumlah\nAceh,2024-03-01,9.66,1234567\n\"Bali, Denpasar\",2024-11-16,0.30,2000\n",
        )
        .file("content/data/jadwal.yaml", jadwal("{file: jadwal-sumber.csv}"));
    let built = site.build_ok(&[]);
    let csv = String::from_utf8_lossy(&built["data/jadwal.csv"]).into_owned();
    assert!(
        csv.contains("\"Bali, Denpasar\",2024-11-16,0.30,2000"),
        "{csv}"
    );
    assert!(!built.contains_key("data/jadwal-sumber.csv"));
}

#[test]
fn a_thousands_separator_in_a_csv_cell_is_caught_at_its_line_and_column() {
    let site = SiteTest::small()
        .file(
            "content/data/jadwal-sumber.csv",
            "wilayah,tanggal,persen,jumlah\nAceh,2024-03-01,9.66,1.234.567\n",
        )
        .file(
            "content/data/jadwal.yaml",
            jadwal("{file: jadwal-sumber.csv}"),
        );
    let run = site.build(&[]);
    run.assert_code(1);
    run.assert_stderr_has(
        "error: content/data/jadwal-sumber.csv:2:22: `1.234.567` is not a number",
    );
}

#[test]
fn data_import_writes_metadata_that_builds_once_titled() {
    let site = SiteTest::small().file("content/data/jadwal.xlsx", WORKBOOK);
    let run = site.run(&[
        "data",
        "import",
        "content/data/jadwal.xlsx",
        "--sheet",
        "Jadwal",
        "--range",
        "A2:D4",
    ]);
    run.assert_ok();
    let yaml = std::fs::read_to_string(site.root().join("content/data/jadwal.yaml")).unwrap();
    for line in [
        "  - {key: wilayah, type: string,",
        "  - {key: tanggal, type: date,",
        "  - {key: persen, type: number, decimals: 2,",
        "  - {key: jumlah, type: number,",
        "rows: {file: jadwal.xlsx, sheet: \"Jadwal\", range: A2:D4}",
    ] {
        assert!(yaml.contains(line), "{line}\n{yaml}");
    }
    site.build_ok(&[]);
    // Never over an existing file.
    site.run(&["data", "import", "content/data/jadwal.xlsx"])
        .assert_code(1);
    // A CSV named like the download made from it is refused, with the name to use.
    site.write("content/data/lain.csv", "a,b\n1,2\n");
    let run = site.run(&["data", "import", "content/data/lain.csv"]);
    run.assert_code(1);
    run.assert_stderr_has("lain-sumber.csv");
    site.run(&["data", "import", "content/data/nothing.xlsx"])
        .assert_code(2);
}
