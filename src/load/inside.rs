//! Nothing outside the site is read.
//!
//! A site's files may be symbolic links, and a link may lead anywhere: a
//! policy linked to `/etc/passwd` would be parsed and its first lines quoted
//! in an error, a theme's `static/` linked to a home folder published whole.
//! So every file and folder policypress reads is first resolved (all its
//! links followed, `..` removed) and must lie inside the site root, itself
//! resolved. Links that stay inside the site (a theme shared by two
//! folders of one repository) work as before; a link that leaves it is an
//! error naming the link, and nothing behind it is read.

use super::SiteLayout;
use crate::diagnostic::Diagnostic;
use crate::msg;
use std::path::{Path, PathBuf};

/// Where a path that leaves the site leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outside {
    /// The path as read, relative to the root when inside it.
    pub path: String,
    /// Where it leads once its links are followed.
    pub target: PathBuf,
}

impl Outside {
    /// The author's diagnostic.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::error(
            "outside-site",
            msg!(
                "load-outside-site",
                path = self.path.clone(),
                target = self.target.display().to_string()
            ),
        )
        .at_path(&self.path)
        .with_hint(msg!("load-outside-site-hint"))
    }
}

impl SiteLayout {
    /// The root with its links followed (the root as given if that fails).
    fn real_root(&self) -> &Path {
        self.real_root
            .get_or_init(|| std::fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone()))
    }

    /// Checks that `path`, a path of the site (built from its root), with
    /// every link on the way followed, still lies inside the site root. A
    /// path that does not exist (yet) passes: reading it reports that it is
    /// missing. So does a path not built from the root: a file the author
    /// named on the command line (`diff OLD NEW`) is read where it is.
    pub fn inside(&self, path: &Path) -> Result<(), Outside> {
        if !path.starts_with(&self.root) {
            return Ok(());
        }
        let Ok(real) = std::fs::canonicalize(path) else {
            return Ok(());
        };
        if real.starts_with(self.real_root()) {
            Ok(())
        } else {
            Err(Outside {
                path: self.display(path),
                target: real,
            })
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_are_judged_by_where_they_lead() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("site");
        std::fs::create_dir_all(root.join("content/policies")).unwrap();
        std::fs::create_dir_all(root.join("shared")).unwrap();
        std::fs::write(root.join("shared/a.yaml"), "x").unwrap();
        std::fs::write(tmp.path().join("secret"), "x").unwrap();
        let p = root.join("content/policies");
        std::os::unix::fs::symlink("../../shared/a.yaml", p.join("in.yaml")).unwrap();
        std::os::unix::fs::symlink("../../../secret", p.join("out.yaml")).unwrap();
        std::os::unix::fs::symlink(tmp.path(), root.join("content/up")).unwrap();
        let layout = SiteLayout::new(&root);
        assert_eq!(layout.inside(&p.join("in.yaml")), Ok(()));
        assert_eq!(layout.inside(&p.join("absent.yaml")), Ok(()));
        let out = layout.inside(&p.join("out.yaml")).unwrap_err();
        assert_eq!(out.path, "content/policies/out.yaml");
        assert!(layout.inside(&root.join("content/up/secret")).is_err());
        // A root given through a link is the folder it leads to.
        std::os::unix::fs::symlink(&root, tmp.path().join("alias")).unwrap();
        let alias = SiteLayout::new(tmp.path().join("alias"));
        assert_eq!(
            alias.inside(&tmp.path().join("alias/shared/a.yaml")),
            Ok(())
        );
    }
}
