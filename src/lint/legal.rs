//! The legal rules: what each jurisdiction requires a policy to say.
//!
//! Built from `shared/domain/legal-requirements.md`. Each rule is satisfied
//! by fields of the data model, never by searching the prose, and says where
//! in the policy the missing element belongs. Rules whose citation has not
//! been confirmed in the official text are warnings, never errors.
//!
//! A rule's words are messages of the tool's catalogs, in English and
//! French: its element, its citation (in each language the law's own
//! wording: the French names and numbering of the acts) and what satisfies
//! it are in `tool-locales/<lang>/rules.ftl`, the hints of its check in
//! `diagnostics-lint.ftl`. The tables below name them by id.

use crate::model::{
    Act, Cookies, DocKind, Jurisdiction, Lang, Oversight, Policy, Recipients, Reply,
    TrackingFunctions,
};
use crate::msg_id;
use crate::tool_text::{text_in, Message};

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
        /// How to satisfy the rule: the id of a message of
        /// `tool-locales/<lang>/diagnostics-lint.ftl`.
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
    /// What the policy must say, in plain words: a message id of
    /// `tool-locales/<lang>/rules.ftl`.
    pub element: &'static str,
    /// Where the law says so, in the law's own wording (message id).
    pub citation: &'static str,
    /// Whether the citation was checked in the official text; rules "to
    /// confirm" are warnings only.
    pub confirmed: bool,
    /// The data that satisfies it, for the rules reference (message id).
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

/// Whether the document cites `act`, at `section` (or any of its
/// subdivisions) when given.
fn cites(p: &Policy, act: Act, section: Option<&str>) -> bool {
    p.legal.acts.iter().any(|a| {
        a.act == act
            && section.is_none_or(|s| {
                a.cite.iter().any(|c| {
                    c.resolve(act.drafting())
                        .is_ok_and(|c| c.section.as_deref() == Some(s))
                })
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
        msg_id!("lint-legal-categories-hint"),
    )
}

fn states_purposes(p: &Policy) -> Outcome {
    if p.automatic.purposes.is_empty() {
        return Missing {
            key: "automatic.purposes",
            hint: msg_id!("lint-legal-automatic-purposes-hint"),
        };
    }
    when(
        !gives_voluntarily(p) || !p.use_.purposes.is_empty(),
        "use.purposes",
        msg_id!("lint-legal-use-purposes-hint"),
    )
}

fn refusal_consequence(p: &Policy) -> Outcome {
    when(
        !gives_voluntarily(p) || p.voluntary.refusal_consequence.is_some(),
        "voluntary.refusal_consequence",
        msg_id!("lint-legal-refusal-consequence-hint"),
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
            hint: msg_id!("lint-legal-cookies-refusal-hint"),
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
            hint: msg_id!("lint-legal-tracking-functions-hint"),
        },
        Some(TrackingFunctions::None) => Satisfied,
        Some(TrackingFunctions::Some(_)) => {
            if !t.is_some_and(|t| t.off_by_default) {
                Missing {
                    key: "tracking.off_by_default",
                    hint: msg_id!("lint-legal-tracking-off-by-default-hint"),
                }
            } else if t.is_some_and(|t| t.how_to_activate.is_none()) {
                Missing {
                    key: "tracking.how_to_activate",
                    hint: msg_id!("lint-legal-tracking-how-to-activate-hint"),
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
            hint: msg_id!("lint-legal-access-hint"),
        };
    }
    when(
        p.rights.correction,
        "rights.correction",
        msg_id!("lint-legal-correction-hint"),
    )
}

/// Whether the policy says who receives personal information: `none`, or
/// recipients (FED-03, PIP-04).
fn states_recipients(p: &Policy) -> Outcome {
    when(
        p.recipients.is_some(),
        "recipients",
        msg_id!("lint-legal-recipients-hint"),
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
        msg_id!("lint-legal-recipient-information-hint"),
    )
    .and(|| {
        when(
            l.list.iter().all(|r| !r.purposes.is_empty()),
            "recipients",
            msg_id!("lint-legal-recipient-purposes-hint"),
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
            hint: msg_id!("lint-legal-processed-in-hint"),
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
            hint: msg_id!("lint-legal-transfers-outside-hint"),
        };
    }
    when(
        p.transfers.is_some() || !outside,
        "transfers",
        msg_id!("lint-legal-transfers-hint"),
    )
}

fn contact_reachable(p: &Policy) -> Outcome {
    let Some(c) = &p.rights.contact else {
        return Missing {
            key: "rights.contact",
            hint: msg_id!("lint-legal-contact-official-hint"),
        };
    };
    if c.address.is_none() {
        return Missing {
            key: "rights.contact.address",
            hint: msg_id!("lint-legal-contact-address-hint"),
        };
    }
    when(
        c.phone.is_some() || c.toll_free.is_some(),
        "rights.contact.phone",
        msg_id!("lint-legal-contact-phone-hint"),
    )
}

/// A notice says what its information is used for.
fn notice_purposes(p: &Policy) -> Outcome {
    when(
        !p.use_.purposes.is_empty(),
        "use.purposes",
        msg_id!("lint-legal-notice-purposes-hint"),
    )
}

/// A notice says, for every field, whether answering is obligatory.
fn notice_reply(p: &Policy) -> Outcome {
    when(
        p.reply.is_some() || (!p.fields.is_empty() && p.fields.iter().all(|f| f.reply().is_some())),
        "reply",
        msg_id!("lint-legal-notice-reply-hint"),
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
        msg_id!("lint-legal-notice-refusal-hint"),
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
            msg_id!("lint-legal-notice-contact-hint"),
        )
    })
}

/// Every rule, in the order of the reference.
pub const RULES: &[Rule] = &[
    Rule {
        id: "QC-01",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-01-element"),
        citation: msg_id!("rules-qc-01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-01-satisfied"),
        check: |p| {
            when(
                cites(p, Act::QuebecAccessAct, Some("64")),
                "legal.acts",
                msg_id!("lint-legal-qc-access-act-64-hint"),
            )
        },
    },
    Rule {
        id: "QC-02",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-02-element"),
        citation: msg_id!("rules-qc-02-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-02-satisfied"),
        check: |p| {
            when(
                !p.organization.name.en.trim().is_empty()
                    && p.services
                        .iter()
                        .all(|s| !s.name.get(crate::model::Lang::En).trim().is_empty()),
                "services",
                msg_id!("lint-legal-service-names-hint"),
            )
        },
    },
    Rule {
        id: "QC-03",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-03-element"),
        citation: msg_id!("rules-qc-03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-03-satisfied"),
        check: describes_collection,
    },
    Rule {
        id: "QC-04",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-04-element"),
        citation: msg_id!("rules-qc-04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-04-satisfied"),
        check: states_purposes,
    },
    Rule {
        id: "QC-05",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-05-element"),
        citation: msg_id!("rules-qc-05-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-05-satisfied"),
        check: |p| {
            when(
                !p.access.is_empty(),
                "access",
                msg_id!("lint-legal-access-categories-hint"),
            )
        },
    },
    Rule {
        id: "QC-06",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-06-element"),
        citation: msg_id!("rules-qc-06-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-06-satisfied"),
        check: |p| {
            when(
                !gives_voluntarily(p) || !p.voluntary.channels.is_empty(),
                "voluntary.channels",
                msg_id!("lint-legal-channels-hint"),
            )
        },
    },
    Rule {
        id: "QC-07",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-07-element"),
        citation: msg_id!("rules-qc-07-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-07-satisfied"),
        check: |p| {
            when(
                !gives_voluntarily(p) || p.voluntary.reply.is_some(),
                "voluntary.reply",
                msg_id!("lint-legal-reply-hint"),
            )
        },
    },
    Rule {
        id: "QC-08",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-08-element"),
        citation: msg_id!("rules-qc-08-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-08-satisfied"),
        check: refusal_consequences,
    },
    Rule {
        id: "QC-09",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-09-element"),
        citation: msg_id!("rules-qc-09-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-09-satisfied"),
        check: |p| {
            when(
                p.rights.online_access.is_some(),
                "rights.online_access",
                msg_id!("lint-legal-online-access-hint"),
            )
        },
    },
    Rule {
        id: "QC-10",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-10-element"),
        citation: msg_id!("rules-qc-10-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-10-satisfied"),
        check: |p| match access_and_correction(p) {
            Satisfied => when(
                p.rights.contact.as_ref().is_some_and(|c| {
                    c.address.is_some()
                        || c.email.is_some()
                        || c.phone.is_some()
                        || c.form.is_some()
                }),
                "rights.contact",
                msg_id!("lint-legal-contact-details-hint"),
            ),
            missing => missing,
        },
    },
    Rule {
        id: "QC-11",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-11-element"),
        citation: msg_id!("rules-qc-11-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-11-satisfied"),
        check: recipients_what_and_why,
    },
    Rule {
        id: "QC-12",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-12-element"),
        citation: msg_id!("rules-qc-12-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-12-satisfied"),
        check: states_transfers,
    },
    Rule {
        id: "QC-13",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-13-element"),
        citation: msg_id!("rules-qc-13-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-13-satisfied"),
        check: |p| {
            when(
                !p.security.measures.is_empty(),
                "security.measures",
                msg_id!("lint-legal-security-hint"),
            )
        },
    },
    Rule {
        id: "QC-14",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-14-element"),
        citation: msg_id!("rules-qc-14-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-14-satisfied"),
        check: |p| {
            when(
                p.complaints.internal.is_some(),
                "complaints.internal",
                msg_id!("lint-legal-complaints-internal-hint"),
            )
        },
    },
    Rule {
        id: "QC-15",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-15-element"),
        citation: msg_id!("rules-qc-15-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-15-satisfied"),
        check: tracking_disclosed,
    },
    Rule {
        id: "QC-16",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Policy,
        element: msg_id!("rules-qc-16-element"),
        citation: msg_id!("rules-qc-16-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-16-satisfied"),
        check: |p| {
            when(
                p.updated
                    .is_some_and(|u| p.history.iter().any(|h| h.date == u)),
                "history",
                msg_id!("lint-legal-history-hint"),
            )
        },
    },
    Rule {
        id: "ON-01",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: msg_id!("rules-on-01-element"),
        citation: msg_id!("rules-on-01-citation"),
        confirmed: false,
        satisfied_by: msg_id!("rules-on-01-satisfied"),
        check: |p| {
            when(
                cites(p, Act::OntarioFippa, None) || cites(p, Act::OntarioMfippa, None),
                "legal.acts",
                msg_id!("lint-legal-ontario-act-hint"),
            )
        },
    },
    Rule {
        id: "ON-02",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: msg_id!("rules-on-02-element"),
        citation: msg_id!("rules-on-02-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-02-satisfied"),
        check: |p| {
            when(
                p.legal.acts.iter().any(|a| !a.cite.is_empty()),
                "legal.acts",
                msg_id!("lint-legal-ontario-sections-hint"),
            )
        },
    },
    Rule {
        id: "ON-03",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: msg_id!("rules-on-03-element"),
        citation: msg_id!("rules-on-03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-03-satisfied"),
        check: states_purposes,
    },
    Rule {
        id: "ON-04",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Policy,
        element: msg_id!("rules-on-04-element"),
        citation: msg_id!("rules-on-04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-04-satisfied"),
        check: contact_reachable,
    },
    Rule {
        id: "FED-01",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-01-element"),
        citation: msg_id!("rules-fed-01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-01-satisfied"),
        check: states_purposes,
    },
    Rule {
        id: "FED-02",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-02-element"),
        citation: msg_id!("rules-fed-02-citation"),
        confirmed: false,
        satisfied_by: msg_id!("rules-fed-02-satisfied"),
        check: |p| {
            when(
                !p.legal.acts.is_empty(),
                "legal.acts",
                msg_id!("lint-legal-federal-act-hint"),
            )
        },
    },
    Rule {
        id: "FED-03",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-03-element"),
        citation: msg_id!("rules-fed-03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-03-satisfied"),
        check: states_recipients,
    },
    Rule {
        id: "FED-04",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-04-element"),
        citation: msg_id!("rules-fed-04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-04-satisfied"),
        check: refusal_consequence,
    },
    Rule {
        id: "FED-05",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-05-element"),
        citation: msg_id!("rules-fed-05-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-05-satisfied"),
        check: access_and_correction,
    },
    Rule {
        id: "FED-06",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-06-element"),
        citation: msg_id!("rules-fed-06-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-06-satisfied"),
        check: |p| {
            when(
                !p.legal.banks.is_empty(),
                "legal.banks",
                msg_id!("lint-legal-banks-hint"),
            )
        },
    },
    Rule {
        id: "FED-07",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Policy,
        element: msg_id!("rules-fed-07-element"),
        citation: msg_id!("rules-fed-07-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-07-satisfied"),
        check: |p| {
            when(
                p.rights.complaint && p.oversight_body() == Oversight::Opc,
                "rights.complaint",
                msg_id!("lint-legal-complaint-hint"),
            )
        },
    },
    Rule {
        id: "PIP-01",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: msg_id!("rules-pip-01-element"),
        citation: msg_id!("rules-pip-01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-pip-01-satisfied"),
        check: |p| {
            when(
                p.rights
                    .contact
                    .as_ref()
                    .is_some_and(|c| c.address.is_some()),
                "rights.contact.address",
                msg_id!("lint-legal-accountable-person-hint"),
            )
        },
    },
    Rule {
        id: "PIP-02",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: msg_id!("rules-pip-02-element"),
        citation: msg_id!("rules-pip-02-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-pip-02-satisfied"),
        check: |p| {
            when(
                p.rights.access,
                "rights.access",
                msg_id!("lint-legal-access-hint"),
            )
        },
    },
    Rule {
        id: "PIP-03",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: msg_id!("rules-pip-03-element"),
        citation: msg_id!("rules-pip-03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-pip-03-satisfied"),
        check: |p| match describes_collection(p) {
            Satisfied => states_purposes(p),
            missing => missing,
        },
    },
    Rule {
        id: "PIP-04",
        jurisdiction: Jurisdiction::Private,
        kind: DocKind::Policy,
        element: msg_id!("rules-pip-04-element"),
        citation: msg_id!("rules-pip-04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-pip-04-satisfied"),
        check: states_recipients,
    },
    Rule {
        id: "QC-N01",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n01-element"),
        citation: msg_id!("rules-qc-n01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n01-satisfied"),
        check: |_| Satisfied,
    },
    Rule {
        id: "QC-N02",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n02-element"),
        citation: msg_id!("rules-qc-n02-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n02-satisfied"),
        check: notice_purposes,
    },
    Rule {
        id: "QC-N03",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n03-element"),
        citation: msg_id!("rules-qc-n03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n03-satisfied"),
        check: |p| {
            when(
                !p.access.is_empty(),
                "access",
                msg_id!("lint-legal-notice-access-hint"),
            )
        },
    },
    Rule {
        id: "QC-N04",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n04-element"),
        citation: msg_id!("rules-qc-n04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n04-satisfied"),
        check: notice_reply,
    },
    Rule {
        id: "QC-N05",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n05-element"),
        citation: msg_id!("rules-qc-n05-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n05-satisfied"),
        check: notice_refusal,
    },
    Rule {
        id: "QC-N06",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n06-element"),
        citation: msg_id!("rules-qc-n06-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-qc-n06-satisfied"),
        check: notice_contact,
    },
    Rule {
        id: "QC-N07",
        jurisdiction: Jurisdiction::Quebec,
        kind: DocKind::Notice,
        element: msg_id!("rules-qc-n07-element"),
        citation: msg_id!("rules-qc-n07-citation"),
        confirmed: false,
        satisfied_by: msg_id!("rules-qc-n07-satisfied"),
        check: states_recipients,
    },
    Rule {
        id: "ON-N01",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: msg_id!("rules-on-n01-element"),
        citation: msg_id!("rules-on-n01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-n01-satisfied"),
        check: |p| {
            when(
                p.legal.acts.iter().any(|a| !a.cite.is_empty()),
                "legal.acts",
                msg_id!("lint-legal-notice-ontario-sections-hint"),
            )
        },
    },
    Rule {
        id: "ON-N02",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: msg_id!("rules-on-n02-element"),
        citation: msg_id!("rules-on-n02-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-n02-satisfied"),
        check: notice_purposes,
    },
    Rule {
        id: "ON-N03",
        jurisdiction: Jurisdiction::Ontario,
        kind: DocKind::Notice,
        element: msg_id!("rules-on-n03-element"),
        citation: msg_id!("rules-on-n03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-on-n03-satisfied"),
        check: contact_reachable,
    },
    Rule {
        id: "FED-N01",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n01-element"),
        citation: msg_id!("rules-fed-n01-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n01-satisfied"),
        check: notice_purposes,
    },
    Rule {
        id: "FED-N02",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n02-element"),
        citation: msg_id!("rules-fed-n02-citation"),
        confirmed: false,
        satisfied_by: msg_id!("rules-fed-n02-satisfied"),
        check: |p| {
            when(
                !p.legal.acts.is_empty(),
                "legal.acts",
                msg_id!("lint-legal-notice-federal-act-hint"),
            )
        },
    },
    Rule {
        id: "FED-N03",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n03-element"),
        citation: msg_id!("rules-fed-n03-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n03-satisfied"),
        check: states_recipients,
    },
    Rule {
        id: "FED-N04",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n04-element"),
        citation: msg_id!("rules-fed-n04-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n04-satisfied"),
        check: notice_refusal,
    },
    Rule {
        id: "FED-N05",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n05-element"),
        citation: msg_id!("rules-fed-n05-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n05-satisfied"),
        check: access_and_correction,
    },
    Rule {
        id: "FED-N06",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n06-element"),
        citation: msg_id!("rules-fed-n06-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n06-satisfied"),
        check: |p| {
            when(
                !p.legal.banks.is_empty(),
                "legal.banks",
                msg_id!("lint-legal-banks-hint"),
            )
        },
    },
    Rule {
        id: "FED-N07",
        jurisdiction: Jurisdiction::Federal,
        kind: DocKind::Notice,
        element: msg_id!("rules-fed-n07-element"),
        citation: msg_id!("rules-fed-n07-citation"),
        confirmed: true,
        satisfied_by: msg_id!("rules-fed-n07-satisfied"),
        check: |p| {
            when(
                p.rights.complaint && p.oversight_body() == Oversight::Opc,
                "rights.complaint",
                msg_id!("lint-legal-complaint-hint"),
            )
        },
    },
];

/// The rule with `id`.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

impl Rule {
    /// What the policy must say, to word in either language.
    pub fn element(&self) -> Message {
        Message::new(self.element)
    }

    /// Where the law says so, to word in either language.
    pub fn citation(&self) -> Message {
        Message::new(self.citation)
    }

    /// The data that satisfies the rule, to word in either language.
    pub fn satisfied_by(&self) -> Message {
        Message::new(self.satisfied_by)
    }
}

/// The reference of every rule, in Markdown, in `lang` (`docs/rules.md`,
/// `docs/fr/rules.md`).
pub fn rules_markdown(lang: Lang) -> String {
    let say = |id: &str| text_in(lang, id, &[]);
    let mut s = format!(
        "# {}\n\n{}\n\n{}\n",
        say(msg_id!("rules-title")),
        say(msg_id!("rules-intro")),
        say(msg_id!("rules-other-language")),
    );
    s.push_str(&format!("\n## {}\n\n", say(msg_id!("rules-acts-heading"))));
    for act in [
        msg_id!("rules-act-quebec-access-act"),
        msg_id!("rules-act-quebec-regulation"),
        msg_id!("rules-act-ontario-fippa"),
        msg_id!("rules-act-ontario-mfippa"),
        msg_id!("rules-act-privacy-act"),
        msg_id!("rules-act-privacy-directive"),
        msg_id!("rules-act-pipeda"),
    ] {
        s.push_str(&format!("- {}\n", say(act)));
    }
    let header = say(msg_id!("rules-table-header"));
    for j in [
        Jurisdiction::Quebec,
        Jurisdiction::Ontario,
        Jurisdiction::Federal,
        Jurisdiction::Private,
    ] {
        for kind in DocKind::ALL {
            let mut rules = RULES
                .iter()
                .filter(|r| r.jurisdiction == j && r.kind == kind)
                .peekable();
            if rules.peek().is_none() {
                continue;
            }
            let heading = crate::msg!(
                "rules-heading",
                jurisdiction = jurisdiction_code(j),
                kind = kind_code(kind)
            );
            s.push_str(&format!(
                "\n## {}\n\n{header}\n|---|---|---|---|---|\n",
                heading.in_lang(lang)
            ));
            for r in rules {
                let severity = if r.confirmed {
                    msg_id!("diag-severity-error")
                } else {
                    msg_id!("diag-severity-warning")
                };
                s.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    r.id,
                    say(severity),
                    r.element().in_lang(lang),
                    r.citation().in_lang(lang),
                    r.satisfied_by().in_lang(lang)
                ));
            }
        }
    }
    s
}

/// The jurisdiction as written in a policy's `jurisdiction:` (`quebec`).
pub fn jurisdiction_code(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::Quebec => "quebec",
        Jurisdiction::Ontario => "ontario",
        Jurisdiction::Federal => "federal",
        Jurisdiction::Private => "private",
    }
}

/// The kind of document, as the catalogs' selectors name it.
pub fn kind_code(kind: DocKind) -> &'static str {
    match kind {
        DocKind::Policy => "policy",
        DocKind::Notice => "notice",
    }
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
            let (en, fr) = (
                r.citation().in_lang(Lang::En),
                r.citation().in_lang(Lang::Fr),
            );
            assert_eq!(r.confirmed, !en.contains("to confirm"), "{}: {en}", r.id);
            assert_eq!(r.confirmed, !fr.contains("à confirmer"), "{}: {fr}", r.id);
            for id in [r.element, r.citation, r.satisfied_by] {
                for lang in Lang::ALL {
                    assert!(
                        crate::tool_text::has(lang, id),
                        "{}: `{id}` in {lang}",
                        r.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_reference_is_worded_in_each_language() {
        let (en, fr) = (rules_markdown(Lang::En), rules_markdown(Lang::Fr));
        for id in ["QC-01", "QC-16", "QC-N07", "ON-04", "FED-06", "PIP-04"] {
            assert!(en.contains(&format!("| {id} |")), "{id}");
            assert!(fr.contains(&format!("| {id} |")), "{id}");
        }
        assert!(
            en.contains("| QC-16 | error | Published on the website"),
            "{en}"
        );
        assert!(en.contains("| Access Act s. 63.4 |"), "{en}");
        assert!(
            fr.contains("| Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels, art. 63.4 |"),
            "{fr}"
        );
        assert!(fr.contains("| QC-01 | erreur |"), "{fr}");
        assert!(fr.contains("| ON-01 | avertissement |"), "{fr}");
        // The same rows in the same order, in both.
        let rows = |t: &str| t.lines().filter(|l| l.starts_with("| ")).count();
        assert_eq!(rows(&en), rows(&fr));
    }
}
