//! The preview's own pages: a dashboard of every policy with its problems,
//! and each policy's English and French pages side by side, aligned section
//! by section, with parity and freshness warnings at the section they
//! concern.

use super::store::Snapshot;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Lang;
use crate::tool_text::{self, Message};
use crate::{msg, msg_id};
use serde_json::json;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The wording of the preview's own pages and of the overlay of problems:
/// the tool's (`tool-locales/<lang>/preview.ftl`), in the tool's language,
/// like the diagnostics they show, so a page of the preview speaks one
/// language throughout. The site's pages keep their own two languages.
pub struct Ui {
    /// The language of the preview's pages: the tool's.
    pub lang: Lang,
    /// The site's source language (English until the site has loaded
    /// once): the left column of the side-by-side view.
    pub source: Lang,
}

/// The messages the templates show, each without variables, given to them
/// as `t.<id without "preview-", with `_` for `-`>` (`t.column_policy`).
const TEMPLATE_WORDS: &[&str] = &[
    msg_id!("preview-name"),
    msg_id!("preview-site"),
    msg_id!("preview-policies"),
    msg_id!("preview-table-caption"),
    msg_id!("preview-column-policy"),
    msg_id!("preview-column-pages"),
    msg_id!("preview-column-compare"),
    msg_id!("preview-column-errors"),
    msg_id!("preview-column-warnings"),
    msg_id!("preview-not-built"),
    msg_id!("preview-language-en"),
    msg_id!("preview-language-fr"),
    msg_id!("preview-problems"),
    msg_id!("preview-page-en"),
    msg_id!("preview-page-fr"),
    msg_id!("preview-skip-to-content"),
    msg_id!("preview-mark-reviewed"),
];

impl Ui {
    /// The wording for the current state of the preview.
    pub fn of(snapshot: &Snapshot) -> Ui {
        Ui {
            lang: tool_text::lang(),
            source: snapshot
                .site
                .as_ref()
                .map_or(Lang::En, |site| site.renderer.config().source_language),
        }
    }

    /// `message` worded in the preview's language.
    pub fn text(&self, message: &Message) -> String {
        message.in_lang(self.lang)
    }

    /// The word for a diagnostic's severity.
    pub fn severity(&self, severity: Severity) -> String {
        self.text(&match severity {
            Severity::Error => msg!("preview-severity-error"),
            Severity::Warning => msg!("preview-severity-warning"),
        })
    }

    /// The templates' words ([`TEMPLATE_WORDS`]).
    fn table(&self) -> serde_json::Value {
        let t: serde_json::Map<String, serde_json::Value> = TEMPLATE_WORDS
            .iter()
            .map(|id| {
                let short = id.trim_start_matches("preview-").replace('-', "_");
                (short, tool_text::text_in(self.lang, id, &[]).into())
            })
            .collect();
        serde_json::Value::Object(t)
    }
}

fn templates() -> &'static tera::Tera {
    static T: OnceLock<tera::Tera> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = tera::Tera::default();
        // Embedded, checked by the tests: a failure here is a bug of ours.
        if let Err(e) = t.add_raw_templates(vec![
            ("preview-base.html", include_str!("templates/base.html")),
            ("dashboard.html", include_str!("templates/dashboard.html")),
            (
                "side-by-side.html",
                include_str!("templates/side-by-side.html"),
            ),
        ]) {
            eprintln!("internal error in the preview templates: {e}");
        }
        t
    })
}

/// The section a YAML key belongs to, for placing a diagnostic: the built-in
/// section that prints it ([`crate::model::sections::owner_of`]), the free
/// section `sections[i]`, or, for the page's own details (title,
/// organization, date), the introduction at the top of the page.
pub fn section_of_key(key: &str, extra_ids: &[String]) -> Option<String> {
    use crate::model::sections;
    if let Some(s) = sections::owner_of(key) {
        return Some(s.id.to_string());
    }
    let first = key.split(['.', '[']).next().unwrap_or("");
    match first {
        "sections" => {
            let index: usize = key
                .strip_prefix("sections[")?
                .split(']')
                .next()?
                .parse()
                .ok()?;
            extra_ids.get(index).cloned()
        }
        "title" | "organization" | "kind" | "slug" | "updated" | "extends" => {
            Some("introduction".to_string())
        }
        _ => None,
    }
}

/// The `<section id="…">…</section>` blocks of a page, in order.
pub fn sections(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<section id=\"") {
        let after = &rest[start + 13..];
        let Some(q) = after.find('"') else { break };
        let id = after[..q].to_string();
        // Find the matching end, counting nested sections.
        let mut depth = 0usize;
        let mut i = start;
        let mut end = None;
        while i < rest.len() {
            let tail = &rest[i..];
            if tail.starts_with("<section") {
                depth += 1;
                i += 8;
            } else if tail.starts_with("</section>") {
                depth -= 1;
                i += 10;
                if depth == 0 {
                    end = Some(i);
                    break;
                }
            } else {
                i += tail.chars().next().map_or(1, char::len_utf8);
            }
        }
        let Some(end) = end else { break };
        out.push((id, rest[start..end].to_string()));
        rest = &rest[end..];
    }
    out
}

fn diag_json(d: &Diagnostic, snapshot: &Snapshot, ui: &Ui) -> serde_json::Value {
    let (file, line, column) = match d.location {
        Some(l) => (
            Some(snapshot.sources.get(l.file).display.clone()),
            Some(l.span.line),
            Some(l.span.column),
        ),
        None => (d.path.clone(), None, None),
    };
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    json!({
        "severity": severity,
        "label": ui.severity(d.severity),
        "code": d.code,
        "rule": d.rule,
        "file": file,
        "line": line,
        "column": column,
        "message": d.message.in_lang(ui.lang),
        "hint": d.hint.as_ref().map(|h| h.in_lang(ui.lang)),
    })
}

/// What `check --accept` would be given to record the review a
/// translation diagnostic asks for: `<policy>:<key>` for a text of policy
/// `policy`, the message id for a message; `None` for other diagnostics.
pub fn review_selector(d: &Diagnostic, policy: &str) -> Option<String> {
    if !matches!(d.code, "translation-stale" | "translation-unreviewed") {
        return None;
    }
    let message = d.message.message()?;
    let arg = |name: &str| {
        message.args.iter().find_map(|(k, v)| match v {
            tool_text::Arg::Text(t) if k == name => Some(t.to_string()),
            _ => None,
        })
    };
    match message.id.as_ref() {
        "lint-message-stale" | "lint-message-unreviewed" => arg("id"),
        _ => arg("key").map(|key| format!("{policy}:{key}")),
    }
}

/// A note of the side-by-side view with the review its button records.
fn with_review(mut note: serde_json::Value, d: &Diagnostic, policy: &str) -> serde_json::Value {
    if let (Some(map), Some(what)) = (note.as_object_mut(), review_selector(d, policy)) {
        map.insert("review".into(), what.into());
    }
    note
}

/// The diagnostics that concern policy `id` (its own file, or a profile or
/// locale it uses, as reported while checking it).
fn policy_diagnostics<'a>(snapshot: &'a Snapshot, id: &str) -> Vec<&'a Diagnostic> {
    snapshot
        .diagnostics
        .iter()
        .filter(|d| policy_of(snapshot, d) == Some(id))
        .collect()
}

/// The id of the policy whose file a diagnostic points into
/// (`content/policies/<id>.yaml` or `.yml`), if it points into one.
pub fn policy_of<'a>(snapshot: &'a Snapshot, d: &'a Diagnostic) -> Option<&'a str> {
    policy_file_of(&snapshot.sources, d)
}

/// [`policy_of`] with the sources the diagnostic was made with.
pub fn policy_file_of<'a>(
    sources: &'a crate::source::SourceMap,
    d: &'a Diagnostic,
) -> Option<&'a str> {
    let display = match d.location {
        Some(l) => sources.get(l.file).display.as_str(),
        None => d.path.as_deref()?,
    };
    let name = display.strip_prefix("content/policies/")?;
    name.strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))
        .filter(|id| !id.contains('/'))
}

/// Whether the page at URL path `page` is one of policy `id`'s: its two
/// pages (`/en/<slug>/`), or its side-by-side view (`/_preview/<id>/`).
/// A policy that has never built has no pages: its problems are shown on
/// the dashboard only.
pub fn page_is_of(snapshot: &Snapshot, page: &str, id: &str) -> bool {
    if page
        .strip_prefix("/_preview/")
        .map(|r| r.trim_end_matches('/'))
        == Some(id)
    {
        return true;
    }
    let file = if page.ends_with('/') {
        format!("{page}index.html")
    } else {
        page.to_string()
    };
    snapshot
        .policies
        .get(id)
        .is_some_and(|shown| shown.paths.contains(&file))
}

/// The path of a policy's page in `lang` among the paths of its files
/// (which also hold its `policy.json` files).
fn page_of(paths: &[String], lang: Lang) -> Option<&String> {
    let prefix = format!("/{}/", lang.code());
    paths
        .iter()
        .find(|p| p.starts_with(&prefix) && p.ends_with("/index.html"))
}

/// The dashboard: every policy, its pages, and the site's problems.
pub fn dashboard(snapshot: &Snapshot) -> Result<String, String> {
    let ui = Ui::of(snapshot);
    // Every policy served, and every policy file with problems that has
    // no pages yet (a new file that does not build).
    let mut ids: BTreeSet<&str> = snapshot.policies.keys().map(String::as_str).collect();
    ids.extend(
        snapshot
            .diagnostics
            .iter()
            .filter_map(|d| policy_of(snapshot, d)),
    );
    // Grouped by organization and sorted by title, in the preview's
    // language, as the landing page is in each of its languages; a file that has never built (no
    // title, no organization yet) comes last, by id.
    let mut sorted: Vec<(Option<(String, String)>, &str)> = ids
        .into_iter()
        .map(|id| {
            let key = snapshot.policies.get(id).map(|s| {
                let l = &s.summary.listing;
                (
                    l.organization.get(ui.lang).clone(),
                    l.title.get(ui.lang).clone(),
                )
            });
            (key, id)
        })
        .collect();
    sorted.sort_by_cached_key(|(key, id)| {
        (
            key.is_none(),
            key.as_ref().map(|(o, t)| {
                (
                    crate::render::sort_key(o),
                    o.clone(),
                    crate::render::sort_key(t),
                    t.clone(),
                )
            }),
            id.to_string(),
        )
    });
    let mut groups: Vec<serde_json::Value> = Vec::new();
    let mut policies: Vec<serde_json::Value> = Vec::new();
    let mut group: Option<Option<String>> = None;
    for (key, id) in sorted {
        let organization = key.map(|(o, _)| o);
        if group.as_ref() != Some(&organization) {
            if let Some(org) = group.take() {
                groups.push(
                    json!({ "organization": org, "policies": std::mem::take(&mut policies) }),
                );
            }
            group = Some(organization);
        }
        let diags = policy_diagnostics(snapshot, id);
        let shown = snapshot.policies.get(id);
        let paths: &[String] = shown.map_or(&[], |s| &s.paths);
        policies.push(json!({
            "id": id,
            "title": shown.map(|s| s.summary.listing.title.get(ui.lang)),
            "compare": shown.map(|_| ui.text(&msg!("preview-compare", id = id.to_string()))),
            "en": page_of(paths, Lang::En).map(|p| p.trim_end_matches("index.html")),
            "fr": page_of(paths, Lang::Fr).map(|p| p.trim_end_matches("index.html")),
            "errors": diags.iter().filter(|d| d.severity == Severity::Error).count(),
            "warnings": diags.iter().filter(|d| d.severity == Severity::Warning).count(),
        }));
    }
    if let Some(org) = group {
        groups.push(json!({ "organization": org, "policies": policies }));
    }
    let all: Vec<serde_json::Value> = snapshot
        .diagnostics
        .iter()
        .map(|d| diag_json(d, snapshot, &ui))
        .collect();
    let ctx = tera::Context::from_value(json!({
        "lang": ui.lang.code(),
        "t": ui.table(),
        "summary": ui.text(&msg!(
            "preview-summary",
            errors = snapshot.diagnostics.error_count(),
            warnings = snapshot.diagnostics.warning_count(),
        )),
        "groups": groups,
        "diagnostics": all,
    }))
    .map_err(|e| e.to_string())?;
    templates()
        .render("dashboard.html", &ctx)
        .map_err(|e| e.to_string())
}

/// A policy's two pages side by side, or `None` for an unknown policy.
pub fn side_by_side(snapshot: &Snapshot, id: &str, token: &str) -> Option<Result<String, String>> {
    let shown = snapshot.policies.get(id)?;
    let paths = &shown.paths;
    let ui = Ui::of(snapshot);
    let page = |lang: Lang| -> String {
        page_of(paths, lang)
            .and_then(|p| snapshot.files.get(p))
            .map(|f| String::from_utf8_lossy(f.rendered()).into_owned())
            .unwrap_or_default()
    };
    // Ids are prefixed per column so the combined page keeps them unique.
    let prefixed = |lang: Lang| -> Vec<(String, String)> {
        sections(&page(lang))
            .into_iter()
            .map(|(sid, html)| {
                let p = lang.code();
                let html = html
                    .replace(" id=\"", &format!(" id=\"{p}-"))
                    .replace("aria-labelledby=\"", &format!("aria-labelledby=\"{p}-"))
                    .replace("href=\"#", &format!("href=\"#{p}-"));
                (sid, html)
            })
            .collect()
    };
    // The source language on the left: the text the translation follows.
    let source = ui.source;
    let target = source.other();
    let (left, right) = (prefixed(source), prefixed(target));
    let extra_ids = &shown.summary.sections;
    let diags = policy_diagnostics(snapshot, id);
    let mut placed = vec![false; diags.len()];
    let rows: Vec<serde_json::Value> = left
        .iter()
        .map(|(sid, left_html)| {
            let right_html = right.iter().find(|(f, _)| f == sid).map(|(_, h)| h.clone());
            let notes: Vec<serde_json::Value> = diags
                .iter()
                .enumerate()
                .filter(|(_, d)| {
                    d.key.as_deref().and_then(|k| section_of_key(k, extra_ids)).as_deref() == Some(sid.as_str())
                })
                .map(|(i, d)| {
                    placed[i] = true;
                    with_review(diag_json(d, snapshot, &ui), d, id)
                })
                .collect();
            json!({ "id": sid, "left": left_html, "right": right_html, "missing": right_html.is_none(), "notes": notes })
        })
        .collect();
    let unplaced: Vec<serde_json::Value> = diags
        .iter()
        .zip(&placed)
        .filter(|(_, p)| !**p)
        .map(|(d, _)| with_review(diag_json(d, snapshot, &ui), d, id))
        .collect();
    let t = ui.table();
    let heading = ui.text(&match source {
        Lang::En => msg!("preview-side-by-side-en", id = id.to_string()),
        Lang::Fr => msg!("preview-side-by-side-fr", id = id.to_string()),
    });
    let has_notes = !diags.is_empty();
    let ctx = tera::Context::from_value(json!({
        "lang": ui.lang.code(),
        "t": t,
        "token": token,
        "accept": super::http::ACCEPT_PATH,
        "has_notes": has_notes,
        "heading": heading,
        "id": id,
        "rows": rows,
        "left_lang": source.code(),
        "right_lang": target.code(),
        "missing": ui.text(&match target {
            Lang::En => msg!("preview-missing-en"),
            Lang::Fr => msg!("preview-missing-fr"),
        }),
        "other": unplaced,
        "en": page_of(paths, Lang::En),
        "fr": page_of(paths, Lang::Fr),
    }));
    Some(ctx.map_err(|e| e.to_string()).and_then(|c| {
        templates()
            .render("side-by-side.html", &c)
            .map_err(|e| e.to_string())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_cut_out_in_order() {
        let html = "<main><section id=\"a\"><p>x</p></section><p>gap</p><section id=\"b\"><section id=\"c\">y</section></section></main>";
        let s = sections(html);
        assert_eq!(s.len(), 2);
        assert_eq!(
            s[0],
            (
                "a".to_string(),
                "<section id=\"a\"><p>x</p></section>".to_string()
            )
        );
        assert_eq!(s[1].0, "b");
        assert!(s[1].1.ends_with("</section></section>"));
    }

    #[test]
    fn keys_map_to_their_section() {
        let extra = vec!["accessibility".to_string()];
        assert_eq!(
            section_of_key("cookies.items[0].lifetime", &extra).as_deref(),
            Some("cookies")
        );
        assert_eq!(
            section_of_key("tracking.how_to_activate.fr", &extra).as_deref(),
            Some("cookies")
        );
        assert_eq!(
            section_of_key("services[1].processed_in", &extra).as_deref(),
            Some("services")
        );
        assert_eq!(
            section_of_key("voluntary.newsletter.shared", &extra).as_deref(),
            Some("newsletter")
        );
        assert_eq!(
            section_of_key("sections[0].body.fr", &extra).as_deref(),
            Some("accessibility")
        );
        assert_eq!(
            section_of_key("title.fr", &extra).as_deref(),
            Some("introduction")
        );
        assert_eq!(section_of_key("allow[0]", &extra), None);
    }
}
