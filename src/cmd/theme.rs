//! `policypress theme eject`: copies a built-in theme into the site.

use super::output::error;
use policypress::t;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn eject(root: &Path, name: &str, quiet: bool) -> ExitCode {
    match policypress::scaffold::eject_theme(root, name) {
        Ok(files) => {
            if !quiet {
                for f in &files {
                    say!("  {}", t!("cli-created", path = f.display().to_string()));
                }
                say!("{}", t!("cli-eject-next", name = name));
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            error(e);
            ExitCode::from(1)
        }
    }
}
