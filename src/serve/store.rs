//! What the preview serves: the rendered site, in memory.
//!
//! The preview never writes the publish folder: pages rendered by the same
//! stages as `build` are kept here, keyed by URL path, as the exact bytes
//! rendered (the two `policy.json` of a policy share theirs); the reload
//! script is added to HTML pages as they are sent. When a change does not
//! build, the last good pages stay and the diagnostics are kept beside them
//! for the error overlay.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::render::theme::Asset;
use crate::render::{Listing, Page, Renderer};
use crate::site::{PolicySummary, Renders};
use crate::source::SourceMap;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The tag added to every HTML page in preview (never in `build` output).
pub const RELOAD_TAG: &str = "<script src=\"/_preview/reload.js\" defer></script>";

/// One file ready to send.
#[derive(Debug)]
pub struct Served {
    /// The bytes as rendered, without the reload script.
    rendered: Arc<[u8]>,
    /// Where the reload script goes, in an HTML page.
    reload_at: Option<usize>,
    /// Its media type.
    pub content_type: &'static str,
    /// A strong validator of the bytes.
    pub etag: String,
}

impl Served {
    /// The file at `path` (its extension gives its media type) with the
    /// bytes `rendered`.
    pub fn new(path: &str, rendered: Arc<[u8]>) -> Served {
        let content_type = content_type(path);
        let reload_at = content_type.starts_with("text/html").then(|| {
            find(&rendered, b"</head>")
                .or_else(|| find(&rendered, b"</body>"))
                .unwrap_or(rendered.len())
        });
        // A fast non-cryptographic validator: it only has to change with the bytes.
        let etag = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            rendered.hash(&mut h);
            reload_at.hash(&mut h);
            let len = rendered.len() + reload_at.map_or(0, |_| RELOAD_TAG.len());
            format!("\"{:016x}-{len:x}\"", h.finish())
        };
        Served {
            rendered,
            reload_at,
            content_type,
            etag,
        }
    }

    /// The bytes to send: those rendered, with the reload script in an
    /// HTML page.
    pub fn body(&self) -> Vec<u8> {
        match self.reload_at {
            Some(at) => {
                let mut out = Vec::with_capacity(self.rendered.len() + RELOAD_TAG.len());
                out.extend_from_slice(&self.rendered[..at]);
                out.extend_from_slice(RELOAD_TAG.as_bytes());
                out.extend_from_slice(&self.rendered[at..]);
                out
            }
            None => self.rendered.to_vec(),
        }
    }

    /// The bytes as rendered (without the reload script).
    pub fn rendered(&self) -> &[u8] {
        &self.rendered
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The media type of a path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    match ext.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// Makes a served file from its bytes.
pub fn served(path: &str, bytes: Vec<u8>) -> Arc<Served> {
    Arc::new(Served::new(path, Arc::from(bytes)))
}

/// What the preview needs of the site's settings, wording and theme once
/// the site has loaded.
#[derive(Debug, Clone)]
pub struct Site {
    /// Renders the landing page, sitemap and 404 page when asked for.
    pub renderer: Arc<Renderer>,
    /// The wording of the preview's own pages.
    pub locales: Arc<Locales>,
}

/// A policy as served.
#[derive(Debug)]
pub struct Shown {
    /// What lists it.
    pub summary: PolicySummary,
    /// The paths of its files: its two pages
    /// (`/<lang>/<slug>/index.html`), then its `policy.json` files.
    pub paths: Vec<String>,
}

/// The state of the preview, shared by the HTTP threads.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// URL path (`/en/slug/index.html`) → file.
    pub files: HashMap<String, Arc<Served>>,
    /// The policies served, by id.
    pub policies: BTreeMap<String, Shown>,
    /// The site the pages were rendered with (`None` until it has loaded).
    pub site: Option<Site>,
    /// Problems of the current sources (errors stop the update).
    pub diagnostics: Diagnostics,
    /// The sources, to show the diagnostics.
    pub sources: SourceMap,
    /// Increases with each successful update.
    pub generation: u64,
    /// The landing page, sitemap and 404 page are out of date: what they
    /// list changed. They are rendered again when next requested (see
    /// [`super::Shared::refresh_site_pages`]), not on every save.
    pub site_stale: bool,
    /// Where the site pages are served.
    pub site_paths: Vec<String>,
}

impl Snapshot {
    /// What the landing page and sitemap list: every policy, by id.
    pub fn listings(&self) -> Vec<Listing> {
        self.policies
            .values()
            .map(|p| p.summary.listing.clone())
            .collect()
    }
}

/// A policy's files ready to serve, by URL path.
type Files = Vec<(String, Arc<Served>)>;

/// An update made ready without the server's lock.
#[derive(Debug, Default)]
pub struct Update {
    /// Each policy rendered again (or gone: `None`), by id.
    policies: Vec<(String, Option<(PolicySummary, Files)>)>,
    /// Whether `policies` is every policy (any other is gone).
    complete: bool,
    /// After a full render: the landing page, sitemap and 404 page.
    site_pages: Option<Result<Vec<Page>, Diagnostic>>,
    /// After a full render: the theme's files.
    assets: Option<Files>,
    /// Problems met (an asset that cannot be read).
    problems: Diagnostics,
}

/// Makes the renders of a workspace ready to serve (in parallel, while the
/// previous pages are still served); after a full render, also renders the
/// site pages and reads the theme's files.
pub fn prepare(renders: Renders, site: &Site, assets: &[Asset]) -> Update {
    let policies: Vec<(String, Option<(PolicySummary, Files)>)> = renders
        .policies
        .into_par_iter()
        .map(|(id, r)| {
            let r = r.map(|r| {
                let mut files: Files = Vec::with_capacity(r.files.len());
                for (path, bytes) in r.files {
                    let url = format!("/{path}");
                    // The two policy.json of a policy share their bytes: one
                    // served file for both.
                    let same = shared_file(&files, &bytes);
                    let file = same.unwrap_or_else(|| Arc::new(Served::new(&url, bytes)));
                    files.push((url, file));
                }
                (r.summary, files)
            });
            (id, r)
        })
        .collect();
    let mut update = Update {
        policies,
        complete: renders.complete,
        ..Update::default()
    };
    if update.complete {
        let listings: Vec<Listing> = update
            .policies
            .iter()
            .filter_map(|(_, r)| r.as_ref().map(|(s, _)| s.listing.clone()))
            .collect();
        update.site_pages = Some(site.renderer.render_site_pages(&listings));
        let mut files = Vec::with_capacity(assets.len());
        for asset in assets {
            match asset.source.read() {
                Ok(bytes) => {
                    let url = format!("/assets/{}", asset.path);
                    files.push((url.clone(), served(&url, bytes.into_owned())));
                }
                Err(e) => update.problems.push(Diagnostic::error(
                    "read-error",
                    crate::msg!(
                        "site-asset-unreadable",
                        path = asset.path.clone(),
                        reason = e.to_string()
                    ),
                )),
            }
        }
        update.assets = Some(files);
    }
    update
}

/// The served file already made for `bytes`, if any.
fn shared_file(files: &Files, bytes: &Arc<[u8]>) -> Option<Arc<Served>> {
    files
        .iter()
        .find(|(_, f)| Arc::ptr_eq(&f.rendered, bytes))
        .map(|(_, f)| f.clone())
}

/// Puts an update in the snapshot (under the server's lock: the work here
/// is proportional to what changed). The policies of `failing` (their own
/// files have errors, so they were not rendered) keep their last good
/// pages. Returns the problems met.
pub fn install(
    snap: &mut Snapshot,
    update: Update,
    failing: &std::collections::BTreeSet<String>,
) -> Diagnostics {
    let Update {
        mut policies,
        complete,
        site_pages,
        assets,
        mut problems,
    } = update;
    let before = failing
        .iter()
        .filter(|id| snap.policies.contains_key(*id))
        .count();
    policies.retain(|(id, r)| r.is_some() || !failing.contains(id));
    // Forget the old files of what was rendered again (a slug may have
    // changed) and of policies that are gone, all before adding the new
    // ones (two policies may have swapped slugs).
    let mut old: HashMap<String, Shown> = HashMap::new();
    if complete {
        old.extend(std::mem::take(&mut snap.policies));
        // A failing policy is kept as it was last shown.
        for id in failing {
            if let Some(shown) = old.remove(id) {
                snap.policies.insert(id.clone(), shown);
            }
        }
    } else {
        for (id, _) in &policies {
            if let Some(shown) = snap.policies.remove(id) {
                old.insert(id.clone(), shown);
            }
        }
    }
    for shown in old.values() {
        for p in &shown.paths {
            snap.files.remove(p);
        }
    }
    let mut listed_changed = false;
    for (id, r) in policies {
        let before = old.get(&id).map(|s| &s.summary.listing);
        let after = r.as_ref().map(|(s, _)| &s.listing);
        listed_changed |= before != after;
        if let Some((summary, files)) = r {
            let mut paths = Vec::with_capacity(files.len());
            for (url, file) in files {
                snap.files.insert(url.clone(), file);
                paths.push(url);
            }
            snap.policies.insert(id, Shown { summary, paths });
        }
    }
    // The site pages of a complete render list only what was rendered:
    // render them again from what is shown if a failing policy was kept.
    let kept = before > 0 && complete;
    match site_pages {
        Some(Ok(_)) if kept => snap.site_stale = true,
        Some(Ok(pages)) => install_site_pages(snap, pages),
        Some(Err(d)) => {
            problems.push(d);
            snap.site_stale = false;
        }
        None if listed_changed => snap.site_stale = true,
        None => {}
    }
    if let Some(assets) = assets {
        snap.files.retain(|k, _| !k.starts_with("/assets/"));
        snap.files.extend(assets);
    }
    problems
}

/// Puts freshly rendered site pages (landing page, sitemap, 404 page) in
/// the snapshot.
pub fn install_site_pages(snap: &mut Snapshot, pages: Vec<Page>) {
    for old in std::mem::take(&mut snap.site_paths) {
        snap.files.remove(&old);
    }
    for page in pages {
        let url = format!("/{}", page.path);
        snap.files
            .insert(url.clone(), served(&url, page.content.into_bytes()));
        snap.site_paths.push(url);
    }
    snap.site_stale = false;
}
