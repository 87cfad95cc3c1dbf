//! One test per error a user can make (SPEC §2-3, §8). Each checks the exit code, the
//! message, its `file:line:column`, and that the previous good output is left untouched.

mod common;

use common::{Run, SITE_YAML, SiteTest, assert_same_tree, run_terang};

/// Build `site` (it must succeed), write `contents` to `rel`, build again: exit 1 and the
/// output of the good build is still there, byte for byte.
fn break_with(site: &SiteTest, rel: &str, contents: impl AsRef<[u8]>) -> Run {
    let before = site.build_ok(&[]);
    site.write(rel, contents);
    let run = site.build(&[]);
    run.assert_code(1);
    assert_same_tree(&before, &site.tree());
    run
}

/// `break_with` on the small site with one article `content/news/2025-02-01-uji.id.md`.
fn broken_article(contents: impl AsRef<[u8]>) -> Run {
    break_with(&SiteTest::small(), ARTICLE, contents)
}

const ARTICLE: &str = "content/news/2025-02-01-uji.id.md";

#[test]
fn unknown_front_matter_key_suggests_the_known_key() {
    broken_article("---\ntitel: Judul\ndate: 2025-02-01\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:2:1: unknown key `titel`"))
        .assert_stderr_has("titel: Judul")
        .assert_stderr_has("did you mean `title`?")
        .assert_count("1 error, 0 warnings");
}

#[test]
fn invalid_yaml_in_front_matter_is_reported_where_it_is() {
    broken_article("---\ntitle: \"tanpa tanda kutip penutup\ndate: 2025-02-01\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:2:8: "))
        .assert_stderr_has("quote");
}

#[test]
fn missing_title_is_an_error() {
    broken_article("---\ndate: 2025-02-01\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:2:1: missing required key `title`"));
}

#[test]
fn missing_date_on_an_article_is_an_error() {
    broken_article("---\ntitle: Tanpa Tanggal\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:2:1: missing required key `date`"))
        .assert_stderr_has("2019-06-20");
}

#[test]
fn program_and_standalone_pages_need_no_date() {
    SiteTest::small()
        .file("content/programs/bpnt.id.md", "---\ntitle: BPNT\n---\nx\n")
        .file("content/kontak.id.md", "---\ntitle: Kontak\n---\nx\n")
        .build(&[])
        .assert_ok();
}

#[test]
fn unparseable_date_is_an_error() {
    broken_article("---\ntitle: Rapat\ndate: 20 Juni 2025\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:3:7: `20 Juni 2025` is not a date"))
        .assert_stderr_has("2019-06-20T22:36:00+07:00");
}

#[test]
fn impossible_calendar_date_is_an_error() {
    broken_article("---\ntitle: Rapat\ndate: 2025-02-30\n---\nIsi.\n")
        .assert_error(&format!("{ARTICLE}:3:7: `2025-02-30` is not a date"));
}

#[test]
fn unknown_language_suffix_is_an_error() {
    break_with(
        &SiteTest::small(),
        "content/news/2025-02-01-kabar.fr.md",
        "---\ntitle: Nouvelles\ndate: 2025-02-01\n---\nx\n",
    )
    .assert_error("content/news/2025-02-01-kabar.fr.md: unknown language suffix `.fr`")
    .assert_stderr_has("id, en");
}

#[test]
fn broken_markdown_link_is_an_error() {
    broken_article(
        "---\ntitle: Tautan\ndate: 2025-02-01\n---\nLihat [laporan](laporan-hilang.md) ini.\n",
    )
    .assert_error(&format!(
        "{ARTICLE}:5:7: link to `laporan-hilang.md`: no such page in content/"
    ));
}

#[test]
fn broken_root_link_is_an_error() {
    broken_article(
        "---\ntitle: Tautan\ndate: 2025-02-01\n---\nIsi.\n\nLihat [program](@/programs/pkj.md).\n",
    )
    .assert_error(&format!(
        "{ARTICLE}:7:7: link to `@/programs/pkj.md`: no such page in content/"
    ));
}

#[test]
fn image_without_alt_text_is_an_error() {
    let site = SiteTest::small().file("content/news/foto.jpg", common::pictures::jpeg(8, 8));
    break_with(
        &site,
        ARTICLE,
        "---\ntitle: Foto\ndate: 2025-02-01\n---\nTeks.\n\n![](foto.jpg)\n",
    )
    .assert_error(&format!("{ARTICLE}:7:1: image `foto.jpg` has no alt text"))
    .assert_stderr_has("decorative");
}

#[test]
fn lead_image_without_alt_text_is_an_error() {
    let site = SiteTest::small().file("content/news/foto.jpg", common::pictures::jpeg(8, 8));
    break_with(
        &site,
        ARTICLE,
        "---\ntitle: Foto\ndate: 2025-02-01\nimage: {src: foto.jpg}\n---\nTeks.\n",
    )
    .assert_error(&format!("{ARTICLE}:4:14: the image has no `alt` text"));
}

#[test]
fn missing_image_file_is_an_error() {
    broken_article("---\ntitle: Foto\ndate: 2025-02-01\n---\n![Foto kegiatan](tidak-ada.jpg)\n")
        .assert_error(&format!(
            "{ARTICLE}:5:1: image file `tidak-ada.jpg` not found"
        ));
}

#[test]
fn missing_lead_image_file_is_an_error() {
    broken_article(
        "---\ntitle: Foto\ndate: 2025-02-01\nimage: {src: tidak-ada.jpg, alt: Foto}\n---\nTeks.\n",
    )
    .assert_error(&format!(
        "{ARTICLE}:4:14: image file `tidak-ada.jpg` not found"
    ));
}

/// Two articles with `slug: sama` on line 4; returns the failed build.
fn same_url() -> Run {
    let site = SiteTest::small().file(
        "content/news/2025-02-01-pertama.id.md",
        "---\ntitle: Pertama\ndate: 2025-02-01\nslug: sama\n---\nx\n",
    );
    break_with(
        &site,
        "content/news/2025-02-01-kedua.id.md",
        "---\ntitle: Kedua\ndate: 2025-02-01\nslug: sama\n---\nx\n",
    )
}

#[test]
fn two_pages_with_the_same_url_are_an_error() {
    let run = same_url();
    // Either file may carry the error; the message names the other one.
    let headers = run.error_headers();
    assert_eq!(headers.len(), 1, "{}", run.stderr);
    assert!(
        headers[0].starts_with("error: content/news/2025-02-01-"),
        "{}",
        headers[0]
    );
    assert!(
        headers[0].contains("the same URL `/berita/sama/`"),
        "{}",
        headers[0]
    );
    run.assert_stderr_has("2025-02-01-pertama.id.md")
        .assert_stderr_has("2025-02-01-kedua.id.md")
        .assert_stderr_has("slug:");
}

#[test]
fn two_pages_with_the_same_url_point_at_the_slug_line() {
    let run = same_url();
    let at_slug =
        ["pertama", "kedua"].map(|f| format!("error: content/news/2025-02-01-{f}.id.md:4:7: "));
    assert!(
        run.error_headers()
            .iter()
            .any(|h| at_slug.iter().any(|p| h.starts_with(p.as_str()))),
        "{}",
        run.stderr
    );
}

#[test]
fn section_at_the_programs_url_is_an_error() {
    let site = SiteTest::small();
    break_with(
        &site,
        "content/program/2025-02-01-kabar.id.md",
        "---\ntitle: Kabar Program\ndate: 2025-02-01\n---\nx\n",
    )
    .assert_error("content/program/")
    .assert_stderr_has("`/program/`");
}

#[test]
fn standalone_page_at_a_section_url_is_an_error() {
    break_with(
        &SiteTest::small(),
        "content/berita.id.md",
        "---\ntitle: Halaman Berita\n---\nx\n",
    )
    .assert_error("content/berita.id.md")
    .assert_stderr_has("`/berita/`");
}

#[test]
fn content_file_that_would_replace_the_home_page_is_an_error() {
    break_with(
        &SiteTest::small(),
        "content/index.html",
        "<p>halaman lain</p>\n",
    )
    .assert_error("content/index.html");
}

/// A site with `theme: mine`, a theme extending the default one with its own article template.
fn site_with_theme() -> SiteTest {
    SiteTest::small()
        .file("content/site.yaml", format!("{SITE_YAML}theme: mine\n"))
        .file("themes/mine/theme.yaml", "extends: default\n")
        .file("themes/mine/templates/article.html", "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }}</h1>\n{% endblock main %}\n")
}

#[test]
fn template_syntax_error_names_the_template_file_and_line() {
    let site = site_with_theme();
    break_with(&site, "themes/mine/templates/article.html", "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ page.title }</h1>\n{% endblock main %}\n")
        .assert_error("themes/mine/templates/article.html:3:")
        .assert_stderr_has("template syntax error")
        .assert_stderr_has("<h1>{{ page.title }</h1>");
}

#[test]
fn undefined_template_variable_names_the_template_file_and_line() {
    let site = site_with_theme();
    break_with(&site, "themes/mine/templates/article.html", "{% extends \"base.html\" %}\n{% block main %}\n<h1>{{ judul }}</h1>\n{% endblock main %}\n")
        .assert_error("themes/mine/templates/article.html:3:8: template error: Variable `judul` is not defined");
}

#[test]
fn empty_file_is_an_error() {
    break_with(&SiteTest::small(), "content/news/kosong.id.md", "")
        .assert_error("content/news/kosong.id.md: the file is empty");
}

#[test]
fn file_that_is_not_utf8_is_an_error() {
    broken_article(b"---\ntitle: Kafe\ndate: 2025-02-01\n---\nCaf\xe9 di Palembang.\n")
        .assert_error(&format!("{ARTICLE}:5:4: the file is not valid UTF-8 text"))
        .assert_stderr_has("UTF-8");
}

#[test]
fn javascript_link_is_an_error() {
    broken_article(
        "---\ntitle: Tautan\ndate: 2025-02-01\n---\nJangan [klik](javascript:alert(1)).\n",
    )
    .assert_error(&format!(
        "{ARTICLE}:5:8: links may not run code: `javascript:alert(1)`"
    ));
}

#[test]
fn unknown_program_id_suggests_the_known_one() {
    broken_article("---\ntitle: Program\ndate: 2025-02-01\nprograms: [pkj]\n---\nx\n")
        .assert_error(&format!("{ARTICLE}:4:12: unknown program `pkj`"))
        .assert_stderr_has("did you mean `pkh`?");
}

#[test]
fn duplicate_yaml_key_is_an_error() {
    broken_article("---\ntitle: Satu\ndate: 2025-02-01\ntitle: Dua\n---\nx\n")
        .assert_error(&format!("{ARTICLE}:4:1: duplicate key `title`"));
}

#[test]
fn missing_language_in_a_site_yaml_map_is_an_error() {
    let yaml = SITE_YAML.replace(
        "title: {id: Situs Uji, en: Test Site}",
        "title: {id: Situs Uji}",
    );
    break_with(&SiteTest::small(), "content/site.yaml", yaml)
        .assert_error("content/site.yaml:1:8: `title`: missing the `en` text")
        .assert_stderr_has("{id: ..., en: ...}");
}

#[test]
fn unknown_key_in_site_yaml_suggests_the_known_key() {
    break_with(
        &SiteTest::small(),
        "content/site.yaml",
        format!("{SITE_YAML}paginat: 5\n"),
    )
    .assert_error("content/site.yaml:8:1: unknown key `paginat`")
    .assert_stderr_has("did you mean `paginate`?");
}

#[test]
fn missing_content_folder_exits_with_2() {
    let site = SiteTest::small();
    let before = site.build_ok(&[]);
    site.remove("content");
    site.build(&[]).assert_code(2).assert_stderr_has("content");
    assert_same_tree(&before, &site.tree());
}

#[test]
fn missing_site_folder_exits_with_2() {
    let site = SiteTest::empty();
    run_terang(site.root(), &["build", "--site", "no-such-site"])
        .assert_code(2)
        .assert_stderr_has("no-such-site");
}

#[test]
fn bad_command_line_flag_exits_with_2() {
    SiteTest::small()
        .build(&["--no-such-flag"])
        .assert_code(2)
        .assert_stderr_has("--no-such-flag");
}

#[test]
fn three_broken_files_are_all_reported_with_the_count() {
    let site = SiteTest::small();
    let before = site.build_ok(&[]);
    site.write(
        "content/news/a.id.md",
        "---\ntitel: A\ndate: 2025-02-01\n---\nx\n",
    );
    site.write(
        "content/news/b.id.md",
        "---\ntitle: B\ndate: kemarin\n---\nx\n",
    );
    site.write(
        "content/news/c.id.md",
        "---\ntitle: C\ndate: 2025-02-01\nprograms: [bpnt]\n---\nx\n",
    );
    let run = site.build(&[]);
    run.assert_code(1)
        .assert_error("content/news/a.id.md:2:1: unknown key `titel`")
        .assert_error("content/news/b.id.md:3:7: `kemarin` is not a date")
        .assert_error("content/news/c.id.md:4:12: unknown program `bpnt`")
        .assert_count("3 errors, 0 warnings");
    assert_eq!(run.error_headers().len(), 3, "{}", run.stderr);
    assert_same_tree(&before, &site.tree());
}

#[test]
fn problems_of_front_matter_and_markdown_are_reported_together() {
    let site = SiteTest::small();
    site.write(
        "content/news/a.id.md",
        "---\ntitel: A\ndate: 2025-02-01\n---\nx\n",
    );
    site.write(
        "content/news/b.id.md",
        "---\ntitle: B\ndate: 2025-02-01\n---\n[x](hilang.md)\n",
    );
    site.build(&[])
        .assert_code(1)
        .assert_error("content/news/a.id.md:2:1: unknown key `titel`")
        .assert_error("content/news/b.id.md:5:1: link to `hilang.md`")
        .assert_count("2 errors, 0 warnings");
}

#[test]
fn check_reports_the_same_errors_as_build() {
    let site = SiteTest::small().file(ARTICLE, "---\ntitel: Judul\ndate: 2025-02-01\n---\nIsi.\n");
    site.check(&[])
        .assert_code(1)
        .assert_error(&format!("{ARTICLE}:2:1: unknown key `titel`"))
        .assert_count("1 error, 0 warnings");
}

#[test]
fn byte_order_mark_and_windows_line_endings_build_fine() {
    let site = SiteTest::small()
        .file(
            "content/news/2025-02-01-bom.id.md",
            "\u{feff}---\ntitle: Dengan BOM\ndate: 2025-02-01\n---\nIsi.\n",
        )
        .file(
            "content/news/2025-02-02-crlf.id.md",
            "---\r\ntitle: Baris Windows\r\ndate: 2025-02-02\r\n---\r\nIsi.\r\n\r\n## Bagian\r\n",
        );
    site.build(&[]).assert_ok();
    assert!(site.read("berita/bom/index.html").contains("Dengan BOM"));
    assert!(
        site.read("berita/crlf/index.html")
            .contains(r#"<h2 id="bagian">"#)
    );
}

#[test]
fn errors_in_files_with_windows_line_endings_point_at_the_right_line() {
    broken_article("---\r\ntitle: Judul\r\ndate: 2025-02-01\r\ntitel: lagi\r\n---\r\nIsi.\r\n")
        .assert_error(&format!("{ARTICLE}:4:1: unknown key `titel`"))
        .assert_stderr_has("4 | titel: lagi\n");
}

#[test]
fn a_large_body_builds_fine() {
    let body = "Paragraf tentang bantuan sosial yang cukup panjang untuk diuji.\n\n".repeat(16_000);
    assert!(body.len() > 1_000_000);
    SiteTest::small()
        .file(
            ARTICLE,
            format!("---\ntitle: Panjang\ndate: 2025-02-01\n---\n{body}"),
        )
        .build(&[])
        .assert_ok();
}

/// Front matter around `yaml`, with a title and date before it.
fn with_front(yaml: &str) -> String {
    format!("---\ntitle: T\ndate: 2025-02-01\n{yaml}\n---\nx\n")
}

#[test]
fn odd_inputs_never_panic() {
    let alias_bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n\
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n\
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nh: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]\ntags: [*h, *h, *h, *h, *h, *h, *h, *h, *h]";
    let deep = format!("tags: {}x{}", "[".repeat(20_000), "]".repeat(20_000));
    let cases: Vec<(&str, String, Vec<u8>)> = vec![
        (
            "only the delimiters",
            ARTICLE.into(),
            b"---\n---\n".to_vec(),
        ),
        ("`---` alone", ARTICLE.into(), b"---".to_vec()),
        (
            "no front matter",
            ARTICLE.into(),
            b"# Judul\n\nIsi.\n".to_vec(),
        ),
        (
            "a list as front matter",
            ARTICLE.into(),
            b"---\n- a\n- b\n---\nx\n".to_vec(),
        ),
        (
            "a scalar as front matter",
            ARTICLE.into(),
            b"---\njust text\n---\nx\n".to_vec(),
        ),
        (
            "tabs",
            ARTICLE.into(),
            b"---\ntitle:\tT\n\tdate: 2025-02-01\n---\n\tx\n".to_vec(),
        ),
        (
            "NUL byte",
            ARTICLE.into(),
            b"---\ntitle: T\ndate: 2025-02-01\n---\nnul \0 byte\n".to_vec(),
        ),
        (
            "truncated UTF-8",
            ARTICLE.into(),
            b"---\ntitle: T\xe2\x82\n---\n".to_vec(),
        ),
        (
            "unclosed nesting",
            ARTICLE.into(),
            with_front(&format!("tags: {}", "[".repeat(20_000))).into_bytes(),
        ),
        (
            "deep nesting",
            ARTICLE.into(),
            with_front(&deep).into_bytes(),
        ),
        (
            "alias bomb",
            ARTICLE.into(),
            format!("---\n{alias_bomb}\n---\nx\n").into_bytes(),
        ),
        (
            "alias bomb in site.yaml",
            "content/site.yaml".into(),
            format!("{SITE_YAML}{alias_bomb}\n").into_bytes(),
        ),
        (
            "a number as title",
            ARTICLE.into(),
            b"---\ntitle: 2019\ndate: 2025-02-01\n---\nx\n".to_vec(),
        ),
        (
            "a year 99999 date",
            ARTICLE.into(),
            b"---\ntitle: T\ndate: 99999-01-01\n---\nx\n".to_vec(),
        ),
        (
            "odd links",
            ARTICLE.into(),
            with_front("")
                .replace(
                    "\nx\n",
                    "\n[a](@/) [b](.md) [c](../../../../etc/passwd.md) [d](#) ![e](/) [f](<>)\n",
                )
                .into_bytes(),
        ),
        (
            "punctuation heading",
            ARTICLE.into(),
            with_front("")
                .replace("\nx\n", "\n## ???\n\n## ???\n\n# \n")
                .into_bytes(),
        ),
        (
            "an unterminated shortcode",
            ARTICLE.into(),
            with_front("")
                .replace("\nx\n", "\n{{ stat(data=\"x\"\n")
                .into_bytes(),
        ),
        (
            "slug of symbols",
            ARTICLE.into(),
            with_front("slug: \"///..\"").into_bytes(),
        ),
        ("empty site.yaml", "content/site.yaml".into(), Vec::new()),
        (
            "site.yaml that is a list",
            "content/site.yaml".into(),
            b"- a\n- b\n".to_vec(),
        ),
        (
            "only `_index` in a section",
            "content/kosong/_index.id.md".into(),
            b"---\ntitle: Kosong\n---\n".to_vec(),
        ),
    ];
    for (what, rel, contents) in cases {
        let site = SiteTest::small().file(&rel, contents);
        let run = site.build(&[]);
        assert!(
            matches!(run.code, Some(0 | 1)),
            "{what}: exit code {:?}; stderr:\n{}",
            run.code,
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
    }
}
