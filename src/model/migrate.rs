//! Keys that moved between versions of the data format.
//!
//! An old key is an error at its own line, never converted silently: the
//! author rewrites it, and the hint says how (docs/data-format.md, "Keys that
//! moved"). Converting would keep a statement the author never reread under
//! its new meaning.

/// A key that moved: its old dotted path (list indexes left out), the new
/// one, and how to rewrite it.
#[derive(Debug)]
pub struct Moved {
    /// Where it was, e.g. `legal.jurisdiction`.
    pub old: &'static str,
    /// Where it is now.
    pub new: &'static str,
    /// How to rewrite it.
    pub hint: &'static str,
}

/// Every key that moved, oldest first.
pub const MOVED: &[Moved] = &[
    Moved {
        old: "legal.jurisdiction",
        new: "jurisdiction",
        hint: "move `jurisdiction:` to the top level of the file (it selects the rules and the keys of a whole document, not only its legal frame)",
    },
    Moved {
        old: "voluntary.consent_required",
        new: "collection.none_without_consent",
        hint: "`consent_required: true` becomes `collection: { none_without_consent: true }` (\"we collect no personal information without your prior consent\"); `false` said nothing: delete it",
    },
];

/// The move of `path`, a dotted key path (indexes such as `[0]` ignored).
pub fn moved(path: &str) -> Option<&'static Moved> {
    let mut plain = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    MOVED.iter().find(|m| m.old == plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_move_through_indexes() {
        assert_eq!(
            moved("legal.jurisdiction").map(|m| m.new),
            Some("jurisdiction")
        );
        assert!(moved("legal").is_none());
        assert!(moved("legal.jurisdictions").is_none());
    }
}
