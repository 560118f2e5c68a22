//! What the preview serves: the rendered site, in memory.
//!
//! The preview never writes the publish folder: pages rendered by the same
//! stages as `build` are kept here, keyed by URL path, with the reload
//! script injected into HTML pages. When a change does not build, the last
//! good pages stay and the diagnostics are kept beside them for the error
//! overlay.

use crate::diagnostic::Diagnostics;
use crate::render::Page;
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
    /// Paths each policy's pages live at.
    pub policy_paths: BTreeMap<String, Vec<String>>,
    /// The project the pages were rendered from.
    pub project: Option<Arc<Project>>,
    /// Problems of the current sources (errors stop the update).
    pub diagnostics: Diagnostics,
    /// The sources, to show the diagnostics.
    pub sources: SourceMap,
    /// Increases with each successful update.
    pub generation: u64,
}

/// What the landing page and sitemap show of each policy.
fn listing(project: &Project) -> Vec<String> {
    project
        .policies
        .iter()
        .map(|e| {
            let p = &e.page;
            format!(
                "{}\u{1}{:?}\u{1}{:?}\u{1}{:?}\u{1}{}",
                p.id, p.policy.title, p.policy.organization.name, p.slugs, p.policy.updated
            )
        })
        .collect()
}

/// Whether the listing differs between the previous project and this one.
fn listing_changed(previous: Option<&Project>, project: &Project) -> bool {
    previous.is_none_or(|old| listing(old) != listing(project))
}

/// Renders the pages of `ids` (or all when `None`) plus the site pages
/// into `files`; returns the paths each rendered policy produced.
pub fn render_into(
    project: &Project,
    ids: Option<&std::collections::BTreeSet<String>>,
    files: &mut HashMap<String, Arc<Served>>,
    policy_paths: &mut BTreeMap<String, Vec<String>>,
    with_assets: bool,
    previous: Option<&Project>,
) -> Result<(), Diagnostics> {
    use rayon::prelude::*;
    let chosen: Vec<_> = project
        .policies
        .iter()
        .filter(|p| ids.is_none_or(|set| set.contains(&p.page.id)))
        .collect();
    let rendered: Vec<(String, Vec<Page>)> = chosen
        .par_iter()
        .map(|entry| {
            project
                .renderer
                .render_policy(&entry.page)
                .map(|pages| (entry.page.id.clone(), pages.into_iter().collect::<Vec<_>>()))
        })
        .collect::<Result<_, _>>()
        .map_err(|d| std::iter::once(d).collect::<Diagnostics>())?;
    // The landing page and sitemap list every policy: render them again only
    // when what they show of a policy (or the set of policies) changed.
    let site_pages = if ids.is_none() || listing_changed(previous, project) {
        project.render_site_pages()?
    } else {
        Vec::new()
    };
    // Forget the old pages of what was rendered again (a slug may have changed).
    let keep_ids: std::collections::BTreeSet<&str> = project
        .policies
        .iter()
        .map(|p| p.page.id.as_str())
        .collect();
    let stale: Vec<String> = policy_paths
        .iter()
        .filter(|(id, _)| !keep_ids.contains(id.as_str()) || rendered.iter().any(|(r, _)| r == *id))
        .flat_map(|(_, paths)| paths.clone())
        .collect();
    for p in stale {
        files.remove(&p);
    }
    policy_paths.retain(|id, _| keep_ids.contains(id.as_str()));
    for (id, pages) in rendered {
        let mut paths = Vec::new();
        for page in pages {
            let url = format!("/{}", page.path);
            files.insert(url.clone(), served(&url, page.content.into_bytes()));
            paths.push(url);
        }
        policy_paths.insert(id, paths);
    }
    for page in site_pages {
        let url = format!("/{}", page.path);
        files.insert(url.clone(), served(&url, page.content.into_bytes()));
    }
    if with_assets {
        files.retain(|k, _| !k.starts_with("/assets/"));
        for asset in &project.assets {
            match asset.source.read() {
                Ok(bytes) => {
                    let url = format!("/assets/{}", asset.path);
                    files.insert(url.clone(), served(&url, bytes.into_owned()));
                }
                Err(e) => {
                    let d = crate::diagnostic::Diagnostic::error(
                        "read-error",
                        format!("cannot read the asset `{}`: {e}", asset.path),
                    );
                    return Err(std::iter::once(d).collect());
                }
            }
        }
    }
    Ok(())
}
