//! `policypress rules`: the legal rules checked for each jurisdiction.

use super::output::emit;
use policypress::tool_text;
use std::process::ExitCode;

pub(crate) fn run() -> ExitCode {
    emit(
        &policypress::lint::legal::rules_markdown(tool_text::lang()),
        ExitCode::SUCCESS,
    )
}
