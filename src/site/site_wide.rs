//! The problems of a site as a whole, found after every document went
//! through its run: two documents at one address, no document at all,
//! wording to review or no translations lock; and the re-reading of the
//! texts those problems point into, when a driver did not keep them.
//!
//! One function each, used by both drivers (the stream and the
//! workspace), so that `build`, `check` and `serve` report them alike.

use super::LockFile;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::lint::freshness::{self, TranslationLock, LOCK_FILE};
use crate::load::SiteLayout;
use crate::model::SiteConfig;
use crate::msg;
use crate::validate;

/// Problems that concern several policies or the site as a whole: two
/// policies at one address, no policy at all (`no_policies`), translations
/// of the wording to review (with a lock) or no lock at all.
pub(super) fn site_level<'a>(
    layout: &SiteLayout,
    claims: impl Iterator<Item = &'a validate::SlugClaim> + Clone,
    no_policies: bool,
    (lock_file, lock): (LockFile, &TranslationLock),
    config: Option<&SiteConfig>,
    locales: Option<&Locales>,
) -> Diagnostics {
    let mut d = validate::unique_slugs(claims);
    if no_policies {
        d.push(
            Diagnostic::error("no-policies", msg!("site-no-policies"))
                .at_path(layout.display(&layout.policies_dir()))
                .with_hint(msg!("site-no-policies-hint")),
        );
    }
    match (lock_file, config, locales) {
        (LockFile::Missing, ..) => {
            // One warning, not one per text: a new site has reviewed nothing yet.
            let lock_path = layout.content_dir().join(LOCK_FILE);
            d.push(
                Diagnostic::warning("translation-lock-missing", msg!("site-lock-missing"))
                    .at_path(layout.display(&lock_path))
                    .with_hint(msg!("site-lock-missing-hint")),
            );
        }
        (LockFile::Read, Some(c), Some(l)) => {
            d.extend(freshness::check_messages(lock, c.source_language, l))
        }
        _ => {}
    }
    d
}
