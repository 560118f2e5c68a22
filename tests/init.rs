//! `policypress init`: a new site builds and passes `check` at once, for
//! every jurisdiction and with its comments in either language, its only
//! warnings the example values to replace; nothing is ever overwritten.

mod common;
use common::*;

#[test]
fn every_jurisdiction_starts_clean_in_both_languages() {
    for (j, lang) in ["quebec", "ontario", "federal", "private"]
        .into_iter()
        .flat_map(|j| [(j, "en"), (j, "fr")])
    {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("site");
        let o = run(
            tmp.path(),
            &["init", "site", "--jurisdiction", j, "--lang", lang],
        );
        assert!(o.status.success(), "{j}: {}", stderr(&o));
        let j = format!("{j} ({lang})");
        // Every legal rule satisfied by data; the only warnings are the
        // example values (names, example.* addresses, 555 numbers), and
        // each of those is one.
        let (code, report) = check_json(&dir);
        assert_eq!(code, 0, "{j}: {report:#}");
        let codes = codes(&report);
        assert!(
            codes.iter().all(|c| c == "example-value"),
            "{j}: {report:#}"
        );
        for key in [
            "organization.name.en",
            "rights.contact.email",
            "rights.contact.phone",
        ] {
            assert!(
                report["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d["key"] == key),
                "{j}: {key} not flagged: {report:#}"
            );
        }
        // The example address the pages would be published at, at its line.
        let site = std::fs::read_to_string(dir.join("content/site.yaml")).unwrap();
        let base = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["key"] == "base_url")
            .unwrap_or_else(|| panic!("{j}: base_url not flagged: {report:#}"));
        assert_eq!(base["file"], "content/site.yaml");
        let line = site
            .lines()
            .nth(base["line"].as_u64().unwrap() as usize - 1)
            .unwrap();
        assert!(
            line.starts_with("base_url: https://www.example."),
            "{j}: {line}"
        );
        // So `check --strict` fails until every example is replaced.
        let o = run(&dir, &["check", "--strict"]);
        assert_eq!(o.status.code(), Some(1), "{j}: {}", stderr(&o));
        let o = run(&dir, &["build"]);
        assert!(o.status.success(), "{j}: {}", stderr(&o));
        // The policy and the collection notice of its contact form.
        assert_eq!(std::fs::read_dir(dir.join("public/en")).unwrap().count(), 2);
        assert!(dir
            .join("public/en/contact-form-notice/notice.en.html")
            .exists());
        assert!(dir.join(".gitignore").exists());
    }
}

#[test]
fn init_refuses_a_non_empty_folder_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), "notes.txt", "mine");
    let o = run(tmp.path(), &["init", "."]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not empty"));
    let o = run(tmp.path(), &["init", ".", "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("notes.txt")).unwrap(),
        "mine"
    );
    let before = std::fs::read_to_string(tmp.path().join("content/site.yaml")).unwrap();
    let o = run(tmp.path(), &["init", ".", "--force"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("would be overwritten"));
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("content/site.yaml")).unwrap(),
        before
    );
}

#[test]
fn a_site_on_two_domains_links_across_them() {
    let tmp = tempfile::tempdir().unwrap();
    assert!(run(tmp.path(), &["init", ".", "--jurisdiction", "federal"])
        .status
        .success());
    let site = std::fs::read_to_string(tmp.path().join("content/site.yaml")).unwrap();
    let site: String = site
        .lines()
        .map(|l| {
            if l.starts_with("base_url:") {
                "base_url:\n  en: https://english.example.ca/\n  fr: https://francais.example.ca/"
                    .to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    write(tmp.path(), "content/site.yaml", &site);
    let o = run(tmp.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let en_dir = std::fs::read_dir(tmp.path().join("public/en"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let doc = html(&en_dir.join("index.html"));
    let toggle = select(&doc, "header a[hreflang=fr]");
    let href = toggle[0].value().attr("href").unwrap();
    assert!(
        href.starts_with("https://francais.example.ca/fr/"),
        "{href}"
    );
    let alts: Vec<&str> = select(&doc, "link[rel=alternate][hreflang]")
        .iter()
        .map(|l| l.value().attr("href").unwrap())
        .collect();
    assert!(alts
        .iter()
        .any(|a| a.starts_with("https://english.example.ca/en/")));
    assert!(alts
        .iter()
        .any(|a| a.starts_with("https://francais.example.ca/fr/")));
}

#[test]
fn an_ejected_theme_builds_unchanged_and_is_never_overwritten() {
    let s = content_only("minimal");
    let root = s.path();
    let before = run(root, &["build", "--out", "before"]);
    assert!(before.status.success(), "{}", stderr(&before));
    let o = run(root, &["theme", "eject"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for f in [
        "themes/default/templates/policy.html",
        "themes/default/templates/base.html",
        "themes/default/templates/sections/rights.html",
        "themes/default/static/style.css",
    ] {
        let copy = std::fs::read(root.join(f)).unwrap();
        assert_eq!(copy, std::fs::read(repo().join(f)).unwrap(), "{f}");
    }
    let after = run(root, &["build", "--out", "after"]);
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(
        snapshot(&root.join("before")),
        snapshot(&root.join("after"))
    );
    let (code, report) = check_json(root);
    assert!(
        !codes(&report)
            .iter()
            .any(|c| c.contains("overrides-nothing")),
        "{code} {report:#}"
    );
    // An edited copy is never overwritten: nothing is written at all.
    write(root, "themes/default/templates/base.html", "edited");
    std::fs::remove_file(root.join("themes/default/static/style.css")).unwrap();
    let o = run(root, &["theme", "eject"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("base.html"), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(root.join("themes/default/templates/base.html")).unwrap(),
        "edited"
    );
    assert!(!root.join("themes/default/static/style.css").exists());
    let o = run(root, &["theme", "eject", "canada-web"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("built-in themes: default"),
        "{}",
        stderr(&o)
    );
}

/// The starters' example values that do not say "example": the floor of
/// the Québec starter's address, the act named in the federal starter's
/// French section; and the example address of `base_url`, which a real
/// `--base-url` replaces.
#[test]
fn example_values_without_the_word_are_flagged_too() {
    let keys = |dir: &std::path::Path, args: &[&str]| -> Vec<String> {
        let mut argv = vec!["check", "--format", "json"];
        argv.extend_from_slice(args);
        let o = run(dir, &argv);
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["code"] == "example-value")
            .map(|d| d["key"].as_str().unwrap_or("").to_string())
            .collect()
    };
    let tmp = tempfile::tempdir().unwrap();
    let qc = tmp.path().join("qc");
    assert!(run(tmp.path(), &["init", "qc", "-q"]).status.success());
    let found = keys(&qc, &[]);
    for key in [
        "rights.contact.address.unit.en",
        "rights.contact.address.unit.fr",
        "base_url",
    ] {
        assert!(found.iter().any(|k| k == key), "{key}: {found:?}");
    }
    // Checked as it will be published: the site's example address is not.
    let found = keys(
        &qc,
        &["--base-url", "https://www.mon-organisme.gouv.qc.ca/"],
    );
    assert!(!found.iter().any(|k| k == "base_url"), "{found:?}");
    let found = keys(&qc, &["--base-url", "https://www.example.ca/"]);
    assert!(found.iter().any(|k| k == "base_url"), "{found:?}");

    let fed = tmp.path().join("fed");
    assert!(run(
        tmp.path(),
        &["init", "fed", "-q", "--jurisdiction", "federal"]
    )
    .status
    .success());
    let found = keys(&fed, &[]);
    assert!(
        found.iter().any(|k| k == "sections[0].body.fr"),
        "{found:?}"
    );
}
