//! Input that the YAML reader used to accept but must not: deep nesting,
//! tags and directives, control characters, over-long texts; each refused
//! at the author's line and column, quickly.

mod common;
use common::*;
use std::time::{Duration, Instant};

const POLICY: &str = "content/policies/quebec-portal.yaml";

/// Checks the site at `root`, failing if it takes longer than a hostile
/// input may (a debug build; a release build is far faster).
fn timed_check(root: &std::path::Path) -> (i32, serde_json::Value, Duration) {
    let start = Instant::now();
    let (code, report) = check_json(root);
    let took = start.elapsed();
    assert!(took < Duration::from_secs(20), "check took {took:?}");
    (code, report, took)
}

/// The (line, column) of a JSON diagnostic.
fn at(d: &serde_json::Value) -> (u64, u64) {
    (
        d["line"].as_u64().unwrap_or(0),
        d["column"].as_u64().unwrap_or(0),
    )
}

#[test]
fn deep_nesting_is_refused_quickly_in_every_yaml_file() {
    let flow = format!("a: {}\n", "[".repeat(100_000));
    let map = format!("a: {}\n", "{a: ".repeat(100_000));
    for (rel, text, line, column) in [
        ("content/policies/deep.yaml", flow.clone(), 1, 3 + 65),
        ("content/policies/deep.yaml", map.clone(), 1, 3 + 4 * 64 + 1),
        ("content/policies/deep.yaml", "[".repeat(200_000), 1, 65),
        ("content/profiles/deep.yaml", flow.clone(), 1, 68),
        ("content/site.yaml", flow.clone(), 1, 68),
        ("locales/terms.yaml", flow.clone(), 1, 68),
        // Block style: lists in lists, and indentation that keeps growing.
        ("content/policies/deep.yaml", "- ".repeat(100_000), 1, 129),
        (
            "content/policies/deep.yaml",
            (0..2000)
                .map(|i| format!("{}k:\n", " ".repeat(i)))
                .collect(),
            65,
            65,
        ),
    ] {
        let s = site("example");
        write(s.path(), rel, &text);
        let (code, report, took) = timed_check(s.path());
        assert_eq!(code, 1, "{rel}");
        let d = find(&report, "yaml-too-deep");
        assert_eq!(at(d), (line, column), "{rel}: {d}");
        assert!(d["file"].as_str().unwrap().ends_with(rel), "{d}");
        assert!(d["hint"].as_str().is_some(), "{d}");
        eprintln!("{rel}: {took:?}");
    }
    // The lock is read with serde_yaml: refused before it reads.
    let s = site("example");
    write(s.path(), "content/translations.lock", &flow);
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "lock-error");
    assert!(
        d["message"].as_str().unwrap().contains("line 1, column 68"),
        "{d}"
    );
}

#[test]
fn nesting_of_ordinary_depth_is_read() {
    // Brackets in texts are not nesting.
    let s = site("example");
    edit(
        s.path(),
        POLICY,
        "      en: Find out more\n",
        &format!("      en: \"{}\"\n", "[".repeat(200)),
    );
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn tags_and_unknown_directives_are_refused_where_written() {
    for (from, to, line, column, tag) in [
        (
            "      en: Find out more\n",
            "      en: !!binary SGVsbG8=\n",
            example_line("      en: Find out more\n"),
            11,
            "!!binary",
        ),
        ("title:\n", "title: !foo\n", 9, 8, "!foo"),
        (
            "      en: Find out more\n",
            "      en: !!str Find out more\n",
            example_line("      en: Find out more\n"),
            11,
            "!!str",
        ),
    ] {
        let s = site("example");
        edit(s.path(), POLICY, from, to);
        let (code, report, _) = timed_check(s.path());
        assert_eq!(code, 1, "{to}");
        let d = find(&report, "yaml-tag");
        assert_eq!(at(d), (line, column), "{d}");
        assert!(d["message"].as_str().unwrap().contains(tag), "{d}");
        // Only the tag is reported: the value is read as written.
        assert_eq!(codes(&report), ["yaml-tag"], "{report:#}");
    }
    for (directive, ok) in [
        ("%YAML 9.9", false),
        ("%TAG !e! tag:example.com,2000:", false),
        ("%FOO bar", false),
        ("%YAML 1.2", true),
        ("%YAML 1.1", true),
    ] {
        let s = site("example");
        let p = s.path().join(POLICY);
        let text = std::fs::read_to_string(&p).unwrap();
        std::fs::write(&p, format!("{directive}\n---\n{text}")).unwrap();
        let (code, report, _) = timed_check(s.path());
        if ok {
            assert_eq!(code, 0, "{directive}: {report:#}");
        } else {
            let d = find(&report, "yaml-directive");
            assert_eq!(at(d), (1, 1), "{d}");
            assert!(d["message"].as_str().unwrap().contains(directive), "{d}");
        }
    }
}

#[test]
fn control_characters_are_refused_in_every_text() {
    for (to, what) in [
        ("      en: \"Find out\\0 more\"\n", "U+0000"),
        ("      en: \"Find out \\e[31m more\"\n", "U+001B"),
        ("      en: \"Find out \\x85 more\"\n", "U+0085"),
        ("      en: \"Find out\\r more\"\n", "U+000D"),
        ("      en: \"Find out\\x7f more\"\n", "U+007F"),
        ("      en: \"Find out\u{7} more\"\n", "U+0007"),
    ] {
        let s = site("example");
        edit(s.path(), POLICY, "      en: Find out more\n", to);
        let (code, report, _) = timed_check(s.path());
        assert_eq!(code, 1, "{to}: {report:#}");
        let d = find(&report, "control-character");
        assert_eq!(at(d).0, example_line("      en: Find out more\n"), "{d}");
        assert!(d["message"].as_str().unwrap().contains(what), "{d}");
    }
    // In the site's settings too (the title of the landing page).
    let s = site("example");
    edit(
        s.path(),
        "content/site.yaml",
        "  en: Privacy policies\n",
        "  en: \"Privacy\\0 policies\"\n",
    );
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "control-character");
    assert!(d["file"].as_str().unwrap().ends_with("site.yaml"), "{d}");
    // Tabs and line breaks are text.
    let s = site("example");
    edit(
        s.path(),
        POLICY,
        "      en: Find out more\n",
        "      en: \"Find\\tout\\nmore\"\n",
    );
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn web_addresses_are_refused_unless_they_can_be_published_as_written() {
    for (rel, from, to, line) in [
        (
            "content/site.yaml",
            "base_url: http://localhost:4000/\n",
            "base_url: \"http://localhost:4000/\\0\"\n",
            7,
        ),
        (
            "content/site.yaml",
            "base_url: http://localhost:4000/\n",
            "base_url: \"  http://localhost:4000/\"\n",
            7,
        ),
        (
            POLICY,
            "  website: https://www.gouv.qc.ca/\n",
            "  website: \"https://www.gouv.qc.ca/a b\"\n",
            25,
        ),
        (
            POLICY,
            "  website: https://www.gouv.qc.ca/\n",
            "  website: 'https://www.gouv.qc.ca/\"><script>'\n",
            25,
        ),
        (
            POLICY,
            "      fr: https://www.gouv.qc.ca/portail/quebec/pgs/commun/nous_joindre/\n",
            "      fr: \"https://www.gouv.qc.ca/portail/\\x1b\"\n",
            example_line(
                "      fr: https://www.gouv.qc.ca/portail/quebec/pgs/commun/nous_joindre/\n",
            ),
        ),
        (
            POLICY,
            "  website: https://www.gouv.qc.ca/\n",
            "  website: mailto:info@gouv.qc.ca\n",
            25,
        ),
    ] {
        let s = site("example");
        edit(s.path(), rel, from, to);
        let (code, report, _) = timed_check(s.path());
        assert_eq!(code, 1, "{to}: {report:#}");
        let d = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "invalid-value" || d["code"] == "control-character")
            .unwrap_or_else(|| panic!("{to}: {report:#}"));
        assert_eq!(at(d).0, line, "{d}");
        assert!(d["file"].as_str().unwrap().ends_with(rel), "{d}");
        assert!(d["hint"].as_str().is_some_and(|h| !h.is_empty()), "{d}");
        // A raw control character never reaches the author's terminal.
        assert!(!d["message"].as_str().unwrap().contains('\0'), "{d}");
    }
    // The URL check alone refuses a NUL (the text check refuses it too).
    let s = site("example");
    edit(
        s.path(),
        "content/site.yaml",
        "base_url: http://localhost:4000/\n",
        "base_url: \"http://localhost:4000/a b\"\n",
    );
    let (_, report, _) = timed_check(s.path());
    let d = find(&report, "invalid-value");
    assert_eq!(at(d).0, 7, "{d}");
}

#[test]
fn names_windows_reserves_are_refused_for_files_and_slugs() {
    // A policy file.
    let s = site("example");
    std::fs::copy(
        s.path().join(POLICY),
        s.path().join("content/policies/con.yaml"),
    )
    .unwrap();
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "bad-file-name");
    assert!(d["file"].as_str().unwrap().ends_with("con.yaml"), "{d}");
    assert!(d["hint"].as_str().unwrap().contains("Windows"), "{d}");
    // A profile.
    let s = site("example");
    std::fs::rename(
        s.path().join("content/profiles/quebec-public-body.yaml"),
        s.path().join("content/profiles/lpt1.yaml"),
    )
    .unwrap();
    let (_, report, _) = timed_check(s.path());
    let d = find(&report, "bad-file-name");
    assert!(d["hint"].as_str().unwrap().contains("Windows"), "{d}");
    // A slug, which names a folder of the output.
    for name in ["nul", "com1", "aux"] {
        let s = site("example");
        edit(
            s.path(),
            POLICY,
            "  en: quebec-portal-privacy-policy\n",
            &format!("  en: {name}\n"),
        );
        let (code, report, _) = timed_check(s.path());
        assert_eq!(code, 1, "{name}");
        let d = find(&report, "invalid-value");
        assert_eq!(at(d), (13, 7), "{d}");
        assert!(d["message"].as_str().unwrap().contains("Windows"), "{d}");
        assert!(d["hint"].as_str().is_some(), "{d}");
    }
}

#[test]
fn a_huge_file_gets_a_bounded_report() {
    // 200,000 unknown keys: a hundred listed, the rest counted.
    let s = site("example");
    let p = s.path().join(POLICY);
    let mut text = std::fs::read_to_string(&p).unwrap();
    for i in 0..200_000 {
        text.push_str(&format!("k{i}: 1\n"));
    }
    std::fs::write(&p, text).unwrap();
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 1);
    let all = codes(&report);
    assert!(all.len() <= 101, "{} diagnostics", all.len());
    let d = find(&report, "too-many-problems");
    assert!(
        d["message"].as_str().unwrap().contains("199900 more"),
        "{d}"
    );
    // 100,000 keys written twice: twenty listed, the rest counted.
    let s = site("example");
    let p = s.path().join(POLICY);
    let mut text = std::fs::read_to_string(&p).unwrap();
    text.push_str("x:\n");
    for _ in 0..100_000 {
        text.push_str("  a: 1\n");
    }
    std::fs::write(&p, text).unwrap();
    let (_, report, _) = timed_check(s.path());
    let all = codes(&report);
    assert_eq!(all.iter().filter(|c| *c == "duplicate-key").count(), 20);
    assert!(all.len() <= 22, "{all:?}");
    find(&report, "too-many-problems");
}

#[test]
fn an_overlong_text_is_refused_at_its_line() {
    let s = site("example");
    let long = "Some words, a [link](https://www.cai.gouv.qc.ca/) and *emphasis*. ".repeat(50_000);
    edit(
        s.path(),
        POLICY,
        "      en: Find out more\n",
        &format!("      en: {long}\n"),
    );
    let (code, report, _) = timed_check(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "text-too-long");
    assert_eq!(
        at(d),
        (example_line("      en: Find out more\n"), 11),
        "{d}"
    );
    assert!(d["message"].as_str().unwrap().contains("65536"), "{d}");
}

#[test]
fn messages_speak_of_the_file_not_of_rust_types() {
    let internal = [
        "u128",
        "i128",
        "u32",
        "Value::",
        "enum",
        "struct",
        "sequence",
        " map",
        "expected any",
        "a string",
    ];
    for value in [
        "99999999999999999999999",
        "-99999999999999999999999",
        "[1, 2]",
        "{a: 1}",
        "1.5",
        "true",
        "[[1], {a: [2]}]",
        "\"\"",
    ] {
        let s = site("example");
        for (from, to) in [
            (
                "# No `updated`: the seed gives no date.\n",
                format!("updated: {value}\n"),
            ),
            (
                "  website: https://www.gouv.qc.ca/\n",
                format!("  website: {value}\n"),
            ),
            ("      en: Find out more\n", format!("      en: {value}\n")),
        ] {
            edit(s.path(), POLICY, from, &to);
        }
        let (code, report, _) = timed_check(s.path());
        assert_eq!(code, 1, "{value}");
        for d in report["diagnostics"].as_array().unwrap() {
            let m = d["message"].as_str().unwrap();
            let h = d["hint"].as_str().unwrap_or("");
            assert!(!h.is_empty(), "{value}: no hint in {d}");
            for w in internal {
                assert!(!m.contains(w) && !h.contains(w), "{value}: `{w}` in {d}");
            }
            assert!(d["line"].as_u64().is_some(), "{value}: {d}");
        }
    }
}

/// The line (from 1) of the example policy where `needle` starts.
fn example_line(needle: &str) -> u64 {
    let text = std::fs::read_to_string(common::repo().join(POLICY)).unwrap();
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is in {POLICY}"));
    text[..at].lines().count() as u64 + 1
}
