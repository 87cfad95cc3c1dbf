//! Embargo (issue 15 item 2): rows, a whole dataset and an article held until their time.
//! One minute before the embargo lifts, no file of the output — page, download, feed, search
//! index, sitemap, catalogue — holds what is held; one minute after, they all do. The
//! embargo lifts at 2025-11-24T23:00:00+07:00, which is `common::SOURCE_DATE_EPOCH`.

mod common;

use std::io::Read;
use std::process::Command;

use common::{SiteTest, Tree};

const LIFT: &str = "2025-11-24T23:00:00+07:00";
const MINUTE_BEFORE: &str = "1763999940";
const MINUTE_AFTER: &str = "1764000060";

fn site() -> SiteTest {
    SiteTest::small()
        .file(
            "content/data/kemiskinan.yaml",
            format!(
                "title: {{id: Persentase Penduduk Miskin, en: Poverty Rate}}\n\
                 source: {{name: Sumber Uji, published: 2025-11-24}}\n\
                 programs: [pkh]\n\
                 columns:\n  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}\n  \
                 - {{key: persen, type: number, unit: percent, decimals: 2, label: {{id: Persentase, en: Percentage}}}}\n\
                 rows:\n  - {{periode: 2018-03, persen: 9.82}}\n  - {{periode: 2018-09, persen: 9.66}}\n  \
                 - {{periode: 2019-03, persen: 9.47}}\n\
                 chart: {{type: line, x: periode, y: [persen]}}\n\
                 embargo_until: {LIFT}\n\
                 embargo_rows: [\"2019-03\"]\n\
                 corrections:\n  - date: 2025-11-24\n    kind: revision\n    \
                 reason: {{id: Angka Maret 2018 direvisi., en: March 2018 figure revised.}}\n    \
                 cells: [{{row: \"2018-03\", col: persen, previous: 9.81}}]\n"
            ),
        )
        .file(
            "content/data/ketimpangan-baru.yaml",
            format!(
                "title: {{id: Rasio Gini Baru, en: New Gini Ratio}}\n\
                 source: {{name: Sumber Uji}}\n\
                 programs: [pkh]\n\
                 columns:\n  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}\n  \
                 - {{key: rasio, type: number, unit: ratio, decimals: 4, label: {{id: Rasio, en: Ratio}}}}\n\
                 rows:\n  - {{periode: 2019-03, rasio: 0.3777}}\n\
                 embargo_until: {LIFT}\n"
            ),
        )
        .file(
            "content/news/2025-11-24-rilis.id.md",
            format!(
                "---\ntitle: Rilis Kemiskinan Terbaru\ndate: 2025-11-24\nembargo_until: {LIFT}\n---\n\
                 Angka Maret 2019: {{{{ stat(data=\"kemiskinan\", row=\"2019-03\", col=\"persen\") }}}}.\n"
            ),
        )
        .file(
            "content/news/2025-11-24-rilis.en.md",
            format!(
                "---\ntitle: Latest Poverty Release\ndate: 2025-11-24\nembargo_until: {LIFT}\n---\n\
                 March 2019: {{{{ stat(data=\"kemiskinan\", row=\"2019-03\", col=\"persen\") }}}}.\n"
            ),
        )
}

/// `terang build` at `epoch`.
fn build_at(site: &SiteTest, epoch: &str) -> common::Run {
    let out = Command::new(env!("CARGO_BIN_EXE_terang"))
        .args(["build", "--site", site.root().to_str().expect("UTF-8 path")])
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", epoch)
        .env("NO_COLOR", "1")
        .output()
        .expect("run terang");
    common::Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every output file as text; gzip files (the search index's) unpacked first.
fn texts(tree: &Tree) -> Vec<(String, String)> {
    tree.iter()
        .map(|(path, bytes)| {
            let mut text = String::from_utf8_lossy(bytes).into_owned();
            if bytes.starts_with(&[0x1f, 0x8b]) {
                let mut unpacked = Vec::new();
                if flate2::read::GzDecoder::new(&bytes[..])
                    .read_to_end(&mut unpacked)
                    .is_ok()
                {
                    text = String::from_utf8_lossy(&unpacked).into_owned();
                }
            }
            (path.clone(), text)
        })
        .collect()
}

/// The files holding any of `needles`.
fn holding(tree: &Tree, needles: &[&str]) -> Vec<String> {
    texts(tree)
        .into_iter()
        .filter(|(_, text)| needles.iter().any(|n| text.contains(n)))
        .map(|(path, _)| path)
        .collect()
}

/// What is held: the row's figure in both languages' forms and as written, the revised
/// figure of the release (9.82, which was 9.81) and the version the release makes (v2), the
/// whole dataset's id, title and figure, the article's titles.
const HELD: [&str; 15] = [
    "9.47",
    "9,47",
    "9.82",
    "9,82",
    "kemiskinan/v2",
    "versi 2",
    "ketimpangan-baru",
    "Rasio Gini Baru",
    "New Gini Ratio",
    "0.3777",
    "0,3777",
    "Rilis Kemiskinan Terbaru",
    "Latest Poverty Release",
    "berita/rilis/",
    "news/rilis/",
];

#[test]
fn one_minute_before_the_embargo_lifts_nothing_in_the_output_holds_what_is_held() {
    let site = site();
    build_at(&site, MINUTE_BEFORE).assert_ok();
    let tree = site.tree();
    assert!(
        tree.keys().any(|p| p.starts_with("pagefind/")),
        "the search index was built"
    );
    let leaks: Vec<(String, &str)> = texts(&tree)
        .into_iter()
        .flat_map(|(path, text)| {
            HELD.iter()
                .filter(move |n| text.contains(*n))
                .map(move |n| (path.clone(), *n))
        })
        .collect();
    assert!(leaks.is_empty(), "held figures or names in: {leaks:?}");
    // The chart kit's files are among those searched (the PNG, compressed, is compared byte
    // for byte with a build without the held rows below, and with its SVG in chart_kit.rs).
    for kit in ["chart.csv", "chart.svg", "chart.png"] {
        assert!(
            tree.contains_key(&format!("data/kemiskinan/{kit}")),
            "{kit}"
        );
    }
    // The rows that are not held are published; the catalogue does not date the release.
    assert!(site.read("data/kemiskinan.csv").contains("2018-09,9.66"));
    // The version published so far is there, with the figures the public has seen; its
    // citation names it.
    assert_eq!(
        site.read("data/kemiskinan/v1.csv"),
        site.read("data/kemiskinan.csv")
    );
    assert!(site.read("data/kemiskinan.csv").contains("2018-03,9.81"));
    assert!(
        site.read("en/data/kemiskinan/index.html")
            .contains("Poverty Rate (version 1) [dataset]")
    );
    let catalog: serde_json::Value =
        serde_json::from_str(&site.read("data/catalog.json")).expect("JSON");
    let modified: Vec<&str> = catalog["dataset"]
        .as_array()
        .expect("datasets")
        .iter()
        .filter_map(|d| d["modified"].as_str())
        .collect();
    assert!(!modified.contains(&"2025-11-24"), "{modified:?}");
}

#[test]
fn one_minute_after_the_embargo_lifts_every_output_holds_it() {
    let site = site();
    build_at(&site, MINUTE_AFTER).assert_ok();
    let tree = site.tree();
    let files_with = |needle: &str| holding(&tree, &[needle]);
    for (needle, files) in [
        ("9.47", vec!["data/kemiskinan.csv", "data/kemiskinan.json"]),
        (
            "9,47 persen",
            vec!["berita/rilis/index.html", "data/kemiskinan/index.html"],
        ),
        (
            "9.47 percent",
            vec!["en/news/rilis/index.html", "en/data/kemiskinan/index.html"],
        ),
        (
            "Rilis Kemiskinan Terbaru",
            vec!["feed.xml", "berita/index.html", "index.html"],
        ),
        (
            "/data/ketimpangan-baru/",
            vec!["sitemap.xml", "data/catalog.json", "data/index.html"],
        ),
        ("0,3777", vec!["data/ketimpangan-baru/index.html"]),
        (
            "2018-03,9.82",
            vec!["data/kemiskinan.csv", "data/kemiskinan/v2.csv"],
        ),
        ("2018-03,9.81", vec!["data/kemiskinan/v1.csv"]),
        (
            "(versi 2, 24 November 2025)",
            vec!["data/kemiskinan/index.html"],
        ),
    ] {
        let found = files_with(needle);
        for file in files {
            assert!(
                found.iter().any(|f| f == file),
                "`{needle}` not in {file}; in {found:?}"
            );
        }
        if needle.starts_with("Rilis") {
            assert!(
                found.iter().any(|f| f.starts_with("pagefind/")),
                "the search index has the article: {found:?}"
            );
        }
    }
    assert!(
        site.read("data/catalog.json")
            .contains("\"modified\": \"2025-11-24\"")
    );
}

#[test]
fn an_article_quoting_an_embargoed_figure_before_it_lifts_is_an_error_naming_both() {
    let site = site().file(
        "content/news/2025-11-20-bocor.id.md",
        "---\ntitle: Bocor\ndate: 2025-11-20\n---\nAngka: {{ stat(data=\"kemiskinan\", row=\"2019-03\", col=\"persen\") }}.\n",
    );
    let run = build_at(&site, MINUTE_BEFORE);
    run.assert_code(1).assert_error(
        "content/news/2025-11-20-bocor.id.md:5:8: dataset `kemiskinan`, row `2019-03` is under embargo until 2025-11-24 23:00 +07:00",
    );
    // The whole embargoed dataset too.
    let site = site.file(
        "content/news/2025-11-20-bocor.id.md",
        "---\ntitle: Bocor\ndate: 2025-11-20\n---\n{{ table(data=\"ketimpangan-baru\") }}\n",
    );
    build_at(&site, MINUTE_BEFORE)
        .assert_code(1)
        .assert_stderr_has(
            "dataset `ketimpangan-baru` is under embargo until 2025-11-24 23:00 +07:00",
        );
    // Once it lifted, the same article is fine.
    build_at(&site, MINUTE_AFTER).assert_ok();
}

#[test]
fn an_embargo_in_the_past_is_a_warning_that_it_does_nothing() {
    let site = site();
    let run = build_at(&site, "1800000000");
    run.assert_ok().assert_stderr_has(
        "warning: content/data/kemiskinan.yaml:12:16: `embargo_until` 2025-11-24 23:00 +07:00 has passed: the embargo does nothing",
    );
}

#[test]
fn a_link_to_an_embargoed_article_is_an_error() {
    let site = site().file(
        "content/news/2025-11-20-tautan.id.md",
        "---\ntitle: Tautan\ndate: 2025-11-20\n---\nLihat [rilis](2025-11-24-rilis.id.md).\n",
    );
    build_at(&site, MINUTE_BEFORE)
        .assert_code(1)
        .assert_stderr_has("that page is under embargo");
}

/// The site as its writers would have it with nothing held: the held rows, what dates them
/// (`source.published` on the embargo's day), the held revision (so 2018-03 keeps its previous
/// 9.81), the held dataset and article left out.
fn site_without_what_is_held() -> SiteTest {
    SiteTest::small().file(
        "content/data/kemiskinan.yaml",
        "title: {id: Persentase Penduduk Miskin, en: Poverty Rate}\n\
         source: {name: Sumber Uji}\n\
         programs: [pkh]\n\
         columns:\n  - {key: periode, type: period, label: {id: Periode, en: Period}}\n  \
         - {key: persen, type: number, unit: percent, decimals: 2, label: {id: Persentase, en: Percentage}}\n\
         rows:\n  - {periode: 2018-03, persen: 9.81}\n  - {periode: 2018-09, persen: 9.66}\n\
         chart: {type: line, x: periode, y: [persen]}\n",
    )
}

/// The rule behind `modified` and every other date: one minute before the embargo lifts,
/// the output is byte for byte what a build without the held rows gives, so nothing in it
/// (a date falling back to the build's day included) tells the release apart.
#[test]
fn one_minute_before_the_embargo_lifts_the_output_is_a_build_without_what_is_held() {
    let held = site();
    build_at(&held, MINUTE_BEFORE).assert_ok();
    let absent = site_without_what_is_held();
    build_at(&absent, MINUTE_BEFORE).assert_ok();
    common::assert_same_tree(&absent.tree(), &held.tree());
}

/// The site with its dataset held whole announcing its release for `release_at`.
fn site_announcing_the_held_dataset_at(release_at: &str) -> SiteTest {
    site().file(
        "content/data/ketimpangan-baru.yaml",
        format!(
            "title: {{id: Rasio Gini Baru, en: New Gini Ratio}}\n\
             source: {{name: Sumber Uji}}\n\
             programs: [pkh]\n\
             columns:\n  - {{key: periode, type: period, label: {{id: Periode, en: Period}}}}\n  \
             - {{key: rasio, type: number, unit: ratio, decimals: 4, label: {{id: Rasio, en: Ratio}}}}\n\
             rows:\n  - {{periode: 2019-03, rasio: 0.3777}}\n\
             next_release: {{at: {release_at}, announced: 2025-10-01}}\n\
             embargo_until: {LIFT}\n"
        ),
    )
}

/// A dataset held whole that announces its release at the moment the embargo lifts.
fn site_announcing_the_held_dataset() -> SiteTest {
    site_announcing_the_held_dataset_at(LIFT)
}

/// Statistics offices pre-announce a release: its title and time are public before its data.
/// A dataset held whole that writes `next_release` is on the release calendar (page, `.ics`,
/// Atom) with its title and time, and without a link, a page or a figure; once the embargo
/// lifts, the calendar links to its page.
#[test]
fn a_dataset_held_whole_that_announces_its_release_is_on_the_calendar_without_its_figures() {
    let site = site_announcing_the_held_dataset();
    build_at(&site, MINUTE_BEFORE).assert_ok();
    let tree = site.tree();
    let figures = holding(&tree, &["0.3777", "0,3777", "/data/ketimpangan-baru"]);
    assert!(
        figures.is_empty(),
        "held figure or page named in {figures:?}"
    );
    assert!(!tree.keys().any(|p| p.contains("ketimpangan-baru/")));
    for (page, title, time) in [
        ("jadwal-rilis/index.html", "Rasio Gini Baru", "23.00 WIB"),
        ("en/releases/index.html", "New Gini Ratio", "23:00 WIB"),
    ] {
        let html = site.read(page);
        let upcoming = &html[..html.find("id=\"past-title\"").expect("past releases")];
        let item = &upcoming[upcoming.find(title).expect("announced title") - 200..];
        assert!(item.contains("id=\"release-ketimpangan-baru\""), "{item}");
        assert!(item.contains(time), "{page}: {item}");
        let heading = &item[item.find("<h3").expect("heading")..];
        let heading = &heading[..heading.find("</h3>").expect("heading end")];
        assert!(
            !heading.contains("<a "),
            "no page to link to yet: {heading}"
        );
    }
    let ics = site.read("releases.ics");
    assert!(ics.contains("SUMMARY;LANGUAGE=id:Rasio Gini Baru"), "{ics}");
    assert!(ics.contains("UID:release.ketimpangan-baru@"), "{ics}");
    assert!(ics.contains("#release-ketimpangan-baru"), "{ics}");
    let feed = site.read("en/releases.xml");
    assert!(feed.contains("<title>New Gini Ratio: "), "{feed}");
    assert!(
        feed.contains("/en/releases/#release-ketimpangan-baru</id>"),
        "{feed}"
    );

    build_at(&site, MINUTE_AFTER).assert_ok();
    let html = site.read("en/releases/index.html");
    assert!(
        html.contains("/en/data/ketimpangan-baru/\">New Gini Ratio</a>"),
        "{html}"
    );
    assert!(!html.contains("id=\"release-ketimpangan-baru\""));
    assert!(
        site.read("data/ketimpangan-baru/index.html")
            .contains("0,3777")
    );
}

/// A release announced before the embargo on its data lifts would be a release with nothing
/// in it: `check` warns at `next_release`, naming both times.
#[test]
fn a_release_announced_before_its_embargo_lifts_is_a_warning() {
    let site = site_announcing_the_held_dataset_at("2025-11-24T22:00:00+07:00");
    build_at(&site, MINUTE_BEFORE).assert_ok().assert_stderr_has(
        "content/data/ketimpangan-baru.yaml:9:15:",
    ).assert_stderr_has(
        "the release announced for 2025-11-24 22:00 +07:00 comes before `embargo_until` 2025-11-24 23:00 +07:00",
    );
}
