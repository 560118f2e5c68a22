//! The output contract of `policypress build`, on the example site and on
//! small fixtures: the real binary, the real files, parsed HTML.

mod common;
use common::*;
use std::path::Path;

/// Builds the example site once into a temporary folder.
fn built_example() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let o = run(&repo(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    (tmp, out)
}

fn policy_pages(out: &Path, lang: &str) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> = std::fs::read_dir(out.join(lang))
        .unwrap()
        .map(|e| e.unwrap().path().join("index.html"))
        .collect();
    v.sort();
    v
}

fn attr(el: &scraper::ElementRef, name: &str) -> String {
    el.value().attr(name).unwrap_or_default().to_string()
}

/// (English page, French page) pairs, matched through the toggle link.
fn pairs(out: &Path) -> Vec<(std::path::PathBuf, std::path::PathBuf)> {
    policy_pages(out, "en")
        .into_iter()
        .map(|en| {
            let doc = html(&en);
            let toggle = select(&doc, "header a[hreflang=fr]");
            assert_eq!(toggle.len(), 1, "{}: one toggle", en.display());
            let href = attr(&toggle[0], "href");
            let fr = en.parent().unwrap().join(&href).join("index.html");
            assert!(
                fr.exists(),
                "toggle {href} of {} leads nowhere",
                en.display()
            );
            (en, fr)
        })
        .collect()
}

#[test]
fn example_site_builds_its_page_pairs_a_landing_page_and_a_sitemap() {
    // Five policies and two collection notices.
    let (_tmp, out) = built_example();
    assert_eq!(policy_pages(&out, "en").len(), 7);
    assert_eq!(policy_pages(&out, "fr").len(), 7);
    assert!(out.join("index.html").exists());
    assert!(out.join("assets/style.css").exists());
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert_eq!(sitemap.matches("<loc>").count(), 14, "{sitemap}");
    assert!(sitemap.contains("xhtml:link"), "{sitemap}");
    let landing = html(&out.join("index.html"));
    let links: Vec<String> = select(&landing, "a[href]")
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    for page in policy_pages(&out, "en")
        .iter()
        .chain(&policy_pages(&out, "fr"))
    {
        let rel = page
            .parent()
            .unwrap()
            .strip_prefix(&out)
            .unwrap()
            .to_string_lossy()
            .to_string();
        assert!(
            links
                .iter()
                .any(|l| l.trim_end_matches('/').ends_with(&rel)),
            "landing page does not link {rel}: {links:?}"
        );
    }
}

#[test]
fn pages_name_their_language_and_link_their_counterpart() {
    let (_tmp, out) = built_example();
    for (en, fr) in pairs(&out) {
        let (den, dfr) = (html(&en), html(&fr));
        assert_eq!(attr(&select(&den, "html")[0], "lang"), "en-CA");
        assert_eq!(attr(&select(&dfr, "html")[0], "lang"), "fr-CA");
        // hreflang alternates: both languages, each page lists itself, absolute.
        let alts = |d: &scraper::Html| -> Vec<(String, String)> {
            let mut v: Vec<_> = select(d, "link[rel=alternate][hreflang]")
                .iter()
                .map(|l| (attr(l, "hreflang"), attr(l, "href")))
                .collect();
            v.sort();
            v
        };
        let (aen, afr) = (alts(&den), alts(&dfr));
        assert_eq!(aen.len(), 2, "{}", en.display());
        assert_eq!(
            aen,
            afr,
            "alternates differ between {} and {}",
            en.display(),
            fr.display()
        );
        assert!(aen
            .iter()
            .all(|(_, u)| u.starts_with("https://") || u.starts_with("http://")));
        let canon_en = attr(&select(&den, "link[rel=canonical]")[0], "href");
        let canon_fr = attr(&select(&dfr, "link[rel=canonical]")[0], "href");
        assert!(aen.contains(&("en".into(), canon_en)));
        assert!(aen.contains(&("fr".into(), canon_fr)));
        // The toggle is the first element of the header content and names its language.
        for (doc, other, label) in [(&den, "fr", "Français"), (&dfr, "en", "English")] {
            let toggle = select(doc, &format!("header a[hreflang={other}]"));
            assert_eq!(attr(&toggle[0], "lang"), other);
            assert_eq!(toggle[0].text().collect::<String>().trim(), label);
            let header_links = select(doc, "header a");
            assert_eq!(
                header_links[0].id(),
                toggle[0].id(),
                "the toggle is the header's first link"
            );
        }
        // The French toggle leads back to the English page.
        let back = attr(&select(&dfr, "header a[hreflang=en]")[0], "href");
        assert_eq!(
            fr.parent()
                .unwrap()
                .join(back)
                .join("index.html")
                .canonicalize()
                .unwrap(),
            en.canonicalize().unwrap()
        );
    }
}

#[test]
fn each_pair_has_identical_section_ids_and_a_table_of_contents() {
    let (_tmp, out) = built_example();
    for (en, fr) in pairs(&out) {
        let ids = |p: &Path| -> Vec<String> {
            select(&html(p), "main section[id]")
                .iter()
                .map(|s| attr(s, "id"))
                .collect()
        };
        let (ien, ifr) = (ids(&en), ids(&fr));
        assert_eq!(ien, ifr, "{} vs {}", en.display(), fr.display());
        // A collection notice does not describe the website.
        if en.parent().unwrap().join("notice.json").exists() {
            for s in ["automatic", "cookies", "voluntary", "links", "introduction"] {
                assert!(!ien.contains(&s.to_string()), "{}: {ien:?}", en.display());
            }
            assert!(ien.contains(&"fields".to_string()) || ien.contains(&"form".to_string()));
            continue;
        }
        assert!(ien.len() >= 8, "{}: {ien:?}", en.display());
        // The Ontario statement says nothing of cookies, so its pages have
        // no cookie section; every other example speaks of them.
        let ontario = en.to_string_lossy().contains("ontario");
        assert_eq!(
            ien.contains(&"cookies".to_string()),
            !ontario,
            "{}",
            en.display()
        );
        for p in [&en, &fr] {
            let doc = html(p);
            assert_eq!(select(&doc, "h1").len(), 1, "{}: one h1", p.display());
            let toc: Vec<String> = select(&doc, "nav a[href^='#']")
                .iter()
                .map(|a| attr(a, "href"))
                .collect();
            for id in &ien {
                assert!(
                    toc.contains(&format!("#{id}")),
                    "{}: no TOC entry for {id}",
                    p.display()
                );
            }
            assert!(
                !select(&doc, "a[href='#main']").is_empty(),
                "{}: skip link",
                p.display()
            );
            assert_eq!(select(&doc, "main#main").len(), 1);
            let text = doc.root_element().text().collect::<String>();
            assert!(
                !text.contains('\u{2068}') && !text.contains('\u{2069}'),
                "isolation marks in {}",
                p.display()
            );
        }
    }
}

#[test]
fn dates_are_localized() {
    let (_tmp, out) = built_example();
    let mut seen_en = false;
    for (en, fr) in pairs(&out) {
        let t = |p: &Path, sel: &str| {
            select(&html(p), sel)
                .first()
                .map(|e| e.text().collect::<String>())
                .unwrap_or_default()
        };
        let den = t(&en, ".date-modified time");
        let dfr = t(&fr, ".date-modified time");
        if den.is_empty() && dfr.is_empty() {
            // A policy that gives no date (its seed gives none) has no date
            // line in either page.
            continue;
        }
        if den == "January 29, 2014" {
            assert_eq!(dfr, "29 janvier 2014");
            seen_en = true;
        }
        assert!(
            den.chars().next().is_some_and(|c| c.is_ascii_uppercase()),
            "{den}"
        );
        assert!(
            dfr.chars().next().is_some_and(|c| c.is_ascii_digit()),
            "a date after a label takes no article: {dfr}"
        );
    }
    assert!(seen_en, "the Sécurité publique policy is dated 2014-01-29");
}

#[test]
fn builds_are_byte_identical() {
    let (_a, out_a) = built_example();
    let (_b, out_b) = built_example();
    let (sa, sb) = (snapshot(&out_a), snapshot(&out_b));
    assert_eq!(sa.len(), sb.len());
    for (a, b) in sa.iter().zip(&sb) {
        assert_eq!(a.0, b.0);
        assert!(a.1 == b.1, "{} differs between two builds", a.0);
    }
}

#[test]
fn a_failed_build_keeps_the_previous_output() {
    let site = site("minimal");
    let root = site.path();
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(&root.join("public"));
    edit(
        root,
        "content/policies/sample.yaml",
        "lifetime: session",
        "lifetime: sometimes",
    );
    let o = run(root, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("sample.yaml"), "{}", stderr(&o));
    assert_eq!(
        snapshot(&root.join("public")),
        before,
        "the old output changed"
    );
    // No staging folder is left behind.
    let names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains("staging")), "{names:?}");
}

#[test]
fn the_output_cannot_be_the_root_or_a_source_folder() {
    let site = site("minimal");
    let root = site.path();
    for bad in [".", "content", "content/policies", "themes/default", ".."] {
        let o = run(root, &["build", "--out", bad]);
        assert_eq!(o.status.code(), Some(1), "--out {bad} was accepted");
        assert!(stderr(&o).contains("output folder"), "{}", stderr(&o));
    }
    assert!(root.join("content/policies/sample.yaml").exists());
}

#[test]
fn the_minimal_fixture_renders_its_extra_section_safely_in_place() {
    let site = site("minimal");
    let root = site.path();
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (lang, slug) in [("en", "sample"), ("fr", "exemple")] {
        let page = root.join("public").join(lang).join(slug).join("index.html");
        let doc = html(&page);
        let ids: Vec<String> = select(&doc, "main section[id]")
            .iter()
            .map(|s| attr(s, "id"))
            .collect();
        let c = ids.iter().position(|i| i == "cookies").unwrap();
        assert_eq!(ids[c + 1], "accessibility", "{ids:?}");
        let body = std::fs::read_to_string(&page).unwrap();
        assert!(
            !body.contains("<script>alert"),
            "raw HTML from Markdown reached the page"
        );
        assert_eq!(select(&doc, "#accessibility strong").len(), 1);
    }
}

#[test]
fn base_url_can_be_overridden_for_staging() {
    let site = site("minimal");
    let root = site.path();
    let o = run(
        root,
        &["build", "--base-url", "https://staging.example.org/"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = html(&root.join("public/en/sample/index.html"));
    let canon = attr(&select(&doc, "link[rel=canonical]")[0], "href");
    assert_eq!(canon, "https://staging.example.org/en/sample/");
}

#[test]
fn templates_see_the_resolved_policy_with_its_allow_list() {
    // The published data (policy.json, the version) leaves `allow` out, but
    // a theme's templates are given the policy as resolved, notes included.
    let site = site("example");
    edit(
        site.path(),
        "themes/default/templates/policy.html",
        "<h1>{{ page.title }}</h1>",
        "<h1>{{ page.title }}</h1><p id=\"allow\">{{ policy.allow | length }}{% for a in policy.allow %} {{ a.rule }}{% endfor %}</p>",
    );
    let out = site.path().join("out");
    let o = run(site.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    for lang in ["en", "fr"] {
        let slug = if lang == "en" {
            "quebec-portal-privacy-policy"
        } else {
            "portail-quebec-politique-de-confidentialite"
        };
        let page = out.join(lang).join(slug).join("index.html");
        let doc = html(&page);
        let p = select(&doc, "#allow");
        assert_eq!(p.len(), 1, "{}", page.display());
        assert_eq!(
            p[0].text().collect::<String>(),
            "7 QC-05 QC-09 QC-13 QC-14 QC-10 QC-16 QC-15"
        );
    }
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("en/quebec-portal-privacy-policy/policy.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(json["policy"]["allow"], serde_json::json!([]));
}

#[test]
fn a_rebuild_keeps_the_files_it_would_write_identically() {
    use std::os::unix::fs::MetadataExt;
    let site = site("example");
    let out = site.path().join("out");
    let build = || {
        let o = run(site.path(), &["build", "--out", out.to_str().unwrap()]);
        assert!(o.status.success(), "build failed: {}", stderr(&o));
    };
    let unchanged = out.join("en/quebec-portal-privacy-policy/index.html");
    let edited = out.join("en/ontario-privacy-statement/index.html");
    // A policy's two policy.json are one file with two links.
    let json_en = out.join("en/quebec-portal-privacy-policy/policy.json");
    let json_fr = out.join("fr/portail-quebec-politique-de-confidentialite/policy.json");
    build();
    let before = |p: &Path| std::fs::metadata(p).unwrap();
    let (u0, e0) = (before(&unchanged), before(&edited));
    let j0 = before(&json_en);
    assert_eq!(j0.nlink(), 2);
    assert_eq!(before(&json_fr).ino(), j0.ino());
    let (u_text, e_text) = (
        std::fs::read(&unchanged).unwrap(),
        std::fs::read_to_string(&edited).unwrap(),
    );
    edit(
        site.path(),
        "content/policies/ontario-government.yaml",
        "en: Privacy statement",
        "en: Privacy statement (revised)",
    );
    build();
    let (u1, e1) = (before(&unchanged), before(&edited));
    // The unchanged page is the same file, alone, with its bytes and time.
    assert_eq!(u1.ino(), u0.ino());
    assert_eq!(u1.nlink(), 1);
    assert_eq!(u1.mtime(), u0.mtime());
    assert_eq!(std::fs::read(&unchanged).unwrap(), u_text);
    // The edited one is a new file with the new text.
    assert_ne!(e1.ino(), e0.ino());
    let new_text = std::fs::read_to_string(&edited).unwrap();
    assert_ne!(new_text, e_text);
    assert!(new_text.contains("Privacy statement (revised)"));
    // The unchanged policy.json too, both links of it.
    let j1 = before(&json_en);
    assert_eq!(
        (j1.ino(), j1.nlink(), j1.mtime()),
        (j0.ino(), 2, j0.mtime())
    );
    assert_eq!(before(&json_fr).ino(), j0.ino());
    // Nothing else in the output has a second link (policy.json files are
    // linked in pairs), and no staging folder is left.
    for (rel, _) in snapshot(&out) {
        let links = if rel.ends_with("/policy.json") || rel.ends_with("/notice.json") {
            2
        } else {
            1
        };
        assert_eq!(
            std::fs::metadata(out.join(&rel)).unwrap().nlink(),
            links,
            "{rel}"
        );
    }
    let left: Vec<_> = std::fs::read_dir(site.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("staging"))
        .collect();
    assert!(left.is_empty());
}

#[test]
fn the_not_found_page_speaks_the_source_language_first_and_links_under_the_base_url() {
    // The example site is written in French first, and may be published
    // below a domain's root: the 404 page is served at any address, so its
    // links start from the base URL's path.
    let site = site("example");
    let out = site.path().join("out");
    let o = run(
        site.path(),
        &[
            "build",
            "--out",
            out.to_str().unwrap(),
            "--base-url",
            "https://example.gouv.qc.ca/policies/",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = html(&out.join("404.html"));
    assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("fr-CA"));
    let links: Vec<&str> = select(&doc, "link[rel=stylesheet], a[href]")
        .iter()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    assert!(!links.is_empty());
    // A link within the page (the skip link) works at any address.
    for l in links.into_iter().filter(|l| !l.starts_with('#')) {
        assert!(l.starts_with("/policies/"), "{l}");
    }
}

#[test]
fn a_build_stopped_by_two_policies_at_one_address_leaves_the_output_as_it_was() {
    // Both policies render to the same paths: the second must not write
    // through the first's link to the previous output's file.
    let site = site("example");
    let out = site.path().join("out");
    let build = || run(site.path(), &["build", "--out", out.to_str().unwrap()]);
    let o = build();
    assert!(o.status.success(), "{}", stderr(&o));
    let before = snapshot(&out);
    edit(
        site.path(),
        "content/policies/quebec-travail.yaml",
        "en: labour-privacy-policy",
        "en: ontario-privacy-statement",
    );
    let o = build();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("duplicate-slug"), "{}", stderr(&o));
    assert!(snapshot(&out) == before, "the previous output changed");
}

#[test]
fn the_landing_page_lists_by_organization_then_title_not_by_file_name() {
    let site = site("minimal");
    let root = site.path();
    let sample = std::fs::read_to_string(root.join("content/policies/sample.yaml")).unwrap();
    // A file whose name sorts first, whose title sorts last.
    let form = sample
        .replacen("en: sample\n", "en: zz-form\n", 1)
        .replacen("fr: exemple\n", "fr: zz-formulaire\n", 1)
        .replacen("en: Sample privacy statement", "en: Zeta form notice", 1);
    write(root, "content/policies/a-form.yaml", &form);
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = html(&root.join("public/index.html"));
    let hrefs: Vec<String> = select(&doc, "section[lang=en-CA] .policy-list a")
        .iter()
        .map(|a| a.value().attr("href").unwrap_or_default().to_string())
        .collect();
    assert_eq!(hrefs, ["en/sample/", "en/zz-form/"]);
}

#[test]
fn a_policy_silent_on_cookies_says_nothing_of_them() {
    // The Ontario statement (its seed) never mentions cookies: no sentence of
    // either page may, not even "the site places none".
    let (_tmp, out) = built_example();
    for page in [
        "en/ontario-privacy-statement",
        "fr/ontario-declaration-protection-vie-privee",
    ] {
        let path = out.join(page).join("index.html");
        let text = select(&html(&path), "main")
            .iter()
            .map(|m| m.text().collect::<String>())
            .collect::<String>()
            .to_lowercase();
        for word in ["cookie", "témoin"] {
            assert!(!text.contains(word), "{page} speaks of {word}s");
        }
    }
}

/// The text of a page's main content, spaces collapsed.
fn main_text(path: &Path) -> String {
    select(&html(path), "main")
        .iter()
        .map(|m| m.text().collect::<String>())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn lists_say_whether_they_are_complete_and_a_list_of_one_is_a_sentence() {
    let (_tmp, out) = built_example();
    let page = |p: &str| main_text(&out.join(p).join("index.html"));
    // The MRI collects "solely" for its two purposes: `only:`.
    let mri = page("en/international-relations-privacy-policy");
    assert!(
        mri.contains("We collect this information only to:"),
        "{mri}"
    );
    // The Portal does not say its purposes are the only ones: open.
    let portal = page("en/quebec-portal-privacy-policy");
    assert!(
        portal.contains("Our purposes for collecting this information include:"),
        "{portal}"
    );
    assert!(!portal.contains("only to:"), "{portal}");
    // No seed says its list of exchanged information is complete.
    assert!(
        portal.contains("The information exchanged includes:"),
        "{portal}"
    );
    // One channel (email), with the advice against email: one coherent
    // sentence, not a one-item list followed by a contradiction.
    assert!(
        portal.contains("You can send us personal information by email, but for your security we advise against it"),
        "{portal}"
    );
    assert!(
        !portal.contains("never send personal information by email"),
        "{portal}"
    );
    // The MSP: "used solely by duly authorized staff", one group, complete.
    let msp = page("fr/securite-publique-politique-de-confidentialite");
    assert!(
        msp.contains("Seuls les membres dûment autorisés de notre personnel ont accès à vos renseignements personnels."),
        "{msp}"
    );
    // Its three disclosure cases are the only ones it names ("will only be
    // disclosed … if", and the written agreements approved by the CAI, in
    // the seed's words as its own term).
    assert!(
        msp.contains("Nous communiquons vos renseignements personnels à un autre organisme public uniquement dans les cas suivants"),
        "{msp}"
    );
    assert!(
        msp.contains("en vertu d’ententes écrites approuvées par la Commission d’accès à l’information du Québec"),
        "{msp}"
    );
    // It never says no one else receives information (`including:`), and
    // says that a private organization never does.
    assert!(!msp.contains("à personne d’autre"), "{msp}");
    assert!(
        msp.contains(
            "Nous ne communiquons jamais vos renseignements personnels à un organisme privé."
        ),
        "{msp}"
    );
    // Travail: "only in the only cases where…", complete; its uses "only".
    let travail = page("fr/travail-politique-de-confidentialite");
    assert!(
        travail.contains("uniquement dans les cas suivants"),
        "{travail}"
    );
    assert!(
        travail.contains("Nous utilisons vos renseignements personnels uniquement pour :"),
        "{travail}"
    );
    // Ontario: what people give it for is when ("if you wish to"), and what
    // it is used for is an open list.
    let ontario = page("en/ontario-privacy-statement");
    assert!(
        ontario.contains("You may give us personal information if you wish to:"),
        "{ontario}"
    );
    assert!(
        ontario.contains("Among other things, we use your personal information to:"),
        "{ontario}"
    );
    // The Portal says nothing of who receives information: nothing is said.
    assert!(
        !portal.contains("communicate your personal information"),
        "{portal}"
    );
}

#[test]
fn an_authors_own_category_purpose_and_channel_read_like_built_in_ones_everywhere() {
    // Principle P9: a term of the author's own, with its bilingual label, is
    // on both pages, in policy.json and in the JSON-LD, like a built-in one.
    let site = site("minimal");
    let root = site.path();
    let policy = "content/policies/sample.yaml";
    edit(
        root,
        policy,
        "  categories: [ip-address, browser, pages-visited]\n",
        "  categories:\n    - ip-address\n    - id: screen-size\n      label: { en: the size of your screen, fr: la taille de votre écran }\n      dpv: pd:DeviceBased\n",
    );
    edit(
        root,
        policy,
        "  purposes: [respond]\n",
        "  purposes:\n    - respond\n    - id: newsletter-design\n      label: { en: improve our newsletter, fr: améliorer notre bulletin }\n",
    );
    edit(
        root,
        policy,
        "  channels: [email]\n",
        "  channels:\n    - email\n    - id: chat\n      label: { en: through our chat service, fr: au moyen de notre service de clavardage }\n",
    );
    let o = run(root, &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = root.join("public");
    for (lang, page, words) in [
        (
            "en",
            "en/sample",
            [
                "the size of your screen",
                "improve our newsletter",
                "through our chat service",
            ],
        ),
        (
            "fr",
            "fr/exemple",
            [
                "la taille de votre écran",
                "améliorer notre bulletin",
                "au moyen de notre service de clavardage",
            ],
        ),
    ] {
        let text = main_text(&out.join(page).join("index.html"));
        for w in words {
            assert!(text.contains(w), "{lang}: {w:?} missing from {text}");
        }
        let doc = html(&out.join(page).join("index.html"));
        let ld = select(&doc, "script[type='application/ld+json']")[0]
            .text()
            .collect::<String>();
        assert!(ld.contains("pd:DeviceBased"), "{ld}");
        assert!(
            ld.contains(words[0]),
            "{lang}: the JSON-LD labels the term: {ld}"
        );
        assert!(ld.contains("pp:custom-newsletter-design"), "{ld}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("en/sample/policy.json")).unwrap())
            .unwrap();
    let term = &json["policy"]["automatic"]["categories"]["items"][1];
    assert_eq!(term["id"], "screen-size");
    assert_eq!(term["label"]["fr"], "la taille de votre écran");
    // A term may not take a built-in value's id: the two would read alike.
    edit(root, policy, "    - id: chat\n", "    - id: email\n");
    let (code, report) = check_json(root);
    assert_eq!(code, 1, "{report:#}");
    let d = find(&report, "term-redefines-builtin");
    assert!(d["message"].as_str().unwrap().contains("`email`"), "{d}");
}

#[test]
fn the_bodys_own_complaint_process_and_a_contact_form_are_stated_from_data() {
    // Québec r. 4.1 s. 2 (12) asks for the body's own complaint process
    // (QC-14), not the Commission's; a person in charge may be reached
    // through a web form.
    let site = site("example");
    let root = site.path();
    edit(
        root,
        "content/policies/quebec-travail.yaml",
        "rights:\n",
        "complaints:\n  internal:\n    label: { en: Complaint form, fr: Formulaire de plainte }\n    url: { en: https://www.travail.gouv.qc.ca/en/complaints/, fr: https://www.travail.gouv.qc.ca/plaintes/ }\nrights:\n",
    );
    edit(
        root,
        "content/profiles/quebec-public-body.yaml",
        "  contact:\n    title:\n",
        "  contact:\n    form:\n      label: { en: Write to the person in charge, fr: Écrire à la personne responsable }\n      url: { en: https://www.travail.gouv.qc.ca/en/access/, fr: https://www.travail.gouv.qc.ca/acces/ }\n    title:\n",
    );
    let out = root.join("out");
    let o = run(root, &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let fr = main_text(&out.join("fr/travail-politique-de-confidentialite/index.html"));
    assert!(
        fr.contains("suivez notre processus de traitement des plaintes : Formulaire de plainte"),
        "{fr}"
    );
    assert!(
        fr.contains("Formulaire en ligne : Écrire à la personne responsable"),
        "{fr}"
    );
    let doc = html(&out.join("en/labour-privacy-policy/index.html"));
    let hrefs: Vec<String> = select(&doc, "#rights a")
        .iter()
        .map(|a| attr(a, "href"))
        .collect();
    assert!(
        hrefs.contains(&"https://www.travail.gouv.qc.ca/en/complaints/".to_string()),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains(&"https://www.travail.gouv.qc.ca/en/access/".to_string()),
        "{hrefs:?}"
    );
    // Without it, the other Québec pages say nothing of such a process.
    let mri = main_text(&out.join("en/international-relations-privacy-policy/index.html"));
    assert!(!mri.contains("complaint process"), "{mri}");
}

/// The landing page groups the policies by organization and sorts them by
/// title in each language, accents folded (« École » with the e's, not
/// after « Zoo »), not by file name.
#[test]
fn the_landing_page_groups_by_organization_and_sorts_by_title() {
    let s = site("minimal");
    let sample = std::fs::read_to_string(s.path().join("content/policies/sample.yaml")).unwrap();
    let policy = |id: &str, title_en: &str, title_fr: &str, org_en: &str, org_fr: &str| {
        let text = sample
            .replace(
                "  en: Sample privacy statement",
                &format!("  en: {title_en}"),
            )
            .replace(
                "  fr: Déclaration de confidentialité type",
                &format!("  fr: {title_fr}"),
            )
            .replace("en: sample\n", &format!("en: {id}-en\n"))
            .replace("fr: exemple\n", &format!("fr: {id}-fr\n"))
            .replace("    en: Sample Agency", &format!("    en: {org_en}"))
            .replace("    fr: Agence type", &format!("    fr: {org_fr}"));
        write(s.path(), &format!("content/policies/{id}.yaml"), &text);
    };
    std::fs::remove_file(s.path().join("content/policies/sample.yaml")).unwrap();
    // File names in the opposite order of the titles.
    policy(
        "a-form",
        "Zoo visit form notice",
        "Avis du formulaire de visite",
        "Zoo",
        "Zoo",
    );
    policy(
        "b-main",
        "Privacy statement",
        "Énoncé de confidentialité",
        "Zoo",
        "Zoo",
    );
    policy(
        "c-other",
        "Notice",
        "\"École\u{a0}: avis\"",
        "Agency",
        "Agence",
    );
    policy("d-zeta", "Archive", "Zèbre", "Agency", "Agence");
    let out = s.path().join("public");
    let o = run(s.path(), &["build", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let doc = html(&out.join("index.html"));
    let column = |lang: &str| -> Vec<String> {
        select(
            &doc,
            &format!("section[lang={lang}-CA] h3, section[lang={lang}-CA] li a"),
        )
        .iter()
        .map(|e| e.text().collect::<String>().trim().to_string())
        .collect()
    };
    assert_eq!(
        column("en"),
        [
            "Agency",
            "Archive",
            "Notice",
            "Zoo",
            "Privacy statement",
            "Zoo visit form notice"
        ]
    );
    assert_eq!(
        column("fr"),
        [
            "Agence",
            "École\u{a0}: avis",
            "Zèbre",
            "Zoo",
            "Avis du formulaire de visite",
            "Énoncé de confidentialité"
        ]
    );
}
