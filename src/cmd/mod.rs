//! The commands, one file each (as mdBook's `cmd/`): each reads its
//! arguments, calls the library and prints. `args.rs` is the command line's
//! structure, `help.rs` its words in the tool's language, `output.rs` what
//! every command prints through.

pub(crate) mod args;
mod build;
mod check;
mod completions;
mod diff;
pub(crate) mod help;
mod init;
mod new;
mod output;
mod rules;
mod schema;
mod serve;
mod theme;

use args::{Cli, Command, ThemeAction};
use std::process::ExitCode;

/// Runs the command `cli` names.
pub(crate) fn run(cli: Cli) -> ExitCode {
    output::set_color(cli.color);
    let quiet = cli.quiet;
    match cli.command {
        Command::Theme {
            action: ThemeAction::Eject { name, root },
        } => theme::eject(&root, &name, quiet),
        Command::New {
            id,
            extends,
            jurisdiction,
            root,
            full,
            kind,
        } => new::run(
            &root,
            &id,
            extends.as_deref(),
            jurisdiction,
            full,
            kind,
            quiet,
        ),
        Command::Init {
            dir,
            jurisdiction,
            force,
        } => init::run(&dir, jurisdiction, force, quiet),
        Command::Serve {
            root,
            port,
            bind,
            open,
            debounce_ms,
        } => serve::run(root, port, bind, open, debounce_ms, cli.verbose, quiet),
        Command::Diff {
            old,
            new,
            rev,
            root,
            format,
        } => diff::run(&root, &old, new.as_deref(), rev.as_deref(), format),
        Command::Completions { shell } => completions::run(shell),
        Command::Rules => rules::run(),
        Command::Schema { kind } => schema::run(kind),
        Command::Build {
            root,
            out,
            base_url,
            format,
            overwrite,
        } => build::run(&root, out, base_url, format, overwrite, cli.verbose, quiet),
        Command::Check {
            root,
            format,
            strict,
            base_url,
            accept,
        } => check::run(&root, format, strict, base_url, &accept, quiet),
    }
}
