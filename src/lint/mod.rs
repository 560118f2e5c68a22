//! Lints: what a valid policy may still get wrong.
//!
//! [`legal`](mod@legal) holds the rules of each jurisdiction; this module applies them
//! to a validated policy, honours the policy's `allow:` list, and turns what
//! is missing into diagnostics pointing at the key where it belongs.
//! [`parity`] compares the structure of the two languages' free text, and
//! [`freshness`] tells when a translation may be out of date, and
//! [`placeholder`] finds the `TODO`s `policypress new` leaves to fill in.

pub mod freshness;
pub mod legal;
pub mod links;
pub mod parity;
pub mod placeholder;
pub mod terminology;
pub mod terms;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::YamlPath;
use crate::model::Policy;
use crate::resolve::{Resolved, Target};
use legal::{Outcome, RULES};

fn dotted(path: &str) -> YamlPath {
    path.split('.').fold(YamlPath::root(), |p, k| p.key(k))
}

/// Applies the legal rules of the policy's jurisdiction.
pub fn legal(policy: &Policy, resolved: &Resolved) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let jurisdiction = policy.jurisdiction;
    let allow_path = |i: usize| YamlPath::root().key("allow").index(i).key("rule");
    for (i, a) in policy.allow.iter().enumerate() {
        let (file, span) = resolved.locate(&allow_path(i), Target::Value);
        match legal::rule(&a.rule) {
            // Reported by validation, with the other mistakes of `allow`.
            None => {}
            Some(r) if r.kind != policy.doc_kind => diags.push(
                Diagnostic::warning(
                    "rule-not-applicable",
                    format!(
                        "rule {} is for {}, and this is a {}",
                        r.id,
                        match r.kind {
                            crate::model::DocKind::Policy => "privacy policies",
                            crate::model::DocKind::Notice => "collection notices",
                        },
                        match policy.doc_kind {
                            crate::model::DocKind::Policy => "privacy policy",
                            crate::model::DocKind::Notice => "collection notice",
                        }
                    ),
                )
                .at(file, span)
                .with_hint("remove this `allow` entry"),
            ),
            Some(r) if r.jurisdiction != jurisdiction => diags.push(
                Diagnostic::warning(
                    "rule-not-applicable",
                    format!(
                        "rule {} does not apply to a policy under `{}` law",
                        r.id,
                        kebab(jurisdiction)
                    ),
                )
                .at(file, span)
                .with_hint("remove this `allow` entry"),
            ),
            Some(r) if (r.check)(policy) == Outcome::Satisfied => diags.push(
                Diagnostic::warning(
                    "allow-unneeded",
                    format!("rule {} is silenced but the policy satisfies it", r.id),
                )
                .at(file, span)
                .with_hint("remove this `allow` entry so the rule protects the policy again"),
            ),
            Some(_) => {}
        }
    }
    for rule in RULES
        .iter()
        .filter(|r| r.jurisdiction == jurisdiction && r.kind == policy.doc_kind)
    {
        if policy.allow.iter().any(|a| a.rule == rule.id) {
            continue;
        }
        if let Outcome::Missing { key, hint } = (rule.check)(policy) {
            let (file, span) = resolved.locate(&dotted(key), Target::Key);
            let message = format!("{}: {} ({})", rule.id, rule.element, rule.citation);
            let d = if rule.confirmed {
                Diagnostic::error("legal", message)
            } else {
                Diagnostic::warning("legal", message)
            };
            let mut d = d.at(file, span).with_hint(format!(
                "{hint}; or, if it truly does not apply, silence it: `allow: [{{ rule: {}, reason: \"…\" }}]`",
                rule.id
            ));
            d.rule = Some(rule.id.to_string());
            d.key = Some(key.to_string());
            diags.push(d);
        }
    }
    diags
}

fn kebab(j: crate::model::Jurisdiction) -> String {
    match serde_json::to_value(j) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}
