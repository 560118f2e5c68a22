//! One pass over a YAML document: its value and its span index together.
//!
//! `saphyr-parser` events are turned into the [`serde_yaml::Value`] that
//! `serde_yaml::from_str` would produce, while [`SpanRecorder`] notes where
//! each node sits. The rules for plain scalars (null, booleans, integers,
//! floats), core tags and local tags are serde_yaml 0.9's, copied from its
//! `de.rs`.
//!
//! Whenever serde_yaml could reject the document or build it differently
//! (a syntax error, a second document, a duplicate key by value, an integer
//! that does not fit 64 bits, an alias used before its anchor is complete,
//! too much alias expansion), the value is left out and the caller asks
//! serde_yaml itself, so every such case behaves exactly as serde_yaml
//! does. Only the spans are kept, as far as the walk got.
//!
//! What a policy file may not hold at all is refused here, without asking
//! serde_yaml (see `guard`): nesting deeper than [`MAX_DEPTH`] (the walk
//! stops there), tags (reported; the value is built as if the tag were not
//! written, so the rest of the file is still checked), control characters
//! and over-long texts.

use super::guard::{self, Place, Refusal, MAX_DEPTH, MAX_PROBLEMS, MAX_TEXT_BYTES};
use super::spans::{start_span, to_span, SpanIndex, SpanRecorder};
use saphyr_parser::{Event, Parser, ScalarStyle, Tag};
use serde_yaml::value::{Tag as YTag, TaggedValue};
use serde_yaml::{Mapping, Number, Value};
use std::collections::HashMap;

/// What one pass over a document produced.
pub(crate) struct Loaded {
    /// The document's value, or `None` when serde_yaml must decide. A key
    /// written twice keeps its first value (serde_yaml refuses the document;
    /// see `duplicated`).
    pub value: Option<Value>,
    /// Whether a mapping had two equal keys.
    pub duplicated: bool,
    /// Where each node sits (as far as the parser got on a syntax error).
    pub spans: SpanIndex,
    /// What the document may not hold (see `guard`), at most
    /// [`MAX_PROBLEMS`] of them; a fatal one is last and ended the walk.
    pub refused: Vec<Refusal>,
    /// Refusals found beyond those kept.
    pub more_refused: usize,
}

impl Loaded {
    /// The refusal that stopped the reading, if any.
    pub fn fatal(&self) -> Option<&Refusal> {
        self.refused.last().filter(|r| r.fatal())
    }
}

/// The spelling of a tag as the author wrote it, near enough: `!!binary`,
/// `!thing`, or the full `!<tag:…>`.
fn spell_tag(tag: &Tag) -> String {
    if tag.handle == CORE {
        format!("!!{}", tag.suffix)
    } else if tag.handle == "!" {
        format!("!{}", tag.suffix)
    } else if tag.handle.is_empty() {
        tag.suffix.clone()
    } else {
        format!("!<{}{}>", tag.handle, tag.suffix)
    }
}

/// Walks `text`'s events once, building its value and span index.
pub(crate) fn load(text: &str) -> Loaded {
    let mut spans = SpanRecorder::default();
    let mut values = Builder::default();
    if let Some(r) = guard::prescan(text) {
        values.fail();
        return Loaded {
            value: None,
            duplicated: false,
            spans: spans.finish(),
            refused: vec![r],
            more_refused: 0,
        };
    }
    let mut refused: Vec<Refusal> = Vec::new();
    let mut more_refused = 0usize;
    let mut refuse = |r: Refusal| {
        if refused.len() < MAX_PROBLEMS || r.fatal() {
            refused.push(r);
        } else {
            more_refused += 1;
        }
    };
    let mut parser = Parser::new_from_str(text);
    let mut documents = 0u32;
    loop {
        let (event, span) = match parser.next_event() {
            Some(Ok(e)) => e,
            Some(Err(_)) | None => {
                // serde_yaml reports the syntax error (or whatever saphyr
                // tripped on) with its own wording.
                values.fail();
                break;
            }
        };
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                let sp = to_span(span, &text);
                spans.node(sp, Some(text.as_ref()));
                if let Some(tag) = &tag {
                    refuse(Refusal::Tag(Place::Span(sp), spell_tag(tag)));
                }
                if text.len() > MAX_TEXT_BYTES {
                    refuse(Refusal::TooLong(Place::Span(sp), text.len()));
                } else if let Some(c) = guard::control_char(&text) {
                    refuse(Refusal::Control(Place::Span(sp), c));
                }
                // A tag is refused above; the value is read as if it were
                // not there, so the rest of the file is checked as usual.
                values.scalar(text.into_owned(), style, anchor, None);
            }
            Event::Alias(id) => {
                let sp = to_span(span, "*");
                spans.node(sp, None);
                if values.alias(id, spans.depth()) {
                    refuse(Refusal::TooDeep(Place::Span(sp)));
                    values.fail();
                    break;
                }
            }
            Event::MappingStart(anchor, ref tag) | Event::SequenceStart(anchor, ref tag) => {
                let is_map = matches!(event, Event::MappingStart(..));
                let sp = start_span(span);
                let at = spans.node(sp, None);
                if spans.depth() >= MAX_DEPTH {
                    refuse(Refusal::TooDeep(Place::Span(sp)));
                    values.fail();
                    break;
                }
                if let Some(tag) = tag {
                    refuse(Refusal::Tag(Place::Span(sp), spell_tag(tag)));
                }
                spans.open(at, is_map);
                values.open(is_map, anchor, None);
            }
            Event::MappingEnd | Event::SequenceEnd => {
                spans.close();
                values.close();
            }
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    // serde_yaml refuses a second document.
                    values.fail();
                }
            }
            Event::StreamEnd => break,
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
        }
    }
    let duplicated = values.duplicated;
    Loaded {
        value: values.finish(),
        duplicated,
        spans: spans.finish(),
        refused,
        more_refused,
    }
}

/// Builds the value from events, as serde_yaml's `Value` deserializer would.
#[derive(Default)]
struct Builder {
    /// Set once serde_yaml must decide; nothing more is built.
    failed: bool,
    /// A mapping had two equal keys: the first value was kept.
    duplicated: bool,
    stack: Vec<Frame>,
    root: Option<Value>,
    /// Complete anchored nodes, by saphyr's anchor id (a new id for every
    /// anchor written, so a redefined anchor does not replace the old one
    /// for aliases that refer to it).
    anchors: HashMap<usize, Anchored>,
    /// Events seen that serde_yaml counts (nodes and collection ends).
    events: u64,
    /// Alias expansions serde_yaml would make (it fails beyond 100 per event).
    jumps: u64,
    /// Nodes copied when expanding aliases (bounds our time and memory).
    copied: u64,
}

/// A complete anchored node.
struct Anchored {
    value: Value,
    /// Collections nested in it (0 for a scalar).
    height: usize,
    /// Alias expansions serde_yaml makes to replay it.
    jumps: u64,
    /// Nodes in it once expanded.
    nodes: u64,
}

/// A collection being built.
struct Frame {
    kind: Kind,
    anchor: usize,
    /// Local tag to wrap the collection in (`!thing` → `Tagged`).
    tag: Option<String>,
    /// Collections nested inside (not counting this one).
    height: usize,
    jumps: u64,
    nodes: u64,
}

enum Kind {
    Seq(Vec<Value>),
    Map(Mapping, Option<Value>),
}

/// What a tag means for a node, following serde_yaml.
enum TagKind<'t> {
    /// No tag.
    None,
    /// A core schema tag (`!!str`, `!!int`...): its full name.
    Core(&'t str),
    /// A local tag (`!thing`): the value becomes `Tagged` with this name.
    Local(&'t str),
}

/// The core schema's tag prefix (what `!!` stands for).
const CORE: &str = "tag:yaml.org,2002:";

/// How serde_yaml treats `tag`, or `None` for a tag left to serde_yaml.
fn tag_kind(tag: Option<&Tag>) -> Option<TagKind<'_>> {
    let Some(tag) = tag else {
        return Some(TagKind::None);
    };
    if tag.handle == CORE && !tag.suffix.is_empty() && !tag.suffix.contains('%') {
        Some(TagKind::Core(&tag.suffix))
    } else if tag.handle == "!" && !tag.suffix.is_empty() && !tag.suffix.contains(['%', '!']) {
        Some(TagKind::Local(&tag.suffix))
    } else {
        // Verbatim tags, `%TAG` handles, the non-specific `!`: rare, and
        // their spelling after libyaml is subtle. Let serde_yaml decide.
        None
    }
}

impl Builder {
    fn fail(&mut self) {
        if !self.failed {
            self.failed = true;
            self.stack = Vec::new();
            self.anchors = HashMap::new();
            self.root = None;
        }
    }

    fn finish(mut self) -> Option<Value> {
        if self.failed || !self.stack.is_empty() || self.jumps > self.events * 100 {
            return None;
        }
        // An empty stream is null, as serde_yaml has it.
        Some(self.root.take().unwrap_or(Value::Null))
    }

    fn scalar(&mut self, text: String, style: ScalarStyle, anchor: usize, tag: Option<&Tag>) {
        if self.failed {
            return;
        }
        self.events += 1;
        let value = tag_kind(tag).and_then(|kind| scalar_value(text, style, kind));
        match value {
            Some(v) => self.push(v, anchor, 0, 0, 1),
            None => self.fail(),
        }
    }

    /// Adds the anchored node `id` refers to; `true` when it would nest
    /// deeper than [`MAX_DEPTH`] at `depth`.
    fn alias(&mut self, id: usize, depth: usize) -> bool {
        if self.failed {
            return false;
        }
        self.events += 1;
        // An alias to an anchor still being built recurses in serde_yaml.
        let Some(a) = self.anchors.get(&id) else {
            self.fail();
            return false;
        };
        if depth + a.height > MAX_DEPTH {
            return true;
        }
        let jumps = self.jumps.saturating_add(1).saturating_add(a.jumps);
        let copied = self.copied.saturating_add(a.nodes);
        // serde_yaml allows 100 expansions per event of the whole document;
        // past that many so far (or that many copied nodes), let it decide.
        let budget = self.events.saturating_mul(100);
        if jumps > budget || copied > budget.saturating_add(10_000) {
            self.fail();
            return false;
        }
        self.jumps = jumps;
        self.copied = copied;
        let (value, height, a_jumps, nodes) = (a.value.clone(), a.height, a.jumps, a.nodes);
        // As serde_yaml replays the anchor's events, an alias is not itself
        // an anchor.
        self.push(value, 0, height, a_jumps + 1, nodes);
        false
    }

    fn open(&mut self, is_map: bool, anchor: usize, tag: Option<&Tag>) {
        if self.failed {
            return;
        }
        self.events += 1;
        let tag = match tag_kind(tag) {
            // serde_yaml ignores core tags on collections (`!!map`).
            Some(TagKind::None | TagKind::Core(_)) => None,
            Some(TagKind::Local(t)) => Some(t.to_string()),
            None => return self.fail(),
        };
        let kind = if is_map {
            Kind::Map(Mapping::new(), None)
        } else {
            Kind::Seq(Vec::new())
        };
        self.stack.push(Frame {
            kind,
            anchor,
            tag,
            height: 0,
            jumps: 0,
            nodes: 1,
        });
    }

    fn close(&mut self) {
        if self.failed {
            return;
        }
        self.events += 1;
        let Some(frame) = self.stack.pop() else {
            return self.fail();
        };
        let value = match frame.kind {
            Kind::Seq(items) => Value::Sequence(items),
            Kind::Map(map, None) => Value::Mapping(map),
            // A key without its value cannot come from the parser.
            Kind::Map(_, Some(_)) => return self.fail(),
        };
        let value = wrap(value, frame.tag);
        self.push(
            value,
            frame.anchor,
            frame.height + 1,
            frame.jumps,
            frame.nodes,
        );
    }

    /// Adds a complete node to its parent (or makes it the root).
    fn push(&mut self, value: Value, anchor: usize, height: usize, jumps: u64, nodes: u64) {
        if anchor != 0 {
            self.anchors.insert(
                anchor,
                Anchored {
                    value: value.clone(),
                    height,
                    jumps,
                    nodes,
                },
            );
        }
        let Some(top) = self.stack.last_mut() else {
            if self.root.is_some() {
                return self.fail();
            }
            self.root = Some(value);
            return;
        };
        top.height = top.height.max(height);
        top.jumps = top.jumps.saturating_add(jumps);
        top.nodes = top.nodes.saturating_add(nodes);
        match &mut top.kind {
            Kind::Seq(items) => items.push(value),
            Kind::Map(_, key @ None) => *key = Some(value),
            Kind::Map(map, key @ Some(_)) => {
                let Some(k) = key.take() else { return };
                match map.entry(k) {
                    serde_yaml::mapping::Entry::Vacant(e) => {
                        e.insert(value);
                    }
                    // serde_yaml refuses two equal keys ("duplicate entry"):
                    // the caller reports it, and may read on.
                    // The first value is kept, where the span index points.
                    serde_yaml::mapping::Entry::Occupied(_) => self.duplicated = true,
                }
            }
        }
    }
}

fn wrap(value: Value, tag: Option<String>) -> Value {
    match tag {
        Some(tag) => Value::Tagged(Box::new(TaggedValue {
            tag: YTag::new(tag),
            value,
        })),
        None => value,
    }
}

/// The value of a scalar as serde_yaml builds it, or `None` where serde_yaml
/// fails (a scalar that does not fit its tag, an integer beyond 64 bits).
fn scalar_value(text: String, style: ScalarStyle, tag: TagKind<'_>) -> Option<Value> {
    match tag {
        TagKind::None if style == ScalarStyle::Plain => untagged(text),
        TagKind::None => Some(Value::String(text)),
        TagKind::Core(name) => match name {
            "bool" => parse_bool(&text).map(Value::Bool),
            "int" => match int(&text) {
                Int::Fits(n) => Some(Value::Number(n)),
                Int::TooBig | Int::No => None,
            },
            "float" => parse_f64(&text).map(|f| Value::Number(f.into())),
            "null" => parse_null(&text).map(|()| Value::Null),
            // `!!str`, `!!binary`, `!!timestamp`...: the text, as written.
            _ => Some(Value::String(text)),
        },
        TagKind::Local(name) => {
            let inner = if style == ScalarStyle::Plain {
                untagged(text)?
            } else {
                Value::String(text)
            };
            Some(wrap(inner, Some(name.to_string())))
        }
    }
}

/// serde_yaml's `visit_untagged_scalar`.
fn untagged(text: String) -> Option<Value> {
    if text.is_empty() || parse_null(&text).is_some() {
        return Some(Value::Null);
    }
    if let Some(b) = parse_bool(&text) {
        return Some(Value::Bool(b));
    }
    // Text that cannot start a number is a string: skip the parsers.
    if !text
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))
    {
        return Some(Value::String(text));
    }
    match int(&text) {
        Int::Fits(n) => return Some(Value::Number(n)),
        // serde_yaml's Value has no 128-bit integers: it fails.
        Int::TooBig => return None,
        Int::No => {}
    }
    if !digits_but_not_number(&text) {
        if let Some(f) = parse_f64(&text) {
            return Some(Value::Number(f.into()));
        }
    }
    Some(Value::String(text))
}

enum Int {
    Fits(Number),
    TooBig,
    No,
}

/// serde_yaml's `visit_int`: u64, then negative i64, then 128 bits.
fn int(v: &str) -> Int {
    if let Some(n) = parse_unsigned_int(v, u64::from_str_radix) {
        return Int::Fits(n.into());
    }
    if let Some(n) = parse_negative_int(v, i64::from_str_radix) {
        return Int::Fits(n.into());
    }
    if parse_unsigned_int(v, u128::from_str_radix).is_some()
        || parse_negative_int(v, i128::from_str_radix).is_some()
    {
        return Int::TooBig;
    }
    Int::No
}

// The functions below are serde_yaml 0.9.34's (src/de.rs), unchanged, so
// that scalars resolve exactly as there.

fn parse_null(scalar: &str) -> Option<()> {
    match scalar {
        "null" | "Null" | "NULL" | "~" => Some(()),
        _ => None,
    }
}

fn parse_bool(scalar: &str) -> Option<bool> {
    match scalar {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

type Radix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

fn parse_unsigned_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unpositive = scalar.strip_prefix('+').unwrap_or(scalar);
    if let Some(rest) = unpositive.strip_prefix("0x") {
        if rest.starts_with(['+', '-']) {
            return None;
        }
        if let Ok(int) = from_str_radix(rest, 16) {
            return Some(int);
        }
    }
    if let Some(rest) = unpositive.strip_prefix("0o") {
        if rest.starts_with(['+', '-']) {
            return None;
        }
        if let Ok(int) = from_str_radix(rest, 8) {
            return Some(int);
        }
    }
    if let Some(rest) = unpositive.strip_prefix("0b") {
        if rest.starts_with(['+', '-']) {
            return None;
        }
        if let Ok(int) = from_str_radix(rest, 2) {
            return Some(int);
        }
    }
    if unpositive.starts_with(['+', '-']) {
        return None;
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(unpositive, 10).ok()
}

fn parse_negative_int<T>(scalar: &str, from_str_radix: Radix<T>) -> Option<T> {
    if let Some(rest) = scalar.strip_prefix("-0x") {
        let negative = format!("-{rest}");
        if let Ok(int) = from_str_radix(&negative, 16) {
            return Some(int);
        }
    }
    if let Some(rest) = scalar.strip_prefix("-0o") {
        let negative = format!("-{rest}");
        if let Ok(int) = from_str_radix(&negative, 8) {
            return Some(int);
        }
    }
    if let Some(rest) = scalar.strip_prefix("-0b") {
        let negative = format!("-{rest}");
        if let Ok(int) = from_str_radix(&negative, 2) {
            return Some(int);
        }
    }
    if digits_but_not_number(scalar) {
        return None;
    }
    from_str_radix(scalar, 10).ok()
}

fn parse_f64(scalar: &str) -> Option<f64> {
    let unpositive = if let Some(unpositive) = scalar.strip_prefix('+') {
        if unpositive.starts_with(['+', '-']) {
            return None;
        }
        unpositive
    } else {
        scalar
    };
    if let ".inf" | ".Inf" | ".INF" = unpositive {
        return Some(f64::INFINITY);
    }
    if let "-.inf" | "-.Inf" | "-.INF" = scalar {
        return Some(f64::NEG_INFINITY);
    }
    if let ".nan" | ".NaN" | ".NAN" = scalar {
        return Some(f64::NAN.copysign(1.0));
    }
    if let Ok(float) = unpositive.parse::<f64>() {
        if float.is_finite() {
            return Some(float);
        }
    }
    None
}

fn digits_but_not_number(scalar: &str) -> bool {
    // Leading zero(s) followed by numeric characters is a string according to
    // the YAML 1.2 spec. https://yaml.org/spec/1.2/spec.html#id2761292
    let scalar = scalar.strip_prefix(['-', '+']).unwrap_or(scalar);
    scalar.len() > 1 && scalar.starts_with('0') && scalar[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_yaml's answer for `text`, `None` when it fails.
    fn serde(text: &str) -> Option<Value> {
        serde_yaml::from_str::<Value>(text).ok()
    }

    /// Asserts the one-pass value is serde_yaml's (same `==` and same
    /// `Debug`, which tells `-0.0` from `0.0` and shows tags).
    fn same(text: &str, ours: &Value, theirs: &Value) {
        assert_eq!(ours, theirs, "{text:?}");
        assert_eq!(format!("{ours:?}"), format!("{theirs:?}"), "{text:?}");
    }

    /// Every YAML file of the repository loads in one pass to serde_yaml's
    /// value (but those of the site of YAML mistakes, which are not YAML on
    /// purpose).
    #[test]
    fn repository_files_match_serde_yaml() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let malformed = root.join("tests/fixtures/mistakes/load-yaml");
        let mut files = Vec::new();
        let mut dirs: Vec<_> = [
            "content",
            "tests/fixtures",
            "src/scaffold/templates",
            "themes",
        ]
        .iter()
        .map(|d| root.join(d))
        .collect();
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for e in entries.flatten() {
                let p = e.path();
                if p.is_dir() {
                    if p != malformed {
                        dirs.push(p);
                    }
                } else if p.extension().is_some_and(|x| x == "yaml" || x == "yml") {
                    files.push(p);
                }
            }
        }
        assert!(files.len() >= 20, "found only {files:?}");
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let theirs = serde(text);
            let loaded = load(text);
            let ours = loaded.value.filter(|_| !loaded.duplicated);
            match (&ours, &theirs) {
                (Some(o), Some(t)) => same(text, o, t),
                (None, _) => panic!("{}: not loaded in one pass", f.display()),
                (Some(_), None) => panic!("{}: serde_yaml rejects it", f.display()),
            }
        }
    }

    const SCALARS: &[&str] = &[
        "",
        "~",
        "null",
        "Null",
        "NULL",
        "nULL",
        "true",
        "True",
        "TRUE",
        "tRUE",
        "false",
        "False",
        "FALSE",
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "0",
        "1",
        "-1",
        "+1",
        "++1",
        "+-1",
        "-0",
        "+0",
        "00",
        "007",
        "-007",
        "+007",
        "0x1F",
        "0X1F",
        "0x",
        "0x-1",
        "-0x1F",
        "+0x1F",
        "0o17",
        "0o8",
        "-0o17",
        "0b101",
        "0b2",
        "-0b101",
        "0b",
        "1_000",
        "18446744073709551615",
        "18446744073709551616",
        "-9223372036854775808",
        "-9223372036854775809",
        "340282366920938463463374607431768211456",
        "99999999999999999999999999999999999999999",
        "1.5",
        "-1.5",
        "+1.5",
        ".5",
        "5.",
        "1e3",
        "1E3",
        "1e+3",
        "-1e-3",
        "1.0e400",
        ".inf",
        ".Inf",
        ".INF",
        "+.inf",
        "-.inf",
        "-.Inf",
        "-.INF",
        ".nan",
        ".NaN",
        ".NAN",
        "-.nan",
        "inf",
        "infinity",
        "nan",
        "NaN",
        "0.0",
        "-0.0",
        "00.5",
        "0.",
        "1:2",
        "12:30:00",
        "2024-01-31",
        "1,000",
        "$5",
        "5%",
        "abc",
        "a b",
        "été",
        "Québec",
        "0e0",
        "e5",
        ".",
        "-",
        "+",
        "-.",
        "1e",
        "0x1p3",
        "0_1",
    ];

    /// Plain and quoted scalars resolve as in serde_yaml; a tagged one is
    /// refused, and read as if the tag were not written.
    #[test]
    fn tricky_scalars_match_serde_yaml() {
        let mut docs = Vec::new();
        let mut tagged: Vec<(String, &str)> = Vec::new();
        for s in SCALARS {
            docs.push(format!("k: {s}\n"));
            docs.push(format!("- {s}\n"));
            docs.push(format!("{s}\n"));
            docs.push(format!("k: [{s}]\n"));
            docs.push(format!("k: '{s}'\n"));
            docs.push(format!("k: \"{s}\"\n"));
            docs.push(format!("k: |\n  {s}\n"));
            for tag in [
                "!!str", "!!int", "!!bool", "!!float", "!!null", "!thing", "!!binary",
            ] {
                tagged.push((format!("k: {tag} {s}\n"), tag));
                tagged.push((format!("k: {tag} '{s}'\n"), tag));
            }
            if !s.is_empty() {
                docs.push(format!("{s}: v\n"));
            }
        }
        for extra in [
            "? [a, b]\n: c\n",
            "? {a: 1}\n: c\n",
            "1: a\n0x1: b\n",
            "1: a\n'1': b\n",
            "a: &x 1\nb: *x\n",
            "a: &x [1, {b: 2}]\nc: *x\nd: *x\n",
            "a: &x 1\na2: &x 2\nb: *x\n",
            "a: &x [1, &y 2]\nb: *y\nc: &x 3\nd: *x\n",
            "&x a: b\nc: *x\n",
            "---\na: 1\n",
            "---\na: 1\n...\n",
            "a: 1\n---\nb: 2\n",
            "",
            "# only a comment\n",
            "---\n",
            "a:\n  - b\n  -\n  - c: \n",
            "a: >\n  folded\n  text\n\n  more\n",
            "a: |-\n  keep\n   indent\n",
            "a: \"esc \\u00e9 \\t \\\\ \\\" \\x41\"\n",
            "a: 'it''s'\n",
            "a: plain\n  continued\n",
            "<<: {a: 1}\nb: 2\n",
        ] {
            docs.push(extra.to_string());
        }
        for (d, tag) in [
            ("k: !thing {a: 1}\n", "!thing"),
            ("k: !thing [1, '2']\n", "!thing"),
            ("k: !!map {a: 1}\n", "!!map"),
            ("k: !!seq [1]\n", "!!seq"),
            ("k: !!str\n", "!!str"),
            ("k: !!null\n", "!!null"),
        ] {
            tagged.push((d.to_string(), tag));
        }
        for (d, tag) in &tagged {
            let loaded = load(d);
            if loaded.value.is_none() && loaded.refused.is_empty() {
                // saphyr stops before the tag (`!!str -`): serde_yaml reads
                // it, and the slow path refuses the tag.
                continue;
            }
            assert!(
                matches!(&loaded.refused[..], [Refusal::Tag(_, t)] if t == tag),
                "{d:?}: {:?}",
                loaded.refused
            );
            let plain = d.replacen(tag, "", 1);
            match (loaded.value, serde(&plain)) {
                (Some(o), Some(t)) => same(d, &o, &t),
                (None, None) => {}
                (o, t) => panic!("{d:?}: {o:?} where serde_yaml reads {plain:?} as {t:?}"),
            }
        }
        let mut left = Vec::new();
        for d in &docs {
            // With two equal keys, serde_yaml fails where one pass keeps the
            // first value and says so.
            let loaded = load(d);
            let ours = loaded.value.filter(|_| !loaded.duplicated);
            match (&ours, &serde(d)) {
                (Some(o), Some(t)) => same(d, o, t),
                (Some(o), None) => panic!("{d:?}: serde_yaml fails, one pass gives {o:?}"),
                (None, Some(_)) => left.push(d.as_str()),
                (None, None) => {}
            }
        }
        // Left to serde_yaml (slow but exact): saphyr refuses a lone `-` in a
        // flow sequence, where libyaml reads the string "-".
        assert_eq!(left, ["k: [-]\n"]);
    }

    /// Aliases expand like serde_yaml's, but an alias bomb is left to
    /// serde_yaml (which refuses it) without being expanded here; nesting
    /// deeper than `MAX_DEPTH` is refused, written or through an alias.
    #[test]
    fn alias_bombs_are_left_to_serde_yaml_and_deep_nesting_refused() {
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (i, c) in "bcdefghi".chars().enumerate() {
            let prev = (b'a' + i as u8) as char;
            bomb.push_str(&format!(
                "{c}: &{c} [{}]\n",
                vec![format!("*{prev}"); 9].join(",")
            ));
        }
        assert!(load(&bomb).value.is_none());
        assert!(serde(&bomb).is_none());
        let too_deep = |text: &str| {
            let l = load(text);
            l.value.is_none() && matches!(l.fatal(), Some(Refusal::TooDeep(_)))
        };
        let n = MAX_DEPTH;
        assert!(too_deep(&format!(
            "{}{}",
            "[".repeat(n + 1),
            "]".repeat(n + 1)
        )));
        let ok = format!("{}{}", "[".repeat(n), "]".repeat(n));
        same(&ok, &load(&ok).value.unwrap(), &serde(&ok).unwrap());
        assert!(too_deep(&"[".repeat(100_000)));
        // Block style: a list in a list..., on one line or indented.
        assert!(too_deep(&"- ".repeat(n + 1)));
        assert!(load(&"- ".repeat(n)).fatal().is_none());
        let block: String = (0..=n).map(|i| format!("{}k:\n", " ".repeat(i))).collect();
        assert!(too_deep(&block));
        // Through an alias.
        let half = n / 2 + 1;
        let alias = format!(
            "a: &a {}{}\nb: {}*a{}\n",
            "[".repeat(half),
            "]".repeat(half),
            "[".repeat(half),
            "]".repeat(half)
        );
        assert!(too_deep(&alias));
        // Recursion through an alias to an unfinished anchor.
        assert!(load("a: &a [*a]\n").value.is_none());
    }
}
