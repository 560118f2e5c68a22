//! Stage 3, validate: read resolved YAML into the typed model and check
//! what types alone cannot (empty texts, duplicate slugs, section
//! references).
//!
//! serde does the reading; `serde_path_to_error` tells which path failed, and
//! the span index of the file that wrote that path turns it into a file, line
//! and column. Each top-level key is read on its own, so one mistake does not
//! hide the others.
//!
//! Every diagnostic is a message of `tool-locales/<lang>/diagnostics-validate.ftl`
//! (ids `validate-…`), worded where it is shown. serde says what failed
//! only in English sentences ("unknown field `x`, expected one of …"): those
//! are read back into their parts (the key, the expected keys, the types)
//! and only the parts reach the messages. Where this module knows the
//! structure itself (the top-level keys it reads one by one), it makes the
//! same diagnostics from it directly (`unknown_key`, `missing_key`).

use crate::diagnostic::{Diagnostic, Diagnostics, Text};
use crate::load::{PathSeg, Visit, YamlDoc, YamlPath};
use crate::model::{Bilingual, DocKind, Lang, Policy, SiteConfig};
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::source::{FileId, Span};
use crate::suggest::closest;
use crate::tool_text::Message;
use serde::de::DeserializeOwned;
use serde_yaml::Value;
use std::collections::HashMap;

/// A problem found while reading a value, before it is located.
struct ReadError {
    path: YamlPath,
    code: &'static str,
    message: Text,
    hint: Option<Text>,
    target: Target,
    /// For a missing key: its name (`path` is the group lacking it).
    missing: Option<String>,
    /// For an unknown key: the key it is likely a typo of.
    suggested: Option<String>,
}

impl ReadError {
    /// A problem of the value at `path`, with its message and hint.
    fn value(path: YamlPath, code: &'static str, message: Message, hint: Message) -> ReadError {
        ReadError {
            path,
            code,
            message: message.into(),
            hint: Some(hint.into()),
            target: Target::Value,
            missing: None,
            suggested: None,
        }
    }
}

fn path_from_serde(base: &YamlPath, path: &serde_path_to_error::Path) -> YamlPath {
    let mut p = base.clone();
    for seg in path.iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => p.0.push(PathSeg::Index(*index)),
            serde_path_to_error::Segment::Map { key } => p.0.push(PathSeg::Key(key.clone())),
            _ => {}
        }
    }
    p
}

/// Extracts the back-quoted words of a serde message (`a`, `b`, …).
fn quoted(msg: &str) -> Vec<&str> {
    msg.split('`').skip(1).step_by(2).collect()
}

/// The key `key` written where `path` does not read it (`path` is its
/// group, or the key itself), `expected` the keys that are read there: a
/// key that moved (`moved-key`), else `unknown-key` with the key likely
/// meant.
fn unknown_key(path: YamlPath, key: &str, expected: &[&str]) -> ReadError {
    let suggested = closest(key, expected);
    let hint = match suggested {
        Some(s) => msg!("validate-did-you-mean", suggestion = s.to_string()),
        None if expected.is_empty() => msg!("validate-remove-key"),
        None => msg!("validate-valid-keys", keys = expected.join(", ")),
    };
    // Some readers record the unknown key in the path, others stop at
    // its parent.
    let (parent, path) = if path.last_key() == Some(key) {
        (path.parent(), path)
    } else {
        (path.clone(), path.key(key))
    };
    if let Some(m) = crate::model::migrate::moved(&path.to_string()) {
        return ReadError {
            message: msg!("validate-moved-key", old = m.old, new = m.new).into(),
            path,
            code: "moved-key",
            hint: Some(Message::new(m.hint).into()),
            target: Target::Key,
            missing: None,
            suggested: None,
        };
    }
    let message = if parent.is_root() {
        msg!("validate-unknown-key", key = key.to_string())
    } else {
        msg!(
            "validate-unknown-key-in",
            key = key.to_string(),
            parent = parent.to_string()
        )
    };
    ReadError {
        path,
        code: "unknown-key",
        message: message.into(),
        hint: Some(hint.into()),
        target: Target::Key,
        missing: None,
        suggested: suggested.map(str::to_string),
    }
}

/// The group at `path` lacks the required key `key`: `missing-key`, or
/// `missing-translation` for a text lacking one language.
fn missing_key(path: YamlPath, key: &str) -> ReadError {
    if key == "en" || key == "fr" {
        let other = if key == "en" { "fr" } else { "en" };
        return ReadError {
            message: msg!(
                "validate-missing-translation",
                path = path.to_string(),
                lang = key.to_string()
            )
            .into(),
            hint: Some(
                msg!(
                    "validate-missing-translation-hint",
                    key = key.to_string(),
                    other = other
                )
                .into(),
            ),
            path,
            code: "missing-translation",
            target: Target::Key,
            missing: Some(key.to_string()),
            suggested: None,
        };
    }
    let message = if path.is_root() {
        msg!("validate-document-missing-key", key = key.to_string())
    } else {
        msg!(
            "validate-missing-key",
            path = path.to_string(),
            key = key.to_string()
        )
    };
    ReadError {
        message: message.into(),
        hint: Some(msg!("validate-missing-key-hint", key = key.to_string()).into()),
        path,
        code: "missing-key",
        target: Target::Key,
        missing: Some(key.to_string()),
        suggested: None,
    }
}

/// Turns serde's message into an author-facing diagnostic.
fn explain(path: YamlPath, raw: &str) -> ReadError {
    // A value type's own error (src/model/: a date, an address…), worded by
    // the model's messages (carried across serde as `model::ValueError`).
    if let Some(e) = crate::model::ValueError::decode(raw) {
        let hint = e
            .hint
            .unwrap_or_else(|| msg!("validate-invalid-value-hint"));
        return ReadError::value(path, "invalid-value", e.message, hint);
    }
    // serde_yaml sometimes appends a position that is meaningless after merging.
    let msg = raw.split(" at line ").next().unwrap_or(raw).trim();
    if let Some(rest) = msg.strip_prefix("unknown field ") {
        let words = quoted(rest);
        let key = words.first().copied().unwrap_or("");
        return unknown_key(path, key, words.get(1..).unwrap_or_default());
    }
    if let Some(rest) = msg.strip_prefix("unknown variant ") {
        let words = quoted(rest);
        let value = words.first().copied().unwrap_or("");
        let expected: Vec<&str> = words.iter().skip(1).copied().collect();
        let values = expected.join(", ");
        let hint = match closest(value, &expected) {
            Some(s) => msg!(
                "validate-did-you-mean-value",
                suggestion = s.to_string(),
                values = values
            ),
            None => msg!("validate-valid-values", values = values),
        };
        let message = msg!(
            "validate-unknown-value",
            value = value.to_string(),
            path = path.to_string()
        );
        return ReadError::value(path, "unknown-value", message, hint);
    }
    if let Some(rest) = msg.strip_prefix("missing field ") {
        let key = quoted(rest).first().copied().unwrap_or("").to_string();
        return missing_key(path, &key);
    }
    if let Some(rest) = msg.strip_prefix("invalid type: ") {
        let (found, expected) = rest
            .split_once(", expected ")
            .unwrap_or((rest, "another type"));
        if found == "unit value" {
            // `key:` with nothing after it.
            if let Some(lang @ ("en" | "fr")) = path.last_key() {
                let message = msg!(
                    "validate-empty-translation",
                    lang = lang.to_string(),
                    path = path.parent().to_string()
                );
                return ReadError::value(
                    path,
                    "missing-translation",
                    message,
                    msg!("validate-empty-translation-hint"),
                );
            }
            let hint = msg!("validate-no-value-hint", expected = friendly_type(expected));
            let message = msg!("validate-no-value", path = path.to_string());
            return ReadError::value(path, "wrong-type", message, hint);
        }
        let number = found.starts_with("integer") || found.starts_with("floating point");
        let hint = if number && expected.contains("string") {
            let written = found.split('`').nth(1).unwrap_or("…");
            msg!("validate-quote-number-hint", written = written.to_string())
        } else if expected.contains("struct Bilingual") {
            msg!("validate-bilingual-hint")
        } else if expected.contains("sequence") {
            msg!("validate-list-hint")
        } else if expected.contains("boolean") {
            msg!("validate-boolean-hint")
        } else {
            msg!("validate-expected-hint", expected = friendly_type(expected))
        };
        let message = msg!(
            "validate-wrong-type",
            path = path.to_string(),
            expected = friendly_type(expected),
            found = friendly_found(found)
        );
        return ReadError::value(path, "wrong-type", message, hint);
    }
    // serde's own wording ("invalid length 3, expected a tuple", "number
    // out of range as u128"...) names Rust types: say it plainly.
    let internal = [
        "u128",
        "i128",
        "u64",
        "Value::",
        "enum",
        "struct ",
        "tuple",
        "any YAML value",
    ];
    let first_line = msg.split('\n').next().unwrap_or(msg);
    if internal.iter().any(|w| first_line.contains(w)) {
        let message = msg!("validate-unreadable", path = path.to_string());
        return ReadError::value(
            path,
            "invalid-value",
            message,
            msg!("validate-unreadable-hint"),
        );
    }
    // Another custom message (the value types' are decoded above): the
    // sentence, then the hint on a line of its own where it gives one,
    // passed on as they are (serde carries them as text).
    let (message, hint) = match msg.split_once('\n') {
        Some((m, h)) => (m, Some(Text::Verbatim(h.to_string()))),
        None => (msg, None),
    };
    ReadError {
        path,
        code: "invalid-value",
        message: Text::Verbatim(message.to_string()),
        hint: Some(hint.unwrap_or_else(|| msg!("validate-invalid-value-hint").into())),
        target: Target::Value,
        missing: None,
        suggested: None,
    }
}

/// What serde expected, in the author's words (never a Rust type): the
/// message `validate-type`.
fn friendly_type(serde_expected: &str) -> Message {
    let e = serde_expected;
    let key = if e.contains("struct Bilingual") {
        "bilingual"
    } else if e.starts_with("struct ") || e.starts_with("a map") || e == "map" {
        "group"
    } else if e.contains("sequence") {
        "list"
    } else if e.contains("string") || e.contains("char") {
        "text"
    } else if e.contains("boolean") {
        "boolean"
    } else if matches!(
        e.trim_start_matches("a "),
        "u8" | "u16"
            | "u32"
            | "u64"
            | "u128"
            | "usize"
            | "i8"
            | "i16"
            | "i32"
            | "i64"
            | "i128"
            | "isize"
    ) {
        "whole-number"
    } else if e.contains("f32") || e.contains("f64") || e.contains("float") {
        "number"
    } else if e.starts_with("a value, or one per language") {
        // `Localized`'s own `expecting` (src/model/values.rs).
        "localized"
    } else {
        // An enum, a variant identifier, `any YAML value`...: no Rust
        // spelling reaches the author.
        "other"
    };
    msg!("validate-type", type = key)
}

/// What serde found, in the author's words: the message `validate-found`.
fn friendly_found(found: &str) -> Message {
    let value = found.split('`').nth(1);
    let (key, value) = match found.split(' ').next().unwrap_or(found) {
        "sequence" => ("list", None),
        "map" => ("group", None),
        "integer" | "floating" => ("number", Some(value.unwrap_or("…"))),
        "boolean" => ("boolean", Some(value.unwrap_or("true"))),
        "string" | "char" => ("text", Some(value.unwrap_or("…"))),
        "unit" => ("nothing", None),
        // `enum` is a tagged value (`!x value`), refused when read.
        "enum" | "newtype" => ("tagged", None),
        _ => ("other", None),
    };
    msg!(
        "validate-found",
        found = key,
        value = value.unwrap_or("").to_string()
    )
}

/// Reads `value` (found at `base`) into `T`, or says why not.
fn read_at<T: DeserializeOwned>(value: &Value, base: &YamlPath) -> Result<T, ReadError> {
    // Read through a reference: the value is not copied for each read.
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = path_from_serde(base, e.path());
        explain(path, &e.inner().to_string())
    })
}

/// At most this many problems are reported for one value read.
const MAX_READ_ERRORS: usize = 64;

/// Every problem of reading `value` (found at `base`) as `T`: serde stops
/// at the first, so each is taken out of a copy of the value (the key, item
/// or group at fault) and the copy read again, until it reads or only the
/// consequences of what was taken out remain (a required key now missing:
/// then the group lacking it is taken out in turn). Paths are reported as
/// in `value`, whatever items were taken out of lists before them.
fn read_errors<T: DeserializeOwned>(value: &Value, base: &YamlPath) -> Vec<ReadError> {
    // Original indices taken out of each list (the list's original path).
    let mut removed: HashMap<YamlPath, Vec<usize>> = HashMap::new();
    // The first problem of `copy`: explained at its path in `value`, and
    // its path in `copy`.
    let attempt = |copy: &Value, removed: &HashMap<YamlPath, Vec<usize>>| {
        serde_path_to_error::deserialize::<_, T>(copy)
            .err()
            .map(|e| {
                let current = path_from_serde(base, e.path());
                let original = original_path(&current, base, removed);
                (explain(original, &e.inner().to_string()), current)
            })
    };
    let Some(first) = attempt(value, &removed) else {
        return Vec::new();
    };
    let mut copy = value.clone();
    // What was taken out, and the keys a reported typo stands for, as
    // original paths.
    let mut taken: Vec<YamlPath> = Vec::new();
    let mut meant: Vec<YamlPath> = Vec::new();
    let mut out: Vec<ReadError> = Vec::new();
    let mut next = Some(first);
    while let Some((e, current)) = next.take() {
        if out.len() >= MAX_READ_ERRORS {
            break;
        }
        let orig_path = e.path.clone();
        // A key missing because it was taken out, or written with a typo
        // already reported (`titel` for `title`), is not reported again.
        let consequence = e.missing.as_ref().is_some_and(|m| {
            let lacking = orig_path.key(m);
            taken.iter().any(|t| t.0.starts_with(&lacking.0)) || meant.contains(&lacking)
        });
        if let Some(s) = &e.suggested {
            meant.push(orig_path.parent().key(s));
        }
        if !consequence {
            out.push(e);
        }
        // Take out the node at fault (for a missing key, the group lacking
        // it), unless it is the value itself.
        if current.0.len() <= base.0.len() {
            break;
        }
        let Some(was_item) = take_at(&mut copy, &current.0[base.0.len()..]) else {
            break;
        };
        if let (true, Some(PathSeg::Index(i))) = (was_item, orig_path.0.last()) {
            let entry = removed.entry(orig_path.parent()).or_default();
            entry.push(*i);
            entry.sort_unstable();
        }
        taken.push(orig_path);
        next = attempt(&copy, &removed);
    }
    out
}

/// Takes the node at `rel` out of `value`; `Some(true)` when it was a list
/// item, `Some(false)` a mapping entry, `None` when there is none.
fn take_at(value: &mut Value, rel: &[PathSeg]) -> Option<bool> {
    let (last, init) = rel.split_last()?;
    let mut cur = value;
    for seg in init {
        cur = match (seg, cur) {
            (PathSeg::Key(k), Value::Mapping(m)) => m.get_mut(k.as_str())?,
            (PathSeg::Index(i), Value::Sequence(s)) => s.get_mut(*i)?,
            _ => return None,
        };
    }
    match (last, cur) {
        (PathSeg::Key(k), Value::Mapping(m)) => m.remove(k.as_str()).map(|_| false),
        (PathSeg::Index(i), Value::Sequence(s)) if *i < s.len() => {
            s.remove(*i);
            Some(true)
        }
        _ => None,
    }
}

/// `path` in a copy with list items taken out, as the same node's path in
/// the original value.
fn original_path(
    path: &YamlPath,
    base: &YamlPath,
    removed: &HashMap<YamlPath, Vec<usize>>,
) -> YamlPath {
    if removed.is_empty() {
        return path.clone();
    }
    let mut orig = base.clone();
    for seg in &path.0[base.0.len().min(path.0.len())..] {
        orig = match seg {
            PathSeg::Key(k) => orig.key(k),
            PathSeg::Index(i) => {
                let gone = removed.get(&orig).map_or(&[][..], Vec::as_slice);
                // The i-th index (from 0) not taken out.
                let mut n = *i;
                let mut j = 0;
                loop {
                    if !gone.contains(&j) {
                        if n == 0 {
                            break;
                        }
                        n -= 1;
                    }
                    j += 1;
                }
                orig.index(j)
            }
        };
    }
    orig
}

/// At most this many problems are reported for one document read; the rest
/// are counted in one last diagnostic (200,000 unknown keys would otherwise
/// hold 200,000 diagnostics, each with its hint, in memory). The unit tests
/// read whole `new --full` documents, whose placeholders outnumber it, and
/// must see every one; the cap itself is tested through the command line
/// (tests/input_hardening.rs).
const MAX_DOC_DIAGNOSTICS: usize = if cfg!(test) { 1_000 } else { 100 };

/// Reads a value, turning failures into located diagnostics.
pub struct Reader<'a> {
    locate: &'a dyn Fn(&YamlPath, Target) -> (FileId, Span),
    /// Diagnostics found so far.
    pub diags: Diagnostics,
    /// Problems found beyond [`MAX_DOC_DIAGNOSTICS`], and the file of the
    /// first of them.
    more: usize,
    more_file: Option<FileId>,
    /// Problems reported in full.
    reported: usize,
}

impl<'a> Reader<'a> {
    /// A reader locating problems with `locate`.
    pub fn new(locate: &'a dyn Fn(&YamlPath, Target) -> (FileId, Span)) -> Self {
        Reader {
            locate,
            diags: Diagnostics::new(),
            more: 0,
            more_file: None,
            reported: 0,
        }
    }

    /// Whether a problem is still to be reported in full (counted if not).
    fn room(&mut self, path: &YamlPath, target: Target) -> bool {
        if self.reported < MAX_DOC_DIAGNOSTICS {
            self.reported += 1;
            return true;
        }
        if self.more_file.is_none() {
            self.more_file = Some((self.locate)(path, target).0);
        }
        self.more += 1;
        false
    }

    /// The diagnostics, with the count of those not listed.
    pub fn finish(mut self) -> Diagnostics {
        if let Some(file) = self.more_file {
            self.diags.push(
                Diagnostic::error(
                    "too-many-problems",
                    msg!("validate-too-many-problems", n = self.more),
                )
                .at(file, Span::START)
                .with_hint(msg!("validate-too-many-problems-hint")),
            );
        }
        self.diags
    }

    fn report(&mut self, e: ReadError) {
        if !self.room(&e.path, e.target) {
            return;
        }
        let (file, span) = (self.locate)(&e.path, e.target);
        let mut d = Diagnostic::error(e.code, e.message).at(file, span);
        if !e.path.is_root() {
            d = d.with_key(e.path.to_string());
        }
        if let Some(h) = e.hint {
            d = d.with_hint(h);
        }
        self.diags.push(d);
    }

    /// Reports a diagnostic at `path`.
    pub fn report_at(&mut self, path: &YamlPath, target: Target, d: Diagnostic) {
        if !self.room(path, target) {
            return;
        }
        let (file, span) = (self.locate)(path, target);
        let d = if path.is_root() {
            d
        } else {
            d.with_key(path.to_string())
        };
        self.diags.push(d.at(file, span));
    }

    /// Reads a whole value, reporting every problem it has.
    pub fn read<T: DeserializeOwned>(&mut self, value: &Value, path: &YamlPath) -> Option<T> {
        match read_at(value, path) {
            Ok(v) => Some(v),
            Err(_) => {
                for e in read_errors::<T>(value, path) {
                    self.report(e);
                }
                None
            }
        }
    }

    /// Reads a mapping key by key so each top-level mistake is reported:
    /// `fields` lists every key with a checker for its type and whether it
    /// is required. Returns whether every key read cleanly.
    fn read_fields(&mut self, value: &Value, doc: &DocFields) -> bool {
        let fields = doc.fields;
        let root = YamlPath::root();
        let Some(map) = value.as_mapping() else {
            let what = if value.is_null() {
                "empty"
            } else {
                "not-mapping"
            };
            self.report_at(
                &root,
                Target::Value,
                Diagnostic::error("wrong-type", msg!("validate-document-shape", what = what))
                    .with_hint(Message::new(doc.shape_hint)),
            );
            return false;
        };
        let before = self.diags.error_count();
        let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
        // Keys an unknown key is likely a typo of: not reported missing too.
        let mut meant: Vec<String> = Vec::new();
        for (k, v) in map {
            let Some(key) = k.as_str() else {
                self.report_at(
                    &root,
                    Target::Key,
                    Diagnostic::error("wrong-type", msg!("validate-key-not-a-word")),
                );
                continue;
            };
            match fields.iter().find(|f| f.name == key) {
                Some(f) => {
                    for e in (f.check)(v, &root.key(key)) {
                        self.report(e);
                    }
                }
                None => {
                    // Counted without being worded once the list is full.
                    if self.reported >= MAX_DOC_DIAGNOSTICS {
                        self.room(&root.key(key), Target::Key);
                        continue;
                    }
                    let e = unknown_key(root.clone(), key, &names);
                    meant.extend(e.suggested.clone());
                    self.report(e);
                }
            }
        }
        // A required key still written at its old place is reported there
        // (`moved-key`), not as missing too.
        let written_at_old_place = |name: &str| {
            crate::model::migrate::MOVED
                .iter()
                .filter(|m| m.new == name)
                .any(|m| m.old.split('.').try_fold(value, |v, k| v.get(k)).is_some())
        };
        for f in fields.iter().filter(|f| f.required) {
            if !map.contains_key(f.name)
                && !meant.iter().any(|m| m == f.name)
                && !written_at_old_place(f.name)
            {
                let mut e = missing_key(root.clone(), f.name);
                if let Some((message, hint)) = doc.missing {
                    e.message = Message::new(message).arg("key", f.name).into();
                    e.hint = Some(Message::new(hint).arg("key", f.name).into());
                }
                self.report(e);
            }
        }
        self.diags.error_count() == before
    }
}

/// One top-level key of a document: its name, whether it is required, and a
/// function that reads its value into the field's type.
struct FieldSpec {
    name: &'static str,
    required: bool,
    check: fn(&Value, &YamlPath) -> Vec<ReadError>,
}

macro_rules! fields {
    ($( $name:literal : $ty:ty, $req:expr; )*) => {
        &[ $( FieldSpec {
            name: $name,
            required: $req,
            check: |v, p| read_errors::<$ty>(v, p),
        }, )* ]
    };
}

/// Every top-level key of a policy, in the order of [`Policy`]'s fields.
/// A unit test checks this list against the struct.
const POLICY_FIELDS: &[FieldSpec] = {
    use crate::model::*;
    fields! {
        "extends": Option<Ident>, false;
        "kind": PolicyKind, false;
        "jurisdiction": Jurisdiction, true;
        "title": Text, true;
        "slug": Option<Bilingual<Ident>>, false;
        "updated": Option<Date>, false;
        "organization": Organization, true;
        "introduction": Introduction, false;
        "collection": Collection, false;
        "legal": Legal, false;
        "automatic": Automatic, false;
        "cookies": Option<Cookies>, false;
        "tracking": Option<Tracking>, false;
        "services": Vec<Service>, false;
        "voluntary": Voluntary, false;
        "use": Use, false;
        "access": crate::model::vocab::List<Entry<AccessGroup>>, false;
        "recipients": Option<Recipients>, false;
        "transfers": Option<Transfers>, false;
        "retention": Option<RetentionStatement>, false;
        "security": Security, false;
        "rights": Rights, false;
        "complaints": Complaints, false;
        "links": Links, false;
        "privacy_policy": Option<Ident>, false;
        "form": Option<Form>, false;
        "fields": Vec<Field>, false;
        "reply": Option<Reply>, false;
        "refusal": Option<Text>, false;
        "sections": Vec<ExtraSection>, false;
        "prose": std::collections::BTreeMap<Ident, SectionProse>, false;
        "allow": Vec<Allow>, false;
        "history": Vec<HistoryEntry>, false;
    }
};

/// The top-level keys of a kind of document, and how to speak of it.
struct DocFields {
    fields: &'static [FieldSpec],
    /// The hint when the document is not a mapping (a message id).
    shape_hint: &'static str,
    /// For a missing top-level key: the ids of the message and of the
    /// hint, each given the key as `$key`; `None` for the wording of a
    /// policy.
    missing: Option<(&'static str, &'static str)>,
}

const POLICY_DOC: DocFields = DocFields {
    fields: POLICY_FIELDS,
    shape_hint: crate::msg_id!("validate-policy-shape-hint"),
    missing: None,
};

const SITE_DOC: DocFields = DocFields {
    fields: SITE_FIELDS,
    shape_hint: crate::msg_id!("validate-site-shape-hint"),
    missing: Some((
        crate::msg_id!("validate-site-missing-key"),
        crate::msg_id!("validate-site-missing-key-hint"),
    )),
};

/// Every top-level key of `content/site.yaml`, in the order of
/// [`SiteConfig`]'s fields. A unit test checks this list against the struct.
const SITE_FIELDS: &[FieldSpec] = {
    use crate::model::*;
    fields! {
        "base_url": Localized<Url>, true;
        "source_language": Lang, true;
        "languages": Vec<Lang>, false;
        "theme": Ident, false;
        "title": Text, true;
        "typography": crate::model::site::Typography, false;
        "keep": Vec<crate::model::site::KeepPath>, false;
        "branding": crate::model::site::Branding, false;
    }
};

/// Walks every bilingual text of a value and reports empty ones.
/// Reports every empty text of a bilingual pair.
fn check_texts(value: &Value, r: &mut Reader) {
    crate::load::walk(value, &mut |steps, v| match v {
        Value::Mapping(m) if m.len() == 2 && m.contains_key("en") && m.contains_key("fr") => {
            for (k, text) in m {
                let Some(key) = k.as_str() else { continue };
                if text.as_str().is_some_and(|s| s.trim().is_empty()) {
                    let path = YamlPath::from_steps(steps);
                    r.report_at(
                        &path.key(key),
                        Target::Value,
                        Diagnostic::error(
                            "missing-translation",
                            msg!(
                                "validate-empty-translation",
                                lang = key.to_string(),
                                path = path.to_string()
                            ),
                        )
                        .with_hint(msg!("validate-empty-translation-hint")),
                    );
                }
            }
            Visit::Skip
        }
        Value::Tagged(_) => Visit::Skip,
        _ => Visit::Descend,
    });
}

/// How the messages name the kind of a document (`$kind`).
fn kind_key(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Policy => "policy",
        DocKind::Notice => "notice",
    }
}

/// Reads a resolved policy into the model. Returns `None` when any error
/// was found; the diagnostics say where.
pub fn policy(resolved: &Resolved) -> (Option<Policy>, Diagnostics) {
    document(resolved, DocKind::Policy)
}

/// Reads a resolved document of either kind into the model (see
/// [`crate::model::KIND_ONLY`]): a notice does not inherit what a profile
/// says of the website, and neither kind may write the other's keys.
pub fn document(resolved: &Resolved, kind: DocKind) -> (Option<Policy>, Diagnostics) {
    let locate = |p: &YamlPath, t: Target| resolved.locate(p, t);
    let mut r = Reader::new(&locate);
    for (key, only) in crate::model::KIND_ONLY {
        if *only == kind {
            continue;
        }
        if resolved.writes(key) {
            r.report_at(
                &YamlPath::root().key(key),
                Target::Key,
                Diagnostic::error(
                    "key-not-for-kind",
                    // The key is the other kind's (there are two kinds):
                    // the message names both from the file's.
                    msg!(
                        "validate-key-not-for-kind",
                        key = key.to_string(),
                        kind = kind_key(kind)
                    ),
                )
                .with_hint(msg!(
                    "validate-key-not-for-kind-hint",
                    kind = kind_key(kind)
                )),
            );
        }
    }
    let base_value = &resolved.value;
    // Placeholders (`TODO`) are errors; the rest is read around them.
    let (holes, masked) = crate::lint::placeholder::mask(base_value);
    for p in &holes {
        r.report_at(p, Target::Value, crate::lint::placeholder::diagnostic(p));
    }
    let value = masked.as_ref().unwrap_or(base_value);
    // A policy that reads whole (the usual case) has nothing for the
    // field-by-field reading to report: `Policy` refuses unknown fields and
    // reads each field as its own type. That reading runs only to report
    // every mistake of a policy that does not read. (Keys that are not plain
    // words go field by field: serde reads a number key as a field's index,
    // and a tagged key `!x title` as `title`, which the field-by-field
    // reading reports.)
    let keys_are_words = value
        .as_mapping()
        .is_some_and(|m| m.keys().all(|k| matches!(k, Value::String(_))));
    let whole = keys_are_words
        .then(|| read_at::<Policy>(value, &YamlPath::root()).ok())
        .flatten();
    let clean = whole.is_some() || r.read_fields(value, &POLICY_DOC);
    check_texts(value, &mut r);
    if !clean || r.diags.has_errors() {
        return (None, r.finish());
    }
    let Some(mut policy) = whole.or_else(|| r.read::<Policy>(value, &YamlPath::root())) else {
        return (None, r.finish());
    };
    policy.doc_kind = kind;
    if kind == DocKind::Notice {
        // Every notice is a collection notice, whatever its profile calls
        // the policies.
        policy.kind = crate::model::PolicyKind::CollectionNotice;
        check_notice(&policy, &mut r);
    }
    check_sections(&policy, &mut r);
    check_prose(&policy, &mut r);
    check_jurisdiction_keys(&policy, value, &mut r);
    check_custom_terms(&policy, &mut r);
    check_acts(&policy, &mut r);
    check_services(&policy, &mut r);
    let ok = !r.diags.has_errors();
    (ok.then_some(policy), r.finish())
}

/// What a notice must say to be one: the form it is given on and the
/// policy it belongs to (whether that policy exists is known only with the
/// whole site: see `site::stream`).
fn check_notice(notice: &Policy, r: &mut Reader) {
    for (key, present, hint) in [
        (
            "form",
            notice.form.is_some(),
            msg!("validate-notice-needs-form-hint"),
        ),
        (
            "privacy_policy",
            notice.privacy_policy.is_some(),
            msg!("validate-notice-needs-policy-hint"),
        ),
    ] {
        if !present {
            r.report_at(
                &YamlPath::root(),
                Target::Key,
                Diagnostic::error("missing-key", msg!("validate-notice-needs-key", key = key))
                    .with_hint(hint),
            );
        }
    }
}

/// The acts cited: an author's act may not take a built-in act's id, and
/// each place cited must read under the act's drafting scheme (`39 (2) (a)`
/// is an Ontario clause; a Québec act has no `(a)`).
fn check_acts(policy: &Policy, r: &mut Reader) {
    use crate::model::entry::builtin_named;
    use crate::model::{Act, ActRef};
    let acts = YamlPath::root().key("legal").key("acts");
    for (i, a) in policy.legal.acts.iter().enumerate() {
        if let ActRef::Custom(c) = &a.act {
            let id = c.id.as_str();
            if builtin_named::<Act>(id).is_some() {
                r.report_at(
                    &acts.index(i).key("act").key("id"),
                    Target::Value,
                    Diagnostic::error(
                        "term-redefines-builtin",
                        msg!("validate-term-redefines-builtin", id = id.to_string()),
                    )
                    .with_hint(msg!(
                        "validate-act-redefines-builtin-hint",
                        id = id.to_string()
                    )),
                );
            }
        }
        let drafting = a.drafting(Some(policy.jurisdiction));
        for (j, c) in a.cite.iter().enumerate() {
            if let Err(e) = c.resolve(drafting) {
                let e = e.error();
                r.report_at(
                    &acts.index(i).key("cite").index(j),
                    Target::Value,
                    Diagnostic::error("invalid-value", e.message).with_hint(
                        e.hint
                            .unwrap_or_else(|| msg!("validate-invalid-value-hint")),
                    ),
                );
            }
        }
    }
}

/// The author's own terms in the lists that take them: an id may not be a
/// built-in value's (the two would read alike but mean different things),
/// nor appear twice in one list, and a `dpv` term must be one the JSON-LD
/// can carry.
fn check_custom_terms(policy: &Policy, r: &mut Reader) {
    use crate::model::entry::builtin_named;
    use crate::model::{
        AccessGroup, AutoCategory, AutoPurpose, Channel, Destination, Disclosure, Entry,
        ForbiddenUse, LinkedSites, Occasion, RecipientKind, Recipients, Transfers,
        VoluntaryCategory, VoluntaryPurpose,
    };
    fn check<E: serde::de::DeserializeOwned>(entries: &[Entry<E>], path: YamlPath, r: &mut Reader) {
        check_at(entries, |i| path.index(i), r)
    }
    fn check_at<E: serde::de::DeserializeOwned>(
        entries: &[Entry<E>],
        path: impl Fn(usize) -> YamlPath,
        r: &mut Reader,
    ) {
        let mut seen: Vec<&str> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let Some(c) = e.custom() else { continue };
            let at = path(i);
            let id = c.id.as_str();
            if builtin_named::<E>(id).is_some() {
                r.report_at(
                    &at.key("id"),
                    Target::Value,
                    Diagnostic::error(
                        "term-redefines-builtin",
                        msg!("validate-term-redefines-builtin", id = id.to_string()),
                    )
                    .with_hint(msg!(
                        "validate-term-redefines-builtin-hint",
                        id = id.to_string()
                    )),
                );
            } else if seen.contains(&id) {
                r.report_at(
                    &at.key("id"),
                    Target::Value,
                    Diagnostic::error(
                        "duplicate-term",
                        msg!("validate-duplicate-term", id = id.to_string()),
                    )
                    .with_hint(msg!("validate-duplicate-term-hint")),
                );
            }
            seen.push(id);
            if let Some(dpv) = &c.dpv {
                if let Err(how) = crate::model::vocab::check_dpv(dpv) {
                    r.report_at(
                        &at.key("dpv"),
                        Target::Value,
                        Diagnostic::error(
                            "bad-dpv-term",
                            msg!("validate-bad-dpv-term", term = dpv.to_string()),
                        )
                        // `how` is src/model/vocab.rs's own text.
                        .with_hint(msg!("validate-bad-dpv-term-hint", reason = how)),
                    );
                }
            }
        }
    }
    let root = YamlPath::root();
    let auto = root.key("automatic");
    let vol = root.key("voluntary");
    // A complete list's items are under `only:` (an `including:` list is
    // located at the list itself, the nearest key the path finds).
    let list = |p: YamlPath, complete: bool| if complete { p.key("only") } else { p };
    let (cats, purposes) = (&policy.automatic.categories, &policy.automatic.purposes);
    check::<AutoCategory>(&cats.items, list(auto.key("categories"), cats.complete), r);
    check::<AutoPurpose>(
        &purposes.items,
        list(auto.key("purposes"), purposes.complete),
        r,
    );
    check::<VoluntaryCategory>(&policy.voluntary.categories, vol.key("categories"), r);
    check::<Occasion>(&policy.voluntary.occasions, vol.key("occasions"), r);
    check::<Channel>(&policy.voluntary.channels, vol.key("channels"), r);
    for (i, s) in policy.services.iter().enumerate() {
        let at = root.key("services").index(i);
        let (info, purposes) = (&s.information, &s.purposes);
        check::<AutoCategory>(&info.items, list(at.key("information"), info.complete), r);
        check::<AutoPurpose>(
            &purposes.items,
            list(at.key("purposes"), purposes.complete),
            r,
        );
        if let Some(role) = &s.role {
            check_at::<crate::model::ServiceRole>(
                std::slice::from_ref(role),
                |_| at.key("role"),
                r,
            );
        }
    }
    if let Some(d) = policy
        .cookies
        .as_ref()
        .and_then(crate::model::Cookies::details)
    {
        for (i, item) in d.items.iter().enumerate() {
            if let Some(purpose) = &item.purpose {
                let at = root.key("cookies").key("items").index(i).key("purpose");
                check_at::<crate::model::CookiePurpose>(
                    std::slice::from_ref(purpose),
                    |_| at.clone(),
                    r,
                );
            }
        }
    }
    check::<LinkedSites>(
        &policy.links.other_sites,
        root.key("links").key("other_sites"),
        r,
    );
    let uses = &policy.use_.purposes;
    check::<VoluntaryPurpose>(
        &uses.items,
        list(root.key("use").key("purposes"), uses.complete),
        r,
    );
    check::<ForbiddenUse>(&policy.use_.never_for, root.key("use").key("never_for"), r);
    let access = &policy.access;
    check::<AccessGroup>(&access.items, list(root.key("access"), access.complete), r);
    if let Some(Recipients::Listed(l)) = &policy.recipients {
        let at = match (l.list.complete, l.list.is_empty()) {
            (true, _) => root.key("recipients").key("only"),
            _ => root.key("recipients"),
        };
        for (i, x) in l.list.iter().enumerate() {
            // A plain list is its items; a mapping holds them under
            // `including:` (located at the list itself, the nearest key).
            let item = at.index(i);
            check::<RecipientKind>(std::slice::from_ref(&x.who), item.key("who"), r);
            check::<Disclosure>(&x.when.items, list(item.key("when"), x.when.complete), r);
            check::<VoluntaryCategory>(&x.information, item.key("information"), r);
            check::<VoluntaryPurpose>(&x.purposes, item.key("purposes"), r);
        }
        check::<RecipientKind>(&l.never, root.key("recipients").key("never"), r);
    }
    let fields: Vec<Entry<VoluntaryCategory>> =
        policy.fields.iter().map(|f| f.category().clone()).collect();
    check::<VoluntaryCategory>(&fields, root.key("fields"), r);
    if let Some(Transfers::Listed(list)) = &policy.transfers {
        for (i, x) in list.iter().enumerate() {
            let item = root.key("transfers").index(i);
            check::<Destination>(std::slice::from_ref(&x.to), item.key("to"), r);
            check::<VoluntaryCategory>(&x.information, item.key("information"), r);
            check::<VoluntaryPurpose>(&x.purposes, item.key("purposes"), r);
        }
    }
}

/// The services and the cookies that name them: ids are unique, a cookie's
/// `provider` is the id of one of `services` (QC-02: a third party that
/// collects for the body is named), and a region only one jurisdiction's
/// policies speak of is refused elsewhere.
fn check_services(policy: &Policy, r: &mut Reader) {
    let root = YamlPath::root();
    let ids: Vec<&str> = policy.services.iter().map(|s| s.id.as_str()).collect();
    for (i, s) in policy.services.iter().enumerate() {
        let at = root.key("services").index(i);
        if ids[..i].contains(&s.id.as_str()) {
            r.report_at(
                &at.key("id"),
                Target::Value,
                Diagnostic::error(
                    "duplicate-service",
                    msg!("validate-duplicate-service", id = s.id.to_string()),
                )
                .with_hint(msg!("validate-duplicate-service-hint")),
            );
        }
        if let Some(crate::model::Place::Region(region)) = s.processed_in {
            if let Some(only) = region.only_for().filter(|j| *j != policy.jurisdiction) {
                let word = serde_json::to_value(region)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                let law = serde_json::to_value(only)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                r.report_at(
                    &at.key("processed_in"),
                    Target::Value,
                    Diagnostic::error(
                        "key-not-for-jurisdiction",
                        msg!(
                            "validate-region-not-for-jurisdiction",
                            region = word,
                            law = law
                        ),
                    )
                    .with_hint(msg!("validate-region-not-for-jurisdiction-hint")),
                );
            }
        }
    }
    // `cookies: none` says the page's site places none: a service that
    // places its own would make the page say both.
    if policy.cookies == Some(crate::model::Cookies::None) {
        for (i, s) in policy.services.iter().enumerate() {
            if s.sets_cookies == Some(true) {
                r.report_at(
                    &root.key("services").index(i).key("sets_cookies"),
                    Target::Value,
                    Diagnostic::error(
                        "cookies-contradiction",
                        msg!("validate-service-sets-cookies", service = s.id.to_string()),
                    )
                    .with_hint(msg!("validate-service-sets-cookies-hint")),
                );
            }
        }
    }
    let Some(d) = policy
        .cookies
        .as_ref()
        .and_then(crate::model::Cookies::details)
    else {
        return;
    };
    let items = root.key("cookies").key("items");
    // "To withdraw your consent: …" on a page that says of no consent
    // asked for would state one (the real-policy exercise: an opt-out by
    // turning JavaScript off, under a policy that asks for none).
    let asks = matches!(
        d.consent,
        Some(crate::model::CookieConsent::Banner | crate::model::CookieConsent::PreferenceCentre)
    );
    if !asks && d.refuse.as_ref().is_some_and(|f| f.withdraw.is_some()) {
        r.report_at(
            &root.key("cookies").key("refuse").key("withdraw"),
            Target::Key,
            Diagnostic::warning(
                "withdraw-without-consent",
                msg!("validate-withdraw-without-consent"),
            )
            .with_hint(msg!("validate-withdraw-without-consent-hint")),
        );
    }
    if d.no_persistent {
        for (i, item) in d.items.iter().enumerate() {
            if matches!(
                item.lifetime,
                Some(crate::model::Lifetime::Persistent | crate::model::Lifetime::Days(_))
            ) {
                r.report_at(
                    &items.index(i).key("lifetime"),
                    Target::Value,
                    Diagnostic::error(
                        "cookies-contradiction",
                        msg!("validate-cookie-persistent", cookie = item.id.to_string()),
                    )
                    .with_hint(msg!("validate-cookie-persistent-hint")),
                );
            }
        }
    }
    for (i, item) in d.items.iter().enumerate() {
        let at = items.index(i);
        if d.items[..i].iter().any(|o| o.id == item.id) {
            r.report_at(
                &at.key("id"),
                Target::Value,
                Diagnostic::error(
                    "duplicate-cookie",
                    msg!("validate-duplicate-cookie", id = item.id.to_string()),
                )
                .with_hint(msg!("validate-duplicate-cookie-hint")),
            );
        }
        if item.is_bare() {
            r.report_at(
                &at,
                Target::Key,
                Diagnostic::warning(
                    "cookie-says-nothing",
                    msg!("validate-cookie-says-nothing", cookie = item.id.to_string()),
                )
                .with_hint(msg!("validate-cookie-says-nothing-hint")),
            );
        }
        let Some(provider) = &item.provider else {
            continue;
        };
        if let Some(s) = policy.services.iter().find(|s| &s.id == provider) {
            if s.sets_cookies == Some(false) {
                r.report_at(
                    &at.key("provider"),
                    Target::Value,
                    Diagnostic::error(
                        "cookies-contradiction",
                        msg!(
                            "validate-provider-sets-no-cookies",
                            provider = provider.to_string()
                        ),
                    )
                    .with_hint(msg!("validate-provider-sets-no-cookies-hint")),
                );
            }
            continue;
        }
        let d = Diagnostic::error(
            "unknown-service",
            msg!("validate-unknown-service", provider = provider.to_string()),
        );
        let d = match closest(provider.as_str(), &ids) {
            Some(c) => d.with_hint(msg!("validate-did-you-mean", suggestion = c.to_string())),
            None if ids.is_empty() => d.with_hint(msg!(
                "validate-unknown-service-hint",
                provider = provider.to_string()
            )),
            None => d.with_hint(msg!("validate-known-services", services = ids.join(", "))),
        };
        r.report_at(&at.key("provider"), Target::Value, d);
    }
}

/// A key that only one jurisdiction's law gives a meaning to (the Québec
/// Access Act's s. 65, a federal bank number) is an error in a policy under
/// another law, at the key's own line (the profile's, when inherited): the
/// page would state it under the wrong law.
fn check_jurisdiction_keys(policy: &Policy, value: &Value, r: &mut Reader) {
    let name = |j: crate::model::Jurisdiction| {
        serde_yaml::to_value(j)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    };
    for (path, only) in crate::model::JURISDICTION_ONLY {
        if *only == policy.jurisdiction {
            continue;
        }
        let present = path
            .split('.')
            .try_fold(value, |v, k| v.get(k))
            .is_some_and(|v| !v.is_null());
        if !present {
            continue;
        }
        let at = path.split('.').fold(YamlPath::root(), |p, k| p.key(k));
        r.report_at(
            &at,
            Target::Key,
            Diagnostic::error(
                "key-not-for-jurisdiction",
                msg!(
                    "validate-key-not-for-jurisdiction",
                    key = path.to_string(),
                    only = name(*only),
                    law = name(policy.jurisdiction)
                ),
            )
            .with_hint(msg!("validate-key-not-for-jurisdiction-hint")),
        );
    }
}

/// `prose` names built-in sections of this kind of document, each with
/// something to say.
fn check_prose(policy: &Policy, r: &mut Reader) {
    let kind = policy.doc_kind;
    let ids: Vec<&str> = crate::model::sections::SECTIONS
        .iter()
        .filter(|s| s.is_for(kind))
        .map(|s| s.id)
        .collect();
    for (id, words) in &policy.prose {
        let at = YamlPath::root().key("prose").key(id.as_str());
        let section = crate::model::sections::get(id.as_str());
        if section.is_some_and(|s| s.is_for(kind)) {
            if words.texts().next().is_none() {
                r.report_at(
                    &at,
                    Target::Key,
                    Diagnostic::error(
                        "empty-prose",
                        msg!("validate-prose-empty", section = id.to_string()),
                    )
                    .with_hint(msg!("validate-prose-empty-hint")),
                );
            }
            continue;
        }
        let d = match section {
            Some(_) => Diagnostic::error(
                "unknown-section",
                msg!(
                    "validate-prose-section-not-for-kind",
                    section = id.to_string(),
                    kind = kind.name()
                ),
            )
            .with_hint(msg!("validate-known-sections", sections = ids.join(", "))),
            None => {
                let d = Diagnostic::error(
                    "unknown-section",
                    msg!("validate-prose-unknown-section", section = id.to_string()),
                );
                if policy.sections.iter().any(|s| s.id == *id) {
                    d.with_hint(msg!(
                        "validate-prose-free-section-hint",
                        section = id.to_string()
                    ))
                } else if let Some(c) = closest(id.as_str(), &ids) {
                    d.with_hint(msg!("validate-did-you-mean", suggestion = c.to_string()))
                } else {
                    d.with_hint(msg!("validate-known-sections", sections = ids.join(", ")))
                }
            }
        };
        r.report_at(&at, Target::Key, d);
    }
}

fn check_sections(policy: &Policy, r: &mut Reader) {
    // `history` always closes the page: nothing can follow it.
    let mut seen: Vec<&str> = crate::model::sections::SECTIONS
        .iter()
        .map(|s| &s.id)
        .copied()
        .filter(|id| *id != "history")
        .collect();
    let base = YamlPath::root().key("sections");
    for (i, s) in policy.sections.iter().enumerate() {
        let p = base.index(i);
        if crate::model::sections::get(s.id.as_str()).is_some() {
            r.report_at(
                &p.key("id"),
                Target::Value,
                Diagnostic::error(
                    "duplicate-section",
                    msg!("validate-builtin-section-id", id = s.id.to_string()),
                )
                .with_hint(msg!("validate-builtin-section-id-hint")),
            );
        } else if seen.contains(&s.id.as_str()) {
            r.report_at(
                &p.key("id"),
                Target::Value,
                Diagnostic::error(
                    "duplicate-section",
                    msg!("validate-duplicate-section", id = s.id.to_string()),
                )
                .with_hint(msg!("validate-duplicate-section-hint")),
            );
        }
        if let Some(after) = &s.after {
            if crate::model::sections::get(after.as_str()).is_some()
                && !crate::model::sections::shown(policy, after.as_str())
            {
                r.report_at(
                    &p.key("after"),
                    Target::Value,
                    Diagnostic::warning(
                        "section-not-shown",
                        msg!("validate-section-not-shown", section = after.to_string()),
                    )
                    .with_hint(msg!(
                        "validate-section-not-shown-hint",
                        section = after.to_string()
                    )),
                );
            } else if !seen.contains(&after.as_str()) {
                let mut d = Diagnostic::error(
                    "unknown-section",
                    msg!("validate-unknown-section", section = after.to_string()),
                );
                d = match closest(after.as_str(), &seen) {
                    Some(c) => {
                        d.with_hint(msg!("validate-did-you-mean", suggestion = c.to_string()))
                    }
                    None => {
                        d.with_hint(msg!("validate-known-sections", sections = seen.join(", ")))
                    }
                };
                r.report_at(&p.key("after"), Target::Value, d);
            }
        }
        seen.push(s.id.as_str());
    }
    let rule_ids: Vec<&str> = crate::lint::legal::RULES.iter().map(|r| r.id).collect();
    for (i, a) in policy.allow.iter().enumerate() {
        if crate::lint::legal::rule(&a.rule).is_none() {
            let d = Diagnostic::error(
                "unknown-rule",
                msg!("validate-unknown-rule", rule = a.rule.to_string()),
            );
            let d = match closest(&a.rule, &rule_ids) {
                Some(c) => d.with_hint(msg!(
                    "validate-unknown-rule-did-you-mean",
                    suggestion = c.to_string()
                )),
                None => d.with_hint(msg!("validate-unknown-rule-hint")),
            };
            r.report_at(
                &YamlPath::root().key("allow").index(i).key("rule"),
                Target::Value,
                d,
            );
        }
        if a.reason.as_deref().is_none_or(|s| s.trim().is_empty()) {
            r.report_at(
                &YamlPath::root().key("allow").index(i),
                Target::Key,
                Diagnostic::error(
                    "allow-without-reason",
                    msg!("validate-allow-without-reason", rule = a.rule.to_string()),
                )
                .with_hint(msg!("validate-allow-without-reason-hint")),
            );
        }
    }
}

/// Where `p` is written in `content/site.yaml` (its key or its value).
fn site_locate(doc: &YamlDoc, p: &YamlPath, t: Target) -> (FileId, Span) {
    let found = doc.spans.locate(p);
    let span = match (found, t) {
        (Some((_, 0)), Target::Value) => doc.spans.get(p).map_or(Span::START, |n| n.value),
        (Some((s, _)), _) => s,
        (None, _) => Span::START,
    };
    (doc.file, span)
}

/// Reads `content/site.yaml`.
pub fn site_config(doc: &YamlDoc) -> (Option<SiteConfig>, Diagnostics) {
    let locate = |p: &YamlPath, t: Target| site_locate(doc, p, t);
    let mut r = Reader::new(&locate);
    // Read whole; when that fails, key by key, to report every mistake.
    let config = read_at::<SiteConfig>(&doc.value, &YamlPath::root()).ok();
    if config.is_none() && r.read_fields(&doc.value, &SITE_DOC) {
        // Each key read on its own, yet not the whole: say so rather than
        // nothing.
        r.read::<SiteConfig>(&doc.value, &YamlPath::root());
    }
    if let Some(c) = &config {
        if c.languages.len() != 2 || !Lang::ALL.iter().all(|l| c.languages.contains(l)) {
            r.report_at(
                &YamlPath::root().key("languages"),
                Target::Value,
                Diagnostic::error("invalid-value", msg!("validate-site-languages"))
                    .with_hint(msg!("validate-site-languages-hint")),
            );
        }
    }
    // An empty label or alt text is refused as in a policy: the two pages
    // would differ, one showing a link the other cannot name.
    check_texts(&doc.value, &mut r);
    let ok = !r.diags.has_errors();
    (config.filter(|_| ok), r.finish())
}

/// The image types a logo may be: what every browser shows in an `<img>`.
const LOGO_TYPES: &[&str] = &["svg", "png", "jpg", "jpeg", "gif", "webp"];

/// Checks the files `branding` names in `content/site.yaml`: each must be
/// a file of the site (a link leading outside it is refused as everywhere
/// else), a logo an image and a style sheet a `.css` file. Each problem is
/// reported at the path's line in `site.yaml`. Returns the files, each
/// with its published path under `assets/`, when all are fine.
pub fn site_files(
    doc: &YamlDoc,
    config: &SiteConfig,
    layout: &crate::load::SiteLayout,
) -> (Vec<(String, std::path::PathBuf)>, Diagnostics) {
    let locate = |p: &YamlPath, t: Target| site_locate(doc, p, t);
    let mut r = Reader::new(&locate);
    let b = &config.branding;
    let branding = YamlPath::root().key("branding");
    let mut named: Vec<(YamlPath, &crate::model::site::SitePath, &[&str])> = Vec::new();
    if let Some(logo) = &b.logo {
        named.push((branding.key("logo").key("src"), &logo.src, LOGO_TYPES));
    }
    for (i, css) in b.css.iter().enumerate() {
        named.push((branding.key("css").index(i), css, &["css"]));
    }
    let mut files = Vec::new();
    for (path, file, types) in named {
        let full = layout.root.join(file.as_str());
        if let Err(outside) = layout.inside(&full) {
            r.report_at(&path, Target::Value, outside.diagnostic());
            continue;
        }
        if !types.contains(&file.extension().as_str()) {
            r.report_at(
                &path,
                Target::Value,
                Diagnostic::error(
                    "invalid-value",
                    msg!(
                        "validate-site-file-type",
                        file = file.as_str().to_string(),
                        kind = if types == ["css"] { "css" } else { "image" },
                        types = types.join(", ")
                    ),
                )
                .with_hint(msg!("validate-site-file-type-hint")),
            );
            continue;
        }
        if !full.is_file() {
            r.report_at(
                &path,
                Target::Value,
                Diagnostic::error(
                    "missing-site-file",
                    msg!(
                        "validate-missing-site-file",
                        file = file.as_str().to_string()
                    ),
                )
                .with_hint(msg!("validate-missing-site-file-hint")),
            );
            continue;
        }
        files.push((file.asset_path(), full));
    }
    (files, r.finish())
}

/// The slugs of a policy in each language (its id when not set).
pub fn slugs(id: &str, policy: &Policy) -> Bilingual<String> {
    match &policy.slug {
        Some(s) => Bilingual {
            en: s.en.to_string(),
            fr: s.fr.to_string(),
        },
        None => Bilingual {
            en: id.to_string(),
            fr: id.to_string(),
        },
    }
}

/// Where a policy publishes its pages, and where its slugs are written:
/// what [`unique_slugs`] needs of each policy.
#[derive(Debug, Clone)]
pub struct SlugClaim {
    /// The policy id.
    pub id: String,
    /// Its slugs.
    pub slugs: Bilingual<String>,
    /// Where each slug is written (English, French).
    pub at: [(FileId, Span); 2],
}

impl SlugClaim {
    /// The claim of a validated policy.
    pub fn of(id: &str, policy: &Policy, resolved: &Resolved) -> SlugClaim {
        let at = Lang::ALL.map(|lang| {
            resolved.locate(
                &YamlPath::root().key("slug").key(lang.code()),
                Target::Value,
            )
        });
        SlugClaim {
            id: id.to_string(),
            slugs: slugs(id, policy),
            at,
        }
    }
}

/// Two policies publishing at the same address, in either language.
/// `claims` are in policy id order.
pub fn unique_slugs<'a>(claims: impl Iterator<Item = &'a SlugClaim> + Clone) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for (l, lang) in Lang::ALL.into_iter().enumerate() {
        let mut seen: HashMap<&str, &SlugClaim> = HashMap::new();
        for claim in claims.clone() {
            let slug = claim.slugs.get(lang).as_str();
            if let Some(first) = seen.get(slug) {
                let (file, span) = claim.at[l];
                let (ffile, fspan) = first.at[l];
                diags.push(
                    Diagnostic::error(
                        "duplicate-slug",
                        msg!(
                            "validate-duplicate-slug",
                            first = first.id.clone(),
                            second = claim.id.clone(),
                            lang = lang.code(),
                            slug = slug.to_string()
                        ),
                    )
                    .at(file, span)
                    .with_related(ffile, fspan, msg!("validate-duplicate-slug-other"))
                    .with_hint(msg!("validate-duplicate-slug-hint")),
                );
            } else {
                seen.insert(slug, claim);
            }
        }
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys the struct `name` in `src` reads (its `pub` fields,
    /// renamed where `#[serde(rename = …)]` says, without those it never
    /// reads: `skip`, `skip_deserializing`), in order.
    fn struct_keys(src: &str, name: &str) -> Vec<String> {
        let start = src.find(&format!("pub struct {name} {{")).unwrap();
        let end = start + src[start..].find("\n}").unwrap();
        let mut keys = Vec::new();
        let mut rename = None;
        let mut skipped = false;
        for line in src[start..end].lines() {
            let line = line.trim();
            if let Some(attr) = line.strip_prefix("#[serde(") {
                if let Some((_, r)) = attr.split_once("rename = \"") {
                    rename = r.split('"').next().map(str::to_string);
                }
                skipped |= attr.starts_with("skip)") || attr.contains("skip_deserializing");
            }
            if let Some((field, _)) = line.strip_prefix("pub ").and_then(|r| r.split_once(':')) {
                let key = rename.take().unwrap_or_else(|| field.to_string());
                if !std::mem::take(&mut skipped) {
                    keys.push(key);
                }
            }
        }
        keys
    }

    #[test]
    fn field_list_matches_the_policy_struct() {
        // Every key the struct serializes must be in POLICY_FIELDS, in order.
        let names: Vec<&str> = POLICY_FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            struct_keys(include_str!("model/policy.rs"), "Policy")
        );
    }

    #[test]
    fn field_list_matches_the_site_struct() {
        let names: Vec<&str> = SITE_FIELDS.iter().map(|f| f.name).collect();
        assert_eq!(
            names,
            struct_keys(include_str!("model/site.rs"), "SiteConfig")
        );
    }

    /// The code, message id, English message and hint of `e`, checking on
    /// the way that each catalog message reads differently in French.
    fn worded(e: &ReadError) -> (&'static str, String, String, String) {
        let id = e
            .message
            .message()
            .map_or_else(|| "(verbatim)".to_string(), |m| m.id.to_string());
        for text in [Some(&e.message), e.hint.as_ref()].into_iter().flatten() {
            if text.message().is_some() {
                assert_ne!(text.in_lang(Lang::En), text.in_lang(Lang::Fr), "{text:?}");
            }
        }
        let hint = e.hint.as_ref().map(|h| h.in_lang(Lang::En));
        (
            e.code,
            id,
            e.message.in_lang(Lang::En),
            hint.unwrap_or_default(),
        )
    }

    #[test]
    fn serdes_english_is_read_back_into_catalog_messages() {
        let root = YamlPath::root;
        type Case<'a> = (YamlPath, &'a str, (&'a str, &'a str, &'a str, &'a str));
        let cases: &[Case] = &[
            (
                root(),
                "unknown field `cokies`, expected one of `cookies`, `legal`",
                (
                    "unknown-key",
                    "validate-unknown-key",
                    "unknown key `cokies` at the top level",
                    "did you mean `cookies`?",
                ),
            ),
            (
                root().key("rights"),
                "unknown field `zzz`, expected one of `access`, `correction`",
                (
                    "unknown-key",
                    "validate-unknown-key-in",
                    "unknown key `zzz` in `rights`",
                    "valid keys here: access, correction",
                ),
            ),
            (
                root().key("legal"),
                "unknown field `jurisdiction`, expected one of `acts`",
                (
                    "moved-key",
                    "validate-moved-key",
                    "`legal.jurisdiction` has moved: it is now `jurisdiction`",
                    "move `jurisdiction:` to the top level of the file (it selects the rules and the keys of a whole document, not only its legal frame)",
                ),
            ),
            (
                root().key("cookies").key("items").index(0).key("lifetime"),
                "unknown variant `sesion`, expected one of `session`, `persistent`",
                (
                    "unknown-value",
                    "validate-unknown-value",
                    "`sesion` is not a valid value for `cookies.items[0].lifetime`",
                    "did you mean `session`? Valid values: session, persistent",
                ),
            ),
            (
                root().key("title"),
                "missing field `fr`",
                (
                    "missing-translation",
                    "validate-missing-translation",
                    "`title` has no French text",
                    "add `fr:` beside `en:`; every text is required in both languages",
                ),
            ),
            (
                root(),
                "missing field `organization`",
                (
                    "missing-key",
                    "validate-document-missing-key",
                    "the policy is missing the required key `organization`",
                    "add `organization:` here, or inherit it from a profile with `extends`",
                ),
            ),
            (
                root().key("title").key("en"),
                "invalid type: unit value, expected a string",
                (
                    "missing-translation",
                    "validate-empty-translation",
                    "the English text of `title` is empty",
                    "write the text; every text is required in both languages",
                ),
            ),
            (
                root().key("updated"),
                "invalid type: unit value, expected a string",
                (
                    "wrong-type",
                    "validate-no-value",
                    "`updated` has no value",
                    "write a text after the colon (or, if the key is optional, remove it)",
                ),
            ),
            (
                root().key("slug").key("en"),
                "invalid type: integer `5`, expected a string",
                (
                    "wrong-type",
                    "validate-wrong-type",
                    "`slug.en` should be a text, not the number `5`",
                    "put it in quotes to write it as text: \"5\"",
                ),
            ),
            (
                root().key("title"),
                "invalid type: sequence, expected struct Bilingual",
                (
                    "wrong-type",
                    "validate-wrong-type",
                    "`title` should be a text in both languages (`en:` and `fr:`), not a list",
                    "write the text in both languages:\n  en: …\n  fr: …",
                ),
            ),
            (
                root().key("services"),
                "invalid type: map, expected a sequence",
                (
                    "wrong-type",
                    "validate-wrong-type",
                    "`services` should be a list, not a group of keys",
                    "write a list, one `- item` per line",
                ),
            ),
            (
                root().key("rights").key("access"),
                "invalid type: string \"yes\", expected a boolean",
                (
                    "wrong-type",
                    "validate-wrong-type",
                    "`rights.access` should be `true` or `false`, not the text `…`",
                    "write `true` or `false`",
                ),
            ),
            (
                root().key("sections"),
                "invalid length 3, expected a tuple of size 2",
                (
                    "invalid-value",
                    "validate-unreadable",
                    "`sections` cannot be read as written",
                    "check the value against docs/data-format.md: a number may be too large, or a tag such as `!x` is not allowed here",
                ),
            ),
            (
                root().key("updated"),
                "`2024-13-01` is not a date\nwrite it as YYYY-MM-DD",
                (
                    "invalid-value",
                    "(verbatim)",
                    "`2024-13-01` is not a date",
                    "write it as YYYY-MM-DD",
                ),
            ),
            (
                root().key("updated"),
                "`x` is not a date",
                (
                    "invalid-value",
                    "(verbatim)",
                    "`x` is not a date",
                    "see docs/data-format.md for how to write this value",
                ),
            ),
        ];
        for (path, serde, (code, id, message, hint)) in cases {
            let e = explain(path.clone(), serde);
            assert_eq!(
                worded(&e),
                (*code, id.to_string(), message.to_string(), hint.to_string()),
                "{serde}"
            );
        }
    }

    #[test]
    fn the_keys_read_one_by_one_are_reported_from_their_structure() {
        // The same diagnostics as from serde's wording, without it.
        let from_serde = explain(
            YamlPath::root(),
            "unknown field `titel`, expected one of `title`, `slug`",
        );
        let direct = unknown_key(YamlPath::root(), "titel", &["title", "slug"]);
        assert_eq!(worded(&from_serde), worded(&direct));
        assert_eq!(direct.suggested.as_deref(), Some("title"));
        assert_eq!(direct.path, YamlPath::root().key("titel"));
        let missing = missing_key(YamlPath::root(), "title");
        assert_eq!(missing.missing.as_deref(), Some("title"));
        assert_eq!(
            worded(&missing),
            worded(&explain(YamlPath::root(), "missing field `title`"))
        );
        // No key is read there: remove it.
        assert_eq!(
            worded(&unknown_key(YamlPath::root().key("x"), "y", &[])).3,
            "remove this key"
        );
    }

    #[test]
    fn a_site_settings_key_missing_is_worded_for_site_yaml_in_both_languages() {
        let (message, hint) = SITE_DOC.missing.expect("site.yaml's wording");
        let m = Message::new(message).arg("key", "title");
        let h = Message::new(hint).arg("key", "title");
        assert_eq!(
            m.in_lang(Lang::En),
            "content/site.yaml is missing the required key `title`"
        );
        assert_eq!(
            h.in_lang(Lang::En),
            "add `title:` (see docs/data-format.md, site settings)"
        );
        assert_eq!(
            m.in_lang(Lang::Fr),
            "la clé obligatoire `title` manque dans content/site.yaml"
        );
    }
}
