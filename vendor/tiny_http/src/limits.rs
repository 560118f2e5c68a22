//! policypress patch: bounds on what a client can make the server hold.
//!
//! Upstream tiny_http keeps every connection (two descriptors each) and one
//! thread per connection for as long as the client likes, reads a request
//! head of any size, and stops accepting for good on the first `accept`
//! error. This module holds the bounds ([`Limits`]) and the shared state of
//! one connection ([`Conn`]): its socket (one descriptor, shared by the read
//! and write halves), what it is doing (waiting for a head, reading one,
//! answering), and a registry of the open connections so that the oldest
//! idle one can be closed when a new client arrives at the cap.
//! See PATCHED.md.

use std::collections::BTreeMap;
use std::io::{ErrorKind, Read, Result as IoResult, Write};
use std::net::Shutdown;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, Weak};
use std::time::{Duration, Instant};

use crate::connection::Connection;

/// What a server accepts from its clients. `Default` gives the values
/// policypress uses (see its `src/serve/http.rs` for why).
#[derive(Debug, Clone)]
pub struct Limits {
    /// Most connections open at once. A new client past it closes the
    /// oldest connection that is waiting for a request, or is answered 503
    /// and closed when every connection is busy.
    pub max_connections: usize,
    /// Longest request line, in bytes; longer is answered 414.
    pub max_request_line: usize,
    /// Most bytes of header lines in one request; more is answered 431.
    pub max_header_bytes: usize,
    /// Most header lines in one request; more is answered 431.
    pub max_headers: usize,
    /// How long a connection may wait, answered and silent, before sending
    /// the first byte of its next request; it is then closed without reply.
    pub idle_timeout: Duration,
    /// How long a request head may take from its first byte to its blank
    /// line; it is then answered 408 and closed.
    pub head_timeout: Duration,
    /// How long a read of a request body, or a write of a response, may
    /// make no progress before the connection is given up.
    pub io_timeout: Duration,
    /// Most requests of one connection read but not answered yet
    /// (pipelining); the next head is read once one is answered.
    pub max_pipelined: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 128,
            max_request_line: 8 * 1024,
            max_header_bytes: 64 * 1024,
            max_headers: 100,
            idle_timeout: Duration::from_secs(5),
            head_timeout: Duration::from_secs(10),
            io_timeout: Duration::from_secs(10),
            max_pipelined: 2,
        }
    }
}

/// How often a blocked read wakes to check its deadline: the socket's
/// receive timeout. Deadlines are therefore kept to within this much.
const READ_SLICE: Duration = Duration::from_millis(250);

/// What a connection is doing, for its read deadline and for eviction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// Waiting for the first byte of a request head.
    Idle,
    /// Reading a request head (at least one byte came).
    Head,
    /// Reading a request body.
    Body,
}

struct State {
    phase: Phase,
    /// When the current phase's clock started: the last answer (idle), the
    /// head's first byte (head), the last body bytes (body).
    since: Instant,
    /// Requests read and not answered yet (their response writer lives).
    busy: usize,
    /// Closed by the server to make room; never chosen twice.
    evicted: bool,
}

/// The open connections of one server.
pub(crate) struct Registry {
    limits: Limits,
    open: AtomicUsize,
    next_id: AtomicU64,
    conns: Mutex<BTreeMap<u64, Weak<Conn>>>,
}

impl Registry {
    pub(crate) fn new(limits: Limits) -> Arc<Registry> {
        Arc::new(Registry {
            limits,
            open: AtomicUsize::new(0),
            next_id: AtomicU64::new(0),
            conns: Mutex::new(BTreeMap::new()),
        })
    }

    pub(crate) fn limits(&self) -> &Limits {
        &self.limits
    }

    fn conns(&self) -> MutexGuard<'_, BTreeMap<u64, Weak<Conn>>> {
        self.conns.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a new connection may be kept: under the cap, or an idle one
    /// (the oldest) was closed to make room.
    pub(crate) fn make_room(&self) -> bool {
        if self.open.load(Ordering::SeqCst) < self.limits.max_connections {
            return true;
        }
        // The `Arc`s are dropped after the lock is released: dropping the
        // last one of a connection takes the lock again (`Conn::drop`).
        let open: Vec<Arc<Conn>> = self.conns().values().filter_map(Weak::upgrade).collect();
        // The oldest silent connection goes first, else the oldest one still
        // sending its head; never one being answered.
        let victim = [Phase::Idle, Phase::Head].iter().find_map(|&phase| {
            open.iter().find_map(|c| {
                let mut s = c.state();
                if s.busy == 0 && !s.evicted && s.phase == phase {
                    s.evicted = true;
                    Some(c.clone())
                } else {
                    None
                }
            })
        });
        match victim {
            Some(c) => {
                // Wakes its reader with end-of-file; it closes and leaves.
                let _ = c.socket.shutdown(Shutdown::Both);
                true
            }
            None => false,
        }
    }

    /// Registers an accepted socket, with its read and write timeouts set.
    pub(crate) fn track(self: &Arc<Self>, socket: Connection) -> Arc<Conn> {
        socket.set_timeouts(READ_SLICE, self.limits.io_timeout);
        let id = self.next_id.fetch_add(1, Ordering::SeqCst);
        self.open.fetch_add(1, Ordering::SeqCst);
        let conn = Arc::new(Conn {
            socket,
            id,
            registry: self.clone(),
            state: Mutex::new(State {
                phase: Phase::Idle,
                since: Instant::now(),
                busy: 0,
                evicted: false,
            }),
            answered: Condvar::new(),
            peer_gone: AtomicBool::new(false),
        });
        self.conns().insert(id, Arc::downgrade(&conn));
        conn
    }
}

/// One accepted connection, shared by its read half, its write half and
/// the response writers of its requests; the socket closes with the last.
pub(crate) struct Conn {
    socket: Connection,
    id: u64,
    registry: Arc<Registry>,
    state: Mutex<State>,
    /// Notified when a request is answered (`busy` went down).
    answered: Condvar,
    /// The client closed its side (or the connection failed).
    peer_gone: AtomicBool,
}

impl Drop for Conn {
    fn drop(&mut self) {
        self.registry.conns().remove(&self.id);
        self.registry.open.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Conn {
    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn limits(&self) -> &Limits {
        self.registry.limits()
    }

    pub(crate) fn socket(&self) -> &Connection {
        &self.socket
    }

    /// Starts waiting for the next request head; first waits while
    /// `max_pipelined` requests of this connection are unanswered.
    pub(crate) fn begin_head(&self) {
        let mut s = self.state();
        while s.busy >= self.limits().max_pipelined.max(1) && !s.evicted {
            s = self
                .answered
                .wait_timeout(s, READ_SLICE)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
        s.phase = Phase::Idle;
        s.since = Instant::now();
    }

    /// The head was read: the request is being answered, its body may be read.
    pub(crate) fn end_head(&self) {
        let mut s = self.state();
        s.phase = Phase::Body;
        s.since = Instant::now();
        s.busy += 1;
    }

    /// The phase the connection is in.
    pub(crate) fn phase(&self) -> Phase {
        self.state().phase
    }

    pub(crate) fn set_peer_gone(&self) {
        self.peer_gone.store(true, Ordering::SeqCst);
    }

    /// Reads, giving up with `TimedOut` when the phase's deadline passes.
    /// An idle connection with an unanswered request (a long response such
    /// as an event stream) has no deadline: it is not idle.
    pub(crate) fn read(&self, buf: &mut [u8]) -> IoResult<usize> {
        loop {
            match self.socket.read_shared(buf) {
                Ok(n) => {
                    if n > 0 {
                        let mut s = self.state();
                        match s.phase {
                            Phase::Idle => {
                                s.phase = Phase::Head;
                                s.since = Instant::now();
                            }
                            Phase::Body => s.since = Instant::now(),
                            Phase::Head => {}
                        }
                    }
                    return Ok(n);
                }
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                    let l = self.limits();
                    let mut s = self.state();
                    let limit = match s.phase {
                        Phase::Idle if s.busy > 0 => {
                            s.since = Instant::now();
                            continue;
                        }
                        Phase::Idle => l.idle_timeout,
                        Phase::Head => l.head_timeout,
                        Phase::Body => l.io_timeout,
                    };
                    if s.since.elapsed() >= limit {
                        return Err(std::io::Error::new(ErrorKind::TimedOut, "read timed out"));
                    }
                }
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// After an error answer: stops writing, then reads and discards what
    /// the client still sends, for a little while, so that closing with
    /// unread bytes does not reset the connection before the client has
    /// read the answer.
    pub(crate) fn linger(&self) {
        /// At most this long and this much: the client may send forever.
        const LINGER_TIME: Duration = Duration::from_secs(2);
        const LINGER_BYTES: usize = 1 << 20;
        let _ = self.socket.shutdown(Shutdown::Write);
        let started = Instant::now();
        let mut drained = 0;
        let mut buf = [0u8; 8192];
        while started.elapsed() < LINGER_TIME && drained < LINGER_BYTES {
            match self.socket.read_shared(&mut buf) {
                Ok(0) => return,
                Ok(n) => drained += n,
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return,
            }
        }
    }
}

/// Wraps the response writer of one request: while it lives the
/// connection counts as answering (not idle, not evictable).
pub(crate) struct Answering<W: Write> {
    pub(crate) inner: W,
    pub(crate) conn: Arc<Conn>,
}

impl<W: Write> Write for Answering<W> {
    fn write(&mut self, buf: &[u8]) -> IoResult<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> IoResult<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for Answering<W> {
    fn drop(&mut self) {
        let mut s = self.conn.state();
        s.busy = s.busy.saturating_sub(1);
        if s.busy == 0 && s.phase == Phase::Idle {
            s.since = Instant::now();
        }
        drop(s);
        self.conn.answered.notify_all();
    }
}

/// Tells whether the client of a request has closed its connection: the
/// server saw end-of-file (or an error) where the next request would be.
/// For long responses (event streams) that otherwise learn of a closed
/// client only when a write fails, which can take two writes.
#[derive(Clone)]
pub struct ConnectionWatch(pub(crate) Arc<Conn>);

impl ConnectionWatch {
    /// Whether the client is gone.
    pub fn is_closed(&self) -> bool {
        self.0.peer_gone.load(Ordering::SeqCst)
    }
}
