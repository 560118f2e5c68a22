//! The built-in themes (`default`, `canada`, `quebec`) and the site's
//! branding settings, through the public surface: the example content
//! built with each theme into a temporary folder, the HTML parsed.

mod common;
use common::*;
use std::path::{Path, PathBuf};

const THEMES: [&str; 3] = ["default", "canada", "quebec"];

/// A site holding only the example content (no `themes/` or `locales/`:
/// everything else is built in), with `theme:` set to `theme`.
fn example_with(theme: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("content"), &tmp.path().join("content"));
    edit(
        tmp.path(),
        "content/site.yaml",
        "theme: default",
        &format!("theme: {theme}"),
    );
    tmp
}

fn build(root: &Path) -> PathBuf {
    let out = root.join("out");
    let o = run(root, &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    out
}

/// Every page of a built site: the policy pages, then the landing and 404
/// pages.
fn pages(out: &Path) -> (Vec<PathBuf>, [PathBuf; 2]) {
    let mut policies = Vec::new();
    for lang in ["en", "fr"] {
        for e in std::fs::read_dir(out.join(lang)).unwrap() {
            policies.push(e.unwrap().path().join("index.html"));
        }
    }
    policies.sort();
    (policies, [out.join("index.html"), out.join("404.html")])
}

fn meta(doc: &scraper::Html, name: &str) -> Vec<String> {
    select(doc, &format!("meta[name='{name}']"))
        .iter()
        .map(|m| m.value().attr("content").unwrap_or_default().to_string())
        .collect()
}

fn lang_of(doc: &scraper::Html) -> String {
    select(doc, "html")[0]
        .value()
        .attr("lang")
        .unwrap_or_default()
        .to_string()
}

#[test]
fn canada_follows_the_gcweb_page_conventions() {
    let site = example_with("canada");
    let out = build(site.path());
    let (policies, bilingual) = pages(&out);
    // Five policies and two collection notices, in both languages.
    assert_eq!(policies.len(), 14);
    let mut dated = 0;
    for p in &policies {
        let doc = html(p);
        let at = p.display();
        // The toggle in #wb-lng with its hidden heading, first in the header.
        assert_eq!(select(&doc, "header #wb-lng h2.wb-inv").len(), 1, "{at}");
        let toggle = select(&doc, "#wb-lng a[hreflang]");
        assert_eq!(toggle.len(), 1, "{at}");
        assert_eq!(select(&doc, "header a")[0].id(), toggle[0].id(), "{at}");
        assert_eq!(select(&doc, "#wb-tphp a[href='#main']").len(), 1, "{at}");
        assert_eq!(select(&doc, "#wb-tphp a[href='#wb-info']").len(), 1, "{at}");
        assert_eq!(select(&doc, "header nav#wb-bc ol li a").len(), 2, "{at}");
        assert_eq!(select(&doc, "main#main").len(), 1, "{at}");
        assert_eq!(select(&doc, "footer#wb-info").len(), 1, "{at}");
        // Every dcterms item, once; the language in ISO 639-2.
        let lang = lang_of(&doc);
        let iso = if lang == "fr-CA" { "fra" } else { "eng" };
        assert_eq!(meta(&doc, "dcterms.language"), [iso], "{at}");
        // A policy that gives no date (the Ontario example: its seed has
        // none) has no issued or modified date either.
        let undated = select(&doc, "dl#wb-dtmd").is_empty();
        for name in [
            "description",
            "dcterms.title",
            "dcterms.creator",
            "dcterms.issued",
            "dcterms.modified",
            "dcterms.subject",
        ] {
            if undated && matches!(name, "dcterms.issued" | "dcterms.modified") {
                assert!(meta(&doc, name).is_empty(), "{at}: {name} without a date");
                continue;
            }
            let v = meta(&doc, name);
            assert_eq!(v.len(), 1, "{at}: {name}");
            assert!(!v[0].trim().is_empty(), "{at}: {name} is empty");
        }
        assert_eq!(
            meta(&doc, "dcterms.title")[0],
            select(&doc, "h1")[0].text().collect::<String>()
        );
        // The date modified closes the main content, as an ISO date.
        let time = select(
            &doc,
            "main > .pagedetails dl#wb-dtmd time[property=dateModified]",
        );
        if let Some(t) = time.first() {
            let date = t.text().collect::<String>();
            assert!(
                date.len() == 10
                    && date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 {
                        c == '-'
                    } else {
                        c.is_ascii_digit()
                    }),
                "{at}: {date}"
            );
            assert_eq!(meta(&doc, "dcterms.modified"), [date], "{at}");
            let main = select(&doc, "main")[0];
            let last = main
                .children()
                .filter_map(scraper::ElementRef::wrap)
                .last()
                .unwrap();
            assert!(last.value().classes().any(|c| c == "pagedetails"), "{at}");
            dated += 1;
        }
    }
    // Each policy whose data gives `updated` (only those whose seed dates
    // them) has its date block, in both languages.
    let dated_policies = ["content/policies", "content/notices"]
        .iter()
        .flat_map(|d| std::fs::read_dir(site.path().join(d)).unwrap())
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .filter(|t| t.lines().any(|l| l.starts_with("updated:")))
        .count();
    assert!(dated_policies > 0);
    assert_eq!(dated, dated_policies * 2);
    // The landing and 404 pages share the frame.
    for p in &bilingual {
        let doc = html(p);
        let at = p.display();
        for sel in [
            "#wb-tphp",
            "header #wb-bnr .brand",
            "main#main",
            "footer#wb-info",
        ] {
            assert_eq!(select(&doc, sel).len(), 1, "{at}: {sel}");
        }
        assert_eq!(meta(&doc, "dcterms.language"), ["fra"], "{at}");
        assert_eq!(meta(&doc, "description").len(), 1, "{at}");
        assert!(
            select(&doc, "link[rel=stylesheet]").iter().any(|l| l
                .value()
                .attr("href")
                .unwrap_or_default()
                .ends_with("canada.css")),
            "{at}"
        );
    }
}

#[test]
fn an_undated_policy_has_no_date_block() {
    let site = example_with("canada");
    let root = site.path();
    // The Ontario example gives no date: its seed has none.
    let text =
        std::fs::read_to_string(root.join("content/policies/ontario-government.yaml")).unwrap();
    assert!(
        !text.lines().any(|l| l.starts_with("updated:")),
        "the Ontario example is undated"
    );
    let out = build(root);
    let doc = html(&out.join("en/ontario-privacy-statement/index.html"));
    assert!(select(&doc, "#wb-dtmd").is_empty());
    assert!(meta(&doc, "dcterms.modified").is_empty());
}

#[test]
fn every_built_in_theme_frames_every_page_with_metadata_and_a_print_style() {
    for theme in THEMES {
        let site = example_with(theme);
        let out = build(site.path());
        let (policies, bilingual) = pages(&out);
        for p in policies.iter().chain(&bilingual) {
            let doc = html(p);
            let at = format!("{theme}: {}", p.display());
            assert_eq!(meta(&doc, "description").len(), 1, "{at}");
            assert_eq!(meta(&doc, "dcterms.title").len(), 1, "{at}");
            assert_eq!(meta(&doc, "dcterms.subject").len(), 1, "{at}");
            assert_eq!(select(&doc, "body > header").len(), 1, "{at}");
            assert_eq!(select(&doc, "main#main").len(), 1, "{at}");
            assert!(!select(&doc, "a[href='#main']").is_empty(), "{at}");
        }
        for p in &policies {
            let doc = html(p);
            // The table of contents folds away on a phone, without a script.
            assert_eq!(select(&doc, "nav.toc details summary").len(), 1, "{theme}");
            assert!(select(&doc, "script[src]").is_empty(), "{theme}");
        }
        let css: String = std::fs::read_dir(out.join("assets"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "css"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        assert!(css.contains("@media print"), "{theme}: no print style");
        assert!(
            !css.contains("http://") && !css.contains("https://"),
            "{theme}: CSS loads from the web"
        );
    }
}

const BRANDING: &str = r##"
branding:
  logo:
    src: branding/signature.svg
    alt: { en: Ministry of Examples, fr: Ministère des Exemples }
  colors:
    brand: "#123456"
    brand_text: "#FFF"
  footer_links:
    - label: { en: Accessibility, fr: Accessibilité }
      url: { en: https://example.ca/en/accessibility, fr: https://example.ca/fr/accessibilite }
"##;

#[test]
fn a_site_setting_only_a_logo_colours_and_footer_links_shows_them_on_every_page() {
    for theme in THEMES {
        let site = example_with(theme);
        let root = site.path();
        let yaml = std::fs::read_to_string(root.join("content/site.yaml")).unwrap();
        write(root, "content/site.yaml", &format!("{yaml}{BRANDING}"));
        write(
            root,
            "branding/signature.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"/>",
        );
        let out = build(root);
        assert!(out.join("assets/site/branding/signature.svg").is_file());
        let (policies, bilingual) = pages(&out);
        for p in policies.iter().chain(&bilingual) {
            let doc = html(p);
            let at = format!("{theme}: {}", p.display());
            let fr = lang_of(&doc) == "fr-CA";
            let img = select(
                &doc,
                "header img[src$='assets/site/branding/signature.svg']",
            );
            assert_eq!(img.len(), 1, "{at}");
            let alt = if fr {
                "Ministère des Exemples"
            } else {
                "Ministry of Examples"
            };
            assert_eq!(img[0].value().attr("alt"), Some(alt), "{at}");
            let style: String = select(&doc, "head style")
                .iter()
                .flat_map(|s| s.text())
                .collect();
            assert!(style.contains("--pp-brand: #123456;"), "{at}: {style}");
            assert!(style.contains("--pp-brand-text: #fff;"), "{at}: {style}");
            let footer: Vec<String> = select(&doc, "footer a")
                .iter()
                .map(|a| a.value().attr("href").unwrap_or_default().to_string())
                .collect();
            let own = if fr {
                "https://example.ca/fr/accessibilite"
            } else {
                "https://example.ca/en/accessibility"
            };
            assert!(footer.iter().any(|h| h == own), "{at}: {footer:?}");
        }
        // The bilingual pages carry both languages' links.
        for p in &bilingual {
            let text = std::fs::read_to_string(p).unwrap();
            assert!(
                text.contains("https://example.ca/en/accessibility"),
                "{theme}: {}",
                p.display()
            );
            assert!(
                text.contains("https://example.ca/fr/accessibilite"),
                "{theme}: {}",
                p.display()
            );
        }
    }
}

#[test]
fn branding_mistakes_are_reported_at_their_line() {
    let site = example_with("default");
    let root = site.path();
    let yaml = std::fs::read_to_string(root.join("content/site.yaml")).unwrap();
    let base_lines = yaml.lines().count();
    let bad = "branding:\n  logo:\n    src: branding/absent.svg\n    alt: { en: A, fr: \"\" }\n  colors:\n    link: \"#12345\"\n  css: [../outside.css]\n  head:\n    - name: description\n      content: x\n";
    write(root, "content/site.yaml", &format!("{yaml}{bad}"));
    let (code, report) = check_json(root);
    assert_eq!(code, 1);
    let line_of = |code: &str, needle: &str| -> usize {
        let d = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code && d["message"].as_str().unwrap_or("").contains(needle))
            .unwrap_or_else(|| panic!("no {code} about {needle}: {report:#}"));
        assert_eq!(d["file"], "content/site.yaml", "{d}");
        d["line"].as_u64().unwrap() as usize - base_lines
    };
    assert_eq!(line_of("missing-translation", "branding.logo.alt"), 4);
    assert_eq!(line_of("invalid-value", "#12345"), 6);
    assert_eq!(line_of("invalid-value", "../outside.css"), 7);
    assert_eq!(line_of("invalid-value", "description"), 9);
    // Once the form is right, the file itself is checked.
    let fixed = bad
        .replace("fr: \"\"", "fr: B")
        .replace("\"#12345\"", "\"#123456\"")
        .replace("../outside.css", "branding/extra.css")
        .replace("name: description", "name: dcterms.accessRights");
    write(root, "content/site.yaml", &format!("{yaml}{fixed}"));
    let (code, report) = check_json(root);
    assert_eq!(code, 1);
    let d = find(&report, "missing-site-file");
    assert_eq!(d["line"].as_u64().unwrap() as usize - base_lines, 3, "{d}");
}

#[test]
fn an_ejected_built_in_theme_builds_unchanged() {
    for theme in ["canada", "quebec"] {
        let site = example_with(theme);
        let root = site.path();
        let before = snapshot(&build(root));
        std::fs::remove_dir_all(root.join("out")).unwrap();
        let o = run(root, &["theme", "eject", theme]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(root
            .join(format!("themes/{theme}/templates/base.html"))
            .is_file());
        assert!(root
            .join(format!("themes/{theme}/templates/sections/cookies.html"))
            .is_file());
        let after = snapshot(&build(root));
        assert_eq!(before.len(), after.len(), "{theme}");
        for (a, b) in before.iter().zip(&after) {
            assert_eq!(a.0, b.0, "{theme}");
            assert!(a.1 == b.1, "{theme}: {} differs once ejected", a.0);
        }
        // Ejecting again writes nothing.
        let o = run(root, &["theme", "eject", theme]);
        assert!(!o.status.success());
    }
}
