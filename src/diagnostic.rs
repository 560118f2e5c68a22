//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s collected in a
//! [`Diagnostics`] list instead of stopping at the first one, so an author
//! sees every problem of a run at once. A diagnostic points at a file and a
//! [`Span`] in it; [`Diagnostics::render_human`] quotes the author's lines in
//! the style of rustc, [`Diagnostics::to_json`] gives CI tools a stable shape.

use crate::lang::Lang;
use crate::source::{FileId, SourceMap, Span};
use crate::tool_text::{self, Arg, Message, Value};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term;
use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Stops `build`; `check` exits 1.
    Error,
    /// Reported; fails `check --strict`.
    Warning,
}

/// Where a diagnostic points: a file and a span in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// The file.
    pub file: FileId,
    /// The region of the file.
    pub span: Span,
}

/// What a diagnostic says: a message of the tool's catalogs
/// (`tool-locales/<lang>/diagnostics-*.ftl`), worded in whichever language
/// it is shown in, or a text that is not ours to word (a reason quoted from
/// the operating system, or a label that is the author's own text).
///
/// A diagnostic is made where the problem is found and worded where it is
/// shown (the terminal, `--format json`, the preview), so it carries the
/// message id and its arguments rather than a sentence.
#[derive(Debug, Clone, PartialEq)]
pub enum Text {
    /// A catalog message and its arguments.
    Message(Message),
    /// Text shown as it is, in every language.
    Verbatim(String),
}

impl Text {
    /// The text worded in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Text::Message(m) => m.in_lang(lang),
            Text::Verbatim(s) => s.clone(),
        }
    }

    /// The catalog message, if the text is one.
    pub fn message(&self) -> Option<&Message> {
        match self {
            Text::Message(m) => Some(m),
            Text::Verbatim(_) => None,
        }
    }
}

impl std::fmt::Display for Text {
    /// The text in the tool's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Text::Message(m) => m.fmt(f),
            Text::Verbatim(s) => f.write_str(s),
        }
    }
}

impl From<Message> for Text {
    fn from(m: Message) -> Self {
        Text::Message(m)
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Verbatim(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Verbatim(s.to_string())
    }
}

/// One problem found in the site.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `yaml-syntax` or `unknown-key`.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: Text,
    /// Where; `None` for problems that concern no file (e.g. a missing folder).
    pub location: Option<Location>,
    /// A path shown when there is no source file for the location.
    pub path: Option<String>,
    /// How to fix it.
    pub hint: Option<Text>,
    /// The legal rule id, for lint diagnostics.
    pub rule: Option<String>,
    /// The YAML key the problem concerns (`cookies.items[0].lifetime`), when known.
    pub key: Option<String>,
    /// Other places that matter (e.g. the first definition of a duplicate).
    pub related: Vec<(Location, Text)>,
}

impl Diagnostic {
    /// An error with a code and message, not yet located.
    pub fn error(code: &'static str, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            location: None,
            path: None,
            hint: None,
            rule: None,
            key: None,
            related: Vec::new(),
        }
    }

    /// A warning with a code and message, not yet located.
    pub fn warning(code: &'static str, message: impl Into<Text>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    /// Points the diagnostic at `span` in `file`.
    pub fn at(mut self, file: FileId, span: Span) -> Self {
        self.location = Some(Location { file, span });
        self
    }

    /// Names a path for a diagnostic with no source file (a folder, an
    /// unreadable file).
    pub fn at_path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Names the YAML key the problem concerns.
    pub fn with_key(mut self, key: impl Into<String>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// Adds a hint.
    pub fn with_hint(mut self, hint: impl Into<Text>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a related location with a label.
    pub fn with_related(mut self, file: FileId, span: Span, label: impl Into<Text>) -> Self {
        self.related.push((Location { file, span }, label.into()));
        self
    }
}

/// The diagnostics of one run.
#[derive(Debug, Clone, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

/// The JSON shape of one diagnostic (documented in `docs/cli.md`).
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic<'a> {
    /// Stable code.
    pub code: &'static str,
    /// `error` or `warning`.
    pub severity: Severity,
    /// Path relative to the site root, if any.
    pub file: Option<&'a str>,
    /// 1-based line, if located.
    pub line: Option<u32>,
    /// 1-based column in characters, if located.
    pub column: Option<u32>,
    /// Length of the span in characters.
    pub length: Option<u32>,
    /// What is wrong, in the tool's language.
    pub message: String,
    /// The id of the message in the tool's catalogs, the same in every
    /// language (for tools that match on it); `None` for a text quoted as
    /// it is.
    pub message_id: Option<&'a str>,
    /// The message's arguments by name (text or number).
    #[serde(skip_serializing_if = "serde_json::Map::is_empty")]
    pub args: serde_json::Map<String, serde_json::Value>,
    /// How to fix it, in the tool's language.
    pub hint: Option<String>,
    /// The id of the hint's message, as `message_id`.
    pub hint_id: Option<&'a str>,
    /// Legal rule id, for lint diagnostics.
    pub rule: Option<&'a str>,
    /// The YAML key concerned (`cookies.items[0].lifetime`), when known.
    pub key: Option<&'a str>,
}

impl Diagnostics {
    /// An empty list.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Keeps only the diagnostics for which `keep` is true.
    pub fn retain(&mut self, keep: impl FnMut(&Diagnostic) -> bool) {
        self.items.retain(keep);
    }

    /// Moves all of `other` into this list.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Whether any error was reported.
    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.items.len() - self.error_count()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The diagnostics in the order they were reported.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    /// Sorts by file, line, column, then code, so output is stable.
    pub fn sort(&mut self, sources: &SourceMap) {
        self.items.sort_by(|a, b| {
            let key = |d: &Diagnostic| {
                let file = d
                    .location
                    .map(|l| sources.get(l.file).display.clone())
                    .or_else(|| d.path.clone())
                    .unwrap_or_default();
                let span = d.location.map(|l| l.span).unwrap_or_default();
                (file, span.line, span.column, d.severity, d.code)
            };
            key(a).cmp(&key(b)).then_with(|| {
                a.message
                    .in_lang(Lang::En)
                    .cmp(&b.message.in_lang(Lang::En))
            })
        });
        self.items.dedup_by(|a, b| {
            a.code == b.code && a.location == b.location && a.message == b.message
        });
    }

    /// Points the diagnostics with `code` that have no place in a file at
    /// `span` of `file` (where the setting that caused them is written).
    pub fn relocate(&mut self, code: &str, file: FileId, span: Span) {
        for d in self
            .items
            .iter_mut()
            .filter(|d| d.code == code && d.location.is_none())
        {
            d.location = Some(Location { file, span });
            d.path = None;
        }
    }

    /// The diagnostics in the documented JSON shape.
    pub fn to_json<'a>(&'a self, sources: &'a SourceMap) -> Vec<JsonDiagnostic<'a>> {
        self.items
            .iter()
            .map(|d| {
                let file = d
                    .location
                    .map(|l| sources.get(l.file).display.as_str())
                    .or(d.path.as_deref());
                JsonDiagnostic {
                    code: d.code,
                    severity: d.severity,
                    file,
                    line: d.location.map(|l| l.span.line),
                    column: d.location.map(|l| l.span.column),
                    length: d.location.map(|l| l.span.len),
                    message: d.message.to_string(),
                    message_id: d.message.message().map(|m| m.id.as_ref()),
                    args: d.message.message().map(json_args).unwrap_or_default(),
                    hint: d.hint.as_ref().map(Text::to_string),
                    hint_id: d
                        .hint
                        .as_ref()
                        .and_then(Text::message)
                        .map(|m| m.id.as_ref()),
                    rule: d.rule.as_deref(),
                    key: d.key.as_deref(),
                }
            })
            .collect()
    }

    /// Renders every diagnostic for a terminal or a log, quoting the
    /// author's lines with the span underlined; `color` adds ANSI colours.
    pub fn render_human(&self, sources: &SourceMap, color: bool) -> String {
        let files = CsFiles::new(sources, self.items.iter());
        self.items
            .iter()
            .map(|d| d.render_with(&files, color))
            .collect()
    }
}

impl Diagnostic {
    /// Renders this diagnostic as [`Diagnostics::render_human`] does.
    pub fn render_human(&self, sources: &SourceMap, color: bool) -> String {
        self.render_with(&CsFiles::new(sources, [self]), color)
    }

    fn render_with(&self, files: &CsFiles<'_>, color: bool) -> String {
        let sources = files.sources;
        let config = term::Config::default();
        let mut out = Vec::new();
        let cs_diag = to_codespan(self, sources);
        let result = if color {
            let mut writer = term::termcolor::Ansi::new(&mut out);
            term::emit_to_write_style(&mut writer, &config, files, &cs_diag)
        } else {
            term::emit_to_io_write(&mut out, &config, files, &cs_diag)
        };
        if result.is_err() {
            // A span outside its file: fall back to the plain message.
            return format!("{}: {}\n", self.code, printable(&self.message.to_string()));
        }
        let worded = match self.severity {
            Severity::Error => crate::t!("diag-severity-error"),
            Severity::Warning => crate::t!("diag-severity-warning"),
        };
        word_severity(
            String::from_utf8_lossy(&out).into_owned(),
            self.severity,
            &worded,
        )
    }
}

/// The rendered diagnostic with its severity worded `worded` (the tool's
/// language's `error` or `warning`). codespan-reporting writes the header
/// as `error[code]: message` with the word fixed in English (`renderer.rs`,
/// no setting for it), so the first `error[` / `warning[` of the first line
/// (the header, after the colour codes if any) is reworded; the author's
/// text comes after it and is never touched.
fn word_severity(rendered: String, severity: Severity, worded: &str) -> String {
    let english = match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let header_end = rendered.find('\n').unwrap_or(rendered.len());
    let at = rendered[..header_end].find(&format!("{english}["));
    match at {
        Some(at) if worded != english => {
            let mut out = String::with_capacity(rendered.len() + 8);
            out.push_str(&rendered[..at]);
            out.push_str(worded);
            out.push_str(&rendered[at + english.len()..]);
            out
        }
        _ => rendered,
    }
}

/// A message's arguments as a JSON object (numbers as numbers).
fn json_args(m: &Message) -> serde_json::Map<String, serde_json::Value> {
    m.args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(s) => serde_json::Value::String(s.to_string()),
                // A whole number is written without `.0` (a count, a line).
                Arg::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
                    serde_json::Value::from(n.value as i64)
                }
                Arg::Number(n) => serde_json::Number::from_f64(n.value)
                    .map_or(serde_json::Value::Null, serde_json::Value::Number),
                // A worded part: in the tool's language, as the message.
                other => serde_json::Value::String(match other.to_value(tool_text::lang()) {
                    Value::String(s) => s.into_owned(),
                    _ => String::new(),
                }),
            };
            (k.to_string(), value)
        })
        .collect()
}

impl FromIterator<Diagnostic> for Diagnostics {
    fn from_iter<I: IntoIterator<Item = Diagnostic>>(iter: I) -> Self {
        Diagnostics {
            items: iter.into_iter().collect(),
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn to_codespan(d: &Diagnostic, sources: &SourceMap) -> cs::Diagnostic<FileId> {
    let base = match d.severity {
        Severity::Error => cs::Diagnostic::error(),
        Severity::Warning => cs::Diagnostic::warning(),
    };
    let code = match &d.rule {
        Some(rule) => format!("{}/{}", d.code, rule),
        None => d.code.to_string(),
    };
    let mut labels = Vec::new();
    if let Some(loc) = d.location {
        let range = sources.get(loc.file).byte_range(loc.span);
        labels.push(cs::Label::primary(loc.file, range));
    }
    for (loc, label) in &d.related {
        let range = sources.get(loc.file).byte_range(loc.span);
        labels.push(
            cs::Label::secondary(loc.file, range).with_message(printable(&label.to_string())),
        );
    }
    let mut notes = Vec::new();
    if d.location.is_none() {
        if let Some(path) = &d.path {
            notes.push(crate::t!("diag-in-path", path = printable(path)));
        }
    }
    if let Some(hint) = &d.hint {
        notes.push(crate::t!("diag-help", hint = printable(&hint.to_string())));
    }
    base.with_code(code)
        .with_message(printable(&d.message.to_string()))
        .with_labels(labels)
        .with_notes(notes)
}

/// `text` with every control character a terminal would act on (ESC
/// starting a colour or title sequence, BEL, a carriage return or line
/// break that would forge a line of its own) written as an escape, `\u{1b}`:
/// a value from a YAML file must never drive the author's terminal.
pub fn printable(text: &str) -> String {
    if !text.chars().any(is_terminal_control) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_terminal_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// C0 and C1 control characters and DEL, except tab.
fn is_terminal_control(c: char) -> bool {
    (c.is_control() && c != '\t') || c == '\u{7f}'
}

/// A quoted source line as the terminal may show it: each control
/// character (but tab, and the line breaks between lines) replaced by as
/// many `?` as it has bytes, so every byte offset stays where it was.
fn printable_source(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let is_break = |i: usize| match bytes[i] {
        b'\n' => true,
        b'\r' => bytes.get(i + 1) == Some(&b'\n'),
        _ => false,
    };
    let needs = text
        .char_indices()
        .any(|(i, c)| is_terminal_control(c) && !is_break(i));
    if !needs {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if is_terminal_control(c) && !is_break(i) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Adapter letting codespan-reporting read our [`SourceMap`], with the
/// names and texts of the files the diagnostics quote made safe for a
/// terminal once (see [`printable_source`]).
struct CsFiles<'a> {
    sources: &'a SourceMap,
    safe: std::collections::HashMap<FileId, (String, std::borrow::Cow<'a, str>)>,
}

impl<'a> CsFiles<'a> {
    fn new<'d>(sources: &'a SourceMap, diags: impl IntoIterator<Item = &'d Diagnostic>) -> Self {
        let mut safe = std::collections::HashMap::new();
        for d in diags {
            let places = d.location.iter().chain(d.related.iter().map(|(l, _)| l));
            for loc in places {
                safe.entry(loc.file).or_insert_with(|| {
                    let f = sources.get(loc.file);
                    (printable(&f.display), printable_source(&f.text))
                });
            }
        }
        CsFiles { sources, safe }
    }
}

impl<'a> Files<'a> for CsFiles<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(match self.safe.get(&id) {
            Some((name, _)) => name.as_str(),
            None => self.sources.get(id).display.as_str(),
        })
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(match self.safe.get(&id) {
            Some((_, text)) => text,
            None => self.sources.get(id).text.as_str(),
        })
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.sources.get(id).position(byte_index).0 as usize - 1)
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<std::ops::Range<usize>, FilesError> {
        let file = self.sources.get(id);
        let line = line_index as u32 + 1;
        let start = file.line_start(line);
        let end = if line < file.line_count() {
            file.line_start(line + 1)
        } else {
            file.text.len()
        };
        if start > end {
            return Err(FilesError::LineTooLarge {
                given: line_index,
                max: file.line_count() as usize,
            });
        }
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_severity_word_of_the_header_is_reworded_and_nothing_else() {
        // Plain and coloured headers, and an author's `error[` further on.
        let plain = "error[yaml-syntax]: error[x] in the text\n  ┌─ a.yaml:1:1\n".to_string();
        assert_eq!(
            word_severity(plain.clone(), Severity::Error, "erreur"),
            "erreur[yaml-syntax]: error[x] in the text\n  ┌─ a.yaml:1:1\n"
        );
        assert_eq!(
            word_severity(plain.clone(), Severity::Error, "error"),
            plain
        );
        let coloured = "\u{1b}[1m\u{1b}[38;5;11mwarning[QC-07]\u{1b}[0m: m\n".to_string();
        assert_eq!(
            word_severity(coloured, Severity::Warning, "avertissement"),
            "\u{1b}[1m\u{1b}[38;5;11mavertissement[QC-07]\u{1b}[0m: m\n"
        );
        // Only the header: a quoted line below it is the author's.
        let below = "x\nerror[a]\n".to_string();
        assert_eq!(
            word_severity(below.clone(), Severity::Error, "erreur"),
            below
        );
    }

    #[test]
    fn a_diagnostic_in_json_names_its_messages_and_their_arguments() {
        let d = Diagnostic::warning(
            "example-value",
            crate::msg!("lint-example-value", path = "base_url", why = "domain"),
        )
        .with_hint(crate::msg!("lint-example-base-url-hint"))
        .at_path("content/site.yaml");
        let list: Diagnostics = [d].into_iter().collect();
        let sources = SourceMap::new();
        let json = serde_json::to_value(list.to_json(&sources)).expect("JSON");
        assert_eq!(json[0]["message_id"], "lint-example-value");
        assert_eq!(json[0]["args"]["why"], "domain");
        assert_eq!(json[0]["hint_id"], "lint-example-base-url-hint");
        assert_eq!(
            json[0]["message"],
            "`base_url` looks like an example to replace: an address on an example domain"
        );
        let verbatim = Diagnostic::error("io", "quoted as it is");
        assert_eq!(verbatim.message.in_lang(Lang::Fr), "quoted as it is");
        assert!(verbatim.message.message().is_none());
    }
}
