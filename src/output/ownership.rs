//! Which files of an output folder policypress wrote, so a build never
//! deletes anything else.
//!
//! A build replaces its output folder whole. That is only safe for files
//! policypress wrote itself: an author's `--out` may name a folder holding
//! their own work, or a git checkout used to publish (`.git`, `CNAME`).
//! So every output carries a marker file, [`MARKER`], listing each file the
//! build wrote. Before the next build replaces the folder, it walks it:
//! anything not in the list, and not declared kept by the site (`keep:` in
//! `content/site.yaml`), belongs to someone else, and the build stops
//! without touching it unless told to replace it (`build --overwrite`).
//!
//! The marker also proves that a leftover staging folder (a build killed
//! half-way) is policypress's own before it is deleted: a folder with the
//! staging name but no marker is left alone.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

/// The marker file at the top of every output (and staging) folder.
pub const MARKER: &str = ".policypress-output";

/// The marker's first line; the written paths follow, one a line.
const HEADER: &str = "policypress-output 1";

/// The marker's text for an output holding `written` (`/`-separated paths).
pub fn marker_text<'a>(written: impl IntoIterator<Item = &'a str>) -> String {
    let mut paths: Vec<&str> = written.into_iter().collect();
    paths.sort_unstable();
    paths.dedup();
    let mut text = String::with_capacity(HEADER.len() + 1 + paths.len() * 32);
    text.push_str(HEADER);
    text.push('\n');
    for p in paths {
        text.push_str(p);
        text.push('\n');
    }
    text
}

/// The paths a marker lists, or `None` when `dir` has no marker of ours
/// (none, not a regular file, or another content).
pub fn read_marker(dir: &Path) -> Option<HashSet<String>> {
    let path = dir.join(MARKER);
    let meta = std::fs::symlink_metadata(&path).ok()?;
    if !meta.is_file() {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return None;
    }
    Some(
        lines
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect(),
    )
}

/// Whether `dir` carries a marker of ours.
pub fn is_ours(dir: &Path) -> bool {
    let path = dir.join(MARKER);
    std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
        && std::fs::read(&path).is_ok_and(|b| b.starts_with(HEADER.as_bytes()))
}

/// Whether `dir` holds nothing but a marker cut short: a build killed
/// between creating its marker and writing it leaves an empty (or partial)
/// marker alone in its staging folder, which [`is_ours`] cannot read as
/// ours but which no author writes either.
pub fn holds_only_a_cut_marker(dir: &Path) -> bool {
    let Ok(mut entries) = std::fs::read_dir(dir) else {
        return false;
    };
    let only_marker = match (entries.next(), entries.next()) {
        (Some(Ok(e)), None) => e.file_name() == MARKER,
        _ => false,
    };
    let path = dir.join(MARKER);
    only_marker
        && std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
        && std::fs::read(&path).is_ok_and(|b| HEADER.as_bytes().starts_with(&b))
}

/// What an existing output folder holds that policypress did not write.
#[derive(Debug, Default)]
pub struct Foreign {
    /// The first few such paths (folders end with `/`), in name order.
    pub sample: Vec<String>,
    /// How many there are in all.
    pub count: usize,
}

/// How many foreign paths a message names.
const SAMPLE: usize = 5;

/// The paths under `dir` that its marker does not list and `keep` does not
/// cover. A folder none of whose files the marker lists counts as one path.
pub fn foreign(dir: &Path, keep: &[String]) -> io::Result<Foreign> {
    let written = read_marker(dir).unwrap_or_default();
    // Folders holding a written file, so the walk can tell a folder of ours
    // from one of the author's without reading the whole list per folder.
    let mut folders: HashSet<&str> = HashSet::new();
    for p in &written {
        let mut rest = p.as_str();
        while let Some((parent, _)) = rest.rsplit_once('/') {
            if !folders.insert(parent) {
                break;
            }
            rest = parent;
        }
    }
    let mut found = Foreign::default();
    let mut note = |rel: String| {
        if found.sample.len() < SAMPLE {
            found.sample.push(rel);
        }
        found.count += 1;
    };
    walk(dir, "", &mut |rel, is_dir| {
        if rel == MARKER || keep.iter().any(|k| covers(k, rel)) {
            return Step::Skip;
        }
        if is_dir {
            if folders.contains(rel) {
                return Step::Descend;
            }
            note(format!("{rel}/"));
            return Step::Skip;
        }
        if !written.contains(rel) {
            note(rel.to_string());
        }
        Step::Skip
    })?;
    found.sample.sort();
    Ok(found)
}

/// Whether the kept path `keep` is `rel` or a folder holding it.
pub fn covers(keep: &str, rel: &str) -> bool {
    rel == keep || rel.strip_prefix(keep).is_some_and(|r| r.starts_with('/'))
}

/// What [`walk`] does after a folder entry.
enum Step {
    Descend,
    Skip,
}

/// Visits the entries under `dir` in name order, with their `/`-separated
/// path relative to the top and whether they are folders (a symbolic link
/// is not one: it is never followed). A name that is not UTF-8 is shown
/// with replacement characters: it is foreign to any list in any case.
fn walk(dir: &Path, prefix: &str, visit: &mut dyn FnMut(&str, bool) -> Step) -> io::Result<()> {
    let mut entries: Vec<(String, PathBuf, bool)> = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let is_dir = e.file_type()?.is_dir();
        let name = e.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        entries.push((rel, e.path(), is_dir));
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (rel, path, is_dir) in entries {
        if let Step::Descend = visit(&rel, is_dir) {
            walk(&path, &rel, visit)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_lists_what_was_written_and_nothing_else_is_ours() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path();
        std::fs::create_dir_all(out.join("en/a")).unwrap();
        std::fs::create_dir_all(out.join("photos")).unwrap();
        std::fs::create_dir_all(out.join(".git/objects")).unwrap();
        for f in [
            "en/a/index.html",
            "en/a/notes.txt",
            "index.html",
            "thesis.txt",
        ] {
            std::fs::write(out.join(f), "x").unwrap();
        }
        std::fs::write(out.join("photos/p.jpg"), "x").unwrap();
        std::fs::write(out.join(".git/HEAD"), "x").unwrap();
        std::fs::write(
            out.join(MARKER),
            marker_text(["en/a/index.html", "index.html"]),
        )
        .unwrap();
        let f = foreign(out, &[".git".to_string()]).unwrap();
        assert_eq!(f.sample, ["en/a/notes.txt", "photos/", "thesis.txt"]);
        assert_eq!(f.count, 3);
        assert!(is_ours(out));
    }

    #[test]
    fn without_a_marker_everything_not_kept_is_foreign() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("CNAME"), "x").unwrap();
        std::fs::write(tmp.path().join(MARKER), "something else\n").unwrap();
        assert!(!is_ours(tmp.path()));
        assert_eq!(foreign(tmp.path(), &[]).unwrap().sample, ["CNAME"]);
        assert_eq!(foreign(tmp.path(), &["CNAME".into()]).unwrap().count, 0);
    }

    #[test]
    fn a_kept_folder_covers_what_it_holds_only() {
        assert!(covers(".well-known", ".well-known/security.txt"));
        assert!(covers(".well-known", ".well-known"));
        assert!(!covers(".well-known", ".well-knownx"));
    }
}
