//! The tool's own words: what policypress itself says to the person running
//! it (its help, summaries, progress lines and the errors of the command
//! line), in English or French.
//!
//! These are not a site's wording. A site's wording (`locales/<lang>/*.ftl`)
//! is what its readers see, can be replaced by the site, and is tracked by
//! `content/translations.lock`; the tool's words are for the author at the
//! terminal, belong to policypress and cannot be replaced. So they live in
//! a folder of their own, `tool-locales/<lang>/*.ftl`, compiled into the
//! binary and loaded once, the first time a message is needed.
//!
//! The language is one for the whole process: [`resolve_lang`] picks it from
//! `--lang`, then the POSIX locale variables, and the command line sets it
//! with [`set_lang`] before printing anything. Code that prints a message
//! calls [`t!`](crate::t) (or [`text`]) with the message id and its
//! arguments; a [`Message`] carries an id and its arguments to be worded
//! later (diagnostics will, see `docs/design/tool-language.md`).
//!
//! Nothing here panics: a message missing in French falls back to English,
//! one missing in both to its id, and the tests make sure neither happens
//! (both languages define the same messages with the same variables, and
//! every id the code names exists).
//!
//! As for the site's wording (see [`crate::l10n`]), bundles are the
//! thread-safe kind (the preview prints from several threads) and Unicode
//! isolation marks are off: they would show as stray characters in a
//! terminal or a log.

use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource};
use include_dir::{include_dir, Dir};
use std::borrow::Cow;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

/// A value given to a message: text, or a number (which selects plural
/// forms and is written the language's way).
pub use fluent_bundle::FluentValue as Value;

static CATALOGS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/tool-locales");

type Bundle = FluentBundle<FluentResource>;

/// The two catalogs, parsed once.
struct Catalogs {
    en: Bundle,
    fr: Bundle,
}

static LOADED: LazyLock<Catalogs> = LazyLock::new(|| Catalogs {
    en: bundle(Lang::En),
    fr: bundle(Lang::Fr),
});

/// The tool's language: 0 English, 1 French. An atomic rather than a
/// `OnceLock` so the tests of the library can word a message in either
/// language; the command line sets it once, before any output.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of every message printed from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.store(u8::from(lang == Lang::Fr), Ordering::Relaxed);
}

/// The tool's language (English until [`set_lang`] says otherwise).
pub fn lang() -> Lang {
    if CURRENT.load(Ordering::Relaxed) == 1 {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// The catalog files of `lang`: file name → text, sorted by name.
pub fn catalog_files(lang: Lang) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = CATALOGS
        .get_dir(lang.code())
        .map(|d| {
            d.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
                .filter_map(|f| {
                    let name = f.path().file_name()?.to_string_lossy().into_owned();
                    Some((name, f.contents_utf8()?))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::En => unic_langid::langid!("en-CA"),
        Lang::Fr => unic_langid::langid!("fr-CA"),
    };
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    if lang == Lang::Fr {
        b.set_formatter(Some(french_number));
    }
    for (_, text) in catalog_files(lang) {
        // A syntax error loses only the entries it spoils (the tests make
        // sure there is none); the rest of the file still loads.
        let res = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
        b.add_resource_overriding(res);
    }
    b
}

/// Numbers the French way: decimal comma, and a no-break space between
/// groups of three digits from 10 000 up (« 0,53 s », « 12 345 »). Fluent
/// itself writes every number the English way.
fn french_number<M>(value: &Value, _: &M) -> Option<String> {
    let Value::Number(n) = value else {
        return None;
    };
    let english = n.as_string();
    let (int, frac) = match english.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (english.as_ref(), None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let mut grouped = String::new();
    if digits.len() > 4 {
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('\u{a0}');
            }
            grouped.push(c);
        }
    } else {
        grouped.push_str(digits);
    }
    Some(match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    })
}

fn bundle_of(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &LOADED.en,
        Lang::Fr => &LOADED.fr,
    }
}

/// Whether message `id` is defined in `lang`.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle_of(lang).has_message(id)
}

fn format_in(lang: Lang, id: &str, args: &FluentArgs) -> Option<String> {
    let bundle = bundle_of(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(args), &mut errors);
    Some(out.into_owned())
}

/// Message `id` worded in `lang` with `args`; English if `lang` lacks it,
/// the id itself if English does too (never a panic, never a blank).
pub fn text_in(lang: Lang, id: &str, args: &[(&str, Value)]) -> String {
    let mut fargs = FluentArgs::with_capacity(args.len());
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    format_in(lang, id, &fargs)
        .or_else(|| format_in(Lang::En, id, &fargs))
        .unwrap_or_else(|| id.to_string())
}

/// Message `id` worded in the tool's language; see [`text_in`].
pub fn text(id: &str, args: &[(&str, Value)]) -> String {
    text_in(lang(), id, args)
}

/// A number to write with exactly `digits` decimals ("0.53" / « 0,53 »):
/// for durations, which Fluent's `NUMBER()` cannot round.
pub fn decimal(value: f64, digits: usize) -> Value<'static> {
    let scale = 10f64.powi(i32::try_from(digits).unwrap_or(0));
    let rounded = (value * scale).round() / scale;
    Value::Number(FluentNumber::new(
        rounded,
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        },
    ))
}

/// Words message `id` of the tool's catalogs in the tool's language:
/// `t!("cli-built", policies = n, out = path.display().to_string())`.
/// Each argument is anything a [`Value`] is made from (text or a number).
/// The id must be a literal: the tests find every id the code uses by
/// reading the source for `t!("`.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::tool_text::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tool_text::text(
            $id,
            &[$((stringify!($name), $crate::tool_text::Value::from($value))),+],
        )
    };
}

/// A [`Message`] of the tool's catalogs, not yet worded: what a diagnostic
/// carries. `msg!` takes the id, then the arguments as [`t!`](crate::t)
/// does (`name = value`); the id must be a literal, for the same reason.
#[macro_export]
macro_rules! msg {
    ($id:literal $(,)?) => {
        $crate::tool_text::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::tool_text::Message::new($id)
            $(.arg(stringify!($name), $crate::tool_text::Arg::from($value)))+
    };
}

/// The id of a message of the tool's catalogs, written where a table names
/// a message it does not word yet (a rule's hint in the table of rules):
/// it is the literal itself, marked so the tests that
/// check every id exists, and every message is used, find it.
#[macro_export]
macro_rules! msg_id {
    ($id:literal) => {
        $id
    };
}

/// A message of the tool's catalogs not yet worded: its id and arguments,
/// to word later in whichever language is wanted (a diagnostic is made in
/// one place and shown in another, possibly in both languages).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The message id in `tool-locales/<lang>/*.ftl`.
    pub id: Cow<'static, str>,
    /// The arguments, by variable name.
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// The value of one argument of a [`Message`]: text, or a number (which
/// selects plural forms and is written the language's way). Our own type
/// rather than Fluent's value, which may hold a custom type that cannot be
/// shared between threads, while diagnostics cross the build's threads.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text.
    Text(Cow<'static, str>),
    /// A number, with how to write it.
    Number(FluentNumber),
    /// Another message, worded in the same language (a reason, a part of
    /// a sentence that varies).
    Message(Box<Message>),
    /// Several messages, each worded in the same language, joined by `; `
    /// (the differences between two texts, the problems of one value);
    /// given as `Arg::List(messages)`.
    List(Vec<Message>),
}

impl Arg {
    /// The value as Fluent takes it, in `lang` (which words the messages
    /// an argument holds).
    pub fn to_value(&self, lang: Lang) -> Value<'static> {
        match self {
            Arg::Text(s) => Value::String(s.clone()),
            Arg::Number(n) => Value::Number(n.clone()),
            Arg::Message(m) => Value::String(Cow::Owned(m.in_lang(lang))),
            Arg::List(items) => Value::String(Cow::Owned(
                items
                    .iter()
                    .map(|m| m.in_lang(lang))
                    .collect::<Vec<_>>()
                    .join("; "),
            )),
        }
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Message(Box::new(m))
    }
}

/// Text and numbers, as Fluent makes them from Rust values.
impl<T: Into<Value<'static>>> From<T> for Arg {
    fn from(v: T) -> Self {
        match v.into() {
            Value::Number(n) => Arg::Number(n),
            Value::String(s) => Arg::Text(s),
            // Fluent's other values (none, an error, a custom type) are
            // never made here: the tool's arguments are text or numbers.
            _ => Arg::Text(Cow::Borrowed("")),
        }
    }
}

impl Message {
    /// The message `id`, with no arguments yet.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Message {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds the argument `$name`.
    #[must_use]
    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    /// The message worded in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        let args: Vec<(&str, Value)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_ref(), v.to_value(lang)))
            .collect();
        text_in(lang, &self.id, &args)
    }
}

impl std::fmt::Display for Message {
    /// The message in the tool's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(lang()))
    }
}

/// The language a POSIX locale value names: `fr_CA.UTF-8`, `fr`, `fr_FR`
/// and `fr-CA` are French; `en_US.UTF-8` is English; `C`, `POSIX` and any
/// language the tool does not speak are English too (the tool has no
/// other). `None` for an empty value, which POSIX reads as unset.
pub fn lang_of_locale(value: &str) -> Option<Lang> {
    if value.is_empty() {
        return None;
    }
    let language = value
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some(Lang::from_code(&language).unwrap_or(Lang::En))
}

/// The tool's language: the `--lang` value if there is one, else the
/// locale for messages the POSIX way (the first of `LC_ALL`, `LC_MESSAGES`
/// and `LANG` that is set and not empty decides, even when it names a
/// language the tool does not speak), else English. `env` reads a variable
/// (`std::env::var`, or a table in tests).
pub fn resolve_lang(flag: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| env(name).as_deref().and_then(lang_of_locale))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_language_comes_from_the_flag_then_lc_all_lc_messages_lang() {
        assert_eq!(resolve_lang(None, env(&[])), Lang::En);
        assert_eq!(
            resolve_lang(None, env(&[("LANG", "fr_CA.UTF-8")])),
            Lang::Fr
        );
        assert_eq!(resolve_lang(None, env(&[("LANG", "fr")])), Lang::Fr);
        assert_eq!(resolve_lang(None, env(&[("LANG", "fr_FR")])), Lang::Fr);
        assert_eq!(
            resolve_lang(None, env(&[("LANG", "fr_BE.UTF-8@euro")])),
            Lang::Fr
        );
        assert_eq!(
            resolve_lang(None, env(&[("LANG", "en_CA.UTF-8")])),
            Lang::En
        );
        for other in ["C", "POSIX", "C.UTF-8", "de_DE.UTF-8", "x"] {
            assert_eq!(
                resolve_lang(None, env(&[("LANG", other)])),
                Lang::En,
                "{other}"
            );
        }
        // The flag wins over everything.
        let french = [("LC_ALL", "fr_CA.UTF-8"), ("LANG", "fr_CA.UTF-8")];
        assert_eq!(resolve_lang(Some(Lang::En), env(&french)), Lang::En);
        assert_eq!(
            resolve_lang(Some(Lang::Fr), env(&[("LC_ALL", "C")])),
            Lang::Fr
        );
        // LC_ALL over LC_MESSAGES over LANG, even when it says C.
        let all_c = [("LC_ALL", "C"), ("LC_MESSAGES", "fr_CA"), ("LANG", "fr_CA")];
        assert_eq!(resolve_lang(None, env(&all_c)), Lang::En);
        let messages = [("LC_MESSAGES", "fr_CA.UTF-8"), ("LANG", "en_CA.UTF-8")];
        assert_eq!(resolve_lang(None, env(&messages)), Lang::Fr);
        let messages_c = [("LC_MESSAGES", "POSIX"), ("LANG", "fr_CA.UTF-8")];
        assert_eq!(resolve_lang(None, env(&messages_c)), Lang::En);
        // An empty variable counts as unset.
        let empty = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "fr_CA.UTF-8")];
        assert_eq!(resolve_lang(None, env(&empty)), Lang::Fr);
    }

    /// Every message of each catalog with the variables it uses, and the
    /// catalogs' syntax errors.
    fn messages(lang: Lang) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
        let mut out = BTreeMap::new();
        let mut errors = Vec::new();
        for (name, text) in catalog_files(lang) {
            let res = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((r, errs)) => {
                    errors.extend(errs.iter().map(|e| format!("{lang}/{name}: {e:?}")));
                    r
                }
            };
            for entry in &res.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        crate::l10n::pattern_vars(p, &mut vars);
                    }
                    if out.insert(m.id.name.to_string(), vars).is_some() {
                        errors.push(format!("{lang}/{name}: `{}` defined twice", m.id.name));
                    }
                    if m.value.is_none() {
                        errors.push(format!("{lang}/{name}: `{}` has no value", m.id.name));
                    }
                }
            }
        }
        (out, errors)
    }

    #[test]
    fn both_catalogs_parse_and_define_the_same_messages_with_the_same_variables() {
        let (en, en_errors) = messages(Lang::En);
        let (fr, fr_errors) = messages(Lang::Fr);
        assert!(
            en_errors.is_empty() && fr_errors.is_empty(),
            "{en_errors:?} {fr_errors:?}"
        );
        assert!(
            en.len() > 50,
            "the English catalog is loaded ({} messages)",
            en.len()
        );
        let en_ids: BTreeSet<&String> = en.keys().collect();
        let fr_ids: BTreeSet<&String> = fr.keys().collect();
        assert_eq!(
            en_ids.difference(&fr_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "messages missing in French"
        );
        assert_eq!(
            fr_ids.difference(&en_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "messages missing in English"
        );
        for (id, vars) in &en {
            assert_eq!(Some(vars), fr.get(id), "variables of `{id}`");
        }
    }

    /// The ids named by `t!("…"`, `msg!("…"`, `msg_id!("…"` and
    /// `Message::new("…"` in the source
    /// (a literal, maybe on the next line).
    fn ids_in_source() -> BTreeMap<String, String> {
        fn walk(dir: &std::path::Path, out: &mut BTreeMap<String, String>) {
            let Ok(entries) = std::fs::read_dir(dir) else {
                return;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    let text = std::fs::read_to_string(&p).unwrap_or_default();
                    for pattern in ["t!(", "msg!(", "msg_id!(", "Message::new("] {
                        for (at, _) in text.match_indices(pattern) {
                            // `t!(` but not `format!(` or `print!(`.
                            let before = text[..at].chars().next_back();
                            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                                continue;
                            }
                            let rest = text[at + pattern.len()..].trim_start();
                            let Some(rest) = rest.strip_prefix('"') else {
                                continue;
                            };
                            let Some(end) = rest.find('"') else { continue };
                            let id = &rest[..end];
                            // What an id looks like (this file's own
                            // patterns are not ids).
                            if !id.is_empty()
                                && id.chars().all(|c| {
                                    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'
                                })
                            {
                                out.insert(id.to_string(), p.display().to_string());
                            }
                        }
                    }
                }
            }
        }
        let mut out = BTreeMap::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut out,
        );
        out
    }

    #[test]
    fn every_message_the_code_names_exists_and_every_message_is_used() {
        let used = ids_in_source();
        assert!(used.len() > 20, "ids found in the source: {used:?}");
        for (id, file) in &used {
            for lang in Lang::ALL {
                assert!(
                    has(lang, id),
                    "`{id}` (used in {file}) is not in tool-locales/{lang}/"
                );
            }
        }
        // `help-…` messages are named by the command's structure and
        // `clap-…` ones by the wording of clap's errors (see `mod help` in
        // main.rs, whose tests check them), `starter-…` ones by the starter
        // templates (`scaffold::tests`), `schema-…` ones by where their
        // description is in a JSON Schema (`model::schema_text::tests`); the
        // others by `t!`.
        let (en, _) = messages(Lang::En);
        let named_elsewhere = ["help-", "clap-", "starter-", "schema-"];
        let unused: Vec<&String> = en
            .keys()
            .filter(|id| !named_elsewhere.iter().any(|p| id.starts_with(p)))
            .filter(|id| !used.contains_key(*id))
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    #[test]
    fn the_french_catalog_follows_quebec_typography() {
        for (name, text) in catalog_files(Lang::Fr) {
            for (n, line) in text.lines().enumerate() {
                if line.starts_with('#') {
                    continue;
                }
                let at = format!("tool-locales/fr/{name}:{}: {line}", n + 1);
                // A no-break space before a colon and inside « », none
                // before ; ? ! (the Québec convention).
                for bad in [" :", " ;", " ?", " !", "« ", " »"] {
                    assert!(!line.contains(bad), "{bad:?} at {at}");
                }
                assert!(!line.contains('\''), "a straight apostrophe (’) at {at}");
                // The words of the French text, not the message id, a
                // variant's key (`[cookie-purpose]`) nor the keys and values
                // quoted between backticks (`cookies.items` is a key). An id
                // may stand alone on its line (`starter-policy-cookies =`,
                // its text below).
                let value = match line.split_once(" =") {
                    Some((id, v)) if !id.starts_with(' ') => v,
                    _ => line,
                };
                let value = value
                    .trim_start()
                    .trim_start_matches('*')
                    .strip_prefix('[')
                    .and_then(|v| v.split_once(']'))
                    .map_or(value, |(_, v)| v);
                let prose: String = value.split('`').step_by(2).collect();
                for word in ["e-mail", "cookie", "informations personnelles"] {
                    assert!(!prose.to_lowercase().contains(word), "{word:?} at {at}");
                }
            }
        }
    }

    #[test]
    fn counts_select_the_plural_form_and_numbers_are_written_the_languages_way() {
        let summary = |lang, e: usize, w: usize| {
            text_in(
                lang,
                "cli-summary",
                &[("errors", e.into()), ("warnings", w.into())],
            )
        };
        assert_eq!(summary(Lang::En, 1, 2), "1 error, 2 warnings");
        assert_eq!(summary(Lang::En, 0, 1), "0 errors, 1 warning");
        assert_eq!(summary(Lang::Fr, 1, 2), "1 erreur, 2 avertissements");
        assert_eq!(summary(Lang::Fr, 0, 1), "0 erreur, 1 avertissement");
        let f = |v| {
            let mut s = String::new();
            if let Some(t) = french_number::<()>(&v, &()) {
                s = t;
            }
            s
        };
        assert_eq!(f(decimal(0.5312, 2)), "0,53");
        assert_eq!(f(decimal(2.0, 2)), "2,00");
        assert_eq!(f(Value::from(12345)), "12\u{a0}345");
        assert_eq!(f(Value::from(4000)), "4000");
        assert_eq!(f(Value::from(-1234567)), "-1\u{a0}234\u{a0}567");
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_to_its_id() {
        assert_eq!(text_in(Lang::Fr, "no-such-message", &[]), "no-such-message");
        let m = Message::new("cli-summary")
            .arg("errors", 2)
            .arg("warnings", 0);
        assert_eq!(m.in_lang(Lang::En), "2 errors, 0 warnings");
        assert_eq!(m.in_lang(Lang::Fr), "2 erreurs, 0 avertissement");
    }
}
