//! Placeholders: values the author has still to write.
//!
//! `policypress new` writes `TODO` where only the author can decide. `check`
//! reports each one left, at its line and column, as the error
//! `placeholder`. So that a half-finished file still gets every other
//! problem reported, each placeholder is replaced by a valid sample of its
//! type (from the model's schema) before the policy is read.
//!
//! The starters `policypress init` writes hold example values instead
//! (names, `example.*` addresses, 555-01xx numbers): each one left is the
//! warning `example-value`, so a starter is not published by mistake.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Step, YamlPath};
use crate::model::schema_nav::SchemaNav;
use crate::resolve::{Resolved, Target};
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
    texts_where(value, |_, s| is_placeholder(s).then_some(()))
        .into_iter()
        .map(|(path, ())| path)
        .collect()
}

/// Every text of a document that `pick` picks, with its path (built only
/// for those) and what `pick` said of it.
fn texts_where<T>(
    value: &Value,
    mut pick: impl FnMut(&[Step<'_>], &str) -> Option<T>,
) -> Vec<(YamlPath, T)> {
    let mut out = Vec::new();
    crate::load::walk(value, &mut |steps, v| {
        if let Value::String(s) = v {
            if let Some(t) = pick(steps, s) {
                out.push((YamlPath::from_steps(steps), t));
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

/// Why a published value, at the path `steps`, looks like an example left
/// to replace (the placeholders `policypress init` writes): an address on
/// an `example` domain, a fictional 555-01xx telephone number, or an
/// "Example" name. `None` for a real-looking value. Allocates nothing for
/// a value that is not one (it runs on every text of every policy).
pub fn example_reason(steps: &[Step<'_>], text: &str) -> Option<&'static str> {
    let key = match steps.last() {
        Some(Step::Key(k)) => *k,
        _ => "",
    };
    if matches!(key, "phone" | "toll_free" | "fax" | "tty") {
        // The last seven digits, 555 01xx.
        let mut last = [0u8; 7];
        let mut n = 0;
        for b in text.bytes().filter(u8::is_ascii_digit) {
            last.copy_within(1.., 0);
            last[6] = b;
            n += 1;
        }
        return (n >= 7 && last.starts_with(b"55501"))
            .then_some("a fictional telephone number (555-01xx)");
    }
    // "example" and "exemple" both have an `x` second: look at the few
    // `x` of a text (found vectorized) rather than at every position.
    let bytes = text.as_bytes();
    let has = |word: &[u8]| {
        memchr::memchr2_iter(b'x', b'X', bytes).any(|i| {
            i >= 1
                && bytes
                    .get(i - 1..i - 1 + word.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    };
    let example = has(b"example");
    if example {
        // An address on a domain with a label `example` (example.org,
        // www.example.gc.ca, atip@example.gc.ca).
        let on_example_domain = text
            .split(['/', '@', ':', '?', '#', ' '])
            .filter(|part| part.contains('.'))
            .flat_map(|host| host.split('.'))
            .any(|label| label.eq_ignore_ascii_case("example"));
        if on_example_domain {
            return Some("an address on an example domain");
        }
        // "Example" as a capitalized word: a name, not "for example".
        if text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "Example")
        {
            return Some("an \"Example\" name");
        }
    }
    // In a name (the organization's, the contact's), any "example".
    let in_names = matches!(
        steps,
        [Step::Key("organization"), ..] | [Step::Key("rights"), Step::Key("contact"), ..]
    );
    (in_names && (example || has(b"exemple"))).then_some("an example name")
}

/// A warning for every value of a policy that looks like an example left
/// to replace, where it is written.
pub fn examples(resolved: &Resolved) -> Diagnostics {
    let mut d = Diagnostics::new();
    for (path, why) in texts_where(&resolved.value, example_reason) {
        let (file, span) = resolved.locate(&path, Target::Value);
        d.push(
            Diagnostic::warning(
                "example-value",
                format!("`{path}` looks like an example to replace: {why}"),
            )
            .with_hint("write the organization's real value before publishing (the starter `policypress init` writes is filled with example names, example.* addresses and 555 telephone numbers)")
            .at(file, span)
            .with_key(path.to_string()),
        );
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_values_are_recognized() {
        let at = |p: &'static str| -> Vec<Step<'static>> { p.split('.').map(Step::Key).collect() };
        let yes = [
            ("organization.website.en", "https://www.example.gc.ca/en/"),
            ("rights.contact.email", "atip-aiprp@example.gc.ca"),
            ("rights.contact.phone", "613-555-0100"),
            ("rights.contact.toll_free", "1 800 555-0199"),
            ("organization.name.en", "Example Agency of Canada"),
            ("organization.name.fr", "Agence exemple du Canada"),
            ("sections.body.en", "under section 4 of the *Example Act*"),
        ];
        for (p, v) in yes {
            assert!(example_reason(&at(p), v).is_some(), "{p}: {v}");
        }
        let no = [
            ("organization.website.en", "https://www.quebec.ca/"),
            ("rights.contact.phone", "418 555-1234"),
            ("sections.body.en", "for example, your name"),
            ("sections.body.fr", "par exemple, votre nom"),
            ("organization.name.en", "Ministère du Travail"),
        ];
        for (p, v) in no {
            assert!(example_reason(&at(p), v).is_none(), "{p}: {v}");
        }
    }

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
            "updated: TODO\ncookies:\n  consent: TODO\nautomatic:\n  identifies: TODO\n  categories: [TODO]\norganization:\n  website: TODO\n",
        )
        .unwrap();
        let (holes, masked) = mask(&v);
        assert_eq!(holes.len(), 5);
        let m = masked.unwrap();
        assert_eq!(m["updated"], Value::from("2000-01-01"));
        assert_eq!(m["cookies"]["consent"], Value::from("none"));
        assert_eq!(m["automatic"]["identifies"], Value::Bool(false));
        assert_eq!(m["automatic"]["categories"][0], Value::from("ip-address"));
        assert_eq!(
            m["organization"]["website"],
            Value::from("https://example.org/")
        );
    }
}
