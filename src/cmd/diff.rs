//! `policypress diff`: what changed between two versions of a policy.

use super::args::DiffFormat;
use super::output::{emit, error, print_human, summary};
use policypress::load::SiteLayout;
use policypress::t;
use std::process::ExitCode;

pub(crate) fn run(
    root: &std::path::Path,
    old: &str,
    new: Option<&std::path::Path>,
    rev: Option<&str>,
    format: DiffFormat,
) -> ExitCode {
    use policypress::diff;
    let layout = SiteLayout::new(root);
    let (old, new) = match diff::inputs(&layout, old, new, rev) {
        Ok(pair) => pair,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let loaded = diff::load(&layout, &old, &new);
    print_human(&loaded.diagnostics, &loaded.sources);
    let (Some((old, new)), Some(locales), false) = (
        &loaded.policies,
        &loaded.locales,
        loaded.diagnostics.has_errors(),
    ) else {
        say!(
            "{}",
            t!("cli-diff-stopped", summary = summary(&loaded.diagnostics))
        );
        return ExitCode::from(2);
    };
    let printed = diff::Summary::new(old, new, locales).and_then(|s| match format {
        DiffFormat::Text => s.text(locales),
        DiffFormat::Yaml => s.yaml(locales),
        DiffFormat::Json => s.json(),
    });
    match printed {
        Ok(text) => emit(&text, ExitCode::SUCCESS),
        Err(e) => {
            error(e);
            ExitCode::from(2)
        }
    }
}
