//! The preview's HTTP side: a static server over the in-memory site, the
//! event stream that tells browsers to reload, and the preview pages.
//!
//! Every request runs on its own thread (tiny_http answers on the calling
//! thread, so a long-lived event stream must not block the others). Paths
//! are decoded and normalized, then looked up in memory: nothing outside the
//! rendered site can ever be read, whatever the path says.

use super::preview;
use super::store::{content_type, Snapshot};
use super::Shared;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tiny_http::{Header, Method, Request, Response, StatusCode};

// Bounds on what clients can make the preview hold (enforced in the
// vendored tiny_http, see vendor/tiny_http/PATCHED.md). A preview serves one
// author's browsers on loopback: a browser opens at most 6 connections per
// host plus one event stream per tab, so these leave a wide margin while
// keeping a flood of connections or of bytes from exhausting descriptors,
// threads or memory.

/// Most connections open at once: each costs a descriptor and a thread
/// (two while a request is answered). Past it, the oldest idle connection
/// is closed to make room, or the newcomer is answered 503 when every
/// connection is busy. Lowered to fit the descriptor limit (see [`limits`]).
pub const MAX_CONNECTIONS: usize = 128;

/// Connections the kernel queues before they are accepted (see `run`).
pub const LISTEN_BACKLOG: i32 = 1024;

/// Descriptors left to everything but connections (the file watcher, the
/// files read by a rebuild, standard streams) when the cap is fitted under
/// the descriptor limit; half of the rest goes to connections, so that
/// connections closed to make room, which hold their descriptor a moment
/// longer, never run the process out.
const RESERVED_FDS: u64 = 64;

/// Fewest connections the cap goes down to, however low the descriptor
/// limit (below about 100 descriptors the preview may run out anyway; the
/// server then waits and accepts again instead of failing).
const MIN_CONNECTIONS: usize = 16;

/// Most event streams open at once, and never more than half the
/// connections, so pages are always served while streams are at their cap:
/// a stream holds its connection for as long as the tab is open (64 tabs of
/// the preview is far more than one author uses).
pub const MAX_EVENT_STREAMS: usize = 64;

/// Longest request line (414 past it) and most header bytes and lines (431):
/// a browser's request line is the address (well under 2 KiB here) and its
/// headers about 1 KiB; the common limits of other servers are 8 KiB per
/// line and some tens of KiB in all. Bounds the memory one request can take
/// (without it, one 300 MB header grew the process to 881 MB).
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// Most bytes of header lines in one request (see [`MAX_REQUEST_LINE`]).
pub const MAX_HEADER_BYTES: usize = 64 * 1024;
/// Most header lines in one request (see [`MAX_REQUEST_LINE`]).
pub const MAX_HEADERS: usize = 100;

/// How long an answered connection may stay silent before it is closed:
/// a browser reuses a connection within moments or opens a new one (and
/// retries a request on a connection closed under it); 5 s is also the
/// usual keep-alive timeout of other servers.
pub const IDLE_TIMEOUT: Duration = Duration::from_secs(5);

/// How long a request head may take from its first byte: on loopback it
/// comes in one packet; 10 s lets a person type one by hand in a pinch
/// while a client that never finishes (an HTTP/2 or TLS client, a slow
/// one) is answered 408 and closed.
pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a write of an answer (or a read of a body) may make no progress
/// before the connection is given up: a client that stops reading.
pub const IO_TIMEOUT: Duration = Duration::from_secs(10);

/// Most requests of one connection read ahead of their answers: browsers do
/// not pipeline; each unanswered request holds a thread, so this bounds the
/// threads one connection can take.
pub const MAX_PIPELINED: usize = 2;

/// The server's bounds, the connection cap fitted under `open_files` (the
/// soft descriptor limit) when there is one.
pub fn limits(open_files: Option<u64>) -> tiny_http::Limits {
    let fitted = open_files.map_or(MAX_CONNECTIONS, |n| {
        usize::try_from(n.saturating_sub(RESERVED_FDS) / 2).unwrap_or(usize::MAX)
    });
    tiny_http::Limits {
        max_connections: fitted.clamp(MIN_CONNECTIONS, MAX_CONNECTIONS),
        max_request_line: MAX_REQUEST_LINE,
        max_header_bytes: MAX_HEADER_BYTES,
        max_headers: MAX_HEADERS,
        idle_timeout: IDLE_TIMEOUT,
        head_timeout: HEAD_TIMEOUT,
        io_timeout: IO_TIMEOUT,
        max_pipelined: MAX_PIPELINED,
    }
}

/// Most event streams for a connection cap of `connections`.
pub fn max_event_streams(connections: usize) -> usize {
    MAX_EVENT_STREAMS.min(connections / 2)
}

/// How often an idle event stream sends a keep-alive comment.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// How often an event stream checks whether its client has gone, so that a
/// closed tab frees its slot within this much (a write to a closed
/// connection can succeed once, so the keep-alive alone takes up to two
/// periods).
const STREAM_POLL: Duration = Duration::from_millis(250);

/// What a client refused for being past the event-stream cap is told to
/// wait before trying again, in seconds.
const STREAM_RETRY_AFTER: &str = "2";

fn header(name: &str, value: &str) -> Header {
    // Names and values here are ASCII constants or hex digests.
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| {
        Header::from_bytes(&b"X-Invalid"[..], &b"1"[..]).expect("constant header")
    })
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Turns a request target into a key of the in-memory site, or `None` when
/// it could name something outside it (`..`, backslashes, NUL, encoded
/// dots or slashes, absolute forms).
pub fn normalize(target: &str) -> Option<String> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') || path.starts_with("//") {
        return None;
    }
    // Decode once; a second layer of encoding is taken literally and then
    // refused below if it hides anything suspicious.
    let decoded = percent_decode(path)?;
    if decoded.contains(['\\', '\0', '%']) || decoded.chars().any(char::is_control) {
        return None;
    }
    let mut segments = Vec::new();
    for seg in decoded.split('/') {
        match seg {
            "" => {}
            "." | ".." => return None,
            s if s.starts_with('.') => return None,
            s => segments.push(s),
        }
    }
    let mut key = format!("/{}", segments.join("/"));
    if decoded.ends_with('/') && key != "/" {
        key.push('/');
    }
    Some(key)
}

fn respond(request: Request, response: Response<std::io::Cursor<Vec<u8>>>) {
    // The client may be gone; nothing to do about it.
    let _ = request.respond(response);
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_string(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", "text/plain; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
}

fn bytes(body: Vec<u8>, content_type: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_data(body)
        .with_header(header("Content-Type", content_type))
        .with_header(header("Cache-Control", "no-store"))
        .with_header(header("X-Content-Type-Options", "nosniff"))
}

fn not_found(snapshot: &Snapshot) -> Response<std::io::Cursor<Vec<u8>>> {
    if let Some(f) = snapshot.files.get("/404.html") {
        return bytes(f.body(), f.content_type).with_status_code(StatusCode(404));
    }
    // No site page yet (it has not built once): the dashboard, which lists
    // the problems and reloads itself when the site builds.
    match super::preview::dashboard(snapshot) {
        Ok(html) => bytes(
            super::store::served("x.html", html.into_bytes()).body(),
            content_type("x.html"),
        )
        .with_status_code(StatusCode(404)),
        Err(_) => text(404, "404 Not Found"),
    }
}

/// Whether an `If-None-Match` value matches `etag`: `*`, or a list of tags,
/// weak ones compared weakly (RFC 9110, 13.1.2).
fn etag_matches(header: &str, etag: &str) -> bool {
    header.trim() == "*"
        || header
            .split(',')
            .map(|t| t.trim())
            .any(|t| t.strip_prefix("W/").unwrap_or(t) == etag)
}

/// Answers one request. Page requests are not counted here: the
/// connection cap bounds them.
pub fn handle(request: Request, shared: Arc<Shared>) {
    if request.method() == &Method::Post && normalize(request.url()).as_deref() == Some(ACCEPT_PATH)
    {
        return accept(request, &shared);
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        return respond(
            request,
            text(405, "405 Method Not Allowed").with_header(header("Allow", "GET, HEAD")),
        );
    }
    let Some(key) = normalize(request.url()) else {
        let snapshot = shared.read();
        return respond(
            request,
            not_found(&snapshot).with_status_code(StatusCode(404)),
        );
    };
    match key.as_str() {
        "/_preview/reload.js" => {
            return respond(
                request,
                bytes(include_bytes!("reload.js").to_vec(), content_type("x.js")),
            )
        }
        "/_preview/overlay.css" => {
            return respond(
                request,
                bytes(
                    include_bytes!("overlay.css").to_vec(),
                    content_type("x.css"),
                ),
            )
        }
        "/_preview/status.json" => {
            let page = page_of_query(request.url());
            let body = shared.status_json(page.as_deref());
            return respond(request, bytes(body.into_bytes(), "application/json"));
        }
        "/_preview/events" => return event_stream(request, &shared),
        "/_preview" => return respond(request, redirect("/_preview/")),
        _ => {}
    }
    if let Some(rest) = key.strip_prefix("/_preview/") {
        let snapshot = shared.read();
        let page = if rest.is_empty() {
            Some(preview::dashboard(&snapshot))
        } else {
            preview::side_by_side(&snapshot, rest.trim_end_matches('/'), &shared.token)
        };
        return match page {
            Some(Ok(html)) => respond(
                request,
                bytes(
                    super::store::served("x.html", html.into_bytes()).body(),
                    content_type("x.html"),
                ),
            ),
            Some(Err(e)) => respond(request, text(500, &e)),
            None => respond(request, not_found(&snapshot)),
        };
    }
    let lookup = if key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.clone()
    };
    shared.refresh_site_pages(&lookup);
    let snapshot = shared.read();
    match snapshot.files.get(&lookup) {
        Some(f) => {
            let etag = f.etag.clone();
            let matches = request
                .headers()
                .iter()
                .any(|h| h.field.equiv("If-None-Match") && etag_matches(h.value.as_str(), &etag));
            if matches {
                let r = Response::from_data(Vec::new())
                    .with_status_code(StatusCode(304))
                    .with_header(header("ETag", &etag));
                drop(snapshot);
                return respond(request, r);
            }
            let r = bytes(f.body(), f.content_type).with_header(header("ETag", &etag));
            drop(snapshot);
            respond(request, r)
        }
        None if snapshot.files.contains_key(&format!("{key}/index.html")) => {
            drop(snapshot);
            // The folder's address, with the query the request had.
            let query = request.url().find('?').map_or("", |i| &request.url()[i..]);
            let to = format!("{key}/{query}");
            respond(request, redirect(&to))
        }
        None => {
            let r = not_found(&snapshot);
            drop(snapshot);
            respond(request, r)
        }
    }
}

/// The page a status is asked for: the `page` parameter of the query
/// (`/_preview/events?page=%2Ffr%2Fslug%2F`), as a served path. `None`
/// without one, or for one that is not a path of the site.
fn page_of_query(target: &str) -> Option<String> {
    let query = target.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or("");
    let value = query
        .split('&')
        .find_map(|pair| pair.strip_prefix("page="))?;
    normalize(&percent_decode(value)?)
}

/// Where the side-by-side view's "Mark reviewed" buttons post.
pub const ACCEPT_PATH: &str = "/_preview/accept";

/// The most a review request's form may weigh (a token, a selector, a
/// return address).
const MAX_FORM_BYTES: u64 = 4096;

/// The fields of an `application/x-www-form-urlencoded` body.
fn form_fields(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=')?;
            let decode = |x: &str| percent_decode(&x.replace('+', " "));
            Some((decode(k)?, decode(v)?))
        })
        .collect()
}

/// `POST /_preview/accept`: records the review of one translation, as
/// `policypress check --accept WHAT` does (the same load of the site and
/// the same writing of the lock), then sends the browser back to the page
/// it came from; the watcher sees the lock change and the page updates.
/// Refused (403) without this run's token, or from a page of another
/// origin; 409 when the site has errors or the text is no longer there.
fn accept(mut request: Request, shared: &Shared) {
    use std::io::Read;
    let refuse = |status: u16, why: tiny_http::Request, message: String| {
        respond(why, text(status, &message));
    };
    let mut body = String::new();
    let read = request
        .as_reader()
        .take(MAX_FORM_BYTES + 1)
        .read_to_string(&mut body);
    if read.is_err() || body.len() as u64 > MAX_FORM_BYTES {
        return refuse(413, request, crate::t!("preview-accept-too-large"));
    }
    let fields = form_fields(&body);
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    // Browsers send Origin with every POST: one that is not this server's
    // own address is another site's page.
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string());
    let origin = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Origin"))
        .map(|h| h.value.as_str().to_string());
    let same_origin = match (&origin, &host) {
        (None, _) => true,
        (Some(o), Some(h)) => *o == format!("http://{h}"),
        (Some(_), None) => false,
    };
    let token_ok = !shared.token.is_empty() && field("token") == Some(shared.token.as_str());
    if !token_ok || !same_origin {
        return refuse(403, request, crate::t!("preview-accept-refused"));
    }
    let what = field("what").unwrap_or("").trim();
    if what.is_empty() || what.len() > 512 || what.chars().any(char::is_control) {
        return refuse(400, request, crate::t!("preview-accept-what"));
    }
    let layout = crate::load::SiteLayout::new(&shared.root);
    let loaded = crate::site::load_project(layout, &crate::site::LoadOptions::default());
    let Some(project) = &loaded.project else {
        return refuse(409, request, crate::t!("preview-accept-fix-first"));
    };
    if let Err(reason) = project.accept_translations(&[what.to_string()]) {
        return refuse(
            409,
            request,
            crate::t!("preview-accept-failed", reason = reason),
        );
    }
    // Back to the page that asked, if it is one of the preview's.
    let back = field("back")
        .and_then(normalize)
        .filter(|b| b.starts_with("/_preview/"))
        .unwrap_or_else(|| "/_preview/".to_string());
    respond(
        request,
        text(303, "303 See Other").with_header(header("Location", &back)),
    );
}

fn redirect(to: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    text(301, "301 Moved Permanently").with_header(header("Location", to))
}

/// Serves Server-Sent Events: a `status` event now and after every update,
/// and a keep-alive comment while nothing happens. Ends when the client
/// goes. Past [`Shared::max_streams`] open streams, 503 at once.
fn event_stream(request: Request, shared: &Shared) {
    let open = shared.streams.fetch_add(1, Ordering::SeqCst);
    struct Release<'a>(&'a Shared);
    impl Drop for Release<'_> {
        fn drop(&mut self) {
            self.0.streams.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let _release = Release(shared);
    if open >= shared.max_streams {
        return respond(
            request,
            text(503, "503 Busy: too many live-reload streams")
                .with_header(header("Retry-After", STREAM_RETRY_AFTER)),
        );
    }
    let page = page_of_query(request.url());
    let watch = request.connection_watch();
    let gone = || watch.as_ref().is_some_and(|w| w.is_closed());
    let mut writer = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: keep-alive\r\nX-Accel-Buffering: no\r\n\r\n";
    if writer
        .write_all(head.as_bytes())
        .and_then(|_| writer.flush())
        .is_err()
    {
        return;
    }
    let mut seen = shared.events();
    loop {
        let event = format!(
            "event: status\ndata: {}\n\n",
            shared.status_json(page.as_deref())
        );
        if writer
            .write_all(event.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
        let mut written = Instant::now();
        loop {
            if shared.stopping.load(Ordering::SeqCst) || gone() {
                return;
            }
            let now = shared.wait_for_event(seen, STREAM_POLL);
            if now != seen {
                seen = now;
                break;
            }
            if written.elapsed() < KEEP_ALIVE {
                continue;
            }
            written = Instant::now();
            if writer
                .write_all(b": keep-alive\n\n")
                .and_then(|_| writer.flush())
                .is_err()
            {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traversal_attempts_are_refused() {
        for bad in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/%252e%252e/etc/passwd",
            "/..%5c..%5cetc/passwd",
            "/a\\b",
            "/%00",
            "/%c0%ae%c0%ae/etc/passwd",
            "//etc/passwd",
            "http://x/etc/passwd",
            "/.git/config",
            "/en/%2e/index.html",
        ] {
            assert_eq!(normalize(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_connection_cap_fits_under_the_descriptor_limit() {
        let cap = |n| limits(n).max_connections;
        assert_eq!(cap(None), MAX_CONNECTIONS);
        assert_eq!(cap(Some(20_000)), MAX_CONNECTIONS);
        assert_eq!(cap(Some(1024)), MAX_CONNECTIONS);
        assert_eq!(cap(Some(256)), 96);
        assert_eq!(cap(Some(10)), MIN_CONNECTIONS);
        assert_eq!(max_event_streams(MAX_CONNECTIONS), MAX_EVENT_STREAMS);
        assert_eq!(max_event_streams(96), 48);
    }

    #[test]
    fn if_none_match_takes_lists_weak_tags_and_star() {
        let tag = "\"abc-1f\"";
        assert!(etag_matches(tag, tag));
        assert!(etag_matches("W/\"abc-1f\"", tag));
        assert!(etag_matches("\"x\", \"abc-1f\"", tag));
        assert!(etag_matches(" * ", tag));
        assert!(!etag_matches("\"abc-1e\"", tag));
        assert!(!etag_matches("", tag));
    }

    #[test]
    fn ordinary_paths_normalize() {
        assert_eq!(normalize("/").as_deref(), Some("/"));
        assert_eq!(normalize("/en/x/?a=1").as_deref(), Some("/en/x/"));
        assert_eq!(
            normalize("/fr/politique-%C3%A9t%C3%A9/").as_deref(),
            Some("/fr/politique-été/")
        );
        assert_eq!(
            normalize("/assets//style.css").as_deref(),
            Some("/assets/style.css")
        );
    }
}
