//! The legal rules: what each jurisdiction requires a policy to say.
//!
//! Built from `shared/domain/legal-requirements.md`. Each rule is satisfied
//! by fields of the data model, never by searching the prose, and says where
//! in the policy the missing element belongs. Rules whose citation has not
//! been confirmed in the official text are warnings, never errors.

use crate::model::{
    Act, Cookies, DocKind, Jurisdiction, Oversight, Policy, Recipients, Reply, TrackingFunctions,
};

/// What a rule found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The policy says what the law asks.
    Satisfied,
    /// The rule applies only "where applicable" (« le cas échéant ») and
    /// the policy has nothing it applies to: nothing to report, and an
    /// `allow` of it is not "unneeded" either (the body may know better).
    NotApplicable,
    /// It does not: the key where the element belongs and how to add it.
    Missing {
        /// Dotted path of the key to add or complete, e.g. `use.access`.
        key: &'static str,
        /// How to satisfy the rule.
        hint: &'static str,
    },
}

use Outcome::{Missing, NotApplicable, Satisfied};

/// One legal requirement.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable id, e.g. `QC-05`.
    pub id: &'static str,
    /// The jurisdiction whose documents it applies to.
    pub jurisdiction: Jurisdiction,
    /// The kind of document it applies to: privacy policies, or the
    /// collection notice of a form.
    pub kind: DocKind,
    /// What the policy must say, in plain words.
    pub element: &'static str,
    /// Where the law says so.
    pub citation: &'static str,
    /// Whether the citation was checked in the official text; rules "to
    /// confirm" are warnings only.
    pub confirmed: bool,
    /// The data that satisfies it, for the rules reference.
    pub satisfied_by: &'static str,
    /// The check.
    pub check: fn(&Policy) -> Outcome,
}

impl Outcome {
    /// This outcome if the element is missing, else `next`'s.
    fn and(self, next: impl FnOnce() -> Outcome) -> Outcome {
        match self {
            Satisfied => next(),
            other => other,
        }
    }
}

fn when(ok: bool, key: &'static str, hint: &'static str) -> Outcome {
    if ok {
        Satisfied
    } else {
        Missing { key, hint }
    }
}

fn cites(p: &Policy, act: Act, section: Option<&str>) -> bool {
    p.legal.acts.iter().any(|a| {
        a.act == act
            && section.is_none_or(|s| {
                a.sections
                    .iter()
                    .any(|x| x.trim() == s || x.trim().starts_with(&format!("{s}(")))
            })
    })
}

fn gives_voluntarily(p: &Policy) -> bool {
    !p.voluntary.categories.is_empty()
}

fn describes_collection(p: &Policy) -> Outcome {
    when(
        !p.automatic.categories.is_empty()
            || gives_voluntarily(p)
            || p.services.iter().any(|s| !s.information.is_empty()),
        "automatic.categories",
        "list what is collected in `automatic.categories` and `voluntary.categories`",
    )
}

fn states_purposes(p: &Policy) -> Outcome {
    if p.automatic.purposes.is_empty() {
        return Missing {
            key: "automatic.purposes",
            hint: "say why information is collected automatically in `automatic.purposes`",
        };
    }
    when(
        !gives_voluntarily(p) || !p.use_.purposes.is_empty(),
        "use.purposes",
        "say what the information people give is used for, in `use.purposes`",
    )
}

fn refusal_consequence(p: &Policy) -> Outcome {
    when(
        !gives_voluntarily(p) || p.voluntary.refusal_consequence.is_some(),
        "voluntary.refusal_consequence",
        "say what happens if the person refuses to give the information, in `voluntary.refusal_consequence`",
    )
}

/// The cookie items of the policy (none when it says `cookies: none`).
fn cookie_items(p: &Policy) -> &[crate::model::CookieItem] {
    p.cookies
        .as_ref()
        .and_then(Cookies::details)
        .map_or(&[], |d| d.items.as_slice())
}

/// QC-08: what refusing costs, for voluntary information and for optional
/// cookies (`essential: false`: the reader may refuse them).
fn refusal_consequences(p: &Policy) -> Outcome {
    let optional_cookies = cookie_items(p).iter().any(|i| i.essential == Some(false));
    let said = p
        .cookies
        .as_ref()
        .and_then(Cookies::details)
        .and_then(|d| d.refuse.as_ref())
        .is_some_and(|r| r.consequence.is_some());
    if optional_cookies && !said {
        return Missing {
            key: "cookies.refuse.consequence",
            hint: "some cookies are optional (`essential: false`): say what refusing them costs, e.g. `refuse: { consequence: some-features-unavailable }` or your own text `{ en: …, fr: … }`",
        };
    }
    refusal_consequence(p)
}

/// Whether the site uses a technology QC-15 (s. 65.0.1) is about: cookie
/// items, a service that says it places cookies, or a service whose role
/// works with such technology (web analytics, bot protection, maps, video).
fn uses_tracking_technology(p: &Policy) -> bool {
    !cookie_items(p).is_empty()
        || p.services.iter().any(|s| {
            s.sets_cookies == Some(true)
                || s.role
                    .as_ref()
                    .and_then(|r| r.builtin())
                    .is_some_and(|r| r.may_track())
        })
}

/// QC-15: say beforehand whether a technology identifies, locates or
/// profiles, and, when one does, that those functions are off by default
/// and how to turn them on.
fn tracking_disclosed(p: &Policy) -> Outcome {
    if !uses_tracking_technology(p) {
        return NotApplicable;
    }
    let t = p.tracking.as_ref();
    match t.and_then(|t| t.functions.as_ref()) {
        None => Missing {
            key: "tracking.functions",
            hint: "say whether a technology of the site identifies, locates or profiles: `tracking: { functions: none }`, or list the functions (`[identification, location, profiling]`)",
        },
        Some(TrackingFunctions::None) => Satisfied,
        Some(TrackingFunctions::Some(_)) => {
            if !t.is_some_and(|t| t.off_by_default) {
                Missing {
                    key: "tracking.off_by_default",
                    hint: "the law asks that these functions be off by default: say so with `off_by_default: true` once they are",
                }
            } else if t.is_some_and(|t| t.how_to_activate.is_none()) {
                Missing {
                    key: "tracking.how_to_activate",
                    hint: "say how to turn these functions on: `how_to_activate: { en: …, fr: … }`",
                }
            } else {
                Satisfied
            }
        }
    }
}

fn access_and_correction(p: &Policy) -> Outcome {
    if !p.rights.access {
        return Missing {
            key: "rights.access",
            hint: "state the right of access: `access: true`",
        };
    }
    when(
        p.rights.correction,
        "rights.correction",
        "state the right of correction: `correction: true`",
    )
}

/// Whether the policy says who receives personal information: `none`, or
/// recipients (FED-03, PIP-04).
fn states_recipients(p: &Policy) -> Outcome {
    when(
        p.recipients.is_some(),
        "recipients",
        "say who outside the body receives personal information, and when: `recipients: none`, or `recipients: [{ who: other-public-bodies, when: [required-by-law] }]`",
    )
}

/// QC-11: where there are recipients, what each receives and why.
fn recipients_what_and_why(p: &Policy) -> Outcome {
    let Some(Recipients::Listed(l)) = &p.recipients else {
        return NotApplicable;
    };
    if l.list.is_empty() {
        return NotApplicable;
    }
    when(
        l.list.iter().all(|r| !r.information.is_empty()),
        "recipients",
        "say what each recipient receives, in its `information: [...]`",
    )
    .and(|| {
        when(
            l.list.iter().all(|r| !r.purposes.is_empty()),
            "recipients",
            "say why each recipient receives it, in its `purposes: [...]`",
        )
    })
}

/// Whether a service's place is outside Québec: `Some(true)` when it says
/// so, `Some(false)` in Québec, `None` when it does not tell (in Canada).
fn outside_quebec(place: crate::model::Place) -> Option<bool> {
    use crate::model::{Country, Place, Region};
    match place {
        Place::Region(Region::InQuebec) => Some(false),
        Place::Region(Region::InCanada) | Place::Country(Country::CA) => None,
        Place::Region(_) | Place::Country(_) => Some(true),
    }
}

/// QC-12 applies "where applicable" (legal-requirements.md): a policy
/// whose data shows no outside service and no transfer has nothing to say.
/// With services, each says where it processes information; one outside
/// Québec must be answered by `transfers` listing where information goes.
fn states_transfers(p: &Policy) -> Outcome {
    if p.services.is_empty() && p.transfers.is_none() {
        return NotApplicable;
    }
    if p.services.iter().any(|s| s.processed_in.is_none()) {
        return Missing {
            key: "services",
            hint: "say where each outside service processes information: `processed_in: { country: US }`, `outside-canada`, `in-quebec`…",
        };
    }
    let outside = p
        .services
        .iter()
        .any(|s| s.processed_in.and_then(outside_quebec) == Some(true));
    let listed = matches!(&p.transfers, Some(crate::model::Transfers::Listed(l)) if !l.is_empty());
    if outside && !listed {
        return Missing {
            key: "transfers",
            hint: "a service processes information outside Québec: say so in `transfers: [{ to: …, recipient: … }]`",
        };
    }
    when(
        p.transfers.is_some() || !outside,
        "transfers",
        "say whether personal information may be communicated outside Québec: `transfers: none`, or where it goes",
    )
}

fn contact_reachable(p: &Policy) -> Outcome {
    let Some(c) = &p.rights.contact else {
        return Missing {
            key: "rights.contact",
            hint: "name the official in `rights.contact`: `title`, `address` and `phone`",
        };
    };
    if c.address.is_none() {
        return Missing {
            key: "rights.contact.address",
            hint: "give the business address of the person in charge in `rights.contact.address`",
        };
    }
    when(
        c.phone.is_some() || c.toll_free.is_some(),
        "rights.contact.phone",
        "give the business telephone number in `rights.contact.phone`",
    )
}

/// A notice says what its information is used for.
fn notice_purposes(p: &Policy) -> Outcome {
    when(
        !p.use_.purposes.is_empty(),
        "use.purposes",
        "say what the information collected through the form is used for: `use: { purposes: [respond] }`",
    )
}

/// A notice says, for every field, whether answering is obligatory.
fn notice_reply(p: &Policy) -> Outcome {
    when(
        p.reply.is_some() || (!p.fields.is_empty() && p.fields.iter().all(|f| f.reply().is_some())),
        "reply",
        "say whether answering is `obligatory` or `optional`: `reply:` for the whole form, or `reply:` on each field",
    )
}

/// A notice says what refusing to answer costs, when something must be
/// answered.
fn notice_refusal(p: &Policy) -> Outcome {
    let obligatory = p.reply == Some(Reply::Obligatory)
        || p.fields
            .iter()
            .any(|f| f.reply() == Some(Reply::Obligatory));
    if !obligatory && p.reply.is_some() {
        return NotApplicable;
    }
    when(
        p.refusal.is_some(),
        "refusal",
        "say what happens if the person does not answer: `refusal: { en: …, fr: … }`",
    )
}

/// A notice names the person in charge and one way to reach them.
fn notice_contact(p: &Policy) -> Outcome {
    access_and_correction(p).and(|| {
        when(
            p.rights.contact.as_ref().is_some_and(|c| {
                c.address.is_some() || c.email.is_some() || c.phone.is_some() || c.form.is_some()
            }),
            "rights.contact",
            "give the contact details of the person in charge in `rights.contact`: an address, an email, a telephone or a form",
        )
    })
}

/// Every rule, in the order of the reference.
pub const RULES: &[Rule] = &[
    Rule {
        id: "QC-01",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Only information necessary for the body's functions is collected",
        citation: "Access Act s. 64",
        confirmed: true,
        satisfied_by: "`legal.acts` cites `quebec-access-act` section `64`",
        check: |p| when(cites(p, Act::QuebecAccessAct, Some("64")), "legal.acts", "cite section 64 of the Access Act: `- act: quebec-access-act` with `sections: [\"64\", \"65\"]`"),
    },
    Rule {
        id: "QC-02",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Name of the public body collecting (and of any third party collecting for it)",
        citation: "Access Act s. 65 (1); r. 4.1 s. 2 (1)",
        confirmed: true,
        satisfied_by: "`organization.name` (required); each outside service is a `services` entry with its `name` (required), and a cookie a third party sets names it as `provider` (an id of `services`, checked: `unknown-service`)",
        check: |p| when(!p.organization.name.en.trim().is_empty() && p.services.iter().all(|s| !s.name.get(crate::model::Lang::En).trim().is_empty()), "services", "name each outside service in `services[].name`"),
    },
    Rule {
        id: "QC-03",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Description of the personal information collected",
        citation: "r. 4.1 s. 2 (2)",
        confirmed: true,
        satisfied_by: "`automatic.categories`, `voluntary.categories` or a service's `information` not empty",
        check: describes_collection,
    },
    Rule {
        id: "QC-04",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Purposes of collection",
        citation: "Access Act s. 65 (2); r. 4.1 s. 2 (3)",
        confirmed: true,
        satisfied_by: "`automatic.purposes`, and `use.purposes` when information may be given",
        check: states_purposes,
    },
    Rule {
        id: "QC-05",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Categories of persons inside the body who have access",
        citation: "r. 4.1 s. 2 (4)",
        confirmed: true,
        satisfied_by: "`access` not empty",
        check: |p| when(!p.access.is_empty(), "access", "say who inside the body has access, e.g. `access: [authorized-staff]`"),
    },
    Rule {
        id: "QC-06",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Means by which the information is collected",
        citation: "r. 4.1 s. 2 (5)",
        confirmed: true,
        satisfied_by: "`voluntary.channels` not empty when information may be given",
        check: |p| when(!gives_voluntarily(p) || !p.voluntary.channels.is_empty(), "voluntary.channels", "say how information reaches the body, e.g. `channels: [email, online-forms]`"),
    },
    Rule {
        id: "QC-07",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Whether a reply is obligatory or optional",
        citation: "Access Act s. 65 (4)",
        confirmed: true,
        satisfied_by: "`voluntary.reply` when information may be given",
        check: |p| when(!gives_voluntarily(p) || p.voluntary.reply.is_some(), "voluntary.reply", "say whether replying is `optional` or `obligatory` in `voluntary.reply`"),
    },
    Rule {
        id: "QC-08",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Consequences of refusing to reply (or of withdrawing consent)",
        citation: "Access Act s. 65 (5); r. 4.1 s. 2 (6)",
        confirmed: true,
        satisfied_by: "`voluntary.refusal_consequence` when information may be given; `cookies.refuse.consequence` when a cookie is optional (`essential: false`)",
        check: refusal_consequences,
    },
    Rule {
        id: "QC-09",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Online means to consult or correct one's information, where they exist",
        citation: "r. 4.1 s. 2 (7)",
        confirmed: true,
        satisfied_by: "`rights.online_access` (silence the rule, with its reason, when no such means exists)",
        check: |p| when(p.rights.online_access.is_some(), "rights.online_access", "link the online service where people consult or correct their information, or silence QC-09 saying none exists"),
    },
    Rule {
        id: "QC-10",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Rights of access and rectification, and name and contact details of the person in charge of the protection of personal information",
        citation: "Access Act s. 65 (6); r. 4.1 s. 2 (8)",
        confirmed: true,
        satisfied_by: "`rights.access`, `rights.correction` and `rights.contact` with an address, e-mail or telephone",
        check: |p| match access_and_correction(p) {
            Satisfied => when(
                p.rights.contact.as_ref().is_some_and(|c| c.address.is_some() || c.email.is_some() || c.phone.is_some() || c.form.is_some()),
                "rights.contact",
                "give the contact details of the person in charge in `rights.contact`: title, and address, e-mail or telephone",
            ),
            missing => missing,
        },
    },
    Rule {
        id: "QC-11",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Third parties (or categories) to whom information must be communicated, what, and why",
        citation: "r. 4.1 s. 2 (9)",
        confirmed: true,
        satisfied_by: "where `recipients` lists any, each with `information` and `purposes` (applies where applicable: without recipients, nothing to say)",
        check: recipients_what_and_why,
    },
    Rule {
        id: "QC-12",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Whether information may be communicated outside Québec",
        citation: "r. 4.1 s. 2 (10)",
        confirmed: true,
        satisfied_by: "each service's `processed_in`, and `transfers` listing where information goes when a service processes it outside Québec (applies where applicable: without services or transfers, nothing to say)",
        check: states_transfers,
    },
    Rule {
        id: "QC-13",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Brief description of confidentiality and security measures",
        citation: "r. 4.1 s. 2 (11)",
        confirmed: true,
        satisfied_by: "`security.measures` not empty",
        check: |p| when(!p.security.measures.is_empty(), "security.measures", "list the security measures, e.g. `measures: [encryption, access-restricted]`"),
    },
    Rule {
        id: "QC-14",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Right to use the body's complaint process",
        citation: "r. 4.1 s. 2 (12)",
        confirmed: true,
        satisfied_by: "`complaints.internal`: a link to the body's own complaint process (a complaint to the Commission, `rights.complaint`, is another recourse)",
        check: |p| when(p.complaints.internal.is_some(), "complaints.internal", "link to your own complaint process: `complaints: { internal: { label: …, url: … } }`"),
    },
    Rule {
        id: "QC-15",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Technology with identification, location or profiling functions: say so beforehand, and how to activate those functions",
        citation: "Access Act s. 65.0.1",
        confirmed: true,
        satisfied_by: "applies with `cookies.items`, a service with `sets_cookies: true`, or a service whose `role` is `web-analytics`, `bot-protection`, `maps` or `video`: `tracking.functions` (`none`, or the functions, then also `tracking.off_by_default: true` and `tracking.how_to_activate`)",
        check: tracking_disclosed,
    },
    Rule {
        id: "QC-16",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: "Published on the website in clear and simple terms; amendments announced",
        citation: "Access Act s. 63.4",
        confirmed: true,
        satisfied_by: "a `history` entry dated `updated` announces the current version",
        check: |p| when(p.updated.is_some_and(|u| p.history.iter().any(|h| h.date == u)), "history", "announce the current version: add a `history` entry dated as `updated`"),
    },
    Rule {
        id: "ON-01",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: "Collection authorized by statute, for law enforcement, or necessary to a lawfully authorized activity",
        citation: "FIPPA s. 38 (2) (to confirm)",
        confirmed: false,
        satisfied_by: "`legal.acts` cites `ontario-fippa` or `ontario-mfippa`",
        check: |p| when(cites(p, Act::OntarioFippa, None) || cites(p, Act::OntarioMfippa, None), "legal.acts", "cite the act that authorizes collection: `- act: ontario-fippa`"),
    },
    Rule {
        id: "ON-02",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: "Notice of collection: legal authority",
        citation: "FIPPA s. 39 (2) (a)",
        confirmed: true,
        satisfied_by: "`legal.acts` cites an act with its sections",
        check: |p| when(p.legal.acts.iter().any(|a| !a.sections.is_empty()), "legal.acts", "cite the section that authorizes collection, e.g. `sections: [\"38 (2)\"]`"),
    },
    Rule {
        id: "ON-03",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: "Notice of collection: principal purpose(s)",
        citation: "FIPPA s. 39 (2) (b)",
        confirmed: true,
        satisfied_by: "`automatic.purposes`, and `use.purposes` when information may be given",
        check: states_purposes,
    },
    Rule {
        id: "ON-04",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: "Notice of collection: title, business address and business telephone number of an official who can answer questions",
        citation: "FIPPA s. 39 (2) (c)",
        confirmed: true,
        satisfied_by: "`rights.contact` with `title`, `address` and `phone`",
        check: contact_reachable,
    },
    Rule {
        id: "FED-01",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Purpose of collection",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`automatic.purposes`, and `use.purposes` when information may be given",
        check: states_purposes,
    },
    Rule {
        id: "FED-02",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Legal authority for collection and use",
        citation: "Privacy Act s. 5 (2) (to confirm)",
        confirmed: false,
        satisfied_by: "`legal.acts` not empty",
        check: |p| when(!p.legal.acts.is_empty(), "legal.acts", "cite the act that authorizes collection, e.g. `- act: privacy-act`"),
    },
    Rule {
        id: "FED-03",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Whether the information is shared with other parties",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`recipients`: `none`, or who receives information and when",
        check: states_recipients,
    },
    Rule {
        id: "FED-04",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Consequences of not providing it",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`voluntary.refusal_consequence` when information may be given",
        check: refusal_consequence,
    },
    Rule {
        id: "FED-05",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Right of access and correction",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`rights.access` and `rights.correction`",
        check: access_and_correction,
    },
    Rule {
        id: "FED-06",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Personal Information Bank number (e.g. PSU 914 in English is POU 914 in French)",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`legal.bank_number`",
        check: |p| when(p.legal.bank_number.is_some(), "legal.bank_number", "give the bank number in both languages: `bank_number: { en: PSU 914, fr: POU 914 }`"),
    },
    Rule {
        id: "FED-07",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: "Right to complain to the Privacy Commissioner of Canada",
        citation: "Directive on Privacy Practices",
        confirmed: true,
        satisfied_by: "`rights.complaint: true` with the oversight body `opc` (the default)",
        check: |p| when(
            p.rights.complaint && p.oversight_body() == Oversight::Opc,
            "rights.complaint",
            "state the right to complain to the Privacy Commissioner: `complaint: true`",
        ),
    },
    Rule {
        id: "PIP-01",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: "Name or title and address of the accountable person who receives complaints and inquiries",
        citation: "PIPEDA Sch. 1, 4.8.2 (a)",
        confirmed: true,
        satisfied_by: "`rights.contact` with `title` and `address`",
        check: |p| when(p.rights.contact.as_ref().is_some_and(|c| c.address.is_some()), "rights.contact.address", "give the accountable person's title and address in `rights.contact`"),
    },
    Rule {
        id: "PIP-02",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: "How to gain access to one's personal information",
        citation: "PIPEDA Sch. 1, 4.8.2 (b)",
        confirmed: true,
        satisfied_by: "`rights.access: true` (the page says to write to the contact)",
        check: |p| when(p.rights.access, "rights.access", "state the right of access: `access: true`"),
    },
    Rule {
        id: "PIP-03",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: "Types of personal information held and a general account of its use",
        citation: "PIPEDA Sch. 1, 4.8.2 (c)",
        confirmed: true,
        satisfied_by: "categories and purposes, as QC-03 and QC-04",
        check: |p| match describes_collection(p) {
            Satisfied => states_purposes(p),
            missing => missing,
        },
    },
    Rule {
        id: "PIP-04",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: "What is made available to related organizations",
        citation: "PIPEDA Sch. 1, 4.8.2 (e)",
        confirmed: true,
        satisfied_by: "`recipients`: `none`, or who receives information and when",
        check: states_recipients,
    },
    Rule {
        id: "QC-N01",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Name of the public body on whose behalf the information is collected",
        citation: "Access Act s. 65 (1)",
        confirmed: true,
        satisfied_by: "`organization.name` (required)",
        check: |_| Satisfied,
    },
    Rule {
        id: "QC-N02",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Use to which the information will be put",
        citation: "Access Act s. 65 (2)",
        confirmed: true,
        satisfied_by: "`use.purposes` not empty",
        check: notice_purposes,
    },
    Rule {
        id: "QC-N03",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Categories of persons who will have access to the information",
        citation: "Access Act s. 65 (3)",
        confirmed: true,
        satisfied_by: "`access` not empty",
        check: |p| when(!p.access.is_empty(), "access", "say who inside the body has access, e.g. `access: [staff-handling-request]`"),
    },
    Rule {
        id: "QC-N04",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Whether a reply is obligatory or optional",
        citation: "Access Act s. 65 (4)",
        confirmed: true,
        satisfied_by: "`reply`, or `reply` on every field",
        check: notice_reply,
    },
    Rule {
        id: "QC-N05",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Consequences of a refusal to reply",
        citation: "Access Act s. 65 (5)",
        confirmed: true,
        satisfied_by: "`refusal`, unless answering is optional throughout",
        check: notice_refusal,
    },
    Rule {
        id: "QC-N06",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Rights of access and rectification, and how to reach the person in charge",
        citation: "Access Act s. 65 (6)",
        confirmed: true,
        satisfied_by: "`rights.access`, `rights.correction` and `rights.contact` with an address, email, telephone or form",
        check: notice_contact,
    },
    Rule {
        id: "QC-N07",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: "Third persons to whom the information is collected for, or communicated (second paragraph of s. 65)",
        citation: "Access Act s. 65, second paragraph (to confirm)",
        confirmed: false,
        satisfied_by: "`recipients`: `none`, or who receives it",
        check: states_recipients,
    },
    Rule {
        id: "ON-N01",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: "Notice of collection: legal authority",
        citation: "FIPPA s. 39 (2) (a); MFIPPA s. 29 (2) (a)",
        confirmed: true,
        satisfied_by: "`legal.acts` cites an act with its sections",
        check: |p| when(p.legal.acts.iter().any(|a| !a.sections.is_empty()), "legal.acts", "cite the section that authorizes the collection, e.g. `- act: ontario-fippa` with `sections: [\"38 (2)\"]`"),
    },
    Rule {
        id: "ON-N02",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: "Notice of collection: principal purpose(s)",
        citation: "FIPPA s. 39 (2) (b); MFIPPA s. 29 (2) (b)",
        confirmed: true,
        satisfied_by: "`use.purposes` not empty",
        check: notice_purposes,
    },
    Rule {
        id: "ON-N03",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: "Notice of collection: title, business address and business telephone number of an official who can answer questions",
        citation: "FIPPA s. 39 (2) (c); MFIPPA s. 29 (2) (c)",
        confirmed: true,
        satisfied_by: "`rights.contact` with `title`, `address` and `phone`",
        check: contact_reachable,
    },
    Rule {
        id: "FED-N01",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Purpose of collection",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`use.purposes` not empty",
        check: notice_purposes,
    },
    Rule {
        id: "FED-N02",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Legal authority for the collection",
        citation: "Privacy Act s. 5 (2) (to confirm)",
        confirmed: false,
        satisfied_by: "`legal.acts` not empty",
        check: |p| when(!p.legal.acts.is_empty(), "legal.acts", "cite the act that authorizes the collection, e.g. `- act: privacy-act`"),
    },
    Rule {
        id: "FED-N03",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Whether the information is shared with other parties",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`recipients`: `none`, or who receives it",
        check: states_recipients,
    },
    Rule {
        id: "FED-N04",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Consequences of not providing the information",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`refusal`, unless answering is optional throughout",
        check: notice_refusal,
    },
    Rule {
        id: "FED-N05",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Right of access and correction",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`rights.access` and `rights.correction`",
        check: access_and_correction,
    },
    Rule {
        id: "FED-N06",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Personal Information Bank number",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`legal.bank_number`",
        check: |p| when(p.legal.bank_number.is_some(), "legal.bank_number", "give the bank number in both languages: `bank_number: { en: PSU 914, fr: POU 914 }`"),
    },
    Rule {
        id: "FED-N07",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: "Right to complain to the Privacy Commissioner of Canada",
        citation: "Directive on Privacy Practices (privacy notice)",
        confirmed: true,
        satisfied_by: "`rights.complaint: true` with the oversight body `opc`",
        check: |p| when(
            p.rights.complaint && p.oversight_body() == Oversight::Opc,
            "rights.complaint",
            "state the right to complain to the Privacy Commissioner: `complaint: true`",
        ),
    },
];

/// The rule with `id`.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The reference of every rule, in Markdown (`docs/rules.md`).
pub fn rules_markdown() -> String {
    let mut s = String::from(
        "# Legal rules\n\n\
         Generated by `policypress rules` from the code (`src/lint/legal.rs`); do not edit by\n\
         hand: run `scripts/regenerate.sh`. A policy's `jurisdiction` selects its rules.\n\
         Each rule is satisfied by data, never by the wording of the prose. Rules whose\n\
         citation is \"to confirm\" are warnings; the others are errors. A policy silences a\n\
         rule with `allow: [{ rule: QC-09, reason: \"…\" }]`; the reason is required.\n",
    );
    for (j, title) in [
        (Jurisdiction::Quebec, "Québec public bodies (`quebec`)"),
        (Jurisdiction::Ontario, "Ontario institutions (`ontario`)"),
        (Jurisdiction::Federal, "Federal institutions (`federal`)"),
        (Jurisdiction::Private, "Private sector (`private`)"),
    ] {
        for kind in DocKind::ALL {
            let mut rules = RULES
                .iter()
                .filter(|r| r.jurisdiction == j && r.kind == kind)
                .peekable();
            if rules.peek().is_none() {
                continue;
            }
            let what = match kind {
                DocKind::Policy => "privacy policies",
                DocKind::Notice => "collection notices",
            };
            s.push_str(&format!(
                "\n## {title}: {what}\n\n| id | severity | element | citation | satisfied by |\n|---|---|---|---|---|\n"
            ));
            for r in rules {
                s.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    r.id,
                    if r.confirmed { "error" } else { "warning" },
                    r.element,
                    r.citation,
                    r.satisfied_by
                ));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_prefixed_by_jurisdiction() {
        for (i, r) in RULES.iter().enumerate() {
            assert!(RULES[i + 1..].iter().all(|o| o.id != r.id), "{}", r.id);
            let prefix = match r.jurisdiction {
                Jurisdiction::Quebec => "QC-",
                Jurisdiction::Ontario => "ON-",
                Jurisdiction::Federal => "FED-",
                Jurisdiction::Private => "PIP-",
            };
            assert!(r.id.starts_with(prefix), "{}", r.id);
            assert_eq!(r.confirmed, !r.citation.contains("to confirm"), "{}", r.id);
        }
    }
}
