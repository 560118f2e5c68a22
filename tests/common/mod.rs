//! Helpers shared by the integration tests: run the real binary on real
//! sites and parse what it writes.
#![allow(dead_code)]

pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository root (the example site).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The binary, speaking English whatever the locale of the machine the
/// tests run on: the tests read its English messages (`LC_ALL` overrides
/// `LC_MESSAGES` and `LANG`; tests/tool_language.rs tries French).
pub fn policypress() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_policypress"));
    c.env("LC_ALL", "C");
    c
}

/// Runs `policypress` with `args` in `cwd`.
pub fn run(cwd: &Path, args: &[&str]) -> Output {
    policypress()
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

/// Text of stderr.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Text of stdout.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let dest = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &dest);
        } else {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

/// A temporary site: the `fixture` content (a folder under tests/fixtures,
/// or the example site's content for "example") with the repository's
/// locales and theme.
pub fn site(fixture: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let content = if fixture == "example" {
        repo().join("content")
    } else {
        repo().join("tests/fixtures").join(fixture).join("content")
    };
    copy_dir(&content, &tmp.path().join("content"));
    copy_dir(&repo().join("locales"), &tmp.path().join("locales"));
    copy_dir(&repo().join("themes"), &tmp.path().join("themes"));
    tmp
}

/// Writes `text` to `rel` under `root`, creating folders.
pub fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// Replaces `from` by `to` in the file `rel` under `root` (which must contain it).
pub fn edit(root: &Path, rel: &str, from: &str, to: &str) {
    let p = root.join(rel);
    let text = std::fs::read_to_string(&p).unwrap();
    assert!(text.contains(from), "{rel} does not contain {from:?}");
    std::fs::write(p, text.replacen(from, to, 1)).unwrap();
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                walk(base, &e.path(), out);
            } else {
                let rel = e
                    .path()
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(e.path()).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Parses an HTML file.
pub fn html(path: &Path) -> scraper::Html {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    scraper::Html::parse_document(&text)
}

/// Selects with a CSS selector.
pub fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

/// The `check --format json` diagnostics of a site.
pub fn check_json(root: &Path) -> (i32, serde_json::Value) {
    let o = run(root, &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("check printed no JSON ({e}): {}", stdout(&o)));
    (o.status.code().unwrap_or(-1), v)
}

/// Finds the diagnostic with `code` in a JSON check report.
pub fn find<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no `{code}` diagnostic in {report:#}"))
}

/// The codes of every diagnostic in a JSON check report, in order.
pub fn codes(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str().map(str::to_string))
        .collect()
}

/// A temporary site with only the `fixture` content: the theme and wording
/// are the built-in ones.
pub fn content_only(fixture: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &repo().join("tests/fixtures").join(fixture).join("content"),
        &tmp.path().join("content"),
    );
    tmp
}
