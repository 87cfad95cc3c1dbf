//! Raw HTML in Markdown when a site allows it (`markdown: {raw_html: true}`; issue 17,
//! finding 11): an `<img>` follows the rules of a Markdown image and is published like one;
//! ids may not repeat one of the page's; `class` is refused. The refusals are bad-input cases
//! (`tests/bad-inputs/finding-11-*`); this file checks what passes and how it is written.

mod common;

use common::pictures::png;
use common::{SITE_YAML, SiteTest};

fn site_with(body: &str) -> SiteTest {
    SiteTest::small()
        .file(
            "content/site.yaml",
            format!("{SITE_YAML}markdown: {{raw_html: true}}\n"),
        )
        .file(
            "content/news/2025-02-01-peta/index.id.md",
            format!("---\ntitle: Peta\ndate: 2025-02-01\n---\n{body}"),
        )
        .file("content/news/2025-02-01-peta/sebaran.png", png(900, 500))
        .file(
            "content/news/2025-02-01-peta/ikon.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\" height=\"4\"/></svg>\n",
        )
}

#[test]
fn finding_11_a_raw_img_is_published_like_a_markdown_picture() {
    let site = site_with(
        "Sebaran:\n\n<figure>\n<img src=\"sebaran.png\" alt=\"Peta sebaran penerima\">\n<figcaption>Menurut provinsi</figcaption>\n</figure>\n\nIkon: <img src=\"ikon.svg\" alt=\"\">\n",
    );
    site.build(&[]).assert_ok();
    let html = site.read("berita/peta/index.html");
    let figure = common::element_around(&html, "figure", "Menurut provinsi");
    assert!(
        figure.contains("srcset=")
            && figure.contains(".webp")
            && figure.contains("alt=\"Peta sebaran penerima\""),
        "the PNG is published in its sizes, with its alt text: {figure}"
    );
    assert!(
        !html.contains("src=\"sebaran.png\""),
        "no link to the unprocessed original: {html}"
    );
    let svg_src = common::attribute_values(&html, "src")
        .into_iter()
        .find(|s| s.ends_with("ikon.svg"))
        .unwrap_or_else(|| panic!("the SVG is linked: {html}"));
    assert!(
        svg_src.starts_with('/'),
        "the SVG's address is the published one: {svg_src}"
    );
    assert!(
        site.has(svg_src.trim_start_matches('/')),
        "{svg_src} is published"
    );
}

#[test]
fn finding_11_a_raw_id_the_page_does_not_have_passes() {
    let site = site_with("## Ringkasan\n\nTeks.\n\n<div id=\"lampiran\">Lampiran</div>\n");
    site.build(&[]).assert_ok();
    let html = site.read("berita/peta/index.html");
    assert_eq!(html.matches("id=\"lampiran\"").count(), 1, "{html}");
}

#[test]
fn finding_11_a_raw_id_equal_to_a_heading_id_is_an_error_at_its_tag() {
    let site = site_with("## Ringkasan\n\nTeks.\n\n<p id=\"ringkasan\">Ringkasan lain</p>\n");
    let run = site.build(&[]);
    run.assert_code(1);
    run.assert_error(
        "content/news/2025-02-01-peta/index.id.md:9:1: the id `ringkasan` is already used on this page",
    );
}

#[test]
fn finding_11_the_same_raw_id_twice_is_one_error_at_the_second() {
    let site = site_with("<span id=\"catatan\">a</span> dan <span id=\"catatan\">b</span>\n");
    let run = site.build(&[]);
    run.assert_code(1);
    assert_eq!(run.error_headers().len(), 1, "{}", run.stderr);
    run.assert_error("content/news/2025-02-01-peta/index.id.md:5:33: the id `catatan`");
}
