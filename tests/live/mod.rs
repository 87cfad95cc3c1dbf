//! Helpers for tests of long-running commands (`serve`, `watch`): a child process stopped by
//! PID when dropped, a minimal HTTP/1.1 client over `std::net` (it sends request targets
//! exactly as written, so traversal attempts reach the server unnormalised), an
//! event-stream reader, and polling with a deadline instead of sleeping.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// How long anything may take before a test fails.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// A running `terang` with its stdout and stderr lines.
pub struct Running {
    child: Child,
    stdout: Receiver<String>,
    stderr: Receiver<String>,
    /// stderr so far, for failure messages.
    pub log: Vec<String>,
    /// Lines of `log` already matched by [`Running::stderr_line_with`].
    seen: usize,
}

impl Running {
    /// Start `terang <args>` in `cwd` with reproducible time and no colour.
    pub fn start(cwd: &Path, args: &[&str]) -> Running {
        Running::start_at(cwd, args, Some("1764000000"))
    }

    /// Start `terang <args>` in `cwd` with no colour, at `SOURCE_DATE_EPOCH` `epoch` or, with
    /// `None`, on the real clock.
    pub fn start_at(cwd: &Path, args: &[&str], epoch: Option<&str>) -> Running {
        let mut command = Command::new(env!("CARGO_BIN_EXE_terang"));
        match epoch {
            Some(epoch) => command.env("SOURCE_DATE_EPOCH", epoch),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        let mut child = command
            .args(args)
            .current_dir(cwd)
            .env("LC_ALL", "C.UTF-8")
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start terang");
        let stdout = lines(child.stdout.take().expect("stdout"));
        let stderr = lines(child.stderr.take().expect("stderr"));
        Running {
            child,
            stdout,
            stderr,
            log: Vec::new(),
            seen: 0,
        }
    }

    /// `terang serve --port 0` on `site`; returns it with its base URL (`http://127.0.0.1:N/`).
    pub fn serve(site: &Path, extra: &[&str]) -> (Running, String) {
        Running::serve_at(site, extra, Some("1764000000"))
    }

    /// [`Running::serve`] at `SOURCE_DATE_EPOCH` `epoch`, or on the real clock with `None`.
    pub fn serve_at(site: &Path, extra: &[&str], epoch: Option<&str>) -> (Running, String) {
        let site = site.to_string_lossy().into_owned();
        let mut args = vec!["serve", "--site", site.as_str(), "--port", "0"];
        args.extend_from_slice(extra);
        let mut running = Running::start_at(Path::new("."), &args, epoch);
        let line = running.stdout_line();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no URL in `{line}`; stderr: {:?}", running.log))
            .to_string();
        (running, url)
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The next stdout line, within [`PATIENCE`].
    pub fn stdout_line(&mut self) -> String {
        match self.stdout.recv_timeout(PATIENCE) {
            Ok(line) => line,
            Err(_) => {
                self.drain_stderr();
                panic!("no stdout line; stderr: {:#?}", self.log)
            }
        }
    }

    fn drain_stderr(&mut self) {
        while let Ok(line) = self.stderr.try_recv() {
            self.log.push(line);
        }
    }

    /// Wait for a stderr line containing `text`, after the line the last call found;
    /// returns it.
    pub fn stderr_line_with(&mut self, text: &str) -> String {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(i) = self.log[self.seen..].iter().position(|l| l.contains(text)) {
                self.seen += i + 1;
                return self.log[self.seen - 1].clone();
            }
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            match self.stderr.recv_timeout(left) {
                Ok(line) => self.log.push(line),
                Err(_) => break,
            }
        }
        panic!("no stderr line with `{text}`: {:#?}", self.log)
    }

    /// Send a signal by PID (`INT` is Ctrl-C) and wait for the exit code.
    pub fn signal_and_wait(&mut self, signal: &str) -> Option<i32> {
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(self.pid().to_string())
            .status()
            .expect("run kill");
        assert!(status.success());
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("terang did not stop within {PATIENCE:?}")
    }

    /// Wait (within [`PATIENCE`]) for the process to end by itself.
    pub fn exit_code(&mut self) -> Option<i32> {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait") {
                self.drain_stderr();
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("terang did not exit within {PATIENCE:?}")
    }
}

impl Drop for Running {
    /// Stop the process by PID, whatever the test did.
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn lines(stream: impl Read + Send + 'static) -> Receiver<String> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// An HTTP response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// `host:port` of a base URL.
fn authority(base: &str) -> &str {
    base.trim_start_matches("http://").trim_end_matches('/')
}

/// Send `method target` (exactly as written) and read the whole reply.
pub fn request(base: &str, method: &str, target: &str) -> Reply {
    let mut stream = TcpStream::connect(authority(base)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
        authority(base)
    )
    .expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the reply");
    parse(&raw, method == "HEAD")
}

/// Send `text` (a whole request, exactly as written) and read the whole reply.
pub fn raw(base: &str, text: &str) -> Reply {
    let mut stream = TcpStream::connect(authority(base)).expect("connect");
    stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
    stream.write_all(text.as_bytes()).expect("send");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the reply");
    parse(&raw, false)
}

/// `host:port` of a base URL.
pub fn host_of(base: &str) -> String {
    authority(base).to_string()
}

pub fn get(base: &str, target: &str) -> Reply {
    request(base, "GET", target)
}

fn parse(raw: &[u8], head: bool) -> Reply {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("end of headers");
    let head_text = String::from_utf8_lossy(&raw[..end]);
    let mut lines = head_text.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[end + 4..].to_vec();
    if !head
        && headers
            .iter()
            .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(i) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..i]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[i + 2..i + 2 + size]);
        data = &data[i + 2 + size + 2..];
    }
    out
}

/// A server-sent event.
#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub data: String,
}

/// The pseudo-event for "the response headers arrived".
const OPEN: &str = "(open)";

/// An open event stream (what a browser tab holds).
pub struct Events {
    events: Receiver<Event>,
}

impl Events {
    pub fn connect(base: &str) -> Events {
        let mut stream = TcpStream::connect(authority(base)).expect("connect");
        write!(
            stream,
            "GET /__terang/events HTTP/1.1\r\nHost: {}\r\nAccept: text/event-stream\r\n\r\n",
            authority(base)
        )
        .expect("send");
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stream);
            let (mut name, mut data, mut in_body) = (String::new(), Vec::<String>::new(), false);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) {
                let l = line.trim_end_matches(['\r', '\n']).to_string();
                line.clear();
                if !in_body {
                    in_body = l.is_empty();
                    if in_body
                        && tx
                            .send(Event {
                                name: OPEN.into(),
                                data: String::new(),
                            })
                            .is_err()
                    {
                        break;
                    }
                    continue;
                }
                if let Some(n) = l.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = l.strip_prefix("data: ") {
                    data.push(d.to_string());
                } else if l.is_empty() && !name.is_empty() {
                    let event = Event {
                        name: std::mem::take(&mut name),
                        data: std::mem::take(&mut data).join("\n"),
                    };
                    if tx.send(event).is_err() {
                        break;
                    }
                }
            }
        });
        let events = Events { events: rx };
        // The stream is open (headers read): from now on no event is missed.
        events.wait_for(OPEN, PATIENCE);
        events
    }

    /// The next event named `name` within `within`, skipping others.
    pub fn wait_for(&self, name: &str, within: Duration) -> Event {
        let deadline = Instant::now() + within;
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.events.recv_timeout(left) {
                Ok(e) if e.name == name => return e,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("no `{name}` event within {within:?}")
    }

    /// Events that arrived so far.
    pub fn pending(&self) -> Vec<Event> {
        self.events.try_iter().collect()
    }
}

/// Poll `check` every few milliseconds until it holds, or fail after [`PATIENCE`].
pub fn eventually(what: &str, check: impl FnMut() -> bool) {
    eventually_within(PATIENCE, what, check)
}

/// [`eventually`] with its own patience.
pub fn eventually_within(patience: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + patience;
    while Instant::now() < deadline {
        if check() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("{what}: not within {patience:?}")
}
