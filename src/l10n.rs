//! Wording: the Fluent bundles of the two languages.
//!
//! Every sentence a reader sees comes from `locales/<lang>/*.ftl`. This
//! module loads those files once, reports Fluent syntax errors with file and
//! line, checks that both languages define the same messages with the same
//! variables, and formats messages for the render stage. Bundles are the
//! thread-safe (`concurrent`) kind so pages render in parallel, and Unicode
//! isolation marks are turned off: they are meant for plain-text UIs and
//! would end up as invisible characters in the HTML.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{read_source, SiteLayout};
use crate::model::{Date, Lang};
use crate::source::{FileId, SourceFile, SourceMap, Span};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

/// Largest locale file accepted.
const MAX_FTL_BYTES: u64 = 1024 * 1024;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Where a message is defined and which variables it uses.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    /// The `.ftl` file.
    pub file: FileId,
    /// The span of the message id.
    pub span: Span,
    /// The variables (`$name`) the message uses, without `$`.
    pub variables: BTreeSet<String>,
    /// The message's definition as written (for translation freshness).
    pub text: String,
    /// Whether it is the built-in wording (not the site's).
    pub builtin: bool,
    /// Whether it is the site's and replaces a built-in message.
    pub overrides: bool,
}

/// The loaded wording of both languages.
pub struct Locales {
    en: Bundle,
    fr: Bundle,
    /// Messages defined in each language.
    pub messages: BTreeMap<Lang, BTreeMap<String, MessageInfo>>,
}

impl std::fmt::Debug for Locales {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locales")
            .field(
                "messages",
                &self
                    .messages
                    .values()
                    .map(BTreeMap::len)
                    .collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// A value passed to a Fluent message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text (also used for numbers that must not be reformatted, like years).
    Str(String),
    /// A number, for plural selection.
    Num(f64),
}

impl Locales {
    fn bundle(&self, lang: Lang) -> &Bundle {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    /// Whether `id` is defined in `lang`.
    pub fn has(&self, lang: Lang, id: &str) -> bool {
        self.bundle(lang).has_message(id)
    }

    /// The wording's source files and messages of `lang`.
    pub fn messages(&self, lang: Lang) -> &BTreeMap<String, MessageInfo> {
        &self.messages[&lang]
    }

    /// Formats message `id` in `lang` with `args`. A missing message, a
    /// missing variable or any other Fluent error is an error, never a blank
    /// (worded in the tool's language: it ends up in a diagnostic).
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, Arg)]) -> Result<String, String> {
        let bundle = self.bundle(lang);
        let msg = bundle
            .get_message(id)
            .ok_or_else(|| crate::t!("l10n-no-message", id = id.to_string(), lang = lang.code()))?;
        let pattern = msg
            .value()
            .ok_or_else(|| crate::t!("l10n-no-value", id = id.to_string(), lang = lang.code()))?;
        let mut fargs = FluentArgs::with_capacity(args.len());
        for (k, v) in args {
            match v {
                Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
                Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        if let Some(e) = errors.first() {
            // Fluent's own reason, quoted as it is.
            return Err(crate::t!(
                "l10n-format-error",
                id = id.to_string(),
                lang = lang.code(),
                reason = e.to_string()
            ));
        }
        Ok(out.into_owned())
    }

    /// The long form of a date ("January 29, 2014" / « 29 janvier 2014 »)
    /// from the `date-long` message. Month and day are numbers, so the
    /// message can select on them (`[1] janvier`, `[1] 1er`); the year is
    /// text, so it is never written with a thousands separator.
    pub fn date(&self, lang: Lang, date: Date) -> Result<String, String> {
        self.format(
            lang,
            "date-long",
            &[
                ("year", Arg::Str(date.year.to_string())),
                ("month", Arg::Num(f64::from(date.month))),
                ("day", Arg::Num(f64::from(date.day))),
            ],
        )
    }

    /// Loads `locales/en/*.ftl` and `locales/fr/*.ftl`.
    pub fn load(layout: &SiteLayout, sources: &mut SourceMap) -> (Option<Locales>, Diagnostics) {
        Self::load_layers(Some(layout), sources)
    }

    /// The built-in wording alone, without any site's messages (the live
    /// preview's own pages use it while the site's wording does not load).
    pub fn builtin() -> Option<Locales> {
        Self::load_layers(None, &mut SourceMap::new()).0
    }

    fn load_layers(
        layout: Option<&SiteLayout>,
        sources: &mut SourceMap,
    ) -> (Option<Locales>, Diagnostics) {
        let mut diags = Diagnostics::new();
        let mut messages = BTreeMap::new();
        let mut bundles = Vec::new();
        for lang in Lang::ALL {
            let (bundle, infos) = load_lang(layout, sources, lang, &mut diags);
            bundles.push(bundle);
            messages.insert(lang, infos);
        }
        check_parity(&messages, sources, &mut diags);
        let fr = bundles.pop();
        let en = bundles.pop();
        match (en, fr, diags.has_errors()) {
            (Some(en), Some(fr), false) => (Some(Locales { en, fr, messages }), diags),
            _ => (None, diags),
        }
    }
}

fn new_bundle(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = match lang {
        Lang::En => unic_langid::langid!("en-CA"),
        Lang::Fr => unic_langid::langid!("fr-CA"),
    };
    let mut b = FluentBundle::new_concurrent(vec![id]);
    b.set_use_isolating(false);
    b
}

fn load_lang(
    layout: Option<&SiteLayout>,
    sources: &mut SourceMap,
    lang: Lang,
    diags: &mut Diagnostics,
) -> (Bundle, BTreeMap<String, MessageInfo>) {
    let mut bundle = new_bundle(lang);
    let mut infos: BTreeMap<String, MessageInfo> = BTreeMap::new();
    // Layer 1: the built-in wording.
    for (name, text) in crate::defaults::locale_files(lang) {
        let shown = format!("locales/{lang}/{name}");
        let id = sources.add(SourceFile::new(
            crate::defaults::display(&shown),
            PathBuf::from("<built-in>").join(&shown),
            text.to_string(),
        ));
        add_file(sources, id, true, &mut bundle, &mut infos, diags);
    }
    // Layer 2: the site's own files, message by message over the first.
    let Some(layout) = layout else {
        return (bundle, infos);
    };
    let dir = layout.locales_dir().join(lang.code());
    if let Err(outside) = layout.inside(&dir) {
        diags.push(outside.diagnostic());
        return (bundle, infos);
    }
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| crate::load::is_editor_artifact(&n.to_string_lossy()))
            })
            .collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => {
            let display = layout.display(&dir);
            diags.push(
                Diagnostic::error(
                    "read-error",
                    crate::msg!(
                        "l10n-folder-unreadable",
                        path = display.clone(),
                        reason = e.to_string()
                    ),
                )
                .at_path(display),
            );
            Vec::new()
        }
    };
    files.sort();
    for path in files {
        match read_source(layout, sources, &path, MAX_FTL_BYTES) {
            Ok(id) => add_file(sources, id, false, &mut bundle, &mut infos, diags),
            Err(d) => diags.push(d),
        }
    }
    (bundle, infos)
}

/// Parses one `.ftl` file into the bundle. A site file's message replaces
/// the built-in one of the same id; two definitions in the same layer are
/// an error.
fn add_file(
    sources: &SourceMap,
    id: FileId,
    builtin: bool,
    bundle: &mut Bundle,
    infos: &mut BTreeMap<String, MessageInfo>,
    diags: &mut Diagnostics,
) {
    let file = sources.get(id);
    // A byte order mark (left by some editors) is not Fluent: parse what
    // follows it, and shift the parser's offsets back into the file.
    let body = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    let skip = file.text.len() - body.len();
    let resource = match FluentResource::try_new(body.to_string()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                // Point at the start of the broken entry: the parser often
                // notices the problem only on the next line.
                let start = e
                    .slice
                    .as_ref()
                    .map(|s| {
                        let piece = &body[s.clone()];
                        s.start + (piece.len() - piece.trim_start().len())
                    })
                    .filter(|start| *start <= e.pos.start)
                    .unwrap_or(e.pos.start)
                    + skip;
                let end = (e.pos.end + skip).max(start + 1).min(file.text.len());
                let span = file.span_of_bytes(start..end);
                // The Fluent parser's own reason, quoted as it is.
                diags.push(
                    Diagnostic::error(
                        "fluent-syntax",
                        crate::msg!("l10n-fluent-syntax", reason = e.kind.to_string()),
                    )
                    .at(id, span)
                    .with_hint(crate::msg!("l10n-fluent-syntax-hint")),
                );
            }
            r
        }
    };
    // Found in one pass: looking each message up from the top of its file
    // made loading the locale files quadratic.
    let defined = definitions(body);
    for entry in resource.entries() {
        if let ast::Entry::Message(m) = entry {
            let name = m.id.name;
            let at = defined.get(name).copied();
            let span = at
                .map(|start| file.span_of_bytes(skip + start..skip + start + name.len()))
                .unwrap_or(Span::START);
            let mut variables = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut variables);
            }
            for a in &m.attributes {
                pattern_vars(&a.value, &mut variables);
            }
            if let Some(first) = infos.get(name).filter(|f| f.builtin == builtin) {
                diags.push(
                    Diagnostic::error(
                        "duplicate-message",
                        crate::msg!("l10n-duplicate-message", id = name.to_string()),
                    )
                    .at(id, span)
                    .with_related(
                        first.file,
                        first.span,
                        crate::msg!("l10n-duplicate-message-first"),
                    )
                    .with_hint(crate::msg!("l10n-duplicate-message-hint")),
                );
                continue;
            }
            let overrides = infos.get(name).is_some_and(|f| f.builtin);
            // Line endings are not wording: a checkout that turns them
            // into CRLF must not look like a change to review.
            let text = at
                .map(|start| definition_text(body, start).replace("\r\n", "\n"))
                .unwrap_or_default();
            infos.insert(
                name.to_string(),
                MessageInfo {
                    file: id,
                    span,
                    variables,
                    text,
                    builtin,
                    overrides,
                },
            );
        }
    }
    if builtin {
        // Built-in duplicates were reported above; keep the first definition.
        let _ = bundle.add_resource(Arc::new(resource));
    } else {
        bundle.add_resource_overriding(Arc::new(resource));
    }
}

/// Where each entry of a Fluent file is defined (`id =` at a line start):
/// the byte offset of its identifier, the first definition of each.
fn definitions(text: &str) -> HashMap<&str, usize> {
    let mut found = HashMap::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let id_len = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(line.len());
        if id_len > 0 && line[id_len..].trim_start().starts_with('=') {
            found.entry(&line[..id_len]).or_insert(offset);
        }
        offset += line.len();
    }
    found
}

/// The byte range of `id` where it is defined (`id =` at a line start).
#[cfg(test)]
fn find_definition(text: &str, id: &str) -> Option<std::ops::Range<usize>> {
    definitions(text)
        .get(id)
        .map(|&start| start..start + id.len())
}

/// The text of the entry starting at byte `start`: its first line and the
/// indented or blank lines that continue it, without trailing blank lines.
fn definition_text(text: &str, start: usize) -> &str {
    let rest = &text[start..];
    let mut end = 0;
    let mut last_content = 0;
    for (i, line) in rest.split_inclusive('\n').enumerate() {
        let starts_entry = !line.starts_with([' ', '\t', '\n', '\r']);
        if i > 0 && starts_entry {
            break;
        }
        end += line.len();
        if !line.trim().is_empty() {
            last_content = end;
        }
    }
    rest[..last_content].trim_end()
}

pub(crate) fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call_vars(arguments, out),
        ast::InlineExpression::TermReference {
            arguments: Some(a), ..
        } => call_vars(a, out),
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

fn call_vars(a: &ast::CallArguments<&str>, out: &mut BTreeSet<String>) {
    for p in &a.positional {
        inline_vars(p, out);
    }
    for n in &a.named {
        inline_vars(&n.value, out);
    }
}

/// Both languages must define the same messages with the same variables.
fn check_parity(
    messages: &BTreeMap<Lang, BTreeMap<String, MessageInfo>>,
    sources: &SourceMap,
    diags: &mut Diagnostics,
) {
    let (Some(en), Some(fr)) = (messages.get(&Lang::En), messages.get(&Lang::Fr)) else {
        return;
    };
    for (lang, mine, theirs) in [(Lang::En, en, fr), (Lang::Fr, fr, en)] {
        let other = lang.other();
        for (id, info) in mine {
            match theirs.get(id) {
                None => diags.push(
                    Diagnostic::error(
                        "missing-message",
                        crate::msg!(
                            "l10n-missing-message",
                            id = id.clone(),
                            lang = lang.code(),
                            other = other.code()
                        ),
                    )
                    .at(info.file, info.span)
                    .with_hint(crate::msg!(
                        "l10n-missing-message-hint",
                        id = id.clone(),
                        other = other.code()
                    )),
                ),
                Some(t) if lang == Lang::En && t.variables != info.variables => {
                    // `$a, $b`, or `none` (which the message words).
                    let show = |v: &BTreeSet<String>| {
                        if v.is_empty() {
                            "none".to_string()
                        } else {
                            v.iter()
                                .map(|x| format!("${x}"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    };
                    diags.push(
                        Diagnostic::error(
                            "message-variables",
                            crate::msg!(
                                "l10n-message-variables",
                                id = id.clone(),
                                en = show(&info.variables),
                                fr = show(&t.variables)
                            ),
                        )
                        .at(info.file, info.span)
                        .with_related(
                            t.file,
                            t.span,
                            crate::msg!(
                                "l10n-message-variables-french",
                                file = sources.get(t.file).display.clone()
                            ),
                        )
                        .with_hint(crate::msg!("l10n-message-variables-hint")),
                    );
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_span_their_continuation_lines() {
        let text =
            "a = one\nb =\n    two\n    { $x ->\n       *[y] three\n    }\n\n# c\nc = four\n";
        let r = find_definition(text, "b").unwrap();
        assert_eq!(
            definition_text(text, r.start),
            "b =\n    two\n    { $x ->\n       *[y] three\n    }"
        );
        let r = find_definition(text, "c").unwrap();
        assert_eq!(definition_text(text, r.start), "c = four");
    }
}
