//! `policypress diff`: fixture pairs (tests/fixtures/diff/) compared on the
//! minimal site, whose profile both versions extend.

mod common;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn pair() -> (PathBuf, PathBuf) {
    let dir = repo().join("tests/fixtures/diff");
    (dir.join("old.yaml"), dir.join("new.yaml"))
}

fn diff(root: &Path, args: &[&str]) -> std::process::Output {
    let mut all = vec!["diff"];
    all.extend_from_slice(args);
    run(root, &all)
}

#[test]
fn the_summary_lists_every_change_in_both_languages() {
    let site = site("minimal");
    let (old, new) = pair();
    let o = diff(site.path(), &[old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    let expected = "\
Summary of changes:
- Removed: the pages you visit (information collected automatically).
- Added: your telephone number (information given voluntarily).
- Removed: build user profiles (uses of your information we rule out).
- Now: “Our site places no cookies on your device.”
- New section: Open data.

Résumé des modifications\u{a0}:
- Retrait\u{a0}: les pages consultées (renseignements recueillis automatiquement).
- Ajout\u{a0}: votre numéro de téléphone (renseignements que vous nous fournissez volontairement).
- Retrait\u{a0}: établir des profils d’utilisateurs (utilisations de vos renseignements que nous excluons).
- Désormais\u{a0}: «\u{a0}Notre site ne dépose aucun témoin sur votre appareil.\u{a0}»
- Nouvelle section\u{a0}: Données ouvertes.
";
    assert_eq!(text, expected);
}

#[test]
fn reversing_the_pair_reverses_the_changes() {
    let site = site("minimal");
    let (old, new) = pair();
    let o = diff(site.path(), &[new.to_str().unwrap(), old.to_str().unwrap()]);
    let text = stdout(&o);
    for line in [
        "- Added: the pages you visit (information collected automatically).",
        "- Removed: your telephone number (information given voluntarily).",
        "- Added: build user profiles (uses of your information we rule out).",
        "- Section removed: Open data.",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    assert!(
        text.contains("- Ajout\u{a0}: les pages consultées"),
        "{text}"
    );
    assert!(
        text.contains("- Ajout\u{a0}: établir des profils d’utilisateurs"),
        "{text}"
    );
}

#[test]
fn yaml_output_is_a_history_entry_ready_to_paste() {
    let site = site("minimal");
    let (old, new) = pair();
    let o = diff(
        site.path(),
        &[
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--format",
            "yaml",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_yaml::Value = serde_yaml::from_str(&stdout(&o)).unwrap();
    let entry = &v[0];
    assert_eq!(
        entry["date"].as_str(),
        Some("2024-06-01"),
        "the new version's date"
    );
    let en = entry["summary"]["en"].as_str().unwrap();
    let fr = entry["summary"]["fr"].as_str().unwrap();
    assert!(en.starts_with("Removed: the pages you visit (information collected automatically). Added: your telephone number"), "{en}");
    assert!(fr.contains("Ajout\u{a0}: votre numéro de téléphone (renseignements que vous nous fournissez volontairement)."), "{fr}");
    // Pasted under `history:`, the site still checks clean.
    let text = std::fs::read_to_string(&new).unwrap();
    write(
        site.path(),
        "content/policies/sample.yaml",
        &format!("{text}history:\n{}", stdout(&o)),
    );
    let (code, report) = check_json(site.path());
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn json_output_carries_both_versions() {
    let site = site("minimal");
    let (old, new) = pair();
    let o = diff(
        site.path(),
        &[
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], 1);
    assert_ne!(v["old_version"], v["new_version"]);
    assert_eq!(v["changes"]["en"].as_array().unwrap().len(), 5);
    assert_eq!(v["changes"]["fr"].as_array().unwrap().len(), 5);
}

#[test]
fn the_same_facts_written_differently_are_no_change() {
    let site = site("minimal");
    let (old, _) = pair();
    let text = std::fs::read_to_string(&old).unwrap();
    // Keys moved, flow lists written as block lists, a shared value split per language.
    let moved = text
        .replace("extends: base\n", "")
        .replace(
            "  website: https://example.org/\n",
            "  website:\n    fr: https://example.org/\n    en: https://example.org/\n",
        )
        .replace("purposes: [statistics]", "purposes:\n    - statistics")
        + "extends: base\n";
    write(site.path(), "moved.yaml", &moved);
    let o = diff(
        site.path(),
        &[
            old.to_str().unwrap(),
            site.path().join("moved.yaml").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        stdout(&o),
        "The content of the policy has not changed.\n\nLe contenu de la politique n’a pas changé.\n"
    );
}

#[test]
fn an_invalid_version_is_reported_with_its_line_and_exits_2() {
    let site = site("minimal");
    let (old, new) = pair();
    let text = std::fs::read_to_string(new).unwrap();
    write(
        site.path(),
        "broken.yaml",
        &text.replace("cookies: none", "cookies: sometimes"),
    );
    let o = diff(
        site.path(),
        &[
            old.to_str().unwrap(),
            site.path().join("broken.yaml").to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("broken.yaml:18:"), "{err}");
    assert!(stdout(&o).is_empty());
}

fn git(root: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
        .args(args)
        .current_dir(root)
        .output()
        .expect("git runs");
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_policy_is_compared_with_its_version_at_a_git_revision() {
    let site = site("minimal");
    let (old, new) = pair();
    let file = "content/policies/sample.yaml";
    write(site.path(), file, &std::fs::read_to_string(old).unwrap());
    git(site.path(), &["init", "-q"]);
    git(site.path(), &["add", "."]);
    git(site.path(), &["commit", "-qm", "first"]);
    write(site.path(), file, &std::fs::read_to_string(new).unwrap());
    let o = diff(site.path(), &["sample", "--rev", "HEAD"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("- New section: Open data."), "{text}");
    assert!(
        text.contains("- Nouvelle section\u{a0}: Données ouvertes."),
        "{text}"
    );
    let o = diff(site.path(), &["sample", "--rev", "no-such-revision"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no-such-revision"), "{}", stderr(&o));
    // A mistake in the revision is shown in the revision's text, under its
    // name, not in the current file's.
    edit(site.path(), file, "cookies: none", "cookies: nothing");
    git(site.path(), &["commit", "-qam", "broken"]);
    edit(site.path(), file, "cookies: nothing", "cookies: none");
    let o = diff(site.path(), &["sample", "--rev", "HEAD"]);
    let err = stderr(&o);
    assert!(err.contains("HEAD:content/policies/sample.yaml"), "{err}");
    assert!(err.contains("cookies: nothing"), "{err}");
}

#[test]
fn a_built_in_section_that_appears_or_goes_is_told_as_a_section() {
    // Security measures make the security section appear; links to other
    // sites withdrawn make the links section go.
    let site = site("minimal");
    let (fixture, _) = pair();
    let text = std::fs::read_to_string(&fixture).unwrap();
    let (old, new) = (site.path().join("old.yaml"), site.path().join("new.yaml"));
    std::fs::write(
        &old,
        format!("{text}links:\n  other_sites: [other-governments]\n"),
    )
    .unwrap();
    std::fs::write(
        &new,
        format!("{text}security:\n  measures: [encryption]\nlinks:\n  other_sites: []\n"),
    )
    .unwrap();
    let o = diff(site.path(), &[old.to_str().unwrap(), new.to_str().unwrap()]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}\n{out}", stderr(&o));
    assert!(
        out.contains("New section: How we protect your information"),
        "{out}"
    );
    assert!(
        out.contains("Section removed: Links to other sites"),
        "{out}"
    );
    assert!(!out.contains("Statement withdrawn"), "{out}");
}

#[test]
fn the_authors_own_words_in_a_section_are_told_under_that_section() {
    // `prose.<id>` is the section's: a change of it revises that section,
    // and words given for a section that had none make it appear.
    let site = site("minimal");
    let (fixture, _) = pair();
    let text = std::fs::read_to_string(&fixture).unwrap();
    let (old, new) = (site.path().join("old.yaml"), site.path().join("new.yaml"));
    let words = |en: &str| {
        format!(
            "prose:\n  legal:\n    after: {{ en: {en}, fr: Texte. }}\n  security:\n    instead: {{ en: We protect it., fr: Nous les protégeons. }}\n"
        )
    };
    std::fs::write(
        &old,
        format!("{text}prose:\n  legal:\n    after: {{ en: Text., fr: Texte. }}\n"),
    )
    .unwrap();
    std::fs::write(&new, format!("{text}{}", words("New text."))).unwrap();
    let o = diff(site.path(), &[old.to_str().unwrap(), new.to_str().unwrap()]);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{}\n{out}", stderr(&o));
    assert!(
        out.contains("New section: How we protect your information"),
        "{out}"
    );
    assert!(out.contains("Section revised: Legal framework"), "{out}");
}

/// A profile that does not load is blamed as such, as `check` does (the
/// same resolve and validate stages): not "unknown profile".
#[test]
fn a_profile_with_errors_is_blamed_not_called_unknown() {
    let site = site("minimal");
    let (old, new) = pair();
    write(
        site.path(),
        "content/profiles/base.yaml",
        "organization: [unclosed\n",
    );
    let o = diff(site.path(), &[old.to_str().unwrap(), new.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("the profile `base` has errors, reported in `content/profiles/base.yaml`"),
        "{err}"
    );
    assert!(!err.contains("unknown-profile"), "{err}");
    assert!(stdout(&o).is_empty());
}
