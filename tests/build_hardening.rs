//! `build` attacked: killed at any moment, fed hostile text in every field,
//! and watched for writes into the author's folders.

mod common;
use common::*;
use policypress::load::SiteLayout;
use policypress::probe::Probe;
use serde_yaml::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// SIGKILL at a spread of moments

/// `count` copies of the minimal fixture's policy with their own ids and
/// slugs, the title marked with `version`.
fn policies(count: usize, version: &str) -> Vec<(String, String)> {
    let model =
        std::fs::read_to_string(repo().join("tests/fixtures/minimal/content/policies/sample.yaml"))
            .expect("fixture policy");
    (0..count)
        .map(|i| {
            let text = model
                .replacen("en: sample\n", &format!("en: gen-{i}-en\n"), 1)
                .replacen("fr: exemple\n", &format!("fr: gen-{i}-fr\n"), 1)
                .replacen(
                    "en: Sample privacy statement\n",
                    &format!("en: Sample privacy statement {version}\n"),
                    1,
                );
            (format!("content/policies/gen-{i:03}.yaml"), text)
        })
        .collect()
}

fn write_all(root: &Path, files: &[(String, String)]) {
    for (rel, text) in files {
        write(root, rel, text);
    }
}

fn build_cmd(root: &Path) -> Command {
    let mut c = common::policypress();
    c.args(["build", "--quiet", "--root"])
        .arg(root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

fn staging_dirs(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.staging-"))
        .collect()
}

#[test]
fn build_killed_at_any_moment_leaves_the_old_or_the_new_output_whole() {
    let site = site("minimal");
    let root = site.path();
    let out = root.join("public");
    let (a, b) = (policies(30, "A"), policies(30, "B"));
    // The two complete outputs, for reference.
    let mut reference = Vec::new();
    let mut full = Duration::ZERO;
    for version in [&a, &b] {
        write_all(root, version);
        let t = Instant::now();
        assert!(build_cmd(root).status().unwrap().success());
        full = full.max(t.elapsed());
        reference.push(snapshot(&out));
    }
    assert_ne!(reference[0], reference[1]);
    assert!(reference[0].len() > 60, "{} files", reference[0].len());
    // The output now holds B.
    let mut current = 1;
    let (mut kept, mut replaced) = (0, 0);
    let kills = 20;
    for k in 0..kills {
        let target = 1 - current;
        write_all(root, if target == 0 { &a } else { &b });
        // Spread over the whole build, a little past its usual end.
        let delay = full.mul_f64(k as f64 / (kills - 4) as f64);
        let mut child = build_cmd(root).spawn().unwrap();
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let now = snapshot(&out);
        if now == reference[target] {
            replaced += 1;
            current = target;
        } else {
            assert!(
                now == reference[current],
                "kill {k} after {delay:?} ({status}): the output is neither the previous nor \
                 the new one ({} files)",
                now.len()
            );
            kept += 1;
        }
    }
    println!(
        "{kills} kills over a {full:?} build: {kept} kept the previous output, {replaced} had \
         the new one; staging folders left: {}",
        staging_dirs(root).len()
    );
    assert!(kept > 0, "no kill landed before the end of a build");
    // Whatever was left behind, the next build succeeds and cleans up.
    let target = 1 - current;
    write_all(root, if target == 0 { &a } else { &b });
    assert!(build_cmd(root).status().unwrap().success());
    assert_eq!(snapshot(&out), reference[target]);
    assert_eq!(staging_dirs(root), Vec::<String>::new());
}

// ---------------------------------------------------------------------------
// XSS corpus in every field

/// Hostile text, each tagged so its escaped form can be found in the page.
fn payloads(tag: usize) -> Vec<String> {
    [
        "<script>alert('T')</script>",
        "\"><script>alert('T')</script>",
        "'><img src=x onerror=alert('T')>",
        "<svg/onload=alert('T')>",
        "</script><script>alert('T')</script>",
        "\" onmouseover=\"alert('T')\" x=\"",
        "' onfocus='alert(`T`)' autofocus '",
        "[click](javascript:alert('T')) [c2](JaVaScRiPt:alert('T')) [c3](&#106;avascript:alert('T'))",
        "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![i](javascript:alert('T'))",
        "<a href=\"javascript:alert('T')\">x</a> <a href=\"jav&#x09;ascript:alert('T')\">y</a>",
        "<iframe src=\"javascript:alert('T')\"></iframe><object data=x></object>",
        "{{ config }} {% raw %}{% endraw %} {# T #} {{ __tera_context }}",
        "{ $org } { -brand } {\"T\"} { NUMBER(1) }",
        "&lt;script&gt;alert('T')&lt;/script&gt; &#60;script&#62;",
    ]
    .iter()
    .map(|p| p.replace('T', &format!("xss{tag}")))
    .collect()
}

/// Every string leaf of `v`, as paths of keys and indexes.
fn leaves(v: &Value, path: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::String(_) => out.push(path.clone()),
        Value::Mapping(m) => {
            for (k, x) in m {
                path.push(k.clone());
                leaves(x, path, out);
                path.pop();
            }
        }
        Value::Sequence(s) => {
            for (i, x) in s.iter().enumerate() {
                path.push(Value::from(i as u64));
                leaves(x, path, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at<'a>(v: &'a mut Value, path: &[Value]) -> &'a mut Value {
    path.iter().fold(v, |v, k| match (v, k) {
        (Value::Sequence(s), Value::Number(n)) => &mut s[n.as_u64().unwrap() as usize],
        (v, k) => v.get_mut(k).expect("path exists"),
    })
}

fn describe(path: &[Value]) -> String {
    path.iter()
        .map(|k| match k {
            Value::String(s) => s.clone(),
            other => serde_yaml::to_string(other).unwrap().trim().to_string(),
        })
        .collect::<Vec<_>>()
        .join(".")
}

#[test]
fn hostile_text_in_every_field_of_both_languages_comes_out_escaped() {
    let site = site("minimal");
    let root = site.path();
    let read = |rel: &str| -> Value {
        serde_yaml::from_str(&std::fs::read_to_string(root.join(rel)).unwrap()).unwrap()
    };
    // The whole policy in one file: its profile merged under it, plus the
    // optional free-text fields the fixture leaves out.
    let mut doc = read("content/profiles/base.yaml");
    policypress::resolve::merge(&mut doc, &read("content/policies/sample.yaml"));
    doc.as_mapping_mut().unwrap().remove("extends");
    let org = doc.get_mut("organization").unwrap();
    for key in ["short_name", "site_name"] {
        org[key] = serde_yaml::from_str("{en: Agency, fr: Agence}").unwrap();
    }
    write(
        root,
        "content/policies/sample.yaml",
        &serde_yaml::to_string(&doc).unwrap(),
    );
    let baseline_out = root.join("baseline");
    let o = run(root, &["build", "--out", baseline_out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));

    // Put the payloads into every string the validator accepts them in:
    // free text takes them whole, addresses and e-mails as far as their
    // syntax allows; identifiers, codes and dates refuse them (checked).
    let probe = Probe::open(SiteLayout::new(root)).expect("the site loads");
    let mut paths = Vec::new();
    leaves(&doc, &mut Vec::new(), &mut paths);
    let mut accepted = BTreeSet::new();
    for (i, path) in paths.iter().enumerate() {
        let original = at(&mut doc, path).as_str().unwrap().to_string();
        let p = payloads(i);
        let mut candidates: Vec<String> = vec![
            format!("{original} {}", p.join(" ")),
            format!("{original} {}", p[..7].join(" ")),
        ];
        if original.starts_with("http") {
            candidates.push(format!(
                "{original}?q=\"><script>alert('xss{i}')</script>&x=' onmouseover='alert(1)"
            ));
            candidates.push(format!("{original}#\"onmouseover=\"alert('xss{i}')"));
        }
        if original.contains('@') {
            candidates.push(format!("x\"onmouseover=\"alert('xss{i}')\"{original}"));
            candidates.push(format!("javascript:alert('xss{i}')//{original}"));
        }
        for c in candidates {
            *at(&mut doc, path) = Value::String(c);
            let text = serde_yaml::to_string(&doc).unwrap();
            let r = probe.run("sample", &text).unwrap();
            if !r.diagnostics.has_errors() {
                accepted.insert(describe(path));
                break;
            }
            *at(&mut doc, path) = Value::String(original.clone());
        }
    }
    println!(
        "payloads accepted in {} of {} string fields: {accepted:?}",
        accepted.len(),
        paths.len()
    );
    for must in [
        "title.en",
        "title.fr",
        "organization.name.en",
        "organization.name.fr",
        "sections.0.title.en",
        "sections.0.body.fr",
        "rights.contact.address.street.fr",
    ] {
        assert!(accepted.contains(must), "{must} refused hostile text");
    }
    write(
        root,
        "content/policies/sample.yaml",
        &serde_yaml::to_string(&doc).unwrap(),
    );
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));

    // The theme's scripts, by source and content; the JSON-LD block carries
    // the hostile data, so it must parse as JSON and hold no `<` at all
    // (which is what keeps `</script>` out), and counts as one known script.
    let scripts = |doc: &scraper::Html| -> BTreeSet<String> {
        select(doc, "script")
            .iter()
            .map(|s| {
                if s.value().attr("type") == Some("application/ld+json") {
                    let text = s.inner_html();
                    assert!(!text.contains('<'), "`<` in JSON-LD: {text}");
                    serde_json::from_str::<serde_json::Value>(&text)
                        .unwrap_or_else(|e| panic!("JSON-LD does not parse ({e}): {text}"));
                    return "application/ld+json".to_string();
                }
                format!("{:?} {}", s.value().attr("src"), s.inner_html())
            })
            .collect()
    };
    let out = root.join("public");
    let pages: Vec<(String, Vec<u8>)> = snapshot(&out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .collect();
    assert!(pages.len() >= 4);
    for (rel, _) in &pages {
        let page = html(&out.join(rel));
        let base_path = baseline_out.join(rel);
        let allowed = if base_path.exists() {
            scripts(&html(&base_path))
        } else {
            BTreeSet::new()
        };
        let found = scripts(&page);
        assert!(
            found.is_subset(&allowed),
            "{rel}: scripts not in the theme: {:?}",
            found.difference(&allowed).collect::<Vec<_>>()
        );
        for bad in ["iframe", "object", "embed", "base", "form", "svg", "math"] {
            assert!(select(&page, bad).is_empty(), "{rel}: <{bad}>");
        }
        for el in select(&page, "*") {
            for (name, value) in el.value().attrs() {
                assert!(
                    !name.to_ascii_lowercase().starts_with("on"),
                    "{rel}: <{} {name}={value:?}>",
                    el.value().name()
                );
                let v: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "vbscript:", "data:"] {
                    assert!(
                        !v.starts_with(scheme),
                        "{rel}: <{} {name}={value:?}>",
                        el.value().name()
                    );
                }
            }
        }
    }
    // The payloads are shown as text on both pages, in the page language.
    for (rel, needle_lang) in [
        ("en/sample/index.html", "en"),
        ("fr/exemple/index.html", "fr"),
    ] {
        let page = html(&out.join(rel));
        let text: String = page.root_element().text().collect();
        assert!(
            text.contains("<script>alert("),
            "{rel} ({needle_lang}): the script payload is not shown as text"
        );
        assert!(
            text.contains("{{ config }}"),
            "{rel}: Tera syntax not literal"
        );
        assert!(
            text.contains("{ $org }"),
            "{rel}: Fluent syntax not literal"
        );
        let raw = std::fs::read_to_string(out.join(rel)).unwrap();
        assert!(!raw.contains("<script>alert("), "{rel}: a raw payload");
        assert!(!raw.contains("<img src=x"), "{rel}: a raw payload");
    }
}

// ---------------------------------------------------------------------------
// No writes into the author's folders

type Tree = Vec<(PathBuf, Option<std::time::SystemTime>, Vec<u8>)>;

/// Every entry under the site's source folders: path, mtime, bytes.
fn sources(root: &Path) -> Tree {
    fn walk(dir: &Path, out: &mut Tree) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            let bytes = if meta.is_dir() {
                walk(&e.path(), out);
                Vec::new()
            } else {
                std::fs::read(e.path()).unwrap()
            };
            out.push((e.path(), meta.modified().ok(), bytes));
        }
    }
    let mut out = Vec::new();
    for d in ["content", "locales", "themes"] {
        let meta = std::fs::metadata(root.join(d)).unwrap();
        out.push((root.join(d), meta.modified().ok(), Vec::new()));
        walk(&root.join(d), &mut out);
    }
    out.sort();
    out
}

#[test]
fn build_check_and_serve_never_write_into_content_locales_or_themes() {
    let site = site("example");
    let root = site.path();
    let before = sources(root);
    for args in [
        vec!["build"],
        vec!["build", "--out", "elsewhere"],
        vec!["check"],
        vec!["check", "--strict", "--format", "json"],
    ] {
        let o = run(root, &args);
        assert!(o.status.code().is_some(), "{args:?}");
        assert_eq!(
            sources(root),
            before,
            "`{}` wrote into the sources",
            args.join(" ")
        );
    }
    // serve, with pages and the preview requested.
    let srv = common::server::start_at(root.to_path_buf(), None, &[]);
    for target in ["/", "/en/labour-privacy-policy/", "/_preview/", "/nope"] {
        common::server::get(&srv.addr, target);
    }
    drop(srv);
    assert_eq!(sources(root), before, "`serve` wrote into the sources");
}

// ---------------------------------------------------------------------------
// Files that are not files

/// Runs `check --format json` with a deadline: a hang is a failure.
fn check_within(root: &Path, secs: u64) -> (i32, serde_json::Value) {
    let mut child = common::policypress()
        .args(["check", "--format", "json", "--root"])
        .arg(root)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Read stdout aside, so a long report cannot block the child.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut out = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut out).map(|_| out)
    });
    let deadline = Instant::now() + Duration::from_secs(secs);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("check on {} did not finish in {secs} s", root.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = reader.join().unwrap().unwrap();
    let report = serde_json::from_slice(&out).expect("a JSON report");
    (status.code().unwrap_or(-1), report)
}

#[test]
fn a_pipe_or_a_device_where_a_source_file_should_be_is_an_error_not_a_hang() {
    let mkfifo = |p: &Path| {
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
        rustix::fs::mkfifoat(rustix::fs::CWD, c.as_c_str(), rustix::fs::Mode::from(0o644))
            .expect("mkfifo");
    };
    // (file, whether it is a symbolic link to /dev/zero rather than a pipe)
    let cases = [
        ("content/policies/pipe.yaml", false),
        ("content/policies/zero.yaml", true),
        ("content/translations.lock", false),
        ("locales/fr/pipe.ftl", false),
    ];
    for (rel, device) in cases {
        let s = site("minimal");
        let path = s.path().join(rel);
        let _ = std::fs::remove_file(&path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        if device {
            std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        } else {
            mkfifo(&path);
        }
        let (code, report) = check_within(s.path(), 10);
        assert_eq!(code, 1, "{rel}: {report:#}");
        let d = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["file"] == rel)
            .unwrap_or_else(|| panic!("{rel}: no diagnostic names it: {report:#}"));
        // A link to a device leaves the site: refused before it is opened.
        let expected = if device {
            "leads outside the site"
        } else {
            "not a regular file"
        };
        assert!(
            d["message"].as_str().unwrap().contains(expected),
            "{rel}: {d:#}"
        );
    }
}

// ---------------------------------------------------------------------------
// The output folder: nothing policypress did not write is ever deleted

fn build_into(root: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    common::policypress()
        .args(["build", "--quiet", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(extra)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn names(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn a_folder_of_the_authors_is_never_wiped_by_a_build_into_it() {
    let site = site("minimal");
    let root = site.path();
    let u = root.join("u");
    write(&u, "thesis.txt", "my thesis");
    write(&u, "photos/p.jpg", "jpeg");
    let o = build_into(root, &u, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("foreign-output"), "{err}");
    assert!(err.contains("`photos/`, `thesis.txt`"), "{err}");
    assert!(err.contains("--overwrite"), "{err}");
    assert_eq!(
        std::fs::read_to_string(u.join("thesis.txt")).unwrap(),
        "my thesis"
    );
    assert!(u.join("photos/p.jpg").exists());
    assert!(!names(root).iter().any(|n| n.starts_with(".u.staging-")));
    // Said explicitly, the folder is replaced.
    let o = build_into(root, &u, &["--overwrite"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!u.join("thesis.txt").exists());
    // A file added later to the output is the author's again.
    write(&u, "en/notes.txt", "notes");
    let o = build_into(root, &u, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("`en/notes.txt`"), "{}", stderr(&o));
    assert!(u.join("en/notes.txt").exists());
}

#[test]
fn a_git_checkout_used_to_publish_keeps_what_the_site_lists() {
    let site = site("minimal");
    let root = site.path();
    let out = root.join("public");
    write(&out, ".git/HEAD", "ref: refs/heads/main\n");
    write(&out, ".git/objects/ab/cdef", "object");
    write(&out, "CNAME", "vie-privee.example.ca\n");
    write(&out, ".well-known/security.txt", "Contact: x\n");
    // Not listed: refused, all of it still there.
    let o = build_into(root, &out, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(out.join(".git/HEAD").exists());
    edit(
        root,
        "content/site.yaml",
        "title:",
        "keep: [.git, CNAME, .well-known/]\ntitle:",
    );
    for _ in 0..2 {
        let o = build_into(root, &out, &[]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(
            std::fs::read_to_string(out.join(".git/HEAD")).unwrap(),
            "ref: refs/heads/main\n"
        );
        assert!(out.join(".git/objects/ab/cdef").exists());
        assert!(out.join("CNAME").exists());
        assert!(out.join(".well-known/security.txt").exists());
        assert!(out.join("en/sample/index.html").exists());
    }
    // A kept path the build itself writes is refused, nothing lost.
    edit(root, "content/site.yaml", "keep: [", "keep: [404.html, ");
    let o = build_into(root, &out, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("keep-clash"), "{}", stderr(&o));
    assert!(out.join(".git/HEAD").exists());
}

#[test]
fn kept_paths_that_leave_the_output_are_refused_at_their_line() {
    let site = site("minimal");
    let root = site.path();
    edit(
        root,
        "content/site.yaml",
        "title:",
        "keep:\n  - ../content\ntitle:",
    );
    let (code, report) = check_json(root);
    assert_eq!(code, 1);
    let d = find(&report, "invalid-value");
    assert_eq!(d["line"], 4, "{d}");
    assert_eq!(d["file"], "content/site.yaml", "{d}");
    assert!(d["message"].as_str().unwrap().contains("../content"), "{d}");
}

#[test]
fn staging_folders_are_removed_only_when_proven_policypress_own() {
    let site = site("minimal");
    let root = site.path();
    // Named like a staging folder of a build no longer running (pid 0),
    // holding the author's files; and one named otherwise.
    write(root, ".public.staging-0-1/draft.txt", "mine");
    write(root, ".public.staging-backup/old.html", "mine");
    std::fs::create_dir_all(root.join(".public.staging-0-2")).unwrap();
    assert!(build_cmd(root).status().unwrap().success());
    assert!(root.join(".public.staging-0-1/draft.txt").exists());
    assert!(root.join(".public.staging-backup/old.html").exists());
    // An empty one (a build killed before it wrote anything) is removed.
    assert!(!root.join(".public.staging-0-2").exists());
}

/// Runs `cmd` as an unprivileged user when the tests run as root (CI
/// does), so that folder permissions apply; the site is given to that user.
fn unprivileged(root: &Path, mut cmd: Command) -> std::process::Output {
    let uid = Command::new("id").arg("-u").output().unwrap();
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return cmd.output().unwrap();
    }
    let chown = Command::new("chown")
        .args(["-R", "65534:65534"])
        .arg(root)
        .status();
    assert!(chown.unwrap().success());
    let mut wrapped = Command::new("setpriv");
    wrapped.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"]);
    wrapped.arg(cmd.get_program()).args(cmd.get_args());
    wrapped.env("NO_COLOR", "1").env("LC_ALL", "C");
    wrapped.output().unwrap()
}

#[cfg(unix)]
fn chmod(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[cfg(unix)]
#[test]
fn a_read_only_previous_output_is_replaced_and_nothing_is_left_beside_it() {
    let site = site("minimal");
    let root = site.path().to_path_buf();
    // World-searchable, so the unprivileged user reaches the site.
    chmod(site.path(), 0o755);
    let out = root.join("public");
    assert!(build_cmd(&root).status().unwrap().success());
    edit(
        &root,
        POLICY_FIXTURE,
        "Sample privacy statement",
        "Read-only then",
    );
    // Every folder of the previous output read-only.
    for dir in [out.join("en/sample"), out.join("en"), out.clone()] {
        chmod(&dir, 0o555);
    }
    let mut cmd = common::policypress();
    cmd.args(["build", "--root"]).arg(&root);
    let o = unprivileged(&root, cmd);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(!err.contains("nothing was written"), "{err}");
    let page = std::fs::read_to_string(out.join("en/sample/index.html")).unwrap();
    assert!(page.contains("Read-only then"));
    assert_eq!(staging_dirs(&root), Vec::<String>::new(), "{err}");
}

#[cfg(unix)]
#[test]
fn a_parent_folder_that_cannot_be_written_is_named_as_the_cause() {
    let site = site("minimal");
    let root = site.path().to_path_buf();
    chmod(site.path(), 0o755);
    let locked = root.join("locked");
    std::fs::create_dir_all(&locked).unwrap();
    let mut cmd = common::policypress();
    cmd.args(["build", "--root"])
        .arg(&root)
        .arg("--out")
        .arg(locked.join("public"));
    // Read-only after the chown the unprivileged run does.
    let uid = Command::new("id").arg("-u").output().unwrap();
    let as_root = String::from_utf8_lossy(&uid.stdout).trim() == "0";
    if as_root {
        let chown = Command::new("chown")
            .args(["-R", "65534:65534"])
            .arg(&root)
            .status();
        assert!(chown.unwrap().success());
    }
    chmod(&locked, 0o555);
    let o = unprivileged(&root, cmd);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("beside the output, in `"), "{err}");
    assert!(err.contains("locked`"), "{err}");
    assert!(err.contains("must be writable"), "{err}");
}

const POLICY_FIXTURE: &str = "content/policies/sample.yaml";

// ---------------------------------------------------------------------------
// Nothing outside the site is read or published

#[cfg(unix)]
fn link(target: impl AsRef<Path>, at: &Path) {
    if at.is_dir() {
        std::fs::remove_dir_all(at).unwrap();
    }
    if let Some(parent) = at.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::os::unix::fs::symlink(target, at).unwrap();
}

#[cfg(unix)]
#[test]
fn links_that_leave_the_site_are_refused_wherever_a_file_is_read() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret/private.css", "/* SECRET-CSS */");
    write(outside.path(), "x.ftl", "site-title = SECRET-FTL\n");
    write(
        outside.path(),
        "policies/stolen.yaml",
        "title: SECRET-YAML\n",
    );
    // A policy linked to a system file, whose lines must never be quoted.
    let site_a = site("minimal");
    link(
        "/etc/passwd",
        &site_a.path().join("content/policies/passwd.yaml"),
    );
    // A theme's static folder, a locale file and the policies folder.
    let site_b = site("minimal");
    link(
        outside.path().join("secret"),
        &site_b.path().join("themes/default/static"),
    );
    let site_c = site("minimal");
    link(
        outside.path().join("x.ftl"),
        &site_c.path().join("locales/en/x.ftl"),
    );
    let site_d = site("minimal");
    let policies = site_d.path().join("content/policies");
    std::fs::rename(&policies, site_d.path().join("content/kept-aside")).unwrap();
    link(outside.path().join("policies"), &policies);
    for (site, shown) in [
        (&site_a, "content/policies/passwd.yaml"),
        (&site_b, "themes/default/static"),
        (&site_c, "locales/en/x.ftl"),
        (&site_d, "content/policies"),
    ] {
        let root = site.path();
        let o = run(root, &["check"]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{shown}: {err}");
        assert!(
            err.contains("outside-site") && err.contains(shown),
            "{shown}: {err}"
        );
        for secret in ["root:", "SECRET"] {
            assert!(!err.contains(secret), "{shown}: {err}");
        }
        let o = run(root, &["build"]);
        assert_eq!(o.status.code(), Some(1), "{shown}: {}", stderr(&o));
        assert!(
            !root.join("public").exists(),
            "{shown}: something was published"
        );
    }
}

#[cfg(unix)]
#[test]
fn links_that_stay_inside_the_site_are_followed() {
    let site = site("minimal");
    let root = site.path();
    std::fs::rename(
        root.join("content/policies/sample.yaml"),
        root.join("shared-sample.yaml"),
    )
    .unwrap();
    link(
        "../../shared-sample.yaml",
        &root.join("content/policies/sample.yaml"),
    );
    write(root, "shared-assets/extra.css", "/* extra */");
    link("../../shared-assets", &root.join("themes/default/static"));
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(root.join("public/en/sample/index.html").exists());
    assert!(root.join("public/assets/extra.css").exists());
}

#[test]
fn a_template_cannot_publish_the_environment() {
    let site = site("minimal");
    let root = site.path();
    let page = std::fs::read_to_string(repo().join("themes/default/templates/404.html")).unwrap();
    write(
        root,
        "themes/default/templates/404.html",
        &format!("{page}\n<p>{{{{ get_env(name=\"PP_TEST_SECRET\") }}}}</p>\n"),
    );
    let o = common::policypress()
        .args(["check", "--format", "json", "--root"])
        .arg(root)
        .env("PP_TEST_SECRET", "hunter2-secret")
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let d = find(&report, "template-error");
    assert_eq!(d["file"], "themes/default/templates/404.html", "{d}");
    assert_eq!(d["line"], page.lines().count() + 2, "{d}");
    assert!(d["message"].as_str().unwrap().contains("get_env"), "{d}");
    let o = common::policypress()
        .args(["build", "--root"])
        .arg(root)
        .env("PP_TEST_SECRET", "hunter2-secret")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(!root.join("public").exists());
    assert!(!String::from_utf8_lossy(&o.stderr).contains("hunter2"));
}

#[cfg(target_os = "linux")]
#[test]
fn static_files_whose_names_are_not_utf8_are_refused_not_merged() {
    use std::os::unix::ffi::OsStrExt;
    let site = site("minimal");
    let root = site.path();
    let dir = root.join("themes/default/static");
    std::fs::create_dir_all(&dir).unwrap();
    for name in [b"\xff.css", b"\xfe.css"] {
        std::fs::write(dir.join(std::ffi::OsStr::from_bytes(name)), "p{}").unwrap();
    }
    let o = run(root, &["build"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert_eq!(err.matches("bad-file-name").count(), 2, "{err}");
    assert!(!root.join("public").exists());
}

#[test]
fn images_from_elsewhere_and_scheme_less_links_are_reported_and_never_published() {
    let site = site("minimal");
    let root = site.path();
    edit(
        root,
        POLICY_FIXTURE,
        "      fr: Nous suivons les **WCAG 2.1**. <script>alert(1)</script>",
        "      fr: |\n        Nous suivons les **WCAG 2.1**.\n\n        ![pixel](https://tracker.example.net/p.gif) [x](//evil.example.net/x)",
    );
    let (code, report) = check_json(root);
    assert_eq!(code, 1, "{report}");
    let image = find(&report, "external-image");
    assert_eq!(image["file"], POLICY_FIXTURE, "{image}");
    let text = std::fs::read_to_string(root.join(POLICY_FIXTURE)).unwrap();
    let line = text.lines().position(|l| l.contains("tracker")).unwrap() + 1;
    assert_eq!(image["line"], line, "{image}");
    assert_eq!(image["column"], 18, "{image}");
    let link = find(&report, "unsafe-link");
    assert_eq!(link["line"], line, "{link}");
    assert!(link["message"]
        .as_str()
        .unwrap()
        .contains("//evil.example.net/x"));
    // Fixed, the same text with the site's own image builds.
    edit(
        root,
        POLICY_FIXTURE,
        "https://tracker.example.net/p.gif",
        "/assets/style.css",
    );
    edit(
        root,
        POLICY_FIXTURE,
        "(//evil.example.net/x)",
        "(https://evil.example.net/x)",
    );
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(root.join("public/fr/exemple/index.html")).unwrap();
    assert!(page.contains("src=\"/assets/style.css\""), "own image kept");
}
