//! Stage 1, load: find the site's files and parse its YAML with spans.
//!
//! A site root holds `content/site.yaml`, `content/policies/*.yaml`,
//! `content/profiles/*.yaml`, `locales/<lang>/*.ftl` and
//! `themes/<name>/{templates,static}`. This stage reads the YAML files into
//! [`YamlDoc`]s (value + span index) and records every file in the
//! [`SourceMap`], so later stages can quote them. It never stops at the first
//! problem: unreadable or malformed files become diagnostics and the rest
//! still loads.

pub mod spans;
pub mod yaml;

pub use spans::{NodeSpans, PathSeg, SpanIndex, YamlPath};
pub use yaml::YamlDoc;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Ident;
use crate::source::{FileId, SourceFile, SourceMap, Span};
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
}

impl SiteLayout {
    /// The layout of the site at `root`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        SiteLayout { root: root.into() }
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
    let display = layout.display(path);
    let meta = std::fs::metadata(path).map_err(|e| {
        Diagnostic::error("read-error", format!("cannot read `{display}`: {e}")).at_path(&display)
    })?;
    if meta.is_dir() {
        return Err(Diagnostic::error(
            "read-error",
            format!("`{display}` is a folder, where a file was expected"),
        )
        .at_path(&display)
        .with_hint("rename or move the folder"));
    }
    if !meta.is_file() {
        // A pipe blocks the read until something writes to it, and a device
        // such as /dev/zero never ends: read regular files only.
        return Err(Diagnostic::error(
            "read-error",
            format!("`{display}` is not a regular file (a pipe, socket or device)"),
        )
        .at_path(&display)
        .with_hint("replace it with an ordinary text file"));
    }
    let too_large = |len: u64| {
        Diagnostic::error(
            "file-too-large",
            format!("`{display}` is {len} bytes, more than the {max_bytes} bytes allowed"),
        )
        .at_path(&display)
        .with_hint("a policy file is a few kilobytes: check that this is the right file")
    };
    if meta.len() > max_bytes {
        return Err(too_large(meta.len()));
    }
    // Bounded, in case the file grew since it was measured.
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(max_bytes + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            Diagnostic::error("read-error", format!("cannot read `{display}`: {e}"))
                .at_path(&display)
        })?;
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(sources.add(SourceFile::new(display, path, text))),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let line = prefix.matches('\n').count() as u32 + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
            let id = sources.add(SourceFile::new(display.clone(), path, text));
            Err(Diagnostic::error(
                "not-utf8",
                format!("`{display}` is not UTF-8 text"),
            )
            .at(id, Span::new(line, column, 1))
            .with_hint("save the file as UTF-8 in your editor (Latin-1 and Windows-1252 are not accepted)"))
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
    yaml::parse(id, sources.get(id)).map(Arc::new)
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

/// The YAML files of a folder, sorted by name, skipping editor artifacts.
pub fn yaml_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let Some(name) = name else { continue };
        if is_editor_artifact(&name) {
            continue;
        }
        if name.ends_with(".yaml") || name.ends_with(".yml") {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
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
    let files = match yaml_files(dir) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => return out,
        Err(e) => {
            let display = layout.display(dir);
            diags.push(
                Diagnostic::error(
                    "read-error",
                    format!("cannot read the {what} folder `{display}`: {e}"),
                )
                .at_path(display)
                .with_hint("run policypress in the site's root folder, or pass --root"),
            );
            return out;
        }
    };
    for path in files {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = match Ident::parse(&stem) {
            Ok(n) => n,
            Err(_) => {
                let display = layout.display(&path);
                diags.push(
                    Diagnostic::error(
                        "bad-file-name",
                        format!("`{display}`: `{stem}` cannot name a {what}"),
                    )
                    .at_path(display)
                    .with_hint("name the file with lower-case letters, digits and hyphens, e.g. `privacy-policy.yaml`"),
                );
                continue;
            }
        };
        if out.contains_key(&stem) {
            let display = layout.display(&path);
            diags.push(
                Diagnostic::error(
                    "duplicate-id",
                    format!("`{display}`: another file already defines the {what} `{stem}`"),
                )
                .at_path(display)
                .with_hint("keep either the .yaml or the .yml file"),
            );
            continue;
        }
        if let Some(doc) = reuse(&path) {
            out.insert(stem, doc);
            continue;
        }
        match load_yaml(layout, sources, &path) {
            Ok(doc) => {
                out.insert(stem, NamedDoc { name, doc });
            }
            Err(ds) => ds.into_iter().for_each(|d| diags.push(d)),
        }
    }
    out
}

/// Loads the site's YAML: settings, profiles and policies.
pub fn load_site(layout: SiteLayout) -> (LoadedSite, Diagnostics) {
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
            Diagnostic::error("missing-site-file", format!("`{display}` does not exist"))
                .at_path(display)
                .with_hint("run policypress in the site's root folder (the one holding `content/`), or pass --root DIR"),
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
    let policies = load_named(
        &layout,
        &mut sources,
        &mut diags,
        &layout.policies_dir(),
        "policy",
        true,
        &|_| None,
    );
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
