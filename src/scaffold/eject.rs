//! `policypress theme eject`: a copy of a built-in theme in the site, to
//! edit.
//!
//! A site's `themes/<name>/` overrides the built-in theme file by file, so a
//! site that wants one change copies one file. To change more, or to see
//! what there is to change when policypress was installed as a binary (no
//! repository at hand), `eject` writes every template and static file of
//! the built-in theme into `themes/<name>/`. The copy builds exactly as the
//! built-in theme does. Nothing is ever overwritten: if any file it would
//! write exists, it writes nothing and names them.

use std::path::{Path, PathBuf};

/// The built-in themes a site can eject.
pub use crate::defaults::BUILTIN_THEMES;

/// Writes the built-in theme `name` into `<root>/themes/<name>/`. Returns
/// the files written.
pub fn eject_theme(root: &Path, name: &str) -> Result<Vec<PathBuf>, String> {
    if !BUILTIN_THEMES.contains(&name) {
        return Err(crate::t!(
            "scaffold-no-theme",
            name = name,
            themes = BUILTIN_THEMES.join(", ")
        ));
    }
    if !root.join("content").is_dir() {
        return Err(crate::t!(
            "scaffold-no-content",
            dir = root.display().to_string()
        ));
    }
    let dir = root.join("themes").join(name);
    let mut files: Vec<(PathBuf, &'static [u8])> = Vec::new();
    // The whole theme as it builds: a `canada` copy holds the default
    // theme's section templates beside its own frame.
    for (rel, _, text) in crate::defaults::theme_templates(name) {
        files.push((dir.join("templates").join(rel), text.as_bytes()));
    }
    for (rel, bytes) in crate::defaults::theme_assets(name) {
        files.push((dir.join("static").join(rel), bytes));
    }
    let existing: Vec<String> = files
        .iter()
        .filter(|(p, _)| std::fs::symlink_metadata(p).is_ok())
        .map(|(p, _)| p.strip_prefix(root).unwrap_or(p).display().to_string())
        .collect();
    if !existing.is_empty() {
        return Err(crate::t!(
            "scaffold-eject-exists",
            count = existing.len(),
            files = existing.join(", ")
        ));
    }
    let mut written = Vec::new();
    for (path, bytes) in files {
        super::write_new_file(&path, bytes)?;
        written.push(path);
    }
    Ok(written)
}
