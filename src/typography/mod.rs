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

mod cache;
mod engine;
mod entities;
mod rules;
#[cfg(test)]
mod tests;
mod tokenizer;

use cache::{ParagraphCache, PARAGRAPHS};
use engine::Engine;
use rules::{closes_word, is_space};

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
