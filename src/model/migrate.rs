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
    Moved {
        old: "voluntary.purposes",
        new: "use.purposes",
        hint: "what personal information is used for is now `use.purposes` (the same values; add `research`, `evaluation`… as they apply). When people give it (\"if you wish to: …\") is `voluntary.occasions`",
    },
    Moved {
        old: "use.purpose_only",
        new: "use.only_for_collected_purposes",
        hint: "renamed: write `only_for_collected_purposes: true` under `use:` if the policy says it",
    },
    Moved {
        old: "use.access",
        new: "access",
        hint: "who inside the body has access is now the top-level `access:` (the same values), shared with collection notices",
    },
    Moved {
        old: "use.disclosure",
        new: "recipients",
        hint: "say who receives the information and when: `recipients: { only: [{ who: other-public-bodies, when: { only: [request-concerns-body, required-by-law] } }] }`; `approved-agreements` is now `written-agreements`, or your own term with the policy's words",
    },
    Moved {
        old: "use.no_profiling",
        new: "use.never_for",
        hint: "write `never_for: [profiling]` under `use:` if the policy says it",
    },
    Moved {
        old: "use.no_private_disclosure",
        new: "recipients.never",
        hint: "write `recipients: { never: [private-organizations] }` (beside the recipients the policy names) if the policy says it",
    },
    Moved {
        old: "use.retention",
        new: "retention.then",
        hint: "write `retention: { then: archived-or-destroyed }` at the top level, and `securely: true` if the policy says it is done securely",
    },
    Moved {
        old: "use.research",
        new: "use.purposes",
        hint: "list these uses in `use.purposes`: `research`, `evaluation`, `investigation`, `survey`, as the policy names them",
    },
    Moved {
        old: "legal.outside_quebec",
        new: "transfers",
        hint: "`outside_quebec: false` becomes `transfers: none`; `true` becomes a list of where information goes: `transfers: [{ to: outside-quebec }]`",
    },
    Moved {
        old: "cookies.practice",
        new: "cookies",
        hint: "`practice: none` becomes `cookies: none`; for `session` or `persistent`, describe the cookies in `cookies.items` (`- { id: …, lifetime: session, purpose: navigation }`), and add `no_persistent: true` only if the policy says it places no persistent cookie",
    },
    Moved {
        old: "cookies.purpose",
        new: "cookies.items[].purpose",
        hint: "say why each cookie is set in `cookies.items`: `items: [{ id: …, purpose: navigation }]` (or `convenience`, `preferences`, `security`, `analytics`…); \"not to gather personal information\" is `no_personal_information: true`",
    },
    Moved {
        old: "cookies.refusable",
        new: "cookies.refuse.browser",
        hint: "write `refuse: { browser: true }`, and what refusing costs as `consequence: some-features-unavailable` (or your own text) only if the policy says so",
    },
    Moved {
        old: "cookies.analytics",
        new: "services",
        hint: "a web analytics service is a `services` entry with `role: web-analytics`: `services: [{ id: google-analytics, name: Google Analytics, role: web-analytics, anonymous: true, information: [age, gender, language, interests], opt_out: [...] }]`",
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
    }
}
