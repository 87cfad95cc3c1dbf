//! A rebuild that reuses the previous build (`serve`, `watch`) gives exactly what a clean
//! build gives (but the search index, made in the background), after each of a series of edits to the example site: bodies, front matter,
//! new, renamed and deleted files, a broken file and its fix, a dataset, site.yaml, a site
//! theme and its templates, a copied file.

mod common;

use common::rebuild::{Example, bytes_of, rebuild_matches_clean};
use std::fs;
use terang::pipeline::{self, Failure};
use terang::rebuild::{Outcome, Session};

const ARTICLE: &str = "content/news/2019-06-20-pendamping-bansos/index.id.md";

#[test]
fn rebuilds_after_a_series_of_edits_equal_clean_builds() {
    let site = Example::new();
    let mut session = Session::new(site.options());
    let (all, _) = rebuild_matches_clean(&site, &mut session, &[]);
    assert!(all > 10);

    // A body edit re-renders that page only.
    let p = site.edit(ARTICLE, "Jakarta: Angka", "Jakarta: Kota Angka");
    assert_eq!(rebuild_matches_clean(&site, &mut session, &[p]).0, 1);

    // Two saves of the same size within one file-system tick look unchanged by time
    // stamp and size: the watcher's report is what counts.
    let p = site.edit(ARTICLE, "Kota Angka", "Kota Angka!");
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&p));
    let stamp = fs::metadata(&p).and_then(|m| m.modified()).expect("mtime");
    let p = site.edit(ARTICLE, "Kota Angka!", "Kota Angka?");
    fs::File::options()
        .write(true)
        .open(&p)
        .and_then(|f| f.set_modified(stamp))
        .expect("set mtime");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // A hand-typed figure equal to a dataset value: a figure-lint warning, kept when the
    // page is reused and gone when the figure is.
    let (_, before) = rebuild_matches_clean(&site, &mut session, &[]);
    let p = site.edit(ARTICLE, "Jakarta: Kota", "Jakarta (9,66 persen): Kota");
    let (_, with_figure) = rebuild_matches_clean(&site, &mut session, &[p]);
    assert!(with_figure > before, "the hand-typed figure is linted");
    let other = site.edit(
        "content/news/2019-06-20-pendamping-bansos/index.en.md",
        "\n---\n",
        "\n---\nEdited. ",
    );
    let (_, kept) = rebuild_matches_clean(&site, &mut session, &[other]);
    assert_eq!(kept, with_figure, "a reused page keeps its warnings");
    let p = site.edit(ARTICLE, "Jakarta (9,66 persen): Kota", "Jakarta: Kota");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // Front matter: the title appears in lists, so they are rendered again with the page,
    // but not the pages that do not show it (other articles, datasets). On this small site
    // that is still most pages: programs, indexes, events, home in two languages.
    // (A title with ": " in it would be a YAML error, not a front-matter change.)
    let p = site.edit(ARTICLE, "title: ", "title: Baru, ");
    let (rendered, _) = rebuild_matches_clean(&site, &mut session, &[p]);
    assert!(
        rendered > 1 && rendered < all,
        "the page and the lists showing it are rendered again, of {all}: {rendered}"
    );

    // The home page's introduction.
    let p = site.edit("content/_index.id.md", "\n---\n", "\n---\nSelamat datang. ");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // A new article, renamed, then deleted.
    let new = site.write(
        "content/news/2019-07-01-baru.id.md",
        "---\ntitle: Artikel Baru\ndate: 2019-07-01\n---\nIsi artikel baru.\n",
    );
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&new));
    let renamed = site.path("content/news/2019-07-02-baru-lagi.id.md");
    fs::rename(&new, &renamed).expect("rename");
    rebuild_matches_clean(&site, &mut session, &[new, renamed.clone()]);
    fs::remove_file(&renamed).expect("remove");
    rebuild_matches_clean(&site, &mut session, &[renamed]);

    // A broken file fails like a clean build; the fix builds like a clean build.
    let p = site.edit(ARTICLE, "title: ", "title: [unclosed ");
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&p));
    let p = site.edit(ARTICLE, "title: [unclosed ", "title: ");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // A dataset figure.
    let p = site.edit("content/data/kemiskinan.yaml", "9.66", "9.67");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // site.yaml.
    let p = site.edit(
        "content/site.yaml",
        "Social Assistance Transparency",
        "Transparency",
    );
    rebuild_matches_clean(&site, &mut session, &[p]);

    // A template of the site's theme, then its interface strings.
    let p = site.edit(
        "themes/default/templates/article.html",
        "</article>",
        "<p>footnote</p></article>",
    );
    rebuild_matches_clean(&site, &mut session, &[p]);
    let themes = site.path("themes");
    let en = fs::read_to_string(site.path("themes/default/i18n/en.yaml")).expect("read");
    let first_value = en
        .lines()
        .find(|l| l.contains(": ") && !l.starts_with('#'))
        .expect("a string")
        .to_string();
    site.edit(
        "themes/default/i18n/en.yaml",
        &first_value,
        &format!("{first_value} (edited)"),
    );
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&themes));

    // Without a themes/ folder, the embedded default theme.
    fs::remove_dir_all(&themes).expect("remove themes");
    rebuild_matches_clean(&site, &mut session, &[themes]);

    // A copied file.
    let p = site.write("content/news/2019-06-20-pendamping-bansos/catatan.txt", "a");
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&p));
    fs::write(&p, "bb").expect("write");
    rebuild_matches_clean(&site, &mut session, &[p]);
}

#[test]
fn an_unchanged_rebuild_renders_nothing_and_rewrites_nothing() {
    let site = Example::new();
    let mut session = Session::new(site.options());
    session.rebuild(&[]);
    let report = session.rebuild(&[]);
    assert_eq!(report.stats.pages_rendered, 0);
    match report.outcome {
        Outcome::Built { changes, .. } => assert!(changes.is_empty(), "{changes:?}"),
        Outcome::Failed(_) => panic!("the example site builds"),
    }
}

#[test]
fn after_a_rescan_changes_are_found_by_time_stamp_without_a_list() {
    let site = Example::new();
    let mut session = Session::new(site.options());
    rebuild_matches_clean(&site, &mut session, &[]);
    let mut unlisted = |site: &Example| {
        session.rescan();
        rebuild_matches_clean(site, &mut session, &[])
    };
    // Sizes change with each edit, so a tick-equal time stamp cannot hide it.
    site.edit(ARTICLE, "Jakarta: Angka", "Jakarta: Sekali lagi, angka");
    assert_eq!(unlisted(&site).0, 1);
    site.write(
        "content/news/2019-07-01-baru.id.md",
        "---\ntitle: Artikel Baru\ndate: 2019-07-01\n---\nIsi.\n",
    );
    unlisted(&site);
    fs::remove_file(site.path("content/news/2019-07-01-baru.id.md")).expect("remove");
    unlisted(&site);
    site.edit("content/data/gini.yaml", "0.384", "0.3841");
    unlisted(&site);
    site.edit(
        "themes/default/templates/article.html",
        "</article>",
        "<p>catatan</p></article>",
    );
    unlisted(&site);
}

/// The quick rebuild (a body edit, front matter untouched) re-reads and re-renders only
/// what the edit touches, and hands anything it cannot do exactly to the full rebuild: a
/// body that no longer renders, a body and front matter edited together, a strict build's
/// warnings.
#[test]
fn quick_body_rebuilds_equal_clean_builds_and_know_their_limits() {
    let site = Example::new();
    let mut session = Session::new(site.options());
    rebuild_matches_clean(&site, &mut session, &[]);

    // The article is among the newest, so its feed and sitemap are made again too.
    let p = site.edit(ARTICLE, "Jakarta: Angka", "Jakarta: Sekali lagi, angka");
    let report = session.rebuild(std::slice::from_ref(&p));
    assert_eq!(report.stats.docs_read, 1, "only the edited file is read");
    assert_eq!(report.stats.pages_rendered, 1);
    match &report.outcome {
        Outcome::Built { changes, .. } => {
            assert!(changes.written.iter().any(|f| f.ends_with("index.html")));
            assert!(
                changes.written.contains(&"feed.xml".to_string()),
                "{changes:?}"
            );
        }
        Outcome::Failed(_) => panic!("the edit builds"),
    }
    rebuild_matches_clean(&site, &mut session, &[]);

    // A shortcode that names no row: the full build reports it, like a clean build.
    let p = site.edit(ARTICLE, "row=\"2018-09\"", "row=\"2031-09\"");
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&p));
    let p = site.edit(ARTICLE, "row=\"2031-09\"", "row=\"2018-09\"");
    rebuild_matches_clean(&site, &mut session, &[p]);

    // Body and title in one save: lists show the title, so the full rebuild.
    site.edit(ARTICLE, "Sekali lagi, angka", "Angka");
    let p = site.edit(ARTICLE, "title: ", "title: Sekali Lagi, ");
    let (rendered, _) = rebuild_matches_clean(&site, &mut session, &[p]);
    assert!(
        rendered > 1,
        "a title change renders the lists again: {rendered}"
    );

    // A dataset's rows: its pages, the pages that quote or summarise it, its downloads.
    let p = site.edit("content/data/kemiskinan.yaml", "9.66", "9.65");
    let report = session.rebuild(std::slice::from_ref(&p));
    assert_eq!(report.stats.docs_read, 0, "no document is read");
    let total = report.stats.pages_rendered + report.stats.pages_reused;
    assert!(
        report.stats.pages_rendered > 0 && report.stats.pages_rendered < total / 2,
        "{} of {total} rendered",
        report.stats.pages_rendered
    );
    match &report.outcome {
        Outcome::Built { changes, .. } => {
            assert!(
                changes.written.contains(&"data/kemiskinan.csv".to_string()),
                "{changes:?}"
            );
            // The chart kit's files draw the rows: made again with them.
            for kit in ["chart.csv", "chart.svg", "chart.png"] {
                for lang in ["", "en/"] {
                    let path = format!("{lang}data/kemiskinan/{kit}");
                    assert!(changes.written.contains(&path), "{path}: {changes:?}");
                }
            }
        }
        Outcome::Failed(_) => panic!("the edit builds"),
    }
    rebuild_matches_clean(&site, &mut session, &[]);
    // Its title too: every list of datasets shows it, so the full rebuild.
    let p = site.edit("content/data/kemiskinan.yaml", "9.65", "9.66");
    rebuild_matches_clean(&site, &mut session, &[p]);
    let p = site.edit(
        "content/data/kemiskinan.yaml",
        "Persentase Penduduk Miskin",
        "Persentase Penduduk Miskin Nasional",
    );
    let (rendered, _) = rebuild_matches_clean(&site, &mut session, &[p]);
    assert!(rendered > total / 2, "{rendered} of {total}");

    // Under --strict a hand-typed figure (a warning) fails the build, as a clean one does.
    let mut options = site.options();
    options.strict = true;
    let mut strict = Session::new(options.clone());
    let _ = strict.rebuild(&[]);
    let p = site.edit(ARTICLE, "Jakarta: Angka", "Jakarta (9,66 persen): Angka");
    let report = strict.rebuild(&[p]);
    assert!(
        matches!(report.outcome, Outcome::Failed(Failure::Content(_))),
        "a strict rebuild fails on the figure-lint warning"
    );
    assert!(pipeline::build(&options).is_err());
}

/// Rows kept in a spreadsheet (`rows: {file: ...}`): saving the spreadsheet alone rebuilds
/// the dataset, as saving its YAML does.
#[test]
fn an_edit_to_a_datasets_spreadsheet_rebuilds_it() {
    let site = Example::new();
    let mut session = Session::new(site.options());
    rebuild_matches_clean(&site, &mut session, &[]);
    let yaml = site.write(
        "content/data/uji.yaml",
        "title: {id: Uji, en: Test}\n\
description: {id: \"Data contoh, bukan angka resmi.\", en: \"Sample data, not official figures.\"}\n\
source: {name: {id: Data contoh, en: Sample data}}\n\
columns:\n\
  - {key: wilayah, type: string, label: {id: Wilayah, en: Region}}\n\
  - {key: jumlah, type: number, label: {id: Jumlah, en: Count}}\n\
rows: {file: uji-sumber.csv}\n",
    );
    let csv = site.write(
        "content/data/uji-sumber.csv",
        "wilayah,jumlah\nAceh,120\nBali,80\n",
    );
    rebuild_matches_clean(&site, &mut session, &[yaml, csv]);
    let csv = site.edit("content/data/uji-sumber.csv", "Bali,80", "Bali,81");
    rebuild_matches_clean(&site, &mut session, std::slice::from_ref(&csv));
    let report = session.rebuild(&[]);
    let Outcome::Built { site: built, .. } = &report.outcome else {
        panic!("the rebuild failed");
    };
    let csv_out = bytes_of(built)
        .into_iter()
        .find(|(path, _)| path == "data/uji.csv")
        .map(|(_, bytes)| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default();
    assert!(csv_out.contains("Bali,81"), "{csv_out}");
    // A broken cell in the spreadsheet fails the rebuild at its line and column.
    let csv = site.edit("content/data/uji-sumber.csv", "Bali,81", "Bali,8l");
    rebuild_matches_clean(&site, &mut session, &[csv]);
}
