//! The descriptions of the JSON Schemas in the tool's language, so that an
//! editor's hover and completion speak French to a French author.
//!
//! The schemas are generated from the model's types ([`super::json_schema`]),
//! their `description`s from the types' doc comments. A pass over the
//! generated schema replaces each description by a message of the tool's
//! catalogs (`tool-locales/<lang>/schema.ftl`), English included, so the two
//! languages come from one place, side by side, and the doc comments remain
//! the code's documentation. The tests keep the English messages saying what
//! the doc comments say: a changed doc comment fails them until its message
//! follows, in English and in French.
//!
//! A message is named after where its description is, not after its words:
//!
//! - `schema-<Type>`: the description of a type (a `$defs` entry, or the
//!   document itself: `Policy`, `SiteConfig`, `PolicyDocument`);
//! - `schema-<Type>-<field>`: one of its fields (`schema-Organization-short_name`);
//! - `schema-<Type>-<value>`: one of the values an enumeration accepts
//!   (`schema-Jurisdiction-quebec`), or `-<n>` for the n-th alternative of
//!   a type that is not a fixed value.
//!
//! schemars names the instances of a generic type `Name_Param`
//! (`Entry_AccessGroup`, `List_Entry_Channel`) and a second type of the same
//! name `Name2` (`Bilingual2` is `Bilingual<Ident>`): each is folded into
//! `Name`, so one message serves every instance, which the instances share
//! word for word (a test checks that one id never stands for two texts).
//! The few types `policy.json` writes its own way ([`DOCUMENT_OWN`]) are
//! `schema-json-<Type>…` in its schema.

use super::SchemaKind;
use crate::model::Lang;
use serde_json::Value as J;

/// The types that `policy.json`'s schema defines its own way, under the
/// model's names (`crate::publish::document_schema`): their descriptions
/// are not the model's, so their messages are `schema-json-…`.
pub const DOCUMENT_OWN: [&str; 3] = ["List", "Phone", "Recipients"];

/// The schema of `kind` with its descriptions in `lang`.
pub fn json_schema_in(kind: SchemaKind, lang: Lang) -> J {
    let mut schema = super::json_schema(kind);
    each_description(&mut schema, kind, &mut |id, _, text| {
        // A description without a message keeps the doc comment's English
        // (the tests make sure there is none).
        if crate::tool_text::has(Lang::En, id) {
            *text = crate::tool_text::text_in(lang, id, &[]);
        }
    });
    schema
}

/// Every description of the schema of `kind` as the doc comments give it:
/// (message id, JSON pointer, text).
pub fn descriptions(kind: SchemaKind) -> Vec<(String, String, String)> {
    let mut schema = super::json_schema(kind);
    let mut out = Vec::new();
    each_description(&mut schema, kind, &mut |id, pointer, text| {
        out.push((id.to_string(), pointer.to_string(), text.clone()));
    });
    out
}

/// The name of the document itself in message ids.
fn root_name(kind: SchemaKind) -> &'static str {
    match kind {
        // A partial policy is a policy with nothing required: the same
        // descriptions.
        SchemaKind::Policy | SchemaKind::Partial => "Policy",
        SchemaKind::Site => "SiteConfig",
        SchemaKind::Document => "PolicyDocument",
    }
}

/// A `$defs` name as message ids name it: a generic type's instances and
/// schemars' numbered homonyms folded into the type
/// (`List_Entry_Channel` → `List`, `Bilingual2` → `Bilingual`).
fn type_name(def: &str) -> &str {
    let base = def.split('_').next().unwrap_or(def);
    base.trim_end_matches(|c: char| c.is_ascii_digit())
}

/// One part of a message id: what Fluent accepts in an identifier.
fn id_part(part: &str) -> String {
    part.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// What is called with each description: its message id, its JSON
/// pointer and its text.
type Each<'a> = dyn FnMut(&str, &str, &mut String) + 'a;

/// Calls `f` with every description of `schema` (the document's and those
/// of its `$defs`).
fn each_description(schema: &mut J, kind: SchemaKind, f: &mut Each) {
    if let Some(J::Object(defs)) = schema.get_mut("$defs") {
        for (name, def) in defs.iter_mut() {
            let ty = type_name(name);
            let owner = if kind == SchemaKind::Document && DOCUMENT_OWN.contains(&ty) {
                format!("json-{ty}")
            } else {
                ty.to_string()
            };
            let id = format!("schema-{}", id_part(&owner));
            visit(def, &id, &format!("/$defs/{}", pointer_part(name)), f);
        }
    }
    visit(schema, &format!("schema-{}", root_name(kind)), "", f);
}

/// A key as a JSON pointer writes it (RFC 6901).
fn pointer_part(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The descriptions of `node` (named `id`, at `pointer`) and of what it
/// holds, except `$defs`, which [`each_description`] visits.
fn visit(node: &mut J, id: &str, pointer: &str, f: &mut Each) {
    let J::Object(map) = node else {
        return;
    };
    if let Some(J::String(text)) = map.get_mut("description") {
        f(id, &format!("{pointer}/description"), text);
    }
    for (key, value) in map.iter_mut() {
        let at = format!("{pointer}/{}", pointer_part(key));
        match (key.as_str(), value) {
            ("description" | "$defs", _) => {}
            // Subschemas by name. (Not `default` or `examples`: those are
            // values, whose `description` key is data.)
            ("properties" | "patternProperties", J::Object(fields)) => {
                for (field, schema) in fields.iter_mut() {
                    let at = format!("{at}/{}", pointer_part(field));
                    visit(schema, &format!("{id}-{}", id_part(field)), &at, f);
                }
            }
            ("anyOf" | "oneOf" | "allOf" | "prefixItems", J::Array(members)) => {
                for (i, member) in members.iter_mut().enumerate() {
                    // A fixed value is named by itself, any other
                    // alternative by its place.
                    let part = match member.get("const").and_then(J::as_str) {
                        Some(value) => id_part(value),
                        None => i.to_string(),
                    };
                    visit(member, &format!("{id}-{part}"), &format!("{at}/{i}"), f);
                }
            }
            (
                other @ ("items"
                | "additionalProperties"
                | "contains"
                | "propertyNames"
                | "not"
                | "if"
                | "then"
                | "else"),
                value @ J::Object(_),
            ) => {
                visit(value, &format!("{id}-{}", id_part(other)), &at, f);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// `text` as the value of a Fluent message, for the catalog: braces
    /// escaped, several lines indented under the id.
    fn ftl_entry(id: &str, text: &str) -> String {
        let escape = |line: &str| -> String {
            let mut out = String::new();
            for c in line.chars() {
                match c {
                    '{' => out.push_str("{ \"{\" }"),
                    '}' => out.push_str("{ \"}\" }"),
                    c => out.push(c),
                }
            }
            out
        };
        if !text.contains('\n') {
            return format!("{id} = {}\n", escape(text));
        }
        let mut out = format!("{id} =\n");
        for line in text.lines() {
            if line.is_empty() {
                out.push('\n');
                continue;
            }
            let mut line = escape(line);
            // A line may not start with what Fluent reads as syntax.
            if let Some(c) = line.chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
                line = format!("{{ \"{c}\" }}{}", &line[1..]);
            }
            out.push_str(&format!("    {line}\n"));
        }
        out
    }

    /// Every description of every schema: id → (text, where).
    fn all() -> BTreeMap<String, Vec<(String, String)>> {
        let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for (kind, file) in SchemaKind::ALL {
            for (id, pointer, text) in descriptions(kind) {
                out.entry(id)
                    .or_default()
                    .push((text, format!("{file}#{pointer}")));
            }
        }
        out
    }

    #[test]
    fn one_id_never_stands_for_two_texts() {
        for (id, places) in all() {
            let texts: BTreeSet<&String> = places.iter().map(|(t, _)| t).collect();
            assert!(
                texts.len() == 1,
                "`{id}` names different descriptions (give one of them its own id): {places:#?}"
            );
        }
    }

    #[test]
    fn every_description_has_its_message_in_both_languages_and_every_message_is_used() {
        let all = all();
        assert!(all.len() > 300, "{} descriptions", all.len());
        let mut missing = String::new();
        for (id, places) in &all {
            if !crate::tool_text::has(Lang::En, id) || !crate::tool_text::has(Lang::Fr, id) {
                missing.push_str(&ftl_entry(id, &places[0].0));
            }
        }
        assert!(
            missing.is_empty(),
            "descriptions without a message in tool-locales/en/schema.ftl and \
             tool-locales/fr/schema.ftl (the English, to add to both and translate):\n{missing}"
        );
        let mut unused = Vec::new();
        for (_, text) in crate::tool_text::catalog_files(Lang::En) {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id.starts_with("schema-") && !all.contains_key(id) {
                        unused.push(id.to_string());
                    }
                }
            }
        }
        assert!(
            unused.is_empty(),
            "messages no description uses: {unused:?}"
        );
    }

    #[test]
    fn the_english_messages_say_what_the_doc_comments_say() {
        let mut stale = String::new();
        for (id, places) in all() {
            let doc = &places[0].0;
            if crate::tool_text::has(Lang::En, &id)
                && crate::tool_text::text_in(Lang::En, &id, &[]) != *doc
            {
                stale.push_str(&ftl_entry(&id, doc));
            }
        }
        assert!(
            stale.is_empty(),
            "these doc comments changed: update their messages in tool-locales/en/schema.ftl \
             (as below) and in tool-locales/fr/schema.ftl:\n{stale}"
        );
        // So the English schemas are what they were before the catalogs.
        for (kind, file) in SchemaKind::ALL {
            assert_eq!(
                json_schema_in(kind, Lang::En),
                super::super::json_schema(kind),
                "{file}"
            );
        }
    }

    #[test]
    fn the_french_schemas_are_french() {
        for (id, _) in all() {
            let en = crate::tool_text::text_in(Lang::En, &id, &[]);
            let fr = crate::tool_text::text_in(Lang::Fr, &id, &[]);
            assert_ne!(en, fr, "`{id}` is not translated");
        }
        let schema = json_schema_in(SchemaKind::Policy, Lang::Fr);
        let org = &schema["$defs"]["Organization"]["properties"]["short_name"]["description"];
        assert!(org.as_str().is_some_and(|d| d.contains("nom")), "{org}");
    }

    #[test]
    fn ids_follow_the_types_and_fields() {
        assert_eq!(type_name("List_Entry_Channel"), "List");
        assert_eq!(type_name("Bilingual2"), "Bilingual");
        assert_eq!(type_name("Organization"), "Organization");
        let ids: BTreeSet<String> = descriptions(SchemaKind::Policy)
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        for id in [
            "schema-Policy",
            "schema-Policy-organization",
            "schema-Organization-short_name",
            "schema-Jurisdiction-quebec",
            "schema-Bilingual-en",
        ] {
            assert!(ids.contains(id), "{id} in {ids:?}");
        }
        let json: BTreeSet<String> = descriptions(SchemaKind::Document)
            .into_iter()
            .map(|(id, _, _)| id)
            .collect();
        assert!(json.contains("schema-json-Phone"), "{json:?}");
        assert!(ftl_entry("x", "a {b}\n.c").contains("{ \"{\" }b{ \"}\" }\n    { \".\" }c"));
    }
}
