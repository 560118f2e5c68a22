//! The JSON Schemas in schema/ (and their French versions in schema/fr/)
//! are generated from the model and must be current. Regenerate with:
//! `scripts/regenerate.sh`.

mod common;
use common::*;

#[test]
fn committed_schemas_match_the_model() {
    for (kind, file) in [
        ("policy", "policy.schema.json"),
        ("partial", "partial-policy.schema.json"),
        ("site", "site.schema.json"),
        ("policy-json", "policy-json.schema.json"),
    ] {
        for (lang, dir) in [("en", "schema"), ("fr", "schema/fr")] {
            let o = run(&repo(), &["--lang", lang, "schema", kind]);
            assert!(o.status.success());
            let committed =
                std::fs::read_to_string(repo().join(dir).join(file)).unwrap_or_default();
            assert!(
                committed == stdout(&o),
                "{dir}/{file} is stale: run scripts/regenerate.sh and commit the result"
            );
        }
    }
}

#[test]
fn the_schemas_describe_in_the_tools_language_with_the_same_structure() {
    let schema = |lang: &str| -> serde_json::Value {
        let o = run(&repo(), &["--lang", lang, "schema", "policy"]);
        assert!(o.status.success());
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let (mut en, mut fr) = (schema("en"), schema("fr"));
    let hover = |s: &serde_json::Value| {
        s["$defs"]["Organization"]["properties"]["short_name"]["description"].clone()
    };
    assert_eq!(
        hover(&fr),
        "La forme abrégée du nom, employée dans le texte courant \
         («\u{a0}le Ministère\u{a0}», «\u{a0}the department\u{a0}»)."
    );
    assert!(hover(&en).as_str().unwrap().starts_with("Short form"));
    // Only the descriptions differ.
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                if m.get("description").is_some_and(|d| d.is_string()) {
                    m.remove("description");
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut en);
    strip(&mut fr);
    assert_eq!(en, fr);
}

#[test]
fn the_policy_schema_knows_every_top_level_key_and_enumeration() {
    let o = run(&repo(), &["schema", "policy"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let props = schema["properties"].as_object().unwrap();
    for key in [
        "title",
        "organization",
        "legal",
        "automatic",
        "cookies",
        "voluntary",
        "use",
        "rights",
        "sections",
    ] {
        assert!(props.contains_key(key), "{key}");
    }
    assert_eq!(schema["additionalProperties"], false);
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(required.contains(&"title") && !required.contains(&"sections"));
    let text = stdout(&o);
    assert!(text.contains("\"persistent\"") && text.contains("\"ip-address\""));
    // The partial schema requires nothing, so profiles validate in editors.
    let o = run(&repo(), &["schema", "partial"]);
    assert!(!stdout(&o).contains("\"required\""));
}

#[test]
fn the_rules_reference_is_current() {
    let o = run(&repo(), &["rules"]);
    assert!(o.status.success());
    let committed = std::fs::read_to_string(repo().join("docs/rules.md")).unwrap_or_default();
    assert!(
        committed == stdout(&o),
        "docs/rules.md is stale: run scripts/regenerate.sh and commit the result"
    );
    for id in ["QC-01", "QC-16", "ON-04", "FED-06", "PIP-04"] {
        assert!(committed.contains(&format!("| {id} |")), "{id}");
    }
    // The French reference, each citation in the law's French wording.
    let o = run(&repo(), &["--lang", "fr", "rules"]);
    assert!(o.status.success());
    let committed = std::fs::read_to_string(repo().join("docs/fr/rules.md")).unwrap_or_default();
    assert!(
        committed == stdout(&o),
        "docs/fr/rules.md is stale: run scripts/regenerate.sh and commit the result"
    );
    for id in ["QC-01", "QC-16", "ON-04", "FED-06", "PIP-04"] {
        assert!(committed.contains(&format!("| {id} |")), "{id}");
    }
    assert!(
        committed.contains("Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels, art. 63.4"),
        "{committed}"
    );
}
