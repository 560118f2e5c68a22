//! Translation freshness: is each translation still a translation of its
//! source text?
//!
//! `content/translations.lock`, committed with the content, records for every
//! bilingual text (policy texts and Fluent messages) a hash of the
//! source-language text and of the translation as they were when a person
//! last reviewed the pair (`policypress check --accept …`). When the source
//! text changes and the translation does not, `check` warns that the
//! translation may be out of date, and shows what changed in the source, word
//! by word, since the review: the lock keeps the reviewed source text (format
//! 2), so the translator sees the change itself rather than only that there
//! is one. The source language is the site's (French for Québec sites,
//! English for Ontario and federal ones).

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::load::YamlPath;
use crate::model::Lang;
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::tool_text::Message;
use serde::{Deserialize, Serialize};
use serde_yaml::Value;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// File name of the lock, in `content/`.
pub const LOCK_FILE: &str = "translations.lock";

const HEADER: &str =
    "# policypress translations lock: for each bilingual text, the source-language\n\
# text as last reviewed (to show what changed since) and a hash of its\n\
# translation then.\n\
# Written by `policypress check --accept`; commit it with the content.\n";

/// The format of the lock `check --accept` writes. Format 1 (hashes only)
/// is still read; its entries have no reviewed text until the next review.
pub const LOCK_VERSION: u32 = 2;

/// One reviewed pair: the source-language text as reviewed (format 2; a
/// format 1 entry has its hash instead) and the hash of the translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    /// The source-language text as reviewed: what a stale translation's
    /// diagnostic compares the current text with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Hash of the source-language text (format 1 only: format 2 keeps the
    /// text itself, whose hash it would repeat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Hash of the translation (the translation itself is in the content,
    /// and only whether it changed matters).
    pub translation: String,
}

impl Reviewed {
    /// The review of `source` translated as `translation`, now.
    pub fn of(source: &str, translation: &str) -> Reviewed {
        Reviewed {
            text: Some(source.to_string()),
            source: None,
            translation: hash(translation),
        }
    }

    /// Whether the reviewed source text is `source`.
    fn same_source(&self, source: &str) -> bool {
        match (&self.text, &self.source) {
            (Some(text), _) => text == source,
            (None, Some(h)) => *h == hash(source),
            (None, None) => false,
        }
    }
}

/// What changed from `old` to `new`, word by word, as a terminal shows it:
/// `[-removed-]{+added+}`, with a few words of context around each change
/// and `…` for the unchanged text between (a long paragraph changed by one
/// word gives one short line).
pub fn word_diff(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    const CONTEXT: usize = 4;
    // Consecutive changes of one kind, merged.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in TextDiff::from_words(old, new).iter_all_changes() {
        match runs.last_mut() {
            Some((tag, text)) if *tag == change.tag() => text.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    if runs.iter().all(|(tag, _)| *tag == ChangeTag::Equal) {
        return new.to_string();
    }
    let last = runs.len().saturating_sub(1);
    let mut out = String::new();
    // Whitespace between runs, written once; none between a removal and
    // the addition that replaces it.
    let mut space = false;
    let mut previous = ChangeTag::Equal;
    for (i, (tag, text)) in runs.iter().enumerate() {
        let replaces = previous == ChangeTag::Delete && *tag == ChangeTag::Insert;
        if (space || text.starts_with(char::is_whitespace)) && !out.is_empty() && !replaces {
            out.push(' ');
        }
        space = text.ends_with(char::is_whitespace);
        previous = *tag;
        match tag {
            ChangeTag::Delete => out.push_str(&format!("[-{}-]", text.trim())),
            ChangeTag::Insert => out.push_str(&format!("{{+{}+}}", text.trim())),
            ChangeTag::Equal => {
                let words: Vec<&str> = text.split_whitespace().collect();
                let before = if i == 0 { 0 } else { CONTEXT };
                let after = if i == last { 0 } else { CONTEXT };
                let shown = if words.len() > before + after + 1 {
                    let head = words[..before].join(" ");
                    let tail = words[words.len() - after..].join(" ");
                    [head, "…".to_string(), tail]
                        .into_iter()
                        .filter(|p| !p.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    words.join(" ")
                };
                out.push_str(&shown);
            }
        }
    }
    out
}

/// The lock file's content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationLock {
    /// Format version (1).
    pub version: u32,
    /// Policy id → text key → reviewed pair.
    #[serde(default)]
    pub policies: BTreeMap<String, BTreeMap<String, Reviewed>>,
    /// Fluent message id → reviewed pair.
    #[serde(default)]
    pub messages: BTreeMap<String, Reviewed>,
}

/// A short, stable hash of a text.
pub fn hash(text: &str) -> String {
    hash_bytes(text.as_bytes())
}

/// A short, stable hash of bytes (16 hexadecimal digits of SHA-256).
pub fn hash_bytes(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

impl TranslationLock {
    /// Reads the lock of the site whose content folder is `content`
    /// (an empty lock when there is none yet).
    pub fn read(content: &Path) -> Result<TranslationLock, Message> {
        use std::io::Read;
        let path = content.join(LOCK_FILE);
        let damaged = |why: Message| msg!("lint-lock-damaged", file = LOCK_FILE, why = why);
        // Checked before opening: opening a pipe blocks until a writer comes,
        // and a device never ends.
        if std::fs::metadata(&path).is_ok_and(|m| !m.is_file()) {
            return Err(damaged(msg!("lint-lock-not-a-file")));
        }
        let cannot_read = |e: std::io::Error| {
            msg!(
                "lint-lock-unreadable",
                file = LOCK_FILE,
                reason = e.to_string()
            )
        };
        let file = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(TranslationLock {
                    version: LOCK_VERSION,
                    ..Default::default()
                })
            }
            Err(e) => return Err(cannot_read(e)),
        };
        let mut text = String::new();
        let limit = crate::load::MAX_YAML_BYTES;
        file.take(limit + 1)
            .read_to_string(&mut text)
            .map_err(cannot_read)?;
        if text.len() as u64 > limit {
            return Err(damaged(msg!("lint-lock-too-large", limit = limit)));
        }
        if let Some(line) = text
            .lines()
            .position(|l| l.starts_with("<<<<<<< ") || l == "<<<<<<<")
        {
            return Err(damaged(msg!("lint-lock-conflict", line = line + 1)));
        }
        // Refused before serde_yaml reads it: deep nesting costs its
        // scanner quadratic time.
        if let Some(why) = crate::load::guard::prescan_message(&text) {
            return Err(damaged(msg!("lint-lock-refused", reason = why)));
        }
        // serde_yaml's own reason, quoted as it is.
        serde_yaml::from_str(&text)
            .map_err(|e| damaged(msg!("lint-lock-invalid", reason = e.to_string())))
    }

    /// Writes the lock (sorted, so diffs are small), through a temporary
    /// file renamed into place.
    pub fn write(&self, content: &Path) -> std::io::Result<()> {
        let body = serde_yaml::to_string(self).map_err(std::io::Error::other)?;
        let path = content.join(LOCK_FILE);
        let tmp = content.join(format!(".{LOCK_FILE}.tmp"));
        std::fs::write(&tmp, format!("{HEADER}{body}"))?;
        std::fs::rename(tmp, path)
    }
}

/// A bilingual text of a policy: its lock key, path and both languages.
#[derive(Debug, Clone)]
pub struct PolicyText {
    /// Key in the lock, e.g. `title` or `sections[accessibility].body`.
    pub key: String,
    /// Path in the YAML.
    pub path: YamlPath,
    /// English text.
    pub en: String,
    /// French text.
    pub fr: String,
}

impl PolicyText {
    fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

/// Every bilingual text of a resolved policy.
pub fn policy_texts(value: &Value) -> Vec<PolicyText> {
    fn walk(v: &Value, key: &str, path: &YamlPath, out: &mut Vec<PolicyText>) {
        match v {
            Value::Mapping(m) => {
                if let (2, Some(Value::String(en)), Some(Value::String(fr))) =
                    (m.len(), m.get("en"), m.get("fr"))
                {
                    out.push(PolicyText {
                        key: key.to_string(),
                        path: path.clone(),
                        en: en.clone(),
                        fr: fr.clone(),
                    });
                    return;
                }
                for (k, v) in m {
                    if let Some(k) = k.as_str() {
                        let sub = if key.is_empty() {
                            k.to_string()
                        } else {
                            format!("{key}.{k}")
                        };
                        walk(v, &sub, &path.key(k), out);
                    }
                }
            }
            Value::Sequence(items) => {
                for (i, item) in items.iter().enumerate() {
                    // Items with an id keep their key when the list is reordered.
                    let tag = item
                        .get("id")
                        .or_else(|| item.get("date"))
                        .and_then(Value::as_str)
                        .map_or_else(|| i.to_string(), str::to_string);
                    walk(item, &format!("{key}[{tag}]"), &path.index(i), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, "", &YamlPath::root(), &mut out);
    out
}

/// What changed in a pair since its review. A text written the same in
/// both languages (a proper name, an address) has nothing to review.
fn compare(recorded: Option<&Reviewed>, source: &str, translation: &str) -> Option<&'static str> {
    if source.trim() == translation.trim() {
        return None;
    }
    let t = hash(translation);
    match recorded {
        None => Some("translation-unreviewed"),
        Some(r) if !r.same_source(source) && r.translation == t => Some("translation-stale"),
        Some(r) if !r.same_source(source) => Some("translation-unreviewed"),
        _ => None,
    }
}

/// Checks every bilingual text of one policy against the lock.
pub fn check_policy(
    lock: &TranslationLock,
    source: Lang,
    id: &str,
    resolved: &Resolved,
) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let target = source.other();
    let (sname, tname) = (source.code(), target.code());
    let empty = BTreeMap::new();
    let recorded = lock.policies.get(id).unwrap_or(&empty);
    for text in policy_texts(&resolved.value) {
        let (stext, ttext) = (text.get(source), text.get(target));
        let review = recorded
            .get(&text.key)
            .or_else(|| moved_review(recorded, &text.key, stext, ttext))
            .or_else(|| reviewed_elsewhere(lock, &text.key, stext, ttext));
        let Some(code) = compare(review, stext, ttext) else {
            continue;
        };
        let (file, span) = resolved.locate(&text.path.key(target.code()), Target::Value);
        let (sfile, sspan) = resolved.locate(&text.path.key(source.code()), Target::Value);
        let key = text.key.clone();
        let message = if code == "translation-stale" {
            msg!(
                "lint-translation-stale",
                target = tname,
                source = sname,
                key = key
            )
        } else {
            msg!(
                "lint-translation-unreviewed",
                target = tname,
                source = sname,
                key = key
            )
        };
        diags.push(
            Diagnostic::warning(code, message)
                .at(file, span)
                .with_related(
                    sfile,
                    sspan,
                    msg!("lint-translation-source-text", lang = sname),
                )
                .with_key(text.path.to_string())
                .with_hint(with_changes(
                    code,
                    review,
                    stext,
                    sname,
                    msg!(
                        "lint-translation-text-hint",
                        target = tname,
                        id = id.to_string()
                    ),
                )),
        );
    }
    diags
}

/// The hint of a pair's diagnostic: for a stale translation whose review
/// kept the source text, what changed in the source since, then `hint`.
fn with_changes(
    code: &str,
    review: Option<&Reviewed>,
    source_text: &str,
    source: &'static str,
    hint: Message,
) -> Message {
    match review.and_then(|r| r.text.as_deref()) {
        Some(old) if code == "translation-stale" => msg!(
            "lint-translation-changes-hint",
            source = source,
            changes = word_diff(old, source_text),
            hint = hint
        ),
        _ => hint,
    }
}

/// The review of the same pair of texts, under the same key, recorded for
/// another policy: a text a new policy inherits from its profile (the
/// organization's name, the contact's title) was reviewed with the first
/// policy that had it. Only the very same pair counts, so nothing stale is
/// taken for reviewed.
fn reviewed_elsewhere<'a>(
    lock: &'a TranslationLock,
    key: &str,
    source: &str,
    translation: &str,
) -> Option<&'a Reviewed> {
    let t = hash(translation);
    lock.policies
        .values()
        .filter_map(|texts| texts.get(key))
        .find(|r| r.same_source(source) && r.translation == t)
}

/// The review of the same pair of texts recorded under another item of
/// the same list: a list item keyed by its date (a `history` entry) whose
/// date changed, or one moved, keeps the review of its unchanged texts.
fn moved_review<'a>(
    recorded: &'a BTreeMap<String, Reviewed>,
    key: &str,
    source: &str,
    translation: &str,
) -> Option<&'a Reviewed> {
    let list = &key[..key.find('[')?];
    let field = &key[key.find(']')? + 1..];
    let t = hash(translation);
    recorded.iter().find_map(|(k, r)| {
        let same_place = k.strip_prefix(list).is_some_and(|rest| {
            rest.starts_with('[') && rest.find(']').is_some_and(|end| &rest[end + 1..] == field)
        });
        (same_place && r.same_source(source) && r.translation == t).then_some(r)
    })
}

/// Checks every Fluent message against the lock.
pub fn check_messages(lock: &TranslationLock, source: Lang, locales: &Locales) -> Diagnostics {
    let mut diags = Diagnostics::new();
    let target = source.other();
    let (sname, tname) = (source.code(), target.code());
    let (smsgs, tmsgs) = (locales.messages(source), locales.messages(target));
    for (id, s) in smsgs {
        let Some(t) = tmsgs.get(id) else { continue };
        let Some(code) = compare(lock.messages.get(id), &s.text, &t.text) else {
            continue;
        };
        let message = if code == "translation-stale" {
            msg!(
                "lint-message-stale",
                target = tname,
                source = sname,
                id = id.clone()
            )
        } else {
            msg!(
                "lint-message-unreviewed",
                target = tname,
                source = sname,
                id = id.clone()
            )
        };
        diags.push(
            Diagnostic::warning(code, message)
                .at(t.file, t.span)
                .with_related(
                    s.file,
                    s.span,
                    msg!("lint-translation-source-message", lang = sname),
                )
                .with_hint(with_changes(
                    code,
                    lock.messages.get(id),
                    &s.text,
                    sname,
                    msg!("lint-translation-message-hint", id = id.clone()),
                )),
        );
    }
    diags
}

/// Records the review of what `selector` names: `all`, a policy id, a
/// `policy:key` text, `messages`, or a message id. Returns how many pairs
/// were recorded, or `None` when the selector names nothing.
pub fn accept(
    lock: &mut TranslationLock,
    selector: &str,
    source: Lang,
    policies: &[(&str, &Resolved)],
    locales: &Locales,
) -> Option<usize> {
    let target = source.other();
    let mut count = 0;
    let all = selector == "all";
    if all {
        // Forget what no longer exists.
        lock.policies
            .retain(|id, _| policies.iter().any(|(p, _)| p == id));
        lock.messages
            .retain(|id, _| locales.messages(source).contains_key(id));
    }
    for (id, resolved) in policies {
        let (whole, key) = match selector.split_once(':') {
            Some((p, k)) if p == *id => (false, Some(k)),
            _ => (all || selector == *id, None),
        };
        if !whole && key.is_none() {
            continue;
        }
        let entry = lock.policies.entry(id.to_string()).or_default();
        if whole {
            entry.clear();
        }
        for text in policy_texts(&resolved.value) {
            if whole || key == Some(text.key.as_str()) {
                entry.insert(
                    text.key.clone(),
                    Reviewed::of(text.get(source), text.get(target)),
                );
                count += 1;
            }
        }
    }
    let (smsgs, tmsgs) = (locales.messages(source), locales.messages(target));
    for (id, s) in smsgs {
        if !(all || selector == "messages" || selector == id) {
            continue;
        }
        if let Some(t) = tmsgs.get(id) {
            lock.messages
                .insert(id.clone(), Reviewed::of(&s.text, &t.text));
            count += 1;
        }
    }
    (count > 0).then_some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_item_whose_key_changed_keeps_the_review_of_its_texts() {
        let mut recorded = BTreeMap::new();
        let r = Reviewed::of("Mise à jour", "Update");
        recorded.insert("history[2014-01-29].summary".to_string(), r.clone());
        let found = moved_review(
            &recorded,
            "history[2014-02-01].summary",
            "Mise à jour",
            "Update",
        );
        assert_eq!(found, Some(&r));
        assert_eq!(
            moved_review(&recorded, "history[2014-02-01].summary", "Autre", "Update"),
            None
        );
        assert_eq!(
            moved_review(
                &recorded,
                "history[2014-02-01].details",
                "Mise à jour",
                "Update"
            ),
            None
        );
        assert_eq!(
            moved_review(&recorded, "title", "Mise à jour", "Update"),
            None
        );
    }

    #[test]
    fn the_changes_since_a_review_are_shown_word_by_word_with_a_little_context() {
        assert_eq!(
            word_diff(
                "Nous recueillons votre nom.",
                "Nous recueillons votre nom et votre courriel."
            ),
            "Nous recueillons votre [-nom.-]{+nom et votre courriel.+}"
        );
        let long_old = "un deux trois quatre cinq six sept huit neuf dix onze douze treize";
        let long_new = "un deux trois quatre cinq six SEPT huit neuf dix onze douze treize";
        assert_eq!(
            word_diff(long_old, long_new),
            "… trois quatre cinq six [-sept-]{+SEPT+} huit neuf dix onze …"
        );
        assert_eq!(word_diff("a b", "a b"), "a b");
        assert_eq!(word_diff("", "nouveau"), "{+nouveau+}");
    }

    #[test]
    fn a_format_1_lock_is_read_and_its_entries_have_no_text() {
        let lock: TranslationLock = serde_yaml::from_str(
            "version: 1\nmessages:\n  a:\n    source: x\n    translation: y\n",
        )
        .expect("format 1 reads");
        assert_eq!(lock.messages["a"].text, None);
        // A format 1 entry compares by its hashes.
        let old = Reviewed {
            text: None,
            source: Some(hash("Bonjour")),
            translation: hash("Hello"),
        };
        assert_eq!(compare(Some(&old), "Bonjour", "Hello"), None);
        assert_eq!(
            compare(Some(&old), "Salut", "Hello"),
            Some("translation-stale")
        );
        // Format 2 keeps the source text once, not also its hash.
        let new = serde_yaml::to_string(&Reviewed::of("Bonjour", "Hello")).expect("YAML");
        assert_eq!(
            new,
            format!("text: Bonjour\ntranslation: {}\n", hash("Hello"))
        );
        let hint = msg!("lint-translation-message-hint", id = "a");
        assert_eq!(
            with_changes(
                "translation-stale",
                lock.messages.get("a"),
                "z",
                "fr",
                hint.clone()
            ),
            hint
        );
    }

    #[test]
    fn a_changed_source_with_an_unchanged_translation_is_stale() {
        let r = Reviewed::of("Bonjour", "Hello");
        assert_eq!(compare(Some(&r), "Bonjour", "Hello"), None);
        assert_eq!(
            compare(Some(&r), "Bonjour!", "Hello"),
            Some("translation-stale")
        );
        assert_eq!(
            compare(Some(&r), "Bonjour!", "Hello!"),
            Some("translation-unreviewed")
        );
        // Fixing only the translation keeps it fresh.
        assert_eq!(compare(Some(&r), "Bonjour", "Hello!"), None);
        assert_eq!(compare(None, "a", "b"), Some("translation-unreviewed"));
        assert_eq!(
            compare(None, "Québec.ca", "Québec.ca"),
            None,
            "nothing to translate"
        );
    }

    #[test]
    fn texts_are_keyed_by_section_id() {
        let v: Value = serde_yaml::from_str(
            "title: {en: A, fr: B}\nsections:\n  - id: x\n    body: {en: C, fr: D}\n",
        )
        .unwrap();
        let keys: Vec<String> = policy_texts(&v).into_iter().map(|t| t.key).collect();
        assert_eq!(keys, ["title", "sections[x].body"]);
    }
}
