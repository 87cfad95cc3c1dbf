//! Random sequences of the edits an author makes while `serve` runs, each rebuilt by one
//! `Session` and compared file by file with a clean build of the same files (issue 14,
//! goal 2): an article's body, title, summary, date, tags, programs, event, draft on and
//! off, a translation added and removed, a new, deleted and renamed article, a dataset's
//! figure and title, a template and an interface string. The example site is the base,
//! with generated articles on lists of two per page, so an edit moves articles between
//! list pages and term pages.

mod common;

use std::fs;
use std::path::PathBuf;

use common::rebuild::{Example, rebuild_matches_clean};
use proptest::prelude::*;
use terang::rebuild::Session;

/// One edit; numbers pick an article (modulo how many there are) and a variant.
#[derive(Debug, Clone)]
enum Edit {
    Body(usize, u8),
    Title(usize, u8),
    Summary(usize, u8),
    Date(usize, u8),
    Tags(usize, u8),
    Programs(usize, u8),
    Event(usize, u8),
    Draft(usize),
    Translation(usize),
    New(u8),
    Delete(usize),
    Rename(usize),
    DatasetFigure,
    DatasetTitle,
    Template,
    Strings,
}

fn edit() -> impl Strategy<Value = Edit> {
    let article = 0usize..64;
    let variant = 0u8..4;
    prop_oneof![
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Body(a, v)),
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Title(a, v)),
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Summary(a, v)),
        (article.clone(), 1u8..28).prop_map(|(a, d)| Edit::Date(a, d)),
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Tags(a, v)),
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Programs(a, v)),
        (article.clone(), variant.clone()).prop_map(|(a, v)| Edit::Event(a, v)),
        article.clone().prop_map(Edit::Draft),
        article.clone().prop_map(Edit::Translation),
        variant.prop_map(Edit::New),
        article.clone().prop_map(Edit::Delete),
        article.prop_map(Edit::Rename),
        Just(Edit::DatasetFigure),
        Just(Edit::DatasetTitle),
        Just(Edit::Template),
        Just(Edit::Strings),
    ]
}

/// A generated article: what its files say.
#[derive(Debug, Clone)]
struct Article {
    stem: String,
    title: u8,
    summary: u8,
    day: u8,
    tags: u8,
    programs: u8,
    event: u8,
    draft: bool,
    body: u8,
    english: bool,
}

impl Article {
    fn new(number: usize, variant: u8) -> Article {
        Article {
            stem: format!("acak-{number}"),
            title: variant,
            summary: variant,
            day: (number % 27 + 1) as u8,
            tags: variant,
            programs: variant % 3,
            event: variant % 3,
            draft: false,
            body: variant,
            english: variant.is_multiple_of(2),
        }
    }

    fn rel(&self, lang: &str) -> String {
        format!("content/news/{}.{lang}.md", self.stem)
    }

    fn text(&self, lang: &str) -> String {
        let tags = match self.tags {
            0 => "[]",
            1 => "[pelatihan]",
            2 => "[pelatihan, bansos]",
            _ => "[Topik Baru]",
        };
        let programs = ["[]", "[pkh]", "[pkh, bpnt]"][usize::from(self.programs % 3)];
        let event = match self.event {
            // "Now" in these builds is 24 November 2025: one upcoming, one past.
            1 => "event: {start: 2025-12-05, location: {city: Kupang}}\n",
            2 => "event: {start: 2025-10-02T09:00:00+08:00, location: {city: Makassar}}\n",
            _ => "",
        };
        let body = match self.body {
            0 => "Isi artikel.".to_string(),
            // The first generated article, in the reader's language when it has one.
            1 => "Lihat [artikel pendamping](2019-06-20-pendamping-bansos/index.id.md) dan \
                  [artikel pertama](acak-0.md)."
                .into(),
            2 => "Rasio Gini {{ stat(data=\"gini\", row=\"2018-09\", col=\"rasio\") }}.".into(),
            _ => format!("## Bagian {}\n\nTeks yang lebih panjang.", self.stem),
        };
        format!(
            "---\ntitle: Artikel {stem} {lang} versi {title}\ndate: 2025-10-{day:02}\n\
             summary: Ringkasan {summary}\ntags: {tags}\nprograms: {programs}\n{event}\
             draft: {draft}\n---\n{body}\n",
            stem = self.stem,
            title = self.title,
            day = self.day,
            summary = self.summary,
            draft = self.draft,
        )
    }

    /// Write its files; the paths written or removed.
    fn write(&self, site: &Example) -> Vec<PathBuf> {
        let mut changed = vec![site.write(&self.rel("id"), &self.text("id"))];
        let en = site.path(&self.rel("en"));
        if self.english {
            changed.push(site.write(&self.rel("en"), &self.text("en")));
        } else if en.exists() {
            fs::remove_file(&en).expect("remove the translation");
            changed.push(en);
        }
        changed
    }

    fn remove(&self, site: &Example) -> Vec<PathBuf> {
        ["id", "en"]
            .iter()
            .map(|lang| site.path(&self.rel(lang)))
            .filter(|path| path.exists())
            .inspect(|path| fs::remove_file(path).expect("remove"))
            .collect()
    }
}

/// The site as the test has made it so far.
struct Model {
    articles: Vec<Article>,
    created: usize,
    /// Whether each of the four whole-site edits is applied now.
    toggled: [bool; 4],
}

impl Model {
    /// Apply `edit`; the paths it changed (for the watcher's report).
    fn apply(&mut self, site: &Example, edit: &Edit) -> Vec<PathBuf> {
        let count = self.articles.len();
        let mut one = |index: usize, change: &dyn Fn(&mut Article)| {
            let article = &mut self.articles[index % count];
            change(article);
            article.write(site)
        };
        match *edit {
            Edit::Body(a, v) => one(a, &|x| x.body = v),
            Edit::Title(a, v) => one(a, &|x| x.title = x.title.wrapping_add(v + 1)),
            Edit::Summary(a, v) => one(a, &|x| x.summary = x.summary.wrapping_add(v + 1)),
            Edit::Date(a, d) => one(a, &|x| x.day = d),
            Edit::Tags(a, v) => one(a, &|x| x.tags = v),
            Edit::Programs(a, v) => one(a, &|x| x.programs = v),
            Edit::Event(a, v) => one(a, &|x| x.event = v % 3),
            Edit::Draft(a) => one(a, &|x| x.draft = !x.draft),
            Edit::Translation(a) => one(a, &|x| x.english = !x.english),
            Edit::New(v) => {
                self.created += 1;
                let article = Article::new(self.created, v);
                let changed = article.write(site);
                self.articles.push(article);
                changed
            }
            Edit::Delete(a) if count > 1 => self.articles.remove(a % count).remove(site),
            Edit::Delete(_) => Vec::new(),
            Edit::Rename(a) => {
                let article = &mut self.articles[a % count];
                let mut changed = article.remove(site);
                article.stem.push_str("-baru");
                changed.extend(article.write(site));
                changed
            }
            Edit::DatasetFigure => {
                self.toggle(site, 0, "content/data/kemiskinan.yaml", "9.66", "9.67")
            }
            Edit::DatasetTitle => self.toggle(
                site,
                1,
                "content/data/gini.yaml",
                "title: {id: Rasio Gini,",
                "title: {id: Rasio Gini Pengeluaran,",
            ),
            Edit::Template => self.toggle(
                site,
                2,
                "themes/default/templates/article.html",
                "</article>",
                "<p>catatan</p></article>",
            ),
            Edit::Strings => {
                let mut changed = self.toggle(
                    site,
                    3,
                    "themes/default/i18n/id.yaml",
                    "skip_to_content: Langsung ke konten",
                    "skip_to_content: Langsung ke isi halaman",
                );
                // The watcher reports the folder of the theme.
                changed.push(site.path("themes"));
                changed
            }
        }
    }

    /// Switch a whole-site edit on or off.
    fn toggle(
        &mut self,
        site: &Example,
        which: usize,
        rel: &str,
        off: &str,
        on: &str,
    ) -> Vec<PathBuf> {
        let (from, to) = if self.toggled[which] {
            (on, off)
        } else {
            (off, on)
        };
        self.toggled[which] = !self.toggled[which];
        vec![site.edit(rel, from, to)]
    }
}

/// The example site with lists of two per page and `count` generated articles.
fn start(count: usize) -> (Example, Model) {
    let site = Example::new();
    site.edit("content/site.yaml", "paginate: 20", "paginate: 2");
    let mut model = Model {
        articles: Vec::new(),
        created: 0,
        toggled: [false; 4],
    };
    for number in 0..count {
        let article = Article::new(number, (number % 4) as u8);
        article.write(&site);
        model.articles.push(article);
    }
    model.created = count;
    (site, model)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 6,
        max_shrink_iters: 24,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_edits_rebuild_as_clean_builds(edits in prop::collection::vec(edit(), 1..9)) {
        let (site, mut model) = start(6);
        let mut session = Session::new(site.options());
        rebuild_matches_clean(&site, &mut session, &[]);
        for edit in &edits {
            let changed = model.apply(&site, edit);
            rebuild_matches_clean(&site, &mut session, &changed);
        }
    }
}

/// A front-matter edit renders the page and what shows it, not the whole site; a new
/// article the lists it joins and shifts (on this small site with two articles a page,
/// most list pages; at 10,000 articles a few percent: docs/performance.md).
#[test]
fn front_matter_edits_render_only_what_shows_the_page() {
    let (site, mut model) = start(6);
    let mut session = Session::new(site.options());
    let (all, _) = rebuild_matches_clean(&site, &mut session, &[]);
    for (edit, most) in [
        (Edit::Title(2, 1), all / 2),
        (Edit::Tags(2, 3), all / 2),
        (Edit::Date(2, 3), all / 2),
        (Edit::Programs(2, 1), all / 2),
        (Edit::Summary(2, 1), all / 2),
        (Edit::New(0), all - 1),
    ] {
        let changed = model.apply(&site, &edit);
        let (rendered, _) = rebuild_matches_clean(&site, &mut session, &changed);
        assert!(
            rendered > 0 && rendered <= most,
            "{edit:?} rendered {rendered} of {all} pages"
        );
    }
}

/// A link to an article's file leads to its version in the reader's language while it has
/// one, else to the original: adding or removing a translation changes the pages that link
/// to it, though nothing they read of it is in their key.
#[test]
fn links_to_a_file_follow_its_translations() {
    let (site, mut model) = start(6);
    let mut session = Session::new(site.options());
    rebuild_matches_clean(&site, &mut session, &[]);
    // Article 1 links to article 0 (`acak-0.md`) in both languages; article 0 starts with
    // an English version.
    assert_eq!(model.articles[1].body, 1);
    assert!(model.articles[0].english && !model.articles[1].english);
    let changed = model.apply(&site, &Edit::Translation(1));
    rebuild_matches_clean(&site, &mut session, &changed);
    for _ in 0..2 {
        let changed = model.apply(&site, &Edit::Translation(0));
        rebuild_matches_clean(&site, &mut session, &changed);
    }
}
