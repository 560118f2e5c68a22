//! Stage 7, write: put the rendered site in place, all or nothing, and
//! never delete what policypress did not write.
//!
//! Pages are written into a private staging folder next to the output
//! folder (same file system). Only when every page is written does the
//! staging folder take the output's place, with one atomic
//! `renameat2(RENAME_EXCHANGE)` on Linux, so a reader, a web server or a
//! build killed half-way only ever sees the previous complete site or the
//! new complete site. The old site is then deleted. A failed build removes
//! its staging folder and leaves the output untouched.
//!
//! Replacing a folder whole is safe only for files policypress wrote:
//! [`ownership`] marks every output with the list of what the build wrote,
//! and a build stops, touching nothing, before an output holding anything
//! else (an author's files, a `.git` checkout) unless the site lists it
//! under `keep:` (carried over by the `keep` module) or the build is told to
//! replace it.
//!
//! A file whose bytes are those the previous output holds at the same path
//! is not written again: the staging folder gets a second link to it, which
//! becomes its only link once the old site is deleted. Unchanged files
//! keep their modification time (a deployment copying changed files sees
//! only those), and the file system allocates nothing for them.

mod keep;
pub mod ownership;

pub use ownership::MARKER;

use crate::tool_text::{Arg, Message};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Why the output cannot be written. Each names the folder at fault.
///
/// Its text reaches the author as a diagnostic: [`OutputError::message`]
/// is a message of the tool's catalogs (`diagnostics-output.ftl`), and the
/// error shows as that message in the tool's language.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The output is the site root, a source folder, inside one or around one.
    #[error("{}", self.message())]
    HoldsSources {
        /// The output folder, as given.
        out: PathBuf,
    },
    /// The output is inside a source folder or holds one.
    #[error("{}", self.message())]
    OverlapsSources {
        /// The output folder, as given.
        out: PathBuf,
        /// The source folder.
        source_dir: PathBuf,
    },
    /// Something other than a folder is at the output's path.
    #[error("{}", self.message())]
    NotAFolder {
        /// The output path.
        out: PathBuf,
    },
    /// The output holds files policypress did not write.
    #[error("{}", self.message())]
    Foreign {
        /// The output folder.
        out: PathBuf,
        /// How many foreign entries.
        count: usize,
        /// The first few.
        sample: Vec<String>,
    },
    /// The build writes a file where a kept path is.
    #[error("{}", self.message())]
    KeepClash {
        /// The kept path.
        path: String,
    },
    /// The folder beside the output, where the staging folder goes, cannot
    /// be written.
    #[error("{}", self.message())]
    Parent {
        /// The output's parent folder.
        parent: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// Any other failure to write, read or swap.
    #[error("{}", self.message())]
    Io {
        /// The output folder.
        out: PathBuf,
        /// What the system said.
        source: io::Error,
    },
}

impl OutputError {
    /// What went wrong, as a message of the tool's catalogs (the system's
    /// own reason, where there is one, quoted in it).
    pub fn message(&self) -> Message {
        let shown = |p: &Path| p.display().to_string();
        match self {
            OutputError::HoldsSources { out } => {
                crate::msg!("output-holds-sources", out = shown(out))
            }
            OutputError::OverlapsSources { out, source_dir } => crate::msg!(
                "output-overlaps-sources",
                out = shown(out),
                source = shown(source_dir)
            ),
            OutputError::NotAFolder { out } => crate::msg!("output-not-a-folder", out = shown(out)),
            OutputError::Foreign { out, count, sample } => crate::msg!(
                "output-foreign",
                out = shown(out),
                count = *count,
                sample = sample_list(sample, *count)
            ),
            OutputError::KeepClash { path } => {
                crate::msg!("output-keep-clash", path = path.clone())
            }
            OutputError::Parent { parent, source } => crate::msg!(
                "output-parent",
                parent = shown(parent),
                reason = source.to_string()
            ),
            OutputError::Io { out, source } => {
                crate::msg!("output-io", out = shown(out), reason = source.to_string())
            }
        }
    }
}

/// The first entries of a list, each between backticks, and how many
/// more there are: the names, or the message `output-sample-more`.
fn sample_list(sample: &[String], count: usize) -> Arg {
    let names = sample
        .iter()
        .map(|p| format!("`{p}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if count > sample.len() {
        crate::msg!(
            "output-sample-more",
            names = names,
            more = count - sample.len()
        )
        .into()
    } else {
        names.into()
    }
}

/// Refuses output folders that would overwrite the author's work: the site
/// root, a source folder, anything inside a source folder, or a parent of
/// one of them.
pub fn check_out_dir(root: &Path, out: &Path, source_dirs: &[PathBuf]) -> Result<(), OutputError> {
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
        return Err(OutputError::HoldsSources {
            out: out.to_path_buf(),
        });
    }
    for src in source_dirs {
        let src_abs = abs(src);
        if out_abs.starts_with(&src_abs) || src_abs.starts_with(&out_abs) {
            return Err(OutputError::OverlapsSources {
                out: out.to_path_buf(),
                source_dir: src.to_path_buf(),
            });
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

/// Where and how a build writes its output.
#[derive(Debug, Clone, Default)]
pub struct OutputOptions {
    /// Paths of the previous output carried into the new one as they are
    /// (`keep:` in `content/site.yaml`), `/`-separated.
    pub keep: Vec<String>,
    /// Replace an output folder holding files policypress did not write
    /// (`build --overwrite`): they are deleted with the previous output.
    pub overwrite: bool,
}

/// A staging folder that becomes the output folder on [`Staging::commit`],
/// and is removed if dropped before.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    /// The output being replaced, when it is a folder.
    previous: Option<PathBuf>,
    keep: Vec<String>,
    /// Every path written, for the marker.
    written: Mutex<Vec<String>>,
    /// How many files were the previous output's, kept as they were (the
    /// same bytes at the same path).
    unchanged: std::sync::atomic::AtomicUsize,
    committed: bool,
    /// The lock held on the output's parent folder for the whole build, so
    /// two builds never write beside the same output at once (released
    /// when the staging is dropped, or when the process ends).
    _lock: Option<std::fs::File>,
}

/// Takes an exclusive lock on `parent` (waiting for a build that holds
/// it), or `None` where the folder cannot be opened or locked: locking is
/// a guard against a second build, never a reason to fail the first.
#[cfg(unix)]
fn lock(parent: &Path) -> Option<std::fs::File> {
    let dir = std::fs::File::open(parent).ok()?;
    rustix::fs::flock(&dir, rustix::fs::FlockOperation::LockExclusive).ok()?;
    Some(dir)
}

#[cfg(not(unix))]
fn lock(_: &Path) -> Option<std::fs::File> {
    None
}

fn staging_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    format!(".{name}.staging-")
}

/// Whether `name` (of an entry beside the output) is a staging folder name
/// policypress gives, `<prefix><pid>-<nanoseconds>`; returns the pid.
fn staging_pid<'a>(name: &'a str, prefix: &str) -> Option<&'a str> {
    let (pid, nonce) = name.strip_prefix(prefix)?.split_once('-')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (digits(pid) && digits(nonce)).then_some(pid)
}

/// Removes the staging folders beside the output that builds killed
/// half-way left: a folder is removed only if its name is one policypress
/// gives, the build that made it is no longer running, and it holds
/// policypress's marker (or nothing at all: a build killed before it wrote
/// its marker). Anything else of that name is the author's.
fn remove_strays(parent: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = staging_pid(&name, prefix) else {
            continue;
        };
        // Builds wait for each other's lock, so a staging folder found here
        // is not being written; a running process of that number (seen on
        // Linux only) is a second guard.
        let alive = cfg!(target_os = "linux") && process_runs(pid);
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if alive || !is_dir {
            continue;
        }
        if ownership::is_ours(&e.path()) || ownership::holds_only_a_cut_marker(&e.path()) {
            let _ = remove_tree(&e.path());
        } else {
            // Fails, as it should, unless the folder is empty.
            let _ = std::fs::remove_dir(e.path());
        }
    }
}

/// Whether process `pid` runs (Linux). `/proc/<n>` also answers for a
/// thread numbered `n` of another process, so the process's own number
/// (`Tgid`) must be `pid`.
fn process_runs(pid: &str) -> bool {
    std::fs::read_to_string(Path::new("/proc").join(pid).join("status")).is_ok_and(|status| {
        status
            .lines()
            .find_map(|l| l.strip_prefix("Tgid:"))
            .is_some_and(|tgid| tgid.trim() == pid)
    })
}

/// Removes a folder of policypress's own, making its folders writable
/// first where they are not (a previous output made read-only): it was
/// checked to be ours before it was replaced.
fn remove_tree(dir: &Path) -> io::Result<()> {
    match std::fs::remove_dir_all(dir) {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            make_writable(dir);
            std::fs::remove_dir_all(dir)
        }
        other => other,
    }
}

#[cfg(unix)]
fn make_writable(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let Ok(meta) = std::fs::symlink_metadata(dir) else {
        return;
    };
    if !meta.is_dir() {
        return;
    }
    let mode = meta.permissions().mode();
    if mode & 0o700 != 0o700 {
        let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode | 0o700));
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().is_ok_and(|t| t.is_dir()) {
                make_writable(&e.path());
            }
        }
    }
}

#[cfg(not(unix))]
fn make_writable(_: &Path) {}

/// Refuses a path to write that holds a control character: the marker
/// lists one path a line, so a line break in a name would list two.
fn check_rel(rel: &str) -> io::Result<()> {
    if rel.chars().any(char::is_control) {
        // An `io::Error` carries text: worded now, in the tool's language.
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            crate::t!(
                "output-control-character",
                name = rel.escape_debug().to_string()
            ),
        ));
    }
    Ok(())
}

/// What [`Staging::commit`] could not do after the new site was in place.
#[derive(Debug)]
pub struct Leftover {
    /// Where the previous site was moved to.
    pub path: PathBuf,
    /// Why it could not be deleted.
    pub error: io::Error,
}

impl Staging {
    /// Creates an empty staging folder beside `target`, after removing
    /// staging folders left by builds that were killed. Refuses an output
    /// that is not a folder, or that holds files policypress did not write
    /// and `options` neither keeps nor allows replacing.
    pub fn new(target: &Path, options: &OutputOptions) -> Result<Staging, OutputError> {
        let parent = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let in_parent = |source| OutputError::Parent {
            parent: parent.clone(),
            source,
        };
        std::fs::create_dir_all(&parent).map_err(in_parent)?;
        let held = lock(&parent);
        let io = |source| OutputError::Io {
            out: target.to_path_buf(),
            source,
        };
        let previous = match std::fs::symlink_metadata(target) {
            Ok(m) if m.is_dir() => {
                if !options.overwrite {
                    let found = ownership::foreign(target, &options.keep).map_err(io)?;
                    if found.count > 0 {
                        return Err(OutputError::Foreign {
                            out: target.to_path_buf(),
                            count: found.count,
                            sample: found.sample,
                        });
                    }
                }
                Some(target.to_path_buf())
            }
            Ok(_) => {
                return Err(OutputError::NotAFolder {
                    out: target.to_path_buf(),
                })
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(io(e)),
        };
        let prefix = staging_prefix(target);
        remove_strays(&parent, &prefix);
        let nonce = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir = parent.join(format!("{prefix}{}-{nonce}", std::process::id()));
        std::fs::create_dir(&dir).map_err(in_parent)?;
        let staging = Staging {
            dir,
            target: target.to_path_buf(),
            previous,
            keep: options.keep.clone(),
            written: Mutex::new(Vec::new()),
            unchanged: std::sync::atomic::AtomicUsize::new(0),
            committed: false,
            _lock: held,
        };
        // First thing in the folder, so a build killed from here on leaves
        // a folder the next build can tell is its own.
        write_new(
            &staging.dir.join(MARKER),
            ownership::marker_text([]).as_bytes(),
        )
        .map_err(io)?;
        Ok(staging)
    }

    fn record(&self, rels: impl IntoIterator<Item = String>) {
        if let Ok(mut w) = self.written.lock() {
            w.extend(rels);
        }
    }

    /// Puts `content` at `path` (`rel` in the staging folder): a link to
    /// the previous output's file at `rel` when it holds exactly these
    /// bytes, else a new file. `twins` are the other paths this build gives
    /// the same file (links to it): the previous file may be linked there
    /// too, and nowhere else.
    /// Returns whether the previous file was kept.
    fn put(&self, rel: &str, path: &Path, content: &[u8], twins: &[&str]) -> io::Result<bool> {
        if let Some(prev) = &self.previous {
            let old = prev.join(rel);
            let old_twins: Vec<PathBuf> = twins.iter().map(|t| prev.join(t)).collect();
            if same_file_content(&old, content, &old_twins)
                && std::fs::hard_link(&old, path).is_ok()
            {
                self.unchanged
                    .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                return Ok(true);
            }
        }
        write_new(path, content).map(|()| false)
    }

    /// How many files written so far were the previous output's, kept with
    /// their modification time because their bytes did not change.
    pub fn unchanged(&self) -> usize {
        self.unchanged.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The paths of `keep:` the previous output holds, which the commit
    /// carries into the new one.
    pub fn carried(&self) -> Vec<String> {
        let Some(prev) = &self.previous else {
            return Vec::new();
        };
        self.keep
            .iter()
            .filter(|rel| std::fs::symlink_metadata(prev.join(rel)).is_ok())
            .cloned()
            .collect()
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
        check_rel(rel)?;
        let path = self.dir.join(rel);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p)?;
        }
        self.put(rel, &path, content, &[])?;
        self.record([rel.to_string()]);
        Ok(())
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
        let mut firsts: Vec<(&[u8], PathBuf, bool)> = Vec::new();
        for (i, &(rel, content)) in files.iter().enumerate() {
            check_rel(rel)?;
            let path = self.dir.join(rel);
            if let Some(p) = path.parent() {
                if !made.iter().any(|m| m == p) {
                    std::fs::create_dir_all(p)?;
                    made.push(p.to_path_buf());
                }
            }
            let first = firsts.iter().find(|(bytes, _, _)| *bytes == content);
            if let Some((_, first, kept)) = first {
                if std::fs::hard_link(first, &path).is_ok() {
                    // A second link to a file kept from the previous
                    // output is kept too.
                    if *kept {
                        self.unchanged
                            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                    continue;
                }
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
            let kept = self.put(rel, &path, content, &twins)?;
            if first.is_none() {
                firsts.push((content, path, kept));
            }
        }
        self.record(files.iter().map(|(rel, _)| rel.to_string()));
        Ok(())
    }

    /// Carries the kept paths over, writes the marker, puts the staging
    /// folder in the output's place atomically and removes the previous
    /// output. The new site is in place when this returns `Ok`; a previous
    /// output that could not be deleted is returned as a [`Leftover`].
    pub fn commit(mut self) -> Result<Option<Leftover>, OutputError> {
        let io = |source| OutputError::Io {
            out: self.target.clone(),
            source,
        };
        if let Some(prev) = &self.previous {
            let clashes = keep::carry(prev, &self.dir, &self.keep).map_err(io)?;
            if let Some(path) = clashes.into_iter().next() {
                return Err(OutputError::KeepClash { path });
            }
        }
        let marker = {
            let written = self
                .written
                .lock()
                .map_err(|_| io(io::Error::other(crate::t!("output-writer-stopped"))))?;
            ownership::marker_text(written.iter().map(String::as_str))
        };
        write_new(&self.dir.join(MARKER), marker.as_bytes()).map_err(io)?;
        if self.previous.is_some() {
            exchange(&self.dir, &self.target).map_err(io)?;
            self.committed = true;
            // The staging path now holds the previous site.
            Ok(remove_tree(&self.dir).err().map(|error| Leftover {
                path: self.dir.clone(),
                error,
            }))
        } else {
            std::fs::rename(&self.dir, &self.target).map_err(io)?;
            self.committed = true;
            Ok(None)
        }
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
    // An `io::Error` carries text: worded now, in the tool's language.
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        crate::t!("output-contended", path = path.display().to_string()),
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
            let _ = remove_tree(&self.dir);
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
    use crate::model::Lang;

    #[test]
    fn an_output_error_is_a_catalog_message_in_either_language() {
        let foreign = |count: usize, sample: &[&str]| OutputError::Foreign {
            out: PathBuf::from("public"),
            count,
            sample: sample.iter().map(|s| s.to_string()).collect(),
        };
        assert_eq!(
            foreign(12, &["a", "b"]).message().in_lang(Lang::En),
            "the output folder `public` holds 12 entries that policypress did not write (`a`, `b` and 10 more); a build replaces the whole folder and would delete them"
        );
        assert_eq!(
            foreign(1, &["a"]).message().in_lang(Lang::En),
            "the output folder `public` holds 1 entry that policypress did not write (`a`); a build replaces the whole folder and would delete them"
        );
        assert_eq!(
            foreign(1, &["a"]).message().in_lang(Lang::Fr),
            "le dossier de sortie `public` contient 1 élément que policypress n’a pas écrit (`a`); une génération remplace tout le dossier et le supprimerait"
        );
        assert_eq!(
            foreign(12, &["a", "b"]).message().in_lang(Lang::Fr),
            "le dossier de sortie `public` contient 12 éléments que policypress n’a pas écrits (`a`, `b` et 10 autres); une génération remplace tout le dossier et les supprimerait"
        );
        let io = OutputError::Io {
            out: PathBuf::from("public"),
            source: io::Error::other("disk full"),
        };
        assert_eq!(
            io.message().in_lang(Lang::En),
            "cannot write the output `public`: disk full"
        );
        assert_eq!(
            io.message().in_lang(Lang::Fr),
            "impossible d’écrire la sortie `public`\u{a0}: disk full"
        );
        // The error shows as its message, in the tool's language.
        assert_eq!(io.to_string(), io.message().to_string());
    }

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
        let replace = OutputOptions {
            overwrite: true,
            ..OutputOptions::default()
        };
        let s = Staging::new(&out, &replace).unwrap();
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
        let s = Staging::new(&out, &OutputOptions::default()).unwrap();
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
        std::fs::write(out.join(MARKER), ownership::marker_text(["a"])).unwrap();
        {
            let s = Staging::new(&out, &OutputOptions::default()).unwrap();
            s.write("a", b"new").unwrap();
        }
        assert_eq!(std::fs::read_to_string(out.join("a")).unwrap(), "old");
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_output_of_someone_else_is_refused_and_left_whole() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("u");
        std::fs::create_dir_all(out.join("photos")).unwrap();
        std::fs::write(out.join("thesis.txt"), "mine").unwrap();
        let err = Staging::new(&out, &OutputOptions::default()).unwrap_err();
        assert!(
            matches!(&err, OutputError::Foreign { count: 2, sample, .. } if sample == &["photos/", "thesis.txt"]),
            "{err:?}"
        );
        assert_eq!(
            std::fs::read_dir(tmp.path()).unwrap().count(),
            1,
            "no staging left"
        );
        assert_eq!(std::fs::read(out.join("thesis.txt")).unwrap(), b"mine");
    }

    #[test]
    fn a_rebuild_keeps_the_kept_paths_and_marks_what_it_wrote() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        std::fs::create_dir_all(out.join(".git")).unwrap();
        std::fs::write(out.join(".git/HEAD"), "ref").unwrap();
        std::fs::write(out.join("CNAME"), "x.ca").unwrap();
        let options = OutputOptions {
            keep: vec![".git".into(), "CNAME".into()],
            overwrite: false,
        };
        for round in 0..2 {
            let s = Staging::new(&out, &options).unwrap();
            s.write("index.html", format!("v{round}").as_bytes())
                .unwrap();
            assert!(s.commit().unwrap().is_none());
            assert_eq!(std::fs::read(out.join(".git/HEAD")).unwrap(), b"ref");
            assert_eq!(std::fs::read(out.join("CNAME")).unwrap(), b"x.ca");
            let listed = ownership::read_marker(&out).unwrap();
            assert_eq!(listed.into_iter().collect::<Vec<_>>(), ["index.html"]);
        }
        // Without `keep`, they are someone else's files: refused.
        assert!(matches!(
            Staging::new(&out, &OutputOptions::default()),
            Err(OutputError::Foreign { count: 2, .. })
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_process_runs_by_its_own_number_not_a_threads() {
        assert!(process_runs(&std::process::id().to_string()));
        assert!(!process_runs("0"));
        // A thread's number answers under /proc, but is no process.
        let tid = std::thread::spawn(|| {
            let link = std::fs::read_link("/proc/thread-self").unwrap();
            link.file_name().unwrap().to_string_lossy().into_owned()
        })
        .join()
        .unwrap();
        assert!(!process_runs(&tid.to_string()));
    }

    #[test]
    fn only_staging_folders_proven_ours_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("public");
        // A dead build's folder (pid 0 is never a process), the author's
        // folder of the same shape, and one that only starts alike.
        let dead = tmp.path().join(".public.staging-0-1");
        let theirs = tmp.path().join(".public.staging-0-2");
        let other = tmp.path().join(".public.staging-notes");
        // Killed between creating its marker and writing it: an empty
        // marker alone. Beside the author's file, the same is not ours.
        let cut = tmp.path().join(".public.staging-0-3");
        let cut_beside = tmp.path().join(".public.staging-0-4");
        for d in [&dead, &theirs, &other, &cut, &cut_beside] {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(dead.join(MARKER), ownership::marker_text([])).unwrap();
        std::fs::write(theirs.join("draft.txt"), "mine").unwrap();
        std::fs::write(cut.join(MARKER), "").unwrap();
        std::fs::write(cut_beside.join(MARKER), "").unwrap();
        std::fs::write(cut_beside.join("draft.txt"), "mine").unwrap();
        drop(Staging::new(&out, &OutputOptions::default()).unwrap());
        assert!(!dead.exists());
        assert!(!cut.exists());
        assert!(theirs.join("draft.txt").exists());
        assert!(cut_beside.join("draft.txt").exists());
        assert!(other.exists());
    }
}
