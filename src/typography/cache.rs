//! The cache of typeset paragraphs: pages of one site repeat most of their
//! paragraphs, so a paragraph's output is kept by what decides it.

use super::engine::Seg;
use super::Options;
use crate::lang::Lang;

thread_local! {
    /// Each rendering thread's cache of typeset paragraphs.
    pub(super) static PARAGRAPHS: std::cell::RefCell<ParagraphCache> = std::cell::RefCell::default();
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
pub(super) struct ParagraphCache {
    /// foldhash, not SipHash: keys are whole paragraphs, and hashing them
    /// with the standard hasher cost more than typesetting half of them.
    pub(super) map: foldhash::HashMap<Box<[u8]>, Option<Box<str>>>,
    pub(super) bytes: usize,
    /// The key being looked up (reused, so a hit allocates nothing).
    pub(super) key: Vec<u8>,
}

impl ParagraphCache {
    /// Bytes of keys and outputs kept per thread.
    pub(super) const BUDGET: usize = 4 << 20;

    pub(super) fn insert(&mut self, output: Option<&str>) {
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

/// Writes into `key` what decides how a paragraph is typeset: language,
/// options, each piece's kind and place, and the bytes from the first piece
/// to the last.
pub(super) fn paragraph_key(
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
