//! The policy: what a privacy policy says, as data.
//!
//! Each struct is one part of a policy file (`content/policies/<id>.yaml`).
//! Profiles (`content/profiles/*.yaml`) hold any subset of the same keys and
//! are merged under the policy before it is read into these types (see
//! [`crate::resolve`]). Enumerations name practices the seed policies share;
//! their wording lives in the locale files (`locales/*/policy.ftl`), keyed by
//! the kebab-case value, so `ip-address` reads "IP address" / « adresse IP ».
//! Every struct rejects unknown keys.

use super::act::ActCitation;
use super::cookies::{Cookies, Service, Tracking};
use super::entry::Entry;
use super::values::{Bilingual, Date, Email, Ident, Localized, Markdown, Phone, Text, Url};
use super::vocab::List;
use super::ValueError;
use crate::msg;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One document: a privacy policy (`content/policies/`) or a collection
/// notice (`content/notices/`), after its profiles are merged in. Both kinds
/// share one model, so every stage reads them the same way; the keys only
/// one kind takes are listed in [`KIND_ONLY`] and refused in the other.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Which kind of document this is: from its folder, never written.
    #[serde(skip)]
    #[schemars(skip)]
    pub doc_kind: DocKind,
    /// The profile this policy inherits from (`content/profiles/<name>.yaml`).
    #[serde(default, skip_serializing)]
    pub extends: Option<Ident>,
    /// Kind of document, which sets its conventional name.
    #[serde(default)]
    pub kind: PolicyKind,
    /// Whose law governs the policy; selects the legal-lint rules and the
    /// keys that only one jurisdiction uses.
    pub jurisdiction: Jurisdiction,
    /// The page's title in both languages.
    pub title: Text,
    /// The URL slug of each page; defaults to the policy id in both languages.
    #[serde(default)]
    pub slug: Option<Bilingual<Ident>>,
    /// Date the policy was last modified (`YYYY-MM-DD`). Without it the
    /// pages have no "Date modified" line (rule WEB-01 warns).
    #[serde(default)]
    pub updated: Option<Date>,
    /// Who publishes the policy.
    pub organization: Organization,
    /// The opening sentences the body chose to write.
    #[serde(default)]
    pub introduction: Introduction,
    /// What the body says of its collection as a whole.
    #[serde(default)]
    pub collection: Collection,
    /// The law the policy answers to.
    #[serde(default)]
    pub legal: Legal,
    /// What is collected automatically when someone visits.
    #[serde(default)]
    pub automatic: Automatic,
    /// What the site places on the reader's device: `none`, or what the
    /// policy says of its cookies. Absent, the page says nothing of cookies.
    #[serde(default)]
    pub cookies: Option<Cookies>,
    /// Québec: whether a technology of the site identifies, locates or
    /// profiles, and how to turn those functions on (Access Act s. 65.0.1).
    #[serde(default)]
    pub tracking: Option<Tracking>,
    /// The outside services the site uses (web analytics, hosting, forms…).
    #[serde(default)]
    pub services: Vec<Service>,
    /// What a visitor may give voluntarily, and why.
    #[serde(default)]
    pub voluntary: Voluntary,
    /// What personal information is used for.
    #[serde(default, rename = "use")]
    pub use_: Use,
    /// Who inside the organization has access: `only:` reads "only …
    /// have access", a plain list "… include".
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<AccessGroup>>")]
    pub access: List<Entry<AccessGroup>>,
    /// Who outside the organization receives personal information, and
    /// when: `none` says no one does; absent, the page says neither.
    #[serde(default)]
    pub recipients: Option<Recipients>,
    /// Whether personal information leaves the jurisdiction, and where to:
    /// `none` says it does not; absent, the page says neither.
    #[serde(default)]
    pub transfers: Option<Transfers>,
    /// How long personal information is kept and what happens to it then.
    #[serde(default)]
    pub retention: Option<RetentionStatement>,
    /// Security measures.
    #[serde(default)]
    pub security: Security,
    /// The reader's rights and whom to contact.
    #[serde(default)]
    pub rights: Rights,
    /// The complaint processes the policy names.
    #[serde(default)]
    pub complaints: Complaints,
    /// Links to other sites.
    #[serde(default)]
    pub links: Links,
    /// A notice: the privacy policy of the site it belongs to (a policy id).
    #[serde(default)]
    pub privacy_policy: Option<Ident>,
    /// A notice: the form it is given on.
    #[serde(default)]
    pub form: Option<Form>,
    /// A notice: the fields the form collects.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// A notice: whether answering is obligatory or optional, for every
    /// field that does not say otherwise.
    #[serde(default)]
    pub reply: Option<Reply>,
    /// A notice: what happens if the person does not answer.
    #[serde(default)]
    pub refusal: Option<Text>,
    /// A policy: the collection notices of the site that name it (set by
    /// the build from the notices, never written).
    #[serde(skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    #[schemars(skip)]
    pub notices: Vec<NoticeLink>,
    /// A notice: the page of the policy it names (set by the build, never
    /// written).
    #[serde(skip_deserializing, skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub policy_page: Option<PageLink>,
    /// Free sections for what no field covers, placed with `after`.
    #[serde(default)]
    pub sections: Vec<ExtraSection>,
    /// Your own words inside built-in sections, by section id: `before`,
    /// `after` or `instead` of the text the section's data gives (`cookies:
    /// { after: { en: …, fr: … } }`).
    // Left out of `policy.json` when empty, so adding the key changed no
    // policy's version.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    #[schemars(with = "ProseSchema")]
    pub prose: std::collections::BTreeMap<Ident, SectionProse>,
    /// Legal-lint rules this policy silences, each with its reason.
    #[serde(default)]
    pub allow: Vec<Allow>,
    /// Dated changes, newest first.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
}

/// The two kinds of document, by folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// A privacy policy, `content/policies/<id>.yaml`.
    #[default]
    Policy,
    /// A collection notice, one per form, `content/notices/<id>.yaml`.
    Notice,
}

impl DocKind {
    /// Both kinds.
    pub const ALL: [DocKind; 2] = [DocKind::Policy, DocKind::Notice];

    /// The kind's name in diagnostics and the published data.
    pub fn name(self) -> &'static str {
        match self {
            DocKind::Policy => "policy",
            DocKind::Notice => "notice",
        }
    }
}

/// Top-level keys only one kind of document takes. A notice does not
/// describe the website (LR, "Collection notices"): what a profile gives of
/// these is not inherited by a notice, and a notice's own file writing one
/// is an error at the key, as a policy writing a notice's key is.
pub const KIND_ONLY: &[(&str, DocKind)] = &[
    ("introduction", DocKind::Policy),
    ("collection", DocKind::Policy),
    ("automatic", DocKind::Policy),
    ("cookies", DocKind::Policy),
    ("voluntary", DocKind::Policy),
    ("links", DocKind::Policy),
    ("tracking", DocKind::Policy),
    ("privacy_policy", DocKind::Notice),
    ("form", DocKind::Notice),
    ("fields", DocKind::Notice),
    ("reply", DocKind::Notice),
    ("refusal", DocKind::Notice),
];

/// What a profile gives that a notice does not inherit beside the
/// [`KIND_ONLY`] keys: what the body uses information for in general, the
/// rules a profile silences for policies, and the s. 65 quotation, which
/// the notice itself is (a notice states its own).
pub const NOT_INHERITED_BY_NOTICES: &[&str] = &[
    "use",
    "allow",
    "history",
    "sections",
    "prose",
    "legal.quote_section_65",
];

/// Every key a notice does not inherit from its profiles: the policies'
/// own keys ([`KIND_ONLY`]) and [`NOT_INHERITED_BY_NOTICES`].
pub fn not_inherited_by_notices() -> Vec<&'static str> {
    KIND_ONLY
        .iter()
        .filter(|(_, k)| *k == DocKind::Policy)
        .map(|(key, _)| *key)
        .chain(NOT_INHERITED_BY_NOTICES.iter().copied())
        .collect()
}

/// The form a collection notice is given on.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Its title, as the form shows it.
    pub title: Text,
    /// Its address, one for both languages or one each.
    #[serde(default)]
    pub url: Option<Localized<Url>>,
}

/// A field of a form: a category of information (`email`), or the category
/// with what differs from the notice as a whole.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum Field {
    /// A category: the notice's `reply` and purposes apply.
    Plain(Entry<VoluntaryCategory>),
    /// A category with its own label or reply.
    Detailed(FieldDetail),
}

/// A field that says more than its category.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FieldDetail {
    /// What it collects.
    pub category: Entry<VoluntaryCategory>,
    /// The form's own label for it, when it differs from the category's.
    #[serde(default)]
    pub label: Option<Text>,
    /// Whether answering it is obligatory or optional, when it differs
    /// from the notice's `reply`.
    #[serde(default)]
    pub reply: Option<Reply>,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A mapping with `category` is a detailed field; anything else is a
        // category (a built-in id, or the author's own term).
        let v = serde_yaml::Value::deserialize(d)?;
        let detailed = v
            .as_mapping()
            .is_some_and(|m| m.contains_key(serde_yaml::Value::from("category")));
        if detailed {
            FieldDetail::deserialize(v)
                .map(Field::Detailed)
                .map_err(serde::de::Error::custom)
        } else {
            Entry::<VoluntaryCategory>::deserialize(v)
                .map(Field::Plain)
                .map_err(serde::de::Error::custom)
        }
    }
}

impl Field {
    /// What it collects.
    pub fn category(&self) -> &Entry<VoluntaryCategory> {
        match self {
            Field::Plain(c) => c,
            Field::Detailed(d) => &d.category,
        }
    }

    /// Its own reply, when it gives one.
    pub fn reply(&self) -> Option<Reply> {
        match self {
            Field::Plain(_) => None,
            Field::Detailed(d) => d.reply,
        }
    }
}

/// A document's page, as another document links to it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PageLink {
    /// The document's id.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// The address of its page in each language.
    pub url: Bilingual<String>,
}

/// A collection notice, as the policy it names lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoticeLink {
    /// The notice's id.
    pub id: String,
    /// The title of its form.
    pub form: Text,
    /// The address of its page in each language.
    pub url: Bilingual<String>,
}

/// What the document is called in its jurisdiction's usage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyKind {
    /// Québec: « politique de confidentialité ».
    #[default]
    PrivacyPolicy,
    /// Ontario: « déclaration concernant la protection de la vie privée ».
    PrivacyStatement,
    /// Federal: « avis de confidentialité ».
    PrivacyNotice,
    /// A collection notice: « avis de collecte ». Every notice is called so.
    CollectionNotice,
}

/// The organization that publishes the site.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// Full name, e.g. Ministère des Relations internationales.
    pub name: Text,
    /// Short form used in running text ("the department", « le Ministère »).
    #[serde(default)]
    pub short_name: Option<Text>,
    /// Whether the name takes a feminine article in French (la Commission).
    #[serde(default)]
    pub gender: Gender,
    /// The site's home page.
    pub website: Localized<Url>,
    /// The site's name when it differs from the organization's (Québec Portal).
    #[serde(default)]
    pub site_name: Option<Text>,
    /// Postal address of the organization.
    #[serde(default)]
    pub address: Option<Address>,
}

/// Grammatical gender of a name in French, for agreement in sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Gender {
    /// le Ministère, le gouvernement.
    #[default]
    Masculine,
    /// la Commission, la Société.
    Feminine,
}

/// A Canadian postal address, formatted per Canada Post in each language.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Address {
    /// Civic number and street (`900, boulevard René-Lévesque Est` /
    /// `900 René-Lévesque Blvd East`).
    pub street: Text,
    /// Suite, floor or office (`5e étage` / `5th Floor`).
    #[serde(default)]
    pub unit: Option<Text>,
    /// City.
    pub city: String,
    /// Province or territory.
    pub province: Province,
    /// Postal code, `A1A 1A1`.
    pub postal_code: PostalCode,
}

/// A province or territory of Canada.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "UPPERCASE")]
#[allow(missing_docs, clippy::upper_case_acronyms)]
pub enum Province {
    AB,
    BC,
    MB,
    NB,
    NL,
    NS,
    NT,
    NU,
    ON,
    PE,
    QC,
    SK,
    YT,
}

/// A Canadian postal code, normalized to `A1A 1A1`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PostalCode(String);

impl PostalCode {
    /// Parses `G1R 4Y2` or `g1r4y2`.
    pub fn parse(s: &str) -> Result<PostalCode, ValueError> {
        let c: Vec<char> = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let shape = c.len() == 6
            && c.iter().enumerate().all(|(i, ch)| {
                if i % 2 == 0 {
                    ch.is_ascii_uppercase()
                } else {
                    ch.is_ascii_digit()
                }
            });
        if shape {
            Ok(PostalCode(format!(
                "{}{}{} {}{}{}",
                c[0], c[1], c[2], c[3], c[4], c[5]
            )))
        } else {
            Err(ValueError::new(msg!(
                "model-postal-code",
                code = s.to_string()
            )))
        }
    }
}

impl JsonSchema for PostalCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PostalCode".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$",
            "description": "A Canadian postal code, e.g. G1R 4Y2."
        })
    }
}

impl<'de> Deserialize<'de> for PostalCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PostalCode::parse(&s).map_err(ValueError::into_de)
    }
}

/// The legal frame of the policy.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Legal {
    /// The acts and sections the policy cites.
    #[serde(default)]
    pub acts: Vec<ActCitation>,
    /// The body overseeing compliance, and whether the policy says it
    /// oversees compliance. Left out, the rights section names the
    /// jurisdiction's body (the law makes it the one that hears complaints)
    /// and the legal section says nothing of it.
    #[serde(default, deserialize_with = "oversight_statement")]
    #[schemars(with = "Option<OversightStatement>")]
    pub oversight: Option<OversightStatement>,
    /// Whether to reproduce the list of what the body must tell you under
    /// the Québec Access Act s. 65.
    #[serde(default)]
    pub quote_section_65: bool,
    /// The personal information banks (federal) that describe the
    /// information, each with its number and, if given, its title and its
    /// address in Info Source.
    #[serde(default)]
    pub banks: Vec<Bank>,
}

/// A personal information bank (federal; Info Source): `{ number: { en: PSU
/// 914, fr: POU 914 }, title: { en: Public Communications, fr:
/// Communications publiques } }`.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Bank {
    /// Its number in each language: PSU in English, POU in French.
    pub number: Text,
    /// Its title in each language, if the policy gives it.
    #[serde(default)]
    pub title: Option<Text>,
    /// Where it is described (its Info Source entry): one address for both
    /// languages, or one each.
    #[serde(default)]
    pub url: Option<Localized<Url>>,
}

/// Reads `legal.oversight`, refusing the earlier spelling (`oversight: cai`)
/// with how to write it now: converting it would add a sentence the author
/// never wrote.
fn oversight_statement<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<OversightStatement>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Option<OversightStatement>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a group with `body`")
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: serde::Deserializer<'de>>(self, d: D2) -> Result<Self::Value, D2::Error> {
            d.deserialize_any(self)
        }
        fn visit_str<E: serde::de::Error>(self, body: &str) -> Result<Self::Value, E> {
            Err(ValueError::new(msg!("model-oversight-group", body = body.to_string())).into_de())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
            OversightStatement::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                .map(Some)
        }
    }
    d.deserialize_any(V)
}

/// Keys that only a policy of one jurisdiction uses, by path: `new` leaves
/// them commented out in a policy of another jurisdiction.
pub const JURISDICTION_ONLY: &[(&str, Jurisdiction)] = &[
    ("legal.quote_section_65", Jurisdiction::Quebec),
    ("legal.banks", Jurisdiction::Federal),
    ("tracking", Jurisdiction::Quebec),
];

impl Policy {
    /// The body that hears complaints under the policy's law: the one
    /// `legal.oversight.body` names, else the jurisdiction's (the law makes
    /// it so; naming it states no fact the law does not).
    pub fn oversight_body(&self) -> Oversight {
        self.legal
            .oversight
            .map_or_else(|| self.jurisdiction.default_oversight(), |o| o.body)
    }
}

/// Whose privacy law governs the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Jurisdiction {
    /// A Québec public body (Access Act).
    Quebec,
    /// An Ontario institution (FIPPA, MFIPPA).
    Ontario,
    /// A federal institution (Privacy Act).
    Federal,
    /// A private-sector organization (PIPEDA).
    Private,
}

impl Jurisdiction {
    /// The oversight body of the jurisdiction.
    pub fn default_oversight(self) -> Oversight {
        match self {
            Jurisdiction::Quebec => Oversight::Cai,
            Jurisdiction::Ontario => Oversight::IpcOntario,
            Jurisdiction::Federal | Jurisdiction::Private => Oversight::Opc,
        }
    }
}

/// The opening sentences of a policy, each one the body's own statement:
/// none is printed unless its key says `true`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Introduction {
    /// "Thank you for visiting our website and for taking the time to read
    /// our privacy policy."
    #[serde(default)]
    pub thanks: bool,
    /// "We are committed to protecting your privacy, whether you are simply
    /// browsing our site or sending us information."
    #[serde(default)]
    pub commitment: bool,
}

/// Statements about the collection as a whole. Each asserts a fact about
/// the body, so each is printed only when its key says `true`; a starter
/// or profile sets none of them for the author.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Collection {
    /// "We collect no personal information about you without your prior
    /// consent."
    #[serde(default)]
    pub none_without_consent: bool,
    /// "We collect no personal information about you unless you choose to
    /// use online products and services that require it."
    #[serde(default)]
    pub only_when_you_choose: bool,
    /// "We collect only the personal information that is necessary for our
    /// programs and activities."
    #[serde(default)]
    pub only_necessary: bool,
    /// "When we collect personal information, we tell you the specific
    /// purpose for which we collect it."
    #[serde(default)]
    pub notice_at_collection: bool,
}

/// What the policy says of the body that oversees compliance.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OversightStatement {
    /// Which body; the rights section names it when it tells how to
    /// complain.
    pub body: Oversight,
    /// "The … oversees compliance with this legislation." Printed only
    /// when `true`.
    #[serde(default)]
    pub oversees_compliance: bool,
}

/// A body that oversees privacy compliance and hears complaints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Oversight {
    /// Commission d'accès à l'information du Québec.
    Cai,
    /// Information and Privacy Commissioner of Ontario.
    IpcOntario,
    /// Office of the Privacy Commissioner of Canada.
    Opc,
}

/// Information collected automatically during a visit.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Automatic {
    /// Whether this information can identify the visitor: `false` says it
    /// does not, `true` that it may; absent, the page says neither.
    #[serde(default)]
    pub identifies: Option<bool>,
    /// What is collected: a plain list (or `including:`) may not name
    /// everything, `only:` says it does.
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<AutoCategory>>")]
    pub categories: List<Entry<AutoCategory>>,
    /// Why it is collected: `only:` reads "only to:", a plain list does not.
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<AutoPurpose>>")]
    pub purposes: List<Entry<AutoPurpose>>,
    /// Statistics kept from it.
    #[serde(default)]
    pub statistics: Vec<Statistic>,
    /// What the policy says of the systems that watch for attempts to
    /// damage the site: `true` for that they do; a group for what more it
    /// says of them.
    #[serde(default)]
    pub security_monitoring: SecurityMonitoring,
}

/// `automatic.security_monitoring`: `true` (systems detect attempts to
/// damage the site), or a group saying so and what else the policy says of
/// them, each sentence from its own key (the Ontario statement: "to
/// anonymously monitor…", "we make no attempt to link this information with
/// the identity of individuals", "we can take further actions").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, JsonSchema)]
#[schemars(with = "SecurityMonitoringSchema")]
pub struct SecurityMonitoring {
    /// Systems watch for attempts to damage the site.
    pub on: bool,
    /// The detection is anonymous.
    pub anonymous: bool,
    /// As a general practice, no attempt is made to link what is detected
    /// to the identity of visitors.
    pub not_linked_to_identity: bool,
    /// Further action may be taken when an attempt is detected.
    pub further_action: bool,
}

/// The group spelling of `automatic.security_monitoring`.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SecurityMonitoringDetails {
    /// "…detect, anonymously, unauthorized attempts…".
    #[serde(default)]
    pub anonymous: bool,
    /// "As a general practice, we make no attempt to link this information
    /// to the identity of the people who visit our site."
    #[serde(default)]
    pub not_linked_to_identity: bool,
    /// "If an attempt to damage our site is detected, we may take further
    /// action."
    #[serde(default)]
    pub further_action: bool,
}

#[derive(JsonSchema)]
#[allow(dead_code)] // Only its schema is used.
#[serde(untagged)]
enum SecurityMonitoringSchema {
    /// `true`: systems detect attempts to damage the site.
    Said(bool),
    /// What else the policy says of them.
    Details(SecurityMonitoringDetails),
}

impl Serialize for SecurityMonitoring {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.anonymous || self.not_linked_to_identity || self.further_action {
            SecurityMonitoringDetails {
                anonymous: self.anonymous,
                not_linked_to_identity: self.not_linked_to_identity,
                further_action: self.further_action,
            }
            .serialize(s)
        } else {
            s.serialize_bool(self.on)
        }
    }
}

impl<'de> Deserialize<'de> for SecurityMonitoring {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = SecurityMonitoring;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`true`, `false`, or a group with `anonymous`, `not_linked_to_identity`, `further_action`")
            }
            fn visit_bool<E: serde::de::Error>(self, on: bool) -> Result<Self::Value, E> {
                Ok(SecurityMonitoring {
                    on,
                    ..SecurityMonitoring::default()
                })
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
                Ok(SecurityMonitoring::default())
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<Self::Value, A::Error> {
                let d = SecurityMonitoringDetails::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(SecurityMonitoring {
                    on: true,
                    anonymous: d.anonymous,
                    not_linked_to_identity: d.not_linked_to_identity,
                    further_action: d.further_action,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// Categories of information collected automatically, or gathered by an
/// outside service (`services[].information`; the demographic ones, `age`
/// to `interests`, are what web analytics services infer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum AutoCategory {
    IpAddress,
    DomainName,
    Browser,
    OperatingSystem,
    InternetServiceProvider,
    AccessDateTime,
    PagesVisited,
    SearchKeywords,
    FilesRequested,
    ReferringSite,
    Country,
    Age,
    Gender,
    Language,
    Interests,
}

/// Why information is collected automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum AutoPurpose {
    TechnicalRequirements,
    Statistics,
    OperationalTrends,
    Performance,
    SiteImprovement,
    SecurityMonitoring,
}

/// Statistics kept from automatically collected information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Statistic {
    VisitorCount,
    PopularPages,
    Technology,
    ReferringSites,
    CountriesOfOrigin,
}

/// A labelled link.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// The link text.
    pub label: Text,
    /// The address, one for both languages or one each.
    pub url: Localized<Url>,
}

/// What visitors may give voluntarily.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Voluntary {
    /// Kinds of information visitors may give.
    #[serde(default)]
    pub categories: Vec<Entry<VoluntaryCategory>>,
    /// When visitors give it: "if you wish to: …" (what they use it for is
    /// `use.purposes`).
    #[serde(default)]
    pub occasions: Vec<Entry<Occasion>>,
    /// How it reaches the organization.
    #[serde(default)]
    pub channels: Vec<Entry<Channel>>,
    /// Whether a reply is optional or obligatory (Access Act s. 65 (4)).
    #[serde(default)]
    pub reply: Option<Reply>,
    /// What happens if the visitor refuses to give it (s. 65 (5)).
    #[serde(default)]
    pub refusal_consequence: Option<Text>,
    /// Advise against sending personal information (e.g. the social
    /// insurance number) by e-mail.
    #[serde(default)]
    pub email_advice: bool,
    /// Replies needing confidential information are made by telephone.
    #[serde(default)]
    pub reply_by_phone: bool,
    /// E-mail is handled with the same confidentiality as mail.
    #[serde(default)]
    pub same_rules_as_mail: bool,
    /// Staff with access are trained in confidentiality.
    #[serde(default)]
    pub staff_trained: bool,
    /// Other ways to deal with the organization without the Internet.
    #[serde(default)]
    pub alternatives: Vec<Channel>,
    /// "Not all of these options are available in every situation."
    #[serde(default)]
    pub alternatives_not_all_available: bool,
    /// Online services that require identification.
    #[serde(default)]
    pub online_services: Option<OnlineServices>,
    /// A newsletter subscription.
    #[serde(default)]
    pub newsletter: Option<Newsletter>,
}

/// Kinds of personal information a visitor may give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum VoluntaryCategory {
    Name,
    FirstName,
    LastName,
    PostalAddress,
    Telephone,
    Email,
    CreditCard,
    SocialInsuranceNumber,
    UserCode,
    Password,
}

/// What personal information is used for (`use.purposes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum VoluntaryPurpose {
    Respond,
    FollowUp,
    ProvideService,
    Registration,
    Feedback,
    Consultation,
    ECommerce,
    Subscription,
    Research,
    Evaluation,
    Investigation,
    Survey,
}

/// When a visitor gives personal information ("if you wish to: …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Occasion {
    WriteToUs,
    Subscribe,
    RequestService,
    Registration,
    Feedback,
    Consultation,
    ECommerce,
}

/// How information reaches the organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Channel {
    Email,
    OnlineForms,
    OnlineServices,
    Newsletter,
    Telephone,
    Fax,
    Mail,
    Kiosk,
    InPerson,
}

/// Whether replying is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Reply {
    /// The visitor may decline.
    Optional,
    /// Required to obtain the service.
    Obligatory,
}

/// Online services that require the visitor to identify themselves.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OnlineServices {
    /// Why identifying information is asked.
    pub purposes: Vec<IdentificationPurpose>,
    /// "You must provide this information to use these services."
    #[serde(default)]
    pub required: bool,
    /// Access to confidential information requires a user code and password.
    #[serde(default)]
    pub credentials: bool,
    /// The user is responsible for keeping their credentials confidential.
    #[serde(default)]
    pub user_responsible: bool,
}

/// Why an online service asks the visitor to identify themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum IdentificationPurpose {
    VerifyIdentity,
    AccessFile,
    VerifyWhenContacting,
    ProtectConfidentiality,
}

/// A newsletter subscription.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Newsletter {
    /// What a subscriber gives.
    pub categories: Vec<VoluntaryCategory>,
    /// Whether the list may be shared with a third party (`false`: the page
    /// says it never is); left out, the page says neither.
    #[serde(default)]
    pub shared: Option<bool>,
}

/// What personal information is used for.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Use {
    /// The uses: `only:` reads "only to:", a plain list does not claim to
    /// name them all.
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<VoluntaryPurpose>>")]
    pub purposes: List<Entry<VoluntaryPurpose>>,
    /// "We use the personal information we hold only for the purposes for
    /// which it was collected."
    #[serde(default)]
    pub only_for_collected_purposes: bool,
    /// With `only_for_collected_purposes`: "…or for a consistent purpose"
    /// (Ontario FIPPA s. 41 (1) (b), MFIPPA s. 31 (b)).
    #[serde(default)]
    pub or_consistent_purposes: bool,
    /// Uses the body says it never makes ("never used to build user
    /// profiles").
    #[serde(default)]
    pub never_for: Vec<Entry<ForbiddenUse>>,
}

/// A use the body says it never makes of personal information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ForbiddenUse {
    /// Building user profiles.
    Profiling,
    /// Selling it.
    Sale,
    /// Advertising.
    Advertising,
}

/// Who inside the organization may access personal information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum AccessGroup {
    AuthorizedStaff,
    StaffHandlingRequest,
    ServiceProviders,
}

/// When personal information is communicated to a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Disclosure {
    RequestConcernsBody,
    RequiredByLaw,
    WrittenAgreements,
    WithConsent,
}

/// Who outside the organization receives personal information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum RecipientKind {
    OtherPublicBodies,
    PrivateOrganizations,
    ThirdParties,
    RelatedOrganizations,
    ServiceProviders,
}

/// Who receives personal information: `none`, or the recipients.
///
/// Written `none`, as a list (which may not name everyone), as
/// `{ only: [...] }` (it does) or `{ including: [...] }`, with `never: [...]`
/// beside either; `policy.json` writes `"none"` or
/// `{ complete, items, never }`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Recipients {
    /// "We do not communicate your personal information to anyone outside
    /// the organization."
    None,
    /// The recipients and those who never receive it.
    #[serde(untagged)]
    Listed(RecipientList),
}

/// The recipients a policy names.
#[derive(Debug, Clone, Default, Serialize)]
pub struct RecipientList {
    /// Who receives personal information, and when: `only:` says no one
    /// else does.
    #[serde(flatten)]
    pub list: List<Recipient>,
    /// Who never receives it ("never disclosed to a private organization").
    pub never: Vec<Entry<RecipientKind>>,
}

/// One recipient (or category of recipients) of personal information.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Who.
    pub who: Entry<RecipientKind>,
    /// In which cases: `only:` reads "only …".
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<Disclosure>>")]
    pub when: List<Entry<Disclosure>>,
    /// `true`: the information must be communicated (the law requires it);
    /// `false` or absent: it may be.
    #[serde(default)]
    pub must: bool,
    /// What is communicated.
    #[serde(default)]
    pub information: Vec<Entry<VoluntaryCategory>>,
    /// Why.
    #[serde(default)]
    pub purposes: Vec<Entry<VoluntaryPurpose>>,
}

impl<'de> Deserialize<'de> for Recipients {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, value::MapAccessDeserializer, value::SeqAccessDeserializer};
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Recipients;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`none`, a list of recipients, or `{ only: [...], never: [...] }`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Recipients, E> {
                match s {
                    "none" => Ok(Recipients::None),
                    other => Err(ValueError::new(msg!(
                        "model-recipients-word",
                        value = other.to_string()
                    ))
                    .with_hint(msg!("model-recipients-word-hint"))
                    .into_de()),
                }
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Recipients, A::Error> {
                let list = Vec::<Recipient>::deserialize(SeqAccessDeserializer::new(seq))?;
                Ok(Recipients::Listed(RecipientList {
                    list: List::open(list),
                    never: Vec::new(),
                }))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Recipients, A::Error> {
                #[derive(Deserialize)]
                #[serde(deny_unknown_fields)]
                struct Map {
                    #[serde(default)]
                    only: Option<Vec<Recipient>>,
                    #[serde(default)]
                    including: Option<Vec<Recipient>>,
                    #[serde(default)]
                    never: Vec<Entry<RecipientKind>>,
                }
                let m = Map::deserialize(MapAccessDeserializer::new(map))?;
                let list = match (m.only, m.including) {
                    (Some(_), Some(_)) => {
                        return Err(super::vocab::both_only_and_including().into_de())
                    }
                    (Some(items), None) => List::only(items),
                    (None, Some(items)) => List::open(items),
                    (None, None) => List::default(),
                };
                Ok(Recipients::Listed(RecipientList {
                    list,
                    never: m.never,
                }))
            }
        }
        d.deserialize_any(V)
    }
}

/// Whether personal information leaves the jurisdiction: `none`, or a
/// list of where it goes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Transfers {
    /// "We do not communicate your personal information outside Québec"
    /// (outside Canada under another law).
    None,
    /// Where it goes.
    #[serde(untagged)]
    Listed(Vec<Transfer>),
}

impl<'de> Deserialize<'de> for Transfers {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::{self, value::SeqAccessDeserializer};
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Transfers;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`none` or a list of transfers")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Transfers, E> {
                match s {
                    "none" => Ok(Transfers::None),
                    other => Err(ValueError::new(msg!(
                        "model-transfers-word",
                        value = other.to_string()
                    ))
                    .with_hint(msg!("model-transfers-word-hint"))
                    .into_de()),
                }
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Transfers, A::Error> {
                Vec::<Transfer>::deserialize(SeqAccessDeserializer::new(seq)).map(Transfers::Listed)
            }
        }
        d.deserialize_any(V)
    }
}

/// One communication of personal information outside the jurisdiction.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Where it goes: a built-in place or the author's own (`{ id, label }`,
    /// the label as it reads after "may be communicated": "to Ireland").
    pub to: Entry<Destination>,
    /// Who receives it there (a proper name, e.g. a service provider).
    #[serde(default)]
    pub recipient: Option<Text>,
    /// What is communicated.
    #[serde(default)]
    pub information: Vec<Entry<VoluntaryCategory>>,
    /// Why.
    #[serde(default)]
    pub purposes: Vec<Entry<VoluntaryPurpose>>,
}

/// Where personal information goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum Destination {
    OutsideQuebec,
    OutsideOntario,
    OutsideCanada,
    UnitedStates,
    EuropeanUnion,
    UnitedKingdom,
}

/// How long personal information is kept, and what happens to it then.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionStatement {
    /// How long, in the author's words, completing "We keep your personal
    /// information …" ("for two years after your last visit").
    #[serde(default)]
    pub period: Option<Text>,
    /// What happens when it is no longer needed.
    #[serde(default)]
    pub then: Option<Retention>,
    /// "… securely."
    #[serde(default)]
    pub securely: bool,
}

/// What happens to personal information no longer needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Retention {
    /// Archived or destroyed.
    ArchivedOrDestroyed,
    /// Destroyed.
    Destroyed,
}

/// Security measures.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// The measures in place.
    #[serde(default)]
    pub measures: Vec<SecurityMeasure>,
    /// "Our security practices evolve continually."
    #[serde(default)]
    pub evolving: bool,
}

/// A security measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum SecurityMeasure {
    UpToDateProtocols,
    Encryption,
    SecuritySoftware,
    Firewall,
    PhysicalControls,
    TechnicalControls,
    ProceduralControls,
    AccessRestricted,
    StaffTraining,
}

/// The reader's rights and whom to contact.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    /// Right of access to one's information.
    #[serde(default)]
    pub access: bool,
    /// Right to have it corrected.
    #[serde(default)]
    pub correction: bool,
    /// Right to ask that it be destroyed (the MRI: "corrected or
    /// destroyed"); printed with the right of correction.
    #[serde(default)]
    pub deletion: bool,
    /// Right to complain to the oversight body.
    #[serde(default)]
    pub complaint: bool,
    /// Right to have the oversight body review a decision on a request
    /// for access (or correction): Québec, a review by the Commission;
    /// Ontario, an appeal to the Commissioner; federal, a complaint to the
    /// Privacy Commissioner.
    #[serde(default)]
    pub review: bool,
    /// An online way to consult or correct one's information, if any.
    #[serde(default)]
    pub online_access: Option<Link>,
    /// How to exercise the rights: the page says to send a request to the
    /// person in charge (by the means listed). Left out, it says nothing.
    #[serde(default)]
    pub exercise: Option<Exercise>,
    /// The person in charge.
    #[serde(default)]
    pub contact: Option<Contact>,
    /// Where to send questions and comments about the site.
    #[serde(default)]
    pub questions: Option<Link>,
}

/// The ways to complain that the policy names.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Complaints {
    /// The body's own complaint process (Québec r. 4.1 s. 2 (12): the
    /// right to use it), as a link to where it is described or started.
    /// Left out, the page says nothing of one.
    #[serde(default)]
    pub internal: Option<Link>,
}

/// How a reader exercises their rights.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// The means by which a request may be sent (`mail`, `email`, `fax`…);
    /// left out, the page names none.
    #[serde(default)]
    pub by: Vec<Channel>,
}

/// The person in charge of access to documents and of the protection of
/// personal information (or the official who answers questions).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The position, e.g. « Secrétaire du Ministère ».
    pub title: Text,
    /// The person's name, if published.
    #[serde(default)]
    pub name: Option<String>,
    /// Postal address.
    #[serde(default)]
    pub address: Option<Address>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<Email>,
    /// Telephone.
    #[serde(default)]
    pub phone: Option<Phone>,
    /// Toll-free telephone.
    #[serde(default)]
    pub toll_free: Option<Phone>,
    /// Fax.
    #[serde(default)]
    pub fax: Option<Phone>,
    /// A web form that reaches the person in charge.
    #[serde(default)]
    pub form: Option<super::values::ContactForm>,
}

/// Links to other sites.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Links {
    /// The sites the site links to: "Our site contains links to …".
    #[serde(default, deserialize_with = "linked_sites")]
    #[schemars(with = "Vec<Entry<LinkedSites>>")]
    pub other_sites: Vec<Entry<LinkedSites>>,
    /// "Our privacy policy does not apply to those sites."
    #[serde(default)]
    pub policy_does_not_apply: bool,
    /// "The information exchanged there is subject to their own privacy
    /// policies."
    #[serde(default)]
    pub their_policies_apply: bool,
    /// Visitors are told when they leave the site.
    #[serde(default)]
    pub exit_notice: bool,
}

/// Sites a site links to, as they read after "links to".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum LinkedSites {
    QuebecGovernment,
    OtherGovernments,
    PublicBodies,
    PrivateOrganizations,
}

/// Reads `links.other_sites`, refusing the earlier yes/no with how to write
/// it now: `true` said which sites without the author choosing the words.
fn linked_sites<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Vec<Entry<LinkedSites>>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<Entry<LinkedSites>>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of the sites linked to")
        }
        fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Err(ValueError::new(msg!("model-other-sites-list")).into_de())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(Vec::new())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
            Vec::<Entry<LinkedSites>>::deserialize(serde::de::value::SeqAccessDeserializer::new(
                seq,
            ))
        }
    }
    d.deserialize_any(V)
}

/// A free section with a bilingual title and bilingual Markdown body.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraSection {
    /// The section's anchor, identical in both languages (`#accessibility`).
    pub id: Ident,
    /// The heading.
    pub title: Text,
    /// The body, in Markdown.
    pub body: Markdown,
    /// The id of the section it follows; at the end when absent.
    #[serde(default)]
    pub after: Option<Ident>,
}

/// The author's own Markdown inside a built-in section: before the text
/// the section's data gives, after it, or in its place.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionProse {
    /// Markdown shown at the start of the section, before its generated text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Markdown>,
    /// Markdown shown at the end of the section, after its generated text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Markdown>,
    /// Markdown shown in place of the section's generated text (its data
    /// stays in `policy.json` and the JSON-LD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instead: Option<Markdown>,
}

impl SectionProse {
    /// Each text given, with its key (`before`, `instead`, `after`), in
    /// page order.
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &Markdown)> {
        [
            ("before", &self.before),
            ("instead", &self.instead),
            ("after", &self.after),
        ]
        .into_iter()
        .filter_map(|(k, t)| t.as_ref().map(|t| (k, t)))
    }
}

/// The schema of `prose`: a group per built-in section, named by its id
/// (`propertyNames`, so an editor checks and completes the ids).
struct ProseSchema;

impl JsonSchema for ProseSchema {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Prose".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let group = g.subschema_for::<SectionProse>();
        let ids: Vec<&str> = super::sections::ids().collect();
        schemars::json_schema!({
            "description": "Your own words inside built-in sections, by section id: `before`, `after` or `instead` of the text the section's data gives.",
            "type": "object",
            "propertyNames": { "enum": ids },
            "additionalProperties": group
        })
    }
}

/// A silenced legal-lint rule.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(extend("required" = ["rule", "reason"]))]
pub struct Allow {
    /// The rule id, e.g. `QC-12`.
    pub rule: String,
    /// Why the rule does not apply.
    // Read even when absent, so that `check` says what is missing in its
    // own words (`allow-without-reason`); required in the schema (see the
    // struct's `extend`).
    #[serde(default)]
    pub reason: Option<String>,
}

/// One dated change of the policy.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// When the change took effect.
    pub date: Date,
    /// What changed.
    pub summary: Text,
}

impl JsonSchema for Recipients {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Recipients".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let items = g.subschema_for::<Vec<Recipient>>();
        let never = g.subschema_for::<Vec<Entry<RecipientKind>>>();
        schemars::json_schema!({
            "description": "Who outside the organization receives personal information: `none` (no one), a list (which may not name everyone), or `{ only: [...] }` (no one else) / `{ including: [...] }`, with `never: [...]` beside either.",
            "anyOf": [
                { "const": "none", "description": "No one outside the organization receives it: the page says so." },
                items,
                {
                    "type": "object",
                    "properties": { "only": items, "including": items, "never": never },
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl JsonSchema for Transfers {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Transfers".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let items = g.subschema_for::<Vec<Transfer>>();
        schemars::json_schema!({
            "description": "Whether personal information leaves the jurisdiction: `none` (it does not: the page says so), or where it goes.",
            "anyOf": [
                { "const": "none", "description": "It does not leave Québec (under Québec law) or Canada: the page says so." },
                items
            ]
        })
    }
}
