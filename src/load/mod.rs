//! Stage 1, load: find the site's files and parse its YAML with spans.
//!
//! A site root holds `content/site.yaml`, `content/policies/*.yaml`,
//! `content/profiles/*.yaml`, `locales/<lang>/*.ftl` and
//! `themes/<name>/{templates,static}`. This stage reads the YAML files into
//! [`YamlDoc`]s (value + span index, built in one pass over the parser's
//! events) and records every file in the [`SourceMap`], so later stages can
//! quote them. A folder's files are read in name order (so file ids and
//! diagnostics are deterministic) and parsed in parallel. It never stops at the first
//! problem: unreadable or malformed files become diagnostics and the rest
//! still loads.

mod events;
pub mod guard;
mod inside;
pub mod spans;
pub mod yaml;

pub use inside::Outside;
pub use spans::{walk, NodeSpans, PathSeg, SpanIndex, Step, Visit, YamlPath};
pub use yaml::YamlDoc;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Ident;
use crate::msg;
use crate::source::{FileId, SourceFile, SourceMap, Span};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Largest YAML file accepted. Real policies are a few kilobytes; this
/// bounds time and memory on a file pasted by mistake.
pub const MAX_YAML_BYTES: u64 = 4 * 1024 * 1024;

/// Where a site's parts live, from its root folder.
#[derive(Debug, Clone)]
pub struct SiteLayout {
    /// The site root.
    pub root: PathBuf,
    /// The root with its links followed, found once (see [`SiteLayout::inside`]).
    real_root: Arc<std::sync::OnceLock<PathBuf>>,
}

impl SiteLayout {
    /// The layout of the site at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SiteLayout {
            root: root.into(),
            real_root: Arc::default(),
        }
    }
    /// `content/`.
    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }
    /// `content/site.yaml`.
    pub fn site_file(&self) -> PathBuf {
        self.content_dir().join("site.yaml")
    }
    /// `content/policies/`.
    pub fn policies_dir(&self) -> PathBuf {
        self.content_dir().join("policies")
    }

    /// `content/notices/`: the collection notices, one per form (optional).
    pub fn notices_dir(&self) -> PathBuf {
        self.content_dir().join("notices")
    }

    /// The kind of document the file at `path` is, by its folder.
    pub fn kind_of(&self, path: &Path) -> crate::model::DocKind {
        if path.starts_with(self.notices_dir()) {
            crate::model::DocKind::Notice
        } else {
            crate::model::DocKind::Policy
        }
    }
    /// `content/profiles/`.
    pub fn profiles_dir(&self) -> PathBuf {
        self.content_dir().join("profiles")
    }
    /// `locales/`.
    pub fn locales_dir(&self) -> PathBuf {
        self.root.join("locales")
    }
    /// `themes/`.
    pub fn themes_dir(&self) -> PathBuf {
        self.root.join("themes")
    }
    /// The folders whose contents are the author's sources (never written
    /// to by `build`).
    pub fn source_dirs(&self) -> Vec<PathBuf> {
        vec![self.content_dir(), self.locales_dir(), self.themes_dir()]
    }
    /// A path as shown to authors: relative to the root when inside it.
    pub fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.root)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }
}

/// A YAML file with the name that identifies it (policy id or profile name).
#[derive(Debug, Clone)]
pub struct NamedDoc {
    /// The file stem, checked to be an identifier.
    pub name: Ident,
    /// The parsed document.
    pub doc: Arc<YamlDoc>,
}

/// Everything the load stage read.
#[derive(Debug)]
pub struct LoadedSite {
    /// Where the site is.
    pub layout: SiteLayout,
    /// Every file read, for diagnostics.
    pub sources: SourceMap,
    /// `content/site.yaml`, if it parsed.
    pub config: Option<Arc<YamlDoc>>,
    /// Profiles by name.
    pub profiles: BTreeMap<String, NamedDoc>,
    /// Policies by id.
    pub policies: BTreeMap<String, NamedDoc>,
}

/// Reads a text file into the source map, reporting unreadable, oversized
/// and non-UTF-8 files as diagnostics.
pub fn read_source(
    layout: &SiteLayout,
    sources: &mut SourceMap,
    path: &Path,
    max_bytes: u64,
) -> Result<FileId, Diagnostic> {
    let id = sources.reserve(layout.display(path), path);
    let (file, problem) = read_file(layout, path, max_bytes, id);
    if let Some(f) = file {
        sources.add(f);
    }
    match problem {
        Some(d) => Err(d),
        None => Ok(id),
    }
}

/// Reads a text file that will be known as `id` (see
/// [`SourceMap::reserve`]), without touching the source map, so files can be
/// read in parallel. Returns the text when there is one (lossy for a file
/// that is not UTF-8, so the problem can be shown) and the problem, if any.
pub fn read_file(
    layout: &SiteLayout,
    path: &Path,
    max_bytes: u64,
    id: FileId,
) -> (Option<SourceFile>, Option<Diagnostic>) {
    let display = layout.display(path);
    if let Err(outside) = layout.inside(path) {
        return (None, Some(outside.diagnostic()));
    }
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            let d = Diagnostic::error(
                "read-error",
                msg!(
                    "load-read-error",
                    file = display.clone(),
                    reason = e.to_string()
                ),
            )
            .at_path(&display);
            return (None, Some(d));
        }
    };
    if meta.is_dir() {
        let d = Diagnostic::error(
            "read-error",
            msg!("load-folder-not-file", file = display.clone()),
        )
        .at_path(&display)
        .with_hint(msg!("load-folder-not-file-hint"));
        return (None, Some(d));
    }
    if !meta.is_file() {
        // A pipe blocks the read until something writes to it, and a device
        // such as /dev/zero never ends: read regular files only.
        let d = Diagnostic::error(
            "read-error",
            msg!("load-not-regular-file", file = display.clone()),
        )
        .at_path(&display)
        .with_hint(msg!("load-not-regular-file-hint"));
        return (None, Some(d));
    }
    let too_large = |len: u64| {
        Diagnostic::error(
            "file-too-large",
            msg!(
                "load-file-too-large",
                file = display.clone(),
                size = len,
                max = max_bytes
            ),
        )
        .at_path(&display)
        .with_hint(msg!("load-file-too-large-hint"))
    };
    if meta.len() > max_bytes {
        return (None, Some(too_large(meta.len())));
    }
    // Bounded, in case the file grew since it was measured.
    let mut bytes = Vec::new();
    if let Err(e) =
        std::fs::File::open(path).and_then(|f| f.take(max_bytes + 1).read_to_end(&mut bytes))
    {
        let d = Diagnostic::error(
            "read-error",
            msg!(
                "load-read-error",
                file = display.clone(),
                reason = e.to_string()
            ),
        )
        .at_path(&display);
        return (None, Some(d));
    }
    if bytes.len() as u64 > max_bytes {
        return (None, Some(too_large(bytes.len() as u64)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => (Some(SourceFile::new(display, path, text)), None),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let line = prefix.matches('\n').count() as u32 + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            let d = Diagnostic::error("not-utf8", msg!("load-not-utf8", file = display.clone()))
                .at(id, Span::new(line, column, 1))
                .with_hint(msg!("load-not-utf8-hint"));
            (Some(SourceFile::new(display, path, text)), Some(d))
        }
    }
}

/// Reads and parses one YAML file.
pub fn load_yaml(
    layout: &SiteLayout,
    sources: &mut SourceMap,
    path: &Path,
) -> Result<Arc<YamlDoc>, Vec<Diagnostic>> {
    let id = read_source(layout, sources, path, MAX_YAML_BYTES).map_err(|d| vec![d])?;
    yaml::parse(id, sources.get(id))
        .and_then(YamlDoc::strict)
        .map(Arc::new)
}

/// Whether a file name is an editor's temporary, swap or backup file.
pub fn is_editor_artifact(name: &str) -> bool {
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
}

/// The YAML files of a folder, sorted by name, skipping editor artifacts;
/// then, sorted, what looks meant to be read but is not: a file whose
/// extension is `.yaml` or `.yml` in another case (`.YAML`), a subfolder
/// holding YAML files.
pub fn yaml_files(dir: &Path) -> std::io::Result<(Vec<PathBuf>, Vec<PathBuf>)> {
    let is_yaml = |name: &str| name.ends_with(".yaml") || name.ends_with(".yml");
    let (mut files, mut unread) = (Vec::new(), Vec::new());
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let Some(name) = name else { continue };
        if is_editor_artifact(&name) {
            continue;
        }
        if is_yaml(&name) {
            files.push(path);
        } else if is_yaml(&name.to_lowercase())
            || (entry.file_type().is_ok_and(|t| t.is_dir())
                && std::fs::read_dir(&path).is_ok_and(|mut d| {
                    d.any(|e| {
                        e.is_ok_and(|e| is_yaml(&e.file_name().to_string_lossy().to_lowercase()))
                    })
                }))
        {
            unread.push(path);
        }
    }
    files.sort();
    unread.sort();
    Ok((files, unread))
}

/// A YAML file of a folder of named files, not yet read.
#[derive(Debug, Clone)]
pub struct NamedFile {
    /// The file stem (policy id or profile name).
    pub name: Ident,
    /// Where it is.
    pub path: PathBuf,
}

/// What a folder's files are, as the messages select on it (`$kind`):
/// `policy`, `notice` or `profile`, from the `what` the loaders are given
/// ("policy", "collection notice", "profile").
fn kind_key(what: &str) -> &'static str {
    match what {
        "policy" => "policy",
        "collection notice" | "notice" => "notice",
        _ => "profile",
    }
}

/// Lists the named YAML files of one folder (policies or profiles), sorted
/// by name, reporting names that are not identifiers and names given twice.
/// `what` names the files: "policy", "collection notice" or "profile".
pub fn list_named(
    layout: &SiteLayout,
    diags: &mut Diagnostics,
    dir: &Path,
    what: &str,
    required: bool,
) -> Vec<NamedFile> {
    let mut out: Vec<NamedFile> = Vec::new();
    let kind = kind_key(what);
    if let Err(outside) = layout.inside(dir) {
        diags.push(outside.diagnostic());
        return out;
    }
    let files = match yaml_files(dir) {
        Ok((files, unread)) => {
            for path in unread {
                let display = layout.display(&path);
                let hint = if path.is_dir() {
                    msg!(
                        "load-unread-subfolder-hint",
                        kind = kind,
                        dir = layout.display(dir)
                    )
                } else {
                    msg!("load-unread-extension-hint")
                };
                diags.push(
                    Diagnostic::warning(
                        "unread-file",
                        msg!("load-unread-file", file = display.clone(), kind = kind),
                    )
                    .at_path(display)
                    .with_hint(hint),
                );
            }
            files
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return out,
        Err(e) => {
            let display = layout.display(dir);
            diags.push(
                Diagnostic::error(
                    "read-error",
                    msg!(
                        "load-read-folder-error",
                        kind = kind,
                        dir = display.clone(),
                        reason = e.to_string()
                    ),
                )
                .at_path(display)
                .with_hint(msg!("load-read-folder-error-hint")),
            );
            return out;
        }
    };
    let mut seen = std::collections::HashSet::new();
    for path in files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = match Ident::parse(&stem) {
            Ok(n) => n,
            Err(_) => {
                let display = layout.display(&path);
                let hint = if Ident::is_reserved(&stem) {
                    msg!("load-bad-file-name-reserved-hint", name = stem.clone())
                } else {
                    msg!("load-bad-file-name-hint")
                };
                diags.push(
                    Diagnostic::error(
                        "bad-file-name",
                        msg!(
                            "load-bad-file-name",
                            file = display.clone(),
                            name = stem.clone(),
                            kind = kind
                        ),
                    )
                    .at_path(display)
                    .with_hint(hint),
                );
                continue;
            }
        };
        if !seen.insert(stem.clone()) {
            let display = layout.display(&path);
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    msg!(
                        "load-duplicate-file",
                        file = display.clone(),
                        name = stem.clone(),
                        kind = kind
                    ),
                )
                .at_path(display)
                .with_hint(msg!("load-duplicate-file-hint")),
            );
            continue;
        }
        out.push(NamedFile { name, path });
    }
    out
}

/// Lists the documents of the site: the policies (the folder is required)
/// and the collection notices (`content/notices/`, optional), sorted by
/// kind then name. A notice and a policy may not share an id: the id names
/// a document in the translations lock and on the command line.
pub fn list_documents(layout: &SiteLayout, diags: &mut Diagnostics) -> Vec<NamedFile> {
    let mut out = list_named(layout, diags, &layout.policies_dir(), "policy", true);
    let policies: std::collections::HashSet<String> =
        out.iter().map(|f| f.name.as_str().to_string()).collect();
    for notice in list_named(
        layout,
        diags,
        &layout.notices_dir(),
        "collection notice",
        false,
    ) {
        if policies.contains(notice.name.as_str()) {
            let display = layout.display(&notice.path);
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    msg!(
                        "load-notice-named-as-policy",
                        file = display.clone(),
                        name = notice.name.as_str().to_string()
                    ),
                )
                .at_path(display)
                .with_hint(msg!("load-notice-named-as-policy-hint")),
            );
            continue;
        }
        out.push(notice);
    }
    out
}

/// Loads the named YAML files of one folder (policies or profiles).
/// `reuse` may return the document already parsed for an unchanged path, so
/// a live preview re-reads only what changed.
pub fn load_named(
    layout: &SiteLayout,
    sources: &mut SourceMap,
    diags: &mut Diagnostics,
    dir: &Path,
    what: &str,
    required: bool,
    reuse: &dyn Fn(&Path) -> Option<NamedDoc>,
) -> BTreeMap<String, NamedDoc> {
    let mut out = BTreeMap::new();
    // Files are read in the folder's order (so file ids are deterministic)
    // and queued; the queue is parsed in parallel and reported in order.
    let mut queue = Vec::new();
    for NamedFile { name, path } in list_named(layout, diags, dir, what, required) {
        let stem = name.as_str().to_string();
        if let Some(doc) = reuse(&path) {
            out.insert(stem, doc);
            continue;
        }
        match read_source(layout, sources, &path, MAX_YAML_BYTES) {
            Ok(id) => queue.push(Queued::Parse { stem, name, id }),
            Err(d) => queue.push(Queued::Report(vec![d])),
        }
    }
    parse_queued(&mut queue, sources, &mut out, diags);
    out
}

/// A file of a folder being loaded, or the problems it was found to have.
enum Queued {
    /// Problems to report at this point of the folder's order.
    Report(Vec<Diagnostic>),
    /// A file read, to be parsed.
    Parse {
        stem: String,
        name: Ident,
        id: FileId,
    },
}

/// Parses the queued files in parallel, then records the documents and
/// reports the problems in the queue's order; empties the queue.
fn parse_queued(
    queue: &mut Vec<Queued>,
    sources: &SourceMap,
    out: &mut BTreeMap<String, NamedDoc>,
    diags: &mut Diagnostics,
) {
    let parsed: Vec<Result<Option<YamlDoc>, Vec<Diagnostic>>> = queue
        .par_iter()
        .map(|q| match q {
            Queued::Parse { id, .. } => yaml::parse(*id, sources.get(*id)).map(Some),
            Queued::Report(_) => Ok(None),
        })
        .collect();
    for (q, result) in queue.drain(..).zip(parsed) {
        match (q, result) {
            (Queued::Report(ds), _) | (_, Err(ds)) => ds.into_iter().for_each(|d| diags.push(d)),
            (Queued::Parse { stem, name, .. }, Ok(Some(mut doc))) => {
                // Reported, and the rest of the file still checked.
                std::mem::take(&mut doc.problems)
                    .into_iter()
                    .for_each(|d| diags.push(d));
                out.insert(
                    stem,
                    NamedDoc {
                        name,
                        doc: Arc::new(doc),
                    },
                );
            }
            (Queued::Parse { .. }, Ok(None)) => {}
        }
    }
}

/// Loads the site's YAML: settings, profiles and policies.
pub fn load_site(layout: SiteLayout) -> (LoadedSite, Diagnostics) {
    let (mut site, mut diags) = load_base(layout);
    site.policies = load_named(
        &site.layout,
        &mut site.sources,
        &mut diags,
        &site.layout.policies_dir(),
        "policy",
        true,
        &|_| None,
    );
    (site, diags)
}

/// Loads what every policy depends on: the settings and the profiles (the
/// policies are left empty, for a caller that reads them one by one).
pub fn load_base(layout: SiteLayout) -> (LoadedSite, Diagnostics) {
    let mut sources = SourceMap::new();
    let mut diags = Diagnostics::new();
    let site_file = layout.site_file();
    let config = if site_file.exists() {
        match load_yaml(&layout, &mut sources, &site_file) {
            Ok(doc) => Some(doc),
            Err(ds) => {
                ds.into_iter().for_each(|d| diags.push(d));
                None
            }
        }
    } else {
        let display = layout.display(&site_file);
        diags.push(
            Diagnostic::error(
                "missing-site-file",
                msg!("load-missing-site-file", file = display.clone()),
            )
            .at_path(display)
            .with_hint(msg!("load-missing-site-file-hint")),
        );
        None
    };
    let profiles = load_named(
        &layout,
        &mut sources,
        &mut diags,
        &layout.profiles_dir(),
        "profile",
        false,
        &|_| None,
    );
    let policies = BTreeMap::new();
    (
        LoadedSite {
            layout,
            sources,
            config,
            profiles,
            policies,
        },
        diags,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsing in parallel keeps the folder's order for file ids and
    /// diagnostics, and a `.yml` twin is loaded only when the `.yaml` file
    /// did not parse.
    #[test]
    fn a_folder_loads_in_order_and_twins_are_always_reported() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write("a.yaml", "x: [1\n");
        write("a.yml", "x: 1\n");
        write("b.yaml", "x: 2\n");
        write("b.yml", "x: 3\n");
        write("Bad.yaml", "x: 4\n");
        write("c.yaml", "x: 5\nx: 6\n");
        write("d.yaml", "x: 7\n");
        let layout = SiteLayout::new(dir.path());
        let mut sources = SourceMap::new();
        let mut diags = Diagnostics::new();
        let out = load_named(
            &layout,
            &mut sources,
            &mut diags,
            dir.path(),
            "policy",
            true,
            &|_| None,
        );
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(
            codes,
            [
                "bad-file-name",
                "duplicate-id",
                "duplicate-id",
                "yaml-syntax",
                "duplicate-key"
            ]
        );
        // Two files for one id are a problem whether or not the first parses;
        // a file with a key written twice is read on (the first value kept).
        assert_eq!(out.keys().collect::<Vec<_>>(), ["b", "c", "d"]);
        assert_eq!(out["c"].doc.value["x"], serde_yaml::Value::from(5));
        assert_eq!(out["b"].doc.value["x"], serde_yaml::Value::from(2));
        let files: Vec<_> = sources.iter().map(|(_, f)| f.display.clone()).collect();
        assert!(files.windows(2).all(|w| w[0] < w[1]), "{files:?}");
        assert_eq!(files.len(), 4, "{files:?}");
    }
}
