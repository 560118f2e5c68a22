//! Open vocabularies: the terms a policy lists (categories of information,
//! purposes, channels…), whether a list of them is complete, and the one
//! table of built-in ids.
//!
//! Model 1 wrote each vocabulary as a closed Rust enum (`AutoCategory`,
//! `VoluntaryPurpose`…), so a practice the enum lacked could only be told in
//! Markdown, outside the data. Here a term is a built-in id *or* an author's
//! entry with its own label in both languages, to be rendered, linted and
//! published like a built-in (docs/design/document-model-2.md, part 3.2).
//! These types are not read by [`super::policy`] yet: step 4 of the design
//! switches the model over.
//!
//! Typos must never become silent custom terms, so a bare string has to be a
//! built-in id, and an author's entry has to carry a label. Those checks need
//! the vocabulary the term is used in, which serde does not know at the value:
//! they are [`check_term`] and [`check_list`], run by validation after reading.
//! What serde does check is the shape: a well-formed [`TermId`], an entry with
//! known keys, a [`List`] written in one of its three spellings.

use super::policy::Gender;
use super::values::{Lang, Text};
use super::ValueError;
use crate::msg;
use crate::tool_text::Message;
use schemars::JsonSchema;
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

// ---------------------------------------------------------------------------
// Term ids

/// The id of a term: lower-case segments `[a-z0-9]+(-[a-z0-9]+)*` joined by
/// dots, e.g. `device.ip-address` (Fideslang's dotted style; the data
/// subject is always the reader, so there is no `user.` root).
///
/// The dots make a hierarchy (`device.screen-size` is a kind of `device`),
/// published as `skos:broader`. Fluent message ids cannot hold a dot, so a
/// built-in's message writes each dot as `--` ([`message_id`]); that is why
/// a segment may not hold two hyphens in a row: the mapping must stay
/// reversible.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TermId(String);

/// Longest id accepted: ids end up in message names, anchors and JSON keys.
const MAX_ID_LEN: usize = 100;

impl TermId {
    /// Checks an id. The error says what is wrong and how to write it,
    /// for an author who has never seen the rule.
    pub fn parse(s: &str) -> Result<TermId, ValueError> {
        if valid_id(s) {
            return Ok(TermId(s.to_string()));
        }
        let fixed = fix_id(s);
        let hint = match &fixed {
            Some(f) if f != s => msg!("model-term-id-fix-hint", fixed = f.clone()),
            _ => msg!("model-term-id-hint"),
        };
        let mut character = String::new();
        let why = if s.is_empty() {
            "empty"
        } else if s.len() > MAX_ID_LEN {
            "long"
        } else if s.chars().any(|c| c.is_ascii_uppercase()) {
            "capitals"
        } else if s.contains('_') {
            "underscore"
        } else if s.chars().any(char::is_whitespace) {
            "space"
        } else if s.contains("--") {
            "double-hyphen"
        } else if s.starts_with('.') || s.ends_with('.') || s.contains("..") {
            "empty-part"
        } else if s
            .split('.')
            .any(|seg| seg.starts_with('-') || seg.ends_with('-'))
        {
            "hyphen-edge"
        } else {
            character = s
                .chars()
                .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-' || *c == '.'))
                .unwrap_or('?')
                .to_string();
            "character"
        };
        Err(ValueError::new(msg!(
            "model-term-id",
            id = s.to_string(),
            why = why,
            max = MAX_ID_LEN,
            character = character
        ))
        .with_hint(hint))
    }

    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The id of the term this one refines: `device` for
    /// `device.screen-size`; `None` for a one-segment id.
    pub fn parent(&self) -> Option<&str> {
        self.0.rsplit_once('.').map(|(p, _)| p)
    }

    /// The id as it appears in a message name: dots written `--`.
    pub fn message_suffix(&self) -> String {
        message_suffix(&self.0)
    }
}

fn valid_segment(seg: &str) -> bool {
    !seg.is_empty()
        && seg.split('-').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

fn valid_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID_LEN && s.split('.').all(valid_segment)
}

/// The id the author most likely meant, when mechanical fixes (case,
/// underscores, spaces, doubled or stray hyphens and dots) make one.
fn fix_id(s: &str) -> Option<String> {
    let lowered: String = s
        .trim()
        .chars()
        .map(|c| match c {
            '_' | ' ' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    let segments: Vec<String> = lowered
        .split('.')
        .filter(|seg| !seg.is_empty())
        .map(|seg| {
            seg.split('-')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("-")
        })
        .filter(|seg| !seg.is_empty())
        .collect();
    let fixed = segments.join(".");
    valid_id(&fixed).then_some(fixed)
}

fn message_suffix(id: &str) -> String {
    id.replace('.', "--")
}

impl fmt::Display for TermId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for TermId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for TermId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        TermId::parse(&s).map_err(ValueError::into_de)
    }
}

// ---------------------------------------------------------------------------
// Terms

/// Grammatical number, for agreement with a term in a sentence ("Only
/// authorized staff *have* access" / « Seuls … *ont* accès »).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum GrammaticalNumber {
    /// One thing: "your email address".
    Singular,
    /// Several: "the members of our staff".
    Plural,
}

impl GrammaticalNumber {
    /// The value passed to Fluent as `$number`.
    pub fn as_str(self) -> &'static str {
        match self {
            GrammaticalNumber::Singular => "singular",
            GrammaticalNumber::Plural => "plural",
        }
    }
}

/// How an author's label agrees in English: number only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EnGrammar {
    /// Singular or plural.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<GrammaticalNumber>,
}

/// How an author's label agrees in French: gender and number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrGrammar {
    /// `feminine` or `masculine`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// `singular` or `plural`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<GrammaticalNumber>,
}

/// The grammar of an author's label, for the messages that agree with a
/// single item (part 6, example 1). Built-in terms keep theirs in Fluent
/// attributes (`.gender`, `.number`), so only author entries carry one.
/// Anything left out is unknown, and messages then use their variant that
/// needs no agreement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<EnGrammar>,
    /// French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<FrGrammar>,
}

impl Grammar {
    /// The `$gender` and `$number` arguments of a message in `lang`,
    /// `"none"` when unknown (English has no gender).
    pub fn fluent_args(&self, lang: Lang) -> [(&'static str, &'static str); 2] {
        let (gender, number) = match lang {
            Lang::En => (None, self.en.as_ref().and_then(|g| g.number)),
            Lang::Fr => (
                self.fr.as_ref().and_then(|g| g.gender),
                self.fr.as_ref().and_then(|g| g.number),
            ),
        };
        let gender = match gender {
            Some(Gender::Feminine) => "feminine",
            Some(Gender::Masculine) => "masculine",
            None => "none",
        };
        [
            ("gender", gender),
            ("number", number.map_or("none", GrammaticalNumber::as_str)),
        ]
    }
}

/// A term written as a mapping: an author's own term, or a built-in with a
/// description added.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TermEntry {
    /// The id; under a built-in parent it refines it (`device.screen-size`).
    pub id: TermId,
    /// The words the page shows, as a list item (lower-case start, no final
    /// period). Required for an author's term; refused for a built-in, whose
    /// wording is Fluent's. Optional here so that [`check_term`] can say
    /// which of the two the author meant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Text>,
    /// Shown after the label (": …" / « : … »), e.g. the seed's gloss of
    /// what an IP address is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The DPV term it stands for: a compact IRI (`dpv:`, `pd:`, `loc:`,
    /// `tech:`) or a full `https://` IRI. Without it, the published data
    /// types it by its vocabulary's class and its parent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
    /// Gender and number of the label, for agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grammar: Option<Grammar>,
}

/// One item of a vocabulary list: a built-in id (`device.ip-address`) or a
/// mapping ([`TermEntry`]). Which vocabulary it belongs to is the key it is
/// written under; [`check_term`] checks it against that vocabulary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A bare id, which must be a built-in.
    Id(TermId),
    /// A mapping: an author's entry, or a built-in with a description.
    Entry(TermEntry),
}

impl Term {
    /// The term's id, whichever way it is written.
    pub fn id(&self) -> &TermId {
        match self {
            Term::Id(id) => id,
            Term::Entry(e) => &e.id,
        }
    }

    /// The mapping, when the term is written as one.
    pub fn entry(&self) -> Option<&TermEntry> {
        match self {
            Term::Id(_) => None,
            Term::Entry(e) => Some(e),
        }
    }

    /// The author's label, if the term has one (only author entries do).
    pub fn label(&self) -> Option<&Text> {
        self.entry().and_then(|e| e.label.as_ref())
    }

    /// The description added to the term, if any.
    pub fn description(&self) -> Option<&Text> {
        self.entry().and_then(|e| e.description.as_ref())
    }
}

impl Serialize for Term {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Term::Id(id) => id.serialize(s),
            Term::Entry(e) => e.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Term {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A visitor rather than `#[serde(untagged)]`: untagged would buffer
        // the value and lose the author-facing message of whichever form
        // failed ("`Device.IP` has capital letters…").
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = Term;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a term id such as `device.ip-address`, or an entry `{ id: …, label: { en: …, fr: … } }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Term, E> {
                TermId::parse(v).map(Term::Id).map_err(ValueError::into_de)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Term, A::Error> {
                TermEntry::deserialize(de::value::MapAccessDeserializer::new(map)).map(Term::Entry)
            }
        }
        d.deserialize_any(V)
    }
}

// ---------------------------------------------------------------------------
// Lists

/// A list of terms (or of richer items) that says whether it is complete.
///
/// One key, three spellings:
///
/// ```yaml
/// categories: [device.ip-address, device.browser]      # open: "including" / « notamment »
/// categories: { including: [device.ip-address] }        # open, said explicitly
/// categories: { only: [device.ip-address] }             # complete: "only" / « uniquement »
/// ```
///
/// The claim "only" is in the key's own name and travels with its items, so
/// merging a profile cannot detach the two: a policy's bare list replaces a
/// profile's `{ only: … }` wholesale and claims less (never something false),
/// and `{ only }` merged with `{ including }` is a mapping with both keys,
/// which is refused rather than silently inheriting "only". The bare list,
/// the easiest to write, is the weaker claim.
///
/// Written out (policy.json) as `{ "complete": …, "items": [ … ] }`, one shape
/// for programs whatever the author wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct List<T> {
    /// Whether the items are all there is (`only:`).
    pub complete: bool,
    /// The items, in the author's order.
    pub items: Vec<T>,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List::open(Vec::new())
    }
}

impl<T> List<T> {
    /// A list that may not name everything (bare list or `including:`).
    pub fn open(items: Vec<T>) -> Self {
        List {
            complete: false,
            items,
        }
    }

    /// A list that names everything (`only:`).
    pub fn only(items: Vec<T>) -> Self {
        List {
            complete: true,
            items,
        }
    }

    /// Whether it has no items.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many items it has (Fluent's `$count`).
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The items.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Fluent's `$complete`: `"true"` or `"false"`.
    pub fn complete_arg(&self) -> &'static str {
        if self.complete {
            "true"
        } else {
            "false"
        }
    }
}

impl<'a, T> IntoIterator for &'a List<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

/// The error of a list mapping holding both `only` and `including`,
/// usually the result of a profile saying one and the document the other.
pub fn both_only_and_including() -> ValueError {
    ValueError::new(msg!("model-list-both-only-and-including"))
        .with_hint(msg!("model-list-both-only-and-including-hint"))
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> de::Visitor<'de> for V<T> {
            type Value = List<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list (`[a, b]`), `{ only: [a, b] }` or `{ including: [a, b] }`")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<List<T>, A::Error> {
                Vec::<T>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(List::open)
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<List<T>, A::Error> {
                let mut only: Option<Vec<T>> = None;
                let mut including: Option<Vec<T>> = None;
                while let Some(key) = map.next_key::<String>()? {
                    let slot = match key.as_str() {
                        "only" => &mut only,
                        "including" => &mut including,
                        "complete" | "items" => {
                            return Err(ValueError::new(msg!(
                                "model-list-json-key",
                                key = key.clone()
                            ))
                            .with_hint(msg!("model-list-json-key-hint"))
                            .into_de())
                        }
                        other => {
                            return Err(ValueError::new(msg!(
                                "model-list-key",
                                key = other.to_string()
                            ))
                            .with_hint(msg!("model-list-key-hint"))
                            .into_de())
                        }
                    };
                    if slot.is_some() {
                        return Err(ValueError::new(msg!(
                            "model-list-key-twice",
                            key = key.clone()
                        ))
                        .with_hint(msg!("model-keep-one-hint"))
                        .into_de());
                    }
                    *slot = Some(map.next_value()?);
                }
                match (only, including) {
                    (Some(_), Some(_)) => Err(both_only_and_including().into_de()),
                    (Some(items), None) => Ok(List::only(items)),
                    (None, Some(items)) => Ok(List::open(items)),
                    (None, None) => Err(ValueError::new(msg!("model-list-empty-group"))
                        .with_hint(msg!("model-list-empty-group-hint"))
                        .into_de()),
                }
            }
        }
        d.deserialize_any(V(std::marker::PhantomData))
    }
}

// ---------------------------------------------------------------------------
// The vocabularies

/// A vocabulary: the set of terms one kind of key takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Vocab {
    /// Categories of personal information (`automatic.categories`, …).
    Category,
    /// Purposes of collection and use.
    Purpose,
    /// Statistics kept from automatic collection.
    Statistic,
    /// Means by which information reaches the organization.
    Channel,
    /// When a visitor gives information (`voluntary.occasions`).
    Occasion,
    /// Who inside the organization has access.
    AccessGroup,
    /// When information is communicated to a recipient.
    DisclosureCase,
    /// Who information is communicated to.
    Recipient,
    /// Security measures.
    SecurityMeasure,
    /// Why a cookie is set.
    CookiePurpose,
    /// What an outside service does for the organization.
    ServiceRole,
    /// The reader's rights.
    Right,
    /// Safeguards of a transfer.
    Safeguard,
    /// What an oversight body hears.
    OversightRole,
}

impl Vocab {
    /// Every vocabulary, in the order of [`VOCABULARIES`].
    pub const ALL: [Vocab; 14] = [
        Vocab::Category,
        Vocab::Purpose,
        Vocab::Statistic,
        Vocab::Channel,
        Vocab::Occasion,
        Vocab::AccessGroup,
        Vocab::DisclosureCase,
        Vocab::Recipient,
        Vocab::SecurityMeasure,
        Vocab::CookiePurpose,
        Vocab::ServiceRole,
        Vocab::Right,
        Vocab::Safeguard,
        Vocab::OversightRole,
    ];

    /// Its row of [`VOCABULARIES`] (the table is in the order of the enum,
    /// which a test checks).
    pub fn table(self) -> &'static Vocabulary {
        &VOCABULARIES[self as usize]
    }

    /// Its name, e.g. `access-group`.
    pub fn name(self) -> &'static str {
        self.table().name
    }

    /// Its name in running text, e.g. "access group".
    pub fn noun(self) -> String {
        self.name().replace('-', " ")
    }
}

impl fmt::Display for Vocab {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A built-in term of a vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin {
    /// Its id.
    pub id: &'static str,
    /// The DPV term it is published as (compact IRI; `pp:` for
    /// policypress's own terms), or `None` where none is chosen yet.
    pub dpv: Option<&'static str>,
    /// The model-1 value it replaces (equal to `id` when the id is
    /// unchanged), or `None` for a term new in model 2.
    pub model1: Option<&'static str>,
}

const fn t(id: &'static str, dpv: Option<&'static str>, model1: Option<&'static str>) -> Builtin {
    Builtin { id, dpv, model1 }
}

/// A term new in model 2, without a DPV term yet.
const fn new(id: &'static str) -> Builtin {
    Builtin {
        id,
        dpv: None,
        model1: None,
    }
}

/// A term whose id model 1 already had, without a DPV term yet.
const fn same(id: &'static str) -> Builtin {
    Builtin {
        id,
        dpv: None,
        model1: Some(id),
    }
}

/// One vocabulary's row: everything the code knows about it, so that
/// rendering, publishing, validation and migration read one table (once
/// wired in, it replaces model 1's enums, `dpv::TERMS` and
/// `publish::ENUM_FIELDS`).
#[derive(Debug)]
pub struct Vocabulary {
    /// Which vocabulary.
    pub vocab: Vocab,
    /// Its name, as in the design and in diagnostics.
    pub name: &'static str,
    /// The prefix of its built-in terms' Fluent messages ([`message_id`]).
    pub prefix: &'static str,
    /// The DPV class an author's term is typed with when it gives no `dpv`
    /// and has no built-in parent, or `None` where DPV has no fitting class.
    pub dpv_class: Option<&'static str>,
    /// The built-in terms, in the order the documentation lists them.
    pub builtins: &'static [Builtin],
}

impl Vocabulary {
    /// The built-in term `id`, if it is one.
    pub fn builtin(&self, id: &str) -> Option<&'static Builtin> {
        self.builtins.iter().find(|b| b.id == id)
    }

    /// The Fluent message of the built-in term `id` ([`message_id`]).
    pub fn message_id(&self, id: &str) -> String {
        format!("{}-{}", self.prefix, message_suffix(id))
    }
}

/// The message id of a built-in term: `<prefix>-<id with . written -->`,
/// e.g. `category-device--ip-address`. Fluent ids cannot hold a dot; term
/// segments cannot hold `--`, so the id can be read back from the message.
pub fn message_id(vocab: Vocab, id: &str) -> String {
    vocab.table().message_id(id)
}

/// The vocabulary named `name` (`category`, `access-group`…).
pub fn vocabulary(name: &str) -> Option<&'static Vocabulary> {
    VOCABULARIES.iter().find(|v| v.name == name)
}

/// Every vocabulary, in the order of [`Vocab`].
///
/// DPV terms of model-1 values are those `publish::dpv::TERMS` publishes
/// today (`pp:` where DPV has none). Terms new in model 2 get a DPV term
/// only where one plainly fits; step 5 of the design checks every term here
/// against the DPV 2.x term list and fills the rest.
pub const VOCABULARIES: &[Vocabulary] = &[
    Vocabulary {
        vocab: Vocab::Category,
        name: "category",
        prefix: "category",
        dpv_class: Some("dpv:PersonalData"),
        builtins: &[
            t(
                "network.domain-name",
                Some("pp:DomainName"),
                Some("domain-name"),
            ),
            t(
                "device.ip-address",
                Some("pd:IPAddress"),
                Some("ip-address"),
            ),
            t("device.browser", Some("pd:UserAgent"), Some("browser")),
            t(
                "device.operating-system",
                Some("pd:DeviceOperatingSystem"),
                Some("operating-system"),
            ),
            t(
                "network.internet-service-provider",
                Some("pp:InternetServiceProvider"),
                Some("internet-service-provider"),
            ),
            t(
                "usage.access-date-time",
                Some("pp:AccessDateTime"),
                Some("access-date-time"),
            ),
            t(
                "usage.pages-visited",
                Some("pd:BrowserHistory"),
                Some("pages-visited"),
            ),
            t(
                "usage.search-keywords",
                Some("pp:SearchKeywords"),
                Some("search-keywords"),
            ),
            t(
                "usage.files-requested",
                Some("pp:FilesRequested"),
                Some("files-requested"),
            ),
            t(
                "usage.referring-site",
                Some("pd:BrowsingReferral"),
                Some("referring-site"),
            ),
            t("location.country", Some("pd:Country"), Some("country")),
            t("identity.name", Some("pd:Name"), Some("name")),
            t(
                "identity.first-name",
                Some("pp:FirstName"),
                Some("first-name"),
            ),
            t("identity.last-name", Some("pp:LastName"), Some("last-name")),
            t(
                "contact.postal-address",
                Some("pd:PhysicalAddress"),
                Some("postal-address"),
            ),
            t(
                "contact.telephone",
                Some("pd:TelephoneNumber"),
                Some("telephone"),
            ),
            t("contact.email", Some("pd:EmailAddress"), Some("email")),
            t(
                "financial.credit-card",
                Some("pd:CreditCardNumber"),
                Some("credit-card"),
            ),
            t(
                "identity.social-insurance-number",
                Some("pd:OfficialID"),
                Some("social-insurance-number"),
            ),
            t("account.user-code", Some("pd:Username"), Some("user-code")),
            t("account.password", Some("pd:Password"), Some("password")),
            t("demographic.age", Some("pd:Age"), Some("age")),
            t("demographic.gender", Some("pd:Gender"), Some("gender")),
            t(
                "demographic.language",
                Some("pd:Language"),
                Some("language"),
            ),
            t(
                "demographic.interests",
                Some("pd:Interest"),
                Some("interests"),
            ),
            t("location.approximate", Some("pd:Location"), None),
            t("device", Some("pd:DeviceBased"), None),
        ],
    },
    Vocabulary {
        vocab: Vocab::Purpose,
        name: "purpose",
        prefix: "purpose",
        dpv_class: Some("dpv:Purpose"),
        builtins: &[
            t(
                "service.technical",
                Some("dpv:TechnicalServiceProvision"),
                Some("technical-requirements"),
            ),
            t(
                "analytics.statistics",
                Some("dpv:ServiceUsageAnalytics"),
                Some("statistics"),
            ),
            t(
                "analytics.trends",
                Some("pp:OperationalTrends"),
                Some("operational-trends"),
            ),
            t(
                "analytics.performance",
                Some("dpv:ServiceOptimisation"),
                Some("performance"),
            ),
            t(
                "service.improvement",
                Some("dpv:ImproveExistingProductsAndServices"),
                Some("site-improvement"),
            ),
            t(
                "security.monitoring",
                Some("dpv:EnforceSecurity"),
                Some("security-monitoring"),
            ),
            t(
                "communication.respond",
                Some("dpv:CommunicationManagement"),
                Some("respond"),
            ),
            t(
                "communication.follow-up",
                Some("dpv:CustomerCare"),
                Some("follow-up"),
            ),
            t(
                "service.provide",
                Some("dpv:RequestedServiceProvision"),
                Some("provide-service"),
            ),
            t(
                "service.registration",
                Some("dpv:ServiceRegistration"),
                Some("registration"),
            ),
            t(
                "communication.feedback",
                Some("pp:Feedback"),
                Some("feedback"),
            ),
            t(
                "consultation",
                Some("pp:PublicConsultation"),
                Some("consultation"),
            ),
            t("payment", Some("dpv:PaymentManagement"), Some("e-commerce")),
            t(
                "subscription.send",
                Some("pp:Subscription"),
                Some("subscription"),
            ),
            t(
                "identity.verify",
                Some("dpv:IdentityVerification"),
                Some("verify-identity"),
            ),
            t(
                "records.access-file",
                Some("dpv:RecordManagement"),
                Some("access-file"),
            ),
            t(
                "identity.verify-when-contacting",
                Some("dpv:IdentityVerification"),
                Some("verify-when-contacting"),
            ),
            t(
                "security.confidentiality",
                Some("dpv:EnforceAccessControl"),
                Some("protect-confidentiality"),
            ),
            new("administrative"),
            new("non-administrative.statistics"),
            new("non-administrative.audit"),
            t(
                "non-administrative.evaluation",
                Some("pp:Evaluation"),
                Some("evaluation"),
            ),
            t(
                "non-administrative.research",
                Some("dpv:ResearchAndDevelopment"),
                Some("research"),
            ),
            new("non-administrative.planning"),
            new("non-administrative.reporting"),
            t(
                "investigation",
                Some("pp:Investigation"),
                Some("investigation"),
            ),
            t("survey", Some("pp:Survey"), Some("survey")),
        ],
    },
    Vocabulary {
        vocab: Vocab::Statistic,
        name: "statistic",
        prefix: "statistic",
        dpv_class: None,
        builtins: &[
            same("visitor-count"),
            same("popular-pages"),
            same("technology"),
            same("referring-sites"),
            same("countries-of-origin"),
        ],
    },
    Vocabulary {
        vocab: Vocab::Channel,
        name: "channel",
        prefix: "channel",
        dpv_class: None,
        builtins: &[
            same("email"),
            same("online-forms"),
            same("online-services"),
            same("newsletter"),
            same("telephone"),
            same("fax"),
            same("mail"),
            same("kiosk"),
            same("in-person"),
            new("chat"),
            new("social-media"),
            new("external-platform"),
        ],
    },
    Vocabulary {
        vocab: Vocab::Occasion,
        name: "occasion",
        prefix: "occasion",
        dpv_class: None,
        builtins: &[
            new("write-to-us"),
            new("subscribe"),
            new("request-service"),
            new("registration"),
            new("feedback"),
            new("consultation"),
            new("e-commerce"),
        ],
    },
    Vocabulary {
        vocab: Vocab::AccessGroup,
        name: "access-group",
        prefix: "access-group",
        dpv_class: None,
        builtins: &[
            same("authorized-staff"),
            same("staff-handling-request"),
            t(
                "service-providers",
                Some("dpv:DataProcessor"),
                Some("service-providers"),
            ),
        ],
    },
    Vocabulary {
        vocab: Vocab::DisclosureCase,
        name: "disclosure-case",
        prefix: "disclosure-case",
        dpv_class: None,
        builtins: &[
            same("request-concerns-body"),
            t(
                "required-by-law",
                Some("dpv:LegalObligation"),
                Some("required-by-law"),
            ),
            t("written-agreement", None, Some("approved-agreements")),
        ],
    },
    Vocabulary {
        vocab: Vocab::Recipient,
        name: "recipient",
        prefix: "recipient",
        dpv_class: Some("dpv:Recipient"),
        builtins: &[
            t(
                "other-public-bodies",
                Some("dpv:GovernmentalOrganisation"),
                None,
            ),
            t(
                "private-organizations",
                Some("dpv:ForProfitOrganisation"),
                None,
            ),
            t("third-parties", Some("dpv:ThirdParty"), None),
            new("related-organizations"),
        ],
    },
    Vocabulary {
        vocab: Vocab::SecurityMeasure,
        name: "security-measure",
        prefix: "security-measure",
        dpv_class: Some("dpv:TechnicalOrganisationalMeasure"),
        builtins: &[
            same("up-to-date-protocols"),
            t("encryption", Some("dpv:Encryption"), Some("encryption")),
            same("security-software"),
            same("firewall"),
            t(
                "physical-controls",
                Some("dpv:PhysicalMeasure"),
                Some("physical-controls"),
            ),
            t(
                "technical-controls",
                Some("dpv:TechnicalMeasure"),
                Some("technical-controls"),
            ),
            t(
                "procedural-controls",
                Some("dpv:OrganisationalMeasure"),
                Some("procedural-controls"),
            ),
            t(
                "access-restricted",
                Some("dpv:AccessControlMethod"),
                Some("access-restricted"),
            ),
            t(
                "staff-training",
                Some("dpv:StaffTraining"),
                Some("staff-training"),
            ),
        ],
    },
    Vocabulary {
        vocab: Vocab::CookiePurpose,
        name: "cookie-purpose",
        prefix: "cookie-purpose",
        dpv_class: Some("dpv:Purpose"),
        builtins: &[
            t(
                "navigation",
                Some("dpv:ServiceProvision"),
                Some("navigation"),
            ),
            same("convenience"),
            t("preferences", Some("dpv:ServicePersonalisation"), None),
            t("security", Some("dpv:EnforceSecurity"), None),
            t("analytics", Some("dpv:ServiceUsageAnalytics"), None),
            t("load-balancing", Some("dpv:ServiceOptimisation"), None),
            t("advertising", Some("dpv:Advertising"), None),
        ],
    },
    Vocabulary {
        vocab: Vocab::ServiceRole,
        name: "service-role",
        prefix: "service-role",
        dpv_class: None,
        builtins: &[
            new("web-analytics"),
            new("hosting"),
            new("forms"),
            new("email-delivery"),
            new("bot-protection"),
            new("maps"),
            new("video"),
            new("chat"),
            new("payment"),
            new("mailing-list"),
            new("social-media"),
            new("content-delivery"),
            new("telephony"),
            new("notification"),
            new("survey"),
            new("help-desk"),
            new("ai-analysis"),
        ],
    },
    Vocabulary {
        vocab: Vocab::Right,
        name: "right",
        prefix: "right",
        dpv_class: Some("dpv:DataSubjectRight"),
        builtins: &[
            new("access"),
            new("correction"),
            new("deletion"),
            new("withdraw-consent"),
        ],
    },
    Vocabulary {
        vocab: Vocab::Safeguard,
        name: "safeguard",
        prefix: "safeguard",
        dpv_class: Some("dpv:Safeguard"),
        builtins: &[
            t("contract", Some("dpv:Contract"), None),
            t("privacy-impact-assessment", Some("dpv:PIA"), None),
            t("encryption", Some("dpv:Encryption"), None),
        ],
    },
    Vocabulary {
        vocab: Vocab::OversightRole,
        name: "oversight-role",
        prefix: "oversight-role",
        dpv_class: None,
        builtins: &[
            new("complaints"),
            new("access-reviews"),
            new("access-appeals"),
        ],
    },
];

/// Model-1 values whose id changed: `(vocabulary, old, new)`. Validation
/// answers an old value with "`ip-address` is now `device.ip-address`"
/// (`renamed-value`), never converting it silently, so every example and
/// starter is rewritten by hand. The same pairs are the `model1` column of
/// [`VOCABULARIES`]; a test keeps the two equal.
pub const RENAMED: &[(&str, &str, &str)] = &[
    ("category", "domain-name", "network.domain-name"),
    ("category", "ip-address", "device.ip-address"),
    ("category", "browser", "device.browser"),
    ("category", "operating-system", "device.operating-system"),
    (
        "category",
        "internet-service-provider",
        "network.internet-service-provider",
    ),
    ("category", "access-date-time", "usage.access-date-time"),
    ("category", "pages-visited", "usage.pages-visited"),
    ("category", "search-keywords", "usage.search-keywords"),
    ("category", "files-requested", "usage.files-requested"),
    ("category", "referring-site", "usage.referring-site"),
    ("category", "country", "location.country"),
    ("category", "name", "identity.name"),
    ("category", "first-name", "identity.first-name"),
    ("category", "last-name", "identity.last-name"),
    ("category", "postal-address", "contact.postal-address"),
    ("category", "telephone", "contact.telephone"),
    ("category", "email", "contact.email"),
    ("category", "credit-card", "financial.credit-card"),
    (
        "category",
        "social-insurance-number",
        "identity.social-insurance-number",
    ),
    ("category", "user-code", "account.user-code"),
    ("category", "password", "account.password"),
    ("category", "age", "demographic.age"),
    ("category", "gender", "demographic.gender"),
    ("category", "language", "demographic.language"),
    ("category", "interests", "demographic.interests"),
    ("purpose", "technical-requirements", "service.technical"),
    ("purpose", "statistics", "analytics.statistics"),
    ("purpose", "operational-trends", "analytics.trends"),
    ("purpose", "performance", "analytics.performance"),
    ("purpose", "site-improvement", "service.improvement"),
    ("purpose", "security-monitoring", "security.monitoring"),
    ("purpose", "respond", "communication.respond"),
    ("purpose", "follow-up", "communication.follow-up"),
    ("purpose", "provide-service", "service.provide"),
    ("purpose", "registration", "service.registration"),
    ("purpose", "feedback", "communication.feedback"),
    ("purpose", "e-commerce", "payment"),
    ("purpose", "subscription", "subscription.send"),
    ("purpose", "verify-identity", "identity.verify"),
    ("purpose", "access-file", "records.access-file"),
    (
        "purpose",
        "verify-when-contacting",
        "identity.verify-when-contacting",
    ),
    (
        "purpose",
        "protect-confidentiality",
        "security.confidentiality",
    ),
    ("purpose", "evaluation", "non-administrative.evaluation"),
    ("purpose", "research", "non-administrative.research"),
    (
        "disclosure-case",
        "approved-agreements",
        "written-agreement",
    ),
];

/// The new id of a model-1 value of `vocab`, if it was renamed.
pub fn renamed(vocab: Vocab, old: &str) -> Option<&'static str> {
    RENAMED
        .iter()
        .find(|(v, o, _)| *v == vocab.name() && *o == old)
        .map(|(_, _, new)| *new)
}

// ---------------------------------------------------------------------------
// Checking terms against their vocabulary

/// What is wrong with a term in the vocabulary it is used in. Each variant
/// is one diagnostic code ([`TermError::code`]); [`TermError::error`] says
/// it with the tool's messages (shown as a sentence, then a hint on its own
/// line).
#[derive(Debug, Clone, PartialEq)]
pub enum TermError {
    /// A bare id that is not a built-in: a typo, a model-1 value, or an
    /// author's term written without its label.
    UnknownTerm {
        /// The vocabulary.
        vocab: Vocab,
        /// The id as written.
        id: String,
        /// The likely intended built-in id.
        did_you_mean: Option<String>,
        /// Whether `did_you_mean` is the model-1 value's new id (the
        /// `renamed-value` case) rather than a guess.
        renamed: bool,
    },
    /// A mapping for an id that is not built in, without a label: the page
    /// would have no words for it.
    MissingLabel {
        /// The vocabulary.
        vocab: Vocab,
        /// The id as written.
        id: String,
        /// The likely intended built-in id.
        did_you_mean: Option<String>,
    },
    /// A built-in written as a mapping with a label: its wording is
    /// Fluent's, in both languages, and an author label would fork it.
    BuiltinLabel {
        /// The vocabulary.
        vocab: Vocab,
        /// The id.
        id: String,
    },
    /// A built-in written as a mapping that changes what the built-in is
    /// (its DPV term or its grammar), not just adds a description.
    RedefinesBuiltin {
        /// The vocabulary.
        vocab: Vocab,
        /// The id.
        id: String,
        /// The keys that may not be given for a built-in (`dpv`, `grammar`).
        keys: Vec<&'static str>,
    },
    /// A `dpv` value that is not a DPV term or an https IRI.
    BadDpv {
        /// The vocabulary.
        vocab: Vocab,
        /// The term's id.
        id: String,
        /// The value as written.
        dpv: String,
        /// What to write instead.
        reason: Message,
    },
    /// The same id twice in one list: the page would say it twice, and
    /// translations and lints key entries by id.
    Duplicate {
        /// The vocabulary.
        vocab: Vocab,
        /// The id.
        id: String,
    },
}

impl TermError {
    /// The diagnostic code.
    pub fn code(&self) -> &'static str {
        match self {
            TermError::UnknownTerm { renamed: true, .. } => "renamed-value",
            TermError::UnknownTerm { .. } => "unknown-term",
            TermError::MissingLabel { .. } => "term-without-label",
            TermError::BuiltinLabel { .. } => "builtin-term-label",
            TermError::RedefinesBuiltin { .. } => "term-redefines-builtin",
            TermError::BadDpv { .. } => "bad-dpv-term",
            TermError::Duplicate { .. } => "term-listed-twice",
        }
    }

    /// What is wrong and how to fix it, in the tool's messages.
    pub fn error(&self) -> ValueError {
        let noun = |v: &Vocab| msg!("model-vocab-noun", vocab = v.name());
        match self {
            TermError::UnknownTerm {
                vocab,
                id,
                did_you_mean: Some(new),
                renamed: true,
            } => ValueError::new(msg!(
                "model-term-renamed",
                id = id.clone(),
                new = new.clone()
            ))
            .with_hint(msg!(
                "model-term-renamed-hint",
                new = new.clone(),
                noun = noun(vocab)
            )),
            TermError::UnknownTerm {
                vocab,
                id,
                did_you_mean,
                ..
            } => {
                let hint = match did_you_mean {
                    Some(s) => msg!(
                        "model-term-unknown-meant-hint",
                        id = id.clone(),
                        meant = s.clone()
                    ),
                    None => msg!("model-term-unknown-hint", id = id.clone()),
                };
                ValueError::new(msg!(
                    "model-term-unknown",
                    id = id.clone(),
                    noun = noun(vocab)
                ))
                .with_hint(hint)
            }
            TermError::MissingLabel {
                vocab,
                id,
                did_you_mean,
            } => {
                let hint = match did_you_mean {
                    Some(s) => msg!("model-term-missing-label-meant-hint", meant = s.clone()),
                    None => msg!("model-term-missing-label-hint"),
                };
                ValueError::new(msg!(
                    "model-term-missing-label",
                    id = id.clone(),
                    noun = noun(vocab)
                ))
                .with_hint(hint)
            }
            TermError::BuiltinLabel { vocab, id } => ValueError::new(msg!(
                "model-term-builtin-label",
                id = id.clone(),
                noun = noun(vocab)
            ))
            .with_hint(msg!("model-term-builtin-label-hint")),
            TermError::RedefinesBuiltin { vocab, id, keys } => {
                // `dpv`, `grammar` or `dpv-grammar`, as the messages select.
                let keys = keys.join("-");
                ValueError::new(msg!(
                    "model-term-redefines-builtin",
                    id = id.clone(),
                    noun = noun(vocab),
                    keys = keys.clone()
                ))
                .with_hint(msg!("model-term-redefines-builtin-hint", keys = keys))
            }
            TermError::BadDpv {
                id, dpv, reason, ..
            } => ValueError::new(msg!(
                "model-term-bad-dpv",
                dpv = dpv.clone(),
                id = id.clone()
            ))
            .with_hint(reason.clone()),
            TermError::Duplicate { id, .. } => {
                ValueError::new(msg!("model-term-listed-twice", id = id.clone()))
                    .with_hint(msg!("model-keep-one-hint"))
            }
        }
    }
}

impl fmt::Display for TermError {
    /// The message in the tool's language, then the hint on a line of its
    /// own.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error().fmt(f)
    }
}

impl std::error::Error for TermError {}

/// The built-in `vocab` id an unknown `word` most likely stands for, and
/// whether it is a model-1 value's new id. In order: a renamed model-1
/// value; a built-in whose last segment is the word (`age` →
/// `demographic.age`); the closest built-in or model-1 value by spelling.
pub fn suggest(vocab: Vocab, word: &str) -> Option<(&'static str, bool)> {
    if let Some(new) = renamed(vocab, word) {
        return Some((new, true));
    }
    let table = vocab.table();
    if let Some(b) = table
        .builtins
        .iter()
        .find(|b| b.id.rsplit('.').next() == Some(word))
    {
        return Some((b.id, false));
    }
    let olds = RENAMED
        .iter()
        .filter(|(v, _, _)| *v == vocab.name())
        .map(|(_, old, _)| *old);
    let candidates: Vec<&'static str> = table.builtins.iter().map(|b| b.id).chain(olds).collect();
    let near = crate::suggest::closest(word, &candidates)?;
    Some((renamed(vocab, near).unwrap_or(near), false))
}

/// Checks a DPV value: a compact IRI with a prefix the published JSON-LD
/// declares, or a full `https://` IRI. The error says what to write.
pub fn check_dpv(dpv: &str) -> Result<(), Message> {
    const PREFIXES: [&str; 4] = ["dpv", "pd", "loc", "tech"];
    let how = || msg!("model-dpv-how");
    if dpv.starts_with("https://") {
        return super::values::Url::parse(dpv)
            .map(|_| ())
            .map_err(|_| how());
    }
    match dpv.split_once(':') {
        Some((prefix, name)) if PREFIXES.contains(&prefix) => {
            let ok = name
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if ok {
                Ok(())
            } else {
                Err(msg!("model-dpv-name", prefix = prefix.to_string()))
            }
        }
        Some(("http", _)) => Err(msg!("model-dpv-http")),
        Some(("pp", _)) => Err(msg!("model-dpv-pp", how = how())),
        _ => Err(how()),
    }
}

/// Checks one term against the vocabulary it is used in.
pub fn check_term(vocab: Vocab, term: &Term) -> Result<(), TermError> {
    let table = vocab.table();
    let id = term.id().as_str();
    let builtin = table.builtin(id).is_some();
    match term {
        Term::Id(_) if builtin => Ok(()),
        Term::Id(_) => {
            let s = suggest(vocab, id);
            Err(TermError::UnknownTerm {
                vocab,
                id: id.to_string(),
                did_you_mean: s.map(|(s, _)| s.to_string()),
                renamed: s.is_some_and(|(_, r)| r),
            })
        }
        Term::Entry(e) if builtin => {
            if e.label.is_some() {
                return Err(TermError::BuiltinLabel {
                    vocab,
                    id: id.to_string(),
                });
            }
            let keys: Vec<&'static str> =
                [("dpv", e.dpv.is_some()), ("grammar", e.grammar.is_some())]
                    .into_iter()
                    .filter_map(|(k, given)| given.then_some(k))
                    .collect();
            if keys.is_empty() {
                Ok(())
            } else {
                Err(TermError::RedefinesBuiltin {
                    vocab,
                    id: id.to_string(),
                    keys,
                })
            }
        }
        Term::Entry(e) => {
            if e.label.is_none() {
                return Err(TermError::MissingLabel {
                    vocab,
                    id: id.to_string(),
                    did_you_mean: suggest(vocab, id).map(|(s, _)| s.to_string()),
                });
            }
            match &e.dpv {
                Some(dpv) => check_dpv(dpv).map_err(|reason| TermError::BadDpv {
                    vocab,
                    id: id.to_string(),
                    dpv: dpv.clone(),
                    reason,
                }),
                None => Ok(()),
            }
        }
    }
}

/// Checks every item of a list: each term ([`check_term`]) and that no id
/// is listed twice. Returns every problem with the index of its item, so
/// each is reported at its own line.
pub fn check_list(vocab: Vocab, list: &List<Term>) -> Vec<(usize, TermError)> {
    let mut errors = Vec::new();
    for (i, term) in list.iter().enumerate() {
        if let Err(e) = check_term(vocab, term) {
            errors.push((i, e));
        }
        if list.items[..i].iter().any(|t| t.id() == term.id()) {
            errors.push((
                i,
                TermError::Duplicate {
                    vocab,
                    id: term.id().to_string(),
                },
            ));
        }
    }
    errors
}

// ---------------------------------------------------------------------------
// JSON Schemas, for editors

mod schema {
    use super::*;
    use schemars::{json_schema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for TermId {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("TermId")
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "pattern": "^[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*$",
                "maxLength": MAX_ID_LEN,
                "description": "A term id: lower-case words joined by hyphens, parts joined by dots, e.g. device.ip-address."
            })
        }
    }

    impl JsonSchema for Term {
        fn schema_name() -> Cow<'static, str> {
            Cow::Borrowed("Term")
        }
        fn json_schema(g: &mut SchemaGenerator) -> Schema {
            let id = g.subschema_for::<TermId>();
            let entry = g.subschema_for::<TermEntry>();
            json_schema!({
                "description": "A built-in term id, or an entry: your own term `{ id, label: { en, fr } }`, or a built-in id with a `description`.",
                "anyOf": [id, entry]
            })
        }
    }

    impl<T: JsonSchema> JsonSchema for List<T> {
        fn schema_name() -> Cow<'static, str> {
            Cow::Owned(format!("List_{}", T::schema_name()))
        }
        fn json_schema(g: &mut SchemaGenerator) -> Schema {
            let items = g.subschema_for::<Vec<T>>();
            json_schema!({
                "description": "A list: plain (it may not name everything: \"including\"), `{ including: [...] }` (the same, said explicitly) or `{ only: [...] }` (it names everything: \"only\").",
                "anyOf": [
                    items,
                    {
                        "type": "object",
                        "description": "A complete list: the page says \"only\".",
                        "properties": { "only": items },
                        "required": ["only"],
                        "additionalProperties": false
                    },
                    {
                        "type": "object",
                        "description": "A list that may not name everything: the page says \"including\".",
                        "properties": { "including": items },
                        "required": ["including"],
                        "additionalProperties": false
                    }
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value, or its error worded in English.
    fn yaml<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, String> {
        serde_yaml::from_str(s)
            .map_err(|e| crate::model::ValueError::reword(&e.to_string(), crate::model::Lang::En))
    }

    fn ids(list: &List<Term>) -> Vec<&str> {
        list.iter().map(|t| t.id().as_str()).collect()
    }

    // --- TermId

    #[test]
    fn term_ids_accept_dotted_kebab_case() {
        for ok in [
            "device",
            "device.ip-address",
            "a1.b-2.c",
            "non-administrative.research",
            "x",
        ] {
            assert!(TermId::parse(ok).is_ok(), "{ok}");
        }
        let id = TermId::parse("device.screen-size").unwrap();
        assert_eq!(id.parent(), Some("device"));
        assert_eq!(id.message_suffix(), "device--screen-size");
        assert_eq!(TermId::parse("device").unwrap().parent(), None);
    }

    #[test]
    fn term_id_errors_say_what_to_write() {
        let cases = [
            ("", "cannot be empty"),
            ("Device.IP", "capital letters"),
            ("ip_address", "`_`"),
            ("ip address", "a space"),
            ("ip--address", "two hyphens"),
            ("device..ip", "empty part"),
            (".device", "empty part"),
            ("device.", "empty part"),
            ("-ip", "starts or ends with a hyphen"),
            ("ip-", "starts or ends with a hyphen"),
            ("adresse-ip-é", "holds `é`"),
            ("a/b", "holds `/`"),
        ];
        for (bad, said) in cases {
            let e = TermId::parse(bad).unwrap_err().to_string();
            assert!(e.contains(said), "{bad:?}: {e}");
            assert!(e.contains('\n'), "{bad:?} has no hint: {e}");
        }
        assert!(TermId::parse(&"a".repeat(101))
            .unwrap_err()
            .to_string()
            .contains("longer than"));
        // The hint gives the fixed id when one is plain.
        assert!(TermId::parse("Device.IP_Address")
            .unwrap_err()
            .to_string()
            .ends_with("write `device.ip-address`"));
        assert!(TermId::parse("ip--address")
            .unwrap_err()
            .to_string()
            .ends_with("write `ip-address`"));
        assert!(TermId::parse("é")
            .unwrap_err()
            .to_string()
            .contains("e.g. `device.ip-address`"));
    }

    #[test]
    fn term_ids_deserialize_with_the_author_message() {
        assert_eq!(
            yaml::<TermId>("device.ip-address").unwrap().as_str(),
            "device.ip-address"
        );
        assert!(yaml::<TermId>("Device")
            .unwrap_err()
            .contains("capital letters"));
    }

    // --- Term

    #[test]
    fn terms_are_ids_or_entries() {
        assert_eq!(
            yaml::<Term>("device.ip-address").unwrap(),
            Term::Id(TermId::parse("device.ip-address").unwrap())
        );
        let t: Term = yaml(
            "id: device.screen-size\nlabel: { en: the size of your screen, fr: la taille de votre écran }\ndescription: { en: in pixels, fr: en pixels }\ndpv: pd:DeviceBased\ngrammar: { fr: { gender: feminine, number: singular }, en: { number: singular } }",
        )
        .unwrap();
        assert_eq!(t.id().as_str(), "device.screen-size");
        assert_eq!(
            t.label().map(|l| l.fr.as_str()),
            Some("la taille de votre écran")
        );
        assert_eq!(t.description().map(|l| l.en.as_str()), Some("in pixels"));
        let g = t.entry().and_then(|e| e.grammar.clone()).unwrap();
        assert_eq!(
            g.fluent_args(Lang::Fr),
            [("gender", "feminine"), ("number", "singular")]
        );
        assert_eq!(
            g.fluent_args(Lang::En),
            [("gender", "none"), ("number", "singular")]
        );
        assert_eq!(
            Grammar::default().fluent_args(Lang::Fr),
            [("gender", "none"), ("number", "none")]
        );
        // A built-in with a description only.
        let t: Term =
            yaml("{ id: device.ip-address, description: { en: a number, fr: un numéro } }")
                .unwrap();
        assert!(t.label().is_none() && t.description().is_some());
    }

    #[test]
    fn term_shape_errors_are_placed_at_the_value() {
        assert!(yaml::<Term>("Device")
            .unwrap_err()
            .contains("capital letters"));
        assert!(yaml::<Term>("{ id: x, lable: { en: a, fr: b } }")
            .unwrap_err()
            .contains("lable"));
        assert!(yaml::<Term>("{ label: { en: a, fr: b } }")
            .unwrap_err()
            .contains("id"));
        assert!(yaml::<Term>("{ id: x, label: { en: a } }")
            .unwrap_err()
            .contains("fr"));
        assert!(yaml::<Term>(
            "{ id: x, label: { en: a, fr: b }, grammar: { fr: { gender: neuter } } }"
        )
        .is_err());
        assert!(yaml::<Term>("[a]").unwrap_err().contains("term id such as"));
        assert!(yaml::<Term>("3").unwrap_err().contains("term id such as"));
    }

    #[test]
    fn terms_round_trip_through_serialization() {
        for src in [
            "device.ip-address",
            "{ id: device.screen-size, label: { en: screen size, fr: taille de l’écran }, dpv: 'pd:DeviceBased', grammar: { fr: { gender: feminine } } }",
            "{ id: device.ip-address, description: { en: a number, fr: un numéro } }",
        ] {
            let t: Term = yaml(src).unwrap();
            let json = serde_json::to_value(&t).unwrap();
            let back: Term = serde_json::from_value(json.clone()).unwrap();
            assert_eq!(back, t, "{json}");
        }
        assert_eq!(
            serde_json::to_value(yaml::<Term>("device").unwrap()).unwrap(),
            serde_json::json!("device")
        );
    }

    // --- List

    #[test]
    fn lists_have_three_spellings() {
        let bare: List<Term> = yaml("[device.ip-address, device.browser]").unwrap();
        assert!(!bare.complete);
        assert_eq!(ids(&bare), ["device.ip-address", "device.browser"]);
        let including: List<Term> = yaml("including: [device.ip-address, device.browser]").unwrap();
        assert_eq!(including, bare);
        let only: List<Term> = yaml("only: [device.ip-address, device.browser]").unwrap();
        assert!(only.complete);
        assert_eq!(only.items, bare.items);
        assert_eq!(
            (only.len(), only.complete_arg(), bare.complete_arg()),
            (2, "true", "false")
        );
        let empty: List<Term> = yaml("[]").unwrap();
        assert!(empty.is_empty() && !empty.complete);
        assert_eq!(List::<Term>::default(), empty);
        // Items can be entries, in any spelling.
        let l: List<Term> = yaml("only:\n  - device\n  - id: device.screen-size\n    label: { en: screen size, fr: taille de l’écran }").unwrap();
        assert_eq!(ids(&l), ["device", "device.screen-size"]);
    }

    #[test]
    fn list_errors_say_how_to_write_a_list() {
        let both =
            yaml::<List<Term>>("{ only: [device], including: [device.browser] }").unwrap_err();
        assert!(both.contains("say either `only:`"), "{both}");
        assert!(both.contains("both `only:` and `including:`"), "{both}");
        let e = yaml::<List<Term>>("{ all: [device] }").unwrap_err();
        assert!(e.contains("`all` is not a way to write a list"), "{e}");
        let e = yaml::<List<Term>>("{ complete: true, items: [device] }").unwrap_err();
        assert!(e.contains("policy.json"), "{e}");
        let e = yaml::<List<Term>>("{}").unwrap_err();
        assert!(e.contains("empty group"), "{e}");
        let e = yaml::<List<Term>>("device").unwrap_err();
        assert!(e.contains("`{ only: [a, b] }`"), "{e}");
        let e = yaml::<List<Term>>("only: device").unwrap_err();
        assert!(e.contains("sequence") || e.contains("list"), "{e}");
        // An item's own error survives (not swallowed by the list).
        let e = yaml::<List<Term>>("only: [Device]").unwrap_err();
        assert!(e.contains("capital letters"), "{e}");
        let e = yaml::<List<Term>>("[device, Device]").unwrap_err();
        assert!(e.contains("capital letters"), "{e}");
    }

    #[test]
    fn list_item_errors_keep_their_path() {
        let de = serde_yaml::Deserializer::from_str("only: [device, Device]");
        let err = serde_path_to_error::deserialize::<_, List<Term>>(de).unwrap_err();
        assert_eq!(err.path().to_string(), "only[1]");
    }

    /// What resolve does with a profile and a policy (docs/data-format.md §4):
    /// mappings merge key by key, anything else replaces.
    fn merged(profile: &str, policy: &str) -> Result<List<Term>, String> {
        let mut base: serde_yaml::Value = serde_yaml::from_str(profile).unwrap();
        let overlay: serde_yaml::Value = serde_yaml::from_str(policy).unwrap();
        crate::resolve::merge(&mut base, &overlay);
        serde_yaml::from_value(base)
            .map_err(|e| crate::model::ValueError::reword(&e.to_string(), crate::model::Lang::En))
    }

    #[test]
    fn merging_never_inherits_only_silently() {
        // A bare list replaces the profile's complete list: it claims less.
        let l = merged("only: [device]", "[device.browser]").unwrap();
        assert!(!l.complete);
        assert_eq!(ids(&l), ["device.browser"]);
        // `including` over `only` is both keys: an error, not "only".
        let e = merged("only: [device]", "including: [device.browser]").unwrap_err();
        assert!(e.contains("say either `only:`"), "{e}");
        let e = merged("including: [device]", "only: [device.browser]").unwrap_err();
        assert!(e.contains("say either `only:`"), "{e}");
        // The same key replaces the profile's items and keeps the claim the
        // document makes.
        let l = merged("only: [device]", "only: [device.browser]").unwrap();
        assert!(l.complete);
        assert_eq!(ids(&l), ["device.browser"]);
        let l = merged("[device]", "only: [device.browser]").unwrap();
        assert!(l.complete);
        let l = merged("including: [device]", "[device.browser]").unwrap();
        assert!(!l.complete);
    }

    #[test]
    fn lists_are_written_out_in_one_shape() {
        for (src, complete) in [
            ("[device, device.browser]", false),
            ("including: [device, device.browser]", false),
            ("only: [device, device.browser]", true),
        ] {
            let l: List<Term> = yaml(src).unwrap();
            let json = serde_json::to_value(&l).unwrap();
            assert_eq!(
                json,
                serde_json::json!({ "complete": complete, "items": ["device", "device.browser"] })
            );
            // The written shape holds everything the list said.
            let items: Vec<Term> = serde_json::from_value(json["items"].clone()).unwrap();
            let back = if json["complete"] == true {
                List::only(items)
            } else {
                List::open(items)
            };
            assert_eq!(back, l);
        }
    }

    #[test]
    fn list_schema_accepts_the_three_spellings_only() {
        let schema = serde_json::to_value(schemars::schema_for!(List<Term>)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for ok in [
            serde_json::json!(["device", { "id": "x", "label": { "en": "x", "fr": "x" } }]),
            serde_json::json!({ "only": ["device"] }),
            serde_json::json!({ "including": ["device"] }),
        ] {
            assert!(validator.is_valid(&ok), "{ok}");
        }
        for bad in [
            serde_json::json!({ "only": ["device"], "including": ["device"] }),
            serde_json::json!({ "complete": true, "items": ["device"] }),
            serde_json::json!(["Device"]),
            serde_json::json!("device"),
        ] {
            assert!(!validator.is_valid(&bad), "{bad}");
        }
    }

    // --- The table

    #[test]
    fn the_table_is_in_the_order_of_the_enum() {
        assert_eq!(VOCABULARIES.len(), Vocab::ALL.len());
        for v in Vocab::ALL {
            assert_eq!(v.table().vocab, v);
            assert_eq!(vocabulary(v.name()).map(|t| t.vocab), Some(v));
        }
        assert!(vocabulary("act").is_none());
        assert_eq!(Vocab::AccessGroup.noun(), "access group");
    }

    #[test]
    fn builtin_ids_are_valid_unique_and_their_messages_distinct() {
        let mut messages = std::collections::HashSet::new();
        for v in VOCABULARIES {
            assert!(valid_segment(v.prefix) && v.prefix == v.name, "{}", v.name);
            assert!(!v.builtins.is_empty(), "{}", v.name);
            for (i, b) in v.builtins.iter().enumerate() {
                assert!(TermId::parse(b.id).is_ok(), "{}: {}", v.name, b.id);
                assert!(
                    !v.builtins[..i].iter().any(|o| o.id == b.id),
                    "{}: {} twice",
                    v.name,
                    b.id
                );
                let m = v.message_id(b.id);
                // A Fluent identifier: [a-zA-Z][a-zA-Z0-9_-]*.
                assert!(
                    m.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                    "{m}"
                );
                assert!(messages.insert(m.clone()), "message {m} twice");
                if let Some(old) = b.model1 {
                    assert!(valid_segment(old), "{}: model-1 value {old}", v.name);
                }
            }
        }
    }

    #[test]
    fn message_ids_follow_the_rule() {
        assert_eq!(
            message_id(Vocab::Category, "device.ip-address"),
            "category-device--ip-address"
        );
        assert_eq!(
            message_id(Vocab::AccessGroup, "authorized-staff"),
            "access-group-authorized-staff"
        );
        assert_eq!(
            message_id(Vocab::Purpose, "non-administrative.research"),
            "purpose-non-administrative--research"
        );
        assert_eq!(message_id(Vocab::Category, "device"), "category-device");
    }

    #[test]
    fn dpv_terms_use_the_declared_prefixes() {
        for v in VOCABULARIES {
            let terms = v
                .dpv_class
                .into_iter()
                .chain(v.builtins.iter().filter_map(|b| b.dpv));
            for term in terms {
                let (prefix, name) = term.split_once(':').unwrap();
                assert!(["dpv", "pd", "pp"].contains(&prefix), "{}: {term}", v.name);
                assert!(name.chars().next().unwrap().is_ascii_uppercase(), "{term}");
                assert!(name.chars().all(|c| c.is_ascii_alphanumeric()), "{term}");
            }
            // Categories are personal data; the other vocabularies are DPV core.
            for b in v.builtins.iter().filter(|b| b.dpv.is_some()) {
                let term = b.dpv.unwrap_or_default();
                if v.vocab == Vocab::Category {
                    assert!(!term.starts_with("dpv:"), "{term}");
                } else {
                    assert!(!term.starts_with("pd:"), "{term}");
                }
            }
        }
    }

    /// Model-1 values keep the DPV term `publish::dpv` gives them today, so
    /// switching dpv.rs to this table changes no published term.
    #[test]
    fn model1_values_keep_their_dpv_terms() {
        use crate::publish::dpv::Concept;
        fn kebab<T: Serialize>(v: T) -> String {
            serde_json::to_value(v)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string()
        }
        let mut checked = 0;
        for (c, dpv) in crate::publish::dpv::TERMS {
            let (vocab, old) = match *c {
                Concept::Automatic(a) => (Vocab::Category, kebab(a)),
                Concept::Voluntary(v) => (Vocab::Category, kebab(v)),
                Concept::AutoPurpose(p) => (Vocab::Purpose, kebab(p)),
                Concept::VoluntaryPurpose(p) => (Vocab::Purpose, kebab(p)),
                Concept::Identification(p) => (Vocab::Purpose, kebab(p)),
                // New in model 2 (cookie purposes and service roles came
                // with their vocabularies): no model-1 value to keep.
                Concept::Basis(_)
                | Concept::Consent
                | Concept::CookiePurpose(_)
                | Concept::ServiceRole(_) => continue,
            };
            let b = vocab
                .table()
                .builtins
                .iter()
                .find(|b| b.model1 == Some(old.as_str()))
                .unwrap_or_else(|| panic!("{vocab}: model-1 value {old} has no built-in"));
            assert_eq!(b.dpv, Some(*dpv), "{vocab}: {old} → {}", b.id);
            checked += 1;
        }
        assert_eq!(checked, 15 + 10 + 6 + 12 + 4);
    }

    #[test]
    fn renamed_is_the_model1_column_where_the_id_changed() {
        let from_table: Vec<(&str, &str, &str)> = VOCABULARIES
            .iter()
            .flat_map(|v| {
                v.builtins.iter().filter_map(move |b| match b.model1 {
                    Some(old) if old != b.id => Some((v.name, old, b.id)),
                    _ => None,
                })
            })
            .collect();
        assert_eq!(from_table, RENAMED);
        // No old value is also a current built-in of its vocabulary: the
        // renamed-value message would then be wrong.
        for (v, old, _) in RENAMED {
            assert!(
                vocabulary(v).and_then(|t| t.builtin(old)).is_none(),
                "{v}: {old}"
            );
        }
        assert_eq!(
            renamed(Vocab::Category, "ip-address"),
            Some("device.ip-address")
        );
        assert_eq!(
            renamed(Vocab::DisclosureCase, "approved-agreements"),
            Some("written-agreement")
        );
        assert_eq!(renamed(Vocab::Purpose, "ip-address"), None);
    }

    // --- check_term

    fn term(src: &str) -> Term {
        yaml(src).unwrap()
    }

    #[test]
    fn builtins_and_author_entries_pass() {
        for (v, src) in [
            (Vocab::Category, "device.ip-address"),
            (Vocab::Category, "device"),
            (Vocab::Category, "{ id: device.ip-address, description: { en: a number, fr: un numéro } }"),
            (Vocab::Category, "{ id: device.screen-size, label: { en: screen size, fr: taille de l’écran }, dpv: 'pd:DeviceBased' }"),
            (Vocab::Category, "{ id: screen-size, label: { en: screen size, fr: taille de l’écran }, dpv: 'https://example.org/terms#ScreenSize' }"),
            (Vocab::Recipient, "{ id: partners, label: { en: our partners, fr: nos partenaires }, dpv: 'dpv:ThirdParty', grammar: { fr: { gender: masculine, number: plural } } }"),
            (Vocab::Channel, "chat"),
            (Vocab::Right, "withdraw-consent"),
            (Vocab::Purpose, "{ id: x, label: { en: x, fr: x }, dpv: 'loc:CA-QC' }"),
            (Vocab::Purpose, "{ id: x, label: { en: x, fr: x }, dpv: 'tech:Cookie' }"),
        ] {
            assert_eq!(check_term(v, &term(src)), Ok(()), "{v}: {src}");
        }
    }

    #[test]
    fn a_model1_value_is_told_its_new_id() {
        let e = check_term(Vocab::Category, &term("ip-address")).unwrap_err();
        assert_eq!(
            e,
            TermError::UnknownTerm {
                vocab: Vocab::Category,
                id: "ip-address".into(),
                did_you_mean: Some("device.ip-address".into()),
                renamed: true,
            }
        );
        assert_eq!(e.code(), "renamed-value");
        assert!(
            e.to_string()
                .starts_with("`ip-address` is now `device.ip-address`\n"),
            "{e}"
        );
        let e = check_term(Vocab::Purpose, &term("e-commerce")).unwrap_err();
        assert!(
            e.to_string().starts_with("`e-commerce` is now `payment`"),
            "{e}"
        );
        // The same word is a current id in another vocabulary.
        assert_eq!(check_term(Vocab::Occasion, &term("e-commerce")), Ok(()));
    }

    #[test]
    fn a_typo_gets_the_closest_builtin() {
        let suggestion = |v, s: &str| match check_term(v, &term(s)) {
            Err(TermError::UnknownTerm {
                did_you_mean,
                renamed: false,
                ..
            }) => did_you_mean,
            other => panic!("{s}: {other:?}"),
        };
        assert_eq!(
            suggestion(Vocab::Category, "device.ip-adress").as_deref(),
            Some("device.ip-address")
        );
        // A typo of a model-1 value leads to its new id.
        assert_eq!(
            suggestion(Vocab::Category, "ip-adress").as_deref(),
            Some("device.ip-address")
        );
        // The last segment of a built-in.
        assert_eq!(
            suggestion(Vocab::Category, "approximate").as_deref(),
            Some("location.approximate")
        );
        assert_eq!(
            suggestion(Vocab::Channel, "emial").as_deref(),
            Some("email")
        );
        assert_eq!(suggestion(Vocab::Category, "blood-type"), None);
        let e = check_term(Vocab::Category, &term("blood-type")).unwrap_err();
        assert_eq!(e.code(), "unknown-term");
        let msg = e.to_string();
        assert!(
            msg.starts_with("`blood-type` is not a built-in category\n"),
            "{msg}"
        );
        assert!(
            msg.contains("{ id: blood-type, label: { en: …, fr: … } }"),
            "{msg}"
        );
        let msg = check_term(Vocab::Category, &term("device.ip-adress"))
            .unwrap_err()
            .to_string();
        assert!(msg.contains("did you mean `device.ip-address`?"), "{msg}");
    }

    #[test]
    fn an_entry_without_label_must_be_builtin() {
        let e = check_term(
            Vocab::Category,
            &term("{ id: device.ip-adress, description: { en: a, fr: b } }"),
        )
        .unwrap_err();
        assert_eq!(
            e,
            TermError::MissingLabel {
                vocab: Vocab::Category,
                id: "device.ip-adress".into(),
                did_you_mean: Some("device.ip-address".into()),
            }
        );
        assert_eq!(e.code(), "term-without-label");
        assert!(
            e.to_string()
                .contains("needs a label\nadd `label: { en: …, fr: … }`"),
            "{e}"
        );
        assert!(
            e.to_string()
                .contains("did you mean the built-in `device.ip-address`?"),
            "{e}"
        );
    }

    #[test]
    fn a_builtin_keeps_its_wording_dpv_and_grammar() {
        let e = check_term(
            Vocab::Category,
            &term("{ id: device.ip-address, label: { en: IP, fr: IP } }"),
        )
        .unwrap_err();
        assert_eq!(
            e,
            TermError::BuiltinLabel {
                vocab: Vocab::Category,
                id: "device.ip-address".into()
            }
        );
        assert_eq!(e.code(), "builtin-term-label");
        assert!(e.to_string().contains("cannot have a `label`"), "{e}");
        let e = check_term(Vocab::Category, &term("{ id: device.ip-address, dpv: 'pd:IPAddress', grammar: { en: { number: plural } } }")).unwrap_err();
        assert_eq!(
            e,
            TermError::RedefinesBuiltin {
                vocab: Vocab::Category,
                id: "device.ip-address".into(),
                keys: vec!["dpv", "grammar"],
            }
        );
        assert_eq!(e.code(), "term-redefines-builtin");
        assert!(
            e.to_string()
                .contains("its dpv and grammar cannot be changed\nremove `dpv` and `grammar`"),
            "{e}"
        );
    }

    /// The errors are the tool's messages, worded in either language.
    #[test]
    fn term_errors_are_worded_in_french_too() {
        use crate::model::Lang;
        let e = check_term(Vocab::AccessGroup, &term("staff"))
            .unwrap_err()
            .error();
        assert_eq!(e.message.id, "model-term-unknown");
        assert_eq!(
            e.message.in_lang(Lang::En),
            "`staff` is not a built-in access group"
        );
        assert_eq!(
            e.message.in_lang(Lang::Fr),
            "`staff` n’est pas une valeur prédéfinie (personnes ayant accès)"
        );
        let e = TermId::parse("Device").unwrap_err();
        assert_eq!(
            e.hint.map(|h| h.in_lang(Lang::Fr)).as_deref(),
            Some("écrivez `device`")
        );
    }

    #[test]
    fn dpv_values_are_checked() {
        for (bad, said) in [
            ("DeviceBased", "compact IRI"),
            ("foaf:Person", "compact IRI"),
            ("pp:Mine", "policypress's own"),
            ("http://example.org/x", "https://"),
            ("pd:", "term's name"),
            ("pd:Device Based", "term's name"),
            ("https://", "compact IRI"),
        ] {
            let t = Term::Entry(TermEntry {
                id: TermId::parse("mine").unwrap(),
                label: Some(Text {
                    en: "mine".into(),
                    fr: "le mien".into(),
                }),
                description: None,
                dpv: Some(bad.into()),
                grammar: None,
            });
            let e = check_term(Vocab::Category, &t).unwrap_err();
            assert_eq!(e.code(), "bad-dpv-term", "{bad}");
            assert!(matches!(&e, TermError::BadDpv { dpv, .. } if dpv == bad));
            assert!(e.to_string().contains(said), "{bad}: {e}");
        }
    }

    #[test]
    fn lists_report_each_item_and_duplicates() {
        let l: List<Term> =
            yaml("[device, ip-address, device, { id: device, description: { en: a, fr: b } }]")
                .unwrap();
        let errors = check_list(Vocab::Category, &l);
        let codes: Vec<(usize, &str)> = errors.iter().map(|(i, e)| (*i, e.code())).collect();
        assert_eq!(
            codes,
            [
                (1, "renamed-value"),
                (2, "term-listed-twice"),
                (3, "term-listed-twice")
            ]
        );
        assert!(check_list(
            Vocab::Category,
            &yaml("only: [device, device.browser]").unwrap()
        )
        .is_empty());
    }
}
