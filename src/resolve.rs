//! Stage 2, resolve: merge each policy with the profiles it extends.
//!
//! Merge rules (documented in `docs/data-format.md`):
//! - mappings merge key by key, the policy (or the nearer profile) wins;
//! - sequences are replaced as a whole, never appended;
//! - scalars are replaced.
//!
//! A profile may itself extend another; a profile that does not exist or a
//! cycle of profiles is an error pointing at the `extends` line. The result
//! remembers which files contributed, so a later error in a merged value can
//! still be shown in the file and line the author wrote it.

use crate::diagnostic::Diagnostic;
use crate::load::{NamedDoc, YamlDoc, YamlPath};
use crate::msg;
use crate::source::{FileId, Span};
use serde_yaml::Value;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A policy merged with its profiles.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The policy id (its file stem).
    pub id: String,
    /// The merged value.
    pub value: Value,
    /// The documents merged, the policy first, then each profile, nearest
    /// first.
    pub layers: Vec<Arc<YamlDoc>>,
    /// Names of the profiles merged, nearest first.
    pub profiles: Vec<String>,
    /// Keys the profiles give that the document does not inherit (a
    /// collection notice and what a profile says of the website): never
    /// located in a profile.
    pub not_inherited: Vec<YamlPath>,
}

/// Which part of a node a diagnostic should underline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The key (for missing or unknown keys).
    Key,
    /// The value (for wrong or invalid values).
    Value,
}

impl Resolved {
    /// The file and span where the node at `path` was written: the deepest
    /// part of the path found in any layer, the policy's own file first.
    pub fn locate(&self, path: &YamlPath, target: Target) -> (FileId, Span) {
        let mut p = path.clone();
        let hidden = |p: &YamlPath| {
            self.not_inherited
                .iter()
                .any(|h| p.0.len() >= h.0.len() && p.0[..h.0.len()] == h.0[..])
        };
        loop {
            for (i, layer) in self.layers.iter().enumerate() {
                if i > 0 && hidden(&p) {
                    continue;
                }
                if let Some(n) = layer.spans.get(&p) {
                    let span = match target {
                        Target::Value if p == *path => n.value,
                        _ => n.key.unwrap_or(n.value),
                    };
                    return (layer.file, span);
                }
            }
            if p.0.pop().is_none() {
                return (self.layers[0].file, Span::START);
            }
        }
    }
}

impl Resolved {
    /// Whether the document's own file (not a profile) writes `key`, a
    /// dotted path.
    pub fn writes(&self, key: &str) -> bool {
        self.layers.first().is_some_and(|d| {
            key.split('.')
                .try_fold(&d.value, |v, k| v.get(k))
                .is_some_and(|v| !v.is_null())
        })
    }

    /// This document without the `keys` (dotted paths) its profiles give
    /// and its own file does not write.
    pub fn without_inherited(&self, keys: &[&str]) -> Resolved {
        let mut out = self.clone();
        for key in keys {
            if self.writes(key) {
                continue;
            }
            let mut path: Vec<&str> = key.split('.').collect();
            let Some(last) = path.pop() else { continue };
            if let Some(Value::Mapping(m)) =
                path.iter().try_fold(&mut out.value, |v, k| v.get_mut(*k))
            {
                m.remove(last);
            }
            out.not_inherited
                .push(key.split('.').fold(YamlPath::root(), |p, k| p.key(k)));
        }
        out
    }
}

/// Merges `overlay` over `base`: mappings key by key, everything else
/// replaced.
pub fn merge(base: &mut Value, overlay: &Value) {
    match (base, overlay) {
        (Value::Mapping(b), Value::Mapping(o)) => {
            for (k, v) in o {
                match b.get_mut(k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

fn extends_of(doc: &YamlDoc) -> Option<&Value> {
    doc.value.as_mapping().and_then(|m| m.get("extends"))
}

/// Resolves `policy` against the site's `profiles`.
pub fn resolve(
    policy: &NamedDoc,
    profiles: &BTreeMap<String, NamedDoc>,
) -> Result<Resolved, Diagnostic> {
    let mut layers = vec![policy.doc.clone()];
    let mut names: Vec<String> = Vec::new();
    let mut current = policy.doc.clone();
    while let Some(ext) = extends_of(&current) {
        let at = current
            .spans
            .get(&YamlPath::root().key("extends"))
            .map(|n| n.value)
            .unwrap_or(Span::START);
        let Some(name) = ext.as_str() else {
            return Err(
                Diagnostic::error("wrong-type", msg!("resolve-extends-not-a-name"))
                    .at(current.file, at)
                    .with_hint(msg!("resolve-extends-not-a-name-hint")),
            );
        };
        let Some(profile) = profiles.get(name) else {
            let mut d = Diagnostic::error(
                "unknown-profile",
                msg!("resolve-unknown-profile", profile = name.to_string()),
            )
            .at(current.file, at);
            let known: Vec<&str> = profiles.keys().map(String::as_str).collect();
            d = match crate::suggest::closest(name, &known) {
                Some(s) => d.with_hint(msg!(
                    "resolve-unknown-profile-did-you-mean",
                    suggestion = s.to_string()
                )),
                None if known.is_empty() => d.with_hint(msg!("resolve-no-profiles")),
                None => d.with_hint(msg!("resolve-known-profiles", profiles = known.join(", "))),
            };
            return Err(d);
        };
        if names.iter().any(|n| n == name) {
            let mut chain = names.clone();
            chain.push(name.to_string());
            return Err(Diagnostic::error(
                "profile-cycle",
                msg!("resolve-profile-cycle", chain = chain.join(" → ")),
            )
            .at(current.file, at)
            .with_hint(msg!("resolve-profile-cycle-hint")));
        }
        if !(profile.doc.value.is_mapping() || profile.doc.value.is_null()) {
            // Reported in the profile's file (once, however many policies
            // extend it), not as keys missing from each policy.
            let at = profile
                .doc
                .spans
                .get(&YamlPath::root())
                .map(|n| n.value)
                .unwrap_or(Span::START);
            return Err(
                Diagnostic::error("wrong-type", msg!("resolve-profile-not-a-mapping"))
                    .at(profile.doc.file, at)
                    .with_hint(msg!("resolve-profile-not-a-mapping-hint")),
            );
        }
        names.push(name.to_string());
        layers.push(profile.doc.clone());
        current = profile.doc.clone();
    }
    // Merge from the farthest profile to the policy itself.
    let mut value = Value::Mapping(Default::default());
    for layer in layers.iter().rev() {
        merge(&mut value, &layer.value);
    }
    if let Value::Mapping(m) = &mut value {
        // `extends` is consumed here; the typed policy keeps the policy's own.
        match extends_of(&policy.doc) {
            Some(v) => {
                m.insert("extends".into(), v.clone());
            }
            None => {
                m.remove("extends");
            }
        }
    }
    Ok(Resolved {
        not_inherited: Vec::new(),
        id: policy.name.to_string(),
        value,
        layers,
        profiles: names,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(s: &str) -> Value {
        serde_yaml::from_str(s).unwrap()
    }

    #[test]
    fn maps_merge_and_lists_are_replaced() {
        let mut base = yaml("a: {x: 1, y: 2}\nl: [1, 2]\ns: base\n");
        merge(&mut base, &yaml("a: {y: 3, z: 4}\nl: [9]\n"));
        assert_eq!(base, yaml("a: {x: 1, y: 3, z: 4}\nl: [9]\ns: base\n"));
    }
}
