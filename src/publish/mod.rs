//! Machine-readable publication: what a policy says, for programs.
//!
//! Beside its two pages, every policy is published as `policy.json` (a
//! [`PolicyDocument`], format 1, described by `schema/policy-json.schema.json`)
//! and each page carries a JSON-LD description using the W3C Data Privacy
//! Vocabulary ([`dpv`]). Both carry the policy's [`version`]: a short hash of
//! its resolved data, independent of how the YAML was written.
//!
//! Nothing here decides wording: the labels of enumerated values come from
//! the locale files (`locales/*/values.ftl`), keyed as the pages key them.

pub mod dpv;

use crate::l10n::Locales;
use crate::lint::freshness::hash_bytes;
use crate::model::{Bilingual, Date, Lang, Policy};
use crate::render::Page;
use schemars::JsonSchema;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// The shape version of `policy.json`. Raised only by a change that could
/// break a reader (a key removed, renamed or retyped); new keys keep it.
pub const FORMAT: u32 = 1;

/// File name of the machine-readable policy, written in each page's folder.
pub const FILE_NAME: &str = "policy.json";

/// File name of the machine-readable collection notice (the same format,
/// with `"kind": "notice"`), for form builders that render the notice
/// themselves.
pub const NOTICE_FILE_NAME: &str = "notice.json";

/// Number of hexadecimal digits of a version.
const VERSION_DIGITS: usize = 8;

/// The enumerations whose values are worded in `values.ftl`, with where they
/// sit in a policy (a JSON pointer into its serialized form) and the prefix
/// of their messages (`<prefix>-<value>`). Lists of objects name the key
/// that holds the value (`acts[].act`). The one table for `policy.json`
/// labels and for `policypress diff`.
pub const ENUM_FIELDS: &[EnumField] = &[
    EnumField::list("/automatic/categories/items", "auto-category"),
    EnumField::list("/automatic/purposes/items", "auto-purpose"),
    EnumField::list("/automatic/statistics", "statistic"),
    EnumField::list("/voluntary/categories", "voluntary-category"),
    EnumField::list("/voluntary/occasions", "occasion"),
    EnumField::list("/fields", "voluntary-category"),
    EnumField::list("/voluntary/channels", "channel"),
    EnumField::list("/voluntary/alternatives", "channel"),
    EnumField::list(
        "/voluntary/online_services/purposes",
        "identification-purpose",
    ),
    EnumField::list("/voluntary/newsletter/categories", "voluntary-category"),
    EnumField::list("/use/purposes/items", "voluntary-purpose"),
    EnumField::list("/use/never_for", "forbidden-use"),
    EnumField::list("/access/items", "access-group"),
    EnumField {
        pointer: "/recipients/items",
        prefix: "recipient-kind",
        key: Some("who"),
        scalar: false,
    },
    EnumField::list("/recipients/never", "recipient-kind"),
    EnumField {
        pointer: "/transfers",
        prefix: "destination",
        key: Some("to"),
        scalar: false,
    },
    EnumField::list("/security/measures", "security-measure"),
    EnumField::list("/links/other_sites", "linked-sites"),
    EnumField {
        pointer: "/cookies/items",
        prefix: "cookie-purpose",
        key: Some("purpose"),
        scalar: false,
    },
    EnumField {
        pointer: "/services",
        prefix: "service-role",
        key: Some("role"),
        scalar: false,
    },
    EnumField {
        pointer: "/services",
        prefix: "auto-category",
        key: Some("information/items"),
        scalar: false,
    },
    EnumField {
        pointer: "/services",
        prefix: "auto-purpose",
        key: Some("purposes/items"),
        scalar: false,
    },
    EnumField {
        pointer: "/legal/acts",
        prefix: "act",
        key: Some("act"),
        scalar: false,
    },
    EnumField {
        pointer: "/kind",
        prefix: "policy-kind",
        key: None,
        scalar: true,
    },
    EnumField {
        pointer: "/legal/oversight/body",
        prefix: "oversight",
        key: None,
        scalar: true,
    },
];

/// Where an enumeration sits in a policy and how its values are worded.
#[derive(Debug, Clone, Copy)]
pub struct EnumField {
    /// JSON pointer into the serialized policy.
    pub pointer: &'static str,
    /// Message prefix in `values.ftl`.
    pub prefix: &'static str,
    /// For a list of objects, the key holding the value, or the path to a
    /// list of values inside each object (`information/items`).
    pub key: Option<&'static str>,
    /// A single value rather than a list.
    pub scalar: bool,
}

impl EnumField {
    const fn list(pointer: &'static str, prefix: &'static str) -> EnumField {
        EnumField {
            pointer,
            prefix,
            key: None,
            scalar: false,
        }
    }

    /// The values of this field in `policy` (a serialized policy), in order.
    pub fn values(&self, policy: &Value) -> Vec<String> {
        let Some(v) = policy.pointer(self.pointer) else {
            return Vec::new();
        };
        let items: Vec<&Value> = if self.scalar {
            vec![v]
        } else {
            v.as_array().map(|a| a.iter().collect()).unwrap_or_default()
        };
        items
            .into_iter()
            .filter_map(|item| match self.key {
                Some(k) => item.pointer(&format!("/{k}")),
                None => Some(item),
            })
            .flat_map(|x| match x {
                Value::Array(values) => values.iter().collect(),
                one => vec![one],
            })
            .filter_map(builtin_id)
            .collect()
    }

    /// How `diff` names the list: its pointer, and the path inside each
    /// object when several lists sit in one list of objects
    /// (`/services#information/items`).
    pub fn list_id(&self) -> String {
        match self.key {
            Some(k) if k.contains('/') => format!("{}#{k}", self.pointer),
            _ => self.pointer.to_string(),
        }
    }
}

/// The built-in id of a list value: the value itself, or the `id` of a
/// built-in value written with a description (`{ id, description }`); an
/// author's own term (with its `label`) has none.
fn builtin_id(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) if !o.contains_key("label") => {
            o.get("id").and_then(Value::as_str).map(str::to_string)
        }
        _ => None,
    }
}

/// The policy as published: the validated model without what only
/// policypress reads (`allow`, the silenced lint rules; `extends` is never
/// serialized). Nothing is filled in: what the policy does not say, its
/// published data does not say either. This value is what [`version`]
/// hashes and what `policy.json` holds under `policy`.
pub fn resolved(policy: &Policy) -> Policy {
    let mut p = policy.clone();
    p.allow.clear();
    p
}

/// The version of a policy: the first eight hexadecimal digits of the
/// SHA-256 of the canonical JSON of its [`resolved`] data (keys sorted, no
/// whitespace). Reordering keys, reformatting the YAML, or writing a
/// default explicitly leaves it unchanged; changing any fact changes it.
pub fn version(policy: &Policy) -> String {
    Published::of(policy).map_or_else(|_| version_of(&Value::Null), |p| p.version)
}

/// What a policy publishes, computed once for both its pages and its
/// `policy.json`: its [`resolved`] data as JSON, and the [`version`] of it.
#[derive(Debug, Clone)]
pub struct Published {
    /// The [`resolved`] policy, serialized.
    pub value: Value,
    /// Its version.
    pub version: String,
}

impl Published {
    /// The published data of `policy`.
    pub fn of(policy: &Policy) -> Result<Published, String> {
        let value = serde_json::to_value(resolved(policy)).map_err(|e| e.to_string())?;
        let version = version_of(&value);
        Ok(Published { value, version })
    }
}

/// The version of an already serialized [`resolved`] policy.
pub fn version_of(value: &Value) -> String {
    let mut canonical = Vec::with_capacity(4096);
    write_canonical(value, &mut canonical);
    let mut h = hash_bytes(&canonical);
    h.truncate(VERSION_DIGITS);
    h
}

/// Writes `v` as JSON with object keys sorted and no whitespace, whatever
/// order the map keeps them in. Keys and scalars are written by serde_json
/// itself, exactly as `Value`'s `Display` writes them.
fn write_canonical(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push(b'{');
            for (i, (k, x)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                // Writing JSON into a `Vec` cannot fail.
                let _ = serde_json::to_writer(&mut *out, k);
                out.push(b':');
                write_canonical(x, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_canonical(x, out);
            }
            out.push(b']');
        }
        other => {
            let _ = serde_json::to_writer(&mut *out, other);
        }
    }
}

/// `policy.json`, format 1: a policy for programs. Texts are given in both
/// languages (`{ "en": …, "fr": … }`), enumerated values as their
/// language-neutral codes (`ip-address`), with their wording in `labels`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "PolicyDocument", deny_unknown_fields)]
pub struct PolicyDocument {
    /// The shape version of this document: 1.
    #[schemars(schema_with = "format_schema")]
    pub format: u32,
    /// The document id (the name of its file in `content/policies/` or
    /// `content/notices/`).
    pub id: String,
    /// `"notice"` for a collection notice (`notice.json`); absent for a
    /// policy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The version of the policy's content: eight hexadecimal digits of the
    /// SHA-256 of the canonical JSON (keys sorted, no whitespace) of `policy`.
    #[schemars(regex(pattern = r"^[0-9a-f]{8}$"))]
    pub version: String,
    /// Date the policy was last modified, when the policy gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<Date>,
    /// The address of each language's page.
    pub pages: Bilingual<String>,
    /// The policy after its profiles are merged in, with defaults applied
    /// (`legal.oversight`), in the shape of a policy file
    /// (`schema/policy.schema.json`) except that every value given "once for
    /// both languages" is written per language, and telephone numbers are
    /// split into their parts. `allow` (silenced lint rules) is left empty.
    pub policy: Policy,
    /// The wording of every enumerated value the policy uses, by
    /// enumeration (`auto-category`) then value (`ip-address`).
    pub labels: BTreeMap<String, BTreeMap<String, Bilingual<String>>>,
}

fn format_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "integer",
        "const": FORMAT,
        "description": "The shape version of this document: 1."
    })
}

impl PolicyDocument {
    /// The document of one policy, with `published` its published data
    /// ([`Published::of`]) and `pages` its pages' addresses.
    pub fn new(
        id: &str,
        policy: &Policy,
        published: &Published,
        pages: Bilingual<String>,
        locales: &Locales,
    ) -> Result<PolicyDocument, String> {
        let policy = resolved(policy);
        let value = &published.value;
        let mut labels: BTreeMap<String, BTreeMap<String, Bilingual<String>>> = BTreeMap::new();
        for field in ENUM_FIELDS {
            for v in field.values(value) {
                let id = format!("{}-{v}", field.prefix);
                let label = Bilingual {
                    en: locales.format(Lang::En, &id, &[])?,
                    fr: locales.format(Lang::Fr, &id, &[])?,
                };
                labels
                    .entry(field.prefix.to_string())
                    .or_default()
                    .insert(v, label);
            }
        }
        Ok(PolicyDocument {
            format: FORMAT,
            id: id.to_string(),
            kind: (policy.doc_kind == crate::model::DocKind::Notice).then(|| "notice".to_string()),
            version: published.version.clone(),
            updated: policy.updated,
            pages,
            policy,
            labels,
        })
    }

    /// The document as pretty-printed JSON, ending with a newline.
    pub fn to_json(&self) -> Result<String, String> {
        serde_json::to_string_pretty(self)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    }
}

/// The JSON Schema of `policy.json` (`policypress schema policy-json`).
pub fn document_schema() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(PolicyDocument)).unwrap_or_default();
    // A policy file writes a telephone number as text; policy.json gives its parts.
    if let Some(defs) = schema.get_mut("$defs").and_then(Value::as_object_mut) {
        // A list is written three ways in a policy file (`model::vocab::List`);
        // policy.json always writes it as `{ complete, items }`.
        for (name, def) in defs.iter_mut() {
            if !name.starts_with("List_") {
                continue;
            }
            let Some(items) = def.pointer("/anyOf/0").cloned() else {
                continue;
            };
            *def = serde_json::json!({
                "description": "A list, and whether it names everything (`complete`: the policy said `only:`).",
                "type": "object",
                "properties": {
                    "complete": { "type": "boolean" },
                    "items": items,
                },
                "required": ["complete", "items"],
                "additionalProperties": false,
            });
        }
        // What the build adds to a document from the other kind: a policy's
        // notices, a notice's policy (never written in a file).
        if let Some(props) = defs
            .get_mut("Policy")
            .and_then(|d| d.get_mut("properties"))
            .and_then(Value::as_object_mut)
        {
            let bilingual = serde_json::json!({
                "type": "object",
                "properties": { "en": { "type": "string" }, "fr": { "type": "string" } },
                "required": ["en", "fr"],
                "additionalProperties": false
            });
            props.insert(
                "notices".into(),
                serde_json::json!({
                    "description": "The collection notices that name this policy: each notice's id, its form's title and its pages.",
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": { "id": { "type": "string" }, "form": bilingual, "url": bilingual },
                        "required": ["id", "form", "url"],
                        "additionalProperties": false
                    }
                }),
            );
            props.insert(
                "policy_page".into(),
                serde_json::json!({
                    "description": "A notice: the privacy policy it names, its title and pages.",
                    "type": "object",
                    "properties": { "id": { "type": "string" }, "title": bilingual, "url": bilingual },
                    "required": ["id", "title", "url"],
                    "additionalProperties": false
                }),
            );
        }
        // Recipients are written three ways too; policy.json writes `"none"`
        // or `{ complete, items, never }`.
        if let Some(def) = defs.get_mut("Recipients") {
            let items = def.pointer("/anyOf/1").cloned().unwrap_or_default();
            let never = def
                .pointer("/anyOf/2/properties/never")
                .cloned()
                .unwrap_or_default();
            *def = serde_json::json!({
                "description": "Who outside the organization receives personal information: `\"none\"`, or the recipients (`complete`: the policy said `only:`) and who never receives it.",
                "anyOf": [
                    { "const": "none" },
                    {
                        "type": "object",
                        "properties": {
                            "complete": { "type": "boolean" },
                            "items": items,
                            "never": never,
                        },
                        "required": ["complete", "items", "never"],
                        "additionalProperties": false,
                    }
                ]
            });
        }
        defs.insert(
            "Phone".into(),
            serde_json::json!({
                "description": "A North American telephone number, in parts.",
                "type": "object",
                "properties": {
                    "long_distance": { "type": "boolean", "description": "Dialled with the leading 1 (toll-free numbers)." },
                    "area": { "type": "string", "pattern": "^[0-9]{3}$" },
                    "exchange": { "type": "string", "pattern": "^[0-9]{3}$" },
                    "line": { "type": "string", "pattern": "^[0-9]{4}$" },
                    "extension": { "type": ["string", "null"], "pattern": "^[0-9]+$" }
                },
                "required": ["long_distance", "area", "exchange", "line", "extension"],
                "additionalProperties": false
            }),
        );
    }
    schema
}

/// The `policy.json` files of a policy: the same document in the folder of
/// each language's page (`en/<slug>/policy.json`, `fr/<slug>/policy.json`).
pub fn json_pages(
    id: &str,
    policy: &Policy,
    published: &Published,
    slugs: &Bilingual<String>,
    urls: Bilingual<String>,
    locales: &Locales,
) -> Result<Vec<Page>, String> {
    let text = PolicyDocument::new(id, policy, published, urls, locales)?.to_json()?;
    let name = match policy.doc_kind {
        crate::model::DocKind::Policy => FILE_NAME,
        crate::model::DocKind::Notice => NOTICE_FILE_NAME,
    };
    Ok(Lang::ALL
        .iter()
        .map(|lang| Page {
            path: format!("{}/{}/{name}", lang.code(), slugs.get(*lang)),
            content: text.clone(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn canonical_json_sorts_keys_at_every_level() {
        let a = json!({"b": 1, "a": {"y": [1, {"q": 1, "p": 2}], "x": "é"}});
        let mut s = Vec::new();
        write_canonical(&a, &mut s);
        assert_eq!(
            String::from_utf8_lossy(&s),
            r#"{"a":{"x":"é","y":[1,{"p":2,"q":1}]},"b":1}"#
        );
        let b = json!({"a": {"x": "é", "y": [1, {"p": 2, "q": 1}]}, "b": 1});
        assert_eq!(version_of(&a), version_of(&b));
        assert_eq!(version_of(&a).len(), 8);
        assert_ne!(version_of(&a), version_of(&json!({"a": 1})));
    }

    #[test]
    fn enum_fields_read_lists_scalars_and_keyed_objects() {
        let p = json!({"kind": "privacy-policy", "legal": {"acts": [{"act": "pipeda", "sections": []}]}, "automatic": {"categories": {"complete": false, "items": ["ip-address", "browser"]}}});
        let get = |ptr: &str| {
            ENUM_FIELDS
                .iter()
                .find(|f| f.pointer == ptr)
                .map(|f| f.values(&p))
                .unwrap_or_default()
        };
        assert_eq!(
            get("/automatic/categories/items"),
            ["ip-address", "browser"]
        );
        assert_eq!(get("/legal/acts"), ["pipeda"]);
        let p = json!({"services": [
            {"role": "web-analytics", "information": {"complete": false, "items": ["age", {"id": "interests", "description": {}}, {"id": "mine", "label": {}}]}},
            {"role": {"id": "x", "label": {}}, "information": {"complete": true, "items": ["country"]}},
        ]});
        let values = |key: &str| {
            ENUM_FIELDS
                .iter()
                .find(|f| f.key == Some(key))
                .map(|f| f.values(&p))
                .unwrap_or_default()
        };
        assert_eq!(values("role"), ["web-analytics"]);
        assert_eq!(values("information/items"), ["age", "interests", "country"]);
        assert_eq!(get("/kind"), ["privacy-policy"]);
        assert!(get("/access/items").is_empty());
    }
}
