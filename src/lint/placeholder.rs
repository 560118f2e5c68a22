//! Placeholders: values the author has still to write.
//!
//! `policypress new` writes `TODO` where only the author can decide. `check`
//! reports each one left, at its line and column, as the error
//! `placeholder`. So that a half-finished file still gets every other
//! problem reported, each placeholder is replaced by a valid sample of its
//! type (from the model's schema) before the policy is read.

use crate::diagnostic::Diagnostic;
use crate::load::YamlPath;
use crate::model::schema_nav::SchemaNav;
use serde_yaml::Value;

/// The marker `policypress new` writes where the author must decide.
pub const MARKER: &str = "TODO";

/// Whether a text is a placeholder: `TODO` alone, or followed by `:` or a
/// space and a note (`TODO: ask legal`).
pub fn is_placeholder(s: &str) -> bool {
    let t = s.trim();
    t.strip_prefix(MARKER)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(':') || rest.starts_with(' '))
}

/// The paths of every placeholder in a document.
pub fn find(value: &Value) -> Vec<YamlPath> {
    let mut out = Vec::new();
    crate::load::walk(value, &mut |steps, v| {
        if let Value::String(s) = v {
            if is_placeholder(s) {
                out.push(YamlPath::from_steps(steps));
            }
        }
        crate::load::Visit::Descend
    });
    out
}

fn node_mut<'v>(value: &'v mut Value, path: &YamlPath) -> Option<&'v mut Value> {
    use crate::load::PathSeg;
    let mut v = value;
    for seg in &path.0 {
        v = match seg {
            PathSeg::Key(k) => v.as_mapping_mut()?.get_mut(k.as_str())?,
            PathSeg::Index(i) => v.as_sequence_mut()?.get_mut(*i)?,
        };
    }
    Some(v)
}

/// The placeholders of a policy, and (when there are any) the policy with
/// each replaced by a valid sample of its type, to read the rest.
pub fn mask(value: &Value) -> (Vec<YamlPath>, Option<Value>) {
    let holes = find(value);
    if holes.is_empty() {
        return (holes, None);
    }
    let nav = SchemaNav::policy();
    let mut masked = value.clone();
    for p in &holes {
        if let (Some(shape), Some(slot)) = (nav.node_at(p), node_mut(&mut masked, p)) {
            *slot = nav.sample(&shape);
        }
    }
    (holes, Some(masked))
}

/// The error for a placeholder left at `path` (locate it before pushing).
pub fn diagnostic(path: &YamlPath) -> Diagnostic {
    Diagnostic::error(
        "placeholder",
        format!("`{path}` still holds the placeholder {MARKER}"),
    )
    .with_hint(
        "write the real value (the comment above the key lists what it accepts), or delete the key if it is optional and does not apply",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_recognized() {
        assert!(is_placeholder("TODO"));
        assert!(is_placeholder(" TODO: ask the legal team"));
        assert!(!is_placeholder("TODOS"));
        assert!(!is_placeholder("Politique"));
    }

    #[test]
    fn masked_placeholders_take_a_valid_value_of_their_type() {
        let v: Value = serde_yaml::from_str(
            "updated: TODO\ncookies:\n  practice: TODO\nautomatic:\n  identifies: TODO\n  categories: [TODO]\norganization:\n  website: TODO\n",
        )
        .unwrap();
        let (holes, masked) = mask(&v);
        assert_eq!(holes.len(), 5);
        let m = masked.unwrap();
        assert_eq!(m["updated"], Value::from("2000-01-01"));
        assert_eq!(m["cookies"]["practice"], Value::from("none"));
        assert_eq!(m["automatic"]["identifies"], Value::Bool(false));
        assert_eq!(m["automatic"]["categories"][0], Value::from("ip-address"));
        assert_eq!(
            m["organization"]["website"],
            Value::from("https://example.org/")
        );
    }
}
