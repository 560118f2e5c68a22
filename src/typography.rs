//! Typography of rendered pages: French (fr-CA) spacing, guillemets and
//! apostrophes; English curly quotes and apostrophes.
//!
//! [`apply`] rewrites the *text* of an HTML document and nothing else. A
//! small tokenizer tells text from tags, comments and raw-text elements;
//! attributes (URLs, `datetime`, `lang`…) are copied byte for byte, and so
//! is everything inside comments, `<script>`, `<style>`, `<code>`, `<pre>`,
//! `<kbd>`, `<samp>`, `<textarea>`, `<svg>`, `<math>` and any element with
//! `translate="no"` or the class `notranslate`.
//!
//! Text is read one *paragraph* at a time: the text between two block-level
//! tags. Inline tags (`<a>`, `<em>`, `<strong>`, `<abbr>`, `<span>`…) are
//! transparent, so `<strong>Note</strong> :` and `"<em>témoin</em>"` are
//! handled like plain text. Character references are decoded for the rules
//! (`&quot;` is a straight double quote, `&#39;` an apostrophe, `&nbsp;` a
//! non-breaking space) and copied unchanged when the rules leave them alone.
//! The characters the rules produce (U+00A0, U+202F, « » “ ” ‘ ’) are written
//! as UTF-8 text; none of them is significant to HTML.
//!
//! The rules are those of `shared/domain/french-style.md`:
//!
//! - French: U+00A0 before `:` and inside « »; straight double quotes paired
//!   into « » (“ ” when nested); no space before `; ? !` (or U+202F with
//!   [`Options::narrow_nbsp_before_punct`]); ’ for an apostrophe inside a
//!   word; U+00A0 between a number and its unit (`5 %`, `10 Mo`, `30 jours`,
//!   `9 h`), inside times (`14 h 30`) and between the groups of digits of
//!   an already grouped number (`7 117 907`, never a year) and of a
//!   telephone number written the French way (`1 800 282-1376`,
//!   `418 644-4545`).
//! - English: straight double quotes paired into “ ” (‘ ’ when nested) and
//!   ’ for an apostrophe inside a word. Nothing else.
//!
//! [`apply`] is idempotent: applying it to its own output changes nothing.
//! It never panics, whatever the input, and never removes a character other
//! than whitespace (straight quotes are replaced, not removed).

use crate::lang::Lang;

/// U+00A0 NO-BREAK SPACE: before `:`, inside « », between a number and its
/// unit, in `14 h 30` and between groups of digits.
pub const NBSP: char = '\u{a0}';

/// U+202F NARROW NO-BREAK SPACE: before `; ? !` when
/// [`Options::narrow_nbsp_before_punct`] is set.
pub const NNBSP: char = '\u{202f}';

/// Choices left to the site.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// French only: put a U+202F NARROW NO-BREAK SPACE before `;`, `?` and
    /// `!` instead of no space at all (both are correct in Québec; a plain
    /// or a full no-break space is not).
    pub narrow_nbsp_before_punct: bool,
}

impl Options {
    /// The options a site's `typography:` settings choose.
    pub fn of(settings: &crate::model::Typography) -> Options {
        Options {
            narrow_nbsp_before_punct: settings.narrow_space_before_punctuation,
        }
    }
}

/// Names of the rules reported by [`check_french_text`].
pub mod rule {
    /// A plain space before a colon (must be U+00A0).
    pub const SPACE_BEFORE_COLON: &str = "space-before-colon";
    /// A plain space before `;`, `?` or `!` (must be none, or U+202F).
    pub const SPACE_BEFORE_PUNCTUATION: &str = "space-before-punctuation";
    /// A plain space just inside « » (must be U+00A0).
    pub const SPACE_INSIDE_GUILLEMETS: &str = "space-inside-guillemets";
    /// A straight apostrophe inside a word (must be ’).
    pub const STRAIGHT_APOSTROPHE: &str = "straight-apostrophe";
    /// A straight double quote (must be « »).
    pub const STRAIGHT_QUOTE: &str = "straight-quote";
}

/// Rewrites the text of `html` (a document or a fragment) to the typography
/// of `lang`. Tags, attributes, comments and code are left untouched.
pub fn apply(html: &str, lang: Lang, options: &Options) -> String {
    PARAGRAPHS.with(|cache| run(html, lang, options, Some(&mut cache.borrow_mut())))
}

/// [`apply`] without the paragraph cache (to test that the cache changes
/// nothing).
#[cfg(test)]
fn apply_uncached(html: &str, lang: Lang, options: &Options) -> String {
    run(html, lang, options, None)
}

fn run(html: &str, lang: Lang, options: &Options, cache: Option<&mut ParagraphCache>) -> String {
    let mut engine = Engine {
        src: html,
        lang,
        options: *options,
        out: String::with_capacity(html.len() + html.len() / 32 + 16),
        copied: 0,
        para: String::new(),
        segs: Vec::new(),
        items: Vec::new(),
        scratch: Vec::new(),
        stack: Vec::new(),
        hot: false,
        langs: Vec::new(),
        cache,
    };
    engine.run();
    engine.out
}

thread_local! {
    /// Each rendering thread's cache of typeset paragraphs.
    static PARAGRAPHS: std::cell::RefCell<ParagraphCache> = std::cell::RefCell::default();
}

/// Paragraphs already typeset, by what decides their output.
///
/// Pages of one site repeat most of their paragraphs (messages of the
/// locale files, texts of a shared profile): about three bytes in four that
/// a rule may touch were typeset before, on another page. A paragraph's
/// output depends only on its bytes, how they split into text, markup and
/// opaque elements, the language and the options, and all of that is the
/// key. The output is `None` when the paragraph comes out as read (it then
/// need not be copied at all). The cache holds at most
/// [`ParagraphCache::BUDGET`] bytes of keys and outputs (the table's own
/// overhead comes on top) and starts over when full.
#[derive(Default)]
struct ParagraphCache {
    /// foldhash, not SipHash: keys are whole paragraphs, and hashing them
    /// with the standard hasher cost more than typesetting half of them.
    map: foldhash::HashMap<Box<[u8]>, Option<Box<str>>>,
    bytes: usize,
    /// The key being looked up (reused, so a hit allocates nothing).
    key: Vec<u8>,
}

impl ParagraphCache {
    /// Bytes of keys and outputs kept per thread.
    const BUDGET: usize = 4 << 20;

    fn insert(&mut self, output: Option<&str>) {
        let size = self.key.len() + output.map_or(0, str::len);
        if size > Self::BUDGET / 16 {
            return;
        }
        if self.bytes + size > Self::BUDGET {
            self.map.clear();
            self.bytes = 0;
        }
        self.bytes += size;
        self.map
            .insert(self.key.as_slice().into(), output.map(Box::from));
    }
}

/// Finds French typography mistakes in plain text (no HTML): a plain space
/// before `:` or before `; ? !`, a plain space just inside « », a straight
/// apostrophe inside a word, a straight double quote. Returns the byte
/// offset of each offending character (the space, the apostrophe, the
/// quote) with the name of its rule (see [`rule`]), in text order.
pub fn check_french_text(text: &str) -> Vec<(usize, &'static str)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let plain = |c: char| c == ' ' || c == '\t';
    let mut found = Vec::new();
    for (k, &(off, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|j| chars.get(j)).map(|p| p.1);
        let next = chars.get(k + 1).map(|n| n.1);
        match c {
            '"' => found.push((off, rule::STRAIGHT_QUOTE)),
            '\'' if prev.is_some_and(char::is_alphabetic)
                && next.is_some_and(char::is_alphabetic) =>
            {
                found.push((off, rule::STRAIGHT_APOSTROPHE));
            }
            ':' | ';' | '?' | '!' => {
                // The plain spaces just before, and what they follow.
                let mut j = k;
                while j > 0 && plain(chars[j - 1].1) {
                    j -= 1;
                }
                if j == k || j == 0 {
                    continue;
                }
                let before = chars[j - 1].1;
                if !closes_word(before) {
                    continue;
                }
                if c == ':' {
                    if next.is_none_or(|n| is_space(n) || n == '»') {
                        found.push((chars[j].0, rule::SPACE_BEFORE_COLON));
                    }
                } else if !matches!(before, '?' | '!' | ';' | ':') {
                    found.push((chars[j].0, rule::SPACE_BEFORE_PUNCTUATION));
                }
            }
            '«' => {
                if let Some(&(o, n)) = chars.get(k + 1) {
                    if plain(n) {
                        found.push((o, rule::SPACE_INSIDE_GUILLEMETS));
                    }
                }
            }
            '»' => {
                if let Some(p) = prev.filter(|&p| plain(p)) {
                    found.push((off - p.len_utf8(), rule::SPACE_INSIDE_GUILLEMETS));
                }
            }
            _ => {}
        }
    }
    found.sort_by_key(|f| f.0);
    found
}

// ---------------------------------------------------------------------------
// Characters

/// Whitespace for the rules: HTML's ASCII whitespace and the Unicode spaces
/// typography uses.
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t'
            | '\n'
            | '\r'
            | '\x0c'
            | '\u{a0}'
            | '\u{202f}'
            | '\u{2002}'
            | '\u{2003}'
            | '\u{2007}'
            | '\u{2008}'
            | '\u{2009}'
            | '\u{200a}'
    )
}

/// Whether `c` can end a word or a phrase before `:` or `; ? !`.
fn closes_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            ')' | ']' | '}' | '»' | '”' | '’' | '\'' | '"' | '.' | '…' | '%' | '$' | '€' | '°'
        )
}

/// Characters after which a straight double quote opens.
fn opens_context(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–')
}

/// Characters before which a straight double quote closes.
fn closes_context(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '?' | '!' | ')' | ']' | '}' | '…' | '—' | '–'
    )
}

/// Units that take a no-break space after a number (French), matched as a
/// whole word with its exact case.
const UNITS: &[&str] = &[
    "h", "min", "ms", "km", "m", "cm", "mm", "kg", "g", "mg", "o", "ko", "Ko", "Mo", "Go", "To",
    "kbit", "Mbit", "Gbit", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
    "années", "heure", "heures", "minute", "minutes", "seconde", "secondes",
];

// ---------------------------------------------------------------------------
// Tokenizer

#[derive(Debug, Clone, Copy)]
enum Token {
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
const RAW_TEXT: &[(&str, bool)] = &[
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

struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// Set after the start tag of a raw-text element.
    raw: Option<(&'static str, bool)>,
}

fn is_tag_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The first `needle` in `hay` at or after `from` (SIMD search: text runs
/// and the JSON-LD of `<script>` are long).
fn find_byte(hay: &[u8], from: usize, needle: u8) -> Option<usize> {
    memchr::memchr(needle, hay.get(from..)?).map(|i| i + from)
}

impl<'a> Tokenizer<'a> {
    fn next_token(&mut self) -> Option<Token> {
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

    fn text_until(&mut self, start: usize, end: usize) -> Token {
        self.pos = end;
        Token::Text { start, end }
    }

    fn tag(&mut self, start: usize, is_end: bool) -> Token {
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
fn lang_of(value: &str) -> Option<Lang> {
    let primary = value.trim().split(['-', '_']).next()?;
    Lang::ALL
        .into_iter()
        .find(|l| primary.eq_ignore_ascii_case(l.code()))
}

fn marks_no_translate(attr: &str, value: &str) -> bool {
    (attr.eq_ignore_ascii_case("translate") && value.trim().eq_ignore_ascii_case("no"))
        || (attr.eq_ignore_ascii_case("class")
            && value.split_ascii_whitespace().any(|c| c == "notranslate"))
}

/// Where the content of the raw-text element `name` ends: at its end tag,
/// or at the end of the input.
fn raw_text_end(b: &[u8], from: usize, name: &str) -> usize {
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
fn comment_end(b: &[u8], start: usize) -> usize {
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
const INLINE: &[&str] = &[
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "data", "del", "dfn", "em", "font",
    "i", "ins", "label", "mark", "nobr", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "small",
    "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
];

/// Elements whose content is left alone. Those also in [`OPAQUE`] count as
/// a word of their paragraph; the others end it.
#[cfg(test)]
const SKIPPED: &[&str] = &[
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
const OPAQUE: &[&str] = &[
    "code", "kbd", "samp", "svg", "math", "select", "img", "input", "audio", "video", "canvas",
    "embed", "object", "iframe",
];

#[cfg(test)]
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Bits of [`classify`].
mod class {
    pub const INLINE: u8 = 1;
    pub const SKIPPED: u8 = 2;
    pub const OPAQUE: u8 = 4;
    pub const VOID: u8 = 8;
}

/// The lists an element name is in ([`INLINE`], [`SKIPPED`], [`OPAQUE`],
/// [`VOID`]), as bits of [`class`]: one decision tree instead of a scan of
/// each list for every tag (a unit test checks it against the lists).
fn classify(name: &str) -> u8 {
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
fn name_in(name: &str, list: &[&str]) -> bool {
    list.iter().any(|n| n.eq_ignore_ascii_case(name))
}

// ---------------------------------------------------------------------------
// Paragraph items

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A character written as itself.
    Literal,
    /// A character reference; `terminated` when it ends with `;`.
    Entity { terminated: bool },
    /// A character the rules added.
    Inserted,
    /// An inline tag or a comment: no character, copied as is.
    Markup,
    /// A skipped inline element (`<code>…</code>`, `<img>`): one word.
    Opaque,
}

#[derive(Debug, Clone, Copy)]
struct Item {
    /// The character now (for text items).
    ch: char,
    /// The character read.
    orig: char,
    start: usize,
    end: usize,
    kind: Kind,
}

impl Item {
    fn text(&self) -> Option<char> {
        match self.kind {
            Kind::Literal | Kind::Entity { .. } | Kind::Inserted => Some(self.ch),
            Kind::Markup | Kind::Opaque => None,
        }
    }
    fn is_space(&self) -> bool {
        self.text().is_some_and(is_space)
    }
    fn is(&self, c: char) -> bool {
        self.text() == Some(c)
    }
    fn is_any(&self, set: &[char]) -> bool {
        self.text().is_some_and(|c| set.contains(&c))
    }
    fn is_digit(&self) -> bool {
        self.text().is_some_and(|c| c.is_ascii_digit())
    }
    fn is_letter(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(char::is_alphabetic)
    }
    fn is_alnum(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(char::is_alphanumeric)
    }
    fn closes_word(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(closes_word)
    }
}

/// The previous item that is a character or an opaque element.
fn prev_vis(items: &[Item], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| items[j].kind != Kind::Markup)
}

/// The next item that is a character or an opaque element.
fn next_vis(items: &[Item], i: usize) -> Option<usize> {
    (i + 1..items.len()).find(|&j| items[j].kind != Kind::Markup)
}

/// The previous visible item that is not whitespace.
fn prev_solid(items: &[Item], i: usize) -> Option<usize> {
    let mut j = prev_vis(items, i)?;
    while items[j].is_space() {
        j = prev_vis(items, j)?;
    }
    Some(j)
}

/// The next visible item that is not whitespace.
fn next_solid(items: &[Item], i: usize) -> Option<usize> {
    let mut j = next_vis(items, i)?;
    while items[j].is_space() {
        j = next_vis(items, j)?;
    }
    Some(j)
}

/// Counts the digits of the group ending at `i` (at most 4); returns the
/// count and the index of the group's first digit.
fn digits_back(items: &[Item], i: usize) -> (usize, usize) {
    let (mut n, mut first) = (0, i);
    let mut j = Some(i);
    while let Some(k) = j.filter(|&k| items[k].is_digit()) {
        n += 1;
        first = k;
        if n > 3 {
            break;
        }
        j = prev_vis(items, k);
    }
    (n, first)
}

/// Counts the digits of the group starting at `i` (at most 4); returns the
/// count and the index of the group's last digit.
fn digits_fwd(items: &[Item], i: usize) -> (usize, usize) {
    let (mut n, mut last) = (0, i);
    let mut j = Some(i);
    while let Some(k) = j.filter(|&k| items[k].is_digit()) {
        n += 1;
        last = k;
        if n > 3 {
            break;
        }
        j = next_vis(items, k);
    }
    (n, last)
}

/// Longest chain of digit groups the grouping rule looks at.
const MAX_GROUPS: usize = 8;

/// Whether the space between the digit at `p` and the digit at `n` separates
/// thousands: the chain of space-separated digit groups around it starts
/// with 1 to 3 digits, goes on with groups of exactly 3, and is not a
/// telephone number (no `-` after a group) nor glued to a letter.
fn thousands(items: &[Item], p: usize, n: usize) -> bool {
    let (mut len, mut first) = digits_back(items, p);
    if !(1..=3).contains(&len) {
        return false;
    }
    let mut groups = 0;
    loop {
        match prev_vis(items, first) {
            None => break,
            Some(b) if items[b].is_space() => match prev_solid(items, b) {
                Some(d) if items[d].is_digit() => {
                    if len != 3 {
                        return false;
                    }
                    (len, first) = digits_back(items, d);
                    groups += 1;
                    if groups > MAX_GROUPS || !(1..=3).contains(&len) {
                        return false;
                    }
                }
                _ => break,
            },
            Some(b) => {
                if items[b].is_alnum() {
                    return false;
                }
                break;
            }
        }
    }
    let (len, mut last) = digits_fwd(items, n);
    if len != 3 {
        return false;
    }
    let mut groups = 0;
    loop {
        match next_vis(items, last) {
            None => return true,
            Some(a) if items[a].is_space() => match next_solid(items, a) {
                Some(d) if items[d].is_digit() => {
                    let (len, l) = digits_fwd(items, d);
                    groups += 1;
                    if len != 3 || groups > MAX_GROUPS {
                        return false;
                    }
                    last = l;
                }
                _ => return true,
            },
            Some(a) => return !(items[a].is('-') || items[a].is_alnum()),
        }
    }
}

/// `1 800 282-1376`, `418 644-4545`: the space between the digit at `p` and
/// the digit at `n` is inside a North American telephone number written the
/// French way (`[1 ]ddd ddd-dddd`), which must not break either.
fn telephone(items: &[Item], p: usize, n: usize) -> bool {
    // Group lengths, left to right: up to 3 before the space, then after.
    let mut groups = [0usize; 3];
    let mut count = 0;
    let mut back = [0usize; 3];
    let mut nback = 0;
    let (mut len, mut first) = digits_back(items, p);
    loop {
        if nback == back.len() {
            return false;
        }
        back[nback] = len;
        nback += 1;
        match prev_vis(items, first) {
            Some(b) if items[b].is_space() => match prev_solid(items, b) {
                Some(d) if items[d].is_digit() => (len, first) = digits_back(items, d),
                _ => break,
            },
            Some(b) if items[b].is_alnum() => return false,
            _ => break,
        }
    }
    let lead = first;
    for &g in back[..nback].iter().rev() {
        groups[count] = g;
        count += 1;
    }
    let (mut len, mut last) = digits_fwd(items, n);
    loop {
        if count == groups.len() {
            return false;
        }
        groups[count] = len;
        count += 1;
        match next_vis(items, last) {
            Some(a) if items[a].is('-') => {
                let Some(d) = next_vis(items, a).filter(|&d| items[d].is_digit()) else {
                    return false;
                };
                let (len4, last4) = digits_fwd(items, d);
                if len4 != 4 || next_vis(items, last4).is_some_and(|x| items[x].is_alnum()) {
                    return false;
                }
                break;
            }
            Some(a) if items[a].is_space() => match next_solid(items, a) {
                Some(d) if items[d].is_digit() => (len, last) = digits_fwd(items, d),
                _ => return false,
            },
            _ => return false,
        }
    }
    match &groups[..count] {
        [3, 3] => true,
        [1, 3, 3] => items[lead].is('1'),
        _ => false,
    }
}

/// Whether a unit starts at `n`: `% $ € ¢` or a word of [`UNITS`].
fn unit_at(items: &[Item], n: usize) -> bool {
    if items[n].is_any(&['%', '$', '€', '¢']) {
        return true;
    }
    let mut buf = [' '; 9];
    let mut len = 0;
    let mut j = Some(n);
    while let Some(k) = j {
        match items[k].text() {
            Some(c) if c.is_alphabetic() => {
                if len == buf.len() {
                    return false;
                }
                buf[len] = c;
                len += 1;
            }
            _ => {
                if items[k].kind == Kind::Opaque {
                    return false;
                }
                break;
            }
        }
        j = next_vis(items, k);
    }
    let word = &buf[..len];
    UNITS.iter().any(|u| u.chars().eq(word.iter().copied()))
}

/// `14 h 30`: `h` at `p` follows a number and a space; two digits at `n`.
fn time_minutes(items: &[Item], p: usize, n: usize) -> bool {
    let before_h = prev_vis(items, p);
    if !before_h.is_some_and(|b| items[b].is_space()) {
        return false;
    }
    if !before_h
        .and_then(|b| prev_solid(items, b))
        .is_some_and(|d| items[d].is_digit())
    {
        return false;
    }
    let (len, last) = digits_fwd(items, n);
    len == 2 && !next_vis(items, last).is_some_and(|a| items[a].is_alnum())
}

/// After a colon that takes a no-break space: a space, `»` or nothing.
fn colon_followed_ok(items: &[Item], c: usize) -> bool {
    next_vis(items, c).is_none_or(|a| items[a].is_space() || items[a].is('»'))
}

/// After `; ? !` that get a narrow no-break space inserted.
fn punct_followed_ok(items: &[Item], c: usize) -> bool {
    next_vis(items, c).is_none_or(|a| {
        items[a].is_space()
            || items[a].is_any(&[
                '»', ')', ']', '}', '”', '"', '\'', '’', '.', ',', '?', '!', ';',
            ])
    })
}

/// Whether removing the space between `p` and a `;` could glue them into a
/// character reference (`&amp ;` → `&amp;`).
fn fragile(items: &[Item], p: usize) -> bool {
    if items[p].kind == (Kind::Entity { terminated: false }) {
        return true;
    }
    let mut j = p;
    for _ in 0..40 {
        let it = items[j];
        if it.kind != Kind::Literal {
            return false;
        }
        if it.ch == '&' {
            return true;
        }
        if !(it.ch.is_ascii_alphanumeric() || it.ch == '#') || j == 0 {
            return false;
        }
        j -= 1;
    }
    false
}

/// What to do with a run of whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunAction {
    Keep,
    Delete,
    Set(char),
}

// ---------------------------------------------------------------------------
// Engine

struct Engine<'a> {
    src: &'a str,
    lang: Lang,
    options: Options,
    /// The output for `src[..copied]`. The bytes after `copied` that were
    /// read are written only when a paragraph that comes out changed (or
    /// the end of the input) needs them to be: most of a page comes out as
    /// read and is copied in a few large pieces.
    out: String,
    copied: usize,
    /// A paragraph being typeset (reused).
    para: String,
    /// The current paragraph as read: text, inline markup and opaque
    /// elements, by byte range. Expanded into `items` only when a rule may
    /// apply (`hot`); otherwise left in place (see `out`).
    segs: Vec<(Seg, usize, usize)>,
    /// The current paragraph, one item per character or tag.
    items: Vec<Item>,
    scratch: Vec<Item>,
    /// Open straight quotes: (index, depth of typographic quotes then).
    stack: Vec<(usize, usize)>,
    /// Whether the paragraph holds a character some rule looks at.
    hot: bool,
    /// Block elements with a `lang` attribute that are open: their name,
    /// the language before them, and how many elements of the same name
    /// were opened inside them and are still open.
    langs: Vec<(String, Lang, usize)>,
    /// Paragraphs typeset before (`None`: always typeset).
    cache: Option<&'a mut ParagraphCache>,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seg {
    Text,
    Markup,
    Opaque,
}

/// Writes into `key` what decides how a paragraph is typeset: language,
/// options, each piece's kind and place, and the bytes from the first piece
/// to the last.
fn paragraph_key(
    key: &mut Vec<u8>,
    src: &str,
    segs: &[(Seg, usize, usize)],
    lang: Lang,
    options: Options,
) {
    key.clear();
    let from = segs.first().map_or(0, |s| s.1);
    let to = segs.last().map_or(0, |s| s.2);
    key.push(match lang {
        Lang::En => 0,
        Lang::Fr => 1,
    });
    // Destructured so that a new option cannot be left out of the key.
    let Options {
        narrow_nbsp_before_punct,
    } = options;
    key.push(u8::from(narrow_nbsp_before_punct));
    key.extend_from_slice(&(segs.len() as u64).to_le_bytes());
    for &(seg, start, end) in segs {
        key.push(seg as u8);
        key.extend_from_slice(&((start - from) as u64).to_le_bytes());
        key.extend_from_slice(&((end - from) as u64).to_le_bytes());
    }
    key.extend_from_slice(&src.as_bytes()[from..to]);
}

/// Whether `text` holds a character some rule looks at (`&` included: a
/// character reference may stand for one).
///
/// Most text holds none, and all of it is read: blocks of 32 bytes (the
/// last one padded with zeros) are first tested, without a branch per
/// byte, for bytes in a few ranges that cover those characters (a test the
/// compiler turns into vector code); only a block that has one is looked
/// at byte by byte.
fn may_be_hot(text: &[u8], lang: Lang) -> bool {
    let mut blocks = text.chunks_exact(BLOCK);
    let mut from = 0;
    for block in blocks.by_ref() {
        if maybe_hot_block(block, lang) && is_hot(text, from, from + BLOCK, lang) {
            return true;
        }
        from += BLOCK;
    }
    let rest = blocks.remainder();
    let mut last = [0u8; BLOCK];
    last[..rest.len()].copy_from_slice(rest);
    maybe_hot_block(&last, lang) && is_hot(text, from, text.len(), lang)
}

/// Bytes [`may_be_hot`] tests at a time.
const BLOCK: usize = 32;

/// Whether `block` has a byte in the ranges of [`may_be_hot`] (zero is in
/// none).
fn maybe_hot_block(block: &[u8], lang: Lang) -> bool {
    let any = match lang {
        Lang::En => block.iter().fold(0u8, |any, &b| {
            // `"` `&` `'`, and `# $ %` between them.
            any | u8::from(b.wrapping_sub(b'"') <= b'\'' - b'"')
        }),
        Lang::Fr => block.iter().fold(0u8, |any, &b| {
            // `! " &` `'` (and `# $ %`), digits `: ;` (and `< = >`) `?`,
            // and the first byte of « and ».
            any | u8::from(b.wrapping_sub(b'!') <= b'\'' - b'!')
                | u8::from(b.wrapping_sub(b'0') <= b'?' - b'0')
                | u8::from(b == 0xC2)
        }),
    };
    any != 0
}

/// Whether one of the bytes `from..to` of `text` starts a character some
/// rule looks at (see [`may_be_hot`]).
fn is_hot(text: &[u8], from: usize, to: usize, lang: Lang) -> bool {
    let Some(bytes) = text.get(from..to) else {
        return false;
    };
    match lang {
        Lang::En => bytes.iter().any(|&b| matches!(b, b'"' | b'\'' | b'&')),
        Lang::Fr => bytes.iter().enumerate().any(|(i, &b)| {
            matches!(b, b'"' | b'\'' | b'&' | b':' | b';' | b'?' | b'!' | b'0'..=b'9')
                // « and » are C2 AB and C2 BB in UTF-8.
                || (b == 0xC2 && matches!(text.get(from + i + 1), Some(0xAB | 0xBB)))
        }),
    }
}

struct Skip {
    name: (usize, usize),
    depth: usize,
    start: usize,
    opaque: bool,
}

impl Engine<'_> {
    fn run(&mut self) {
        let src = self.src;
        let mut tokens = Tokenizer {
            src,
            pos: 0,
            raw: None,
        };
        let mut skip: Option<Skip> = None;
        while let Some(tok) = tokens.next_token() {
            if let Some(s) = skip.as_mut() {
                let open = &src[s.name.0..s.name.1];
                let same = |name: (usize, usize)| src[name.0..name.1].eq_ignore_ascii_case(open);
                match tok {
                    Token::Start {
                        name, self_closing, ..
                    } if same(name) && !(self_closing && is_foreign(&src[name.0..name.1])) => {
                        s.depth += 1
                    }
                    Token::End { end, name, .. } if same(name) => {
                        s.depth -= 1;
                        if s.depth == 0 {
                            let (start, opaque) = (s.start, s.opaque);
                            skip = None;
                            self.skipped(start, end, opaque);
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match tok {
                Token::Text { start, end } => self.push_text(start, end),
                Token::Markup { start, end } => self.push_markup(start, end),
                Token::Start {
                    start,
                    end,
                    name,
                    class: c,
                    self_closing,
                    no_translate,
                    lang,
                } => {
                    let n = &src[name.0..name.1];
                    if no_translate || c & class::SKIPPED != 0 {
                        let opaque = c & (class::OPAQUE | class::INLINE) != 0;
                        if c & class::VOID != 0 || (self_closing && is_foreign(n)) {
                            self.skipped(start, end, opaque);
                        } else {
                            if !opaque {
                                self.flush();
                            }
                            skip = Some(Skip {
                                name,
                                depth: 1,
                                start,
                                opaque,
                            });
                        }
                    } else if c & class::INLINE != 0 {
                        self.push_markup(start, end);
                    } else {
                        self.block(start, end);
                        if !self_closing && c & class::VOID == 0 {
                            self.enter(n, lang);
                        }
                    }
                }
                Token::End {
                    start,
                    end,
                    name,
                    class: c,
                } => {
                    let n = &src[name.0..name.1];
                    if c & class::INLINE != 0 {
                        self.push_markup(start, end);
                    } else {
                        self.block(start, end);
                        self.leave(n);
                    }
                }
            }
        }
        if let Some(s) = skip {
            self.skipped(s.start, src.len(), s.opaque);
        }
        self.flush();
        self.out.push_str(&src[self.copied..]);
        self.copied = src.len();
    }

    /// A block element `name` opens (after its start tag was written): a
    /// `lang` attribute switches the rules until it closes.
    fn enter(&mut self, name: &str, lang: Option<Lang>) {
        match (lang, self.langs.last_mut()) {
            (Some(l), _) => {
                self.langs.push((name.to_ascii_lowercase(), self.lang, 0));
                self.lang = l;
            }
            (None, Some(top)) if top.0.eq_ignore_ascii_case(name) => top.2 += 1,
            (None, _) => {}
        }
    }

    /// A block element `name` closes (after its end tag was written).
    fn leave(&mut self, name: &str) {
        if let Some(top) = self.langs.last_mut() {
            if top.0.eq_ignore_ascii_case(name) {
                if top.2 > 0 {
                    top.2 -= 1;
                } else {
                    self.lang = top.1;
                    self.langs.pop();
                }
            }
        }
    }

    /// A whole skipped element `start..end`.
    fn skipped(&mut self, start: usize, end: usize, opaque: bool) {
        if opaque {
            self.push_seg(Seg::Opaque, start, end);
        } else {
            self.block(start, end);
        }
    }

    /// A tag (or a skipped element) `start..end` that ends the paragraph.
    /// It comes out as read: it is left for a later copy.
    fn block(&mut self, start: usize, end: usize) {
        self.flush();
        debug_assert!(self.copied <= start && start <= end);
    }

    /// Writes the typeset paragraph `output` for `src[from..to]`, after the
    /// bytes read before it that were not written yet.
    fn replace(&mut self, from: usize, to: usize, output: &str) {
        self.out.push_str(&self.src[self.copied..from]);
        self.out.push_str(output);
        self.copied = to;
    }

    /// Adds a piece to the paragraph. Pieces follow each other without a
    /// gap, so a paragraph is `src[from..to]` of its first and last piece.
    fn push_seg(&mut self, seg: Seg, start: usize, end: usize) {
        debug_assert!(self.segs.last().is_none_or(|s| s.2 == start));
        debug_assert!(self.copied <= start);
        self.segs.push((seg, start, end));
    }

    fn push_markup(&mut self, start: usize, end: usize) {
        self.push_seg(Seg::Markup, start, end);
    }

    fn push_text(&mut self, start: usize, end: usize) {
        if !self.hot && may_be_hot(&self.src.as_bytes()[start..end], self.lang) {
            self.hot = true;
        }
        self.push_seg(Seg::Text, start, end);
    }

    /// Turns the paragraph's pieces into items.
    fn expand(&mut self) {
        let segs = std::mem::take(&mut self.segs);
        for &(seg, start, end) in &segs {
            match seg {
                Seg::Text => self.expand_text(start, end),
                Seg::Markup => self.expand_markup(start, end),
                Seg::Opaque => self.items.push(Item {
                    ch: '\u{fffc}',
                    orig: '\u{fffc}',
                    start,
                    end,
                    kind: Kind::Opaque,
                }),
            }
        }
        self.segs = segs;
        self.segs.clear();
    }

    fn expand_markup(&mut self, start: usize, end: usize) {
        self.items.push(Item {
            ch: '\0',
            orig: '\0',
            start,
            end,
            kind: Kind::Markup,
        });
    }

    fn expand_text(&mut self, start: usize, end: usize) {
        let text = &self.src[start..end];
        let mut i = 0;
        while let Some(c) = text[i..].chars().next() {
            let (ch, len, kind) = if c == '&' {
                match entity(&text[i..]) {
                    Some((ch, len, terminated)) => (ch, len, Kind::Entity { terminated }),
                    None => (c, 1, Kind::Literal),
                }
            } else {
                (c, c.len_utf8(), Kind::Literal)
            };
            self.items.push(Item {
                ch,
                orig: ch,
                start: start + i,
                end: start + i + len,
                kind,
            });
            i += len;
        }
    }

    /// Applies the rules to the paragraph and writes it out if it changed.
    fn flush(&mut self) {
        let (Some(&(_, from, _)), Some(&(_, _, to))) = (self.segs.first(), self.segs.last()) else {
            return;
        };
        if !self.hot {
            // No rule can apply: the paragraph comes out as read.
            self.segs.clear();
            return;
        }
        self.hot = false;
        let src = self.src;
        if let Some(cache) = self.cache.as_deref_mut() {
            paragraph_key(&mut cache.key, src, &self.segs, self.lang, self.options);
            if let Some(done) = cache.map.get(cache.key.as_slice()) {
                if let Some(done) = done.as_deref() {
                    self.out.push_str(&src[self.copied..from]);
                    self.out.push_str(done);
                    self.copied = to;
                }
                self.segs.clear();
                return;
            }
        }
        self.expand();
        self.quotes();
        if self.lang == Lang::Fr {
            self.spacing();
        }
        // Items copied as read are mostly neighbours in the source: write
        // each such run with one copy.
        let mut para = std::mem::take(&mut self.para);
        para.clear();
        let (mut run_from, mut run_to) = (0, 0);
        for it in &self.items {
            let as_read = match it.kind {
                Kind::Markup | Kind::Opaque => true,
                Kind::Inserted => false,
                Kind::Literal | Kind::Entity { .. } => it.ch == it.orig,
            };
            if as_read && run_from < run_to && it.start == run_to {
                run_to = it.end;
                continue;
            }
            para.push_str(&src[run_from..run_to]);
            if as_read {
                (run_from, run_to) = (it.start, it.end);
            } else {
                (run_from, run_to) = (0, 0);
                para.push(it.ch);
            }
        }
        para.push_str(&src[run_from..run_to]);
        self.items.clear();
        let changed = para != src[from..to];
        if changed {
            self.replace(from, to, &para);
        }
        if let Some(cache) = self.cache.as_deref_mut() {
            cache.insert(changed.then_some(para.as_str()));
        }
        self.para = para;
    }

    /// Straight double quotes paired into typographic ones; straight
    /// apostrophes inside words into ’.
    fn quotes(&mut self) {
        let items = &mut self.items;
        let stack = &mut self.stack;
        stack.clear();
        let mut typographic = 0usize;
        let (outer, inner) = match self.lang {
            Lang::Fr => (('«', '»'), ('“', '”')),
            Lang::En => (('“', '”'), ('‘', '’')),
        };
        for i in 0..items.len() {
            match items[i].text() {
                Some('«' | '“') => typographic += 1,
                Some('»' | '”') => typographic = typographic.saturating_sub(1),
                Some('\'') => {
                    let letter = |j: Option<usize>| j.is_some_and(|j| items[j].is_letter());
                    if letter(prev_vis(items, i)) && letter(next_vis(items, i)) {
                        items[i].ch = '’';
                    }
                }
                Some('"') => {
                    // Quotes, straight or not, are neutral context: so is
                    // what they become, which keeps the pairing stable.
                    let after_open = prev_vis(items, i).is_none_or(|j| {
                        items[j].is_space() || items[j].text().is_some_and(opens_context)
                    });
                    let before_close = next_vis(items, i).is_none_or(|j| {
                        items[j].is_space() || items[j].text().is_some_and(closes_context)
                    });
                    if after_open && !before_close {
                        stack.push((i, typographic));
                    } else if before_close && !after_open {
                        if let Some((o, depth)) = stack.pop() {
                            let (open, close) = if depth + stack.len() == 0 {
                                outer
                            } else {
                                inner
                            };
                            items[o].ch = open;
                            items[i].ch = close;
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// French spacing: rebuilds the paragraph with spaces set, inserted or
    /// removed.
    fn spacing(&mut self) {
        let src = std::mem::take(&mut self.items);
        let mut dst = std::mem::take(&mut self.scratch);
        dst.clear();
        let mut i = 0;
        while i < src.len() {
            let it = src[i];
            if it.is_space() {
                let mut last = i;
                let mut j = i + 1;
                while j < src.len() && (src[j].is_space() || src[j].kind == Kind::Markup) {
                    if src[j].is_space() {
                        last = j;
                    }
                    j += 1;
                }
                let action = self.run_action(&src, i, last);
                let spaces = src[i..=last].iter().filter(|x| x.is_space()).count();
                for (k, x) in src.iter().enumerate().take(last + 1).skip(i) {
                    if !x.is_space() {
                        dst.push(*x);
                        continue;
                    }
                    match action {
                        RunAction::Keep => dst.push(*x),
                        RunAction::Delete => {}
                        RunAction::Set(c) => {
                            if spaces == 1 || k == last {
                                dst.push(Item { ch: c, ..*x });
                            }
                        }
                    }
                }
                i = last + 1;
                continue;
            }
            // The characters [`Engine::insert_between`] may put a space
            // before.
            if it.is_any(&[':', ';', '?', '!', '»', '%', '$', '€']) {
                if let Some(p) = prev_vis(&src, i).filter(|&p| !src[p].is_space()) {
                    if let Some(c) = self.insert_between(&src, p, i) {
                        dst.push(Item {
                            ch: c,
                            orig: c,
                            start: it.start,
                            end: it.start,
                            kind: Kind::Inserted,
                        });
                    }
                }
            }
            dst.push(it);
            // «texte: the space goes right after «, before any inline tag.
            if it.is('«')
                && next_vis(&src, i)
                    .is_some_and(|n| !src[n].is_space() && !src[n].is_any(&['»', '"']))
            {
                dst.push(Item {
                    ch: NBSP,
                    orig: NBSP,
                    start: it.end,
                    end: it.end,
                    kind: Kind::Inserted,
                });
            }
            i += 1;
        }
        self.items = dst;
        self.scratch = src;
    }

    /// The fate of the whitespace items `first..=last` (markup in between).
    fn run_action(&self, items: &[Item], first: usize, last: usize) -> RunAction {
        let (Some(p), Some(n)) = (prev_vis(items, first), next_vis(items, last)) else {
            return RunAction::Keep;
        };
        let (pi, ni) = (&items[p], &items[n]);
        if ni.is_any(&[';', '?', '!']) && pi.closes_word() && !pi.is_any(&['?', '!', ';', ':']) {
            if ni.is(';') && fragile(items, p) {
                return RunAction::Keep;
            }
            if self.options.narrow_nbsp_before_punct {
                return RunAction::Set(NNBSP);
            }
            let lone_narrow = first == last && items[first].ch == NNBSP;
            return if lone_narrow {
                RunAction::Keep
            } else {
                RunAction::Delete
            };
        }
        if ni.is(':') && pi.closes_word() && colon_followed_ok(items, n) {
            return RunAction::Set(NBSP);
        }
        if pi.is('«') && !ni.is('»') {
            return RunAction::Set(NBSP);
        }
        if ni.is('»') && !pi.is('«') {
            return RunAction::Set(NBSP);
        }
        if pi.is_digit()
            && (unit_at(items, n)
                || (ni.is_digit() && (thousands(items, p, n) || telephone(items, p, n))))
        {
            return RunAction::Set(NBSP);
        }
        if pi.is('h') && ni.is_digit() && time_minutes(items, p, n) {
            return RunAction::Set(NBSP);
        }
        RunAction::Keep
    }

    /// A space to insert between the adjacent items `p` and `c`, if any.
    fn insert_between(&self, items: &[Item], p: usize, c: usize) -> Option<char> {
        let (pi, ci) = (&items[p], &items[c]);
        if ci.is(':') && pi.closes_word() && colon_followed_ok(items, c) {
            return Some(NBSP);
        }
        if self.options.narrow_nbsp_before_punct
            && ci.is_any(&[';', '?', '!'])
            && pi.closes_word()
            && !pi.is_any(&['?', '!', ';', ':'])
            && punct_followed_ok(items, c)
        {
            return Some(NNBSP);
        }
        if ci.is('»') && !pi.is_any(&['«', '"']) {
            return Some(NBSP);
        }
        if pi.is_digit() && ci.is_any(&['%', '$', '€']) {
            return Some(NBSP);
        }
        None
    }
}

fn is_foreign(name: &str) -> bool {
    name.eq_ignore_ascii_case("svg") || name.eq_ignore_ascii_case("math")
}

// ---------------------------------------------------------------------------
// Character references

/// Decodes the character reference at the start of `s` (which starts with
/// `&`): the character, the length of the reference in bytes, and whether
/// it ends with `;`. Named references need their `;`; numeric ones do not.
fn entity(s: &str) -> Option<(char, usize, bool)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let first = if hex { 3 } else { 2 };
        let mut i = first;
        let mut value: u32 = 0;
        while let Some(&d) = b.get(i) {
            let digit = match (hex, d) {
                (_, b'0'..=b'9') => u32::from(d - b'0'),
                (true, b'a'..=b'f') => u32::from(d - b'a') + 10,
                (true, b'A'..=b'F') => u32::from(d - b'A') + 10,
                _ => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(digit);
            i += 1;
        }
        if i == first {
            return None;
        }
        let terminated = b.get(i) == Some(&b';');
        let ch = match value {
            0x80 => '€',
            0x85 => '…',
            0x91 => '‘',
            0x92 => '’',
            0x93 => '“',
            0x94 => '”',
            0x96 => '–',
            0x97 => '—',
            0 => '\u{fffd}',
            v => char::from_u32(v).unwrap_or('\u{fffd}'),
        };
        return Some((ch, i + usize::from(terminated), terminated));
    }
    let name_len = b[1..]
        .iter()
        .take(40)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || b.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let ch = named(&s[1..1 + name_len]).unwrap_or('\u{fffd}');
    Some((ch, name_len + 2, true))
}

/// The named character references the rules care about (the others decode
/// to U+FFFD, a neutral character, and are copied unchanged).
fn named(name: &str) -> Option<char> {
    Some(match name {
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "nbsp" | "NonBreakingSpace" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" | "ThinSpace" => '\u{2009}',
        "hairsp" | "VeryThinSpace" => '\u{200a}',
        "numsp" => '\u{2007}',
        "puncsp" => '\u{2008}',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" | "OpenCurlyQuote" => '‘',
        "rsquo" | "rsquor" | "CloseCurlyQuote" => '’',
        "ldquo" | "OpenCurlyDoubleQuote" => '“',
        "rdquo" | "rdquor" | "CloseCurlyDoubleQuote" => '”',
        "sbquo" => '‚',
        "bdquo" => '„',
        "hellip" | "mldr" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "colon" => ':',
        "semi" => ';',
        "quest" => '?',
        "excl" => '!',
        "percnt" => '%',
        "dollar" => '$',
        "euro" => '€',
        "cent" => '¢',
        "lpar" => '(',
        "rpar" => ')',
        "lsqb" | "lbrack" => '[',
        "rsqb" | "rbrack" => ']',
        "lcub" | "lbrace" => '{',
        "rcub" | "rbrace" => '}',
        "comma" => ',',
        "period" => '.',
        "hyphen" | "dash" => '‐',
        "deg" => '°',
        "shy" => '\u{ad}',
        "Agrave" => 'À',
        "Aacute" => 'Á',
        "Acirc" => 'Â',
        "Atilde" => 'Ã',
        "Auml" => 'Ä',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "Ccedil" => 'Ç',
        "Egrave" => 'È',
        "Eacute" => 'É',
        "Ecirc" => 'Ê',
        "Euml" => 'Ë',
        "Igrave" => 'Ì',
        "Iacute" => 'Í',
        "Icirc" => 'Î',
        "Iuml" => 'Ï',
        "ETH" => 'Ð',
        "Ntilde" => 'Ñ',
        "Ograve" => 'Ò',
        "Oacute" => 'Ó',
        "Ocirc" => 'Ô',
        "Otilde" => 'Õ',
        "Ouml" => 'Ö',
        "Oslash" => 'Ø',
        "Ugrave" => 'Ù',
        "Uacute" => 'Ú',
        "Ucirc" => 'Û',
        "Uuml" => 'Ü',
        "Yacute" => 'Ý',
        "THORN" => 'Þ',
        "szlig" => 'ß',
        "agrave" => 'à',
        "aacute" => 'á',
        "acirc" => 'â',
        "atilde" => 'ã',
        "auml" => 'ä',
        "aring" => 'å',
        "aelig" => 'æ',
        "ccedil" => 'ç',
        "egrave" => 'è',
        "eacute" => 'é',
        "ecirc" => 'ê',
        "euml" => 'ë',
        "igrave" => 'ì',
        "iacute" => 'í',
        "icirc" => 'î',
        "iuml" => 'ï',
        "eth" => 'ð',
        "ntilde" => 'ñ',
        "ograve" => 'ò',
        "oacute" => 'ó',
        "ocirc" => 'ô',
        "otilde" => 'õ',
        "ouml" => 'ö',
        "oslash" => 'ø',
        "ugrave" => 'ù',
        "uacute" => 'ú',
        "ucirc" => 'û',
        "uuml" => 'ü',
        "yacute" => 'ý',
        "thorn" => 'þ',
        "yuml" => 'ÿ',
        "Yuml" => 'Ÿ',
        "OElig" => 'Œ',
        "oelig" => 'œ',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Pieces of pages, chosen so that the same paragraph comes back in
    /// different surroundings: other languages, open quotes, skipped and
    /// opaque elements around it.
    const PIECES: &[&str] = &[
        "<p>Vos droits : l'accès, la \"rectification\" !</p>",
        "<p>Your rights: \"access\" and 'correction'.</p>",
        "<div lang=\"en\">",
        "<div lang=\"fr\">",
        "</div>",
        "<p>",
        "</p>",
        "Le 14 h 30 ; 1 000 $ ? « ok »",
        "<em>l'</em>adresse « IP »",
        "<code>a : b ; \"c\"</code>",
        "<script>var a = \"b\";</script>",
        "<pre>x : \"y\"</pre>",
        "<a href=\"#x\">lien</a> : voir",
        "&quot;cité&quot; &amp; l&#39;été",
        "\"",
        " ",
        "<li>Nom : <strong>Québec</strong> !</li>",
        "<span translate=\"no\">Don't : \"x\"</span>",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

        /// The paragraph cache changes nothing: a page typeset with a cache
        /// warmed by other pages equals the page typeset alone.
        #[test]
        fn paragraph_cache_changes_nothing(
            pages in prop::collection::vec(prop::collection::vec(0..PIECES.len(), 0..12), 1..5),
            fr in any::<bool>(),
            narrow in any::<bool>(),
        ) {
            let lang = if fr { Lang::Fr } else { Lang::En };
            let o = Options { narrow_nbsp_before_punct: narrow };
            for page in pages {
                let html: String = page.iter().map(|&i| PIECES[i]).collect();
                prop_assert_eq!(apply(&html, lang, &o), apply_uncached(&html, lang, &o));
            }
        }
    }

    #[test]
    fn repeated_paragraphs_come_from_the_cache() {
        let page = "<p>L'adresse IP : oui.</p><p>Autre \"texte\" ?</p>";
        let o = Options::default();
        let first = apply(page, Lang::Fr, &o);
        let cached = PARAGRAPHS.with(|c| c.borrow().map.len());
        assert!(cached >= 2, "{cached}");
        assert_eq!(apply(page, Lang::Fr, &o), first);
        assert_eq!(apply_uncached(page, Lang::Fr, &o), first);
        // The same bytes in English are typeset by English rules.
        assert_eq!(
            apply(page, Lang::En, &o),
            apply_uncached(page, Lang::En, &o)
        );
        assert_ne!(apply(page, Lang::En, &o), first);
    }

    #[test]
    fn classify_agrees_with_the_lists() {
        let more = ["div", "P", "Code", "IMG", "longelementname"];
        for name in INLINE
            .iter()
            .chain(SKIPPED)
            .chain(OPAQUE)
            .chain(VOID)
            .chain(&more)
        {
            let c = classify(name);
            assert_eq!(c & class::INLINE != 0, name_in(name, INLINE), "{name}");
            assert_eq!(c & class::SKIPPED != 0, name_in(name, SKIPPED), "{name}");
            assert_eq!(c & class::OPAQUE != 0, name_in(name, OPAQUE), "{name}");
            assert_eq!(c & class::VOID != 0, name_in(name, VOID), "{name}");
        }
        // The tokenizer looks for raw-text elements among skipped ones.
        for (name, _) in RAW_TEXT.iter().filter(|(n, _)| *n != "title") {
            assert!(classify(name) & class::SKIPPED != 0, "{name}");
        }
    }

    use super::*;

    fn fr(s: &str) -> String {
        apply(s, Lang::Fr, &Options::default())
    }
    fn fr_narrow(s: &str) -> String {
        apply(
            s,
            Lang::Fr,
            &Options {
                narrow_nbsp_before_punct: true,
            },
        )
    }
    fn en(s: &str) -> String {
        apply(s, Lang::En, &Options::default())
    }
    /// Writes U+00A0 as `~` and U+202F as `^` so expectations are readable.
    fn show(s: &str) -> String {
        s.replace(NBSP, "~").replace(NNBSP, "^")
    }

    #[test]
    fn colon_gets_a_no_break_space() {
        assert_eq!(
            show(&fr("<p>Date de modification : le 29 janvier 2014</p>")),
            "<p>Date de modification~: le 29 janvier 2014</p>"
        );
        assert_eq!(
            show(&fr("<p>Note: voir plus bas</p>")),
            "<p>Note~: voir plus bas</p>"
        );
        assert_eq!(show(&fr("<p>Note\n  : voir</p>")), "<p>Note~: voir</p>");
        assert_eq!(
            show(&fr("<p>Note&nbsp;: voir</p>")),
            "<p>Note&nbsp;: voir</p>"
        );
        assert_eq!(show(&fr("<p>Remarque :</p>")), "<p>Remarque~:</p>");
    }

    #[test]
    fn colon_across_inline_tags() {
        assert_eq!(
            show(&fr("<p><strong>Note</strong> : texte</p>")),
            "<p><strong>Note</strong>~: texte</p>"
        );
        assert_eq!(
            show(&fr("<p><strong>Note :</strong> texte</p>")),
            "<p><strong>Note~:</strong> texte</p>"
        );
    }

    #[test]
    fn colon_left_alone_in_urls_times_and_ratios() {
        for s in [
            "<p>Voir http://exemple.ca/page</p>",
            "<p>À 14:30 précises</p>",
            "<p>Un rapport 3:4</p>",
            "<p>mailto:info@exemple.ca</p>",
        ] {
            assert_eq!(fr(s), s);
        }
    }

    #[test]
    fn no_space_before_semicolon_question_and_exclamation() {
        assert_eq!(fr("<h2>Pourquoi ?</h2>"), "<h2>Pourquoi?</h2>");
        assert_eq!(fr("<p>Attention !</p>"), "<p>Attention!</p>");
        assert_eq!(fr("<p>un ; deux</p>"), "<p>un; deux</p>");
        assert_eq!(fr("<p>Vraiment&nbsp;?</p>"), "<p>Vraiment?</p>");
        assert_eq!(fr("<p>Quoi ?!</p>"), "<p>Quoi?!</p>");
        assert_eq!(fr("<p>Quoi ? !</p>"), "<p>Quoi? !</p>");
        // A lone narrow no-break space is accepted as is.
        assert_eq!(fr("<p>Quoi\u{202f}?</p>"), "<p>Quoi\u{202f}?</p>");
    }

    #[test]
    fn narrow_option() {
        assert_eq!(
            show(&fr_narrow("<h2>Pourquoi ?</h2>")),
            "<h2>Pourquoi^?</h2>"
        );
        assert_eq!(
            show(&fr_narrow("<h2>Pourquoi?</h2>")),
            "<h2>Pourquoi^?</h2>"
        );
        assert_eq!(show(&fr_narrow("<p>Quoi?!</p>")), "<p>Quoi^?!</p>");
        assert_eq!(show(&fr_narrow("<p>un;deux</p>")), "<p>un;deux</p>");
        assert_eq!(show(&fr_narrow("<p>un ;deux</p>")), "<p>un^;deux</p>");
        assert_eq!(
            show(&fr_narrow("<p>Note : x?y</p>")),
            "<p>Note~: x?y</p>",
            "a ? inside a word is not punctuation"
        );
    }

    #[test]
    fn apostrophes() {
        assert_eq!(fr("<p>l'adresse IP</p>"), "<p>l’adresse IP</p>");
        assert_eq!(
            fr("<p>aujourd'hui, qu'il s'agisse d'un témoin</p>"),
            "<p>aujourd’hui, qu’il s’agisse d’un témoin</p>"
        );
        assert_eq!(fr("<p>l&#39;État</p>"), "<p>l’État</p>");
        assert_eq!(
            fr("<p>l&apos;<em>adresse</em></p>"),
            "<p>l’<em>adresse</em></p>"
        );
        assert_eq!(en("<p>don't, Québec's</p>"), "<p>don’t, Québec’s</p>");
        // Not inside a word: left alone.
        assert_eq!(
            en("<p>the employees' data</p>"),
            "<p>the employees' data</p>"
        );
    }

    #[test]
    fn straight_quotes_become_guillemets() {
        assert_eq!(
            show(&fr("<p>un \"témoin\" de connexion</p>")),
            "<p>un «~témoin~» de connexion</p>"
        );
        assert_eq!(
            show(&fr("<p>un &quot;témoin&quot;.</p>")),
            "<p>un «~témoin~».</p>"
        );
        assert_eq!(
            show(&fr("<p>\"<em>cookie</em>\"</p>")),
            "<p>«~<em>cookie</em>~»</p>"
        );
        // Unpaired: left alone.
        assert_eq!(fr("<p>un \"témoin</p>"), "<p>un \"témoin</p>");
        // Pairs never cross a block boundary.
        assert_eq!(fr("<p>\"a</p><p>b\"</p>"), "<p>\"a</p><p>b\"</p>");
    }

    #[test]
    fn nested_quotes() {
        assert_eq!(
            show(&fr("<p>\"il a dit \"oui\" hier\"</p>")),
            "<p>«~il a dit “oui” hier~»</p>"
        );
        assert_eq!(
            show(&fr("<p>« il a dit \"oui\" hier »</p>")),
            "<p>«~il a dit “oui” hier~»</p>"
        );
        assert_eq!(en("<p>\"a \"b\" c\"</p>"), "<p>“a ‘b’ c”</p>");
    }

    #[test]
    fn existing_guillemets_get_their_spaces() {
        assert_eq!(show(&fr("<p>«témoin»</p>")), "<p>«~témoin~»</p>");
        assert_eq!(show(&fr("<p>« témoin »</p>")), "<p>«~témoin~»</p>");
        assert_eq!(
            show(&fr("<p>«&nbsp;témoin&nbsp;»</p>")),
            "<p>«&nbsp;témoin&nbsp;»</p>"
        );
        assert_eq!(
            show(&fr("<p>&laquo; témoin &raquo;</p>")),
            "<p>&laquo;~témoin~&raquo;</p>"
        );
    }

    #[test]
    fn english_quotes() {
        assert_eq!(
            en("<p>a \"cookie\" is a file</p>"),
            "<p>a “cookie” is a file</p>"
        );
        assert_eq!(en("<p>(\"IP address\")</p>"), "<p>(“IP address”)</p>");
        // No French rules in English.
        assert_eq!(en("<p>Note : why ?</p>"), "<p>Note : why ?</p>");
        assert_eq!(en("<p>10 %, 14 h 30</p>"), "<p>10 %, 14 h 30</p>");
    }

    #[test]
    fn numbers_and_units() {
        assert_eq!(show(&fr("<p>14 h 30</p>")), "<p>14~h~30</p>");
        assert_eq!(show(&fr("<p>à 9 h.</p>")), "<p>à 9~h.</p>");
        assert_eq!(show(&fr("<p>5 % et 10 Mo</p>")), "<p>5~% et 10~Mo</p>");
        assert_eq!(show(&fr("<p>5% et 10$</p>")), "<p>5~% et 10~$</p>");
        assert_eq!(
            show(&fr("<p>pendant 30 jours</p>")),
            "<p>pendant 30~jours</p>"
        );
        assert_eq!(show(&fr("<p>3,5 Go</p>")), "<p>3,5~Go</p>");
        // Not units.
        assert_eq!(fr("<p>les 3 témoins</p>"), "<p>les 3 témoins</p>");
        assert_eq!(fr("<p>de 2 mots</p>"), "<p>de 2 mots</p>");
    }

    #[test]
    fn thousands() {
        assert_eq!(
            show(&fr("<p>7 117 907 visites</p>")),
            "<p>7~117~907 visites</p>"
        );
        assert_eq!(show(&fr("<p>1 000 km</p>")), "<p>1~000~km</p>");
        // Years, unformatted numbers and other digit runs stay as they are.
        for s in [
            "<p>le 29 janvier 2014</p>",
            "<p>en 2014 2015</p>",
            "<p>613 555 1234</p>",
            "<p>2 800 282-1376</p>",
            "<p>1 800 282-13765</p>",
            "<p>12 418 644-4545</p>",
            "<p>1 2 3</p>",
            "<p>K1A 0H3</p>",
        ] {
            assert_eq!(fr(s), s);
        }
    }

    #[test]
    fn telephone_numbers_do_not_break() {
        assert_eq!(show(&fr("<p>1 800 282-1376</p>")), "<p>1~800~282-1376</p>");
        assert_eq!(
            show(&fr(
                "<p>Téléphone : <a href=\"tel:+14186444545\">418 644-4545</a></p>"
            )),
            "<p>Téléphone~: <a href=\"tel:+14186444545\">418~644-4545</a></p>"
        );
    }

    #[test]
    fn attributes_and_code_untouched() {
        let s = "<a href=\"http://x.ca/a:b\" title=\"Note : 'x'\">x</a>";
        assert_eq!(fr(s), s);
        assert_eq!(fr("<code>a : b</code>"), "<code>a : b</code>");
        assert_eq!(fr("<pre>a : \"b\"</pre>"), "<pre>a : \"b\"</pre>");
        assert_eq!(
            fr("<script>if (a ? b : c) {}</script>"),
            "<script>if (a ? b : c) {}</script>"
        );
        assert_eq!(
            fr("<style>a:hover { x : y }</style>"),
            "<style>a:hover { x : y }</style>"
        );
        assert_eq!(fr("<!-- Note : x -->"), "<!-- Note : x -->");
        assert_eq!(
            fr("<p translate=\"no\">Note : x</p><p>Note : y</p>"),
            format!("<p translate=\"no\">Note : x</p><p>Note{NBSP}: y</p>")
        );
        assert_eq!(
            fr("<div class=\"a notranslate\"><div>Note : x</div></div>"),
            "<div class=\"a notranslate\"><div>Note : x</div></div>"
        );
        assert_eq!(
            fr("<time datetime=\"2014-01-29T14:30\">14 h 30</time>"),
            format!("<time datetime=\"2014-01-29T14:30\">14{NBSP}h{NBSP}30</time>")
        );
    }

    #[test]
    fn code_is_a_word_of_its_sentence() {
        assert_eq!(
            show(&fr("<p>la commande <code>ls</code> : liste</p>")),
            "<p>la commande <code>ls</code>~: liste</p>"
        );
    }

    #[test]
    fn title_is_text() {
        assert_eq!(
            show(&fr("<title>Avis : confidentialité</title>")),
            "<title>Avis~: confidentialité</title>"
        );
    }

    #[test]
    fn markup_characters_never_appear() {
        // Removing a space must not glue `&amp` and `;` into a reference.
        assert_eq!(fr("<p>&amp ;</p>"), "<p>&amp ;</p>");
        assert_eq!(fr("<p>a &#38 ;</p>"), "<p>a &#38 ;</p>");
        assert_eq!(fr("<p>a < ?</p>"), "<p>a < ?</p>");
    }

    #[test]
    fn idempotent_on_examples() {
        for s in [
            "<p>\"\"x\" y\"</p>",
            "<p>« Note:»</p>",
            "<p>x\":\"y</p>",
            "<p>Quoi ? ! \"a\" ; b</p>",
        ] {
            for o in [
                Options::default(),
                Options {
                    narrow_nbsp_before_punct: true,
                },
            ] {
                let once = apply(s, Lang::Fr, &o);
                assert_eq!(apply(&once, Lang::Fr, &o), once, "{s}");
            }
        }
    }

    #[test]
    fn check_finds_violations() {
        let text = "Note : l'adresse \"IP\" ; « témoin » Pourquoi ?";
        let found = check_french_text(text);
        let rules: Vec<&str> = found.iter().map(|f| f.1).collect();
        assert_eq!(
            rules,
            [
                rule::SPACE_BEFORE_COLON,
                rule::STRAIGHT_APOSTROPHE,
                rule::STRAIGHT_QUOTE,
                rule::STRAIGHT_QUOTE,
                rule::SPACE_BEFORE_PUNCTUATION,
                rule::SPACE_INSIDE_GUILLEMETS,
                rule::SPACE_INSIDE_GUILLEMETS,
                rule::SPACE_BEFORE_PUNCTUATION,
            ]
        );
        assert_eq!(found[0].0, 4);
        assert_eq!(&text[found[1].0..found[1].0 + 1], "'");
        assert!(check_french_text("Note\u{a0}: l’adresse «\u{a0}IP\u{a0}» Pourquoi?").is_empty());
        assert!(check_french_text("http://x.ca 14:30").is_empty());
    }
}
