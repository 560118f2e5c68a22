//! Stage 4, render: policies to HTML pages through Fluent, Tera and
//! Markdown.
//!
//! Templates are parsed once ([`theme`]); one Tera instance per language
//! carries that language's word functions ([`functions`]). Each policy is
//! turned into a language-neutral list of sections (so both pages have the
//! same section ids in the same order by construction), then rendered once
//! per language. The [`Renderer`] is read-only and shared across threads.

mod fold;
pub mod functions;
pub mod markdown;
pub mod theme;

use crate::diagnostic::Diagnostic;
use crate::l10n::{Arg, Locales};
use crate::model::{Bilingual, Date, DocKind, Lang, Policy, SiteConfig, Text};
use serde::Serialize;
use serde_json::{json, Value};
use std::sync::Arc;
use theme::{error_chain, Theme};

/// One rendered file, with its path relative to the output root.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path under the output folder, with `/` separators.
    pub path: String,
    /// The file's content.
    pub content: String,
}

/// A policy ready to render: its id, data and addresses.
#[derive(Debug, Clone)]
pub struct PolicyPage {
    /// The policy id.
    pub id: String,
    /// The validated data.
    pub policy: Policy,
    /// The slug of each language's page.
    pub slugs: Bilingual<String>,
}

/// What the landing page and the sitemap say of a policy: kept for every
/// policy while a build streams through them, so it is small.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing {
    /// The policy id.
    pub id: String,
    /// The policy's title.
    pub title: Text,
    /// The organization's name.
    pub organization: Text,
    /// The slug of each language's page.
    pub slugs: Bilingual<String>,
    /// When it was last changed, when the policy says.
    pub updated: Option<Date>,
    /// A privacy policy or a collection notice.
    pub kind: DocKind,
    /// A notice: the id of the policy it belongs to.
    pub policy: Option<String>,
}

impl Listing {
    /// The listing of a policy or a notice.
    pub fn of(p: &PolicyPage) -> Listing {
        Listing {
            id: p.id.clone(),
            title: p.policy.title.clone(),
            organization: p.policy.organization.name.clone(),
            slugs: p.slugs.clone(),
            updated: p.policy.updated,
            kind: p.policy.doc_kind,
            policy: p
                .policy
                .privacy_policy
                .as_ref()
                .map(|id| id.as_str().to_string()),
        }
    }
}

/// Renders pages; built once per build and shared by all threads.
pub struct Renderer {
    tera: [tera::Tera; 2],
    locales: Arc<Locales>,
    plain: [functions::Plain; 2],
    config: SiteConfig,
    /// Records the messages each section asks for ([`Renderer::tracing`]).
    trace: Option<Arc<functions::Trace>>,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

/// A section of a page, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// The anchor, the same in both languages.
    pub id: String,
    /// The heading in the page's language.
    pub title: String,
    /// Whether it is one of the policy's free sections.
    pub extra: bool,
    /// The sanitized HTML body of a free section.
    pub html: Option<String>,
}

/// A copy of `v` with every `{en, fr}` object replaced by its `lang` value,
/// without copying the other language.
pub fn localized(v: &Value, lang: Lang) -> Value {
    match v {
        Value::Object(map) => {
            if map.len() == 2 && map.contains_key("en") && map.contains_key("fr") {
                return match map.get(lang.code()) {
                    Some(x) => localized(x, lang),
                    None => v.clone(),
                };
            }
            Value::Object(
                map.iter()
                    .map(|(k, x)| (k.clone(), localized(x, lang)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(|x| localized(x, lang)).collect()),
        other => other.clone(),
    }
}

/// A text as it sorts in a list for readers: letters without their accents
/// and case (« École » with « ecole », before « Ontario »), so French names
/// do not all fall after Z as their bytes would.
/// Ligatures sort as their letters (« œuvre » with « oeuvre »), and
/// apostrophes, quotation marks and dashes are left out (« l’Agence » with
/// « lAgence », whatever the apostrophe typed); the text as written breaks
/// ties, so the order is total.
pub fn sort_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'ì' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' => out.push('u'),
            'ÿ' => out.push('y'),
            'ñ' => out.push('n'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            '\'' | '’' | '‘' | '«' | '»' | '"' | '“' | '”' | '-' | '–' | '—' => {}
            '\u{a0}' | '\u{202f}' => out.push(' '),
            other => out.push(other),
        }
    }
    out
}

/// The documents of the landing page in language `lang`: the policies
/// grouped by organization, the groups and the titles in each sorted by
/// [`sort_key`] in that language (the id breaks ties), each policy with
/// the collection notices that name it, sorted the same way. Each group is
/// `{ organization, policies: [{ id, kind, title, href, notices: [{ id,
/// kind, title, href }] }] }`. A notice whose policy is not on the site
/// (which `check` reports) is listed as a document of its own, so nothing
/// built is left out of the page.
fn landing_groups(policies: &[Listing], lang: Lang) -> Value {
    let order_key = |p: &Listing| {
        (
            sort_key(p.organization.get(lang)),
            p.organization.get(lang).clone(),
            sort_key(p.title.get(lang)),
            p.title.get(lang).clone(),
            p.id.clone(),
        )
    };
    let mut order: Vec<&Listing> = policies.iter().collect();
    order.sort_by_cached_key(|p| order_key(p));
    let ids: std::collections::HashSet<&str> = policies
        .iter()
        .filter(|p| p.kind == DocKind::Policy)
        .map(|p| p.id.as_str())
        .collect();
    // A notice goes under its policy, if the site has that policy.
    fn parent<'a>(p: &'a Listing, ids: &std::collections::HashSet<&str>) -> Option<&'a str> {
        match (p.kind, p.policy.as_deref()) {
            (DocKind::Notice, Some(policy)) if ids.contains(policy) => Some(policy),
            _ => None,
        }
    }
    // Each policy's notices, in the page's order.
    let mut notices_of: std::collections::HashMap<&str, Vec<&Listing>> =
        std::collections::HashMap::new();
    for p in &order {
        if let Some(policy) = parent(p, &ids) {
            notices_of.entry(policy).or_default().push(p);
        }
    }
    fn slug(p: &Listing, lang: Lang) -> &String {
        match lang {
            Lang::En => &p.slugs.en,
            Lang::Fr => &p.slugs.fr,
        }
    }
    let item = |p: &Listing| {
        obj([
            ("id", p.id.clone().into()),
            (
                "kind",
                match p.kind {
                    DocKind::Policy => "policy",
                    DocKind::Notice => "notice",
                }
                .into(),
            ),
            ("title", p.title.get(lang).clone().into()),
            ("href", format!("{}/{}/", lang.code(), slug(p, lang)).into()),
        ])
    };
    let mut groups: Vec<Value> = Vec::new();
    let mut current: Option<(&str, Vec<Value>)> = None;
    for p in order.iter().copied().filter(|p| parent(p, &ids).is_none()) {
        let org = p.organization.get(lang).as_str();
        let mut entry = item(p);
        let notices: Vec<Value> = notices_of
            .get(p.id.as_str())
            .map(|list| list.iter().map(|n| item(n)).collect())
            .unwrap_or_default();
        if let Value::Object(map) = &mut entry {
            map.insert("notices".into(), Value::Array(notices));
        }
        match &mut current {
            Some((name, items)) if *name == org => items.push(entry),
            _ => {
                if let Some((name, items)) = current.take() {
                    groups.push(obj([
                        ("organization", name.into()),
                        ("policies", Value::Array(items)),
                    ]));
                }
                current = Some((org, vec![entry]));
            }
        }
    }
    if let Some((name, items)) = current {
        groups.push(obj([
            ("organization", name.into()),
            ("policies", Value::Array(items)),
        ]));
    }
    Value::Array(groups)
}

/// The section ids of a policy, in page order (the same for both languages).
pub fn section_ids(policy: &Policy) -> Vec<(String, Option<usize>)> {
    let mut out: Vec<(String, Option<usize>)> = crate::model::sections::SECTIONS
        .iter()
        .filter(|s| s.id != "history" && s.is_shown(policy))
        .map(|s| (s.id.to_string(), None))
        .collect();
    for (i, s) in policy.sections.iter().enumerate() {
        let pos = match &s.after {
            Some(after) => out
                .iter()
                .position(|(id, _)| id == after.as_str())
                .map_or(out.len(), |p| p + 1),
            None => out.len(),
        };
        // After an anchor, keep free sections in the order they are written.
        let mut pos = pos;
        while pos < out.len() && out[pos].1.is_some() && s.after.is_some() {
            pos += 1;
        }
        out.insert(pos, (s.id.to_string(), Some(i)));
    }
    if crate::model::sections::shown(policy, "history") {
        out.push(("history".to_string(), None));
    }
    out
}

/// A built-in section's HTML with the author's own words (`prose`) around
/// it or in its place, each in a `<div class="pp-prose">` so a theme can
/// tell them from the generated text.
fn with_prose(prose: &crate::model::SectionProse, generated: String, lang: Lang) -> String {
    let block = |text: &crate::model::Markdown| {
        format!(
            "<div class=\"pp-prose\">\n{}</div>\n",
            markdown::to_html(text.get(lang))
        )
    };
    let mut html = String::new();
    if let Some(t) = &prose.before {
        html.push_str(&block(t));
    }
    match &prose.instead {
        Some(t) => html.push_str(&block(t)),
        None => html.push_str(&generated),
    }
    if let Some(t) = &prose.after {
        html.push_str(&block(t));
    }
    html
}

/// The templates a render starts at (the others are reached from these).
const ENTRY_POINTS: [&str; 5] = [
    "policy.html",
    "notice-fragment.html",
    "index.html",
    "sitemap.xml",
    "404.html",
];

/// The file a document is read from, as diagnostics name it.
pub fn document_file(p: &PolicyPage) -> String {
    let folder = match p.policy.doc_kind {
        crate::model::DocKind::Policy => "policies",
        crate::model::DocKind::Notice => "notices",
    };
    format!("content/{folder}/{}.yaml", p.id)
}

/// A page's data that Tera cannot take (Tera's reason, quoted as it is).
fn context_error(e: tera::Error) -> Diagnostic {
    Diagnostic::error(
        "render-error",
        crate::msg!("render-context", reason = e.to_string()),
    )
}

/// The address of a document's page in `lang` under the site's settings.
pub fn page_url(config: &SiteConfig, lang: Lang, slug: &str) -> String {
    format!("{}{}/{}/", config.base_url(lang), lang.code(), slug)
}

impl Renderer {
    /// The wording it renders with.
    pub fn locales(&self) -> &Locales {
        &self.locales
    }

    /// A renderer for `theme` with `locales` and the site's settings.
    pub fn new(theme: &Theme, locales: Arc<Locales>, config: SiteConfig) -> Self {
        Self::with_trace(theme, locales, config, None)
    }

    /// A renderer that records, section by section, every message its
    /// templates ask for (read with [`functions::Trace::take`]). Messages
    /// without variables are not folded into its templates, so every one is
    /// asked for. For tests: it is slower than [`Renderer::new`].
    pub fn tracing(
        theme: &Theme,
        locales: Arc<Locales>,
        config: SiteConfig,
    ) -> (Self, Arc<functions::Trace>) {
        let trace = Arc::new(functions::Trace::default());
        let r = Self::with_trace(theme, locales, config, Some(trace.clone()));
        (r, trace)
    }

    fn with_trace(
        theme: &Theme,
        locales: Arc<Locales>,
        config: SiteConfig,
        trace: Option<Arc<functions::Trace>>,
    ) -> Self {
        let plain = Lang::ALL.map(|lang| functions::plain_messages(&locales, lang));
        let tera = Lang::ALL.map(|lang| {
            let mut t = theme.tera.clone();
            functions::register(&mut t, &locales, lang, &plain, trace.as_ref());
            if trace.is_none() {
                fold::fold_plain_messages(&mut t, lang, &plain, theme::escape_html, &ENTRY_POINTS);
            }
            t
        });
        Renderer {
            tera,
            locales,
            plain,
            config,
            trace,
        }
    }

    fn tera(&self, lang: Lang) -> &tera::Tera {
        &self.tera[lang as usize]
    }

    /// The site settings.
    pub fn config(&self) -> &SiteConfig {
        &self.config
    }

    /// Absolute URL of a policy page.
    pub fn page_url(&self, lang: Lang, slug: &str) -> String {
        page_url(&self.config, lang, slug)
    }

    /// Path of a policy page under the output folder.
    pub fn page_path(lang: Lang, slug: &str) -> String {
        format!("{}/{}/index.html", lang.code(), slug)
    }

    /// The href of the toggle from `lang`'s page to the other language's:
    /// relative when both share a base URL, absolute otherwise.
    fn other_href(&self, lang: Lang, slugs: &Bilingual<String>) -> String {
        let other = lang.other();
        if self.config.base_url(lang) == self.config.base_url(other) {
            format!("../../{}/{}/", other.code(), slugs.get(other))
        } else {
            self.page_url(other, slugs.get(other))
        }
    }

    /// The sections of `lang`'s page, each with its HTML body: a free
    /// section's Markdown, or a built-in section's partial rendered with the
    /// page's context (`ctx`, which holds no `sections` yet). Rendering each
    /// partial on its own, rather than through an `if` chain of includes in
    /// `policy.html`, lets the section table decide which template renders
    /// which section, and lets a tracing renderer tell which messages each
    /// section asked for.
    fn sections(
        &self,
        p: &PolicyPage,
        lang: Lang,
        args: &[(&str, Arg)],
        ctx: &tera::Context,
    ) -> Result<Vec<SectionView>, String> {
        section_ids(&p.policy)
            .into_iter()
            .map(|(id, extra)| match extra {
                Some(i) => {
                    let s = &p.policy.sections[i];
                    Ok(SectionView {
                        id,
                        title: s.title.get(lang).clone(),
                        extra: true,
                        html: Some(markdown::to_html(s.body.get(lang))),
                    })
                }
                None => {
                    let section = crate::model::sections::get(&id)
                        .ok_or_else(|| crate::t!("render-no-section", id = id.clone()))?;
                    let prose = p.policy.prose.iter().find(|(k, _)| k.as_str() == id);
                    let prose = prose.map(|(_, v)| v);
                    // The section's own text, when its data says something
                    // and the author did not write words in its place.
                    let generated = if (section.shown)(&p.policy)
                        && prose.is_none_or(|w| w.instead.is_none())
                    {
                        if let Some(trace) = &self.trace {
                            trace.open_section();
                        }
                        let html = self
                            .tera(lang)
                            .render(section.partial, ctx)
                            .map_err(|e| error_chain(&e))?;
                        if let Some(trace) = &self.trace {
                            trace.close_section(lang, &id);
                        }
                        html
                    } else {
                        String::new()
                    };
                    let html = match prose {
                        None => generated,
                        Some(w) => with_prose(w, generated, lang),
                    };
                    Ok(SectionView {
                        title: self.message(lang, &format!("section-{id}"), args)?,
                        id,
                        extra: false,
                        html: Some(html),
                    })
                }
            })
            .collect()
    }

    /// A message, from the formatted ones when it has no variables (extra
    /// arguments change nothing then).
    fn message(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        match self.plain[lang as usize].get(id) {
            Some(text) => Ok(text.clone()),
            None => self.locales.format(lang, id, args),
        }
    }

    /// Applies the typography of `lang` to a rendered page (elements with a
    /// `lang` attribute get their own language's).
    fn typeset(&self, html: &str, lang: Lang) -> String {
        crate::typography::apply(
            html,
            lang,
            &crate::typography::Options::of(&self.config.typography),
        )
    }

    /// Renders the English and French pages of a policy, with `published`
    /// its published data ([`crate::publish::Published::of`]).
    pub fn render_policy(
        &self,
        p: &PolicyPage,
        published: &crate::publish::Published,
    ) -> Result<[Page; 2], Diagnostic> {
        self.render_document(p, published).map(|(pages, _)| pages)
    }

    /// Renders a document's two pages and, for a collection notice, the
    /// fragment of each language that sits above its form
    /// (`notice.en.html`, `notice.fr.html`, from `notice-fragment.html`).
    pub fn render_document(
        &self,
        p: &PolicyPage,
        published: &crate::publish::Published,
    ) -> Result<([Page; 2], Vec<Page>), Diagnostic> {
        let (data, version) = (&published.value, &published.version);
        let notice = p.policy.doc_kind == crate::model::DocKind::Notice;
        let render_one = |lang: Lang| -> Result<(Page, Option<Page>), Diagnostic> {
            // `reason` is Tera's (or a message function's) own text.
            let fail = |reason: String| {
                Diagnostic::error(
                    "template-error",
                    crate::msg!(
                        "render-page-failed",
                        lang = lang.code(),
                        id = p.id.to_string(),
                        reason = reason
                    ),
                )
                .at_path(document_file(p))
                .with_hint(crate::msg!("render-page-failed-hint"))
            };
            let mut policy = localized(data, lang);
            // The published data leaves out `allow` (author notes on silenced
            // rules); templates have always been given it.
            if let (Some(slot), Ok(allow)) = (
                policy.get_mut("allow"),
                serde_json::to_value(&p.policy.allow),
            ) {
                *slot = allow;
            }
            let org = p.policy.organization.name.get(lang).clone();
            let common = [
                ("org", Arg::Str(org)),
                ("kind", Arg::Str(kebab(&p.policy.kind))),
                ("jurisdiction", Arg::Str(kebab(&p.policy.jurisdiction))),
            ];
            let other = lang.other();
            let url = self.page_url(lang, p.slugs.get(lang));
            // Built by moving values into place: `json!` would copy the
            // localized policy, the largest value here, by serializing it.
            let ctx = obj([
                ("lang", lang.code().into()),
                ("html_lang", lang.html_tag().into()),
                ("other_lang", other.code().into()),
                ("other_html_lang", other.html_tag().into()),
                (
                    "page",
                    obj([
                        ("id", p.id.as_str().into()),
                        ("title", p.policy.title.get(lang).as_str().into()),
                        ("other_url", self.page_url(other, p.slugs.get(other)).into()),
                        ("other_href", self.other_href(lang, &p.slugs).into()),
                        // The body that hears complaints under the policy's
                        // law (named by the policy, else the jurisdiction's).
                        ("oversight", kebab(&p.policy.oversight_body()).into()),
                        (
                            "alternates",
                            Lang::ALL
                                .iter()
                                .map(|l| {
                                    obj([
                                        ("hreflang", l.code().into()),
                                        ("url", self.page_url(*l, p.slugs.get(*l)).into()),
                                    ])
                                })
                                .collect(),
                        ),
                        (
                            "updated",
                            p.policy
                                .updated
                                .map_or(Value::Null, |d| d.to_string().into()),
                        ),
                        // Which page: a document's ("policy", as themes know
                        // it), and which kind of document.
                        ("kind", "policy".into()),
                        ("document", p.policy.doc_kind.name().into()),
                        ("issued", issued(&p.policy)),
                        ("langs", json!([lang.code()])),
                        ("version", version.as_str().into()),
                        (
                            "json_ld",
                            crate::publish::dpv::json_ld(&p.policy, lang, &url, version).into(),
                        ),
                        ("url", url.into()),
                        ("root", "../../".into()),
                        ("assets", "../../assets/".into()),
                    ]),
                ),
                (
                    "site",
                    obj([
                        ("title", self.config.title.get(lang).as_str().into()),
                        ("branding", branding(&self.config)),
                    ]),
                ),
                ("policy", policy),
            ]);
            let mut ctx = tera::Context::from_value(ctx).map_err(|e| fail(e.to_string()))?;
            let sections = self.sections(p, lang, &common, &ctx).map_err(fail)?;
            ctx.insert("sections", &sections);
            let html = self
                .tera(lang)
                .render("policy.html", &ctx)
                .map_err(|e| fail(error_chain(&e)))?;
            let fragment = if notice {
                let html = self
                    .tera(lang)
                    .render("notice-fragment.html", &ctx)
                    .map_err(|e| fail(error_chain(&e)))?;
                Some(Page {
                    path: format!(
                        "{}/{}/notice.{}.html",
                        lang.code(),
                        p.slugs.get(lang),
                        lang.code()
                    ),
                    content: self.typeset(&html, lang),
                })
            } else {
                None
            };
            Ok((
                Page {
                    path: Self::page_path(lang, p.slugs.get(lang)),
                    content: self.typeset(&html, lang),
                },
                fragment,
            ))
        };
        let (en, en_fragment) = render_one(Lang::En)?;
        let (fr, fr_fragment) = render_one(Lang::Fr)?;
        Ok((
            [en, fr],
            en_fragment.into_iter().chain(fr_fragment).collect(),
        ))
    }

    /// Renders the bilingual landing page and the sitemap.
    pub fn render_site_pages(&self, policies: &[Listing]) -> Result<Vec<Page>, Diagnostic> {
        let source = self.config.source_language;
        // Tera's own reason, quoted as it is.
        let fail = |what: &str, e: tera::Error| {
            Diagnostic::error(
                "template-error",
                crate::msg!(
                    "render-site-page-failed",
                    page = what.to_string(),
                    reason = error_chain(&e)
                ),
            )
            .at_path("themes")
        };
        // These contexts grow with the site (10,000 policies: 20,000 sitemap
        // entries), so they are built by moving values into place, never
        // copied (`json!` would serialize a second copy of a list), and each
        // is dropped once its page is rendered.
        let bilingual = |en: String, fr: String| obj([("en", en.into()), ("fr", fr.into())]);
        // The landing page and the sitemap are the two largest pages of a big
        // site. They are rendered one after the other, each context dropped
        // before the next is built: side by side they were about 1 % faster
        // but raised the peak memory of a 10,000-policy build by a third
        // (106 → 144 MB).
        let index = || -> Result<String, Diagnostic> {
            // Grouped by organization, then by title, in the site's source
            // language (a form's notice no longer comes before the main
            // policy because of its file name); the id breaks ties.
            let mut order: Vec<&Listing> = policies.iter().collect();
            order.sort_by_cached_key(|p| {
                (
                    sort_key(p.organization.get(source)),
                    sort_key(p.title.get(source)),
                    p.id.clone(),
                )
            });
            let list: Vec<Value> = order
                .into_iter()
                .map(|p| {
                    obj([
                        ("id", p.id.clone().into()),
                        ("title", bilingual(p.title.en.clone(), p.title.fr.clone())),
                        (
                            "organization",
                            bilingual(p.organization.en.clone(), p.organization.fr.clone()),
                        ),
                        (
                            "url",
                            bilingual(
                                self.page_url(Lang::En, &p.slugs.en),
                                self.page_url(Lang::Fr, &p.slugs.fr),
                            ),
                        ),
                        (
                            "href",
                            bilingual(format!("en/{}/", p.slugs.en), format!("fr/{}/", p.slugs.fr)),
                        ),
                    ])
                })
                .collect();
            // The newest policy date is the landing page's; its creator, the
            // organization of every policy when they have one (else none).
            let updated = policies.iter().filter_map(|p| p.updated).max();
            let creator = match policies.first() {
                Some(first)
                    if policies
                        .iter()
                        .all(|p| p.organization == first.organization) =>
                {
                    Value::from(first.organization.get(source).as_str())
                }
                _ => Value::Null,
            };
            let ctx = obj([
                ("source_lang", source.code().into()),
                ("lang", source.code().into()),
                ("other_lang", source.other().code().into()),
                ("html_lang", source.html_tag().into()),
                ("other_html_lang", source.other().html_tag().into()),
                (
                    "site",
                    obj([
                        (
                            "title",
                            bilingual(self.config.title.en.clone(), self.config.title.fr.clone()),
                        ),
                        ("branding", branding(&self.config)),
                    ]),
                ),
                (
                    "page",
                    obj([
                        ("kind", "landing".into()),
                        ("root", "./".into()),
                        ("assets", "assets/".into()),
                        ("langs", json!([source.code(), source.other().code()])),
                        ("creator", creator),
                        (
                            "updated",
                            updated.map_or(Value::Null, |d| d.to_string().into()),
                        ),
                    ]),
                ),
                ("policies", Value::Array(list)),
                (
                    "groups",
                    obj([
                        ("en", landing_groups(policies, Lang::En)),
                        ("fr", landing_groups(policies, Lang::Fr)),
                    ]),
                ),
            ]);
            let ctx = tera::Context::from_value(ctx).map_err(context_error)?;
            let html = self
                .tera(source)
                .render("index.html", &ctx)
                .map_err(|e| fail("index.html", e))?;
            Ok(self.typeset(&html, source))
        };
        let sitemap = || -> Result<String, Diagnostic> {
            let mut urls: Vec<Value> = Vec::with_capacity(policies.len() * 2);
            for p in policies {
                let lastmod = p.updated.map_or(Value::Null, |d| d.to_string().into());
                for lang in Lang::ALL {
                    let alternates = Lang::ALL
                        .iter()
                        .map(|l| {
                            obj([
                                ("hreflang", l.code().into()),
                                ("url", self.page_url(*l, p.slugs.get(*l)).into()),
                            ])
                        })
                        .collect();
                    urls.push(obj([
                        ("loc", self.page_url(lang, p.slugs.get(lang)).into()),
                        ("lastmod", lastmod.clone()),
                        ("alternates", Value::Array(alternates)),
                    ]));
                }
            }
            let ctx = tera::Context::from_value(obj([("urls", Value::Array(urls))]))
                .map_err(context_error)?;
            self.tera(source)
                .render("sitemap.xml", &ctx)
                .map_err(|e| fail("sitemap.xml", e))
        };
        let index = index()?;
        let sitemap = sitemap()?;
        let mut pages = vec![
            Page {
                path: "index.html".into(),
                content: index,
            },
            Page {
                path: "sitemap.xml".into(),
                content: sitemap,
            },
        ];
        if self
            .tera(source)
            .get_template_names()
            .any(|n| n == "404.html")
        {
            // Served at any address: links from the site's root path (the
            // source language's base URL, which may be below a domain's root).
            let base = self.config.base_url(source);
            let root =
                url::Url::parse(&base).map_or_else(|_| "/".to_string(), |u| u.path().to_string());
            let assets = format!("{root}assets/");
            let ctx = tera::Context::from_value(json!({
                "page": {
                    "kind": "not-found",
                    "creator": null,
                    "root": root,
                    "assets": assets,
                    "langs": [source.code(), source.other().code()],
                    "updated": null,
                },
                "site": { "title": self.config.title, "branding": branding(&self.config) },
                "source_lang": source.code(),
                "lang": source.code(),
                "other_lang": source.other().code(),
                "html_lang": source.html_tag(),
                "other_html_lang": source.other().html_tag(),
            }))
            .map_err(context_error)?;
            let html = self
                .tera(source)
                .render("404.html", &ctx)
                .map_err(|e| fail("404.html", e))?;
            pages.push(Page {
                path: "404.html".into(),
                content: self.typeset(&html, source),
            });
        }
        Ok(pages)
    }
}

/// When a policy was first issued, as far as its data says: its oldest
/// history entry, else its date (`dcterms.issued`); `null` when undated.
fn issued(policy: &Policy) -> Value {
    policy
        .history
        .iter()
        .map(|h| h.date)
        .chain(policy.updated)
        .min()
        .map_or(Value::Null, |d| d.to_string().into())
}

/// The site's branding as every page's frame sees it, `site.branding`:
/// per language (`site.branding.en`, `.fr`: the site's `title`, `logo`
/// `{ src, alt, link }`, `header_links` and `footer_links` `[{ label, url }]`,
/// `copyright`, `head` `[{ name, content }]`), and for both `colors`
/// (`[{ name, value }]`, CSS custom properties) and `css` (paths under
/// `page.assets`). Per language rather than for the page's only, so the
/// bilingual landing and 404 pages lay out both with the same frame.
fn branding(config: &SiteConfig) -> Value {
    let b = &config.branding;
    let links = |list: &[crate::model::Link], lang: Lang| -> Value {
        list.iter()
            .map(|l| {
                obj([
                    ("label", l.label.get(lang).as_str().into()),
                    ("url", l.url.get(lang).as_str().into()),
                ])
            })
            .collect()
    };
    let one = |lang: Lang| {
        obj([
            ("title", config.title.get(lang).as_str().into()),
            (
                "logo",
                b.logo.as_ref().map_or(Value::Null, |logo| {
                    obj([
                        ("src", logo.src.asset_path().into()),
                        ("alt", logo.alt.get(lang).as_str().into()),
                        (
                            "link",
                            logo.link
                                .as_ref()
                                .map_or(Value::Null, |u| u.get(lang).as_str().into()),
                        ),
                    ])
                }),
            ),
            ("header_links", links(&b.header_links, lang)),
            ("footer_links", links(&b.footer_links, lang)),
            (
                "copyright",
                b.copyright
                    .as_ref()
                    .map_or(Value::Null, |c| c.get(lang).as_str().into()),
            ),
            (
                "head",
                b.head
                    .iter()
                    .map(|m| {
                        obj([
                            ("name", m.name.as_str().into()),
                            ("content", m.content.get(lang).as_str().into()),
                        ])
                    })
                    .collect(),
            ),
        ])
    };
    obj([
        ("en", one(Lang::En)),
        ("fr", one(Lang::Fr)),
        (
            "colors",
            b.colors
                .properties()
                .into_iter()
                .map(|(name, value)| obj([("name", name.into()), ("value", value.into())]))
                .collect(),
        ),
        (
            "css",
            b.css.iter().map(|c| Value::from(c.asset_path())).collect(),
        ),
    ])
}

/// A JSON object made of `pairs`, moved in.
fn obj<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    Value::Object(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

/// The kebab-case name of an enumeration value.
fn kebab<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn localize_picks_one_language_everywhere() {
        let v = json!({"title": {"en": "A", "fr": "B"}, "list": [{"label": {"en": "x", "fr": "y"}}], "n": 1});
        assert_eq!(
            localized(&v, Lang::Fr),
            json!({"title": "B", "list": [{"label": "y"}], "n": 1})
        );
    }
}
