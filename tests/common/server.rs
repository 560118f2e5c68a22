//! A `policypress serve` child process on a free port, and raw HTTP
//! helpers to speak to it (no HTTP client crate: the tests control every
//! byte sent).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running preview server, stopped when dropped.
pub struct Server {
    pub child: Child,
    pub addr: String,
    pub root: PathBuf,
    _site: Option<tempfile::TempDir>,
}

impl Server {
    /// Whether the server process is still running.
    pub fn child_alive(&self) -> bool {
        std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
            .map(|s| !s.contains(") Z "))
            .unwrap_or(false)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `serve` on `root` (kept alive by `site` when given) and waits for
/// the line naming its address.
pub fn start_at(root: PathBuf, site: Option<tempfile::TempDir>, extra: &[&str]) -> Server {
    start_with(super::policypress(), root, site, extra)
}

/// Starts `serve` on a temporary site with the descriptor limit (soft and
/// hard) lowered to `nofile`, through `sh -c 'ulimit -n …; exec …'` (the
/// child's pid is the server's).
pub fn start_with_nofile(site: tempfile::TempDir, nofile: u32) -> Server {
    let root = site.path().to_path_buf();
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg(format!("ulimit -n {nofile} && exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_policypress"));
    start_with(sh, root, Some(site), &[])
}

fn start_with(
    mut command: Command,
    root: PathBuf,
    site: Option<tempfile::TempDir>,
    extra: &[&str],
) -> Server {
    let mut child = command
        .args(["serve", "--port", "0", "--root"])
        .arg(&root)
        .args(extra)
        .env("NO_COLOR", "1")
        .env("LC_ALL", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("piped stdout"))
        .read_line(&mut line)
        .expect("serve prints its address");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server {
        child,
        addr,
        root,
        _site: site,
    }
}

/// Starts `serve` on a temporary site.
pub fn start(site: tempfile::TempDir) -> Server {
    let root = site.path().to_path_buf();
    start_at(root, Some(site), &[])
}

/// Sends a raw GET; returns (status, head, body), or the I/O error.
pub fn try_request(addr: &str, target: &str) -> std::io::Result<(u16, String, String)> {
    try_request_with(addr, "GET", target, "")
}

/// Sends a raw request with `method` and the `extra` header lines (each
/// ending with CRLF); returns (status, head, body), or the I/O error.
pub fn try_request_with(
    addr: &str,
    method: &str,
    target: &str,
    extra: &str,
) -> std::io::Result<(u16, String, String)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        s,
        "{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{extra}\r\n"
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    Ok((status, head.to_string(), body.to_string()))
}

/// A field of /proc/PID/status (`VmRSS` in kB, `Threads`, …), Linux only.
pub fn proc_status(pid: u32, field: &str) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
}

/// GET `target`: (status, body).
pub fn get(addr: &str, target: &str) -> (u16, String) {
    let (s, _, b) = try_request(addr, target).expect("the server answers");
    (s, b)
}

/// Waits until `f` holds, polling, for at most `secs` seconds.
pub fn eventually(what: &str, secs: u64, mut f: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < deadline {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    panic!("timed out waiting for {what}");
}

/// An open live-reload event stream (`/_preview/events`).
pub struct Events(pub BufReader<TcpStream>);

impl Events {
    pub fn open(addr: &str) -> Events {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
        write!(
            s,
            "GET /_preview/events HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\n\r\n"
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let mut line = String::new();
        r.read_line(&mut line).expect("a status line");
        assert!(line.starts_with("HTTP/1.1 200"), "{line}");
        loop {
            line.clear();
            r.read_line(&mut line).expect("headers");
            if line == "\r\n" {
                break;
            }
        }
        Events(r)
    }

    /// The next status event that `wanted` accepts, skipping others: a save
    /// written in two steps (`std::fs::write` truncates, then writes) can
    /// reach the watcher as two changes that a loaded machine spreads over
    /// two debounce windows, each rebuilt and announced (the first one sees
    /// an empty file).
    pub fn next_where(
        &mut self,
        wanted: impl Fn(&serde_json::Value) -> bool,
    ) -> std::io::Result<serde_json::Value> {
        loop {
            let ev = self.next()?;
            if wanted(&ev) {
                return Ok(ev);
            }
        }
    }

    /// The data of the next `status` event.
    pub fn next(&mut self) -> std::io::Result<serde_json::Value> {
        let mut line = String::new();
        let mut event = String::new();
        loop {
            line.clear();
            if self.0.read_line(&mut line)? == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            if let Some(e) = line.strip_prefix("event: ") {
                event = e.trim().to_string();
            } else if let Some(d) = line.strip_prefix("data: ") {
                if event == "status" {
                    return serde_json::from_str(d.trim())
                        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e));
                }
            }
        }
    }
}
