//! Events by their own dates (SPEC §5, issue 11 item 5): the events page, article lists, the
//! article's event box, JSON-LD and both iCalendar files agree on start, end, zone and place,
//! in both languages. "Now" is SOURCE_DATE_EPOCH: 24 November 2025, 23:00 WIB.

mod common;

use std::path::Path;
use std::process::Command;

use common::SiteTest;

/// One event per zone and shape: WITA one day with hours (Kupang), all-day across two days
/// and only in Indonesian (Jayapura), WIT across months, WIB without an end, a past all-day
/// event with no place, and one in UTC+5:30.
fn site() -> SiteTest {
    let article = |title: &str, date: &str, event: &str| {
        format!("---\ntitle: {title}\ndate: {date}\nsummary: {title}.\nevent:\n{event}---\nIsi.\n")
    };
    let kupang = "  start: 2025-12-03T08:00:00+08:00\n  end: 2025-12-03T16:00:00+08:00\n  location: {name: Aula Dinas Sosial, city: Kupang, region: Nusa Tenggara Timur}\n";
    SiteTest::small()
        .file(
            "content/news/2025-11-17-kupang.id.md",
            article("Bimtek di Kupang", "2025-11-17T10:00:00+07:00", kupang),
        )
        .file(
            "content/news/2025-11-17-kupang.en.md",
            article("Training in Kupang", "2025-11-17T10:00:00+07:00", kupang),
        )
        .file(
            "content/news/2025-11-21-jayapura.id.md",
            article(
                "Temu Pendamping di Jayapura",
                "2025-11-21",
                "  start: 2026-12-15\n  end: 2026-12-16\n  location: {city: Jayapura, region: Papua}\n",
            ),
        )
        .file(
            "content/news/2025-11-20-wamena.id.md",
            article(
                "Rapat di Wamena",
                "2025-11-20",
                "  start: 2026-01-30T09:00:00+09:00\n  end: 2026-02-02T15:00:00+09:00\n  location: {city: Wamena}\n",
            ),
        )
        .file(
            "content/news/2025-11-19-jakarta.id.md",
            article(
                "Jumpa pers di Jakarta",
                "2025-11-19",
                "  start: 2025-11-25T10:00:00+07:00\n  location: {city: Jakarta}\n",
            ),
        )
        .file(
            "content/news/2025-11-18-daring.id.md",
            article(
                "Diskusi daring",
                "2025-11-18",
                "  start: 2025-11-24\n",
            ),
        )
        .file(
            "content/news/2025-10-01-mumbai.id.md",
            article(
                "Kunjungan ke Mumbai",
                "2025-10-01",
                "  start: 2025-10-02T09:30:00+05:30\n  end: 2025-10-02T12:00:00+05:30\n  location: {city: Mumbai}\n",
            ),
        )
}

/// The text of `html` without tags, spaces collapsed.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
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

/// The `<main>` of a page, as text.
fn main_text(site: &SiteTest, rel: &str) -> String {
    let html = site.read(rel);
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>");
    text(&html[start..end])
}

fn position(haystack: &str, needle: &str) -> usize {
    haystack
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{haystack}"))
}

#[test]
fn events_page_shows_each_event_by_its_own_dates_in_both_languages() {
    let site = site();
    site.build_ok(&[]);
    let id = main_text(&site, "agenda/index.html");
    for expected in [
        "Bimtek di Kupang Rabu, 3 Desember 2025 · 08.00–16.00 WITA Lokasi: Aula Dinas Sosial, Kupang, Nusa Tenggara Timur",
        "Temu Pendamping di Jayapura 15–16 Desember 2026 · sepanjang hari Lokasi: Jayapura, Papua",
        "Rapat di Wamena 30 Januari – 2 Februari 2026 · 09.00–15.00 WIT Lokasi: Wamena",
        "Jumpa pers di Jakarta Selasa, 25 November 2025 · 10.00 WIB",
        "Kunjungan ke Mumbai Kamis, 2 Oktober 2025 · 09.30–12.00 UTC+5:30",
    ] {
        position(&id, expected);
    }
    // No publication date and no empty place: the all-day event without a place has none.
    assert!(!id.contains("21 November 2025"), "{id}");
    position(
        &id,
        "Diskusi daring Senin, 24 November 2025 · sepanjang hari Diskusi daring.",
    );

    let en = main_text(&site, "en/events/index.html");
    for expected in [
        "Training in Kupang Wednesday, 3 December 2025 · 08:00–16:00 WITA Location: Aula Dinas Sosial, Kupang, Nusa Tenggara Timur",
        // Only in Indonesian, so listed with its language label.
        "Temu Pendamping di Jayapura 15–16 December 2026 · all day Location: Jayapura, Papua Only in Bahasa Indonesia",
        "Rapat di Wamena 30 January – 2 February 2026 · 09:00–15:00 WIT",
    ] {
        position(&en, expected);
    }
    let en_html = site.read("en/events/index.html");
    assert!(
        en_html.contains("<a href=\"/berita/jayapura/\" hreflang=\"id\" lang=\"id\">"),
        "{en_html}"
    );
}

#[test]
fn upcoming_events_stay_until_they_end_soonest_first_and_past_ones_most_recent_first() {
    let site = site();
    site.build_ok(&[]);
    let id = main_text(&site, "agenda/index.html");
    let upcoming = position(&id, "Akan datang");
    let past = position(&id, "Sudah berlangsung");
    // The all-day event of the build's own day (24 November in Jakarta) has not ended yet.
    let order: Vec<usize> = [
        "Diskusi daring",
        "Jumpa pers di Jakarta",
        "Bimtek di Kupang",
        "Rapat di Wamena",
        "Temu Pendamping di Jayapura",
    ]
    .iter()
    .map(|t| position(&id, t))
    .collect();
    assert!(upcoming < order[0], "{id}");
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{id}");
    assert!(
        order[4] < past && past < position(&id, "Kunjungan ke Mumbai"),
        "{id}"
    );
}

#[test]
fn article_lists_carry_an_event_badge_with_the_event_date() {
    let site = site();
    site.build_ok(&[]);
    let list = main_text(&site, "berita/index.html");
    position(
        &list,
        "Temu Pendamping di Jayapura Jumat, 21 November 2025 · Berita Acara: 15–16 Desember 2026",
    );
    let en = main_text(&site, "en/news/index.html");
    position(
        &en,
        "Training in Kupang Monday, 17 November 2025 · News Event: Wednesday, 3 December 2025",
    );
}

#[test]
fn the_event_box_shows_days_hours_zone_and_place_and_no_empty_place() {
    let site = site();
    site.build_ok(&[]);
    let kupang = main_text(&site, "berita/kupang/index.html");
    position(
        &kupang,
        "Waktu Rabu, 3 Desember 2025 08.00–16.00 WITA Lokasi Aula Dinas Sosial, Kupang, Nusa Tenggara Timur",
    );
    let en = main_text(&site, "en/news/kupang/index.html");
    position(
        &en,
        "When Wednesday, 3 December 2025 08:00–16:00 WITA Location Aula Dinas Sosial",
    );
    let jayapura = main_text(&site, "berita/jayapura/index.html");
    position(
        &jayapura,
        "Waktu 15–16 Desember 2026 (sepanjang hari) Lokasi Jayapura, Papua",
    );
    let online = main_text(&site, "berita/daring/index.html");
    position(&online, "Waktu Senin, 24 November 2025 (sepanjang hari)");
    assert!(!online.contains("Lokasi"), "{online}");
}

/// The `Event` JSON-LD object of a page, parsed (event reports carry a list: the
/// `NewsArticle` and the `Event`).
fn json_ld(site: &SiteTest, rel: &str) -> serde_json::Value {
    let html = site.read(rel);
    let open = "<script type=\"application/ld+json\">";
    let start = html.find(open).expect("JSON-LD") + open.len();
    let end = start + html[start..].find("</script>").expect("end of JSON-LD");
    let value: serde_json::Value = serde_json::from_str(&html[start..end]).expect("JSON-LD parses");
    match value {
        serde_json::Value::Array(items) => items
            .into_iter()
            .find(|v| v["@type"] == "Event")
            .expect("an Event beside the NewsArticle"),
        other => other,
    }
}

#[test]
fn json_ld_events_keep_their_offset_and_have_a_location_only_when_given() {
    let site = site();
    site.build_ok(&[]);
    let kupang = json_ld(&site, "berita/kupang/index.html");
    assert_eq!(kupang["@type"], "Event");
    assert_eq!(kupang["startDate"], "2025-12-03T08:00:00+08:00");
    assert_eq!(kupang["endDate"], "2025-12-03T16:00:00+08:00");
    assert_eq!(kupang["location"]["name"], "Aula Dinas Sosial");
    assert_eq!(kupang["location"]["address"]["addressLocality"], "Kupang");
    let jayapura = json_ld(&site, "berita/jayapura/index.html");
    assert_eq!(jayapura["startDate"], "2026-12-15");
    assert_eq!(jayapura["endDate"], "2026-12-16");
    let online = json_ld(&site, "berita/daring/index.html");
    assert!(online.get("location").is_none(), "{online}");
    assert!(online.get("endDate").is_none(), "{online}");
}

/// Unfolded content lines of an iCalendar file.
fn ics(site: &SiteTest, rel: &str) -> Vec<String> {
    let text = site.read(rel);
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
        match raw.strip_prefix(' ') {
            Some(rest) => lines.last_mut().expect("a line").push_str(rest),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

#[test]
fn both_calendars_hold_every_event_in_its_own_zone() {
    let site = site();
    site.build_ok(&[]);
    for rel in ["events.ics", "en/events.ics"] {
        let lines = ics(&site, rel);
        assert_eq!(
            lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(),
            6,
            "{rel}"
        );
        for expected in [
            "DTSTART;TZID=Asia/Makassar:20251203T080000",
            "DTEND;TZID=Asia/Makassar:20251203T160000",
            "DTSTART;VALUE=DATE:20261215",
            "DTEND;VALUE=DATE:20261217",
            "DTSTART;TZID=Asia/Jayapura:20260130T090000",
            "DTSTART;TZID=Asia/Jakarta:20251125T100000",
            "DTSTART:20251002T040000Z",
            "TZID:Asia/Makassar",
            "TZOFFSETTO:+0800",
            "TZNAME:WITA",
            "SUMMARY;LANGUAGE=id:Temu Pendamping di Jayapura",
            "LOCATION:Jayapura\\, Papua",
        ] {
            assert!(
                lines.iter().any(|l| l == expected),
                "{rel}: no {expected}\n{lines:#?}"
            );
        }
    }
    // An event without an end ends as it starts; the page's own file exists once.
    let jakarta = ics(&site, "berita/jakarta/event.ics");
    assert!(
        !jakarta.iter().any(|l| l.starts_with("DTEND")),
        "{jakarta:?}"
    );
    assert!(!site.has("en/news/jayapura/event.ics"));
}

/// Python with the `icalendar` package, as `.ci/run` installs it (target/ics-venv).
fn icalendar_python() -> Option<std::path::PathBuf> {
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/ics-venv/bin/python");
    venv.exists().then_some(venv)
}

#[test]
fn an_independent_icalendar_parser_reads_both_calendars() {
    let Some(python) = icalendar_python() else {
        eprintln!(
            "skipped: no target/ics-venv (made by .ci/run: python3 -m venv target/ics-venv && target/ics-venv/bin/pip install icalendar)"
        );
        return;
    };
    let site = site();
    site.build_ok(&[]);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ics/validate.py");
    let out = Command::new(python)
        .arg(script)
        .args(["events.ics", "en/events.ics", "berita/kupang/event.ics"])
        .current_dir(site.output())
        .output()
        .expect("run the validator");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("validator JSON"))
        .collect();
    assert_eq!(events.len(), 13, "{stdout}");
    let kupang_en = events
        .iter()
        .find(|e| e["file"] == "en/events.ics" && e["summary"] == "Training in Kupang")
        .expect("Kupang in en/events.ics");
    assert_eq!(kupang_en["start"], "2025-12-03T08:00:00+08:00");
    assert_eq!(kupang_en["end"], "2025-12-03T16:00:00+08:00");
    assert_eq!(kupang_en["language"], "en");
    let jayapura_en = events
        .iter()
        .find(|e| e["file"] == "en/events.ics" && e["summary"] == "Temu Pendamping di Jayapura")
        .expect("the Indonesian-only event in en/events.ics");
    assert_eq!(jayapura_en["start"], "2026-12-15");
    assert_eq!(jayapura_en["language"], "id");
    assert_eq!(jayapura_en["location"], "Jayapura, Papua");
}

#[test]
fn with_untranslated_hide_the_other_language_lists_only_its_own_events() {
    let site = site().file(
        "content/site.yaml",
        format!("{}untranslated: hide\n", common::SITE_YAML),
    );
    site.build_ok(&[]);
    let en = main_text(&site, "en/events/index.html");
    assert!(!en.contains("Jayapura"), "{en}");
    let lines = ics(&site, "en/events.ics");
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 1);
}

#[test]
fn an_event_time_without_offset_is_an_error_at_its_line() {
    let site = SiteTest::small().file(
        "content/news/2025-11-17-kupang.id.md",
        "---\ntitle: Bimtek\ndate: 2025-11-17\nevent:\n  start: 2025-12-03T08:00\n---\nIsi.\n",
    );
    let run = site.build(&[]);
    run.assert_code(1)
        .assert_error("content/news/2025-11-17-kupang.id.md:5:10: event start: `2025-12-03T08:00` has a time but no UTC offset")
        .assert_stderr_has("+08:00 (WITA)");
}

#[test]
fn an_event_mixing_a_date_and_a_time_is_an_error() {
    let site = SiteTest::small().file(
        "content/news/2025-11-17-kupang.id.md",
        "---\ntitle: Bimtek\ndate: 2025-11-17\nevent:\n  start: 2025-12-03\n  end: 2025-12-03T16:00:00+08:00\n---\nIsi.\n",
    );
    site.build(&[])
        .assert_code(1)
        .assert_error("content/news/2025-11-17-kupang.id.md:6:8: `start` and `end` must both be dates, or both dates with times");
}
