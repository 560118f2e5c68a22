//! `build` and `check` streaming through the policies.
//!
//! What every policy depends on (settings, profiles, wording, theme, lock,
//! terminology) is loaded once (`Base`); then each policy goes through
//! every stage on its own, in parallel: read → parse → resolve → validate →
//! lint → render → write into the staging folder. Only a small summary of
//! each policy is kept (what the landing page and the sitemap list, where
//! its slugs are written, its diagnostics, and its text when it has
//! diagnostics to show), so memory does not grow with the site's size the
//! way it would if every policy's data and pages were held until the end.
//!
//! The output folder is replaced only at the very end and only if no stage
//! reported an error anywhere: a failed build leaves the previous output
//! untouched, exactly as before.

use super::{site_level, Base, CheckEnv, Links, LoadOptions};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{self, NamedFile, SiteLayout};
use crate::model::DocKind;
use crate::msg;
use crate::output::{check_out_dir, OutputError, OutputOptions, Staging};
use crate::render::{Listing, Page, Renderer};
use crate::source::{FileId, SourceFile, SourceMap};
use crate::validate::SlugClaim;
use rayon::prelude::*;
use std::path::Path;

/// What a streamed run produced.
#[derive(Debug)]
pub struct Outcome {
    /// The files read that diagnostics point into.
    pub sources: SourceMap,
    /// Every problem found, sorted by file and line.
    pub diagnostics: Diagnostics,
    /// How many policy files the site has.
    pub policies: usize,
    /// How many collection notice files it has.
    pub notices: usize,
    /// What was written, when the output was replaced.
    pub written: Option<BuildStats>,
    /// How long each stage took.
    pub timings: Timings,
}

/// How long each stage of a run took, in seconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Timings {
    /// Reading the settings, profiles, wording and theme, and listing the
    /// policy files.
    pub load: f64,
    /// Checking, rendering and writing every policy (in parallel).
    pub policies: f64,
    /// The checks across policies, the landing page, sitemap and 404 page.
    pub site: f64,
    /// Writing the site pages and the theme's files, and putting the new
    /// output in place.
    pub write: f64,
}

/// What is kept of one policy.
#[derive(Default)]
struct PolicyOutcome {
    listing: Option<Listing>,
    claim: Option<SlugClaim>,
    diags: Diagnostics,
    /// The policy's text, kept only to show its diagnostics.
    file: Option<SourceFile>,
    pages: usize,
    other_files: usize,
    /// A policy's title and slugs, for its notices' pages.
    link: Option<(String, super::DocLink)>,
}

/// Where `build` writes.
#[derive(Debug, Clone, Copy)]
pub struct Destination<'a> {
    /// The output folder.
    pub dir: &'a Path,
    /// Replace it even if it holds files policypress did not write.
    pub overwrite: bool,
}

/// Checks every policy of the site at `layout` and renders its pages; with
/// `out`, writes the site there (replacing it atomically, and only if there
/// was no error).
pub fn run(layout: SiteLayout, options: &LoadOptions, out: Option<Destination<'_>>) -> Outcome {
    let started = std::time::Instant::now();
    run_on(Base::load(layout, options, false), out, started)
}

/// [`run`] on a base already loaded (at `started`, for the timings), e.g.
/// the one `check --accept` loaded to record the review
/// ([`super::accept_and_check`]): the base's diagnostics are reported,
/// and its policy files are listed again.
pub(crate) fn run_on(
    mut base: Base,
    out: Option<Destination<'_>>,
    started: std::time::Instant,
) -> Outcome {
    let mut timings = Timings::default();
    let mut clock = started;
    let mut lap = |slot: &mut f64| {
        *slot = clock.elapsed().as_secs_f64();
        clock = std::time::Instant::now();
    };
    let mut diags = std::mem::take(&mut base.site_diags);
    let files = load::list_documents(&base.layout, &mut diags);
    // Ids first, in file order, so diagnostics read the same on every run.
    let ids: Vec<FileId> = files
        .iter()
        .map(|f| base.sources.reserve(base.layout.display(&f.path), &f.path))
        .collect();
    // Without valid settings nothing is written: no staging to make (and
    // the output is not judged without the settings' `keep:`).
    let staging = match (out, base.config.as_ref()) {
        (Some(out), Some(config)) => match prepare_output(&base.layout, out, &config.keep) {
            Ok(s) => Some(s),
            Err(d) => {
                diags.push(d);
                None
            }
        },
        _ => None,
    };
    // Rendering a policy needs the theme and wording; writing also needs the
    // output folder. Without them, policies are still checked.
    let renderer = base.renderer.clone();
    lap(&mut timings.load);
    let sink = Sink {
        renderer: renderer.as_deref(),
        staging: staging.as_ref(),
    };
    // Three passes, so that each policy lists its notices and each notice
    // links to its policy: the notices are checked (only what they point
    // at is kept), then the policies go through every stage, then the
    // notices (few and small) go through every stage with both sides known.
    let results: Vec<PolicyOutcome> = {
        let env = base.env();
        let sources = &base.sources;
        let layout = &base.layout;
        let of_kind = |kind: DocKind| {
            files
                .iter()
                .zip(ids.iter())
                .filter(move |(f, _)| layout.kind_of(&f.path) == kind)
                .collect::<Vec<_>>()
        };
        let (notices, policies) = (of_kind(DocKind::Notice), of_kind(DocKind::Policy));
        let notice_links: Vec<(String, Option<super::DocLink>)> = notices
            .par_iter()
            .map(|(file, &id)| {
                let r = super::run_policy(layout, sources, env, file, id, None, None);
                (file.name.as_str().to_string(), r.check.link)
            })
            .collect();
        let first = Links::of(
            base.config.as_ref(),
            notice_links
                .iter()
                .filter_map(|(id, l)| l.as_ref().map(|l| (id.as_str(), l))),
        );
        let mut out: Vec<PolicyOutcome> = policies
            .par_iter()
            .map(|(file, &id)| one_policy(layout, sources, env, file, id, &sink, &first))
            .collect();
        let links = Links::of(
            base.config.as_ref(),
            notice_links
                .iter()
                .filter_map(|(id, l)| l.as_ref().map(|l| (id.as_str(), l)))
                .chain(
                    out.iter()
                        .filter_map(|o| o.link.as_ref().map(|(id, l)| (id.as_str(), l))),
                ),
        );
        out.extend(
            notices
                .par_iter()
                .map(|(file, &id)| one_policy(layout, sources, env, file, id, &sink, &links))
                .collect::<Vec<_>>(),
        );
        out
    };
    let mut claims = Vec::with_capacity(results.len());
    let mut listings = Vec::with_capacity(results.len());
    let mut stats = BuildStats::default();
    for r in results {
        diags.extend(r.diags);
        if let Some(f) = r.file {
            base.sources.add(f);
        }
        claims.extend(r.claim);
        if r.pages > 0 {
            if let Some(l) = &r.listing {
                stats.built.push((
                    l.id.clone(),
                    format!("en/{}/index.html", l.slugs.en),
                    format!("fr/{}/index.html", l.slugs.fr),
                ));
            }
        }
        listings.extend(r.listing);
        stats.pages += r.pages;
        stats.other_files += r.other_files;
    }
    stats.built.sort();
    lap(&mut timings.policies);
    let no_policies = files.is_empty() && !diags.has_errors();
    let site_wide = site_level(
        &base.layout,
        claims.iter(),
        no_policies,
        (base.lock_file, &base.lock),
        base.config.as_ref(),
        base.locales.as_deref(),
    );
    super::read_texts_shown(&site_wide, &base.layout, &mut base.sources);
    diags.extend(site_wide);
    // The landing page, sitemap and 404 page, and the theme's files.
    let mut site_pages = Vec::new();
    if let Some(r) = &renderer {
        match r.render_site_pages(&listings) {
            Ok(pages) => site_pages = pages,
            Err(d) => diags.push(d),
        }
    }
    lap(&mut timings.site);
    let mut written = None;
    if let (Some(staging), false) = (staging, diags.has_errors()) {
        match finish(staging, &site_pages, &base, &mut diags) {
            Ok((n, unchanged, kept)) => {
                stats.other_files += n;
                stats.unchanged = unchanged;
                stats.kept = kept;
                written = Some(stats);
            }
            Err(d) => diags.push(d),
        }
    }
    lap(&mut timings.write);
    diags.sort(&base.sources);
    Outcome {
        sources: base.sources,
        diagnostics: diags,
        policies: files
            .iter()
            .filter(|f| base.layout.kind_of(&f.path) == DocKind::Policy)
            .count(),
        notices: files
            .iter()
            .filter(|f| base.layout.kind_of(&f.path) == DocKind::Notice)
            .count(),
        written,
        timings,
    }
}

/// Where a policy's pages go: rendered when there is a renderer (always,
/// so `check` finds what would fail `build`), written when there is a
/// staging folder.
struct Sink<'a> {
    renderer: Option<&'a Renderer>,
    staging: Option<&'a Staging>,
}

/// Every stage for one policy ([`super::run_policy`]), then its files
/// written when there is a staging folder; only a summary is kept.
fn one_policy(
    layout: &SiteLayout,
    sources: &SourceMap,
    env: CheckEnv<'_>,
    file: &NamedFile,
    id: FileId,
    sink: &Sink<'_>,
    links: &Links,
) -> PolicyOutcome {
    let run = super::run_policy(layout, sources, env, file, id, sink.renderer, Some(links));
    let mut out = PolicyOutcome {
        link: run.check.link.map(|l| (file.name.as_str().to_string(), l)),
        diags: run.check.diags,
        claim: run.check.claim,
        listing: run.check.entry.as_ref().map(|e| Listing::of(&e.page)),
        ..PolicyOutcome::default()
    };
    if let Some(files) = run.files {
        let written = match sink.staging {
            Some(staging) => staging
                .write_many(
                    files
                        .iter()
                        .map(|p| (p.path.as_str(), p.content.as_bytes())),
                )
                .map_err(|e| write_error(staging.target(), e)),
            None => Ok(()),
        };
        match written {
            Ok(()) => {
                out.pages = files.pages.len();
                out.other_files = files.json.len() + files.fragments.len();
            }
            Err(d) => out.diags.push(d),
        }
    }
    if !out.diags.is_empty() {
        out.file = run.text;
    }
    out
}

/// Checks the output folder and creates the staging folder beside it.
fn prepare_output(
    layout: &SiteLayout,
    out: Destination<'_>,
    keep: &[crate::model::KeepPath],
) -> Result<Staging, Diagnostic> {
    check_out_dir(&layout.root, out.dir, &layout.source_dirs()).map_err(output_error)?;
    let options = OutputOptions {
        keep: keep.iter().map(|k| k.as_str().to_string()).collect(),
        overwrite: out.overwrite,
    };
    Staging::new(out.dir, &options).map_err(output_error)
}

/// The diagnostic of an output problem, with what the author can do.
fn output_error(e: OutputError) -> Diagnostic {
    let (code, at, hint) = match &e {
        OutputError::HoldsSources { out } | OutputError::OverlapsSources { out, .. } => (
            "bad-output",
            out.display().to_string(),
            Some(msg!("output-another-out-hint")),
        ),
        OutputError::NotAFolder { out } => (
            "bad-output",
            out.display().to_string(),
            Some(msg!("output-not-a-folder-hint")),
        ),
        OutputError::Foreign { out, .. } => (
            "foreign-output",
            out.display().to_string(),
            Some(msg!("output-foreign-hint")),
        ),
        OutputError::KeepClash { .. } => (
            "keep-clash",
            "content/site.yaml".to_string(),
            Some(msg!("output-keep-clash-hint")),
        ),
        OutputError::Parent { parent, .. } => (
            "write-error",
            parent.display().to_string(),
            Some(msg!("output-parent-hint")),
        ),
        OutputError::Io { out, .. } => ("write-error", out.display().to_string(), None),
    };
    let d = Diagnostic::error(code, e.message()).at_path(at);
    match hint {
        Some(hint) => d.with_hint(hint),
        None => d,
    }
}

fn write_error(out: &Path, e: std::io::Error) -> Diagnostic {
    output_error(OutputError::Io {
        out: out.to_path_buf(),
        source: e,
    })
}

fn write(staging: &Staging, page: &Page) -> Result<(), Diagnostic> {
    staging
        .write(&page.path, page.content.as_bytes())
        .map_err(|e| write_error(staging.target(), e))
}

/// Writes the site pages and the theme's files, then puts the staging
/// folder in the output's place. Returns how many files it wrote, how many
/// files of the whole build were kept unchanged from the previous output,
/// and the `keep:` paths carried over; a previous output that could not be
/// deleted is a warning in `diags` (the new site is in place).
fn finish(
    staging: Staging,
    site_pages: &[Page],
    base: &Base,
    diags: &mut Diagnostics,
) -> Result<(usize, usize, Vec<String>), Diagnostic> {
    let out = staging.target().to_path_buf();
    let out = out.as_path();
    for page in site_pages {
        write(&staging, page)?;
    }
    for asset in &base.assets {
        let bytes = asset.source.read().map_err(|e| write_error(out, e))?;
        staging
            .write(&format!("assets/{}", asset.path), &bytes)
            .map_err(|e| write_error(out, e))?;
    }
    let unchanged = staging.unchanged();
    let kept = staging.carried();
    if let Some(left) = staging.commit().map_err(output_error)? {
        let at = left.path.display().to_string();
        diags.push(
            Diagnostic::warning(
                "old-output-left",
                msg!(
                    "output-old-left",
                    path = at.clone(),
                    reason = left.error.to_string()
                ),
            )
            .at_path(at)
            .with_hint(msg!("output-old-left-hint")),
        );
    }
    Ok((site_pages.len() + base.assets.len(), unchanged, kept))
}

/// What a build wrote.
#[derive(Debug, Clone, Default)]
pub struct BuildStats {
    /// Policy pages written (two per policy).
    pub pages: usize,
    /// Other files written (landing page, sitemap, policy.json files, assets).
    pub other_files: usize,
    /// Of the files written, those the previous output already held with
    /// the same bytes: kept as they were, with their modification time.
    pub unchanged: usize,
    /// The paths of `keep:` carried over from the previous output.
    pub kept: Vec<String>,
    /// Each policy built: its id and the paths of its two pages.
    pub built: Vec<(String, String, String)>,
}
