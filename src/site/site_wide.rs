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
use crate::load::{self, SiteLayout};
use crate::model::SiteConfig;
use crate::msg;
use crate::source::SourceMap;
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

/// Reads again the text of every file `diags` point into (at their place
/// or a related one) whose text was not kept, so that they can be shown in
/// it: a site-wide problem (two policies at one address) may point into a
/// document that had no problem of its own, and neither driver keeps such a
/// document's text (the stream never, the preview workspace not). A file
/// that can no longer be read stays as it was (the problem is still
/// reported, without its lines).
pub(super) fn read_texts_shown(diags: &Diagnostics, layout: &SiteLayout, sources: &mut SourceMap) {
    for d in diags.iter() {
        let places = d.location.iter().chain(d.related.iter().map(|(l, _)| l));
        for loc in places {
            let known = sources.get(loc.file);
            if known.text.is_empty() {
                let path = known.path.clone();
                if let (Some(f), _) = load::read_file(layout, &path, load::MAX_YAML_BYTES, loc.file)
                {
                    sources.add(f);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{SourceFile, Span};

    /// Only the files pointed at (by a place or a related place) whose text
    /// is empty are read; a kept text is not replaced by what is on disk.
    #[test]
    fn reads_only_the_texts_pointed_at_and_not_kept() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let layout = SiteLayout::new(dir.path());
        let policies = layout.policies_dir();
        std::fs::create_dir_all(&policies).expect("the policies folder");
        let path = |name: &str| policies.join(format!("{name}.yaml"));
        for name in ["a", "b", "c", "d"] {
            std::fs::write(path(name), format!("on disk: {name}\n")).expect("a policy file");
        }
        let mut sources = SourceMap::new();
        let a = sources.reserve("content/policies/a.yaml", &path("a"));
        let b = sources.reserve("content/policies/b.yaml", &path("b"));
        let c = sources.add(SourceFile::new(
            "content/policies/c.yaml",
            path("c"),
            "kept: c\n".to_string(),
        ));
        let d = sources.reserve("content/policies/d.yaml", &path("d"));
        let span = Span::new(1, 1, 1);
        let mut diags = Diagnostics::new();
        diags.push(
            Diagnostic::error("duplicate-slug", msg!("site-no-policies"))
                .at(a, span)
                .with_related(b, span, msg!("site-no-policies"))
                .with_related(c, span, msg!("site-no-policies")),
        );
        read_texts_shown(&diags, &layout, &mut sources);
        assert_eq!(sources.get(a).text, "on disk: a\n");
        assert_eq!(sources.get(b).text, "on disk: b\n");
        assert_eq!(sources.get(c).text, "kept: c\n", "a kept text stays");
        assert_eq!(
            sources.get(d).text,
            "",
            "a file nothing points at is not read"
        );
    }
}
