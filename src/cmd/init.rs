//! `policypress init`: creates a new site that builds at once.

use super::args::JurisdictionArg;
use super::output::error;
use policypress::{t, tool_text};
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn run(dir: &Path, jurisdiction: JurisdictionArg, force: bool, quiet: bool) -> ExitCode {
    match policypress::scaffold::init(dir, jurisdiction.model(), force, tool_text::lang()) {
        Ok(files) => {
            if !quiet {
                for f in files {
                    say!("  {}", t!("cli-created", path = f.display().to_string()));
                }
                say!("{}", t!("cli-init-next", dir = dir.display().to_string()));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(e);
            ExitCode::from(1)
        }
    }
}
