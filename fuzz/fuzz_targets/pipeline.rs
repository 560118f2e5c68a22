//! YAML text → load (parse with spans) → resolve against the example site's
//! profiles → validate → lint → render both pages and the landing page →
//! diagnostics as text and JSON. Any panic, hang or runaway allocation is a
//! finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policypress::load::SiteLayout;
use policypress::probe::Probe;
use std::sync::OnceLock;

fn probe() -> &'static Probe {
    static PROBE: OnceLock<Probe> = OnceLock::new();
    PROBE.get_or_init(|| {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
        Probe::open(SiteLayout::new(root)).expect("the example site loads")
    })
}

fuzz_target!(|data: &[u8]| {
    // Non-UTF-8 files never reach the parser (the loader reports them).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let result = probe().run("fuzz", text).expect("`fuzz` is an identifier");
    // A policy renders only when it has no error, and an error is reported.
    if result.diagnostics.has_errors() {
        assert!(result.pages.is_empty());
        assert!(!result.report.is_empty());
    } else {
        assert!(result.pages.len() >= 2, "{}", result.report);
    }
});
