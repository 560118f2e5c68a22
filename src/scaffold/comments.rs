//! The comments of the files `init` and `new` write, in the tool's
//! language.
//!
//! Every sentence an author reads in a starter file comes from the tool's
//! catalogs (`tool-locales/<lang>/starters.ftl`), so the English and the
//! French are written side by side, under the same ids, and the YAML data
//! of a starter is written once. A starter template
//! (`src/scaffold/templates/<jurisdiction>/*.yaml`) holds its data and, in
//! place of each comment, a marker naming the message:
//!
//! ```yaml
//! #= starter-profile-short-name
//! short_name:
//!   en: the body
//! #   recipient: { en: …, fr: … }   #= starter-transfers-recipient
//! ```
//!
//! - A line that is a marker alone, `#= <id>` after any indentation and
//!   any `# ` of a commented-out block, becomes the message worded in the
//!   chosen language, wrapped into `# ` lines at the marker's place (what
//!   comes before the marker repeated on each line), within [`WIDTH`]
//!   columns. A message's own line breaks are kept: an empty line gives an
//!   empty comment line, and a line starting with `- ` is a list item whose
//!   following lines are indented under its text.
//! - A marker after a line's YAML (`key: value  #= <id>`) becomes an end of
//!   line comment, at the same column; when the line would then be wider
//!   than [`WIDTH`], the comment goes on its own lines above the YAML line
//!   instead, at the same indentation.
//! - Every other line is copied as it is: data, blank lines, and comments
//!   that are YAML or values rather than sentences (`# cookies: none`,
//!   `# fax, kiosk.`), which are the same in both languages.
//!
//! Templates are YAML as they are (a marker is a comment), so the data the
//! expansion writes is the template's, in either language; the tests check
//! that, that every marker names a message of both catalogs and that every
//! starter message is used.

use crate::model::Lang;

/// The widest a written comment line may be, in columns (characters). An
/// unbreakable word (an address) may still pass it.
pub const WIDTH: usize = 80;

/// What starts a marker.
pub const MARKER: &str = "#= ";

/// One line of a template, read.
#[derive(Debug, PartialEq, Eq)]
enum Read<'a> {
    /// `prefix#= id`: a comment of its own lines.
    Block { prefix: &'a str, id: &'a str },
    /// `content  #= id`: a comment at the end of `content` (which keeps the
    /// spaces before the marker).
    Inline { content: &'a str, id: &'a str },
    /// Anything else, written as it is.
    Verbatim,
}

/// Whether `id` is what a message id looks like (Fluent's identifiers).
fn is_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Whether `prefix` is only indentation and the `# ` of commented-out
/// blocks (`""`, `"  "`, `"#   "`, `"  #   # "`).
fn is_comment_prefix(prefix: &str) -> bool {
    let mut chars = prefix.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' => {}
            '#' if chars.peek() == Some(&' ') => {}
            _ => return false,
        }
    }
    true
}

fn read(line: &str) -> Read<'_> {
    let Some(at) = line.rfind(MARKER) else {
        return Read::Verbatim;
    };
    let id = line[at + MARKER.len()..].trim_end();
    if !is_id(id) {
        return Read::Verbatim;
    }
    let before = &line[..at];
    if is_comment_prefix(before) {
        Read::Block { prefix: before, id }
    } else if before.ends_with(' ') {
        Read::Inline {
            content: before,
            id,
        }
    } else {
        Read::Verbatim
    }
}

/// The ids of the messages a template names, in order.
pub fn markers(template: &str) -> Vec<&str> {
    template
        .lines()
        .filter_map(|l| match read(l) {
            Read::Block { id, .. } | Read::Inline { id, .. } => Some(id),
            Read::Verbatim => None,
        })
        .collect()
}

/// The lines of a template that are written as they are.
pub fn verbatim_lines(template: &str) -> Vec<&str> {
    template
        .lines()
        .filter(|l| read(l) == Read::Verbatim)
        .collect()
}

/// `template` with each marker replaced by its message worded in `lang`.
/// An id that neither catalog defines is an error naming it (the tests
/// make sure there is none), rather than a file showing the bare id.
pub fn expand(template: &str, lang: Lang) -> Result<String, String> {
    let mut out = String::with_capacity(template.len() * 2);
    for line in template.lines() {
        match read(line) {
            Read::Verbatim => {
                out.push_str(line);
                out.push('\n');
            }
            Read::Block { prefix, id } => {
                let text = message(lang, id)?;
                for l in comment_lines(prefix, &text) {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            Read::Inline { content, id } => {
                let text = message(lang, id)?;
                let inline = format!("{content}# {}", one_line(&text));
                if inline.chars().count() <= WIDTH {
                    out.push_str(&inline);
                    out.push('\n');
                } else {
                    // Too wide: the comment goes above, where the YAML
                    // starts (after its indentation and any `# `).
                    let yaml = content.trim_end();
                    let lead = lead(yaml);
                    for l in comment_lines(lead, &text) {
                        out.push_str(&l);
                        out.push('\n');
                    }
                    out.push_str(yaml);
                    out.push('\n');
                }
            }
        }
    }
    Ok(out)
}

/// Message `id` in `lang`, or the error saying it is missing.
fn message(lang: Lang, id: &str) -> Result<String, String> {
    if !crate::tool_text::has(Lang::En, id) {
        return Err(crate::t!("scaffold-unknown-comment", id = id));
    }
    Ok(crate::tool_text::text_in(lang, id, &[]))
}

/// The indentation and `# ` prefixes at the start of `line`, up to its
/// first other character (a key, or the `- ` of an item).
fn lead(line: &str) -> &str {
    let mut end = 0;
    let bytes = line.as_bytes();
    while end < bytes.len() {
        match bytes[end] {
            b' ' => end += 1,
            b'#' if bytes.get(end + 1) == Some(&b' ') => end += 2,
            _ => break,
        }
    }
    &line[..end]
}

/// A message's lines joined by spaces (an end-of-line comment has one).
fn one_line(text: &str) -> String {
    text.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` as comment lines starting with `prefix` then `# `, wrapped within
/// [`WIDTH`] columns; its own line breaks are kept (see the module's
/// documentation).
pub fn comment_lines(prefix: &str, text: &str) -> Vec<String> {
    let width = WIDTH
        .saturating_sub(prefix.chars().count() + 2)
        .max(WIDTH / 2);
    let mut out = Vec::new();
    for line in text.lines() {
        let body = line.trim_start();
        if body.is_empty() {
            out.push(format!("{prefix}#"));
            continue;
        }
        // A list item (`- `, maybe indented) hangs its following lines
        // under its text.
        let indent = &line[..line.len() - body.len()];
        let (first, rest) = match body.strip_prefix("- ") {
            Some(_) => (format!("{indent}- "), " ".repeat(indent.len() + 2)),
            None => (indent.to_string(), indent.to_string()),
        };
        let body = body.strip_prefix("- ").unwrap_or(body);
        for l in wrap(&first, &rest, body, width) {
            out.push(format!("{prefix}# {l}").trim_end().to_string());
        }
    }
    out
}

/// Wraps `text` into lines of at most `width` characters (a longer word
/// stands alone), the first starting with `first`, the others with `rest`.
/// Words are split at ASCII spaces only: a no-break space (French, before
/// a colon and inside « ») holds its words together, as it must. A short
/// code span (`` `how_to_activate: { en: …, fr: … }` ``) is kept on one
/// line, as an author would copy it.
pub fn wrap(first: &str, rest: &str, text: &str, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in words(text, width / 2) {
        if !empty && line.chars().count() + 1 + word.chars().count() > width {
            out.push(std::mem::replace(&mut line, rest.to_string()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(&word);
        empty = false;
    }
    if !empty {
        out.push(line);
    }
    out
}

/// The words of `text` (split at ASCII spaces), a code span of at most
/// `max` characters counting as one.
fn words(text: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for word in text.split_ascii_whitespace() {
        let ticks = word.matches('`').count();
        open = match open.take() {
            Some(mut span) => {
                span.push(' ');
                span.push_str(word);
                if span.chars().count() > max {
                    // Too long to keep whole: its words wrap as any others.
                    out.extend(span.split(' ').map(str::to_string));
                    None
                } else if ticks % 2 == 1 {
                    out.push(span);
                    None
                } else {
                    Some(span)
                }
            }
            None if ticks % 2 == 1 => Some(word.to_string()),
            None => {
                out.push(word.to_string());
                None
            }
        };
    }
    if let Some(span) = open {
        out.extend(span.split(' ').map(str::to_string));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_read_alone_inside_commented_blocks_and_at_the_end_of_a_line() {
        assert_eq!(
            read("#= starter-a"),
            Read::Block {
                prefix: "",
                id: "starter-a"
            }
        );
        assert_eq!(
            read("  #   #= starter-b "),
            Read::Block {
                prefix: "  #   ",
                id: "starter-b"
            }
        );
        assert_eq!(
            read("#   then: destroyed   #= starter-c"),
            Read::Inline {
                content: "#   then: destroyed   ",
                id: "starter-c"
            }
        );
        // Not markers: prose after the marker, a marker glued to a value.
        assert_eq!(read("#= two words"), Read::Verbatim);
        assert_eq!(read("key: a#= starter-d"), Read::Verbatim);
        assert_eq!(read("# cookies: none"), Read::Verbatim);
    }

    #[test]
    fn wrapping_keeps_no_break_spaces_and_hangs_list_items() {
        let text = "Typographie française\u{a0}: une espace insécable avant le deux-points, \
                    et aucune avant le point-virgule.\n\n- a first item long enough to need \
                    a second line of its own, here and over there\n- short";
        let lines = comment_lines("  ", text);
        assert_eq!(
            lines,
            [
                "  # Typographie française\u{a0}: une espace insécable avant le deux-points, et aucune",
                "  # avant le point-virgule.",
                "  #",
                "  # - a first item long enough to need a second line of its own, here and over",
                "  #   there",
                "  # - short",
            ]
        );
        assert!(lines.iter().all(|l| l.chars().count() <= WIDTH));
        // A code span stays whole when it is short (half a line at most).
        let code = wrap("", "", "add `allow: [QC-09]` here", 12);
        assert_eq!(code, ["add `allow:", "[QC-09]`", "here"]);
        let code = wrap("", "", "add `allow: [QC-09]` here", 30);
        assert_eq!(code, ["add `allow: [QC-09]` here"]);
        let code = wrap("", "", "see it `a b`", 11);
        assert_eq!(code, ["see it", "`a b`"]);
        // Never a break at the no-break space: « : » stays with its word.
        let narrow = wrap("- ", "  ", "one two\u{a0}: three four", 10);
        assert_eq!(narrow, ["- one", "  two\u{a0}:", "  three", "  four"]);
    }

    #[test]
    fn an_end_of_line_comment_too_wide_goes_above_its_line() {
        // « or: destroyed » / « ou : destroyed »
        let id = "starter-retention-then";
        let fits = format!("#   then: archived   #= {id}\n");
        assert_eq!(
            expand(&fits, Lang::En).as_deref(),
            Ok("#   then: archived   # or: destroyed\n")
        );
        let key = "x".repeat(70);
        let wide = format!("#   {key}: 1  #= {id}\n");
        assert_eq!(
            expand(&wide, Lang::Fr),
            Ok(format!("#   # ou\u{a0}: destroyed\n#   {key}: 1\n"))
        );
        // An id no catalog has is an error, not a comment showing the id.
        assert!(expand("#= starter-no-such-comment\n", Lang::Fr).is_err());
    }
}
