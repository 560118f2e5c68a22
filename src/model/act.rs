//! The acts a document cites (`legal.acts`): a built-in act, worded and
//! linked by the locale files, or one of the author's own, with its name in
//! both languages and its address; and the places in it that matter, as
//! [`Cite`]s read under the act's drafting scheme.
//!
//! ```yaml
//! legal:
//!   acts:
//!     - act: ontario-fippa
//!       cite: ["38 (2)", "39 (2)"]
//!     - act:                               # an act of the author's own
//!         id: archives-act
//!         label: { en: Archives and Recordkeeping Act, fr: Loi sur les Archives publiques }
//!         url: https://www.ontario.ca/laws/statute/06a34
//!         drafting: ontario                # how it numbers its subdivisions
//!       cite: ["10"]
//! ```

use super::citation::{Cite, Drafting};
use super::values::{Ident, Localized, Text, Url};
use super::Jurisdiction;
use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// An act cited by the document, with the places in it that matter.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActCitation {
    /// Which act: a built-in one, or your own (`{ id, label, url, drafting }`).
    pub act: ActRef,
    /// The places cited, as the act numbers them: `"64"`, `"38 (2)"`,
    /// `"8(2)(a)"`, `"Part II"`, Québec `"65 (1)"` (paragraph 1°), or their
    /// parts by name (`{ section: 65, alinea: 2 }`). The page words each in
    /// its language ("subsection 38 (2)", « paragraphe 38 (2) »).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cite: Vec<Cite>,
}

impl ActCitation {
    /// How the act numbers its subdivisions: the built-in act's scheme, the
    /// author's `drafting`, else that of the document's jurisdiction (how
    /// its own acts are drafted; a formatting choice, never a statement).
    pub fn drafting(&self, jurisdiction: Option<Jurisdiction>) -> Drafting {
        match &self.act {
            ActRef::Builtin(a) => a.drafting(),
            ActRef::Custom(c) => c.drafting.unwrap_or(Drafting::of(jurisdiction)),
        }
    }
}

/// Acts policypress knows the names of in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Act {
    /// Québec: Act respecting Access to documents held by public bodies and
    /// the Protection of personal information (CQLR c. A-2.1).
    QuebecAccessAct,
    /// Québec: Regulation respecting the confidentiality policies of public
    /// bodies that collect personal information through technological means.
    QuebecConfidentialityRegulation,
    /// Ontario: Freedom of Information and Protection of Privacy Act.
    OntarioFippa,
    /// Ontario: Municipal Freedom of Information and Protection of Privacy Act.
    OntarioMfippa,
    /// Canada: Privacy Act.
    PrivacyAct,
    /// Canada: Personal Information Protection and Electronic Documents Act.
    Pipeda,
}

impl Act {
    /// How the act numbers its subdivisions.
    pub fn drafting(self) -> Drafting {
        match self {
            Act::QuebecAccessAct | Act::QuebecConfidentialityRegulation => Drafting::Quebec,
            Act::OntarioFippa | Act::OntarioMfippa => Drafting::Ontario,
            Act::PrivacyAct | Act::Pipeda => Drafting::Federal,
        }
    }
}

/// A built-in act, or one of the author's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActRef {
    /// A built-in act: named and linked by the locale files.
    Builtin(Act),
    /// An act of the author's own.
    Custom(CustomAct),
}

impl ActRef {
    /// The built-in act, when it is one.
    pub fn builtin(&self) -> Option<Act> {
        match self {
            ActRef::Builtin(a) => Some(*a),
            ActRef::Custom(_) => None,
        }
    }
}

impl PartialEq<Act> for ActRef {
    fn eq(&self, other: &Act) -> bool {
        self.builtin() == Some(*other)
    }
}

/// An act policypress does not know: its name in each language, its address
/// and how it numbers its subdivisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomAct {
    /// Its identifier (kebab-case), not a built-in act's.
    pub id: Ident,
    /// Its name in each language, as the page cites it (« Loi sur les
    /// archives »): its official title.
    pub label: Text,
    /// Where to read it: one address for both languages, or one each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Localized<Url>>,
    /// How it numbers its subdivisions (`federal`: 8(2)(a); `ontario`:
    /// 39 (2) (a); `quebec`: article 65, paragraphe 1°). Left out: as the
    /// acts of the document's jurisdiction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drafting: Option<Drafting>,
}

impl Serialize for ActRef {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            ActRef::Builtin(a) => a.serialize(s),
            ActRef::Custom(c) => c.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for ActRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor rather than `#[serde(untagged)]`, which would lose the
        // built-in list from an unknown act's error.
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = ActRef;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a built-in act, or your own `{ id, label: { en, fr }, url }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ActRef, E> {
                Act::deserialize(de::value::StrDeserializer::<E>::new(v)).map(ActRef::Builtin)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<ActRef, A::Error> {
                CustomAct::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(ActRef::Custom)
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for ActRef {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ActRef".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let builtin = g.subschema_for::<Act>();
        let custom = g.subschema_for::<CustomAct>();
        schemars::json_schema!({
            "description": "A built-in act, or an act of your own: `{ id, label: { en, fr }, url }` (with an optional `drafting`).",
            "anyOf": [builtin, custom]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_builtin_act_or_an_authors_own() {
        let v: Vec<ActCitation> = serde_yaml::from_str(
            "- act: ontario-fippa\n  cite: [\"38 (2)\"]\n- act:\n    id: archives\n    label: { en: Archives Act, fr: Loi sur les archives }\n    url: https://example.org/\n  cite: [\"10\"]\n",
        )
        .unwrap();
        assert_eq!(v[0].act, Act::OntarioFippa);
        assert_eq!(v[0].drafting(Some(Jurisdiction::Quebec)), Drafting::Ontario);
        let ActRef::Custom(c) = &v[1].act else {
            panic!("not custom")
        };
        assert_eq!(c.label.fr, "Loi sur les archives");
        // No drafting of its own: as the jurisdiction's acts.
        assert_eq!(v[1].drafting(Some(Jurisdiction::Quebec)), Drafting::Quebec);
        assert_eq!(
            v[1].drafting(Some(Jurisdiction::Ontario)),
            Drafting::Ontario
        );
    }

    #[test]
    fn an_unknown_act_lists_the_builtin_ones() {
        let e = serde_yaml::from_str::<ActCitation>("act: quebec-acces-act\n").unwrap_err();
        let text = e.to_string();
        assert!(text.contains("unknown variant"), "{text}");
        assert!(text.contains("quebec-access-act"), "{text}");
    }

    #[test]
    fn serializes_as_written() {
        let v: ActCitation = serde_yaml::from_str("act: pipeda\ncite: [\"5(3)\"]\n").unwrap();
        assert_eq!(
            serde_json::to_value(&v).unwrap(),
            serde_json::json!({"act": "pipeda", "cite": ["5(3)"]})
        );
    }
}
