//! One policy given as text, taken through the whole pipeline in memory.
//!
//! [`Probe`] loads a site once (settings, profiles, wording, theme) and then
//! runs any policy text through the same stages as `build` and `check`:
//! YAML parse with spans → resolve against the site's profiles → validate →
//! lint → render both pages and the landing page → diagnostics printed as
//! text and JSON. Nothing is read or written per call, so the fuzz targets
//! (see `fuzz/`) can run thousands of inputs a second, and each crash they
//! find becomes a one-line regression test (`tests/fuzz_regressions.rs`).

use crate::diagnostic::Diagnostics;
use crate::lint::freshness;
use crate::load::{self, NamedDoc, SiteLayout};
use crate::model::Ident;
use crate::render::{Page, PolicyPage};
use crate::site::{load_project, LoadOptions, Project};
use crate::source::{SourceFile, SourceMap};
use crate::{resolve, validate};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A loaded site, ready to take policies as text.
#[derive(Debug)]
pub struct Probe {
    project: Project,
    profiles: BTreeMap<String, NamedDoc>,
    sources: SourceMap,
}

/// What one policy text produced.
#[derive(Debug)]
pub struct ProbeResult {
    /// The English and French pages, then the landing page, sitemap and
    /// 404 page, when the policy had no error.
    pub pages: Vec<Page>,
    /// Every problem found.
    pub diagnostics: Diagnostics,
    /// The diagnostics as `check` prints them, then as JSON.
    pub report: String,
}

impl Probe {
    /// Loads the site at `layout`; it must have no errors.
    pub fn open(layout: SiteLayout) -> Result<Probe, String> {
        let loaded = load_project(layout, &LoadOptions::default());
        let project = loaded.project.ok_or_else(|| {
            format!(
                "the site has errors:\n{}",
                loaded.diagnostics.render_human(&loaded.sources, false)
            )
        })?;
        let mut sources = loaded.sources;
        let mut diags = Diagnostics::new();
        // Reading the profiles again into the same map keeps their file ids.
        let profiles = load::load_named(
            &project.layout,
            &mut sources,
            &mut diags,
            &project.layout.profiles_dir(),
            "profile",
            false,
            &|_| None,
        );
        Ok(Probe {
            project,
            profiles,
            sources,
        })
    }

    /// Runs `text` as the policy `id` through every stage. `id` must be an
    /// identifier (lower-case letters, digits, hyphens).
    pub fn run(&self, id: &str, text: &str) -> Result<ProbeResult, String> {
        let name = Ident::parse(id)?;
        let layout = &self.project.layout;
        let path = layout.policies_dir().join(format!("{id}.yaml"));
        let mut sources = self.sources.clone();
        let file = sources.add(SourceFile::new(
            layout.display(&path),
            &path,
            text.to_string(),
        ));
        let mut diagnostics = Diagnostics::new();
        let mut pages = Vec::new();
        match load::yaml::parse(file, sources.get(file)) {
            Err(ds) => ds.into_iter().for_each(|d| diagnostics.push(d)),
            Ok(doc) => {
                let named = NamedDoc {
                    name,
                    doc: Arc::new(doc),
                };
                match resolve::resolve(&named, &self.profiles) {
                    Err(d) => diagnostics.push(d),
                    Ok(resolved) => {
                        let (policy, d) = validate::policy(&resolved);
                        diagnostics.extend(d);
                        if let Some(policy) = policy {
                            diagnostics.extend(crate::lint::legal(&policy, &resolved));
                            diagnostics.extend(crate::lint::parity::markdown(&policy, &resolved));
                            diagnostics.extend(freshness::check_policy(
                                &self.project.lock,
                                self.project.config.source_language,
                                id,
                                &resolved,
                            ));
                            let page = PolicyPage {
                                slugs: validate::slugs(id, &policy),
                                id: id.to_string(),
                                policy,
                            };
                            if !diagnostics.has_errors() {
                                match self.project.renderer.render_policy(&page) {
                                    Ok(two) => pages.extend(two),
                                    Err(d) => diagnostics.push(d),
                                }
                                match self.project.renderer.render_site_pages(&[&page]) {
                                    Ok(site) => pages.extend(site),
                                    Err(d) => diagnostics.push(d),
                                }
                            }
                        }
                    }
                }
            }
        }
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
