//! Language quality of what is published and what authors write: the
//! typography of every generated page, and the terminology lint of `check`
//! (policy texts, profiles, locale files, a site's own list).

mod common;
use common::*;
use scraper::{ElementRef, Node};

/// The text of a page, without `<script>`, `<style>` and code, one string
/// per element that holds text directly (so a rule never spans two blocks).
fn texts(doc: &scraper::Html) -> Vec<String> {
    fn walk(e: ElementRef, out: &mut Vec<String>) {
        if matches!(
            e.value().name(),
            "script" | "style" | "code" | "pre" | "kbd" | "samp"
        ) {
            return;
        }
        let mut own = String::new();
        for child in e.children() {
            match child.value() {
                Node::Text(t) => own.push_str(t),
                Node::Element(_) => {
                    if let Some(c) = ElementRef::wrap(child) {
                        // Inline elements are part of the same sentence.
                        if matches!(
                            c.value().name(),
                            "a" | "abbr" | "em" | "strong" | "span" | "time" | "b" | "i"
                        ) {
                            own.push_str(&c.text().collect::<String>());
                        } else {
                            walk(c, out);
                        }
                    }
                }
                _ => {}
            }
        }
        if !own.trim().is_empty() {
            out.push(own);
        }
    }
    let mut out = Vec::new();
    walk(doc.root_element(), &mut out);
    out
}

/// Removes what is between « » (a quotation may name a proper noun).
fn outside_quotes(s: &str) -> String {
    let mut depth = 0;
    s.chars()
        .filter(|c| {
            match c {
                '«' => depth += 1,
                '»' => depth = (depth as i32 - 1).max(0) as usize,
                _ => {}
            }
            depth == 0
        })
        .collect()
}

#[test]
fn every_generated_french_page_follows_french_typography() {
    let s = site("example");
    let o = run(s.path(), &["build", "--out", "public"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut pages = 0;
    let mut checked = 0;
    for entry in walkdir(&s.path().join("public/fr")) {
        let doc = html(&entry);
        pages += 1;
        for t in texts(&doc) {
            checked += 1;
            let where_ = format!("{}: {t:?}", entry.display());
            for (i, c) in t.char_indices() {
                let next = t[i + c.len_utf8()..].chars().next();
                match c {
                    ':' => {
                        let before = t[..i].chars().next_back();
                        assert!(
                            !matches!(before, Some(' ' | '\t' | '\n')),
                            "plain space before a colon in {where_}"
                        );
                    }
                    '«' => {
                        assert_eq!(next, Some('\u{a0}'), "« without no-break space in {where_}")
                    }
                    '»' => assert_eq!(
                        t[..i].chars().next_back(),
                        Some('\u{a0}'),
                        "» without no-break space in {where_}"
                    ),
                    '"' => panic!("straight quote in {where_}"),
                    _ => {}
                }
            }
            let lower = outside_quotes(&t).to_lowercase();
            assert!(
                !lower
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w == "cookie" || w == "cookies"),
                "« cookie » in running French text: {where_}"
            );
        }
    }
    // Five policies, two collection notices and the notices' fragments.
    assert_eq!(pages, 9, "the French pages and fragments of the examples");
    assert!(checked > 100, "the pages hold text ({checked} blocks)");
}

#[test]
fn english_pages_have_typographic_quotes_and_apostrophes() {
    let s = site("example");
    let o = run(s.path(), &["build", "--out", "public"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for entry in walkdir(&s.path().join("public/en")) {
        for t in texts(&html(&entry)) {
            assert!(
                !t.contains('"'),
                "straight quote in {}: {t:?}",
                entry.display()
            );
            let chars: Vec<char> = t.chars().collect();
            for w in chars.windows(3) {
                assert!(
                    !(w[1] == '\'' && w[0].is_alphabetic() && w[2].is_alphabetic()),
                    "straight apostrophe in {}: {t:?}",
                    entry.display()
                );
            }
        }
    }
}

#[test]
fn typography_follows_the_text_the_author_typed_and_the_site_setting() {
    let s = site("minimal");
    edit(
        s.path(),
        "content/policies/sample.yaml",
        "      fr: Nous suivons les **WCAG 2.1**. <script>alert(1)</script>",
        "      fr: \"Attention : nous suivons les \\\"règles\\\" d'accessibilité ; voyez-vous ? Délai de 30 jours.\"",
    );
    let o = run(s.path(), &["build", "--out", "public"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(s.path().join("public/fr/exemple/index.html")).unwrap();
    assert!(
        page.contains("Attention\u{a0}: nous suivons les «\u{a0}règles\u{a0}» d’accessibilité; voyez-vous? Délai de 30\u{a0}jours."),
        "{page}"
    );
    // The site may ask for a narrow no-break space before ; ? !
    let site_yaml = std::fs::read_to_string(s.path().join("content/site.yaml")).unwrap();
    write(
        s.path(),
        "content/site.yaml",
        &format!("{site_yaml}\ntypography:\n  narrow_space_before_punctuation: true\n"),
    );
    let o = run(s.path(), &["build", "--out", "public"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(s.path().join("public/fr/exemple/index.html")).unwrap();
    assert!(
        page.contains("d’accessibilité\u{202f}; voyez-vous\u{202f}?"),
        "{page}"
    );
}

#[test]
fn terminology_mistakes_are_reported_at_their_line_and_column() {
    let s = content_only("minimal");
    edit(
        s.path(),
        "content/policies/sample.yaml",
        "      en: We follow **WCAG 2.1**. <script>alert(1)</script>\n      fr: Nous suivons les **WCAG 2.1**. <script>alert(1)</script>",
        "      en: Call our help center.\n      fr: >-\n        Écrivez-nous par e-mail. Nous protégeons vos informations\n        personnelles et n’utilisons aucun cookie. Le site « Cookie Clicker »\n        est cité comme exemple.",
    );
    // A site list: one entry added, one built-in entry turned off.
    write(
        s.path(),
        "locales/terms.yaml",
        "fr:\n  - avoid: internaute\n    prefer: personne\nen:\n  - avoid: center\n    disabled: true\n",
    );
    // A site message with a mistake.
    write(
        s.path(),
        "locales/fr/site.ftl",
        "skip-to-content = Passer au contenu, internaute\ntoc-title = Sur cette page, sans aucun cookie\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "terminology findings are warnings: {report:#}");
    let found: Vec<(String, u64, u64, String)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "terminology")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_string(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let policy = "content/policies/sample.yaml";
    let line = |needle: &str| {
        let text = std::fs::read_to_string(s.path().join(policy)).unwrap();
        let (i, l) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle))
            .unwrap();
        (
            i as u64 + 1,
            l[..l.find(needle).unwrap()].chars().count() as u64 + 1,
        )
    };
    let expect = |file: &str, (l, c): (u64, u64), word: &str| {
        assert!(
            found
                .iter()
                .any(|f| f.0 == file && f.1 == l && f.2 == c && f.3.contains(word)),
            "expected `{word}` at {file}:{l}:{c} in {found:#?}"
        );
    };
    expect(policy, line("e-mail"), "courriel");
    expect(policy, line("informations"), "renseignements personnels");
    // The column of ` cookie.` is the space's; the word is one further. column of ` cookie.` points at the space; the word is one further.
    let (l, c) = line(" cookie.");
    expect(policy, (l, c + 1), "témoin");
    let ftl = std::fs::read_to_string(s.path().join("locales/fr/site.ftl")).unwrap();
    let col = |l: usize, w: &str| {
        let line = ftl.lines().nth(l).unwrap();
        line[..line.find(w).unwrap()].chars().count() as u64 + 1
    };
    expect("locales/fr/site.ftl", (1, col(0, "internaute")), "personne");
    expect("locales/fr/site.ftl", (2, col(1, "cookie")), "témoin");
    assert!(
        !found
            .iter()
            .any(|f| f.3.contains("Cookie Clicker") || f.3.contains("`center`")),
        "a quoted name and a disabled entry are not reported: {found:#?}"
    );
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn a_broken_site_terminology_list_is_an_error_naming_the_file() {
    let s = site("minimal");
    write(s.path(), "locales/terms.yaml", "fr: [ {avoid: x} ]\n");
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    let d = find(&report, "terms-error");
    assert_eq!(d["file"], "locales/terms.yaml");
}

/// Every `index.html` under `dir`.
fn walkdir(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(&p));
        } else if p
            .file_name()
            .is_some_and(|n| n == "index.html" || n == "notice.fr.html")
        {
            out.push(p);
        }
    }
    out.sort();
    out
}
