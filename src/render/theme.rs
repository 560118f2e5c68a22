//! Loading a theme: its Tera templates and its static files.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{read_source, SiteLayout};
use crate::msg;
use crate::source::{FileId, SourceFile, SourceMap, Span};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Largest template accepted.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// Where a static file of the theme comes from.
#[derive(Debug, Clone)]
pub enum AssetSource {
    /// Compiled into the binary (the default theme).
    Embedded(&'static [u8]),
    /// A file of the site's own theme.
    File(PathBuf),
}

impl AssetSource {
    /// The file's bytes.
    pub fn read(&self) -> std::io::Result<std::borrow::Cow<'static, [u8]>> {
        match self {
            AssetSource::Embedded(b) => Ok(std::borrow::Cow::Borrowed(b)),
            AssetSource::File(p) => std::fs::read(p).map(std::borrow::Cow::Owned),
        }
    }
}

/// A static file of the theme, copied to `<out>/assets/<path>`.
#[derive(Debug, Clone)]
pub struct Asset {
    /// Path under `static/` (and under `assets/` in the output).
    pub path: String,
    /// Where its bytes come from.
    pub source: AssetSource,
}

/// A parsed theme: the embedded default theme with the site's own theme
/// folder laid over it file by file.
pub struct Theme {
    /// The site's theme folder (it may not exist: the default is embedded).
    pub dir: PathBuf,
    /// Templates, parsed once and shared by every page.
    pub tera: tera::Tera,
    /// Template name → its source file, for error messages.
    pub files: BTreeMap<String, FileId>,
    /// Static files.
    pub assets: Vec<Asset>,
}

impl std::fmt::Debug for Theme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Theme")
            .field("dir", &self.dir)
            .field("templates", &self.files.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// How deep a theme's folders may nest (a link to a folder above itself
/// would otherwise be followed forever).
const MAX_THEME_DEPTH: usize = 32;

/// Lists the files under `dir`, recursively, sorted, with their path
/// relative to `dir` using `/`, skipping editor artifacts. Links are
/// followed while they stay inside the site; one that leaves it, a name
/// that is not UTF-8 (two such names could not be told apart once
/// published) and folders nested too deep are reported in `diags` and
/// skipped.
pub fn list_files(
    layout: &SiteLayout,
    dir: &Path,
    diags: &mut Diagnostics,
) -> std::io::Result<Vec<(String, PathBuf)>> {
    fn walk(
        layout: &SiteLayout,
        (base, dir, depth): (&Path, &Path, usize),
        out: &mut Vec<(String, PathBuf)>,
        diags: &mut Diagnostics,
    ) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            let utf8 = entry.file_name().to_str().map(str::to_string);
            // A line break or other control character in a name is refused
            // as a name that is not text would be.
            let Some(name) = utf8.filter(|n| !n.chars().any(char::is_control)) else {
                // Shown byte by byte: two such names must read differently.
                let raw = entry.file_name();
                let shown = format!(
                    "{}/{}",
                    layout.display(dir),
                    raw.as_encoded_bytes().escape_ascii()
                );
                diags.push(
                    Diagnostic::error("bad-file-name", msg!("render-bad-file-name", name = shown))
                        .at_path(layout.display(dir))
                        .with_hint(msg!("render-bad-file-name-hint")),
                );
                continue;
            };
            if crate::load::is_editor_artifact(&name) {
                continue;
            }
            let mut ty = entry.file_type()?;
            if ty.is_symlink() {
                if let Err(outside) = layout.inside(&path) {
                    diags.push(outside.diagnostic());
                    continue;
                }
                match std::fs::metadata(&path) {
                    Ok(m) => ty = m.file_type(),
                    // A dangling link: nothing to publish.
                    Err(_) => continue,
                }
            }
            if ty.is_dir() {
                if depth >= MAX_THEME_DEPTH {
                    diags.push(
                        Diagnostic::error(
                            "read-error",
                            msg!(
                                "render-theme-too-deep",
                                path = layout.display(&path),
                                depth = MAX_THEME_DEPTH
                            ),
                        )
                        .at_path(layout.display(&path)),
                    );
                    continue;
                }
                walk(layout, (base, &path, depth + 1), out, diags)?;
            } else if ty.is_file() {
                let rel = path
                    .strip_prefix(base)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, path));
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    if let Err(outside) = layout.inside(dir) {
        diags.push(outside.diagnostic());
        return Ok(out);
    }
    walk(layout, (dir, dir, 0), &mut out, diags)?;
    out.sort();
    Ok(out)
}

/// Escapes text for HTML and XML (text and quoted attributes). Unlike
/// Tera's default it leaves `/` alone, so URLs stay readable in the source.
pub fn escape_html(input: &str) -> String {
    replace_ascii(input, |b| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        _ => None,
    })
}

/// `input` with every byte that `replacement` maps to a text replaced by
/// it. `replacement` must map ASCII bytes only: the runs between them are
/// then copied whole, every cut falling on a character boundary. Text with
/// nothing to replace is copied in one piece.
pub(crate) fn replace_ascii(
    input: &str,
    replacement: impl Fn(u8) -> Option<&'static str>,
) -> String {
    let bytes = input.as_bytes();
    let Some(first) = bytes.iter().position(|&b| replacement(b).is_some()) else {
        return input.to_string();
    };
    let mut out = String::with_capacity(input.len() + input.len() / 8 + 8);
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate().skip(first) {
        let Some(rep) = replacement(b) else {
            continue;
        };
        debug_assert!(b.is_ascii(), "replace_ascii maps ASCII bytes only");
        out.push_str(&input[start..i]);
        out.push_str(rep);
        start = i + 1;
    }
    out.push_str(&input[start..]);
    out
}

/// Finds ` --> line:col` in a Tera parse error.
fn parse_error_position(message: &str) -> Option<(u32, u32)> {
    let rest = &message[message.find("--> ")? + 4..];
    let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ':'))?;
    let (l, c) = rest[..end].split_once(':')?;
    Some((l.parse().ok()?, c.parse().ok()?))
}

/// The full text of an error and its causes.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

/// A message a template asks for by a literal key: `t(key="…")` (in the
/// page's language), `t_en(…)` or `t_fr(…)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageUse<'a> {
    /// `t`, `t_en` or `t_fr`.
    pub function: &'a str,
    /// The message id.
    pub key: &'a str,
    /// Where the id starts in the template's text (after its quote).
    pub at: usize,
}

/// The messages a template's text asks for by a literal key, inside its
/// tags (`{{ … }}`, `{% … %}`; not in comments, `raw` blocks or the text
/// around tags). Keys built at render time (`"a-" ~ x`) are not listed.
pub fn message_uses(text: &str) -> Vec<MessageUse<'_>> {
    let mut out = Vec::new();
    for code in tag_ranges(text) {
        let mut from = code.start;
        while let Some(i) = text[from..code.end].find("key") {
            let at_key = from + i;
            from = at_key + 3;
            if let Some(u) = literal_key_at(text, code.start, at_key) {
                out.push(u);
            }
        }
    }
    out
}

/// Tera's built-in functions that read the machine rather than the site:
/// `get_env` would publish an environment variable (a CI secret) into the
/// page. Tera 1.x registers it unconditionally; the theme replaces it with
/// a function that fails, and `check` reports every call at its place.
pub const MACHINE_FUNCTIONS: &[&str] = &["get_env"];

/// The calls of [`MACHINE_FUNCTIONS`] in a template's tags: each function's
/// name and the byte offset where it is written.
pub fn machine_uses(text: &str) -> Vec<(&'static str, usize)> {
    let mut out = Vec::new();
    for code in tag_ranges(text) {
        for name in MACHINE_FUNCTIONS {
            let mut from = code.start;
            while let Some(i) = text[from..code.end].find(name) {
                let at = from + i;
                from = at + name.len();
                let before = text[..at].chars().next_back();
                let word_start = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
                let call = text[from..code.end].trim_start().starts_with('(');
                if word_start && call {
                    out.push((*name, at));
                }
            }
        }
    }
    out
}

/// What a template gets for a function of [`MACHINE_FUNCTIONS`].
struct Refused(&'static str);

impl tera::Function for Refused {
    fn call(
        &self,
        _: &std::collections::HashMap<String, tera::Value>,
    ) -> tera::Result<tera::Value> {
        // Worded now, in the tool's language: Tera carries it as text into
        // the render error that quotes it.
        Err(tera::Error::msg(crate::t!(
            "render-function-refused",
            function = self.0
        )))
    }
}

/// Replaces each of [`MACHINE_FUNCTIONS`] on `tera` with one that fails.
pub fn refuse_machine_functions(tera: &mut tera::Tera) {
    for name in MACHINE_FUNCTIONS {
        tera.register_function(name, Refused(name));
    }
}

/// The byte ranges of a template's tags, inside their delimiters: what
/// Tera evaluates.
fn tag_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find('{') {
        let start = from + i;
        let close = match text.as_bytes().get(start + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            Some(b'#') => "#}",
            _ => {
                from = start + 1;
                continue;
            }
        };
        let inner = start + 2;
        let end = text[inner..].find(close).map_or(text.len(), |j| inner + j);
        from = (end + 2).min(text.len());
        if close == "#}" {
            continue;
        }
        let tag = text[inner..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        if close == "%}" && tag == "raw" {
            // Up to the end of `{% endraw %}` (with or without `-`).
            let mut search = from;
            from = text.len();
            while let Some(j) = text[search..].find("{%") {
                let s = search + j + 2;
                let e = text[s..].find("%}").map_or(text.len(), |k| s + k);
                if text[s..e].trim_matches(|c: char| c == '-' || c.is_whitespace()) == "endraw" {
                    from = (e + 2).min(text.len());
                    break;
                }
                search = (e + 2).min(text.len());
            }
            continue;
        }
        out.push(inner..end);
    }
    out
}

/// The literal-key message call whose `key` argument is written at
/// `at_key`, in a tag starting at `tag_start`.
fn literal_key_at(text: &str, tag_start: usize, at_key: usize) -> Option<MessageUse<'_>> {
    // `key` as a whole word, then `=`, then a string literal ending the
    // argument.
    let before_key = text[..at_key].chars().next_back();
    if before_key.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let rest = text[at_key + 3..].trim_start();
    let lit = rest.strip_prefix('=')?.trim_start().strip_prefix('"')?;
    let len = lit.find('"')?;
    let after = lit[len + 1..].trim_start();
    if !(after.starts_with(')') || after.starts_with(',')) {
        return None;
    }
    // The call the argument belongs to: the nearest `(` before it, in the
    // same tag, with no `)` between.
    let before = &text[tag_start..at_key];
    let open = before.rfind('(')?;
    if before[open..].contains(')') {
        return None;
    }
    let name = &before[..open];
    let name_start = name
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '_'))
        .map_or(0, |(j, c)| j + c.len_utf8());
    let function = &name[name_start..];
    if !matches!(function, "t" | "t_en" | "t_fr") {
        return None;
    }
    Some(MessageUse {
        function,
        key: &lit[..len],
        at: text.len() - lit.len(),
    })
}

/// A theme's template files, read but not parsed yet (see [`Theme::read`]).
pub struct ThemeSources {
    /// The theme's name (`theme:`): which built-in files it starts from.
    name: String,
    dir: PathBuf,
    tdir: PathBuf,
    /// Template name → (file id, text, from the site?).
    chosen: BTreeMap<String, (FileId, String, bool)>,
    /// The names of the built-in templates.
    embedded: Vec<String>,
    /// Problems found while reading.
    diags: Diagnostics,
}

impl Theme {
    /// Reads the theme `name`'s templates into `sources`: the embedded
    /// default templates, overridden file by file by `themes/<name>/` when
    /// the site has it. Parsing them, the costlier half, needs no access to
    /// `sources`, so it can run while the rest of the site loads.
    pub fn read(
        layout: &SiteLayout,
        name: &str,
        sources: &mut SourceMap,
    ) -> Result<ThemeSources, Diagnostics> {
        let mut diags = Diagnostics::new();
        let dir = layout.themes_dir().join(name);
        let tdir = dir.join("templates");
        // name → (file id, text, from the site?)
        let mut chosen: BTreeMap<String, (FileId, String, bool)> = BTreeMap::new();
        // The built-in theme of that name, else the default one under the
        // site's folder.
        for (rel, from, text) in crate::defaults::theme_templates(name) {
            let shown = format!("themes/{from}/templates/{rel}");
            let id = sources.add(SourceFile::new(
                crate::defaults::display(&shown),
                PathBuf::from("<built-in>").join(&shown),
                text.to_string(),
            ));
            chosen.insert(rel, (id, text.to_string(), false));
        }
        let embedded: Vec<String> = chosen.keys().cloned().collect();
        if tdir.is_dir() {
            let listed = match list_files(layout, &tdir, &mut diags) {
                Ok(l) => l,
                Err(e) => {
                    let display = layout.display(&tdir);
                    diags.push(
                        Diagnostic::error(
                            "read-error",
                            msg!(
                                "render-templates-unreadable",
                                path = display.clone(),
                                reason = e.to_string()
                            ),
                        )
                        .at_path(display),
                    );
                    return Err(diags);
                }
            };
            for (rel, path) in listed {
                match read_source(layout, sources, &path, MAX_TEMPLATE_BYTES) {
                    Ok(id) => {
                        let text = sources.get(id).text.clone();
                        chosen.insert(rel, (id, text, true));
                    }
                    Err(d) => diags.push(d),
                }
            }
        } else if !crate::defaults::is_builtin(name) {
            let display = layout.display(&dir);
            diags.push(
                Diagnostic::error(
                    "missing-theme",
                    msg!(
                        "render-missing-theme",
                        name = name.to_string(),
                        path = display.clone()
                    ),
                )
                .at_path(display)
                .with_hint(msg!(
                    "render-missing-theme-hint",
                    themes = crate::defaults::BUILTIN_THEMES.join(", ")
                )),
            );
            return Err(diags);
        }
        Ok(ThemeSources {
            name: name.to_string(),
            dir,
            tdir,
            chosen,
            embedded,
            diags,
        })
    }
}

impl ThemeSources {
    /// Parses every template once, reporting syntax errors with file, line
    /// and column, and warns about a site template that replaces no default
    /// one and that no template uses (probably a misspelt name).
    pub fn parse(self, layout: &SiteLayout) -> (Option<Theme>, Diagnostics) {
        let ThemeSources {
            name,
            dir,
            tdir,
            chosen,
            embedded,
            mut diags,
        } = self;
        let mut files = BTreeMap::new();
        let mut raw = Vec::new();
        let mut tera = tera::Tera::default();
        tera.set_escape_fn(escape_html);
        // Parsing is a fixed cost of every build: parse the set once, and
        // only when it fails parse each file alone so the error names its file.
        let all: Vec<(String, String)> = chosen
            .iter()
            .map(|(rel, (_, text, _))| (rel.clone(), text.clone()))
            .collect();
        let parsed_together = tera.add_raw_templates(all).is_ok();
        if parsed_together {
            files = chosen
                .iter()
                .map(|(rel, (id, _, _))| (rel.clone(), *id))
                .collect();
        }
        for (rel, (id, text, _)) in chosen.iter().filter(|_| !parsed_together) {
            let mut probe = tera::Tera::default();
            if let Err(e) = probe.add_raw_template(rel, text) {
                let chain = error_chain(&e);
                if !chain.contains("doesn't exist") && !chain.contains("not found") {
                    let (line, col) = parse_error_position(&chain).unwrap_or((1, 1));
                    let detail = chain
                        .lines()
                        .last()
                        .unwrap_or("")
                        .trim_start_matches(['=', ' ']);
                    // Tera's own reason, quoted as it is.
                    diags.push(
                        Diagnostic::error(
                            "template-syntax",
                            msg!(
                                "render-template-syntax",
                                template = rel.clone(),
                                reason = detail.to_string()
                            ),
                        )
                        .at(*id, Span::new(line, col, 1))
                        .with_hint(msg!("render-template-syntax-hint")),
                    );
                    continue;
                }
            }
            files.insert(rel.clone(), *id);
            raw.push((rel.clone(), text.clone()));
        }
        for (rel, (id, _, from_site)) in &chosen {
            let used = chosen
                .values()
                .any(|(_, t, _)| t.contains(&format!("\"{rel}\"")));
            if *from_site && !embedded.contains(rel) && !used {
                diags.push(
                    Diagnostic::warning(
                        "template-overrides-nothing",
                        msg!("render-template-overrides-nothing", template = rel.clone()),
                    )
                    .at(*id, Span::START)
                    .with_hint(msg!(
                        "render-template-overrides-nothing-hint",
                        templates = embedded.join(", ")
                    )),
                );
            }
        }
        if !parsed_together {
            tera = tera::Tera::default();
            tera.set_escape_fn(escape_html);
            if let Err(e) = tera.add_raw_templates(raw) {
                // Tera's own reason, quoted as it is.
                diags.push(
                    Diagnostic::error(
                        "template-error",
                        msg!("render-templates-unlinked", reason = error_chain(&e)),
                    )
                    .at_path(layout.display(&tdir))
                    .with_hint(msg!("render-templates-unlinked-hint")),
                );
            }
        }
        for (rel, (id, text, _)) in &chosen {
            for (name, at) in machine_uses(text) {
                let span = sources_span(text, at, name.len());
                diags.push(
                    Diagnostic::error(
                        "template-error",
                        msg!(
                            "render-machine-function",
                            template = rel.clone(),
                            function = name
                        ),
                    )
                    .at(*id, span)
                    .with_hint(msg!("render-machine-function-hint")),
                );
            }
        }
        refuse_machine_functions(&mut tera);
        for required in ["policy.html", "index.html", "sitemap.xml"] {
            if !files.contains_key(required) && !diags.has_errors() {
                diags.push(
                    Diagnostic::error(
                        "missing-template",
                        msg!("render-missing-template", template = required),
                    )
                    .at_path(layout.display(&tdir.join(required))),
                );
            }
        }
        let mut assets: BTreeMap<String, AssetSource> = crate::defaults::theme_assets(&name)
            .into_iter()
            .map(|(p, b)| (p, AssetSource::Embedded(b)))
            .collect();
        let sdir = dir.join("static");
        match list_files(layout, &sdir, &mut diags) {
            Ok(listed) => {
                for (rel, path) in listed {
                    assets.insert(rel, AssetSource::File(path));
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                let display = layout.display(&sdir);
                diags.push(
                    Diagnostic::error(
                        "read-error",
                        msg!(
                            "render-static-unreadable",
                            path = display.clone(),
                            reason = e.to_string()
                        ),
                    )
                    .at_path(display),
                );
            }
        }
        if diags.has_errors() {
            return (None, diags);
        }
        let theme = Theme {
            dir,
            tera,
            files,
            assets: assets
                .into_iter()
                .map(|(path, source)| Asset { path, source })
                .collect(),
        };
        (Some(theme), diags)
    }
}

/// The span of `len` bytes at `at` in `text`.
fn sources_span(text: &str, at: usize, len: usize) -> Span {
    let before = &text[..at];
    let line = before.matches('\n').count() as u32 + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    Span::new(line, column, len as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_that_read_the_machine_are_found_in_tags_only() {
        let text = "get_env(name=\"A\") {{ get_env(name=\"B\") }} {{ my_get_env(x=1) }}\n{% set s = get_env (name=\"C\") %}{# get_env() #}";
        let found: Vec<usize> = machine_uses(text).iter().map(|(_, at)| *at).collect();
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(sources_span(text, found[1], 7), Span::new(2, 12, 7));
    }

    #[test]
    fn message_uses_are_found_with_their_offsets() {
        let text = "{{ t(key=\"a\") }} {# t(key=\"hidden\") #}\n{{ t_fr( count=2, key = \"b\" ) }} {{ t(key=\"c-\" ~ x) }} {{ other(key=\"d\") }}";
        let uses = message_uses(text);
        let got: Vec<(&str, &str)> = uses.iter().map(|u| (u.function, u.key)).collect();
        assert_eq!(got, [("t", "a"), ("t_fr", "b")]);
        assert_eq!(&text[uses[1].at..uses[1].at + 1], "b");
    }

    #[test]
    fn message_uses_skip_raw_blocks_text_and_survive_any_letters() {
        let text = "<p>t(key=\"text\") Numéro(key=\"x\")</p>{% raw %}{{ t(key=\"raw\") }}{%- endraw -%}{{ é(key=\"y\") ~ t(key=\"after\") }}";
        let got: Vec<&str> = message_uses(text).iter().map(|u| u.key).collect();
        assert_eq!(got, ["after"]);
    }

    #[test]
    fn escapes_like_a_char_by_char_pass() {
        fn reference(input: &str) -> String {
            let mut out = String::new();
            for c in input.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    '\'' => out.push_str("&#39;"),
                    c => out.push(c),
                }
            }
            out
        }
        for s in [
            "",
            "plain",
            "l’été à Québec",
            "a&b<c>d\"e'f/g",
            "&",
            "«\u{a0}x\u{a0}» & <b>é</b>'",
            "''''",
        ] {
            assert_eq!(escape_html(s), reference(s), "{s:?}");
        }
    }

    /// The paths of the patched Tera (vendor/tera/PATCHED.md) that change
    /// how a value is found or compared render what upstream Tera renders.
    #[test]
    fn patched_tera_compares_and_looks_up_like_upstream() {
        let mut tera = tera::Tera::default();
        tera.set_escape_fn(escape_html);
        let template = concat!(
            "{% import \"macros.html\" as mac %}",
            // comparisons: literal either side, negated, escaped text, numbers, types
            "{% if name == \"R&D <x>\" %}eq{% endif %}|",
            "{% if \"R&D <x>\" == name %}eq{% endif %}|",
            "{% if name != \"other\" %}ne{% endif %}|",
            "{% if not name == \"other\" %}not{% endif %}|",
            "{% if n == 2 %}num{% endif %}{% if n == \"2\" %}bad{% endif %}|",
            "{% if n != \"2\" %}bad{% endif %}|",
            "{% if flag == \"true\" %}bad{% endif %}{% if flag != \"true\" %}type{% endif %}|",
            "{% if name %}truthy{% endif %}{% if empty %}bad{% endif %}|",
            // one side escaped and the other not: a concatenation, a macro, `safe`
            "{% set v = \"&D\" %}{% if \"R\" ~ v == \"R&D\" %}EQ{% else %}NE{% endif %}",
            "{% if \"R\" ~ v == other %}EQ{% else %}NE{% endif %}",
            "{% if mac::m() == \"a&b\" %}EQ{% else %}NE{% endif %}",
            "{% if mac::m() == \"a&amp;b\" %}EQ{% else %}NE{% endif %}",
            "{% if name | safe == \"R&D <x>\" %}EQ{% else %}NE{% endif %}",
            "{% if name | safe == name %}EQ{% else %}NE{% endif %}",
            "{% if name | safe != name | safe %}NE{% else %}EQ{% endif %}|",
            // set names shadowing and reassigned; a loop over owned values
            "{% set a = name %}{% set a = \"b&c\" %}{{ a }}|",
            "{% for it in items | reverse %}{{ it.label }}{{ it.sub.x }};{% endfor %}|",
            "{% for k, v in obj %}{{ k }}={{ v.y }};{% endfor %}|",
            // a key that holds a dot-free `~` and the JSON-pointer escapes
            "{{ odd[\"a~b\"] }}|{{ name }}",
        );
        tera.add_raw_templates([
            ("macros.html", "{% macro m() %}{{ amp }}{% endmacro m %}"),
            ("t.html", template),
        ])
        .expect("parses");
        let mut ctx = tera::Context::new();
        ctx.insert("name", "R&D <x>");
        ctx.insert("empty", "");
        ctx.insert("other", "R&D");
        ctx.insert("amp", "a&b");
        ctx.insert("n", &2);
        ctx.insert("flag", &true);
        ctx.insert(
            "items",
            &serde_json::json!([{"label": "1<", "sub": {"x": "a"}}, {"label": "2", "sub": {"x": "b"}}]),
        );
        ctx.insert(
            "obj",
            &serde_json::json!({"p": {"y": "&"}, "q": {"y": "z"}}),
        );
        ctx.insert("odd", &serde_json::json!({"a~b": "tilde"}));
        let out = tera.render("t.html", &ctx).expect("renders");
        assert_eq!(
            out,
            "eq|eq|ne|not|num||type|truthy|NENEEQNENENEEQ|b&amp;c|2b;1&lt;a;|p=&amp;;q=z;|tilde|R&amp;D &lt;x&gt;"
        );
    }

    #[test]
    fn finds_parse_positions() {
        assert_eq!(parse_error_position("x\n --> 3:11\n  |"), Some((3, 11)));
        assert_eq!(parse_error_position("nothing"), None);
    }
}
