//! The site's official identity and its sharing picture (site.yaml `organization` and
//! `image`, issue 13 items 3-4), and the hreflang alternates search engines accept
//! (item 5): reciprocal pairs, `x-default` that links back, in pages and in the sitemap.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{SITE_YAML, SiteTest, pictures};
use serde_json::Value;

const ORGANIZATION: &str = "\
organization:
  name: {id: Kementerian Sosial Republik Indonesia, en: Ministry of Social Affairs}
  url: https://kemensos.go.id
  logo: logo.svg
  email: humas@example.go.id
  address: Jl. Salemba Raya No. 28, Jakarta Pusat 10430
image: {src: kartu.png, alt: {id: Kartu situs, en: Site card}}
";

const LOGO: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 48"><rect width="96" height="48" fill="#0b3a66"/></svg>"##;

fn with_identity() -> SiteTest {
    SiteTest::small()
        .file("content/site.yaml", format!("{SITE_YAML}{ORGANIZATION}"))
        .file("content/logo.svg", LOGO)
        .file("content/kartu.png", pictures::png(1200, 630))
        .file(
            "content/data/kemiskinan.yaml",
            "title: {id: Kemiskinan, en: Poverty}\nsource: {name: BPS}\ncolumns:\n  - {key: periode, type: period, label: Periode}\n  - {key: persen, type: number, unit: percent, label: Persen}\nrows:\n  - {periode: 2018-03, persen: 9.82}\n",
        )
}

/// Every `<script type="application/ld+json">` of a page, parsed.
fn json_ld(html: &str) -> Vec<Value> {
    let open = "<script type=\"application/ld+json\">";
    html.match_indices(open)
        .map(|(i, _)| {
            let rest = &html[i + open.len()..];
            let end = rest.find("</script>").expect("a closed script");
            serde_json::from_str(&rest[..end]).expect("JSON-LD parses")
        })
        .collect()
}

fn meta<'a>(html: &'a str, property: &str) -> Option<&'a str> {
    let marker = format!("property=\"{property}\" content=\"");
    let start = html.find(&marker)? + marker.len();
    Some(&html[start..start + html[start..].find('"')?])
}

#[test]
fn the_organization_is_in_the_header_and_footer_of_every_page_in_its_language() {
    let site = with_identity();
    site.build_ok(&[]);
    for (page, name) in [
        ("index.html", "Kementerian Sosial Republik Indonesia"),
        ("en/index.html", "Ministry of Social Affairs"),
        ("en/programs/pkh/index.html", "Ministry of Social Affairs"),
        (
            "data/kemiskinan/index.html",
            "Kementerian Sosial Republik Indonesia",
        ),
    ] {
        let html = site.read(page);
        let header = common::element_around(&html, "header", "class=\"brand-logo\"");
        assert!(header.contains(name), "{page}: {header}");
        // The logo is sized from its viewBox (2:1), and decorative: the name is beside it.
        assert!(
            header.contains("src=\"/logo.svg\" width=\"96\" height=\"48\" alt=\"\""),
            "{page}: {header}"
        );
        let footer = common::element_around(&html, "address", "footer-org-name");
        assert!(footer.contains(name), "{page}: {footer}");
        assert!(footer.contains("Jl. Salemba Raya No. 28, Jakarta Pusat 10430"));
        assert!(footer.contains("href=\"mailto:humas@example.go.id\""));
        assert!(footer.contains("href=\"https://kemensos.go.id\">kemensos.go.id</a>"));
    }
    assert!(site.has("logo.svg"));
}

#[test]
fn the_organization_publishes_articles_datasets_feeds_and_the_catalogue() {
    let site = with_identity();
    site.build_ok(&[]);
    let article = json_ld(&site.read("en/news/awal/index.html"));
    let publisher = &article[0]["publisher"];
    assert_eq!(publisher["@type"], "GovernmentOrganization");
    assert_eq!(publisher["name"], "Ministry of Social Affairs");
    assert_eq!(publisher["url"], "https://kemensos.go.id");
    assert_eq!(
        publisher["logo"]["url"],
        "https://uji.example.go.id/logo.svg"
    );
    assert_eq!(publisher["email"], "humas@example.go.id");
    // No author given: the organization is the author.
    assert_eq!(article[0]["author"]["name"], "Ministry of Social Affairs");
    let dataset = json_ld(&site.read("data/kemiskinan/index.html"));
    let dataset = dataset
        .iter()
        .find(|v| v["@type"] == "Dataset")
        .expect("Dataset");
    assert_eq!(
        dataset["publisher"]["name"],
        "Kementerian Sosial Republik Indonesia"
    );
    let feed = site.read("en/feed.xml");
    assert!(
        feed.contains("<author>\n    <name>Ministry of Social Affairs</name>\n    <uri>https://kemensos.go.id</uri>\n    <email>humas@example.go.id</email>\n  </author>"),
        "{feed}"
    );
    assert!(feed.contains("<logo>https://uji.example.go.id/logo.svg</logo>"));
    let catalog: Value = serde_json::from_str(&site.read("data/catalog.json")).expect("JSON");
    let entry = &catalog["dataset"][0];
    assert_eq!(
        entry["publisher"]["name"],
        "Kementerian Sosial Republik Indonesia"
    );
    // The dataset names no contact: the organization's address is its contact point.
    assert_eq!(
        entry["contactPoint"]["hasEmail"],
        "mailto:humas@example.go.id"
    );
    // No release date and no correction: `modified` is the last day the rows cover (the
    // build's date only when they name no period or date), never absent.
    assert_eq!(entry["modified"], "2018-03-31");
}

#[test]
fn a_page_without_a_picture_shares_the_site_image_with_its_size_and_alt() {
    let site = with_identity();
    site.build_ok(&[]);
    for (page, alt) in [
        ("index.html", "Kartu situs"),
        ("en/news/awal/index.html", "Site card"),
        ("en/data/kemiskinan/index.html", "Site card"),
    ] {
        let html = site.read(page);
        let url = meta(&html, "og:image").unwrap_or_else(|| panic!("{page}: no og:image"));
        let rel = url
            .strip_prefix("https://uji.example.go.id/")
            .unwrap_or_else(|| panic!("{page}: {url} is not absolute on the site"));
        assert!(site.has(rel), "{page}: {url} is not a published file");
        assert_eq!(meta(&html, "og:image:width"), Some("1200"), "{page}");
        assert_eq!(meta(&html, "og:image:height"), Some("630"), "{page}");
        assert_eq!(meta(&html, "og:image:alt"), Some(alt), "{page}");
        assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    }
    let article = json_ld(&site.read("berita/awal/index.html"));
    assert!(
        article[0]["image"]["url"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://uji.example.go.id/kartu")),
        "{}",
        article[0]
    );
}

#[test]
fn without_an_organization_the_site_keeps_its_title_as_publisher() {
    let site = SiteTest::small();
    site.build_ok(&[]);
    let html = site.read("index.html");
    assert!(!html.contains("brand-logo") && !html.contains("footer-org"));
    assert!(meta(&html, "og:image").is_none());
    let article = json_ld(&site.read("berita/awal/index.html"));
    assert_eq!(article[0]["publisher"]["@type"], "Organization");
    assert_eq!(article[0]["publisher"]["name"], "Situs Uji");
}

#[test]
fn a_missing_logo_or_sharing_picture_is_an_error_at_its_line_in_site_yaml() {
    let site = with_identity();
    site.remove("content/logo.svg");
    site.remove("content/kartu.png");
    let run = site.build(&[]);
    run.assert_code(1)
        .assert_error("content/site.yaml:11:9: `organization.logo` names `content/logo.svg`, which does not exist")
        .assert_error("content/site.yaml:14:14: `image.src` names `content/kartu.png`, which does not exist")
        .assert_count("2 errors, 0 warnings");
    assert!(!site.output().exists(), "a failed build writes nothing");
}

#[test]
fn a_vector_sharing_picture_an_unknown_key_and_a_wrong_email_are_errors() {
    let site = with_identity().file(
        "content/site.yaml",
        format!(
            "{SITE_YAML}{}",
            ORGANIZATION.replace("humas@example.go.id", "humas kemensos")
        ),
    );
    site.build(&[]).assert_code(1).assert_error(
        "content/site.yaml:12:10: `organization.email` `humas kemensos` is not an e-mail address",
    );
    let site = with_identity().file(
        "content/site.yaml",
        format!(
            "{SITE_YAML}{}",
            ORGANIZATION.replace("kartu.png", "logo.svg")
        ),
    );
    site.build(&[]).assert_code(1).assert_error(
        "content/site.yaml:14:14: `image.src` `logo.svg` is not a JPEG, PNG or WebP picture",
    );
    let site = with_identity().file(
        "content/site.yaml",
        format!(
            "{SITE_YAML}{}",
            ORGANIZATION.replace("  email:", "  emial:")
        ),
    );
    site.build(&[]).assert_code(1).assert_stderr_has("email");
}

/// `hreflang` alternates of every page, by canonical URL.
fn alternates(site: &SiteTest) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut pages = BTreeMap::new();
    for (rel, bytes) in site.tree() {
        if !rel.ends_with("index.html") {
            continue;
        }
        let html = String::from_utf8(bytes).expect("UTF-8");
        let canonical = link_href(&html, "rel=\"canonical\"").expect("a canonical link");
        let mut alts = BTreeMap::new();
        for (i, _) in html.match_indices("<link rel=\"alternate\" hreflang=\"") {
            let tag = &html[i..i + html[i..].find('>').expect("closed")];
            let lang = common::attribute_values(tag, "hreflang")[0].to_string();
            alts.insert(lang, common::attribute_values(tag, "href")[0].to_string());
        }
        pages.insert(canonical, alts);
    }
    pages
}

fn link_href(html: &str, marker: &str) -> Option<String> {
    let i = html.find(marker)?;
    let tag = &html[html[..i].rfind('<')?..i + html[i..].find('>')?];
    Some(common::attribute_values(tag, "href")[0].to_string())
}

/// Reciprocity as search engines check it: each alternate (x-default too) is a page whose
/// own alternates name this page.
fn assert_reciprocal(pages: &BTreeMap<String, BTreeMap<String, String>>) {
    for (url, alts) in pages {
        for (lang, href) in alts {
            let back = pages
                .get(href)
                .unwrap_or_else(|| panic!("{url}: {lang} alternate {href} is not a page"));
            assert!(
                back.values().any(|v| v == url),
                "{url}: {lang} alternate {href} does not name it back ({back:?})"
            );
        }
    }
}

/// Articles tagged in both languages where a naive pairing disagrees: the Indonesian
/// [pendampingan, pelatihan] are [training] and [facilitation, training] in English.
fn translated_terms() -> SiteTest {
    SiteTest::small()
        .file(
            "content/news/2025-02-01-a.id.md",
            "---\ntitle: A\ndate: 2025-02-01\ntags: [pelatihan]\n---\nA.\n",
        )
        .file(
            "content/news/2025-02-01-a.en.md",
            "---\ntitle: A\ndate: 2025-02-01\ntags: [training]\n---\nA.\n",
        )
        .file(
            "content/news/2025-02-02-b.id.md",
            "---\ntitle: B\ndate: 2025-02-02\ntags: [pendampingan, pelatihan]\n---\nB.\n",
        )
        .file(
            "content/news/2025-02-02-b.en.md",
            "---\ntitle: B\ndate: 2025-02-02\ntags: [facilitation, training]\n---\nB.\n",
        )
        .file(
            "content/news/2025-02-03-only-english.en.md",
            "---\ntitle: Only in English\ndate: 2025-02-03\ntags: [partners]\n---\nC.\n",
        )
}

#[test]
fn hreflang_alternates_are_reciprocal_and_x_default_links_back() {
    let site = translated_terms();
    site.build_ok(&[]);
    let pages = alternates(&site);
    assert_reciprocal(&pages);
    let english_only = &pages["https://uji.example.go.id/en/news/only-english/"];
    assert_eq!(
        english_only.get("x-default").map(String::as_str),
        Some("https://uji.example.go.id/en/news/only-english/"),
        "a page only in English is its own x-default"
    );
    let training = &pages["https://uji.example.go.id/en/topics/training/"];
    assert_eq!(
        training.get("id").map(String::as_str),
        Some("https://uji.example.go.id/topik/pelatihan/")
    );
}

#[test]
fn the_sitemap_pairs_the_same_alternates_as_the_pages() {
    let site = translated_terms();
    site.build_ok(&[]);
    let pages = alternates(&site);
    let sitemap = site.read("sitemap.xml");
    let mut seen = BTreeSet::new();
    for url_block in sitemap.split("<url>").skip(1) {
        let loc = &url_block
            [url_block.find("<loc>").expect("loc") + 5..url_block.find("</loc>").expect("loc")];
        let mut alts = BTreeMap::new();
        for (i, _) in url_block.match_indices("<xhtml:link ") {
            let tag = &url_block[i..i + url_block[i..].find("/>").expect("closed")];
            let lang = common::attribute_values(tag, "hreflang")[0].to_string();
            alts.insert(lang, common::attribute_values(tag, "href")[0].to_string());
        }
        if let Some(page) = pages.get(loc) {
            let mut page = page.clone();
            page.remove("x-default");
            // A page in one language only lists no alternates in the sitemap.
            if page.len() == 1 && alts.is_empty() {
                continue;
            }
            assert_eq!(alts, page, "{loc}: sitemap and page disagree");
            seen.insert(loc.to_string());
        }
    }
    assert!(seen.contains("https://uji.example.go.id/en/topics/training/"));
}
