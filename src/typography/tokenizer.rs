//! The HTML tokenizer: tells text from tags, comments and raw-text
//! elements, and which elements are inline, skipped, opaque or void.

use crate::lang::Lang;

#[derive(Debug, Clone, Copy)]
pub(super) enum Token {
    /// Text (including the content of `<title>`).
    Text { start: usize, end: usize },
    /// A comment, doctype, processing instruction, bogus comment, or the
    /// content of a raw-text element: copied as is.
    Markup { start: usize, end: usize },
    /// A start tag.
    Start {
        start: usize,
        end: usize,
        name: (usize, usize),
        /// The lists the element is in (bits of [`class`]).
        class: u8,
        self_closing: bool,
        no_translate: bool,
        /// The language its `lang` attribute names, if English or French.
        lang: Option<Lang>,
    },
    /// An end tag.
    End {
        start: usize,
        end: usize,
        name: (usize, usize),
        /// The lists the element is in (bits of [`class`]).
        class: u8,
    },
}

/// Elements whose content is not HTML: `(name, content is text)`.
pub(super) const RAW_TEXT: &[(&str, bool)] = &[
    ("script", false),
    ("style", false),
    ("textarea", false),
    ("xmp", false),
    ("iframe", false),
    ("noembed", false),
    ("noframes", false),
    ("plaintext", false),
    ("title", true),
];

pub(super) struct Tokenizer<'a> {
    pub(super) src: &'a str,
    pub(super) pos: usize,
    /// Set after the start tag of a raw-text element.
    pub(super) raw: Option<(&'static str, bool)>,
}

pub(super) fn is_tag_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The first `needle` in `hay` at or after `from` (SIMD search: text runs
/// and the JSON-LD of `<script>` are long).
pub(super) fn find_byte(hay: &[u8], from: usize, needle: u8) -> Option<usize> {
    memchr::memchr(needle, hay.get(from..)?).map(|i| i + from)
}

impl<'a> Tokenizer<'a> {
    pub(super) fn next_token(&mut self) -> Option<Token> {
        let b = self.src.as_bytes();
        let len = b.len();
        if self.pos >= len {
            return None;
        }
        let start = self.pos;
        if let Some((name, text)) = self.raw.take() {
            let end = if name == "plaintext" {
                len
            } else {
                raw_text_end(b, start, name)
            };
            self.pos = end;
            if end > start {
                return Some(if text {
                    Token::Text { start, end }
                } else {
                    Token::Markup { start, end }
                });
            }
            return self.next_token();
        }
        if b[start] != b'<' {
            let end = find_byte(b, start, b'<').unwrap_or(len);
            return Some(self.text_until(start, end));
        }
        let b1 = b.get(start + 1).copied();
        let b2 = b.get(start + 2).copied();
        match b1 {
            Some(c) if c.is_ascii_alphabetic() => Some(self.tag(start, false)),
            Some(b'/') => match b2 {
                Some(c) if c.is_ascii_alphabetic() => Some(self.tag(start, true)),
                Some(_) => {
                    // `</>` is dropped by browsers; `</…` a bogus comment.
                    let end = find_byte(b, start + 2, b'>').map_or(len, |e| e + 1);
                    self.pos = end;
                    Some(Token::Markup { start, end })
                }
                None => Some(self.text_until(start, len)),
            },
            Some(b'!') => {
                let end = if b[start..].starts_with(b"<!--") {
                    comment_end(b, start)
                } else {
                    find_byte(b, start + 2, b'>').map_or(len, |e| e + 1)
                };
                self.pos = end;
                Some(Token::Markup { start, end })
            }
            Some(b'?') => {
                let end = find_byte(b, start + 2, b'>').map_or(len, |e| e + 1);
                self.pos = end;
                Some(Token::Markup { start, end })
            }
            _ => {
                // A `<` that starts no tag is text.
                let end = find_byte(b, start + 1, b'<').unwrap_or(len);
                Some(self.text_until(start, end))
            }
        }
    }

    pub(super) fn text_until(&mut self, start: usize, end: usize) -> Token {
        self.pos = end;
        Token::Text { start, end }
    }

    pub(super) fn tag(&mut self, start: usize, is_end: bool) -> Token {
        let b = self.src.as_bytes();
        let len = b.len();
        let mut i = start + if is_end { 2 } else { 1 };
        let name_start = i;
        while i < len && !is_tag_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = (name_start, i);
        let mut self_closing = false;
        let mut no_translate = false;
        let mut lang = None;
        let end = loop {
            let mut slash = false;
            while i < len {
                if is_tag_space(b[i]) {
                    slash = false;
                } else if b[i] == b'/' {
                    slash = true;
                } else {
                    break;
                }
                i += 1;
            }
            if i >= len {
                break len;
            }
            if b[i] == b'>' {
                self_closing = slash;
                break i + 1;
            }
            // An attribute name (its first character may be `=`).
            let attr_start = i;
            i += 1;
            while i < len && !is_tag_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let attr = &self.src[attr_start..i];
            let mut j = i;
            while j < len && is_tag_space(b[j]) {
                j += 1;
            }
            if j < len && b[j] == b'=' {
                j += 1;
                while j < len && is_tag_space(b[j]) {
                    j += 1;
                }
                let (value, next) = if j < len && (b[j] == b'"' || b[j] == b'\'') {
                    match find_byte(b, j + 1, b[j]) {
                        Some(q) => (&self.src[j + 1..q], q + 1),
                        None => (&self.src[j + 1..], len),
                    }
                } else {
                    let mut k = j;
                    while k < len && !is_tag_space(b[k]) && b[k] != b'>' {
                        k += 1;
                    }
                    (&self.src[j..k], k)
                };
                if !is_end && marks_no_translate(attr, value) {
                    no_translate = true;
                }
                if !is_end && attr.eq_ignore_ascii_case("lang") {
                    lang = lang_of(value);
                }
                i = next;
            } else {
                i = j;
            }
        };
        self.pos = end;
        let tag_name = &self.src[name.0..name.1];
        let class = classify(tag_name);
        if is_end {
            Token::End {
                start,
                end,
                name,
                class,
            }
        } else {
            // Every raw-text element but `title` is skipped.
            if class & class::SKIPPED != 0 || tag_name.len() == "title".len() {
                if let Some(raw) = RAW_TEXT
                    .iter()
                    .find(|(n, _)| n.eq_ignore_ascii_case(tag_name))
                {
                    self.raw = Some(*raw);
                }
            }
            Token::Start {
                start,
                end,
                name,
                class,
                self_closing,
                no_translate,
                lang,
            }
        }
    }
}

/// English or French from a `lang` attribute (`fr`, `fr-CA`, `en-CA`…).
pub(super) fn lang_of(value: &str) -> Option<Lang> {
    let primary = value.trim().split(['-', '_']).next()?;
    Lang::ALL
        .into_iter()
        .find(|l| primary.eq_ignore_ascii_case(l.code()))
}

pub(super) fn marks_no_translate(attr: &str, value: &str) -> bool {
    (attr.eq_ignore_ascii_case("translate") && value.trim().eq_ignore_ascii_case("no"))
        || (attr.eq_ignore_ascii_case("class")
            && value.split_ascii_whitespace().any(|c| c == "notranslate"))
}

/// Where the content of the raw-text element `name` ends: at its end tag,
/// or at the end of the input.
pub(super) fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
    let mut i = from;
    while let Some(lt) = find_byte(b, i, b'<') {
        let name_at = lt + 2;
        if b.get(lt + 1) == Some(&b'/')
            && b.get(name_at..name_at + name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && b.get(name_at + name.len())
                .is_some_and(|&c| is_tag_space(c) || c == b'/' || c == b'>')
        {
            return lt;
        }
        i = lt + 1;
    }
    b.len()
}

/// The end of the comment starting at `start` (`<!--`).
pub(super) fn comment_end(b: &[u8], start: usize) -> usize {
    let body = start + 4;
    if b.get(body) == Some(&b'>') {
        return body + 1;
    }
    if b.get(body..body + 2) == Some(b"->") {
        return body + 2;
    }
    let mut i = body;
    while let Some(dash) = find_byte(b, i, b'-') {
        if b.get(dash..dash + 3) == Some(b"-->") {
            return dash + 3;
        }
        if b.get(dash..dash + 4) == Some(b"--!>") {
            return dash + 4;
        }
        i = dash + 1;
    }
    b.len()
}

// ---------------------------------------------------------------------------
// Element classes

/// Inline elements: transparent for the rules.
#[cfg(test)]
pub(super) const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font",
    "i", "ins", "label", "mark", "nobr", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "small",
    "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
];

/// Elements whose content is left alone. Those also in [`OPAQUE`] count as
/// a word of their paragraph; the others end it.
#[cfg(test)]
pub(super) const SKIPPED: &[&str] = &[
    "code",
    "kbd",
    "samp",
    "pre",
    "textarea",
    "script",
    "style",
    "svg",
    "math",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
    "select",
    "img",
    "input",
    "audio",
    "video",
    "canvas",
    "embed",
    "object",
];

/// Skipped elements that sit inside a line of text.
#[cfg(test)]
pub(super) const OPAQUE: &[&str] = &[
    "code", "kbd", "samp", "svg", "math", "select", "img", "input", "audio", "video", "canvas",
    "embed", "object", "iframe",
];

#[cfg(test)]
pub(super) const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Bits of [`classify`].
pub(super) mod class {
    pub const INLINE: u8 = 1;
    pub const SKIPPED: u8 = 2;
    pub const OPAQUE: u8 = 4;
    pub const VOID: u8 = 8;
}

/// The lists an element name is in ([`INLINE`], [`SKIPPED`], [`OPAQUE`],
/// [`VOID`]), as bits of [`class`]: one decision tree instead of a scan of
/// each list for every tag (a unit test checks it against the lists).
pub(super) fn classify(name: &str) -> u8 {
    let b = name.as_bytes();
    if b.len() > 9 {
        return 0;
    }
    let mut buf = [0u8; 9];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    match &buf[..b.len()] {
        b"a" | b"abbr" | b"acronym" | b"b" | b"bdi" | b"bdo" | b"big" | b"cite" | b"data"
        | b"del" | b"dfn" | b"em" | b"font" | b"i" | b"ins" | b"label" | b"mark" | b"nobr"
        | b"q" | b"rb" | b"rp" | b"rt" | b"rtc" | b"ruby" | b"s" | b"small" | b"span"
        | b"strike" | b"strong" | b"sub" | b"sup" | b"time" | b"tt" | b"u" | b"var" => {
            class::INLINE
        }
        b"noembed" | b"noframes" | b"plaintext" | b"pre" | b"script" | b"style" | b"textarea"
        | b"xmp" => class::SKIPPED,
        b"audio" | b"canvas" | b"code" | b"iframe" | b"kbd" | b"math" | b"object" | b"samp"
        | b"select" | b"svg" | b"video" => class::SKIPPED | class::OPAQUE,
        b"area" | b"base" | b"br" | b"col" | b"hr" | b"keygen" | b"link" | b"meta" | b"param"
        | b"source" | b"track" => class::VOID,
        b"wbr" => class::INLINE | class::VOID,
        b"embed" | b"img" | b"input" => class::SKIPPED | class::OPAQUE | class::VOID,
        _ => 0,
    }
}

#[cfg(test)]
pub(super) fn name_in(name: &str, list: &[&str]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

pub(super) fn is_foreign(name: &str) -> bool {
    name.eq_ignore_ascii_case("svg") || name.eq_ignore_ascii_case("math")
}
