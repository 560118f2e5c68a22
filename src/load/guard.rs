//! What a YAML file may not hold, checked while it is read: nesting deeper
//! than [`MAX_DEPTH`], tags (`!!binary`, `!thing`), directives other than
//! `%YAML 1.1`/`1.2`, control characters and texts longer than
//! [`MAX_TEXT_BYTES`].
//!
//! Most checks run on the parser's events (see `events`). Flow nesting
//! cannot: saphyr's scanner (like libyaml's) keeps one possible key per
//! open `[`/`{` and looks at all of them for every token, and it must read
//! up to the matching bracket before giving the first event, so 100,000
//! open brackets cost tens of seconds before anything can refuse them.
//! `prescan` counts the brackets in one linear pass over the bytes first.

use crate::msg;
use crate::source::Span;
use crate::tool_text::Message;

/// Deepest nesting of lists and groups accepted (real policies nest fewer
/// than 10 deep).
pub const MAX_DEPTH: usize = 64;

/// Longest text (one scalar) accepted, in bytes. The longest text of a real
/// policy is a few kilobytes; a whole file may hold 4 MiB.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// At most this many problems of one kind are reported for a file; the rest
/// are counted in one last diagnostic.
pub const MAX_PROBLEMS: usize = 20;

/// Something a file may not hold, where it is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Refusal {
    /// Lists and groups nested deeper than [`MAX_DEPTH`], at the bracket or
    /// node that passes it (a byte offset for the pre-scan).
    TooDeep(Place),
    /// A directive other than `%YAML 1.1` / `%YAML 1.2`: its line's text.
    Directive(Place, String),
    /// A tag, as written (`!!binary`).
    Tag(Place, String),
    /// A control character in a text.
    Control(Place, char),
    /// A text longer than [`MAX_TEXT_BYTES`]: its length.
    TooLong(Place, usize),
}

/// Where a refusal is: a byte offset of the text (pre-scan) or a span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Place {
    Byte(usize),
    Span(Span),
}

impl Refusal {
    /// Whether the rest of the file is still read after it (the document is
    /// refused either way).
    pub(crate) fn fatal(&self) -> bool {
        matches!(self, Refusal::TooDeep(_) | Refusal::Directive(..))
    }
}

/// One linear pass over `text` before it is parsed: the first directive
/// that is refused, or where flow collections (`[`, `{`) open deeper than
/// [`MAX_DEPTH`]. Brackets inside quoted texts, comments and block texts
/// (`|`, `>`) are not counted; a `[` inside a plain text of a block
/// mapping (`note: see [1]`) is text, not a list.
pub(crate) fn prescan(text: &str) -> Option<Refusal> {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    // Open flow collections.
    let mut depth = 0usize;
    // Whether a node may start here (a quote or bracket is an indicator).
    let mut node_start = true;
    // Directives may come only before the document's content.
    let mut prologue = true;
    // Spaces at the start of the current line.
    let mut indent = 0usize;
    let blank = |c: Option<&u8>| matches!(c, None | Some(b' ' | b'\t' | b'\r' | b'\n'));
    while i < n {
        let c = b[i];
        let line_start = i == 0 || b[i - 1] == b'\n';
        if line_start {
            indent = b[i..].iter().take_while(|&&c| c == b' ').count();
            if prologue && c == b'%' {
                let end = memchr::memchr(b'\n', &b[i..]).map_or(n, |e| i + e);
                let line = text[i..end].trim_end();
                let mut words = line.split_whitespace();
                let ok = words.next() == Some("%YAML")
                    && matches!(words.next(), Some("1.1" | "1.2"))
                    && words.next().is_none_or(|w| w.starts_with('#'));
                if !ok {
                    return Some(Refusal::Directive(Place::Byte(i), line.to_string()));
                }
                i = end;
                continue;
            }
        }
        match c {
            b'\n' => {
                if depth == 0 {
                    node_start = true;
                }
            }
            b' ' | b'\t' | b'\r' => {}
            b'#' if i == 0 || blank(b.get(i - 1)) => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(n, |e| i + e);
                continue;
            }
            b'"' | b'\'' if node_start => {
                prologue = false;
                i = skip_quoted(b, i);
                node_start = false;
                continue;
            }
            b'[' | b'{' if node_start || depth > 0 => {
                prologue = false;
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(Refusal::TooDeep(Place::Byte(i)));
                }
                node_start = true;
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                node_start = false;
            }
            b',' if depth > 0 => node_start = true,
            b':' if depth > 0 => node_start = true,
            b'-' | b'?' | b':' if blank(b.get(i + 1)) => {
                prologue = false;
                node_start = true;
            }
            b'-' if line_start && b.get(i..i + 3) == Some(b"---") && blank(b.get(i + 3)) => {
                prologue = false;
                i += 3;
                node_start = true;
                continue;
            }
            b'|' | b'>' if node_start && depth == 0 => {
                // A block text: its lines are those indented more than the
                // line that opens it (or blank).
                prologue = false;
                let mut j = memchr::memchr(b'\n', &b[i..]).map_or(n, |e| i + e);
                while j < n {
                    let line = j + 1;
                    let spaces = b[line..].iter().take_while(|&&c| c == b' ').count();
                    let next = b.get(line + spaces);
                    if spaces > indent || matches!(next, None | Some(b'\n' | b'\r')) {
                        j = memchr::memchr(b'\n', &b[line..]).map_or(n, |e| line + e);
                    } else {
                        break;
                    }
                }
                i = j;
                continue;
            }
            _ => {
                prologue = false;
                node_start = false;
            }
        }
        i += 1;
    }
    None
}

/// `prescan`'s finding as one clause with its line and column ("nests
/// lists and groups more than 64 deep (line 3, column 9)", said of the
/// file), for a file whose problems are told without a snippet (the
/// translations lock).
pub fn prescan_message(text: &str) -> Option<Message> {
    let found = prescan(text)?;
    let byte = match &found {
        Refusal::TooDeep(Place::Byte(b)) | Refusal::Directive(Place::Byte(b), _) => *b,
        _ => return None,
    };
    let before = &text[..byte];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    match found {
        Refusal::Directive(_, directive) => Some(msg!(
            "load-prescan-directive",
            directive = directive,
            line = line,
            column = column
        )),
        _ => Some(msg!(
            "load-prescan-too-deep",
            max = MAX_DEPTH,
            line = line,
            column = column
        )),
    }
}

/// The byte after the quoted text opening at `open` (or the end).
fn skip_quoted(b: &[u8], open: usize) -> usize {
    let quote = b[open];
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b'\\' if quote == b'"' => i += 1,
            b'\'' if quote == b'\'' && b.get(i + 1) == Some(&b'\'') => i += 1,
            c if c == quote => return i + 1,
            _ => {}
        }
        i += 1;
    }
    b.len()
}

/// The first control character of `text` that a text may not hold: C0
/// (but tab and line feed), DEL and C1.
pub(crate) fn control_char(text: &str) -> Option<char> {
    // Fast path: no byte that could start one.
    if !text
        .bytes()
        .any(|b| (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f || b == 0xc2)
    {
        return None;
    }
    text.chars()
        .find(|&c| c.is_control() && c != '\t' && c != '\n')
}

/// A control character as an author can find it: its name and code
/// ("a carriage return (U+000D)"), a message that selects the name on a
/// key (`nul`, `carriage-return`, `escape`, `delete`, `backspace`,
/// `form-feed`, `other`).
pub(crate) fn describe_control(c: char) -> Message {
    let name = match c {
        '\0' => "nul",
        '\r' => "carriage-return",
        '\u{1b}' => "escape",
        '\u{7f}' => "delete",
        '\u{8}' => "backspace",
        '\u{c}' => "form-feed",
        _ => "other",
    };
    msg!(
        "load-control-character-name",
        name = name,
        code = format!("U+{:04X}", c as u32)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deep_at(text: &str) -> Option<usize> {
        match prescan(text) {
            Some(Refusal::TooDeep(Place::Byte(b))) => Some(b),
            _ => None,
        }
    }

    #[test]
    fn flow_nesting_is_counted_outside_texts_and_comments() {
        let open = "[".repeat(MAX_DEPTH);
        assert_eq!(deep_at(&format!("a: {open}")), None);
        assert_eq!(deep_at(&format!("a: {open}[")), Some(3 + MAX_DEPTH));
        assert_eq!(
            deep_at(&format!("a: {}", "{a: ".repeat(100))),
            Some(3 + 4 * 64)
        );
        // Brackets that are text: quoted, in a comment, in a block text, in
        // a plain text, or closed again.
        for text in [
            format!("a: '{open}[['\n"),
            format!("a: \"{open}[\\\"[\"\n"),
            format!("a: 1 # {open}[[\n"),
            format!("a: |\n  {open}[[\n\n  {open}\nb: 1\n"),
            format!("- >-\n    {open}[[\n"),
            format!("a: see {open}[[\n"),
            format!("a: {}\n", "[]".repeat(1000)),
            "a: [it's, {b: 'c''d'}, \"[\"]\n".to_string(),
        ] {
            assert_eq!(deep_at(&text), None, "{text}");
        }
        // A block text ends where the indentation does.
        assert!(deep_at(&format!("a: |\n  x\nb: {open}[\n")).is_some());
        assert!(deep_at(&"[".repeat(200_000)).is_some());
    }

    #[test]
    fn only_yaml_1_1_and_1_2_directives_are_accepted() {
        assert_eq!(prescan("%YAML 1.2\n---\na: 1\n"), None);
        assert_eq!(prescan("# c\n%YAML 1.1\n---\na: 1\n"), None);
        for bad in [
            "%YAML 9.9\n---\na: 1\n",
            "%TAG !e! tag:e.com:\n---\na: !e!x 1\n",
        ] {
            assert!(
                matches!(prescan(bad), Some(Refusal::Directive(Place::Byte(_), _))),
                "{bad}"
            );
        }
        // After the content starts, `%` begins no directive.
        assert_eq!(prescan("a: |\n%x\n"), None);
    }

    #[test]
    fn control_characters_but_tab_and_newline_are_found() {
        assert_eq!(control_char("a\tb\nc é"), None);
        assert_eq!(control_char("a\0b"), Some('\0'));
        assert_eq!(control_char("a\u{1b}[31m"), Some('\u{1b}'));
        assert_eq!(control_char("\u{85}"), Some('\u{85}'));
        assert_eq!(control_char("x\r\n"), Some('\r'));
    }
}
