//! A document's output files: its two pages, a notice's fragments and its
//! `policy.json` files, rendered together so that the published data and
//! the content version are computed once for all of them. `build` writes
//! them, `serve` serves them, the fuzz probe renders through them.

use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::render::{Page, PolicyPage, Renderer};

/// The files of a document, as `build` writes them and `serve` serves them.
#[derive(Debug)]
pub struct PolicyFiles {
    /// Its English and French pages.
    pub pages: [Page; 2],
    /// A notice's fragments (`notice.en.html`, `notice.fr.html`); none for
    /// a policy.
    pub fragments: Vec<Page>,
    /// Its `policy.json` files: the same document beside each language's
    /// page (see [`crate::publish`]).
    pub json: Vec<Page>,
}

impl PolicyFiles {
    /// Every file, pages first.
    pub fn iter(&self) -> impl Iterator<Item = &Page> {
        self.pages.iter().chain(&self.fragments).chain(&self.json)
    }
}

/// Renders the files of a policy. Its published data and version are
/// computed once for all of them.
pub fn policy_files(renderer: &Renderer, p: &PolicyPage) -> Result<PolicyFiles, Diagnostic> {
    let failed = |e: String| {
        // `e` is the publishing stage's own text (src/publish/).
        Diagnostic::error(
            "render-error",
            msg!("site-render-error", id = p.id.clone(), reason = e),
        )
        .at_path(crate::render::document_file(p))
    };
    let published = crate::publish::Published::of(&p.policy).map_err(failed)?;
    let (pages, fragments) = renderer.render_document(p, &published)?;
    let urls = crate::model::Bilingual {
        en: renderer.page_url(crate::model::Lang::En, &p.slugs.en),
        fr: renderer.page_url(crate::model::Lang::Fr, &p.slugs.fr),
    };
    let json = crate::publish::json_pages(
        &p.id,
        &p.policy,
        &published,
        &p.slugs,
        urls,
        renderer.locales(),
    )
    .map_err(failed)?;
    Ok(PolicyFiles {
        pages,
        fragments,
        json,
    })
}
