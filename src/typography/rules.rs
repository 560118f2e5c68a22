//! The rules' view of a paragraph: its items (one per character or tag)
//! and the questions each rule asks about an item's neighbours (a word
//! before `:`, a group of digits, a unit, a telephone number…).

/// Whitespace for the rules: HTML's ASCII whitespace and the Unicode spaces
/// typography uses.
pub(super) fn is_space(c: char) -> bool {
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
pub(super) fn closes_word(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            ')' | ']' | '}' | '»' | '”' | '’' | '\'' | '"' | '.' | '…' | '%' | '$' | '€' | '°'
        )
}

/// Characters after which a straight double quote opens.
pub(super) fn opens_context(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–')
}

/// Characters before which a straight double quote closes.
pub(super) fn closes_context(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '?' | '!' | ')' | ']' | '}' | '…' | '—' | '–'
    )
}

/// Units that take a no-break space after a number (French), matched as a
/// whole word with its exact case.
pub(super) const UNITS: &[&str] = &[
    "h", "min", "ms", "km", "m", "cm", "mm", "kg", "g", "mg", "o", "ko", "Ko", "Mo", "Go", "To",
    "kbit", "Mbit", "Gbit", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année",
    "années", "heure", "heures", "minute", "minutes", "seconde", "secondes",
];

// ---------------------------------------------------------------------------
// Paragraph items

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) struct Item {
    /// The character now (for text items).
    pub(super) ch: char,
    /// The character read.
    pub(super) orig: char,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) kind: Kind,
}

impl Item {
    pub(super) fn text(&self) -> Option<char> {
        match self.kind {
            Kind::Literal | Kind::Entity { .. } | Kind::Inserted => Some(self.ch),
            Kind::Markup | Kind::Opaque => None,
        }
    }
    pub(super) fn is_space(&self) -> bool {
        self.text().is_some_and(is_space)
    }
    pub(super) fn is(&self, c: char) -> bool {
        self.text() == Some(c)
    }
    pub(super) fn is_any(&self, set: &[char]) -> bool {
        self.text().is_some_and(|c| set.contains(&c))
    }
    pub(super) fn is_digit(&self) -> bool {
        self.text().is_some_and(|c| c.is_ascii_digit())
    }
    pub(super) fn is_letter(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(char::is_alphabetic)
    }
    pub(super) fn is_alnum(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(char::is_alphanumeric)
    }
    pub(super) fn closes_word(&self) -> bool {
        self.kind == Kind::Opaque || self.text().is_some_and(closes_word)
    }
}

/// The previous item that is a character or an opaque element.
pub(super) fn prev_vis(items: &[Item], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| items[j].kind != Kind::Markup)
}

/// The next item that is a character or an opaque element.
pub(super) fn next_vis(items: &[Item], i: usize) -> Option<usize> {
    (i + 1..items.len()).find(|&j| items[j].kind != Kind::Markup)
}

/// The previous visible item that is not whitespace.
pub(super) fn prev_solid(items: &[Item], i: usize) -> Option<usize> {
    let mut j = prev_vis(items, i)?;
    while items[j].is_space() {
        j = prev_vis(items, j)?;
    }
    Some(j)
}

/// The next visible item that is not whitespace.
pub(super) fn next_solid(items: &[Item], i: usize) -> Option<usize> {
    let mut j = next_vis(items, i)?;
    while items[j].is_space() {
        j = next_vis(items, j)?;
    }
    Some(j)
}

/// Counts the digits of the group ending at `i` (at most 4); returns the
/// count and the index of the group's first digit.
pub(super) fn digits_back(items: &[Item], i: usize) -> (usize, usize) {
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
pub(super) fn digits_fwd(items: &[Item], i: usize) -> (usize, usize) {
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
pub(super) const MAX_GROUPS: usize = 8;

/// Whether the space between the digit at `p` and the digit at `n` separates
/// thousands: the chain of space-separated digit groups around it starts
/// with 1 to 3 digits, goes on with groups of exactly 3, and is not a
/// telephone number (no `-` after a group) nor glued to a letter.
pub(super) fn thousands(items: &[Item], p: usize, n: usize) -> bool {
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
pub(super) fn telephone(items: &[Item], p: usize, n: usize) -> bool {
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
pub(super) fn unit_at(items: &[Item], n: usize) -> bool {
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
pub(super) fn time_minutes(items: &[Item], p: usize, n: usize) -> bool {
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
pub(super) fn colon_followed_ok(items: &[Item], c: usize) -> bool {
    next_vis(items, c).is_none_or(|a| items[a].is_space() || items[a].is('»'))
}

/// After `; ? !` that get a narrow no-break space inserted.
pub(super) fn punct_followed_ok(items: &[Item], c: usize) -> bool {
    next_vis(items, c).is_none_or(|a| {
        items[a].is_space()
            || items[a].is_any(&[
                '»', ')', ']', '}', '”', '"', '\'', '’', '.', ',', '?', '!', ';',
            ])
    })
}

/// Whether removing the space between `p` and a `;` could glue them into a
/// character reference (`&amp ;` → `&amp;`).
pub(super) fn fragile(items: &[Item], p: usize) -> bool {
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
pub(super) enum RunAction {
    Keep,
    Delete,
    Set(char),
}
