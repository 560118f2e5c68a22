//! The `policypress` command line: a thin layer over the library's
//! pipeline (see `policypress::site`).
//!
//! Each command is a file of `cmd/`; this file reads the command line in
//! the tool's language and hands it over.

use clap::{CommandFactory, FromArgMatches};
use cmd::args::{lang_flag, Cli};
use cmd::help;
use policypress::tool_text;
use std::process::ExitCode;

/// `eprintln!` that does not panic when standard error is closed
/// (`policypress check 2>&1 | head -1`): a reader that stopped reading is
/// no reason to crash.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// A page build allocates and frees many small strings (Tera contexts,
/// Fluent arguments, Markdown events); mimalloc's thread-local free lists make
/// that about a quarter of the system allocator's cost (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod cmd;

fn main() -> ExitCode {
    let flag = lang_flag(std::env::args_os());
    tool_text::set_lang(tool_text::resolve_lang(flag, |name| {
        std::env::var(name).ok()
    }));
    // Parse errors are worded by `help::Errors`; `--help` and `--version`
    // come through here too, already written, and leave with status 0.
    let matches = match help::command(Cli::command()).try_get_matches() {
        Ok(m) => m,
        Err(e) => e.apply::<help::Errors>().exit(),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.apply::<help::Errors>().exit(),
    };
    // clap's reading of `--lang` is the reference from here on (the early
    // scan could take another option's value for it).
    if let Some(lang) = cli.lang {
        tool_text::set_lang(lang.model());
    }
    cmd::run(cli)
}
