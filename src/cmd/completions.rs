//! `policypress completions`: a shell completion script.

use super::args::{Cli, ShellArg};
use super::help;
use super::output::emit;
use clap::CommandFactory;
use std::process::ExitCode;

pub(crate) fn run(shell: ShellArg) -> ExitCode {
    let shell = match shell {
        ShellArg::Bash => clap_complete::Shell::Bash,
        ShellArg::Zsh => clap_complete::Shell::Zsh,
        ShellArg::Fish => clap_complete::Shell::Fish,
    };
    // The help in the tool's language, as `--help` shows it (zsh and
    // fish show each option's help beside it).
    let mut cmd = help::command(Cli::command());
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "policypress", &mut out);
    emit(&String::from_utf8_lossy(&out), ExitCode::SUCCESS)
}
