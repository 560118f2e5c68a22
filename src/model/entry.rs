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
use super::ValueError;
use crate::msg;
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
    /// A built-in value with the author's description after its label
    /// (`{ id: interests, description: { en, fr } }`): its label stays the
    /// locale files'.
    Described(Described<E>),
    /// The author's own term.
    Custom(CustomTerm),
}

/// A built-in value and the author's description of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Described<E> {
    /// The built-in value.
    pub id: E,
    /// Shown after the built-in label (": …" / « : … »).
    pub description: Text,
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
    /// The built-in value, when it is one (with or without a description).
    pub fn builtin(&self) -> Option<&E> {
        match self {
            Entry::Builtin(e) | Entry::Described(Described { id: e, .. }) => Some(e),
            Entry::Custom(_) => None,
        }
    }

    /// The author's term, when it is one.
    pub fn custom(&self) -> Option<&CustomTerm> {
        match self {
            Entry::Builtin(_) | Entry::Described(_) => None,
            Entry::Custom(c) => Some(c),
        }
    }

    /// The author's description, of a built-in value or of their own term.
    pub fn description(&self) -> Option<&Text> {
        match self {
            Entry::Builtin(_) => None,
            Entry::Described(d) => Some(&d.description),
            Entry::Custom(c) => c.description.as_ref(),
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
                /// Either spelling of a group: a term of one's own, or a
                /// built-in value with a description.
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Raw {
                    id: Ident,
                    #[serde(default)]
                    label: Option<Text>,
                    #[serde(default)]
                    description: Option<Text>,
                    #[serde(default)]
                    dpv: Option<String>,
                }
                let raw = Raw::deserialize(de::value::MapAccessDeserializer::new(map))?;
                match (raw.label, builtin_named::<E>(raw.id.as_str())) {
                    (Some(label), _) => Ok(Entry::Custom(CustomTerm {
                        id: raw.id,
                        label,
                        description: raw.description,
                        dpv: raw.dpv,
                    })),
                    (None, Some(id)) => match (raw.description, raw.dpv) {
                        (Some(description), None) => {
                            Ok(Entry::Described(Described { id, description }))
                        }
                        (_, Some(_)) => Err(ValueError::new(msg!(
                            "model-entry-builtin-dpv",
                            id = raw.id.to_string()
                        ))
                        .into_de()),
                        (None, None) => Err(ValueError::new(msg!(
                            "model-entry-builtin-group",
                            id = raw.id.to_string()
                        ))
                        .into_de()),
                    },
                    // Worded as serde's own "missing field `label`", which
                    // validation reads back as a `missing-key` (the rest of
                    // the sentence is for other readers of the error).
                    (None, None) => Err(de::Error::custom(format!(
                        "missing field `label`: `{}` is not a built-in value, so your own term needs its `label: {{ en: …, fr: … }}`",
                        raw.id
                    ))),
                }
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<E: JsonSchema> JsonSchema for Described<E> {
    // Inline in the `Entry` it belongs to: one shape per built-in list.
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Owned(format!("Described_{}", E::schema_name()))
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let id = g.subschema_for::<E>();
        let text = g.subschema_for::<Text>();
        schemars::json_schema!({
            "description": "A built-in value with your description after its label.",
            "type": "object",
            "properties": { "id": id, "description": text },
            "required": ["id", "description"],
            "additionalProperties": false
        })
    }
}

impl<E: JsonSchema> JsonSchema for Entry<E> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Owned(format!("Entry_{}", E::schema_name()))
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let builtin = g.subschema_for::<E>();
        let described = g.subschema_for::<Described<E>>();
        let custom = g.subschema_for::<CustomTerm>();
        schemars::json_schema!({
            "description": "A built-in value, a built-in value with your description (`{ id, description: { en, fr } }`), or a term of your own: `{ id, label: { en, fr } }` (with an optional `description` and `dpv` term).",
            "anyOf": [builtin, custom, described]
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

    #[test]
    fn a_builtin_value_may_carry_a_description() {
        let v: Vec<Entry<Channel>> = serde_yaml::from_str(
            "- id: email\n  description: { en: read every day, fr: lu chaque jour }\n",
        )
        .unwrap();
        assert_eq!(v[0], Channel::Email);
        assert_eq!(v[0].description().unwrap().en, "read every day");
        assert!(v[0].custom().is_none());
        let json = serde_json::to_value(&v[0]).unwrap();
        assert_eq!(json["id"], "email");
        assert!(serde_yaml::from_str::<Vec<Entry<Channel>>>("- id: email\n").is_err());
        assert!(serde_yaml::from_str::<Vec<Entry<Channel>>>(
            "- id: email\n  description: { en: a, fr: b }\n  dpv: pd:Email\n"
        )
        .is_err());
    }
}
