//! The pipeline, driven for the commands.
//!
//! [`load_project`] runs load → resolve → validate and prepares the
//! renderer (locales, theme); [`build`] renders and writes. `check` runs the
//! first and renders without writing; `serve` runs both on every change.
//! None of them has its own copy of a stage.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::lint::freshness::{self, TranslationLock, LOCK_FILE};
use crate::load::{self, LoadedSite, SiteLayout};
use crate::model::{Localized, SiteConfig, Url};
use crate::output::{check_out_dir, Staging};
use crate::render::theme::Theme;
use crate::render::{Page, PolicyPage, Renderer};
use crate::resolve::{self, Resolved};
use crate::source::SourceMap;
use crate::validate;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Options that change how a site is read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Replaces the site's `base_url` (e.g. staging versus production).
    pub base_url: Option<Url>,
}

/// A policy that passed validation, with what is needed to locate problems
/// in its files.
#[derive(Debug, Clone)]
pub struct PolicyEntry {
    /// What the renderer needs.
    pub page: PolicyPage,
    /// The merged YAML and its layers (for diagnostics).
    pub resolved: Resolved,
}

/// A site loaded, validated and ready to render.
#[derive(Debug)]
pub struct Project {
    /// Where the site is.
    pub layout: SiteLayout,
    /// The site settings.
    pub config: SiteConfig,
    /// The policies, by id.
    pub policies: Vec<PolicyEntry>,
    /// The renderer (templates and wording parsed once).
    pub renderer: Renderer,
    /// The wording of both languages.
    pub locales: Arc<Locales>,
    /// The translations lock as read.
    pub lock: TranslationLock,
    /// The theme's static files: path under `assets/` → file on disk.
    pub assets: Vec<(String, PathBuf)>,
}

/// The outcome of [`load_project`]: the project if there were no errors,
/// and in any case the files read and the diagnostics.
#[derive(Debug)]
pub struct Loaded {
    /// The project, when it loaded without errors.
    pub project: Option<Project>,
    /// Every file read, for showing diagnostics.
    pub sources: SourceMap,
    /// Errors and warnings, sorted by file and line.
    pub diagnostics: Diagnostics,
}

/// Runs load, resolve and validate on the site at `layout`, and prepares the
/// wording and the theme. Reports every problem found, not only the first.
pub fn load_project(layout: SiteLayout, options: &LoadOptions) -> Loaded {
    let (site, mut diags) = load::load_site(layout);
    let LoadedSite {
        layout,
        mut sources,
        config,
        profiles,
        policies,
    } = site;

    let config = config.and_then(|doc| {
        let (c, d) = validate::site_config(&doc);
        diags.extend(d);
        c
    });
    let config = config.map(|mut c| {
        if let Some(url) = &options.base_url {
            c.base_url = Localized::Same(url.clone());
        }
        c
    });

    // Resolve and validate every policy, in parallel.
    type Checked = (
        String,
        Option<(crate::model::Policy, Resolved)>,
        Diagnostics,
    );
    let checked: Vec<Checked> = policies
        .par_iter()
        .map(|(id, named)| {
            let mut d = Diagnostics::new();
            match resolve::resolve(named, &profiles) {
                Ok(resolved) => {
                    let (policy, vd) = validate::policy(&resolved);
                    d.extend(vd);
                    if let Some(p) = &policy {
                        d.extend(crate::lint::legal(p, &resolved));
                        d.extend(crate::lint::parity::markdown(p, &resolved));
                    }
                    (id.clone(), policy.map(|p| (p, resolved)), d)
                }
                Err(e) => {
                    d.push(e);
                    (id.clone(), None, d)
                }
            }
        })
        .collect();
    let mut valid = BTreeMap::new();
    for (id, result, d) in checked {
        diags.extend(d);
        if let Some(r) = result {
            valid.insert(id, r);
        }
    }
    diags.extend(validate::unique_slugs(&valid));
    if policies.is_empty() && !diags.has_errors() {
        diags.push(
            Diagnostic::error("no-policies", "the site has no policy")
                .at_path(layout.display(&layout.policies_dir()))
                .with_hint(
                    "add a file content/policies/<id>.yaml (policypress new <id> writes one)",
                ),
        );
    }

    let (locales, ld) = Locales::load(&layout, &mut sources);
    diags.extend(ld);
    let theme =
        config.as_ref().and_then(
            |c| match Theme::load(&layout, c.theme.as_str(), &mut sources) {
                Ok(t) => Some(t),
                Err(d) => {
                    diags.extend(d);
                    None
                }
            },
        );

    let lock = match TranslationLock::read(&layout.content_dir()) {
        Ok(lock) => lock,
        Err(message) => {
            diags.push(
                Diagnostic::error("lock-error", message).at_path(format!("content/{LOCK_FILE}")),
            );
            TranslationLock::default()
        }
    };
    let lock_path = layout.content_dir().join(LOCK_FILE);
    if !lock_path.exists() {
        // One warning, not one per text: a new site has reviewed nothing yet.
        diags.push(
            Diagnostic::warning(
                "translation-lock-missing",
                "translation freshness is not tracked: there is no translations lock",
            )
            .at_path(layout.display(&lock_path))
            .with_hint(
                "once both languages are reviewed, record it: `policypress check --accept all`",
            ),
        );
    } else if let (Some(c), Some(l)) = (&config, &locales) {
        let list: Vec<(&str, &Resolved)> =
            valid.iter().map(|(id, (_, r))| (id.as_str(), r)).collect();
        diags.extend(freshness::check(&lock, c.source_language, &list, l));
    }

    diags.sort(&sources);
    let project = match (config, locales, theme, diags.has_errors()) {
        (Some(config), Some(locales), Some(theme), false) => {
            let locales = Arc::new(locales);
            let renderer = Renderer::new(&theme, locales.clone(), config.clone());
            let policies = valid
                .into_iter()
                .map(|(id, (policy, resolved))| PolicyEntry {
                    page: PolicyPage {
                        slugs: validate::slugs(&id, &policy),
                        id,
                        policy,
                    },
                    resolved,
                })
                .collect();
            Some(Project {
                layout,
                config,
                policies,
                renderer,
                locales,
                lock,
                assets: theme.assets,
            })
        }
        _ => None,
    };
    Loaded {
        project,
        sources,
        diagnostics: diags,
    }
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    /// Policy pages written (two per policy).
    pub pages: usize,
    /// Other files written (landing page, sitemap, assets).
    pub other_files: usize,
}

impl Project {
    /// Records the review of the translations named by `selector` (see
    /// [`freshness::accept`]) and writes the lock. Returns how many pairs
    /// were recorded.
    pub fn accept_translations(&self, selector: &str) -> Result<usize, String> {
        let mut lock = self.lock.clone();
        lock.version = 1;
        let list: Vec<(&str, &Resolved)> = self
            .policies
            .iter()
            .map(|e| (e.page.id.as_str(), &e.resolved))
            .collect();
        let count = freshness::accept(&mut lock, selector, self.config.source_language, &list, &self.locales)
            .ok_or_else(|| format!("`{selector}` names no policy, policy text (`id:key`) or message; use `all` to accept everything"))?;
        lock.write(&self.layout.content_dir())
            .map_err(|e| format!("cannot write content/{LOCK_FILE}: {e}"))?;
        Ok(count)
    }

    /// Renders every policy's page pair, in parallel, handing each page to
    /// `sink` as soon as it is rendered. Stops with every rendering error.
    pub fn render_pages<F>(&self, sink: F) -> Result<usize, Diagnostics>
    where
        F: Fn(&Page) -> Result<(), Diagnostic> + Sync,
    {
        let errors: Vec<Diagnostic> = self
            .policies
            .par_iter()
            .filter_map(|entry| {
                let result = self
                    .renderer
                    .render_policy(&entry.page)
                    .and_then(|pages| pages.iter().try_for_each(&sink));
                result.err()
            })
            .collect();
        if errors.is_empty() {
            Ok(self.policies.len() * 2)
        } else {
            let mut d = Diagnostics::new();
            errors.into_iter().for_each(|e| d.push(e));
            Err(d)
        }
    }

    /// Renders the landing page, sitemap and 404 page.
    pub fn render_site_pages(&self) -> Result<Vec<Page>, Diagnostics> {
        let pages: Vec<&PolicyPage> = self.policies.iter().map(|e| &e.page).collect();
        self.renderer.render_site_pages(&pages).map_err(|d| {
            let mut ds = Diagnostics::new();
            ds.push(d);
            ds
        })
    }
}

/// Builds the site into `out`, replacing it atomically. On any error the
/// previous output is left untouched.
pub fn build(project: &Project, out: &Path) -> Result<BuildStats, Diagnostics> {
    let one = |d: Diagnostic| {
        let mut ds = Diagnostics::new();
        ds.push(d);
        ds
    };
    let display = out.display().to_string();
    check_out_dir(&project.layout.root, out, &project.layout.source_dirs()).map_err(|m| {
        one(Diagnostic::error("bad-output", m)
            .at_path(&display)
            .with_hint("pass another --out, e.g. public/"))
    })?;
    let io_err = |e: std::io::Error| {
        Diagnostic::error(
            "write-error",
            format!("cannot write the output `{display}`: {e}"),
        )
        .at_path(&display)
    };
    let staging = Staging::new(out).map_err(|e| one(io_err(e)))?;
    let pages = project.render_pages(|page| {
        staging
            .write(&page.path, page.content.as_bytes())
            .map_err(io_err)
    })?;
    let site_pages = project.render_site_pages()?;
    for page in &site_pages {
        staging
            .write(&page.path, page.content.as_bytes())
            .map_err(|e| one(io_err(e)))?;
    }
    for (rel, path) in &project.assets {
        staging
            .copy(path, &format!("assets/{rel}"))
            .map_err(|e| one(io_err(e)))?;
    }
    staging.commit().map_err(|e| one(io_err(e)))?;
    Ok(BuildStats {
        pages,
        other_files: site_pages.len() + project.assets.len(),
    })
}
