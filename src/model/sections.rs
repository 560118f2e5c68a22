//! The one table of a policy's built-in sections.
//!
//! Each section's id (its anchor, the same in both languages), the keys
//! whose content it prints, and when it is on the page. Every stage that
//! needs to know about sections reads this table and nothing else:
//! validation (free sections may not reuse an id, `after:` must name a
//! section), rendering (which sections a page has, in order), `diff` (a
//! section appearing or going, and under which section a change is told)
//! and the preview (under which section a problem is shown). Before it, the
//! list was written four times and the copies disagreed (`diff` told
//! `voluntary.purposes` under "voluntary" while the page prints it under
//! "use and disclosure"). See docs/design/document-model-2.md, part 2.

use super::Policy;

/// A built-in section of the policy page.
#[derive(Debug)]
pub struct Section {
    /// Its anchor and the suffix of its title's message (`section-<id>`).
    pub id: &'static str,
    /// The keys (dotted paths) whose content the section prints; the
    /// longest that starts a key owns it ([`owner_of`]).
    pub owns: &'static [&'static str],
    /// Whether the page shows it, from the policy's data alone (the same
    /// answer for both languages).
    pub shown: fn(&Policy) -> bool,
    /// Whether it can be absent, and so appear or go between two versions.
    pub optional: bool,
}

fn always(_: &Policy) -> bool {
    true
}

/// The built-in sections, in page order.
pub const SECTIONS: &[Section] = &[
    Section {
        id: "introduction",
        owns: &["voluntary.consent_required"],
        shown: always,
        optional: false,
    },
    Section {
        id: "automatic",
        owns: &["automatic"],
        shown: always,
        optional: false,
    },
    Section {
        id: "cookies",
        owns: &["cookies"],
        shown: always,
        optional: false,
    },
    Section {
        id: "voluntary",
        owns: &["voluntary"],
        shown: always,
        optional: false,
    },
    Section {
        id: "online-services",
        owns: &["voluntary.online_services"],
        shown: |p| p.voluntary.online_services.is_some(),
        optional: true,
    },
    Section {
        id: "newsletter",
        owns: &["voluntary.newsletter"],
        shown: |p| p.voluntary.newsletter.is_some(),
        optional: true,
    },
    Section {
        id: "use-and-disclosure",
        owns: &["use", "voluntary.purposes", "legal.outside_quebec"],
        shown: always,
        optional: false,
    },
    Section {
        id: "security",
        owns: &["security"],
        shown: |p| !p.security.measures.is_empty(),
        optional: true,
    },
    Section {
        id: "rights",
        owns: &["rights"],
        shown: always,
        optional: false,
    },
    Section {
        id: "legal",
        owns: &["legal"],
        shown: always,
        optional: false,
    },
    Section {
        id: "links",
        owns: &["links"],
        shown: |p| p.links.other_sites,
        optional: true,
    },
    Section {
        id: "history",
        owns: &["history"],
        shown: |p| !p.history.is_empty(),
        optional: true,
    },
];

/// The keys of a policy that no section prints: the page's own details
/// (its title, the organization, its addresses, its date) and what only
/// the tool reads.
pub const DOCUMENT_KEYS: &[&str] = &[
    "title",
    "kind",
    "slug",
    "organization",
    "updated",
    "extends",
    "allow",
    "sections",
];

/// The ids of the built-in sections, in page order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    SECTIONS.iter().map(|s| s.id)
}

/// The built-in section `id`.
pub fn get(id: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// Whether the built-in section `id` is on the policy's page (`false` for
/// an id that names none).
pub fn shown(policy: &Policy, id: &str) -> bool {
    get(id).is_some_and(|s| (s.shown)(policy))
}

/// The section that prints `key`, a dotted path (`voluntary.newsletter.shared`,
/// `rights.contact.email`; list indexes such as `[0]` are allowed): the one
/// with the longest owned prefix. `None` for a document key.
pub fn owner_of(key: &str) -> Option<&'static Section> {
    let starts = |prefix: &str| {
        key.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    SECTIONS
        .iter()
        .flat_map(|s| s.owns.iter().map(move |o| (s, *o)))
        .filter(|(_, o)| starts(o))
        .max_by_key(|(_, o)| o.len())
        .map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_one_owner_or_is_the_documents() {
        assert_eq!(
            owner_of("voluntary.purposes[0]").map(|s| s.id),
            Some("use-and-disclosure")
        );
        assert_eq!(
            owner_of("legal.outside_quebec.purposes").map(|s| s.id),
            Some("use-and-disclosure")
        );
        assert_eq!(owner_of("legal.acts[1]").map(|s| s.id), Some("legal"));
        assert_eq!(
            owner_of("voluntary.newsletter.shared").map(|s| s.id),
            Some("newsletter")
        );
        assert_eq!(
            owner_of("voluntary.channels").map(|s| s.id),
            Some("voluntary")
        );
        assert_eq!(
            owner_of("voluntary.consent_required").map(|s| s.id),
            Some("introduction")
        );
        assert!(owner_of("usefulness").is_none(), "a prefix is a whole key");
        assert!(owner_of("title.fr").is_none());
        // Every top-level key of a policy is a section's or the document's.
        let schema = crate::model::json_schema(crate::model::SchemaKind::Policy);
        let keys: Vec<&String> = schema["properties"].as_object().unwrap().keys().collect();
        assert!(keys.len() > 10);
        for key in keys {
            let owned = owner_of(key).is_some()
                || SECTIONS
                    .iter()
                    .any(|s| s.owns.iter().any(|o| o.starts_with(&format!("{key}."))));
            assert!(
                owned || DOCUMENT_KEYS.contains(&key.as_str()),
                "`{key}` has no section"
            );
        }
    }

    #[test]
    fn every_section_has_a_template_and_a_title() {
        let templates: Vec<String> = crate::defaults::templates()
            .into_iter()
            .map(|(p, _)| p)
            .collect();
        let ftl: String = crate::defaults::locale_files(crate::model::Lang::En)
            .into_iter()
            .map(|(_, t)| t)
            .collect();
        for s in SECTIONS {
            assert!(
                templates.contains(&format!("sections/{}.html", s.id)),
                "{}",
                s.id
            );
            assert!(
                ftl.contains(&format!("\nsection-{} =", s.id)),
                "section-{}",
                s.id
            );
        }
    }
}
