//! The front door of `terang serve` (issue 17, finding 14), on Linux: terang accepts each
//! TCP connection itself and passes its bytes to tiny_http over a Unix socket of its own (an
//! abstract name: no file), so that it can bound what tiny_http 0.12 cannot — tiny_http
//! reads a request's head whole, however long, and waits for it for ever:
//!
//! - a request head (request line and headers) longer than [`HEAD_LIMIT`] is answered
//!   `431 Request Header Fields Too Large` and the connection closed;
//! - a head begun but not finished within [`HEAD_TIME`] (a "slow loris") is answered
//!   `408 Request Timeout` and closed;
//! - at most [`CONNECTIONS`] connections are open at once; more are closed at once.
//!
//! Between requests a connection may stay silent (event streams only receive), so no time
//! limit applies then; TCP keep-alive closes one whose peer has gone (see
//! `bound_connections`). Nothing here parses HTTP: it only finds where each head ends.

use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The longest request head passed on: browsers send 1–2 KiB, and localhost cookies set
/// by other development servers can add some; Node's own limit is 16 KiB.
pub const HEAD_LIMIT: usize = 32 * 1024;
/// How long a begun request head may take to arrive whole.
pub const HEAD_TIME: Duration = Duration::from_secs(10);
/// How many connections may be open at once (tabs, their event streams, downloads).
pub const CONNECTIONS: usize = 256;

/// The Unix socket tiny_http listens on, named after this process and the public port.
/// tiny_http 0.12 panics when a server listening on an abstract name is dropped (it looks
/// for the socket's file), so that server must never be dropped: see `Server::http`.
pub fn inner(port: u16) -> io::Result<(UnixListener, SocketAddr)> {
    let name = format!("terang-serve-{}-{port}", std::process::id());
    let address = SocketAddr::from_abstract_name(name.as_bytes())?;
    Ok((UnixListener::bind_addr(&address)?, address))
}

/// Accept connections on `public` for as long as the process runs, each passed on to
/// `inner` on threads of its own.
pub fn open(public: TcpListener, inner: SocketAddr) {
    let inner = Arc::new(inner);
    let open = Arc::new(AtomicUsize::new(0));
    std::thread::spawn(move || {
        for tcp in public.incoming() {
            let Ok(tcp) = tcp else { continue };
            if open.fetch_add(1, Ordering::SeqCst) >= CONNECTIONS {
                open.fetch_sub(1, Ordering::SeqCst);
                let _ = tcp.shutdown(Shutdown::Both);
                continue;
            }
            let (inner, open) = (inner.clone(), open.clone());
            std::thread::spawn(move || {
                pass_on(tcp, &inner);
                open.fetch_sub(1, Ordering::SeqCst);
            });
        }
    });
}

/// Pass one connection's bytes both ways until either side closes or a head breaks a limit.
fn pass_on(tcp: TcpStream, inner: &SocketAddr) {
    let Ok(unix) = UnixStream::connect_addr(inner) else {
        let _ = tcp.shutdown(Shutdown::Both);
        return;
    };
    let answers = match (unix.try_clone(), tcp.try_clone()) {
        (Ok(mut from_server), Ok(mut to_client)) => std::thread::spawn(move || {
            // Ends when the server closes or the client stops reading (the socket's send
            // time limit): then both sides are closed, so neither waits on the other.
            let _ = io::copy(&mut from_server, &mut to_client);
            let _ = to_client.shutdown(Shutdown::Both);
            let _ = from_server.shutdown(Shutdown::Both);
        }),
        _ => return,
    };
    requests(tcp, unix);
    let _ = answers.join();
}

/// Copy the client's bytes to the server, holding every request head to the limits.
fn requests(mut tcp: TcpStream, mut unix: UnixStream) {
    let mut head = Head::default();
    let mut buffer = [0u8; 8192];
    loop {
        let limit = head
            .started
            .map(|at| HEAD_TIME.saturating_sub(at.elapsed()));
        if limit == Some(Duration::ZERO) || tcp.set_read_timeout(limit).is_err() {
            refuse(&mut tcp, &unix, "408 Request Timeout");
            return;
        }
        let read = match tcp.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) =>
            {
                refuse(&mut tcp, &unix, "408 Request Timeout");
                return;
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        };
        if head.feed(&buffer[..read]).is_err() {
            refuse(&mut tcp, &unix, "431 Request Header Fields Too Large");
            return;
        }
        if unix.write_all(&buffer[..read]).is_err() {
            break;
        }
    }
    // The client is done sending; the server may still be answering.
    let _ = unix.shutdown(Shutdown::Write);
}

/// Answer `status`, then close the server's side and the client's. The answer goes first:
/// closing the server's side ends the copy of its answers, which closes the client's. What
/// the client is still sending is read and dropped for a moment: closing a socket with
/// unread data resets the connection, and the client would lose the answer.
fn refuse(tcp: &mut TcpStream, unix: &UnixStream, status: &str) {
    let _ = write!(
        tcp,
        "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    let _ = tcp.shutdown(Shutdown::Write);
    let _ = unix.shutdown(Shutdown::Both);
    let until = Instant::now() + LINGER;
    let mut sink = [0u8; 8192];
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        if left.is_zero() || tcp.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match tcp.read(&mut sink) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    let _ = tcp.shutdown(Shutdown::Both);
}

/// How long a refused client's last bytes are read and dropped.
const LINGER: Duration = Duration::from_secs(1);

/// Where the current request head stands: its length so far, when it began, and its last
/// four bytes (a head ends with an empty line, `\r\n\r\n`).
#[derive(Default)]
struct Head {
    length: usize,
    started: Option<Instant>,
    last: u32,
}

/// A head longer than [`HEAD_LIMIT`].
#[derive(Debug, PartialEq)]
struct TooLong;

impl Head {
    fn feed(&mut self, bytes: &[u8]) -> Result<(), TooLong> {
        for &byte in bytes {
            self.started.get_or_insert_with(Instant::now);
            self.length += 1;
            self.last = (self.last << 8) | u32::from(byte);
            if self.last == u32::from_be_bytes(*b"\r\n\r\n") {
                *self = Head::default();
            } else if self.length > HEAD_LIMIT {
                return Err(TooLong);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_end_at_an_empty_line_even_across_reads() {
        let mut head = Head::default();
        head.feed(b"GET / HTTP/1.1\r\nHost: localhost\r").unwrap();
        assert!(head.started.is_some());
        head.feed(b"\n\r").unwrap();
        head.feed(b"\n").unwrap();
        assert_eq!((head.length, head.started), (0, None));
    }

    #[test]
    fn finding_14_a_head_past_the_limit_is_refused_and_many_small_ones_are_not() {
        let request = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n";
        let mut head = Head::default();
        for _ in 0..10 * HEAD_LIMIT / request.len() {
            head.feed(request).unwrap();
        }
        let mut long = Head::default();
        long.feed(b"GET / HTTP/1.1\r\nX-Big: ").unwrap();
        assert_eq!(long.feed(&vec![b'a'; HEAD_LIMIT]), Err(TooLong));
    }
}
