//! `policypress init`: a new site that builds at once, for one
//! jurisdiction, filled with example values that `check` lists (so
//! `check --strict` fails until they are replaced). The starter files live in
//! `src/scaffold/templates/<jurisdiction>/` and are compiled in; their
//! comments are written in the tool's language ([`comments`]).
//!
//! [`new`] writes one new policy file, generated from the model's schema.

pub mod comments;
pub mod eject;
pub mod new;

pub use eject::eject_theme;
pub use new::{new_policy, NewPolicy, Written};

use crate::load::SiteLayout;
use crate::model::{Jurisdiction, Lang};
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

/// The starter files of `jurisdiction` as `init` writes them, their
/// comments worded in `lang`: (file under the site's root, text).
pub fn starter_files(
    jurisdiction: Jurisdiction,
    lang: Lang,
) -> Result<Vec<(PathBuf, String)>, String> {
    let (name, site, profile, policy, notice) = starter(jurisdiction);
    let worded = |template: &str| comments::expand(template, lang);
    Ok(vec![
        (PathBuf::from("content/site.yaml"), worded(site)?),
        (
            PathBuf::from(format!("content/profiles/{name}-base.yaml")),
            worded(profile)?,
        ),
        (
            PathBuf::from("content/policies/privacy-policy.yaml"),
            worded(policy)?,
        ),
        (
            PathBuf::from("content/notices/contact-form-notice.yaml"),
            worded(notice)?,
        ),
        (
            PathBuf::from(".gitignore"),
            "/public\n/.public.staging-*\n".to_string(),
        ),
    ])
}

/// Creates a site in `dir`, its comments in `lang` (the tool's language:
/// they are read by whoever ran `init`). Refuses a non-empty folder unless
/// `force`, and never overwrites an existing file, forced or not. Returns
/// the files written.
pub fn init(
    dir: &Path,
    jurisdiction: Jurisdiction,
    force: bool,
    lang: Lang,
) -> Result<Vec<PathBuf>, String> {
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
    let name = starter(jurisdiction).0;
    let files = starter_files(jurisdiction, lang)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    const ALL: [Jurisdiction; 4] = [
        Jurisdiction::Quebec,
        Jurisdiction::Ontario,
        Jurisdiction::Federal,
        Jurisdiction::Private,
    ];

    /// Every template `init` uses: (its name for messages, its text).
    fn templates() -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        for j in ALL {
            let (name, site, profile, policy, notice) = starter(j);
            for (file, text) in [
                ("site", site),
                ("profile", profile),
                ("policy", policy),
                ("notice", notice),
            ] {
                out.push((format!("{name}/{file}.yaml"), text));
            }
        }
        out
    }

    /// The ids of the starter messages in the English catalog.
    fn starter_ids() -> BTreeSet<String> {
        let mut ids = BTreeSet::new();
        for (_, text) in crate::tool_text::catalog_files(Lang::En) {
            for line in text.lines() {
                if let Some((id, _)) = line.split_once(" =") {
                    if id.starts_with("starter-") {
                        ids.insert(id.to_string());
                    }
                }
            }
        }
        ids
    }

    #[test]
    fn every_marker_names_a_message_of_both_catalogs_and_every_starter_message_is_used() {
        let mut used = BTreeSet::new();
        for (file, text) in templates() {
            let markers = comments::markers(text);
            assert!(!markers.is_empty(), "{file} has no comment");
            for id in markers {
                for lang in Lang::ALL {
                    assert!(
                        crate::tool_text::has(lang, id),
                        "{file}: `{id}` is not in tool-locales/{lang}/"
                    );
                }
                used.insert(id.to_string());
            }
        }
        let defined = starter_ids();
        assert!(defined.len() > 100, "{} starter messages", defined.len());
        let unused: Vec<&String> = defined.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "starter messages no template uses: {unused:?}"
        );
        // A message the French catalog copied from the English one is not
        // translated.
        for id in &defined {
            let en = crate::tool_text::text_in(Lang::En, id, &[]);
            let fr = crate::tool_text::text_in(Lang::Fr, id, &[]);
            assert_ne!(en, fr, "`{id}` is the same in both languages");
        }
    }

    #[test]
    fn the_starters_write_the_same_data_in_both_languages() {
        for (file, text) in templates() {
            let data: serde_yaml::Value =
                serde_yaml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            assert!(data.is_mapping(), "{file}");
            for lang in Lang::ALL {
                let written = comments::expand(text, lang).unwrap_or_else(|e| panic!("{e}"));
                let read: serde_yaml::Value = serde_yaml::from_str(&written)
                    .unwrap_or_else(|e| panic!("{file} in {lang}: {e}\n{written}"));
                assert_eq!(read, data, "{file} in {lang}");
                // The commented-out examples and the value lists too: every
                // line of the template that is not a marker, in order.
                let mut rest = written.lines();
                for line in comments::verbatim_lines(text) {
                    assert!(
                        rest.any(|l| l == line),
                        "{file} in {lang}: `{line}` is not written in its place"
                    );
                }
            }
        }
    }

    #[test]
    fn the_comments_written_fit_in_80_columns() {
        for (file, text) in templates() {
            // Lines of data (a long bilingual text) are the author's.
            let verbatim: BTreeSet<&str> = comments::verbatim_lines(text).into_iter().collect();
            for lang in Lang::ALL {
                let written = comments::expand(text, lang).unwrap_or_default();
                for line in written.lines().filter(|l| !verbatim.contains(l)) {
                    assert!(
                        line.chars().count() <= 80,
                        "{file} in {lang}, {} columns: {line}",
                        line.chars().count()
                    );
                }
            }
        }
    }

    /// What a comment left as it is in a template may say: YAML (a key, a
    /// list item, a flow value) or a list of values, never a sentence,
    /// which belongs in the catalogs.
    fn is_yaml_or_values(comment: &str) -> bool {
        let c = comment.trim();
        let is_key = |k: &str| {
            !k.is_empty()
                && k.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
        };
        let values = c.trim_end_matches(['.', ',']).split(", ").all(|v| {
            !v.is_empty()
                && v.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
        });
        c.is_empty()
            || c.starts_with("- ")
            || c.starts_with("yaml-language-server: $schema=")
            || c.split_once(':').is_some_and(|(k, _)| is_key(k))
            || values
    }

    #[test]
    fn every_sentence_of_a_starter_comes_from_the_catalogs() {
        for (file, text) in templates() {
            for line in comments::verbatim_lines(text) {
                // The comments of the line: what follows each `#` that
                // starts one (a full line, or after a value).
                let mut rest = line.trim_start();
                let mut comments = Vec::new();
                if let Some(c) = rest.strip_prefix('#') {
                    rest = c;
                    // A commented-out line: its own comment, if any, follows.
                    comments.push(rest.split(" # ").next().unwrap_or(""));
                    comments.extend(rest.split(" # ").skip(1));
                } else {
                    comments.extend(rest.split(" # ").skip(1));
                }
                for c in comments {
                    let c = c.trim_start().trim_start_matches("# ");
                    assert!(
                        is_yaml_or_values(c),
                        "{file}: a sentence outside the catalogs: {line}"
                    );
                }
            }
        }
    }
}
