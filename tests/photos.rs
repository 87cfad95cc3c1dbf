//! Photos (issue 13, SPEC §3): published beside the article's page in every language, as
//! resized WebP copies with `srcset`, without any metadata, upright, and processed once.

mod common;

use common::pictures::{jpeg, metadata, phone_photo, png, size};
use common::{SiteTest, attribute_values};

const ARTICLE_ID: &str = "---
title: Pelatihan Pendamping
date: 2025-03-01T09:00:00+07:00
summary: Pelatihan pendamping bansos di Palembang.
image: {src: foto.jpg, alt: Peserta pelatihan di Palembang, caption: Pembukaan}
---
Pelatihan berlangsung dua hari.

![Peserta mengikuti sesi kelas](foto.jpg)

[Unduh foto](foto.jpg) · ![Tangkapan layar dasbor](layar.png)
";

const ARTICLE_EN: &str = "---
title: Companion Training
date: 2025-03-01T09:00:00+07:00
image: {src: foto.jpg, alt: Training participants in Palembang}
---
The training took two days.

![Participants in class](foto.jpg)
";

/// A bilingual bundle with a 4000 × 3000 phone photo (GPS position in its EXIF) and a PNG
/// screenshot.
fn site_with_photos() -> SiteTest {
    SiteTest::small()
        .file("content/news/2025-03-01-pelatihan/index.id.md", ARTICLE_ID)
        .file("content/news/2025-03-01-pelatihan/index.en.md", ARTICLE_EN)
        .file(
            "content/news/2025-03-01-pelatihan/foto.jpg",
            phone_photo(4000, 3000, 1),
        )
        .file("content/news/2025-03-01-pelatihan/layar.png", png(900, 500))
}

/// The `<img ...>` tag holding `needle` (its alt text).
fn img<'a>(html: &'a str, needle: &str) -> &'a str {
    let at = html
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` not in:\n{html}"));
    let start = html[..at]
        .rfind("<img")
        .expect("an <img> before the alt text");
    let end = at + html[at..].find('>').expect("the end of the tag");
    &html[start..=end]
}

fn is_image(path: &str) -> bool {
    [".jpg", ".jpeg", ".png", ".webp"]
        .iter()
        .any(|e| path.ends_with(e))
}

#[test]
fn a_phone_photo_is_published_beside_its_pages_light_and_without_metadata() {
    let site = site_with_photos();
    let original = std::fs::read(
        site.root()
            .join("content/news/2025-03-01-pelatihan/foto.jpg"),
    )
    .expect("the test photo");
    let found = metadata(&original);
    assert!(
        found.iter().any(|m| m.contains("GPSLatitude")) && found.contains(&"XMP".to_string()),
        "the test photo carries a GPS position and XMP: {found:?}"
    );

    let run = site.build(&[]);
    run.assert_ok();
    run.assert_stderr_has("images: 2 processed, 0 from the cache");
    let tree = site.tree();

    // Beside the page in both languages, never under the source folder's path.
    for dir in ["berita/pelatihan/", "en/news/pelatihan/"] {
        for name in [
            "foto.jpg",
            "foto-480w.webp",
            "foto-800w.webp",
            "foto-1200w.webp",
            "foto-1600w.webp",
            "foto-1200w.jpg",
            "layar.png",
            "layar-480w.webp",
            "layar-800w.webp",
            "layar-900w.webp",
        ] {
            assert!(
                tree.contains_key(&format!("{dir}{name}")),
                "{dir}{name} missing"
            );
        }
    }
    assert!(
        !tree
            .keys()
            .any(|p| p.starts_with("news/2025-03-01-pelatihan/")),
        "bundle files under the source path"
    );

    // No metadata in any published image, originals included.
    let images: Vec<_> = tree.iter().filter(|(p, _)| is_image(p)).collect();
    assert!(images.len() >= 20, "{} images", images.len());
    for (path, bytes) in images {
        assert_eq!(
            metadata(bytes),
            Vec::<String>::new(),
            "{path} keeps metadata"
        );
    }

    // Sizes: the width a 360 px phone asks for (2x: 720 → 800w) stays within budget.
    let phone = &tree["berita/pelatihan/foto-800w.webp"];
    assert!(
        phone.len() <= 150 * 1024,
        "800w copy is {} bytes",
        phone.len()
    );
    assert_eq!(size(phone), (800, 600));
    assert_eq!(size(&tree["berita/pelatihan/foto.jpg"]), (4000, 3000));
    assert_eq!(size(&tree["berita/pelatihan/foto-1200w.jpg"]), (1200, 900));
    // The screenshot's copies are lossless WebP, so its text stays sharp.
    let shot = &tree["berita/pelatihan/layar-480w.webp"];
    assert!(
        shot.windows(4).any(|w| w == b"VP8L"),
        "lossy screenshot copy"
    );
}

#[test]
fn pages_show_photos_with_srcset_and_size_and_load_lower_ones_lazily() {
    let site = site_with_photos();
    site.build(&[]).assert_ok();
    let html = site.read("berita/pelatihan/index.html");
    let lead = img(&html, "alt=\"Peserta pelatihan di Palembang\"");
    assert!(
        lead.contains(r#"src="/berita/pelatihan/foto-1200w.jpg""#),
        "{lead}"
    );
    assert!(lead.contains(r#"width="4000" height="3000""#), "{lead}");
    assert!(
        lead.contains("/berita/pelatihan/foto-480w.webp 480w")
            && lead.contains("/berita/pelatihan/foto-1600w.webp 1600w")
            && lead.contains("sizes="),
        "{lead}"
    );
    assert!(
        !lead.contains("loading="),
        "the lead image loads at once: {lead}"
    );
    let body = img(&html, "Peserta mengikuti sesi kelas");
    assert!(body.contains(r#"loading="lazy""#), "{body}");
    assert!(body.contains(r#"width="4000" height="3000""#), "{body}");
    // A link to the photo is a link to the published (clean) file beside the page.
    assert!(attribute_values(&html, "href").contains(&"/berita/pelatihan/foto.jpg"));
    let en = site.read("en/news/pelatihan/index.html");
    assert!(
        en.contains("/en/news/pelatihan/foto-800w.webp 800w"),
        "the English page uses its own copies"
    );
}

#[test]
fn a_second_build_takes_photos_from_the_cache() {
    let site = site_with_photos();
    site.build(&[]).assert_ok();
    let first = site.tree();
    assert!(site.root().join(".terang-cache/images").is_dir());
    let run = site.build(&[]);
    run.assert_ok();
    run.assert_stderr_has("images: 0 processed, 2 from the cache");
    assert_eq!(first, site.tree(), "the same output from the cache");
    // A changed photo is processed again.
    site.write(
        "content/news/2025-03-01-pelatihan/foto.jpg",
        phone_photo(1000, 750, 1),
    );
    site.build(&[])
        .assert_stderr_has("images: 1 processed, 1 from the cache");
    assert_eq!(size(&site.tree()["berita/pelatihan/foto.jpg"]), (1000, 750));
}

#[test]
fn a_photo_taken_sideways_is_published_upright() {
    // Orientation 6: the camera stored it rotated; viewers turn it 90° clockwise.
    let site = SiteTest::small()
        .file(
            "content/news/2025-03-01-tegak/index.id.md",
            "---\ntitle: Tegak\ndate: 2025-03-01\n---\n![Foto tegak](foto.jpg)\n",
        )
        .file(
            "content/news/2025-03-01-tegak/foto.jpg",
            phone_photo(600, 400, 6),
        );
    site.build(&[]).assert_ok();
    let tree = site.tree();
    assert_eq!(size(&tree["berita/tegak/foto.jpg"]), (400, 600));
    assert_eq!(
        metadata(&tree["berita/tegak/foto.jpg"]),
        Vec::<String>::new()
    );
    let html = site.read("berita/tegak/index.html");
    let img = img(&html, "Foto tegak");
    assert!(img.contains(r#"width="400" height="600""#), "{img}");
    // The first picture of a page without a lead image is on the first screen: not lazy.
    assert!(!img.contains("loading="), "{img}");
}

#[test]
fn a_very_large_original_is_a_warning() {
    let site = SiteTest::small()
        .file(
            "content/news/2025-03-01-lebar/index.id.md",
            "---\ntitle: Lebar\ndate: 2025-03-01\n---\n![Panorama](panorama.jpg)\n",
        )
        .file("content/news/2025-03-01-lebar/panorama.jpg", jpeg(8100, 40));
    let run = site.build(&[]);
    run.assert_ok();
    run.assert_stderr_has(
        "warning: content/news/2025-03-01-lebar/panorama.jpg: the original is very large",
    );
    run.assert_stderr_has("8100 × 40 px");
}

/// The JSON-LD of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD script");
    let rest = &html[start..];
    let body = &rest[rest.find('>').expect("tag end") + 1..rest.find("</script>").expect("end")];
    serde_json::from_str(body).expect("JSON-LD parses")
}

fn meta<'a>(html: &'a str, property: &str) -> &'a str {
    let marker = format!("property=\"{property}\" content=\"");
    let marker = if html.contains(&marker) {
        marker
    } else {
        format!("name=\"{property}\" content=\"")
    };
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no {property} in the page"))
        + marker.len();
    &html[at..at + html[at..].find('"').expect("end of value")]
}

#[test]
fn a_shared_link_shows_the_lead_picture() {
    let site = site_with_photos();
    site.build(&[]).assert_ok();
    let tree = site.tree();
    for (page, dir) in [
        ("berita/pelatihan/index.html", "berita/pelatihan/"),
        ("en/news/pelatihan/index.html", "en/news/pelatihan/"),
    ] {
        let html = site.read(page);
        let url = meta(&html, "og:image");
        let file = url
            .strip_prefix("https://uji.example.go.id/")
            .unwrap_or_else(|| panic!("{page}: og:image `{url}` is not absolute"));
        assert_eq!(file, format!("{dir}foto-1200w.jpg"));
        assert_eq!(size(&tree[file]), (1200, 900), "{page}: the file exists");
        assert_eq!(meta(&html, "og:image:width"), "1200");
        assert_eq!(meta(&html, "og:image:height"), "900");
        assert!(!meta(&html, "og:image:alt").is_empty());
        assert_eq!(meta(&html, "twitter:card"), "summary_large_image");
    }
    // A page without a picture makes a plain card.
    let plain = site.read("berita/awal/index.html");
    assert!(!plain.contains("og:image"));
    assert_eq!(meta(&plain, "twitter:card"), "summary");
}

#[test]
fn article_lists_show_the_lead_picture() {
    let site = site_with_photos();
    site.build(&[]).assert_ok();
    for list in ["berita/index.html", "index.html", "en/news/index.html"] {
        let html = site.read(list);
        let thumb = img(&html, "class=\"item-image\"");
        assert!(thumb.contains("foto-480w.webp 480w"), "{list}: {thumb}");
        assert!(thumb.contains(r#"loading="lazy""#), "{list}: {thumb}");
    }
}

#[test]
fn articles_carry_news_article_json_ld() {
    let site = site_with_photos().file(
        "content/news/2025-03-05-rapat/index.id.md",
        "---\ntitle: Rapat\ndate: 2025-03-05\nauthor: Humas\nevent:\n  start: 2025-03-20T09:00:00+07:00\n  location: {name: Aula, city: Palembang}\n---\nIsi.\n",
    );
    site.build(&[]).assert_ok();
    let ld = json_ld(&site.read("en/news/pelatihan/index.html"));
    assert_eq!(ld["@context"], "https://schema.org");
    assert_eq!(ld["@type"], "NewsArticle");
    assert_eq!(ld["headline"], "Companion Training");
    assert_eq!(ld["inLanguage"], "en");
    assert_eq!(ld["datePublished"], "2025-03-01T09:00:00+07:00");
    assert_eq!(ld["dateModified"], "2025-03-01T09:00:00+07:00");
    assert_eq!(ld["publisher"]["@type"], "Organization");
    assert_eq!(
        ld["author"]["@type"], "Organization",
        "no author: the publisher"
    );
    assert_eq!(
        ld["image"]["url"],
        "https://uji.example.go.id/en/news/pelatihan/foto-1200w.jpg"
    );
    assert_eq!(ld["url"], "https://uji.example.go.id/en/news/pelatihan/");
    // An event report: the article and its event.
    let both = json_ld(&site.read("berita/rapat/index.html"));
    let types: Vec<_> = both
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v["@type"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(types, ["NewsArticle", "Event"]);
    assert_eq!(both[0]["author"]["name"], "Humas");
}
