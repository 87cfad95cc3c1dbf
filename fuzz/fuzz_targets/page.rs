//! An article body rendered against the base site (built once per process), for the targets
//! that feed the Markdown pass one kind of input: link destinations, raw HTML.

use std::path::PathBuf;
use std::sync::OnceLock;

use terang::Site;
use terang::internals::content::front_matter::{self, PageFrontMatter};
use terang::internals::content::{DocKind, DocPath, Front, SourceDoc};
use terang::internals::i18n::locales::Locales;
use terang::internals::render::embed::DataEmbed;

use crate::common;

struct Fixture {
    site: Site,
    locales: Locales,
    strings: std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>>,
}

/// The base site with `markdown: {raw_html: true}` and a picture and an SVG beside the
/// article, so raw `<img>` tags can name files that exist.
fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let news = common::site().join("content/news");
        std::fs::write(
            news.join("ikon.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .expect("write the SVG");
        let Ok(mut built) = common::build() else {
            panic!("the base site must build")
        };
        built.site.config.raw_html = true;
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

const HEAD: &str = "---\ntitle: Uji\ndate: 2025-02-01\n---\n";

/// Render `body` as the article `news/2025-02-01-uji.id.md` in both languages; panics on
/// a script element in the HTML or a problem without a line.
pub fn render(body: &str) {
    let fixture = fixture();
    let text = format!("{HEAD}{body}");
    let split = front_matter::split(&text).expect("HEAD closes the front matter");
    let origin = terang::internals::yaml::Origin {
        file: std::path::Path::new("content/news/2025-02-01-uji.id.md"),
        file_text: &text,
        line_offset: 1,
    };
    let front: PageFrontMatter =
        terang::internals::yaml::parse(split.yaml, origin).expect("HEAD parses");
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
        front: Front::Page(Box::new(front)),
        body_start: split.body_byte_offset,
        controls: None,
        text: text.clone(),
    };
    let embed = DataEmbed {
        site: &fixture.site,
        locales: &fixture.locales,
        strings: &fixture.strings,
    };
    for lang in ["id", "en"] {
        let (rendered, problems) =
            terang::internals::markdown::render(&fixture.site, &doc, lang, &embed);
        let lower = rendered.html.to_ascii_lowercase();
        assert!(
            !lower.contains("<script"),
            "a script element: {}",
            rendered.html
        );
        // As a scheme only: `javascript:` inside a path or in text is harmless.
        assert!(
            !has_javascript_address(&lower),
            "a javascript: address: {}",
            rendered.html
        );
        for p in &problems {
            assert!(p.line >= 1, "a body problem without a line: {p:?}");
        }
        // An image from another host never passes without an error.
        if problems.is_empty() {
            for (at, _) in lower.match_indices("<img") {
                let tag = &lower[at..lower[at..].find('>').map_or(lower.len(), |e| at + e)];
                assert!(
                    !tag.contains("src=\"http") && !tag.contains("src=\"//"),
                    "an image from another host passed: {tag}"
                );
            }
        }
        // The finished page's id check reads the body too: it must not panic.
        let _ = terang::internals::markdown::repeated_ids(&rendered.html, &rendered.raw_ids);
    }
}

/// An `href`/`src` attribute whose value starts with `javascript:`, read as the serializer
/// writes tags (every value double-quoted, `<` in text escaped): the same words in text, which
/// keeps `"` as it is, are harmless and not reported.
fn has_javascript_address(html: &str) -> bool {
    let bytes = html.as_bytes();
    let (mut in_tag, mut in_value) = (false, false);
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' if in_tag => in_value = !in_value,
            b'<' if !in_tag => in_tag = true,
            b'>' if in_tag && !in_value => in_tag = false,
            _ if in_tag && !in_value => {
                let rest = &bytes[i..];
                let attribute_start = i == 0 || bytes[i - 1].is_ascii_whitespace();
                if attribute_start
                    && (rest.starts_with(b"href=\"javascript:")
                        || rest.starts_with(b"src=\"javascript:"))
                {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}
