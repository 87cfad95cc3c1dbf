//! Live reload over Server-Sent Events: open tabs listen on [`EVENTS_PATH`]; after a good
//! rebuild they reload, after a failed one they show its problems over the last good page.
//! The script is injected into HTML responses by the server only, never into built files.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::sync::{Arc, Mutex};

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
    box.textContent = e.data;
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

/// Events a tab may fall behind by; a tab further behind (it stopped reading) is dropped,
/// and a browser that is still there reconnects by itself.
const QUEUE: usize = 16;
/// Event streams open at once; a stream asked for beyond this is answered 503 (the page
/// still works, without live reload).
pub const MAX_STREAMS: usize = 32;

/// The open event streams, and the problems of the current failed build, if any. Each
/// stream is written by a thread of its own from a bounded queue, so a tab that stops
/// reading holds up no other tab and no request (issue 17, finding 5).
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<SyncSender<Arc<str>>>>,
    problems: Mutex<Option<String>>,
    /// Stream threads still running (a dropped stream counts until its thread ends).
    open: Arc<AtomicUsize>,
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
        if self.open.load(Ordering::SeqCst) >= MAX_STREAMS {
            drop(clients);
            send(
                &mut writer,
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\n\
                 Content-Length: 0\r\nConnection: close\r\n\r\n",
            );
            return;
        }
        let problems = self.problems.lock().map(|p| p.clone()).unwrap_or_default();
        let greeting = match problems {
            Some(text) => format!("{head}{}", event("problems", &text)),
            None => head.to_string(),
        };
        let (queue, next) = sync_channel::<Arc<str>>(QUEUE);
        if queue.try_send(Arc::from(greeting)).is_err() {
            return;
        }
        self.open.fetch_add(1, Ordering::SeqCst);
        let open = self.open.clone();
        let spawned = std::thread::Builder::new()
            .name("terang-events".into())
            .spawn(move || {
                // Ends when the tab goes (a write fails or times out) or the hub drops it.
                for message in next {
                    if !send(&mut writer, &message) {
                        break;
                    }
                }
                open.fetch_sub(1, Ordering::SeqCst);
            });
        match spawned {
            Ok(_) => clients.push(queue),
            Err(_) => {
                self.open.fetch_sub(1, Ordering::SeqCst);
            }
        }
    }

    /// Event streams whose threads still run.
    #[cfg(test)]
    fn open_streams(&self) -> usize {
        self.open.load(Ordering::SeqCst)
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

    /// Queue `message` for every tab, never waiting: a tab whose queue is full (it stopped
    /// reading) or whose thread ended (it went) is dropped.
    fn broadcast(&self, message: &str) {
        let message: Arc<str> = Arc::from(message);
        if let Ok(mut clients) = self.clients.lock() {
            clients.retain(|queue| queue.try_send(message.clone()).is_ok());
        }
    }
}

/// Write and flush; `false` when the tab has gone (or stopped reading for the socket's
/// write timeout).
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

    /// A writer that blocks until the test ends (a tab that stopped reading).
    struct Stalled(std::sync::mpsc::Receiver<()>);

    impl Write for Stalled {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            let _ = self.0.recv();
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A writer the test can read.
    #[derive(Clone, Default)]
    struct Seen(Arc<Mutex<Vec<u8>>>);

    impl Write for Seen {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn wait_until(what: &str, check: impl Fn() -> bool) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !check() {
            assert!(std::time::Instant::now() < deadline, "{what}");
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn finding_05_a_stalled_tab_holds_up_no_other_tab() {
        let hub = Hub::default();
        let (release, stalled) = std::sync::mpsc::channel();
        hub.subscribe(Box::new(Stalled(stalled)));
        let seen = Seen::default();
        hub.subscribe(Box::new(seen.clone()));
        let text = || String::from_utf8_lossy(&seen.0.lock().unwrap()).into_owned();
        for sent in 1..=QUEUE * 3 {
            hub.reload();
            wait_until("the live tab gets every reload", || {
                text().matches("event: reload").count() == sent
            });
        }
        assert_eq!(
            hub.clients.lock().unwrap().len(),
            1,
            "the stalled tab is dropped"
        );
        let late = Seen::default();
        hub.subscribe(Box::new(late.clone()));
        wait_until("a new tab is greeted", || {
            !late.0.lock().unwrap().is_empty()
        });
        drop(release);
        wait_until("the stalled tab's thread ends", || hub.open_streams() == 2);
    }

    #[test]
    fn finding_05_streams_beyond_the_cap_are_refused() {
        let hub = Hub::default();
        let mut holds = Vec::new();
        for _ in 0..MAX_STREAMS {
            let (hold, stalled) = std::sync::mpsc::channel();
            holds.push(hold);
            hub.subscribe(Box::new(Stalled(stalled)));
        }
        let refused = Seen::default();
        hub.subscribe(Box::new(refused.clone()));
        let reply = String::from_utf8_lossy(&refused.0.lock().unwrap()).into_owned();
        assert!(reply.starts_with("HTTP/1.1 503"), "{reply}");
        drop(holds);
        wait_until("the stalled threads end", || hub.open_streams() == 0);
    }

    #[test]
    fn multi_line_data_becomes_one_event() {
        assert_eq!(
            event("problems", "error: a\r\n  |\n"),
            "event: problems\ndata: error: a\ndata:   |\ndata: \n\n"
        );
    }
}
