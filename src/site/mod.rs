//! The pipeline, driven for the commands.
//!
//! Two drivers share the stages (one function each, never a second copy):
//!
//! - [`stream::run`], for `build` and `check`: loads what every policy
//!   depends on once, then takes each policy through every stage (read →
//!   parse → resolve → validate → lint → render → write) on its own, in
//!   parallel, keeping only a small summary of each; the output is replaced
//!   atomically at the end, only if nothing failed.
//! - [`Workspace`], for `serve` (and `check --accept`, `init`): keeps what
//!   each policy file produced, so a change re-runs the stages only for what
//!   it affects. For `serve` it also renders each policy as soon as it is
//!   checked and keeps only a small summary of it besides its pages (its
//!   data is dropped, and its file read again when a profile it extends
//!   changes).

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::lint::freshness::{self, TranslationLock, LOCK_FILE};
use crate::lint::terminology;
use crate::lint::terms::Terms;
use crate::load::{self, LoadedSite, NamedDoc, NamedFile, SiteLayout};
use crate::model::{Ident, Localized, SiteConfig, Url};
use crate::msg;
use crate::render::theme::{Asset, Theme, ThemeSources};
use crate::render::{Listing, Page, PolicyPage, Renderer};
use crate::resolve::{self, Resolved};
use crate::source::{FileId, SourceFile, SourceMap, SourceView};
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
    /// `base_url` is the preview's own address: the site's `base_url` is
    /// still the one to be published, and is checked as such.
    pub preview: bool,
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
    /// The policy's data, when it is valid (a preview workspace drops it
    /// once the policy is rendered).
    pub(crate) entry: Option<Arc<PolicyEntry>>,
    /// Where its pages go, when it is valid (for the site-wide check of
    /// addresses, without going through every policy's data again).
    pub(crate) claim: Option<validate::SlugClaim>,
    pub(crate) diags: Diagnostics,
    /// Profiles it extends (to know what a profile change affects).
    profiles: Vec<String>,
    /// What the other kind of document needs of it, kept after its data is
    /// dropped: a notice's policy and form, a policy's title (see [`Links`]).
    pub(crate) link: Option<DocLink>,
}

/// What a valid document tells documents of the other kind.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DocLink {
    /// A notice: the policy it names, and how that policy lists it.
    Notice {
        /// The policy id it names (`privacy_policy`).
        policy: String,
        /// The notice's form title.
        form: crate::model::Text,
        /// The notice's slugs.
        slugs: crate::model::Bilingual<String>,
    },
    /// A policy: how its notices link to it.
    Policy {
        /// Its title.
        title: crate::model::Text,
        /// Its slugs.
        slugs: crate::model::Bilingual<String>,
    },
}

/// How the documents of a site point at each other: each policy lists the
/// notices that name it, and each notice links to its policy. Built from
/// the documents' [`DocLink`]s between the stages (notices are checked
/// before policies render, and render after them).
#[derive(Debug, Clone, Default)]
pub(crate) struct Links {
    /// By policy id, the notices naming it, in id order.
    notices: BTreeMap<String, Vec<crate::model::NoticeLink>>,
    /// By policy id, its page.
    policies: BTreeMap<String, crate::model::PageLink>,
}

impl Links {
    /// The links of `docs` (id and link), with addresses under `config`.
    pub(crate) fn of<'a>(
        config: Option<&SiteConfig>,
        docs: impl Iterator<Item = (&'a str, &'a DocLink)>,
    ) -> Links {
        let mut links = Links::default();
        let url = |slugs: &crate::model::Bilingual<String>| match config {
            Some(c) => crate::model::Bilingual {
                en: crate::render::page_url(c, crate::model::Lang::En, &slugs.en),
                fr: crate::render::page_url(c, crate::model::Lang::Fr, &slugs.fr),
            },
            None => slugs.clone(),
        };
        for (id, link) in docs {
            match link {
                DocLink::Notice {
                    policy,
                    form,
                    slugs,
                } => links.notices.entry(policy.clone()).or_default().push(
                    crate::model::NoticeLink {
                        id: id.to_string(),
                        form: form.clone(),
                        url: url(slugs),
                    },
                ),
                DocLink::Policy { title, slugs } => {
                    links.policies.insert(
                        id.to_string(),
                        crate::model::PageLink {
                            id: id.to_string(),
                            title: title.clone(),
                            url: url(slugs),
                        },
                    );
                }
            }
        }
        for list in links.notices.values_mut() {
            list.sort_by(|a, b| a.id.cmp(&b.id));
        }
        links
    }
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
        let policies = if with_policies {
            load::list_documents(&layout, &mut site_diags)
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

/// What resolving, validating and linting one policy needs.
#[derive(Clone, Copy)]
pub(crate) struct CheckEnv<'a> {
    profiles: &'a BTreeMap<String, NamedDoc>,
    layout: &'a SiteLayout,
    lock: &'a TranslationLock,
    lock_file: LockFile,
    source_language: Option<crate::model::Lang>,
    terms: &'a Terms,
}

impl CheckEnv<'_> {
    /// A profile that was read but did not load (its own errors are
    /// reported in its file) is not "unknown": say so, and point at it.
    fn blame_profile(
        &self,
        e: Diagnostic,
        named: &NamedDoc,
        sources: SourceView<'_>,
    ) -> Diagnostic {
        let Some(loc) = e.location.filter(|_| e.code == "unknown-profile") else {
            return e;
        };
        // The first name along the `extends` chain that is not a loaded profile.
        let extends = |doc: &NamedDoc| -> Option<String> {
            doc.doc
                .value
                .get("extends")
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let mut name = extends(named);
        for _ in 0..=self.profiles.len() {
            match name.as_deref().and_then(|n| self.profiles.get(n)) {
                Some(p) => name = extends(p),
                None => break,
            }
        }
        let Some(name) = name else {
            return e;
        };
        let dir = self.layout.profiles_dir();
        // Read once (a preview's sources keep deleted files) and still there.
        let Some(file) = ["yaml", "yml"]
            .iter()
            .find_map(|ext| sources.find(&dir.join(format!("{name}.{ext}"))))
            .filter(|f| sources.get(*f).path.is_file())
        else {
            return e;
        };
        let display = &sources.get(file).display;
        Diagnostic::error(
            "profile-error",
            msg!(
                "site-profile-error",
                profile = name.clone(),
                file = display.clone()
            ),
        )
        .at(loc.file, loc.span)
        .with_hint(msg!("site-profile-error-hint"))
    }

    /// Resolves, validates and lints the document `id` of `kind` read as
    /// `named`. `sources` must hold its file and its profiles'. With
    /// `links`, a policy lists its notices and a notice links to its policy
    /// (which must exist); without, a notice is checked on its own.
    pub(crate) fn check(
        &self,
        id: &str,
        kind: crate::model::DocKind,
        named: &NamedDoc,
        sources: SourceView<'_>,
        links: Option<&Links>,
    ) -> PolicyCheck {
        let mut check = PolicyCheck::default();
        match resolve::resolve(named, self.profiles) {
            Ok(resolved) => {
                check.profiles = resolved.profiles.clone();
                // What a profile says of the website, or of the policies it
                // serves, is not a notice's.
                let resolved = match kind {
                    crate::model::DocKind::Notice => {
                        resolved.without_inherited(&crate::model::not_inherited_by_notices())
                    }
                    crate::model::DocKind::Policy => resolved,
                };
                let (policy, d) = validate::document(&resolved, kind);
                check.diags.extend(d);
                if let Some(mut policy) = policy {
                    let slugs = validate::slugs(id, &policy);
                    check.link = Some(match (&policy.privacy_policy, kind) {
                        (Some(target), crate::model::DocKind::Notice) => DocLink::Notice {
                            policy: target.as_str().to_string(),
                            form: policy
                                .form
                                .as_ref()
                                .map_or_else(|| policy.title.clone(), |f| f.title.clone()),
                            slugs: slugs.clone(),
                        },
                        _ => DocLink::Policy {
                            title: policy.title.clone(),
                            slugs: slugs.clone(),
                        },
                    });
                    // A notice whose policy is missing is not rendered: its
                    // page would link nowhere.
                    let mut orphan = false;
                    if let Some(links) = links {
                        match (kind, &policy.privacy_policy) {
                            (crate::model::DocKind::Policy, _) => {
                                policy.notices = links.notices.get(id).cloned().unwrap_or_default();
                            }
                            (crate::model::DocKind::Notice, Some(target)) => {
                                match links.policies.get(target.as_str()) {
                                    Some(page) => policy.policy_page = Some(page.clone()),
                                    None => {
                                        orphan = true;
                                        check.diags.push(unknown_policy(
                                            target.as_str(),
                                            links,
                                            &resolved,
                                        ))
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                    check.diags.extend(crate::lint::legal(&policy, &resolved));
                    check
                        .diags
                        .extend(crate::lint::parity::markdown(&policy, &resolved));
                    check
                        .diags
                        .extend(crate::lint::links::markdown(&policy, &resolved, sources));
                    check
                        .diags
                        .extend(terminology::policy(self.terms, &resolved, sources));
                    check
                        .diags
                        .extend(crate::lint::placeholder::examples(&resolved));
                    if let (LockFile::Read, Some(src)) = (self.lock_file, self.source_language) {
                        check
                            .diags
                            .extend(freshness::check_policy(self.lock, src, id, &resolved));
                    }
                    check.claim = Some(validate::SlugClaim::of(id, &policy, &resolved));
                    if !orphan {
                        check.entry = Some(Arc::new(PolicyEntry {
                            page: PolicyPage {
                                slugs,
                                id: id.to_string(),
                                policy,
                            },
                            resolved,
                        }));
                    }
                }
            }
            Err(e) => {
                // Still record what it extends, so fixing the profile re-checks it.
                if let Some(ext) = named.doc.value.get("extends").and_then(|v| v.as_str()) {
                    check.profiles.push(ext.to_string());
                }
                let profile_missing = matches!(e.code, "unknown-profile" | "profile-cycle");
                check.diags.push(self.blame_profile(e, named, sources));
                if profile_missing {
                    check.diags.extend(own_mistakes(named, kind));
                }
            }
        }
        check
    }
}

/// A notice naming a policy the site does not have.
fn unknown_policy(target: &str, links: &Links, resolved: &Resolved) -> Diagnostic {
    let (file, span) = resolved.locate(
        &crate::load::YamlPath::root().key("privacy_policy"),
        crate::resolve::Target::Value,
    );
    let known: Vec<&str> = links.policies.keys().map(String::as_str).collect();
    let d = Diagnostic::error(
        "unknown-policy",
        msg!("site-unknown-policy", policy = target.to_string()),
    )
    .at(file, span);
    match crate::suggest::closest(target, &known) {
        Some(s) => d.with_hint(msg!(
            "site-unknown-policy-did-you-mean",
            suggestion = s.to_string()
        )),
        None if known.is_empty() => d.with_hint(msg!("site-unknown-policy-no-policies")),
        None => d.with_hint(msg!("site-known-policies", policies = known.join(", "))),
    }
}

/// The mistakes a policy's own file has whatever its profiles would add
/// (unknown keys, wrong types, bad values), when its profiles cannot be
/// merged: read alone, without the keys it would inherit (reported missing
/// only once the profiles load).
fn own_mistakes(named: &NamedDoc, kind: crate::model::DocKind) -> Diagnostics {
    let mut value = named.doc.value.clone();
    if let Some(m) = value.as_mapping_mut() {
        m.remove("extends");
    }
    let alone = resolve::Resolved {
        not_inherited: Vec::new(),
        id: named.name.to_string(),
        value,
        layers: vec![named.doc.clone()],
        profiles: Vec::new(),
    };
    let (_, diags) = validate::document(&alone, kind);
    let mut own = Diagnostics::new();
    diags
        .into_iter()
        .filter(|d| d.code != "missing-key")
        .for_each(|d| own.push(d));
    own
}

/// A site held in memory between changes, for `serve`: each stage's results
/// are kept per file, so a change re-runs the stages only for what it
/// affects (a policy file: that policy; a profile: the policies extending
/// it; settings, wording or theme: everything). [`load_project`] is a
/// workspace opened once.
///
/// Opened with [`Workspace::open`], it keeps every policy's data (for
/// [`Workspace::project`]). Opened with [`Workspace::open_for_preview`], it
/// keeps only what the next change needs: each policy is read, checked and
/// rendered on its own, its pages are handed over with
/// [`Workspace::take_rendered`], and its data and text are dropped (a clean
/// policy's file is read again when a profile it extends changes), so memory
/// grows with the pages, not with every stage's intermediate values.
#[derive(Debug)]
pub struct Workspace {
    /// The settings, profiles, wording, theme, lock and terminology.
    base: Base,
    options: LoadOptions,
    /// Whether policies are rendered and their data dropped (the preview).
    preview: bool,
    profile_diags: Diagnostics,
    /// Problems of the policies folder itself (unreadable, file names),
    /// after it was listed again.
    policy_load_diags: Diagnostics,
    /// Every policy file of the folder, by policy id.
    policies: BTreeMap<String, PolicyState>,
    /// Problems that concern several policies or the whole site, as of the
    /// last change.
    site_level_diags: Diagnostics,
    /// The preview's renders not yet taken, by policy id (`None`: the
    /// policy is gone or has no pages).
    rendered: BTreeMap<String, Option<RenderedPolicy>>,
    /// Whether `rendered` holds every policy (after a full load).
    complete: bool,
}

/// A policy file of the workspace and what its last check found.
#[derive(Debug)]
struct PolicyState {
    named: NamedFile,
    file: FileId,
    check: PolicyCheck,
}

/// What the preview shows of a policy besides its files: what the landing
/// page and the sitemap list, and the ids of its own sections.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicySummary {
    /// What the landing page and the sitemap show of it.
    pub listing: Listing,
    /// The ids of its own sections (`sections:`), in order.
    pub sections: Vec<String>,
}

impl PolicySummary {
    /// The summary of a policy.
    pub fn of(p: &PolicyPage) -> PolicySummary {
        PolicySummary {
            listing: Listing::of(p),
            sections: p.policy.sections.iter().map(|s| s.id.to_string()).collect(),
        }
    }
}

/// A policy rendered for the preview: its summary and its files (its two
/// pages, then its `policy.json` files), each as its path under the site
/// (`en/<slug>/index.html`) and its bytes. Files with the same bytes share
/// them (the two `policy.json`).
#[derive(Debug, Clone)]
pub struct RenderedPolicy {
    /// What lists it.
    pub summary: PolicySummary,
    /// Its files.
    pub files: Vec<(String, Arc<[u8]>)>,
}

/// The renders a preview workspace made since they were last taken.
#[derive(Debug, Default)]
pub struct Renders {
    /// Each policy checked again, by id: its new render, or `None` when it
    /// is gone or has no pages (it has errors).
    pub policies: BTreeMap<String, Option<RenderedPolicy>>,
    /// Whether `policies` is every policy of the site (after a full load):
    /// any other policy is gone.
    pub complete: bool,
}

/// One policy taken through the stages.
struct Processed {
    check: PolicyCheck,
    /// Its text, to keep in the source map (empty when nothing needs it).
    text: Option<SourceFile>,
    rendered: Option<RenderedPolicy>,
}

impl RenderedPolicy {
    /// The preview's copy of a policy's files ([`policy_files`]): files
    /// with the same bytes share them.
    fn new(p: &PolicyPage, rendered: PolicyFiles) -> RenderedPolicy {
        let mut files: Vec<(String, Arc<[u8]>)> = Vec::with_capacity(4);
        for page in rendered
            .pages
            .into_iter()
            .chain(rendered.fragments)
            .chain(rendered.json)
        {
            let same = files
                .iter()
                .find(|(_, b)| **b == *page.content.as_bytes())
                .map(|(_, b)| b.clone());
            let bytes = same.unwrap_or_else(|| Arc::from(page.content.into_bytes()));
            files.push((page.path, bytes));
        }
        RenderedPolicy {
            summary: PolicySummary::of(p),
            files,
        }
    }
}

impl Workspace {
    /// Loads the whole site, keeping every policy's data.
    pub fn open(layout: SiteLayout, options: LoadOptions) -> Workspace {
        Workspace::load(layout, options, false)
    }

    /// Loads the whole site for the live preview: every policy is rendered
    /// as soon as it is checked (see [`Workspace::take_rendered`]), and only
    /// a small summary of it is kept.
    pub fn open_for_preview(layout: SiteLayout, options: LoadOptions) -> Workspace {
        Workspace::load(layout, options, true)
    }

    fn load(layout: SiteLayout, options: LoadOptions, preview: bool) -> Workspace {
        let mut base = Base::load(layout, &options, true);
        let files = std::mem::take(&mut base.policies);
        let mut ws = Workspace {
            base,
            options,
            preview,
            profile_diags: Diagnostics::new(),
            policy_load_diags: Diagnostics::new(),
            policies: BTreeMap::new(),
            site_level_diags: Diagnostics::new(),
            rendered: BTreeMap::new(),
            complete: preview,
        };
        let mut ids = Vec::with_capacity(files.len());
        for NamedFile { name, path } in files {
            let id = name.as_str().to_string();
            ws.insert_file(id.clone(), name, path);
            ids.push(id);
        }
        ws.check_policies(&ids);
        ws.finish_change();
        ws
    }

    /// The site's layout.
    pub fn layout(&self) -> &SiteLayout {
        &self.base.layout
    }

    /// Every file read, for showing diagnostics. In a preview workspace,
    /// the text of a policy without problems is not kept.
    pub fn sources(&self) -> &SourceMap {
        &self.base.sources
    }

    /// The renderer, when the settings, wording and theme loaded.
    pub fn renderer(&self) -> Option<&Arc<Renderer>> {
        self.base.renderer.as_ref()
    }

    /// The wording, when it loaded.
    pub fn locales(&self) -> Option<&Arc<Locales>> {
        self.base.locales.as_ref()
    }

    /// The theme's static files.
    pub fn assets(&self) -> &[Asset] {
        &self.base.assets
    }

    /// Takes the renders made since the last call (a preview workspace
    /// only; see [`Workspace::open_for_preview`]). The preview takes them
    /// when the site has no errors: until then they accumulate, so that
    /// every policy changed meanwhile is served once the site builds again.
    pub fn take_rendered(&mut self) -> Renders {
        Renders {
            policies: std::mem::take(&mut self.rendered),
            complete: std::mem::replace(&mut self.complete, false),
        }
    }

    /// Records a policy file of the folder, not yet checked.
    fn insert_file(&mut self, id: String, name: Ident, path: PathBuf) {
        let file = self
            .base
            .sources
            .reserve(self.base.layout.display(&path), &path);
        let state = PolicyState {
            named: NamedFile { name, path },
            file,
            check: PolicyCheck::default(),
        };
        self.policies.insert(id, state);
    }

    /// Takes the policy file `st` through every stage: read, parse,
    /// resolve, validate, lint, and, when `render`, render (its data is
    /// then dropped).
    fn process(&self, st: &PolicyState, render: bool, links: Option<&Links>) -> Processed {
        let base = &self.base;
        let renderer = base.renderer.as_deref().filter(|_| render);
        let run = run_policy(
            &base.layout,
            &base.sources,
            base.env(),
            &st.named,
            st.file,
            renderer,
            links,
        );
        let mut check = run.check;
        let rendered = match (run.files, render) {
            (Some(files), true) => check
                .entry
                .take()
                .map(|entry| RenderedPolicy::new(&entry.page, files)),
            _ => None,
        };
        if render {
            // Rendered (or failed): the preview keeps no data of it.
            check.entry = None;
        }
        let text = run.text.map(|text| {
            if self.preview && check.diags.is_empty() {
                // Nothing to show in it: read again if ever needed.
                SourceFile::new(text.display, text.path, String::new())
            } else {
                text
            }
        });
        Processed {
            check,
            text,
            rendered,
        }
    }

    /// The kind of the document `id`.
    fn kind(&self, id: &str) -> Option<crate::model::DocKind> {
        self.policies
            .get(id)
            .map(|st| self.base.layout.kind_of(&st.named.path))
    }

    /// The links between the documents, as last checked.
    fn links(&self) -> Links {
        Links::of(
            self.base.config.as_ref(),
            self.policies
                .iter()
                .filter_map(|(id, st)| st.check.link.as_ref().map(|l| (id.as_str(), l))),
        )
    }

    /// The policy a notice names, as last checked.
    fn target_of(&self, id: &str) -> Option<String> {
        match self.policies.get(id).and_then(|st| st.check.link.as_ref()) {
            Some(DocLink::Notice { policy, .. }) => Some(policy.clone()),
            _ => None,
        }
    }

    /// Takes the named documents through every stage, with what they
    /// affect: a notice's old and new policy (which lists it), and a
    /// policy's notices (which link to it). As in `build`: the notices are
    /// checked first, then the policies go through every stage, then the
    /// notices.
    fn check_policies(&mut self, ids: &[String]) {
        use crate::model::DocKind;
        let notices: Vec<String> = ids
            .iter()
            .filter(|id| self.kind(id) == Some(DocKind::Notice))
            .cloned()
            .collect();
        let mut policies: BTreeSet<String> = ids
            .iter()
            .filter(|id| self.kind(id) == Some(DocKind::Policy))
            .cloned()
            .collect();
        let before: Vec<Option<String>> = notices.iter().map(|n| self.target_of(n)).collect();
        let first: Vec<(String, Processed)> = notices
            .par_iter()
            .filter_map(|id| {
                let st = self.policies.get(id)?;
                Some((id.clone(), self.process(st, false, None)))
            })
            .collect();
        for (id, p) in first {
            if let Some(st) = self.policies.get_mut(&id) {
                st.check.link = p.check.link;
            }
        }
        for (n, old) in notices.iter().zip(before) {
            policies.extend(old);
            policies.extend(self.target_of(n));
        }
        // Ids named by notices that are not (or no longer) policies drop out.
        let policies: Vec<String> = policies
            .into_iter()
            .filter(|id| self.kind(id) == Some(DocKind::Policy))
            .collect();
        let links = self.links();
        self.run_stages(&policies, &links);
        let links = self.links();
        let mut notices: BTreeSet<String> = notices.into_iter().collect();
        for (id, st) in &self.policies {
            if let Some(DocLink::Notice { policy, .. }) = &st.check.link {
                if policies.contains(policy) {
                    notices.insert(id.clone());
                }
            }
        }
        let notices: Vec<String> = notices.into_iter().collect();
        self.run_stages(&notices, &links);
    }

    /// Takes the named documents through every stage, in parallel.
    fn run_stages(&mut self, ids: &[String], links: &Links) {
        let results: Vec<(String, Processed)> = ids
            .par_iter()
            .filter_map(|id| {
                let st = self.policies.get(id)?;
                Some((id.clone(), self.process(st, self.preview, Some(links))))
            })
            .collect();
        for (id, p) in results {
            if let Some(text) = p.text {
                self.base.sources.add(text);
            }
            if self.preview {
                self.rendered.insert(id.clone(), p.rendered);
            }
            if let Some(st) = self.policies.get_mut(&id) {
                st.check = p.check;
            }
        }
    }

    /// Applies a batch of changed paths (created, modified, removed or
    /// renamed files) and says what must be rendered again.
    pub fn apply(&mut self, changed: &[PathBuf]) -> Affected {
        let content = self.base.layout.content_dir();
        let (policies_dir, notices_dir, profiles_dir) = (
            self.base.layout.policies_dir(),
            self.base.layout.notices_dir(),
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
            if path.starts_with(&policies_dir) || path.starts_with(&notices_dir) {
                policies_changed = true;
            } else if path.starts_with(&profiles_dir) {
                profiles_changed = true;
            } else if path.starts_with(&content)
                || path.starts_with(self.base.layout.locales_dir())
                || path.starts_with(self.base.layout.themes_dir())
            {
                // Site settings, the lock, wording, theme: everything.
                let (layout, options) = (self.base.layout.clone(), self.options.clone());
                *self = Workspace::load(layout, options, self.preview);
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
            let (profiles, diags, touched) = self.rescan(&prev, &profiles_dir, &changed_set);
            self.base.profiles = profiles;
            self.profile_diags = diags;
            for (id, st) in &self.policies {
                if st.check.profiles.iter().any(|p| touched.contains(p)) {
                    recheck.insert(id.clone());
                }
            }
            let (sources, layout) = (&self.base.sources, &self.base.layout);
            self.base
                .site_diags
                .retain(|d| !is_about(d, sources, &profiles_dir, layout));
        }
        if policies_changed
            && !self.known_policies(changed, &[&policies_dir, &notices_dir], &mut recheck)
        {
            // A notice that goes takes its line off its policy's page.
            let targets: BTreeMap<String, String> = self
                .policies
                .keys()
                .filter_map(|id| self.target_of(id).map(|t| (id.clone(), t)))
                .collect();
            let touched = self.rescan_policies(&changed_set);
            for id in &touched {
                if !self.policies.contains_key(id) {
                    if let Some(t) = targets.get(id) {
                        recheck.insert(t.clone());
                    }
                }
            }
            recheck.extend(touched);
        }
        let ids: Vec<String> = recheck
            .iter()
            .filter(|id| self.policies.contains_key(*id))
            .cloned()
            .collect();
        self.check_policies(&ids);
        self.finish_change();
        Affected::Policies(recheck)
    }

    /// The common case of a save: every changed path under the policies
    /// folder is the file of a policy already listed, and still a file.
    /// Then the folder need not be listed again: those policies are marked
    /// for checking (their files are read again). Returns false (having
    /// changed nothing) when the change is anything else (a file added,
    /// removed or renamed).
    fn known_policies(
        &self,
        changed: &[PathBuf],
        dirs: &[&Path],
        recheck: &mut BTreeSet<String>,
    ) -> bool {
        let mut known = Vec::new();
        for path in changed
            .iter()
            .filter(|p| dirs.iter().any(|d| p.starts_with(d)))
        {
            let name = path.file_name().map(|n| n.to_string_lossy());
            if name.as_deref().is_some_and(load::is_editor_artifact) {
                continue;
            }
            let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
            let Some(stem) = stem else { return false };
            match self.policies.get(&stem) {
                Some(st) if st.named.path == *path && path.is_file() => known.push(stem),
                _ => return false,
            }
        }
        recheck.extend(known);
        true
    }

    /// Drops the text kept of a policy file that is gone (a preview keeps
    /// no text it cannot show a problem in).
    fn forget_text(&mut self, st: PolicyState) {
        if self.preview {
            let display = self.base.sources.get(st.file).display.clone();
            self.base
                .sources
                .add(SourceFile::new(display, st.named.path, String::new()));
        }
    }

    /// Lists the policies folder again. Files at the same path and not
    /// among the `changed` paths keep what was found of them; the others
    /// are returned, with the policies that are gone, to be checked.
    fn rescan_policies(&mut self, changed: &HashSet<&Path>) -> BTreeSet<String> {
        let dirs = [
            self.base.layout.policies_dir(),
            self.base.layout.notices_dir(),
        ];
        let mut diags = Diagnostics::new();
        let listed = load::list_documents(&self.base.layout, &mut diags);
        let mut previous = std::mem::take(&mut self.policies);
        let mut touched = BTreeSet::new();
        for NamedFile { name, path } in listed {
            let id = name.as_str().to_string();
            match previous.remove(&id) {
                Some(st) if st.named.path == path && !changed.contains(path.as_path()) => {
                    self.policies.insert(id, st);
                }
                other => {
                    if let Some(moved) = other.filter(|st| st.named.path != path) {
                        // `a.yaml` became `a.yml`: the old file's text is not needed.
                        self.forget_text(moved);
                    }
                    self.insert_file(id.clone(), name, path);
                    touched.insert(id);
                }
            }
        }
        for (id, st) in previous {
            if self.preview {
                self.forget_text(st);
                self.rendered.insert(id.clone(), None);
            }
            touched.insert(id);
        }
        self.policy_load_diags = diags;
        // The site-level load problems of the documents' folders now live here.
        let (sources, layout) = (&self.base.sources, &self.base.layout);
        self.base
            .site_diags
            .retain(|d| !dirs.iter().any(|dir| is_about(d, sources, dir, layout)));
        touched
    }

    /// Lists the profiles folder again, re-reading only the changed paths.
    /// Returns the profiles, the folder's load problems, and the names
    /// whose document changed, appeared or vanished.
    fn rescan(
        &mut self,
        prev: &BTreeMap<String, NamedDoc>,
        dir: &Path,
        changed: &HashSet<&Path>,
    ) -> (BTreeMap<String, NamedDoc>, Diagnostics, BTreeSet<String>) {
        let by_path: HashMap<PathBuf, NamedDoc> = prev
            .values()
            .map(|d| (self.base.sources.get(d.doc.file).path.clone(), d.clone()))
            .collect();
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
            "profile",
            false,
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

    /// After policies were checked: the site-wide problems, and (in a
    /// preview workspace) the text of any file they point into.
    fn finish_change(&mut self) {
        self.site_level_diags = self.site_level();
        if !self.preview {
            return;
        }
        // A site-wide problem (two policies at one address) may point into
        // a policy without problems of its own, whose text was not kept.
        let mut missing = Vec::new();
        for d in self.site_level_diags.iter() {
            let places = d.location.iter().chain(d.related.iter().map(|(l, _)| l));
            for loc in places {
                let known = self.base.sources.get(loc.file);
                if known.text.is_empty() {
                    missing.push((loc.file, known.path.clone()));
                }
            }
        }
        for (file, path) in missing {
            if let (Some(f), _) =
                load::read_file(&self.base.layout, &path, load::MAX_YAML_BYTES, file)
            {
                self.base.sources.add(f);
            }
        }
    }

    /// Every problem of the site, sorted by file and line.
    pub fn diagnostics(&self) -> Diagnostics {
        let mut d = self.base.site_diags.clone();
        d.extend(self.profile_diags.clone());
        d.extend(self.policy_load_diags.clone());
        for st in self.policies.values() {
            d.extend(st.check.diags.clone());
        }
        d.extend(self.site_level_diags.clone());
        d.sort(&self.base.sources);
        d
    }

    /// Problems that concern several policies or the site as a whole.
    fn site_level(&self) -> Diagnostics {
        let claims = self
            .policies
            .values()
            .filter_map(|s| s.check.claim.as_ref());
        let none = self.policies.is_empty() && !self.has_load_errors();
        site_level(
            &self.base.layout,
            claims,
            none,
            (self.base.lock_file, &self.base.lock),
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
            || self.policies.values().any(|s| s.check.diags.has_errors())
            || self.site_level_diags.has_errors()
    }

    fn has_load_errors(&self) -> bool {
        self.base.site_diags.has_errors() || self.policy_load_diags.has_errors()
    }

    /// The project, when the site has no errors. `None` for a preview
    /// workspace ([`Workspace::open_for_preview`]), which keeps no policy
    /// data.
    pub fn project(&self) -> Option<Project> {
        if self.preview || self.has_errors() {
            return None;
        }
        let (config, renderer, locales) = (
            self.base.config.as_ref()?,
            self.base.renderer.as_ref()?,
            self.base.locales.as_ref()?,
        );
        let policies = self
            .policies
            .values()
            .filter_map(|s| s.check.entry.clone())
            .collect();
        Some(Project {
            layout: self.base.layout.clone(),
            config: config.clone(),
            policies,
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
                    msg!("site-message-overrides-nothing", id = id.to_string()),
                )
                .at(info.file, info.span)
                .with_hint(msg!("site-message-overrides-nothing-hint")),
            );
        }
    }
    d
}

/// The messages the theme's templates ask for by a literal key that the
/// wording does not define (in both languages for `t`, in one for `t_en`
/// and `t_fr`), each at the template's line and column.
fn missing_template_messages(locales: &Locales, theme: &Theme, sources: &SourceMap) -> Diagnostics {
    use crate::model::Lang;
    let mut d = Diagnostics::new();
    for (name, id) in &theme.files {
        let file = sources.get(*id);
        for u in crate::render::theme::message_uses(&file.text) {
            let langs: &[Lang] = match u.function {
                "t_en" => &[Lang::En],
                "t_fr" => &[Lang::Fr],
                _ => &Lang::ALL,
            };
            let Some(lang) = langs.iter().find(|l| !locales.has(**l, u.key)) else {
                continue;
            };
            let known: Vec<&str> = locales.messages(*lang).keys().map(String::as_str).collect();
            let hint = match crate::suggest::closest(u.key, &known) {
                Some(s) => msg!("validate-did-you-mean", suggestion = s.to_string()),
                None => msg!(
                    "site-missing-message-hint",
                    message = u.key.to_string(),
                    lang = lang.code()
                ),
            };
            d.push(
                Diagnostic::error(
                    "missing-message",
                    msg!(
                        "site-missing-message",
                        template = name.to_string(),
                        message = u.key.to_string(),
                        lang = lang.code()
                    ),
                )
                .at(*id, file.span_of_bytes(u.at..u.at + u.key.len()))
                .with_hint(hint),
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

fn read_lock(layout: &SiteLayout, diags: &mut Diagnostics) -> (TranslationLock, LockFile) {
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

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    /// Policy pages written (two per policy).
    pub pages: usize,
    /// Other files written (landing page, sitemap, policy.json files, assets).
    pub other_files: usize,
    /// Of the files written, those the previous output already held with
    /// the same bytes: kept as they were, with their modification time.
    pub unchanged: usize,
    /// The paths of `keep:` carried over from the previous output.
    pub kept: Vec<String>,
    /// Each policy built: its id and the paths of its two pages.
    pub built: Vec<(String, String, String)>,
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

/// The files of a document, as `build` writes them and `serve` serves them.
#[derive(Debug)]
pub struct PolicyFiles {
    /// Its English and French pages.
    pub pages: [Page; 2],
    /// A notice's fragments (`notice.en.html`, `notice.fr.html`); none for
    /// a policy.
    pub fragments: Vec<Page>,
    /// Its `policy.json` files: the same document beside each language's
    /// page (see [`crate::publish`]).
    pub json: Vec<Page>,
}

impl PolicyFiles {
    /// Every file, pages first.
    pub fn iter(&self) -> impl Iterator<Item = &Page> {
        self.pages.iter().chain(&self.fragments).chain(&self.json)
    }
}

/// Renders the files of a policy. Its published data and version are
/// computed once for all of them.
pub fn policy_files(renderer: &Renderer, p: &PolicyPage) -> Result<PolicyFiles, Diagnostic> {
    let failed = |e: String| {
        // `e` is the publishing stage's own text (src/publish/).
        Diagnostic::error(
            "render-error",
            msg!("site-render-error", id = p.id.clone(), reason = e),
        )
        .at_path(crate::render::document_file(p))
    };
    let published = crate::publish::Published::of(&p.policy).map_err(failed)?;
    let (pages, fragments) = renderer.render_document(p, &published)?;
    let urls = crate::model::Bilingual {
        en: renderer.page_url(crate::model::Lang::En, &p.slugs.en),
        fr: renderer.page_url(crate::model::Lang::Fr, &p.slugs.fr),
    };
    let json = crate::publish::json_pages(
        &p.id,
        &p.policy,
        &published,
        &p.slugs,
        urls,
        renderer.locales(),
    )
    .map_err(failed)?;
    Ok(PolicyFiles {
        pages,
        fragments,
        json,
    })
}

/// What one policy file gave through the stages.
pub(crate) struct PolicyRun {
    /// What resolving, validating and linting found; its data when valid.
    pub(crate) check: PolicyCheck,
    /// Its text, when it could be read.
    pub(crate) text: Option<SourceFile>,
    /// Its files, when it was rendered.
    pub(crate) files: Option<PolicyFiles>,
}

/// Takes one policy file through every stage: read, parse, then (in
/// [`CheckEnv::check`]) resolve, validate and lint, then, when a renderer
/// is given and the policy is valid, render. `build`, `check` and `serve`
/// all go through here. `sources` must hold its profiles' files; `file` is
/// the id reserved for it.
pub(crate) fn run_policy(
    layout: &SiteLayout,
    sources: &SourceMap,
    env: CheckEnv<'_>,
    named: &NamedFile,
    file: FileId,
    renderer: Option<&Renderer>,
    links: Option<&Links>,
) -> PolicyRun {
    let mut run = PolicyRun {
        check: PolicyCheck::default(),
        text: None,
        files: None,
    };
    let (text, problem) = load::read_file(layout, &named.path, load::MAX_YAML_BYTES, file);
    run.text = text;
    let Some(text) = &run.text else {
        problem.into_iter().for_each(|d| run.check.diags.push(d));
        return run;
    };
    if let Some(d) = problem {
        run.check.diags.push(d);
        return run;
    }
    let (doc, problems) = match load::yaml::parse(file, text) {
        Ok(mut doc) => {
            let problems = std::mem::take(&mut doc.problems);
            (doc, problems)
        }
        Err(ds) => {
            ds.into_iter().for_each(|d| run.check.diags.push(d));
            return run;
        }
    };
    let doc = NamedDoc {
        name: named.name.clone(),
        doc: Arc::new(doc),
    };
    run.check = env.check(
        named.name.as_str(),
        layout.kind_of(&named.path),
        &doc,
        SourceView::with(sources, file, text),
        links,
    );
    if !problems.is_empty() {
        // Reported with the rest of the file's problems; not rendered.
        problems.into_iter().for_each(|d| run.check.diags.push(d));
        run.check.entry = None;
    }
    if let (Some(renderer), Some(entry)) = (renderer, &run.check.entry) {
        match policy_files(renderer, &entry.page) {
            Ok(files) => run.files = Some(files),
            Err(d) => run.check.diags.push(d),
        }
    }
    run
}
