//! HTTP over the last good site in memory. A request path maps to an output path (a key of
//! the [`Store`]) or to nothing: anything that does not normalise cleanly (`..`, `.`,
//! empty segments, encoded separators, backslashes, NUL, invalid UTF-8) is not found, so
//! no file outside the build can ever be served.

use std::io::Cursor;
use std::sync::Arc;

use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, StatusCode};

use super::State;
use super::overlay::waiting_page;
use super::reload::{EVENTS_PATH, inject};
use crate::output::{Body, Store};

/// Where a request goes.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    /// The live-reload event stream.
    Events,
    /// An output file.
    File(String),
    /// A folder asked for without its slash (`/berita` → `/berita/`).
    Redirect(String),
    NotFound,
}

/// Map a request target (`/berita/?page=2`) to a route in `site`.
pub fn route(target: &str, site: &Store) -> Route {
    let (raw_path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let raw_path = raw_path.split('#').next().unwrap_or(raw_path);
    if raw_path == EVENTS_PATH {
        return Route::Events;
    }
    let Some(rel) = normalise(raw_path) else {
        return Route::NotFound;
    };
    if rel.is_empty() || rel.ends_with('/') {
        let key = format!("{rel}index.html");
        return match site.contains(&key) {
            true => Route::File(key),
            false => Route::NotFound,
        };
    }
    if site.contains(&rel) {
        return Route::File(rel);
    }
    if site.contains(&format!("{rel}/index.html")) {
        let query = query.map(|q| format!("?{q}")).unwrap_or_default();
        return Route::Redirect(format!("{raw_path}/{query}"));
    }
    Route::NotFound
}

/// The output path a URL path names (without its leading `/`), or `None` when it does not
/// normalise cleanly.
fn normalise(raw_path: &str) -> Option<String> {
    let rest = raw_path.strip_prefix('/')?;
    let decoded = percent_decode_str(rest).decode_utf8().ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        let empty_allowed = i == last;
        if (segment.is_empty() && !empty_allowed) || *segment == "." || *segment == ".." {
            return None;
        }
    }
    Some(decoded.into_owned())
}

/// The media type of an output path, by extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "ics" => "text/calendar; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

/// Whether a `Host` header may be answered: `localhost` or an IP address, with or without
/// a port. A page on another site can point its own host name at this machine (DNS
/// rebinding) and then read the preview, drafts included; such a request names that host,
/// so it is refused. An IP address cannot be rebound, so `--bind 0.0.0.0` still works for
/// a colleague who opens `http://192.168.1.20:1111/`. A request without `Host` (HTTP/1.0,
/// not a browser) is answered.
pub fn host_allowed(host: Option<&str>) -> bool {
    let Some(host) = host else {
        return true;
    };
    let host = host.trim();
    let name = match host.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((address, rest)) if rest.is_empty() || valid_port(rest) => {
                return address.parse::<std::net::Ipv6Addr>().is_ok();
            }
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if valid_port(&format!(":{port}")) => name,
            Some(_) => return false,
            None => host,
        },
    };
    let name = name.strip_suffix('.').unwrap_or(name);
    name.eq_ignore_ascii_case("localhost") || name.parse::<std::net::Ipv4Addr>().is_ok()
}

/// `:` and a port number.
fn valid_port(text: &str) -> bool {
    text.strip_prefix(':')
        .is_some_and(|p| !p.is_empty() && p.parse::<u16>().is_ok())
}

/// Answer one request.
pub fn handle(request: Request, state: &Arc<State>) {
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string());
    if !host_allowed(host.as_deref()) {
        respond(
            request,
            421,
            "text/plain; charset=utf-8",
            b"terang serve answers only requests for localhost or an IP address of this machine \
              (a protection against DNS rebinding); open the preview as http://localhost:PORT/ or \
              by IP address.\n"
                .to_vec(),
        );
        return;
    }
    let head_or_get = matches!(request.method(), Method::Get | Method::Head);
    if !head_or_get {
        let response = with_headers(
            Response::from_string("only GET and HEAD\n").with_status_code(405),
            &[("Allow", "GET, HEAD")],
        );
        let _ = request.respond(response);
        return;
    }
    let Some(site) = state.site() else {
        if request.url().split('?').next() == Some(EVENTS_PATH) {
            state.hub.subscribe(request.into_writer());
            return;
        }
        let page = waiting_page(state.problems().as_deref());
        respond(
            request,
            503,
            "text/html; charset=utf-8",
            inject(page.as_bytes()),
        );
        return;
    };
    match route(request.url(), &site) {
        Route::Events => state.hub.subscribe(request.into_writer()),
        Route::Redirect(to) => {
            let response = with_headers(
                Response::empty(StatusCode(301)),
                &[("Location", &to), ("Cache-Control", "no-cache")],
            );
            let _ = request.respond(response);
        }
        Route::File(key) => serve_file(request, state, &site, (&key, 200)),
        Route::NotFound => match site.contains("404.html") {
            true => serve_file(request, state, &site, ("404.html", 404)),
            false => respond(
                request,
                404,
                "text/plain; charset=utf-8",
                b"not found\n".to_vec(),
            ),
        },
    }
}

/// Answer with the file `key` of `site` and `status`.
fn serve_file(request: Request, state: &State, site: &Store, (key, status): (&str, u16)) {
    let readable = |body: &Body| match body {
        Body::File { path, .. } => state.may_read(path),
        _ => true,
    };
    let Some(body) = site.get(key).filter(|b| readable(b)) else {
        respond(
            request,
            404,
            "text/plain; charset=utf-8",
            b"not found\n".to_vec(),
        );
        return;
    };
    let kind = content_type(key);
    let html = kind.starts_with("text/html");
    match body {
        // Large copied files stream from disk; pages are small and get the script.
        Body::File { path, .. } if !html => match std::fs::File::open(path) {
            Ok(file) => {
                let response = with_headers(
                    Response::from_file(file).with_status_code(status),
                    &common_headers(kind),
                );
                let _ = request.respond(response);
            }
            Err(_) => respond(
                request,
                404,
                "text/plain; charset=utf-8",
                b"not found\n".to_vec(),
            ),
        },
        _ => match body.bytes() {
            Ok(bytes) => {
                let bytes = if html {
                    inject(&bytes)
                } else {
                    bytes.into_owned()
                };
                respond(request, status, kind, bytes);
            }
            Err(_) => respond(
                request,
                404,
                "text/plain; charset=utf-8",
                b"not found\n".to_vec(),
            ),
        },
    }
}

fn respond(request: Request, status: u16, kind: &str, bytes: Vec<u8>) {
    let length = bytes.len();
    let response = Response::new(
        StatusCode(status),
        Vec::new(),
        Cursor::new(bytes),
        Some(length),
        None,
    );
    let _ = request.respond(with_headers(response, &common_headers(kind)));
}

fn common_headers(kind: &str) -> [(&str, &str); 3] {
    [
        ("Content-Type", kind),
        ("Cache-Control", "no-cache"),
        ("X-Content-Type-Options", "nosniff"),
    ]
}

/// Add headers; one whose value is not valid in HTTP (never ours) is left out.
fn with_headers<R: std::io::Read>(
    mut response: Response<R>,
    headers: &[(&str, &str)],
) -> Response<R> {
    for (name, value) in headers {
        if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{OutputFile, Payload};

    fn site() -> Store {
        Store::new(
            [
                "index.html",
                "berita/index.html",
                "terang.css",
                "data/a b.csv",
                "404.html",
            ]
            .iter()
            .map(|p| OutputFile {
                path: p.to_string(),
                payload: Payload::Bytes(b"x".to_vec()),
            })
            .collect(),
        )
    }

    #[test]
    fn finding_14_only_localhost_and_ip_addresses_are_answered() {
        for host in [
            None,
            Some("localhost"),
            Some("LocalHost:1111"),
            Some("localhost."),
            Some("127.0.0.1:8080"),
            Some("192.168.1.20"),
            Some("[::1]:1111"),
            Some("[::1]"),
        ] {
            assert!(host_allowed(host), "{host:?}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "localhost:",
            "localhost:99999",
            "[::1",
            "[evil]:1",
            "",
        ] {
            assert!(!host_allowed(Some(host)), "{host}");
        }
    }

    #[test]
    fn folders_files_and_redirects() {
        let s = site();
        assert_eq!(route("/", &s), Route::File("index.html".into()));
        assert_eq!(
            route("/berita/", &s),
            Route::File("berita/index.html".into())
        );
        assert_eq!(
            route("/berita/?a=1", &s),
            Route::File("berita/index.html".into())
        );
        assert_eq!(route("/berita", &s), Route::Redirect("/berita/".into()));
        assert_eq!(
            route("/berita?a=1", &s),
            Route::Redirect("/berita/?a=1".into())
        );
        assert_eq!(route("/terang.css", &s), Route::File("terang.css".into()));
        assert_eq!(
            route("/data/a%20b.csv", &s),
            Route::File("data/a b.csv".into())
        );
        assert_eq!(route(EVENTS_PATH, &s), Route::Events);
        assert_eq!(route("/nope/", &s), Route::NotFound);
    }

    #[test]
    fn nothing_outside_the_output_is_reachable() {
        let s = site();
        for target in [
            "/../Cargo.toml",
            "/berita/../index.html",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2fCargo.toml",
            "/./index.html",
            "//etc/passwd",
            "/%2Fetc/passwd",
            "/berita%5c..%5cindex.html",
            "/..\\index.html",
            "/index.html%00",
            "/%ff",
            "http://example.com/index.html",
            "index.html",
            "",
        ] {
            assert_eq!(route(target, &s), Route::NotFound, "{target}");
        }
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("feed.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("x.PNG"), "image/png");
        assert_eq!(
            content_type("pagefind/x.pf_meta"),
            "application/octet-stream"
        );
    }
}
