//! Applies the terminology list ([`super::terms`]) to what authors wrote:
//! every published text of a policy (in the policy's file or a profile it
//! extends) and every message of the locale files. Each finding is a
//! `terminology` warning at the line and column of the word itself.

use super::terms::{Finding, Terms, TermsError};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::Locales;
use crate::load::{self, SiteLayout, Step, Visit, YamlPath};
use crate::model::Lang;
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::source::{SourceMap, SourceView, Span};
use serde_yaml::Value;

/// Name of a site's own terminology list, in its `locales/` folder.
pub const SITE_TERMS_FILE: &str = "terms.yaml";

/// Keys whose values are not prose: identifiers, addresses on the web,
/// author notes that are never published.
const NOT_PROSE: &[&str] = &["slug", "slugs", "url", "email", "extends", "id", "allow"];

/// The built-in list merged with the site's `locales/terms.yaml`, if it has
/// one. A list that cannot be read or parsed is reported and the built-in
/// list is used alone.
pub fn load(layout: &SiteLayout, sources: &mut SourceMap) -> (Terms, Diagnostics) {
    let mut diags = Diagnostics::new();
    let builtin = Terms::builtin();
    let path = layout.locales_dir().join(SITE_TERMS_FILE);
    if !path.is_file() {
        return (builtin, diags);
    }
    let file = match load::read_source(layout, sources, &path, load::MAX_YAML_BYTES) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return (builtin, diags);
        }
    };
    // Parsed with spans first: a syntax error is placed like any YAML one,
    // and a problem of an entry at the entry.
    let doc = match load::yaml::parse(file, sources.get(file)).and_then(load::yaml::YamlDoc::strict)
    {
        Ok(doc) => doc,
        Err(ds) => {
            ds.into_iter().for_each(|d| diags.push(d));
            return (builtin, diags);
        }
    };
    match Terms::parse(&sources.get(file).text) {
        Ok(site) => (Terms::merged(builtin, site), diags),
        Err(e) => {
            let span = entry_path(&e)
                .and_then(|(path, value)| {
                    doc.spans
                        .get(&path)
                        .or_else(|| doc.spans.get(&path.parent()))
                        .map(|n| {
                            if value {
                                n.value
                            } else {
                                n.key.unwrap_or(n.value)
                            }
                        })
                })
                .unwrap_or(Span::START);
            diags.push(
                Diagnostic::error("terms-error", e.message())
                    .at(file, span)
                    .with_hint(msg!("lint-terms-error-hint")),
            );
            (builtin, diags)
        }
    }
}

/// The place in the file a terms-file mistake is about (`fr[3].prefer`,
/// `en[0]`, an unknown key), and whether it is the value there (else the
/// key); `None` for a mistake of the whole list.
fn entry_path(e: &TermsError) -> Option<(YamlPath, bool)> {
    if e.list.is_none() && e.key.is_none() {
        return None;
    }
    let mut path = YamlPath::root();
    if let Some((lang, index)) = e.list {
        path = path.key(lang.code());
        if let Some(i) = index {
            path = path.index(i);
        }
    }
    if let Some(key) = &e.key {
        path = path.key(key);
    }
    Some((path, !e.is_key))
}

/// Every term to avoid in the published texts of a policy.
pub fn policy(terms: &Terms, resolved: &Resolved, sources: SourceView<'_>) -> Diagnostics {
    let mut diags = Diagnostics::new();
    texts(&resolved.value, &mut |steps, lang, text| {
        let findings = terms.find(text, lang);
        if findings.is_empty() {
            return;
        }
        let path = &YamlPath::from_steps(steps);
        let (file, span) = resolved.locate(path, Target::Value);
        let source = sources.get(file);
        let from = source.byte_range(span).start;
        let mut cursor = from;
        for f in findings {
            let (span, next) = match find_in_source(&source.text, cursor, &f) {
                Some(r) => (source.span_of_bytes(r.clone()), r.end),
                None => (span, cursor),
            };
            cursor = next;
            diags.push(f.diagnostic(lang).at(file, span).with_key(path.to_string()));
        }
    });
    diags
}

/// Every term to avoid in the messages of the locale files.
pub fn messages(terms: &Terms, locales: &Locales, sources: &SourceMap) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for (lang, messages) in &locales.messages {
        for (id, info) in messages {
            let prose = ftl_prose(&info.text);
            let findings = terms.find(&prose, *lang);
            if findings.is_empty() {
                continue;
            }
            let source = sources.get(info.file);
            let start = source.byte_range(info.span).start;
            for f in findings {
                let span = source.span_of_bytes(start + f.range.start..start + f.range.end);
                diags.push(f.diagnostic(*lang).at(info.file, span).with_key(id.clone()));
            }
        }
    }
    diags
}

/// The text of a Fluent entry (as written, from its identifier on) with
/// everything that is not prose blanked out: the identifier, attribute
/// names, variant keys and placeables. Blanking keeps byte offsets, so a
/// finding's range is also its place in the entry.
fn ftl_prose(entry: &str) -> String {
    let mut out = String::with_capacity(entry.len());
    let blank = |out: &mut String, s: &str| out.extend(std::iter::repeat_n(' ', s.len()));
    for (i, line) in entry.split_inclusive('\n').enumerate() {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        out.push_str(indent);
        // What starts the line and is syntax: `id =`, `.attr =`, `[key]`, `*[key]`.
        let syntax_end = if i == 0 || body.starts_with('.') {
            body.find('=').map_or(0, |e| e + 1)
        } else if body.starts_with('[') || body.starts_with("*[") {
            body.find(']').map_or(0, |e| e + 1)
        } else {
            0
        };
        blank(&mut out, &body[..syntax_end]);
        let mut depth = 0usize;
        let mut in_string = false;
        let mut prev = '\0';
        for c in body[syntax_end..].chars() {
            let masked = match c {
                '{' if !in_string => {
                    depth += 1;
                    true
                }
                '}' if !in_string && depth > 0 => {
                    depth -= 1;
                    true
                }
                '"' if depth > 0 && prev != '\\' => {
                    in_string = !in_string;
                    true
                }
                '\n' => false,
                _ => depth > 0,
            };
            prev = c;
            if masked {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
            } else {
                out.push(c);
            }
        }
    }
    out
}

/// Calls `f` with every bilingual text of a YAML tree (an `en` or `fr`
/// string inside a mapping), skipping what is not prose. The way to the
/// text is given as steps; [`YamlPath::from_steps`] makes a path of them
/// when needed (rarely: only for a text with a finding).
fn texts<'a>(v: &'a Value, f: &mut impl FnMut(&[Step<'a>], Lang, &str)) {
    load::walk(v, &mut |steps, node| {
        let key = match steps.last() {
            Some(Step::Key(k)) => Some(*k),
            _ => None,
        };
        if key.is_some_and(|k| NOT_PROSE.contains(&k)) {
            return Visit::Skip;
        }
        match (key.and_then(Lang::from_code), node) {
            (Some(lang), Value::String(s)) => {
                f(steps, lang, s);
                Visit::Skip
            }
            (_, Value::Tagged(_)) => Visit::Skip,
            _ => Visit::Descend,
        }
    });
}

/// The byte range in `source`, at or after `from`, of the text a finding
/// reports. The scalar as written may differ from its value (folded lines,
/// indentation), so words are matched with any run of whitespace between
/// them. `None` when it cannot be found (an escape sequence, say): the
/// caller then points at the start of the value.
fn find_in_source(source: &str, from: usize, f: &Finding) -> Option<std::ops::Range<usize>> {
    let words: Vec<&str> = f.found.split_whitespace().collect();
    let first = *words.first()?;
    // Never look further than the text could reach, so a finding is not
    // placed in the next value.
    let limit = (from + f.range.end * 2 + 256).min(source.len());
    let hay = source.get(from..limit)?;
    let mut search = 0;
    while let Some(i) = hay.get(search..)?.find(first) {
        let start = search + i;
        let mut pos = start + first.len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &hay[pos..];
            let trimmed = rest.trim_start();
            let gap = rest.len() - trimmed.len();
            if gap == 0 || !trimmed.starts_with(w) {
                ok = false;
                break;
            }
            pos += gap + w.len();
        }
        if ok {
            return Some(from + start..from + pos);
        }
        search = start + first.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(found: &str, end: usize) -> Finding {
        Finding {
            range: 0..end,
            found: found.to_string(),
            prefer: String::new(),
            note: None,
            note_id: None,
        }
    }

    #[test]
    fn finds_words_across_folded_lines() {
        let src = "fr: >-\n  les informations\n  personnelles sont\n";
        let r = find_in_source(src, 4, &finding("informations personnelles", 30)).unwrap();
        assert_eq!(&src[r], "informations\n  personnelles");
    }

    #[test]
    fn ftl_prose_keeps_only_the_words() {
        let e = "channel-email = par { $x } courriel\n    .title = e-mail\n    [one] un cookie\n   *[other] { \"{\" }é";
        let p = ftl_prose(e);
        assert_eq!(p.len(), e.len());
        assert_eq!(
            p.split_whitespace().collect::<Vec<_>>(),
            ["par", "courriel", "e-mail", "un", "cookie", "é"]
        );
    }

    #[test]
    fn stays_near_the_value() {
        let src = format!("a: x\n{}b: cookie\n", " ".repeat(400));
        assert!(find_in_source(&src, 3, &finding("cookie", 3)).is_none());
    }

    #[test]
    fn skips_identifiers_and_urls() {
        let v: Value = serde_yaml::from_str(
            "slug: {en: cookies, fr: cookies}\ntitle: {en: Our cookies, fr: Nos cookies}\nitems: [{fr: e-mail}]\n",
        )
        .unwrap();
        let mut seen = Vec::new();
        texts(&v, &mut |p, l, t| {
            seen.push((YamlPath::from_steps(p).to_string(), l, t.to_string()))
        });
        assert_eq!(
            seen,
            [
                ("title.en".to_string(), Lang::En, "Our cookies".to_string()),
                ("title.fr".to_string(), Lang::Fr, "Nos cookies".to_string()),
                ("items[0].fr".to_string(), Lang::Fr, "e-mail".to_string()),
            ]
        );
    }
}
