//! Diagnostics: what went wrong, where, and how to fix it.
//!
//! Every stage reports problems as [`Diagnostic`]s collected in a
//! [`Diagnostics`] list instead of stopping at the first one, so an author
//! sees every problem of a run at once. A diagnostic points at a file and a
//! [`Span`] in it; [`Diagnostics::render_human`] quotes the author's lines in
//! the style of rustc, [`Diagnostics::to_json`] gives CI tools a stable shape.

use crate::source::{FileId, SourceMap, Span};
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

/// One problem found in the site.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable machine-readable code, e.g. `yaml-syntax` or `unknown-key`.
    pub code: &'static str,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Where; `None` for problems that concern no file (e.g. a missing folder).
    pub location: Option<Location>,
    /// A path shown when there is no source file for the location.
    pub path: Option<String>,
    /// How to fix it.
    pub hint: Option<String>,
    /// The legal rule id, for lint diagnostics.
    pub rule: Option<String>,
    /// The YAML key the problem concerns (`cookies.items[0].lifetime`), when known.
    pub key: Option<String>,
    /// Other places that matter (e.g. the first definition of a duplicate).
    pub related: Vec<(Location, String)>,
}

impl Diagnostic {
    /// An error with a code and message, not yet located.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
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
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
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
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds a related location with a label.
    pub fn with_related(mut self, file: FileId, span: Span, label: impl Into<String>) -> Self {
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
    /// What is wrong.
    pub message: &'a str,
    /// How to fix it.
    pub hint: Option<&'a str>,
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
            key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
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
                    message: &d.message,
                    hint: d.hint.as_deref(),
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
            return format!("{}: {}\n", self.code, printable(&self.message));
        }
        String::from_utf8_lossy(&out).into_owned()
    }
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
        labels.push(cs::Label::secondary(loc.file, range).with_message(printable(label)));
    }
    let mut notes = Vec::new();
    if d.location.is_none() {
        if let Some(path) = &d.path {
            notes.push(format!("in {}", printable(path)));
        }
    }
    if let Some(hint) = &d.hint {
        notes.push(format!("help: {}", printable(hint)));
    }
    base.with_code(code)
        .with_message(printable(&d.message))
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
