//! The fuzz targets' checks (see fuzz/), run in the normal suite on every
//! input that once failed them (fuzz/regressions/<target>/) and on the seed
//! corpus (fuzz/corpus/<target>/). A crash found by `cargo fuzz run` is
//! fixed in the library and its input saved under fuzz/regressions/.

mod common;
use common::*;
use policypress::load::SiteLayout;
use policypress::probe::{typography_case, Probe};
use policypress::render::markdown::{is_safe_url, to_html, TAGS};
use policypress::typography::apply;
use std::path::PathBuf;

/// Every input of a target: regressions first, then the seed corpus.
fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for dir in ["fuzz/regressions", "fuzz/corpus"] {
        let Ok(entries) = std::fs::read_dir(repo().join(dir).join(target)) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).unwrap();
            out.push((f, bytes));
        }
    }
    assert!(!out.is_empty(), "no input for {target}");
    out
}

#[test]
fn pipeline_inputs_load_check_and_render_without_panic() {
    let probe = Probe::open(SiteLayout::new(repo())).expect("the example site loads");
    for (path, bytes) in inputs("pipeline") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let r = probe.run("fuzz", text).unwrap();
        if r.diagnostics.has_errors() {
            assert!(r.pages.is_empty() && !r.report.is_empty(), "{path:?}");
        } else {
            assert!(r.pages.len() >= 2, "{path:?}: {}", r.report);
        }
    }
}

#[test]
fn markdown_inputs_give_only_markdown_tags_and_safe_links() {
    for (path, bytes) in inputs("markdown") {
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        let out = to_html(text);
        let doc = scraper::Html::parse_fragment(&out);
        for el in select(&doc, "*").into_iter().skip(1) {
            let name = el.value().name();
            assert!(TAGS.contains(&name), "{path:?}: <{name}> in {out}");
            for (attr, value) in el.value().attrs() {
                assert!(!attr.starts_with("on"), "{path:?}: {attr} in {out}");
                if attr == "href" || attr == "src" {
                    assert!(is_safe_url(value), "{path:?}: {attr}={value:?}");
                }
            }
        }
    }
}

#[test]
fn typography_inputs_are_rewritten_idempotently() {
    for (path, bytes) in inputs("typography") {
        let Some((html, lang, options)) = typography_case(&bytes) else {
            continue;
        };
        let once = apply(html, lang, &options);
        assert_eq!(apply(&once, lang, &options), once, "{path:?}");
    }
}
