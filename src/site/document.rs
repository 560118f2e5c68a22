//! The per-document run: one policy or notice file taken through read →
//! parse → resolve → validate → lint (→ render), the one path `build`,
//! `check`, `serve` and `diff` all use, so that a document means the same
//! thing to every command.
//!
//! [`run_policy`] reads and parses a site's file; [`CheckEnv::check`]
//! takes an already parsed document through resolve, validate and lint
//! (with the profile blame: a profile that did not load is said so, not
//! "unknown").

use super::base::LockFile;
use super::files::{policy_files, PolicyFiles};
use super::links::{DocLink, Links};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::lint::freshness::{self, TranslationLock};
use crate::lint::terminology;
use crate::lint::terms::Terms;
use crate::load::{self, NamedDoc, NamedFile, SiteLayout};
use crate::msg;
use crate::render::{PolicyPage, Renderer};
use crate::resolve::{self, Resolved};
use crate::source::{FileId, SourceFile, SourceMap, SourceView};
use crate::validate;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A policy that passed validation, with what is needed to locate problems
/// in its files.
#[derive(Debug, Clone)]
pub struct PolicyEntry {
    /// What the renderer needs.
    pub page: PolicyPage,
    /// The merged YAML and its layers (for diagnostics).
    pub resolved: Resolved,
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
    pub(crate) profiles: Vec<String>,
    /// What the other kind of document needs of it, kept after its data is
    /// dropped: a notice's policy and form, a policy's title (see [`Links`]).
    pub(crate) link: Option<DocLink>,
}

/// What resolving, validating and linting one policy needs.
#[derive(Clone, Copy)]
pub(crate) struct CheckEnv<'a> {
    pub(super) profiles: &'a BTreeMap<String, NamedDoc>,
    pub(super) layout: &'a SiteLayout,
    pub(super) lock: &'a TranslationLock,
    pub(super) lock_file: LockFile,
    pub(super) source_language: Option<crate::model::Lang>,
    pub(super) terms: &'a Terms,
}

impl CheckEnv<'_> {
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
        let v = resolve_and_validate(self.profiles, self.layout, kind, named, sources);
        let mut check = PolicyCheck {
            profiles: v.profiles,
            diags: v.diags,
            ..PolicyCheck::default()
        };
        let (Some(resolved), Some(mut policy)) = (v.resolved, v.policy) else {
            return check;
        };
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
                            check
                                .diags
                                .push(unknown_policy(target.as_str(), links, &resolved))
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
        check
    }
}

/// What resolving and validating one document gave: the first stages of
/// [`CheckEnv::check`], which `diff` runs alone (it lints nothing).
pub(crate) struct Validated {
    /// Its merged YAML, when its profiles merged.
    pub(crate) resolved: Option<Resolved>,
    /// Its data, when it is valid.
    pub(crate) policy: Option<crate::model::Policy>,
    /// The profiles it extends (when they did not merge, the one it names).
    pub(crate) profiles: Vec<String>,
    /// What resolving and validating found.
    pub(crate) diags: Diagnostics,
}

/// Resolves the document `named` of `kind` against `profiles` (found in
/// `layout`) and validates it. A notice does not inherit what a profile
/// says of the website; a profile that was read but did not load is blamed
/// as such (not "unknown"), and the document's own mistakes are still
/// reported. `sources` must hold its file and its profiles'. Every command
/// that reads a document (`build`, `check`, `serve`, `diff`) goes through
/// here.
pub(crate) fn resolve_and_validate(
    profiles: &BTreeMap<String, NamedDoc>,
    layout: &SiteLayout,
    kind: crate::model::DocKind,
    named: &NamedDoc,
    sources: SourceView<'_>,
) -> Validated {
    let mut v = Validated {
        resolved: None,
        policy: None,
        profiles: Vec::new(),
        diags: Diagnostics::new(),
    };
    match resolve::resolve(named, profiles) {
        Ok(resolved) => {
            v.profiles = resolved.profiles.clone();
            // What a profile says of the website, or of the policies it
            // serves, is not a notice's.
            let resolved = match kind {
                crate::model::DocKind::Notice => {
                    resolved.without_inherited(&crate::model::not_inherited_by_notices())
                }
                crate::model::DocKind::Policy => resolved,
            };
            let (policy, d) = validate::document(&resolved, kind);
            v.diags.extend(d);
            v.policy = policy;
            v.resolved = Some(resolved);
        }
        Err(e) => {
            // Still record what it extends, so fixing the profile re-checks it.
            if let Some(ext) = named.doc.value.get("extends").and_then(|v| v.as_str()) {
                v.profiles.push(ext.to_string());
            }
            let profile_missing = matches!(e.code, "unknown-profile" | "profile-cycle");
            v.diags
                .push(blame_profile(profiles, layout, e, named, sources));
            if profile_missing {
                v.diags.extend(own_mistakes(named, kind));
            }
        }
    }
    v
}
/// A profile that was read but did not load (its own errors are
/// reported in its file) is not "unknown": say so, and point at it.
fn blame_profile(
    profiles: &BTreeMap<String, NamedDoc>,
    layout: &SiteLayout,
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
    for _ in 0..=profiles.len() {
        match name.as_deref().and_then(|n| profiles.get(n)) {
            Some(p) => name = extends(p),
            None => break,
        }
    }
    let Some(name) = name else {
        return e;
    };
    let dir = layout.profiles_dir();
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
