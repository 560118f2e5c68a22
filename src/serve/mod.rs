//! `policypress serve`: a live preview.
//!
//! The site is built with the same stages as `build` ([`crate::site`]) into
//! memory ([`store`]), served over HTTP on loopback ([`http`]), and rebuilt
//! when a file of `content/`, `locales/` or `themes/` changes: a
//! [`Workspace`] re-runs the stages only for what the change affects, and
//! open browsers are told over Server-Sent Events to reload, or shown the
//! problems over the page while the last good pages stay available.

pub mod http;
pub mod preview;
pub mod store;

use crate::diagnostic::Diagnostics;
use crate::diagnostic::Severity;
use crate::load::SiteLayout;
use crate::model::Url;
use crate::site::{Affected, LoadOptions, Workspace};
use crate::{t, tool_text};
use notify::{EventKind, RecursiveMode, Watcher};
use serde_json::json;
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::{mpsc, Arc, Condvar, Mutex, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};
use store::Snapshot;

/// How `serve` runs.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site's root folder.
    pub root: PathBuf,
    /// Address to listen on (loopback unless asked otherwise).
    pub bind: String,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Open the preview in the default browser once it listens.
    pub open: bool,
    /// How long a burst of file events is left to settle when its files
    /// are not seen closed (see `next_burst`).
    pub debounce: Duration,
    /// Also print what each rebuild rendered again.
    pub verbose: bool,
    /// Print nothing but problems.
    pub quiet: bool,
    /// Whether the terminal gets colours.
    pub color: bool,
}

/// A new secret for [`Shared::token`]: 128 bits from the system's random
/// source, in hexadecimal; empty (which refuses every write) if the system
/// gives none.
pub fn review_token() -> String {
    let mut bytes = [0u8; 16];
    match rustix::rand::getrandom(&mut bytes, rustix::rand::GetRandomFlags::empty()) {
        Ok(16) => bytes.iter().map(|b| format!("{b:02x}")).collect(),
        _ => String::new(),
    }
}

/// State shared by the watcher loop and the HTTP threads.
#[derive(Debug, Default)]
pub struct Shared {
    snapshot: RwLock<Snapshot>,
    events: Mutex<u64>,
    changed: Condvar,
    /// Event streams open (see [`http::MAX_EVENT_STREAMS`]).
    pub streams: AtomicUsize,
    /// Most event streams open at once (0 until the server starts).
    pub max_streams: usize,
    /// Set when the server stops, so event streams end.
    pub stopping: AtomicBool,
    /// Held while the site pages are rendered again, so browsers reloading
    /// together after a save wait for one render instead of each doing it.
    site_render: Mutex<()>,
    /// The site's root folder (where "mark reviewed" records a review).
    pub root: PathBuf,
    /// A secret of this run, written into the preview's pages and required
    /// by every request that writes (`POST /_preview/accept`): another site
    /// open in the browser cannot make the preview write, since it cannot
    /// read the token (see [`review_token`]).
    pub token: String,
}

impl Shared {
    /// Reads the current snapshot (a poisoned lock still holds valid data:
    /// writers replace fields whole).
    pub fn read(&self) -> RwLockReadGuard<'_, Snapshot> {
        self.snapshot.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Renders the landing page, sitemap and 404 page again if they are out
    /// of date (see [`Snapshot::site_stale`]) and `path` (a served path) is
    /// one of them or is not served at all (the 404 page answers it).
    pub fn refresh_site_pages(&self, path: &str) {
        let wanted = |s: &Snapshot| {
            s.site_stale
                && s.site.is_some()
                && (s.site_paths.iter().any(|p| p == path) || !s.files.contains_key(path))
        };
        if !wanted(&self.read()) {
            return; // the common case: no lock taken
        }
        let _one_at_a_time = self.site_render.lock().unwrap_or_else(|e| e.into_inner());
        let (site, listings, generation) = {
            let s = self.read();
            match (&s.site, wanted(&s)) {
                (Some(site), true) => (site.clone(), s.listings(), s.generation),
                _ => return, // another request rendered them meanwhile
            }
        };
        let pages = site.renderer.render_site_pages(&listings);
        drop(listings);
        let mut s = self.write();
        if s.generation != generation {
            return; // a newer update came in; it will be asked for again
        }
        match pages {
            Ok(pages) => store::install_site_pages(&mut s, pages),
            Err(d) => {
                s.diagnostics.push(d);
                s.site_stale = false;
                drop(s);
                self.notify();
            }
        }
    }

    fn write(&self) -> std::sync::RwLockWriteGuard<'_, Snapshot> {
        self.snapshot.write().unwrap_or_else(|e| e.into_inner())
    }

    /// The number of updates so far (successful or not).
    pub fn events(&self) -> u64 {
        *self.events.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until the update count differs from `seen`, at most `timeout`.
    pub fn wait_for_event(&self, seen: u64, timeout: Duration) -> u64 {
        let guard = self.events.lock().unwrap_or_else(|e| e.into_inner());
        let (guard, _) = self
            .changed
            .wait_timeout_while(guard, timeout, |n| *n == seen)
            .unwrap_or_else(|e| e.into_inner());
        *guard
    }

    fn notify(&self) {
        let mut n = self.events.lock().unwrap_or_else(|e| e.into_inner());
        *n += 1;
        self.changed.notify_all();
    }

    /// The status the browser script shows on the page at `page` (a URL
    /// path; `None`: the whole site): whether it has problems, the
    /// generation, and the problems with their source snippets.
    ///
    /// A page is shown only the errors that concern it: a policy's errors
    /// on that policy's two pages and its side-by-side view, the site's own
    /// (its settings, a profile, the theme, the wording) on every page. The
    /// dashboard (`/_preview/`) has no overlay: it lists every problem.
    pub fn status_json(&self, page: Option<&str>) -> String {
        let snap = self.read();
        let concerns = |d: &crate::diagnostic::Diagnostic| -> bool {
            let Some(page) = page else { return true };
            if page == "/_preview/" {
                return false;
            }
            match preview::policy_of(&snap, d) {
                None => true,
                Some(id) => preview::page_is_of(&snap, page, id),
            }
        };
        let errors: Vec<&crate::diagnostic::Diagnostic> = snap
            .diagnostics
            .iter()
            .filter(|d| d.severity == crate::diagnostic::Severity::Error)
            .filter(|d| concerns(d))
            .collect();
        let ok = errors.is_empty();
        // Only the page's own document fails: say so, rather than that the
        // site does not build.
        let own = page.is_some()
            && errors
                .iter()
                .all(|d| preview::policy_of(&snap, d).is_some());
        let ui = preview::Ui::of(&snap);
        let label = ui.severity(crate::diagnostic::Severity::Error);
        let diagnostics: Vec<serde_json::Value> = errors
            .iter()
            .map(|d| {
                let (file, line, column) = match d.location {
                    Some(l) => (
                        Some(snap.sources.get(l.file).display.clone()),
                        Some(l.span.line),
                        Some(l.span.column),
                    ),
                    None => (d.path.clone(), None, None),
                };
                json!({
                    "severity": "error",
                    "label": label.clone(),
                    "code": d.code,
                    "file": file,
                    "line": line,
                    "column": column,
                    "message": d.message.in_lang(ui.lang),
                    "hint": d.hint.as_ref().map(|h| h.in_lang(ui.lang)),
                    "snippet": quoted_lines(&d.render_human(&snap.sources, false)),
                })
            })
            .collect();
        let title = ui.text(&if own {
            crate::msg!("preview-page-failed")
        } else {
            crate::msg!("preview-build-failed")
        });
        let close = ui.text(&crate::msg!("preview-close"));
        json!({
            "ok": ok,
            "generation": snap.generation,
            "lang": ui.lang.code(),
            "title": title,
            "close": close,
            "diagnostics": diagnostics,
        })
        .to_string()
    }
}

/// The quoted source lines of a diagnostic rendered for a terminal, without
/// its first line (the message) and its notes (`= help: …`, `= in …`),
/// which the overlay shows on their own: each problem is told once.
fn quoted_lines(rendered: &str) -> Option<String> {
    let lines: Vec<&str> = rendered
        .lines()
        .skip(1)
        .filter(|l| !l.trim_start().starts_with("= "))
        .collect();
    let text = lines.join("\n");
    (!text.trim().is_empty()).then(|| text.trim_end().to_string())
}

/// Brings the snapshot up to date with the workspace after `affected`:
/// when the site has no errors, what the workspace rendered since the last
/// update is served. Returns the diagnostics to print.
fn update(ws: &mut Workspace, shared: &Shared, affected: &Affected) -> Diagnostics {
    if *affected == Affected::Nothing {
        return Diagnostics::new();
    }
    let mut diags = ws.diagnostics();
    let sources = ws.sources().clone();
    // The policies whose own files have errors: they keep their last good
    // pages, and the others are served as they are now. An error anywhere
    // else (the site's settings, a profile, the theme, the wording) holds
    // every page back.
    let mut failing = std::collections::BTreeSet::new();
    let mut site_errors = false;
    for d in diags.iter().filter(|d| d.severity == Severity::Error) {
        match preview::policy_file_of(&sources, d) {
            Some(id) => {
                failing.insert(id.to_string());
            }
            None => site_errors = true,
        }
    }
    let site = match (site_errors, ws.renderer(), ws.locales()) {
        (false, Some(renderer), Some(locales)) => Some(store::Site {
            renderer: renderer.clone(),
            locales: locales.clone(),
        }),
        _ => None,
    };
    match site {
        Some(site) => {
            let prepared = store::prepare(ws.take_rendered(), &site, ws.assets());
            let mut snap = shared.write();
            diags.extend(store::install(&mut snap, prepared, &failing));
            snap.site = Some(site);
            snap.generation += 1;
            snap.diagnostics = diags.clone();
            snap.sources = sources;
        }
        None => {
            let mut snap = shared.write();
            // The problems changed: the dashboard shows them again.
            snap.generation += 1;
            snap.diagnostics = diags.clone();
            snap.sources = sources;
        }
    }
    shared.notify();
    diags
}

/// The paths a batch of file events touched (opening, reading and closing
/// without writing ignored: the rebuild itself reads the files).
fn changed_paths(events: &[notify::Event]) -> Vec<PathBuf> {
    use notify::event::{AccessKind, AccessMode};
    let mut out: Vec<PathBuf> = events
        .iter()
        .filter(|e| match e.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) => false,
            _ => true,
        })
        .flat_map(|e| e.paths.iter().cloned())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// How long a burst of file events is given to go on once every file it
/// wrote has been closed: a save is one open, write and close, and what
/// comes that close together is one save.
const SETTLE: Duration = Duration::from_millis(2);

/// The longest a burst of events that never settles (a checkout writing
/// thousands of files) holds the rebuild back, in debounce windows.
const MAX_WINDOWS: u32 = 20;

/// The files of a burst of events still being written: a file modified or
/// created and not yet closed after writing. A close after writing, a
/// rename, a removal, a new folder or a change of metadata leaves nothing
/// more to come; anything else waits for the debounce window (on systems
/// whose watcher reports no close, every change does).
#[derive(Debug, Default)]
struct Burst {
    events: Vec<notify::Event>,
    writing: HashSet<PathBuf>,
}

impl Burst {
    fn add(&mut self, event: notify::Event) {
        use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
        let done = match event.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(_) | ModifyKind::Metadata(_))
            | EventKind::Remove(_)
            | EventKind::Create(CreateKind::Folder) => Some(true),
            EventKind::Access(_) => None,
            _ => Some(false),
        };
        match done {
            Some(true) => {
                for p in &event.paths {
                    self.writing.remove(p);
                }
            }
            Some(false) => self.writing.extend(event.paths.iter().cloned()),
            None => {}
        }
        self.events.push(event);
    }

    /// Whether every file written has been closed.
    fn settled(&self) -> bool {
        self.writing.is_empty()
    }
}

/// Waits for the next burst of file events and returns it once it has
/// settled: [`SETTLE`] after the last event when every file written has been
/// closed, else `debounce` after the last event (at most [`MAX_WINDOWS`]
/// windows in all). `None` when the watcher is gone.
fn next_burst(
    rx: &mpsc::Receiver<notify::Result<notify::Event>>,
    debounce: Duration,
) -> Option<(Burst, Instant)> {
    let mut burst = Burst::default();
    let absorb = |r: notify::Result<notify::Event>, burst: &mut Burst| match r {
        Ok(ev) => burst.add(ev),
        Err(e) => eprintln!("{}", t!("serve-warning-watching", error = e.to_string())),
    };
    let first = rx.recv().ok()?;
    let seen = Instant::now();
    absorb(first, &mut burst);
    let limit = seen + debounce * MAX_WINDOWS;
    loop {
        let quiet = if burst.settled() {
            SETTLE.min(debounce)
        } else {
            debounce
        };
        let wait = quiet.min(limit.saturating_duration_since(Instant::now()));
        match rx.recv_timeout(wait) {
            Ok(r) => absorb(r, &mut burst),
            Err(mpsc::RecvTimeoutError::Timeout) => return Some((burst, seen)),
            Err(mpsc::RecvTimeoutError::Disconnected) => return None,
        }
    }
}

/// Runs the preview until the process is stopped.
pub fn run(options: ServeOptions) -> Result<(), String> {
    let root = std::fs::canonicalize(&options.root).map_err(|e| {
        t!(
            "serve-error-root",
            dir = options.root.display().to_string(),
            error = e.to_string()
        )
    })?;
    // An IPv6 address is written with or without brackets (`::1`, `[::1]`).
    let bind = options.bind.trim_start_matches('[').trim_end_matches(']');
    let addr = match bind.parse::<std::net::IpAddr>() {
        Ok(ip) => std::net::SocketAddr::new(ip, options.port).to_string(),
        Err(_) => format!("{bind}:{}", options.port),
    };
    let listener = std::net::TcpListener::bind(&addr).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            t!(
                "serve-error-port-in-use",
                port = options.port.to_string(),
                bind = options.bind.as_str()
            )
        } else {
            t!(
                "serve-error-listen",
                addr = addr.as_str(),
                error = e.to_string()
            )
        }
    })?;
    // A deeper queue of connections waiting to be accepted than std's 128:
    // past it the kernel drops a new connection's SYN and the client waits
    // a second to send it again, so a burst (a browser restoring tabs, a
    // flood the cap then sorts out) would stall instead of queueing. The
    // kernel caps it at `net.core.somaxconn`.
    let _ = rustix::net::listen(&listener, http::LISTEN_BACKLOG);
    // Accepted connections inherit TCP_NODELAY on Linux: without it a reused
    // keep-alive connection waits ~40 ms (Nagle + delayed ACK) per response.
    let _ = rustix::net::sockopt::set_tcp_nodelay(&listener, true);
    let limits = http::limits(open_files_limit());
    let max_streams = http::max_event_streams(limits.max_connections);
    let server =
        tiny_http::Server::from_listener_with_limits(listener, None, limits).map_err(|e| {
            t!(
                "serve-error-listen",
                addr = addr.as_str(),
                error = e.to_string()
            )
        })?;
    let local = server.server_addr().to_ip().ok_or_else(|| {
        t!(
            "serve-error-listen",
            addr = addr.as_str(),
            error = t!("serve-error-not-ip")
        )
    })?;
    let host = match local.ip() {
        std::net::IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        std::net::IpAddr::V6(ip) if ip.is_unspecified() => "[::1]".to_string(),
        std::net::IpAddr::V4(ip) => ip.to_string(),
        std::net::IpAddr::V6(ip) => format!("[{ip}]"),
    };
    let base = format!("http://{host}:{}/", local.port());
    let base_url =
        Url::parse(&base).map_err(|e| t!("serve-error-internal", error = e.to_string()))?;
    let load = LoadOptions {
        base_url: Some(base_url),
        preview: true,
    };
    let layout = SiteLayout::new(&root);

    let started = Instant::now();
    let mut ws = Workspace::open_for_preview(layout.clone(), load);
    let shared = Arc::new(Shared {
        max_streams,
        root: root.clone(),
        token: review_token(),
        ..Shared::default()
    });
    let diags = update(&mut ws, &shared, &Affected::All);
    report(&diags, &ws, &options, started.elapsed(), None);

    let server = Arc::new(server);
    {
        let (server, shared) = (server.clone(), shared.clone());
        std::thread::Builder::new()
            .name("http-accept".into())
            .spawn(move || {
                for request in server.incoming_requests() {
                    let shared = shared.clone();
                    // One thread per request: event streams live long.
                    let spawned = std::thread::Builder::new()
                        .name("http".into())
                        .spawn(move || http::handle(request, shared));
                    if spawned.is_err() {
                        // Out of threads: the request is dropped and the client retries.
                        continue;
                    }
                }
            })
            .map_err(|e| t!("serve-error-thread", error = e.to_string()))?;
    }

    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    // Links are not followed: a link leading out of the site would have the
    // watcher list folders outside it (what a link inside the site leads
    // to is read, and refused, by the stages themselves).
    let config = notify::Config::default().with_follow_symlinks(false);
    // The raw events, settled here (`next_burst`): a save shows as soon as
    // its file is closed instead of a fixed window after it.
    let mut watcher = notify::RecommendedWatcher::new(tx, config)
        .map_err(|e| t!("serve-error-watch", error = e.to_string()))?;
    let mut watched: HashSet<PathBuf> = HashSet::new();
    for dir in layout.source_dirs() {
        if dir.is_dir() {
            watcher.watch(&dir, RecursiveMode::Recursive).map_err(|e| {
                t!(
                    "serve-error-watch-dir",
                    dir = dir.display().to_string(),
                    error = e.to_string()
                )
            })?;
            watched.insert(dir);
        }
    }
    if watched.is_empty() {
        return Err(t!(
            "serve-error-no-sources",
            dir = root.display().to_string()
        ));
    }
    // The root itself, not recursively: a source folder created after the
    // start, or deleted and put back, is seen and watched (see `rewatch`).
    watcher
        .watch(&root, RecursiveMode::NonRecursive)
        .map_err(|e| {
            t!(
                "serve-error-watch-dir",
                dir = root.display().to_string(),
                error = e.to_string()
            )
        })?;
    println!("{}", t!("serve-listening", url = base.as_str()));
    if options.open {
        open_in_browser(&base);
    }

    while let Some((burst, seen)) = next_burst(&rx, options.debounce) {
        let events = burst.events;
        let mut paths = changed_paths(&events);
        if paths.is_empty() {
            continue;
        }
        rewatch(&layout, &mut watcher, &mut watched, &mut paths);
        let t0 = Instant::now();
        let affected = ws.apply(&paths);
        if affected == Affected::Nothing {
            continue;
        }
        let diags = update(&mut ws, &shared, &affected);
        report(
            &diags,
            &ws,
            &options,
            t0.elapsed(),
            Some(t0.duration_since(seen)),
        );
        if options.verbose && !options.quiet {
            match &affected {
                Affected::Policies(ids) => eprintln!(
                    "  {}",
                    t!(
                        "serve-rendered-again",
                        policies = ids.iter().cloned().collect::<Vec<_>>().join(", ")
                    )
                ),
                _ => eprintln!("  {}", t!("serve-rendered-all")),
            }
        }
    }
    shared
        .stopping
        .store(true, std::sync::atomic::Ordering::SeqCst);
    Ok(())
}

/// Keeps a recursive watch on each source folder that exists: one that
/// appeared, or was replaced (an event on the folder itself), is watched
/// (again) and added to `paths`, so what it holds is read again; one that
/// is gone is forgotten.
fn rewatch<W: notify::Watcher>(
    layout: &SiteLayout,
    watcher: &mut W,
    watched: &mut HashSet<PathBuf>,
    paths: &mut Vec<PathBuf>,
) {
    for dir in layout.source_dirs() {
        let replaced = paths.contains(&dir);
        if dir.is_dir() {
            if replaced || !watched.contains(&dir) {
                let _ = watcher.unwatch(&dir);
                match watcher.watch(&dir, RecursiveMode::Recursive) {
                    Ok(()) => {
                        watched.insert(dir.clone());
                    }
                    Err(e) => eprintln!(
                        "{}",
                        t!(
                            "serve-warning-cannot-watch",
                            dir = dir.display().to_string(),
                            error = e.to_string()
                        )
                    ),
                }
                if !replaced {
                    paths.push(dir);
                }
            }
        } else if watched.remove(&dir) {
            let _ = watcher.unwatch(&dir);
        }
    }
}

/// The process's soft limit on open files, if it has one.
fn open_files_limit() -> Option<u64> {
    rustix::process::getrlimit(rustix::process::Resource::Nofile).current
}

/// Opens `url` in the default browser, best effort (the address is printed
/// anyway).
fn open_in_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

fn report(
    diags: &Diagnostics,
    ws: &Workspace,
    options: &ServeOptions,
    took: Duration,
    waited: Option<Duration>,
) {
    if !diags.is_empty() && (diags.has_errors() || !options.quiet) {
        eprint!("{}", diags.render_human(ws.sources(), options.color));
    }
    if diags.has_errors() {
        eprintln!("{}", t!("serve-no-build"));
    } else if !options.quiet {
        let ms = tool_text::decimal(took.as_secs_f64() * 1e3, 1);
        let line = match waited {
            Some(w) => t!(
                "serve-rebuilt-after-event",
                ms = ms,
                waited = tool_text::decimal(w.as_secs_f64() * 1e3, 1)
            ),
            None => t!("serve-rebuilt", ms = ms),
        };
        eprintln!("{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{AccessKind, AccessMode, CreateKind, DataChange, ModifyKind, RenameMode};

    fn event(kind: EventKind, path: &str) -> notify::Event {
        notify::Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn a_burst_settles_once_every_file_written_is_closed() {
        let mut b = Burst::default();
        b.add(event(
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            "a",
        ));
        assert!(b.settled(), "opening writes nothing");
        b.add(event(
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            "a",
        ));
        b.add(event(EventKind::Create(CreateKind::File), "b"));
        assert!(!b.settled());
        b.add(event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            "a",
        ));
        assert!(!b.settled(), "b is still being written");
        b.add(event(
            EventKind::Modify(ModifyKind::Name(RenameMode::To)),
            "b",
        ));
        assert!(b.settled(), "a rename leaves nothing more to come");
        b.add(event(EventKind::Any, "c"));
        assert!(
            !b.settled(),
            "an event of unknown kind waits for the window"
        );
        b.add(event(
            EventKind::Remove(notify::event::RemoveKind::File),
            "c",
        ));
        assert!(b.settled());
    }

    #[test]
    fn reads_and_closes_without_writing_change_nothing() {
        let events = [
            event(EventKind::Access(AccessKind::Open(AccessMode::Any)), "x"),
            event(EventKind::Access(AccessKind::Close(AccessMode::Read)), "x"),
            event(EventKind::Access(AccessKind::Close(AccessMode::Write)), "y"),
            event(EventKind::Modify(ModifyKind::Any), "z"),
        ];
        assert_eq!(
            changed_paths(&events),
            vec![PathBuf::from("y"), PathBuf::from("z")]
        );
    }

    #[test]
    fn a_save_is_taken_as_soon_as_it_settles() {
        let (tx, rx) = mpsc::channel();
        for kind in [
            EventKind::Modify(ModifyKind::Data(DataChange::Any)),
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
        ] {
            tx.send(Ok(event(kind, "p.yaml"))).unwrap();
        }
        let t0 = Instant::now();
        let (burst, _) = next_burst(&rx, Duration::from_secs(5)).unwrap();
        assert_eq!(burst.events.len(), 2);
        assert!(t0.elapsed() < Duration::from_secs(1), "waited the window");
        // Unsettled: the window applies.
        tx.send(Ok(event(EventKind::Modify(ModifyKind::Any), "p.yaml")))
            .unwrap();
        let t0 = Instant::now();
        let (burst, _) = next_burst(&rx, Duration::from_millis(40)).unwrap();
        assert_eq!(burst.events.len(), 1);
        assert!(t0.elapsed() >= Duration::from_millis(40));
        drop(tx);
        assert!(next_burst(&rx, Duration::from_millis(10)).is_none());
    }
}
