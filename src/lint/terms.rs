//! Terminology: words to avoid in each language and what to write instead
//! (« cookie » → « témoin » in French, `center` → `centre` in Canadian
//! English).
//!
//! The lists are YAML (the built-in one is `locales/terms.yaml`, whose
//! header documents the format): [`Terms::parse`] reads one,
//! [`Terms::merged`] lets a site's list extend, override or disable entries
//! of the built-in list, and [`Terms::find`] reports each occurrence in a
//! text as a [`Finding`] with its byte range.
//!
//! Matching is on whole words, case-insensitive and Unicode-aware; a term
//! that is *mentioned* rather than used (quoted, in italics, a gloss in
//! parentheses, part of a URL or of an `except` phrase) is not reported.

use crate::diagnostic::Diagnostic;
use crate::model::Lang;
use crate::tool_text::Message;
use crate::{msg, msg_id};
use serde_yaml::{Mapping, Value};
use std::collections::HashMap;
use std::ops::Range;

/// The text of the built-in list, `locales/terms.yaml`.
pub const BUILTIN_YAML: &str = include_str!("../../locales/terms.yaml");

/// One surface form of an entry, e.g. `cookies` or `the [license]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The form as written in the list; `[…]` marks the reported part.
    pub text: String,
    /// What to write instead of this form, when it differs from the entry's
    /// `prefer` (`cookies` → `témoins`).
    pub prefer: Option<String>,
}

/// One term to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The term; identifies the entry when lists are merged.
    pub avoid: String,
    /// What to write instead (empty for a disabled entry).
    pub prefer: String,
    /// The forms looked for (at least one: `avoid` itself by default).
    pub forms: Vec<Form>,
    /// Why, for the author.
    pub note: Option<String>,
    /// The catalog message that words `note` in the tool's language, for a
    /// note of the built-in list ([`BUILTIN_NOTES`]); a site's own note is
    /// shown as written.
    pub note_id: Option<&'static str>,
    /// Phrases in which the term is correct (proper names, fixed
    /// expressions), compared case-insensitively.
    pub except: Vec<String>,
    /// Whether the reported part is compared with its exact case.
    pub match_case: bool,
    /// A site entry that turns off the built-in entry with the same `avoid`.
    pub disabled: bool,
}

/// An occurrence of a term to avoid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Byte range of the occurrence in the text searched.
    pub range: Range<usize>,
    /// The text found, as written.
    pub found: String,
    /// What to write instead.
    pub prefer: String,
    /// Why, if the list says.
    pub note: Option<String>,
    /// The note's catalog message, for a note of the built-in list.
    pub note_id: Option<&'static str>,
}

impl Finding {
    /// A `terminology` warning for this finding in a text in `lang`, not yet
    /// located (the caller knows where the text comes from).
    pub fn diagnostic(&self, lang: Lang) -> Diagnostic {
        let d = Diagnostic::warning(
            "terminology",
            msg!(
                "lint-terminology",
                found = self.found.clone(),
                lang = lang.code(),
                prefer = self.prefer.clone()
            ),
        );
        match (self.note_id, &self.note) {
            (Some(id), _) => d.with_hint(Message::new(id)),
            // The site's own words, as written.
            (None, Some(note)) => d.with_hint(msg!("lint-terminology-note", note = note.clone())),
            (None, None) => d,
        }
    }
}

/// The catalog message of each note of the built-in list
/// (`locales/terms.yaml`), by language and `avoid`: the note is shown in
/// the tool's language. A test checks that each English message is the
/// note as the list writes it, and that every note of the list has one.
pub const BUILTIN_NOTES: &[(Lang, &str, &str)] = &[
    (Lang::Fr, "cookie", msg_id!("lint-term-note-fr-cookie")),
    (Lang::Fr, "e-mail", msg_id!("lint-term-note-fr-e-mail")),
    (
        Lang::Fr,
        "adresse e-mail",
        msg_id!("lint-term-note-fr-adresse-e-mail"),
    ),
    (
        Lang::Fr,
        "informations personnelles",
        msg_id!("lint-term-note-fr-informations-personnelles"),
    ),
    (Lang::Fr, "PSU", msg_id!("lint-term-note-fr-psu")),
    (Lang::Fr, "SIN", msg_id!("lint-term-note-fr-sin")),
    (Lang::Fr, "web", msg_id!("lint-term-note-fr-web")),
    (Lang::Fr, "browser", msg_id!("lint-term-note-fr-browser")),
    (Lang::Fr, "login", msg_id!("lint-term-note-fr-login")),
    (
        Lang::Fr,
        "newsletter",
        msg_id!("lint-term-note-fr-newsletter"),
    ),
    (Lang::Fr, "digital", msg_id!("lint-term-note-fr-digital")),
    (Lang::Fr, "tracking", msg_id!("lint-term-note-fr-tracking")),
    (Lang::En, "center", msg_id!("lint-term-note-en-center")),
    (Lang::En, "license", msg_id!("lint-term-note-en-license")),
    (Lang::En, "defense", msg_id!("lint-term-note-en-defense")),
];

/// A mistake in a terminology list: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct TermsError {
    /// The language's list (`en`, `fr`) and the entry in it, when the
    /// mistake is in one.
    pub list: Option<(Lang, Option<usize>)>,
    /// The key concerned: an entry's (`forms`), or a top-level one.
    pub key: Option<String>,
    /// Whether the key itself is wrong (an unknown key), rather than its value.
    pub is_key: bool,
    /// What is wrong.
    pub reason: Message,
}

impl TermsError {
    fn whole(reason: Message) -> TermsError {
        TermsError {
            list: None,
            key: None,
            is_key: false,
            reason,
        }
    }

    /// Where, as a path of the list: `fr[3].forms`, `fr[1]` (for an
    /// unknown key of the entry, which the reason names), `en`; empty for
    /// the whole list or a top-level key.
    pub fn place(&self) -> String {
        let Some((lang, index)) = self.list else {
            return String::new();
        };
        let mut s = lang.code().to_string();
        if let Some(i) = index {
            s.push_str(&format!("[{i}]"));
        }
        if let (Some(k), false) = (&self.key, self.is_key) {
            s.push('.');
            s.push_str(k);
        }
        s
    }

    /// The diagnostic's message: the place, then the reason.
    pub fn message(&self) -> Message {
        let place = self.place();
        if place.is_empty() {
            self.reason.clone()
        } else {
            msg!(
                "lint-terms-error-at",
                place = place,
                reason = self.reason.clone()
            )
        }
    }
}

impl std::fmt::Display for TermsError {
    /// The message in English (the built-in list's errors, and tests).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().in_lang(Lang::En))
    }
}

/// A mistake in one entry, before the entry's place is known.
struct EntryError {
    key: Option<&'static str>,
    unknown_key: Option<String>,
    reason: Message,
}

fn at_key(key: &'static str, reason: Message) -> EntryError {
    EntryError {
        key: Some(key),
        unknown_key: None,
        reason,
    }
}

/// The terminology lists of both languages.
#[derive(Debug, Default)]
pub struct Terms {
    en: List,
    fr: List,
    /// Texts already searched and found clean, per language: the texts a
    /// profile gives every policy that extends it are searched once.
    clean: [std::sync::Mutex<Clean>; 2],
}

impl Clone for Terms {
    fn clone(&self) -> Self {
        Terms {
            en: self.en.clone(),
            fr: self.fr.clone(),
            clean: Default::default(),
        }
    }
}

/// A bounded set of texts without findings.
#[derive(Debug, Default)]
struct Clean {
    texts: foldhash::HashSet<Box<str>>,
    bytes: usize,
}

impl Clean {
    /// Bytes of text kept per language (the set's own overhead comes on top).
    const BUDGET: usize = 4 << 20;

    fn insert(&mut self, text: &str) {
        if text.len() > Self::BUDGET / 16 {
            return;
        }
        if self.bytes + text.len() > Self::BUDGET {
            self.texts.clear();
            self.bytes = 0;
        }
        if self.texts.insert(text.into()) {
            self.bytes += text.len();
        }
    }
}

impl Terms {
    /// The built-in list, `locales/terms.yaml`.
    pub fn builtin() -> Terms {
        // The file ships with the program and a unit test parses it.
        let mut terms =
            Terms::parse(BUILTIN_YAML).unwrap_or_else(|e| panic!("locales/terms.yaml: {e}"));
        for lang in Lang::ALL {
            for e in &mut terms.list_mut(lang).entries {
                e.note_id = BUILTIN_NOTES
                    .iter()
                    .find(|(l, avoid, _)| *l == lang && *avoid == e.avoid)
                    .map(|(_, _, id)| *id)
                    .filter(|_| e.note.is_some());
            }
        }
        terms
    }

    /// Reads a list in the format of `locales/terms.yaml`. An empty text is
    /// an empty list. Errors name the entry: `fr[3].forms: …`.
    pub fn parse(yaml_text: &str) -> Result<Terms, TermsError> {
        let root: Value = serde_yaml::from_str(yaml_text).map_err(|e| {
            // serde_yaml's own reason, quoted as it is.
            TermsError::whole(msg!("lint-terms-yaml", reason = e.to_string()))
        })?;
        let mut terms = Terms::default();
        let map = match root {
            Value::Null => return Ok(terms),
            Value::Mapping(m) => m,
            _ => return Err(TermsError::whole(msg!("lint-terms-not-mapping"))),
        };
        for (k, v) in map {
            let lang = match k.as_str() {
                Some("en") => Lang::En,
                Some("fr") => Lang::Fr,
                _ => {
                    return Err(TermsError {
                        list: None,
                        key: Some(scalar(&k)),
                        is_key: true,
                        reason: msg!("lint-terms-unknown-language", key = scalar(&k)),
                    })
                }
            };
            let entries = match v {
                Value::Null => Vec::new(),
                Value::Sequence(seq) => seq
                    .iter()
                    .enumerate()
                    .map(|(i, e)| {
                        parse_entry(e).map_err(|m| TermsError {
                            list: Some((lang, Some(i))),
                            is_key: m.unknown_key.is_some(),
                            key: m.unknown_key.or(m.key.map(str::to_string)),
                            reason: m.reason,
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                _ => {
                    return Err(TermsError {
                        list: Some((lang, None)),
                        key: None,
                        is_key: false,
                        reason: msg!("lint-terms-not-list"),
                    })
                }
            };
            for (i, e) in entries.iter().enumerate() {
                if let Some(j) = entries[..i].iter().position(|o| same_term(o, e)) {
                    return Err(TermsError {
                        list: Some((lang, Some(i))),
                        key: None,
                        is_key: false,
                        reason: msg!(
                            "lint-terms-duplicate",
                            avoid = e.avoid.clone(),
                            first = format!("{}[{j}]", lang.code())
                        ),
                    });
                }
            }
            *terms.list_mut(lang) = List::new(entries);
        }
        Ok(terms)
    }

    /// `base` extended by `site`: a site entry replaces the base entry with
    /// the same `avoid` (compared case-insensitively), or removes it when
    /// `disabled: true`; other site entries are added after the base ones.
    pub fn merged(base: Terms, site: Terms) -> Terms {
        let mut out = Terms::default();
        for lang in Lang::ALL {
            let mut entries = base.list(lang).entries.clone();
            for e in &site.list(lang).entries {
                let at = entries.iter().position(|b| same_term(b, e));
                match (at, e.disabled) {
                    (Some(i), true) => {
                        entries.remove(i);
                    }
                    // A site entry that keeps the built-in note (a copy of
                    // the list) keeps its message too.
                    (Some(i), false) => {
                        let note_id = entries[i].note_id.filter(|_| entries[i].note == e.note);
                        entries[i] = Entry {
                            note_id,
                            ..e.clone()
                        };
                    }
                    (None, true) => {}
                    (None, false) => entries.push(e.clone()),
                }
            }
            *out.list_mut(lang) = List::new(entries);
        }
        out
    }

    /// The entries for `lang`, in list order.
    pub fn entries(&self, lang: Lang) -> &[Entry] {
        &self.list(lang).entries
    }

    /// Every occurrence in `text` of a term to avoid in `lang`, in text
    /// order, never overlapping.
    pub fn find(&self, text: &str, lang: Lang) -> Vec<Finding> {
        let list = self.list(lang);
        if list.patterns.is_empty() || text.is_empty() {
            return Vec::new();
        }
        let clean = &self.clean[lang as usize];
        // A poisoned lock only means another thread panicked while holding
        // it; the set is still a valid (possibly incomplete) cache.
        let lock = || clean.lock().unwrap_or_else(|e| e.into_inner());
        if lock().texts.contains(text) {
            return Vec::new();
        }
        let findings = self.search(list, text);
        if findings.is_empty() {
            lock().insert(text);
        }
        findings
    }

    fn search(&self, list: &List, text: &str) -> Vec<Finding> {
        let chars: Vec<TextChar> = text
            .char_indices()
            .map(|(byte, c)| TextChar {
                byte,
                c,
                lower: lower(c),
            })
            .collect();
        let mut candidates: Vec<Candidate> = Vec::new();
        for start in 0..chars.len() {
            if start > 0 && is_word(chars[start - 1].c) {
                continue;
            }
            let Some(ids) = list.by_first.get(&chars[start].lower) else {
                continue;
            };
            for &p in ids {
                let pat = &list.patterns[p];
                if let Some((end, flag)) = pat.match_at(&chars, start) {
                    candidates.push(Candidate {
                        full: start..end,
                        flag,
                        pattern: p,
                    });
                }
            }
        }
        if candidates.is_empty() {
            return Vec::new();
        }
        let mentions = mention_spans(&chars);
        let mut excepts: HashMap<usize, Vec<Range<usize>>> = HashMap::new();
        candidates.retain(|c| {
            let entry = list.patterns[c.pattern].entry;
            !mentions
                .iter()
                .any(|m| m.start <= c.flag.start && c.flag.end <= m.end)
                && !is_gloss(&chars, &c.flag)
                && !is_italic(&chars, &c.flag)
                && !in_url(&chars, &c.flag)
                && !excepts
                    .entry(entry)
                    .or_insert_with(|| list.except_spans(entry, &chars))
                    .iter()
                    .any(|x| x.start <= c.flag.start && c.flag.end <= x.end)
        });
        candidates.sort_by(|a, b| {
            a.full
                .start
                .cmp(&b.full.start)
                .then(b.full.end.cmp(&a.full.end))
        });
        let byte_end = |i: usize| chars.get(i).map_or(text.len(), |c| c.byte);
        let mut last_end = 0;
        let mut findings = Vec::new();
        for c in candidates {
            if c.full.start < last_end {
                continue;
            }
            last_end = c.full.end;
            let pat = &list.patterns[c.pattern];
            let entry = &list.entries[pat.entry];
            let range = chars[c.flag.start].byte..byte_end(c.flag.end);
            findings.push(Finding {
                found: text[range.clone()].to_string(),
                range,
                prefer: pat.prefer.clone(),
                note: entry.note.clone(),
                note_id: entry.note_id,
            });
        }
        findings
    }

    fn list(&self, lang: Lang) -> &List {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    fn list_mut(&mut self, lang: Lang) -> &mut List {
        // What was found clean may not be with the list changed.
        self.clean = Default::default();
        match lang {
            Lang::En => &mut self.en,
            Lang::Fr => &mut self.fr,
        }
    }
}

fn same_term(a: &Entry, b: &Entry) -> bool {
    a.avoid.to_lowercase() == b.avoid.to_lowercase()
}

// ---------------------------------------------------------------------------
// Reading entries

const ENTRY_KEYS: &[&str] = &[
    "avoid",
    "prefer",
    "forms",
    "note",
    "except",
    "match_case",
    "disabled",
];

fn scalar(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Null => "null".into(),
        _ => "…".into(),
    }
}

/// Reads one entry; an error names the key it is about.
fn parse_entry(v: &Value) -> Result<Entry, EntryError> {
    let Value::Mapping(m) = v else {
        return Err(EntryError {
            key: None,
            unknown_key: None,
            reason: msg!("lint-terms-entry-not-mapping"),
        });
    };
    for k in m.keys() {
        if !k.as_str().is_some_and(|k| ENTRY_KEYS.contains(&k)) {
            return Err(EntryError {
                key: None,
                unknown_key: Some(scalar(k)),
                reason: msg!(
                    "lint-terms-unknown-key",
                    key = scalar(k),
                    expected = ENTRY_KEYS.join(", ")
                ),
            });
        }
    }
    let avoid = string(m, "avoid")?
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| at_key("avoid", msg!("lint-terms-avoid-required")))?;
    let disabled = boolean(m, "disabled")?;
    let prefer = match string(m, "prefer")? {
        Some(p) => p,
        None if disabled => String::new(),
        None => return Err(at_key("prefer", msg!("lint-terms-prefer-required"))),
    };
    let forms = match m.get("forms") {
        None | Some(Value::Null) => vec![Form {
            text: avoid.clone(),
            prefer: None,
        }],
        Some(Value::Sequence(seq)) => seq
            .iter()
            .map(|f| match f {
                Value::String(s) => Ok(Form {
                    text: s.clone(),
                    prefer: None,
                }),
                _ => Err(at_key("forms", msg!("lint-terms-form-not-text"))),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(Value::Mapping(map)) => map
            .iter()
            .map(|(k, v)| match (k, v) {
                (Value::String(k), Value::String(v)) => Ok(Form {
                    text: k.clone(),
                    prefer: Some(v.clone()),
                }),
                (Value::String(k), Value::Null) => Ok(Form {
                    text: k.clone(),
                    prefer: None,
                }),
                _ => Err(at_key("forms", msg!("lint-terms-form-not-pair"))),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err(at_key("forms", msg!("lint-terms-forms-kind"))),
    };
    if forms.is_empty() {
        return Err(at_key("forms", msg!("lint-terms-forms-empty")));
    }
    let except = match m.get("except") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Sequence(seq)) => seq
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| at_key("except", msg!("lint-terms-except-kind")))
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err(at_key("except", msg!("lint-terms-except-kind"))),
    };
    let entry = Entry {
        avoid,
        prefer,
        forms,
        note: string(m, "note")?,
        note_id: None,
        except,
        match_case: boolean(m, "match_case")?,
        disabled,
    };
    let pattern = |text: &str, why: &'static str| {
        msg!("lint-terms-pattern", pattern = text.to_string(), why = why)
    };
    for f in &entry.forms {
        compile(&f.text, entry.match_case, true)
            .map_err(|why| at_key("forms", pattern(&f.text, why)))?;
    }
    for x in &entry.except {
        compile(x, false, false).map_err(|why| at_key("except", pattern(x, why)))?;
    }
    Ok(entry)
}

fn string(m: &Mapping, key: &'static str) -> Result<Option<String>, EntryError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(at_key(key, msg!("lint-terms-expected-text"))),
    }
}

fn boolean(m: &Mapping, key: &'static str) -> Result<bool, EntryError> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(at_key(key, msg!("lint-terms-expected-boolean"))),
    }
}

// ---------------------------------------------------------------------------
// Patterns

#[derive(Debug, Clone, Copy)]
enum Tok {
    /// A character: compared lower-cased, or exactly when `exact_case`.
    Char {
        lower: char,
        exact: char,
        exact_case: bool,
    },
    /// One or more whitespace characters.
    Space,
    /// `-` or a Unicode hyphen.
    Hyphen,
    /// `'` or `’`.
    Apostrophe,
}

#[derive(Debug, Clone)]
struct Pattern {
    /// Index of the entry in its list.
    entry: usize,
    toks: Vec<Tok>,
    /// The reported tokens.
    flag: Range<usize>,
    prefer: String,
}

/// Compiles a form (`brackets`: `[…]` marks the reported part) or an
/// `except` phrase. An error is why it cannot be, as the key of
/// `lint-terms-pattern`'s `$why`.
fn compile(
    text: &str,
    match_case: bool,
    brackets: bool,
) -> Result<(Vec<Tok>, Range<usize>), &'static str> {
    let mut toks = Vec::new();
    let (mut open, mut close) = (None, None);
    for c in text.trim().chars() {
        match c {
            '[' | ']' if !brackets => return Err("brackets-not-allowed"),
            '[' => {
                if open.is_some() {
                    return Err("brackets-twice");
                }
                open = Some(toks.len());
            }
            ']' => {
                if open.is_none() || close.is_some() {
                    return Err("unbalanced-close");
                }
                close = Some(toks.len());
            }
            c if c.is_whitespace() => {
                if !matches!(toks.last(), Some(Tok::Space)) {
                    toks.push(Tok::Space);
                }
            }
            '-' | '\u{2010}' | '\u{2011}' => toks.push(Tok::Hyphen),
            '\'' | '’' => toks.push(Tok::Apostrophe),
            c => toks.push(Tok::Char {
                lower: lower(c),
                exact: c,
                exact_case: false,
            }),
        }
    }
    let flag = match (open, close) {
        (None, None) => 0..toks.len(),
        (Some(a), Some(b)) => a..b,
        _ => return Err("unbalanced-open"),
    };
    let is_char = |t: Option<&Tok>| matches!(t, Some(Tok::Char { .. }));
    if !is_char(toks.first()) || !is_char(toks.last()) {
        return Err("ends");
    }
    if flag.is_empty()
        || !is_char(toks.get(flag.start))
        || !is_char(flag.end.checked_sub(1).and_then(|i| toks.get(i)))
    {
        return Err("bracket-ends");
    }
    if match_case {
        for t in &mut toks[flag.clone()] {
            if let Tok::Char { exact_case, .. } = t {
                *exact_case = true;
            }
        }
    }
    Ok((toks, flag))
}

#[derive(Debug, Clone, Copy)]
struct TextChar {
    byte: usize,
    c: char,
    lower: char,
}

struct Candidate {
    /// Characters matched, context included.
    full: Range<usize>,
    /// Characters reported.
    flag: Range<usize>,
    pattern: usize,
}

impl Pattern {
    /// Matches at character `start` (a word start): the end of the match and
    /// the reported characters, if the match ends a word.
    fn match_at(&self, chars: &[TextChar], start: usize) -> Option<(usize, Range<usize>)> {
        let (end, flag) = match_toks(&self.toks, self.flag.clone(), chars, start)?;
        Some((end, flag))
    }
}

fn match_toks(
    toks: &[Tok],
    flag: Range<usize>,
    chars: &[TextChar],
    start: usize,
) -> Option<(usize, Range<usize>)> {
    let mut k = start;
    let (mut fs, mut fe) = (start, start);
    for (i, t) in toks.iter().enumerate() {
        if i == flag.start {
            fs = k;
        }
        match *t {
            Tok::Char {
                lower,
                exact,
                exact_case,
            } => {
                let c = chars.get(k)?;
                let ok = if exact_case {
                    c.c == exact
                } else {
                    c.lower == lower
                };
                if !ok {
                    return None;
                }
                k += 1;
            }
            Tok::Space => {
                let from = k;
                while chars.get(k).is_some_and(|c| c.c.is_whitespace()) {
                    k += 1;
                }
                if k == from {
                    return None;
                }
            }
            Tok::Hyphen => {
                if !matches!(chars.get(k)?.c, '-' | '\u{2010}' | '\u{2011}') {
                    return None;
                }
                k += 1;
            }
            Tok::Apostrophe => {
                if !matches!(chars.get(k)?.c, '\'' | '’') {
                    return None;
                }
                k += 1;
            }
        }
        if i + 1 == flag.end {
            fe = k;
        }
    }
    if chars.get(k).is_some_and(|c| is_word(c.c)) {
        return None;
    }
    Some((k, fs..fe))
}

#[derive(Debug, Clone, Default)]
struct List {
    entries: Vec<Entry>,
    patterns: Vec<Pattern>,
    /// Patterns by the lower-cased first character.
    by_first: HashMap<char, Vec<usize>>,
    /// Compiled `except` phrases, per entry.
    excepts: Vec<Vec<Vec<Tok>>>,
}

impl List {
    fn new(entries: Vec<Entry>) -> List {
        let mut list = List::default();
        for (i, e) in entries.iter().enumerate() {
            let mut excepts = Vec::new();
            if !e.disabled {
                for f in &e.forms {
                    // Forms were checked when read.
                    let Ok((toks, flag)) = compile(&f.text, e.match_case, true) else {
                        continue;
                    };
                    let Some(Tok::Char { lower, .. }) = toks.first().copied() else {
                        continue;
                    };
                    list.by_first
                        .entry(lower)
                        .or_default()
                        .push(list.patterns.len());
                    list.patterns.push(Pattern {
                        entry: i,
                        toks,
                        flag,
                        prefer: f.prefer.clone().unwrap_or_else(|| e.prefer.clone()),
                    });
                }
                excepts = e
                    .except
                    .iter()
                    .filter_map(|x| compile(x, false, false).ok().map(|c| c.0))
                    .collect();
            }
            list.excepts.push(excepts);
        }
        list.entries = entries;
        list
    }

    /// Where the `except` phrases of entry `entry` occur in the text.
    fn except_spans(&self, entry: usize, chars: &[TextChar]) -> Vec<Range<usize>> {
        let mut spans = Vec::new();
        let Some(phrases) = self.excepts.get(entry) else {
            return spans;
        };
        for toks in phrases {
            for start in 0..chars.len() {
                if start > 0 && is_word(chars[start - 1].c) {
                    continue;
                }
                if let Some((end, _)) = match_toks(toks, 0..toks.len(), chars, start) {
                    spans.push(start..end);
                }
            }
        }
        spans
    }
}

// ---------------------------------------------------------------------------
// Text

fn lower(c: char) -> char {
    let mut l = c.to_lowercase();
    match (l.next(), l.next()) {
        (Some(one), None) => one,
        _ => c,
    }
}

/// Letters, digits, `_` and combining accents continue a word.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Spans (in characters) of quoted text and code: « … », “ … ”, "…", `…`.
/// A span left open ends at a blank line.
fn mention_spans(chars: &[TextChar]) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, t) in chars.iter().enumerate() {
        match open {
            Some((start, close)) => {
                let blank_line = t.c == '\n' && chars.get(i + 1).is_some_and(|n| n.c == '\n');
                if t.c == close || blank_line {
                    spans.push(start..i);
                    open = None;
                }
            }
            None => {
                open = match t.c {
                    '«' => Some((i, '»')),
                    '“' => Some((i, '”')),
                    '"' => Some((i, '"')),
                    '`' => Some((i, '`')),
                    _ => None,
                };
            }
        }
    }
    if let Some((start, _)) = open {
        spans.push(start..chars.len());
    }
    spans
}

/// `témoins (cookies)`: the term alone in parentheses.
fn is_gloss(chars: &[TextChar], flag: &Range<usize>) -> bool {
    let skip = |c: char| c.is_whitespace() || "«»“”\"*".contains(c);
    let before = chars[..flag.start].iter().rev().find(|t| !skip(t.c));
    let after = chars[flag.end..].iter().find(|t| !skip(t.c));
    before.is_some_and(|t| t.c == '(') && after.is_some_and(|t| t.c == ')')
}

/// `*cookies*`: in italics, as a foreign word.
fn is_italic(chars: &[TextChar], flag: &Range<usize>) -> bool {
    let at = |i: Option<usize>| i.and_then(|i| chars.get(i)).map(|t| t.c);
    at(flag.start.checked_sub(1)) == Some('*')
        && at(Some(flag.end)) == Some('*')
        && at(flag.start.checked_sub(2)) != Some('*')
        && at(Some(flag.end + 1)) != Some('*')
}

/// Whether the match is part of a URL or an e-mail address.
fn in_url(chars: &[TextChar], flag: &Range<usize>) -> bool {
    let delim = |c: char| c.is_whitespace() || "()[]<>\"«»“”".contains(c);
    let start = chars[..flag.start]
        .iter()
        .rposition(|t| delim(t.c))
        .map_or(0, |i| i + 1);
    let end = chars[flag.end..]
        .iter()
        .position(|t| delim(t.c))
        .map_or(chars.len(), |i| flag.end + i);
    let token = &chars[start..end];
    let has = |s: &str| {
        let pat: Vec<char> = s.chars().collect();
        token
            .windows(pat.len())
            .any(|w| w.iter().zip(&pat).all(|(t, p)| t.c == *p))
    };
    let domain = token
        .windows(2)
        .any(|w| w[0].c == '.' && w[1].c.is_alphanumeric());
    has("://") || has("@") || has("www.") || (domain && has("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr(text: &str) -> Vec<Finding> {
        Terms::builtin().find(text, Lang::Fr)
    }
    fn en(text: &str) -> Vec<Finding> {
        Terms::builtin().find(text, Lang::En)
    }
    /// (found, prefer) pairs, and checks that every range points at `found`.
    fn pairs(text: &str, findings: &[Finding]) -> Vec<(String, String)> {
        for f in findings {
            assert_eq!(&text[f.range.clone()], f.found);
        }
        findings
            .iter()
            .map(|f| (f.found.clone(), f.prefer.clone()))
            .collect()
    }
    fn one(text: &str, lang: Lang, found: &str, prefer: &str) {
        let findings = Terms::builtin().find(text, lang);
        assert_eq!(
            pairs(text, &findings),
            [(found.to_string(), prefer.to_string())],
            "in {text:?}"
        );
        let at = text.find(found).unwrap_or(usize::MAX);
        assert_eq!(findings[0].range, at..at + found.len(), "in {text:?}");
    }

    #[test]
    fn builtin_list_parses() {
        let t = Terms::builtin();
        assert!((12..=25).contains(&t.entries(Lang::Fr).len()));
        assert!((10..=20).contains(&t.entries(Lang::En).len()));
    }

    #[test]
    fn texts_found_clean_are_remembered_and_findings_never_are() {
        let terms = Terms::builtin();
        let bad = "Ce site utilise des cookies pour mesurer l’audience.";
        let clean = "Ce site utilise des témoins pour mesurer l’audience.";
        for _ in 0..3 {
            assert_eq!(terms.find(bad, Lang::Fr).len(), 1);
            assert!(terms.find(clean, Lang::Fr).is_empty());
        }
        let remembered = |lang: Lang, text: &str| {
            terms.clean[lang as usize]
                .lock()
                .map(|c| c.texts.contains(text))
                .unwrap_or(false)
        };
        assert!(remembered(Lang::Fr, clean));
        assert!(!remembered(Lang::Fr, bad));
        // Per language: clean in French says nothing of English.
        assert!(!remembered(Lang::En, clean));
        // A copy starts with nothing remembered.
        assert!(!terms.clone().clean[1]
            .lock()
            .map(|c| c.texts.contains(clean))
            .unwrap_or(true));
    }

    #[test]
    fn each_french_entry() {
        let cases = [
            (
                "Ce site utilise des cookies pour mesurer l’audience.",
                "cookies",
                "témoins",
            ),
            (
                "Écrivez-nous par e-mail à l’adresse ci-dessous.",
                "e-mail",
                "courriel",
            ),
            ("Vous recevrez un mail de confirmation.", "mail", "courriel"),
            (
                "Indiquez votre adresse e-mail et votre nom.",
                "adresse e-mail",
                "adresse courriel",
            ),
            (
                "Nous protégeons vos informations personnelles.",
                "informations personnelles",
                "renseignements personnels",
            ),
            ("Ce fichier porte le numéro PSU 939.", "PSU", "POU"),
            ("Ne donnez jamais votre SIN par téléphone.", "SIN", "NAS"),
            ("Consultez notre site web en tout temps.", "web", "Web"),
            ("Réglez votre navigateur web ainsi.", "web", "Web"),
            (
                "Votre browser conserve l’historique.",
                "browser",
                "navigateur",
            ),
            (
                "Entrez votre login puis validez.",
                "login",
                "nom d’utilisateur",
            ),
            (
                "Choisissez un password robuste.",
                "password",
                "mot de passe",
            ),
            (
                "Abonnez-vous à notre newsletter mensuelle.",
                "newsletter",
                "infolettre",
            ),
            ("Nous ne faisons jamais de spam.", "spam", "pourriel"),
            (
                "Aucun pop-up ne s’ouvrira.",
                "pop-up",
                "fenêtre contextuelle",
            ),
            (
                "Depuis votre smartphone ou votre tablette.",
                "smartphone",
                "téléphone intelligent",
            ),
            (
                "La transformation digitale de l’État.",
                "digitale",
                "numérique",
            ),
            (
                "Aucun outil de tracking n’est utilisé.",
                "tracking",
                "suivi",
            ),
            (
                "Des hackers ont tenté d’y accéder.",
                "hackers",
                "pirates informatiques",
            ),
            (
                "Un spyware peut lire vos frappes.",
                "spyware",
                "logiciel espion",
            ),
        ];
        for (text, found, prefer) in cases {
            one(text, Lang::Fr, found, prefer);
        }
        // Every entry has a case above.
        let prefers: Vec<&str> = cases.iter().map(|c| c.2).collect();
        for e in Terms::builtin().entries(Lang::Fr) {
            assert!(
                e.forms
                    .iter()
                    .any(|f| prefers.contains(&f.prefer.as_deref().unwrap_or(&e.prefer))),
                "no test for `{}`",
                e.avoid
            );
        }
    }

    #[test]
    fn each_english_entry() {
        let cases = [
            ("Contact the service center near you.", "center", "centre"),
            (
                "We do not track your browsing behavior.",
                "behavior",
                "behaviour",
            ),
            (
                "Behavioral advertising is not used.",
                "Behavioral",
                "behavioural",
            ),
            ("Enter your driver's license number.", "license", "licence"),
            (
                "The content is published under the license below.",
                "license",
                "licence",
            ),
            (
                "The site's color scheme follows the theme.",
                "color",
                "colour",
            ),
            ("We honor requests for correction.", "honor", "honour"),
            (
                "Save the page to your favorites.",
                "favorites",
                "favourites",
            ),
            ("See the open data catalog.", "catalog", "catalogue"),
            ("National defense and security.", "defense", "defence"),
            (
                "It is an offense to misuse this information.",
                "offense",
                "offence",
            ),
            ("The labor market survey.", "labor", "labour"),
            (
                "Your neighborhood library.",
                "neighborhood",
                "neighbourhood",
            ),
            (
                "Program enrollment requires your name.",
                "enrollment",
                "enrolment",
            ),
            ("Information for travelers.", "travelers", "travellers"),
            ("Your account will be canceled.", "canceled", "cancelled"),
            ("Speak to a counselor.", "counselor", "counsellor"),
            ("Each field is labeled clearly.", "labeled", "labelled"),
        ];
        for (text, found, prefer) in cases {
            one(text, Lang::En, found, prefer);
        }
    }

    #[test]
    fn license_verb_is_fine() {
        assert!(en("We license our software to partners; licensed data.").is_empty());
        assert!(en("Organizations in our program analyze data.").is_empty());
    }

    #[test]
    fn no_false_positives() {
        assert!(fr("Un témoin de connexion est un petit fichier.").is_empty());
        assert!(fr("Écrivez-nous par courriel à notre adresse courriel.").is_empty());
        assert!(fr("Nous utilisons Google Analytics et cookiecutter.").is_empty());
        assert!(fr("Les cookiesà et écookies ne sont pas des mots.").is_empty());
        assert!(fr("Le site Web et le navigateur Web.").is_empty());
        assert!(fr("Vos empreintes digitales ne sont pas recueillies.").is_empty());
        assert!(en("Visit the service centre.").is_empty());
        assert!(en("See the Google Chrome Help Center for details.").is_empty());
        assert!(en("The U.S. Department of Defense.").is_empty());
        // PSU matches with its case only.
        assert!(fr("psu").is_empty());
    }

    #[test]
    fn mentions_are_not_uses() {
        assert!(fr("Les témoins (cookies) sont des fichiers.").is_empty());
        assert!(fr("Les témoins (« cookies ») sont des fichiers.").is_empty());
        assert!(fr("On dit « cookie » en anglais.").is_empty());
        assert!(fr("Des témoins, en anglais *cookies*, sont utilisés.").is_empty());
        assert!(fr("La page \"Cookie Policy\" de Google.").is_empty());
        assert!(fr("Voir https://policies.google.com/technologies/cookies?hl=fr.").is_empty());
        assert!(fr("Voir [les témoins](https://exemple.ca/cookies).").is_empty());
        assert!(fr("Écrivez à email@exemple.ca.").is_empty());
        assert!(fr("Le nom du témoin est `cookie_consent`.").is_empty());
        // But not every parenthesis is a gloss.
        assert_eq!(fr("Les témoins (et les cookies) sont utilisés.").len(), 1);
        assert_eq!(fr("Voir [les cookies](https://exemple.ca/x).").len(), 1);
    }

    #[test]
    fn case_and_accents() {
        let text = "Écrivez-nous : COOKIES, Cookies et e‑mails à l’Évêché.";
        let found = pairs(text, &fr(text));
        assert_eq!(
            found,
            [
                ("COOKIES".into(), "témoins".into()),
                ("Cookies".into(), "témoins".into()),
                ("e‑mails".into(), "courriels".into()),
            ]
        );
        // Byte ranges stay right after multi-byte characters.
        let text = "Évêché éé cookie";
        let f = fr(text);
        assert_eq!(f[0].range, text.len() - 6..text.len());
    }

    #[test]
    fn longest_form_wins() {
        let text = "votre adresse\u{a0}e-mail";
        assert_eq!(
            pairs(text, &fr(text)),
            [("adresse\u{a0}e-mail".into(), "adresse courriel".into())]
        );
    }

    #[test]
    fn parse_errors_name_the_entry() {
        let e = Terms::parse("fr:\n  - avoid: x\n").unwrap_err().to_string();
        assert!(e.starts_with("fr[0].prefer"), "{e}");
        let e = Terms::parse("fr:\n  - avoid: x\n    prefer: y\n    colour: z\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown key `colour`"), "{e}");
        let e = Terms::parse("en:\n  - avoid: a\n    prefer: b\n    forms: [\"[a\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("en[0].forms"), "{e}");
        let e = Terms::parse("de: []").unwrap_err().to_string();
        assert!(e.contains("`de`"), "{e}");
        let e = Terms::parse("en:\n  - {avoid: a, prefer: b}\n  - {avoid: A, prefer: c}\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("already listed"), "{e}");
        assert!(Terms::parse("").is_ok());
        assert!(Terms::parse("fr: [").is_err());
        // Worded as the catalogs say, with the place apart from the words.
        let e = Terms::parse("fr:\n  - avoid: x\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "fr[0].prefer: required (to turn a built-in entry off, write `disabled: true`)"
        );
        assert_eq!(
            (e.list, e.key.as_deref(), e.is_key),
            (Some((Lang::Fr, Some(0))), Some("prefer"), false)
        );
        let e =
            Terms::parse("en:\n  - avoid: a\n    prefer: b\n    forms: [\"[a\"]\n").unwrap_err();
        assert_eq!(e.to_string(), "en[0].forms: `[a`: unbalanced `[`");
        let fr = e.message().in_lang(Lang::Fr);
        assert!(fr.starts_with("en[0].forms\u{a0}: `[a`\u{a0}: "), "{fr}");
        assert_ne!(fr, e.to_string());
        let e = Terms::parse("fr:\n  - {avoid: x, prefer: y, colour: z}\n").unwrap_err();
        assert_eq!(
            (e.place().as_str(), e.key.as_deref(), e.is_key),
            ("fr[0]", Some("colour"), true)
        );
    }

    #[test]
    fn every_note_of_the_builtin_list_has_a_message_worded_as_the_list_writes_it() {
        let t = Terms::builtin();
        let mut notes = 0;
        for lang in Lang::ALL {
            for e in t.entries(lang) {
                let Some(note) = &e.note else { continue };
                notes += 1;
                let Some(id) = e.note_id else {
                    panic!("no message for the note of `{}`", e.avoid)
                };
                assert_eq!(&crate::tool_text::text_in(Lang::En, id, &[]), note, "{id}");
                // Some notes are French words only (« numéro d’assurance
                // sociale (NAS). »): the French message may be the same.
                assert!(crate::tool_text::has(Lang::Fr, id), "{id}");
            }
        }
        assert_eq!(notes, BUILTIN_NOTES.len(), "a message no note uses");
    }

    #[test]
    fn merging() {
        let site = Terms::parse(
            "fr:\n  - avoid: cookie\n    disabled: true\n  - avoid: Spam\n    prefer: courriel indésirable\n  - avoid: clic\n    prefer: clic de souris\nen:\n  - avoid: color\n    disabled: true\n",
        )
        .unwrap_or_default();
        let t = Terms::merged(Terms::builtin(), site);
        assert!(t.find("des cookies", Lang::Fr).is_empty());
        assert_eq!(
            t.find("du spam", Lang::Fr)[0].prefer,
            "courriel indésirable"
        );
        assert_eq!(t.find("un clic", Lang::Fr).len(), 1);
        assert!(t.find("the color", Lang::En).is_empty());
        assert_eq!(t.find("the center", Lang::En).len(), 1);
        let n = Terms::builtin().entries(Lang::Fr).len();
        assert_eq!(t.entries(Lang::Fr).len(), n);
        // A site that copies the built-in list keeps the notes' messages; one
        // that writes its own note has it shown as written.
        let copied = Terms::merged(
            Terms::builtin(),
            Terms::parse(BUILTIN_YAML).unwrap_or_default(),
        );
        let note = |t: &Terms, text: &str| t.find(text, Lang::Fr)[0].note_id;
        assert_eq!(
            note(&copied, "des cookies"),
            Some("lint-term-note-fr-cookie")
        );
        let own = Terms::merged(
            Terms::builtin(),
            Terms::parse("fr:\n  - {avoid: cookie, prefer: témoin, note: Notre usage.}\n")
                .unwrap_or_default(),
        );
        assert_eq!(note(&own, "un cookie"), None);
    }

    #[test]
    fn diagnostic() {
        let f = &fr("des cookies")[0];
        let d = f.diagnostic(Lang::Fr);
        assert_eq!(d.code, "terminology");
        assert!(
            d.message.to_string().contains("`cookies`")
                && d.message.to_string().contains("`témoins`")
        );
        assert!(d.hint.is_some_and(|h| h.to_string().contains("OQLF")));
    }
}
