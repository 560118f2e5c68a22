//! Bilingual parity of free text: the English and French Markdown of a
//! section should have the same structure (paragraphs, list items, links,
//! headings). A difference usually means a paragraph was added in one
//! language and forgotten in the other.

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Lang, Policy};
use crate::msg;
use crate::resolve::{Resolved, Target};
use crate::tool_text::{Arg, Message};
use pulldown_cmark::{Event, Parser, Tag};

/// Counts of the structural elements of a Markdown text.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Paragraphs.
    pub paragraphs: usize,
    /// List items.
    pub list_items: usize,
    /// Links.
    pub links: usize,
    /// Headings.
    pub headings: usize,
}

/// The structure of a Markdown text.
pub fn shape(markdown: &str) -> Shape {
    let mut s = Shape::default();
    for e in Parser::new(markdown) {
        if let Event::Start(tag) = e {
            match tag {
                Tag::Paragraph => s.paragraphs += 1,
                Tag::Item => s.list_items += 1,
                Tag::Link { .. } => s.links += 1,
                Tag::Heading { .. } => s.headings += 1,
                _ => {}
            }
        }
    }
    s
}

/// Each difference between the two structures: what differs and the
/// count in each language.
fn describe(en: Shape, fr: Shape) -> Vec<Message> {
    let mut out = Vec::new();
    for (what, a, b) in [
        ("paragraphs", en.paragraphs, fr.paragraphs),
        ("list-items", en.list_items, fr.list_items),
        ("links", en.links, fr.links),
        ("headings", en.headings, fr.headings),
    ] {
        if a != b {
            out.push(msg!("lint-parity-difference", what = what, en = a, fr = b));
        }
    }
    out
}

/// Compares the structure of every Markdown body of a policy.
pub fn markdown(policy: &Policy, resolved: &Resolved) -> Diagnostics {
    let mut diags = Diagnostics::new();
    for (path, section, body) in super::markdown_bodies(policy) {
        let (en, fr) = (shape(body.get(Lang::En)), shape(body.get(Lang::Fr)));
        let differences = describe(en, fr);
        if differences.is_empty() {
            continue;
        }
        let (file, span) = resolved.locate(&path.key("fr"), Target::Value);
        let (efile, espan) = resolved.locate(&path.key("en"), Target::Value);
        diags.push(
            Diagnostic::warning(
                "markdown-parity",
                msg!(
                    "lint-parity",
                    section = section,
                    differences = Arg::List(differences)
                ),
            )
            .at(file, span)
            .with_related(efile, espan, msg!("lint-parity-english-text"))
            .with_key(path.to_string())
            .with_hint(msg!("lint-parity-hint")),
        );
    }
    diags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_structure_not_words() {
        let a = shape("One.\n\nTwo with [a link](https://x.ca).\n\n- a\n- b\n");
        let b = shape("Un.\n\nDeux avec [un lien](https://x.ca).\n\n- a\n- b\n");
        assert_eq!(a, b);
        let c = shape("Un.\n\n- a\n");
        let worded = |lang| {
            describe(a, c)
                .iter()
                .map(|m| m.in_lang(lang))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            worded(Lang::En),
            [
                "paragraphs: 2 in English, 1 in French",
                "list items: 2 in English, 1 in French",
                "links: 1 in English, 0 in French"
            ]
        );
        assert_eq!(
            worded(Lang::Fr),
            [
                "paragraphes\u{a0}: 2 en anglais, 1 en français",
                "éléments de liste\u{a0}: 2 en anglais, 1 en français",
                "liens\u{a0}: 1 en anglais, 0 en français"
            ]
        );
    }
}
