//! Where each key and value of a YAML document sits.
//!
//! serde_yaml gives correct positions for syntax and type errors but not for
//! missing fields or duplicate keys, and none at all once a value has been
//! merged with a profile. This pass walks the event stream of
//! `saphyr-parser` once and records, for every path in the document
//! (`cookies.analytics.opt_out[0].url`), the span of its key and of its value,
//! so any later stage can point at the author's line.

use crate::source::Span;
use saphyr_parser::{Event, Parser, Span as YSpan};
use std::collections::HashMap;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PathSeg {
    /// A mapping key.
    Key(String),
    /// A sequence index.
    Index(usize),
}

/// A path from the document root, e.g. `cookies.analytics.opt_out[0]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct YamlPath(pub Vec<PathSeg>);

impl YamlPath {
    /// The document root.
    pub fn root() -> Self {
        YamlPath(Vec::new())
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
    nodes: HashMap<YamlPath, NodeSpans>,
    /// Keys written twice in one mapping.
    pub duplicates: Vec<DuplicateKey>,
}

impl SpanIndex {
    /// Spans of the node at `path`, if it is in the document.
    pub fn get(&self, path: &YamlPath) -> Option<&NodeSpans> {
        self.nodes.get(path)
    }

    /// The best span to show for a problem at `path`: the node's key (or
    /// value) if it exists, else the nearest ancestor that does. Returns the
    /// span and how many path segments had to be dropped to find it.
    pub fn locate(&self, path: &YamlPath) -> Option<(Span, usize)> {
        let mut p = path.clone();
        let mut dropped = 0;
        loop {
            if let Some(n) = self.nodes.get(&p) {
                return Some((n.key.unwrap_or(n.value), dropped));
            }
            p.0.pop()?;
            dropped += 1;
        }
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
    /// spans seen so far are returned; serde_yaml reports the error itself.
    pub fn build(text: &str) -> SpanIndex {
        let mut index = SpanIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut parser = Parser::new_from_str(text);
        // Depth guard: a hostile document nested thousands deep is rejected by
        // serde_yaml; stop recording here rather than growing without bound.
        const MAX_DEPTH: usize = 256;
        while let Some(Ok((event, span))) = parser.next_event() {
            match event {
                Event::Scalar(value, ..) => {
                    let sp = to_span(span, &value);
                    index.on_node(&mut stack, sp, Some(value.as_ref()));
                }
                Event::Alias(_) => {
                    index.on_node(&mut stack, to_span(span, "*"), None);
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let sp = Span::new(span.start.line() as u32, span.start.col() as u32 + 1, 1);
                    let path = index.on_node(&mut stack, sp, None);
                    if stack.len() >= MAX_DEPTH {
                        break;
                    }
                    stack.push(Frame {
                        path,
                        kind: if is_map {
                            FrameKind::Map {
                                pending_key: None,
                                seen: HashMap::new(),
                            }
                        } else {
                            FrameKind::Seq { next: 0 }
                        },
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                Event::StreamEnd => break,
                _ => {}
            }
        }
        index
    }

    /// Records a node (scalar, alias or collection start) at the current
    /// position of the walk and returns its path. `key_text` is the scalar's
    /// text, used when the node is a mapping key.
    fn on_node(&mut self, stack: &mut [Frame], span: Span, key_text: Option<&str>) -> YamlPath {
        let Some(top) = stack.last_mut() else {
            let path = YamlPath::root();
            self.nodes.insert(
                path.clone(),
                NodeSpans {
                    key: None,
                    value: span,
                },
            );
            return path;
        };
        match &mut top.kind {
            FrameKind::Seq { next } => {
                let path = top.path.index(*next);
                *next += 1;
                self.nodes.insert(
                    path.clone(),
                    NodeSpans {
                        key: None,
                        value: span,
                    },
                );
                path
            }
            FrameKind::Map { pending_key, seen } => match pending_key.take() {
                None => {
                    // This node is a key.
                    let key = key_text.unwrap_or("").to_string();
                    let path = top.path.key(&key);
                    if let Some(first) = seen.get(&key) {
                        self.duplicates.push(DuplicateKey {
                            path: path.clone(),
                            first: *first,
                            again: span,
                        });
                    } else {
                        seen.insert(key.clone(), span);
                    }
                    *pending_key = Some((key, span));
                    path
                }
                Some((key, key_span)) => {
                    let path = top.path.key(&key);
                    // Keep the first occurrence of a duplicated key.
                    self.nodes.entry(path.clone()).or_insert(NodeSpans {
                        key: Some(key_span),
                        value: span,
                    });
                    path
                }
            },
        }
    }
}

struct Frame {
    path: YamlPath,
    kind: FrameKind,
}

enum FrameKind {
    Map {
        pending_key: Option<(String, Span)>,
        seen: HashMap<String, Span>,
    },
    Seq {
        next: usize,
    },
}

fn to_span(span: YSpan, text: &str) -> Span {
    let start = span.start;
    let len = if span.end.line() == start.line() && span.end.index() > start.index() {
        span.end.index() - start.index()
    } else {
        // Multi-line or empty scalars: underline the first line of the text.
        text.lines().next().map_or(0, |l| l.chars().count()).max(1)
    };
    Span::new(start.line() as u32, start.col() as u32 + 1, len as u32)
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
