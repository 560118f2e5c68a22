//! `policypress serve` end to end: the real binary on a free port over a
//! temporary site, spoken to over raw HTTP.

mod common;
use common::server::{eventually, start, start_at, Events};
use common::*;
use std::time::{Duration, Instant};

/// Sends a raw request; returns (status, headers, body).
fn request(addr: &str, method: &str, target: &str, extra: &str) -> (u16, String, String) {
    common::server::try_request_with(addr, method, target, extra).expect("the server answers")
}

fn get(addr: &str, target: &str) -> (u16, String) {
    let (s, _, b) = request(addr, "GET", target, "");
    (s, b)
}

fn status(addr: &str) -> serde_json::Value {
    serde_json::from_str(&get(addr, "/_preview/status.json").1).unwrap()
}

const POLICY: &str = "content/policies/sample.yaml";
const PAGE: &str = "/en/sample/";

#[test]
fn serves_pages_from_memory_with_the_reload_script() {
    let srv = start(site("minimal"));
    let (code, head, body) = request(&srv.addr, "GET", PAGE, "");
    assert_eq!(code, 200);
    assert!(
        head.to_lowercase()
            .contains("content-type: text/html; charset=utf-8"),
        "{head}"
    );
    assert!(
        head.to_lowercase().contains("cache-control: no-store"),
        "{head}"
    );
    assert!(body.contains("<script src=\"/_preview/reload.js\" defer></script>"));
    assert!(
        body.contains("http://127.0.0.1:"),
        "links point at the preview, not production"
    );
    let (code, _, js) = request(&srv.addr, "GET", "/_preview/reload.js", "");
    assert_eq!(code, 200);
    assert!(js.contains("EventSource"));
    // Folders without a slash redirect; HEAD has headers only; ETag revalidates.
    let (code, head, _) = request(&srv.addr, "GET", "/en/sample", "");
    assert_eq!(code, 301);
    assert!(head.contains("Location: /en/sample/"), "{head}");
    let (code, head, body) = request(&srv.addr, "HEAD", "/assets/style.css", "");
    assert_eq!((code, body.as_str()), (200, ""));
    assert!(head.contains("text/css"));
    let etag = head
        .lines()
        .find(|l| l.to_lowercase().starts_with("etag:"))
        .unwrap()
        .split_once(':')
        .unwrap()
        .1
        .trim()
        .to_string();
    let (code, _, _) = request(
        &srv.addr,
        "GET",
        "/assets/style.css",
        &format!("If-None-Match: {etag}\r\n"),
    );
    assert_eq!(code, 304);
    let (code, _, _) = request(&srv.addr, "POST", PAGE, "Content-Length: 0\r\n");
    assert_eq!(code, 405);
    let (code, body) = get(&srv.addr, "/no/such/page/");
    assert_eq!(code, 404);
    assert!(body.contains("<html"), "the site's 404 page is used");
    // The preview pages.
    let (code, body) = get(&srv.addr, "/_preview/");
    assert_eq!(code, 200);
    assert!(body.contains("/_preview/sample/"));
    let (code, body) = get(&srv.addr, "/_preview/sample/");
    assert_eq!(code, 200);
    assert!(
        body.contains("id=\"en-cookies\"") && body.contains("id=\"fr-cookies\""),
        "sections side by side"
    );
    assert!(
        !srv.root.join("public").exists(),
        "serve never writes public/"
    );
}

#[test]
fn an_edit_reloads_a_broken_edit_shows_the_overlay_and_the_fix_clears_it() {
    let srv = start(site("minimal"));
    let mut events = Events::open(&srv.addr);
    let first = events.next().expect("a status event");
    assert_eq!(first["ok"], true);
    let generation = first["generation"].as_u64().unwrap();

    edit(
        &srv.root,
        POLICY,
        "Sample privacy statement",
        "Sample privacy statement, revised",
    );
    let ev = events
        .next_where(|ev| ev["ok"] == true)
        .expect("a status event");
    assert!(ev["generation"].as_u64().unwrap() > generation);
    assert!(get(&srv.addr, PAGE)
        .1
        .contains("Sample privacy statement, revised"));
    // The landing page lists the new title too (it is rendered again when
    // asked for), and an unknown address gets the site's 404 page.
    let (code, landing) = get(&srv.addr, "/");
    assert_eq!(code, 200);
    assert!(
        landing.contains("Sample privacy statement, revised"),
        "{landing}"
    );
    assert!(get(&srv.addr, "/sitemap.xml").1.contains("/en/sample/"));
    assert_eq!(get(&srv.addr, "/en/nothing-here/").0, 404);

    edit(&srv.root, POLICY, "lifetime: session", "lifetime: sesion");
    let ev = events
        .next_where(|ev| {
            ev["diagnostics"][0]["snippet"]
                .as_str()
                .is_some_and(|s| s.contains("lifetime: sesion"))
        })
        .expect("a status event");
    assert_eq!(ev["ok"], false, "{ev}");
    let d = &ev["diagnostics"][0];
    assert_eq!(d["file"], POLICY);
    assert!(d["line"].as_u64().unwrap() > 1);
    assert!(d["snippet"].as_str().unwrap().contains("lifetime: sesion"));
    // The last good page stays available.
    let (code, body) = get(&srv.addr, PAGE);
    assert_eq!(code, 200);
    assert!(body.contains("Sample privacy statement, revised"));
    assert_eq!(status(&srv.addr)["ok"], false);

    edit(&srv.root, POLICY, "lifetime: sesion", "lifetime: session");
    events
        .next_where(|ev| ev["ok"] == true)
        .expect("a status event");
    assert_eq!(status(&srv.addr)["ok"], true);
}

/// Builds the site at `root` as the preview at `addr` sees it (same base
/// URL) into a temporary folder; returns the folder.
fn build_like_preview(root: &std::path::Path, addr: &str) -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let o = run(
        root,
        &[
            "build",
            "--root",
            &root.to_string_lossy(),
            "--out",
            &out.path().to_string_lossy(),
            "--base-url",
            &format!("http://{addr}/"),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

#[test]
fn policy_json_is_served_as_build_writes_it_and_follows_edits() {
    let srv = start(site("minimal"));
    let files = ["en/sample/policy.json", "fr/exemple/policy.json"];
    let served = |rel: &str| {
        let (code, head, body) = request(&srv.addr, "GET", &format!("/{rel}"), "");
        assert_eq!(code, 200, "/{rel}");
        assert!(
            head.to_lowercase()
                .contains("content-type: application/json"),
            "{head}"
        );
        body
    };
    let built = build_like_preview(&srv.root, &srv.addr);
    for rel in files {
        let body = served(rel);
        let doc: serde_json::Value = serde_json::from_str(&body).expect("policy.json parses");
        assert_eq!(doc["id"], "sample");
        assert_eq!(doc["policy"]["title"]["en"], "Sample privacy statement");
        assert_eq!(
            body,
            std::fs::read_to_string(built.path().join(rel)).unwrap(),
            "{rel} as build writes it"
        );
    }
    let before = served(files[0]);

    edit(
        &srv.root,
        POLICY,
        "Sample privacy statement",
        "Sample privacy statement, revised",
    );
    eventually("the edited policy.json", 15, || {
        get(&srv.addr, &format!("/{}", files[0])).1 != before
    });
    let built = build_like_preview(&srv.root, &srv.addr);
    for rel in files {
        let body = served(rel);
        let doc: serde_json::Value = serde_json::from_str(&body).expect("policy.json parses");
        assert_eq!(
            doc["policy"]["title"]["en"],
            "Sample privacy statement, revised"
        );
        assert_eq!(
            body,
            std::fs::read_to_string(built.path().join(rel)).unwrap(),
            "{rel} after the edit, as build writes it"
        );
    }

    // A broken edit keeps the last good file, as it keeps the last good pages.
    edit(&srv.root, POLICY, "lifetime: session", "lifetime: sesion");
    eventually("the error to be reported", 15, || {
        status(&srv.addr)["ok"] == false
    });
    assert!(served(files[0]).contains("Sample privacy statement, revised"));
}

/// The status the live-reload script of the page at `page` gets.
fn status_of(addr: &str, page: &str) -> serde_json::Value {
    let target = format!("/_preview/status.json?page={}", page.replace('/', "%2F"));
    serde_json::from_str(&get(addr, &target).1).unwrap()
}

#[test]
fn a_policy_saved_while_another_is_broken_is_served_at_once() {
    let s = site("minimal");
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    write(
        s.path(),
        "content/policies/other.yaml",
        &text
            .replace("en: sample\n", "en: other\n")
            .replace("fr: exemple\n", "fr: autre\n"),
    );
    let srv = start(s);
    assert_eq!(get(&srv.addr, "/fr/autre/").0, 200);
    edit(&srv.root, POLICY, "lifetime: session", "lifetime: sesion");
    eventually("the error to be reported", 15, || {
        status(&srv.addr)["ok"] == false
    });
    // One broken draft does not hold the site back: the other policy,
    // saved meanwhile, is checked (its new warning is listed) and served.
    edit(
        &srv.root,
        "content/policies/other.yaml",
        "Déclaration de confidentialité type",
        "Déclaration sur les cookies",
    );
    eventually("the other policy's new page", 15, || {
        get(&srv.addr, "/fr/autre/").1.contains("sur les cookies")
    });
    assert!(get(&srv.addr, "/_preview/").1.contains("[terminology"));
    assert!(get(&srv.addr, "/fr/autre/policy.json")
        .1
        .contains("sur les cookies"));
    // The broken one keeps its last good page, and its problems are shown
    // on its own pages only: not on the other policy's, nor over the
    // dashboard, which lists them.
    assert!(get(&srv.addr, PAGE).1.contains("Sample privacy statement"));
    let mine = status_of(&srv.addr, PAGE);
    assert_eq!(mine["ok"], false, "{mine}");
    assert_eq!(mine["diagnostics"].as_array().unwrap().len(), 1, "{mine}");
    assert_eq!(mine["diagnostics"][0]["file"], POLICY);
    assert_eq!(status_of(&srv.addr, "/_preview/sample/")["ok"], false);
    for other in [
        "/fr/autre/",
        "/en/other/",
        "/_preview/other/",
        "/_preview/",
        "/",
    ] {
        let s = status_of(&srv.addr, other);
        assert_eq!(s["ok"], true, "{other}: {s}");
        assert_eq!(s["diagnostics"], serde_json::json!([]), "{other}: {s}");
    }
    let dashboard = get(&srv.addr, "/_preview/").1;
    assert!(
        dashboard.contains("lifetime: sesion") || dashboard.contains("`sesion`"),
        "{dashboard}"
    );
    // The whole site's status still says something is wrong.
    assert_eq!(status(&srv.addr)["ok"], false);
    edit(&srv.root, POLICY, "lifetime: sesion", "lifetime: session");
    eventually("the fixed policy", 15, || status(&srv.addr)["ok"] == true);
    assert_eq!(status_of(&srv.addr, PAGE)["ok"], true);
}

#[test]
fn an_error_of_the_site_itself_is_shown_on_every_page() {
    let srv = start(site("minimal"));
    assert_eq!(status_of(&srv.addr, PAGE)["ok"], true);
    edit(
        &srv.root,
        "content/site.yaml",
        "source_language: en",
        "source_language: de",
    );
    eventually("the error to be reported", 15, || {
        status(&srv.addr)["ok"] == false
    });
    for page in [PAGE, "/fr/exemple/", "/_preview/sample/", "/"] {
        let s = status_of(&srv.addr, page);
        assert_eq!(s["ok"], false, "{page}: {s}");
        assert_eq!(
            s["diagnostics"][0]["file"], "content/site.yaml",
            "{page}: {s}"
        );
    }
    // The dashboard lists it rather than hiding behind it.
    assert_eq!(status_of(&srv.addr, "/_preview/")["ok"], true);
    assert!(get(&srv.addr, "/_preview/").1.contains("site.yaml:"));
}

#[test]
fn editors_saving_through_renames_and_swap_files_are_followed() {
    let srv = start(site("minimal"));
    let mut events = Events::open(&srv.addr);
    events.next().expect("a status event");
    // An editor writes a swap file, then a temporary file renamed over the policy.
    write(&srv.root, "content/policies/.sample.yaml.swp", "junk: [");
    let text = std::fs::read_to_string(srv.root.join(POLICY)).unwrap();
    write(&srv.root, "content/policies/sample.yaml~", &text);
    let tmp = srv.root.join("content/policies/.sample.yaml.tmp123");
    std::fs::write(
        &tmp,
        text.replace("Sample privacy statement", "Renamed into place"),
    )
    .unwrap();
    std::fs::rename(&tmp, srv.root.join(POLICY)).unwrap();
    eventually("the renamed file to be served", 15, || {
        get(&srv.addr, PAGE).1.contains("Renamed into place")
    });
    assert_eq!(status(&srv.addr)["ok"], true);
    // A new policy appears, then is deleted.
    write(
        &srv.root,
        "content/policies/second.yaml",
        &text
            .replace("en: sample\n", "en: second\n")
            .replace("fr: exemple\n", "fr: deuxieme\n"),
    );
    eventually("the new policy", 15, || {
        get(&srv.addr, "/en/second/").0 == 200
    });
    assert_eq!(get(&srv.addr, "/fr/deuxieme/policy.json").0, 200);
    std::fs::remove_file(srv.root.join("content/policies/second.yaml")).unwrap();
    eventually("the deleted policy to go", 15, || {
        get(&srv.addr, "/en/second/").0 == 404
    });
    assert_eq!(get(&srv.addr, "/en/second/policy.json").0, 404);
    assert_eq!(get(&srv.addr, "/fr/deuxieme/policy.json").0, 404);
}

#[test]
fn no_path_outside_the_site_is_readable() {
    let srv = start(site("minimal"));
    write(&srv.root, "secret.txt", "TOP SECRET");
    for target in [
        "/../secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e/secret.txt",
        "/%252e%252e/secret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/en/../../secret.txt",
        "/%00",
        "/content/policies/sample.yaml",
        "/secret.txt",
        "//etc/passwd",
        "/.git/config",
    ] {
        let (code, _, body) = request(&srv.addr, "GET", target, "");
        assert!(
            code == 404 || code == 403 || code == 400,
            "{target}: {code}"
        );
        assert!(
            !body.contains("TOP SECRET") && !body.contains("root:"),
            "{target}"
        );
    }
}

#[test]
fn many_event_streams_do_not_block_pages_and_a_busy_port_is_named() {
    let srv = start(site("minimal"));
    let streams: Vec<Events> = (0..40).map(|_| Events::open(&srv.addr)).collect();
    let t = Instant::now();
    for _ in 0..20 {
        assert_eq!(get(&srv.addr, PAGE).0, 200);
    }
    assert!(t.elapsed() < Duration::from_secs(10));
    drop(streams);
    assert_eq!(get(&srv.addr, PAGE).0, 200);
    // A second server on the same port says which port is taken.
    let port = srv.addr.rsplit(':').next().unwrap();
    let o = common::policypress()
        .args(["serve", "--port", port, "--root"])
        .arg(&srv.root)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(port) && err.contains("in use"), "{err}");
}

#[test]
fn the_preview_pages_speak_the_tools_language() {
    // In French (`--lang fr`, or a French locale), the preview is French
    // throughout: its pages, the overlay and the diagnostics.
    let example = site("example");
    let root = example.path().to_path_buf();
    let srv = start_at(root, Some(example), &["--lang", "fr"]);
    let (code, body) = get(&srv.addr, "/_preview/");
    assert_eq!(code, 200);
    assert!(body.contains("<html lang=\"fr\">"), "{body}");
    // Grouped by organization, in French order (accents folded), as the
    // landing page is; a policy's title before its id.
    let at = |org: &str| {
        body.find(&format!(">{org}</th>"))
            .unwrap_or_else(|| panic!("no group {org}: {body}"))
    };
    let orgs = [
        "Gouvernement de l’Ontario",
        "Gouvernement du Québec",
        "Ministère de la Sécurité publique",
        "Ministère des Relations internationales",
        "Ministère du Travail",
    ];
    let places: Vec<usize> = orgs.iter().map(|o| at(o)).collect();
    assert!(places.windows(2).all(|w| w[0] < w[1]), "{places:?}");
    assert!(
        body.contains(">Politique de confidentialité (quebec-portal)</th>"),
        "{body}"
    );
    for label in [
        "<h1>Politiques</h1>",
        ">Côte à côte</th>",
        ">Avertissements</th>",
        "Passer au contenu principal",
        ">Aperçu policypress</a>",
    ] {
        assert!(body.contains(label), "no {label:?} in the French dashboard");
    }
    for english in [
        "Policies",
        "Side by side",
        "Warnings",
        "Compare ",
        "Skip to",
    ] {
        assert!(
            !body.contains(english),
            "{english:?} in the French dashboard"
        );
    }
    let id = "quebec-portal";
    let (code, body) = get(&srv.addr, &format!("/_preview/{id}/"));
    assert_eq!(code, 200);
    assert!(body.contains(&format!(
        "<h1>{id}\u{a0}: pages française et anglaise côte à côte</h1>"
    )));
    assert!(body.contains(">Page française</a>"));
    assert!(!body.contains("side by side"));
    // The source language on the left: each row's French column first.
    let (fr, en) = (
        body.find("<div lang=\"fr-CA\">").unwrap(),
        body.find("<div lang=\"en-CA\">").unwrap(),
    );
    assert!(fr < en, "French is not on the left of a French site");
    let s = status(&srv.addr);
    assert_eq!(s["lang"], "fr");
    assert!(s["title"]
        .as_str()
        .unwrap()
        .starts_with("policypress\u{a0}: la dernière modification"));

    // In English (the tests' locale is C), the same French site gets the
    // English preview, its source language still on the left.
    let srv = start(site("example"));
    let (_, body) = get(&srv.addr, "/_preview/");
    assert!(body.contains("<html lang=\"en\">"));
    assert!(body.contains("<h1>Policies</h1>") && body.contains("Compare quebec-portal"));
    assert!(!body.contains("Politiques</h1>") && !body.contains("Côte à côte"));
    assert_eq!(status(&srv.addr)["lang"], "en");
    let (_, body) = get(&srv.addr, "/_preview/quebec-portal/");
    assert!(body.contains("<h1>quebec-portal: French and English side by side</h1>"));
    let (fr, en) = (
        body.find("<div lang=\"fr-CA\">").unwrap(),
        body.find("<div lang=\"en-CA\">").unwrap(),
    );
    assert!(fr < en, "French is not on the left of a French site");

    // A site written in English first has English on the left.
    let srv = start(site("minimal"));
    let (_, body) = get(&srv.addr, "/_preview/sample/");
    let (fr, en) = (
        body.find("<div lang=\"fr-CA\">").unwrap(),
        body.find("<div lang=\"en-CA\">").unwrap(),
    );
    assert!(en < fr, "English is not on the left of an English site");
}

#[test]
fn a_source_folder_deleted_and_put_back_is_watched_again() {
    let srv = start(site("minimal"));
    let content = srv.root.join("content");
    let aside = tempfile::tempdir().unwrap();
    copy_dir(&content, aside.path());
    // Removed and copied back (a new folder: a watch on the old one is gone).
    std::fs::remove_dir_all(&content).unwrap();
    eventually("the missing content folder is reported", 10, || {
        status(&srv.addr)["ok"] == false
    });
    copy_dir(aside.path(), &content);
    eventually("the content folder is read again", 10, || {
        status(&srv.addr)["ok"] == true
    });
    // Its files are watched again: an edit is served.
    edit(
        &srv.root,
        POLICY,
        "Sample privacy statement",
        "Sample privacy statement, after the move",
    );
    eventually("the edit is served", 10, || {
        get(&srv.addr, PAGE).1.contains("after the move")
    });
}

#[test]
fn a_site_that_never_built_answers_with_its_problems_and_reloads() {
    let s = site("minimal");
    edit(s.path(), POLICY, "lifetime: session", "lifetime: sesion");
    // A policy file that never built is listed too, by its id.
    write(s.path(), "content/policies/brand-new.yml", "title: [\n");
    let srv = start(s);
    // Its pages do not exist yet: the address answers with the 404 page,
    // which reloads itself; the dashboard lists the problems.
    let (code, head, body) = request(&srv.addr, "GET", PAGE, "");
    assert_eq!(code, 404);
    assert!(head.contains("text/html"), "{head}");
    assert!(body.contains("/_preview/reload.js"), "{body}");
    let dashboard = get(&srv.addr, "/_preview/").1;
    assert!(dashboard.contains("brand-new"), "{dashboard}");
    assert!(dashboard.contains("sesion"), "{dashboard}");
    std::fs::remove_file(srv.root.join("content/policies/brand-new.yml")).unwrap();
    edit(&srv.root, POLICY, "lifetime: sesion", "lifetime: session");
    eventually("the fixed site is served", 10, || {
        get(&srv.addr, PAGE).0 == 200
    });
}

#[test]
fn an_ipv6_loopback_address_is_served_and_printed_in_brackets() {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        eprintln!("no IPv6 loopback here; skipped");
        return;
    }
    let s = site("minimal");
    let root = s.path().to_path_buf();
    let srv = common::server::start_at(root, Some(s), &["--bind", "::1"]);
    assert!(srv.addr.starts_with("[::1]:"), "{}", srv.addr);
    assert_eq!(get(&srv.addr, PAGE).0, 200);
}

#[test]
fn a_saved_notice_updates_its_own_pages_and_the_policy_that_lists_it() {
    let srv = start(site("example"));
    let notice = "content/notices/mri-news-bulletin.yaml";
    let policy_page = "/fr/relations-internationales-politique-de-confidentialite/";
    assert!(get(&srv.addr, policy_page)
        .1
        .contains("Abonnement au bulletin électronique"));
    let (code, fragment) = get(
        &srv.addr,
        "/fr/avis-de-collecte-bulletin-electronique/notice.fr.html",
    );
    assert_eq!(code, 200);
    assert!(fragment.contains("pp-notice"), "{fragment}");
    // The dashboard lists the notice, and shows it side by side.
    assert!(get(&srv.addr, "/_preview/")
        .1
        .contains("/_preview/mri-news-bulletin/"));
    assert_eq!(get(&srv.addr, "/_preview/mri-news-bulletin/").0, 200);
    edit(
        &srv.root,
        notice,
        "    fr: Abonnement au bulletin électronique",
        "    fr: Inscription au bulletin électronique",
    );
    // The policy lists the notice by its form's title: it is rendered again.
    eventually("the policy to list the new title", 15, || {
        get(&srv.addr, policy_page)
            .1
            .contains("Inscription au bulletin électronique")
    });
    assert!(
        get(&srv.addr, "/fr/avis-de-collecte-bulletin-electronique/")
            .1
            .contains("Inscription au bulletin électronique")
    );
}

/// The side-by-side view's form for `what`: (token, back), from its page.
fn review_form(body: &str, what: &str) -> Option<(String, String)> {
    let at = body.find(&format!("name=\"what\" value=\"{what}\""))?;
    let form = &body[body[..at].rfind("<form")?..];
    let field = |name: &str| {
        let start = form.find(&format!("name=\"{name}\" value=\""))? + name.len() + 15;
        Some(form[start..start + form[start..].find('"')?].to_string())
    };
    Some((field("token")?, field("back")?))
}

fn post_form(addr: &str, target: &str, body: &str, origin: Option<&str>) -> (u16, String) {
    let origin = origin.map_or(String::new(), |o| format!("Origin: {o}\r\n"));
    let extra = format!(
        "{origin}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let (code, head, _) =
        common::server::try_request_with(addr, "POST", target, &extra).expect("the request");
    (code, head)
}

#[test]
fn a_translation_is_marked_reviewed_from_the_side_by_side_view_with_the_runs_token() {
    let site = site("minimal");
    assert!(run(site.path(), &["check", "--accept", "all"])
        .status
        .success());
    let srv = start(site);
    // The English (source) title changes: the French one may be stale.
    edit(
        &srv.root,
        POLICY,
        "  en: Sample privacy statement",
        "  en: Sample privacy statement of the agency",
    );
    let mut form = None;
    eventually("the stale title shows with its button", 10, || {
        let (_, body) = get(&srv.addr, "/_preview/sample/");
        form = review_form(&body, "sample:title");
        form.is_some() && body.contains("{+of the agency+}")
    });
    let (token, back) = form.expect("the form");
    assert_eq!(token.len(), 32, "a 128-bit token");
    let lock = || std::fs::read_to_string(srv.root.join("content/translations.lock")).unwrap();
    let before = lock();
    // Without the token, with another's, or from another site's page: refused,
    // and nothing written.
    for (body, origin) in [
        ("what=sample%3Atitle".to_string(), None),
        ("token=0123&what=sample%3Atitle".to_string(), None),
        (
            format!("token={token}&what=sample%3Atitle"),
            Some("http://evil.example"),
        ),
    ] {
        let (code, _) = post_form(&srv.addr, "/_preview/accept", &body, origin);
        assert_eq!(code, 403, "{body} {origin:?}");
    }
    assert_eq!(lock(), before);
    // A GET does not write either.
    assert_eq!(get(&srv.addr, "/_preview/accept").0, 404);
    // With this run's token (and the page's own origin): recorded as
    // `check --accept sample:title` records it, and back to the page.
    let body = format!(
        "token={token}&what=sample%3Atitle&back={}",
        back.replace('/', "%2F").replace('#', "%23")
    );
    let origin = format!("http://{}", srv.addr);
    let (code, head) = post_form(&srv.addr, "/_preview/accept", &body, Some(&origin));
    assert_eq!(code, 303, "{head}");
    assert!(head.contains("Location: /_preview/sample/"), "{head}");
    assert!(lock().contains("text: Sample privacy statement of the agency"));
    eventually("the warning goes once the lock is read again", 10, || {
        let (_, body) = get(&srv.addr, "/_preview/sample/");
        review_form(&body, "sample:title").is_none()
    });
    // What names nothing is refused with the reason.
    let (code, _) = post_form(
        &srv.addr,
        "/_preview/accept",
        &format!("token={token}&what=nothing%3Ahere"),
        None,
    );
    assert_eq!(code, 409);
}
