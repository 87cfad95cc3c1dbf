//! The release calendar (issue 15 items 1 and 5): `next_release` with date, time, zone,
//! status and reason; the calendar page, `.ics` and Atom feed in both languages; the dataset
//! page's next release and status; `check`'s warnings for short notice and missed releases.
//! "Now" is SOURCE_DATE_EPOCH: 24 November 2025, 23:00 WIB.

mod common;

use std::path::Path;
use std::process::Command;

use common::SiteTest;

/// A one-row dataset with release metadata `extra` (YAML lines).
fn dataset(title: &str, published: &str, extra: &str) -> String {
    format!(
        "title: {{id: {title}, en: {title} (en)}}\n\
         source: {{name: Sumber Uji, published: {published}}}\n\
         {extra}\
         columns:\n  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}\n  \
         - {{key: nilai, type: number, label: {{id: Nilai, en: Value}}}}\n\
         rows:\n  - {{periode: 2024, nilai: 1}}\n"
    )
}

fn site() -> SiteTest {
    SiteTest::small()
        .file(
            "content/data/data-januari.yaml",
            dataset(
                "Data Januari",
                "2025-07-15",
                "status: official\nnext_release: 2026-01-15T11:00:00+07:00\n",
            ),
        )
        .file(
            "content/data/data-ditunda.yaml",
            dataset(
                "Data Ditunda",
                "2025-08-01",
                "status: experimental\nnext_release:\n  at: 2026-02-05T10:00\n  status: postponed\n  reason: {id: Menunggu hasil survei lapangan., en: Awaiting the field survey.}\n",
            ),
        )
        .file(
            "content/data/data-segera.yaml",
            dataset(
                "Data Segera",
                "2025-06-01",
                "status: provisional\nnext_release: 2025-12-05T09:00:00+08:00\n",
            ),
        )
        .file(
            "content/data/data-terlambat.yaml",
            dataset("Data Terlambat", "2025-07-01", "next_release: 2025-10-15\n"),
        )
}

/// The text of `html`'s `<main>`, tags dropped, spaces collapsed.
fn main_text(site: &SiteTest, rel: &str) -> String {
    let html = site.read(rel);
    let main = &html[html.find("<main").expect("<main>")..html.find("</main>").expect("</main>")];
    let mut out = String::new();
    let mut in_tag = false;
    for c in main.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{haystack}"))
}

#[test]
fn the_calendar_lists_upcoming_releases_soonest_first_then_past_ones() {
    let site = site();
    site.build_ok(&[]);
    let id = main_text(&site, "jadwal-rilis/index.html");
    let order = [
        "Rilis mendatang",
        "Data Segera Jumat, 5 Desember 2025 · 09.00 WITA Terkonfirmasi",
        "Data Januari Kamis, 15 Januari 2026 · 11.00 WIB Terkonfirmasi",
        "Data Ditunda Kamis, 5 Februari 2026 · 10.00 WIB Ditunda. Alasan: Menunggu hasil survei lapangan.",
        "Rilis sebelumnya",
        "Data Terlambat Rabu, 15 Oktober 2025 Terlambat: data belum diperbarui",
        "Data Ditunda Jumat, 1 Agustus 2025 Terbit",
        "Data Januari Selasa, 15 Juli 2025 Terbit",
    ]
    .map(|t| position(&id, t));
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{id}");
    let en = main_text(&site, "en/releases/index.html");
    position(
        &en,
        "Data Ditunda (en) Thursday, 5 February 2026 · 10:00 WIB Postponed. Reason: Awaiting the field survey.",
    );
    position(
        &en,
        "Data Segera (en) Friday, 5 December 2025 · 09:00 WITA Confirmed",
    );
    // The data index links to the calendar.
    assert!(
        site.read("data/index.html")
            .contains("href=\"/jadwal-rilis/\"")
    );
    assert!(
        site.read("en/data/index.html")
            .contains("href=\"/en/releases/\"")
    );
}

#[test]
fn the_dataset_page_shows_its_next_release_and_status_with_what_it_means() {
    let site = site();
    site.build_ok(&[]);
    let page = main_text(&site, "data/data-ditunda/index.html");
    position(
        &page,
        "Status data Statistik eksperimental : Disusun dengan metode baru yang masih diuji",
    );
    position(
        &page,
        "Rilis berikutnya Kamis, 5 Februari 2026, 10.00 WIB (Ditunda: Menunggu hasil survei lapangan.)",
    );
    let html = site.read("data/data-ditunda/index.html");
    assert!(
        html.contains("<time datetime=\"2026-02-05T10:00:00+07:00\">"),
        "{html}"
    );
    let en = main_text(&site, "en/data/data-segera/index.html");
    position(
        &en,
        "Status Provisional figures : Early figures that will be revised",
    );
    position(&en, "Next release Friday, 5 December 2025, 09:00 WITA");
}

/// Unfolded content lines of an iCalendar file.
fn ics(site: &SiteTest, rel: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for raw in site.read(rel).split("\r\n").filter(|l| !l.is_empty()) {
        match raw.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line").push_str(rest),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

#[test]
fn both_release_calendars_hold_every_announced_release_in_its_zone() {
    let site = site();
    site.build_ok(&[]);
    for (rel, lang) in [("releases.ics", "id"), ("en/releases.ics", "en")] {
        let lines = ics(&site, rel);
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            4,
            "{rel}"
        );
        for expected in [
            "DTSTART;TZID=Asia/Jakarta:20260115T110000",
            // Written without an offset: the site's zone (Asia/Jakarta by default).
            "DTSTART;TZID=Asia/Jakarta:20260205T100000",
            "DTSTART;TZID=Asia/Makassar:20251205T090000",
            // Each zone described, as in the events calendars (tests/events.rs).
            "TZID:Asia/Makassar",
            "TZOFFSETTO:+0800",
            "TZNAME:WITA",
            "TZNAME:WIB",
            "DTSTART;VALUE=DATE:20251015",
            "STATUS:CONFIRMED",
            "UID:release.data-ditunda@uji.example.go.id",
            &format!(
                "SUMMARY;LANGUAGE={lang}:Data Ditunda{}",
                if lang == "en" { " (en)" } else { "" }
            ),
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{rel}: no {expected}\n{lines:#?}"
            );
        }
    }
    let python = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ics-venv/bin/python");
    if !python.exists() {
        eprintln!("skipped the icalendar parser: no target/ics-venv (made by .ci/run)");
        return;
    }
    let out = Command::new(python)
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics/validate.py"))
        .args(["releases.ics", "en/releases.ics"])
        .current_dir(site.output())
        .output()
        .expect("run the validator");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stdout.lines().count(), 8, "{stdout}");
    assert!(
        stdout.contains("\"start\": \"2026-02-05T10:00:00+07:00\""),
        "{stdout}"
    );
}

#[test]
fn the_release_feeds_are_atom_with_one_entry_per_announced_release() {
    let site = site();
    site.build_ok(&[]);
    for rel in ["releases.xml", "en/releases.xml"] {
        let feed = site.read(rel);
        let mut reader = quick_xml::Reader::from_str(&feed);
        let mut entries = 0;
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Start(e)) if e.name().as_ref() == "entry" => {
                    entries += 1
                }
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("{rel} is not well-formed: {e}\n{feed}"),
            }
        }
        assert_eq!(entries, 4, "{feed}");
    }
    let feed = site.read("releases.xml");
    assert!(
        feed.contains("Data Ditunda: Kamis, 5 Februari 2026, 10.00 WIB"),
        "{feed}"
    );
    assert!(
        feed.contains("Ditunda: Menunggu hasil survei lapangan."),
        "{feed}"
    );
    assert!(
        site.read("en/releases.xml")
            .contains("Postponed: Awaiting the field survey.")
    );
}

#[test]
fn check_warns_about_short_notice_and_missed_releases_at_their_lines() {
    let site = site();
    let run = site.check(&[]);
    run.assert_code(0)
        .assert_stderr_has("warning: content/data/data-segera.yaml:4:15: the confirmed release on 2025-12-05 09:00 +08:00 is less than four weeks away: releases are announced at least four weeks ahead")
        .assert_stderr_has("warning: content/data/data-terlambat.yaml:3:15: the release announced for 2025-10-15 00:00 +07:00 has passed, and the data were not updated");
    // Postponed and provisional releases are not held to the four weeks.
    assert!(!run.stderr.contains("data-ditunda.yaml"), "{}", run.stderr);
    site.check(&["--strict"]).assert_code(1);
}

#[test]
fn a_release_announced_four_weeks_ahead_is_not_warned_about_and_a_late_one_is() {
    let announced = |day: &str| {
        dataset(
            "Data Segera",
            "2025-06-01",
            &format!("next_release: {{at: 2025-12-05T09:00:00+08:00, announced: {day}}}\n"),
        )
    };
    let site = SiteTest::small().file("content/data/data-segera.yaml", announced("2025-10-01"));
    let run = site.check(&[]);
    run.assert_code(0);
    assert!(!run.stderr.contains("four weeks"), "{}", run.stderr);
    site.write("content/data/data-segera.yaml", announced("2025-11-20"));
    site.check(&[]).assert_stderr_has(
        "warning: content/data/data-segera.yaml:3:15: the confirmed release on 2025-12-05 09:00 +08:00 was announced less than four weeks ahead",
    );
}

#[test]
fn a_postponed_release_without_a_reason_is_an_error_at_its_line() {
    let site = SiteTest::small().file(
        "content/data/uji.yaml",
        dataset(
            "Uji",
            "2025-07-01",
            "next_release: {at: 2026-03-01T10:00:00+07:00, status: postponed}\n",
        ),
    );
    site.build(&[])
        .assert_code(1)
        .assert_error("content/data/uji.yaml:3:15: a postponed release needs a `reason`");
}

#[test]
fn without_announced_releases_there_is_no_calendar() {
    let site = SiteTest::small().file("content/data/uji.yaml", dataset("Uji", "2025-07-01", ""));
    site.build_ok(&[]);
    assert!(!site.has("jadwal-rilis/index.html"));
    assert!(!site.has("releases.ics"));
    assert!(!site.read("data/index.html").contains("jadwal-rilis"));
}
