//! Discovery and publishing: taxonomies, events and iCalendar, Atom feeds, sitemap, robots.txt.

mod common;

use common::SiteTest;
use quick_xml::Reader;
use quick_xml::events::Event;

/// A site with an event report in both languages, tags and regions, and an upcoming event.
fn site() -> SiteTest {
    SiteTest::small()
        .file(
            "content/news/2019-06-20-pelatihan.id.md",
            "---\ntitle: Pelatihan Pendamping, Palembang\ndate: 2019-06-20T22:36:00+07:00\nauthor: Anggi\nsummary: Pelatihan; pendamping bansos.\ntags: [pendampingan, pelatihan]\nregions: [Sumatera Selatan]\nevent:\n  start: 2019-06-20\n  location: {city: Palembang, region: Sumatera Selatan}\n  organizer: Kementerian Sosial\n---\nIsi <b>berita</b> dengan [tautan](@/programs/pkh.md).\n",
        )
        .file(
            "content/news/2019-06-20-pelatihan.en.md",
            "---\ntitle: Facilitator Training, Palembang\ndate: 2019-06-20T22:36:00+07:00\ntags: [facilitation, training]\nregions: [South Sumatra]\nevent:\n  start: 2019-06-20\n  location: {city: Palembang, region: South Sumatra}\n---\nBody.\n",
        )
        .file(
            "content/news/2025-11-01-rapat.id.md",
            "---\ntitle: Rapat Koordinasi\ndate: 2025-11-01\ntags: [Pelatihan]\nevent:\n  start: 2026-01-15T09:00:00+07:00\n  end: 2026-01-15T12:00:00+07:00\n  location: {name: Gedung Aneka Bhakti, city: Jakarta}\n---\nRapat.\n",
        )
}

/// Every element name and text of an XML document, failing the test on malformed XML.
fn parse_xml(text: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<String> = Vec::new();
    let mut found: Vec<(String, String)> = Vec::new();
    let push_text = |stack: &[String], found: &mut Vec<(String, String)>, piece: &str| {
        if let Some(name) = stack.last() {
            match found.last_mut() {
                Some((n, t)) if n == name && !t.is_empty() => t.push_str(piece),
                _ => found.push((name.clone(), piece.to_string())),
            }
        }
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                stack.push(e.name().as_ref().to_string());
                found.push((String::new(), String::new()));
            }
            Ok(Event::End(_)) => {
                stack.pop();
            }
            Ok(Event::Empty(e)) => found.push((e.name().as_ref().to_string(), String::new())),
            Ok(Event::Text(t)) => push_text(
                &stack,
                &mut found,
                &t.xml_content(quick_xml::XmlVersion::Implicit1_0),
            ),
            Ok(Event::GeneralRef(r)) => {
                let entity = format!("&{};", r.xml_content(quick_xml::XmlVersion::Implicit1_0));
                let resolved = quick_xml::escape::unescape(&entity)
                    .map(|c| c.into_owned())
                    .unwrap_or(entity);
                push_text(&stack, &mut found, &resolved);
            }
            Ok(Event::Eof) => break,
            Err(e) => panic!("malformed XML at {}: {e}\n{text}", reader.buffer_position()),
            _ => {}
        }
    }
    assert!(stack.is_empty(), "unclosed elements {stack:?}");
    found.retain(|(n, _)| !n.is_empty());
    found
}

#[test]
fn taxonomy_pages_exist_with_counts_and_translated_counterparts() {
    let site = site();
    site.build_ok(&[]);
    let index = site.read("topik/index.html");
    assert!(index.contains("href=\"/topik/pelatihan/\""), "{index}");
    // Two articles carry "pelatihan" (one writes it "Pelatihan"): one term, counted twice.
    assert!(
        index.contains("<span class=\"count\">(2)</span>"),
        "{index}"
    );
    let term = site.read("topik/pendampingan/index.html");
    assert!(term.contains("Pelatihan Pendamping, Palembang"), "{term}");
    // Its only article is translated and tagged "facilitation" in the same place.
    assert!(
        term.contains("hreflang=\"en\" href=\"https://uji.example.go.id/en/topics/facilitation/\""),
        "{term}"
    );
    // "pelatihan" has an untranslated article, so it has no English counterpart.
    let pelatihan = site.read("topik/pelatihan/index.html");
    assert!(
        !pelatihan.contains("hreflang=\"en\" href=\"https://uji.example.go.id/en/topics/"),
        "{pelatihan}"
    );
    assert!(site.has("wilayah/sumatera-selatan/index.html"));
    assert!(site.has("en/regions/south-sumatra/index.html"));
    let article = site.read("berita/pelatihan/index.html");
    assert!(
        article.contains("href=\"/topik/pendampingan/\""),
        "{article}"
    );
}

#[test]
fn terms_are_sorted_by_the_language_collation() {
    let site = SiteTest::small().file(
        "content/news/2025-01-01-a.id.md",
        "---\ntitle: A\ndate: 2025-01-01\ntags: [zakat, Bantuan, ázas, bansos]\n---\nA.\n",
    );
    site.build_ok(&[]);
    let index = site.read("topik/index.html");
    let order: Vec<usize> = ["ázas", "bansos", "Bantuan", "zakat"]
        .iter()
        .map(|t| index.find(&format!(">{t}</a>")).unwrap_or(usize::MAX))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}\n{index}");
}

#[test]
fn events_page_splits_upcoming_and_past_by_the_build_date() {
    let site = site();
    site.build_ok(&[]);
    let events = site.read("agenda/index.html");
    let upcoming = events.find("Akan datang").unwrap();
    let past = events.find("Sudah berlangsung").unwrap();
    let rapat = events.find("Rapat Koordinasi").unwrap();
    let pelatihan = events.find("Pelatihan Pendamping").unwrap();
    assert!(
        upcoming < rapat && rapat < past && past < pelatihan,
        "{events}"
    );
    let article = site.read("berita/pelatihan/index.html");
    assert!(article.contains("\"@type\":\"Event\""), "{article}");
    assert!(
        article.contains("\"startDate\":\"2019-06-20\""),
        "{article}"
    );
    assert!(
        article.contains("href=\"/berita/pelatihan/event.ics\""),
        "{article}"
    );
}

/// Unfold RFC 5545 content lines, checking CRLF endings and the 75-octet limit.
fn ics_lines(text: &str) -> Vec<String> {
    assert!(text.ends_with("\r\n"));
    let mut lines: Vec<String> = Vec::new();
    for raw in text.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(raw.len() <= 75, "line over 75 octets: {raw:?}");
        assert!(!raw.contains('\n'), "bare LF in {raw:?}");
        match raw.strip_prefix(' ') {
            Some(rest) => lines
                .last_mut()
                .expect("continuation without a line")
                .push_str(rest),
            None => lines.push(raw.to_string()),
        }
    }
    lines
}

#[test]
fn icalendar_files_follow_rfc_5545() {
    let site = site();
    site.build_ok(&[]);
    let lines = ics_lines(&site.read("events.ics"));
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert_eq!(lines.iter().filter(|l| *l == "BEGIN:VEVENT").count(), 2);
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20190620".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"DTEND;VALUE=DATE:20190621".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"DTSTART;TZID=Asia/Jakarta:20260115T090000".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"DTEND;TZID=Asia/Jakarta:20260115T120000".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"DTSTAMP:20251124T160000Z".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"SUMMARY;LANGUAGE=id:Pelatihan Pendamping\\, Palembang".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with(
            "DESCRIPTION;LANGUAGE=id:Pelatihan\\; pendamping bansos.\\nKementerian Sosial"
        )),
        "{lines:?}"
    );
    // The same event has the same UID in both languages' calendars and in every build.
    let uid = lines
        .iter()
        .find(|l| l.starts_with("UID:news.2019-06-20-pelatihan@"))
        .cloned()
        .expect("uid");
    assert!(ics_lines(&site.read("en/events.ics")).contains(&uid));
    assert!(ics_lines(&site.read("berita/pelatihan/event.ics")).contains(&uid));
}

#[test]
fn atom_feeds_are_well_formed_with_absolute_links_and_content() {
    let site = site();
    site.build_ok(&[]);
    let feed = site.read("feed.xml");
    let items = parse_xml(&feed);
    let texts = |name: &str| {
        items
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, t)| t.clone())
            .collect::<Vec<_>>()
    };
    assert!(feed.contains("xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(
        feed.contains("<link href=\"https://uji.example.go.id/feed.xml\" rel=\"self\""),
        "{feed}"
    );
    let ids = texts("id");
    assert!(
        ids.contains(&"https://uji.example.go.id/berita/pelatihan/".to_string()),
        "{ids:?}"
    );
    // Newest first; updated is the newest date.
    assert_eq!(
        texts("updated").first().map(String::as_str),
        Some("2025-11-01T00:00:00+07:00")
    );
    let content = texts("content").join("\n");
    assert!(
        content.contains("<a href=\"/program/pkh/\">tautan</a>"),
        "{content}"
    );
    assert!(
        content.contains("&lt;b&gt;berita&lt;/b&gt;"),
        "raw HTML stays escaped inside the content: {content}"
    );
    let en = parse_xml(&site.read("en/feed.xml"));
    assert!(
        en.iter()
            .any(|(n, t)| n == "title" && t == "Facilitator Training, Palembang")
    );
    assert!(
        !en.iter().any(|(_, t)| t.contains("Rapat")),
        "the untranslated article is not in the English feed"
    );
}

#[test]
fn sitemap_lists_every_page_with_hreflang_alternates() {
    let site = site();
    site.build_ok(&[]);
    let sitemap = site.read("sitemap.xml");
    let items = parse_xml(&sitemap);
    let locs: Vec<&str> = items
        .iter()
        .filter(|(n, _)| n == "loc")
        .map(|(_, t)| t.as_str())
        .collect();
    let html_pages = site
        .tree()
        .keys()
        .filter(|p| p.ends_with(".html") && *p != "404.html")
        .count();
    assert_eq!(locs.len(), html_pages, "{locs:?}");
    assert!(
        locs.iter()
            .all(|l| l.starts_with("https://uji.example.go.id/"))
    );
    assert!(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://uji.example.go.id/en/news/pelatihan/\"/>"), "{sitemap}");
    assert!(
        sitemap.contains("<lastmod>2019-06-20</lastmod>"),
        "{sitemap}"
    );
    assert_eq!(
        site.read("robots.txt"),
        "User-agent: *\nAllow: /\n\nSitemap: https://uji.example.go.id/sitemap.xml\n"
    );
}

#[test]
fn sub_path_base_url_reaches_feeds_sitemap_and_calendars() {
    let site = site();
    site.build_ok(&["--base-url", "https://x.go.id/transparansi/"]);
    assert!(
        site.read("feed.xml")
            .contains("<link href=\"https://x.go.id/transparansi/feed.xml\" rel=\"self\"")
    );
    assert!(
        site.read("sitemap.xml")
            .contains("<loc>https://x.go.id/transparansi/berita/pelatihan/</loc>")
    );
    assert!(
        site.read("robots.txt")
            .contains("Sitemap: https://x.go.id/transparansi/sitemap.xml")
    );
    assert!(
        site.read("events.ics")
            .contains("URL:https://x.go.id/transparansi/berita/pelatihan/")
    );
    assert!(
        site.read("berita/pelatihan/index.html")
            .contains("href=\"/transparansi/topik/pendampingan/\"")
    );
}

#[test]
fn untranslated_pages_are_reported_and_strict_requires_translations() {
    let site = site();
    let run = site.check(&[]);
    run.assert_code(0)
        .assert_stderr_has("warning: content/news/2025-11-01-rapat.id.md: no `en` translation")
        .assert_stderr_has("add content/news/2025-11-01-rapat.en.md");
    site.check(&["--strict"])
        .assert_code(1)
        .assert_error("content/news/2025-11-01-rapat.id.md: no `en` translation");
}
