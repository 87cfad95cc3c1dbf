//! `terang serve`'s server: the last good build held in memory and answered over HTTP on
//! loopback (`server`), live reload and the error overlay for open tabs (`reload`,
//! `overlay`). A rebuild's outcome is [`State::publish`]ed: a good build replaces the site
//! and reloads the tabs; a failed one keeps the site and shows its problems over it.

#[cfg(target_os = "linux")]
mod door;
mod overlay;
pub mod reload;
pub mod server;

use std::mem::ManuallyDrop;
use std::net::{IpAddr, SocketAddr, TcpListener};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::thread::JoinHandle;
use std::time::Duration;

use crate::messages::msg;
use crate::output::Store;
use crate::rebuild::{Outcome, Report};
use reload::Hub;

/// Threads answering requests (a slow download does not hold up the others).
const WORKERS: usize = 4;
/// How often open event streams are pinged, so closed tabs are noticed.
const PING: Duration = Duration::from_secs(15);
/// How long a write may wait for a reader that takes nothing (a stalled tab is then
/// dropped), and how long a connection may be silent before keep-alive probes it.
pub const IDLE: Duration = Duration::from_secs(10);

/// What the server answers from; shared by its threads and the rebuild loop.
#[derive(Default)]
pub struct State {
    site: RwLock<Option<Arc<Store>>>,
    pub hub: Hub,
    /// The problems text of the failed build, while no build has succeeded yet.
    waiting: RwLock<Option<String>>,
    /// The site folder, symlinks resolved: a file read from disk to answer a request must
    /// still lie inside it (a link swapped in after the build is not followed out).
    boundary: PathBuf,
}

impl State {
    /// Nothing to serve yet, for the site at `site_root`.
    pub fn new(site_root: &std::path::Path) -> State {
        State {
            boundary: crate::content::walk::boundary(site_root),
            ..State::default()
        }
    }

    /// Whether a file the site copies from disk may be read to answer a request.
    pub fn may_read(&self, path: &std::path::Path) -> bool {
        std::fs::canonicalize(path).is_ok_and(|real| real.starts_with(&self.boundary))
    }

    /// The last good site, if a build has succeeded.
    pub fn site(&self) -> Option<Arc<Store>> {
        self.site.read().ok().and_then(|s| s.clone())
    }

    fn problems(&self) -> Option<String> {
        self.waiting.read().ok().and_then(|p| p.clone())
    }

    /// Serve `site` from now on, telling no tab (a new search index: the pages are the same).
    pub fn replace(&self, site: Arc<Store>) {
        let previous = self
            .site
            .write()
            .map(|mut s| s.replace(site))
            .ok()
            .flatten();
        drop(previous);
    }

    /// Show a rebuild's outcome: a good build replaces the site and reloads open tabs (when
    /// a file changed, or problems were showing); a failed one keeps the site and shows
    /// its problems.
    pub fn publish(&self, report: &Report) {
        match &report.outcome {
            Outcome::Built { site, changes, .. } => {
                let previous = self
                    .site
                    .write()
                    .map(|mut s| s.replace(site.clone()))
                    .ok()
                    .flatten();
                if let Ok(mut waiting) = self.waiting.write() {
                    *waiting = None;
                }
                if !changes.is_empty() || self.hub.failing() || previous.is_none() {
                    self.hub.reload();
                }
                // The old site is freed here, after the tabs were told.
                drop(previous);
            }
            Outcome::Failed(failure) => {
                let text = overlay::problems_text(failure);
                if let Ok(mut waiting) = self.waiting.write()
                    && self.site().is_none()
                {
                    *waiting = Some(text.clone());
                }
                self.hub.problems(&text);
            }
        }
    }
}

/// Why the server could not start.
#[derive(Debug)]
pub enum ListenError {
    /// The port is taken (exit 2, with a hint to choose another).
    InUse(SocketAddr),
    Other(SocketAddr, std::io::Error),
}

impl std::fmt::Display for ListenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListenError::InUse(addr) => f.write_str(&msg!(
                "serve-port-in-use",
                port = addr.port(),
                address = addr.ip().to_string()
            )),
            ListenError::Other(addr, e) => f.write_str(&msg!(
                "serve-cannot-listen",
                address = addr.to_string(),
                error = e.to_string()
            )),
        }
    }
}

/// Bind the address the server will answer on (`port` 0: any free port).
pub fn listen(ip: IpAddr, port: u16) -> Result<TcpListener, ListenError> {
    let addr = SocketAddr::new(ip, port);
    TcpListener::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => ListenError::InUse(addr),
        _ => ListenError::Other(addr, e),
    })
}

/// The warning for an address other machines can reach (every interface, or one of this
/// machine's network addresses); `None` for loopback.
pub fn exposure_warning(bind: IpAddr) -> Option<String> {
    if bind.is_loopback() {
        return None;
    }
    let which = match bind.is_unspecified() {
        true => msg!("serve-exposed-everywhere", bind = bind.to_string()),
        false => msg!("serve-exposed-address", bind = bind.to_string()),
    };
    Some(format!("warning: {}", msg!("serve-exposed", which = which)))
}

/// The site's address as a browser on this machine reaches it: the bound address, or
/// 127.0.0.1 when bound to every interface.
pub fn local_url(addr: SocketAddr) -> String {
    let host = match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => "127.0.0.1".to_string(),
        ip if ip.is_unspecified() => "[::1]".to_string(),
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) => ip.to_string(),
    };
    format!("http://{host}:{}/", addr.port())
}

/// The running HTTP server.
pub struct Server {
    /// Never dropped: it lives until the process ends (behind the front door, tiny_http
    /// 0.12 would panic when dropped; see `door::inner`).
    http: Arc<ManuallyDrop<tiny_http::Server>>,
    workers: Vec<JoinHandle<()>>,
    stopping: Arc<AtomicBool>,
}

impl Server {
    /// Answer requests on `listener` from `state`, on worker threads.
    pub fn start(listener: TcpListener, state: Arc<State>) -> anyhow::Result<Server> {
        bound_connections(&listener)?;
        let http = Arc::new(ManuallyDrop::new(http_server(listener)?));
        let stopping = Arc::new(AtomicBool::new(false));
        let mut workers = Vec::with_capacity(WORKERS);
        for _ in 0..WORKERS {
            let (http, state, stopping) = (http.clone(), state.clone(), stopping.clone());
            workers.push(std::thread::spawn(move || {
                loop {
                    match http.recv() {
                        Ok(request) => server::handle(request, &state),
                        // Unblocked by `stop`; any other error is one failed connection.
                        Err(_) if stopping.load(Ordering::SeqCst) => break,
                        Err(_) => {}
                    }
                }
            }));
        }
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(PING);
                state.hub.ping();
            }
        });
        Ok(Server {
            http,
            workers,
            stopping,
        })
    }

    /// Stop answering and wait for the workers.
    pub fn stop(self) {
        self.stopping.store(true, Ordering::SeqCst);
        for _ in &self.workers {
            self.http.unblock();
        }
        for worker in self.workers {
            let _ = worker.join();
        }
    }
}

/// tiny_http behind terang's front door ([`door`]: request heads bounded in size and time,
/// connections in number), listening on a Unix socket of its own.
#[cfg(target_os = "linux")]
fn http_server(listener: TcpListener) -> anyhow::Result<tiny_http::Server> {
    let cannot = |e: &dyn std::fmt::Display| {
        anyhow::anyhow!(msg!("serve-cannot-start", error = e.to_string()))
    };
    let port = listener.local_addr().map_err(|e| cannot(&e))?.port();
    let (inner, address) = door::inner(port).map_err(|e| cannot(&e))?;
    let http = tiny_http::Server::from_listener(inner, None).map_err(|e| cannot(&e))?;
    door::open(listener, address);
    Ok(http)
}

/// tiny_http on the listener itself (no limits on request heads: see docs/security.md).
#[cfg(not(target_os = "linux"))]
fn http_server(listener: TcpListener) -> anyhow::Result<tiny_http::Server> {
    tiny_http::Server::from_listener(listener, None)
        .map_err(|e| anyhow::anyhow!(msg!("serve-cannot-start", error = e.to_string())))
}

/// Bound what one connection can hold (Linux: accepted sockets inherit these options from
/// the listening one). A write waits at most [`IDLE`] for a reader that takes nothing, so a
/// stalled tab's thread ends; TCP keep-alive probes a connection silent for [`IDLE`] and
/// closes it when the peer has gone (a half-open connection), within about 25 seconds.
/// (Request heads are held to a size and a time by the front door, [`door`]. Elsewhere
/// connections have no limits.)
#[cfg(target_os = "linux")]
fn bound_connections(listener: &TcpListener) -> anyhow::Result<()> {
    use rustix::net::sockopt as opt;
    let set = || -> rustix::io::Result<()> {
        opt::set_socket_timeout(listener, opt::Timeout::Send, Some(IDLE))?;
        opt::set_socket_keepalive(listener, true)?;
        opt::set_tcp_keepidle(listener, IDLE)?;
        opt::set_tcp_keepintvl(listener, Duration::from_secs(5))?;
        opt::set_tcp_keepcnt(listener, 3)
    };
    set().map_err(|e| anyhow::anyhow!(msg!("serve-cannot-limit", error = e.to_string())))
}

#[cfg(not(target_os = "linux"))]
fn bound_connections(_: &TcpListener) -> anyhow::Result<()> {
    Ok(())
}

/// Open `url` in the desktop's browser; say so (and carry on) when that is not possible.
pub fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        eprintln!(
            "note: {}",
            msg!("serve-no-browser", opener = opener, url = url)
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_for_the_bound_address() {
        let v4: SocketAddr = "0.0.0.0:1111".parse().unwrap();
        assert_eq!(local_url(v4), "http://127.0.0.1:1111/");
        let lo: SocketAddr = "127.0.0.1:8080".parse().unwrap();
        assert_eq!(local_url(lo), "http://127.0.0.1:8080/");
        let v6: SocketAddr = "[::1]:1111".parse().unwrap();
        assert_eq!(local_url(v6), "http://[::1]:1111/");
    }

    #[test]
    fn finding_14_a_non_loopback_bind_is_warned_about() {
        for ip in ["127.0.0.1", "::1"] {
            assert_eq!(exposure_warning(ip.parse().unwrap()), None);
        }
        for ip in ["0.0.0.0", "::", "192.168.1.20"] {
            let warning = exposure_warning(ip.parse().unwrap()).expect(ip);
            assert!(warning.contains("drafts included"), "{warning}");
            assert!(warning.contains(ip), "{warning}");
        }
    }

    #[test]
    fn a_taken_port_is_a_clear_error() {
        let taken = listen("127.0.0.1".parse().unwrap(), 0).unwrap();
        let port = taken.local_addr().unwrap().port();
        let err = listen("127.0.0.1".parse().unwrap(), port).unwrap_err();
        assert!(matches!(err, ListenError::InUse(_)));
        assert!(err.to_string().contains("--port"));
    }
}
