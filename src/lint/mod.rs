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
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::tool_text::Message;
use legal::{Outcome, RULES};

/// Every Markdown body of a policy, with where it is written and the id of
/// the section it is in: each free section's `body`, then the author's own
/// words in built-in sections (`prose.<id>.before`, `.instead`, `.after`).
pub(crate) fn markdown_bodies(policy: &Policy) -> Vec<(YamlPath, String, &crate::model::Markdown)> {
    let free = policy.sections.iter().enumerate().map(|(i, s)| {
        (
            YamlPath::root().key("sections").index(i).key("body"),
            s.id.to_string(),
            &s.body,
        )
    });
    let prose = policy.prose.iter().flat_map(|(id, words)| {
        words.texts().map(move |(place, text)| {
            (
                YamlPath::root().key("prose").key(id.as_str()).key(place),
                id.to_string(),
                text,
            )
        })
    });
    free.chain(prose).collect()
}

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
                    msg!(
                        "lint-rule-other-kind",
                        rule = r.id,
                        kind = legal::kind_code(r.kind),
                        document = legal::kind_code(policy.doc_kind)
                    ),
                )
                .at(file, span)
                .with_hint(msg!("lint-allow-remove-hint")),
            ),
            Some(r) if r.jurisdiction != jurisdiction => diags.push(
                Diagnostic::warning(
                    "rule-not-applicable",
                    msg!(
                        "lint-rule-other-jurisdiction",
                        rule = r.id,
                        jurisdiction = legal::jurisdiction_code(jurisdiction)
                    ),
                )
                .at(file, span)
                .with_hint(msg!("lint-allow-remove-hint")),
            ),
            Some(r) if (r.check)(policy) == Outcome::Satisfied => diags.push(
                Diagnostic::warning("allow-unneeded", msg!("lint-allow-unneeded", rule = r.id))
                    .at(file, span)
                    .with_hint(msg!("lint-allow-unneeded-hint")),
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
            let message = msg!(
                "lint-legal",
                rule = rule.id,
                element = rule.element(),
                citation = rule.citation()
            );
            let d = if rule.confirmed {
                Diagnostic::error("legal", message)
            } else {
                Diagnostic::warning("legal", message)
            };
            // `hint` names a message of diagnostics-lint.ftl (`msg_id!` in
            // the table of rules).
            let mut d = d.at(file, span).with_hint(msg!(
                "lint-legal-hint",
                hint = Message::new(hint),
                rule = rule.id
            ));
            d.rule = Some(rule.id.to_string());
            d.key = Some(key.to_string());
            diags.push(d);
        }
    }
    diags
}
