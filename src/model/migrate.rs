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
    /// How to rewrite it: the id of a message of the tool's catalogs
    /// (`tool-locales/<lang>/diagnostics-validate.ftl`).
    pub hint: &'static str,
}

/// Every key that moved, oldest first.
pub const MOVED: &[Moved] = &[
    Moved {
        old: "legal.jurisdiction",
        new: "jurisdiction",
        hint: crate::msg_id!("validate-moved-legal-jurisdiction"),
    },
    Moved {
        old: "voluntary.consent_required",
        new: "collection.none_without_consent",
        hint: crate::msg_id!("validate-moved-voluntary-consent-required"),
    },
    Moved {
        old: "voluntary.purposes",
        new: "use.purposes",
        hint: crate::msg_id!("validate-moved-voluntary-purposes"),
    },
    Moved {
        old: "use.purpose_only",
        new: "use.only_for_collected_purposes",
        hint: crate::msg_id!("validate-moved-use-purpose-only"),
    },
    Moved {
        old: "use.access",
        new: "access",
        hint: crate::msg_id!("validate-moved-use-access"),
    },
    Moved {
        old: "use.disclosure",
        new: "recipients",
        hint: crate::msg_id!("validate-moved-use-disclosure"),
    },
    Moved {
        old: "use.no_profiling",
        new: "use.never_for",
        hint: crate::msg_id!("validate-moved-use-no-profiling"),
    },
    Moved {
        old: "use.no_private_disclosure",
        new: "recipients.never",
        hint: crate::msg_id!("validate-moved-use-no-private-disclosure"),
    },
    Moved {
        old: "use.retention",
        new: "retention.then",
        hint: crate::msg_id!("validate-moved-use-retention"),
    },
    Moved {
        old: "use.research",
        new: "use.purposes",
        hint: crate::msg_id!("validate-moved-use-research"),
    },
    Moved {
        old: "legal.outside_quebec",
        new: "transfers",
        hint: crate::msg_id!("validate-moved-legal-outside-quebec"),
    },
    Moved {
        old: "cookies.practice",
        new: "cookies",
        hint: crate::msg_id!("validate-moved-cookies-practice"),
    },
    Moved {
        old: "cookies.purpose",
        new: "cookies.items[].purpose",
        hint: crate::msg_id!("validate-moved-cookies-purpose"),
    },
    Moved {
        old: "cookies.refusable",
        new: "cookies.refuse.browser",
        hint: crate::msg_id!("validate-moved-cookies-refusable"),
    },
    Moved {
        old: "cookies.analytics",
        new: "services",
        hint: crate::msg_id!("validate-moved-cookies-analytics"),
    },
    Moved {
        old: "legal.bank_number",
        new: "legal.banks",
        hint: crate::msg_id!("validate-moved-legal-bank-number"),
    },
    Moved {
        old: "legal.acts.sections",
        new: "legal.acts.cite",
        hint: crate::msg_id!("validate-moved-legal-acts-sections"),
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
        assert_eq!(moved("cookies.analytics").map(|m| m.new), Some("services"));
        assert!(moved("legal.jurisdictions").is_none());
        assert_eq!(
            moved("legal.acts[1].sections").map(|m| m.new),
            Some("legal.acts.cite")
        );
    }
}
