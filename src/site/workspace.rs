//! The incremental workspace of `serve`: a site held in memory between
//! changes, each document's results kept per file so that a change re-runs
//! the stages only for what it affects.
//!
//! It drives the same per-document run as the stream
//! ([`super::document`]); what is its own is knowing what a change touches
//! (a document, a profile and the documents extending it, or everything)
//! and what to keep of each document between changes.

use super::document::{run_policy, PolicyCheck};
use super::files::PolicyFiles;
use super::links::{DocLink, Links};
use super::site_wide::{read_texts_shown, site_level};
use super::{Base, LoadOptions, Project};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::load::{self, NamedDoc, NamedFile, SiteLayout};
use crate::model::Ident;
use crate::render::theme::Asset;
use crate::render::{Listing, PolicyPage, Renderer};
use crate::source::{FileId, SourceFile, SourceMap};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
/// it; settings, wording or theme: everything). [`load_project`](super::load_project) is a
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
    pub(super) base: Base,
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
        let policy_load_diags = std::mem::take(&mut base.listing_diags);
        let mut ws = Workspace {
            base,
            options,
            preview,
            profile_diags: Diagnostics::new(),
            policy_load_diags,
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
        read_texts_shown(
            &self.site_level_diags,
            &self.base.layout,
            &mut self.base.sources,
        );
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

/// Whether a site-level diagnostic concerns a file in `dir`.
fn is_about(d: &Diagnostic, sources: &SourceMap, dir: &Path, layout: &SiteLayout) -> bool {
    let shown = layout.display(dir);
    match (&d.location, &d.path) {
        (Some(l), _) => sources.get(l.file).path.starts_with(dir),
        (None, Some(p)) => p.starts_with(&shown),
        _ => false,
    }
}
