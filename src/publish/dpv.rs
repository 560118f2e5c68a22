//! The policy in the W3C Data Privacy Vocabulary (DPV), as JSON-LD.
//!
//! Each page embeds a `<script type="application/ld+json">` describing the
//! policy: the controller and its contact, and two processes (information
//! collected automatically, information given voluntarily), each with its
//! personal-data categories (`pd:` terms), purposes and legal bases (`dpv:`
//! terms). [`TERMS`] is the one table from the model's values to terms. A
//! value DPV has no term for gets one in the policypress namespace
//! ([`POLICYPRESS_NS`], prefix `pp:`), listed in docs/data-format.md.

use crate::model::{
    AutoCategory, AutoPurpose, CookiePurpose, CookieType, Cookies, Entry, IdentificationPurpose,
    Jurisdiction, Lang, Lifetime, Place, Policy, ServiceRole, VoluntaryCategory, VoluntaryPurpose,
};
use serde_json::{json, Map, Value};

/// The DPV core namespace (purposes, legal bases, classes).
pub const DPV_NS: &str = "https://w3id.org/dpv#";
/// The DPV personal-data extension namespace.
pub const PD_NS: &str = "https://w3id.org/dpv/pd#";
/// policypress's own terms, for categories and purposes DPV does not name.
pub const POLICYPRESS_NS: &str = "urn:policypress:vocab:";

/// A value of the model that a DPV term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concept {
    /// Information collected automatically.
    Automatic(AutoCategory),
    /// Information a visitor may give.
    Voluntary(VoluntaryCategory),
    /// Why information is collected automatically.
    AutoPurpose(AutoPurpose),
    /// Why given information is used.
    VoluntaryPurpose(VoluntaryPurpose),
    /// Why an online service asks the visitor to identify themselves.
    Identification(IdentificationPurpose),
    /// The legal basis of a jurisdiction's organizations.
    Basis(Jurisdiction),
    /// Information collected only with the visitor's prior consent.
    Consent,
    /// Why a cookie is set.
    CookiePurpose(CookiePurpose),
    /// What an outside service does for the site.
    ServiceRole(ServiceRole),
}

/// The one table from the model's values to DPV terms (compact IRIs with
/// the prefixes `dpv:`, `pd:` and `pp:`).
pub const TERMS: &[(Concept, &str)] = {
    use crate::model::AutoCategory as A;
    use crate::model::AutoPurpose as AP;
    use crate::model::CookiePurpose as CP;
    use crate::model::IdentificationPurpose as I;
    use crate::model::ServiceRole as SR;
    use crate::model::VoluntaryCategory as V;
    use crate::model::VoluntaryPurpose as VP;
    use Concept::*;
    &[
        (Automatic(A::IpAddress), "pd:IPAddress"),
        (Automatic(A::DomainName), "pp:DomainName"),
        (Automatic(A::Browser), "pd:UserAgent"),
        (Automatic(A::OperatingSystem), "pd:DeviceOperatingSystem"),
        (
            Automatic(A::InternetServiceProvider),
            "pp:InternetServiceProvider",
        ),
        (Automatic(A::AccessDateTime), "pp:AccessDateTime"),
        (Automatic(A::PagesVisited), "pd:BrowserHistory"),
        (Automatic(A::SearchKeywords), "pp:SearchKeywords"),
        (Automatic(A::FilesRequested), "pp:FilesRequested"),
        (Automatic(A::ReferringSite), "pd:BrowsingReferral"),
        (Automatic(A::Country), "pd:Country"),
        (Automatic(A::Age), "pd:Age"),
        (Automatic(A::Gender), "pd:Gender"),
        (Automatic(A::Language), "pd:Language"),
        (Automatic(A::Interests), "pd:Interest"),
        (Voluntary(V::Name), "pd:Name"),
        (Voluntary(V::FirstName), "pp:FirstName"),
        (Voluntary(V::LastName), "pp:LastName"),
        (Voluntary(V::PostalAddress), "pd:PhysicalAddress"),
        (Voluntary(V::Telephone), "pd:TelephoneNumber"),
        (Voluntary(V::Email), "pd:EmailAddress"),
        (Voluntary(V::CreditCard), "pd:CreditCardNumber"),
        (Voluntary(V::SocialInsuranceNumber), "pd:OfficialID"),
        (Voluntary(V::UserCode), "pd:Username"),
        (Voluntary(V::Password), "pd:Password"),
        (
            AutoPurpose(AP::TechnicalRequirements),
            "dpv:TechnicalServiceProvision",
        ),
        (AutoPurpose(AP::Statistics), "dpv:ServiceUsageAnalytics"),
        (AutoPurpose(AP::OperationalTrends), "pp:OperationalTrends"),
        (AutoPurpose(AP::Performance), "dpv:ServiceOptimisation"),
        (
            AutoPurpose(AP::SiteImprovement),
            "dpv:ImproveExistingProductsAndServices",
        ),
        (AutoPurpose(AP::SecurityMonitoring), "dpv:EnforceSecurity"),
        (VoluntaryPurpose(VP::Respond), "dpv:CommunicationManagement"),
        (VoluntaryPurpose(VP::FollowUp), "dpv:CustomerCare"),
        (
            VoluntaryPurpose(VP::ProvideService),
            "dpv:RequestedServiceProvision",
        ),
        (
            VoluntaryPurpose(VP::Registration),
            "dpv:ServiceRegistration",
        ),
        (VoluntaryPurpose(VP::Feedback), "pp:Feedback"),
        (VoluntaryPurpose(VP::Consultation), "pp:PublicConsultation"),
        (VoluntaryPurpose(VP::ECommerce), "dpv:PaymentManagement"),
        (VoluntaryPurpose(VP::Subscription), "pp:Subscription"),
        (VoluntaryPurpose(VP::Research), "dpv:ResearchAndDevelopment"),
        (VoluntaryPurpose(VP::Evaluation), "pp:Evaluation"),
        (VoluntaryPurpose(VP::Investigation), "pp:Investigation"),
        (VoluntaryPurpose(VP::Survey), "pp:Survey"),
        (
            Identification(I::VerifyIdentity),
            "dpv:IdentityVerification",
        ),
        (Identification(I::AccessFile), "dpv:RecordManagement"),
        (
            Identification(I::VerifyWhenContacting),
            "dpv:IdentityVerification",
        ),
        (
            Identification(I::ProtectConfidentiality),
            "dpv:EnforceAccessControl",
        ),
        (
            Basis(Jurisdiction::Quebec),
            "dpv:OfficialAuthorityOfController",
        ),
        (
            Basis(Jurisdiction::Ontario),
            "dpv:OfficialAuthorityOfController",
        ),
        (
            Basis(Jurisdiction::Federal),
            "dpv:OfficialAuthorityOfController",
        ),
        (Basis(Jurisdiction::Private), "dpv:Consent"),
        (Consent, "dpv:Consent"),
        (CookiePurpose(CP::Navigation), "dpv:ServiceProvision"),
        (CookiePurpose(CP::Convenience), "pp:BrowsingConvenience"),
        (CookiePurpose(CP::Preferences), "dpv:ServicePersonalisation"),
        (CookiePurpose(CP::Security), "dpv:EnforceSecurity"),
        (CookiePurpose(CP::Analytics), "dpv:ServiceUsageAnalytics"),
        (CookiePurpose(CP::LoadBalancing), "dpv:ServiceOptimisation"),
        (CookiePurpose(CP::Advertising), "dpv:Advertising"),
        // DPV names processors, not what they do for the controller: the
        // roles are policypress's own terms.
        (ServiceRole(SR::WebAnalytics), "pp:WebAnalyticsService"),
        (ServiceRole(SR::Hosting), "pp:HostingService"),
        (ServiceRole(SR::Forms), "pp:FormsService"),
        (ServiceRole(SR::EmailDelivery), "pp:EmailDeliveryService"),
        (ServiceRole(SR::BotProtection), "pp:BotProtectionService"),
        (ServiceRole(SR::Maps), "pp:MapService"),
        (ServiceRole(SR::Video), "pp:VideoService"),
        (ServiceRole(SR::Chat), "pp:ChatService"),
        (ServiceRole(SR::Payment), "pp:PaymentService"),
        (ServiceRole(SR::MailingList), "pp:MailingListService"),
        (ServiceRole(SR::SocialMedia), "pp:SocialMediaPlatform"),
        (
            ServiceRole(SR::ContentDelivery),
            "pp:ContentDeliveryNetwork",
        ),
        (ServiceRole(SR::Telephony), "pp:TelephonyService"),
        (ServiceRole(SR::Notification), "pp:NotificationService"),
        (ServiceRole(SR::Survey), "pp:SurveyService"),
        (ServiceRole(SR::HelpDesk), "pp:HelpDeskService"),
    ]
};

/// The term of a concept, from [`TERMS`].
pub fn term(c: Concept) -> Option<&'static str> {
    TERMS.iter().find(|(k, _)| *k == c).map(|(_, t)| *t)
}

/// JSON-LD node references to the terms of `concepts`, each term once, in
/// the order first met.
fn refs(concepts: impl IntoIterator<Item = Concept>) -> Vec<Value> {
    let mut seen: Vec<&str> = Vec::new();
    for c in concepts {
        if let Some(t) = term(c) {
            if !seen.contains(&t) {
                seen.push(t);
            }
        }
    }
    seen.into_iter().map(|t| json!({ "@id": t })).collect()
}

/// `refs` followed by a node for each of the author's own terms among
/// `entries`: its DPV term when given (else a policypress term under its
/// id), typed `class`, with its label in `lang`.
fn with_custom<'a, E: 'a>(
    mut refs: Vec<Value>,
    entries: impl IntoIterator<Item = &'a Entry<E>>,
    class: &str,
    lang: Lang,
) -> Vec<Value> {
    for c in entries.into_iter().filter_map(Entry::custom) {
        let id = c
            .dpv
            .clone()
            .unwrap_or_else(|| format!("pp:custom-{}", c.id.as_str()));
        let mut node = json!({
            "@id": id,
            "@type": class,
            "skos:prefLabel": c.label.get(lang),
        });
        if let (Some(d), Some(map)) = (&c.description, node.as_object_mut()) {
            map.insert("dct:description".into(), json!(d.get(lang)));
        }
        refs.push(node);
    }
    refs
}

fn process(id: String, data: Vec<Value>, purposes: Vec<Value>, bases: Vec<Value>) -> Value {
    json!({
        "@id": id,
        "@type": "dpv:Process",
        "dpv:hasPersonalData": data,
        "dpv:hasPurpose": purposes,
        "dpv:hasLegalBasis": bases,
    })
}

/// The JSON-LD description of `policy` as published at `url` in `lang`.
pub fn describe(policy: &Policy, lang: Lang, url: &str, version: &str) -> Value {
    let basis = Concept::Basis(policy.jurisdiction);
    let automatic = process(
        format!("{url}#automatic"),
        with_custom(
            refs(
                policy
                    .automatic
                    .categories
                    .iter()
                    .filter_map(Entry::builtin)
                    .map(|c| Concept::Automatic(*c)),
            ),
            policy.automatic.categories.iter(),
            "dpv:PersonalData",
            lang,
        ),
        with_custom(
            refs(
                policy
                    .automatic
                    .purposes
                    .iter()
                    .filter_map(Entry::builtin)
                    .map(|p| Concept::AutoPurpose(*p)),
            ),
            policy.automatic.purposes.iter(),
            "dpv:Purpose",
            lang,
        ),
        refs([basis]),
    );
    let v = &policy.voluntary;
    let categories = v
        .categories
        .iter()
        .filter_map(Entry::builtin)
        .chain(v.newsletter.iter().flat_map(|n| n.categories.iter()))
        .map(|c| Concept::Voluntary(*c));
    let purposes = policy
        .use_
        .purposes
        .iter()
        .filter_map(Entry::builtin)
        .map(|p| Concept::VoluntaryPurpose(*p))
        .chain(
            v.online_services
                .iter()
                .flat_map(|o| o.purposes.iter().map(|p| Concept::Identification(*p))),
        );
    let categories = with_custom(
        refs(categories),
        v.categories.iter(),
        "dpv:PersonalData",
        lang,
    );
    let purposes = with_custom(
        refs(purposes),
        policy.use_.purposes.iter(),
        "dpv:Purpose",
        lang,
    );
    let mut bases = vec![basis];
    if policy.collection.none_without_consent {
        bases.push(Concept::Consent);
    }
    let mut processes = Vec::new();
    if policy.doc_kind == crate::model::DocKind::Notice {
        // A collection notice describes one collection: what its form
        // asks, and why.
        let fields: Vec<Entry<crate::model::VoluntaryCategory>> =
            policy.fields.iter().map(|f| f.category().clone()).collect();
        let data = with_custom(
            refs(
                fields
                    .iter()
                    .filter_map(Entry::builtin)
                    .map(|c| Concept::Voluntary(*c)),
            ),
            fields.iter(),
            "dpv:PersonalData",
            lang,
        );
        processes.push(process(
            format!("{url}#collection"),
            data,
            purposes,
            refs(bases),
        ));
    } else {
        processes.push(automatic);
        if !categories.is_empty() {
            processes.push(process(
                format!("{url}#voluntary"),
                categories,
                purposes,
                refs(bases),
            ));
        }
    }
    processes.extend(cookie_process(policy, lang, url, basis));
    processes.extend(
        policy
            .services
            .iter()
            .map(|s| service_process(s, lang, url, basis)),
    );
    let point = policy.rights.contact.as_ref().map(|contact| {
        let mut point = Map::new();
        point.insert("@type".into(), json!("schema:ContactPoint"));
        point.insert("schema:contactType".into(), json!(contact.title.get(lang)));
        if let Some(name) = &contact.name {
            point.insert("schema:name".into(), json!(name));
        }
        if let Some(email) = &contact.email {
            point.insert("schema:email".into(), json!(email.as_str()));
        }
        if let Some(phone) = contact.phone.as_ref().or(contact.toll_free.as_ref()) {
            point.insert("schema:telephone".into(), json!(phone.tel_uri()));
        }
        point
    });
    let org = &policy.organization;
    let mut description = json!({
        "@context": {
            "dpv": DPV_NS,
            "pd": PD_NS,
            "pp": POLICYPRESS_NS,
            "dct": "http://purl.org/dc/terms/",
            "schema": "https://schema.org/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            // Prefixes an author's own term may use (`model::vocab::check_dpv`).
            "loc": "https://w3id.org/dpv/loc#",
            "tech": "https://w3id.org/dpv/tech#",
        },
        "@id": url,
        "@type": "dpv:PrivacyNotice",
        "dct:title": policy.title.get(lang),
        "dct:language": lang.html_tag(),
        "dct:hasVersion": version,
        "dpv:hasDataController": {
            "@type": "dpv:DataController",
            "schema:name": org.name.get(lang),
            "schema:url": org.website.get(lang).as_str(),
        },
    });
    // Moved in: `json!` would copy them by serializing.
    if let Some(map) = description.as_object_mut() {
        if let Some(updated) = policy.updated {
            map.insert("dct:modified".into(), json!(updated.to_string()));
        }
        // A collection notice is part of its privacy policy, which lists
        // its notices.
        if let Some(page) = &policy.policy_page {
            map.insert("dct:isPartOf".into(), json!(page.url.get(lang)));
        }
        if !policy.notices.is_empty() {
            let parts: Vec<&String> = policy.notices.iter().map(|n| n.url.get(lang)).collect();
            map.insert("dct:hasPart".into(), json!(parts));
        }
        if let (Some(controller), Some(point)) = (
            map.get_mut("dpv:hasDataController")
                .and_then(Value::as_object_mut),
            point,
        ) {
            controller.insert("schema:contactPoint".into(), Value::Object(point));
        }
        map.insert("dpv:hasProcess".into(), Value::Array(processes));
    }
    description
}

/// The process of the site's cookies (when the policy lists them): their
/// purposes, and each cookie as the technology it is implemented with
/// (`pp:Cookie`, `pp:LocalStorage`, `pp:Pixel`, `pp:Script`: DPV has no
/// term for them), set by a service's processor node when it has one.
fn cookie_process(policy: &Policy, lang: Lang, url: &str, basis: Concept) -> Option<Value> {
    let items = &policy.cookies.as_ref().and_then(Cookies::details)?.items;
    if items.is_empty() {
        return None;
    }
    let purposes = with_custom(
        refs(
            items
                .iter()
                .filter_map(|i| i.purpose.as_ref()?.builtin())
                .map(|p| Concept::CookiePurpose(*p)),
        ),
        items.iter().filter_map(|i| i.purpose.as_ref()),
        "dpv:Purpose",
        lang,
    );
    let technologies: Vec<Value> = items
        .iter()
        .map(|i| {
            let mut node = Map::new();
            node.insert("@id".into(), json!(format!("{url}#cookie-{}", i.id)));
            let ty = match i.kind {
                None | Some(CookieType::Cookie) => "pp:Cookie",
                Some(CookieType::LocalStorage) => "pp:LocalStorage",
                Some(CookieType::Pixel) => "pp:Pixel",
                Some(CookieType::Script) => "pp:Script",
            };
            node.insert("@type".into(), json!(ty));
            if let Some(name) = &i.name {
                node.insert("schema:name".into(), json!(name));
            }
            if let Some(l) = i.lifetime {
                let l = match l {
                    Lifetime::Session => "session".to_string(),
                    Lifetime::Persistent => "persistent".to_string(),
                    Lifetime::Days(d) => format!("P{d}D"),
                };
                node.insert("pp:lifetime".into(), json!(l));
            }
            if let Some(e) = i.essential {
                node.insert("pp:essential".into(), json!(e));
            }
            if let Some(p) = &i.provider {
                node.insert(
                    "pp:setBy".into(),
                    json!({ "@id": format!("{url}#service-{p}-processor") }),
                );
            }
            Value::Object(node)
        })
        .collect();
    let mut p = process(
        format!("{url}#cookies"),
        Vec::new(),
        purposes,
        refs([basis]),
    );
    if let Some(map) = p.as_object_mut() {
        map.remove("dpv:hasPersonalData");
        map.insert(
            "dpv:isImplementedUsingTechnology".into(),
            Value::Array(technologies),
        );
    }
    Some(p)
}

/// The location term of where a service processes information: a DPV
/// location code (`loc:US`) for a country, a policypress term for a region.
fn place(p: Place) -> Value {
    match p {
        Place::Country(c) => {
            let code = serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            json!({ "@id": format!("loc:{code}") })
        }
        Place::Region(r) => {
            let name = match r {
                crate::model::Region::OutsideQuebec => "OutsideQuebec",
                crate::model::Region::OutsideCanada => "OutsideCanada",
                crate::model::Region::InQuebec => "InQuebec",
                crate::model::Region::InCanada => "InCanada",
                crate::model::Region::OutsideOntario => "OutsideOntario",
            };
            json!({ "@id": format!("pp:{name}") })
        }
    }
}

/// The process of one outside service, anchored at its place on the page:
/// what it gathers, why, and its processor (`dpv:DataProcessor`, with its
/// role, provider and location).
fn service_process(s: &crate::model::Service, lang: Lang, url: &str, basis: Concept) -> Value {
    let data = with_custom(
        refs(
            s.information
                .iter()
                .filter_map(Entry::builtin)
                .map(|c| Concept::Automatic(*c)),
        ),
        s.information.iter(),
        "dpv:PersonalData",
        lang,
    );
    let purposes = with_custom(
        refs(
            s.purposes
                .iter()
                .filter_map(Entry::builtin)
                .map(|p| Concept::AutoPurpose(*p)),
        ),
        s.purposes.iter(),
        "dpv:Purpose",
        lang,
    );
    let mut processor = Map::new();
    processor.insert(
        "@id".into(),
        json!(format!("{url}#service-{}-processor", s.id)),
    );
    processor.insert("@type".into(), json!("dpv:DataProcessor"));
    processor.insert("schema:name".into(), json!(s.name.get(lang)));
    if let Some(role) = &s.role {
        let role = with_custom(
            refs(role.builtin().map(|r| Concept::ServiceRole(*r))),
            std::iter::once(role),
            "pp:ServiceRole",
            lang,
        );
        processor.insert("pp:serviceRole".into(), Value::Array(role));
    }
    if let Some(provider) = &s.provider {
        processor.insert(
            "schema:parentOrganization".into(),
            json!({ "@type": "schema:Organization", "schema:name": provider }),
        );
    }
    if let Some(policy) = &s.policy {
        processor.insert(
            "dpv:hasPolicy".into(),
            json!({ "@id": policy.get(lang).as_str() }),
        );
    }
    let mut p = process(
        format!("{url}#service-{}", s.id),
        data,
        purposes,
        refs([basis]),
    );
    if let Some(map) = p.as_object_mut() {
        if let Some(at) = s.processed_in {
            map.insert("dpv:hasLocation".into(), place(at));
        }
        if s.anonymous {
            map.insert(
                "dpv:hasTechnicalOrganisationalMeasure".into(),
                json!({ "@id": "dpv:Anonymisation" }),
            );
        }
        map.insert("dpv:hasDataProcessor".into(), Value::Object(processor));
    }
    p
}

/// JSON for the inside of a `<script>` element: every `<`, `>` and `&` is
/// written as a JSON escape, so no text can close the element or open a
/// comment (`</script>`, `<!--`), and the value parses unchanged.
pub fn script_safe(v: &Value) -> String {
    crate::render::theme::replace_ascii(&v.to_string(), |b| match b {
        b'<' => Some("\\u003c"),
        b'>' => Some("\\u003e"),
        b'&' => Some("\\u0026"),
        _ => None,
    })
}

/// The escaped JSON-LD of a page, ready to place in its `<script>`.
pub fn json_ld(policy: &Policy, lang: Lang, url: &str, version: &str) -> String {
    script_safe(&describe(policy, lang, url, version))
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemars::JsonSchema;
    use serde::de::DeserializeOwned;

    /// Every value of an enumeration, read from its JSON Schema, so a value
    /// added to the model without a term fails the test below.
    fn variants<T: JsonSchema + DeserializeOwned>() -> Vec<T> {
        fn strings(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::Object(m) => {
                    if let Some(Value::String(s)) = m.get("const") {
                        out.push(s.clone());
                    }
                    if let Some(Value::Array(e)) = m.get("enum") {
                        out.extend(e.iter().filter_map(|x| x.as_str().map(str::to_string)));
                    }
                    m.values().for_each(|x| strings(x, out));
                }
                Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                _ => {}
            }
        }
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let mut names = Vec::new();
        strings(&schema, &mut names);
        assert!(!names.is_empty());
        names
            .into_iter()
            .map(|n| serde_json::from_value(Value::String(n)).unwrap())
            .collect()
    }

    #[test]
    fn every_value_of_the_model_has_exactly_one_term() {
        let mut all: Vec<Concept> = Vec::new();
        all.extend(
            variants::<AutoCategory>()
                .into_iter()
                .map(Concept::Automatic),
        );
        all.extend(
            variants::<VoluntaryCategory>()
                .into_iter()
                .map(Concept::Voluntary),
        );
        all.extend(
            variants::<AutoPurpose>()
                .into_iter()
                .map(Concept::AutoPurpose),
        );
        all.extend(
            variants::<VoluntaryPurpose>()
                .into_iter()
                .map(Concept::VoluntaryPurpose),
        );
        all.extend(
            variants::<IdentificationPurpose>()
                .into_iter()
                .map(Concept::Identification),
        );
        all.extend(variants::<Jurisdiction>().into_iter().map(Concept::Basis));
        all.push(Concept::Consent);
        all.extend(
            variants::<CookiePurpose>()
                .into_iter()
                .map(Concept::CookiePurpose),
        );
        all.extend(
            variants::<ServiceRole>()
                .into_iter()
                .map(Concept::ServiceRole),
        );
        for c in &all {
            let n = TERMS.iter().filter(|(k, _)| k == c).count();
            assert_eq!(n, 1, "{c:?} has {n} terms");
        }
        assert_eq!(all.len(), TERMS.len(), "the table names a value twice");
    }

    #[test]
    fn terms_use_the_declared_prefixes() {
        for (c, t) in TERMS {
            let (prefix, name) = t.split_once(':').unwrap();
            assert!(["dpv", "pd", "pp"].contains(&prefix), "{c:?}: {t}");
            assert!(name.chars().next().unwrap().is_ascii_uppercase(), "{t}");
            assert!(name.chars().all(|ch| ch.is_ascii_alphanumeric()), "{t}");
        }
        // Categories are personal data; purposes and bases are DPV core.
        for (c, t) in TERMS {
            match c {
                Concept::Automatic(_) | Concept::Voluntary(_) => {
                    assert!(!t.starts_with("dpv:"), "{t}")
                }
                _ => assert!(!t.starts_with("pd:"), "{t}"),
            }
        }
    }

    #[test]
    fn the_issue_examples_map_as_documented() {
        assert_eq!(
            term(Concept::Automatic(AutoCategory::IpAddress)),
            Some("pd:IPAddress")
        );
        assert_eq!(
            term(Concept::Automatic(AutoCategory::Browser)),
            Some("pd:UserAgent")
        );
        assert_eq!(
            term(Concept::Voluntary(VoluntaryCategory::Email)),
            Some("pd:EmailAddress")
        );
        assert_eq!(
            term(Concept::Basis(Jurisdiction::Quebec)),
            Some("dpv:OfficialAuthorityOfController")
        );
    }

    #[test]
    fn script_text_cannot_close_the_element() {
        let v = json!({"t": "</script><!-- & -->"});
        let s = script_safe(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }
}
