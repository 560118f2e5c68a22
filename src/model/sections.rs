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

use super::{CookieDetails, CookieItem, Cookies, Policy, Refuse, Service, TrackingFunctions};

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
    /// The template that renders its body (a theme may replace it).
    pub partial: &'static str,
    /// Every built-in sentence the section may print, with the datum that
    /// backs it: the default theme asks for no other message there (tested
    /// by rendering every example with a tracing renderer).
    pub messages: &'static [Msg],
}

/// A built-in sentence of a section and the datum it states.
#[derive(Debug)]
pub struct Msg {
    /// The message id, or the prefix of a family of value labels
    /// (`auto-category-`, one message per value of a list).
    pub id: &'static str,
    /// Whether `id` is the prefix of a family of labels.
    pub family: bool,
    /// The keys whose values the sentence states (any one of them brings
    /// it); none for the sentences that no datum backs yet (the page asserts
    /// them of every body that has the section: the model-2 work removes
    /// them, see docs/design/document-model-2.md, part 8).
    pub data: &'static [&'static str],
    /// When the sentence may be on the page: the datum is present (or, for
    /// a sentence without datum, the section is shown).
    pub when: fn(&Policy) -> bool,
}

impl Section {
    /// Whether the page shows it: its data says something, or the author
    /// wrote words of their own for it (`prose.<id>`).
    pub fn is_shown(&self, p: &Policy) -> bool {
        (self.shown)(p) || p.prose.keys().any(|k| k.as_str() == self.id)
    }

    /// Whether a document of `kind` can have it: not when every key it
    /// prints is one only the other kind writes ([`crate::model::KIND_ONLY`];
    /// `notices`, which the build fills, is a policy's).
    pub fn is_for(&self, kind: crate::model::DocKind) -> bool {
        use crate::model::DocKind;
        self.owns.iter().any(|key| {
            let top = key.split('.').next().unwrap_or(key);
            let only = match top {
                "notices" => Some(DocKind::Policy),
                _ => crate::model::KIND_ONLY
                    .iter()
                    .find(|(k, _)| *k == top)
                    .map(|(_, kind)| *kind),
            };
            only.is_none_or(|k| k == kind)
        })
    }
}

impl Msg {
    const fn new(
        id: &'static str,
        data: &'static [&'static str],
        when: fn(&Policy) -> bool,
    ) -> Msg {
        Msg {
            id,
            family: false,
            data,
            when,
        }
    }

    const fn labels(
        prefix: &'static str,
        data: &'static [&'static str],
        when: fn(&Policy) -> bool,
    ) -> Msg {
        Msg {
            id: prefix,
            family: true,
            data,
            when,
        }
    }

    /// Whether the message `id` is this one (or one of its family).
    pub fn names(&self, id: &str) -> bool {
        if self.family {
            id.strip_prefix(self.id)
                .is_some_and(|rest| !rest.is_empty())
        } else {
            id == self.id
        }
    }
}

const EMAIL_RULES: &[&str] = &[
    "voluntary.email_advice",
    "voluntary.reply_by_phone",
    "voluntary.same_rules_as_mail",
];

fn has_email_rules(p: &Policy) -> bool {
    let v = &p.voluntary;
    v.email_advice || v.reply_by_phone || v.same_rules_as_mail
}

fn only_by_email(p: &Policy) -> bool {
    matches!(
        p.voluntary.channels.as_slice(),
        [crate::model::Entry::Builtin(crate::model::Channel::Email)]
    )
}

fn states_use(p: &Policy) -> bool {
    let u = &p.use_;
    !u.purposes.is_empty()
        || u.only_for_collected_purposes
        || !u.never_for.is_empty()
        || !p.access.is_empty()
        || p.recipients.is_some()
        || p.transfers.is_some()
        || p.retention
            .as_ref()
            .is_some_and(|r| r.period.is_some() || r.then.is_some())
}

// The keys of recipients' parts as the three list spellings write them
// (`only:`, `including:`, a plain list), so that deleting the datum (the
// tracing test) reaches each. A recipient itself is deleted with the whole
// `recipients` key: a plain list's items cannot lose their `who`.
const RECIPIENT_CASES: &[&str] = &[
    "recipients.only.when",
    "recipients.including.when",
    "recipients.when",
];
const INFORMATION: &[&str] = &[
    "recipients.only.information",
    "recipients.including.information",
    "recipients.information",
    "transfers.information",
];
const PURPOSES: &[&str] = &[
    "recipients.only.purposes",
    "recipients.including.purposes",
    "recipients.purposes",
    "transfers.purposes",
];
const USE_PURPOSES: &[&str] = &[
    "use.purposes",
    "recipients.only.purposes",
    "recipients.including.purposes",
    "recipients.purposes",
    "transfers.purposes",
];

const INFORMATION_OR_PURPOSES: &[&str] = &[
    "recipients.only.information",
    "recipients.including.information",
    "recipients.information",
    "transfers.information",
    "recipients.only.purposes",
    "recipients.including.purposes",
    "recipients.purposes",
    "transfers.purposes",
];

fn recipient_list(p: &Policy) -> Option<&crate::model::RecipientList> {
    match &p.recipients {
        Some(crate::model::Recipients::Listed(l)) => Some(l),
        _ => None,
    }
}

fn recipients_any(p: &Policy, f: fn(&crate::model::Recipient) -> bool) -> bool {
    recipient_list(p).is_some_and(|l| l.list.iter().any(f))
}

fn transfer_list(p: &Policy) -> &[crate::model::Transfer] {
    match &p.transfers {
        Some(crate::model::Transfers::Listed(l)) => l,
        _ => &[],
    }
}

fn quotes_s65(p: &Policy) -> bool {
    p.legal.quote_section_65
}

fn states_introduction(p: &Policy) -> bool {
    let (i, c) = (&p.introduction, &p.collection);
    i.thanks
        || i.commitment
        || c.none_without_consent
        || c.only_when_you_choose
        || c.only_necessary
        || c.notice_at_collection
}

fn oversees_compliance(p: &Policy) -> bool {
    p.legal.oversight.is_some_and(|o| o.oversees_compliance)
}

fn states_automatic(p: &Policy) -> bool {
    let a = &p.automatic;
    a.identifies.is_some()
        || !a.categories.is_empty()
        || !a.purposes.is_empty()
        || !a.statistics.is_empty()
        || a.security_monitoring.on
}

fn states_cookies(p: &Policy) -> bool {
    p.cookies.as_ref().is_some_and(Cookies::says_something)
        || p.tracking.as_ref().is_some_and(|t| !t.is_empty())
}

/// What the policy says of its cookies, unless it says it places none.
fn cookie_details(p: &Policy) -> Option<&CookieDetails> {
    p.cookies.as_ref().and_then(Cookies::details)
}

fn cookie_items(p: &Policy) -> &[CookieItem] {
    cookie_details(p).map_or(&[], |d| d.items.as_slice())
}

fn any_item(p: &Policy, f: fn(&CookieItem) -> bool) -> bool {
    cookie_items(p).iter().any(f)
}

fn refuse(p: &Policy) -> Option<&Refuse> {
    cookie_details(p).and_then(|d| d.refuse.as_ref())
}

fn any_service(p: &Policy, f: fn(&Service) -> bool) -> bool {
    p.services.iter().any(f)
}

fn tracking_functions(p: &Policy) -> Option<&TrackingFunctions> {
    p.tracking.as_ref().and_then(|t| t.functions.as_ref())
}

fn states_voluntary(p: &Policy) -> bool {
    let v = &p.voluntary;
    !v.categories.is_empty()
        || !v.channels.is_empty()
        || v.reply.is_some()
        || v.refusal_consequence.is_some()
        || has_email_rules(p)
        || v.staff_trained
        || !v.alternatives.is_empty()
}

fn states_rights(p: &Policy) -> bool {
    let r = &p.rights;
    has_right(p)
        || r.complaint
        || r.online_access.is_some()
        || r.exercise.is_some()
        || r.contact.is_some()
        || r.questions.is_some()
        || p.complaints.internal.is_some()
}

fn states_legal(p: &Policy) -> bool {
    let l = &p.legal;
    !l.acts.is_empty() || oversees_compliance(p) || l.quote_section_65 || !l.banks.is_empty()
}

fn has_right(p: &Policy) -> bool {
    p.rights.access || p.rights.correction || p.rights.deletion
}

fn states_fields(p: &Policy) -> bool {
    !p.fields.is_empty() || p.reply.is_some() || p.refusal.is_some()
}

/// Whether some field says its own reply (then each field is marked).
fn fields_differ(p: &Policy) -> bool {
    p.fields
        .iter()
        .any(|f| f.reply().is_some_and(|r| Some(r) != p.reply))
}

/// The built-in sections, in page order. A collection notice's own rows
/// (`form`, `fields`, `privacy-policy`) show only on notices, whose keys
/// they print; a policy's (`introduction`, `automatic`, …) only on
/// policies: a notice neither writes nor inherits their keys
/// ([`crate::model::KIND_ONLY`]).
pub const SECTIONS: &[Section] = &[
    Section {
        id: "form",
        owns: &["form"],
        shown: |p| p.form.is_some(),
        optional: false,
        partial: "sections/form.html",
        messages: &[Msg::new("notice-form-lead", &["form"], |p| {
            p.form.is_some()
        })],
    },
    Section {
        id: "fields",
        owns: &["fields", "reply", "refusal"],
        shown: states_fields,
        optional: true,
        partial: "sections/fields.html",
        messages: &[
            Msg::new("notice-fields-lead", &["fields"], |p| !p.fields.is_empty()),
            Msg::labels("voluntary-category-", &["fields"], |p| !p.fields.is_empty()),
            Msg::new("notice-field-reply", &["fields.reply"], fields_differ),
            Msg::new("notice-reply", &["reply"], |p| {
                p.reply.is_some() && !fields_differ(p)
            }),
        ],
    },
    Section {
        id: "introduction",
        owns: &["introduction", "collection"],
        shown: states_introduction,
        optional: true,
        partial: "sections/introduction.html",
        messages: &[
            Msg::new("intro-thanks", &["introduction.thanks"], |p| {
                p.introduction.thanks
            }),
            Msg::new("intro-commitment", &["introduction.commitment"], |p| {
                p.introduction.commitment
            }),
            Msg::new(
                "collection-none-without-consent",
                &["collection.none_without_consent"],
                |p| p.collection.none_without_consent,
            ),
            Msg::new(
                "collection-only-when-you-choose",
                &["collection.only_when_you_choose"],
                |p| p.collection.only_when_you_choose,
            ),
            Msg::new(
                "collection-only-necessary",
                &["collection.only_necessary"],
                |p| p.collection.only_necessary,
            ),
            Msg::new(
                "collection-notice-at-collection",
                &["collection.notice_at_collection"],
                |p| p.collection.notice_at_collection,
            ),
        ],
    },
    Section {
        id: "automatic",
        owns: &["automatic"],
        shown: states_automatic,
        optional: true,
        partial: "sections/automatic.html",
        messages: &[
            Msg::new("automatic-exchange", &["automatic.identifies"], |p| {
                p.automatic.identifies.is_some()
            }),
            Msg::new(
                "automatic-categories-lead",
                &["automatic.categories"],
                |p| !p.automatic.categories.is_empty(),
            ),
            Msg::labels("auto-category-", &["automatic.categories"], |p| {
                !p.automatic.categories.is_empty()
            }),
            Msg::new("automatic-purposes-lead", &["automatic.purposes"], |p| {
                !p.automatic.purposes.is_empty()
            }),
            Msg::labels("auto-purpose-", &["automatic.purposes"], |p| {
                !p.automatic.purposes.is_empty()
            }),
            Msg::new(
                "automatic-statistics-lead",
                &["automatic.statistics"],
                |p| !p.automatic.statistics.is_empty(),
            ),
            Msg::labels("statistic-", &["automatic.statistics"], |p| {
                !p.automatic.statistics.is_empty()
            }),
            Msg::new(
                "automatic-security-monitoring",
                &["automatic.security_monitoring"],
                |p| p.automatic.security_monitoring.on,
            ),
            Msg::new(
                "automatic-security-not-linked",
                &["automatic.security_monitoring.not_linked_to_identity"],
                |p| p.automatic.security_monitoring.not_linked_to_identity,
            ),
            Msg::new(
                "automatic-security-further-action",
                &["automatic.security_monitoring.further_action"],
                |p| p.automatic.security_monitoring.further_action,
            ),
        ],
    },
    Section {
        id: "cookies",
        owns: &["cookies", "tracking"],
        shown: states_cookies,
        optional: true,
        partial: "sections/cookies.html",
        messages: &[
            Msg::new("cookies-none", &["cookies"], |p| {
                p.cookies == Some(Cookies::None)
            }),
            Msg::new("cookies-no-persistent", &["cookies.no_persistent"], |p| {
                cookie_details(p).is_some_and(|d| d.no_persistent)
            }),
            Msg::new("cookies-items-caption", &["cookies.items"], |p| {
                !cookie_items(p).is_empty()
            }),
            Msg::new("cookie-column-name", &["cookies.items.name"], |p| {
                any_item(p, |i| i.name.is_some())
            }),
            Msg::new("cookie-column-provider", &["cookies.items.provider"], |p| {
                any_item(p, |i| i.provider.is_some())
            }),
            Msg::new("cookie-provider-own", &["cookies.items.provider"], |p| {
                any_item(p, |i| i.provider.is_some()) && any_item(p, |i| i.provider.is_none())
            }),
            Msg::new("cookie-column-purpose", &["cookies.items.purpose"], |p| {
                any_item(p, |i| i.purpose.is_some())
            }),
            Msg::labels("cookie-purpose-", &["cookies.items.purpose"], |p| {
                any_item(p, |i| i.purpose.is_some())
            }),
            Msg::new(
                "cookie-column-essential",
                &["cookies.items.essential"],
                |p| any_item(p, |i| i.essential.is_some()),
            ),
            Msg::new("cookie-essential", &["cookies.items.essential"], |p| {
                any_item(p, |i| i.essential.is_some())
            }),
            Msg::new("cookie-column-lifetime", &["cookies.items.lifetime"], |p| {
                any_item(p, |i| i.lifetime.is_some())
            }),
            Msg::new("cookie-lifetime", &["cookies.items.lifetime"], |p| {
                any_item(p, |i| i.lifetime.is_some())
            }),
            Msg::new("cookie-column-storage", &["cookies.items.storage"], |p| {
                any_item(p, |i| i.storage.is_some())
            }),
            Msg::labels("cookie-storage-", &["cookies.items.storage"], |p| {
                any_item(p, |i| i.storage.is_some())
            }),
            Msg::new("cookie-column-type", &["cookies.items.type"], |p| {
                any_item(p, |i| i.kind.is_some())
            }),
            Msg::labels("cookie-type-", &["cookies.items.type"], |p| {
                any_item(p, |i| i.kind.is_some())
            }),
            Msg::new(
                "cookies-no-personal-information",
                &["cookies.no_personal_information"],
                |p| cookie_details(p).is_some_and(|d| d.no_personal_information),
            ),
            Msg::new("cookies-consent", &["cookies.consent"], |p| {
                cookie_details(p).is_some_and(|d| d.consent.is_some())
            }),
            Msg::new("cookies-refuse-browser", &["cookies.refuse.browser"], |p| {
                refuse(p).is_some_and(|r| r.browser)
            }),
            Msg::labels("consequence-", &["cookies.refuse.consequence"], |p| {
                refuse(p).is_some_and(|r| r.consequence.is_some())
            }),
            Msg::new("cookies-withdraw-lead", &["cookies.refuse.withdraw"], |p| {
                refuse(p).is_some_and(|r| r.withdraw.is_some())
            }),
            Msg::new(
                "cookies-linked-sites",
                &["cookies.linked_sites_may_set"],
                |p| cookie_details(p).is_some_and(|d| d.linked_sites_may_set),
            ),
            Msg::new("tracking-none", &["tracking.functions"], |p| {
                tracking_functions(p) == Some(&TrackingFunctions::None)
            }),
            Msg::new("tracking-functions-lead", &["tracking.functions"], |p| {
                matches!(tracking_functions(p), Some(TrackingFunctions::Some(_)))
            }),
            Msg::labels("tracking-function-", &["tracking.functions"], |p| {
                matches!(tracking_functions(p), Some(TrackingFunctions::Some(_)))
            }),
            Msg::new(
                "tracking-off-by-default",
                &["tracking.off_by_default"],
                |p| p.tracking.as_ref().is_some_and(|t| t.off_by_default),
            ),
            Msg::new(
                "tracking-how-to-activate",
                &["tracking.how_to_activate"],
                |p| {
                    p.tracking
                        .as_ref()
                        .is_some_and(|t| t.how_to_activate.is_some())
                },
            ),
        ],
    },
    Section {
        id: "services",
        owns: &["services"],
        shown: |p| !p.services.is_empty(),
        optional: true,
        partial: "sections/services.html",
        messages: &[
            Msg::new("service-lead", &["services"], |p| !p.services.is_empty()),
            Msg::labels("service-role-", &["services.role"], |p| {
                any_service(p, |s| s.role.is_some())
            }),
            Msg::new("service-anonymous", &["services.anonymous"], |p| {
                any_service(p, |s| s.anonymous)
            }),
            Msg::new("service-information-lead", &["services.information"], |p| {
                any_service(p, |s| !s.information.is_empty())
            }),
            Msg::labels("auto-category-", &["services.information"], |p| {
                any_service(p, |s| !s.information.is_empty())
            }),
            Msg::new("service-purposes-lead", &["services.purposes"], |p| {
                any_service(p, |s| !s.purposes.is_empty())
            }),
            Msg::labels("auto-purpose-", &["services.purposes"], |p| {
                any_service(p, |s| !s.purposes.is_empty())
            }),
            Msg::new("service-processed-in", &["services.processed_in"], |p| {
                any_service(p, |s| s.processed_in.is_some())
            }),
            Msg::labels("country-in-", &["services.processed_in"], |p| {
                any_service(p, |s| {
                    matches!(s.processed_in, Some(crate::model::Place::Country(_)))
                })
            }),
            Msg::new("service-sets-cookies", &["services.sets_cookies"], |p| {
                any_service(p, |s| s.sets_cookies.is_some())
            }),
            Msg::new(
                "service-terms-require-data",
                &["services.terms_require_data"],
                |p| any_service(p, |s| s.terms_require_data),
            ),
            Msg::new("service-policy", &["services.policy"], |p| {
                any_service(p, |s| s.policy.is_some())
            }),
            Msg::new("service-opt-out-lead", &["services.opt_out"], |p| {
                any_service(p, |s| !s.opt_out.is_empty())
            }),
            Msg::labels("consequence-", &["services.opt_out_consequence"], |p| {
                any_service(p, |s| s.opt_out_consequence.is_some())
            }),
        ],
    },
    Section {
        id: "voluntary",
        owns: &["voluntary"],
        shown: states_voluntary,
        optional: true,
        partial: "sections/voluntary.html",
        messages: &[
            Msg::new("voluntary-give-lead", &["voluntary.categories"], |p| {
                !p.voluntary.categories.is_empty()
            }),
            Msg::labels("voluntary-category-", &["voluntary.categories"], |p| {
                !p.voluntary.categories.is_empty()
            }),
            Msg::new("voluntary-occasions-lead", &["voluntary.occasions"], |p| {
                !p.voluntary.occasions.is_empty()
            }),
            Msg::labels("occasion-", &["voluntary.occasions"], |p| {
                !p.voluntary.occasions.is_empty()
            }),
            Msg::new("voluntary-channels-lead", &["voluntary.channels"], |p| {
                !p.voluntary.channels.is_empty()
            }),
            Msg::labels(
                "channel-",
                &["voluntary.channels", "voluntary.alternatives"],
                |p| !p.voluntary.channels.is_empty() || !p.voluntary.alternatives.is_empty(),
            ),
            Msg::new("voluntary-reply", &["voluntary.reply"], |p| {
                p.voluntary.reply.is_some()
            }),
            Msg::new(
                "voluntary-alternatives-lead",
                &["voluntary.alternatives"],
                |p| !p.voluntary.alternatives.is_empty(),
            ),
            Msg::new(
                "voluntary-alternatives-note",
                &["voluntary.alternatives_not_all_available"],
                |p| p.voluntary.alternatives_not_all_available,
            ),
            Msg::new("voluntary-email-heading", EMAIL_RULES, has_email_rules),
            // With email as the only channel, the advice is part of the
            // channel's sentence (one statement, not two that contradict).
            Msg::new("voluntary-email-advice", &["voluntary.email_advice"], |p| {
                p.voluntary.email_advice && !only_by_email(p)
            }),
            Msg::new(
                "voluntary-reply-by-phone",
                &["voluntary.reply_by_phone"],
                |p| p.voluntary.reply_by_phone,
            ),
            Msg::new(
                "voluntary-same-rules",
                &["voluntary.same_rules_as_mail"],
                |p| p.voluntary.same_rules_as_mail,
            ),
            Msg::new(
                "voluntary-staff-trained",
                &["voluntary.staff_trained"],
                |p| p.voluntary.staff_trained,
            ),
        ],
    },
    Section {
        id: "online-services",
        owns: &["voluntary.online_services"],
        shown: |p| p.voluntary.online_services.is_some(),
        optional: true,
        partial: "sections/online-services.html",
        messages: &[
            Msg::new(
                "online-services-lead",
                &["voluntary.online_services.purposes"],
                |p| p.voluntary.online_services.is_some(),
            ),
            Msg::labels(
                "identification-purpose-",
                &["voluntary.online_services.purposes"],
                |p| {
                    p.voluntary
                        .online_services
                        .as_ref()
                        .is_some_and(|o| !o.purposes.is_empty())
                },
            ),
            Msg::new(
                "online-services-required",
                &["voluntary.online_services.required"],
                |p| {
                    p.voluntary
                        .online_services
                        .as_ref()
                        .is_some_and(|o| o.required)
                },
            ),
            Msg::new(
                "online-services-credentials",
                &["voluntary.online_services.credentials"],
                |p| {
                    p.voluntary
                        .online_services
                        .as_ref()
                        .is_some_and(|o| o.credentials)
                },
            ),
            Msg::new(
                "online-services-user-responsible",
                &["voluntary.online_services.user_responsible"],
                |p| {
                    p.voluntary
                        .online_services
                        .as_ref()
                        .is_some_and(|o| o.user_responsible)
                },
            ),
        ],
    },
    Section {
        id: "newsletter",
        owns: &["voluntary.newsletter"],
        shown: |p| p.voluntary.newsletter.is_some(),
        optional: true,
        partial: "sections/newsletter.html",
        messages: &[
            Msg::new(
                "newsletter-lead",
                &["voluntary.newsletter.categories"],
                |p| p.voluntary.newsletter.is_some(),
            ),
            Msg::labels(
                "voluntary-category-",
                &["voluntary.newsletter.categories"],
                |p| {
                    p.voluntary
                        .newsletter
                        .as_ref()
                        .is_some_and(|n| !n.categories.is_empty())
                },
            ),
            Msg::new("newsletter-use", &["voluntary.newsletter.shared"], |p| {
                p.voluntary
                    .newsletter
                    .as_ref()
                    .is_some_and(|n| n.shared.is_some())
            }),
        ],
    },
    Section {
        id: "notices",
        // Not a key an author writes: the build lists the notices naming
        // the policy (`diff` tells a change of them under this section).
        owns: &["notices"],
        shown: |p| !p.notices.is_empty(),
        optional: true,
        partial: "sections/notices.html",
        messages: &[Msg::new("notices-lead", &["notices"], |p| {
            !p.notices.is_empty()
        })],
    },
    Section {
        id: "use-and-disclosure",
        owns: &["use", "access", "recipients", "transfers", "retention"],
        shown: states_use,
        optional: true,
        partial: "sections/use-and-disclosure.html",
        messages: &[
            Msg::new("use-purposes-lead", &["use.purposes"], |p| {
                !p.use_.purposes.is_empty()
            }),
            Msg::labels("voluntary-purpose-", USE_PURPOSES, |p| {
                !p.use_.purposes.is_empty()
                    || recipients_any(p, |r| !r.purposes.is_empty())
                    || transfer_list(p).iter().any(|t| !t.purposes.is_empty())
            }),
            Msg::new(
                "use-only-for-collected-purposes",
                &["use.only_for_collected_purposes"],
                |p| p.use_.only_for_collected_purposes,
            ),
            Msg::new(
                "use-or-consistent-purposes",
                &["use.or_consistent_purposes"],
                |p| p.use_.only_for_collected_purposes && p.use_.or_consistent_purposes,
            ),
            Msg::new("use-never-for", &["use.never_for"], |p| {
                !p.use_.never_for.is_empty()
            }),
            Msg::labels("forbidden-use-", &["use.never_for"], |p| {
                !p.use_.never_for.is_empty()
            }),
            Msg::new("use-access-lead", &["access"], |p| !p.access.is_empty()),
            Msg::labels("access-group-", &["access"], |p| !p.access.is_empty()),
            Msg::new("recipients-none", &["recipients"], |p| {
                matches!(p.recipients, Some(crate::model::Recipients::None))
            }),
            Msg::new("recipient-cases", &["recipients"], |p| {
                recipient_list(p).is_some_and(|l| !l.list.is_empty())
            }),
            Msg::labels("recipient-kind-", &["recipients"], |p| {
                recipient_list(p).is_some_and(|l| !l.list.is_empty() || !l.never.is_empty())
            }),
            Msg::labels("disclosure-", RECIPIENT_CASES, |p| {
                recipients_any(p, |r| !r.when.is_empty())
            }),
            Msg::new("recipient-information", INFORMATION, |p| {
                recipients_any(p, |r| !r.information.is_empty())
                    || transfer_list(p).iter().any(|t| !t.information.is_empty())
            }),
            Msg::new("recipient-purposes", PURPOSES, |p| {
                recipients_any(p, |r| !r.purposes.is_empty())
                    || transfer_list(p).iter().any(|t| !t.purposes.is_empty())
            }),
            Msg::labels("voluntary-category-", INFORMATION, |p| {
                recipients_any(p, |r| !r.information.is_empty())
                    || transfer_list(p).iter().any(|t| !t.information.is_empty())
            }),
            Msg::new("recipients-no-others", &["recipients.only"], |p| {
                recipient_list(p).is_some_and(|l| l.list.complete && !l.list.is_empty())
            }),
            Msg::new("recipients-never", &["recipients.never"], |p| {
                recipient_list(p).is_some_and(|l| !l.never.is_empty())
            }),
            Msg::new("list-and", INFORMATION_OR_PURPOSES, |p| {
                recipients_any(p, |r| r.information.len() > 1 || r.purposes.len() > 1)
                    || transfer_list(p)
                        .iter()
                        .any(|t| t.information.len() > 1 || t.purposes.len() > 1)
            }),
            Msg::new("list-nor", &["use.never_for", "recipients.never"], |p| {
                recipient_list(p).is_some_and(|l| l.never.len() > 1) || p.use_.never_for.len() > 1
            }),
            Msg::new("transfers-none", &["transfers"], |p| {
                matches!(p.transfers, Some(crate::model::Transfers::None))
            }),
            Msg::new("transfer", &["transfers"], |p| !transfer_list(p).is_empty()),
            Msg::labels("destination-", &["transfers"], |p| {
                !transfer_list(p).is_empty()
            }),
            Msg::new("retention-period", &["retention.period"], |p| {
                p.retention.as_ref().is_some_and(|r| r.period.is_some())
            }),
            Msg::new("retention-then", &["retention.then"], |p| {
                p.retention.as_ref().is_some_and(|r| r.then.is_some())
            }),
        ],
    },
    Section {
        id: "security",
        owns: &["security"],
        shown: |p| !p.security.measures.is_empty() || p.security.evolving,
        optional: true,
        partial: "sections/security.html",
        messages: &[
            Msg::new("security-lead", &["security.measures"], |p| {
                !p.security.measures.is_empty()
            }),
            Msg::new("security-evolving", &["security.evolving"], |p| {
                p.security.evolving
            }),
            Msg::labels("security-measure-", &["security.measures"], |p| {
                !p.security.measures.is_empty()
            }),
        ],
    },
    Section {
        id: "rights",
        owns: &["rights", "complaints"],
        shown: states_rights,
        optional: true,
        partial: "sections/rights.html",
        messages: &[
            Msg::new(
                "rights-intro",
                &["rights.access", "rights.correction", "rights.deletion"],
                has_right,
            ),
            Msg::new("rights-online-access", &["rights.online_access"], |p| {
                p.rights.online_access.is_some()
            }),
            Msg::new("rights-complaint", &["rights.complaint"], |p| {
                p.rights.complaint
            }),
            Msg::new("rights-review", &["rights.review"], |p| p.rights.review),
            Msg::new("rights-exercise", &["rights.exercise"], |p| {
                p.rights.exercise.is_some() && has_right(p)
            }),
            Msg::labels("channel-", &["rights.exercise.by"], |p| {
                p.rights.exercise.as_ref().is_some_and(|e| !e.by.is_empty())
            }),
            Msg::new("list-or", &["rights.exercise.by"], |p| {
                p.rights.exercise.as_ref().is_some_and(|e| e.by.len() > 1)
            }),
            Msg::new("rights-contact-heading", &["rights.contact"], |p| {
                p.rights.contact.is_some()
            }),
            Msg::new("contact-email", &["rights.contact.email"], |p| {
                p.rights.contact.as_ref().is_some_and(|c| c.email.is_some())
            }),
            Msg::new("contact-phone", &["rights.contact.phone"], |p| {
                p.rights.contact.as_ref().is_some_and(|c| c.phone.is_some())
            }),
            Msg::new("contact-toll-free", &["rights.contact.toll_free"], |p| {
                p.rights
                    .contact
                    .as_ref()
                    .is_some_and(|c| c.toll_free.is_some())
            }),
            Msg::new("contact-fax", &["rights.contact.fax"], |p| {
                p.rights.contact.as_ref().is_some_and(|c| c.fax.is_some())
            }),
            Msg::new("rights-questions", &["rights.questions"], |p| {
                p.rights.questions.is_some()
            }),
            Msg::new("contact-form", &["rights.contact.form"], |p| {
                p.rights.contact.as_ref().is_some_and(|c| c.form.is_some())
            }),
            Msg::new("complaints-internal", &["complaints.internal"], |p| {
                p.complaints.internal.is_some()
            }),
        ],
    },
    Section {
        id: "legal",
        owns: &["legal"],
        shown: states_legal,
        optional: true,
        partial: "sections/legal.html",
        messages: &[
            Msg::new("legal-acts-lead", &["legal.acts"], |p| {
                !p.legal.acts.is_empty()
            }),
            Msg::labels("act-", &["legal.acts"], |p| !p.legal.acts.is_empty()),
            Msg::new("cite-group", &["legal.acts.cite"], |p| {
                p.legal.acts.iter().any(|a| !a.cite.is_empty())
            }),
            Msg::new("cite-ref", &["legal.acts.cite"], |p| {
                p.legal.acts.iter().any(|a| !a.cite.is_empty())
            }),
            Msg::new("list-and", &["legal.acts.cite"], |p| {
                p.legal.acts.iter().any(|a| a.cite.len() > 1)
            }),
            Msg::new("legal-s65-lead", &["legal.quote_section_65"], quotes_s65),
            Msg::new("legal-s65-name", &["legal.quote_section_65"], quotes_s65),
            Msg::new(
                "legal-s65-purposes",
                &["legal.quote_section_65"],
                quotes_s65,
            ),
            Msg::new("legal-s65-reply", &["legal.quote_section_65"], quotes_s65),
            Msg::new("legal-s65-refusal", &["legal.quote_section_65"], quotes_s65),
            Msg::new("legal-s65-rights", &["legal.quote_section_65"], quotes_s65),
            Msg::new(
                "legal-oversight",
                &["legal.oversight.oversees_compliance"],
                oversees_compliance,
            ),
            Msg::new("legal-banks-lead", &["legal.banks"], |p| {
                !p.legal.banks.is_empty()
            }),
            Msg::new("legal-bank", &["legal.banks"], |p| {
                !p.legal.banks.is_empty()
            }),
        ],
    },
    Section {
        id: "links",
        owns: &["links"],
        shown: |p| !p.links.other_sites.is_empty(),
        optional: true,
        partial: "sections/links.html",
        messages: &[
            Msg::new("links-other-sites", &["links.other_sites"], |p| {
                !p.links.other_sites.is_empty()
            }),
            Msg::labels("linked-sites-", &["links.other_sites"], |p| {
                !p.links.other_sites.is_empty()
            }),
            Msg::new("list-and", &["links.other_sites"], |p| {
                p.links.other_sites.len() > 1
            }),
            Msg::new(
                "links-policy-does-not-apply",
                &["links.policy_does_not_apply"],
                |p| !p.links.other_sites.is_empty() && p.links.policy_does_not_apply,
            ),
            Msg::new(
                "links-their-policies-apply",
                &["links.their_policies_apply"],
                |p| !p.links.other_sites.is_empty() && p.links.their_policies_apply,
            ),
            Msg::new("links-exit-notice", &["links.exit_notice"], |p| {
                !p.links.other_sites.is_empty() && p.links.exit_notice
            }),
        ],
    },
    Section {
        id: "privacy-policy",
        owns: &["privacy_policy"],
        shown: |p| p.policy_page.is_some(),
        optional: false,
        partial: "sections/privacy-policy.html",
        messages: &[Msg::new(
            "notice-privacy-policy",
            &["privacy_policy"],
            |p| p.policy_page.is_some(),
        )],
    },
    Section {
        id: "history",
        owns: &["history"],
        shown: |p| !p.history.is_empty(),
        optional: true,
        partial: "sections/history.html",
        messages: &[Msg::new("history-lead", &["history"], |p| {
            !p.history.is_empty()
        })],
    },
];

/// The keys of a policy that no section prints: the page's own details
/// (its title, the organization, its addresses, its date) and what only
/// the tool reads.
pub const DOCUMENT_KEYS: &[&str] = &[
    "title",
    "kind",
    "jurisdiction",
    "slug",
    "organization",
    "updated",
    "extends",
    "allow",
    "sections",
    "prose",
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
    get(id).is_some_and(|s| s.is_shown(policy))
}

/// The section that prints `key`, a dotted path (`voluntary.newsletter.shared`,
/// `rights.contact.email`; list indexes such as `[0]` are allowed): the one
/// with the longest owned prefix; for the author's own words in a section
/// (`prose.cookies.after`), that section. `None` for a document key.
pub fn owner_of(key: &str) -> Option<&'static Section> {
    if let Some(rest) = key.strip_prefix("prose.") {
        let id = rest.split(['.', '[']).next().unwrap_or(rest);
        return get(id);
    }
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
            owner_of("use.purposes[0]").map(|s| s.id),
            Some("use-and-disclosure")
        );
        assert_eq!(
            owner_of("recipients.only[1].when").map(|s| s.id),
            Some("use-and-disclosure")
        );
        assert_eq!(
            owner_of("transfers[0].to").map(|s| s.id),
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
            owner_of("collection.none_without_consent").map(|s| s.id),
            Some("introduction")
        );
        // s. 65.0.1 is told with the cookies; each service in its section.
        assert_eq!(
            owner_of("tracking.functions").map(|s| s.id),
            Some("cookies")
        );
        assert_eq!(
            owner_of("cookies.items[1].provider").map(|s| s.id),
            Some("cookies")
        );
        assert_eq!(
            owner_of("services[0].opt_out[1].url").map(|s| s.id),
            Some("services")
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
