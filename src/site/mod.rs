//! The pipeline, driven for the commands.
//!
//! Two drivers share the stages (one function each, never a second copy):
//!
//! - [`stream::run`], for `build` and `check`: loads what every policy
//!   depends on once, then takes each policy through every stage (read →
//!   parse → resolve → validate → lint → render → write) on its own, in
//!   parallel, keeping only a small summary of each; the output is replaced
//!   atomically at the end, only if nothing failed.
//! - [`Workspace`], for `serve` (and `check --accept`, `init`): keeps each
//!   stage's results per file in memory, so a change re-runs the stages only
//!   for what it affects.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::lint::freshness::{self, TranslationLock, LOCK_FILE};
use crate::lint::terminology;
use crate::lint::terms::Terms;
use crate::load::{self, LoadedSite, NamedDoc, SiteLayout};
use crate::model::{Ident, Localized, SiteConfig, Url};
use crate::render::theme::{Asset, Theme};
use crate::render::{Listing, Page, PolicyPage, Renderer};
use crate::resolve::{self, Resolved};
use crate::source::{SourceMap, SourceView};
use crate::validate;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub mod stream;

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

/// What one policy produced in the resolve, validate and lint stages.
#[derive(Debug, Clone, Default)]
pub(crate) struct PolicyCheck {
    pub(crate) entry: Option<Arc<PolicyEntry>>,
    /// Where its pages go, when it is valid (for the site-wide check of
    /// addresses, without going through every policy's data again).
    pub(crate) claim: Option<validate::SlugClaim>,
    pub(crate) diags: Diagnostics,
    /// Profiles it extends (to know what a profile change affects).
    profiles: Vec<String>,
}

/// Which parts of the site a set of changed files touches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Affected {
    /// Nothing the site is made of.
    Nothing,
    /// These policies (re-checked; render their pages again).
    Policies(BTreeSet<String>),
    /// Everything (site settings, wording or theme changed).
    All,
}

/// A site held in memory between changes, for `serve`: each stage's results
/// are kept per file, so a change re-runs the stages only for what it
/// affects (a policy file: that policy; a profile: the policies extending
/// it; settings, wording or theme: everything). [`load_project`] is a
/// workspace opened once.
#[derive(Debug)]
pub struct Workspace {
    /// The settings, profiles, wording, theme, lock and terminology, and
    /// the policy documents as last read (`base.policies`).
    base: Base,
    options: LoadOptions,
    profile_diags: Diagnostics,
    policy_load_diags: Diagnostics,
    checks: BTreeMap<String, PolicyCheck>,
    /// Problems that concern several policies or the whole site, as of the
    /// last change.
    site_level_diags: Diagnostics,
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
    /// The policies, when asked for (see [`Base::load`]).
    pub(crate) policies: BTreeMap<String, NamedDoc>,
    pub(crate) locales: Option<Arc<Locales>>,
    pub(crate) renderer: Option<Arc<Renderer>>,
    pub(crate) assets: Vec<Asset>,
    pub(crate) lock: TranslationLock,
    pub(crate) lock_exists: bool,
    pub(crate) terms: Arc<Terms>,
}

impl Base {
    /// Loads the site's shared parts, and its policies if `with_policies`.
    pub(crate) fn load(layout: SiteLayout, options: &LoadOptions, with_policies: bool) -> Base {
        let (site, mut site_diags) = if with_policies {
            load::load_site(layout)
        } else {
            load::load_base(layout)
        };
        let LoadedSite {
            layout,
            mut sources,
            config,
            profiles,
            policies,
        } = site;
        let config = config.and_then(|doc| {
            let (c, d) = validate::site_config(&doc);
            site_diags.extend(d);
            c
        });
        let config = config.map(|mut c| {
            if let Some(url) = &options.base_url {
                c.base_url = Localized::Same(url.clone());
            }
            c
        });
        let (locales, ld) = Locales::load(&layout, &mut sources);
        site_diags.extend(ld);
        let locales = locales.map(Arc::new);
        let theme = config.as_ref().and_then(|c| {
            let (t, d) = Theme::load(&layout, c.theme.as_str(), &mut sources);
            site_diags.extend(d);
            t
        });
        if let (Some(l), Some(t)) = (&locales, &theme) {
            site_diags.extend(unused_site_messages(l, t, &sources));
        }
        let (lock, lock_exists) = read_lock(&layout, &mut site_diags);
        let (terms, td) = terminology::load(&layout, &mut sources);
        site_diags.extend(td);
        if let Some(l) = &locales {
            site_diags.extend(terminology::messages(&terms, l, &sources));
        }
        let renderer = match (&config, &locales, &theme) {
            (Some(c), Some(l), Some(t)) => Some(Arc::new(Renderer::new(t, l.clone(), c.clone()))),
            _ => None,
        };
        let assets = theme.map(|t| t.assets).unwrap_or_default();
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
            lock_exists,
            terms: Arc::new(terms),
        }
    }

    /// What checking one policy needs, borrowed from here.
    pub(crate) fn env(&self) -> CheckEnv<'_> {
        CheckEnv {
            profiles: &self.profiles,
            lock: &self.lock,
            lock_exists: self.lock_exists,
            source_language: self.config.as_ref().map(|c| c.source_language),
            terms: &self.terms,
        }
    }
}

/// What resolving, validating and linting one policy needs.
#[derive(Clone, Copy)]
pub(crate) struct CheckEnv<'a> {
    profiles: &'a BTreeMap<String, NamedDoc>,
    lock: &'a TranslationLock,
    lock_exists: bool,
    source_language: Option<crate::model::Lang>,
    terms: &'a Terms,
}

impl CheckEnv<'_> {
    /// Resolves, validates and lints the policy `id` read as `named`.
    /// `sources` must hold the policy's file and its profiles'.
    pub(crate) fn check(&self, id: &str, named: &NamedDoc, sources: SourceView<'_>) -> PolicyCheck {
        let mut check = PolicyCheck::default();
        match resolve::resolve(named, self.profiles) {
            Ok(resolved) => {
                check.profiles = resolved.profiles.clone();
                let (policy, d) = validate::policy(&resolved);
                check.diags.extend(d);
                if let Some(policy) = policy {
                    check.diags.extend(crate::lint::legal(&policy, &resolved));
                    check
                        .diags
                        .extend(crate::lint::parity::markdown(&policy, &resolved));
                    check
                        .diags
                        .extend(terminology::policy(self.terms, &resolved, sources));
                    if let (true, Some(src)) = (self.lock_exists, self.source_language) {
                        check
                            .diags
                            .extend(freshness::check_policy(self.lock, src, id, &resolved));
                    }
                    check.claim = Some(validate::SlugClaim::of(id, &policy, &resolved));
                    check.entry = Some(Arc::new(PolicyEntry {
                        page: PolicyPage {
                            slugs: validate::slugs(id, &policy),
                            id: id.to_string(),
                            policy,
                        },
                        resolved,
                    }));
                }
            }
            Err(e) => {
                // Still record what it extends, so fixing the profile re-checks it.
                if let Some(ext) = named.doc.value.get("extends").and_then(|v| v.as_str()) {
                    check.profiles.push(ext.to_string());
                }
                check.diags.push(e);
            }
        }
        check
    }
}

impl Workspace {
    /// Loads the whole site.
    pub fn open(layout: SiteLayout, options: LoadOptions) -> Workspace {
        let base = Base::load(layout, &options, true);
        let mut ws = Workspace {
            base,
            options,
            profile_diags: Diagnostics::new(),
            policy_load_diags: Diagnostics::new(),
            checks: BTreeMap::new(),
            site_level_diags: Diagnostics::new(),
        };
        let ids: Vec<String> = ws.base.policies.keys().cloned().collect();
        ws.check_policies(&ids);
        ws.site_level_diags = ws.site_level();
        ws
    }

    /// The site's layout.
    pub fn layout(&self) -> &SiteLayout {
        &self.base.layout
    }

    /// Every file read, for showing diagnostics.
    pub fn sources(&self) -> &SourceMap {
        &self.base.sources
    }

    /// Resolves, validates and lints the named policies, in parallel.
    fn check_policies(&mut self, ids: &[String]) {
        let env = self.base.env();
        let (docs, sources) = (&self.base.policies, SourceView::of(&self.base.sources));
        let results: Vec<(String, PolicyCheck)> = ids
            .par_iter()
            .filter_map(|id| Some((id.clone(), env.check(id, docs.get(id)?, sources))))
            .collect();
        for (id, check) in results {
            self.checks.insert(id, check);
        }
    }

    /// Applies a batch of changed paths (created, modified, removed or
    /// renamed files) and says what must be rendered again.
    pub fn apply(&mut self, changed: &[PathBuf]) -> Affected {
        let content = self.base.layout.content_dir();
        let (policies_dir, profiles_dir) = (
            self.base.layout.policies_dir(),
            self.base.layout.profiles_dir(),
        );
        let mut policies_changed = false;
        let mut profiles_changed = false;
        for path in changed {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if load::is_editor_artifact(&name) {
                continue;
            }
            if path.starts_with(&policies_dir) {
                policies_changed = true;
            } else if path.starts_with(&profiles_dir) {
                profiles_changed = true;
            } else if path.starts_with(&content)
                || path.starts_with(self.base.layout.locales_dir())
                || path.starts_with(self.base.layout.themes_dir())
            {
                // Site settings, the lock, wording, theme: everything.
                *self = Workspace::open(self.base.layout.clone(), self.options.clone());
                return Affected::All;
            }
        }
        if !policies_changed && !profiles_changed {
            return Affected::Nothing;
        }
        let changed_set: HashSet<&Path> = changed.iter().map(PathBuf::as_path).collect();
        let mut recheck: BTreeSet<String> = BTreeSet::new();
        if profiles_changed {
            let prev = std::mem::take(&mut self.base.profiles);
            let (profiles, diags, touched) =
                self.rescan(&prev, &profiles_dir, "profile", false, &changed_set);
            self.base.profiles = profiles;
            self.profile_diags = diags;
            for (id, check) in &self.checks {
                if check.profiles.iter().any(|p| touched.contains(p)) {
                    recheck.insert(id.clone());
                }
            }
        }
        if policies_changed && !self.reload_known_policies(changed, &policies_dir, &mut recheck) {
            let prev = std::mem::take(&mut self.base.policies);
            let (docs, diags, touched) =
                self.rescan(&prev, &policies_dir, "policy", true, &changed_set);
            for id in &touched {
                // A policy removed, or whose file no longer parses, has no result.
                if !docs.contains_key(id) {
                    self.checks.remove(id);
                }
                recheck.insert(id.clone());
            }
            self.base.policies = docs;
            self.policy_load_diags = diags;
            // The site-level load problems of the policies folder now live here.
            let (sources, layout) = (&self.base.sources, &self.base.layout);
            self.base
                .site_diags
                .retain(|d| !is_about(d, sources, &policies_dir, layout));
        }
        if profiles_changed {
            let (sources, layout) = (&self.base.sources, &self.base.layout);
            self.base
                .site_diags
                .retain(|d| !is_about(d, sources, &profiles_dir, layout));
        }
        let ids: Vec<String> = recheck
            .iter()
            .filter(|id| self.base.policies.contains_key(*id))
            .cloned()
            .collect();
        self.check_policies(&ids);
        self.site_level_diags = self.site_level();
        Affected::Policies(recheck)
    }

    /// The common case of a save: every changed path under the policies
    /// folder is the file of a policy that parsed before and still exists.
    /// Then the folder need not be listed again: those files are read and
    /// parsed, and their policies marked for checking. Returns false (having
    /// changed nothing) when the change is anything else (a file added,
    /// removed or renamed, a file that did not parse).
    fn reload_known_policies(
        &mut self,
        changed: &[PathBuf],
        policies_dir: &Path,
        recheck: &mut BTreeSet<String>,
    ) -> bool {
        let mut known: Vec<(String, Ident, &Path)> = Vec::new();
        for path in changed.iter().filter(|p| p.starts_with(policies_dir)) {
            let name = path.file_name().map(|n| n.to_string_lossy());
            if name.as_deref().is_some_and(load::is_editor_artifact) {
                continue;
            }
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            let Some(doc) = stem.as_ref().and_then(|s| self.base.policies.get(s)) else {
                return false;
            };
            if self.base.sources.get(doc.doc.file).path != *path || !path.is_file() {
                return false;
            }
            known.push((stem.unwrap_or_default(), doc.name.clone(), path));
        }
        for (id, name, path) in known {
            match load::load_yaml(&self.base.layout, &mut self.base.sources, path) {
                Ok(doc) => {
                    self.base
                        .policies
                        .insert(id.clone(), NamedDoc { name, doc });
                }
                Err(ds) => {
                    self.base.policies.remove(&id);
                    self.checks.remove(&id);
                    ds.into_iter().for_each(|d| self.policy_load_diags.push(d));
                }
            }
            recheck.insert(id);
        }
        true
    }

    /// Lists a folder of named YAML files again, re-reading only the changed
    /// paths. Returns the documents, the folder's load problems, and the
    /// names whose document changed, appeared or vanished.
    fn rescan(
        &mut self,
        prev: &BTreeMap<String, NamedDoc>,
        dir: &Path,
        what: &str,
        required: bool,
        changed: &HashSet<&Path>,
    ) -> (BTreeMap<String, NamedDoc>, Diagnostics, BTreeSet<String>) {
        let by_path = self.docs_by_path(prev);
        let reuse = |p: &Path| -> Option<NamedDoc> {
            if changed.contains(p) {
                return None;
            }
            by_path.get(p).cloned()
        };
        let mut diags = Diagnostics::new();
        let mut sources = std::mem::take(&mut self.base.sources);
        let docs = load::load_named(
            &self.base.layout,
            &mut sources,
            &mut diags,
            dir,
            what,
            required,
            &reuse,
        );
        self.base.sources = sources;
        let mut touched: BTreeSet<String> = docs
            .iter()
            .filter(|(name, doc)| {
                prev.get(*name)
                    .is_none_or(|d| !Arc::ptr_eq(&d.doc, &doc.doc))
            })
            .map(|(name, _)| name.clone())
            .collect();
        touched.extend(prev.keys().filter(|k| !docs.contains_key(*k)).cloned());
        (docs, diags, touched)
    }

    /// The documents of `docs` by the path of their file.
    fn docs_by_path(&self, docs: &BTreeMap<String, NamedDoc>) -> HashMap<PathBuf, NamedDoc> {
        docs.values()
            .map(|d| (self.base.sources.get(d.doc.file).path.clone(), d.clone()))
            .collect()
    }

    /// Every problem of the site, sorted by file and line.
    pub fn diagnostics(&self) -> Diagnostics {
        let mut d = self.base.site_diags.clone();
        d.extend(self.profile_diags.clone());
        d.extend(self.policy_load_diags.clone());
        for c in self.checks.values() {
            d.extend(c.diags.clone());
        }
        d.extend(self.site_level_diags.clone());
        d.sort(&self.base.sources);
        d
    }

    /// Problems that concern several policies or the site as a whole.
    fn site_level(&self) -> Diagnostics {
        let claims = self.checks.values().filter_map(|c| c.claim.as_ref());
        let none =
            self.base.policies.is_empty() && self.checks.is_empty() && !self.has_load_errors();
        site_level(
            &self.base.layout,
            claims,
            none,
            self.base.lock_exists.then_some(&self.base.lock),
            self.base.config.as_ref(),
            self.base.locales.as_deref(),
        )
    }

    /// Whether any stage reported an error (without collecting and sorting
    /// every diagnostic, as [`Workspace::diagnostics`] does).
    pub fn has_errors(&self) -> bool {
        self.base.site_diags.has_errors()
            || self.profile_diags.has_errors()
            || self.policy_load_diags.has_errors()
            || self.checks.values().any(|c| c.diags.has_errors())
            || self.site_level_diags.has_errors()
    }

    fn has_load_errors(&self) -> bool {
        self.base.site_diags.has_errors() || self.policy_load_diags.has_errors()
    }

    /// The project, when the site has no errors.
    pub fn project(&self) -> Option<Project> {
        if self.has_errors() {
            return None;
        }
        let (config, renderer, locales) = (
            self.base.config.as_ref()?,
            self.base.renderer.as_ref()?,
            self.base.locales.as_ref()?,
        );
        Some(Project {
            layout: self.base.layout.clone(),
            config: config.clone(),
            policies: self
                .checks
                .values()
                .filter_map(|c| c.entry.clone())
                .collect(),
            renderer: renderer.clone(),
            locales: locales.clone(),
            lock: self.base.lock.clone(),
            assets: self.base.assets.clone(),
        })
    }
}

/// Problems that concern several policies or the site as a whole: two
/// policies at one address, no policy at all (`no_policies`), translations
/// of the wording to review (with a lock) or no lock at all.
fn site_level<'a>(
    layout: &SiteLayout,
    claims: impl Iterator<Item = &'a validate::SlugClaim> + Clone,
    no_policies: bool,
    lock: Option<&TranslationLock>,
    config: Option<&SiteConfig>,
    locales: Option<&Locales>,
) -> Diagnostics {
    let mut d = validate::unique_slugs(claims);
    if no_policies {
        d.push(
            Diagnostic::error("no-policies", "the site has no policy")
                .at_path(layout.display(&layout.policies_dir()))
                .with_hint(
                    "add a file content/policies/<id>.yaml (policypress new <id> writes one)",
                ),
        );
    }
    match (lock, config, locales) {
        (None, ..) => {
            // One warning, not one per text: a new site has reviewed nothing yet.
            let lock_path = layout.content_dir().join(LOCK_FILE);
            d.push(
                Diagnostic::warning(
                    "translation-lock-missing",
                    "translation freshness is not tracked: there is no translations lock",
                )
                .at_path(layout.display(&lock_path))
                .with_hint(
                    "once both languages are reviewed, record it: `policypress check --accept all`",
                ),
            );
        }
        (Some(lock), Some(c), Some(l)) => {
            d.extend(freshness::check_messages(lock, c.source_language, l))
        }
        _ => {}
    }
    d
}

/// Site messages that replace no built-in message and that no template
/// uses: probably a misspelt id.
fn unused_site_messages(locales: &Locales, theme: &Theme, sources: &SourceMap) -> Diagnostics {
    let texts: Vec<&str> = theme
        .files
        .values()
        .map(|id| sources.get(*id).text.as_str())
        .collect();
    let mut d = Diagnostics::new();
    for lang in crate::model::Lang::ALL {
        for (id, info) in locales.messages(lang) {
            if info.builtin || info.overrides {
                continue;
            }
            let quoted = format!("\"{id}\"");
            if texts.iter().any(|t| t.contains(&quoted)) {
                continue;
            }
            d.push(
                Diagnostic::warning(
                    "message-overrides-nothing",
                    format!("the message `{id}` replaces no built-in message and no template uses it"),
                )
                .at(info.file, info.span)
                .with_hint("check the message id against the built-in wording (policypress lists it in (built-in) locales/)"),
            );
        }
    }
    d
}

/// Whether a site-level diagnostic concerns a file in `dir`.
fn is_about(d: &Diagnostic, sources: &SourceMap, dir: &Path, layout: &SiteLayout) -> bool {
    let shown = layout.display(dir);
    match (&d.location, &d.path) {
        (Some(l), _) => sources.get(l.file).path.starts_with(dir),
        (None, Some(p)) => p.starts_with(&shown),
        _ => false,
    }
}

fn read_lock(layout: &SiteLayout, diags: &mut Diagnostics) -> (TranslationLock, bool) {
    let exists = layout.content_dir().join(LOCK_FILE).exists();
    match TranslationLock::read(&layout.content_dir()) {
        Ok(lock) => (lock, exists),
        Err(message) => {
            diags.push(
                Diagnostic::error("lock-error", message).at_path(format!("content/{LOCK_FILE}")),
            );
            (TranslationLock::default(), exists)
        }
    }
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    /// Policy pages written (two per policy).
    pub pages: usize,
    /// Other files written (landing page, sitemap, policy.json files, assets).
    pub other_files: usize,
}

impl Project {
    /// Records the review of the translations named by each selector (see
    /// [`freshness::accept`]) and writes the lock once. Returns how many
    /// pairs each selector recorded.
    pub fn accept_translations(&self, selectors: &[String]) -> Result<Vec<usize>, String> {
        let mut lock = self.lock.clone();
        lock.version = 1;
        let list: Vec<(&str, &Resolved)> = self
            .policies
            .iter()
            .map(|e| (e.page.id.as_str(), &e.resolved))
            .collect();
        let mut counts = Vec::new();
        for selector in selectors {
            let count = freshness::accept(&mut lock, selector, self.config.source_language, &list, &self.locales)
                .ok_or_else(|| format!("`{selector}` names no policy, policy text (`id:key`) or message; use `all` to accept everything"))?;
            counts.push(count);
        }
        lock.write(&self.layout.content_dir())
            .map_err(|e| format!("cannot write content/{LOCK_FILE}: {e}"))?;
        Ok(counts)
    }

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

/// The `policy.json` files of a policy (see [`crate::publish`]): the same
/// document beside each language's page, as `build` writes them and `serve`
/// serves them.
pub fn json_pages(renderer: &Renderer, p: &PolicyPage) -> Result<Vec<Page>, Diagnostic> {
    let urls = crate::model::Bilingual {
        en: renderer.page_url(crate::model::Lang::En, &p.slugs.en),
        fr: renderer.page_url(crate::model::Lang::Fr, &p.slugs.fr),
    };
    crate::publish::json_pages(&p.id, &p.policy, &p.slugs, urls, renderer.locales()).map_err(|e| {
        Diagnostic::error("render-error", format!("policy `{}`: {e}", p.id))
            .at_path(format!("content/policies/{}.yaml", p.id))
    })
}
