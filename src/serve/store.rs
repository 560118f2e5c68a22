//! What the preview serves: the rendered site, in memory.
//!
//! The preview never writes the publish folder: pages rendered by the same
//! stages as `build` are kept here, keyed by URL path, with the reload
//! script injected into HTML pages. When a change does not build, the last
//! good pages stay and the diagnostics are kept beside them for the error
//! overlay.

use crate::diagnostic::Diagnostics;
use crate::render::{Listing, Page};
use crate::site::Project;
use crate::source::SourceMap;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

/// The tag added to every HTML page in preview (never in `build` output).
pub const RELOAD_TAG: &str = "<script src=\"/_preview/reload.js\" defer></script>";

/// One file ready to send.
#[derive(Debug)]
pub struct Served {
    /// The bytes.
    pub body: Vec<u8>,
    /// Its media type.
    pub content_type: &'static str,
    /// A strong validator of the bytes.
    pub etag: String,
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

/// Makes a served file, injecting the reload script into HTML.
pub fn served(path: &str, bytes: Vec<u8>) -> Arc<Served> {
    let content_type = content_type(path);
    let body = if content_type.starts_with("text/html") {
        inject(bytes)
    } else {
        bytes
    };
    // A fast non-cryptographic validator: it only has to change with the bytes.
    let etag = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        body.hash(&mut h);
        format!("\"{:016x}-{:x}\"", h.finish(), body.len())
    };
    Arc::new(Served {
        body,
        content_type,
        etag,
    })
}

fn inject(bytes: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&bytes);
    let at = text.find("</head>").or_else(|| text.find("</body>"));
    match at {
        Some(i) => {
            let mut s = String::with_capacity(text.len() + RELOAD_TAG.len());
            s.push_str(&text[..i]);
            s.push_str(RELOAD_TAG);
            s.push_str(&text[i..]);
            s.into_bytes()
        }
        None => {
            let mut s = text.into_owned();
            s.push_str(RELOAD_TAG);
            s.into_bytes()
        }
    }
}

/// The state of the preview, shared by the HTTP threads.
#[derive(Debug, Default)]
pub struct Snapshot {
    /// URL path (`/en/slug/index.html`) → file.
    pub files: HashMap<String, Arc<Served>>,
    /// Paths each policy's files live at: its two pages
    /// (`/<lang>/<slug>/index.html`), then its `policy.json` files.
    pub policy_paths: BTreeMap<String, Vec<String>>,
    /// The project the pages were rendered from.
    pub project: Option<Arc<Project>>,
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

/// What the landing page and sitemap show of a policy.
fn listing_of(project: &Project, id: &str) -> Option<Listing> {
    let i = project
        .policies
        .binary_search_by(|e| e.page.id.as_str().cmp(id))
        .ok()?;
    Some(Listing::of(&project.policies[i].page))
}

/// Whether what the landing page and sitemap show changed between
/// `previous` and `project`, when only the policies `ids` may have changed
/// (each may have appeared or gone).
fn listing_changed(
    previous: Option<&Project>,
    project: &Project,
    ids: &std::collections::BTreeSet<String>,
) -> bool {
    let Some(old) = previous else { return true };
    old.policies.len() != project.policies.len()
        || ids
            .iter()
            .any(|id| listing_of(old, id) != listing_of(project, id))
}

/// Pages rendered for a change, not yet served.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The files of each policy rendered again (its two pages, then its
    /// `policy.json` files), by policy id.
    policies: Vec<(String, Vec<Page>)>,
    /// The landing page, sitemap and 404 page, after a full render.
    site_pages: Vec<Page>,
    /// Whether what the site pages list changed (they were not rendered).
    site_stale: bool,
    /// The theme's files, after a full render.
    assets: Option<Vec<(String, Vec<u8>)>>,
}

/// Renders what a change needs: the policies `ids` (every policy when
/// `None`), the site pages if what they list changed, the assets if
/// `with_assets`. Runs without the server's lock: pages keep being served
/// from the previous snapshot meanwhile.
pub fn render(
    project: &Project,
    ids: Option<&std::collections::BTreeSet<String>>,
    with_assets: bool,
    previous: Option<&Project>,
) -> Result<Rendered, Diagnostics> {
    use rayon::prelude::*;
    let chosen: Vec<_> = project
        .policies
        .iter()
        .filter(|p| ids.is_none_or(|set| set.contains(&p.page.id)))
        .collect();
    let policies: Vec<(String, Vec<Page>)> = chosen
        .par_iter()
        .map(|entry| {
            // The two pages, then the `policy.json` beside each, as `build`
            // writes them.
            let pages = project.renderer.render_policy(&entry.page)?;
            let json = crate::site::json_pages(&project.renderer, &entry.page)?;
            Ok((
                entry.page.id.clone(),
                pages.into_iter().chain(json).collect(),
            ))
        })
        .collect::<Result<_, _>>()
        .map_err(|d| std::iter::once(d).collect::<Diagnostics>())?;
    // The landing page and sitemap list every policy: after a full render
    // they are rendered too; after a change to some policies, they are only
    // marked out of date if what they show changed, and rendered when asked
    // for, so a save does not pay for pages that list every policy.
    let (site_pages, site_stale) = match ids {
        Some(ids) => (Vec::new(), listing_changed(previous, project, ids)),
        None => (project.render_site_pages()?, false),
    };
    let assets = if with_assets {
        let mut out = Vec::with_capacity(project.assets.len());
        for asset in &project.assets {
            match asset.source.read() {
                Ok(bytes) => out.push((asset.path.clone(), bytes.into_owned())),
                Err(e) => {
                    let d = crate::diagnostic::Diagnostic::error(
                        "read-error",
                        format!("cannot read the asset `{}`: {e}", asset.path),
                    );
                    return Err(std::iter::once(d).collect());
                }
            }
        }
        Some(out)
    } else {
        None
    };
    Ok(Rendered {
        policies,
        site_pages,
        site_stale,
        assets,
    })
}

/// Puts rendered pages in the snapshot (under the server's lock: the work
/// here is proportional to what changed, plus one pass over the policy
/// ids to forget those that are gone).
pub fn install(snap: &mut Snapshot, rendered: Rendered, project: &Project) {
    let files = &mut snap.files;
    let policy_paths = &mut snap.policy_paths;
    // Forget the old pages of what was rendered again (a slug may have
    // changed) and of policies that are gone.
    let keep = |id: &str| {
        project
            .policies
            .binary_search_by(|e| e.page.id.as_str().cmp(id))
            .is_ok()
    };
    let again: std::collections::HashSet<&str> = rendered
        .policies
        .iter()
        .map(|(id, _)| id.as_str())
        .collect();
    policy_paths.retain(|id, paths| {
        let stay = keep(id) && !again.contains(id.as_str());
        if !stay {
            for p in paths.iter() {
                files.remove(p);
            }
        }
        stay
    });
    for (id, pages) in rendered.policies {
        let mut paths = Vec::with_capacity(pages.len());
        for page in pages {
            let url = format!("/{}", page.path);
            files.insert(url.clone(), served(&url, page.content.into_bytes()));
            paths.push(url);
        }
        policy_paths.insert(id, paths);
    }
    if rendered.site_stale {
        snap.site_stale = true;
    } else if !rendered.site_pages.is_empty() {
        install_site_pages(snap, rendered.site_pages);
    }
    let files = &mut snap.files;
    if let Some(assets) = rendered.assets {
        files.retain(|k, _| !k.starts_with("/assets/"));
        for (path, bytes) in assets {
            let url = format!("/assets/{path}");
            files.insert(url.clone(), served(&url, bytes));
        }
    }
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
