//! `policypress serve`: the live preview (`policypress::serve`).

use super::output::{error, use_color};
use std::path::PathBuf;
use std::process::ExitCode;

pub(crate) fn run(
    root: PathBuf,
    port: u16,
    bind: String,
    open: bool,
    debounce_ms: u64,
    verbose: bool,
    quiet: bool,
) -> ExitCode {
    let options = policypress::serve::ServeOptions {
        root,
        bind,
        port,
        open,
        debounce: std::time::Duration::from_millis(debounce_ms),
        verbose,
        quiet,
        color: use_color(),
    };
    match policypress::serve::run(options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            error(e);
            ExitCode::from(1)
        }
    }
}
