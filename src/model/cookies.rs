//! Cookies, the technologies of s. 65.0.1 and the outside services a site
//! uses (document model 2, docs/design/document-model-2.md §3.3).
//!
//! Three keys of a policy: `cookies` (what the site places on the reader's
//! device), `tracking` (Québec: functions that identify, locate or profile,
//! Access Act s. 65.0.1) and `services` (the outside services the site
//! uses: web analytics, hosting, forms…, one role each). Each statement the
//! page makes comes from a key whose name says it; a key left out says
//! nothing.

use super::entry::Entry;
use super::policy::{AutoCategory, AutoPurpose, Link};
use super::values::{Ident, Localized, Text, Url};
use super::vocab::List;
use super::ValueError;
use crate::msg;
use schemars::JsonSchema;
use serde::de::{self, DeserializeOwned, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// Reads a value that is one word (read as `W`) or a group of keys (read
/// as `M`), through the deserializer itself, so a mistake inside the group
/// is reported at its own key.
fn word_or_group<'de, D, W, M, T>(
    d: D,
    expecting: &'static str,
    word: fn(W) -> T,
    group: fn(M) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    W: DeserializeOwned,
    M: Deserialize<'de>,
{
    struct V<'de, W, M, T> {
        expecting: &'static str,
        word: fn(W) -> T,
        group: fn(M) -> T,
        marker: PhantomData<&'de ()>,
    }
    impl<'de, W: DeserializeOwned, M: Deserialize<'de>, T> Visitor<'de> for V<'de, W, M, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            W::deserialize(de::value::StrDeserializer::<E>::new(v)).map(self.word)
        }
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            M::deserialize(de::value::MapAccessDeserializer::new(map)).map(self.group)
        }
    }
    d.deserialize_any(V {
        expecting,
        word,
        group,
        marker: PhantomData,
    })
}

/// The word `none`, the one word some keys take to assert an absence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NoneWord {
    /// Asserts that there is none.
    None,
}

/// What the site places on the reader's device: `none` (the page says it
/// places no cookies), or what it says of them.
#[derive(Debug, Clone, PartialEq)]
pub enum Cookies {
    /// `cookies: none` ⇒ "Our site places no cookies on your device."
    None,
    /// What the policy says of its cookies.
    Described(CookieDetails),
}

impl Cookies {
    /// The statements, unless the policy says it places none.
    pub fn details(&self) -> Option<&CookieDetails> {
        match self {
            Cookies::None => None,
            Cookies::Described(d) => Some(d),
        }
    }

    /// Whether it says anything (`none` does).
    pub fn says_something(&self) -> bool {
        self.details().is_none_or(|d| !d.is_empty())
    }
}

impl Serialize for Cookies {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cookies::None => s.serialize_str("none"),
            Cookies::Described(d) => d.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Cookies {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        word_or_group(
            d,
            "`none`, or a group of keys (`items`, `no_persistent`, `refuse`…)",
            |_: NoneWord| Cookies::None,
            Cookies::Described,
        )
    }
}

impl JsonSchema for Cookies {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Cookies".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let details = g.subschema_for::<CookieDetails>();
        schemars::json_schema!({
            "description": "`none` (\"Our site places no cookies on your device.\"), or what the policy says of its cookies.",
            "anyOf": [{ "type": "string", "const": "none" }, details]
        })
    }
}

/// What a policy says of the cookies (and similar technologies) its site
/// places. Each statement is printed only when its key says so.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieDetails {
    /// "Our site places no persistent cookies on your device."
    #[serde(default)]
    pub no_persistent: bool,
    /// The cookies, one by one or by group.
    #[serde(default)]
    pub items: Vec<CookieItem>,
    /// How the site asks for consent: `none`, a `banner`, or a
    /// `preference-centre`.
    #[serde(default)]
    pub consent: Option<CookieConsent>,
    /// How to refuse cookies, what refusing costs, how to withdraw consent.
    #[serde(default)]
    pub refuse: Option<Refuse>,
    /// "Our site does not use cookies to gather personal information about
    /// you."
    #[serde(default)]
    pub no_personal_information: bool,
    /// "Some of the sites our site links to may place their own cookies on
    /// your device."
    #[serde(default)]
    pub linked_sites_may_set: bool,
}

impl CookieItem {
    /// Whether the item says anything of the cookie but its id.
    pub fn is_bare(&self) -> bool {
        self.name.is_none()
            && self.provider.is_none()
            && self.purpose.is_none()
            && self.essential.is_none()
            && self.lifetime.is_none()
            && self.storage.is_none()
            && self.kind.is_none()
    }
}

impl CookieDetails {
    /// Whether it states nothing at all.
    pub fn is_empty(&self) -> bool {
        !self.no_persistent
            && self.items.is_empty()
            && self.consent.is_none()
            && self.refuse.as_ref().is_none_or(Refuse::is_empty)
            && !self.no_personal_information
            && !self.linked_sites_may_set
    }
}

/// One cookie, or a group of cookies alike.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CookieItem {
    /// Its identifier in this policy.
    pub id: Ident,
    /// Its technical name, as the browser shows it (`ASP.NET_SessionId`,
    /// `_ga`).
    #[serde(default)]
    pub name: Option<String>,
    /// The service that sets it: the `id` of one of `services`. Left out,
    /// the body's own site sets it.
    #[serde(default)]
    pub provider: Option<Ident>,
    /// Why it is set: a built-in purpose or one of your own.
    #[serde(default)]
    pub purpose: Option<Entry<CookiePurpose>>,
    /// Whether the site needs it to work (`false`: the reader may refuse it,
    /// and QC-08 asks what refusing costs).
    #[serde(default)]
    pub essential: Option<bool>,
    /// How long it stays: `session`, `persistent` or `{ days: N }`.
    #[serde(default)]
    pub lifetime: Option<Lifetime>,
    /// Where it is kept: `memory` (never written to the device's disk) or
    /// `disk`.
    #[serde(default)]
    pub storage: Option<Storage>,
    /// What it is: `cookie`, `local-storage`, `pixel` or `script`.
    #[serde(default, rename = "type")]
    pub kind: Option<CookieType>,
}

/// Why a cookie is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CookiePurpose {
    /// Needed to move through the site (e.g. ASP sessions).
    Navigation,
    /// To make browsing easier.
    Convenience,
    /// To remember the reader's choices (language, display).
    Preferences,
    /// To protect the site and its users.
    Security,
    /// To measure how the site is used.
    Analytics,
    /// To spread the load between servers.
    LoadBalancing,
    /// To show advertising.
    Advertising,
}

/// How long a cookie stays on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Until the end of the visit.
    Session,
    /// After the visit, for a time the policy does not give.
    Persistent,
    /// After the visit, for this many days.
    Days(u32),
}

/// The words a lifetime may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LifetimeWord {
    /// Deleted at the end of the visit.
    Session,
    /// Stays after the visit.
    Persistent,
}

/// A lifetime given in days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LifetimeDays {
    /// How many days it stays.
    #[schemars(range(min = 1))]
    pub days: u32,
}

impl Serialize for Lifetime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Lifetime::Session => s.serialize_str("session"),
            Lifetime::Persistent => s.serialize_str("persistent"),
            Lifetime::Days(days) => LifetimeDays { days: *days }.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Lifetime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let l = word_or_group(
            d,
            "`session`, `persistent` or `{ days: N }`",
            |w: LifetimeWord| match w {
                LifetimeWord::Session => Lifetime::Session,
                LifetimeWord::Persistent => Lifetime::Persistent,
            },
            |g: LifetimeDays| Lifetime::Days(g.days),
        )?;
        if l == Lifetime::Days(0) {
            return Err(ValueError::new(msg!("model-lifetime-zero-days")).into_de());
        }
        Ok(l)
    }
}

impl JsonSchema for Lifetime {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Lifetime".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let word = g.subschema_for::<LifetimeWord>();
        let days = g.subschema_for::<LifetimeDays>();
        schemars::json_schema!({
            "description": "A word, or a number of days.",
            "anyOf": [word, days]
        })
    }
}

/// Where a cookie is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Storage {
    /// In the device's memory only, never written to its disk.
    Memory,
    /// On the device's disk.
    Disk,
}

/// What the technology is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CookieType {
    /// A browser cookie.
    Cookie,
    /// The browser's local storage.
    LocalStorage,
    /// A tracking pixel (web beacon).
    Pixel,
    /// A script that collects information.
    Script,
}

/// How the site asks for consent to its cookies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CookieConsent {
    /// It does not ask.
    None,
    /// A banner asks on the first visit.
    Banner,
    /// A preference centre lets the reader choose at any time.
    PreferenceCentre,
}

/// How a reader refuses cookies, and what it costs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Refuse {
    /// "You can set your browser to refuse cookies at any time."
    #[serde(default)]
    pub browser: bool,
    /// What refusing costs (QC-08): a built-in consequence or your own text.
    #[serde(default)]
    pub consequence: Option<Consequence>,
    /// How to withdraw a consent already given, in your own words.
    #[serde(default)]
    pub withdraw: Option<Text>,
}

impl Refuse {
    /// Whether it states nothing.
    pub fn is_empty(&self) -> bool {
        !self.browser && self.consequence.is_none() && self.withdraw.is_none()
    }
}

/// A consequence the page words itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConsequenceTerm {
    /// "Some features of our site might then be unavailable."
    SomeFeaturesUnavailable,
}

/// What refusing (or opting out) costs: a built-in consequence, or your
/// own text `{ en, fr }`.
#[derive(Debug, Clone, PartialEq)]
pub enum Consequence {
    /// Worded by the locale files (`consequence-<term>`).
    Term(ConsequenceTerm),
    /// Your own sentence.
    Text(Text),
}

/// How a consequence of one's own is published: `{ text: { en, fr } }`,
/// so a reader (and a template, once the page's language is picked) tells
/// it from a built-in term.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OwnConsequence {
    /// The sentence.
    pub text: Text,
}

impl Serialize for Consequence {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Consequence::Term(t) => t.serialize(s),
            Consequence::Text(text) => OwnConsequence { text: text.clone() }.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Consequence {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        /// `{ en, fr }`, or the published `{ text: { en, fr } }`.
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Own {
            Text(Text),
            Wrapped(OwnConsequence),
        }
        word_or_group(
            d,
            "`some-features-unavailable`, or your own text `{ en: …, fr: … }`",
            Consequence::Term,
            |o: Own| match o {
                Own::Text(t) => Consequence::Text(t),
                Own::Wrapped(w) => Consequence::Text(w.text),
            },
        )
    }
}

impl JsonSchema for Consequence {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Consequence".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let term = g.subschema_for::<ConsequenceTerm>();
        let text = g.subschema_for::<Text>();
        let own = g.subschema_for::<OwnConsequence>();
        schemars::json_schema!({
            "description": "A built-in consequence, or your own text `{ en, fr }` (published as `{ text: { en, fr } }`).",
            "anyOf": [term, text, own]
        })
    }
}

/// The functions of s. 65.0.1 (Québec) a technology of the site has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tracking {
    /// `none` ⇒ "no identification, location or profiling function", or
    /// the functions some technology of the site has.
    #[serde(default)]
    pub functions: Option<TrackingFunctions>,
    /// "These functions are turned off by default."
    #[serde(default)]
    pub off_by_default: bool,
    /// How the reader turns them on, in your own words.
    #[serde(default)]
    pub how_to_activate: Option<Text>,
}

impl Tracking {
    /// Whether it states nothing.
    pub fn is_empty(&self) -> bool {
        self.functions.is_none() && !self.off_by_default && self.how_to_activate.is_none()
    }
}

/// `none`, or the functions.
#[derive(Debug, Clone, PartialEq)]
pub enum TrackingFunctions {
    /// No technology of the site identifies, locates or profiles.
    None,
    /// Some technology of the site has these functions.
    Some(Vec<TrackingFunction>),
}

impl Serialize for TrackingFunctions {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            TrackingFunctions::None => s.serialize_str("none"),
            TrackingFunctions::Some(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for TrackingFunctions {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = TrackingFunctions;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`none`, or a list of `identification`, `location`, `profiling`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                NoneWord::deserialize(de::value::StrDeserializer::<E>::new(v))
                    .map(|_| TrackingFunctions::None)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                let v = Vec::<TrackingFunction>::deserialize(
                    de::value::SeqAccessDeserializer::new(seq),
                )?;
                if v.is_empty() {
                    return Err(ValueError::new(msg!("model-functions-empty")).into_de());
                }
                Ok(TrackingFunctions::Some(v))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for TrackingFunctions {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TrackingFunctions".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let list = g.subschema_for::<Vec<TrackingFunction>>();
        schemars::json_schema!({
            "description": "`none`, or the functions some technology of the site has.",
            "anyOf": [{ "type": "string", "const": "none" }, list]
        })
    }
}

/// A function of s. 65.0.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum TrackingFunction {
    /// Identifies the person.
    Identification,
    /// Locates the person.
    Location,
    /// Profiles the person.
    Profiling,
}

/// An outside service the site uses, one role each (web analytics is one
/// role among others).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Service {
    /// Its identifier in this policy (cookie items name it as `provider`).
    pub id: Ident,
    /// Its name: a proper name (`Google Analytics`) or one per language.
    pub name: Localized<String>,
    /// What it does for the site: a built-in role or one of your own.
    #[serde(default)]
    pub role: Option<Entry<ServiceRole>>,
    /// The company or body that provides it (`Google LLC`).
    #[serde(default)]
    pub provider: Option<String>,
    /// What it gathers: `only:` says the list is complete.
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<AutoCategory>>")]
    pub information: List<Entry<AutoCategory>>,
    /// "The information it gathers is anonymous."
    #[serde(default)]
    pub anonymous: bool,
    /// Why the site uses it: `only:` reads "only to:".
    #[serde(default)]
    #[schemars(with = "crate::model::vocab::List<Entry<AutoPurpose>>")]
    pub purposes: List<Entry<AutoPurpose>>,
    /// Where it processes the information: `{ country: US }` or a region
    /// (`outside-quebec`, `outside-ontario`, `outside-canada`, `in-quebec`,
    /// `in-canada`).
    #[serde(default)]
    pub processed_in: Option<Place>,
    /// Its own privacy policy.
    #[serde(default)]
    pub policy: Option<Localized<Url>>,
    /// Whether it places its own cookies (`false` says it places none);
    /// left out, the page says neither.
    #[serde(default)]
    pub sets_cookies: Option<bool>,
    /// "Under its terms of use, this service requires us to send it
    /// information about the use of our site."
    #[serde(default)]
    pub terms_require_data: bool,
    /// Where to opt out of it.
    #[serde(default)]
    pub opt_out: Vec<Link>,
    /// What opting out costs.
    #[serde(default)]
    pub opt_out_consequence: Option<Consequence>,
}

/// What an outside service does for the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum ServiceRole {
    WebAnalytics,
    Hosting,
    Forms,
    EmailDelivery,
    BotProtection,
    Maps,
    Video,
    Chat,
    Payment,
    MailingList,
    SocialMedia,
    ContentDelivery,
    Telephony,
    Notification,
    Survey,
    HelpDesk,
}

impl ServiceRole {
    /// Whether a service of this role works with technologies that can
    /// identify, locate or profile (QC-15 applies).
    pub fn may_track(self) -> bool {
        matches!(
            self,
            ServiceRole::WebAnalytics
                | ServiceRole::BotProtection
                | ServiceRole::Maps
                | ServiceRole::Video
        )
    }
}

/// Where a service processes information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A region named by a word.
    Region(Region),
    /// A country.
    Country(Country),
}

/// A region a service may process information in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    /// Outside Québec (Québec policies).
    OutsideQuebec,
    /// Outside Canada.
    OutsideCanada,
    /// In Québec (Québec policies).
    InQuebec,
    /// In Canada.
    InCanada,
    /// Outside Ontario (Ontario policies).
    OutsideOntario,
}

impl Region {
    /// The jurisdiction whose policies alone may say it, if any.
    pub fn only_for(self) -> Option<super::policy::Jurisdiction> {
        match self {
            Region::OutsideQuebec | Region::InQuebec => Some(super::policy::Jurisdiction::Quebec),
            Region::OutsideOntario => Some(super::policy::Jurisdiction::Ontario),
            Region::OutsideCanada | Region::InCanada => None,
        }
    }
}

/// `{ country: US }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InCountry {
    /// The country, ISO 3166 alpha-2.
    pub country: Country,
}

/// A country whose name the locale files give in both languages (ISO 3166
/// alpha-2). Ask for another one to be added, or write a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[allow(missing_docs, clippy::upper_case_acronyms)]
pub enum Country {
    CA,
    US,
    GB,
    IE,
    FR,
    DE,
    NL,
    BE,
    CH,
    SE,
    FI,
    DK,
    NO,
    AU,
    JP,
    SG,
    IN,
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Place::Region(r) => r.serialize(s),
            Place::Country(c) => InCountry { country: *c }.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        word_or_group(
            d,
            "`{ country: US }`, or `outside-quebec`, `outside-ontario`, `outside-canada`, `in-quebec`, `in-canada`",
            Place::Region,
            |c: InCountry| Place::Country(c.country),
        )
    }
}

impl JsonSchema for Place {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Place".into()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let region = g.subschema_for::<Region>();
        let country = g.subschema_for::<InCountry>();
        schemars::json_schema!({
            "description": "A country `{ country: US }` (ISO 3166 alpha-2), or a region.",
            "anyOf": [country, region]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_none_or_a_group() {
        let c: Cookies = serde_yaml::from_str("none").unwrap();
        assert_eq!(c, Cookies::None);
        assert_eq!(serde_json::to_value(&c).unwrap(), "none");
        let c: Cookies = serde_yaml::from_str(
            "no_persistent: true\nitems:\n  - { id: asp, purpose: navigation, lifetime: session, storage: memory }\n  - { id: ga, lifetime: { days: 390 }, type: cookie }\n",
        )
        .unwrap();
        let d = c.details().unwrap();
        assert!(d.no_persistent);
        assert_eq!(d.items[1].lifetime, Some(Lifetime::Days(390)));
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["items"][1]["lifetime"]["days"], 390);
        assert_eq!(json["items"][0]["lifetime"], "session");
        let back: Cookies = serde_json::from_value(json).unwrap();
        assert_eq!(back, c);
        let e = serde_yaml::from_str::<Cookies>("nothing").unwrap_err();
        assert!(e.to_string().contains("`none`"), "{e}");
        let e = serde_yaml::from_str::<Cookies>("practice: none").unwrap_err();
        assert!(e.to_string().contains("unknown field `practice`"), "{e}");
    }

    #[test]
    fn a_consequence_is_a_term_or_ones_own_text() {
        let c: Consequence = serde_yaml::from_str("some-features-unavailable").unwrap();
        assert_eq!(
            serde_json::to_value(&c).unwrap(),
            "some-features-unavailable"
        );
        let c: Consequence =
            serde_yaml::from_str("{ en: The map is gone., fr: La carte disparaît. }").unwrap();
        let json = serde_json::to_value(&c).unwrap();
        assert_eq!(json["text"]["fr"], "La carte disparaît.");
        assert_eq!(serde_json::from_value::<Consequence>(json).unwrap(), c);
    }

    #[test]
    fn places_and_functions_read_back() {
        let p: Place = serde_yaml::from_str("{ country: US }").unwrap();
        assert_eq!(p, Place::Country(Country::US));
        let p: Place = serde_yaml::from_str("outside-canada").unwrap();
        assert_eq!(serde_json::to_value(p).unwrap(), "outside-canada");
        assert!(serde_yaml::from_str::<Place>("{ country: XX }").is_err());
        let f: TrackingFunctions = serde_yaml::from_str("none").unwrap();
        assert_eq!(f, TrackingFunctions::None);
        let f: TrackingFunctions = serde_yaml::from_str("[location]").unwrap();
        assert_eq!(f, TrackingFunctions::Some(vec![TrackingFunction::Location]));
        assert!(serde_yaml::from_str::<TrackingFunctions>("[]").is_err());
    }
}
