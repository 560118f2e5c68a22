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
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response, StatusCode};

/// Most requests served at once; past it, 503 (protects against floods).
pub const MAX_CONCURRENT: usize = 512;

/// How often an idle event stream sends a keep-alive comment.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

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

/// Answers one request.
pub fn handle(request: Request, shared: Arc<Shared>) {
    let in_flight = shared.in_flight.fetch_add(1, Ordering::SeqCst);
    struct Release<'a>(&'a Shared);
    impl Drop for Release<'_> {
        fn drop(&mut self) {
            self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
        }
    }
    let _release = Release(&shared);
    if in_flight >= MAX_CONCURRENT {
        return respond(request, text(503, "503 Busy: too many connections"));
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
            let body = shared.status_json();
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
            preview::side_by_side(&snapshot, rest.trim_end_matches('/'))
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

fn redirect(to: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    text(301, "301 Moved Permanently").with_header(header("Location", to))
}

/// Serves Server-Sent Events: a `status` event now and after every update,
/// and a keep-alive comment while nothing happens. Ends when the client goes.
fn event_stream(request: Request, shared: &Shared) {
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
        let event = format!("event: status\ndata: {}\n\n", shared.status_json());
        if writer
            .write_all(event.as_bytes())
            .and_then(|_| writer.flush())
            .is_err()
        {
            return;
        }
        loop {
            if shared.stopping.load(Ordering::SeqCst) {
                return;
            }
            let now = shared.wait_for_event(seen, KEEP_ALIVE);
            if now != seen {
                seen = now;
                break;
            }
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
