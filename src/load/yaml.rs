//! Parsing one YAML file into a value and its span index.
//!
//! One walk over `saphyr-parser`'s events builds both (see
//! `events`). serde_yaml is only called when that walk cannot vouch
//! for the result, chiefly on a syntax error: its libyaml messages are the
//! ones `explain_syntax_error` knows how to explain.

use super::events;
use super::guard::{self, Place, Refusal, MAX_DEPTH, MAX_PROBLEMS, MAX_TEXT_BYTES};
use super::spans::SpanIndex;
use crate::diagnostic::Diagnostic;
use crate::msg;
use crate::source::{FileId, SourceFile, Span};
use crate::tool_text::Message;

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
    /// Errors that did not stop the reading (keys written twice: the first
    /// one is kept, where positions point), so the rest of the file is
    /// still checked. A caller
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
    let loaded = events::load(text);
    let fatal = loaded.fatal().is_some();
    let mut problems: Vec<Diagnostic> = loaded
        .refused
        .iter()
        .map(|r| refusal(file, source, text, r))
        .collect();
    if fatal {
        return Err(problems);
    }
    let events::Loaded {
        value: fast_value,
        duplicated,
        mut spans,
        more_refused,
        ..
    } = loaded;
    // Two equal keys the span index did not see as the same text (`1` and
    // `01`): serde_yaml decides, and words it.
    let fast_value = fast_value.filter(|_| !duplicated || !spans.duplicates.is_empty());
    if bom_shift == 1 {
        spans.shift_first_line_columns(1);
    }
    let more_duplicates = spans.duplicates.len().saturating_sub(MAX_PROBLEMS);
    problems.extend(spans.duplicates.iter().take(MAX_PROBLEMS).map(|d| {
        Diagnostic::error(
            "duplicate-key",
            msg!("load-duplicate-key", key = d.path.to_string()),
        )
        .at(file, d.again)
        .with_related(file, d.first, msg!("load-duplicate-key-first"))
        .with_hint(msg!("load-duplicate-key-hint"))
    }));
    let more = more_refused + more_duplicates;
    if more > 0 {
        problems.push(
            Diagnostic::error(
                "too-many-problems",
                msg!("load-too-many-problems", n = more),
            )
            .at_path(&source.display)
            .with_hint(msg!("load-too-many-problems-hint")),
        );
    }
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
        Ok(value) => {
            // What the walk would have refused, had saphyr read this far.
            let problems = slow_path_refusals(file, source, text, &value, &spans);
            if !problems.is_empty() {
                return Err(problems);
            }
            Ok(YamlDoc {
                file,
                value,
                spans,
                problems,
            })
        }
        Err(e) => {
            let raw = e.to_string();
            let shift = |line: u32, col: u32| col + if line == 1 { bom_shift } else { 0 };
            // Some errors come with a byte offset ("at position 33") or a
            // place that is only the document's start: find the real one.
            let byte = if raw.contains("more than one document") {
                second_document(text)
            } else {
                raw.rsplit_once(" at position ")
                    .and_then(|(_, at)| at.trim().parse::<usize>().ok())
            };
            let span = match (byte, e.location()) {
                (Some(byte), _) => {
                    let (line, col) = source.position(byte + source.text.len() - text.len());
                    Span::new(line, col, 1)
                }
                (None, Some(l)) => {
                    let line = l.line() as u32;
                    Span::new(line, shift(line, l.column() as u32), 1)
                }
                (None, None) => Span::START,
            };
            let (message, hint) = explain_syntax_error(&raw, source, span);
            // A common indentation mistake: said as such, at the line where
            // it starts (which may be above the one libyaml stops at).
            let mistake = indentation_mistake(&raw, source, span);
            let moved = mistake.as_ref().is_some_and(|m| m.span.line != span.line);
            let mut d = match mistake {
                Some(m) => Diagnostic::error("yaml-syntax", m.message)
                    .at(file, m.span)
                    .with_hint(m.hint),
                None => Diagnostic::error("yaml-syntax", message)
                    .at(file, span)
                    .with_hint(hint),
            };
            if moved {
                d = d.with_related(file, span, msg!("load-yaml-unreadable-from-here"));
            }
            // A quoted text left open runs to the end of the file: show
            // where it opens.
            if raw.contains("end of stream") {
                if let Some(open) = unclosed_quote(text) {
                    let (line, col) = source.position(open + source.text.len() - text.len());
                    d = d.with_related(
                        file,
                        Span::new(line, col, 1),
                        msg!("load-yaml-unclosed-quote"),
                    );
                }
            }
            // libyaml says where the unfinished construct began: show it too.
            if let Some((what, line, col)) = context_position(&raw) {
                let line_shift = if line == 1 { bom_shift } else { 0 };
                d = d.with_related(
                    file,
                    Span::new(line, col + line_shift, 1),
                    msg!(
                        "load-yaml-unclosed-construct",
                        kind = construct_key(&what),
                        what = what
                    ),
                );
            }
            Err(vec![d])
        }
    }
}

/// The refusals of a value read by serde_yaml where saphyr stopped (rare):
/// tags, control characters and over-long texts, at their node.
fn slow_path_refusals(
    file: FileId,
    source: &SourceFile,
    text: &str,
    value: &serde_yaml::Value,
    spans: &SpanIndex,
) -> Vec<Diagnostic> {
    use serde_yaml::Value;
    let mut found = Vec::new();
    super::walk(value, &mut |steps, v| {
        let at = || {
            let path = super::YamlPath::from_steps(steps);
            Place::Span(spans.locate(&path).map_or(Span::START, |(s, _)| s))
        };
        let r = match v {
            Value::Tagged(t) => Some(Refusal::Tag(at(), t.tag.to_string())),
            Value::String(s) if s.len() > MAX_TEXT_BYTES => Some(Refusal::TooLong(at(), s.len())),
            Value::String(s) => guard::control_char(s).map(|c| Refusal::Control(at(), c)),
            _ => None,
        };
        if let Some(r) = r {
            if found.len() < MAX_PROBLEMS {
                found.push(r);
            }
        }
        super::Visit::Descend
    });
    found
        .iter()
        .map(|r| refusal(file, source, text, r))
        .collect()
}

/// The diagnostic for something a file may not hold.
fn refusal(file: FileId, source: &SourceFile, text: &str, r: &Refusal) -> Diagnostic {
    let bom = source.text.len() - text.len();
    let span = |place: &Place| match *place {
        Place::Byte(b) => {
            let (line, col) = source.position(b + bom);
            Span::new(line, col, 1)
        }
        Place::Span(mut sp) => {
            if sp.line == 1 && bom > 0 {
                sp.column += 1;
            }
            sp
        }
    };
    match r {
        Refusal::TooDeep(p) => {
            Diagnostic::error("yaml-too-deep", msg!("load-yaml-too-deep", max = MAX_DEPTH))
                .at(file, span(p))
                .with_hint(msg!("load-yaml-too-deep-hint"))
        }
        Refusal::Directive(p, line) => Diagnostic::error(
            "yaml-directive",
            msg!("load-yaml-directive", directive = line.clone()),
        )
        .at(file, span(p))
        .with_hint(msg!("load-yaml-directive-hint")),
        Refusal::Tag(p, tag) => {
            // The event's span is the node's; point at the tag when it is
            // on the same line, before the node.
            let mut at = span(p);
            let line = source.line_text(at.line);
            let before: String = line.chars().take(at.column as usize - 1).collect();
            if line
                .chars()
                .skip(at.column as usize - 1)
                .collect::<String>()
                .starts_with(tag.as_str())
            {
                at.len = tag.chars().count() as u32;
            } else if let Some(i) = before.rfind(tag.as_str()) {
                at = Span::new(
                    at.line,
                    before[..i].chars().count() as u32 + 1,
                    tag.chars().count() as u32,
                );
            }
            Diagnostic::error("yaml-tag", msg!("load-yaml-tag", tag = tag.clone()))
                .at(file, at)
                .with_hint(msg!("load-yaml-tag-hint", tag = tag.clone()))
        }
        Refusal::Control(p, c) => Diagnostic::error(
            "control-character",
            msg!(
                "load-control-character",
                character = guard::describe_control(*c)
            ),
        )
        .at(file, span(p))
        .with_hint(msg!("load-control-character-hint")),
        Refusal::TooLong(p, len) => Diagnostic::error(
            "text-too-long",
            msg!("load-text-too-long", size = *len, max = MAX_TEXT_BYTES),
        )
        .at(file, span(p))
        .with_hint(msg!("load-text-too-long-hint")),
    }
}

/// Where a second document starts: the first `---` line after content.
fn second_document(text: &str) -> Option<usize> {
    let mut offset = 0;
    let mut content = false;
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t.starts_with("--- ") {
            if content {
                return Some(offset);
            }
        } else if !t.trim_start().is_empty() && !t.trim_start().starts_with('#') {
            content = true;
        }
        offset += line.len();
    }
    None
}

/// The byte where a quoted scalar opens that is never closed: a `"` or `'`
/// where a value starts (after `key: `, `- `, `[`, `{` or `,`, or at a
/// line's start), followed through escapes and lines to the end.
fn unclosed_quote(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    // The quote being read, and where it opened.
    let mut open: Option<(u8, usize)> = None;
    // Whether a value may start here (only spaces since a value position).
    let mut value_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        match open {
            Some((b'"', _)) => match b {
                b'\\' => i += 1,
                b'"' => open = None,
                _ => {}
            },
            Some((_, _)) => {
                if b == b'\'' {
                    if bytes.get(i + 1) == Some(&b'\'') {
                        i += 1;
                    } else {
                        open = None;
                    }
                }
            }
            None => match b {
                b'"' | b'\'' if value_start => open = Some((b, i)),
                b'#' if i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\n' => {
                    // A comment: to the end of the line.
                    while i < bytes.len() && bytes[i] != b'\n' {
                        i += 1;
                    }
                    value_start = true;
                    continue;
                }
                b'\n' | b'[' | b'{' | b',' => value_start = true,
                b':' | b'-' if bytes.get(i + 1).is_none_or(|c| *c == b' ' || *c == b'\n') => {
                    value_start = true
                }
                b' ' | b'\t' | b'\r' => {}
                _ => value_start = false,
            },
        }
        i += 1;
    }
    open.map(|(_, at)| at)
}

/// The key the message `load-yaml-unclosed-construct` selects on for what
/// libyaml says was being parsed (`flow sequence`…), `other` for a
/// construct it does not name.
fn construct_key(what: &str) -> &'static str {
    match what {
        "flow sequence" => "flow-sequence",
        "flow mapping" => "flow-mapping",
        "block mapping" => "block-mapping",
        "block collection" => "block-collection",
        "node" | "block node" | "flow node" => "node",
        "quoted scalar" => "quoted-text",
        _ => "other",
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

/// An indentation mistake recognized around a syntax error.
struct Indentation {
    /// Where it starts.
    span: Span,
    message: Message,
    hint: Message,
}

/// A content line of a YAML file: its indentation, its key (`key:` or
/// `- key:`) and whether a value follows the key on the same line.
struct Line<'a> {
    number: u32,
    indent: usize,
    key: Option<&'a str>,
    has_value: bool,
}

fn read_line(number: u32, text: &str) -> Option<Line<'_>> {
    let body = text.trim_start_matches(' ');
    if body.is_empty() || body.starts_with('#') {
        return None;
    }
    let indent = text.len() - body.len();
    let item = body.strip_prefix("- ").unwrap_or(body);
    let (key, has_value) = match item.split_once(':') {
        Some((k, rest))
            if !k.is_empty()
                && k.chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
                && (rest.is_empty() || rest.starts_with(' ')) =>
        {
            let v = rest.trim();
            // A block scalar (`|`, `>`) or nothing: the value is below.
            let below =
                v.is_empty() || v.starts_with('#') || v.starts_with('|') || v.starts_with('>');
            (Some(k), !below)
        }
        _ => (None, false),
    };
    Some(Line {
        number,
        indent,
        key,
        has_value,
    })
}

/// The content lines before line `line` (1-based), nearest first.
fn lines_before(source: &SourceFile, line: u32) -> impl Iterator<Item = Line<'_>> {
    (1..line)
        .rev()
        .filter_map(move |n| read_line(n, source.line_text(n)))
}

/// Recognizes the indentation mistakes behind libyaml's "mapping values
/// are not allowed" and "did not find expected key":
///
/// - a key left at its parent's level, the lines after it indented under
///   it (`slug:` / `en: x` / `  fr: y`): the mistake is the unindented
///   key, one line above where libyaml stops;
/// - a key indented deeper than the key above it, which already has a
///   value (`practice: session` / `    purpose: navigation`);
/// - a key indented between two levels (`  fr: …` / ` en: …`).
fn indentation_mistake(raw: &str, source: &SourceFile, span: Span) -> Option<Indentation> {
    let here = read_line(span.line, source.line_text(span.line))?;
    let key = here.key?;
    let col = |l: &Line<'_>| l.indent as u32 + 1;
    if raw.contains("mapping values are not allowed") {
        // The error must be at this line's own key, not at a `: ` inside
        // its value (`title: Note: x`, which is a quoting mistake).
        let text = source.line_text(span.line);
        let first_colon = text.find(": ").or_else(|| text.find(':'))?;
        if (span.column as usize) > first_colon + 1 + 1 {
            return None;
        }
        let mut above = lines_before(source, span.line);
        let prev = above.next()?;
        if prev.indent >= here.indent || !prev.has_value {
            return None;
        }
        let prev_key = prev.key?;
        if let Some(parent) = above.next() {
            if parent.indent == prev.indent && !parent.has_value {
                if let Some(parent_key) = parent.key {
                    return Some(Indentation {
                        span: Span::new(prev.number, col(&prev), prev_key.len() as u32),
                        message: msg!(
                            "load-yaml-not-indented-under",
                            key = prev_key.to_string(),
                            parent = parent_key.to_string()
                        ),
                        hint: msg!(
                            "load-yaml-not-indented-under-hint",
                            key = prev_key.to_string(),
                            parent = parent_key.to_string(),
                            column = col(&here)
                        ),
                    });
                }
            }
        }
        return Some(Indentation {
            span: Span::new(here.number, col(&here), key.len() as u32),
            message: msg!(
                "load-yaml-indented-under-value",
                key = key.to_string(),
                above = prev_key.to_string()
            ),
            hint: msg!(
                "load-yaml-indented-under-value-hint",
                key = key.to_string(),
                above = prev_key.to_string(),
                column = col(&prev)
            ),
        });
    }
    if raw.contains("did not find expected key") {
        let mut above = lines_before(source, span.line);
        let prev = above.next()?;
        if prev.indent <= here.indent {
            return None;
        }
        // The enclosing level: the nearest line above indented less than
        // this one.
        let outer = lines_before(source, span.line).find(|l| l.indent < here.indent)?;
        let (Some(prev_key), Some(outer_key)) = (prev.key, outer.key) else {
            return None;
        };
        return Some(Indentation {
            span: Span::new(here.number, col(&here), key.len() as u32),
            message: msg!(
                "load-yaml-between-levels",
                key = key.to_string(),
                column = col(&here),
                above = prev_key.to_string(),
                above_column = col(&prev),
                outer = outer_key.to_string(),
                outer_column = col(&outer)
            ),
            hint: msg!(
                "load-yaml-between-levels-hint",
                key = key.to_string(),
                above = prev_key.to_string(),
                above_column = col(&prev),
                outer = outer_key.to_string(),
                outer_column = col(&outer)
            ),
        });
    }
    None
}

/// Turns serde_yaml's message into an author-facing sentence and a hint.
/// libyaml's own words ("did not find expected key") are quoted in the
/// message as its reason, with a key (`syntax_key`) the message selects on
/// to say the common ones in the tool's language.
fn explain_syntax_error(raw: &str, source: &SourceFile, span: Span) -> (Message, Message) {
    // serde_yaml appends " at line X column Y"; the snippet shows that already.
    let msg = raw
        .split(" at line ")
        .next()
        .unwrap_or(raw)
        .split(" at position ")
        .next()
        .unwrap_or(raw)
        .trim()
        .to_string();
    if msg.contains("more than one document") {
        return (
            msg!("load-yaml-second-document"),
            msg!("load-yaml-second-document-hint"),
        );
    }
    // A number beyond 64 bits: serde_yaml's Value has no room for it, and
    // says so in Rust terms ("integer `…` as u128, expected any YAML value").
    if msg.contains(" as u128") || msg.contains(" as i128") {
        let number = msg.split('`').nth(1).unwrap_or("").to_string();
        return (
            msg!("load-yaml-number-too-large", number = number),
            msg!("load-yaml-number-too-large-hint"),
        );
    }
    let line = source.line_text(span.line);
    let hint = if msg.contains("control characters") {
        msg!("load-yaml-control-character-hint")
    } else if msg.contains("end of stream") {
        msg!("load-yaml-end-of-stream-hint")
    } else if line.contains('\t') {
        msg!("load-yaml-tab-hint")
    } else if msg.contains("mapping values are not allowed") {
        msg!("load-yaml-colon-in-value-hint")
    } else if msg.contains("did not find expected") {
        msg!("load-yaml-expected-hint")
    } else if msg.contains("recursion limit") || msg.contains("repetition limit") {
        msg!("load-yaml-limit-hint")
    } else {
        msg!("load-yaml-syntax-hint")
    };
    let kind = syntax_key(&msg);
    (msg!("load-yaml-syntax", kind = kind, reason = msg), hint)
}

/// The key of one of libyaml's (and serde_yaml's) usual messages, which
/// `load-yaml-syntax` selects on; `other` for the rest, quoted as they are.
fn syntax_key(msg: &str) -> &'static str {
    const KNOWN: &[(&str, &str)] = &[
        ("mapping values are not allowed", "mapping-values"),
        ("mapping keys are not allowed", "mapping-keys"),
        ("block sequence entries are not allowed", "sequence-entries"),
        ("did not find expected key", "expected-key"),
        ("did not find expected node content", "expected-node"),
        ("did not find expected ',' or ']'", "expected-sequence-end"),
        ("did not find expected ',' or '}'", "expected-mapping-end"),
        ("did not find expected '-' indicator", "expected-dash"),
        (
            "did not find expected <document start>",
            "expected-document",
        ),
        ("could not find expected ':'", "expected-colon"),
        ("found unexpected ':'", "unexpected-colon"),
        (
            "found character that cannot start any token",
            "bad-character",
        ),
        ("found unexpected end of stream", "end-of-stream"),
        ("found a tab character", "tab"),
        ("found unknown escape character", "escape"),
        ("control characters are not allowed", "control"),
        ("found unexpected document indicator", "document-indicator"),
        ("found undefined tag handle", "tag-handle"),
        ("recursion limit exceeded", "recursion"),
        ("repetition limit exceeded", "repetition"),
        ("unknown anchor", "unknown-anchor"),
        (
            "expected a mapping or list of mappings for merging",
            "merge",
        ),
        ("expected a mapping for merging", "merge"),
    ];
    KNOWN
        .iter()
        .find(|(start, _)| msg.starts_with(start))
        .map_or("other", |(_, key)| key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_quote_is_found_where_it_opens() {
        let text = "a: it's fine\nb: \"closed\"\nc: 'it''s'\n# \"comment\nd: \"open\n  more\n";
        assert_eq!(unclosed_quote(text), text.find("\"open"));
        assert_eq!(unclosed_quote("a: \"x\"\nb: [\"y\", 'z']\n"), None);
        assert_eq!(unclosed_quote("a: \"esc \\\" still\"\n"), None);
    }

    /// libyaml's usual messages are said in the tool's language; one it
    /// does not know is quoted as it is.
    #[test]
    fn a_syntax_error_is_worded_in_either_language() {
        use crate::model::Lang;
        let source = SourceFile::new("a.yaml", "a.yaml", "a: [b\n".to_string());
        let at = Span::new(1, 4, 1);
        let raw = "did not find expected ',' or ']' at line 2 column 1, while parsing a flow sequence at line 1 column 4";
        let (message, hint) = explain_syntax_error(raw, &source, at);
        assert_eq!(message.id, "load-yaml-syntax");
        assert_eq!(
            message.in_lang(Lang::En),
            "invalid YAML: did not find expected ',' or ']'"
        );
        assert_eq!(
            message.in_lang(Lang::Fr),
            "YAML non valide\u{a0}: une virgule ou un crochet fermant est attendu"
        );
        assert_eq!(hint.id, "load-yaml-expected-hint");
        let (odd, _) = explain_syntax_error("something new at line 1 column 1", &source, at);
        assert_eq!(
            odd.in_lang(Lang::Fr),
            "YAML non valide\u{a0}: something new"
        );
        assert_eq!(
            context_position(raw).map(|c| construct_key(&c.0)),
            Some("flow-sequence")
        );
    }

    #[test]
    fn a_second_document_starts_at_its_marker() {
        let text = "---\n# c\na: 1\n---\nb: 2\n";
        assert_eq!(second_document(text), text.rfind("---"));
        assert_eq!(second_document("---\na: 1\n"), None);
    }
}
