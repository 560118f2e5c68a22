//! Walking the model's JSON Schema ([`super::json_schema`]) as data: what a
//! key means, which values it accepts, in which order the fields of a
//! struct come, and a valid sample value for any node.
//!
//! `policypress new` writes its commented template from this walk, and the
//! placeholder check uses the samples to read the rest of a policy that
//! still holds `TODO` values, so both follow the types and cannot drift.

use super::SchemaKind;
use serde::de::{self, Deserializer, Visitor};
use serde_json::Value as J;
use serde_yaml::Value as Y;

/// What a schema node describes, after `$ref`s and `Option`s are looked
/// through.
#[derive(Debug, Clone)]
pub enum Shape<'a> {
    /// A struct (or `Bilingual`): its schema and `$defs` name.
    Object {
        /// The object's schema (with `properties`).
        node: &'a J,
        /// Its name in `$defs` (`Organization`, `Bilingual`…).
        name: Option<&'a str>,
    },
    /// A list of items.
    Array {
        /// The items' schema.
        items: &'a J,
    },
    /// One of fixed values, with each value's description when it has one.
    Enum(Vec<(String, Option<String>)>),
    /// A scalar: `string`, `boolean` or `integer`, with its `$defs` name
    /// for the checked strings (`Date`, `Url`…).
    Scalar {
        /// The JSON type.
        ty: String,
        /// Its name in `$defs`.
        name: Option<&'a str>,
        /// The definition's description (the format, e.g. `YYYY-MM-DD`).
        description: Option<&'a str>,
    },
    /// A map whose keys are one of fixed names (`prose`: section ids) and
    /// whose values all have one shape.
    Map {
        /// The allowed keys, in the schema's order.
        keys: Vec<&'a str>,
        /// The values' schema.
        values: &'a J,
    },
    /// Any of several shapes (e.g. one URL or one per language).
    Alt(Vec<Shape<'a>>, Option<&'a str>),
}

/// A JSON Schema of the model, with helpers to walk it.
#[derive(Debug, Clone)]
pub struct SchemaNav {
    root: J,
}

impl SchemaNav {
    /// The schema of a kind of file.
    pub fn new(kind: SchemaKind) -> Self {
        SchemaNav {
            root: super::json_schema(kind),
        }
    }

    /// The policy schema, built once.
    pub fn policy() -> &'static SchemaNav {
        static NAV: std::sync::OnceLock<SchemaNav> = std::sync::OnceLock::new();
        NAV.get_or_init(|| SchemaNav::new(SchemaKind::Policy))
    }

    /// The policy schema with its descriptions in `lang`
    /// ([`super::json_schema_in`]), built once per language: what
    /// `policypress new --full` explains each key with.
    pub fn policy_in(lang: crate::model::Lang) -> &'static SchemaNav {
        static EN: std::sync::OnceLock<SchemaNav> = std::sync::OnceLock::new();
        static FR: std::sync::OnceLock<SchemaNav> = std::sync::OnceLock::new();
        let cell = match lang {
            crate::model::Lang::En => &EN,
            crate::model::Lang::Fr => &FR,
        };
        cell.get_or_init(|| SchemaNav {
            root: super::json_schema_in(SchemaKind::Policy, lang),
        })
    }

    /// The document's root node.
    pub fn root(&self) -> &J {
        &self.root
    }

    fn def(&self, reference: &str) -> Option<(&J, &str)> {
        let name = reference.strip_prefix("#/$defs/")?;
        let (name, node) = self.root.get("$defs")?.as_object()?.get_key_value(name)?;
        Some((node, name.as_str()))
    }

    /// The shape of a node.
    pub fn shape<'a>(&'a self, node: &'a J) -> Shape<'a> {
        self.shape_named(node, None)
    }

    fn shape_named<'a>(&'a self, node: &'a J, name: Option<&'a str>) -> Shape<'a> {
        if let Some((target, n)) = node
            .get("$ref")
            .and_then(J::as_str)
            .and_then(|r| self.def(r))
        {
            return self.shape_named(target, Some(n));
        }
        // One fixed value (`none`, as an alternative of recipients).
        if let Some(c) = node.get("const").and_then(J::as_str) {
            return Shape::Enum(vec![(
                c.to_string(),
                node.get("description").and_then(J::as_str).map(one_line),
            )]);
        }
        let members = node
            .get("anyOf")
            .or_else(|| node.get("oneOf"))
            .and_then(J::as_array);
        if let Some(members) = members {
            if members.iter().all(|m| m.get("const").is_some()) {
                return Shape::Enum(
                    members
                        .iter()
                        .map(|m| {
                            (
                                m["const"].as_str().unwrap_or_default().to_string(),
                                m.get("description").and_then(J::as_str).map(one_line),
                            )
                        })
                        .collect(),
                );
            }
            // An open or complete list (`model::vocab::List`): a plain list,
            // `{ only: [...] }` or `{ including: [...] }`. Its plainest
            // spelling is the list itself; the description names the others.
            if let Some(items) = list_items(members) {
                return Shape::Array { items };
            }
            // A built-in value or the author's own term (`model::Entry`):
            // shown as the built-in values, the description telling of the
            // other spelling.
            // (`[builtin, custom, described]`: a built-in value may also be
            // written with a description of the author's.)
            if let [builtin, custom, ..] = members.as_slice() {
                let is_term = |m: &J| {
                    m.get("$ref")
                        .and_then(J::as_str)
                        .is_some_and(|r| r.ends_with("/CustomTerm"))
                };
                if is_term(custom) {
                    return self.shape_named(builtin, None);
                }
            }
            let mut alts: Vec<Shape> = members
                .iter()
                .filter(|m| m.get("type").and_then(J::as_str) != Some("null"))
                .map(|m| self.shape_named(m, None))
                .collect();
            return if alts.len() == 1 {
                alts.remove(0)
            } else {
                Shape::Alt(alts, node.get("description").and_then(J::as_str))
            };
        }
        // One word a key takes beside other shapes (`cookies: none`).
        if let Some(word) = node.get("const").and_then(J::as_str) {
            return Shape::Enum(vec![(
                word.to_string(),
                node.get("description").and_then(J::as_str).map(one_line),
            )]);
        }
        if let Some(values) = node.get("enum").and_then(J::as_array) {
            return Shape::Enum(
                values
                    .iter()
                    .filter_map(J::as_str)
                    .map(|s| (s.to_string(), None))
                    .collect(),
            );
        }
        let ty = match node.get("type") {
            Some(J::String(t)) => t.clone(),
            Some(J::Array(ts)) => ts
                .iter()
                .filter_map(J::as_str)
                .find(|t| *t != "null")
                .unwrap_or("string")
                .to_string(),
            _ if node.get("properties").is_some() => "object".into(),
            _ => "string".into(),
        };
        match ty.as_str() {
            "object" if node.get("properties").is_none() => {
                match node.get("additionalProperties") {
                    Some(values) if values.is_object() => Shape::Map {
                        keys: node
                            .pointer("/propertyNames/enum")
                            .and_then(J::as_array)
                            .map(|ks| ks.iter().filter_map(J::as_str).collect())
                            .unwrap_or_default(),
                        values,
                    },
                    _ => Shape::Object { node, name },
                }
            }
            "object" => Shape::Object { node, name },
            "array" => Shape::Array {
                items: node.get("items").unwrap_or(&J::Null),
            },
            _ => Shape::Scalar {
                ty,
                name,
                description: node.get("description").and_then(J::as_str),
            },
        }
    }

    /// The properties of an object, in the order of the struct's fields
    /// (the order serde reads them in), with whether each is required.
    pub fn properties<'a>(
        &'a self,
        object: &'a J,
        name: Option<&str>,
    ) -> Vec<(&'a str, &'a J, bool)> {
        let Some(props) = object.get("properties").and_then(J::as_object) else {
            return Vec::new();
        };
        let required: Vec<&str> = object
            .get("required")
            .and_then(J::as_array)
            .map(|r| r.iter().filter_map(J::as_str).collect())
            .unwrap_or_default();
        let order = name.and_then(field_order).unwrap_or(&[]);
        let mut keys: Vec<&str> = props.keys().map(String::as_str).collect();
        // Struct order first; anything the order does not know (never, a
        // unit test checks) after, alphabetically.
        keys.sort_by_key(|k| order.iter().position(|o| o == k).unwrap_or(usize::MAX));
        keys.into_iter()
            .map(|k| (k, &props[k], required.contains(&k)))
            .collect()
    }

    /// The schema node of the value at `path` in a document, choosing among
    /// alternatives the one that has the next step. `None` when the path
    /// leaves the model (an unknown key).
    pub fn node_at(&self, path: &crate::load::YamlPath) -> Option<Shape<'_>> {
        use crate::load::PathSeg;
        let mut shape = self.shape_named(&self.root, Some("Policy"));
        for seg in &path.0 {
            fn step<'a>(s: &Shape<'a>, seg: &PathSeg) -> Option<&'a J> {
                match (s, seg) {
                    (Shape::Object { node, .. }, PathSeg::Key(k)) => node.get("properties")?.get(k),
                    (Shape::Array { items }, PathSeg::Index(_)) => Some(*items),
                    (Shape::Map { values, .. }, PathSeg::Key(_)) => Some(*values),
                    _ => None,
                }
            }
            let next = match &shape {
                Shape::Alt(alts, _) => alts.iter().find_map(|a| step(a, seg)),
                s => step(s, seg),
            }?;
            shape = self.shape(next);
        }
        Some(shape)
    }

    /// A valid value for a shape: the first allowed value, `false`, an
    /// empty list, a well-formed address or date, or an object with its
    /// required keys. Used to read the rest of a document around a
    /// placeholder; never shown to readers.
    pub fn sample(&self, shape: &Shape<'_>) -> Y {
        match shape {
            Shape::Object { node, name } => {
                let mut m = serde_yaml::Mapping::new();
                for (k, v, required) in self.properties(node, *name) {
                    if required {
                        m.insert(Y::from(k), self.sample(&self.shape(v)));
                    }
                }
                Y::Mapping(m)
            }
            Shape::Array { .. } => Y::Sequence(Vec::new()),
            Shape::Map { .. } => Y::Mapping(serde_yaml::Mapping::new()),
            Shape::Enum(values) => values.first().map_or(Y::Null, |(v, _)| Y::from(v.as_str())),
            Shape::Scalar { ty, name, .. } => match (ty.as_str(), *name) {
                ("boolean", _) => Y::Bool(false),
                ("integer" | "number", _) => Y::from(0),
                (_, Some("Date")) => Y::from("2000-01-01"),
                (_, Some("Url")) => Y::from("https://example.org/"),
                (_, Some("Email")) => Y::from("name@example.org"),
                (_, Some("Phone")) => Y::from("418 643-1344"),
                (_, Some("PostalCode")) => Y::from("G1R 4Y2"),
                _ => Y::from("x"),
            },
            Shape::Alt(alts, _) => alts
                .iter()
                .find(|a| !matches!(a, Shape::Object { .. }))
                .or(alts.first())
                .map_or(Y::Null, |a| self.sample(a)),
        }
    }
}

/// A description on one line (doc comments wrap at 80 columns).
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records the field list serde's derived `Deserialize` passes to
/// `deserialize_struct`, then stops: the struct's fields in declaration
/// order, with renames applied.
struct FieldRecorder<'r>(&'r mut &'static [&'static str]);

impl<'de> Deserializer<'de> for FieldRecorder<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("recorded"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

fn fields_of<T: de::DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldRecorder(&mut fields));
    fields
}

macro_rules! orders {
    ($($t:ident),* $(,)?) => {
        /// The fields of the model's struct called `name` in `$defs`, in
        /// declaration order.
        pub fn field_order(name: &str) -> Option<&'static [&'static str]> {
            use super::cookies::*;
            use super::act::*;
            use super::citation::Citation;
            use super::entry::*;
            use super::policy::*;
            use super::site::*;
            use super::values::ContactForm;
            match name {
                $( stringify!($t) => Some(fields_of::<$t>()), )*
                _ => None,
            }
        }
    };
}

orders!(
    Policy,
    Organization,
    Address,
    Introduction,
    Collection,
    Legal,
    OversightStatement,
    ActCitation,
    SecurityMonitoringDetails,
    Bank,
    CustomAct,
    Citation,
    Automatic,
    CookieDetails,
    CookieItem,
    LifetimeDays,
    Refuse,
    OwnConsequence,
    Tracking,
    Service,
    InCountry,
    Link,
    Voluntary,
    OnlineServices,
    Newsletter,
    Use,
    Recipient,
    Transfer,
    Form,
    FieldDetail,
    RetentionStatement,
    Security,
    Rights,
    Exercise,
    Complaints,
    ContactForm,
    CustomTerm,
    Contact,
    Links,
    ExtraSection,
    SectionProse,
    Allow,
    HistoryEntry,
    SiteConfig,
    Typography,
    Branding,
    Logo,
    Colors,
    HeadMeta,
);

/// The items' schema of a [`crate::model::vocab::List`]'s three spellings
/// (a list, `{ only }`, `{ including }`), or `None` for other alternatives.
fn list_items(members: &[J]) -> Option<&J> {
    let [plain, a, b] = members else {
        return None;
    };
    let items = plain.get("items").filter(|_| plain["type"] == "array")?;
    let keyed = |m: &J, key: &str| m["properties"].get(key).is_some();
    (keyed(a, "only") && keyed(b, "including")).then_some(items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_struct_of_the_schema_has_its_field_order() {
        for kind in [SchemaKind::Policy, SchemaKind::Site] {
            let nav = SchemaNav::new(kind);
            let mut objects: Vec<(String, &J)> = nav.root["$defs"]
                .as_object()
                .unwrap()
                .iter()
                .filter(|(n, v)| v.get("properties").is_some() && !n.starts_with("Bilingual"))
                .map(|(n, v)| (n.clone(), v))
                .collect();
            let root_name = nav.root["title"].as_str().unwrap().to_string();
            objects.push((root_name, &nav.root));
            for (name, node) in objects {
                let order = field_order(&name).unwrap_or_else(|| panic!("add {name} to orders!"));
                let mut a: Vec<&str> = order.to_vec();
                let mut b: Vec<&str> = node["properties"]
                    .as_object()
                    .unwrap()
                    .keys()
                    .map(String::as_str)
                    .collect();
                a.sort();
                b.sort();
                assert_eq!(a, b, "{name}");
            }
        }
    }

    #[test]
    fn properties_follow_the_struct() {
        let nav = SchemaNav::policy();
        let keys: Vec<&str> = nav
            .properties(nav.root(), Some("Policy"))
            .iter()
            .map(|(k, _, _)| *k)
            .collect();
        assert_eq!(&keys[..4], &["extends", "kind", "jurisdiction", "title"]);
    }

    #[test]
    fn samples_of_the_whole_policy_read_back() {
        let nav = SchemaNav::policy();
        let v = nav.sample(&nav.shape_named(nav.root(), Some("Policy")));
        let p: Result<crate::model::Policy, _> = serde_yaml::from_value(v);
        assert!(p.is_ok(), "{p:?}");
    }
}
