//! Paths of the output that a build keeps as they were (`keep:` in
//! `content/site.yaml`): a `.git` checkout used to publish, `CNAME`,
//! `.well-known/`.
//!
//! They are carried from the previous output into the staging folder before
//! the swap, as hard links (a copy where linking fails), never moved: at
//! every moment of a build, killed or not, the previous output still holds
//! them whole, and once the staging folder is in place, so does the new one.

use std::io;
use std::path::Path;

/// Carries each kept path present in `previous` into `staging`. Returns
/// the kept paths the build itself wrote something at (the build stops:
/// one of the two would be lost).
pub fn carry(previous: &Path, staging: &Path, keep: &[String]) -> io::Result<Vec<String>> {
    let mut clashes = Vec::new();
    for (i, rel) in keep.iter().enumerate() {
        // Written twice, or inside another kept path: carried with it.
        if keep[..i].iter().any(|k| super::ownership::covers(k, rel)) {
            continue;
        }
        let from = previous.join(rel);
        // Never through a link: a kept `a/b` whose `a` is a link would
        // bring in what the link leads to.
        if linked_on_the_way(previous, rel) || std::fs::symlink_metadata(&from).is_err() {
            continue;
        }
        let to = staging.join(rel);
        if std::fs::symlink_metadata(&to).is_ok() {
            clashes.push(rel.clone());
            continue;
        }
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        link_tree(&from, &to)?;
    }
    Ok(clashes)
}

/// Whether a folder on the way to `rel` (under `top`) is a symbolic link.
fn linked_on_the_way(top: &Path, rel: &str) -> bool {
    let mut at = top.to_path_buf();
    let segments: Vec<&str> = rel.split('/').collect();
    for seg in &segments[..segments.len().saturating_sub(1)] {
        at.push(seg);
        if std::fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            return true;
        }
    }
    false
}

/// Recreates `from` at `to`: folders made anew, files hard-linked (copied
/// where linking fails: another file system below, a link count at its
/// limit), symbolic links made again with the same target (never followed).
fn link_tree(from: &Path, to: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(from)?;
    let ty = meta.file_type();
    if ty.is_dir() {
        std::fs::create_dir(to)?;
        for e in std::fs::read_dir(from)? {
            let e = e?;
            link_tree(&e.path(), &to.join(e.file_name()))?;
        }
        // Last: a read-only folder is filled first.
        std::fs::set_permissions(to, meta.permissions())
    } else if ty.is_symlink() {
        symlink(&std::fs::read_link(from)?, to)
    } else if std::fs::hard_link(from, to).is_ok() {
        Ok(())
    } else {
        std::fs::copy(from, to).map(drop)
    }
}

#[cfg(unix)]
fn symlink(target: &Path, at: &Path) -> io::Result<()> {
    std::os::unix::fs::symlink(target, at)
}

#[cfg(not(unix))]
fn symlink(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        crate::t!("output-no-symlinks"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_trees_are_linked_and_clashes_reported() {
        let tmp = tempfile::tempdir().unwrap();
        let (prev, stage) = (tmp.path().join("prev"), tmp.path().join("stage"));
        std::fs::create_dir_all(prev.join(".git/refs")).unwrap();
        std::fs::write(prev.join(".git/HEAD"), "ref").unwrap();
        std::fs::write(prev.join("CNAME"), "x.ca").unwrap();
        std::fs::create_dir_all(&stage).unwrap();
        std::fs::write(stage.join("CNAME"), "built").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("HEAD", prev.join(".git/link")).unwrap();
        let keep = [
            ".git".to_string(),
            "CNAME".into(),
            "absent".into(),
            ".git".into(),
            ".git/refs".into(),
        ];
        assert_eq!(carry(&prev, &stage, &keep).unwrap(), ["CNAME"]);
        assert_eq!(std::fs::read(stage.join(".git/HEAD")).unwrap(), b"ref");
        assert!(stage.join(".git/refs").is_dir());
        assert!(
            prev.join(".git/HEAD").exists(),
            "the previous output keeps it"
        );
        #[cfg(unix)]
        assert_eq!(
            std::fs::read_link(stage.join(".git/link")).unwrap(),
            Path::new("HEAD")
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_kept_folder_is_carried_and_links_on_the_way_are_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let (prev, stage) = (tmp.path().join("prev"), tmp.path().join("stage"));
        std::fs::create_dir_all(prev.join("ro")).unwrap();
        std::fs::write(prev.join("ro/f"), "x").unwrap();
        std::fs::set_permissions(prev.join("ro"), std::fs::Permissions::from_mode(0o555)).unwrap();
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(outside.join("secret"), "s").unwrap();
        std::os::unix::fs::symlink(&outside, prev.join("a")).unwrap();
        std::fs::create_dir_all(&stage).unwrap();
        let keep = ["ro".to_string(), "a/secret".into()];
        assert!(carry(&prev, &stage, &keep).unwrap().is_empty());
        assert_eq!(std::fs::read(stage.join("ro/f")).unwrap(), b"x");
        assert!(
            !stage.join("a").exists(),
            "followed a link out of the output"
        );
        for d in [&prev, &stage] {
            std::fs::set_permissions(d.join("ro"), std::fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}
