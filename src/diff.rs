//! `policypress diff`: what changed between two versions of a policy, in
//! both languages, ready to paste into `history:` or an announcement
//! (Québec Access Act s. 63.4 requires changes to be announced).
//!
//! Both versions go through the same stages as a build (load, resolve
//! against the site's profiles, validate), so the comparison is between
//! what the two pages say, not between two texts: reordering keys or moving
//! a value into a profile changes nothing. Every word printed comes from the
//! locale files: the `diff-*` messages of `locales/*/diff.ftl`, the wording
//! of values (`values.ftl`) and the sentences and section titles of the
//! pages (`policy.ftl`).

use crate::diagnostic::Diagnostics;
use crate::l10n::{Arg, Locales};
use crate::load::{self, yaml, NamedDoc, SiteLayout};
use crate::model::sections;
use crate::model::{Bilingual, Date, HistoryEntry, Ident, Lang, Policy};
use crate::publish::{self, ENUM_FIELDS};
use crate::source::{SourceFile, SourceMap, SourceView};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One version of a policy to compare.
#[derive(Debug, Clone)]
pub enum Input {
    /// A policy file on disk.
    File(PathBuf),
    /// A policy file's text, e.g. read from git.
    Text {
        /// The name shown in messages (`HEAD~1:content/policies/x.yaml`).
        display: String,
        /// A path naming this version (the file's, under a revision: not on
        /// disk), its stem the policy id.
        path: PathBuf,
        /// The file's content.
        text: String,
    },
}

impl Input {
    /// The file this input is, or the path naming its version.
    pub fn path(&self) -> &Path {
        match self {
            Input::File(p) | Input::Text { path: p, .. } => p,
        }
    }
}

/// The document file named by `what`: a path to a `.yaml`/`.yml` file, or
/// the id of a policy (`content/policies/<id>.yaml`) or of a collection
/// notice (`content/notices/<id>.yaml`) of the site.
pub fn policy_file(layout: &SiteLayout, what: &str) -> PathBuf {
    if what.ends_with(".yaml") || what.ends_with(".yml") || what.contains('/') {
        return PathBuf::from(what);
    }
    let candidates = [layout.policies_dir(), layout.notices_dir()]
        .into_iter()
        .flat_map(|dir| ["yaml", "yml"].map(|ext| dir.join(format!("{what}.{ext}"))))
        .collect::<Vec<_>>();
    candidates
        .iter()
        .find(|p| p.exists())
        .cloned()
        .unwrap_or_else(|| layout.policies_dir().join(format!("{what}.yaml")))
}

/// The kind of document a file is: a collection notice when it sits in a
/// folder named `notices` (the site's `content/notices/`, or that path at a
/// git revision), else a policy.
fn kind_of(path: &Path) -> crate::model::DocKind {
    let in_notices = path
        .parent()
        .and_then(|p| p.file_name())
        .is_some_and(|n| n == "notices");
    if in_notices {
        crate::model::DocKind::Notice
    } else {
        crate::model::DocKind::Policy
    }
}

/// The version of `file` at git revision `rev` (`git show rev:./file`),
/// as an [`Input`]. The file's path is taken relative to the site root.
pub fn from_git(layout: &SiteLayout, file: &Path, rev: &str) -> Result<Input, String> {
    let rel = layout.display(file);
    let spec = format!("{rev}:./{rel}");
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(&layout.root)
        .args(["show", &spec])
        .output()
        .map_err(|e| crate::t!("cli-diff-git", error = e.to_string()))?;
    if !out.status.success() {
        return Err(crate::t!(
            "cli-diff-git-failed",
            spec = spec.as_str(),
            error = String::from_utf8_lossy(&out.stderr).trim().to_string()
        ));
    }
    let text = String::from_utf8(out.stdout)
        .map_err(|_| crate::t!("cli-diff-not-utf8", spec = spec.as_str()))?;
    // A path of its own (the revision's, not on disk): the current file is
    // read too, and must not take this text's place in the source map.
    Ok(Input::Text {
        display: format!("{rev}:{rel}"),
        path: layout.root.join(format!("{rev}:{rel}")),
        text,
    })
}

/// The two versions named on the command line: `OLD NEW` (two files), or
/// `POLICY --rev REV` (a policy id or file, at `REV` and as it is now).
pub fn inputs(
    layout: &SiteLayout,
    old: &str,
    new: Option<&Path>,
    rev: Option<&str>,
) -> Result<(Input, Input), String> {
    match (new, rev) {
        (Some(new), None) => Ok((
            Input::File(policy_file(layout, old)),
            Input::File(new.to_path_buf()),
        )),
        (None, Some(rev)) => {
            let file = policy_file(layout, old);
            Ok((from_git(layout, &file, rev)?, Input::File(file)))
        }
        (Some(_), Some(_)) => Err(crate::t!("cli-diff-both")),
        (None, None) => Err(crate::t!("cli-diff-one")),
    }
}

/// The two versions, validated, and the wording to describe them.
#[derive(Debug)]
pub struct Loaded {
    /// The old and new policies, when both are valid.
    pub policies: Option<(Policy, Policy)>,
    /// The wording, when the locale files are valid.
    pub locales: Option<Locales>,
    /// Every file read, for showing diagnostics.
    pub sources: SourceMap,
    /// Problems found in either version, the profiles or the wording.
    pub diagnostics: Diagnostics,
}

/// Loads, resolves (with the site's profiles) and validates both versions,
/// each as if it were the site's policy file.
pub fn load(layout: &SiteLayout, old: &Input, new: &Input) -> Loaded {
    let mut sources = SourceMap::new();
    let mut diagnostics = Diagnostics::new();
    let profiles = load::load_named(
        layout,
        &mut sources,
        &mut diagnostics,
        &layout.profiles_dir(),
        "profile",
        false,
        &|_| None,
    );
    let (locales, d) = Locales::load(layout, &mut sources);
    diagnostics.extend(d);
    let mut one = |input: &Input| -> Option<Policy> {
        let parsed = match input {
            Input::File(path) => load::load_yaml(layout, &mut sources, path),
            Input::Text {
                display,
                path,
                text,
            } => {
                let id = sources.add(SourceFile::new(display.clone(), path, text.clone()));
                yaml::parse(id, sources.get(id))
                    .and_then(yaml::YamlDoc::strict)
                    .map(Arc::new)
            }
        };
        let doc = match parsed {
            Ok(doc) => doc,
            Err(ds) => {
                ds.into_iter().for_each(|d| diagnostics.push(d));
                return None;
            }
        };
        let stem = input
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = Ident::parse(&stem)
            .or_else(|_| Ident::parse("policy"))
            .ok()?;
        // The same resolve and validate stages as every other command
        // (src/site/document.rs), profile blame included.
        let v = crate::site::resolve_and_validate(
            &profiles,
            layout,
            kind_of(input.path()),
            &NamedDoc { name, doc },
            SourceView::of(&sources),
        );
        diagnostics.extend(v.diags);
        v.policy
    };
    let old = one(old);
    let new = one(new);
    diagnostics.sort(&sources);
    Loaded {
        policies: old.zip(new),
        locales,
        sources,
        diagnostics,
    }
}

/// The `diff-list-*` message naming each list of worded values, by its
/// place in a policy (the pointers of [`ENUM_FIELDS`]).
const LISTS: &[(&str, &str)] = &[
    (
        "/automatic/categories/items",
        "diff-list-automatic-categories",
    ),
    ("/automatic/purposes/items", "diff-list-automatic-purposes"),
    ("/automatic/statistics", "diff-list-automatic-statistics"),
    ("/voluntary/categories", "diff-list-voluntary-categories"),
    ("/voluntary/occasions", "diff-list-voluntary-occasions"),
    ("/fields", "diff-list-notice-fields"),
    ("/use/purposes/items", "diff-list-voluntary-purposes"),
    ("/use/never_for", "diff-list-use-never-for"),
    ("/voluntary/channels", "diff-list-voluntary-channels"),
    (
        "/voluntary/alternatives",
        "diff-list-voluntary-alternatives",
    ),
    (
        "/voluntary/online_services/purposes",
        "diff-list-identification-purposes",
    ),
    (
        "/voluntary/newsletter/categories",
        "diff-list-newsletter-categories",
    ),
    ("/access/items", "diff-list-use-access"),
    ("/recipients/items", "diff-list-recipients"),
    ("/recipients/never", "diff-list-recipients-never"),
    ("/transfers", "diff-list-transfers"),
    ("/security/measures", "diff-list-security-measures"),
    ("/cookies/items", "diff-list-cookie-purposes"),
    ("/services", "diff-list-service-roles"),
    (
        "/services#information/items",
        "diff-list-service-information",
    ),
    ("/services#purposes/items", "diff-list-service-purposes"),
    ("/links/other_sites", "diff-list-linked-sites"),
    ("/legal/acts", "diff-list-legal-acts"),
];

/// Single values whose page sentence takes the value as a variable: a
/// change is told with the new sentence ("Now: …").
const SENTENCES: &[(&str, &str, &str)] = &[
    ("/automatic/identifies", "automatic-exchange", "identifies"),
    // `cookies: none` (a group of keys there is told key by key).
    ("/cookies", "cookies-none", "cookies"),
    ("/cookies/consent", "cookies-consent", "consent"),
    ("/voluntary/reply", "voluntary-reply", "reply"),
];

/// Yes/no values that add a sentence to the page when true: turning one on
/// or off adds or withdraws that statement.
const STATEMENTS: &[(&str, &str)] = &[
    ("/introduction/thanks", "intro-thanks"),
    ("/introduction/commitment", "intro-commitment"),
    (
        "/collection/none_without_consent",
        "collection-none-without-consent",
    ),
    (
        "/collection/only_when_you_choose",
        "collection-only-when-you-choose",
    ),
    ("/collection/only_necessary", "collection-only-necessary"),
    (
        "/collection/notice_at_collection",
        "collection-notice-at-collection",
    ),
    (
        "/voluntary/alternatives_not_all_available",
        "voluntary-alternatives-note",
    ),
    (
        "/voluntary/online_services/required",
        "online-services-required",
    ),
    ("/security/evolving", "security-evolving"),
    ("/legal/oversight/oversees_compliance", "legal-oversight"),
    (
        "/automatic/security_monitoring",
        "automatic-security-monitoring",
    ),
    ("/cookies/no_persistent", "cookies-no-persistent"),
    (
        "/cookies/no_personal_information",
        "cookies-no-personal-information",
    ),
    ("/cookies/refuse/browser", "cookies-refuse-browser"),
    ("/cookies/linked_sites_may_set", "cookies-linked-sites"),
    ("/tracking/off_by_default", "tracking-off-by-default"),
    ("/voluntary/email_advice", "voluntary-email-advice"),
    ("/voluntary/reply_by_phone", "voluntary-reply-by-phone"),
    ("/voluntary/same_rules_as_mail", "voluntary-same-rules"),
    ("/voluntary/staff_trained", "voluntary-staff-trained"),
    (
        "/use/only_for_collected_purposes",
        "use-only-for-collected-purposes",
    ),
    ("/rights/complaint", "rights-complaint"),
    (
        "/links/policy_does_not_apply",
        "links-policy-does-not-apply",
    ),
    ("/links/their_policies_apply", "links-their-policies-apply"),
    ("/links/exit_notice", "links-exit-notice"),
];

/// A JSON pointer (`/voluntary/newsletter`) for a dotted key.
fn pointer(dotted: &str) -> String {
    format!("/{}", dotted.replace('.', "/"))
}

/// A dotted key (`voluntary.newsletter`, list indexes as `[0]`) for a
/// JSON pointer.
fn dotted(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.trim_start_matches('/').split('/') {
        if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(&format!("[{seg}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(seg);
        }
    }
    out
}

/// What is not compared: the date and the change log describe the change
/// itself.
const IGNORED: &[&str] = &["/updated", "/history", "/allow", "/extends"];

/// A section, as its title is found.
#[derive(Debug, Clone, PartialEq)]
pub enum SectionRef {
    /// A built-in section, titled by `section-<id>`.
    Builtin(&'static str),
    /// A free section, with its own title.
    Free(Bilingual<String>),
}

/// One change between two versions of a policy.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A value added to a list: the list's message and the value's.
    Added {
        /// `diff-list-*` message.
        list: &'static str,
        /// `values.ftl` message.
        item: String,
    },
    /// A value removed from a list.
    Removed {
        /// `diff-list-*` message.
        list: &'static str,
        /// `values.ftl` message.
        item: String,
    },
    /// A single value changed; the page's sentence with the new value.
    Now {
        /// The page sentence's message.
        message: &'static str,
        /// Its variable.
        var: &'static str,
        /// The new value.
        value: String,
    },
    /// A statement now made.
    StatementAdded(&'static str),
    /// A statement no longer made.
    StatementRemoved(&'static str),
    /// A section that appeared.
    SectionAdded(SectionRef),
    /// A section that disappeared.
    SectionRemoved(SectionRef),
    /// A section whose content changed otherwise.
    SectionRevised(SectionRef),
    /// The title, kind, addresses or organization changed.
    Details,
}

fn get<'a>(v: &'a Value, pointer: &str) -> &'a Value {
    v.pointer(pointer).unwrap_or(&Value::Null)
}

fn truthy(v: &Value) -> bool {
    v.as_bool().unwrap_or(false)
}

fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Where two values differ: the pointers of differing scalars, or of the
/// whole list when two lists differ.
fn differences(a: &Value, b: &Value, at: &str, out: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let sub = format!("{at}/{k}");
                differences(
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                    &sub,
                    out,
                );
            }
        }
        _ if a != b => out.push(at.to_string()),
        _ => {}
    }
}

/// The changes from `old` to `new`, in page order.
pub fn changes(old: &Policy, new: &Policy) -> Vec<Change> {
    let a = serde_json::to_value(publish::resolved(old)).unwrap_or(Value::Null);
    let b = serde_json::to_value(publish::resolved(new)).unwrap_or(Value::Null);
    let mut out = Vec::new();
    // Pointers whose difference a change below already tells.
    let mut told: Vec<String> = IGNORED.iter().map(|s| s.to_string()).collect();
    told.push("/sections".into());
    // A section appearing or going is told as such; what it holds is then
    // told by that alone.
    let optional = sections::SECTIONS.iter().filter(|s| {
        s.optional
            && !s
                .owns
                .first()
                .is_some_and(|o| IGNORED.contains(&pointer(o).as_str()))
    });
    for section in optional {
        let (x, y) = (section.is_shown(old), section.is_shown(new));
        if x != y {
            let s = SectionRef::Builtin(section.id);
            out.push(if y {
                Change::SectionAdded(s)
            } else {
                Change::SectionRemoved(s)
            });
            told.extend(section.owns.iter().map(|o| pointer(o)));
            told.push(format!("/prose/{}", section.id));
        }
    }
    // Several lists may sit in one list of objects (a service's role,
    // information and purposes): each is told, then the whole list is.
    let mut listed: Vec<String> = Vec::new();
    for field in ENUM_FIELDS.iter().filter(|f| !f.scalar) {
        if told.iter().any(|t| field.pointer.starts_with(t.as_str())) {
            continue;
        }
        let Some((_, list)) = LISTS.iter().find(|(p, _)| *p == field.list_id()) else {
            continue;
        };
        let (x, y) = (field.values(&a), field.values(&b));
        let before = out.len();
        for v in y.iter().filter(|v| !x.contains(v)) {
            out.push(Change::Added {
                list,
                item: format!("{}-{v}", field.prefix),
            });
        }
        for v in x.iter().filter(|v| !y.contains(v)) {
            out.push(Change::Removed {
                list,
                item: format!("{}-{v}", field.prefix),
            });
        }
        if out.len() > before {
            listed.push(field.pointer.to_string());
        }
    }
    told.extend(listed);
    for (pointer, message, var) in SENTENCES {
        let (x, y) = (get(&a, pointer), get(&b, pointer));
        if x != y {
            if let Some(value) = scalar_text(y) {
                out.push(Change::Now {
                    message,
                    var,
                    value,
                });
                told.push(pointer.to_string());
            }
        }
    }
    for (pointer, message) in STATEMENTS {
        let (x, y) = (truthy(get(&a, pointer)), truthy(get(&b, pointer)));
        // A section that appeared or went tells its statements.
        let in_told_section = told.iter().any(|t| pointer.starts_with(t.as_str()));
        if x != y && !in_told_section {
            out.push(if y {
                Change::StatementAdded(message)
            } else {
                Change::StatementRemoved(message)
            });
        }
        told.push(pointer.to_string());
    }
    // Free sections, by id.
    let free = |p: &Policy| -> Vec<(String, Bilingual<String>, Value)> {
        p.sections
            .iter()
            .map(|s| {
                (
                    s.id.to_string(),
                    s.title.clone(),
                    serde_json::to_value(s).unwrap_or(Value::Null),
                )
            })
            .collect()
    };
    let (fa, fb) = (free(old), free(new));
    for (id, title, v) in &fb {
        match fa.iter().find(|(i, ..)| i == id) {
            None => out.push(Change::SectionAdded(SectionRef::Free(title.clone()))),
            Some((_, _, w)) if w != v => {
                out.push(Change::SectionRevised(SectionRef::Free(title.clone())))
            }
            _ => {}
        }
    }
    for (id, title, _) in &fa {
        if !fb.iter().any(|(i, ..)| i == id) {
            out.push(Change::SectionRemoved(SectionRef::Free(title.clone())));
        }
    }
    // Whatever else differs: the section it is in was revised.
    let mut rest = Vec::new();
    differences(&a, &b, "", &mut rest);
    let mut details = false;
    let mut revised: Vec<&'static str> = Vec::new();
    for p in rest {
        let covered = told
            .iter()
            .any(|t| p == *t || p.starts_with(&format!("{t}/")));
        if covered {
            continue;
        }
        match sections::owner_of(&dotted(&p)) {
            Some(section) => {
                if !revised.contains(&section.id) {
                    revised.push(section.id);
                }
            }
            None => details = true,
        }
    }
    if details {
        out.insert(0, Change::Details);
    }
    for id in sections::ids() {
        if let Some(s) = revised.iter().find(|s| **s == id) {
            out.push(Change::SectionRevised(SectionRef::Builtin(s)));
        }
    }
    out
}

/// The variables every page sentence may use, for `policy` in `lang`.
fn common_args(policy: &Policy, lang: Lang) -> Vec<(&'static str, Arg)> {
    let kebab = |v: Value| v.as_str().unwrap_or_default().to_string();
    let oversight = policy.oversight_body();
    vec![
        ("org", Arg::Str(policy.organization.name.get(lang).clone())),
        (
            "kind",
            Arg::Str(kebab(serde_json::to_value(policy.kind).unwrap_or_default())),
        ),
        (
            "jurisdiction",
            Arg::Str(kebab(
                serde_json::to_value(policy.jurisdiction).unwrap_or_default(),
            )),
        ),
        (
            "oversight",
            Arg::Str(kebab(serde_json::to_value(oversight).unwrap_or_default())),
        ),
    ]
}

impl Change {
    /// The change in words, in `lang`, for the new version `policy`.
    pub fn words(&self, locales: &Locales, lang: Lang, policy: &Policy) -> Result<String, String> {
        let common = common_args(policy, lang);
        let msg = |id: &str, extra: Vec<(&'static str, Arg)>| -> Result<String, String> {
            let mut args = common.clone();
            args.extend(extra);
            locales.format(lang, id, &args)
        };
        let section = |s: &SectionRef| -> Result<String, String> {
            match s {
                SectionRef::Builtin(id) => msg(&format!("section-{id}"), vec![]),
                SectionRef::Free(title) => Ok(title.get(lang).clone()),
            }
        };
        match self {
            Change::Added { list, item } => msg(
                "diff-added",
                vec![
                    ("item", Arg::Str(msg(item, vec![])?)),
                    ("list", Arg::Str(msg(list, vec![])?)),
                ],
            ),
            Change::Removed { list, item } => msg(
                "diff-removed",
                vec![
                    ("item", Arg::Str(msg(item, vec![])?)),
                    ("list", Arg::Str(msg(list, vec![])?)),
                ],
            ),
            Change::Now {
                message,
                var,
                value,
            } => {
                let sentence = msg(message, vec![(var, Arg::Str(value.clone()))])?;
                msg("diff-now", vec![("sentence", Arg::Str(sentence))])
            }
            Change::StatementAdded(message) => msg(
                "diff-statement-added",
                vec![("sentence", Arg::Str(msg(message, vec![])?))],
            ),
            Change::StatementRemoved(message) => msg(
                "diff-statement-removed",
                vec![("sentence", Arg::Str(msg(message, vec![])?))],
            ),
            Change::SectionAdded(s) => msg(
                "diff-section-added",
                vec![("section", Arg::Str(section(s)?))],
            ),
            Change::SectionRemoved(s) => msg(
                "diff-section-removed",
                vec![("section", Arg::Str(section(s)?))],
            ),
            Change::SectionRevised(s) => msg(
                "diff-section-revised",
                vec![("section", Arg::Str(section(s)?))],
            ),
            Change::Details => msg("diff-details-revised", vec![]),
        }
    }
}

/// A comparison, worded in both languages.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// The format of this JSON output: 1.
    pub format: u32,
    /// The old version's content version.
    pub old_version: String,
    /// The new version's content version.
    pub new_version: String,
    /// The new version's date modified, when it gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// One line per change, in each language; empty when nothing changed.
    pub changes: Bilingual<Vec<String>>,
}

impl Summary {
    /// Compares `old` with `new` and words the changes.
    pub fn new(old: &Policy, new: &Policy, locales: &Locales) -> Result<Summary, String> {
        let list = changes(old, new);
        let words = |lang: Lang| -> Result<Vec<String>, String> {
            list.iter().map(|c| c.words(locales, lang, new)).collect()
        };
        Ok(Summary {
            format: 1,
            old_version: publish::version(old),
            new_version: publish::version(new),
            date: new.updated,
            changes: Bilingual {
                en: words(Lang::En)?,
                fr: words(Lang::Fr)?,
            },
        })
    }

    /// Whether the two versions say the same thing.
    pub fn is_empty(&self) -> bool {
        self.changes.en.is_empty()
    }

    /// Both languages, each under its heading, one change per line.
    pub fn text(&self, locales: &Locales) -> Result<String, String> {
        let mut out = String::new();
        for lang in Lang::ALL {
            if !out.is_empty() {
                out.push('\n');
            }
            let lines = self.changes.get(lang);
            if lines.is_empty() {
                out.push_str(&locales.format(lang, "diff-none", &[])?);
                out.push('\n');
                continue;
            }
            out.push_str(&locales.format(lang, "diff-heading", &[])?);
            out.push('\n');
            for l in lines {
                out.push_str("- ");
                out.push_str(l);
                out.push('\n');
            }
        }
        Ok(out)
    }

    /// A `history:` entry dated with the new version's date modified, ready
    /// to paste at the top of the list; when nothing changed, the "no
    /// change" message as YAML comments.
    pub fn yaml(&self, locales: &Locales) -> Result<String, String> {
        if self.is_empty() {
            let mut out = String::new();
            for lang in Lang::ALL {
                out.push_str(&format!("# {}\n", locales.format(lang, "diff-none", &[])?));
            }
            return Ok(out);
        }
        let summary = Bilingual {
            en: self.changes.en.join(" "),
            fr: self.changes.fr.join(" "),
        };
        let Some(date) = self.date else {
            // No date to give the entry: say so, and leave `date:` for the
            // author to write with the one they add to the policy.
            #[derive(Serialize)]
            struct Undated {
                summary: Bilingual<String>,
            }
            let mut out = String::new();
            for lang in Lang::ALL {
                out.push_str(&format!(
                    "# {}\n",
                    locales.format(lang, "diff-no-date", &[])?
                ));
            }
            let yaml =
                serde_yaml::to_string(&vec![Undated { summary }]).map_err(|e| e.to_string())?;
            return Ok(out + &yaml);
        };
        let entry = HistoryEntry { date, summary };
        serde_yaml::to_string(&vec![entry]).map_err(|e| e.to_string())
    }

    /// The comparison as JSON.
    pub fn json(&self) -> Result<String, String> {
        serde_json::to_string_pretty(self)
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_of_worded_values_has_a_name() {
        for f in ENUM_FIELDS.iter().filter(|f| !f.scalar) {
            assert!(
                LISTS.iter().any(|(p, _)| *p == f.list_id()),
                "{} has no diff-list message",
                f.pointer
            );
        }
    }

    #[test]
    fn every_message_the_diff_uses_exists_in_both_languages() {
        let mut sources = SourceMap::new();
        let layout = SiteLayout::new("/nonexistent-policypress-site");
        let (locales, d) = Locales::load(&layout, &mut sources);
        let locales = locales.unwrap_or_else(|| panic!("{d:?}"));
        let mut ids: Vec<String> = [
            "diff-added",
            "diff-removed",
            "diff-now",
            "diff-statement-added",
            "diff-statement-removed",
            "diff-section-added",
            "diff-section-removed",
            "diff-section-revised",
            "diff-details-revised",
            "diff-heading",
            "diff-none",
        ]
        .map(String::from)
        .to_vec();
        ids.extend(LISTS.iter().map(|(_, m)| m.to_string()));
        ids.extend(SENTENCES.iter().map(|(_, m, _)| m.to_string()));
        ids.extend(STATEMENTS.iter().map(|(_, m)| m.to_string()));
        ids.extend(sections::ids().map(|s| format!("section-{s}")));
        for lang in Lang::ALL {
            for id in &ids {
                assert!(locales.has(lang, id), "no {id} in {lang}");
            }
        }
    }

    #[test]
    fn differences_point_at_scalars_and_whole_lists() {
        let a = serde_json::json!({"a": {"b": 1, "c": [1, 2]}, "d": null});
        let b = serde_json::json!({"a": {"b": 2, "c": [2, 1]}, "e": true});
        let mut out = Vec::new();
        differences(&a, &b, "", &mut out);
        assert_eq!(out, ["/a/b", "/a/c", "/e"]);
    }
}
