//! `policypress new`: a short policy file holding only what the site's
//! profile leaves to decide (or, with `--full`, every key, explained), and
//! `TODO` where the author must decide; `check` rejects each `TODO` at its
//! line.

mod common;
use common::*;
use std::path::Path;

fn init(dir: &Path) {
    let o = run(dir, &["init", ".", "--jurisdiction", "quebec", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// A site with no profile and no policy: `new` extends nothing there.
fn bare(dir: &Path) {
    write(
        dir,
        "content/site.yaml",
        "base_url: https://www.mon-organisme.gouv.qc.ca/\nsource_language: en\ntitle:\n  en: Privacy\n  fr: Confidentialité\n",
    );
}

fn read(dir: &Path, id: &str) -> String {
    std::fs::read_to_string(dir.join(format!("content/policies/{id}.yaml"))).unwrap()
}

#[test]
fn new_full_writes_every_top_level_field_with_the_schema_line() {
    let tmp = tempfile::tempdir().unwrap();
    bare(tmp.path());
    let o = run(tmp.path(), &["new", "survey", "--full"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = read(tmp.path(), "survey");
    assert!(text.starts_with("# yaml-language-server: $schema=../../schema/policy.schema.json\n"));
    let o = run(&repo(), &["schema", "policy"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    // Every key but a collection notice's own (a policy may not write them).
    let notice_only = ["privacy_policy", "form", "fields", "reply", "refusal"];
    for key in schema["properties"].as_object().unwrap().keys() {
        if notice_only.contains(&key.as_str()) {
            assert!(
                !text.contains(&format!("\n{key}:")),
                "`{key}` in a policy:\n{text}"
            );
            continue;
        }
        let line = if key == "extends" {
            format!("\n# {key}:")
        } else {
            format!("\n{key}:")
        };
        assert!(text.contains(&line), "no `{key}:` in\n{text}");
    }
    // Allowed values and descriptions come from the model.
    assert!(text.contains("# - banner: A banner asks on the first visit."));
}

#[test]
fn new_refuses_to_overwrite_an_invalid_id_and_an_unknown_profile() {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path());
    let mine = "title: mine\n";
    write(tmp.path(), "content/policies/taken.yaml", mine);
    let o = run(tmp.path(), &["new", "taken"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("never overwritten"), "{}", stderr(&o));
    assert_eq!(read(tmp.path(), "taken"), mine);
    // The starter policy is not overwritten either.
    let before = read(tmp.path(), "privacy-policy");
    assert_eq!(
        run(tmp.path(), &["new", "privacy-policy"]).status.code(),
        Some(1)
    );
    assert_eq!(read(tmp.path(), "privacy-policy"), before);
    // An id written as `.yml` is taken too.
    write(tmp.path(), "content/policies/other.yml", mine);
    let o = run(tmp.path(), &["new", "other"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(!tmp.path().join("content/policies/other.yaml").exists());
    // A jurisdiction other than the profile's would mix two laws.
    let o = run(
        tmp.path(),
        &[
            "new",
            "mixed",
            "--extends",
            "quebec-base",
            "--jurisdiction",
            "ontario",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("contradicts"), "{}", stderr(&o));
    assert!(!tmp.path().join("content/policies/mixed.yaml").exists());

    let o = run(tmp.path(), &["new", "Bad_Id"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not a valid identifier"));

    let o = run(tmp.path(), &["new", "x", "--extends", "quebec-bse"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("did you mean `quebec-base`?"),
        "{}",
        stderr(&o)
    );
    assert!(!tmp.path().join("content/policies/x.yaml").exists());
}

#[test]
fn check_rejects_each_placeholder_at_its_line_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path());
    for (id, args) in [
        ("short", vec!["new", "short"]),
        ("plain", vec!["new", "plain", "--full"]),
        (
            "federal",
            vec!["new", "federal", "--jurisdiction", "federal", "--full"],
        ),
        (
            "federal-short",
            vec!["new", "federal-short", "--jurisdiction", "federal"],
        ),
        (
            "child",
            vec![
                "new",
                "child",
                "--extends",
                "quebec-base",
                "--jurisdiction",
                "quebec",
                "--full",
            ],
        ),
    ] {
        let o = run(tmp.path(), &args);
        assert!(o.status.success(), "{}", stderr(&o));
        let text = read(tmp.path(), id);
        let (code, doc) = check_json(tmp.path());
        assert_eq!(code, 1);
        let file = format!("content/policies/{id}.yaml");
        let mine: Vec<&serde_json::Value> = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["file"] == file.as_str())
            .collect();
        assert!(!mine.is_empty());
        // Every key written is a key the model accepts: only placeholders fail.
        for d in &mine {
            assert_eq!(d["code"], "placeholder", "{id}: {d}");
            let line = text
                .lines()
                .nth(d["line"].as_u64().unwrap() as usize - 1)
                .unwrap();
            let col = d["column"].as_u64().unwrap() as usize - 1;
            assert_eq!(&line[col..col + 4], "TODO", "{id}: {d}");
        }
        assert_eq!(
            mine.len(),
            text.lines()
                .filter(|l| !l.trim_start().starts_with('#') && l.ends_with("TODO"))
                .count()
        );
        std::fs::remove_file(tmp.path().join(&file)).unwrap();
    }
}

#[test]
fn with_extends_the_inherited_keys_are_commented_with_their_value() {
    let tmp = tempfile::tempdir().unwrap();
    init(tmp.path());
    let o = run(
        tmp.path(),
        &["new", "child", "--extends", "quebec-base", "--full"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let text = read(tmp.path(), "child");
    assert!(text.contains("\nextends: quebec-base\n"));
    assert!(text.contains("partial-policy.schema.json"));
    // The profile gives the acts and the rights: shown, commented out.
    assert!(
        text.contains("  # acts:\n  #   - act: quebec-access-act\n"),
        "{text}"
    );
    assert!(text.contains("  # access: true\n"), "{text}");
    // What the profile does not give is to fill in.
    assert!(text.contains("\ntitle:\n  en: TODO\n  fr: TODO\n"));
    // Replacing each placeholder makes a policy that checks.
    let filled = fill(&text);
    std::fs::write(tmp.path().join("content/policies/child.yaml"), &filled).unwrap();
    let (_, doc) = check_json(tmp.path());
    let errors: Vec<&serde_json::Value> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error" && d["rule"].is_null())
        .collect();
    // What is left is what the law asks of the content (a `rule`), never
    // a key or a value the model refuses.
    assert!(errors.is_empty(), "{errors:#?}");
}

/// Fills a generated file as an author would: every TODO replaced by a
/// real value, optional keys that do not apply deleted.
fn fill(text: &str) -> String {
    let mut out = Vec::new();
    let mut skip_below: Option<usize> = None;
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        let indent = l.len() - l.trim_start().len();
        if let Some(s) = skip_below {
            if l.trim().is_empty() || indent > s || l.trim_start().starts_with('#') && indent >= s {
                continue;
            }
            skip_below = None;
        }
        // Optional keys without a default: delete them (with their block).
        let optional = i > 0 && lines[i - 1].contains("Optional: delete this key");
        if optional && !l.trim_start().starts_with('#') {
            skip_below = Some(indent);
            continue;
        }
        let key = l
            .trim_start()
            .trim_start_matches("- ")
            .split(':')
            .next()
            .unwrap_or("");
        let value = match key {
            _ if !l.ends_with("TODO") => None,
            "updated" => Some("2026-01-15"),
            "website" => Some("https://www.example.gouv.qc.ca/"),
            "identifies" => Some("false"),
            "practice" => Some("none"),
            "categories" => Some("ip-address"),
            "purposes" => Some("technical-requirements"),
            "en" => Some("Example text"),
            "fr" => Some("Texte d’exemple"),
            _ if l.trim() == "- TODO" => {
                let parent = lines[..i]
                    .iter()
                    .rev()
                    .find(|p| !p.trim_start().starts_with('#'))
                    .unwrap();
                Some(match parent.trim() {
                    "categories:" => "ip-address",
                    _ => "technical-requirements",
                })
            }
            _ => Some("x"),
        };
        match value {
            Some(v) => out.push(format!("{}{v}", &l[..l.len() - 4])),
            None => out.push(l.to_string()),
        }
    }
    // A group left with no key would be empty, replacing the profile's:
    // delete its line too (the header of the file says so).
    loop {
        let indent = |l: &str| l.len() - l.trim_start().len();
        let yaml = |l: &str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
        let empty = (0..out.len()).find(|&i| {
            yaml(&out[i])
                && out[i].ends_with(':')
                && out[i + 1..]
                    .iter()
                    .find(|l| yaml(l))
                    .is_none_or(|n| indent(n) <= indent(&out[i]))
        });
        match empty {
            Some(i) => {
                out.remove(i);
            }
            None => break,
        }
    }
    out.join("\n") + "\n"
}

#[test]
fn keys_of_another_jurisdiction_are_left_commented_out() {
    let tmp = tempfile::tempdir().unwrap();
    bare(tmp.path());
    for (j, active, commented) in [
        ("quebec", vec!["quote_section_65: false"], vec!["banks: []"]),
        (
            "federal",
            vec!["banks: []"],
            vec!["quote_section_65: false"],
        ),
    ] {
        let id = format!("p-{j}");
        let o = run(tmp.path(), &["new", &id, "--jurisdiction", j, "--full"]);
        assert!(o.status.success(), "{}", stderr(&o));
        let text = read(tmp.path(), &id);
        for key in active {
            assert!(
                text.contains(&format!("\n  {key}")),
                "{j}: `{key}` not active in\n{text}"
            );
        }
        for key in commented {
            assert!(
                !text.contains(&format!("\n  {key}")),
                "{j}: `{key}` active in\n{text}"
            );
            assert!(
                text.contains(&format!("\n  # {key}")),
                "{j}: `{key}` missing in\n{text}"
            );
        }
        std::fs::remove_file(tmp.path().join(format!("content/policies/{id}.yaml"))).unwrap();
    }
}

/// The active (not commented) key paths of a YAML file, as `a.b.c`.
fn active_keys(text: &str) -> Vec<String> {
    let mut stack: Vec<(usize, String)> = Vec::new();
    let mut out = Vec::new();
    for l in text.lines() {
        let t = l.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let indent = l.len() - t.len();
        let t = t.trim_start_matches("- ");
        let Some((key, _)) = t.split_once(':') else {
            continue;
        };
        while stack.last().is_some_and(|(i, _)| *i >= indent) {
            stack.pop();
        }
        let mut path: Vec<&str> = stack.iter().map(|(_, k)| k.as_str()).collect();
        path.push(key);
        out.push(path.join("."));
        stack.push((indent, key.to_string()));
    }
    out
}

#[test]
fn new_for_a_second_document_in_an_inited_site_asks_nothing_the_profile_already_knows() {
    for (j, lang, lang_line, title) in [
        (
            "quebec",
            "fr",
            "# - Remplacez chaque TODO par la vraie valeur.",
            "\ntitle:\n  fr: TODO\n  en: TODO\n",
        ),
        (
            "quebec",
            "en",
            "# - Replace each TODO with the real value.",
            "\ntitle:\n  fr: TODO\n  en: TODO\n",
        ),
        (
            "ontario",
            "en",
            "# - Replace each TODO with the real value.",
            "\ntitle:\n  en: TODO\n  fr: TODO\n",
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let o = run(tmp.path(), &["init", ".", "--jurisdiction", j, "-q"]);
        assert!(o.status.success(), "{}", stderr(&o));
        // No --extends, no --jurisdiction: the site's profile is used.
        let o = run(tmp.path(), &["new", "survey", "--lang", lang]);
        assert!(o.status.success(), "{}", stderr(&o));
        let profile = format!("{j}-base");
        assert!(
            stderr(&o).contains(&format!("`{profile}`")),
            "{}",
            stderr(&o)
        );
        let text = read(tmp.path(), "survey");
        // Comments in the tool's language; texts in the site's source
        // language first (French for Québec).
        assert!(text.contains(lang_line), "{j}:\n{text}");
        assert!(text.contains(title), "{j}:\n{text}");
        assert!(text.contains(&format!("\nextends: {profile}\n")), "{text}");
        // Short: what only this document can say, nothing the profile gives.
        assert!(
            text.lines().count() < 60,
            "{j}: {} lines",
            text.lines().count()
        );
        let profile_text =
            std::fs::read_to_string(tmp.path().join(format!("content/profiles/{profile}.yaml")))
                .unwrap();
        let given = active_keys(&profile_text);
        assert!(given.iter().any(|k| k == "organization.name"), "{given:?}");
        assert!(
            given.iter().any(|k| k == "rights.contact.email"),
            "{given:?}"
        );
        for key in active_keys(&text) {
            assert!(
                !given.contains(&key),
                "{j}: `{key}` is asked again, but the profile gives it:\n{text}"
            );
        }
        let todos = text
            .lines()
            .filter(|l| !l.trim_start().starts_with('#') && l.ends_with("TODO"))
            .count();
        assert!((1..=8).contains(&todos), "{j}: {todos} TODOs\n{text}");
        // Each TODO replaced: the document checks, and its only warnings
        // are its own new texts to review.
        let filled = text
            .replace("date: TODO", "date: 2026-02-01")
            .replace("updated: TODO", "updated: 2026-02-01")
            .replace("en: TODO", "en: Survey")
            .replace("fr: TODO", "fr: Sondage");
        write(tmp.path(), "content/policies/survey.yaml", &filled);
        let (_, doc) = check_json(tmp.path());
        let mine: Vec<&serde_json::Value> = doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["file"] == "content/policies/survey.yaml")
            .collect();
        assert!(
            mine.iter().all(|d| d["code"] == "translation-unreviewed"),
            "{j}: {mine:#?}"
        );
        // The profile's texts were reviewed with the first policy: they are
        // not to review again for the second one.
        assert!(
            !doc["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["code"] == "translation-unreviewed"
                    && d["file"].as_str().is_some_and(|f| f.contains("profiles"))),
            "{doc:#}"
        );
        let o = run(tmp.path(), &["build"]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
}
