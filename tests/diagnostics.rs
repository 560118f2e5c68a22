//! Bad input gets a located diagnostic, never a panic or a half-written site.

mod common;
use common::*;

const POLICY: &str = "content/policies/sample.yaml";

fn line_of(root: &std::path::Path, rel: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle present") as u64
        + 1
}

#[test]
fn the_minimal_fixture_is_clean() {
    let site = site("minimal");
    let (code, report) = check_json(site.path());
    assert_eq!(code, 0, "{report:#}");
    assert_eq!(report["errors"], 0);
}

#[test]
fn bad_yaml_names_file_line_and_column() {
    let site = site("minimal");
    let root = site.path();
    edit(
        root,
        POLICY,
        "  categories: [ip-address, browser, pages-visited]",
        "  categories: [ip-address, browser\n  purposes: x",
    );
    let (code, report) = check_json(root);
    assert_eq!(code, 1);
    let d = find(&report, "yaml-syntax");
    assert_eq!(d["file"], POLICY);
    assert!(d["line"].as_u64().unwrap() >= line_of(root, POLICY, "categories: [ip-address"));
    assert!(d["column"].as_u64().unwrap() >= 1);
    // The human format quotes the line.
    let o = run(root, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("sample.yaml:") && err.contains("categories"),
        "{err}"
    );
    assert!(
        !root.join("public").exists(),
        "a failed first build wrote an output"
    );
}

#[test]
fn a_missing_french_text_points_at_its_key() {
    let site = site("minimal");
    let root = site.path();
    edit(root, POLICY, "    fr: Agence type\n", "");
    let (code, report) = check_json(root);
    assert_eq!(code, 1);
    let d = find(&report, "missing-translation");
    assert_eq!(d["file"], POLICY);
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(root, POLICY, "  name:")
    );
    assert!(d["message"].as_str().unwrap().contains("French"), "{d}");
    // An empty text is missing too.
    let site = site_with(
        POLICY,
        "  fr: Déclaration de confidentialité type",
        "  fr: \"  \"",
    );
    let (_, report) = check_json(site.path());
    let d = find(&report, "missing-translation");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(site.path(), POLICY, "  fr: \"  \"")
    );
}

fn site_with(rel: &str, from: &str, to: &str) -> tempfile::TempDir {
    let s = site("minimal");
    edit(s.path(), rel, from, to);
    s
}

#[test]
fn unknown_keys_suggest_the_right_one() {
    let s = site_with(
        POLICY,
        "cookies:\n  no_persistent",
        "cokies:\n  no_persistent",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "unknown-key");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "cokies:")
    );
    assert_eq!(d["column"], 1);
    assert!(d["hint"].as_str().unwrap().contains("`cookies`"), "{d}");
    // The key it stands for is then missing too, but that is the same
    // mistake: it is not reported twice.
    assert!(
        codes(&report).iter().all(|c| c != "missing-key"),
        "{report:#}"
    );

    let s = site_with(
        POLICY,
        "  linked_sites_may_set: true",
        "  linked_site_may_set: true",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "unknown-key");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "linked_site_may_set")
    );
    assert_eq!(d["column"], 3);
    assert!(
        d["hint"].as_str().unwrap().contains("linked_sites_may_set"),
        "{d}"
    );
}

#[test]
fn every_mistake_inside_a_group_or_list_is_reported_in_one_run() {
    // Three mistakes in one group, and two in one list: serde stops at the
    // first, the reader goes on.
    let s = site_with(
        POLICY,
        "      lifetime: session",
        "      lifetime: sesion\n      purpse: x\n      essential: yes",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let found: Vec<(String, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().into(),
                d["key"].as_str().unwrap_or("").into(),
            )
        })
        .collect();
    for (code, key) in [
        ("unknown-value", "cookies.items[0].lifetime"),
        ("unknown-key", "cookies.items[0].purpse"),
        ("wrong-type", "cookies.items[0].essential"),
    ] {
        assert!(
            found.iter().any(|(c, k)| c == code && k == key),
            "{code} at {key}: {report:#}"
        );
    }
}

#[test]
fn items_after_one_taken_out_keep_their_own_index() {
    // `[name, emial, phone, adress]`: the fourth item is reported as [3]
    // even though [1] was taken out to find it.
    let s = site_with(
        POLICY,
        "categories: [name, email]",
        "categories: [name, emial, email, adress]",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let keys: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unknown-value")
        .map(|d| d["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["voluntary.categories[1]", "voluntary.categories[3]"],
        "{report:#}"
    );
    let d = &report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unknown-value")
        .nth(1)
        .unwrap();
    assert!(
        d["message"].as_str().unwrap().contains("categories[3]"),
        "{d}"
    );
}

#[test]
fn unknown_values_list_the_valid_ones() {
    let s = site_with(POLICY, "lifetime: session", "lifetime: sesion");
    let (_, report) = check_json(s.path());
    let d = find(&report, "unknown-value");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "lifetime: sesion")
    );
    assert_eq!(d["column"], 17);
    let hint = d["hint"].as_str().unwrap();
    assert!(
        hint.contains("`session`") && hint.contains("persistent"),
        "{hint}"
    );
}

#[test]
fn values_are_checked_where_they_are_written_even_in_a_profile() {
    let s = site_with(
        "content/profiles/base.yaml",
        "phone: 416 555-0100",
        "phone: call us",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "invalid-value");
    assert_eq!(d["file"], "content/profiles/base.yaml");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), "content/profiles/base.yaml", "phone: call us")
    );

    let s = site_with(POLICY, "updated: 2024-02-01", "updated: 2024-02-30");
    let (_, report) = check_json(s.path());
    let d = find(&report, "invalid-value");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "updated:")
    );
    assert!(d["message"].as_str().unwrap().contains("no day 30"), "{d}");

    let s = site_with(
        POLICY,
        "website: https://example.org/",
        "website: example.org",
    );
    find(&check_json(s.path()).1, "invalid-value");
    let s = site_with(
        "content/profiles/base.yaml",
        "email: foi@example.org",
        "email: foi.example.org",
    );
    find(&check_json(s.path()).1, "invalid-value");
}

#[test]
fn missing_required_keys_point_at_their_parent() {
    let s = site_with(POLICY, "  website: https://example.org/\n", "");
    let (_, report) = check_json(s.path());
    let d = find(&report, "missing-key");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "organization:")
    );
    assert!(d["message"].as_str().unwrap().contains("website"));
}

#[test]
fn duplicate_keys_are_errors_with_both_places() {
    let s = site_with(
        POLICY,
        "updated: 2024-02-01",
        "updated: 2024-02-01\nupdated: 2024-03-01",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "duplicate-key");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "updated: 2024-03-01")
    );
    // The rest of the file is still checked in the same run.
    let s = site_with(
        POLICY,
        "updated: 2024-02-01",
        "updated: 2024-02-01\nupdated: 2024-03-01",
    );
    edit(s.path(), POLICY, "lifetime: session", "lifetime: sesion");
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    find(&report, "duplicate-key");
    find(&report, "unknown-value");
}

#[test]
fn profiles_must_exist_and_not_form_cycles() {
    let s = site_with(POLICY, "extends: base", "extends: bsae");
    let (_, report) = check_json(s.path());
    let d = find(&report, "unknown-profile");
    assert_eq!(d["line"], 1);
    assert_eq!(d["column"], 10);
    assert!(d["hint"].as_str().unwrap().contains("`base`"));
    // The policy's own mistakes are still reported, not the keys the
    // profile would give.
    edit(s.path(), POLICY, "lifetime: session", "lifetime: sesion");
    let (_, report) = check_json(s.path());
    find(&report, "unknown-profile");
    find(&report, "unknown-value");
    assert!(
        codes(&report).iter().all(|c| c != "missing-key"),
        "{report:#}"
    );

    let s = site("minimal");
    write(
        s.path(),
        "content/profiles/base.yaml",
        &format!(
            "extends: other\n{}",
            std::fs::read_to_string(s.path().join("content/profiles/base.yaml")).unwrap()
        ),
    );
    write(s.path(), "content/profiles/other.yaml", "extends: base\n");
    let (_, report) = check_json(s.path());
    let d = find(&report, "profile-cycle");
    assert!(d["message"].as_str().unwrap().contains("base"), "{d}");
}

#[test]
fn a_broken_profile_is_blamed_not_its_policies() {
    // A profile that does not parse: its own error, and each policy that
    // extends it says so (not "the profile does not exist").
    let s = site("minimal");
    let base = s.path().join("content/profiles/base.yaml");
    let text = std::fs::read_to_string(&base).unwrap();
    std::fs::write(&base, format!("{text}broken: [\n")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    assert_eq!(
        find(&report, "yaml-syntax")["file"],
        "content/profiles/base.yaml"
    );
    let d = find(&report, "profile-error");
    assert_eq!(d["file"], POLICY);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("content/profiles/base.yaml"),
        "{d}"
    );
    assert!(
        codes(&report).iter().all(|c| c != "unknown-profile"),
        "{report:#}"
    );

    // A profile that is a list, not keys: one error, in the profile.
    std::fs::write(&base, "- a\n- b\n").unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "wrong-type");
    assert_eq!(d["file"], "content/profiles/base.yaml");
    assert_eq!(report["errors"], 1, "{report:#}");
}

#[test]
fn two_policies_cannot_share_a_slug() {
    let s = site("minimal");
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    write(
        s.path(),
        "content/policies/copy.yaml",
        &text.replace("en: sample\n", "en: other\n"),
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "duplicate-slug");
    assert!(
        d["message"].as_str().unwrap().contains("/fr/exemple/"),
        "{d}"
    );
    // Both policies are clean on their own; the human output still quotes
    // the slug line of each.
    let o = run(s.path(), &["check"]);
    let err = stderr(&o);
    assert!(
        err.contains("copy.yaml") && err.contains("sample.yaml"),
        "{err}"
    );
    assert_eq!(err.matches("fr: exemple").count(), 2, "{err}");
}

#[test]
fn every_problem_is_reported_in_one_run_sorted_by_line() {
    let s = site_with(POLICY, "lifetime: session", "lifetime: sesion");
    edit(
        s.path(),
        POLICY,
        "  identifies: false",
        "  identifies: maybe",
    );
    edit(
        s.path(),
        POLICY,
        "updated: 2024-02-01",
        "updated: yesterday",
    );
    let (_, report) = check_json(s.path());
    let lines: Vec<u64> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["file"].as_str().is_some_and(|f| f.ends_with(POLICY)))
        .filter_map(|d| d["line"].as_u64())
        .collect();
    assert!(lines.len() >= 3, "{report:#}");
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
}

#[test]
fn hostile_and_broken_files_are_errors_not_crashes() {
    let deep = "[".repeat(100_000);
    let cases: &[(&str, &[u8])] = &[
        ("empty", b""),
        ("latin1", b"title:\n  en: Caf\xe9\n"),
        ("tabs", b"title:\n\ten: x\n"),
        ("bomb", b"a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n"),
        ("deep", deep.as_bytes()),
        ("list", b"- a\n- b\n"),
        ("bom-crlf", b"\xef\xbb\xbftitle:\r\n  en: x\r\n  fr: y\r\n"),
    ];
    for (name, bytes) in cases {
        let s = site("minimal");
        std::fs::write(
            s.path().join(format!("content/policies/{name}.yaml")),
            bytes,
        )
        .unwrap();
        let o = run(s.path(), &["check", "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let ours = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["file"].as_str().is_some_and(|f| f.contains(name)))
            .count();
        assert!(ours >= 1, "{name}: {report:#}");
    }
    // A folder where a file should be.
    let s = site("minimal");
    std::fs::create_dir_all(s.path().join("content/policies/folder.yaml")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    find(&report, "read-error");
}

#[test]
fn a_site_without_content_says_where_to_run() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(tmp.path(), &["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("content/site.yaml"), "{}", stderr(&o));
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&repo(), &["check", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&repo(), &["build", "--base-url", "not a url"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn top_level_keys_that_are_not_plain_words_are_reported() {
    // A number key reads as a field's index in serde: it must still be
    // reported, not taken for a field. A tagged key is refused for its tag.
    let s = site_with(POLICY, "title:", "2:");
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "missing-key");
    assert!(d["message"].as_str().unwrap().contains("title"), "{d}");
    let s = site_with(POLICY, "updated:", "!x updated:");
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    find(&report, "yaml-tag");
}

#[test]
fn a_reader_that_stops_reading_is_not_a_crash() {
    // `policypress check --format json | head -1`: the pipe closes before
    // everything is written.
    use std::process::Stdio;
    for args in [
        &["check", "--format", "json"][..],
        &["schema", "policy"][..],
        &["rules"][..],
    ] {
        let mut child = common::policypress()
            .args(args)
            .current_dir(repo())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert_ne!(o.status.code(), Some(101), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
    }
    // The human report goes to standard error: closed there too.
    let s = site_with(POLICY, "lifetime: session", "lifetime: sesion");
    let mut child = common::policypress()
        .args(["check"])
        .current_dir(s.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn a_damaged_lock_is_one_error_with_safe_advice() {
    // A merge conflict left in the lock: reported once, with advice that
    // keeps the review record; nothing is checked against it meanwhile
    // (every text would look unreviewed).
    let s = site("example");
    let lock = s.path().join("content/translations.lock");
    let text = std::fs::read_to_string(&lock).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    let at = lines.len() / 2;
    lines.splice(at..at, ["<<<<<<< HEAD", "=======", ">>>>>>> other"]);
    std::fs::write(&lock, lines.join("\n")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "lock-error");
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("merge conflict"), "{message}");
    assert!(!message.contains("--accept all"), "{message}");
    let codes = codes(&report);
    assert_eq!(codes, ["lock-error"], "{report:#}");
}

#[test]
fn e_mail_addresses_and_base_urls_are_checked() {
    let s = site_with(
        "content/profiles/base.yaml",
        "email: foi@",
        "email: mailto:foi@",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "invalid-value");
    assert!(d["message"].as_str().unwrap().contains("mailto:"), "{d}");

    let s = site("minimal");
    let site_yaml = std::fs::read_to_string(s.path().join("content/site.yaml")).unwrap();
    let base = site_yaml
        .lines()
        .find(|l| l.starts_with("base_url:"))
        .unwrap()
        .to_string();
    edit(
        s.path(),
        "content/site.yaml",
        &base,
        &format!("{}?x=1", base.trim_end()),
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    assert_eq!(find(&report, "invalid-value")["file"], "content/site.yaml");
}

#[test]
fn every_mistake_of_the_site_settings_is_reported_in_one_run() {
    let s = site("minimal");
    let path = s.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("title:") && !l.starts_with("  en:") && !l.starts_with("  fr:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let text = text.replace("source_language: en", "source_language: de");
    std::fs::write(&path, format!("{text}them: default\n")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "missing-key");
    assert!(
        d["message"].as_str().unwrap().contains("content/site.yaml"),
        "{d}"
    );
    assert!(!d["hint"].as_str().unwrap().contains("extends"), "{d}");
    find(&report, "unknown-key");
    find(&report, "unknown-value");
}

#[test]
fn empty_values_impossible_dates_and_bare_numbers_are_explained() {
    let s = site_with(POLICY, "updated: 2024-02-01", "updated: 2023-02-29");
    let (_, report) = check_json(s.path());
    let d = find(&report, "invalid-value");
    assert!(d["message"].as_str().unwrap().contains("no day 29"), "{d}");

    let s = site_with(POLICY, "updated: 2024-02-01", "updated: 2024-02-01\nkind:");
    let (_, report) = check_json(s.path());
    let d = find(&report, "wrong-type");
    assert!(
        d["message"].as_str().unwrap().contains("has no value"),
        "{d}"
    );
    assert!(!d["message"].as_str().unwrap().contains("unit"), "{d}");
}

#[test]
fn an_empty_text_in_one_language_is_a_missing_translation() {
    let s = site_with(POLICY, "  fr: Déclaration de confidentialité type", "  fr:");
    let (_, report) = check_json(s.path());
    let d = find(&report, "missing-translation");
    assert_eq!(d["key"], "title.fr", "{d}");
}

#[test]
fn files_that_look_meant_to_be_read_but_are_not_are_named() {
    let s = site("minimal");
    let policy = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    write(s.path(), "content/policies/drafts/other.yaml", &policy);
    write(s.path(), "content/policies/shouting.YAML", &policy);
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "warnings only: {report:#}");
    let files: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "unread-file")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        ["content/policies/drafts", "content/policies/shouting.YAML"],
        "{report:#}"
    );
}

#[test]
fn a_missing_theme_points_at_the_setting_that_names_it() {
    let s = site("minimal");
    let path = s.path().join("content/site.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}theme: nope\n")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "missing-theme");
    assert_eq!(d["file"], "content/site.yaml");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), "content/site.yaml", "theme: nope")
    );
    assert_eq!(d["column"], 8);
}

#[test]
fn syntax_errors_without_a_line_of_their_own_are_placed() {
    // A control character: at its line and column, not the file's start.
    let s = site_with(
        POLICY,
        "en: Sample privacy statement",
        "en: Sample\u{0} privacy statement",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "yaml-syntax");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "en: Sample")
    );
    assert_eq!(d["column"], 13);
    // A second document: at its `---`.
    let s = site("minimal");
    let path = s.path().join(POLICY);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}---\nextra: 1\n")).unwrap();
    let (_, report) = check_json(s.path());
    let d = find(&report, "yaml-syntax");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "---")
    );
    // A quote never closed: the end of the file, and where it opens.
    let s = site_with(
        POLICY,
        "en: Sample privacy statement",
        "en: \"Sample privacy statement",
    );
    let o = run(s.path(), &["check"]);
    let err = stderr(&o);
    assert!(err.contains("this quoted text is not closed"), "{err}");
}

#[test]
fn every_mistake_of_an_allow_list_is_reported_together() {
    // A rule that does not exist beside one silenced without a reason.
    let s = site("minimal");
    let path = s.path().join(POLICY);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        format!("{text}allow:\n  - rule: QC-99\n    reason: typo\n  - rule: ON-02\n"),
    )
    .unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    find(&report, "unknown-rule");
    find(&report, "allow-without-reason");
}

#[test]
fn text_from_yaml_never_drives_the_terminal() {
    let site = site("minimal");
    let root = site.path();
    // A key that would paint the line and forge a diagnostic of its own,
    // and raw control characters in the file's own lines.
    let text = std::fs::read_to_string(root.join(POLICY)).unwrap();
    let text = format!(
        "\"\\e[41mBAD\\r\\nerror: fake\": 1\n\"\\e]0;PWNED\\a\": 2\n# raw \u{1b}[2J \u{7}\n{text}"
    );
    std::fs::write(root.join(POLICY), text).unwrap();
    let o = run(root, &["check"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("unknown-key"), "{err}");
    for control in ['\u{1b}', '\u{7}', '\r'] {
        assert!(
            !err.contains(control),
            "{control:?} reached the terminal: {err:?}"
        );
    }
    assert!(!err.lines().any(|l| l.starts_with("error: fake")), "{err}");
    assert!(err.contains("\\u{1b}[41mBAD"), "shown as an escape: {err}");
}

#[test]
fn a_key_that_moved_is_an_error_at_its_line_with_its_new_place() {
    // `legal.jurisdiction` is now the top-level `jurisdiction`: the old
    // place is named, the new one given, and nothing is reported missing.
    let s = site("minimal");
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "jurisdiction: ontario\n",
        "",
    );
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "legal:\n",
        "legal:\n  jurisdiction: ontario\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "moved-key");
    assert_eq!(d["file"], "content/profiles/base.yaml", "{d}");
    assert_eq!(
        d["line"],
        line_of(s.path(), "content/profiles/base.yaml", "  jurisdiction"),
        "{d}"
    );
    assert!(
        d["message"].as_str().unwrap().contains("`jurisdiction`"),
        "{d}"
    );
    assert!(d["hint"].as_str().unwrap().contains("top level"), "{d}");
    assert!(
        !codes(&report).iter().any(|c| c == "missing-key"),
        "the moved key is not also missing: {report:#}"
    );
}

#[test]
fn a_key_of_another_jurisdiction_is_an_error_naming_the_key() {
    // The minimal site is under Ontario law; s. 65 of the Québec Access Act
    // means nothing there, and the page must not quote it.
    let s = site("minimal");
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "legal:\n",
        "legal:\n  quote_section_65: true\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "key-not-for-jurisdiction");
    assert_eq!(d["file"], "content/profiles/base.yaml", "{d}");
    assert_eq!(
        d["line"],
        line_of(s.path(), "content/profiles/base.yaml", "  quote_section_65"),
        "{d}"
    );
    let message = d["message"].as_str().unwrap();
    assert!(message.contains("`legal.quote_section_65`"), "{d}");
    assert!(
        message.contains("quebec") && message.contains("ontario"),
        "{d}"
    );
}

/// The common indentation mistakes are named as such, at the line where
/// they start, not as "a value containing `: ` must be quoted" one line
/// below; a real quoting mistake keeps its hint.
#[test]
fn indentation_mistakes_are_named_at_the_line_where_they_start() {
    for (from, to, at, message, hint) in [
        // A key left at its parent's level: the mistake is that line, one
        // above where YAML stops reading.
        (
            "slug:\n  en: sample\n  fr: exemple\n",
            "slug:\nen: sample\n  fr: exemple\n",
            "en: sample",
            "`en` is not indented under `slug:`",
            "move `en:` to column 3",
        ),
        // A key indented under one that already has a value.
        (
            "  no_persistent: true\n",
            "  no_persistent: true\n    consent: banner\n",
            "    consent: banner",
            "`consent` is indented deeper than `no_persistent`",
            "move `consent:` to column 3, beside `no_persistent:`",
        ),
        // A key between two levels.
        (
            "  fr: Déclaration de confidentialité type\n",
            " fr: Déclaration de confidentialité type\n",
            " fr: Déclaration",
            "`fr` starts at column 2, aligned neither with `en` above it (column 3) nor with `title` (column 1)",
            "move `fr:` to column 3, beside `en:`, or to column 1, beside `title:`",
        ),
        // Not indentation: a value with `: ` in it.
        (
            "  en: Sample privacy statement\n",
            "  en: Sample: privacy statement\n",
            "  en: Sample: privacy",
            "mapping values are not allowed",
            "must be quoted",
        ),
    ] {
        let s = site_with(POLICY, from, to);
        let (code, report) = check_json(s.path());
        assert_eq!(code, 1, "{to}");
        let d = find(&report, "yaml-syntax");
        assert_eq!(d["line"].as_u64().unwrap(), line_of(s.path(), POLICY, at), "{to}: {d}");
        let m = d["message"].as_str().unwrap();
        assert!(m.contains(message), "{to}: {m}");
        let h = d["hint"].as_str().unwrap();
        assert!(h.contains(hint), "{to}: {h}");
    }
}

#[test]
fn every_key_that_moved_is_an_error_at_its_own_line_naming_where_it_went() {
    // One policy per earlier spelling of the "use" part of a policy: each
    // is `moved-key` at the old key's line, its message naming the new
    // place; nothing is converted (the page would state what the author
    // never reread).
    for (yaml, key, new) in [
        (
            "voluntary:\n  purposes: [respond]\n",
            "  purposes",
            "use.purposes",
        ),
        (
            "use:\n  purpose_only: true\n",
            "  purpose_only",
            "use.only_for_collected_purposes",
        ),
        (
            "use:\n  access: [authorized-staff]\n",
            "  access",
            "`access`",
        ),
        (
            "use:\n  disclosure: [required-by-law]\n",
            "  disclosure",
            "`recipients`",
        ),
        (
            "use:\n  no_profiling: true\n",
            "  no_profiling",
            "use.never_for",
        ),
        (
            "use:\n  no_private_disclosure: true\n",
            "  no_private_disclosure",
            "recipients.never",
        ),
        (
            "use:\n  retention: destroyed\n",
            "  retention",
            "retention.then",
        ),
        ("use:\n  research: true\n", "  research", "use.purposes"),
        (
            "legal:\n  outside_quebec: false\n",
            "  outside_quebec",
            "`transfers`",
        ),
    ] {
        let s = site("minimal");
        let policy = "content/policies/sample.yaml";
        let text = std::fs::read_to_string(s.path().join(policy)).unwrap();
        // Replace the policy's own group of that name, if any, by the old
        // spelling alone.
        let group = yaml.lines().next().unwrap();
        let mut kept = String::new();
        let mut skipping = false;
        for line in text.lines() {
            if line == group {
                skipping = true;
                continue;
            }
            if skipping && line.starts_with(' ') {
                continue;
            }
            skipping = false;
            kept.push_str(line);
            kept.push('\n');
        }
        // The old key is the second line of the block, at the file's end.
        let line = kept.lines().count() + 2;
        kept.push_str(yaml);
        std::fs::write(s.path().join(policy), kept).unwrap();
        let (code, report) = check_json(s.path());
        assert_eq!(code, 1, "{yaml}: {report:#}");
        let d = find(&report, "moved-key");
        assert_eq!(d["file"], policy, "{yaml}: {d}");
        assert_eq!(d["line"], line, "{yaml}: {d}");
        assert_eq!(d["column"], 3, "{yaml}: {d}");
        assert_eq!(d["length"], key.trim().len(), "{yaml}: {d}");
        let said = format!("{} {}", d["message"], d["hint"]);
        assert!(said.contains(new), "{yaml}: {d}");
    }
}

#[test]
fn recipients_are_checked_where_the_law_asks_and_only_there() {
    // QC-11 applies "where applicable": a Québec policy that names a
    // recipient must say what it receives and why; one that says `none`
    // (or nothing) has nothing more to say. FED-03 asks a federal policy to
    // say who receives information, `none` included.
    let s = site("sharing");
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
    edit(
        s.path(),
        "content/policies/keeps.yaml",
        "recipients: none\n",
        "recipients:\n  - who: other-public-bodies\n    when: [required-by-law]\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "legal");
    assert_eq!(d["rule"], "QC-11", "{d}");
    assert_eq!(d["file"], "content/policies/keeps.yaml", "{d}");
    assert_eq!(
        d["line"],
        line_of(s.path(), "content/policies/keeps.yaml", "recipients:"),
        "{d}"
    );
    assert!(d["hint"].as_str().unwrap().contains("information"), "{d}");
    edit(
        s.path(),
        "content/policies/keeps.yaml",
        "    when: [required-by-law]\n",
        "    when: [required-by-law]\n    information: [email]\n    purposes: [respond]\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
    // Without any recipients, nothing about them is asked of Québec…
    edit(
        s.path(),
        "content/policies/keeps.yaml",
        "recipients:\n  - who: other-public-bodies\n    when: [required-by-law]\n    information: [email]\n    purposes: [respond]\n",
        "",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
    // … but a federal notice must say who receives information.
    let text = std::fs::read_to_string(s.path().join("content/policies/shares.yaml")).unwrap();
    let start = text.find("recipients:\n").unwrap();
    let end = text.find("transfers:\n").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    std::fs::write(s.path().join("content/policies/shares.yaml"), text).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "legal");
    assert_eq!(d["rule"], "FED-03", "{d}");
    assert_eq!(d["key"], "recipients", "{d}");
}

#[test]
fn a_service_outside_quebec_asks_for_the_transfer_and_a_service_for_where_it_is() {
    // QC-12 (r. 4.1 s. 2 (10)) applies where information may leave Québec:
    // an outside service says where it processes information, and one
    // outside Québec is answered by `transfers`, never by `transfers: none`.
    let s = site("sharing");
    let rel = "content/policies/keeps.yaml";
    edit(
        s.path(),
        rel,
        "transfers: none\n",
        "transfers: none\nservices:\n  - id: mail\n    name: Example Mail\n    role: email-delivery\n",
    );
    let rule = |report: &serde_json::Value| {
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["rule"] == "QC-12")
            .cloned()
    };
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = rule(&report).unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(d["key"], "services", "{d}");
    edit(
        s.path(),
        rel,
        "    role: email-delivery\n",
        "    role: email-delivery\n    processed_in: { country: US }\n",
    );
    let (_, report) = check_json(s.path());
    let d = rule(&report).unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(d["key"], "transfers", "{d}");
    edit(
        s.path(),
        rel,
        "transfers: none\n",
        "transfers:\n  - to: united-states\n    recipient: { en: Example Mail, fr: Example Mail }\n",
    );
    let (code, report) = check_json(s.path());
    assert!(rule(&report).is_none(), "{report:#}");
    assert_eq!(code, 0, "{report:#}");
}
