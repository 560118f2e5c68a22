//! A value of a list that is a built-in term or the author's own.
//!
//! The built-in values (`ip-address`, `statistics`, `email`…) are worded in
//! the locale files and mapped to DPV terms; a body whose policy says
//! something they do not cover writes its own entry, with a bilingual label,
//! instead of pasting the sentence into a free section where no check, no
//! `policy.json` and no JSON-LD sees it:
//!
//! ```yaml
//! categories:
//!   - ip-address                      # built-in
//!   - id: screen-size                 # the author's own
//!     label: { en: the size of your screen, fr: la taille de votre écran }
//!     dpv: pd:DeviceBased             # optional, for the JSON-LD
//! ```
//!
//! An unknown bare value is still an error with its "did you mean": a typo
//! never becomes a silent custom term.

use super::values::{Ident, Text};
use schemars::JsonSchema;
use serde::de::{self, DeserializeOwned, Deserializer};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A built-in value `E`, or an entry of the author's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Entry<E> {
    /// A built-in value, worded by the locale files.
    Builtin(E),
    /// The author's own term.
    Custom(CustomTerm),
}

/// A term of the author's own, worded by its bilingual label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomTerm {
    /// Its identifier (kebab-case), unique in the list and not a built-in
    /// value's.
    pub id: Ident,
    /// How the page names it, in each language, as a list item ("the size
    /// of your screen"): written like the built-in labels, lower case, no
    /// final period.
    pub label: Text,
    /// A longer explanation, shown after the label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// A term of the W3C Data Privacy Vocabulary for the JSON-LD: a compact
    /// IRI (`dpv:`, `pd:`) or an `https` address. Left out, the JSON-LD
    /// gives it a policypress term under its own id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
}

impl<E> Entry<E> {
    /// The built-in value, when it is one.
    pub fn builtin(&self) -> Option<&E> {
        match self {
            Entry::Builtin(e) => Some(e),
            Entry::Custom(_) => None,
        }
    }

    /// The author's term, when it is one.
    pub fn custom(&self) -> Option<&CustomTerm> {
        match self {
            Entry::Builtin(_) => None,
            Entry::Custom(c) => Some(c),
        }
    }
}

impl<E: PartialEq> PartialEq<E> for Entry<E> {
    fn eq(&self, other: &E) -> bool {
        self.builtin() == Some(other)
    }
}

impl<'de, E: DeserializeOwned> Deserialize<'de> for Entry<E> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<E>(std::marker::PhantomData<E>);
        impl<'de, E: DeserializeOwned> de::Visitor<'de> for V<E> {
            type Value = Entry<E>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a built-in value, or a group with `id` and `label`")
            }
            fn visit_str<Er: de::Error>(self, v: &str) -> Result<Self::Value, Er> {
                // Read as the built-in value, so an unknown one gets the
                // built-in list and its closest value in the error.
                E::deserialize(de::value::StrDeserializer::<Er>::new(v)).map(Entry::Builtin)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                CustomTerm::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Entry::Custom)
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<E: JsonSchema> JsonSchema for Entry<E> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Owned(format!("Entry_{}", E::schema_name()))
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let builtin = g.subschema_for::<E>();
        let custom = g.subschema_for::<CustomTerm>();
        schemars::json_schema!({
            "description": "A built-in value, or a term of your own: `{ id, label: { en, fr } }` (with an optional `description` and `dpv` term).",
            "anyOf": [builtin, custom]
        })
    }
}

/// The id of a built-in value `E` that `id` names, if any (an author's term
/// may not reuse one: the page would word two things alike).
pub fn builtin_named<E: DeserializeOwned>(id: &str) -> Option<E> {
    E::deserialize(de::value::StrDeserializer::<de::value::Error>::new(id)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Channel;

    #[test]
    fn reads_a_builtin_value_or_an_authors_term() {
        let v: Vec<Entry<Channel>> = serde_yaml::from_str(
            "- email\n- id: chat\n  label: { en: through our chat, fr: au moyen de notre clavardage }\n",
        )
        .unwrap();
        assert_eq!(v[0], Channel::Email);
        let c = v[1].custom().unwrap();
        assert_eq!(c.id.as_str(), "chat");
        assert_eq!(c.label.fr, "au moyen de notre clavardage");
    }

    #[test]
    fn an_unknown_bare_value_is_still_an_error_listing_the_builtins() {
        let e = serde_yaml::from_str::<Vec<Entry<Channel>>>("- emial\n").unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("unknown variant `emial`"), "{msg}");
        assert!(msg.contains("`email`"), "{msg}");
        assert!(builtin_named::<Channel>("email").is_some());
        assert!(builtin_named::<Channel>("chat").is_none());
    }

    #[test]
    fn a_term_needs_its_label() {
        let e = serde_yaml::from_str::<Vec<Entry<Channel>>>("- id: chat\n").unwrap_err();
        assert!(e.to_string().contains("label"), "{e}");
    }
}
