//! Translation accept (`check --accept`, and the preview's accept button):
//! records in the translations lock that the translations of the texts
//! named by each selector were reviewed.
//!
//! Apart from the checks because it is the one step of the site driver
//! that writes into the site's sources (`content/translations.lock`).

use super::base::read_lock;
use super::stream::{self, Outcome};
use super::{LoadOptions, Loaded, Project, Workspace};
use crate::diagnostic::Diagnostics;
use crate::lint::freshness::{self, LOCK_FILE};
use crate::load::SiteLayout;
use crate::resolve::Resolved;

/// What [`accept_and_check`] did.
#[derive(Debug)]
pub enum Accepted {
    /// The site has errors: nothing was recorded (fix them first). What
    /// was found, as [`super::load_project`] reports it.
    FixFirst(Box<Loaded>),
    /// A selector named nothing, or the lock could not be written: the
    /// tool's message.
    Failed(String),
    /// Recorded, then the site checked with the new lock.
    Checked {
        /// How many pairs each selector recorded, in order.
        counts: Vec<usize>,
        /// The check of the whole site (every stage, rendering included,
        /// nothing written), as [`stream::run`] gives it.
        outcome: Outcome,
    },
}

/// `check --accept`: records the review of the translations each selector
/// names, then checks the site, loading what every document depends on
/// (settings, profiles, wording, theme) once for both. The check sees the
/// lock as written; the documents are read again for it, as the stream
/// reads them.
pub fn accept_and_check(
    layout: SiteLayout,
    options: &LoadOptions,
    selectors: &[String],
) -> Accepted {
    let started = std::time::Instant::now();
    let ws = Workspace::open(layout, options.clone());
    let Some(project) = ws.project() else {
        return Accepted::FixFirst(Box::new(Loaded {
            project: None,
            diagnostics: ws.diagnostics(),
            sources: ws.base.sources,
        }));
    };
    let counts = match project.accept_translations(selectors) {
        Ok(counts) => counts,
        Err(message) => return Accepted::Failed(message),
    };
    drop(project);
    let mut base = ws.base;
    // The lock as just written. The one read before had no problem (the
    // site had no errors), so nothing of it is in the base's diagnostics.
    let mut lock_diags = Diagnostics::new();
    let (lock, lock_file) = read_lock(&base.layout, &mut lock_diags);
    base.lock = lock;
    base.lock_file = lock_file;
    base.site_diags.extend(lock_diags);
    Accepted::Checked {
        counts,
        outcome: stream::run_on(base, None, started),
    }
}

impl Project {
    /// Records the review of the translations named by each selector (see
    /// [`freshness::accept`]) and writes the lock once. Returns how many
    /// pairs each selector recorded.
    pub fn accept_translations(&self, selectors: &[String]) -> Result<Vec<usize>, String> {
        let mut lock = self.lock.clone();
        lock.version = freshness::LOCK_VERSION;
        let list: Vec<(&str, &Resolved)> = self
            .policies
            .iter()
            .map(|e| (e.page.id.as_str(), &e.resolved))
            .collect();
        let mut counts = Vec::new();
        for selector in selectors {
            let count = freshness::accept(
                &mut lock,
                selector,
                self.config.source_language,
                &list,
                &self.locales,
            )
            .ok_or_else(|| crate::t!("site-accept-unknown", selector = selector.as_str()))?;
            counts.push(count);
        }
        lock.write(&self.layout.content_dir())
            .map_err(|e| crate::t!("site-lock-write", file = LOCK_FILE, error = e.to_string()))?;
        Ok(counts)
    }
}
