//! `policypress init`: a new site that builds at once, for one
//! jurisdiction, filled with example values that `check` lists (so
//! `check --strict` fails until they are replaced). The starter files live in
//! `src/scaffold/templates/<jurisdiction>/` and are compiled in.
//!
//! [`new`] writes one new policy file, generated from the model's schema.

pub mod eject;
pub mod new;

pub use eject::eject_theme;
pub use new::{new_policy, NewPolicy, Written};

use crate::load::SiteLayout;
use crate::model::Jurisdiction;
use crate::site::{load_project, LoadOptions};
use crate::t;
use std::path::{Path, PathBuf};

/// The starter files of a jurisdiction: (name, site.yaml, profile, policy,
/// the collection notice of one form).
type Starter = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn starter(j: Jurisdiction) -> Starter {
    match j {
        Jurisdiction::Quebec => (
            "quebec",
            include_str!("templates/quebec/site.yaml"),
            include_str!("templates/quebec/profile.yaml"),
            include_str!("templates/quebec/policy.yaml"),
            include_str!("templates/quebec/notice.yaml"),
        ),
        Jurisdiction::Ontario => (
            "ontario",
            include_str!("templates/ontario/site.yaml"),
            include_str!("templates/ontario/profile.yaml"),
            include_str!("templates/ontario/policy.yaml"),
            include_str!("templates/ontario/notice.yaml"),
        ),
        Jurisdiction::Federal => (
            "federal",
            include_str!("templates/federal/site.yaml"),
            include_str!("templates/federal/profile.yaml"),
            include_str!("templates/federal/policy.yaml"),
            include_str!("templates/federal/notice.yaml"),
        ),
        Jurisdiction::Private => (
            "private",
            include_str!("templates/private/site.yaml"),
            include_str!("templates/private/profile.yaml"),
            include_str!("templates/private/policy.yaml"),
            include_str!("templates/private/notice.yaml"),
        ),
    }
}

/// Writes a new file, creating its folders; never replaces a file, not even
/// one that appeared since the caller checked (`create_new`).
pub(crate) fn write_new_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| {
            t!(
                "scaffold-cannot-create",
                path = parent.display().to_string(),
                error = e.to_string()
            )
        })?;
    }
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| cannot_write(&path.display().to_string(), &e))?;
    std::io::Write::write_all(&mut f, bytes)
        .map_err(|e| cannot_write(&path.display().to_string(), &e))
}

/// Why `path` could not be written, in the tool's language.
pub(crate) fn cannot_write(path: &str, e: &std::io::Error) -> String {
    t!("scaffold-cannot-write", path = path, error = e.to_string())
}

/// Creates a site in `dir`. Refuses a non-empty folder unless `force`, and
/// never overwrites an existing file, forced or not. Returns the files
/// written.
pub fn init(dir: &Path, jurisdiction: Jurisdiction, force: bool) -> Result<Vec<PathBuf>, String> {
    if dir.exists() {
        let non_empty = std::fs::read_dir(dir)
            .map_err(|e| {
                t!(
                    "scaffold-cannot-read",
                    path = dir.display().to_string(),
                    error = e.to_string()
                )
            })?
            .next()
            .is_some();
        if non_empty && !force {
            return Err(t!("scaffold-not-empty", dir = dir.display().to_string()));
        }
    }
    let (name, site, profile, policy, notice) = starter(jurisdiction);
    let files = [
        (PathBuf::from("content/site.yaml"), site.to_string()),
        (
            PathBuf::from(format!("content/profiles/{name}-base.yaml")),
            profile.to_string(),
        ),
        (
            PathBuf::from("content/policies/privacy-policy.yaml"),
            policy.to_string(),
        ),
        (
            PathBuf::from("content/notices/contact-form-notice.yaml"),
            notice.to_string(),
        ),
        (
            PathBuf::from(".gitignore"),
            "/public\n/.public.staging-*\n".to_string(),
        ),
    ];
    let existing: Vec<String> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(t!("scaffold-would-overwrite", files = existing.join(", ")));
    }
    let mut written = Vec::new();
    for (rel, text) in &files {
        let path = dir.join(rel);
        write_new_file(&path, text.as_bytes())?;
        written.push(path);
    }
    // The starter texts are reviewed translations: record it, so the new
    // site tracks translation freshness from its first edit.
    let loaded = load_project(SiteLayout::new(dir), &LoadOptions::default());
    let project = loaded.project.ok_or_else(|| {
        t!(
            "scaffold-starter-broken",
            name = name,
            diagnostics = loaded.diagnostics.render_human(&loaded.sources, false)
        )
    })?;
    project.accept_translations(&["all".to_string()])?;
    written.push(dir.join("content/translations.lock"));
    Ok(written)
}
