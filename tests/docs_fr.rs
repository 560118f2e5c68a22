//! The French docs name everything the English ones name, and are written in
//! French typography (issue #19).
//!
//! # Which files
//!
//! `README.md` ↔ `LISEZMOI.md`, and `docs/<name>.md` ↔ `docs/fr/<name>.md`: a
//! French reference keeps its English file name, so the mapping needs no
//! table and a link to a sibling page (`rules.md`, `cli.md`) reads the same in
//! both folders. `docs/fr/cli.md` and `docs/fr/data-format.md` are required;
//! every other Markdown file of `docs/fr/` is checked against its English
//! counterpart, except the generated `docs/fr/rules.md`
//! (`scripts/regenerate.sh`, checked by its own test).
//!
//! # What the French doc must name
//!
//! The literals of the English doc: what a reader types or finds in a file,
//! which the French doc keeps exactly as it is. Only code is read for them
//! (code spans and code blocks), never prose, headings or YAML comments, so a
//! French doc may word things as it likes; leaving out a section, a table row
//! or an example drops its literals and fails. The literals are:
//!
//! - commands: `policypress` and the lower-case words after it
//!   (`policypress build`, `policypress theme eject`), in any code;
//! - options: `--strict`, `--lang`, and short flags `-s`, in any code;
//! - YAML keys written `key:` in a code span (`keep:`, `{ only: [a, b] }`);
//! - every code span that is one token: a key (`base_url`), a dotted key path
//!   (`cookies.items[].purpose`), a value (`quebec`), a code (`yaml-syntax`,
//!   `QC-07`), a file or path (`content/site.yaml`), a variable (`LC_ALL`).
//!   Samples of Markdown emphasis (`*italics*`, `**bold**`) are not literals;
//! - in a code block that is neither YAML nor JSON, every token that is a path
//!   or a file name (`content/policies/<id>.yaml`);
//! - every YAML and JSON code block, by its keys: each English block needs a
//!   French block with the same keys in the same order (values and comments
//!   are free; the docs keep the values, and translate only the comments).
//!
//! A literal is found when it is, in the French doc, a whole code span, or a
//! token of some code (split on spaces and on `[](){}|\=,;` and quotes). A
//! path into the English docs (`docs/theming.md`) may be named by its French
//! counterpart (`docs/fr/theming.md`).
//!
//! # French typography (prose only: code, link targets and HTML are left out)
//!
//! - no ASCII apostrophe `'` (it is ’) and no ASCII double quote `"` (« »);
//! - a no-break space (U+00A0, or the narrow U+202F) before every `:`, after
//!   `«` and before `»`;
//! - no space of any kind before `;`, `?` and `!`;
//! - none of the words to avoid: « cookie » (témoin), « e-mail » (courriel),
//!   « informations personnelles » (renseignements personnels); a French doc
//!   that must name them writes them as code.
//!
//! # Links
//!
//! Every relative link of a French doc leads to a file that exists and, with
//! a `#fragment` into a Markdown file, to one of its headings (GitHub's
//! anchors) or `<a id>`. Each English doc and its French counterpart link
//! each other in their first lines.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The English docs whose French counterpart must exist.
const REQUIRED: &[&str] = &["docs/cli.md", "docs/data-format.md"];

/// French docs generated from the code and checked by their own test.
const GENERATED: &[&str] = &["docs/fr/rules.md"];

/// Words French prose must not use (lower case), with the word to write.
const AVOID: &[(&str, &str)] = &[
    ("cookie", "témoin"),
    ("e-mail", "courriel"),
    ("informations personnelles", "renseignements personnels"),
];

struct Block {
    line: usize,
    lang: String,
    text: String,
}

struct Span {
    line: usize,
    text: String,
}

/// A Markdown file cut into its code and its prose.
struct Doc {
    path: String,
    spans: Vec<Span>,
    blocks: Vec<Block>,
    /// The lines with code spans replaced by U+FFFC and code blocks blanked,
    /// so line numbers stay those of the file.
    masked: Vec<String>,
    /// The anchors a link may name: one per heading (GitHub's), and `<a id>`.
    anchors: BTreeSet<String>,
}

const MASK: char = '\u{FFFC}';

fn read(rel: &str) -> Doc {
    let path = repo().join(rel);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: {e}"));
    parse(rel, &text)
}

fn parse(rel: &str, text: &str) -> Doc {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut outside: Vec<String> = Vec::with_capacity(lines.len());
    let mut fence: Option<(char, usize, Block)> = None;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let run = |c: char| trimmed.chars().take_while(|&x| x == c).count();
        match &mut fence {
            Some((c, n, block)) => {
                if run(*c) >= *n && trimmed.trim_start_matches(*c).trim().is_empty() {
                    let (_, _, block) = fence.take().unwrap();
                    blocks.push(block);
                } else {
                    block.text.push_str(line);
                    block.text.push('\n');
                }
                outside.push(String::new());
            }
            None => {
                let (c, n) = if run('`') >= 3 {
                    ('`', run('`'))
                } else if run('~') >= 3 {
                    ('~', run('~'))
                } else {
                    ('\0', 0)
                };
                if n > 0 {
                    let lang = trimmed[n..].trim().to_string();
                    fence = Some((
                        c,
                        n,
                        Block {
                            line: i + 1,
                            lang,
                            text: String::new(),
                        },
                    ));
                    outside.push(String::new());
                } else {
                    outside.push(line.to_string());
                }
            }
        }
    }
    assert!(fence.is_none(), "{rel}: a code block is never closed");

    // Code spans, paragraph by paragraph (a span may cross a line break,
    // never a blank line).
    let mut spans = Vec::new();
    let mut masked = outside.clone();
    let mut start = 0;
    while start < outside.len() {
        if outside[start].trim().is_empty() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < outside.len() && !outside[end].trim().is_empty() {
            end += 1;
        }
        let para: Vec<char> = outside[start..end].join("\n").chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < para.len() {
            if para[i] != '`' {
                out.push(para[i]);
                i += 1;
                continue;
            }
            let n = para[i..].iter().take_while(|&&c| c == '`').count();
            // The closing run: exactly n backticks.
            let mut j = i + n;
            let mut close = None;
            while j < para.len() {
                if para[j] == '`' {
                    let m = para[j..].iter().take_while(|&&c| c == '`').count();
                    if m == n {
                        close = Some(j);
                        break;
                    }
                    j += m;
                } else {
                    j += 1;
                }
            }
            match close {
                Some(j) => {
                    let inner: String = para[i + n..j].iter().collect();
                    let line = start + 1 + para[..i].iter().filter(|&&c| c == '\n').count();
                    let inner = inner.replace('\n', " ");
                    let inner = if inner.len() > 2 && inner.starts_with(' ') && inner.ends_with(' ')
                    {
                        inner[1..inner.len() - 1].to_string()
                    } else {
                        inner
                    };
                    spans.push(Span { line, text: inner });
                    for &c in &para[i..j + n] {
                        out.push(if c == '\n' { '\n' } else { MASK });
                    }
                    i = j + n;
                }
                None => {
                    for _ in 0..n {
                        out.push('`');
                    }
                    i += n;
                }
            }
        }
        for (k, l) in out.split('\n').enumerate() {
            masked[start + k] = l.to_string();
        }
        start = end;
    }

    let mut anchors = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for line in &outside {
        let t = line.trim_start();
        if t.starts_with('#') {
            let level = t.chars().take_while(|&c| c == '#').count();
            if level <= 6 && t[level..].starts_with(' ') {
                let slug = slug(&t[level..]);
                let n = seen.entry(slug.clone()).or_insert(0);
                anchors.insert(if *n == 0 {
                    slug.clone()
                } else {
                    format!("{slug}-{n}")
                });
                *n += 1;
            }
        }
        let mut rest = line.as_str();
        while let Some(p) = rest.find("<a id=\"") {
            let after = &rest[p + 7..];
            if let Some(q) = after.find('"') {
                anchors.insert(after[..q].to_string());
            }
            rest = after;
        }
    }
    Doc {
        path: rel.to_string(),
        spans,
        blocks,
        masked,
        anchors,
    }
}

/// GitHub's anchor for a heading: lower case; letters, digits, `-` and `_`
/// kept; each space a hyphen; everything else (punctuation, backticks, « »,
/// ’, no-break spaces) dropped.
fn slug(heading: &str) -> String {
    let mut text = String::new();
    // The text of a link is kept, not its target.
    let mut rest = heading.trim();
    while let Some(p) = rest.find("](") {
        text.push_str(&rest[..p]);
        rest = match rest[p..].find(')') {
            Some(q) => &rest[p + q + 1..],
            None => "",
        };
    }
    text.push_str(rest);
    text.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The tokens of some code: split on spaces, and again on brackets, pipes,
/// `=`, `,`, `;` and quotes; both the whole pieces and their parts count.
fn tokens(code: &str, into: &mut BTreeSet<String>) {
    for piece in code.split_whitespace() {
        into.insert(piece.to_string());
        for part in piece.split(|c: char| "[](){}|\\=,;\"'`“”«»".contains(c)) {
            if !part.is_empty() {
                into.insert(part.to_string());
                into.insert(part.trim_end_matches([':', '.', '…']).to_string());
            }
        }
    }
}

fn is_option(t: &str) -> bool {
    let long = t.strip_prefix("--").is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_lowercase())
            && r.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    });
    let short = t.len() == 2 && t.starts_with('-') && t.as_bytes()[1].is_ascii_alphabetic();
    long || short
}

/// `policypress` and the lower-case words that follow it, in some code.
fn commands(code: &str, into: &mut BTreeSet<String>) {
    let words: Vec<&str> = code.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if *w != "policypress" {
            continue;
        }
        let mut cmd = String::from("policypress");
        for next in &words[i + 1..] {
            if next.chars().all(|c| c.is_ascii_lowercase()) && !next.is_empty() {
                cmd.push(' ');
                cmd.push_str(next);
            } else {
                break;
            }
        }
        if cmd != "policypress" {
            into.insert(cmd);
        }
    }
}

/// `key:` followed by a space or the end, at the start of a code span or
/// after `{`, `[`, `(`, `,` or `- ` (spaces between allowed): the YAML keys a
/// code span writes (`keep:`, `{ only: [a, b] }`), not a word of a sentence
/// quoted as code (`New statement: “…”`).
fn inline_keys(code: &str, into: &mut BTreeSet<String>) {
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let mut b = i;
        while b > 0 && chars[b - 1] == ' ' {
            b -= 1;
        }
        let starts = b == 0
            || "{[(,".contains(chars[b - 1])
            || (b < i && chars[b - 1] == '-' && (b == 1 || chars[b - 2] == ' '));
        if starts && (chars[i].is_ascii_lowercase() || chars[i] == '_') {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_lowercase() || chars[j].is_ascii_digit() || chars[j] == '_')
            {
                j += 1;
            }
            if j < chars.len() && chars[j] == ':' && (j + 1 == chars.len() || chars[j + 1] == ' ') {
                into.insert(chars[i..j].iter().collect());
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
}

/// Whether a one-token code span is a literal (a key, value, code, path…),
/// rather than a sample of Markdown emphasis.
fn is_literal(span: &str) -> bool {
    if span.is_empty() || span.chars().any(char::is_whitespace) {
        return false;
    }
    let emphasis = span.starts_with(['*', '~'])
        && span
            .trim_matches(['*', '~'])
            .chars()
            .all(char::is_alphabetic);
    !emphasis && span.chars().any(|c| c.is_alphanumeric())
}

/// A token of a plain code block that names a path or a file.
fn is_path(t: &str) -> bool {
    let t = t.trim_matches(|c: char| "()[],;:\"'“”«».…".contains(c));
    let ext = t.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (2..=5).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_lowercase())
    });
    (t.contains('/') || ext) && t.chars().any(|c| c.is_ascii_alphabetic()) && !t.starts_with("http")
}

/// The keys of a YAML or JSON block, in order; quoted texts and comments left
/// out.
fn block_keys(block: &Block) -> Vec<String> {
    let json = block.lang == "json";
    let mut keys = Vec::new();
    for line in block.text.lines() {
        // Mask quoted texts (JSON keys are quoted: keep them as `"key":`).
        let mut plain = String::new();
        let mut quote: Option<char> = None;
        let mut quoted = String::new();
        let chars: Vec<char> = line.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            match quote {
                Some(q) if c == q => {
                    quote = None;
                    let is_key =
                        json && chars[k + 1..].iter().find(|c| !c.is_whitespace()) == Some(&':');
                    if is_key {
                        plain.push_str(&quoted);
                        plain.push(':');
                        plain.push(' ');
                        k += 1;
                        while k < chars.len() && chars[k] != ':' {
                            k += 1;
                        }
                    }
                    plain.push(' ');
                    quoted.clear();
                }
                Some(_) => quoted.push(c),
                None if c == '"' || (!json && c == '\'') => {
                    // A YAML apostrophe inside a word is not a quote.
                    if json || k == 0 || !chars[k - 1].is_alphanumeric() {
                        quote = Some(c);
                    } else {
                        plain.push(c);
                    }
                }
                None if c == '#' && !json && (k == 0 || chars[k - 1].is_whitespace()) => break,
                None => plain.push(c),
            }
            k += 1;
        }
        let chars: Vec<char> = plain.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let starts = i == 0 || " {,-".contains(chars[i - 1]);
            if starts && (chars[i].is_ascii_lowercase() || chars[i] == '_' || chars[i] == '$') {
                let mut j = i;
                while j < chars.len()
                    && (chars[j].is_ascii_alphanumeric()
                        || chars[j] == '_'
                        || chars[j] == '-'
                        || chars[j] == '$')
                {
                    j += 1;
                }
                if j < chars.len()
                    && chars[j] == ':'
                    && (j + 1 == chars.len() || chars[j + 1] == ' ')
                {
                    let key: String = chars[i..j].iter().collect();
                    keys.push(key);
                }
                i = j.max(i + 1);
            } else {
                i += 1;
            }
        }
    }
    keys
}

fn is_data_block(b: &Block) -> bool {
    matches!(b.lang.as_str(), "yaml" | "yml" | "json")
}

/// Every literal of `en` that `fr` does not name, as `line: literal`.
fn missing_literals(en: &Doc, fr: &Doc) -> Vec<String> {
    // What the French doc names.
    let mut names = BTreeSet::new();
    let mut fr_commands = BTreeSet::new();
    for s in &fr.spans {
        names.insert(s.text.clone());
        tokens(&s.text, &mut names);
        inline_keys(&s.text, &mut names);
        commands(&s.text, &mut fr_commands);
    }
    for b in &fr.blocks {
        tokens(&b.text, &mut names);
        commands(&b.text, &mut fr_commands);
    }

    let mut missing = Vec::new();
    let mut report = |line: usize, what: &str, lit: &str| {
        missing.push(format!("{}:{line}: {what} `{lit}`", en.path));
    };
    let mut seen = BTreeSet::new();
    // An English doc's path (`docs/theming.md`) may be named as its French
    // counterpart (`docs/fr/theming.md`).
    let french_path = |lit: &str| {
        lit.strip_prefix("docs/")
            .is_some_and(|rest| names.contains(&format!("docs/fr/{rest}")))
    };
    let mut check = |line: usize, what: &str, lit: String, found: bool| {
        if !found && !french_path(&lit) && seen.insert(lit.clone()) {
            report(line, what, &lit);
        }
    };
    let code: Vec<(usize, &str, bool)> = en
        .spans
        .iter()
        .map(|s| (s.line, s.text.as_str(), true))
        .chain(en.blocks.iter().map(|b| (b.line, b.text.as_str(), false)))
        .collect();
    for &(line, text, is_span) in &code {
        let mut cmds = BTreeSet::new();
        commands(text, &mut cmds);
        for c in cmds {
            let found = fr_commands.contains(&c);
            check(line, "command", c, found);
        }
        let mut toks = BTreeSet::new();
        tokens(text, &mut toks);
        for t in toks.into_iter().filter(|t| is_option(t)) {
            let found = names.contains(&t);
            check(line, "option", t, found);
        }
        if is_span {
            let mut keys = BTreeSet::new();
            inline_keys(text, &mut keys);
            for k in keys {
                let found = names.contains(&k);
                check(line, "key", k, found);
            }
            if is_literal(text) {
                let found = names.contains(text);
                check(line, "literal", text.to_string(), found);
            }
        }
    }
    for b in en.blocks.iter().filter(|b| !is_data_block(b)) {
        for t in b.text.split_whitespace().filter(|t| is_path(t)) {
            let t = t
                .trim_matches(|c: char| "()[],;:\"'“”«».…".contains(c))
                .to_string();
            let found = names.contains(&t);
            check(b.line, "path", t, found);
        }
    }

    // YAML and JSON blocks, matched by their keys.
    let mut french: Vec<Vec<String>> = fr
        .blocks
        .iter()
        .filter(|b| is_data_block(b))
        .map(block_keys)
        .collect();
    for b in en.blocks.iter().filter(|b| is_data_block(b)) {
        let keys = block_keys(b);
        match french.iter().position(|k| *k == keys) {
            Some(p) => {
                french.remove(p);
            }
            None => missing.push(format!(
                "{}:{}: a {} example with the keys [{}] has no French counterpart with the same keys",
                en.path,
                b.line,
                b.lang,
                keys.join(", ")
            )),
        }
    }
    missing
}

/// The prose of a masked line: link targets, autolinks and HTML tags removed.
fn prose(line: &str) -> String {
    let mut out = String::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ']' && chars.get(i + 1) == Some(&'(') {
            out.push(']');
            let mut depth = 0;
            i += 1;
            while i < chars.len() {
                match chars[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            i += 1;
            continue;
        }
        if chars[i] == '<'
            && chars
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == '/')
        {
            if let Some(close) = chars[i..].iter().position(|&c| c == '>') {
                out.push(MASK);
                i += close + 1;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

fn is_table_rule(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('|') && t.chars().all(|c| "|-: ".contains(c))
}

/// Each typographic fault of a French doc's prose, as `file:line: what`.
fn typography(doc: &Doc) -> Vec<String> {
    let mut faults = Vec::new();
    for (i, raw) in doc.masked.iter().enumerate() {
        if is_table_rule(raw) {
            continue;
        }
        let line = prose(raw);
        let chars: Vec<char> = line.chars().collect();
        let mut fault = |what: String| {
            faults.push(format!(
                "{}:{}: {what}\n    {}",
                doc.path,
                i + 1,
                raw.trim()
            ))
        };
        let nbsp = |c: Option<&char>| matches!(c, Some('\u{a0}') | Some('\u{202f}'));
        for (k, &c) in chars.iter().enumerate() {
            let before = if k > 0 { chars.get(k - 1) } else { None };
            match c {
                '\'' => fault("ASCII apostrophe: write ’".into()),
                '"' => fault("ASCII double quote: write « » (with no-break spaces)".into()),
                ':' if !nbsp(before) => {
                    fault("a colon needs a no-break space (U+00A0) before it".into())
                }
                ';' | '?' | '!' if before.is_some_and(|b| b.is_whitespace()) => {
                    fault(format!("no space before `{c}` in Québec typography"))
                }
                '«' if !nbsp(chars.get(k + 1)) => {
                    fault("« needs a no-break space after it".into())
                }
                '»' if !nbsp(before) => fault("» needs a no-break space before it".into()),
                _ => {}
            }
        }
        let lower = line.to_lowercase();
        for (avoid, prefer) in AVOID {
            if lower.contains(avoid) {
                fault(format!(
                    "« {avoid} » in French prose: write « {prefer} » (or the term as code)"
                ));
            }
        }
    }
    faults
}

/// Each broken relative link of a doc, as `file:line: target`.
fn broken_links(doc: &Doc, cache: &mut BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let dir = Path::new(&doc.path)
        .parent()
        .unwrap_or(Path::new(""))
        .to_path_buf();
    let mut broken = Vec::new();
    for (i, line) in doc.masked.iter().enumerate() {
        let mut rest = line.as_str();
        while let Some(p) = rest.find("](") {
            let after = &rest[p + 2..];
            let Some(q) = after.find(')') else { break };
            let target = &after[..q];
            rest = &after[q..];
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = match target.split_once('#') {
                Some((f, a)) => (f, Some(a)),
                None => (target, None),
            };
            let rel = if file.is_empty() {
                PathBuf::from(&doc.path)
            } else {
                normalize(&dir.join(file))
            };
            let at = format!("{}:{}: `{target}`", doc.path, i + 1);
            if !repo().join(&rel).exists() {
                broken.push(format!("{at}: no file {}", rel.display()));
                continue;
            }
            if let Some(anchor) = fragment {
                if rel.extension().is_some_and(|e| e == "md") {
                    let key = rel.to_string_lossy().into_owned();
                    let anchors = cache
                        .entry(key.clone())
                        .or_insert_with(|| read(&key).anchors);
                    if !anchors.contains(anchor) {
                        broken.push(format!(
                            "{at}: no heading or id `{anchor}` in {}",
                            rel.display()
                        ));
                    }
                }
            }
        }
    }
    broken
}

fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

/// The (English, French) pairs: README ↔ LISEZMOI, and each `docs/fr/` file.
fn pairs() -> Vec<(String, String)> {
    let mut pairs = vec![("README.md".to_string(), "LISEZMOI.md".to_string())];
    let fr_dir = repo().join("docs/fr");
    let mut names: Vec<String> = std::fs::read_dir(&fr_dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".md"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    for name in names {
        let fr = format!("docs/fr/{name}");
        if GENERATED.contains(&fr.as_str()) {
            continue;
        }
        let en = format!("docs/{name}");
        assert!(
            repo().join(&en).exists(),
            "{fr} has no English counterpart {en}: a French doc keeps its English file name"
        );
        pairs.push((en, fr));
    }
    pairs
}

#[test]
fn the_required_french_docs_exist() {
    for en in REQUIRED {
        let fr = en.replace("docs/", "docs/fr/");
        assert!(
            repo().join(&fr).exists(),
            "{en} has no French counterpart {fr}"
        );
    }
    assert!(
        repo().join("LISEZMOI.md").exists(),
        "README.md has no French counterpart LISEZMOI.md"
    );
}

#[test]
fn the_french_docs_name_every_key_command_option_and_code() {
    let mut missing = Vec::new();
    for (en, fr) in pairs() {
        let (en_doc, fr_doc) = (read(&en), read(&fr));
        let m = missing_literals(&en_doc, &fr_doc);
        if !m.is_empty() {
            missing.push(format!(
                "{fr} does not name what {en} names:\n  {}",
                m.join("\n  ")
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n\n"));
}

#[test]
fn the_french_docs_follow_french_typography() {
    let mut faults = Vec::new();
    for (_, fr) in pairs() {
        faults.extend(typography(&read(&fr)));
    }
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn the_links_of_the_french_docs_lead_somewhere() {
    let mut broken = Vec::new();
    let mut cache = BTreeMap::new();
    for (_, fr) in pairs() {
        broken.extend(broken_links(&read(&fr), &mut cache));
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

/// Each English doc links its French counterpart in its first lines, and
/// the French one links back (`README.md` ↔ `LISEZMOI.md`, `docs/cli.md` ↔
/// `docs/fr/cli.md`…).
#[test]
fn each_english_doc_and_its_french_counterpart_link_each_other_at_the_top() {
    let mut missing = Vec::new();
    for (en, fr) in pairs() {
        let name = |p: &str| p.rsplit('/').next().unwrap().to_string();
        let (to_fr, to_en) = if en == "README.md" {
            (fr.clone(), en.clone())
        } else {
            (format!("fr/{}", name(&fr)), format!("../{}", name(&en)))
        };
        for (file, target) in [(&en, to_fr), (&fr, to_en)] {
            let text = std::fs::read_to_string(repo().join(file)).unwrap();
            let top: String = text.lines().take(5).collect::<Vec<_>>().join("\n");
            if !top.contains(&format!("]({target})")) {
                missing.push(format!("{file} does not link {target} in its first lines"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

// The checks themselves, on small documents.

#[test]
fn a_key_left_out_of_the_french_doc_is_reported() {
    let en = parse(
        "en.md",
        "# Keys\n\n| key | meaning |\n|---|---|\n| `base_url` | where |\n| `theme` | which, as `build --overwrite` writes it |\n\n```yaml\nkeep: [.git]   # kept\n```\n",
    );
    let fr = parse(
        "fr.md",
        "# Clés\n\n| clé | sens |\n|---|---|\n| `base_url` | où |\n\n```yaml\nkeep: [.git]   # conservé\n```\n",
    );
    let missing = missing_literals(&en, &fr);
    assert!(
        missing.iter().any(|m| m.contains("literal `theme`")),
        "{missing:?}"
    );
    assert!(
        missing.iter().any(|m| m.contains("`--overwrite`")),
        "{missing:?}"
    );
    let fr_full = parse(
        "fr.md",
        "# Clés\n\n`base_url`, `theme` et `build --overwrite`.\n\n```yaml\nkeep: [.git]   # conservé\n```\n",
    );
    assert!(missing_literals(&en, &fr_full).is_empty());
}

#[test]
fn a_yaml_example_is_matched_by_its_keys_not_its_comments() {
    let en = parse("en.md", "```yaml\na:\n  b: 1     # one\n  c: 'x: y'\n```\n");
    let same = parse("fr.md", "```yaml\na:\n  b: 1     # un\n  c: 'x: y'\n```\n");
    let other = parse("fr.md", "```yaml\na:\n  b: 1     # un\n```\n");
    assert!(missing_literals(&en, &same).is_empty());
    assert_eq!(missing_literals(&en, &other).len(), 1);
}

#[test]
fn the_typography_check_reads_prose_only() {
    let ok = parse("fr.md", "Note\u{a0}: la clé `key: 'x'` et «\u{a0}texte\u{a0}».\n\n```yaml\nkey: 'x' # l'exemple\n```\n[lien](a.md#b'c)\n");
    assert!(typography(&ok).is_empty(), "{:?}", typography(&ok));
    let bad = parse("fr.md", "Note : l'exemple ; «texte» et un cookie.\n");
    let faults = typography(&bad);
    for what in [
        "colon",
        "apostrophe",
        "space before `;`",
        "« needs",
        "» needs",
        "cookie",
    ] {
        assert!(
            faults.iter().any(|f| f.contains(what)),
            "{what}: {faults:?}"
        );
    }
}

#[test]
fn anchors_are_githubs() {
    assert_eq!(
        slug(" 3. Réglages du site\u{a0}: `content/site.yaml`"),
        "3-réglages-du-site-contentsiteyaml"
    );
    assert_eq!(
        slug(" `title`, `slug`, `updated`, `kind`"),
        "title-slug-updated-kind"
    );
    assert_eq!(
        slug(" La version d’une politique"),
        "la-version-dune-politique"
    );
}

#[test]
fn keys_in_code_spans_are_yaml_keys_not_words_of_a_sentence() {
    let mut keys = BTreeSet::new();
    for span in [
        "keep:",
        "{ only: [a, b] }",
        "title: \"Note: …\"",
        "- date: 2024",
        "New statement: “…”",
        "https://x",
    ] {
        inline_keys(span, &mut keys);
    }
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    assert_eq!(keys, ["date", "keep", "only", "title"]);
}
