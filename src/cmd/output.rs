//! What every command prints through: diagnostics, standard output that a
//! closed pipe does not crash, the summary line, the command line's own
//! errors, and whether to color.

use super::args::ColorArg;
use policypress::diagnostic::Diagnostics;
use policypress::source::SourceMap;
use policypress::t;
use std::io::IsTerminal;
use std::io::Write;
use std::process::ExitCode;

/// `--color`: 0 auto, 1 always, 2 never (set once by [`set_color`]).
static COLOR: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Records `--color` for [`use_color`].
pub(crate) fn set_color(color: ColorArg) {
    let color = match color {
        ColorArg::Auto => 0,
        ColorArg::Always => 1,
        ColorArg::Never => 2,
    };
    COLOR.store(color, std::sync::atomic::Ordering::Relaxed);
}

/// Whether to color what goes to standard error: `--color always` or
/// `never` say; `auto` colors a terminal unless NO_COLOR is set (and not
/// empty), as https://no-color.org asks.
pub(crate) fn use_color() -> bool {
    match COLOR.load(std::sync::atomic::Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

pub(crate) fn print_human(diags: &Diagnostics, sources: &SourceMap) {
    if !diags.is_empty() {
        let text = diags.render_human(sources, use_color());
        // Like `emit`: a reader that stopped reading is no reason to crash.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// Writes `text` to standard output. A reader that stopped reading
/// (`| head`) is not an error; any other failure is reported, and turns
/// `code` into a failure.
pub(crate) fn emit(text: &str, code: ExitCode) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            say!("{}", t!("cli-error-stdout", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// "2 errors, 1 warning" in the tool's language.
pub(crate) fn summary(diags: &Diagnostics) -> String {
    t!(
        "cli-summary",
        errors = diags.error_count(),
        warnings = diags.warning_count()
    )
}

/// An error of the command line itself (not a diagnostic of the site).
pub(crate) fn error(message: impl std::fmt::Display) {
    say!("{}", t!("cli-error", message = message.to_string()));
}
