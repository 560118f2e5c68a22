//! A whole site loaded and kept in memory, valid and ready to render
//! ([`Project`]): what `check --accept`, `init` and the tests work on, as
//! opposed to the stream of `build` and `check`, which keeps no document's
//! data.

use super::{LoadOptions, PolicyEntry, Workspace};
use crate::diagnostic::Diagnostics;
use crate::l10n::Locales;
use crate::lint::freshness::TranslationLock;
use crate::load::SiteLayout;
use crate::model::SiteConfig;
use crate::render::theme::Asset;
use crate::render::{Listing, Page, Renderer};
use crate::source::SourceMap;
use std::sync::Arc;

/// A site loaded, validated and ready to render.
#[derive(Debug, Clone)]
pub struct Project {
    /// Where the site is.
    pub layout: SiteLayout,
    /// The site settings.
    pub config: SiteConfig,
    /// The policies, by id.
    pub policies: Vec<Arc<PolicyEntry>>,
    /// The renderer (templates and wording parsed once).
    pub renderer: Arc<Renderer>,
    /// The wording of both languages.
    pub locales: Arc<Locales>,
    /// The translations lock as read.
    pub lock: TranslationLock,
    /// The theme's static files, copied under `assets/`.
    pub assets: Vec<Asset>,
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

/// Runs load, resolve, validate and lint on the site at `layout`, and
/// prepares the wording and the theme. Reports every problem found, not only
/// the first.
pub fn load_project(layout: SiteLayout, options: &LoadOptions) -> Loaded {
    let ws = Workspace::open(layout, options.clone());
    Loaded {
        project: ws.project(),
        diagnostics: ws.diagnostics(),
        sources: ws.base.sources,
    }
}

impl Project {
    /// Renders the landing page, sitemap and 404 page.
    pub fn render_site_pages(&self) -> Result<Vec<Page>, Diagnostics> {
        let pages: Vec<Listing> = self.policies.iter().map(|e| Listing::of(&e.page)).collect();
        self.renderer.render_site_pages(&pages).map_err(|d| {
            let mut ds = Diagnostics::new();
            ds.push(d);
            ds
        })
    }
}
