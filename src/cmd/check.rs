//! `policypress check`: every stage, rendering included, without writing;
//! with `--accept`, records reviewed translations first.

use super::args::{parse_base_url, Format};
use super::output::{emit, error, print_human, summary};
use policypress::load::SiteLayout;
use policypress::site::{self, LoadOptions};
use policypress::t;
use std::path::Path;
use std::process::ExitCode;

pub(crate) fn run(
    root: &Path,
    format: Format,
    strict: bool,
    base_url: Option<String>,
    accept: &[String],
    quiet: bool,
) -> ExitCode {
    let load = match parse_base_url(base_url) {
        Ok(base_url) => LoadOptions {
            base_url,
            preview: false,
        },
        Err(code) => return code,
    };
    // Every stage, rendering included (so template and wording
    // errors show too), without writing; with `--accept`, after recording
    // the review, on the same load.
    let loaded = if accept.is_empty() {
        site::stream::run(SiteLayout::new(root), &load, None)
    } else {
        match site::accept_and_check(SiteLayout::new(root), &load, accept) {
            site::Accepted::FixFirst(loaded) => {
                print_human(&loaded.diagnostics, &loaded.sources);
                say!("{}", t!("cli-accept-fix-first"));
                return ExitCode::from(1);
            }
            site::Accepted::Failed(e) => {
                error(e);
                return ExitCode::from(2);
            }
            site::Accepted::Checked { counts, outcome } => {
                if !quiet {
                    for (what, n) in accept.iter().zip(counts) {
                        say!(
                            "{}",
                            t!("cli-accept-recorded", texts = n, what = what.as_str())
                        );
                    }
                }
                outcome
            }
        }
    };
    let diags = loaded.diagnostics;
    let failed = diags.has_errors() || (strict && diags.warning_count() > 0);
    let code = if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    };
    match format {
        Format::Json => {
            let doc = serde_json::json!({
                "format": 1,
                "errors": diags.error_count(),
                "warnings": diags.warning_count(),
                "diagnostics": diags.to_json(&loaded.sources),
            });
            let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
            emit(&format!("{text}\n"), code)
        }
        Format::Human => {
            print_human(&diags, &loaded.sources);
            if !quiet || failed {
                let line = if failed {
                    t!("cli-check-failed", summary = summary(&diags))
                } else {
                    t!("cli-check-passed", summary = summary(&diags))
                };
                say!("{line}");
            }
            code
        }
    }
}
