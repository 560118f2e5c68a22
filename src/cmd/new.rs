//! `policypress new`: writes a new policy or notice file to fill in.

use super::args::{JurisdictionArg, KindArg};
use super::output::error;
use policypress::{t, tool_text};
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn run(
    root: &Path,
    id: &str,
    extends: Option<&str>,
    jurisdiction: Option<JurisdictionArg>,
    full: bool,
    kind: KindArg,
    quiet: bool,
) -> ExitCode {
    let request = policypress::scaffold::NewPolicy {
        root,
        id,
        extends,
        jurisdiction: jurisdiction.map(JurisdictionArg::model),
        full,
        kind: match kind {
            KindArg::Policy => policypress::model::DocKind::Policy,
            KindArg::Notice => policypress::model::DocKind::Notice,
        },
        lang: tool_text::lang(),
    };
    match policypress::scaffold::new_policy(&request) {
        Ok(written) => {
            if !quiet {
                say!(
                    "  {}",
                    t!("cli-created", path = written.path.display().to_string())
                );
                if let Some(profile) = &written.default_profile {
                    say!("{}", t!("cli-new-extends", profile = profile.as_str()));
                }
                say!("{}", t!("cli-new-next"));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(e);
            ExitCode::from(1)
        }
    }
}
