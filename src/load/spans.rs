//! Where each key and value of a YAML document sits.
//!
//! serde_yaml gives correct positions for syntax and type errors but not for
//! missing fields or duplicate keys, and none at all once a value has been
//! merged with a profile. While `events` walks the event stream of
//! `saphyr-parser` to build a document's value, it records here, for every
//! path in the document (`services[0].opt_out[0].url`), the span of its
//! key and of its value, so any later stage can point at the author's line.
//!
//! Nodes are keyed by a 64-bit hash of their path, computed incrementally
//! during the walk (the parent's hash mixed with the key or index), so
//! recording a node allocates nothing; [`SpanIndex::get`] folds the queried
//! path's segments into the same hash.

use crate::source::Span;
use saphyr_parser::Span as YSpan;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSeg {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// One step of a path, borrowed from the document: walks over every node
/// keep a stack of these and make a [`YamlPath`] only when they report
/// something ([`YamlPath::from_steps`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step<'a> {
    /// A mapping key.
    Key(&'a str),
    /// A sequence index.
    Index(usize),
}

/// What [`walk`] does below the node it visited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visit {
    /// Visit its children.
    Descend,
    /// Leave them.
    Skip,
}

/// Visits every node of a YAML tree, each before its children, with the
/// steps that lead to it (mapping keys that are not text are passed over);
/// below a node only when `visit` returns [`Visit::Descend`]. The steps are
/// borrowed: [`YamlPath::from_steps`] makes a path of them when needed.
pub fn walk<'a>(
    value: &'a serde_yaml::Value,
    visit: &mut impl FnMut(&[Step<'a>], &'a serde_yaml::Value) -> Visit,
) {
    fn go<'a>(
        v: &'a serde_yaml::Value,
        steps: &mut Vec<Step<'a>>,
        visit: &mut impl FnMut(&[Step<'a>], &'a serde_yaml::Value) -> Visit,
    ) {
        use serde_yaml::Value;
        if visit(steps, v) == Visit::Skip {
            return;
        }
        match v {
            Value::Mapping(m) => {
                for (k, child) in m {
                    if let Some(k) = k.as_str() {
                        steps.push(Step::Key(k));
                        go(child, steps, visit);
                        steps.pop();
                    }
                }
            }
            Value::Sequence(items) => {
                for (i, child) in items.iter().enumerate() {
                    steps.push(Step::Index(i));
                    go(child, steps, visit);
                    steps.pop();
                }
            }
            Value::Tagged(t) => go(&t.value, steps, visit),
            _ => {}
        }
    }
    go(value, &mut Vec::new(), visit);
}

/// A path from the document root, e.g. `services[0].opt_out[0]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct YamlPath(pub Vec<PathSeg>);

impl YamlPath {
    /// The document root.
    pub fn root() -> Self {
        YamlPath(Vec::new())
    }

    /// The path the steps lead to.
    pub fn from_steps(steps: &[Step<'_>]) -> Self {
        YamlPath(
            steps
                .iter()
                .map(|s| match *s {
                    Step::Key(k) => PathSeg::Key(k.to_string()),
                    Step::Index(i) => PathSeg::Index(i),
                })
                .collect(),
        )
    }

    /// This path with a key appended.
    pub fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.0.push(PathSeg::Key(key.to_string()));
        p
    }

    /// This path with an index appended.
    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(PathSeg::Index(i));
        p
    }

    /// The parent path (the root is its own parent).
    pub fn parent(&self) -> Self {
        let mut p = self.clone();
        p.0.pop();
        p
    }

    /// Whether this is the root.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    /// The last key of the path, if it ends with a key.
    pub fn last_key(&self) -> Option<&str> {
        match self.0.last() {
            Some(PathSeg::Key(k)) => Some(k),
            _ => None,
        }
    }
}

impl std::fmt::Display for YamlPath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(document)");
        }
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                PathSeg::Key(k) if i == 0 => write!(f, "{k}")?,
                PathSeg::Key(k) => write!(f, ".{k}")?,
                PathSeg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// The spans of one node: its key (for mapping values) and its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeSpans {
    /// The key's span, for a value inside a mapping.
    pub key: Option<Span>,
    /// The value's span (for collections, the position where they start).
    pub value: Span,
}

/// A key written twice in the same mapping.
#[derive(Debug, Clone)]
pub struct DuplicateKey {
    /// Path of the duplicated key.
    pub path: YamlPath,
    /// Where it is first written.
    pub first: Span,
    /// Where it is written again.
    pub again: Span,
}

/// Spans of every node of a document.
#[derive(Debug, Default, Clone)]
pub struct SpanIndex {
    /// Node spans by [`path_hash`] of their path.
    nodes: HashMap<u64, NodeSpans, BuildHasherDefault<PathHasher>>,
    /// Keys written twice in one mapping.
    pub duplicates: Vec<DuplicateKey>,
}

impl SpanIndex {
    /// Spans of the node at `path`, if it is in the document.
    pub fn get(&self, path: &YamlPath) -> Option<&NodeSpans> {
        self.nodes.get(&path_hash(&path.0))
    }

    /// The best span to show for a problem at `path`: the node's key (or
    /// value) if it exists, else the nearest ancestor that does. Returns the
    /// span and how many path segments had to be dropped to find it.
    pub fn locate(&self, path: &YamlPath) -> Option<(Span, usize)> {
        // Hashes of every prefix, root first, then search from the longest.
        let mut hashes = Vec::with_capacity(path.0.len() + 1);
        let mut h = ROOT_HASH;
        hashes.push(h);
        for seg in &path.0 {
            h = seg_hash(h, seg);
            hashes.push(h);
        }
        hashes.iter().rev().enumerate().find_map(|(dropped, h)| {
            self.nodes
                .get(h)
                .map(|n| (n.key.unwrap_or(n.value), dropped))
        })
    }

    /// Moves every span on line 1 right by `n` columns (used when a byte
    /// order mark was stripped before parsing).
    pub fn shift_first_line_columns(&mut self, n: u32) {
        let shift = |s: &mut Span| {
            if s.line == 1 {
                s.column += n;
            }
        };
        for node in self.nodes.values_mut() {
            shift(&mut node.value);
            if let Some(k) = node.key.as_mut() {
                shift(k);
            }
        }
        for d in &mut self.duplicates {
            shift(&mut d.first);
            shift(&mut d.again);
        }
    }

    /// Walks the document's events and records spans. On a syntax error the
    /// spans seen so far are returned. (The loader records spans while it
    /// builds the value, see [`super::yaml::parse`]; this is the spans alone.)
    pub fn build(text: &str) -> SpanIndex {
        super::events::load(text).spans
    }
}

/// Hash of the document root's path.
const ROOT_HASH: u64 = 0x243f_6a88_85a3_08d3;

/// Mixes two words into one (the "folded multiply" of wyhash and foldhash):
/// every bit of the result depends on every bit of both inputs.
#[inline]
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = u128::from(a) * u128::from(b);
    (r as u64) ^ ((r >> 64) as u64)
}

/// Hash of a key's text.
#[inline]
fn text_hash(text: &str) -> u64 {
    let bytes = text.as_bytes();
    let mut h = 0x1319_8a2e_0370_7344 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = fold_mul(h ^ u64::from_le_bytes(w), 0xa409_3822_299f_31d0);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = fold_mul(h ^ u64::from_le_bytes(w), 0x082e_fa98_ec4e_6c89);
    }
    h
}

/// Hash of the path `parent` + key `key`.
#[inline]
pub(crate) fn key_hash(parent: u64, key: &str) -> u64 {
    fold_mul(
        parent ^ 0x4528_21e6_38d0_1377,
        text_hash(key) ^ 0xbe54_66cf_34e9_0c6c,
    )
}

/// Hash of the path `parent` + index `i`.
#[inline]
pub(crate) fn index_hash(parent: u64, i: usize) -> u64 {
    fold_mul(
        parent ^ 0xc0ac_29b7_c97c_50dd,
        (i as u64) ^ 0x3f84_d5b5_b547_0917,
    )
}

fn seg_hash(parent: u64, seg: &PathSeg) -> u64 {
    match seg {
        PathSeg::Key(k) => key_hash(parent, k),
        PathSeg::Index(i) => index_hash(parent, *i),
    }
}

/// Hash of a whole path, as recorded during the walk.
fn path_hash(segs: &[PathSeg]) -> u64 {
    segs.iter().fold(ROOT_HASH, seg_hash)
}

/// The map's keys are already well-mixed hashes: use them as they are.
#[derive(Default, Clone, Copy)]
struct PathHasher(u64);

impl Hasher for PathHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Records spans while the events of a document are walked: the caller
/// reports each node (scalar, alias or collection start) with
/// [`SpanRecorder::node`] and each collection with [`SpanRecorder::open`] and
/// [`SpanRecorder::close`].
#[derive(Default)]
pub(crate) struct SpanRecorder {
    index: SpanIndex,
    stack: Vec<Frame>,
    /// Texts of the mapping keys on the current path, back to back; frames
    /// refer to ranges of it. Only read to name a duplicated key.
    keys: String,
}

/// Where the node just recorded hangs from its parent.
#[derive(Clone)]
pub(crate) struct NodeAt {
    hash: u64,
    seg: Seg,
}

#[derive(Clone)]
enum Seg {
    Root,
    Key(Range<usize>),
    Index(usize),
}

struct Frame {
    at: NodeAt,
    kind: FrameKind,
}

enum FrameKind {
    Map {
        /// Where this mapping's key texts start in `SpanRecorder::keys`.
        base: usize,
        pending_key: Option<PendingKey>,
        /// Keys seen so far, by path hash.
        seen: Seen,
    },
    Seq {
        next: usize,
    },
}

struct PendingKey {
    at: NodeAt,
    span: Span,
}

/// The keys of one mapping: a short list, or a hash map for long mappings.
enum Seen {
    Few(Vec<(u64, Span)>),
    Many(HashMap<u64, Span, BuildHasherDefault<PathHasher>>),
}

impl Seen {
    /// The span of `key` if it was seen, else records it.
    fn check(&mut self, key: u64, span: Span) -> Option<Span> {
        const FEW: usize = 16;
        match self {
            Seen::Few(v) => {
                if let Some((_, first)) = v.iter().find(|(k, _)| *k == key) {
                    return Some(*first);
                }
                if v.len() < FEW {
                    v.push((key, span));
                } else {
                    let mut m: HashMap<u64, Span, BuildHasherDefault<PathHasher>> =
                        v.drain(..).collect();
                    m.insert(key, span);
                    *self = Seen::Many(m);
                }
                None
            }
            Seen::Many(m) => match m.entry(key) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(span);
                    None
                }
            },
        }
    }
}

impl SpanRecorder {
    /// How many collections are open.
    pub(crate) fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The spans recorded.
    pub(crate) fn finish(self) -> SpanIndex {
        self.index
    }

    /// Opens the collection whose start was just recorded at `at`.
    pub(crate) fn open(&mut self, at: NodeAt, is_map: bool) {
        let kind = if is_map {
            FrameKind::Map {
                base: self.keys.len(),
                pending_key: None,
                seen: Seen::Few(Vec::new()),
            }
        } else {
            FrameKind::Seq { next: 0 }
        };
        self.stack.push(Frame { at, kind });
    }

    /// Closes the innermost collection.
    pub(crate) fn close(&mut self) {
        self.stack.pop();
    }

    /// Records a node (scalar, alias or collection start) at the current
    /// position of the walk and returns where it sits. `key_text` is the
    /// scalar's text, used when the node is a mapping key.
    pub(crate) fn node(&mut self, span: Span, key_text: Option<&str>) -> NodeAt {
        let Some(top) = self.stack.last_mut() else {
            self.index.nodes.insert(
                ROOT_HASH,
                NodeSpans {
                    key: None,
                    value: span,
                },
            );
            return NodeAt {
                hash: ROOT_HASH,
                seg: Seg::Root,
            };
        };
        match &mut top.kind {
            FrameKind::Seq { next } => {
                let at = NodeAt {
                    hash: index_hash(top.at.hash, *next),
                    seg: Seg::Index(*next),
                };
                *next += 1;
                self.index.nodes.insert(
                    at.hash,
                    NodeSpans {
                        key: None,
                        value: span,
                    },
                );
                at
            }
            FrameKind::Map {
                base,
                pending_key,
                seen,
            } => match pending_key.take() {
                None => {
                    // This node is a key.
                    let key = key_text.unwrap_or("");
                    self.keys.truncate(*base);
                    self.keys.push_str(key);
                    let at = NodeAt {
                        hash: key_hash(top.at.hash, key),
                        seg: Seg::Key(*base..self.keys.len()),
                    };
                    let first = seen.check(at.hash, span);
                    *pending_key = Some(PendingKey {
                        at: at.clone(),
                        span,
                    });
                    if let Some(first) = first {
                        let mut path = self.path();
                        path.0.push(PathSeg::Key(key.to_string()));
                        self.index.duplicates.push(DuplicateKey {
                            path,
                            first,
                            again: span,
                        });
                    }
                    at
                }
                Some(PendingKey { at, span: key_span }) => {
                    // Keep the first occurrence of a duplicated key.
                    self.index.nodes.entry(at.hash).or_insert(NodeSpans {
                        key: Some(key_span),
                        value: span,
                    });
                    at
                }
            },
        }
    }

    /// The path of the innermost open collection (only built to name a
    /// duplicated key).
    fn path(&self) -> YamlPath {
        YamlPath(
            self.stack
                .iter()
                .filter_map(|f| match &f.at.seg {
                    Seg::Root => None,
                    Seg::Key(r) => Some(PathSeg::Key(
                        self.keys.get(r.clone()).unwrap_or_default().to_string(),
                    )),
                    Seg::Index(i) => Some(PathSeg::Index(*i)),
                })
                .collect(),
        )
    }
}

/// The span of a scalar (or alias) event: its first line.
pub(crate) fn to_span(span: YSpan, text: &str) -> Span {
    let start = span.start;
    let len = if span.end.line() == start.line() && span.end.index() > start.index() {
        span.end.index() - start.index()
    } else {
        // Multi-line or empty scalars: underline the first line of the text.
        text.lines().next().map_or(0, |l| l.chars().count()).max(1)
    };
    Span::new(start.line() as u32, start.col() as u32 + 1, len as u32)
}

/// The span of a collection start event: a point where it starts.
pub(crate) fn start_span(span: YSpan) -> Span {
    Span::new(span.start.line() as u32, span.start.col() as u32 + 1, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &[&str]) -> YamlPath {
        YamlPath(
            s.iter()
                .map(|x| match x.parse::<usize>() {
                    Ok(n) => PathSeg::Index(n),
                    Err(_) => PathSeg::Key(x.to_string()),
                })
                .collect(),
        )
    }

    #[test]
    fn records_keys_values_and_sequence_items() {
        let text = "title:\n  en: Privacy\n  fr: Confidentialité\nlist:\n  - a\n  - b: 1\n";
        let idx = SpanIndex::build(text);
        let fr = idx.get(&p(&["title", "fr"])).unwrap();
        assert_eq!(fr.key, Some(Span::new(3, 3, 2)));
        assert_eq!(fr.value, Span::new(3, 7, 15));
        assert_eq!(idx.get(&p(&["list", "1", "b"])).unwrap().value.line, 6);
        assert_eq!(
            idx.get(&p(&["list", "0"])).unwrap().value,
            Span::new(5, 5, 1)
        );
        assert_eq!(p(&["list", "1", "b"]).to_string(), "list[1].b");
    }

    #[test]
    fn finds_duplicate_keys_with_both_positions() {
        let idx = SpanIndex::build("a: 1\nb: 2\na: 3\n");
        assert_eq!(idx.duplicates.len(), 1);
        assert_eq!(idx.duplicates[0].first.line, 1);
        assert_eq!(idx.duplicates[0].again.line, 3);
    }

    #[test]
    fn locate_falls_back_to_the_nearest_ancestor() {
        let idx = SpanIndex::build("organization:\n  name: x\n");
        let (span, dropped) = idx.locate(&p(&["organization", "website"])).unwrap();
        assert_eq!((span.line, dropped), (1, 1));
    }
}
