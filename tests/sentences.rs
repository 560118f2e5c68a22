//! Every built-in sentence is printed only in its section and only when its
//! datum is there (docs/design/document-model-2.md, principles P2 and P3).
//!
//! The example site, every starter and the test fixtures are rendered with a
//! tracing renderer, which records the messages each section's template asks
//! for. Each must be one of the section's `Msg` entries in the section table
//! (`policypress::model::sections`), and that entry's `when` must hold for
//! the policy. Then each datum is deleted from a policy that shows its
//! sentence, and the sentence must be gone.
//!
//! [`KNOWN_UNBACKED`] and [`SAID_BY_DEFAULT`] list the exceptions; both are
//! empty and must stay so.

mod common;

use common::{repo, run};
use policypress::l10n::Locales;
use policypress::load::SiteLayout;
use policypress::model::sections::{Msg, Section, SECTIONS};
use policypress::model::Lang;
use policypress::render::theme::Theme;
use policypress::render::{PolicyPage, Renderer};
use policypress::site::{load_project, LoadOptions, PolicyEntry};
use policypress::source::SourceMap;
use serde_yaml::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;

/// Sentences the default theme prints with no datum that says them: each
/// would be a statement some bodies never made. Empty, and it must stay so:
/// a new built-in sentence needs a datum in the section table.
const KNOWN_UNBACKED: &[&str] = &[];

/// Data that model 1 requires (or requires not to be empty), so a policy
/// without them does not validate and nothing is rendered: model 2 makes
/// each optional (principle P6) and this list must then shrink to nothing.
/// Several keys in one entry are deleted together.
const REQUIRED_IN_MODEL_1: &[&str] = &[
    "voluntary.newsletter.categories",
    "voluntary.online_services.purposes",
    // What a collection notice is: its form and the policy it belongs to.
    "form",
    "privacy_policy",
];

/// Sentences still printed when their datum is deleted: the model would
/// give the datum a default, and the page would assert what the author
/// never wrote (a newsletter "never shared" when `shared` is left out).
/// Empty, and it must stay so (principle P5).
const SAID_BY_DEFAULT: &[&str] = &[];

/// Keys that name an entry of another key by its id: deleting the other
/// key deletes them too, as an author would (a cookie's `provider` names a
/// service; with no services it would name nothing, which validation
/// refuses).
const REFERENCES: &[(&str, &str)] = &[("services", "cookies.items.provider")];

/// A site and the renderer that traces it.
struct Traced {
    name: String,
    renderer: Renderer,
    trace: Arc<policypress::render::functions::Trace>,
    policies: Vec<PolicyPage>,
    entries: Vec<Arc<PolicyEntry>>,
}

fn traced_site(name: &str, root: &Path) -> Traced {
    let layout = SiteLayout::new(root);
    let loaded = load_project(layout.clone(), &LoadOptions::default());
    let project = loaded
        .project
        .unwrap_or_else(|| panic!("{name} loads: {:?}", loaded.diagnostics));
    let mut sources = SourceMap::new();
    let theme = Theme::read(&layout, project.config.theme.as_str(), &mut sources)
        .unwrap_or_else(|d| panic!("{name}: theme reads: {d:?}"))
        .parse(&layout)
        .0
        .unwrap_or_else(|| panic!("{name}: theme parses"));
    let (locales, diags) = Locales::load(&layout, &mut sources);
    let locales = locales.unwrap_or_else(|| panic!("{name}: wording loads: {diags:?}"));
    let (renderer, trace) = Renderer::tracing(&theme, Arc::new(locales), project.config.clone());
    Traced {
        name: name.to_string(),
        renderer,
        trace,
        policies: project.policies.iter().map(|e| e.page.clone()).collect(),
        entries: project.policies.clone(),
    }
}

/// Every site the default theme renders in the tests: the example site,
/// one starter per jurisdiction, and the fixtures that build.
fn sites(tmp: &Path) -> Vec<Traced> {
    let mut out = vec![traced_site("content", &repo())];
    for j in ["quebec", "ontario", "federal", "private"] {
        let dir = tmp.join(j);
        let o = run(tmp, &["init", j, "--jurisdiction", j]);
        assert!(o.status.success(), "init {j}: {}", common::stderr(&o));
        out.push(traced_site(&format!("starter {j}"), &dir));
    }
    out.push(traced_site(
        "fixture minimal",
        &repo().join("tests/fixtures/minimal"),
    ));
    out.push(traced_site(
        "fixture cookies-services",
        &repo().join("tests/fixtures/cookies-services"),
    ));
    out.push(traced_site(
        "fixture sharing",
        &repo().join("tests/fixtures/sharing"),
    ));
    out
}

/// The messages each section of `page` asked for, in both languages.
fn render_traced(t: &Traced, page: &PolicyPage) -> Vec<(Lang, String, Vec<String>)> {
    t.trace.take();
    let published = policypress::publish::Published::of(&page.policy).expect("publishes");
    t.renderer
        .render_policy(page, &published)
        .unwrap_or_else(|d| panic!("{}: `{}` renders: {d:?}", t.name, page.id));
    t.trace.take()
}

fn section(id: &str) -> &'static Section {
    SECTIONS
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("`{id}` is a built-in section"))
}

fn entry_for<'a>(s: &'a Section, id: &str) -> Option<&'a Msg> {
    s.messages
        .iter()
        .filter(|m| m.names(id))
        .max_by_key(|m| (!m.family, m.id.len()))
}

#[test]
fn each_sentence_is_its_sections_and_has_its_datum() {
    let tmp = tempfile::tempdir().unwrap();
    let mut seen: BTreeSet<&'static str> = BTreeSet::new();
    for t in sites(tmp.path()) {
        for page in &t.policies {
            for (lang, sid, ids) in render_traced(&t, page) {
                let s = section(&sid);
                for id in ids {
                    let m = entry_for(s, &id).unwrap_or_else(|| {
                        panic!(
                            "{}: `{}` ({lang}): section `{sid}` printed `{id}`, \
                             which is not one of its messages in the section table",
                            t.name, page.id
                        )
                    });
                    assert!(
                        (m.when)(&page.policy),
                        "{}: `{}` ({lang}): `{id}` was printed in `{sid}` although \
                         its datum (`{}`) is not there",
                        t.name,
                        page.id,
                        m.data.join("`, `")
                    );
                    seen.insert(m.id);
                }
            }
        }
    }
    // The examples exercise most of the table; an entry no example prints
    // would be tested by nothing.
    let never: Vec<&str> = SECTIONS
        .iter()
        .flat_map(|s| s.messages.iter().map(|m| m.id))
        .filter(|id| !seen.contains(id))
        .collect();
    assert!(
        never.len() <= 3,
        "messages no example prints (add a fixture that does): {never:?}"
    );
}

#[test]
fn the_unbacked_sentences_are_exactly_the_known_ones() {
    let unbacked: BTreeSet<&str> = SECTIONS
        .iter()
        .flat_map(|s| s.messages.iter())
        .filter(|m| m.data.is_empty())
        .map(|m| m.id)
        .collect();
    let known: BTreeSet<&str> = KNOWN_UNBACKED.iter().copied().collect();
    assert_eq!(
        unbacked, known,
        "a new sentence without a datum, or one that got its datum: update KNOWN_UNBACKED"
    );
}

#[test]
fn every_policy_message_belongs_to_one_section() {
    let ftl = std::fs::read_to_string(repo().join("locales/en/policy.ftl")).unwrap();
    let ids: Vec<&str> = ftl
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .filter(|id| id.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
        .filter(|id| !id.contains(' '))
        .collect();
    assert!(ids.len() > 40, "parsed the messages of policy.ftl");
    for id in ids {
        if let Some(sid) = id.strip_prefix("section-") {
            assert!(
                SECTIONS.iter().any(|s| s.id == sid),
                "`{id}` titles no section"
            );
            continue;
        }
        let owners: Vec<&str> = SECTIONS
            .iter()
            .filter(|s| s.messages.iter().any(|m| !m.family && m.id == id))
            .map(|s| s.id)
            .collect();
        // The words that join a list ("and", "or") are grammar, not
        // statements: each section that joins a list names them.
        if id.starts_with("list-") {
            assert!(!owners.is_empty(), "`{id}` is named by no section");
            continue;
        }
        assert_eq!(
            owners.len(),
            1,
            "`{id}` must be named by exactly one section's messages, is by {owners:?}"
        );
    }
}

/// Removes `path` (dotted; through lists, from every item) from `v`.
/// Whether anything was there.
fn delete(v: &mut Value, path: &[&str]) -> bool {
    match v {
        Value::Sequence(items) => {
            let mut any = false;
            for x in items {
                any |= delete(x, path);
            }
            any
        }
        Value::Mapping(map) => match path {
            [] => false,
            [last] => map.remove(*last).is_some(),
            [first, rest @ ..] => map.get_mut(*first).is_some_and(|x| delete(x, rest)),
        },
        _ => false,
    }
}

#[test]
fn deleting_a_datum_deletes_its_sentence() {
    let tmp = tempfile::tempdir().unwrap();
    let sites = sites(tmp.path());
    let mut required: BTreeSet<String> = BTreeSet::new();
    let mut proven: BTreeSet<&str> = BTreeSet::new();
    let mut defaulted: BTreeSet<&str> = BTreeSet::new();
    for (s, m) in SECTIONS
        .iter()
        .flat_map(|s| s.messages.iter().map(move |m| (s, m)))
    {
        if m.data.is_empty() {
            continue;
        }
        let datum = m.data.join(", ");
        for t in &sites {
            for entry in &t.entries {
                let page = &entry.page;
                let printed = |p: &PolicyPage| {
                    render_traced(t, p)
                        .into_iter()
                        .filter(|(_, sid, _)| sid == s.id)
                        .flat_map(|(_, _, ids)| ids)
                        .any(|id| m.names(&id))
                };
                if !printed(page) {
                    continue;
                }
                let mut resolved = entry.resolved.clone();
                let mut deleted = false;
                for d in m.data {
                    let path: Vec<&str> = d.split('.').collect();
                    deleted |= delete(&mut resolved.value, &path);
                    for (_, by) in REFERENCES.iter().filter(|(of, _)| of == d) {
                        let path: Vec<&str> = by.split('.').collect();
                        delete(&mut resolved.value, &path);
                    }
                }
                if !deleted {
                    continue;
                }
                let kind = page.policy.doc_kind;
                let Some(policy) = policypress::validate::document(&resolved, kind).0 else {
                    required.insert(datum.clone());
                    continue;
                };
                let without = PolicyPage {
                    policy,
                    ..page.clone()
                };
                if printed(&without) {
                    defaulted.insert(m.id);
                } else {
                    proven.insert(m.id);
                }
            }
        }
    }
    let known: BTreeSet<String> = REQUIRED_IN_MODEL_1.iter().map(|s| s.to_string()).collect();
    assert_eq!(
        required, known,
        "data whose deletion the model refuses: update REQUIRED_IN_MODEL_1"
    );
    let known: BTreeSet<&str> = SAID_BY_DEFAULT.iter().copied().collect();
    assert_eq!(
        defaulted, known,
        "sentences still printed once their datum is deleted: update SAID_BY_DEFAULT"
    );
    assert!(proven.len() > 30, "proved only {proven:?}");
}

#[test]
fn each_section_names_its_messages_once() {
    let mut by_section: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in SECTIONS {
        for m in s.messages {
            assert!(
                by_section.entry(s.id).or_default().insert(m.id),
                "`{}` is listed twice in `{}`",
                m.id,
                s.id
            );
        }
    }
}

#[test]
fn a_policy_with_only_a_contact_has_only_that_section_and_check_names_what_the_law_asks() {
    // Principle P6: nothing is required because a template needs it. A
    // policy giving its organization, jurisdiction, title, slug and a
    // contact builds, and its pages hold the one section its data backs.
    let tmp = contact_only_site(BARE_POLICY);
    let root = tmp.path();
    // The law's elements the data does not give are reported by rule.
    let o = run(root, &["check", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules: BTreeSet<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "legal")
        .filter_map(|d| d["message"].as_str())
        .filter_map(|m| m.split([' ', ':']).next().map(str::to_string))
        .collect();
    for rule in ["PIP-01", "PIP-02", "PIP-03", "PIP-04"] {
        assert!(rules.contains(rule), "{rule} not reported: {report:#}");
    }
    // Accepting those gaps (as an author would, each with its reason), the
    // site builds.
    let mut text = std::fs::read_to_string(root.join("content/policies/bare.yaml")).unwrap();
    text.push_str("allow:\n");
    for rule in ["PIP-01", "PIP-02", "PIP-03", "PIP-04"] {
        text.push_str(&format!("  - rule: {rule}\n    reason: not yet written\n"));
    }
    std::fs::write(root.join("content/policies/bare.yaml"), text).unwrap();
    let out = root.join("out");
    let o = run(root, &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    for page in ["en/privacy", "fr/confidentialite"] {
        let doc = common::html(&out.join(page).join("index.html"));
        let ids: Vec<String> = common::select(&doc, "main section[id]")
            .iter()
            .map(|s| s.value().attr("id").unwrap_or_default().to_string())
            .collect();
        assert_eq!(ids, ["rights"], "{page}");
        assert!(
            common::select(&doc, ".date-modified").is_empty(),
            "{page}: no date line without a date"
        );
    }
}

/// A policy that gives only its organization, jurisdiction, title, slug
/// and a contact.
const BARE_POLICY: &str = "jurisdiction: private
title:
  en: Privacy policy
  fr: Politique de confidentialité
slug:
  en: privacy
  fr: confidentialite
organization:
  name:
    en: Sample Inc.
    fr: Échantillon inc.
  website: https://www.exemple.ca/
rights:
  contact:
    title:
      en: Privacy Officer
      fr: Responsable de la protection des renseignements personnels
    email: vie-privee@exemple.ca
";

/// A site of one policy, `content/policies/bare.yaml`.
fn contact_only_site(policy: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::write(
        tmp.path(),
        "content/site.yaml",
        "base_url: https://privacy.exemple.ca/\nsource_language: en\ntitle:\n  en: Privacy\n  fr: Confidentialité\n",
    );
    common::write(tmp.path(), "content/policies/bare.yaml", policy);
    tmp
}

/// [`BARE_POLICY`] with the rules it leaves to a reason allowed, plus
/// `extra` top-level YAML (from line 24).
fn bare_site(extra: &str) -> tempfile::TempDir {
    contact_only_site(&format!(
        "{BARE_POLICY}allow:
  - {{ rule: PIP-01, reason: not yet written }}
  - {{ rule: PIP-02, reason: not yet written }}
  - {{ rule: PIP-03, reason: not yet written }}
  - {{ rule: PIP-04, reason: not yet written }}
{extra}"
    ))
}

/// Builds the site into `out/` and reads the policy's English and French
/// pages.
fn build_pages(tmp: &tempfile::TempDir) -> (scraper::Html, scraper::Html) {
    let out = tmp.path().join("out");
    let o = run(tmp.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    (
        common::html(&out.join("en/privacy/index.html")),
        common::html(&out.join("fr/confidentialite/index.html")),
    )
}

/// The ids of a page's sections and the text of each one's `.pp-prose`
/// blocks.
fn sections_and_prose(doc: &scraper::Html) -> Vec<(String, Vec<String>)> {
    common::select(doc, "main section[id]")
        .iter()
        .map(|s| {
            let prose = s
                .select(&scraper::Selector::parse(".pp-prose").unwrap())
                .map(|p| p.text().collect::<String>().trim().to_string())
                .collect();
            (s.value().attr("id").unwrap_or_default().to_string(), prose)
        })
        .collect()
}

#[test]
fn an_authors_own_words_go_before_after_or_instead_of_a_built_in_sections_text() {
    // Part 6 of "Policy model 2": bilingual Markdown inside any built-in
    // section. A section with no data but the author's words is shown with
    // its built-in heading and only those words.
    let tmp = bare_site(
        "prose:
  rights:
    before:
      en: Write to us at any time.
      fr: Écrivez-nous en tout temps.
    after:
      en: See also [our access page](https://www.boreale.ca/access).
      fr: Voir aussi [notre page sur l’accès](https://www.boreale.ca/acces).
  cookies:
    instead:
      en: Our cookies are described on the page of each service.
      fr: Nos témoins sont décrits sur la page de chaque service.
",
    );
    let root = tmp.path();
    let (code, report) = common::check_json(root);
    assert_eq!(code, 0, "{report:#}");
    let about_prose = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["key"].as_str().is_some_and(|k| k.starts_with("prose")))
        .count();
    assert_eq!(about_prose, 0, "{report:#}");
    let (en, fr) = build_pages(&tmp);
    let (en_s, fr_s) = (sections_and_prose(&en), sections_and_prose(&fr));
    assert_eq!(
        en_s,
        [
            (
                "cookies".to_string(),
                vec!["Our cookies are described on the page of each service.".to_string()]
            ),
            (
                "rights".to_string(),
                vec![
                    "Write to us at any time.".to_string(),
                    "See also our access page.".to_string()
                ]
            ),
        ]
    );
    let ids = |v: &[(String, Vec<String>)]| v.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&en_s),
        ids(&fr_s),
        "the two pages have the same sections"
    );
    assert_eq!(
        fr_s[0].1,
        ["Nos témoins sont décrits sur la page de chaque service."]
    );
    // The rights section keeps its generated text between the two blocks.
    let rights = common::select(&en, "#rights")[0].html();
    let (before, contact, after) = (
        rights.find("Write to us").unwrap(),
        rights.find("vie-privee@exemple.ca").unwrap(),
        rights.find("See also").unwrap(),
    );
    assert!(before < contact && contact < after, "{rights}");
    // The cookies section has only the author's words: no built-in sentence.
    let cookies = common::select(&en, "#cookies")[0];
    assert_eq!(
        common::select(&en, "#cookies p").len(),
        1,
        "{}",
        cookies.html()
    );
    // The words are data: in policy.json, in both languages.
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(tmp.path().join("out/en/privacy/policy.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["policy"]["prose"]["rights"]["before"]["fr"],
        "Écrivez-nous en tout temps."
    );
}

#[test]
fn an_authors_own_words_are_checked_where_they_are_written() {
    let tmp = bare_site(
        "prose:
  cokies:
    after: { en: A., fr: B. }
  form:
    before: { en: A., fr: B. }
  rights: {}
",
    );
    let (code, report) = common::check_json(tmp.path());
    assert_ne!(code, 0);
    let diags = report["diagnostics"].as_array().unwrap();
    let at = |code: &str, line: u64| {
        diags
            .iter()
            .find(|d| d["code"] == code && d["line"] == line)
            .unwrap_or_else(|| panic!("no `{code}` at line {line}: {report:#}"))
    };
    // A misspelt section: did you mean, at the key.
    let d = at("unknown-section", 25);
    assert_eq!(d["column"], 3);
    assert_eq!(d["hint_id"], "validate-did-you-mean");
    assert_eq!(d["args"]["section"], "cokies");
    // A notice's section in a policy.
    let d = at("unknown-section", 27);
    assert_eq!(d["message_id"], "validate-prose-section-not-for-kind");
    // A group that says nothing.
    at("empty-prose", 29);
    // The words are checked like a free section's body: links and the
    // structure of both languages (lints run on a policy that validates).
    let tmp = bare_site(
        "prose:
  legal:
    after:
      en: \"One.\\n\\nTwo, see [this](javascript:alert(1)).\"
      fr: Un.
",
    );
    let (_, report) = common::check_json(tmp.path());
    let diags = report["diagnostics"].as_array().unwrap();
    let link = diags
        .iter()
        .find(|d| d["code"] == "unsafe-link")
        .unwrap_or_else(|| panic!("no unsafe link: {report:#}"));
    assert_eq!(link["line"], 27);
    assert_eq!(link["key"], "prose.legal.after.en");
    let parity = diags
        .iter()
        .find(|d| d["code"] == "markdown-parity")
        .unwrap_or_else(|| panic!("no parity warning: {report:#}"));
    assert_eq!(parity["key"], "prose.legal.after");
}

/// The `<li>` texts of the legal section: each act and where it is cited.
fn acts(doc: &scraper::Html) -> Vec<String> {
    common::select(doc, "#legal li")
        .iter()
        .map(|li| {
            li.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn each_act_is_cited_as_it_numbers_its_provisions_in_each_language() {
    // Part 5 of "Policy model 2": any act (built-in or the author's own),
    // and citations worded per language and drafting scheme, never
    // "section Part II".
    let tmp = bare_site(
        "legal:
  acts:
    - act: pipeda
      cite: [\"5(3)\", \"8(2)(a)\"]
    - act: ontario-fippa
      cite: [\"38 (2)\", \"39(2)\", \"31\", \"32\", \"36\"]
    - act: privacy-act
      cite: [Part II]
    - act: quebec-access-act
      cite: [\"65 (1)\", { section: 65, alinea: 2 }]
    - act:
        id: archives-act
        label:
          en: Archives and Recordkeeping Act, 2006
          fr: Loi de 2006 sur les Archives publiques et la conservation des documents
        url: https://www.ontario.ca/laws/statute/06a34
        drafting: ontario
      cite: [\"10 (1) (b)\"]
    - act:
        id: bylaw
        label: { en: By-law 2020-15, fr: Règlement 2020-15 }
      cite: [\"3\", \"4\"]
",
    );
    let root = tmp.path();
    let (code, report) = common::check_json(root);
    assert_eq!(code, 0, "{report:#}");
    let (en, fr) = build_pages(&tmp);
    assert_eq!(
        acts(&en),
        [
            "Personal Information Protection and Electronic Documents Act, subsection 5(3) and paragraph 8(2)(a)",
            "Freedom of Information and Protection of Privacy Act, subsections 38 (2) and 39 (2) and sections 31, 32 and 36",
            "Privacy Act, Part II",
            "Act respecting Access to documents held by public bodies and the Protection of personal information, subparagraph 1 of section 65 and second paragraph of section 65",
            "Archives and Recordkeeping Act, 2006, clause 10 (1) (b)",
            // An act of the author's that names no scheme is read as the
            // jurisdiction's acts (here federal).
            "By-law 2020-15, sections 3 and 4",
        ]
    );
    assert_eq!(
        acts(&fr),
        [
            "Loi sur la protection des renseignements personnels et les documents électroniques, paragraphe 5(3) et alinéa 8(2)a)",
            "Loi sur l’accès à l’information et la protection de la vie privée, paragraphes 38 (2) et 39 (2) et articles 31, 32 et 36",
            "Loi sur la protection des renseignements personnels, partie II",
            "Loi sur l’accès aux documents des organismes publics et sur la protection des renseignements personnels, paragraphe 1° de l’article 65 et deuxième alinéa de l’article 65",
            "Loi de 2006 sur les Archives publiques et la conservation des documents, alinéa 10 (1) b)",
            "Règlement 2020-15, articles 3 et 4",
        ]
    );
    // The author's act links to its address; one without an address is
    // named without a link.
    let links: Vec<String> = common::select(&en, "#legal li a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert!(links.contains(&"https://www.ontario.ca/laws/statute/06a34".to_string()));
    assert_eq!(links.len(), 5, "{links:?}");
    // The acts are data, as written.
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(tmp.path().join("out/en/privacy/policy.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        json["policy"]["legal"]["acts"][4]["act"]["id"],
        "archives-act"
    );
    assert_eq!(json["policy"]["legal"]["acts"][0]["cite"][1], "8(2)(a)");
}

#[test]
fn an_act_and_its_citations_are_checked_where_they_are_written() {
    let check = |extra: &str| {
        let tmp = bare_site(extra);
        let (code, report) = common::check_json(tmp.path());
        assert_ne!(code, 0);
        report
    };
    let at = |report: &serde_json::Value, code: &str, line: u64| {
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code && d["line"] == line)
            .cloned()
            .unwrap_or_else(|| panic!("no `{code}` at line {line}: {report:#}"))
    };
    // The key of model 1, with its new spelling.
    let report = check("legal:\n  acts:\n    - act: pipeda\n      sections: [\"5\"]\n");
    let d = at(&report, "moved-key", 27);
    assert_eq!(d["hint_id"], "validate-moved-legal-acts-sections");
    let report = check(
        "legal:
  acts:
    - act:
        id: pipeda
        label: { en: PIPEDA, fr: LPRPDE }
    - act: privacy-act
      cite: [{ section: 8, alinea: 2 }]
",
    );
    // An author's act may not take a built-in act's id.
    let d = at(&report, "term-redefines-builtin", 27);
    assert_eq!(d["hint_id"], "validate-act-redefines-builtin-hint");
    // A federal act has no unnumbered paragraph (alinéa): at the citation.
    let d = at(&report, "invalid-value", 30);
    assert_eq!(d["column"], 14, "{d:#}");
}

/// A federal policy: `bare_site` under the Privacy Act, its rules but
/// FED-06 (the banks) allowed.
fn federal_site(extra: &str) -> tempfile::TempDir {
    let tmp = bare_site(extra);
    let path = tmp.path().join("content/policies/bare.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut allow = String::new();
    for id in ["FED-01", "FED-02", "FED-03", "FED-04", "FED-05", "FED-07"] {
        allow.push_str(&format!("  - {{ rule: {id}, reason: not yet written }}\n"));
    }
    let text = text
        .replace("jurisdiction: private", "jurisdiction: federal")
        .replace("allow:\n", &format!("allow:\n{allow}"));
    std::fs::write(&path, text).unwrap();
    tmp
}

#[test]
fn a_federal_policy_names_one_bank_in_its_sentence_and_lists_several() {
    let one = federal_site(
        "legal:
  banks:
    - number: { en: PSU 914, fr: POU 914 }
      title: { en: Public Communications, fr: Communications publiques }
",
    );
    let several = federal_site(
        "legal:
  banks:
    - number: { en: PSU 914, fr: POU 914 }
      title: { en: Public Communications, fr: Communications publiques }
      url:
        en: https://www.canada.ca/en/treasury-board-secretariat/services/access-information-privacy/access-information/info-source/standard-personal-information-banks.html
        fr: https://www.canada.ca/fr/secretariat-conseil-tresor/services/acces-information-protection-reseignements-personnels/acces-information/info-source/fichiers-renseignements-personnels-ordinaires.html
    - number: { en: PSU 905, fr: POU 905 }
",
    );
    let pages = |tmp: &tempfile::TempDir| {
        let root = tmp.path();
        let (code, report) = common::check_json(root);
        assert_eq!(code, 0, "{report:#}");
        build_pages(tmp)
    };
    let text = |doc: &scraper::Html, sel: &str| {
        common::select(doc, sel)
            .iter()
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    let (en, fr) = pages(&one);
    assert_eq!(
        text(&en, "#legal p"),
        ["The personal information we collect is described in the following personal information bank: Public Communications (PSU 914)"]
    );
    assert_eq!(
        text(&fr, "#legal p"),
        ["Les renseignements personnels que nous recueillons sont décrits dans le fichier de renseignements personnels suivant\u{a0}: Communications publiques (POU 914)"]
    );
    assert!(common::select(&en, "#legal ul").is_empty());
    let (en, fr) = pages(&several);
    assert_eq!(
        text(&en, "#legal li"),
        ["Public Communications (PSU 914)", "PSU 905"]
    );
    assert_eq!(
        text(&fr, "#legal li"),
        ["Communications publiques (POU 914)", "POU 905"]
    );
    let links = common::select(&fr, "#legal li a");
    assert_eq!(links.len(), 1, "only the bank with an address links");
    assert!(links[0].value().attr("href").unwrap().contains("/fr/"));
}

#[test]
fn the_single_bank_number_of_model_1_says_how_to_list_banks() {
    let tmp = federal_site("legal:\n  bank_number: { en: PSU 914, fr: POU 914 }\n");
    let (code, report) = common::check_json(tmp.path());
    assert_ne!(code, 0);
    let d = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "moved-key")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(d["line"], 31, "{d:#}");
    assert_eq!(d["hint_id"], "validate-moved-legal-bank-number");
}

#[test]
fn a_review_and_a_complaint_are_each_said_only_when_their_datum_says_so() {
    // The real-policy exercise: `complaint: true` printed a sentence on
    // the review of access decisions that the policy did not make.
    let said = |rights: &str| {
        let tmp = bare_site("");
        let path = tmp.path().join("content/policies/bare.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("rights:\n", &format!("rights:\n{rights}")),
        )
        .unwrap();
        let (en, _) = build_pages(&tmp);
        common::select(&en, "#rights p")
            .iter()
            .map(|p| p.text().collect::<String>())
            .filter(|t| t.contains("Commissioner"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        said("  complaint: true\n"),
        ["If you are not satisfied with how we handle your personal information, you can file a complaint with the Office of the Privacy Commissioner of Canada."]
    );
    assert_eq!(
        said("  review: true\n"),
        ["If you disagree with our decision on a request for access to your personal information, you can file a complaint with the Office of the Privacy Commissioner of Canada."]
    );
    assert_eq!(
        said("  review: true\n  complaint: true\n"),
        ["If you disagree with our decision on a request for access to your personal information, you can file a complaint with the Office of the Privacy Commissioner of Canada. You can also file a complaint with the Commissioner if you are not satisfied with how we handle your personal information."]
    );
}

#[test]
fn security_monitoring_says_anonymous_and_unlinked_only_when_told() {
    // The real-policy exercise: `security_monitoring: true` printed
    // "anonymously" and "we make no attempt to link…" for a body whose
    // network logs are a personal information bank.
    let said = |value: &str| {
        let tmp = bare_site(&format!("automatic:\n  security_monitoring: {value}\n"));
        let (en, _) = build_pages(&tmp);
        common::select(&en, "#automatic p")
            .iter()
            .map(|p| p.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        said("true"),
        ["Our computer systems use hardware and software to detect unauthorized attempts to upload or change information on our site, to disrupt service or to otherwise cause damage."]
    );
    assert_eq!(
        said("{ anonymous: true, further_action: true }"),
        ["Our computer systems use hardware and software to detect, anonymously, unauthorized attempts to upload or change information on our site, to disrupt service or to otherwise cause damage. If an attempt to damage our site is detected, we may take further action."]
    );
}

#[test]
fn a_withdrawal_of_consent_needs_a_consent_asked_for() {
    // The real-policy exercise: an opt-out by turning JavaScript off, under
    // a policy that asks for no consent, printed "To withdraw your consent".
    let tmp = bare_site(
        "cookies:
  items:
    - id: analytics
      essential: false
  refuse:
    withdraw:
      en: You can also turn JavaScript off.
      fr: Vous pouvez aussi désactiver JavaScript.
",
    );
    let (_, report) = common::check_json(tmp.path());
    let d = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "withdraw-without-consent")
        .unwrap_or_else(|| panic!("{report:#}"));
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["line"], 29, "{d:#}");
    // Said how the site asks, the warning goes.
    let path = tmp.path().join("content/policies/bare.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace("  refuse:\n", "  consent: banner\n  refuse:\n"),
    )
    .unwrap();
    let (_, report) = common::check_json(tmp.path());
    assert!(
        !report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "withdraw-without-consent"),
        "{report:#}"
    );
}

#[test]
fn a_consistent_purpose_is_said_only_when_the_policy_allows_one() {
    // The real-policy exercise: an MFIPPA page says "the purpose for which
    // it was obtained or a consistent purpose"; the page said the first
    // alone, a stronger claim.
    let said = |extra: &str| {
        let tmp = bare_site(&format!(
            "use:\n  only_for_collected_purposes: true\n{extra}"
        ));
        let (_, fr) = build_pages(&tmp);
        common::select(&fr, "#use-and-disclosure p")
            .iter()
            .map(|p| p.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        said(""),
        ["Nous n’utilisons les renseignements personnels que nous détenons qu’aux fins pour lesquelles ils ont été recueillis."]
    );
    assert_eq!(
        said("  or_consistent_purposes: true\n"),
        ["Nous n’utilisons les renseignements personnels que nous détenons qu’aux fins pour lesquelles ils ont été recueillis ou à des fins compatibles."]
    );
}
