//! Cookies, outside services and the technologies of s. 65.0.1 (document
//! model 2, step 4c), through the command line: the fixture
//! tests/fixtures/cookies-services (three services, cookies of the site's
//! own and of a service, `tracking`) and variations of it.

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;

const POLICY: &str = "content/policies/services.yaml";
const NONE: &str = "content/policies/none.yaml";

fn build(root: &Path) -> std::path::PathBuf {
    let out = root.join("out");
    let o = run(root, &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    out
}

fn texts(doc: &scraper::Html, css: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
}

/// The legal diagnostics of a report, as `rule key`.
fn rules(report: &Value) -> Vec<String> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "legal")
        .map(|d| {
            format!(
                "{} {}",
                d["rule"].as_str().unwrap_or(""),
                d["key"].as_str().unwrap_or("")
            )
        })
        .collect()
}

#[test]
fn cookies_and_services_read_from_data_in_both_languages() {
    let s = site("cookies-services");
    let out = build(s.path());
    let en = html(&out.join("en/services-privacy/index.html"));
    let fr = html(&out.join("fr/services-confidentialite/index.html"));
    // Same sections in both pages, services right after cookies.
    for doc in [&en, &fr] {
        let ids: Vec<String> = select(doc, "main section[id]")
            .iter()
            .map(|s| s.value().attr("id").unwrap_or_default().to_string())
            .collect();
        let c = ids.iter().position(|i| i == "cookies").expect("cookies");
        assert_eq!(ids.get(c + 1).map(String::as_str), Some("services"));
    }
    // The cookie table: a caption, one header per column some cookie fills,
    // a row header for each named cookie.
    assert_eq!(
        texts(&en, "#cookies table caption"),
        ["Cookies and similar technologies used on our site"]
    );
    assert_eq!(
        texts(&en, "#cookies thead th[scope=col]"),
        [
            "Name",
            "Set by",
            "Purpose",
            "Needed for the site to work",
            "How long it stays",
            "Where it is kept",
            "Type"
        ]
    );
    assert_eq!(
        texts(&en, "#cookie-captcha td"),
        [
            "Example Shield",
            "to protect the site and its users",
            "yes",
            "30 days",
            "on your device’s disk",
            ""
        ]
    );
    assert_eq!(
        texts(&en, "#cookie-session th[scope=row]"),
        ["ASP.NET_SessionId"]
    );
    assert_eq!(
        texts(&fr, "#cookie-language td"),
        [
            "",
            "notre site",
            "pour retenir la langue que vous avez choisie",
            "non (facultatif)",
            "au-delà de votre visite",
            "",
            "stockage local"
        ]
    );
    let en_cookies = texts(&en, "#cookies p").join("\n");
    for said in [
        "Our site does not use cookies to gather personal information about you.",
        "On your first visit, a banner asks whether you accept our site’s cookies.",
        "You can set your browser to refuse cookies at any time. The site will then show its pages in French first.",
        "To withdraw your consent: Delete the stored choice in your browser’s settings.",
        "This function is turned off by default.",
    ] {
        assert!(en_cookies.contains(said), "{said:?} in\n{en_cookies}");
    }
    assert!(
        !en_cookies.contains("persistent"),
        "no_persistent: false says nothing"
    );
    assert_eq!(texts(&fr, "#cookies ul li"), ["la localisation"]);
    // Each service in its own block, named, with its role's wording.
    assert_eq!(
        texts(&en, "#services .service h3"),
        ["Example Analytics", "Example Forms", "Example Shield"]
    );
    assert_eq!(
        texts(&fr, "#services .service h3"),
        ["Example Analytics", "Formulaires Exemple", "Example Shield"]
    );
    let analytics = texts(&en, "#service-analytics p").join("\n");
    for said in [
        "We use Example Analytics, a web analytics service (provider: Example Analytics Inc.). The information it gathers is anonymous.",
        "The information this service may gather is limited to:",
        "This service processes information in the United States. This service places no cookies on your device.",
        "Some features of our site might then be unavailable.",
    ] {
        assert!(analytics.contains(said), "{said:?} in\n{analytics}");
    }
    let fr_analytics = texts(&fr, "#service-analytics p").join("\n");
    assert!(
        fr_analytics.contains("Ce service traite les renseignements aux États-Unis."),
        "{fr_analytics}"
    );
    let forms = texts(&fr, "#service-forms p").join("\n");
    assert!(
        forms.contains("Nous utilisons ce service uniquement pour répondre"),
        "{forms}"
    );
    assert!(
        forms.contains("Ce service traite les renseignements au Canada."),
        "{forms}"
    );
    assert!(
        forms.contains("Selon ses conditions d’utilisation, ce service exige"),
        "{forms}"
    );
    let shield = texts(&en, "#service-bot-protection p").join("\n");
    assert!(
        shield.contains("We use Example Shield, a service that filters automated traffic."),
        "{shield}"
    );
    assert!(shield.contains("outside Québec"), "{shield}");
    // Nothing the data does not say: no anonymity, provider or cookies
    // claimed for the forms service.
    let forms_en = texts(&en, "#service-forms p").join("\n");
    for unsaid in ["anonymous", "provider", "cookies"] {
        assert!(!forms_en.contains(unsaid), "{unsaid} in\n{forms_en}");
    }
}

#[test]
fn none_asserts_absence_and_no_key_says_nothing() {
    let s = site("cookies-services");
    let out = build(s.path());
    let en = html(&out.join("en/no-cookies/index.html"));
    assert_eq!(
        texts(&en, "#cookies p"),
        [
            "Our site places no cookies on your device.",
            "No technology our site uses has a function that identifies you, locates you or builds a profile of you."
        ]
    );
    assert!(select(&en, "#services").is_empty());
    let fr = html(&out.join("fr/aucun-temoin/index.html"));
    assert_eq!(
        texts(&fr, "#cookies p")[0],
        "Notre site ne dépose aucun témoin sur votre appareil."
    );
    // Without `cookies` nor `tracking`, no section at all.
    let text = std::fs::read_to_string(s.path().join(NONE)).unwrap();
    write(
        s.path(),
        NONE,
        &text.replace("cookies: none\ntracking:\n  functions: none\n", ""),
    );
    let out = build(s.path());
    let en = html(&out.join("en/no-cookies/index.html"));
    assert!(select(&en, "#cookies").is_empty());
}

#[test]
fn model_1_cookie_keys_are_moved_key_errors_at_their_line() {
    let s = site("cookies-services");
    edit(
        s.path(),
        POLICY,
        "  no_persistent: false\n",
        "  practice: session\n  purpose: navigation\n  refusable: true\n  analytics:\n    service: Google Analytics\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let moved: Vec<&Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "moved-key")
        .collect();
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    let line_of = |needle: &str| {
        text.lines()
            .position(|l| l.starts_with(needle))
            .map(|i| i as u64 + 1)
            .unwrap()
    };
    for (key, line, hint) in [
        ("cookies.practice", "  practice:", "cookies: none"),
        ("cookies.purpose", "  purpose:", "cookies.items"),
        (
            "cookies.refusable",
            "  refusable:",
            "refuse: { browser: true }",
        ),
        ("cookies.analytics", "  analytics:", "role: web-analytics"),
    ] {
        let d = moved
            .iter()
            .find(|d| d["key"] == key)
            .unwrap_or_else(|| panic!("no moved-key at {key}: {report:#}"));
        assert_eq!(d["line"].as_u64(), Some(line_of(line)), "{key}");
        assert!(d["hint"].as_str().unwrap().contains(hint), "{key}: {d}");
    }
}

#[test]
fn a_cookie_names_a_service_of_the_policy() {
    let s = site("cookies-services");
    edit(
        s.path(),
        POLICY,
        "provider: bot-protection",
        "provider: bot-protect",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "unknown-service");
    assert_eq!(d["key"], "cookies.items[1].provider");
    assert!(
        d["hint"].as_str().unwrap().contains("`bot-protection`"),
        "{d}"
    );
    // A cookie with nothing but its id would be an empty row.
    let s = site("cookies-services");
    edit(s.path(), POLICY, "  items:\n", "  items:\n    - id: bare\n");
    let (_, report) = check_json(s.path());
    let d = find(&report, "cookie-says-nothing");
    assert_eq!(d["key"], "cookies.items[0]");
    assert_eq!(d["severity"], "warning");
    // Two services with one id.
    let s = site("cookies-services");
    edit(s.path(), POLICY, "  - id: forms\n", "  - id: analytics\n");
    let (_, report) = check_json(s.path());
    assert_eq!(find(&report, "duplicate-service")["key"], "services[1].id");
}

#[test]
fn the_page_never_says_two_contradicting_things_about_cookies() {
    let s = site("cookies-services");
    // A service that places cookies under `cookies: none`.
    edit(
        s.path(),
        NONE,
        "cookies: none\n",
        "cookies: none\nservices:\n  - { id: maps, name: Maps, role: maps, sets_cookies: true }\n",
    );
    // A service said to place none places a cookie of the table.
    edit(
        s.path(),
        POLICY,
        "    sets_cookies: true\n",
        "    sets_cookies: false\n",
    );
    // A cookie that stays, under `no_persistent: true`.
    edit(
        s.path(),
        POLICY,
        "  no_persistent: false\n",
        "  no_persistent: true\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let mut keys: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "cookies-contradiction")
        .filter_map(|d| d["key"].as_str())
        .collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "cookies.items[1].lifetime",
            "cookies.items[1].provider",
            "cookies.items[2].lifetime",
            "services[0].sets_cookies"
        ],
        "{report:#}"
    );
}

#[test]
fn tracking_and_quebec_regions_are_for_quebec_policies() {
    let s = site("cookies-services");
    edit(
        s.path(),
        POLICY,
        "jurisdiction: quebec",
        "jurisdiction: ontario",
    );
    edit(s.path(), POLICY, "allow:\n", "allow: []\n");
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    let text: String = text
        .lines()
        .filter(|l| !l.starts_with("  - { rule: QC-"))
        .map(|l| format!("{l}\n"))
        .collect();
    write(s.path(), POLICY, &text);
    std::fs::remove_file(s.path().join(NONE)).unwrap();
    let (_, report) = check_json(s.path());
    let keys: Vec<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "key-not-for-jurisdiction")
        .filter_map(|d| d["key"].as_str())
        .collect();
    assert_eq!(keys, ["tracking", "services[2].processed_in"], "{report:#}");
    // And Ontario's region is for Ontario policies.
    let s = site("cookies-services");
    edit(
        s.path(),
        POLICY,
        "processed_in: outside-quebec",
        "processed_in: outside-ontario",
    );
    let (_, report) = check_json(s.path());
    assert_eq!(
        find(&report, "key-not-for-jurisdiction")["key"],
        "services[2].processed_in"
    );
}

#[test]
fn qc_15_asks_for_tracking_when_a_technology_may_track() {
    let s = site("cookies-services");
    // Satisfied as written (functions, off by default, how to activate).
    let (_, report) = check_json(s.path());
    assert!(!rules(&report).iter().any(|r| r.starts_with("QC-15")));
    // A function without how to turn it on.
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    let start = text.find("  how_to_activate:").unwrap();
    let end = text[start..].find("\n\n").unwrap() + start + 1;
    let without = format!("{}{}", &text[..start], &text[end..]);
    write(s.path(), POLICY, &without);
    let (_, report) = check_json(s.path());
    assert!(
        rules(&report).contains(&"QC-15 tracking.how_to_activate".to_string()),
        "{:?}",
        rules(&report)
    );
    // No `tracking` at all: reported at `tracking.functions`.
    let start = without.find("tracking:\n").unwrap();
    let end = without[start..].find("\n\n").unwrap() + start + 1;
    let no_tracking = format!("{}{}", &without[..start], &without[end..]);
    write(s.path(), POLICY, &no_tracking);
    let (_, report) = check_json(s.path());
    assert!(
        rules(&report).contains(&"QC-15 tracking.functions".to_string()),
        "{:?}",
        rules(&report)
    );
    // Not applicable (no cookie items, no service that may track): silent,
    // and allowing it is not "unneeded".
    let s = site("cookies-services");
    write(
        s.path(),
        POLICY,
        "jurisdiction: quebec
title: { en: Privacy policy, fr: Politique de confidentialité }
slug: { en: services-privacy, fr: services-confidentialite }
organization:
  name: { en: Sample Agency, fr: Agence type }
  website: https://example.org/
cookies: { no_persistent: true }
services:
  - { id: host, name: Host, role: hosting, information: [ip-address] }
allow:
  - { rule: QC-15, reason: checking that an allow of a rule that does not apply is not unneeded }
",
    );
    let (_, report) = check_json(s.path());
    assert!(!rules(&report).iter().any(|r| r.starts_with("QC-15")));
    assert!(
        !codes(&report).contains(&"allow-unneeded".to_string()),
        "{report:#}"
    );
    // A web analytics service makes it apply.
    edit(s.path(), POLICY, "role: hosting", "role: web-analytics");
    edit(
        s.path(),
        POLICY,
        "allow:\n  - { rule: QC-15",
        "allow:\n  - { rule: QC-01",
    );
    let (_, report) = check_json(s.path());
    assert!(rules(&report).contains(&"QC-15 tracking.functions".to_string()));
    // QC-03: a service's information describes what is collected.
    assert!(
        !rules(&report).iter().any(|r| r.starts_with("QC-03")),
        "{:?}",
        rules(&report)
    );
}

#[test]
fn qc_08_asks_what_refusing_an_optional_cookie_costs() {
    let s = site("cookies-services");
    let text = std::fs::read_to_string(s.path().join(POLICY)).unwrap();
    let start = text.find("    consequence:\n").unwrap();
    let end = text[start..].find("    withdraw:").unwrap() + start;
    write(
        s.path(),
        POLICY,
        &format!("{}{}", &text[..start], &text[end..]),
    );
    let (_, report) = check_json(s.path());
    assert!(
        rules(&report).contains(&"QC-08 cookies.refuse.consequence".to_string()),
        "{:?}",
        rules(&report)
    );
    // Every cookie essential: nothing to refuse, nothing asked.
    edit(s.path(), POLICY, "essential: false", "essential: true");
    let (_, report) = check_json(s.path());
    assert!(!rules(&report).iter().any(|r| r.starts_with("QC-08")));
}

#[test]
fn services_and_cookies_are_published_as_data_and_dpv_nodes() {
    let s = site("cookies-services");
    let out = build(s.path());
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("en/services-privacy/policy.json")).unwrap(),
    )
    .unwrap();
    let p = &json["policy"];
    assert_eq!(p["services"][0]["processed_in"]["country"], "US");
    assert_eq!(p["services"][2]["processed_in"], "outside-quebec");
    assert_eq!(p["cookies"]["items"][1]["lifetime"]["days"], 30);
    assert_eq!(
        p["cookies"]["refuse"]["consequence"]["text"]["fr"],
        "Le site affichera alors ses pages en français d’abord."
    );
    assert_eq!(p["tracking"]["functions"][0], "location");
    assert_eq!(
        json["labels"]["service-role"]["web-analytics"]["fr"],
        "un service de mesure d’audience"
    );
    assert_eq!(
        json["labels"]["cookie-purpose"]["navigation"]["en"],
        "needed to navigate the site"
    );
    // JSON-LD: a process per service, anchored at its block, with its
    // processor, location and role; the cookies as technologies.
    let doc = html(&out.join("en/services-privacy/index.html"));
    let ld: Value = serde_json::from_str(
        &select(&doc, "script[type=\"application/ld+json\"]")[0]
            .text()
            .collect::<String>(),
    )
    .unwrap();
    let processes = ld["dpv:hasProcess"].as_array().unwrap();
    let find = |suffix: &str| {
        processes
            .iter()
            .find(|p| p["@id"].as_str().unwrap().ends_with(suffix))
            .unwrap_or_else(|| panic!("no process {suffix}: {ld:#}"))
    };
    let analytics = find("#service-analytics");
    assert_eq!(analytics["dpv:hasLocation"]["@id"], "loc:US");
    assert_eq!(
        analytics["dpv:hasDataProcessor"]["@type"],
        "dpv:DataProcessor"
    );
    assert_eq!(
        analytics["dpv:hasDataProcessor"]["pp:serviceRole"][0]["@id"],
        "pp:WebAnalyticsService"
    );
    assert_eq!(
        analytics["dpv:hasTechnicalOrganisationalMeasure"]["@id"],
        "dpv:Anonymisation"
    );
    let data: Vec<&str> = analytics["dpv:hasPersonalData"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["@id"].as_str())
        .collect();
    assert_eq!(
        data,
        ["pd:BrowserHistory", "pd:BrowsingReferral", "pd:Country"]
    );
    let shield = find("#service-bot-protection");
    assert_eq!(shield["dpv:hasLocation"]["@id"], "pp:OutsideQuebec");
    assert_eq!(
        shield["dpv:hasDataProcessor"]["pp:serviceRole"][0]["skos:prefLabel"],
        "a service that filters automated traffic"
    );
    let cookies = find("#cookies");
    let tech = cookies["dpv:isImplementedUsingTechnology"]
        .as_array()
        .unwrap();
    assert_eq!(tech.len(), 3);
    assert_eq!(tech[1]["pp:lifetime"], "P30D");
    assert!(tech[1]["pp:setBy"]["@id"]
        .as_str()
        .unwrap()
        .ends_with("#service-bot-protection-processor"));
    assert_eq!(tech[2]["@type"], "pp:LocalStorage");
    // Every anchor the JSON-LD names is on the page.
    for id in [
        "service-analytics",
        "service-bot-protection",
        "cookies",
        "cookie-captcha",
    ] {
        assert_eq!(select(&doc, &format!("[id=\"{id}\"]")).len(), 1, "{id}");
    }
}

#[test]
fn diff_tells_service_and_cookie_changes() {
    let s = site("cookies-services");
    let old = s.path().join("old.yaml");
    std::fs::copy(s.path().join(POLICY), &old).unwrap();
    edit(s.path(), POLICY, "    anonymous: true\n", "");
    edit(s.path(), POLICY, "role: forms", "role: survey");
    edit(
        s.path(),
        POLICY,
        "information: [ip-address]",
        "information: [ip-address, age]",
    );
    edit(s.path(), POLICY, "  linked_sites_may_set: true\n", "");
    let o = run(
        s.path(),
        &[
            "diff",
            old.to_str().unwrap(),
            s.path().join(POLICY).to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for line in [
        "- Added: a survey service (outside services, by role).",
        "- Removed: an online forms service (outside services, by role).",
        "- Added: your age (information gathered by outside services).",
        "- Statement withdrawn: “Some of the sites our site links to may place their own cookies on your device; please consult their privacy policies.”",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }
    // Changed without a role change: the section is revised.
    let s = site("cookies-services");
    let old = s.path().join("old.yaml");
    std::fs::copy(s.path().join(POLICY), &old).unwrap();
    edit(s.path(), POLICY, "    anonymous: true\n", "");
    let o = run(
        s.path(),
        &[
            "diff",
            old.to_str().unwrap(),
            s.path().join(POLICY).to_str().unwrap(),
        ],
    );
    let text = stdout(&o);
    assert!(
        text.contains("- Section revised: Outside services we use."),
        "{text}"
    );
}

#[test]
fn the_msp_example_publishes_its_service_and_labels() {
    let s = site("example");
    let out = build(s.path());
    let json: Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("en/public-security-privacy-policy/policy.json"))
            .unwrap(),
    )
    .unwrap();
    let ga = &json["policy"]["services"][0];
    assert_eq!(ga["name"]["en"], "Google Analytics");
    assert_eq!(ga["information"]["items"][3]["id"], "interests");
    // A built-in value with a description keeps its built-in label.
    assert_eq!(
        json["labels"]["auto-category"]["interests"]["en"],
        "your interests"
    );
    assert_eq!(json["labels"]["auto-category"]["age"]["fr"], "votre âge");
    let doc = html(&out.join("en/public-security-privacy-policy/index.html"));
    let items = texts(&doc, "#service-google-analytics li");
    assert!(
        items.contains(
            &"your interests: based, like the other demographic data, on the websites you have visited or on the information in your Google account".to_string()
        ),
        "{items:?}"
    );
    // The free section it replaces is gone.
    assert!(select(&doc, "#google-analytics").is_empty());
}

/// The starters and profiles assert nothing about cookies, tracking or
/// services for the author: every such statement is a commented example.
#[test]
fn starters_and_profiles_assert_nothing_about_cookies_or_services() {
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["src/scaffold/templates", "content/profiles"] {
        for entry in walk(&repo().join(dir)) {
            if entry.extension().is_some_and(|e| e == "yaml")
                && !entry.to_string_lossy().contains("site.yaml")
            {
                files.push(entry);
            }
        }
    }
    assert!(files.len() >= 9, "{files:?}");
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let v: serde_yaml::Value = serde_yaml::from_str(&text).unwrap_or(serde_yaml::Value::Null);
        for key in ["cookies", "tracking", "services"] {
            assert!(
                v.get(key).is_none(),
                "{}: `{key}` states facts only the author knows; write it as a commented example",
                f.display()
            );
        }
    }
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
