//! `policypress build`: every policy's English and French pages.

use super::args::{parse_base_url, Format};
use super::output::{emit, print_human, summary};
use policypress::load::SiteLayout;
use policypress::site::{self, LoadOptions};
use policypress::{t, tool_text};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

pub(crate) fn run(
    root: &Path,
    out: Option<PathBuf>,
    base_url: Option<String>,
    format: Format,
    overwrite: bool,
    verbose: bool,
    quiet: bool,
) -> ExitCode {
    let start = Instant::now();
    let base_url = match parse_base_url(base_url) {
        Ok(u) => u,
        Err(code) => return code,
    };
    let out = out.unwrap_or_else(|| root.join("public"));
    let outcome = site::stream::run(
        SiteLayout::new(root),
        &LoadOptions {
            base_url,
            preview: false,
        },
        Some(site::stream::Destination {
            dir: &out,
            overwrite,
        }),
    );
    if format == Format::Json {
        return json(&outcome, &out, start.elapsed().as_secs_f64());
    }
    print_human(&outcome.diagnostics, &outcome.sources);
    match outcome.written {
        Some(stats) => {
            if !quiet {
                say!(
                    "{}",
                    t!(
                        "cli-built",
                        policies = outcome.policies,
                        notices = outcome.notices,
                        pages = stats.pages,
                        out = out.display().to_string(),
                        seconds = tool_text::decimal(start.elapsed().as_secs_f64(), 2)
                    )
                );
            }
            if verbose {
                say!(
                    "  {}",
                    t!("cli-built-other-files", files = stats.other_files)
                );
            }
            ExitCode::SUCCESS
        }
        None => {
            say!(
                "{}",
                t!("cli-build-stopped", summary = summary(&outcome.diagnostics))
            );
            ExitCode::from(1)
        }
    }
}

/// `build --format json`: one JSON document on standard output (described
/// in docs/cli.md); nothing on standard error. Exits as the human form
/// does: 0 when the site was written, 1 when it was not.
fn json(outcome: &site::stream::Outcome, out: &std::path::Path, total: f64) -> ExitCode {
    let diags = &outcome.diagnostics;
    let written = outcome.written.as_ref();
    let t = &outcome.timings;
    let round = |s: f64| (s * 1000.0).round() / 1000.0;
    let doc = serde_json::json!({
        "format": 1,
        "ok": written.is_some(),
        "out": out.display().to_string(),
        "policies": outcome.policies,
        "notices": outcome.notices,
        "built": written.map_or_else(Vec::new, |w| {
            w.built
                .iter()
                .map(|(id, en, fr)| serde_json::json!({ "id": id, "pages": { "en": en, "fr": fr } }))
                .collect()
        }),
        "files": written.map(|w| serde_json::json!({
            "pages": w.pages,
            "other": w.other_files,
            "unchanged": w.unchanged,
        })),
        "kept": written.map_or_else(Vec::new, |w| w.kept.clone()),
        "timings": {
            "load": round(t.load),
            "policies": round(t.policies),
            "site": round(t.site),
            "write": round(t.write),
            "total": round(total),
        },
        "errors": diags.error_count(),
        "warnings": diags.warning_count(),
        "diagnostics": diags.to_json(&outcome.sources),
    });
    let code = if written.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    emit(&format!("{text}\n"), code)
}
