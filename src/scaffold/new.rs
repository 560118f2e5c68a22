//! `policypress new`: a policy file with every key present, each with what
//! it means and the values it accepts, and `TODO` where the author must
//! decide.
//!
//! The file is generated from the model's JSON Schema
//! ([`crate::model::schema_nav`]): the descriptions are the schema's (in
//! the tool's language, see [`crate::model::schema_text`]), the allowed
//! values its enumerations, the key order its structs' field order, so the
//! template cannot drift from what `check` accepts. `check` rejects every
//! `TODO` left (see [`crate::lint::placeholder`]).
//!
//! Every comment is in the tool's language, from the tool's catalogs
//! (`tool-locales/<lang>/new.ftl`): the file is read first by whoever ran
//! the command. The order of a text's languages (`en:` then `fr:`, or the
//! reverse) is the site's source language first: that is data.

use crate::lint::placeholder::MARKER;
use crate::load::{load_named, SiteLayout, YamlPath};
use crate::model::schema_nav::{one_line, SchemaNav, Shape};
use crate::model::{Act, Ident, Jurisdiction, Lang, PolicyKind, JURISDICTION_ONLY};
use crate::source::{SourceFile, SourceMap};
use crate::tool_text::Message;
use serde_json::Value as J;
use serde_yaml::Value as Y;
use std::path::{Path, PathBuf};

/// What `policypress new` writes.
#[derive(Debug, Clone)]
pub struct NewPolicy<'a> {
    /// The site's root folder (the one holding `content/`).
    pub root: &'a Path,
    /// The policy id: the file stem, and the default slug of its pages.
    pub id: &'a str,
    /// The profile the policy extends, if any.
    pub extends: Option<&'a str>,
    /// The jurisdiction, which fills in `kind`, `jurisdiction`,
    /// the main act and the oversight body (where the profile does not).
    pub jurisdiction: Option<Jurisdiction>,
    /// Every key of a policy, explained ([`template`]), rather than only
    /// what the author must decide ([`short_template`]).
    pub full: bool,
    /// A policy, or a form's collection notice ([`notice_template`]).
    pub kind: crate::model::DocKind,
    /// The language of the comments: the tool's language.
    pub lang: Lang,
}

/// What `policypress new` wrote.
#[derive(Debug, Clone)]
pub struct Written {
    /// The policy file.
    pub path: PathBuf,
    /// The profile it extends when `--extends` was not given: the one the
    /// site's other policies extend (or its only profile).
    pub default_profile: Option<String>,
}

/// Width of the comment lines.
const WIDTH: usize = 78;

/// Writes `content/policies/<id>.yaml`. Refuses an invalid id, an unknown
/// profile and an existing file (which is never overwritten). Returns the
/// path written.
pub fn new_policy(opts: &NewPolicy) -> Result<Written, String> {
    let id = Ident::parse(opts.id)?;
    let layout = SiteLayout::new(opts.root);
    if !layout.site_file().exists() {
        return Err(crate::t!(
            "scaffold-not-a-site",
            dir = opts.root.display().to_string()
        ));
    }
    let notice = opts.kind == crate::model::DocKind::Notice;
    let dir = if notice {
        layout.notices_dir()
    } else {
        layout.policies_dir()
    };
    let path = dir.join(format!("{id}.yaml"));
    // `<id>.yml` is the same document, and a policy and a notice cannot
    // share an id: a second file for it is an error.
    let taken = [layout.policies_dir(), layout.notices_dir()]
        .into_iter()
        .flat_map(|d| ["yaml", "yml"].map(|ext| d.join(format!("{id}.{ext}"))))
        .find(|p| p.exists());
    if let Some(existing) = taken.as_ref() {
        return Err(crate::t!(
            "scaffold-policy-exists",
            path = layout.display(existing).to_string()
        ));
    }
    let mut default_profile = match opts.extends {
        Some(_) => None,
        None => default_profile(&layout),
    };
    let mut inherited = match opts.extends.or(default_profile.as_deref()) {
        Some(name) => Some((name, profile_value(&layout, name)?)),
        None => None,
    };
    // A profile chosen for the author that is for another law than the one
    // asked for is not the right one: the policy extends none.
    if let (Some(_), Some((_, value)), Some(j)) = (&default_profile, &inherited, opts.jurisdiction)
    {
        let asked = serde_yaml::to_value(j).ok();
        let fixed = value.get("jurisdiction");
        if fixed.is_some() && fixed != asked.as_ref() {
            default_profile = None;
            inherited = None;
        }
    }
    // A profile that fixes the jurisdiction decides it: another one asked
    // for would mix two laws in one policy.
    if let (Some((name, value)), Some(j)) = (&inherited, opts.jurisdiction) {
        let fixed = value.get("jurisdiction").and_then(|v| v.as_str());
        let asked = serde_yaml::to_value(j).ok();
        let asked = asked.as_ref().and_then(|v| v.as_str()).unwrap_or("");
        if let Some(fixed) = fixed.filter(|f| *f != asked) {
            return Err(crate::t!(
                "scaffold-jurisdiction-conflict",
                profile = *name,
                fixed = fixed,
                asked = asked
            ));
        }
    }
    let profile = inherited.as_ref().map(|(n, v)| (*n, v));
    let langs = Langs {
        comments: opts.lang,
        source: source_language(&layout),
    };
    let text = if notice {
        notice_template(
            id.as_str(),
            profile,
            first_policy(&layout).as_deref(),
            langs,
        )
    } else if opts.full {
        // The profile's law, when none is asked for: the keys of the other
        // jurisdictions are then written commented out.
        let fixed = profile
            .and_then(|(_, v)| v.get("jurisdiction"))
            .and_then(|j| serde_yaml::from_value::<Jurisdiction>(j.clone()).ok());
        template(id.as_str(), profile, opts.jurisdiction.or(fixed), opts.lang)
    } else {
        short_template(id.as_str(), profile, opts.jurisdiction, langs)
    };
    std::fs::create_dir_all(&dir).map_err(|e| {
        crate::t!(
            "scaffold-cannot-create",
            path = dir.display().to_string(),
            error = e.to_string()
        )
    })?;
    // create_new: never replace a file, even one that appeared meanwhile.
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .map_err(|e| super::cannot_write(&layout.display(&path).to_string(), &e))?;
    std::io::Write::write_all(&mut f, text.as_bytes())
        .map_err(|e| super::cannot_write(&layout.display(&path).to_string(), &e))?;
    Ok(Written {
        path,
        default_profile,
    })
}

/// The languages of a short file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Langs {
    /// The language of its comments (the tool's).
    pub comments: Lang,
    /// The site's source language, written first in each text.
    pub source: Lang,
}

/// The language the site is written in first (`source_language` of
/// `content/site.yaml`), whose texts `new` writes first; English when the
/// file does not say.
fn source_language(layout: &SiteLayout) -> Lang {
    std::fs::read_to_string(layout.site_file())
        .ok()
        .and_then(|text| serde_yaml::from_str::<Y>(&text).ok())
        .and_then(|v| {
            v.get("source_language")
                .and_then(Y::as_str)
                .and_then(Lang::from_code)
        })
        .unwrap_or(Lang::En)
}

/// The id of the site's policy a new notice names: its only policy, or
/// the first by name (the author changes it if it is another).
fn first_policy(layout: &SiteLayout) -> Option<String> {
    let mut ids: Vec<String> = std::fs::read_dir(layout.policies_dir())
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    ids.sort();
    ids.into_iter().next()
}

/// The short file `new` writes, a policy's or a notice's: the schema line,
/// a header of bullets, then blocks of a comment and a key, the comments in
/// the tool's language from the tool's catalogs.
struct ShortFile {
    out: String,
    langs: Langs,
}

impl ShortFile {
    /// The schema line, the `title` message, the bullets (the profile's
    /// note, what to do with the TODOs, then `extra`, then French
    /// typography, which every document's French texts follow), and
    /// `extends:`.
    fn new(
        schema: &str,
        title: Message,
        profile: Option<&str>,
        extra: Message,
        langs: Langs,
    ) -> ShortFile {
        let lang = langs.comments;
        let mut out = format!("# yaml-language-server: $schema=../../schema/{schema}\n#\n");
        let mut head = Vec::new();
        Gen::wrap(0, &title.in_lang(lang), &mut head);
        head.push(Line::doc(0, ""));
        let mut bullet = |text: String| Gen::wrap_hanging(0, "- ", "  ", &text, &mut head);
        if let Some(name) = profile {
            bullet(
                Message::new("new-short-profile")
                    .arg("profile", name.to_string())
                    .in_lang(lang),
            );
        }
        bullet(Message::new("new-short-todo").in_lang(lang));
        bullet(extra.in_lang(lang));
        bullet(Message::new("new-short-typography").in_lang(lang));
        for l in &head {
            l.render(&mut out);
        }
        if let Some(name) = profile {
            out.push_str(&format!("extends: {name}\n"));
        }
        ShortFile { out, langs }
    }

    /// The languages of a text, the source language first.
    fn langs(&self) -> [&'static str; 2] {
        match self.langs.source {
            Lang::Fr => ["fr", "en"],
            Lang::En => ["en", "fr"],
        }
    }

    /// A bilingual text of `TODO`s, indented by `indent`.
    fn bilingual(&self, indent: usize) -> Vec<String> {
        self.langs()
            .iter()
            .map(|l| format!("{}{l}: {MARKER}", " ".repeat(indent)))
            .collect()
    }

    /// A blank line, the comment `doc`, the line `key`, then `body`.
    fn block(&mut self, key: &str, doc: Message, body: &[String]) {
        self.out.push('\n');
        let mut lines = Vec::new();
        Gen::wrap(0, &doc.in_lang(self.langs.comments), &mut lines);
        for l in &lines {
            l.render(&mut self.out);
        }
        self.out.push_str(key);
        self.out.push('\n');
        for l in body {
            self.out.push_str(l);
            self.out.push('\n');
        }
    }

    /// What every document has: its title, its slug (commented out: the
    /// id by default) and the date of its last change.
    fn title_slug_date(&mut self, id: &str) {
        let title = self.bilingual(2);
        self.block("title:", Message::new("new-short-key-title"), &title);
        let slug: Vec<String> = self
            .langs()
            .iter()
            .map(|l| format!("#   {l}: {id}"))
            .collect();
        self.block("# slug:", Message::new("new-short-key-slug"), &slug);
        self.block(
            &format!("updated: {MARKER}"),
            Message::new("new-short-key-updated"),
            &[],
        );
    }

    /// A first `history` entry, and the file.
    fn with_history(mut self) -> String {
        let mut history = vec![format!("  - date: {MARKER}"), "    summary:".to_string()];
        history.extend(self.bilingual(6));
        self.block("history:", Message::new("new-short-key-history"), &history);
        self.out
    }
}

/// A form's collection notice: only what a notice says (the form, its
/// fields, whether answering is obligatory, what it is used for, who
/// receives it), with `TODO` where the author decides and comments in the
/// tool's language; the organization, contacts, rights and law come from
/// the profile. A notice inherits nothing a profile says of the website.
pub fn notice_template(
    id: &str,
    profile: Option<(&str, &Y)>,
    policy: Option<&str>,
    langs: Langs,
) -> String {
    use crate::tool_text::Message;
    let mut f = ShortFile::new(
        "partial-policy.schema.json",
        Message::new("new-notice-title").arg("id", id.to_string()),
        profile.map(|(name, _)| name),
        Message::new("new-notice-website"),
        langs,
    );
    f.block(
        &format!("privacy_policy: {}", policy.unwrap_or(MARKER)),
        Message::new("new-notice-key-policy"),
        &[],
    );
    f.title_slug_date(id);
    let mut form = vec!["  title:".to_string()];
    form.extend(f.bilingual(4));
    f.block("form:", Message::new("new-notice-key-form"), &form);
    f.block(
        "fields:",
        Message::new("new-notice-key-fields"),
        &[format!("  - {MARKER}")],
    );
    f.block(
        &format!("reply: {MARKER}"),
        Message::new("new-notice-key-reply"),
        &[],
    );
    let refusal = f.bilingual(2);
    f.block("refusal:", Message::new("new-notice-key-refusal"), &refusal);
    f.block(
        "use:",
        Message::new("new-notice-key-use"),
        &["  purposes:".to_string(), format!("    - {MARKER}")],
    );
    f.block(
        &format!("recipients: {MARKER}"),
        Message::new("new-notice-key-recipients"),
        &[],
    );
    f.with_history()
}

/// The profile a new policy extends when `--extends` is not given: the
/// one the site's policies extend most (the first by name on a tie), else
/// the site's only profile, else none. Files that do not read are
/// skipped: `check` reports them.
fn default_profile(layout: &SiteLayout) -> Option<String> {
    let files = |dir: PathBuf| -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut v: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
            .collect();
        v.sort();
        v
    };
    let profiles: Vec<String> = files(layout.profiles_dir())
        .iter()
        .filter_map(|p| Some(p.file_stem()?.to_str()?.to_string()))
        .collect();
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for p in files(layout.policies_dir()) {
        let extends = std::fs::read_to_string(&p)
            .ok()
            .and_then(|text| serde_yaml::from_str::<Y>(&text).ok())
            .and_then(|v| v.get("extends").and_then(Y::as_str).map(str::to_string));
        if let Some(name) = extends.filter(|n| profiles.contains(n)) {
            *counts.entry(name).or_default() += 1;
        }
    }
    let most = counts.values().copied().max();
    match most {
        Some(n) => counts.into_iter().find(|(_, c)| *c == n).map(|(k, _)| k),
        None if profiles.len() == 1 => profiles.into_iter().next(),
        None => None,
    }
}

/// The short file of policy `id`: only what the author must decide, the
/// keys a policy requires that the profile (`name`, merged value) does not
/// give, and the dates and history every published document keeps; with
/// comments in the tool's language from its catalogs, and texts in the
/// site's source language first. `policypress new --full` writes every key
/// ([`template`]).
pub fn short_template(
    id: &str,
    profile: Option<(&str, &Y)>,
    jurisdiction: Option<Jurisdiction>,
    langs: Langs,
) -> String {
    use crate::tool_text::Message;
    let gen = Gen::new(profile, jurisdiction, false, langs.comments);
    let schema = if profile.is_some() {
        "partial-policy.schema.json"
    } else {
        "policy.schema.json"
    };
    let mut f = ShortFile::new(
        schema,
        Message::new("new-short-title").arg("id", id.to_string()),
        profile.map(|(name, _)| name),
        Message::new("new-short-full").arg("id", id.to_string()),
        langs,
    );
    let inherited = |key: &str| profile.and_then(|(_, v)| v.get(key)).is_some();
    // What a policy requires that the profile does not give.
    if !inherited("jurisdiction") {
        let value = gen
            .prefilled(&YamlPath::root().key("jurisdiction"))
            .map_or(MARKER.to_string(), inline);
        let values = ["quebec", "ontario", "federal", "private"].join(", ");
        let doc = Message::new("new-short-jurisdiction").arg("values", values);
        f.block(&format!("jurisdiction: {value}"), doc, &[]);
        if let Some(kind) = gen.prefilled(&YamlPath::root().key("kind")) {
            f.block(
                &format!("kind: {}", inline(kind)),
                Message::new("new-short-kind"),
                &[],
            );
        }
    }
    // The organization's required keys the profile does not give (all of
    // them without a profile).
    let given = |key: &str| {
        profile
            .and_then(|(_, v)| v.get("organization"))
            .and_then(|o| o.get(key))
            .is_some()
    };
    let mut body = Vec::new();
    for key in ["name", "website"].into_iter().filter(|k| !given(k)) {
        body.push(format!("  {key}:"));
        body.extend(f.bilingual(4));
    }
    if !body.is_empty() {
        f.block(
            "organization:",
            Message::new("new-short-organization"),
            &body,
        );
    }
    f.title_slug_date(id);
    f.with_history()
}

/// The merged value of profile `name` and the profiles it extends: what a
/// policy with `extends: name` would inherit, resolved by the pipeline's own
/// resolve stage (same merge rules, same errors for an unknown profile or a
/// cycle).
fn profile_value(layout: &SiteLayout, name: &str) -> Result<Y, String> {
    let mut sources = SourceMap::new();
    let mut diags = crate::diagnostic::Diagnostics::new();
    let profiles = load_named(
        layout,
        &mut sources,
        &mut diags,
        &layout.profiles_dir(),
        "profile",
        false,
        &|_| None,
    );
    if diags.has_errors() {
        return Err(crate::t!(
            "scaffold-profiles-broken",
            diagnostics = diags.render_human(&sources, false)
        ));
    }
    // A policy that only extends the profile (an identifier, so it is
    // written as is).
    let profile = Ident::parse(name)?;
    let stub = layout.policies_dir().join("new.yaml");
    let file = sources.add(SourceFile::new(
        "(new policy)",
        &stub,
        format!("extends: {}\n", profile.as_str()),
    ));
    let doc = crate::load::yaml::parse(file, sources.get(file))
        .and_then(crate::load::yaml::YamlDoc::strict)
        .map_err(|ds| {
            let d: crate::diagnostic::Diagnostics = ds.into_iter().collect();
            d.render_human(&sources, false)
        })?;
    let named = crate::load::NamedDoc {
        name: profile,
        doc: std::sync::Arc::new(doc),
    };
    let mut merged = crate::resolve::resolve(&named, &profiles)
        .map_err(|d| {
            format!(
                "{}{}",
                d.message,
                d.hint.map(|h| format!(": {h}")).unwrap_or_default()
            )
        })?
        .value;
    if let Some(m) = merged.as_mapping_mut() {
        m.remove("extends");
    }
    Ok(merged)
}

/// The template of policy `id`: every key of the model with its meaning
/// and allowed values, worded in `lang`; keys the profile (`name`, merged
/// value) provides are commented out with the inherited value.
pub fn template(
    id: &str,
    profile: Option<(&str, &Y)>,
    jurisdiction: Option<Jurisdiction>,
    lang: Lang,
) -> String {
    Gen::new(profile, jurisdiction, false, lang).document(id)
}

/// One output line. `doc` lines are explanations; the others are YAML.
/// A line in a commented-out block has its `#` at column `comment_at`, so
/// deleting that `# ` gives back valid YAML. `delete_note` marks the lines
/// of "Optional: delete this key if it does not apply", which a key left
/// out already, or chosen by the profile, does without.
#[derive(Debug, Clone)]
struct Line {
    indent: usize,
    text: String,
    doc: bool,
    comment_at: Option<usize>,
    delete_note: bool,
}

impl Line {
    fn yaml(indent: usize, text: impl Into<String>) -> Line {
        Line {
            indent,
            text: text.into(),
            doc: false,
            comment_at: None,
            delete_note: false,
        }
    }

    fn doc(indent: usize, text: impl Into<String>) -> Line {
        Line {
            indent,
            text: text.into(),
            doc: true,
            comment_at: None,
            delete_note: false,
        }
    }

    fn render(&self, out: &mut String) {
        let doc = if self.doc { "# " } else { "" };
        let line = match self.comment_at {
            Some(at) => format!(
                "{}# {}{doc}{}",
                " ".repeat(at),
                " ".repeat(self.indent.saturating_sub(at)),
                self.text
            ),
            None => format!("{}{doc}{}", " ".repeat(self.indent), self.text),
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
}

/// The lines of one key and whether any of them is active YAML.
struct Block {
    lines: Vec<Line>,
    active: bool,
}

/// Comments out a block with its `#` at column `at`.
fn comment_out(lines: &mut [Line], at: usize) {
    for l in lines.iter_mut() {
        l.comment_at = Some(l.comment_at.map_or(at, |c| c.min(at)));
    }
}

fn inline(v: &Y) -> String {
    serde_yaml::to_string(v)
        .unwrap_or_default()
        .trim_end()
        .to_string()
}

/// The keys of a map by section id (`prose`) that a policy may write: not
/// the sections of a collection notice. (`--full` writes a policy.)
fn policy_keys<'k>(keys: &'k [&'k str]) -> impl Iterator<Item = &'k str> + 'k {
    keys.iter().copied().filter(|k| {
        crate::model::sections::get(k).is_none_or(|s| s.is_for(crate::model::DocKind::Policy))
    })
}

fn is_bilingual(name: Option<&str>) -> bool {
    name.is_some_and(|n| n.starts_with("Bilingual"))
}

fn kebab<T: serde::Serialize>(v: T) -> Y {
    serde_yaml::to_value(v).unwrap_or(Y::Null)
}

struct Gen<'a> {
    nav: &'a SchemaNav,
    profile: Option<(&'a str, &'a Y)>,
    prefill: Vec<(String, Y)>,
    /// The policy's jurisdiction, when known: keys of another one are
    /// written commented out.
    jurisdiction: Option<Jurisdiction>,
    /// Writes one active item in optional lists of groups instead of a
    /// commented example (to test that every key written is accepted).
    expand_lists: bool,
    /// The language of the comments.
    lang: Lang,
}

impl<'a> Gen<'a> {
    fn new(
        profile: Option<(&'a str, &'a Y)>,
        jurisdiction: Option<Jurisdiction>,
        expand_lists: bool,
        lang: Lang,
    ) -> Self {
        let prefill = match jurisdiction {
            None => Vec::new(),
            Some(j) => {
                let (kind, act) = match j {
                    Jurisdiction::Quebec => (PolicyKind::PrivacyPolicy, Act::QuebecAccessAct),
                    Jurisdiction::Ontario => (PolicyKind::PrivacyStatement, Act::OntarioFippa),
                    Jurisdiction::Federal => (PolicyKind::PrivacyNotice, Act::PrivacyAct),
                    Jurisdiction::Private => (PolicyKind::PrivacyPolicy, Act::Pipeda),
                };
                vec![
                    ("kind".into(), kebab(kind)),
                    ("jurisdiction".into(), kebab(j)),
                    ("legal.acts[0].act".into(), kebab(act)),
                    ("legal.oversight.body".into(), kebab(j.default_oversight())),
                ]
            }
        };
        Gen {
            nav: SchemaNav::policy_in(lang),
            profile,
            prefill,
            jurisdiction,
            expand_lists,
            lang,
        }
    }

    /// A message worded in the comments' language.
    fn say(&self, message: Message) -> String {
        message.in_lang(self.lang)
    }

    fn document(&self, id: &str) -> String {
        let schema = if self.profile.is_some() {
            "partial-policy.schema.json"
        } else {
            "policy.schema.json"
        };
        let mut out = format!("# yaml-language-server: $schema=../../schema/{schema}\n#\n");
        let mut head = Vec::new();
        Self::wrap(
            0,
            &self.say(Message::new("new-full-title").arg("id", id.to_string())),
            &mut head,
        );
        head.push(Line::doc(0, ""));
        let mut bullets = vec![
            self.say(Message::new("new-full-keys")),
            self.say(Message::new("new-full-todo")),
            self.say(Message::new("new-full-texts")),
        ];
        if let Some((name, _)) = self.profile {
            bullets
                .push(self.say(Message::new("new-full-profile").arg("profile", name.to_string())));
        }
        for b in &bullets {
            Self::wrap_hanging(0, "- ", "  ", b, &mut head);
        }
        for l in &head {
            l.render(&mut out);
        }
        let root = self.nav.root();
        for (key, prop, required) in self.nav.properties(root, Some("Policy")) {
            // A notice's keys are not a policy's.
            let notice_only = crate::model::KIND_ONLY
                .iter()
                .any(|(k, kind)| *k == key && *kind == crate::model::DocKind::Notice);
            if notice_only {
                continue;
            }
            out.push('\n');
            let block = if key == "extends" {
                let mut lines = self.docs(0, prop, &self.nav.shape(prop), false);
                // Not "delete if it does not apply": it is the profile's choice.
                lines.retain(|l| !l.delete_note);
                match self.profile {
                    Some((name, _)) => lines.push(Line::yaml(0, format!("extends: {name}"))),
                    None => {
                        let mut l = Line::yaml(0, "extends: <profile>");
                        l.comment_at = Some(0);
                        lines.push(l);
                    }
                }
                Block {
                    lines,
                    active: true,
                }
            } else {
                let inherited = self.profile.and_then(|(_, v)| v.get(key));
                let path = YamlPath::root().key(key);
                let block = self.field(0, key, prop, required, &path, inherited);
                self.for_jurisdiction(0, &path, block)
            };
            for l in &block.lines {
                l.render(&mut out);
            }
        }
        out
    }

    fn wrap(indent: usize, text: &str, out: &mut Vec<Line>) {
        Self::wrap_hanging(indent, "", "", text, out);
    }

    /// Wraps `text` into comment lines, the first starting with `first`,
    /// the others with `rest` (the starters' wrapping: never at a no-break
    /// space).
    fn wrap_hanging(indent: usize, first: &str, rest: &str, text: &str, out: &mut Vec<Line>) {
        let width = WIDTH.saturating_sub(indent + 2).max(30);
        for l in super::comments::wrap(first, rest, text, width) {
            out.push(Line::doc(indent, l));
        }
    }

    fn allowed(
        &self,
        indent: usize,
        label: &str,
        values: &[(String, Option<String>)],
        out: &mut Vec<Line>,
    ) {
        if values.iter().any(|(_, d)| d.is_some()) {
            Self::wrap(indent, label, out);
            for (v, d) in values {
                let text = match d {
                    Some(d) => self.say(
                        Message::new("new-full-value")
                            .arg("value", v.clone())
                            .arg("description", d.clone()),
                    ),
                    None => v.clone(),
                };
                Self::wrap_hanging(indent, "- ", "    ", &text, out);
            }
        } else {
            let list: Vec<&str> = values.iter().map(|(v, _)| v.as_str()).collect();
            Self::wrap(indent, &format!("{label} {}.", list.join(", ")), out);
        }
    }

    /// The explanation of a key: meaning, format, allowed values, and
    /// whether it is required.
    fn docs(&self, indent: usize, prop: &J, shape: &Shape, required: bool) -> Vec<Line> {
        let mut out = Vec::new();
        if let Some(d) = prop.get("description").and_then(J::as_str) {
            Self::wrap(indent, &one_line(d), &mut out);
        }
        match shape {
            Shape::Scalar {
                name: Some(n),
                description: Some(d),
                ..
            } if !is_bilingual(Some(n)) => Self::wrap(indent, &one_line(d), &mut out),
            Shape::Alt(_, Some(d)) => Self::wrap(indent, &one_line(d), &mut out),
            Shape::Enum(values) => self.allowed(
                indent,
                &self.say(Message::new("new-full-one-of")),
                values,
                &mut out,
            ),
            Shape::Array { items } => {
                if let Shape::Enum(values) = self.nav.shape(items) {
                    let label = self.say(Message::new("new-full-each-one-of"));
                    self.allowed(indent, &label, &values, &mut out);
                }
            }
            Shape::Map { keys, .. } if !keys.is_empty() => {
                let keys = policy_keys(keys)
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>();
                let m = Message::new("new-full-map-keys").arg("keys", keys.join(", "));
                Self::wrap(indent, &self.say(m), &mut out);
            }
            _ => {}
        }
        // A list's default (`model::vocab::List`) is written as it is
        // published, `{ complete, items }`; to an author it is an empty list.
        let list_default = prop
            .get("default")
            .and_then(|d| d.get("items"))
            .filter(|i| i.as_array().is_some_and(|a| a.is_empty()))
            .map(|_| J::Array(Vec::new()));
        let default = list_default.as_ref().or(prop.get("default"));
        let (status, delete_note) = match default {
            _ if required => (self.say(Message::new("new-full-required")), false),
            Some(d) if !d.is_null() && !d.is_object() => {
                let y: Y = serde_yaml::to_value(d).unwrap_or(Y::Null);
                let m = Message::new("new-full-optional-default").arg("value", inline(&y));
                (self.say(m), false)
            }
            Some(d) if d.is_object() => (String::new(), false),
            _ => (self.say(Message::new("new-full-optional")), true),
        };
        if !status.is_empty() {
            let from = out.len();
            Self::wrap(indent, &status, &mut out);
            for l in &mut out[from..] {
                l.delete_note = delete_note;
            }
        }
        out
    }

    fn prefilled(&self, path: &YamlPath) -> Option<&Y> {
        let p = path.to_string();
        self.prefill.iter().find(|(k, _)| *k == p).map(|(_, v)| v)
    }

    /// `block`, the key at `path`, commented out when the key belongs to
    /// another jurisdiction than the policy's.
    fn for_jurisdiction(&self, indent: usize, path: &YamlPath, mut block: Block) -> Block {
        let p = path.to_string();
        let only = JURISDICTION_ONLY
            .iter()
            .find(|(k, _)| *k == p)
            .map(|(_, j)| *j);
        if let (Some(only), Some(mine)) = (only, self.jurisdiction) {
            if only != mine && block.active {
                // Not "delete if it does not apply": it is left out already.
                block.lines.retain(|l| !(l.doc && l.delete_note));
                let docs = block.lines.iter().take_while(|l| l.doc).count();
                comment_out(&mut block.lines[docs..], indent);
                let mut note = Vec::new();
                let m = Message::new("new-full-only-for").arg("jurisdiction", inline(&kebab(only)));
                Self::wrap(indent, &self.say(m), &mut note);
                block.lines.splice(docs..docs, note);
                block.active = false;
            }
        }
        block
    }

    /// One key and its value, with its explanation.
    fn field(
        &self,
        indent: usize,
        key: &str,
        prop: &J,
        required: bool,
        path: &YamlPath,
        inherited: Option<&Y>,
    ) -> Block {
        let shape = self.nav.shape(prop);
        let mut lines = self.docs(indent, prop, &shape, required);
        let own = lines.len();
        if let Some(inh) = inherited {
            let group = matches!(&shape, Shape::Object { name, .. } if !is_bilingual(*name));
            if !(group && inh.is_mapping()) {
                // Inherited as a whole: shown, commented out.
                if inh.is_mapping() || inh.is_sequence() {
                    lines.push(Line::yaml(indent, format!("{key}:")));
                    for l in inline(inh).lines() {
                        lines.push(Line::yaml(indent + 2, l));
                    }
                } else {
                    lines.push(Line::yaml(indent, format!("{key}: {}", inline(inh))));
                }
                comment_out(&mut lines[own..], indent);
                return Block {
                    lines,
                    active: false,
                };
            }
        }
        if let Some(v) = self.prefilled(path) {
            lines.push(Line::yaml(indent, format!("{key}: {}", inline(v))));
            return Block {
                lines,
                active: true,
            };
        }
        // A word or a group of several keys (`cookies: none`, or what the
        // policy says of its cookies): the group is written key by key, its
        // description naming the word.
        let shape = match shape {
            Shape::Alt(alts, d) => {
                // Not a list's `{ only, including }` spelling (`recipients`):
                // its plainest spelling is the list.
                let group = alts.iter().position(|a| {
                    matches!(a, Shape::Object { node, name } if !is_bilingual(*name) && {
                        let keys: Vec<&str> =
                            self.nav.properties(node, *name).iter().map(|(k, _, _)| *k).collect();
                        keys.len() > 2 && !(keys.contains(&"only") && keys.contains(&"including"))
                    })
                });
                match group {
                    Some(i) => alts.into_iter().nth(i).unwrap_or(Shape::Alt(Vec::new(), d)),
                    None => Shape::Alt(alts, d),
                }
            }
            other => other,
        };
        match shape {
            Shape::Object { node, name } if is_bilingual(name) => {
                lines.push(Line::yaml(indent, format!("{key}:")));
                for (k, _, _) in self.nav.properties(node, name) {
                    lines.push(Line::yaml(indent + 2, format!("{k}: {MARKER}")));
                }
                Block {
                    lines,
                    active: true,
                }
            }
            Shape::Object { node, name } => {
                let key_line = lines.len();
                lines.push(Line::yaml(indent, format!("{key}:")));
                let body = self.group(indent + 2, node, name, path, inherited);
                lines.extend(body.lines);
                if !body.active {
                    comment_out(&mut lines[key_line..], indent);
                }
                Block {
                    lines,
                    active: body.active,
                }
            }
            // A map by name (`prose`, by section id): empty, with one entry
            // as a commented-out example.
            Shape::Map { keys, values } => {
                lines.push(Line::yaml(indent, format!("{key}: {{}}")));
                Self::wrap(
                    indent,
                    &self.say(Message::new("new-full-example-entry")),
                    &mut lines,
                );
                let first = policy_keys(&keys).next().unwrap_or("id");
                let mut example = vec![Line::yaml(indent, format!("{first}:"))];
                if let Shape::Object { node, name } = self.nav.shape(values) {
                    let body = self.group(indent + 2, node, name, &path.key(first), None);
                    example.extend(body.lines);
                } else {
                    example.push(Line::yaml(indent + 2, MARKER.to_string()));
                }
                comment_out(&mut example, indent);
                lines.extend(example);
                Block {
                    lines,
                    active: true,
                }
            }
            Shape::Array { items } => {
                let item_shape = self.nav.shape(items);
                let is_group =
                    matches!(&item_shape, Shape::Object { name, .. } if !is_bilingual(*name));
                if required || (is_group && self.expand_lists) {
                    lines.push(Line::yaml(indent, format!("{key}:")));
                    lines.extend(self.item(indent + 2, items, &path.index(0)).lines);
                } else {
                    lines.push(Line::yaml(indent, format!("{key}: []")));
                    if is_group {
                        Self::wrap(
                            indent,
                            &self.say(Message::new("new-full-example-item")),
                            &mut lines,
                        );
                        let mut example = self.item(indent, items, &path.index(0)).lines;
                        comment_out(&mut example, indent);
                        lines.extend(example);
                    }
                }
                Block {
                    lines,
                    active: true,
                }
            }
            _ => {
                let value = match prop.get("default") {
                    Some(d) if !d.is_null() => inline(&serde_yaml::to_value(d).unwrap_or(Y::Null)),
                    _ => MARKER.to_string(),
                };
                lines.push(Line::yaml(indent, format!("{key}: {value}")));
                Block {
                    lines,
                    active: true,
                }
            }
        }
    }

    /// The keys of a group, in the struct's order.
    fn group(
        &self,
        indent: usize,
        node: &J,
        name: Option<&str>,
        path: &YamlPath,
        inherited: Option<&Y>,
    ) -> Block {
        let mut lines = Vec::new();
        let mut active = false;
        for (k, v, req) in self.nav.properties(node, name) {
            let path = path.key(k);
            let b = self.field(indent, k, v, req, &path, inherited.and_then(|i| i.get(k)));
            let b = self.for_jurisdiction(indent, &path, b);
            active |= b.active;
            lines.extend(b.lines);
        }
        Block { lines, active }
    }

    /// One list item: `- TODO`, or a group whose first key follows `- `.
    fn item(&self, indent: usize, items: &J, path: &YamlPath) -> Block {
        match self.nav.shape(items) {
            Shape::Object { node, name } if !is_bilingual(name) => {
                let mut body = self.group(indent + 2, node, name, path, None);
                if let Some(first) = body.lines.iter().position(|l| !l.doc) {
                    for l in &mut body.lines[..=first] {
                        l.indent = indent;
                    }
                    body.lines[first].text = format!("- {}", body.lines[first].text);
                }
                body
            }
            _ => {
                let value = self.prefilled(path).map_or(MARKER.to_string(), inline);
                Block {
                    lines: vec![Line::yaml(indent, format!("- {value}"))],
                    active: true,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::YamlDoc;
    use crate::resolve::Resolved;
    use crate::source::{SourceFile, SourceMap};
    use std::sync::Arc;

    #[test]
    fn keys_of_one_jurisdiction_exist_in_the_model() {
        let nav = SchemaNav::policy();
        for (key, _) in JURISDICTION_ONLY {
            let path = key.split('.').fold(YamlPath::root(), |p, k| p.key(k));
            assert!(
                nav.node_at(&path).is_some(),
                "{key} is not a key of a policy"
            );
        }
    }

    /// Reads a generated document through the validate stage.
    fn codes(text: &str) -> Vec<&'static str> {
        let mut sources = SourceMap::new();
        let file = sources.add(SourceFile::new(
            "content/policies/p.yaml",
            PathBuf::from("p.yaml"),
            text.to_string(),
        ));
        let doc = crate::load::yaml::parse(file, sources.get(file)).expect("valid YAML");
        let resolved = Resolved {
            not_inherited: Vec::new(),
            id: "p".into(),
            value: doc.value.clone(),
            layers: vec![Arc::new(doc) as Arc<YamlDoc>],
            profiles: Vec::new(),
        };
        let (_, diags) = crate::validate::policy(&resolved);
        diags.iter().map(|d| d.code).collect()
    }

    #[test]
    fn every_key_written_is_accepted_and_only_placeholders_fail() {
        for expand in [false, true] {
            for j in [
                None,
                Some(Jurisdiction::Quebec),
                Some(Jurisdiction::Federal),
            ] {
                let text = Gen::new(None, j, expand, Lang::En).document("p");
                let codes = codes(&text);
                assert!(!codes.is_empty());
                assert!(
                    codes.iter().all(|c| *c == "placeholder"),
                    "{codes:?}\n{text}"
                );
            }
        }
    }

    #[test]
    fn with_placeholders_filled_the_template_validates() {
        // Replace each TODO by a valid sample of its type, as an author would.
        let text = Gen::new(None, Some(Jurisdiction::Quebec), true, Lang::En).document("p");
        let value: Y = serde_yaml::from_str(&text).unwrap();
        let (_, masked) = crate::lint::placeholder::mask(&value);
        let mut masked = masked.unwrap();
        // A real section follows another section; a silenced rule exists.
        masked["sections"][0]["after"] = Y::from("cookies");
        if let Some(allow) = masked.get_mut("allow").and_then(|a| a.get_mut(0)) {
            allow["rule"] = Y::from("QC-12");
        }
        // The example cookie's provider is the example service, which then
        // places cookies.
        if let Some(service) = masked.get_mut("services").and_then(|a| a.get_mut(0)) {
            service["sets_cookies"] = Y::Bool(true);
        }
        // A withdrawal of consent needs a consent the site asks for (the
        // first value, `none`, asks for none).
        if let Some(cookies) = masked.get_mut("cookies") {
            cookies["consent"] = Y::from("banner");
        }
        let filled = serde_yaml::to_string(&masked).unwrap();
        assert_eq!(codes(&filled), Vec::<&str>::new());
    }

    #[test]
    fn the_short_file_asks_only_what_the_profile_does_not_give() {
        let profile: Y = serde_yaml::from_str(
            "jurisdiction: quebec\norganization:\n  name: { en: Agency, fr: Agence }\n",
        )
        .unwrap();
        let french = Langs {
            comments: Lang::Fr,
            source: Lang::Fr,
        };
        let text = short_template("p", Some(("base", &profile)), None, french);
        assert!(text.contains("\nextends: base\n"), "{text}");
        assert!(!text.contains("\njurisdiction:"), "{text}");
        assert!(!text.contains("  name:"), "{text}");
        assert!(
            text.contains("organization:\n  website:\n    fr: TODO\n    en: TODO\n"),
            "{text}"
        );
        assert!(
            text.contains("\ntitle:\n  fr: TODO\n  en: TODO\n"),
            "{text}"
        );
        assert!(
            text.contains("# Le titre du document, dans les deux langues."),
            "{text}"
        );
        // Without a profile: what a policy requires, the law from --jurisdiction.
        let english = Langs {
            comments: Lang::En,
            source: Lang::En,
        };
        let text = short_template("p", None, Some(Jurisdiction::Ontario), english);
        assert!(text.contains("\njurisdiction: ontario\n"), "{text}");
        assert!(text.contains("\nkind: privacy-statement\n"), "{text}");
        assert!(
            text.contains("organization:\n  name:\n    en: TODO\n    fr: TODO\n"),
            "{text}"
        );
        assert!(
            text.contains("# The document's title, in both languages."),
            "{text}"
        );
        // Every key written is accepted: only placeholders fail.
        let codes = codes(&text);
        assert!(codes.iter().all(|c| *c == "placeholder"), "{codes:?}");
    }

    #[test]
    fn enumerations_and_descriptions_are_shown() {
        let text = template("p", None, None, Lang::En);
        assert!(text.contains("# What the site places on the reader's device: `none`, or what"));
        assert!(text.contains("  # - banner: A banner asks on the first visit.\n"));
        assert!(text.contains("ip-address, domain-name"));
        assert!(text.contains("  consent: TODO\n"));
    }
}
