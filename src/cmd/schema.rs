//! `policypress schema`: the JSON Schema of a kind of file.

use super::args::SchemaArg;
use super::output::emit;
use policypress::model::SchemaKind;
use policypress::tool_text;
use std::process::ExitCode;

pub(crate) fn run(kind: SchemaArg) -> ExitCode {
    let kind = match kind {
        SchemaArg::Policy => SchemaKind::Policy,
        SchemaArg::Partial => SchemaKind::Partial,
        SchemaArg::Site => SchemaKind::Site,
        SchemaArg::PolicyJson => SchemaKind::Document,
    };
    // The descriptions in the tool's language: an editor shows them.
    let schema = policypress::model::json_schema_in(kind, tool_text::lang());
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    emit(&format!("{text}\n"), ExitCode::SUCCESS)
}
