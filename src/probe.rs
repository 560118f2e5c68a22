//! One policy given as text, taken through the whole pipeline in memory.
//!
//! [`Probe`] loads a site once (settings, profiles, wording, theme) and then
//! runs any policy text through the same stages as `build` and `check`:
//! YAML parse with spans → resolve against the site's profiles → validate →
//! lint → render both pages, `policy.json` and the landing page → diagnostics printed as
//! text and JSON. Nothing is read or written per call, so the fuzz targets
//! (see `fuzz/`) can run thousands of inputs a second, and each crash they
//! find becomes a one-line regression test (`tests/fuzz_regressions.rs`).

use crate::diagnostic::Diagnostics;
use crate::load::{self, NamedDoc, SiteLayout};
use crate::model::Ident;
use crate::render::{Listing, Page};
use crate::site::{Base, LoadOptions};
use crate::source::{SourceFile, SourceMap, SourceView};
use std::sync::Arc;

/// A loaded site, ready to take policies as text.
#[derive(Debug)]
pub struct Probe {
    base: Base,
}

/// What one policy text produced.
#[derive(Debug)]
pub struct ProbeResult {
    /// The English and French pages, the `policy.json` files, then the
    /// landing page, sitemap and 404 page, when the policy had no error.
    pub pages: Vec<Page>,
    /// Every problem found.
    pub diagnostics: Diagnostics,
    /// The diagnostics as `check` prints them, then as JSON.
    pub report: String,
}

impl Probe {
    /// Loads the site at `layout`; it must have no errors.
    pub fn open(layout: SiteLayout) -> Result<Probe, String> {
        let base = Base::load(layout, &LoadOptions::default(), false);
        if base.site_diags.has_errors() || base.renderer.is_none() {
            let mut diags = base.site_diags.clone();
            diags.sort(&base.sources);
            return Err(format!(
                "the site has errors:\n{}",
                diags.render_human(&base.sources, false)
            ));
        }
        Ok(Probe { base })
    }

    /// Runs `text` as the policy `id` through every stage (the same
    /// functions `build` and `check` run). `id` must be an identifier
    /// (lower-case letters, digits, hyphens).
    pub fn run(&self, id: &str, text: &str) -> Result<ProbeResult, String> {
        let name = Ident::parse(id)?;
        let layout = &self.base.layout;
        let path = layout.policies_dir().join(format!("{id}.yaml"));
        let mut sources: SourceMap = self.base.sources.clone();
        let file = sources.reserve(layout.display(&path), &path);
        let source = SourceFile::new(layout.display(&path), &path, text.to_string());
        let mut diagnostics = Diagnostics::new();
        let mut pages = Vec::new();
        match load::yaml::parse(file, &source).and_then(load::yaml::YamlDoc::strict) {
            Err(ds) => ds.into_iter().for_each(|d| diagnostics.push(d)),
            Ok(doc) => {
                let named = NamedDoc {
                    name,
                    doc: Arc::new(doc),
                };
                let check = self.base.env().check(
                    id,
                    crate::model::DocKind::Policy,
                    &named,
                    SourceView::with(&sources, file, &source),
                    None,
                );
                diagnostics.extend(check.diags);
                if let (Some(entry), Some(renderer), false) = (
                    check.entry,
                    self.base.renderer.as_deref(),
                    diagnostics.has_errors(),
                ) {
                    match crate::site::policy_files(renderer, &entry.page) {
                        Ok(files) => pages.extend(
                            files
                                .pages
                                .into_iter()
                                .chain(files.fragments)
                                .chain(files.json),
                        ),
                        Err(d) => diagnostics.push(d),
                    }
                    match renderer.render_site_pages(&[Listing::of(&entry.page)]) {
                        Ok(site) => pages.extend(site),
                        Err(d) => diagnostics.push(d),
                    }
                }
            }
        }
        sources.add(source);
        diagnostics.sort(&sources);
        let mut report = diagnostics.render_human(&sources, false);
        let json = serde_json::to_string(&diagnostics.to_json(&sources))
            .map_err(|e| format!("diagnostics as JSON: {e}"))?;
        report.push_str(&json);
        Ok(ProbeResult {
            pages,
            diagnostics,
            report,
        })
    }
}

/// How the `typography` fuzz target reads its input, shared with the test
/// that replays what it found: the first byte chooses the language (bit 0:
/// English) and the options (bit 1: narrow no-break spaces), the rest is the
/// HTML. `None` when the input is empty or not UTF-8.
pub fn typography_case(
    bytes: &[u8],
) -> Option<(&str, crate::model::Lang, crate::typography::Options)> {
    let (&mode, rest) = bytes.split_first()?;
    let html = std::str::from_utf8(rest).ok()?;
    let lang = if mode & 1 == 0 {
        crate::model::Lang::Fr
    } else {
        crate::model::Lang::En
    };
    let options = crate::typography::Options {
        narrow_nbsp_before_punct: mode & 2 != 0,
    };
    Some((html, lang, options))
}
