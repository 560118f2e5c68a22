//! The incremental engine behind `serve`: a change re-runs the stages for
//! what it affects, and the result equals a fresh load.

mod common;
use common::*;
use policypress::load::SiteLayout;
use policypress::site::{Affected, LoadOptions, Workspace};
use std::collections::BTreeSet;

fn ids(v: &[&str]) -> Affected {
    Affected::Policies(v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>())
}

fn codes(ws: &Workspace) -> Vec<String> {
    ws.diagnostics()
        .iter()
        .map(|d| d.code.to_string())
        .collect()
}

#[test]
fn a_policy_edit_rechecks_only_that_policy() {
    let s = site("minimal");
    let root = s.path();
    let text = std::fs::read_to_string(root.join("content/policies/sample.yaml")).unwrap();
    write(
        root,
        "content/policies/other.yaml",
        &text
            .replace("en: sample\n", "en: other\n")
            .replace("fr: exemple\n", "fr: autre\n"),
    );
    let mut ws = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    assert!(ws.project().is_some(), "{:?}", codes(&ws));
    let path = root.join("content/policies/sample.yaml");
    edit(
        root,
        "content/policies/sample.yaml",
        "cookies:\n  no_persistent: true\n  items:\n    - id: session\n      lifetime: session\n  linked_sites_may_set: true\n",
        "cookies: nnone\n",
    );
    assert_eq!(ws.apply(std::slice::from_ref(&path)), ids(&["sample"]));
    assert!(ws.project().is_none());
    assert!(codes(&ws).contains(&"unknown-value".to_string()));
    edit(
        root,
        "content/policies/sample.yaml",
        "cookies: nnone\n",
        "cookies: none\n",
    );
    assert_eq!(ws.apply(std::slice::from_ref(&path)), ids(&["sample"]));
    let project = ws.project().expect("fixed");
    let sample = project
        .policies
        .iter()
        .find(|p| p.page.id == "sample")
        .unwrap();
    assert_eq!(
        sample.page.policy.cookies,
        Some(policypress::model::Cookies::None)
    );
}

#[test]
fn a_profile_edit_rechecks_the_policies_extending_it() {
    let s = site("minimal");
    let root = s.path();
    let text = std::fs::read_to_string(root.join("content/policies/sample.yaml")).unwrap();
    write(
        root,
        "content/policies/alone.yaml",
        &text
            .replace("extends: base\n", "")
            .replace("en: sample\n", "en: alone\n")
            .replace("fr: exemple\n", "fr: seul\n")
            .replace(
                "use:\n",
                &format!(
                    "{}\nuse:\n",
                    std::fs::read_to_string(root.join("content/profiles/base.yaml")).unwrap()
                ),
            ),
    );
    let mut ws = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    assert!(ws.project().is_some(), "{:?}", codes(&ws));
    let path = root.join("content/profiles/base.yaml");
    edit(
        root,
        "content/profiles/base.yaml",
        "phone: 416 555-0100",
        "phone: nope",
    );
    assert_eq!(ws.apply(std::slice::from_ref(&path)), ids(&["sample"]));
    assert!(codes(&ws).contains(&"invalid-value".to_string()));
}

#[test]
fn files_created_deleted_and_renamed_are_followed() {
    let s = site("minimal");
    let root = s.path();
    let mut ws = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    let old = root.join("content/policies/sample.yaml");
    let new = root.join("content/policies/renamed.yaml");
    std::fs::rename(&old, &new).unwrap();
    ws.apply(&[old.clone(), new.clone()]);
    let project = ws.project().expect("still valid");
    assert_eq!(project.policies.len(), 1);
    assert_eq!(project.policies[0].page.id, "renamed");
    // A swap file of an editor changes nothing.
    write(root, "content/policies/.renamed.yaml.swp", "garbage: [");
    assert_eq!(
        ws.apply(&[root.join("content/policies/.renamed.yaml.swp")]),
        Affected::Nothing
    );
    // Deleting the last policy is an error, as on a fresh load.
    std::fs::remove_file(&new).unwrap();
    ws.apply(&[new]);
    assert!(
        codes(&ws).contains(&"no-policies".to_string()),
        "{:?}",
        codes(&ws)
    );
    // The incremental result equals a fresh load.
    let fresh = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    assert_eq!(codes(&ws), codes(&fresh));
}

#[test]
fn wording_changes_reload_everything() {
    let s = site("minimal");
    let root = s.path();
    let mut ws = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    let f = std::fs::read_dir(root.join("locales/en"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut t = std::fs::read_to_string(&f).unwrap();
    t.push_str("\nbroken = { $x\n");
    std::fs::write(&f, t).unwrap();
    assert_eq!(ws.apply(&[f]), Affected::All);
    assert!(codes(&ws).contains(&"fluent-syntax".to_string()));
}

#[test]
fn a_saved_file_that_stops_parsing_and_is_fixed_matches_a_fresh_load() {
    let s = site("minimal");
    let root = s.path();
    let mut ws = Workspace::open(SiteLayout::new(root), LoadOptions::default());
    let path = root.join("content/policies/sample.yaml");
    edit(
        root,
        "content/policies/sample.yaml",
        "updated: ",
        "updated: [",
    );
    assert_eq!(ws.apply(std::slice::from_ref(&path)), ids(&["sample"]));
    let broken = codes(&ws);
    assert!(broken.contains(&"yaml-syntax".to_string()), "{broken:?}");
    assert_eq!(
        broken,
        codes(&Workspace::open(
            SiteLayout::new(root),
            LoadOptions::default()
        )),
        "incremental and fresh loads agree"
    );
    edit(
        root,
        "content/policies/sample.yaml",
        "updated: [",
        "updated: ",
    );
    assert_eq!(ws.apply(std::slice::from_ref(&path)), ids(&["sample"]));
    assert!(ws.project().is_some(), "{:?}", codes(&ws));
    assert_eq!(
        codes(&ws),
        codes(&Workspace::open(
            SiteLayout::new(root),
            LoadOptions::default()
        ))
    );
}

/// `check --accept` in one load: the review is recorded, and the check
/// that follows sees the new lock, exactly as a fresh check would.
#[test]
fn accept_then_check_equals_a_fresh_check_with_the_new_lock() {
    use policypress::site::{accept_and_check, stream, Accepted};
    let s = site("minimal");
    let root = s.path();
    let codes_of = |d: &policypress::diagnostic::Diagnostics| -> Vec<String> {
        d.iter().map(|d| d.code.to_string()).collect()
    };
    let before = stream::run(SiteLayout::new(root), &LoadOptions::default(), None);
    assert!(codes_of(&before.diagnostics).contains(&"translation-lock-missing".to_string()));
    let accepted = accept_and_check(
        SiteLayout::new(root),
        &LoadOptions::default(),
        &["all".to_string()],
    );
    let Accepted::Checked { counts, outcome } = accepted else {
        panic!("not recorded: {accepted:?}");
    };
    assert_eq!(counts.len(), 1);
    assert!(counts[0] > 0, "{counts:?}");
    assert!(root.join("content/translations.lock").exists());
    let fresh = stream::run(SiteLayout::new(root), &LoadOptions::default(), None);
    assert_eq!(codes_of(&outcome.diagnostics), codes_of(&fresh.diagnostics));
    assert!(
        codes_of(&outcome.diagnostics)
            .iter()
            .all(|c| !c.starts_with("translation")),
        "{:?}",
        codes_of(&outcome.diagnostics)
    );
    assert_eq!(
        (outcome.policies, outcome.notices),
        (fresh.policies, fresh.notices)
    );
    // A selector naming nothing records nothing.
    let unknown = accept_and_check(
        SiteLayout::new(root),
        &LoadOptions::default(),
        &["nothing-by-this-name".to_string()],
    );
    assert!(matches!(unknown, Accepted::Failed(_)), "{unknown:?}");
    // A site with errors is not recorded: fix it first.
    edit(
        root,
        "content/policies/sample.yaml",
        "cookies:",
        "cookies: nnone\nx:",
    );
    let broken = accept_and_check(
        SiteLayout::new(root),
        &LoadOptions::default(),
        &["all".to_string()],
    );
    match broken {
        Accepted::FixFirst(loaded) => assert!(loaded.diagnostics.has_errors()),
        other => panic!("recorded on a broken site: {other:?}"),
    }
}
