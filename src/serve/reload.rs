//! Live reload over Server-Sent Events: open tabs listen on [`EVENTS_PATH`]; after a good
//! rebuild they reload, after a failed one they show its problems over the last good page.
//! The script is injected into HTML responses by the server only, never into built files.

use std::io::Write;
use std::sync::Mutex;

/// Where the pages' script listens.
pub const EVENTS_PATH: &str = "/__terang/events";

/// The id of the overlay element the script creates (the tests look for it).
#[cfg(test)]
pub const OVERLAY_ID: &str = "terang-problems";

/// The live-reload client: reload on `reload`, show the problems text on `problems`.
/// `textContent` keeps the text text: nothing in an error message becomes markup.
pub const SCRIPT: &str = r#"<script>/* terang serve: live reload (never in built sites) */
(() => {
  const events = new EventSource("/__terang/events");
  events.onopen = () => { document.documentElement.dataset.terangLive = "on"; };
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("problems", (e) => {
    let box = document.getElementById("terang-problems");
    if (!box) {
      box = document.createElement("dialog");
      box.id = "terang-problems";
      box.style.cssText = "max-width:60rem;width:90vw;max-height:80vh;overflow:auto;padding:1rem;border:3px solid #b00020;background:#fff;color:#111;font:14px/1.4 monospace;white-space:pre-wrap";
      document.body.append(box);
    }
    box.textContent = "The last build failed; this is the last good page.\n\n" + e.data;
    if (!box.open) box.showModal ? box.showModal() : box.setAttribute("open", "");
  });
})();
</script>
"#;

/// `html` with the script before its last `</body>` (or at the end when there is none).
pub fn inject(html: &[u8]) -> Vec<u8> {
    let at = find_last_body_end(html).unwrap_or(html.len());
    let mut out = Vec::with_capacity(html.len() + SCRIPT.len());
    out.extend_from_slice(&html[..at]);
    out.extend_from_slice(SCRIPT.as_bytes());
    out.extend_from_slice(&html[at..]);
    out
}

fn find_last_body_end(html: &[u8]) -> Option<usize> {
    const END: &[u8] = b"</body";
    html.windows(END.len())
        .rposition(|w| w.eq_ignore_ascii_case(END))
}

/// The open event streams, and the problems of the current failed build, if any.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Box<dyn Write + Send>>>,
    problems: Mutex<Option<String>>,
}

impl Hub {
    /// Answer an event-stream request on its raw connection (tiny_http buffers responses,
    /// so the stream is written by hand) and keep it. A tab that connects while a build is
    /// failing gets the problems at once.
    pub fn subscribe(&self, mut writer: Box<dyn Write + Send>) {
        let head = "HTTP/1.1 200 OK\r\n\
                    Content-Type: text/event-stream; charset=utf-8\r\n\
                    Cache-Control: no-cache\r\n\
                    Connection: keep-alive\r\n\r\n\
                    retry: 1000\n\n";
        // Under the clients' lock, so no event can fall between the greeting and the list.
        let Ok(mut clients) = self.clients.lock() else {
            return;
        };
        let problems = self.problems.lock().map(|p| p.clone()).unwrap_or_default();
        let greeting = match problems {
            Some(text) => format!("{head}{}", event("problems", &text)),
            None => head.to_string(),
        };
        if send(&mut writer, &greeting) {
            clients.push(writer);
        }
    }

    /// A good build: every tab reloads.
    pub fn reload(&self) {
        if let Ok(mut problems) = self.problems.lock() {
            *problems = None;
        }
        self.broadcast(&event("reload", ""));
    }

    /// A failed build: every tab shows `text` over the page it has.
    pub fn problems(&self, text: &str) {
        if let Ok(mut problems) = self.problems.lock() {
            *problems = Some(text.to_string());
        }
        self.broadcast(&event("problems", text));
    }

    /// Whether a failed build's problems are showing.
    pub fn failing(&self) -> bool {
        self.problems.lock().is_ok_and(|p| p.is_some())
    }

    /// A comment line, so closed tabs are noticed and dropped.
    pub fn ping(&self) {
        self.broadcast(": ping\n\n");
    }

    fn broadcast(&self, message: &str) {
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain_mut(|writer| send(writer, message));
        }
    }
}

/// Write and flush; `false` when the tab has gone.
fn send(writer: &mut Box<dyn Write + Send>, text: &str) -> bool {
    writer.write_all(text.as_bytes()).is_ok() && writer.flush().is_ok()
}

/// One event: a name and data lines (a line break cannot appear inside a `data:` line).
fn event(name: &str, data: &str) -> String {
    let mut out = format!("event: {name}\n");
    for line in data.split('\n') {
        out.push_str("data: ");
        out.push_str(line.trim_end_matches('\r'));
        out.push('\n');
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_goes_before_the_last_body_end() {
        let html = b"<html><body><p>a</p></BODY></html>";
        let out = String::from_utf8(inject(html)).unwrap();
        assert!(out.starts_with("<html><body><p>a</p><script>"));
        assert!(out.ends_with("</script>\n</BODY></html>"));
        let bare = String::from_utf8(inject(b"<p>no body</p>")).unwrap();
        assert!(bare.starts_with("<p>no body</p><script>"));
    }

    #[test]
    fn the_script_is_short() {
        assert!(SCRIPT.lines().count() <= 20);
        assert!(SCRIPT.contains(EVENTS_PATH) && SCRIPT.contains(OVERLAY_ID));
    }

    #[test]
    fn multi_line_data_becomes_one_event() {
        assert_eq!(
            event("problems", "error: a\r\n  |\n"),
            "event: problems\ndata: error: a\ndata:   |\ndata: \n\n"
        );
    }
}
