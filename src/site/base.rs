//! The shared base of a run: what every document of a site depends on,
//! loaded once before any document is checked — the settings, the profiles,
//! the wording, the theme (parsed on a thread of its own, the largest fixed
//! cost), the translations lock and the terminology list — with the
//! problems found in them.
//!
//! Kept apart from the per-document run ([`super::document`]) because it
//! is loaded once per run (or per settings change in `serve`), while the
//! documents go through the stages many times, in parallel.

use super::site_lints::{missing_template_messages, unused_site_messages};
use super::CheckEnv;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::lint::freshness::{TranslationLock, LOCK_FILE};
use crate::lint::terminology;
use crate::lint::terms::Terms;
use crate::load::{self, LoadedSite, NamedDoc, NamedFile, SiteLayout};
use crate::model::{Localized, SiteConfig, Url};
use crate::render::theme::{Asset, Theme, ThemeSources};
use crate::render::Renderer;
use crate::source::SourceMap;
use crate::validate;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Options that change how a site is read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Replaces the site's `base_url` (e.g. staging versus production).
    pub base_url: Option<Url>,
    /// `base_url` is the preview's own address: the site's `base_url` is
    /// still the one to be published, and is checked as such.
    pub preview: bool,
}

/// What every policy of a site depends on, loaded once: the settings, the
/// profiles, the wording, the theme, the translations lock and the
/// terminology list, with the problems found in them.
#[derive(Debug)]
pub(crate) struct Base {
    pub(crate) layout: SiteLayout,
    pub(crate) sources: SourceMap,
    pub(crate) config: Option<SiteConfig>,
    pub(crate) site_diags: Diagnostics,
    pub(crate) profiles: BTreeMap<String, NamedDoc>,
    /// The policy files, listed but not read, when asked for (see
    /// [`Base::load`]).
    pub(crate) policies: Vec<NamedFile>,
    pub(crate) locales: Option<Arc<Locales>>,
    pub(crate) renderer: Option<Arc<Renderer>>,
    pub(crate) assets: Vec<Asset>,
    pub(crate) lock: TranslationLock,
    pub(crate) lock_file: LockFile,
    pub(crate) terms: Arc<Terms>,
    /// The problems found listing the policy files (with `policies`): the
    /// workspace keeps them apart, as it lists the folders again on a
    /// change; the stream lists the folders itself.
    pub(crate) listing_diags: Diagnostics,
}

/// What was found at `content/translations.lock`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LockFile {
    /// No lock: freshness is not tracked (one warning says so).
    Missing,
    /// Read: freshness is checked against it.
    Read,
    /// There but unreadable (reported): nothing is checked against it, or
    /// every text would look unreviewed.
    Damaged,
}

/// The stack of the thread that parses the theme: a main thread's usual
/// 8 MiB (the template parser recurses with a template's nesting; with a
/// spawned thread's default 2 MiB, deeply nested templates that parse on the
/// main thread overflowed it).
const MAIN_THREAD_STACK: usize = 8 << 20;

impl Base {
    /// Loads the site's shared parts, and lists its policy files (without
    /// reading them) if `with_policies`.
    pub(crate) fn load(layout: SiteLayout, options: &LoadOptions, with_policies: bool) -> Base {
        let (site, mut site_diags) = load::load_base(layout);
        let LoadedSite {
            layout,
            mut sources,
            config,
            profiles,
            policies: _,
        } = site;
        let mut listing_diags = Diagnostics::new();
        let policies = if with_policies {
            load::list_documents(&layout, &mut listing_diags)
        } else {
            Vec::new()
        };
        // Where `theme:` is written, to point at it if the theme is missing.
        let theme_at = config.as_ref().and_then(|doc| {
            let path = crate::load::YamlPath::root().key("theme");
            doc.spans.get(&path).map(|n| (doc.file, n.value))
        });
        let mut branding_files = Vec::new();
        let config = config.and_then(|doc| {
            let (c, d) = validate::site_config(&doc);
            site_diags.extend(d);
            // The address that will be published must not be an example.
            match &options.base_url {
                Some(url) if !options.preview => {
                    if let Some(d) = crate::lint::placeholder::base_url_override(url.as_str()) {
                        site_diags.push(d);
                    }
                }
                _ => site_diags.extend(crate::lint::placeholder::site_examples(&doc)),
            }
            if let Some(c) = &c {
                let (files, d) = validate::site_files(&doc, c, &layout);
                site_diags.extend(d);
                branding_files = files;
            }
            c
        });
        let config = config.map(|mut c| {
            if let Some(url) = &options.base_url {
                c.base_url = Localized::Same(url.clone());
            }
            c
        });
        // Parsing the theme's templates is the largest fixed cost of a run;
        // it goes on another thread while the wording, the lock and the
        // terminology load (diagnostics are sorted by file, not by the order
        // files were read).
        let theme_sources = config.as_ref().map(|c| {
            Theme::read(&layout, c.theme.as_str(), &mut sources).map_err(|mut ds| {
                if let Some((file, span)) = theme_at {
                    ds.relocate("missing-theme", file, span);
                }
                ds
            })
        });
        let pending = std::sync::Mutex::new(theme_sources);
        let (theme, locales, lock, lock_file, terms) = std::thread::scope(|scope| {
            // The parser recurses with a template's nesting: give the thread
            // the stack a main thread has (a spawned one gets 2 MiB).
            let parse = |read: Result<ThemeSources, Diagnostics>| match read {
                Ok(read) => read.parse(&layout),
                Err(diags) => (None, diags),
            };
            let take = || {
                pending
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .take()
            };
            let parsing = std::thread::Builder::new()
                .name("theme".into())
                .stack_size(MAIN_THREAD_STACK)
                .spawn_scoped(scope, move || take().map(parse));
            let (locales, ld) = Locales::load(&layout, &mut sources);
            site_diags.extend(ld);
            let (lock, lock_file) = read_lock(&layout, &mut site_diags);
            let (terms, td) = terminology::load(&layout, &mut sources);
            site_diags.extend(td);
            let parsed = match parsing {
                // A panic on the parsing thread carries on here, as if
                // parsing had run on this one.
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                // No thread to be had: parse here.
                Err(_) => take().map(parse),
            };
            let theme = parsed.and_then(|(t, d)| {
                site_diags.extend(d);
                t
            });
            (theme, locales.map(Arc::new), lock, lock_file, terms)
        });
        let mut messages_missing = false;
        if let (Some(l), Some(t)) = (&locales, &theme) {
            site_diags.extend(unused_site_messages(l, t, &sources));
            let missing = missing_template_messages(l, t, &sources);
            messages_missing = missing.has_errors();
            site_diags.extend(missing);
        }
        if let Some(l) = &locales {
            site_diags.extend(terminology::messages(&terms, l, &sources));
        }
        // A template asking for a message that does not exist would fail
        // every page: reported once, at the template, instead.
        let renderer = match (&config, &locales, &theme) {
            (Some(c), Some(l), Some(t)) if !messages_missing => {
                Some(Arc::new(Renderer::new(t, l.clone(), c.clone())))
            }
            _ => None,
        };
        let mut assets = theme.map(|t| t.assets).unwrap_or_default();
        // The site's logo and style sheets are published beside the theme's
        // files, under `assets/site/`, whatever the theme.
        assets.extend(branding_files.into_iter().map(|(path, file)| Asset {
            path,
            source: crate::render::theme::AssetSource::File(file),
        }));
        Base {
            layout,
            sources,
            config,
            site_diags,
            profiles,
            policies,
            locales,
            renderer,
            assets,
            lock,
            lock_file,
            terms: Arc::new(terms),
            listing_diags,
        }
    }

    /// What checking one policy needs, borrowed from here.
    pub(crate) fn env(&self) -> CheckEnv<'_> {
        CheckEnv {
            profiles: &self.profiles,
            layout: &self.layout,
            lock: &self.lock,
            lock_file: self.lock_file,
            source_language: self.config.as_ref().map(|c| c.source_language),
            terms: &self.terms,
        }
    }
}

pub(super) fn read_lock(
    layout: &SiteLayout,
    diags: &mut Diagnostics,
) -> (TranslationLock, LockFile) {
    if let Err(outside) = layout.inside(&layout.content_dir().join(LOCK_FILE)) {
        diags.push(outside.diagnostic());
        return (TranslationLock::default(), LockFile::Damaged);
    }
    match TranslationLock::read(&layout.content_dir()) {
        Ok(lock) if layout.content_dir().join(LOCK_FILE).exists() => (lock, LockFile::Read),
        Ok(lock) => (lock, LockFile::Missing),
        Err(message) => {
            // The lock's reader says why it cannot be read, as a message of
            // the lint stage's catalog (src/lint/freshness.rs).
            diags.push(
                Diagnostic::error("lock-error", message).at_path(format!("content/{LOCK_FILE}")),
            );
            (TranslationLock::default(), LockFile::Damaged)
        }
    }
}
