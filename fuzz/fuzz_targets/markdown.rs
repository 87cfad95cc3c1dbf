//! Fuzz target, the fast one: the input as an article body (Markdown and shortcodes) rendered
//! in both languages against a site built once, then the figure lint; and the same bytes
//! read as front matter. Hundreds of inputs a second where `article` manages tens.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use terang::Site;
use terang::internals::content::front_matter::{self, PageFrontMatter};
use terang::internals::content::{DocKind, DocPath, Front, SourceDoc};
use terang::internals::i18n::locales::Locales;
use terang::internals::render::embed::DataEmbed;

#[path = "common.rs"]
mod common;

struct Fixture {
    site: Site,
    locales: Locales,
    strings: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let Ok(built) = common::build() else {
            panic!("the base site must build")
        };
        let theme =
            terang::internals::render::theme::load(common::site(), "default", &["id", "en"])
                .expect("the default theme");
        let locales = Locales::new(&built.site.config, &theme.strings).expect("locales");
        Fixture {
            site: built.site,
            locales,
            strings: theme.strings,
        }
    })
}

const HEAD: &str = "---\ntitle: Uji\ndate: 2025-02-01\nprograms: [pkh]\n---\n";

fn front(yaml: &str, text: &str) -> Option<PageFrontMatter> {
    let origin = terang::internals::yaml::Origin {
        file: std::path::Path::new("content/news/2025-02-01-uji.id.md"),
        file_text: text,
        line_offset: 1,
    };
    terang::internals::yaml::parse(yaml, origin).ok()
}

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    // The bytes as a whole file's front matter: split and typed parse must not panic.
    if let Ok(split) = front_matter::split(input) {
        let _ = front(split.yaml, input);
    }
    let fixture = fixture();
    let text = format!("{HEAD}{input}");
    let split = front_matter::split(&text).expect("HEAD closes the front matter");
    let doc = SourceDoc {
        doc: DocPath {
            path: fixture.site.content_dir.join("news/2025-02-01-uji.id.md"),
            rel: "news/2025-02-01-uji.id.md".into(),
            kind: DocKind::Article {
                section: "news".into(),
            },
            lang: Some("id".into()),
            key: "news/2025-02-01-uji".into(),
            stem: "2025-02-01-uji".into(),
        },
        display: PathBuf::from("content/news/2025-02-01-uji.id.md"),
        lang: "id".into(),
        front: Front::Page(Box::new(front(split.yaml, &text).expect("HEAD parses"))),
        body_start: split.body_byte_offset,
        controls: None,
        text: text.clone(),
    };
    let embed = DataEmbed {
        site: &fixture.site,
        locales: &fixture.locales,
        strings: &fixture.strings,
    };
    let datasets: Vec<_> = fixture.site.datasets.iter().collect();
    for lang in ["id", "en"] {
        let (rendered, problems) =
            terang::internals::markdown::render(&fixture.site, &doc, lang, &embed);
        assert!(
            !rendered.html.to_ascii_lowercase().contains("<script"),
            "a script element from Markdown: {}",
            rendered.html
        );
        for p in &problems {
            assert!(p.line >= 1, "a body problem without a line: {p:?}");
        }
        let _ =
            terang::internals::markdown::lint::check(&doc, lang, &rendered.prose, &datasets, true);
    }
});
