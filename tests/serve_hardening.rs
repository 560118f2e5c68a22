//! `policypress serve` under attack and under load: many live-reload
//! clients while pages are requested and content edited, idle and slow
//! clients, and bursts of thousands of file events. The real binary on a
//! free loopback port; every wait is a polled condition with a deadline.

mod common;
use common::server::*;
use common::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const POLICY: &str = "content/policies/sample.yaml";
const PAGE: &str = "/en/sample/";
const TITLE: &str = "Sample privacy statement";

/// The server's current generation and whether the site is clean.
fn status(addr: &str) -> (u64, bool) {
    let v: serde_json::Value =
        serde_json::from_str(&get(addr, "/_preview/status.json").1).expect("status JSON");
    (
        v["generation"].as_u64().expect("generation"),
        v["ok"] == true,
    )
}

/// Writes the policy with its title replaced, through a rename as editors
/// do (so the watcher never sees a half-written file).
fn save_title(root: &std::path::Path, original: &str, title: &str) {
    let tmp = root.join("content/policies/.sample.yaml.tmp");
    std::fs::write(&tmp, original.replacen(TITLE, title, 1)).expect("write");
    std::fs::rename(&tmp, root.join(POLICY)).expect("rename");
}

#[test]
fn pages_are_served_without_error_to_many_clients_while_fifty_streams_are_open_and_content_changes()
{
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let original = std::fs::read_to_string(srv.root.join(POLICY)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));

    // 50 live-reload clients, each recording the last generation it saw.
    let seen: Arc<Vec<AtomicU64>> = Arc::new((0..50).map(|_| AtomicU64::new(0)).collect());
    let stream_errors = Arc::new(AtomicUsize::new(0));
    let mut streams = Vec::new();
    for i in 0..50 {
        let mut events = Events::open(&addr);
        let (seen, stop, errors) = (seen.clone(), stop.clone(), stream_errors.clone());
        streams.push(std::thread::spawn(move || loop {
            match events.next() {
                Ok(v) => seen[i].store(v["generation"].as_u64().unwrap_or(0), Ordering::SeqCst),
                Err(_) if stop.load(Ordering::SeqCst) => return,
                Err(e) => {
                    eprintln!("event stream {i}: {e}");
                    errors.fetch_add(1, Ordering::SeqCst);
                    return;
                }
            }
        }));
    }

    // An author saving the policy every 40 ms.
    let editor = {
        let (root, stop, original) = (srv.root.clone(), stop.clone(), original.clone());
        std::thread::spawn(move || {
            let mut n = 0u32;
            while !stop.load(Ordering::SeqCst) {
                n += 1;
                save_title(&root, &original, &format!("{TITLE} rev {n}"));
                std::thread::sleep(Duration::from_millis(40));
            }
            n
        })
    };

    // Four clients requesting pages, the landing page and a stylesheet.
    let (ok, errors) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let duration = Duration::from_secs(3);
    let started = Instant::now();
    let clients: Vec<_> = (0..4)
        .map(|t| {
            let (addr, ok, errors) = (addr.clone(), ok.clone(), errors.clone());
            std::thread::spawn(move || {
                let targets = ["/en/sample/", "/fr/exemple/", "/", "/assets/style.css"];
                let mut i = t;
                while started.elapsed() < duration {
                    let target = targets[i % targets.len()];
                    i += 1;
                    match try_request(&addr, target) {
                        Ok((200, _, body))
                            if target.ends_with(".css") || body.contains("</html>") =>
                        {
                            ok.fetch_add(1, Ordering::Relaxed);
                        }
                        other => {
                            eprintln!("{target}: {other:?}");
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                }
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::SeqCst);
    let saves = editor.join().unwrap();
    let (ok, errors) = (ok.load(Ordering::SeqCst), errors.load(Ordering::SeqCst));
    println!(
        "serve under load: {ok} page requests in {elapsed:.2} s = {:.0} req/s, {errors} errors, \
         50 event streams open, {saves} saves",
        ok as f64 / elapsed
    );
    assert_eq!(errors, 0, "every request succeeds");
    assert!(ok > 100, "only {ok} requests answered in {elapsed:.1} s");

    // The last save is served, and every stream is told about it.
    let last = format!("{TITLE} rev {saves}<");
    eventually("the last save to be served", 15, || {
        get(&addr, PAGE).1.contains(&last)
    });
    let (generation, clean) = status(&addr);
    assert!(clean);
    eventually("all 50 streams to see the last generation", 15, || {
        seen.iter().all(|g| g.load(Ordering::SeqCst) >= generation)
    });
    assert_eq!(stream_errors.load(Ordering::SeqCst), 0);
    drop(srv);
    for s in streams {
        s.join().unwrap();
    }
}

#[test]
fn idle_and_byte_by_byte_clients_do_not_delay_others() {
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    // 100 connections that send nothing, 20 that stop in the middle of
    // their headers, and 20 that made one request and stay open (keep-alive).
    let mut idle: Vec<TcpStream> = (0..100)
        .map(|_| TcpStream::connect(&addr).unwrap())
        .collect();
    for _ in 0..20 {
        let mut s = TcpStream::connect(&addr).unwrap();
        s.write_all(b"GET /en/sample/ HTTP/1.1\r\nHost: x\r\nUser-Ag")
            .unwrap();
        idle.push(s);
    }
    for _ in 0..20 {
        let mut s = TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s.write_all(b"GET /assets/style.css HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let mut buf = [0u8; 64];
        let n = s.read(&mut buf).unwrap();
        assert!(buf[..n].starts_with(b"HTTP/1.1 200"));
        idle.push(s);
    }
    // A client sending its request one byte every 20 ms (about 1.5 s).
    let slow = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(&addr).unwrap();
            s.set_nodelay(true).unwrap();
            s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let req = format!(
                "GET {PAGE} HTTP/1.1\r\nHost: {addr}\r\nUser-Agent: slow\r\nConnection: close\r\n\r\n"
            );
            for b in req.as_bytes() {
                s.write_all(&[*b]).unwrap();
                std::thread::sleep(Duration::from_millis(20));
            }
            let mut raw = String::new();
            s.read_to_string(&mut raw).unwrap();
            raw
        })
    };
    // Meanwhile everyone else is answered promptly.
    let mut worst = Duration::ZERO;
    let t = Instant::now();
    let mut n = 0;
    while !slow.is_finished() || n < 20 {
        let t0 = Instant::now();
        let (code, body) = get(&addr, PAGE);
        worst = worst.max(t0.elapsed());
        assert_eq!(code, 200);
        assert!(body.contains(TITLE));
        n += 1;
        assert!(
            t.elapsed() < Duration::from_secs(20),
            "the slow client never finished"
        );
    }
    println!("{n} requests beside 140 idle and 1 slow client; slowest {worst:?}");
    assert!(worst < Duration::from_secs(2), "a request took {worst:?}");
    let raw = slow.join().unwrap();
    assert!(
        raw.starts_with("HTTP/1.1 200"),
        "the slow client is served too"
    );
    assert!(raw.contains(TITLE));
    drop(idle);
    assert_eq!(get(&addr, PAGE).0, 200);
}

#[test]
fn a_burst_of_thousands_of_file_events_and_files_deleted_while_read_are_survived() {
    let mut srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let root = srv.root.clone();
    let original = std::fs::read_to_string(root.join(POLICY)).unwrap();
    let (start_generation, _) = status(&addr);
    let dir = root.join("content/policies");
    // A policy big enough to take a while to read (still under the size
    // limit), created and deleted again and again: the server reads files
    // that vanish under it.
    let big = format!(
        "{}\n{}",
        original
            .replace("en: sample\n", "en: big\n")
            .replace("fr: exemple\n", "fr: gros\n"),
        "# padding padding padding padding padding padding padding padding\n".repeat(30_000)
    );
    let t = Instant::now();
    for i in 0..3000 {
        match i % 6 {
            // Plain writes of the policy, in place.
            0 | 1 => std::fs::write(
                root.join(POLICY),
                original.replacen(TITLE, &format!("{TITLE} burst {i}"), 1),
            )
            .unwrap(),
            // Saves through a rename.
            2 => save_title(&root, &original, &format!("{TITLE} renamed {i}")),
            // Temporary policies created and deleted at once.
            3 => {
                let p = dir.join(format!("temp-{i}.yaml"));
                std::fs::write(&p, "title: [unfinished").unwrap();
                std::fs::remove_file(&p).unwrap();
            }
            // Editor artifacts.
            4 => {
                let p = dir.join(format!(".sample.yaml.{i}.swp"));
                std::fs::write(&p, "x").unwrap();
                std::fs::remove_file(&p).unwrap();
            }
            _ if i % 60 == 5 => {
                let p = dir.join("big.yaml");
                std::fs::write(&p, &big).unwrap();
                std::fs::remove_file(&p).unwrap();
            }
            _ => {}
        }
    }
    // Then the final content, written once.
    save_title(&root, &original, "Final title after the burst");
    println!("3000 file operations in {:?}", t.elapsed());
    eventually("the final content to be served", 20, || {
        get(&addr, PAGE).1.contains("Final title after the burst<")
    });
    let (generation, clean) = status(&addr);
    assert!(generation > start_generation);
    assert!(clean, "no leftover problem from vanished files");
    assert_eq!(get(&addr, "/en/big/").0, 404);
    assert_eq!(get(&addr, "/en/temp-3/").0, 404);
    assert!(
        srv.child.try_wait().unwrap().is_none(),
        "serve is still running"
    );
}

// Hardening 2: floods of connections, streams and bytes, and requests that
// never complete. Each test below failed against the binary built from main
// before the fix (see the commit that added them).

/// A raw request's answer, read with a short timeout: (status, whole text).
/// Status 0 when the server closed without answering; `Err` when it
/// neither answered nor closed within `secs`.
fn raw_exchange(addr: &str, bytes: &[u8], secs: u64) -> std::io::Result<(u16, String)> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(secs)))?;
    s.write_all(bytes)?;
    let mut raw = Vec::new();
    match s.read_to_end(&mut raw) {
        Ok(_) => {}
        // A reset after the answer (the server closed with unread bytes).
        Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset && !raw.is_empty() => {}
        Err(e) => return Err(e),
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text
        .strip_prefix("HTTP/1.1 ")
        .and_then(|r| r.get(..3)?.parse().ok())
        .unwrap_or(0);
    Ok((status, text))
}

/// A GET of the page with a short timeout, `true` when it is served.
fn page_served(addr: &str) -> bool {
    let req = format!("GET {PAGE} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    matches!(raw_exchange(addr, req.as_bytes(), 3), Ok((200, t)) if t.contains(TITLE))
}

/// Opens up to `n` connections that send nothing, stopping at the first
/// that takes longer than `ms` (a server that stopped accepting leaves
/// them in the backlog until it is full; then a connection waits for the
/// SYN to be sent again, after 1 s).
fn idle_connections(addr: &str, n: usize, ms: u64) -> Vec<TcpStream> {
    let sock: std::net::SocketAddr = addr.parse().expect("an address");
    (0..n)
        .map_while(|_| TcpStream::connect_timeout(&sock, Duration::from_millis(ms)).ok())
        .collect()
}

#[test]
fn a_flood_of_idle_connections_past_the_cap_leaves_pages_served_and_threads_bounded() {
    // Under `ulimit -n 256` the cap is (256 - 64) / 2 = 96 connections;
    // 300 idle ones are more than the descriptors the process has.
    let srv = start_with_nofile(site("minimal"), 256);
    let addr = srv.addr.clone();
    let pid = srv.child.id();
    let idle = idle_connections(&addr, 300, 5000);
    assert_eq!(idle.len(), 300, "every connection is accepted or queued");
    // During the flood: each page request makes room by closing the oldest
    // idle connection.
    for _ in 0..5 {
        let t = Instant::now();
        assert!(page_served(&addr), "a page is served during the flood");
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "took {:?}",
            t.elapsed()
        );
    }
    let threads = proc_status(pid, "Threads").expect("thread count");
    println!("300 idle connections past a cap of 96: {threads} threads");
    // One thread per connection; connections closed to make room may
    // linger a moment (at most as many again), the rest is a handful.
    assert!(
        threads < 2 * 96 + 20,
        "{threads} threads for a cap of 96 connections"
    );
    drop(idle);
    assert!(page_served(&addr), "a page is served after the flood");
    assert!(srv.child_alive());
}

#[test]
fn running_out_of_descriptors_is_survived_and_the_server_accepts_again() {
    // The cap (128 under the usual limit) is then above what the process
    // can open: accepting fails with EMFILE until connections close.
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let pid = srv.child.id();
    assert!(page_served(&addr));
    let limit = 64;
    let status = std::process::Command::new("prlimit")
        .args([
            "--pid",
            &pid.to_string(),
            &format!("--nofile={limit}:{limit}"),
        ])
        .status()
        .expect("prlimit runs");
    assert!(status.success());
    let idle = idle_connections(&addr, 200, 300);
    let open = std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count());
    println!("{} idle connections, {open} descriptors open", idle.len());
    assert!(
        idle.len() > limit as usize,
        "more connections than descriptors"
    );
    drop(idle);
    // A freed descriptor is used again within the backoff (200 ms at most).
    eventually("a page to be served after the flood", 5, || {
        page_served(&addr)
    });
    assert!(srv.child_alive());
}

#[test]
fn event_streams_are_capped_pages_served_meanwhile_and_a_closed_stream_frees_its_slot() {
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let mut streams: Vec<Events> = (0..64).map(|_| Events::open(&addr)).collect();
    // The 65th is refused at once, told when to come back.
    let req = format!("GET /_preview/events HTTP/1.1\r\nHost: {addr}\r\n\r\n");
    let once =
        format!("GET /_preview/events HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    let t = Instant::now();
    let (code, text) = raw_exchange(&addr, once.as_bytes(), 3).expect("an answer");
    assert_eq!(code, 503, "{text}");
    assert!(text.contains("Retry-After: "), "{text}");
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "took {:?}",
        t.elapsed()
    );
    // Pages are served while the streams are at their cap.
    for _ in 0..20 {
        assert!(page_served(&addr));
    }
    // Closed streams free their slots promptly.
    streams.truncate(54);
    let t = Instant::now();
    eventually("a new stream to be accepted", 3, || {
        let mut s = TcpStream::connect(&addr).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
        s.write_all(req.as_bytes()).unwrap();
        let mut buf = [0u8; 12];
        s.read_exact(&mut buf).is_ok() && buf.starts_with(b"HTTP/1.1 200")
    });
    println!(
        "a closed stream's slot was free again after {:?}",
        t.elapsed()
    );
    // The open ones still work.
    assert!(streams[0].0.get_ref().peer_addr().is_ok());
    assert!(page_served(&addr));
}

#[test]
fn oversized_request_lines_and_headers_are_refused_and_memory_stays_bounded() {
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let pid = srv.child.id();
    let long_line = format!("GET /{} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(9000));
    assert_eq!(raw_exchange(&addr, long_line.as_bytes(), 5).unwrap().0, 414);
    let long_header = format!("GET / HTTP/1.1\r\nX-Big: {}\r\n\r\n", "b".repeat(70_000));
    assert_eq!(
        raw_exchange(&addr, long_header.as_bytes(), 5).unwrap().0,
        431
    );
    let many: String = (0..101).map(|i| format!("X-{i}: v\r\n")).collect();
    let many = format!("GET / HTTP/1.1\r\n{many}\r\n");
    assert_eq!(raw_exchange(&addr, many.as_bytes(), 5).unwrap().0, 431);
    // Just under the bounds is served.
    let fits = format!(
        "GET {PAGE}?{} HTTP/1.1\r\nConnection: close\r\n\r\n",
        "q".repeat(8000)
    );
    assert_eq!(raw_exchange(&addr, fits.as_bytes(), 5).unwrap().0, 200);

    // 32 MB of one header that never ends: the server stops reading it.
    let before = proc_status(pid, "VmRSS").expect("RSS");
    let mut s = TcpStream::connect(&addr).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nX-Flood: ").unwrap();
    let chunk = vec![b'z'; 1 << 16];
    let mut sent = 0usize;
    while sent < 32 << 20 && s.write_all(&chunk).is_ok() {
        sent += chunk.len();
    }
    std::thread::sleep(Duration::from_millis(200));
    let after = proc_status(pid, "VmRSS").expect("RSS");
    println!(
        "{} kB sent of one header; RSS {before} kB -> {after} kB",
        sent / 1024
    );
    assert!(
        after < before + 8 * 1024,
        "RSS grew from {before} kB to {after} kB"
    );
    drop(s);
    assert!(page_served(&addr));
}

#[test]
fn malformed_requests_are_answered_or_closed_at_once() {
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    // The HTTP/2 prior-knowledge preface.
    let t = Instant::now();
    let (code, text) = raw_exchange(&addr, b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 3).expect("closed");
    assert_eq!(code, 505, "{text}");
    // The start of a TLS ClientHello: refused at its first byte.
    let hello = [
        0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03,
    ];
    let (code, text) = raw_exchange(&addr, &hello, 3).expect("closed");
    assert!(code == 400 || text.is_empty(), "{text}");
    // A NUL in the request line, a CR alone.
    let (code, _) = raw_exchange(&addr, b"GET /\0 HTTP/1.1\r\n\r\n", 3).expect("closed");
    assert_eq!(code, 400);
    let (code, _) = raw_exchange(&addr, b"GET / HTTP/1.1\rHost: x\r\n\r\n", 3).expect("closed");
    assert_eq!(code, 400);
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "took {:?}",
        t.elapsed()
    );
    // Lines ended by LF alone are read (RFC 9112, 2.2).
    let lf = format!("GET {PAGE} HTTP/1.1\nHost: x\nConnection: close\n\n");
    let (code, text) = raw_exchange(&addr, lf.as_bytes(), 3).expect("an answer");
    assert_eq!(code, 200);
    assert!(text.contains(TITLE));
}

#[test]
fn idle_and_unfinished_connections_are_closed_after_their_timeouts() {
    // Idle 5 s, head 10 s (src/serve/http.rs): about 10 s, run beside the
    // other tests.
    let srv = start(site("minimal"));
    let addr = srv.addr.clone();
    let waits: Vec<_> = [&b""[..], b"GET / HTTP/1.1\r\nHost: x\r\nUser-Ag"]
        .into_iter()
        .map(|sent| {
            let addr = addr.clone();
            std::thread::spawn(move || {
                let t = Instant::now();
                let answer = raw_exchange(&addr, sent, 15);
                (t.elapsed(), answer.map(|a| a.0).ok())
            })
        })
        .collect();
    // A keep-alive connection, answered once, then silent.
    let mut kept = TcpStream::connect(&addr).unwrap();
    kept.set_read_timeout(Some(Duration::from_secs(15)))
        .unwrap();
    kept.write_all(b"GET /assets/style.css HTTP/1.1\r\nHost: x\r\n\r\n")
        .unwrap();
    let t = Instant::now();
    let mut raw = Vec::new();
    let _ = kept.read_to_end(&mut raw);
    let kept_for = t.elapsed();
    assert!(raw.starts_with(b"HTTP/1.1 200"));
    let [(idle_for, idle), (head_for, head)] = waits
        .into_iter()
        .map(|w| w.join().unwrap())
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    println!("closed after: keep-alive {kept_for:?}, idle {idle_for:?}, head {head_for:?}");
    let around = |d: Duration, secs: u64| {
        d >= Duration::from_secs(secs) - Duration::from_millis(500)
            && d < Duration::from_secs(secs + 2)
    };
    assert!(around(kept_for, 5), "keep-alive closed after {kept_for:?}");
    assert!(around(idle_for, 5), "idle closed after {idle_for:?}");
    assert_eq!(idle, Some(0), "an idle connection is closed without reply");
    assert!(around(head_for, 10), "head closed after {head_for:?}");
    assert_eq!(head, Some(408));
}
