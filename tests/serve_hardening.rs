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
