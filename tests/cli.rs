//! The command line in CI: `build --format json`, short flags, `--color`,
//! shell completions.

mod common;
use common::*;
use std::path::Path;

fn json_of(o: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("no JSON on stdout ({e}): {}{}", stdout(o), stderr(o)))
}

fn build_json(root: &Path, out: &Path) -> (i32, serde_json::Value, String) {
    let o = run(
        root,
        &["build", "-o", out.to_str().unwrap(), "--format", "json"],
    );
    (o.status.code().unwrap_or(-1), json_of(&o), stderr(&o))
}

#[test]
fn build_format_json_says_what_was_built_kept_and_how_long_it_took() {
    let s = site("minimal");
    write(
        s.path(),
        "content/site.yaml",
        &format!(
            "{}keep: [CNAME]\n",
            std::fs::read_to_string(s.path().join("content/site.yaml")).unwrap()
        ),
    );
    let out = s.path().join("public");
    let (code, doc, err) = build_json(s.path(), &out);
    assert_eq!(code, 0, "{doc:#}");
    // Standard output is the document alone; nothing else is printed.
    assert_eq!(err, "");
    assert_eq!(doc["format"], 1);
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["policies"], 1);
    assert_eq!(doc["built"][0]["id"], "sample");
    assert_eq!(doc["built"][0]["pages"]["en"], "en/sample/index.html");
    assert_eq!(doc["built"][0]["pages"]["fr"], "fr/exemple/index.html");
    assert!(out.join("en/sample/index.html").is_file());
    assert_eq!(doc["files"]["pages"], 2);
    let other = doc["files"]["other"].as_u64().unwrap();
    assert!(other >= 4, "{doc:#}");
    assert_eq!(
        doc["files"]["unchanged"], 0,
        "a first build changes everything"
    );
    for t in ["load", "policies", "site", "write", "total"] {
        assert!(
            doc["timings"][t].as_f64().is_some_and(|s| s >= 0.0),
            "{t}: {doc:#}"
        );
    }
    assert_eq!(doc["errors"], 0);
    assert!(
        doc["warnings"].as_u64().unwrap() > 0,
        "the fixture's examples"
    );
    assert_eq!(
        doc["diagnostics"].as_array().unwrap().len() as u64,
        doc["warnings"].as_u64().unwrap()
    );
    // A second build: every file is kept as it was, and so is the kept path.
    std::fs::write(out.join("CNAME"), "privacy.example.org\n").unwrap();
    let (code, doc, _) = build_json(s.path(), &out);
    assert_eq!(code, 0, "{doc:#}");
    assert_eq!(
        doc["files"]["unchanged"].as_u64().unwrap(),
        2 + other,
        "{doc:#}"
    );
    assert_eq!(doc["kept"], serde_json::json!(["CNAME"]));
    assert!(out.join("CNAME").is_file());
}

#[test]
fn build_format_json_of_a_site_that_does_not_build() {
    let s = site("minimal");
    edit(
        s.path(),
        "content/policies/sample.yaml",
        "lifetime: session",
        "lifetime: sesion",
    );
    let out = s.path().join("public");
    let (code, doc, err) = build_json(s.path(), &out);
    assert_eq!(code, 1, "{doc:#}");
    assert_eq!(err, "");
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["built"], serde_json::json!([]));
    assert!(doc["files"].is_null());
    assert_eq!(doc["errors"], 1);
    let d = find(&doc, "unknown-value");
    assert_eq!(d["file"], "content/policies/sample.yaml");
    assert!(d["line"].as_u64().unwrap() > 1);
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn the_common_options_have_short_flags() {
    let s = site("minimal");
    let root = s.path().to_str().unwrap().to_string();
    let out = s.path().join("elsewhere");
    let o = run(
        &repo(),
        &[
            "build",
            "-r",
            &root,
            "-o",
            out.to_str().unwrap(),
            "-b",
            "https://privacy.mon-organisme.ca/",
            "-f",
            "json",
            "-q",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(json_of(&o)["ok"], true);
    let page = std::fs::read_to_string(out.join("en/sample/index.html")).unwrap();
    assert!(page.contains("https://privacy.mon-organisme.ca/en/sample/"));
    // `check -s` is `check --strict`: the fixture's examples fail it.
    let o = run(&repo(), &["check", "-r", &root, "-s", "-f", "json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(json_of(&o)["warnings"].as_u64().unwrap() > 0);
    let o = run(&repo(), &["check", "-r", &root, "-f", "json"]);
    assert_eq!(o.status.code(), Some(0));
    // And the help shows them.
    let o = run(&repo(), &["build", "--help"]);
    let help = stdout(&o);
    for flag in [
        "-r, --root",
        "-o, --out",
        "-b, --base-url",
        "-f, --format",
        "--color",
    ] {
        assert!(help.contains(flag), "{flag} in\n{help}");
    }
}

#[test]
fn color_is_auto_always_or_never() {
    let s = site("minimal");
    let check = |args: &[&str], no_color: bool| -> String {
        let mut c = policypress();
        c.args(["check", "--root", s.path().to_str().unwrap()])
            .args(args);
        if no_color {
            c.env("NO_COLOR", "1");
        } else {
            c.env_remove("NO_COLOR");
        }
        stderr(&c.output().unwrap())
    };
    let esc = "\u{1b}[";
    // Not a terminal: no color unless asked for.
    assert!(!check(&[], false).contains(esc));
    assert!(check(&["--color", "always"], false).contains(esc));
    assert!(
        check(&["--color=always"], true).contains(esc),
        "always wins over NO_COLOR"
    );
    assert!(!check(&["--color", "never"], false).contains(esc));
    assert!(!check(&["--color", "auto"], true).contains(esc));
    let o = run(&repo(), &["check", "--color", "sometimes"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("auto, always, never"), "{}", stderr(&o));
}

#[test]
fn shell_completions_are_printed_for_bash_zsh_and_fish() {
    for (shell, mark) in [
        ("bash", "complete -F _policypress"),
        ("zsh", "#compdef policypress"),
        ("fish", "complete -c policypress"),
    ] {
        let o = run(&repo(), &["completions", shell]);
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let text = stdout(&o);
        assert!(text.contains(mark), "{shell}:\n{text}");
        for word in [
            "build",
            "check",
            "serve",
            "strict",
            "base-url",
            "completions",
        ] {
            assert!(text.contains(word), "{shell}: no {word}");
        }
    }
    // The descriptions follow the tool's language.
    let o = policypress()
        .args(["completions", "fish"])
        .env("LC_ALL", "fr_CA.UTF-8")
        .output()
        .unwrap();
    assert!(stdout(&o).contains("Échouer aussi en cas d’avertissement"));
    let o = run(&repo(), &["completions", "tcsh"]);
    assert_eq!(o.status.code(), Some(2));
}
