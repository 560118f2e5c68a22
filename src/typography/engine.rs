//! The rule engine: reads the tokens one paragraph at a time, applies the
//! rules of [`super::rules`] to the paragraphs that need it and writes the
//! output, copying what comes out as read.

use super::cache::{paragraph_key, ParagraphCache};
use super::entities::entity;
use super::rules::{
    closes_context, colon_followed_ok, fragile, next_vis, opens_context, prev_vis,
    punct_followed_ok, telephone, thousands, time_minutes, unit_at, Item, Kind, RunAction,
};
use super::tokenizer::{class, is_foreign, Token, Tokenizer};
use super::{Options, NBSP, NNBSP};
use crate::lang::Lang;

pub(super) struct Engine<'a> {
    pub(super) src: &'a str,
    pub(super) lang: Lang,
    pub(super) options: Options,
    /// The output for `src[..copied]`. The bytes after `copied` that were
    /// read are written only when a paragraph that comes out changed (or
    /// the end of the input) needs them to be: most of a page comes out as
    /// read and is copied in a few large pieces.
    pub(super) out: String,
    pub(super) copied: usize,
    /// A paragraph being typeset (reused).
    pub(super) para: String,
    /// The current paragraph as read: text, inline markup and opaque
    /// elements, by byte range. Expanded into `items` only when a rule may
    /// apply (`hot`); otherwise left in place (see `out`).
    pub(super) segs: Vec<(Seg, usize, usize)>,
    /// The current paragraph, one item per character or tag.
    pub(super) items: Vec<Item>,
    pub(super) scratch: Vec<Item>,
    /// Open straight quotes: (index, depth of typographic quotes then).
    pub(super) stack: Vec<(usize, usize)>,
    /// Whether the paragraph holds a character some rule looks at.
    pub(super) hot: bool,
    /// Block elements with a `lang` attribute that are open: their name,
    /// the language before them, and how many elements of the same name
    /// were opened inside them and are still open.
    pub(super) langs: Vec<(String, Lang, usize)>,
    /// Paragraphs typeset before (`None`: always typeset).
    pub(super) cache: Option<&'a mut ParagraphCache>,
}

/// A piece of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Seg {
    Text,
    Markup,
    Opaque,
}

/// Whether `text` holds a character some rule looks at (`&` included: a
/// character reference may stand for one).
///
/// Most text holds none, and all of it is read: blocks of 32 bytes (the
/// last one padded with zeros) are first tested, without a branch per
/// byte, for bytes in a few ranges that cover those characters (a test the
/// compiler turns into vector code); only a block that has one is looked
/// at byte by byte.
pub(super) fn may_be_hot(text: &[u8], lang: Lang) -> bool {
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
pub(super) const BLOCK: usize = 32;

/// Whether `block` has a byte in the ranges of [`may_be_hot`] (zero is in
/// none).
pub(super) fn maybe_hot_block(block: &[u8], lang: Lang) -> bool {
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
pub(super) fn is_hot(text: &[u8], from: usize, to: usize, lang: Lang) -> bool {
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

pub(super) struct Skip {
    pub(super) name: (usize, usize),
    pub(super) depth: usize,
    pub(super) start: usize,
    pub(super) opaque: bool,
}

impl Engine<'_> {
    pub(super) fn run(&mut self) {
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
    pub(super) fn enter(&mut self, name: &str, lang: Option<Lang>) {
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
    pub(super) fn leave(&mut self, name: &str) {
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
    pub(super) fn skipped(&mut self, start: usize, end: usize, opaque: bool) {
        if opaque {
            self.push_seg(Seg::Opaque, start, end);
        } else {
            self.block(start, end);
        }
    }

    /// A tag (or a skipped element) `start..end` that ends the paragraph.
    /// It comes out as read: it is left for a later copy.
    pub(super) fn block(&mut self, start: usize, end: usize) {
        self.flush();
        debug_assert!(self.copied <= start && start <= end);
    }

    /// Writes the typeset paragraph `output` for `src[from..to]`, after the
    /// bytes read before it that were not written yet.
    pub(super) fn replace(&mut self, from: usize, to: usize, output: &str) {
        self.out.push_str(&self.src[self.copied..from]);
        self.out.push_str(output);
        self.copied = to;
    }

    /// Adds a piece to the paragraph. Pieces follow each other without a
    /// gap, so a paragraph is `src[from..to]` of its first and last piece.
    pub(super) fn push_seg(&mut self, seg: Seg, start: usize, end: usize) {
        debug_assert!(self.segs.last().is_none_or(|s| s.2 == start));
        debug_assert!(self.copied <= start);
        self.segs.push((seg, start, end));
    }

    pub(super) fn push_markup(&mut self, start: usize, end: usize) {
        self.push_seg(Seg::Markup, start, end);
    }

    pub(super) fn push_text(&mut self, start: usize, end: usize) {
        if !self.hot && may_be_hot(&self.src.as_bytes()[start..end], self.lang) {
            self.hot = true;
        }
        self.push_seg(Seg::Text, start, end);
    }

    /// Turns the paragraph's pieces into items.
    pub(super) fn expand(&mut self) {
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

    pub(super) fn expand_markup(&mut self, start: usize, end: usize) {
        self.items.push(Item {
            ch: '\0',
            orig: '\0',
            start,
            end,
            kind: Kind::Markup,
        });
    }

    pub(super) fn expand_text(&mut self, start: usize, end: usize) {
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
    pub(super) fn flush(&mut self) {
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
    pub(super) fn quotes(&mut self) {
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
    pub(super) fn spacing(&mut self) {
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
    pub(super) fn run_action(&self, items: &[Item], first: usize, last: usize) -> RunAction {
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
    pub(super) fn insert_between(&self, items: &[Item], p: usize, c: usize) -> Option<char> {
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
