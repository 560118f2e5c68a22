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
    for rel in keep {
        let from = previous.join(rel);
        if std::fs::symlink_metadata(&from).is_err() {
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

/// Recreates `from` at `to`: folders made anew, files hard-linked (copied
/// where linking fails: another file system below, a link count at its
/// limit), symbolic links made again with the same target (never followed).
fn link_tree(from: &Path, to: &Path) -> io::Result<()> {
    let meta = std::fs::symlink_metadata(from)?;
    let ty = meta.file_type();
    if ty.is_dir() {
        std::fs::create_dir(to)?;
        std::fs::set_permissions(to, meta.permissions())?;
        for e in std::fs::read_dir(from)? {
            let e = e?;
            link_tree(&e.path(), &to.join(e.file_name()))?;
        }
        Ok(())
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
        "symbolic links in a kept path are not supported on this system",
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
        let keep = [".git".to_string(), "CNAME".into(), "absent".into()];
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
}
