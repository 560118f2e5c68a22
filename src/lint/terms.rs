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
}

impl Finding {
    /// A `terminology` warning for this finding in a text in `lang`, not yet
    /// located (the caller knows where the text comes from).
    pub fn diagnostic(&self, lang: Lang) -> Diagnostic {
        let language = match lang {
            Lang::En => "English",
            Lang::Fr => "French",
        };
        let d = Diagnostic::warning(
            "terminology",
            format!(
                "`{}` is to be avoided in {language}: write `{}`",
                self.found, self.prefer
            ),
        );
        match &self.note {
            Some(note) => d.with_hint(note.clone()),
            None => d,
        }
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
        Terms::parse(BUILTIN_YAML).unwrap_or_else(|e| panic!("locales/terms.yaml: {e}"))
    }

    /// Reads a list in the format of `locales/terms.yaml`. An empty text is
    /// an empty list. Errors name the entry: `fr[3].forms: …`.
    pub fn parse(yaml_text: &str) -> Result<Terms, String> {
        let root: Value = serde_yaml::from_str(yaml_text).map_err(|e| e.to_string())?;
        let mut terms = Terms::default();
        let map = match root {
            Value::Null => return Ok(terms),
            Value::Mapping(m) => m,
            _ => return Err("expected a mapping with the keys `en` and `fr`".into()),
        };
        for (k, v) in map {
            let lang = match k.as_str() {
                Some("en") => Lang::En,
                Some("fr") => Lang::Fr,
                _ => {
                    return Err(format!(
                        "unknown key `{}`: expected `en` or `fr`",
                        scalar(&k)
                    ))
                }
            };
            let entries = match v {
                Value::Null => Vec::new(),
                Value::Sequence(seq) => seq
                    .iter()
                    .enumerate()
                    .map(|(i, e)| parse_entry(e).map_err(|m| format!("{}[{i}]{m}", lang.code())))
                    .collect::<Result<Vec<_>, _>>()?,
                _ => return Err(format!("{}: expected a list of entries", lang.code())),
            };
            for (i, e) in entries.iter().enumerate() {
                if let Some(j) = entries[..i].iter().position(|o| same_term(o, e)) {
                    return Err(format!(
                        "{}[{i}]: `{}` is already listed at {}[{j}]",
                        lang.code(),
                        e.avoid,
                        lang.code()
                    ));
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
                    (Some(i), false) => entries[i] = e.clone(),
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

/// Reads one entry; errors start with the key (`.forms: …`) or `: `.
fn parse_entry(v: &Value) -> Result<Entry, String> {
    let Value::Mapping(m) = v else {
        return Err(": expected a mapping with `avoid` and `prefer`".into());
    };
    for k in m.keys() {
        if !k.as_str().is_some_and(|k| ENTRY_KEYS.contains(&k)) {
            return Err(format!(
                ": unknown key `{}` (expected one of {})",
                scalar(k),
                ENTRY_KEYS.join(", ")
            ));
        }
    }
    let avoid = string(m, "avoid")?
        .filter(|s| !s.trim().is_empty())
        .ok_or(".avoid: required, a word or phrase")?;
    let disabled = boolean(m, "disabled")?;
    let prefer = match string(m, "prefer")? {
        Some(p) => p,
        None if disabled => String::new(),
        None => {
            return Err(
                ".prefer: required (to turn a built-in entry off, write `disabled: true`)".into(),
            )
        }
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
                _ => Err(".forms: expected text".to_string()),
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
                _ => Err(".forms: expected `form: preferred form`".to_string()),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => {
            return Err(
                ".forms: expected a list of forms or a map from form to preferred form".into(),
            )
        }
    };
    if forms.is_empty() {
        return Err(".forms: empty".into());
    }
    let except = match m.get("except") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Sequence(seq)) => seq
            .iter()
            .map(|s| {
                s.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| ".except: expected a list of phrases".to_string())
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => return Err(".except: expected a list of phrases".into()),
    };
    let entry = Entry {
        avoid,
        prefer,
        forms,
        note: string(m, "note")?,
        except,
        match_case: boolean(m, "match_case")?,
        disabled,
    };
    for f in &entry.forms {
        compile(&f.text, entry.match_case, true)
            .map_err(|e| format!(".forms: `{}`: {e}", f.text))?;
    }
    for x in &entry.except {
        compile(x, false, false).map_err(|e| format!(".except: `{x}`: {e}"))?;
    }
    Ok(entry)
}

fn string(m: &Mapping, key: &str) -> Result<Option<String>, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(_) => Err(format!(".{key}: expected text")),
    }
}

fn boolean(m: &Mapping, key: &str) -> Result<bool, String> {
    match m.get(key) {
        None | Some(Value::Null) => Ok(false),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(format!(".{key}: expected true or false")),
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
/// `except` phrase.
fn compile(
    text: &str,
    match_case: bool,
    brackets: bool,
) -> Result<(Vec<Tok>, Range<usize>), String> {
    let mut toks = Vec::new();
    let (mut open, mut close) = (None, None);
    for c in text.trim().chars() {
        match c {
            '[' | ']' if !brackets => return Err("`[` and `]` are not allowed here".into()),
            '[' => {
                if open.is_some() {
                    return Err("only one part can be in brackets".into());
                }
                open = Some(toks.len());
            }
            ']' => {
                if open.is_none() || close.is_some() {
                    return Err("unbalanced `]`".into());
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
        _ => return Err("unbalanced `[`".into()),
    };
    let is_char = |t: Option<&Tok>| matches!(t, Some(Tok::Char { .. }));
    if !is_char(toks.first()) || !is_char(toks.last()) {
        return Err("must start and end with a letter or digit".into());
    }
    if flag.is_empty()
        || !is_char(toks.get(flag.start))
        || !is_char(flag.end.checked_sub(1).and_then(|i| toks.get(i)))
    {
        return Err("the part in brackets must start and end with a letter or digit".into());
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
        let e = Terms::parse("fr:\n  - avoid: x\n").unwrap_err();
        assert!(e.starts_with("fr[0].prefer"), "{e}");
        let e = Terms::parse("fr:\n  - avoid: x\n    prefer: y\n    colour: z\n").unwrap_err();
        assert!(e.contains("unknown key `colour`"), "{e}");
        let e =
            Terms::parse("en:\n  - avoid: a\n    prefer: b\n    forms: [\"[a\"]\n").unwrap_err();
        assert!(e.starts_with("en[0].forms"), "{e}");
        let e = Terms::parse("de: []").unwrap_err();
        assert!(e.contains("`de`"), "{e}");
        let e = Terms::parse("en:\n  - {avoid: a, prefer: b}\n  - {avoid: A, prefer: c}\n")
            .unwrap_err();
        assert!(e.contains("already listed"), "{e}");
        assert!(Terms::parse("").is_ok());
        assert!(Terms::parse("fr: [").is_err());
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
