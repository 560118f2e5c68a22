//! Collection notices: one per form, `content/notices/<id>.yaml`, the same
//! pipeline as policies, a second kind of document.

mod common;
use common::*;
use std::path::Path;

fn line_of(root: &Path, rel: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(root.join(rel)).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .expect("needle present") as u64
        + 1
}

fn main_text(path: &Path) -> String {
    select(&html(path), "main")
        .iter()
        .flat_map(|m| m.text())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn built() -> (tempfile::TempDir, std::path::PathBuf) {
    let s = site("example");
    let out = s.path().join("out");
    let o = run(s.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    (s, out)
}

#[test]
fn a_notice_builds_a_page_pair_its_fragments_and_its_json() {
    let (_s, out) = built();
    let en = out.join("en/news-bulletin-collection-notice");
    let fr = out.join("fr/avis-de-collecte-bulletin-electronique");
    for (dir, lang) in [(&en, "en"), (&fr, "fr")] {
        let page = html(&dir.join("index.html"));
        // The page pair: language toggle to the matching notice, hreflang
        // of both versions.
        let toggle = select(&page, "header a[hreflang]");
        assert_eq!(toggle.len(), 1, "{}", dir.display());
        let alternates = select(&page, "link[rel=alternate][hreflang]");
        assert!(alternates.len() >= 2, "{}", dir.display());
        // A notice does not describe the website.
        let ids: Vec<String> = select(&page, "main section[id]")
            .iter()
            .map(|s| s.value().attr("id").unwrap_or_default().to_string())
            .collect();
        for s in ["automatic", "cookies", "voluntary", "links", "introduction"] {
            assert!(!ids.contains(&s.to_string()), "{ids:?}");
        }
        assert_eq!(ids.first().map(String::as_str), Some("form"), "{ids:?}");
        // The fragment: no page around it, an absolute link to the notice.
        let fragment = std::fs::read_to_string(dir.join(format!("notice.{lang}.html"))).unwrap();
        assert!(!fragment.contains("<html"), "{fragment}");
        assert!(!fragment.contains("<script"), "{fragment}");
        assert!(fragment.contains("class=\"pp-notice\""), "{fragment}");
        assert!(
            fragment.contains(&format!("href=\"http://localhost:4000/{lang}/")),
            "{fragment}"
        );
        // Its JSON, for form builders.
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("notice.json")).unwrap())
                .unwrap();
        assert_eq!(json["kind"], "notice");
        assert_eq!(json["policy"]["fields"][0], "email");
        assert_eq!(
            json["policy"]["policy_page"]["id"],
            "quebec-relations-internationales"
        );
        assert!(!dir.join("policy.json").exists());
    }
    // What the seed says, and nothing it does not: "used only to send
    // bulletins", "nor … shared with a third party"; it does not say which
    // fields are obligatory.
    let fragment = std::fs::read_to_string(en.join("notice.en.html")).unwrap();
    assert!(
        fragment.contains("used only to send you the electronic news bulletin"),
        "{fragment}"
    );
    assert!(fragment.contains("It is not shared with any third party."));
    assert!(!fragment.contains("obligatory"), "{fragment}");
    let text = main_text(&fr.join("index.html"));
    assert!(
        text.contains(
            "Les renseignements recueillis au moyen de ce formulaire comprennent notamment"
        ),
        "{text}"
    );
    assert!(!text.contains("obligatoire"), "{text}");
}

#[test]
fn the_policy_lists_its_notices_and_each_notice_links_to_its_policy() {
    let (_s, out) = built();
    let policy =
        html(&out.join("fr/relations-internationales-politique-de-confidentialite/index.html"));
    let links = select(&policy, "#notices a");
    assert_eq!(links.len(), 1);
    assert_eq!(
        links[0].value().attr("href"),
        Some("http://localhost:4000/fr/avis-de-collecte-bulletin-electronique/")
    );
    assert_eq!(
        links[0].text().collect::<String>(),
        "Abonnement au bulletin électronique"
    );
    // The list is part of the policy's published data (and version).
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("en/international-relations-privacy-policy/policy.json"))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(json["policy"]["notices"][0]["id"], "mri-news-bulletin");
    // A policy without notices has no such section.
    let portal = html(&out.join("en/quebec-portal-privacy-policy/index.html"));
    assert!(select(&portal, "#notices").is_empty());
    // The JSON-LD says the same: the policy has the notice as a part.
    let ld = |page: &Path| -> serde_json::Value {
        let doc = html(page);
        let s = select(&doc, r#"script[type="application/ld+json"]"#);
        serde_json::from_str(&s[0].text().collect::<String>()).unwrap()
    };
    let policy_ld = ld(&out.join("en/international-relations-privacy-policy/index.html"));
    assert_eq!(
        policy_ld["dct:hasPart"][0],
        "http://localhost:4000/en/news-bulletin-collection-notice/"
    );
    let notice_ld = ld(&out.join("en/news-bulletin-collection-notice/index.html"));
    assert_eq!(
        notice_ld["dct:isPartOf"],
        "http://localhost:4000/en/international-relations-privacy-policy/"
    );
    // Its one process is the form's collection: the fields and the purpose.
    let text = notice_ld.to_string();
    assert!(text.contains("#collection"), "{text}");
    assert!(text.contains("pd:EmailAddress"), "{text}");
    assert!(!text.contains("#automatic"), "{text}");
    // The notice links back.
    let notice = html(&out.join("en/online-services-collection-notice/index.html"));
    let back = select(&notice, "#privacy-policy a");
    assert_eq!(
        back[0].value().attr("href"),
        Some("http://localhost:4000/en/public-security-privacy-policy/")
    );
}

#[test]
fn the_landing_page_lists_each_notice_under_its_policy() {
    let (_s, out) = built();
    let landing = html(&out.join("index.html"));
    for (lang, policy, notice) in [
        (
            "fr",
            "fr/relations-internationales-politique-de-confidentialite/",
            "fr/avis-de-collecte-bulletin-electronique/",
        ),
        (
            "en",
            "en/public-security-privacy-policy/",
            "en/online-services-collection-notice/",
        ),
    ] {
        let items = select(
            &landing,
            &format!(".landing-column[lang={lang}-CA] .policy-list > li"),
        );
        let item = items
            .iter()
            .find(|li| {
                li.children()
                    .filter_map(scraper::ElementRef::wrap)
                    .any(|a| a.value().attr("href") == Some(policy))
            })
            .unwrap_or_else(|| panic!("no item for {policy}"));
        let nested: Vec<_> = item
            .select(&scraper::Selector::parse(".notice-list a").unwrap())
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(nested, [notice], "{lang}");
        // Not also listed as a document of its own.
        let top: Vec<_> = items
            .iter()
            .flat_map(|li| li.children().filter_map(scraper::ElementRef::wrap))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert!(!top.contains(&notice), "{top:?}");
    }
    // A policy without notices has no nested list.
    let portal = select(&landing, ".policy-list > li")
        .into_iter()
        .find(|li| {
            li.html()
                .contains("fr/portail-quebec-politique-de-confidentialite/")
        })
        .expect("the Portal's item");
    assert!(!portal.html().contains("notice-list"));
}

#[test]
fn a_notice_naming_no_policy_of_the_site_is_an_error_at_its_line() {
    let s = site("example");
    let rel = "content/notices/mri-news-bulletin.yaml";
    edit(
        s.path(),
        rel,
        "privacy_policy: quebec-relations-internationales",
        "privacy_policy: quebec-relations-international",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "unknown-policy");
    assert_eq!(d["file"], rel, "{d}");
    assert_eq!(d["line"], line_of(s.path(), rel, "privacy_policy:"), "{d}");
    assert!(
        d["hint"]
            .as_str()
            .unwrap()
            .contains("`quebec-relations-internationales`"),
        "{d}"
    );
}

#[test]
fn each_kind_refuses_the_other_kinds_keys_and_a_notice_does_not_inherit_the_websites() {
    let s = site("example");
    // The profile speaks of the website (`automatic`, `links`…): the notices
    // that extend it do not inherit that (they built above without it). A
    // notice writing it itself is told where it belongs.
    let rel = "content/notices/msp-online-services.yaml";
    let text = std::fs::read_to_string(s.path().join(rel)).unwrap();
    std::fs::write(
        s.path().join(rel),
        format!("{text}cookies:\n  practice: none\n"),
    )
    .unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "key-not-for-kind");
    assert_eq!(d["file"], rel, "{d}");
    assert_eq!(d["line"], line_of(s.path(), rel, "cookies:"), "{d}");
    // And a policy writing a notice's key.
    let s = site("example");
    let rel = "content/policies/quebec-portal.yaml";
    let text = std::fs::read_to_string(s.path().join(rel)).unwrap();
    std::fs::write(s.path().join(rel), format!("{text}reply: obligatory\n")).unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "key-not-for-kind");
    assert_eq!(d["file"], rel, "{d}");
    assert!(
        d["hint"].as_str().unwrap().contains("content/notices/"),
        "{d}"
    );
}

#[test]
fn a_notice_missing_what_its_law_requires_fails_check_with_the_notice_rule() {
    let s = site("example");
    let rel = "content/notices/msp-online-services.yaml";
    // Without what the information is used for: QC-N02 (Access Act s. 65 (2)).
    let text = std::fs::read_to_string(s.path().join(rel)).unwrap();
    let start = text.find("use:\n").unwrap();
    let end = text.find("allow:\n").unwrap();
    std::fs::write(
        s.path().join(rel),
        format!("{}{}", &text[..start], &text[end..]),
    )
    .unwrap();
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let d = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "QC-N02")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(d["file"], rel, "{d}");
    assert_eq!(d["severity"], "error", "{d}");
    assert!(d["message"].as_str().unwrap().contains("s. 65 (2)"), "{d}");
    // A policy rule allowed in a notice does not apply there.
    let s = site("example");
    let text = std::fs::read_to_string(s.path().join(rel)).unwrap();
    std::fs::write(
        s.path().join(rel),
        text.replace(
            "allow:\n",
            "allow:\n  - rule: QC-13\n    reason: A policy rule.\n",
        ),
    )
    .unwrap();
    let (_, report) = check_json(s.path());
    let d = find(&report, "rule-not-applicable");
    assert!(d["message"].as_str().unwrap().contains("QC-13"), "{d}");
}

#[test]
fn a_field_label_in_one_language_is_an_error_at_the_label() {
    let s = site("example");
    let rel = "content/notices/mri-news-bulletin.yaml";
    edit(
        s.path(),
        rel,
        "  - first-name\n",
        "  - category: first-name\n    label:\n      en: Given name\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1, "{report:#}");
    let errors: Vec<&serde_json::Value> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(
        errors.iter().any(|d| d["file"] == rel
            && d["code"] == "missing-translation"
            && d["line"] == line_of(s.path(), rel, "category: first-name")),
        "{report:#}"
    );
    // Both languages: the page shows the form's own label.
    edit(
        s.path(),
        rel,
        "      en: Given name\n",
        "      en: Given name\n      fr: Prénom usuel\n",
    );
    let out = s.path().join("out");
    let o = run(s.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = main_text(&out.join("fr/avis-de-collecte-bulletin-electronique/index.html"));
    assert!(text.contains("Prénom usuel"), "{text}");
}

#[test]
fn diff_compares_two_versions_of_a_notice() {
    let s = site("example");
    let old = s.path().join("content/notices/mri-news-bulletin.yaml");
    let dir = s.path().join("next/notices");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(&old).unwrap();
    let new = dir.join("mri-news-bulletin.yaml");
    std::fs::write(
        &new,
        text.replace(
            "  - postal-address\n",
            "  - postal-address\n  - telephone\n",
        ),
    )
    .unwrap();
    let o = run(
        s.path(),
        &["diff", old.to_str().unwrap(), new.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        out.contains("- Added: your telephone number (information the form collects)."),
        "{out}"
    );
    assert!(
        out.contains(
            "Ajout\u{a0}: votre numéro de téléphone (renseignements que le formulaire recueille)."
        ),
        "{out}"
    );
}

#[test]
fn a_changed_form_title_in_the_source_language_asks_for_the_translation_to_be_reviewed() {
    // The example site is French first (Québec): the English title of the
    // form is a translation reviewed against the French one.
    let s = site("example");
    let rel = "content/notices/mri-news-bulletin.yaml";
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
    assert!(
        report["diagnostics"].as_array().unwrap().is_empty(),
        "{report:#}"
    );
    edit(
        s.path(),
        rel,
        "    fr: Abonnement au bulletin électronique",
        "    fr: Inscription au bulletin électronique",
    );
    let (_, report) = check_json(s.path());
    let d = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["file"] == rel && d["code"] == "translation-stale")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert!(
        d["message"].as_str().unwrap().contains("`form.title`"),
        "{d}"
    );
    assert_eq!(
        d["line"],
        line_of(s.path(), rel, "Subscription to the electronic"),
        "{d}"
    );
}
