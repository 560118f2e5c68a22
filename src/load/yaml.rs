//! Parsing one YAML file into a value and its span index.
//!
//! One walk over `saphyr-parser`'s events builds both (see
//! `events`). serde_yaml is only called when that walk cannot vouch
//! for the result, chiefly on a syntax error: its libyaml messages are the
//! ones `explain_syntax_error` knows how to explain.

use super::events;
use super::spans::SpanIndex;
use crate::diagnostic::Diagnostic;
use crate::source::{FileId, SourceFile, Span};

/// A parsed YAML document: its value and where each node sits.
#[derive(Debug)]
pub struct YamlDoc {
    /// The file it came from.
    pub file: FileId,
    /// The document's value, exactly as serde_yaml builds it (so scalars
    /// follow its rules).
    pub value: serde_yaml::Value,
    /// Where each key and value sits.
    pub spans: SpanIndex,
    /// Errors that did not stop the reading (keys written twice: the last
    /// one is kept), so the rest of the file is still checked. A caller
    /// reports them, or refuses the document with [`YamlDoc::strict`].
    pub problems: Vec<Diagnostic>,
}

impl YamlDoc {
    /// The document if it has no problems, else the problems.
    pub fn strict(self) -> Result<YamlDoc, Vec<Diagnostic>> {
        if self.problems.is_empty() {
            Ok(self)
        } else {
            Err(self.problems)
        }
    }
}

/// Parses `source`. Syntax errors and duplicate keys come back as
/// diagnostics pointing at the offending line.
pub fn parse(file: FileId, source: &SourceFile) -> Result<YamlDoc, Vec<Diagnostic>> {
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let bom_shift = u32::from(text.len() != source.text.len());
    let events::Loaded {
        value: fast_value,
        duplicated,
        mut spans,
    } = events::load(text);
    // Two equal keys the span index did not see as the same text (`1` and
    // `01`): serde_yaml decides, and words it.
    let fast_value = fast_value.filter(|_| !duplicated || !spans.duplicates.is_empty());
    if bom_shift == 1 {
        spans.shift_first_line_columns(1);
    }
    let problems: Vec<Diagnostic> = spans
        .duplicates
        .iter()
        .map(|d| {
            Diagnostic::error(
                "duplicate-key",
                format!("the key `{}` is written twice", d.path),
            )
            .at(file, d.again)
            .with_related(file, d.first, "first written here")
            .with_hint("keep one of the two; the second would silently replace the first")
        })
        .collect();
    if let Some(value) = fast_value {
        return Ok(YamlDoc {
            file,
            value,
            spans,
            problems,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // The slow path: serde_yaml decides, and words the error if any.
    match serde_yaml::from_str::<serde_yaml::Value>(text) {
        Ok(value) => Ok(YamlDoc {
            file,
            value,
            spans,
            problems,
        }),
        Err(e) => {
            let span = e
                .location()
                .map(|l| {
                    let line = l.line() as u32;
                    let col = l.column() as u32 + if line == 1 { bom_shift } else { 0 };
                    Span::new(line, col, 1)
                })
                .unwrap_or(Span::START);
            let raw = e.to_string();
            let (message, hint) = explain_syntax_error(&raw, source, span);
            let mut d = Diagnostic::error("yaml-syntax", message)
                .at(file, span)
                .with_hint(hint);
            // libyaml says where the unfinished construct began: show it too.
            if let Some((what, line, col)) = context_position(&raw) {
                let line_shift = if line == 1 { bom_shift } else { 0 };
                d = d.with_related(
                    file,
                    Span::new(line, col + line_shift, 1),
                    format!("the {what} that is not closed starts here"),
                );
            }
            Err(vec![d])
        }
    }
}

/// Reads ", while parsing a flow sequence at line 2 column 15" from a
/// libyaml message: what was being parsed and where it started.
fn context_position(raw: &str) -> Option<(String, u32, u32)> {
    let rest = &raw[raw.find(", while parsing ")? + ", while parsing ".len()..];
    let (what, pos) = rest.split_once(" at line ")?;
    let (line, col) = pos.split_once(" column ")?;
    let col: String = col.chars().take_while(char::is_ascii_digit).collect();
    Some((
        what.trim_start_matches("a ").to_string(),
        line.trim().parse().ok()?,
        col.parse().ok()?,
    ))
}

/// Turns serde_yaml's message into an author-facing sentence and a hint.
fn explain_syntax_error(raw: &str, source: &SourceFile, span: Span) -> (String, String) {
    // serde_yaml appends " at line X column Y"; the snippet shows that already.
    let msg = raw
        .split(" at line ")
        .next()
        .unwrap_or(raw)
        .trim()
        .to_string();
    let line = source.line_text(span.line);
    let hint = if line.contains('\t') {
        "YAML does not allow tabs for indentation: indent with spaces".to_string()
    } else if msg.contains("mapping values are not allowed") {
        "a value containing `: ` must be quoted, e.g. title: \"Note: ...\"".to_string()
    } else if msg.contains("did not find expected") {
        "check the indentation of this line and of the line above, and that quotes and brackets are closed"
            .to_string()
    } else if msg.contains("recursion limit") || msg.contains("repetition limit") {
        "the document nests or repeats too deeply to be a policy; remove the anchors and aliases"
            .to_string()
    } else {
        "check the indentation and quoting around this position".to_string()
    };
    (format!("invalid YAML: {msg}"), hint)
}
