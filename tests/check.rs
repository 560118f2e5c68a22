//! `policypress check`: legal lint, bilingual parity, translation
//! freshness, wording and template errors, output formats and exit status.

mod common;
use common::*;

const POLICY: &str = "content/policies/sample.yaml";

fn line_of(root: &std::path::Path, rel: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in {rel}")) as u64
        + 1
}

fn codes(report: &serde_json::Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_missing_legal_element_names_its_rule_and_the_key_where_it_belongs() {
    let s = site("minimal");
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "    phone: 416 555-0100\n",
        "",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "legal");
    assert_eq!(d["rule"], "ON-04");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "content/profiles/base.yaml");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), "content/profiles/base.yaml", "  contact:")
    );
    assert!(d["message"].as_str().unwrap().contains("39 (2) (c)"), "{d}");
    // Human output shows the rule id next to the code.
    let o = run(s.path(), &["check"]);
    assert!(stderr(&o).contains("legal/ON-04"), "{}", stderr(&o));
}

#[test]
fn rules_to_confirm_are_warnings_and_fail_only_strict() {
    let s = site("minimal");
    // ON-01 (FIPPA s. 38 (2), to confirm) needs FIPPA cited.
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "    - act: ontario-fippa",
        "    - act: privacy-act",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
    let d = find(&report, "legal");
    assert_eq!(
        (d["rule"].as_str(), d["severity"].as_str()),
        (Some("ON-01"), Some("warning"))
    );
    let o = run(s.path(), &["check", "--strict"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_rule_is_silenced_only_with_a_reason() {
    let s = site("minimal");
    edit(
        s.path(),
        "content/profiles/base.yaml",
        "    phone: 416 555-0100\n",
        "",
    );
    let silenced = |allow: &str| {
        let s2 = site("minimal");
        edit(
            s2.path(),
            "content/profiles/base.yaml",
            "    phone: 416 555-0100\n",
            "",
        );
        let text = std::fs::read_to_string(s2.path().join(POLICY)).unwrap();
        write(s2.path(), POLICY, &format!("{text}{allow}"));
        let r = check_json(s2.path());
        (s2, r)
    };
    let (_s, (code, report)) =
        silenced("allow:\n  - rule: ON-04\n    reason: The coordinator answers by e-mail only.\n");
    assert_eq!(code, 0, "{report:#}");
    assert!(!codes(&report).contains(&"legal".to_string()));
    let (s2, (code, report)) = silenced("allow:\n  - rule: ON-04\n");
    assert_eq!(code, 1);
    let d = find(&report, "allow-without-reason");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s2.path(), POLICY, "- rule: ON-04")
    );
    let (_s, (_, report)) = silenced("allow:\n  - rule: ON-4\n    reason: typo\n");
    assert!(find(&report, "unknown-rule")["hint"]
        .as_str()
        .unwrap()
        .contains("ON-04"));
    let (_s, (_, report)) = silenced("allow:\n  - rule: ON-02\n    reason: not needed\n");
    assert_eq!(find(&report, "allow-unneeded")["severity"], "warning");
    let (_s, (_, report)) = silenced("allow:\n  - rule: QC-05\n    reason: wrong jurisdiction\n");
    find(&report, "rule-not-applicable");
    drop(s);
}

#[test]
fn markdown_with_a_different_structure_is_a_warning_naming_both_texts() {
    let s = site("minimal");
    edit(
        s.path(),
        POLICY,
        "      fr: Nous suivons les **WCAG 2.1**. <script>alert(1)</script>",
        "      fr: \"Nous suivons les WCAG.\\n\\n- un\\n- deux\"",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0);
    let d = find(&report, "markdown-parity");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(s.path(), POLICY, "fr: \"Nous suivons")
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("list items: 0 in English, 2 in French"),
        "{d}"
    );
    let o = run(s.path(), &["check"]);
    assert!(
        stderr(&o).contains("English text"),
        "the English span is shown too: {}",
        stderr(&o)
    );
}

#[test]
fn translation_freshness_follows_the_source_language() {
    let s = site("minimal");
    let root = s.path();
    let (_, report) = check_json(root);
    find(&report, "translation-lock-missing");
    let o = run(root, &["check", "--accept", "all"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(root.join("content/translations.lock").exists());
    let (code, report) = check_json(root);
    assert_eq!(code, 0);
    assert!(
        codes(&report).iter().all(|c| !c.starts_with("translation")),
        "{report:#}"
    );
    // The source (English) changes, the French does not: the French may be stale.
    edit(
        root,
        POLICY,
        "  en: Sample privacy statement",
        "  en: Sample privacy statement of the agency",
    );
    let (_, report) = check_json(root);
    let d = find(&report, "translation-stale");
    assert_eq!(
        d["line"].as_u64().unwrap(),
        line_of(root, POLICY, "fr: Déclaration de confidentialité type")
    );
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .starts_with("French text may be out of date: English changed"),
        "{d}"
    );
    // The hint shows what changed since the review, word by word: the lock
    // keeps the reviewed source text.
    assert_eq!(d["hint_id"], "lint-translation-changes-hint");
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .starts_with("since the review, the English text changed: Sample privacy statement {+of the agency+}"),
        "{d}"
    );
    // Strict fails on it; accepting the policy records the review.
    assert_eq!(run(root, &["check", "--strict"]).status.code(), Some(1));
    assert!(run(root, &["check", "--accept", "sample"]).status.success());
    let (_, report) = check_json(root);
    assert!(!codes(&report).contains(&"translation-stale".to_string()));
    // Fixing only the French keeps it fresh.
    edit(
        root,
        POLICY,
        "fr: Déclaration de confidentialité type",
        "fr: Déclaration de confidentialité de l’agence",
    );
    let (_, report) = check_json(root);
    assert!(
        codes(&report).iter().all(|c| !c.starts_with("translation")),
        "{report:#}"
    );
    // A changed source message is caught too.
    let en_file = std::fs::read_dir(root.join("locales/en"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("\nsection-cookies =")
        })
        .unwrap();
    let text = std::fs::read_to_string(&en_file).unwrap();
    std::fs::write(
        &en_file,
        text.replacen(
            "\nsection-cookies =",
            "\nsection-cookies = Browser cookies\nunused-old-cookies =",
            1,
        ),
    )
    .unwrap();
    let fr_dir = root.join("locales/fr");
    let fr_file = std::fs::read_dir(&fr_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    let mut fr = std::fs::read_to_string(&fr_file).unwrap();
    fr.push_str("\nunused-old-cookies = Témoins\n");
    std::fs::write(&fr_file, fr).unwrap();
    let (_, report) = check_json(root);
    let stale: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "translation-stale")
        .collect();
    assert!(
        stale
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("`section-cookies`")),
        "{report:#}"
    );
    // --accept with a name that matches nothing is a usage error.
    assert_eq!(
        run(root, &["check", "--accept", "nothing-by-this-name"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn wording_errors_name_the_locale_file_and_line() {
    // A message in one language only.
    let s = site("minimal");
    let fr_file = std::fs::read_dir(s.path().join("locales/fr"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .next()
        .unwrap();
    let mut fr = std::fs::read_to_string(&fr_file).unwrap();
    let line = fr.lines().count() as u64 + 2;
    fr.push_str("\nonly-in-french = Seulement en français\n");
    std::fs::write(&fr_file, &fr).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "missing-message");
    assert!(d["file"].as_str().unwrap().starts_with("locales/fr/"));
    assert_eq!(d["line"].as_u64().unwrap(), line);
    // Different variables.
    let s = site("minimal");
    for (lang, text) in [
        ("en", "\nvar-test = Hello { $name }\n"),
        ("fr", "\nvar-test = Bonjour { $nom }\n"),
    ] {
        let f = std::fs::read_dir(s.path().join("locales").join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .next()
            .unwrap();
        let mut t = std::fs::read_to_string(&f).unwrap();
        t.push_str(text);
        std::fs::write(&f, t).unwrap();
    }
    let (_, report) = check_json(s.path());
    let d = find(&report, "message-variables");
    assert!(
        d["message"].as_str().unwrap().contains("$name")
            && d["message"].as_str().unwrap().contains("$nom")
    );
    // A syntax error.
    let s = site("minimal");
    write(
        s.path(),
        "locales/en/zz-broken.ftl",
        "good = fine\nbad = { $x\nnext = ok\n",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "fluent-syntax");
    assert_eq!(d["file"], "locales/en/zz-broken.ftl");
    assert_eq!(d["line"], 2);
}

#[test]
fn locale_files_saved_with_a_bom_or_crlf_read_as_written() {
    // A byte order mark and Windows line endings (an editor, a git
    // checkout with autocrlf) change nothing: no crash, no error, no
    // translation to review again.
    let s = site("example");
    for rel in ["locales/en/ui.ftl", "locales/fr/values.ftl"] {
        let path = s.path().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        let text = format!("\u{feff}{}", text.replace('\n', "\r\n"));
        std::fs::write(&path, text).unwrap();
    }
    let o = run(s.path(), &["check", "--strict", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(o.status.code(), Some(0), "{report:#}");
    // A syntax error after a mark is still found on its line.
    write(
        s.path(),
        "locales/en/zz-broken.ftl",
        "\u{feff}good = fine\nbad = { $x\nnext = ok\n",
    );
    let (_, report) = check_json(s.path());
    let d = find(&report, "fluent-syntax");
    assert_eq!(d["file"], "locales/en/zz-broken.ftl");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(1))
    );
}

#[test]
fn template_errors_name_the_template_file_and_line() {
    let s = site("minimal");
    write(
        s.path(),
        "themes/default/templates/sections/zz-broken.html",
        "<p>\n{{ t(key= }}\n</p>\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "template-syntax");
    assert_eq!(
        d["file"],
        "themes/default/templates/sections/zz-broken.html"
    );
    assert_eq!(d["line"], 2);
    // A message the template asks for by name but no locale defines: one
    // error at the template's line and column (not one per page).
    let s = site("minimal");
    let tpl = s
        .path()
        .join("themes/default/templates/sections/cookies.html");
    let text = std::fs::read_to_string(&tpl).unwrap();
    std::fs::write(
        &tpl,
        format!("\n  {{{{ t(key=\"no-such-message\") }}}}{text}"),
    )
    .unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "missing-message");
    assert_eq!(d["file"], "themes/default/templates/sections/cookies.html");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(2), Some(13))
    );
    assert!(
        d["message"].as_str().unwrap().contains("no-such-message"),
        "{d}"
    );
    assert_eq!(report["errors"], 1, "{report:#}");
    // A key built at render time is still caught when rendering.
    let s = site("minimal");
    let tpl = s
        .path()
        .join("themes/default/templates/sections/cookies.html");
    std::fs::write(
        &tpl,
        format!("{{{{ t(key=\"no-such-\" ~ \"message\") }}}}{text}"),
    )
    .unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "template-error");
    assert!(
        d["message"].as_str().unwrap().contains("no-such-message"),
        "{d}"
    );
}

#[test]
fn human_output_quotes_the_line_and_json_has_the_documented_shape() {
    let s = site("minimal");
    edit(s.path(), POLICY, "lifetime: session", "lifetime: sesion");
    let o = run(s.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("error[unknown-value]"), "{err}");
    assert!(
        err.contains("lifetime: sesion"),
        "the source line is quoted: {err}"
    );
    assert!(err.contains("^^^^^"), "the span is underlined: {err}");
    assert!(
        !err.contains("\u{1b}["),
        "no colours when not on a terminal"
    );
    let (_, report) = check_json(s.path());
    assert_eq!(report["format"], 1);
    let d = &report["diagnostics"][0];
    for key in [
        "code", "severity", "file", "line", "column", "message", "hint", "rule",
    ] {
        assert!(d.get(key).is_some(), "missing {key} in {d}");
    }
}

#[test]
fn a_mistake_in_the_terms_file_is_placed_at_its_entry() {
    let s = site("minimal");
    write(
        s.path(),
        "locales/terms.yaml",
        "fr:\n  - avoid: courriel électronique\n    prefer: courriel\n  - avoid: email\n    prefr: courriel\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "terms-error");
    assert_eq!(d["file"], "locales/terms.yaml");
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(5), Some(5))
    );
}

#[test]
fn reviews_survive_a_changed_date_and_identical_texts_need_none() {
    let site = site("example");
    let root = site.path();
    let freshness = |root: &std::path::Path| {
        let (_, report) = check_json(root);
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| {
                d["code"]
                    .as_str()
                    .is_some_and(|c| c.starts_with("translation-"))
            })
            .map(|d| format!("{} {}", d["code"], d["key"]))
            .collect::<Vec<_>>()
    };
    assert_eq!(freshness(root), Vec::<String>::new());
    // Only the date of a history entry changes: its texts stay reviewed.
    edit(
        root,
        "content/policies/quebec-relations-internationales.yaml",
        "- date: 2009-04-16",
        "- date: 2009-04-20",
    );
    // A text written the same in both languages has nothing to review.
    edit(
        root,
        "content/policies/quebec-relations-internationales.yaml",
        "      fr: Mise à jour de la politique.",
        "      fr: Policy updated.",
    );
    edit(
        root,
        "content/policies/quebec-relations-internationales.yaml",
        "- date: 2009-04-20",
        "- date: 2009-04-21",
    );
    assert_eq!(freshness(root), Vec::<String>::new());
}
