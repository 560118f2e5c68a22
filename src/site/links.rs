//! How the documents of a site point at each other: each policy lists the
//! notices that name it, each notice links to its policy.
//!
//! Its own file because both drivers (the stream and the workspace) build
//! it between the per-document passes from what each document's run kept
//! ([`DocLink`]), after the documents' data may have been dropped.

use crate::model::SiteConfig;
use std::collections::BTreeMap;

/// What a valid document tells documents of the other kind.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum DocLink {
    /// A notice: the policy it names, and how that policy lists it.
    Notice {
        /// The policy id it names (`privacy_policy`).
        policy: String,
        /// The notice's form title.
        form: crate::model::Text,
        /// The notice's slugs.
        slugs: crate::model::Bilingual<String>,
    },
    /// A policy: how its notices link to it.
    Policy {
        /// Its title.
        title: crate::model::Text,
        /// Its slugs.
        slugs: crate::model::Bilingual<String>,
    },
}

/// How the documents of a site point at each other: each policy lists the
/// notices that name it, and each notice links to its policy. Built from
/// the documents' [`DocLink`]s between the stages (notices are checked
/// before policies render, and render after them).
#[derive(Debug, Clone, Default)]
pub(crate) struct Links {
    /// By policy id, the notices naming it, in id order.
    pub(super) notices: BTreeMap<String, Vec<crate::model::NoticeLink>>,
    /// By policy id, its page.
    pub(super) policies: BTreeMap<String, crate::model::PageLink>,
}

impl Links {
    /// The links of `docs` (id and link), with addresses under `config`.
    pub(crate) fn of<'a>(
        config: Option<&SiteConfig>,
        docs: impl Iterator<Item = (&'a str, &'a DocLink)>,
    ) -> Links {
        let mut links = Links::default();
        let url = |slugs: &crate::model::Bilingual<String>| match config {
            Some(c) => crate::model::Bilingual {
                en: crate::render::page_url(c, crate::model::Lang::En, &slugs.en),
                fr: crate::render::page_url(c, crate::model::Lang::Fr, &slugs.fr),
            },
            None => slugs.clone(),
        };
        for (id, link) in docs {
            match link {
                DocLink::Notice {
                    policy,
                    form,
                    slugs,
                } => links.notices.entry(policy.clone()).or_default().push(
                    crate::model::NoticeLink {
                        id: id.to_string(),
                        form: form.clone(),
                        url: url(slugs),
                    },
                ),
                DocLink::Policy { title, slugs } => {
                    links.policies.insert(
                        id.to_string(),
                        crate::model::PageLink {
                            id: id.to_string(),
                            title: title.clone(),
                            url: url(slugs),
                        },
                    );
                }
            }
        }
        for list in links.notices.values_mut() {
            list.sort_by(|a, b| a.id.cmp(&b.id));
        }
        links
    }
}
