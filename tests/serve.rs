//! `terang serve` over HTTP: pages with their types, folders, redirects, the site's 404
//! page, HEAD; live reload within 2 s of an edit; the last good page and the problems after
//! a broken edit; no file outside the build for any traversal attempt; a taken port;
//! Ctrl-C. Every server is stopped by PID when its test ends.

mod common;
mod live;

use std::time::Duration;

use common::SiteTest;
use live::{Events, Running, eventually, eventually_within, get, host_of, raw, request};

const ARTICLE: &str = "content/news/2025-01-10-bantuan-pangan.id.md";
const ARTICLE_URL: &str = "/berita/bantuan-pangan/";

#[test]
fn pages_folders_redirects_types_and_the_404_page() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);

    let home = get(&url, "/");
    assert_eq!(home.status, 200);
    assert_eq!(
        home.header("Content-Type"),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(home.header("Cache-Control"), Some("no-cache"));
    assert!(
        home.text().contains("/__terang/events"),
        "the live-reload script"
    );
    let script = home.text().rfind("<script>").expect("script");
    assert!(script < home.text().rfind("</body>").expect("body end"));

    let en = get(&url, "/en/");
    assert!(en.text().contains("lang=\"en\""));

    let redirect = get(&url, "/berita");
    assert_eq!(redirect.status, 301);
    assert_eq!(redirect.header("Location"), Some("/berita/"));
    assert_eq!(get(&url, "/berita/").status, 200);

    let css = get(&url, "/terang.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("Content-Type"), Some("text/css; charset=utf-8"));
    assert!(
        !css.text().contains("EventSource"),
        "only HTML gets the script"
    );

    let photo = get(&url, "/berita/pelatihan/foto.jpg");
    assert_eq!(photo.status, 200);
    assert_eq!(photo.header("Content-Type"), Some("image/jpeg"));

    let missing = get(&url, "/tidak-ada/");
    assert_eq!(missing.status, 404);
    let not_found = site_file(&site, "404.html");
    let title = not_found
        .split("<title>")
        .nth(1)
        .and_then(|t| t.split("</title>").next())
        .expect("the 404 page has a title");
    assert!(missing.text().contains(title), "the site's own 404 page");

    let head = request(&url, "HEAD", "/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    assert_eq!(head.header("Content-Length"), home.header("Content-Length"));

    assert_eq!(request(&url, "POST", "/").status, 405);
}

/// The built 404 page, for comparison.
fn site_file(site: &SiteTest, rel: &str) -> String {
    site.build(&[]).assert_ok();
    site.read(rel)
}

#[test]
fn no_traversal_attempt_reaches_a_file_outside_the_build() {
    let site = SiteTest::bilingual();
    // A file beside the site, and a link out of the output folder: neither may be served.
    site.write("secret.txt", "rahasia");
    std::fs::create_dir_all(site.root().join("output")).expect("mkdir");
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        site.root().join("secret.txt"),
        site.root().join("output/leak.txt"),
    )
    .expect("symlink");
    let (_server, url) = Running::serve(site.root(), &[]);
    let port_url = url.trim_end_matches('/');
    for target in [
        "/../secret.txt",
        "/../../etc/passwd",
        "/berita/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/.%2e/secret.txt",
        "/berita/%2e%2e/%2e%2e/secret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/secret.txt",
        "/content/site.yaml",
        "/leak.txt",
        "/output/leak.txt",
        "/index.html%00.txt",
        "/%c0%ae%c0%ae/secret.txt",
        &format!("{port_url}/../secret.txt"),
        "secret.txt",
    ] {
        let reply = get(&url, target);
        assert_eq!(reply.status, 404, "{target} answered {}", reply.status);
        assert!(
            !reply.text().contains("rahasia"),
            "{target} leaked the file"
        );
    }
}

#[test]
fn an_edit_reloads_a_broken_edit_shows_problems_over_the_last_good_page() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let tab = Events::connect(&url);
    let original = std::fs::read_to_string(site.root().join(ARTICLE)).expect("read");

    // An edit: a reload event within 2 s, then the new text.
    site.write(
        ARTICLE,
        original.replace("dimulai hari ini", "dimulai pagi ini"),
    );
    tab.wait_for("reload", Duration::from_secs(2));
    assert!(get(&url, ARTICLE_URL).text().contains("dimulai pagi ini"));

    // A broken edit: the problems in an event (as text), the last good page still served.
    site.write(ARTICLE, "---\ntitle: [Tidak <b>ditutup\n---\nRusak.\n");
    let problems = tab.wait_for("problems", Duration::from_secs(2));
    assert!(
        problems
            .data
            .starts_with("The last build failed; this is the last good page."),
        "{}",
        problems.data
    );
    assert!(
        problems.data.contains(&format!(
            "error: {}:2:",
            ARTICLE.replace('/', std::path::MAIN_SEPARATOR_STR)
        )),
        "{}",
        problems.data
    );
    assert!(
        problems.data.contains("<b>"),
        "sent as text; the page escapes it"
    );
    let page = get(&url, ARTICLE_URL);
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("dimulai pagi ini"),
        "the last good page"
    );

    // A tab opened now hears the problems at once.
    let late = Events::connect(&url);
    late.wait_for("problems", Duration::from_secs(2));

    // The fix clears them: every tab reloads.
    site.write(ARTICLE, original);
    tab.wait_for("reload", Duration::from_secs(2));
    late.wait_for("reload", Duration::from_secs(2));
    assert!(get(&url, ARTICLE_URL).text().contains("dimulai hari ini"));
}

#[test]
fn a_new_file_a_rename_and_a_deletion_are_served_at_once() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let tab = Events::connect(&url);
    site.write(
        "content/news/2025-06-01-baru.id.md",
        "---\ntitle: Kabar Baru\ndate: 2025-06-01\n---\nIsi kabar baru.\n",
    );
    tab.wait_for("reload", Duration::from_secs(2));
    assert!(
        get(&url, "/berita/baru/")
            .text()
            .contains("Isi kabar baru.")
    );

    // An editor's atomic save: write a temporary file, rename it over the original.
    let temp = site.root().join("content/news/.2025-06-01-baru.id.md.tmp");
    std::fs::write(
        &temp,
        "---\ntitle: Kabar Baru\ndate: 2025-06-01\n---\nIsi kedua.\n",
    )
    .expect("write");
    std::fs::rename(
        &temp,
        site.root().join("content/news/2025-06-01-baru.id.md"),
    )
    .expect("mv");
    tab.wait_for("reload", Duration::from_secs(2));
    assert!(get(&url, "/berita/baru/").text().contains("Isi kedua."));

    std::fs::rename(
        site.root().join("content/news/2025-06-01-baru.id.md"),
        site.root().join("content/news/2025-06-02-lain.id.md"),
    )
    .expect("rename");
    tab.wait_for("reload", Duration::from_secs(2));
    eventually("the renamed article at its new address", || {
        get(&url, "/berita/lain/").status == 200 && get(&url, "/berita/baru/").status == 404
    });

    site.remove("content/news/2025-06-02-lain.id.md");
    tab.wait_for("reload", Duration::from_secs(2));
    assert_eq!(get(&url, "/berita/lain/").status, 404);
}

#[test]
fn the_search_index_follows_in_the_background() {
    let site = SiteTest::bilingual();
    let (mut server, url) = Running::serve(site.root(), &[]);
    // Pages at once; the index a moment later, without a reload.
    assert_eq!(get(&url, "/cari/").status, 200);
    server.stderr_line_with("search index made");
    eventually("the index served", || {
        get(&url, "/pagefind/pagefind-entry.json").status == 200
    });
    let tab = Events::connect(&url);
    let original = std::fs::read_to_string(site.root().join(ARTICLE)).expect("read");
    site.write(
        ARTICLE,
        original.replace("dimulai hari ini", "dimulai kemarin"),
    );
    tab.wait_for("reload", Duration::from_secs(2));
    // The edited page is indexed again; the old index is served meanwhile.
    assert_eq!(get(&url, "/pagefind/pagefind-entry.json").status, 200);
    let line = server.stderr_line_with("search index made");
    assert!(line.contains("rewritten"), "{line}");
    assert!(
        tab.pending().iter().all(|e| e.name != "reload"),
        "a new index reloads no tab"
    );
}

/// SPEC §7: with `--messages id` the waiting page, the overlay's text and the log lines are
/// Indonesian; the `error:` header keeps its `file:line:column`.
#[test]
fn serve_speaks_indonesian_when_asked() {
    let site = SiteTest::bilingual();
    site.write(ARTICLE, "---\ntitle: [rusak\n---\n");
    let (mut server, url) = Running::serve(site.root(), &["--messages", "id"]);
    let waiting = get(&url, "/").text();
    assert!(waiting.contains("<html lang=\"id\">"), "{waiting}");
    assert!(waiting.contains("Situs belum dapat dibangun"), "{waiting}");
    let tab = Events::connect(&url);
    let problems = tab.wait_for("problems", Duration::from_secs(2));
    assert!(
        problems.data.starts_with("Pembangunan terakhir gagal"),
        "{}",
        problems.data
    );
    let place = format!(
        "error: {}:2:",
        ARTICLE.replace('/', std::path::MAIN_SEPARATOR_STR)
    );
    assert!(problems.data.contains(&place), "{}", problems.data);
    assert!(problems.data.contains("1 kesalahan, "), "{}", problems.data);
    server.stderr_line_with("pembangunan gagal dengan 1 kesalahan");
}

#[test]
fn a_site_that_does_not_build_yet_is_served_once_fixed() {
    let site = SiteTest::bilingual();
    let original = std::fs::read_to_string(site.root().join(ARTICLE)).expect("read");
    site.write(ARTICLE, "---\ntitle: [rusak\n---\n");
    let (_server, url) = Running::serve(site.root(), &[]);
    let waiting = get(&url, "/");
    assert_eq!(waiting.status, 503);
    assert!(waiting.text().contains("does not build yet"));
    assert!(waiting.text().contains("rusak"));
    assert!(waiting.text().contains("/__terang/events"));
    let tab = Events::connect(&url);
    tab.wait_for("problems", Duration::from_secs(2));
    site.write(ARTICLE, original);
    tab.wait_for("reload", Duration::from_secs(2));
    assert_eq!(get(&url, "/").status, 200);
}

#[test]
fn links_point_at_the_local_server() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let home = get(&url, "/").text();
    assert!(home.contains(&format!("href=\"{url}\"")) || home.contains(&format!("{url}en/")));
    assert!(
        !home.contains("uji.example.go.id"),
        "base_url is the local server"
    );
}

#[test]
fn drafts_are_served_with_a_banner_unless_no_drafts_and_future_articles_with_their_flag() {
    let site = SiteTest::bilingual();
    let (_plain, url) = Running::serve(site.root(), &[]);
    let draft = get(&url, "/berita/konsep-laporan/");
    assert_eq!(draft.status, 200, "serve shows drafts by default");
    assert!(
        draft.text().contains(r#"class="draft-banner""#),
        "marked as a draft"
    );
    assert_eq!(get(&url, "/berita/rencana-tahunan/").status, 404);
    let published = get(&url, ARTICLE_URL);
    assert!(!published.text().contains("draft-banner"));
    for never in ["/sitemap.xml", "/feed.xml"] {
        let file = get(&url, never);
        assert!(
            !file.text().contains("konsep-laporan"),
            "{never} lists a draft"
        );
    }
    let (_hidden, url) = Running::serve(site.root(), &["--no-drafts"]);
    assert_eq!(get(&url, "/berita/konsep-laporan/").status, 404);
    let (_all, url) = Running::serve(site.root(), &["--future"]);
    assert_eq!(get(&url, "/berita/rencana-tahunan/").status, 200);
}

#[test]
fn a_site_with_only_a_draft_serves_it_at_once() {
    // `terang init`'s "Next:" lines: serve, then `terang new news ...` (a draft).
    let site = SiteTest::empty();
    common::run_terang(site.root(), &["init", "situs"]).assert_ok();
    let root = site.root().join("situs");
    let (_server, url) = Running::serve(&root, &[]);
    let tab = Events::connect(&url);
    common::run_terang(&root, &["new", "news", "Artikel Pertama"]).assert_ok();
    tab.wait_for("reload", Duration::from_secs(2));
    eventually("the new draft served", || {
        get(&url, "/berita/artikel-pertama/").status == 200
    });
    let page = get(&url, "/berita/artikel-pertama/");
    assert!(page.text().contains(r#"class="draft-banner""#));
}

#[test]
fn a_port_in_use_is_a_clear_error_with_exit_code_2() {
    let site = SiteTest::bilingual();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let root = site.root().to_string_lossy().into_owned();
    let mut server = Running::start(site.root(), &["serve", "--site", &root, "--port", &port]);
    assert_eq!(server.exit_code(), Some(2));
    let line = server.stderr_line_with("in use");
    assert!(line.contains(&port) && line.contains("--port"), "{line}");
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let site = SiteTest::bilingual();
    let (mut server, url) = Running::serve(site.root(), &[]);
    let _tab = Events::connect(&url);
    assert_eq!(server.signal_and_wait("INT"), Some(0));
    server.stderr_line_with("stopped");
}

#[test]
fn a_built_site_never_contains_the_live_reload_script() {
    let site = SiteTest::bilingual();
    site.build(&[]).assert_ok();
    for (path, bytes) in common::tree(&site.output()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("__terang") && !text.contains("EventSource"),
            "{path} holds the serve-only script"
        );
    }
}

/// Issue 17, finding 5: event streams that stopped reading (more of them than the server
/// has workers) while a build failed with a 2 MB problems text hold up no page, no new
/// tab and no later event.
#[test]
fn finding_05_stalled_event_streams_hold_up_no_page_and_no_tab() {
    use std::io::Write;
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let stalled: Vec<std::net::TcpStream> = (0..8)
        .map(|_| {
            let mut stream = std::net::TcpStream::connect(host_of(&url)).expect("connect");
            write!(
                stream,
                "GET /__terang/events HTTP/1.1\r\nHost: {}\r\n\r\n",
                host_of(&url)
            )
            .expect("send");
            stream
        })
        .collect();
    // 3,000 broken articles: a problems text of about a megabyte, more than the sockets of
    // the stalled streams hold.
    for n in 0..3000 {
        site.write(
            &format!("content/news/2025-01-10-rusak-{n}.id.md"),
            format!("---\ntitle: Rusak {n}\ndate: 2025-01-10\ntidak_dikenal_{n}: 1\n---\nRusak.\n"),
        );
    }
    std::thread::sleep(Duration::from_millis(1500));
    let tab = Events::connect(&url);
    tab.wait_for("problems", Duration::from_secs(10));
    // Each edit sends the whole text again: megabytes the stalled streams never take.
    for round in 0..6 {
        site.write(
            "content/news/2025-01-10-rusak-0.id.md",
            format!("---\ntitle: Rusak\ndate: 2025-01-10\nlagi_{round}: 1\n---\n"),
        );
        tab.wait_for("problems", Duration::from_secs(10));
    }
    assert_eq!(get(&url, "/").status, 200, "pages still load");
    Events::connect(&url).wait_for("problems", Duration::from_secs(5));
    site.remove("content/news");
    tab.wait_for("reload", Duration::from_secs(10));
    drop(stalled);
}

/// Issue 17, finding 14: a `Host` other than localhost or an IP address is refused (DNS
/// rebinding), and the server keeps listening.
#[test]
fn finding_14_foreign_hosts_are_refused_and_the_server_keeps_listening() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let port = host_of(&url).rsplit(':').next().expect("port").to_string();
    let ask = |host: &str| {
        raw(
            &url,
            &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        )
    };
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "localhost:notaport".to_string(),
    ] {
        let reply = ask(&host);
        assert_eq!(reply.status, 421, "{host}");
        assert!(reply.text().contains("DNS rebinding"), "{host}");
        assert!(!reply.text().contains("<html"), "{host}: no page");
    }
    for host in [
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
        "LOCALHOST".to_string(),
    ] {
        assert_eq!(ask(&host).status, 200, "{host}");
    }

    // Still listening after more than the write limit without a new connection (a read
    // limit on the listening socket would have ended `accept`).
    std::thread::sleep(Duration::from_secs(11));
    assert_eq!(ask("localhost").status, 200);
}

#[test]
fn a_body_edit_with_a_site_address_link_is_checked_and_served_with_the_local_address() {
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let tab = Events::connect(&url);
    let original = std::fs::read_to_string(site.root().join(ARTICLE)).expect("read");

    // A body-only edit (the quick path) linking to an address with no page: an error.
    site.write(
        ARTICLE,
        original.replace("dimulai hari ini", "dimulai [hari ini](/berita/tidak-ada/)"),
    );
    let problems = tab.wait_for("problems", Duration::from_secs(2));
    assert!(
        problems
            .data
            .contains("this site has no page or file at that address"),
        "{}",
        problems.data
    );

    // The address of a page that exists: served, pointing at this server.
    site.write(
        ARTICLE,
        original.replace(
            "dimulai hari ini",
            &format!("dimulai [hari ini]({ARTICLE_URL})"),
        ),
    );
    tab.wait_for("reload", Duration::from_secs(2));
    assert!(
        get(&url, ARTICLE_URL)
            .text()
            .contains(&format!(r#"href="{ARTICLE_URL}""#))
    );
}

/// A preview left running over a release: at the minute an article's embargo lifts, `serve`
/// rebuilds by itself and the open tab reloads, nothing edited. On the real clock (no
/// `SOURCE_DATE_EPOCH`): the embargo lifts at the first whole minute at least ten seconds
/// away, so the test waits 10–70 s.
#[test]
fn serve_publishes_what_was_held_when_its_embargo_lifts() {
    let now = jiff::Timestamp::now().as_second() + 10;
    let lift = jiff::Timestamp::from_second(now + (60 - now.rem_euclid(60)) % 60)
        .expect("a time")
        .strftime("%Y-%m-%dT%H:%M:%S+00:00")
        .to_string();
    let site = SiteTest::small().file(
        "content/news/2025-11-20-rilis.id.md",
        format!(
            "---\ntitle: Rilis Tertahan\ndate: 2025-11-20\nembargo_until: {lift}\n---\nIsi rilis.\n"
        ),
    );
    let (mut server, url) = Running::serve_at(site.root(), &[], None);
    assert_eq!(
        get(&url, "/berita/rilis/").status,
        404,
        "held before {lift}"
    );
    let tab = Events::connect(&url);
    eventually_within(
        Duration::from_secs(80),
        "the article once its embargo lifts",
        || get(&url, "/berita/rilis/").status == 200,
    );
    tab.wait_for("reload", Duration::from_secs(5));
    assert!(
        get(&url, "/berita/rilis/")
            .text()
            .contains("Rilis Tertahan")
    );
    server.stderr_line_with("an embargo lifted or a page's date came: rebuilding");
}

/// Issue 17, finding 14: a request head past 32 KiB (the finding sent 300 MB, all of it
/// buffered) is answered 431 and closed; a head begun and never finished is answered 408
/// within ten seconds; past 256 open connections a new one is closed at once. The server
/// answers as before afterwards.
#[test]
fn finding_14_long_slow_and_too_many_request_heads_are_refused() {
    use std::io::{Read, Write};
    let site = SiteTest::bilingual();
    let (_server, url) = Running::serve(site.root(), &[]);
    let answer = |stream: &mut std::net::TcpStream| {
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        let mut reply = Vec::new();
        let _ = stream.read_to_end(&mut reply);
        String::from_utf8_lossy(&reply).into_owned()
    };

    let mut long = std::net::TcpStream::connect(host_of(&url)).expect("connect");
    let mut head = b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: ".to_vec();
    head.resize(64 * 1024, b'a');
    let _ = long.write_all(&head);
    let reply = answer(&mut long);
    assert!(reply.starts_with("HTTP/1.1 431 "), "{reply:?}");

    let started = std::time::Instant::now();
    let mut slow = std::net::TcpStream::connect(host_of(&url)).expect("connect");
    slow.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        .expect("send");
    let reply = answer(&mut slow);
    assert!(reply.starts_with("HTTP/1.1 408 "), "{reply:?}");
    assert!(started.elapsed() < Duration::from_secs(15));

    let idle: Vec<std::net::TcpStream> = (0..256)
        .map(|_| std::net::TcpStream::connect(host_of(&url)).expect("connect"))
        .collect();
    eventually("a connection past the 256th is closed at once", || {
        let mut extra = std::net::TcpStream::connect(host_of(&url)).expect("connect");
        let _ = extra.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n");
        answer(&mut extra).is_empty()
    });
    drop(idle);
    eventually("pages load again", || get(&url, "/").status == 200);
}
