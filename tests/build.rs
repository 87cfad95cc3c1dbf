//! `terang build` on the bilingual fixture and small inline sites: URLs, languages,
//! translations, lists, copied files, links, raw HTML, headings (SPEC §1-3, §6).

mod common;

use common::{SITE_YAML, SiteTest, attribute_values, element_around};

/// The fixture, built once per test (each test has its own temp folder).
fn built() -> SiteTest {
    let site = SiteTest::bilingual();
    site.build(&[]).assert_ok();
    site
}

#[test]
fn default_language_is_served_at_the_root_and_english_under_en() {
    let site = built();
    assert!(site.has("index.html"));
    assert!(site.has("en/index.html"));
    assert!(site.has("tentang/index.html"));
    assert!(
        !site.has("id/index.html"),
        "the default language has no /id/ prefix"
    );
}

#[test]
fn section_url_words_come_from_the_index_slugs() {
    let site = built();
    assert!(site.has("berita/index.html"));
    assert!(site.has("en/news/index.html"));
    assert!(
        !site.has("news/index.html"),
        "the folder name is not used when `_index` has a slug"
    );
}

#[test]
fn section_without_an_index_file_uses_its_folder_name() {
    let site = SiteTest::small().file(
        "content/laporan/2025-02-01-tahunan.id.md",
        "---\ntitle: Tahunan\ndate: 2025-02-01\n---\nx\n",
    );
    site.build(&[]).assert_ok();
    assert!(site.has("laporan/index.html"));
    assert!(site.has("laporan/tahunan/index.html"));
    assert!(site.has("en/laporan/index.html"));
}

#[test]
fn article_slugs_come_from_the_stem_without_the_date_prefix() {
    let site = built();
    assert!(site.has("berita/rapat-koordinasi/index.html"));
    assert!(site.has("en/news/rapat-koordinasi/index.html"));
    assert!(site.has("berita/bantuan-pangan/index.html"));
    // A bundle's slug comes from its folder name.
    assert!(site.has("berita/pelatihan/index.html"));
    assert!(site.has("en/news/pelatihan/index.html"));
}

#[test]
fn front_matter_slug_wins_over_the_stem() {
    let site = built();
    assert!(site.has("en/news/food-aid-begins/index.html"));
    assert!(!site.has("en/news/bantuan-pangan/index.html"));
    assert!(site.has("en/about/index.html"));
    assert!(!site.has("en/tentang/index.html"));
}

#[test]
fn stems_are_made_url_safe() {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-Résumé Rapat Akhir.id.md",
        "---\ntitle: Résumé\ndate: 2025-02-01\n---\nx\n",
    );
    site.build(&[]).assert_ok();
    assert!(
        site.has("berita/resume-rapat-akhir/index.html"),
        "{:?}",
        site.tree().keys().collect::<Vec<_>>()
    );
}

#[test]
fn program_pages_use_the_programs_url_word_of_each_language() {
    let site = built();
    assert!(site.has("program/pkh/index.html"));
    assert!(site.has("en/programs/pkh/index.html"));
    assert!(site.has("program/index.html"));
    assert!(site.has("en/programs/index.html"));
}

#[test]
fn html_lang_is_the_page_language() {
    let site = built();
    for (file, lang) in [
        ("index.html", "id"),
        ("berita/bantuan-pangan/index.html", "id"),
        ("program/pkh/index.html", "id"),
        ("en/index.html", "en"),
        ("en/news/food-aid-begins/index.html", "en"),
        ("en/about/index.html", "en"),
    ] {
        assert!(
            site.read(file).contains(&format!("<html lang=\"{lang}\"")),
            "{file} should be lang={lang}"
        );
    }
}

#[test]
fn translations_link_each_other_with_hreflang_and_x_default() {
    let site = built();
    for file in [
        "berita/bantuan-pangan/index.html",
        "en/news/food-aid-begins/index.html",
    ] {
        let html = site.read(file);
        assert!(html.contains(r#"<link rel="alternate" hreflang="id" href="https://uji.example.go.id/berita/bantuan-pangan/">"#), "{file}");
        assert!(html.contains(r#"<link rel="alternate" hreflang="en" href="https://uji.example.go.id/en/news/food-aid-begins/">"#), "{file}");
        assert!(html.contains(r#"<link rel="alternate" hreflang="x-default" href="https://uji.example.go.id/berita/bantuan-pangan/">"#), "{file}");
    }
}

#[test]
fn untranslated_page_has_no_alternate_in_the_other_language() {
    let site = built();
    let html = site.read("berita/kabar-daerah/index.html");
    assert!(
        html.contains(r#"hreflang="id" href="https://uji.example.go.id/berita/kabar-daerah/""#)
    );
    assert!(
        !html.contains(r#"<link rel="alternate" hreflang="en""#),
        "no English version exists"
    );
    assert!(
        !site.has("en/news/kabar-daerah/index.html"),
        "an untranslated page has no URL in the other language"
    );
}

#[test]
fn language_switcher_links_the_translation() {
    let site = built();
    let id = site.read("berita/bantuan-pangan/index.html");
    let switch = element_around(&id, "nav", "lang-switch");
    assert!(
        switch.contains(r#"href="/en/news/food-aid-begins/""#),
        "{switch}"
    );
    let en = site.read("en/news/food-aid-begins/index.html");
    let switch = element_around(&en, "nav", "lang-switch");
    assert!(
        switch.contains(r#"href="/berita/bantuan-pangan/""#),
        "{switch}"
    );
}

#[test]
fn language_switcher_of_an_untranslated_page_links_the_other_home() {
    let site = built();
    let html = site.read("berita/kabar-daerah/index.html");
    let switch = element_around(&html, "nav", "lang-switch");
    assert!(switch.contains(r#"href="/en/""#), "{switch}");
}

#[test]
fn canonical_urls_are_absolute() {
    let site = built();
    for (file, url) in [
        ("index.html", "https://uji.example.go.id/"),
        ("en/index.html", "https://uji.example.go.id/en/"),
        (
            "berita/bantuan-pangan/index.html",
            "https://uji.example.go.id/berita/bantuan-pangan/",
        ),
        (
            "en/programs/pkh/index.html",
            "https://uji.example.go.id/en/programs/pkh/",
        ),
    ] {
        assert!(
            site.read(file)
                .contains(&format!(r#"<link rel="canonical" href="{url}">"#)),
            "{file}"
        );
    }
}

#[test]
fn untranslated_articles_are_listed_in_the_other_language_with_a_label() {
    let site = built();
    for file in ["en/news/index.html", "en/index.html"] {
        let html = site.read(file);
        let item = element_around(&html, "li", r#"href="/berita/kabar-daerah/""#);
        assert!(item.contains(r#"hreflang="id""#), "{file}: {item}");
        assert!(
            item.contains("Bahasa Indonesia"),
            "{file}: the item names its language: {item}"
        );
    }
}

#[test]
fn untranslated_articles_are_left_out_with_hide() {
    let site = SiteTest::bilingual();
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        yaml.replace("untranslated: show", "untranslated: hide"),
    );
    site.build(&[]).assert_ok();
    assert!(!site.read("en/news/index.html").contains("kabar-daerah"));
    assert!(!site.read("en/index.html").contains("kabar-daerah"));
    assert!(
        site.read("berita/index.html")
            .contains("/berita/kabar-daerah/")
    );
}

#[test]
fn drafts_and_future_articles_are_left_out_by_default() {
    let site = built();
    assert!(!site.has("berita/konsep-laporan/index.html"));
    assert!(!site.has("berita/rencana-tahunan/index.html"));
    let list = site.read("berita/index.html");
    assert!(
        !list.contains("konsep-laporan") && !list.contains("rencana-tahunan"),
        "{list}"
    );
}

#[test]
fn drafts_flag_includes_drafts() {
    let site = SiteTest::bilingual();
    site.build(&["--drafts"]).assert_ok();
    assert!(site.has("berita/konsep-laporan/index.html"));
    assert!(
        site.read("berita/index.html")
            .contains("/berita/konsep-laporan/")
    );
    assert!(!site.has("berita/rencana-tahunan/index.html"));
}

#[test]
fn future_flag_includes_future_articles() {
    let site = SiteTest::bilingual();
    site.build(&["--future"]).assert_ok();
    assert!(site.has("berita/rencana-tahunan/index.html"));
    assert!(
        site.read("berita/index.html")
            .contains("/berita/rencana-tahunan/")
    );
    assert!(!site.has("berita/konsep-laporan/index.html"));
}

/// A news section `berita` of `articles` articles (`artikel-N`, dated 2025-01-N, so the
/// highest number is the newest), `per_page` a list page.
fn news_site(per_page: usize, articles: usize) -> SiteTest {
    let mut site = SiteTest::empty()
        .file(
            "content/site.yaml",
            format!("{SITE_YAML}paginate: {per_page}\n"),
        )
        .file(
            "content/news/_index.id.md",
            "---\ntitle: Berita\nslug: berita\n---\n",
        );
    for n in 1..=articles {
        site = site.file(
            &format!("content/news/artikel-{n}.id.md"),
            format!("---\ntitle: Artikel {n}\ndate: 2025-01-{n:02}\n---\nIsi {n}.\n"),
        );
    }
    site
}

#[test]
fn lists_are_paginated_and_pages_link_each_other() {
    let site = news_site(2, 5);
    site.build(&[]).assert_ok();
    assert!(site.has("berita/page/2/index.html"));
    assert!(site.has("berita/page/3/index.html"));
    assert!(!site.has("berita/page/4/index.html"));

    // Newest first: 5 and 4 on page 1, 1 alone on page 3.
    let first = site.read("berita/index.html");
    assert!(first.contains("/berita/artikel-5/") && first.contains("/berita/artikel-4/"));
    assert!(!first.contains("/berita/artikel-3/"));
    assert!(
        site.read("berita/page/3/index.html")
            .contains("/berita/artikel-1/")
    );

    assert!(attribute_values(&first, "href").contains(&"/berita/page/2/"));
    let second = site.read("berita/page/2/index.html");
    let hrefs = attribute_values(&second, "href");
    assert!(
        hrefs.contains(&"/berita/") && hrefs.contains(&"/berita/page/3/"),
        "{hrefs:?}"
    );
    assert!(
        attribute_values(&site.read("berita/page/3/index.html"), "href")
            .contains(&"/berita/page/2/")
    );
}

/// A long list links the first and last pages and two on each side of the current one,
/// with an ellipsis for what is left out, not every page (5,000 links on each page of a
/// 100,000-article list).
#[test]
fn a_long_list_links_a_window_of_its_pages() {
    let site = news_site(1, 12);
    site.build(&[]).assert_ok();
    let sixth = site.read("berita/page/6/index.html");
    let pager = element_around(&sixth, "ul", "paginator-pages");
    let hrefs = attribute_values(pager, "href");
    assert_eq!(
        hrefs,
        [
            "/berita/",
            "/berita/page/4/",
            "/berita/page/5/",
            "/berita/page/6/",
            "/berita/page/7/",
            "/berita/page/8/",
            "/berita/page/12/"
        ]
    );
    assert_eq!(
        pager
            .matches(r#"class="paginator-gap" aria-hidden="true">…"#)
            .count(),
        2
    );
    let first = site.read("berita/index.html");
    let first_pager = element_around(&first, "ul", "paginator-pages");
    assert_eq!(
        attribute_values(first_pager, "href").len(),
        4,
        "1, 2, 3 and 12"
    );
    assert_eq!(first_pager.matches("paginator-gap").count(), 1);
}

#[test]
fn bundle_files_are_published_beside_the_page_in_both_languages() {
    let site = built();
    let tree = site.tree();
    for (dir, page) in [
        ("berita/pelatihan/", "berita/pelatihan/index.html"),
        ("en/news/pelatihan/", "en/news/pelatihan/index.html"),
    ] {
        assert!(
            tree.contains_key(&format!("{dir}foto.jpg")),
            "{dir}foto.jpg"
        );
        let html = site.read(page);
        let srcs = attribute_values(&html, "src")
            .into_iter()
            .filter(|s| s.contains("foto"))
            .collect::<Vec<_>>();
        assert_eq!(srcs.len(), 2, "{page}: lead image and body image: {srcs:?}");
        assert!(
            srcs.iter().all(|s| *s == format!("/{dir}foto.jpg")),
            "{page}: {srcs:?}"
        );
    }
    assert!(
        !tree.keys().any(|p| p.starts_with("news/")),
        "nothing under the source folder's path"
    );
    assert!(
        site.read("en/news/pelatihan/index.html")
            .contains(r#"alt="Training participants in Palembang""#)
    );
}

#[test]
fn theme_static_files_are_copied_and_linked() {
    let site = built();
    assert!(site.has("terang.css"));
    assert!(attribute_values(&site.read("en/index.html"), "href").contains(&"/terang.css"));
}

#[test]
fn links_to_markdown_files_resolve_to_the_current_language() {
    let site = built();
    let id = site.read("berita/bantuan-pangan/index.html");
    assert!(
        id.contains(r#"<a href="/program/pkh/">PKH</a>"#),
        "relative .md link, Indonesian"
    );
    assert!(
        id.contains(r#"<a href="/tentang/">halaman tentang</a>"#),
        "@/ link, Indonesian"
    );
    let en = site.read("en/news/food-aid-begins/index.html");
    assert!(
        en.contains(r#"<a href="/en/programs/pkh/">PKH</a>"#),
        "relative .md link, English"
    );
    assert!(
        en.contains(r#"<a href="/en/about/">about page</a>"#),
        "@/ link, English"
    );
}

#[test]
fn links_to_untranslated_pages_fall_back_to_the_original() {
    let site = built();
    let en = site.read("en/news/food-aid-begins/index.html");
    assert!(
        en.contains(r#"<a href="/berita/kabar-daerah/">news from the regions</a>"#),
        "{en}"
    );
}

#[test]
fn links_keep_their_fragment_and_reach_sections_and_homes() {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-tautan.id.md",
        "---\ntitle: Tautan\ndate: 2025-02-01\n---\n[a](../programs/pkh.md#tujuan) [b](@/news/_index.md) [c](@/_index.md) [d](@/programs/_index.md)\n",
    );
    site.build(&[]).assert_ok();
    let html = site.read("berita/tautan/index.html");
    for link in [
        r#"<a href="/program/pkh/#tujuan">a</a>"#,
        r#"<a href="/berita/">b</a>"#,
        r#"<a href="/">c</a>"#,
        r#"<a href="/program/">d</a>"#,
    ] {
        assert!(html.contains(link), "{link} not in:\n{html}");
    }
}

#[test]
fn base_url_flag_prefixes_every_link_and_canonical() {
    let site = SiteTest::bilingual();
    site.build(&["--base-url", "https://x.go.id/sub/"])
        .assert_ok();
    let pages: Vec<String> = site
        .tree()
        .into_keys()
        .filter(|p| p.ends_with(".html"))
        .collect();
    assert!(pages.len() > 10);
    for page in &pages {
        let html = site.read(page);
        for url in attribute_values(&html, "href")
            .into_iter()
            .chain(attribute_values(&html, "src"))
        {
            let ok = url.starts_with('#')
                || url.starts_with("/sub/")
                || url.starts_with("https://x.go.id/sub/");
            assert!(ok, "{page}: `{url}` is not under the base URL");
        }
        assert!(
            !html.contains("uji.example.go.id"),
            "{page}: site.yaml's base_url leaked"
        );
    }
    let html = site.read("en/news/pelatihan/index.html");
    assert!(
        html.contains(r#"<link rel="canonical" href="https://x.go.id/sub/en/news/pelatihan/">"#)
    );
    assert!(html.contains(r#"src="/sub/en/news/pelatihan/foto.jpg""#));
    assert!(html.contains(r#"href="/sub/terang.css""#));
}

#[test]
fn output_flag_writes_the_site_to_that_folder() {
    let site = SiteTest::small();
    let elsewhere = site.root().join("public");
    site.build(&["--output", elsewhere.to_str().unwrap()])
        .assert_ok();
    assert!(elsewhere.join("index.html").is_file());
    assert!(
        !site.output().exists(),
        "nothing written to the default output folder"
    );
}

const RAW_HTML_BODY: &str = "Teks.\n\n<script>alert(1)</script>\n\n<p>Paragraf <b onclick=\"steal()\">tebal</b> dan <a href=\"javascript:steal()\">tautan</a>.</p>\n";

#[test]
fn raw_html_in_markdown_is_escaped_by_default() {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-mentah.id.md",
        format!("---\ntitle: Mentah\ndate: 2025-02-01\n---\n{RAW_HTML_BODY}"),
    );
    site.build(&[]).assert_ok();
    let html = site.read("berita/mentah/index.html");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("<b onclick"));
}

#[test]
fn raw_html_is_let_through_sanitized_when_allowed() {
    let site = SiteTest::small()
        .file(
            "content/site.yaml",
            format!("{SITE_YAML}markdown: {{raw_html: true}}\n"),
        )
        .file(
            "content/news/2025-02-01-mentah.id.md",
            format!("---\ntitle: Mentah\ndate: 2025-02-01\n---\n{RAW_HTML_BODY}"),
        );
    site.build(&[]).assert_ok();
    let html = site.read("berita/mentah/index.html");
    assert!(html.contains("<b>tebal</b>"), "{html}");
    assert!(!html.contains("alert(1)"), "script removed with its text");
    assert!(
        !html.contains("onclick") && !html.contains("steal()"),
        "handlers and javascript: links removed"
    );
}

#[test]
fn headings_get_unique_ids() {
    let site = built();
    let html = site.read("berita/bantuan-pangan/index.html");
    assert!(
        html.contains(r#"<h2 id="latar-belakang">Latar Belakang</h2>"#),
        "{html}"
    );
    assert!(html.contains(r#"<h2 id="latar-belakang-1">Latar Belakang</h2>"#));
}

#[test]
fn headings_keep_an_id_written_by_hand() {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-judul.id.md",
        "---\ntitle: Judul\ndate: 2025-02-01\n---\n## Ringkasan Data {#data}\n\nx\n",
    );
    site.build(&[]).assert_ok();
    assert!(
        site.read("berita/judul/index.html")
            .contains(r#"<h2 id="data">Ringkasan Data</h2>"#)
    );
}

#[test]
fn decorative_images_need_no_alt_text() {
    let site = SiteTest::small()
        .file(
            "content/news/2025-02-01-hiasan/index.id.md",
            "---\ntitle: Hiasan\ndate: 2025-02-01\n---\n![](garis.png \"decorative\")\n",
        )
        .file(
            "content/news/2025-02-01-hiasan/garis.png",
            common::pictures::png(40, 4),
        );
    site.build(&[]).assert_ok();
    assert!(site.read("berita/hiasan/index.html").contains(r#"alt="""#));
}

#[test]
fn not_found_page_links_each_language_home() {
    let site = built();
    let html = site.read("404.html");
    let hrefs = attribute_values(&html, "href");
    assert!(hrefs.contains(&"/") && hrefs.contains(&"/en/"), "{hrefs:?}");
}

/// Issue #6: hosts serve the one 404.html for `/en/...` too, so it speaks every language.
#[test]
fn not_found_page_speaks_every_language() {
    let site = built();
    let html = site.read("404.html");
    assert!(html.contains("Halaman tidak ditemukan"), "{html}");
    let english = element_around(&html, "div", "Page not found");
    assert!(english.starts_with(r#"<div lang="en">"#), "{english}");
    assert!(english.contains("does not exist or has moved"), "{english}");
}

/// Issue #6: an untranslated article in an English list has an English date.
#[test]
fn dates_of_untranslated_list_items_are_in_the_list_language() {
    let site = built();
    let html = site.read("en/news/index.html");
    let item = element_around(&html, "li", r#"href="/berita/kabar-daerah/""#);
    assert!(item.contains(">Saturday, 1 March 2025</time>"), "{item}");
}

/// Issue #6: page 2 of a list has no translation; its switcher leads to the other
/// language's list (not to its home), and it claims no hreflang alternate.
#[test]
fn language_switcher_of_a_later_list_page_leads_to_the_other_list() {
    let mut site = SiteTest::bilingual();
    let yaml = std::fs::read_to_string(site.root().join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        yaml.replace("paginate: 20", "paginate: 1"),
    );
    site = site.file(
        "content/news/2025-01-20-tambahan.id.md",
        "---\ntitle: Tambahan\ndate: 2025-01-20\ntags: [pelatihan]\n---\nx\n",
    );
    site = site.file(
        "content/news/2025-01-21-tambahan-lagi.id.md",
        "---\ntitle: Tambahan lagi\ndate: 2025-01-21\ntags: [pelatihan]\n---\nx\n",
    );
    site.build(&[]).assert_ok();
    let html = site.read("berita/page/2/index.html");
    let switcher = element_around(&html, "nav", r#"class="lang-switch""#);
    assert!(switcher.contains(r#"href="/en/news/""#), "{switcher}");
    assert!(
        !html.contains(r#"hreflang="en" href="#),
        "no alternate: {html}"
    );
    // A term with no English counterpart leads to the English index of topics.
    let term = site.read("topik/pelatihan/page/2/index.html");
    let switcher = element_around(&term, "nav", r#"class="lang-switch""#);
    assert!(switcher.contains(r#"href="/en/topics/""#), "{switcher}");
}

#[test]
fn build_prints_a_summary_line() {
    let site = SiteTest::bilingual();
    let run = site.build(&[]);
    run.assert_ok();
    let summary = run
        .stderr
        .lines()
        .find(|l| l.starts_with("built "))
        .unwrap_or_else(|| panic!("no summary line:\n{}", run.stderr));
    assert!(summary.contains("pages"), "{summary}");
    assert!(
        summary.contains(&site.output().display().to_string()),
        "{summary}"
    );
    assert!(!run.stderr.contains("error:"), "{}", run.stderr);
}

#[test]
fn article_dates_are_written_in_the_page_language() {
    let site = built();
    assert!(
        site.read("berita/bantuan-pangan/index.html")
            .contains("10 Januari 2025")
    );
    assert!(
        site.read("en/news/food-aid-begins/index.html")
            .contains("10 January 2025")
    );
}

#[test]
fn check_and_build_count_the_same_pages_and_name_what_they_left_out() {
    let site = SiteTest::bilingual();
    let count = |stderr: &str, prefix: &str| {
        stderr
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .and_then(|rest| rest.split(" pages").next())
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no `{prefix}` line:\n{stderr}"))
    };
    let checked = site.check(&[]);
    checked.assert_ok();
    let built = site.build(&[]);
    built.assert_ok();
    assert_eq!(
        count(&checked.stderr, "ok: "),
        count(&built.stderr, "built ")
    );
    for run in [&checked, &built] {
        run.assert_stderr_has(
            "left out 1 draft, 1 dated in the future: content/news/2025-05-01-konsep-laporan.id.md, content/news/2030-01-01-rencana-tahunan.id.md (add --drafts and --future to include them)",
        );
    }
}
