//! The data model: typed, checked representations of the site's YAML.
//!
//! [`values`] holds the small value types (bilingual text, dates, URLs,
//! telephone numbers), [`policy`] the policy itself, [`site`] the site
//! settings, [`value_error`] what is wrong with a value that cannot be
//! read. [`vocab`] (open vocabularies: terms and complete or open
//! lists) and [`citation`] (citations of acts) are the value types of
//! document model 2, not yet read by [`policy`]. Reading YAML into these
//! types is the job of [`crate::validate`].

pub mod act;
pub mod citation;
pub mod cookies;
pub mod entry;
pub mod migrate;
pub mod policy;
pub mod schema_nav;
pub mod schema_text;
pub mod sections;
pub mod site;
pub mod value_error;
pub mod values;
pub mod vocab;

pub use act::{Act, ActCitation, ActRef, CustomAct};
pub use cookies::*;
pub use entry::{CustomTerm, Described, Entry};
pub use policy::*;
pub use schema_text::json_schema_in;
pub use site::*;
pub use value_error::ValueError;
pub use values::*;

/// Which file a JSON Schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// A complete policy (`content/policies/*.yaml` without `extends`).
    Policy,
    /// A profile, or a policy that extends one: any key may be left to the
    /// other files, so nothing is required.
    Partial,
    /// `content/site.yaml`.
    Site,
    /// `policy.json`, the machine-readable policy written by `build`.
    Document,
}

impl SchemaKind {
    /// Every kind, with the file name it is published under in `schema/`.
    pub const ALL: [(SchemaKind, &'static str); 4] = [
        (SchemaKind::Policy, "policy.schema.json"),
        (SchemaKind::Partial, "partial-policy.schema.json"),
        (SchemaKind::Site, "site.schema.json"),
        (SchemaKind::Document, "policy-json.schema.json"),
    ];
}

/// The JSON Schema of a kind of file, generated from the model's types so it
/// cannot drift from what `check` accepts. Editors use it through the
/// `# yaml-language-server: $schema=…` first line of each file.
pub fn json_schema(kind: SchemaKind) -> serde_json::Value {
    let mut schema = match kind {
        SchemaKind::Policy | SchemaKind::Partial => {
            serde_json::to_value(schemars::schema_for!(Policy))
        }
        SchemaKind::Site => serde_json::to_value(schemars::schema_for!(SiteConfig)),
        SchemaKind::Document => Ok(crate::publish::document_schema()),
    }
    .unwrap_or_default();
    if kind == SchemaKind::Partial {
        remove_required(&mut schema);
        if let Some(o) = schema.as_object_mut() {
            o.insert("title".into(), "PartialPolicy".into());
        }
    }
    schema
}

fn remove_required(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => {
            map.remove("required");
            map.values_mut().for_each(remove_required);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(remove_required),
        _ => {}
    }
}
