//! What `build` publishes for programs: `policy.json` beside each page,
//! JSON-LD with DPV terms in each page, and the content version.

mod common;
use common::*;
use std::path::{Path, PathBuf};

fn build(root: &Path) -> PathBuf {
    let out = root.join("public");
    let o = run(root, &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    out
}

fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every `policy.json` (and a collection notice's `notice.json`, the same
/// format) of a built site.
fn documents(out: &Path) -> Vec<PathBuf> {
    let mut v = Vec::new();
    for lang in ["en", "fr"] {
        for e in std::fs::read_dir(out.join(lang)).unwrap() {
            let dir = e.unwrap().path();
            let p = ["policy.json", "notice.json"]
                .iter()
                .map(|n| dir.join(n))
                .find(|p| p.exists());
            let p = p.unwrap_or_else(|| panic!("{} has no policy.json", dir.display()));
            v.push(p);
        }
    }
    v.sort();
    v
}

/// The JSON-LD of a page, parsed.
fn json_ld(page: &Path) -> serde_json::Value {
    let doc = html(page);
    let scripts = select(&doc, r#"head script[type="application/ld+json"]"#);
    assert_eq!(scripts.len(), 1, "{}: one JSON-LD script", page.display());
    let text: String = scripts[0].text().collect();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}\n{text}", page.display()))
}

/// Every `@id` in a JSON-LD value.
fn ids(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let Some(serde_json::Value::String(s)) = m.get("@id") {
                out.push(s.clone());
            }
            m.values().for_each(|x| ids(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| ids(x, out)),
        _ => {}
    }
}

/// The version a page carries, for machines (not shown to readers).
fn shown_version(page: &Path) -> String {
    let doc = html(page);
    let v = select(&doc, "meta[name=\"policypress:version\"]");
    assert_eq!(v.len(), 1, "{}", page.display());
    let text: String = select(&doc, "main").iter().flat_map(|m| m.text()).collect();
    assert!(
        !text.contains("Version"),
        "shown to readers: {}",
        page.display()
    );
    v[0].value().attr("content").unwrap_or_default().to_string()
}

#[test]
fn every_example_policy_json_validates_against_the_committed_schema() {
    let schema = read_json(&repo().join("schema/policy-json.schema.json"));
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let site = site("example");
    let out = build(site.path());
    let docs = documents(&out);
    // Five policies and two collection notices, in both languages.
    assert_eq!(docs.len(), 14);
    for path in &docs {
        let doc = read_json(path);
        let errors: Vec<String> = validator
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
        let mut bad = doc.clone();
        bad["format"] = 2.into();
        assert!(!validator.is_valid(&bad), "the schema accepts any format");
        let mut bad = doc.clone();
        bad["policy"]["cookies"] = "sometimes".into();
        assert!(!validator.is_valid(&bad), "the schema accepts any value");
        assert_eq!(doc["format"], 1);
        // The version is the hash of the document's own `policy`.
        assert_eq!(
            doc["version"].as_str().unwrap(),
            policypress::publish::version_of(&doc["policy"]),
            "{}",
            path.display()
        );
        // Both pages' folders hold the same document, and both pages show its version.
        let page = path.with_file_name("index.html");
        let version = doc["version"].as_str().unwrap();
        assert_eq!(shown_version(&page), version);
        for lang in ["en", "fr"] {
            let url = doc["pages"][lang].as_str().unwrap();
            let rel = url.split_once(&format!("/{lang}/")).unwrap().1;
            let twin = out.join(lang).join(rel).join(path.file_name().unwrap());
            assert_eq!(read_json(&twin), doc, "{}", twin.display());
        }
    }
    // Labels come from the locale files, in both languages.
    let portal = read_json(&out.join("fr/portail-quebec-politique-de-confidentialite/policy.json"));
    assert_eq!(
        portal["labels"]["auto-category"]["browser"]["fr"],
        "le type de votre navigateur"
    );
    // Nothing the policy does not say is filled in: the Portal names no
    // oversight body, so its published data names none.
    assert!(
        portal["policy"]["legal"]["oversight"].is_null(),
        "{portal:#}"
    );
    let ontario = read_json(&out.join("en/ontario-privacy-statement/policy.json"));
    assert_eq!(
        ontario["policy"]["legal"]["oversight"]["body"],
        "ipc-ontario"
    );
    assert!(ontario.get("updated").is_none(), "the seed gives no date");
    // The Portal's seed announces no change: its data has no history.
    assert!(portal["policy"]["history"]
        .as_array()
        .is_some_and(|h| h.is_empty()));
}

#[test]
fn json_ld_describes_the_policy_with_dpv_terms() {
    let site = site("minimal");
    let out = build(site.path());
    let en = json_ld(&out.join("en/sample/index.html"));
    let fr = json_ld(&out.join("fr/exemple/index.html"));
    assert_eq!(en["@context"]["pd"], "https://w3id.org/dpv/pd#");
    assert_eq!(en["@context"]["dpv"], "https://w3id.org/dpv#");
    assert_eq!(en["@type"], "dpv:PrivacyNotice");
    assert_eq!(en["@id"], "https://example.org/policies/en/sample/");
    let mut found = Vec::new();
    ids(&en, &mut found);
    for term in [
        "pd:IPAddress",
        "pd:UserAgent",
        "pd:BrowserHistory",
        "pd:Name",
        "pd:EmailAddress",
        "dpv:ServiceUsageAnalytics",
        "dpv:CommunicationManagement",
        "dpv:OfficialAuthorityOfController",
        "dpv:Consent",
    ] {
        assert!(found.iter().any(|t| t == term), "{term} missing: {found:?}");
    }
    let controller = &en["dpv:hasDataController"];
    assert_eq!(controller["schema:name"], "Sample Agency");
    assert_eq!(
        controller["schema:contactPoint"]["schema:email"],
        "foi@example.org"
    );
    assert_eq!(fr["dpv:hasDataController"]["schema:name"], "Agence type");
    assert_eq!(fr["dct:language"], "fr-CA");
    // The same terms on both pages.
    let mut found_fr = Vec::new();
    ids(&fr, &mut found_fr);
    let strip = |v: &[String]| -> Vec<String> {
        v.iter()
            .filter(|t| !t.starts_with("https://"))
            .cloned()
            .collect()
    };
    assert_eq!(strip(&found), strip(&found_fr));
}

#[test]
fn json_ld_cannot_close_its_script_element() {
    let site = site("minimal");
    let hostile = "Sample </script><!-- statement";
    edit(
        site.path(),
        "content/policies/sample.yaml",
        "en: Sample privacy statement",
        &format!("en: \"{hostile}\""),
    );
    let out = build(site.path());
    let page = out.join("en/sample/index.html");
    let text = std::fs::read_to_string(&page).unwrap();
    let start = text.find("application/ld+json").unwrap();
    let script = &text[start..start + text[start..].find("</script>").unwrap()];
    assert!(!script.contains("<!--"), "{script}");
    assert_eq!(json_ld(&page)["dct:title"], hostile);
}

/// Rewrites a YAML file with every mapping's keys in reverse order, in
/// serde_yaml's formatting (flow lists become block lists, quotes change).
fn reorder(path: &Path) {
    fn rev(v: serde_yaml::Value) -> serde_yaml::Value {
        match v {
            serde_yaml::Value::Mapping(m) => {
                let items: Vec<_> = m.into_iter().collect();
                serde_yaml::Value::Mapping(
                    items.into_iter().rev().map(|(k, v)| (k, rev(v))).collect(),
                )
            }
            serde_yaml::Value::Sequence(s) => {
                serde_yaml::Value::Sequence(s.into_iter().map(rev).collect())
            }
            other => other,
        }
    }
    let v: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    std::fs::write(path, serde_yaml::to_string(&rev(v)).unwrap()).unwrap();
}

#[test]
fn the_version_ignores_key_order_and_formatting_and_follows_the_facts() {
    let site = site("minimal");
    let version = |root: &Path| {
        let out = build(root);
        let v = read_json(&out.join("en/sample/policy.json"))["version"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(shown_version(&out.join("fr/exemple/index.html")), v);
        v
    };
    let before = version(site.path());
    assert_eq!(before.len(), 8);
    assert!(before.chars().all(|c| c.is_ascii_hexdigit()));
    reorder(&site.path().join("content/policies/sample.yaml"));
    reorder(&site.path().join("content/profiles/base.yaml"));
    let text = std::fs::read_to_string(site.path().join("content/policies/sample.yaml")).unwrap();
    assert!(
        !text.starts_with("extends"),
        "the file was rewritten:\n{text}"
    );
    // A default written out explicitly says the same thing.
    edit(
        site.path(),
        "content/policies/sample.yaml",
        "website: https://example.org/",
        "website:\n    en: https://example.org/\n    fr: https://example.org/",
    );
    assert_eq!(version(site.path()), before, "same facts, same version");
    edit(
        site.path(),
        "content/policies/sample.yaml",
        "- pages-visited",
        "- pages-visited\n  - country",
    );
    assert_ne!(version(site.path()), before, "a new fact, a new version");
}

#[test]
fn the_history_reads_what_changed_in_both_languages() {
    let site = site("example");
    let out = build(site.path());
    for (page, heading, summary) in [
        (
            "en/international-relations-privacy-policy/index.html",
            "What changed",
            "Policy updated.",
        ),
        (
            "fr/relations-internationales-politique-de-confidentialite/index.html",
            "Historique des modifications",
            "Mise à jour de la politique.",
        ),
    ] {
        let doc = html(&out.join(page));
        let h = select(&doc, "#history-title");
        assert_eq!(h.len(), 1, "{page}");
        assert_eq!(h[0].text().collect::<String>(), heading);
        let toc: Vec<String> = select(&doc, ".toc a[href='#history']")
            .iter()
            .map(|a| a.text().collect())
            .collect();
        assert_eq!(toc, [heading]);
        let entries: Vec<String> = select(&doc, "#history dd")
            .iter()
            .map(|d| d.text().collect())
            .collect();
        assert_eq!(entries, [summary], "{page}");
        assert_eq!(
            select(&doc, "#history dt time[datetime='2009-04-16']").len(),
            1
        );
    }
}
