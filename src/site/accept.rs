//! Translation accept (`check --accept`, and the preview's accept button):
//! records in the translations lock that the translations of the texts
//! named by each selector were reviewed.
//!
//! Apart from the checks because it is the one step of the site driver
//! that writes into the site's sources (`content/translations.lock`).

use super::Project;
use crate::lint::freshness::{self, LOCK_FILE};
use crate::resolve::Resolved;

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
