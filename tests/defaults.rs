//! The built-in theme and wording: a site needs only `content/`, and
//! overrides them file by file (templates) and message by message (Fluent).

mod common;
use common::*;

fn page(root: &std::path::Path, lang: &str, slug: &str) -> String {
    std::fs::read_to_string(root.join("public").join(lang).join(slug).join("index.html")).unwrap()
}

fn section_title(html: &str, id: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse(&format!("#{id}-title")).unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.text().collect::<String>())
        .unwrap_or_default()
}

#[test]
fn a_site_with_only_content_builds_with_the_built_in_theme() {
    let s = content_only("minimal");
    let o = run(s.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(s.path().join("public/assets/style.css").exists());
    let en = page(s.path(), "en", "sample");
    assert!(en.contains("lang=\"en-CA\""));
    assert_eq!(section_title(&en, "cookies"), "Cookies");
    assert_eq!(
        section_title(&page(s.path(), "fr", "exemple"), "cookies"),
        "Témoins"
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "{report:#}");
}

#[test]
fn one_message_overrides_one_sentence_in_one_language() {
    let s = content_only("minimal");
    write(
        s.path(),
        "locales/fr/site.ftl",
        "section-cookies = Témoins de connexion\n",
    );
    let o = run(s.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        section_title(&page(s.path(), "fr", "exemple"), "cookies"),
        "Témoins de connexion"
    );
    assert_eq!(
        section_title(&page(s.path(), "en", "sample"), "cookies"),
        "Cookies"
    );
    // Everything else still comes from the built-in wording.
    assert_eq!(
        section_title(&page(s.path(), "fr", "exemple"), "automatic"),
        section_title(
            &{
                let t = content_only("minimal");
                run(t.path(), &["build"]);
                page(t.path(), "fr", "exemple")
            },
            "automatic"
        )
    );
}

#[test]
fn one_template_overrides_one_file_in_both_languages() {
    let s = content_only("minimal");
    write(
        s.path(),
        "themes/default/templates/sections/cookies.html",
        "<p class=\"site-made\">{{ t(key=\"section-cookies\") }}</p>\n",
    );
    let o = run(s.path(), &["build"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for (lang, slug) in [("en", "sample"), ("fr", "exemple")] {
        let html = page(s.path(), lang, slug);
        assert!(html.contains("class=\"site-made\""), "{lang}");
    }
    // The other templates are still the built-in ones.
    assert!(page(s.path(), "en", "sample").contains("id=\"cookies\""));
}

#[test]
fn overrides_of_nothing_are_reported_as_probable_typos() {
    let s = content_only("minimal");
    write(
        s.path(),
        "locales/fr/site.ftl",
        "section-cookie = Témoins de connexion\n",
    );
    write(
        s.path(),
        "locales/en/site.ftl",
        "section-cookie = Browser cookies\n",
    );
    write(
        s.path(),
        "themes/default/templates/sections/link.html",
        "<p>x</p>\n",
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 0, "warnings only: {report:#}");
    let m = find(&report, "message-overrides-nothing");
    assert!(m["file"].as_str().unwrap().starts_with("locales/"));
    assert_eq!(m["line"], 1);
    let t = find(&report, "template-overrides-nothing");
    assert_eq!(t["file"], "themes/default/templates/sections/link.html");
    assert_eq!(run(s.path(), &["check", "--strict"]).status.code(), Some(1));
}

#[test]
fn an_unknown_theme_is_an_error() {
    let s = content_only("minimal");
    let site = std::fs::read_to_string(s.path().join("content/site.yaml")).unwrap();
    write(
        s.path(),
        "content/site.yaml",
        &format!("{site}theme: fancy\n"),
    );
    let (code, report) = check_json(s.path());
    assert_eq!(code, 1);
    find(&report, "missing-theme");
}
