//! Stage 5, write: put the rendered site in place, all or nothing.
//!
//! Pages are written into a private staging folder next to the output
//! folder (same file system). Only when every page is written does the
//! staging folder take the output's place, with one atomic
//! `renameat2(RENAME_EXCHANGE)` on Linux, so a reader, a web server or a
//! build killed half-way only ever sees the previous complete site or the
//! new complete site. The old site is then deleted. A failed build removes
//! its staging folder and leaves the output untouched.
//!
//! A file whose bytes are those the previous output holds at the same path
//! is not written again: the staging folder gets a second link to it, which
//! becomes its only link once the old site is deleted. Unchanged files
//! keep their modification time (a deployment copying changed files sees
//! only those), and the file system allocates nothing for them.

use std::io;
use std::path::{Path, PathBuf};

/// Refuses output folders that would overwrite the author's work: the site
/// root, a source folder, anything inside a source folder, or a parent of
/// one of them.
pub fn check_out_dir(root: &Path, out: &Path, source_dirs: &[PathBuf]) -> Result<(), String> {
    let abs = |p: &Path| -> PathBuf {
        let p = if p.is_absolute() {
            p.to_path_buf()
        } else {
            std::env::current_dir().unwrap_or_default().join(p)
        };
        normalize(&p)
    };
    let out_abs = abs(out);
    let root_abs = abs(root);
    if out_abs == root_abs || root_abs.starts_with(&out_abs) {
        return Err(format!(
            "the output folder `{}` is the site root or contains it; building there would delete your sources",
            out.display()
        ));
    }
    for src in source_dirs {
        let src_abs = abs(src);
        if out_abs.starts_with(&src_abs) || src_abs.starts_with(&out_abs) {
            return Err(format!(
                "the output folder `{}` overlaps the source folder `{}`",
                out.display(),
                src.display()
            ));
        }
    }
    Ok(())
}

/// Resolves `.` and `..` without touching the file system (the output may
/// not exist yet), then resolves symbolic links of the longest existing
/// prefix so two spellings of one folder compare equal.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    let mut existing = out.clone();
    let mut rest = Vec::new();
    while !existing.exists() {
        match existing.file_name() {
            Some(n) => rest.push(n.to_os_string()),
            None => break,
        }
        existing.pop();
    }
    let mut real = std::fs::canonicalize(&existing).unwrap_or(existing);
    for n in rest.into_iter().rev() {
        real.push(n);
    }
    real
}

/// A staging folder that becomes the output folder on [`Staging::commit`],
/// and is removed if dropped before.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The output being replaced, when it is a folder.
    previous: Option<PathBuf>,
    committed: bool,
}

fn staging_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    format!(".{name}.staging-")
}

impl Staging {
    /// Creates an empty staging folder beside `target`, after removing
    /// staging folders left by builds that were killed.
    pub fn new(target: &Path) -> io::Result<Staging> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let prefix = staging_prefix(target);
        if let Ok(entries) = std::fs::read_dir(&parent) {
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(pid) = name.strip_prefix(&prefix) {
                    let alive = pid
                        .split('-')
                        .next()
                        .is_some_and(|pid| Path::new("/proc").join(pid).exists());
                    if !alive {
                        let _ = std::fs::remove_dir_all(e.path());
                    }
                }
            }
        }
        let nonce = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = parent.join(format!("{prefix}{}-{nonce}", std::process::id()));
        std::fs::create_dir(&dir)?;
        let previous = std::fs::symlink_metadata(target)
            .is_ok_and(|m| m.is_dir())
            .then(|| target.to_path_buf());
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            previous,
            committed: false,
        })
    }

    /// Puts `content` at `path` (`rel` in the staging folder): a link to
    /// the previous output's file at `rel` when it holds exactly these
    /// bytes, else a new file. `twins` are the other paths this build gives
    /// the same file (links to it): the previous file may be linked there
    /// too, and nowhere else.
    fn put(&self, rel: &str, path: &Path, content: &[u8], twins: &[&str]) -> io::Result<()> {
        if let Some(prev) = &self.previous {
            let old = prev.join(rel);
            let old_twins: Vec<PathBuf> = twins.iter().map(|t| prev.join(t)).collect();
            if same_file_content(&old, content, &old_twins)
                && std::fs::hard_link(&old, path).is_ok()
            {
                return Ok(());
            }
        }
        write_new(path, content)
    }

    /// The staging folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The output folder it will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Writes `content` at `rel` (a `/`-separated path) in the staging folder.
    pub fn write(&self, rel: &str, content: &[u8]) -> io::Result<()> {
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        self.put(rel, &path, content, &[])
    }

    /// Writes several files (`/`-separated paths and contents), creating
    /// each folder once: on a slow file system, folder creation is a good
    /// part of a build's system time. A file with the same bytes as one
    /// before it in the same call (a policy's two `policy.json`) becomes a
    /// second link to that one: no second inode to allocate.
    pub fn write_many<'a>(
        &self,
        files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    ) -> io::Result<()> {
        let files: Vec<(&str, &[u8])> = files.into_iter().collect();
        let mut made: Vec<PathBuf> = Vec::new();
        let mut firsts: Vec<(&[u8], PathBuf)> = Vec::new();
        for (i, &(rel, content)) in files.iter().enumerate() {
            let path = self.dir.join(rel);
            if let Some(p) = path.parent() {
                if !made.iter().any(|m| m == p) {
                    std::fs::create_dir_all(p)?;
                    made.push(p.to_path_buf());
                }
            }
            let first = firsts.iter().find(|(bytes, _)| *bytes == content);
            if first.is_some_and(|(_, first)| std::fs::hard_link(first, &path).is_ok()) {
                continue;
            }
            let twins: Vec<&str> = match first {
                // Linking failed: this copy stands alone.
                Some(_) => Vec::new(),
                None => files[i + 1..]
                    .iter()
                    .filter(|(_, c)| *c == content)
                    .map(|(r, _)| *r)
                    .collect(),
            };
            self.put(rel, &path, content, &twins)?;
            if first.is_none() {
                firsts.push((content, path));
            }
        }
        Ok(())
    }

    /// Puts the staging folder in the output's place atomically and removes
    /// the previous output.
    pub fn commit(mut self) -> io::Result<()> {
        if self.target.exists() {
            let meta = std::fs::symlink_metadata(&self.target)?;
            if !meta.is_dir() {
                return Err(io::Error::other(format!(
                    "`{}` exists and is not a folder",
                    self.target.display()
                )));
            }
            exchange(&self.dir, &self.target)?;
            self.committed = true;
            // The staging path now holds the previous site.
            std::fs::remove_dir_all(&self.dir)?;
        } else {
            std::fs::rename(&self.dir, &self.target)?;
            self.committed = true;
        }
        Ok(())
    }
}

/// Writes `content` to a new file at `path`. A file already there (two
/// pages at one address: the build stops) is unlinked first, never written
/// through: it may be a link to the previous output's file, which must stay
/// as it is.
fn write_new(path: &Path, content: &[u8]) -> io::Result<()> {
    use std::io::Write;
    for _ in 0..8 {
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
        {
            Ok(mut f) => return f.write_all(content),
            // Unlink what is there (another writer may put it back: again).
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                match std::fs::remove_file(path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("`{}` keeps being written by another writer", path.display()),
    ))
}

/// Whether `path` is a regular file holding exactly `content`, linked
/// nowhere but at `twins`.
#[cfg(not(unix))]
fn same_file_content(_: &Path, _: &[u8], _: &[PathBuf]) -> bool {
    false
}

/// Whether `path` is a regular file holding exactly `content`, linked
/// nowhere but at `twins`.
#[cfg(unix)]
fn same_file_content(path: &Path, content: &[u8], twins: &[PathBuf]) -> bool {
    use std::io::Read;
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() || meta.len() != content.len() as u64 {
        return false;
    }
    // Every other link must be one of the twins: the file is shared with
    // nothing outside this output.
    let linked_at_twins = twins.iter().filter(|t| {
        std::fs::symlink_metadata(t).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
    });
    if 1 + linked_at_twins.count() as u64 != meta.nlink() {
        return false;
    }
    let mut bytes = Vec::with_capacity(content.len());
    std::fs::File::open(path)
        .and_then(|f| f.take(content.len() as u64 + 1).read_to_end(&mut bytes))
        .is_ok_and(|_| bytes == content)
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Swaps two paths atomically.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

/// Swaps two paths: elsewhere than Linux, through a third name (a short
/// window where the output is absent).
#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    let aside = a.with_extension("old");
    std::fs::rename(b, &aside)?;
    std::fs::rename(a, b)?;
    std::fs::rename(&aside, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_outputs_that_overlap_sources() {
        let root = std::env::temp_dir().join("pp-out-test");
        let sources = vec![root.join("content"), root.join("themes")];
        assert!(check_out_dir(&root, &root.join("public"), &sources).is_ok());
        assert!(check_out_dir(&root, &root, &sources).is_err());
        assert!(check_out_dir(&root, &root.join("content"), &sources).is_err());
        assert!(check_out_dir(&root, &root.join("content/policies/x"), &sources).is_err());
        assert!(check_out_dir(&root, &root.join("public/../content"), &sources).is_err());
        assert!(check_out_dir(&root, root.parent().unwrap(), &sources).is_err());
    }

    #[test]
    fn commit_replaces_the_output_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(out.join("old")).unwrap();
        std::fs::write(out.join("old/page.html"), "old").unwrap();
        let s = Staging::new(&out).unwrap();
        s.write("en/x/index.html", b"new").unwrap();
        s.commit().unwrap();
        assert!(!out.join("old").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("en/x/index.html")).unwrap(),
            "new"
        );
        let leftovers = std::fs::read_dir(tmp.path()).unwrap().count();
        assert_eq!(leftovers, 1);
    }

    #[test]
    fn files_with_the_same_bytes_in_one_batch_share_an_inode() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        let s = Staging::new(&out).unwrap();
        let json = br#"{"id":"x"}"#.to_vec();
        s.write_many([
            ("en/x/index.html", &b"<p>en</p>"[..]),
            ("fr/x/index.html", &b"<p>fr</p>"[..]),
            ("en/x/policy.json", &json[..]),
            ("fr/x/policy.json", &json[..]),
        ])
        .unwrap();
        s.commit().unwrap();
        for rel in ["en/x/policy.json", "fr/x/policy.json"] {
            assert_eq!(std::fs::read(out.join(rel)).unwrap(), json);
        }
        assert_eq!(
            std::fs::read(out.join("fr/x/index.html")).unwrap(),
            b"<p>fr</p>"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let ino = |rel: &str| std::fs::metadata(out.join(rel)).unwrap().ino();
            assert_eq!(ino("en/x/policy.json"), ino("fr/x/policy.json"));
            assert_ne!(ino("en/x/index.html"), ino("fr/x/index.html"));
        }
    }

    #[test]
    fn dropping_an_uncommitted_staging_keeps_the_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("a"), "old").unwrap();
        {
            let s = Staging::new(&out).unwrap();
            s.write("a", b"new").unwrap();
        }
        assert_eq!(std::fs::read_to_string(out.join("a")).unwrap(), "old");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }
}
