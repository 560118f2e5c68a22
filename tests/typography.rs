//! Typography of rendered pages and the terminology list, through the
//! public API: worked examples of each rule, then properties checked on
//! random input (idempotence, tags untouched, no panic, no character lost).

use policypress::lint::terms::Terms;
use policypress::model::Lang;
use policypress::typography::{apply, check_french_text, Options, NBSP, NNBSP};
use proptest::prelude::*;

fn fr(s: &str) -> String {
    apply(s, Lang::Fr, &Options::default())
}

fn en(s: &str) -> String {
    apply(s, Lang::En, &Options::default())
}

/// U+00A0 shown as `~`, U+202F as `^`.
fn show(s: &str) -> String {
    s.replace(NBSP, "~").replace(NNBSP, "^")
}

/// The text of an HTML fragment without its tags (test inputs only: no
/// `<` in text, no `>` in attributes).
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The tags of an HTML fragment, in order (same restrictions).
fn tags_of(html: &str) -> Vec<&str> {
    let mut tags = Vec::new();
    let mut start = None;
    for (i, c) in html.char_indices() {
        match c {
            '<' => start = Some(i),
            '>' => {
                if let Some(s) = start.take() {
                    tags.push(&html[s..=i]);
                }
            }
            _ => {}
        }
    }
    tags
}

// ---------------------------------------------------------------------------
// Worked examples

#[test]
fn a_french_policy_page() {
    let page = r#"<!DOCTYPE html>
<html lang="fr-CA">
<head><meta charset="utf-8"><title>Avis de confidentialité : Exemple</title>
<style>a:hover { color : red }</style></head>
<body>
<h1>Avis de confidentialité</h1>
<p>Date de modification : le 29 janvier 2014</p>
<h2>Pourquoi recueillons-nous l'adresse IP ?</h2>
<p>Un "témoin" est conservé 30 jours ; il pèse 4 ko.</p>
<p><strong>Note :</strong> écrivez au <a href="mailto:aiprp@exemple.ca">responsable</a> ou composez le 1 800 282-1376.</p>
<p>Heures : de 9 h à 14 h 30. Visites : 7 117 907.</p>
<pre>curl http://exemple.ca/a:b ; "x"</pre>
<p>Voir <code>a : b</code> et <time datetime="2014-01-29T14:30">14 h 30</time>.</p>
<script>var x = a ? "b" : 'c';</script>
</body>
</html>"#;
    let out = fr(page);
    let expected = r#"<!DOCTYPE html>
<html lang="fr-CA">
<head><meta charset="utf-8"><title>Avis de confidentialité~: Exemple</title>
<style>a:hover { color : red }</style></head>
<body>
<h1>Avis de confidentialité</h1>
<p>Date de modification~: le 29 janvier 2014</p>
<h2>Pourquoi recueillons-nous l’adresse IP?</h2>
<p>Un «~témoin~» est conservé 30~jours; il pèse 4~ko.</p>
<p><strong>Note~:</strong> écrivez au <a href="mailto:aiprp@exemple.ca">responsable</a> ou composez le 1~800~282-1376.</p>
<p>Heures~: de 9~h à 14~h~30. Visites~: 7~117~907.</p>
<pre>curl http://exemple.ca/a:b ; "x"</pre>
<p>Voir <code>a : b</code> et <time datetime="2014-01-29T14:30">14~h~30</time>.</p>
<script>var x = a ? "b" : 'c';</script>
</body>
</html>"#;
    assert_eq!(show(&out), expected);
    assert_eq!(fr(&out), out, "idempotent");
}

#[test]
fn an_english_page() {
    let page = "<p>A \"cookie\" is a small file; Québec's law doesn't change that: see <a href=\"http://x.ca/a:b\" title=\"it's\">here</a>.</p>";
    assert_eq!(
        en(page),
        "<p>A “cookie” is a small file; Québec’s law doesn’t change that: see <a href=\"http://x.ca/a:b\" title=\"it's\">here</a>.</p>"
    );
}

#[test]
fn the_brief_examples() {
    assert_eq!(
        show(&fr("<p>« Date de modification : le 29 janvier 2014 »</p>")),
        "<p>«~Date de modification~: le 29 janvier 2014~»</p>"
    );
    assert_eq!(show(&fr("<p>Note : à lire.</p>")), "<p>Note~: à lire.</p>");
    assert_eq!(fr("<h2>Pourquoi ?</h2>"), "<h2>Pourquoi?</h2>");
    assert_eq!(fr("<p>l'adresse IP</p>"), "<p>l’adresse IP</p>");
    assert_eq!(show(&fr("<p>\"témoin\"</p>")), "<p>«~témoin~»</p>");
    let link = "<a href=\"http://x.ca/a:b\">x</a>";
    assert_eq!(fr(link), link);
    assert_eq!(fr("<code>a : b</code>"), "<code>a : b</code>");
    assert_eq!(show(&fr("<p>14 h 30</p>")), "<p>14~h~30</p>");
}

#[test]
fn entities_in_text() {
    assert_eq!(
        show(&fr(
            "<p>&quot;témoin&quot; &amp; l&#39;adresse&nbsp;: x</p>"
        )),
        "<p>«~témoin~» &amp; l’adresse&nbsp;: x</p>"
    );
    assert_eq!(en("<p>&quot;a&quot; don&apos;t</p>"), "<p>“a” don’t</p>");
}

#[test]
fn narrow_spaces_option() {
    let narrow = Options {
        narrow_nbsp_before_punct: true,
    };
    assert_eq!(
        show(&apply(
            "<p>Pourquoi ? Vraiment! Oui ; non</p>",
            Lang::Fr,
            &narrow
        )),
        "<p>Pourquoi^? Vraiment^! Oui^; non</p>"
    );
}

#[test]
fn fragments_and_malformed_input() {
    assert_eq!(show(&fr("Note : x")), "Note~: x");
    assert_eq!(fr("<p>a < b</p>"), "<p>a < b</p>");
    assert_eq!(fr("<code>Note : x"), "<code>Note : x");
    assert_eq!(
        fr("<p title=\"a>b : c\">d</p>"),
        "<p title=\"a>b : c\">d</p>"
    );
    assert_eq!(fr("<!-- Note : x"), "<!-- Note : x");
    assert_eq!(fr("<p"), "<p");
    assert_eq!(fr("&"), "&");
    assert_eq!(fr("&#"), "&#");
    assert_eq!(fr("&#x110000;"), "&#x110000;");
}

#[test]
fn the_output_passes_the_checker() {
    let out = fr("<p>Note : l'adresse \"IP\" ; « témoin » Pourquoi ?</p>");
    assert_eq!(check_french_text(&text_of(&out)), []);
    let before = check_french_text("Note : l'adresse \"IP\" ; « témoin » Pourquoi ?");
    assert_eq!(before.len(), 8);
}

#[test]
fn terms_through_the_public_api() {
    let terms = Terms::builtin();
    let text = "Nous utilisons des cookies et votre adresse e-mail.";
    let found = terms.find(text, Lang::Fr);
    assert_eq!(found.len(), 2);
    assert_eq!(&text[found[0].range.clone()], "cookies");
    assert_eq!(found[0].prefer, "témoins");
    assert_eq!(found[1].found, "adresse e-mail");
    assert_eq!(found[1].prefer, "adresse courriel");
    assert!(terms.find(text, Lang::En).is_empty());

    let site = Terms::parse("fr:\n  - avoid: cookie\n    disabled: true\n").unwrap_or_default();
    let merged = Terms::merged(Terms::builtin(), site);
    assert_eq!(merged.find(text, Lang::Fr).len(), 1);

    let text = "Visit our Help Center or the service center.";
    let found = terms.find(text, Lang::En);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].range, 37..43);
}

#[test]
fn terms_survive_typography() {
    // The lint may run on rendered text: typographic spaces and apostrophes
    // do not hide a term.
    let out = text_of(&fr("<p>Votre adresse e-mail : l'e-mail</p>"));
    let found = Terms::builtin().find(&out, Lang::Fr);
    assert_eq!(found.len(), 2);
}

// ---------------------------------------------------------------------------
// Properties

/// Pieces of text and markup that exercise every rule and the tokenizer.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "a", "e", "l", "d", "h", "é", "x", "Note", "qu", "témoin", "Mo", "km", "jours", "%",
            "$", " ", " ", " ", "\n", "\u{a0}", "\u{202f}", "0", "1", "2", "3", "14", "30", "800",
            "117", "2014", ":", ";", "?", "!", "\"", "'", "«", "»", "“", "”", "’", "(", ")", "-",
            ".", ",", "/", "&", "#", "<", ">", "=", "*",
        ]),
        2 => prop::sample::select(vec![
            "&quot;", "&#39;", "&apos;", "&nbsp;", "&amp;", "&amp", "&lt;", "&#160;", "&#x22;",
            "&#38", "&laquo;", "&raquo;", "&eacute;", "&bogus;", "&#", "&#x;",
        ]),
        2 => prop::sample::select(vec![
            "<p>", "</p>", "<em>", "</em>", "<strong>", "</strong>", "<br>", "<br/>", "<code>",
            "</code>", "<pre>", "</pre>", "<a href=\"http://x.ca/a:b?c=\"d\"\">",
            "<a href='x : \"y\"'>", "</a>", "<span translate=\"no\">", "</span>",
            "<div class=\"x notranslate\">", "</div>", "<!-- : \" -->", "<!--", "-->",
            "<script>", "</script>", "<style>", "</style>", "<title>", "</title>",
            "<textarea>", "</textarea>", "<img alt=\"a : b\">", "<svg/>", "</", "<!x>", "<?x>",
            "<time datetime=\"14:30\">", "</time>", "<P>", "</P >",
        ]),
    ]
    .prop_map(str::to_string)
}

fn html() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..48).prop_map(|v| v.concat())
}

/// Pieces of text only (no `<`, `>`), for the tag-preservation property.
fn text_piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "a", "é", "l", "Note", " ", " ", "\u{a0}", "1", "14", "800", "h", ":", ";", "?", "!", "\"",
        "'", "«", "»", "&quot;", "&#39;", "&nbsp;", "&amp;", "%", "-",
    ])
    .prop_map(str::to_string)
}

fn tag() -> impl Strategy<Value = String> {
    let attr = prop::sample::select(vec![
        "",
        " href=\"http://x.ca/a:b\"",
        " title='Note : \"x\"'",
        " lang=\"en\"",
        " datetime=\"2014-01-29T14:30\"",
        " class=\"notranslate\"",
        " data-x=a:b",
    ]);
    let name = prop::sample::select(vec!["p", "em", "a", "span", "code", "li", "h2", "b"]);
    (name, attr, any::<bool>()).prop_map(|(n, a, close)| {
        if close {
            format!("</{n}>")
        } else {
            format!("<{n}{a}>")
        }
    })
}

fn tagged() -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![3 => text_piece(), 1 => tag()], 0..40)
        .prop_map(|v| v.concat())
}

/// What must survive: the input without whitespace, quotes, and the
/// references that stand for them (those are what the rules rewrite).
fn skeleton(s: &str) -> String {
    // A numeric reference to a whitespace character (`&#xa`, `&#32;`) is
    // whitespace: French typography may remove it before `!` like a space.
    let mut decoded = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("&#") {
        decoded.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let (hex, digits_from) = match after.as_bytes().first() {
            Some(b'x' | b'X') => (true, 1),
            _ => (false, 0),
        };
        let digits: String = after[digits_from..]
            .chars()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .collect();
        let value = u32::from_str_radix(&digits, if hex { 16 } else { 10 }).ok();
        match value.and_then(char::from_u32).filter(|c| c.is_whitespace()) {
            Some(c) if !digits.is_empty() => {
                decoded.push(c);
                let mut used = digits_from + digits.len();
                if after[used..].starts_with(';') {
                    used += 1;
                }
                rest = &after[used..];
            }
            _ => {
                decoded.push_str("&#");
                rest = after;
            }
        }
    }
    decoded.push_str(rest);
    let mut s = decoded;
    for e in [
        "&nbsp;", "&#160;", "&quot;", "&#x22;", "&#39;", "&apos;", "&laquo;", "&raquo;",
    ] {
        s = s.replace(e, "");
    }
    s.chars()
        .filter(|c| !c.is_whitespace() && !"\"'«»“”‘’".contains(*c))
        .collect()
}

fn options() -> impl Strategy<Value = (Lang, Options)> {
    (
        prop::sample::select(vec![Lang::En, Lang::Fr]),
        any::<bool>(),
    )
        .prop_map(|(l, n)| {
            (
                l,
                Options {
                    narrow_nbsp_before_punct: n,
                },
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn idempotent(s in html(), (lang, o) in options()) {
        let once = apply(&s, lang, &o);
        prop_assert_eq!(apply(&once, lang, &o), once);
    }

    #[test]
    fn idempotent_on_tagged_text(s in tagged(), (lang, o) in options()) {
        let once = apply(&s, lang, &o);
        prop_assert_eq!(apply(&once, lang, &o), once);
    }

    #[test]
    fn tags_and_attributes_untouched(s in tagged(), (lang, o) in options()) {
        let out = apply(&s, lang, &o);
        prop_assert_eq!(tags_of(&out), tags_of(&s));
    }

    #[test]
    fn nothing_but_whitespace_and_quotes_changes(s in html(), (lang, o) in options()) {
        let out = apply(&s, lang, &o);
        prop_assert_eq!(skeleton(&out), skeleton(&s));
        prop_assert_eq!(out.matches('<').count(), s.matches('<').count());
        prop_assert_eq!(out.matches('>').count(), s.matches('>').count());
    }

    #[test]
    fn english_adds_no_space(s in html()) {
        let out = en(&s);
        let spaces = |t: &str| t.chars().filter(|c| c.is_whitespace()).count();
        prop_assert_eq!(spaces(&out), spaces(&s));
    }

    #[test]
    fn code_is_never_touched(before in tagged(), code in "[a-z :;?!\"'«»0-9&]{0,20}", after in tagged()) {
        let code_html = format!("<code>{code}</code>");
        // Whatever `before` leaves open, skipped content is copied verbatim.
        let s = format!("{before}<p>{code_html}{after}");
        let out = fr(&s);
        prop_assert!(out.contains(&code_html), "{:?}", out);
    }

    #[test]
    fn never_panics(s in any::<String>(), (lang, o) in options()) {
        let once = apply(&s, lang, &o);
        prop_assert_eq!(apply(&once, lang, &o), once);
        let _ = check_french_text(&s);
        let _ = Terms::builtin().find(&s, lang);
    }

    #[test]
    fn never_panics_on_bytes_near_markup(v in prop::collection::vec(prop::sample::select(vec![
        '<', '>', '&', '#', ';', 'x', '/', '!', '-', '?', '"', '\'', '=', ' ', 'é', '\u{a0}', 'a', '0',
    ]), 0..64)) {
        let s: String = v.into_iter().collect();
        for lang in [Lang::En, Lang::Fr] {
            let once = apply(&s, lang, &Options::default());
            prop_assert_eq!(apply(&once, lang, &Options::default()), once.clone());
            prop_assert_eq!(skeleton(&once), skeleton(&s));
        }
    }

    #[test]
    fn well_formed_french_passes_the_checker(words in prop::collection::vec(
        prop::sample::select(vec![
            "témoin", "l'adresse", "Note :", "Pourquoi ?", "« texte »", "\"texte\"", "oui ;",
            "Attention !", "14 h 30", "5 %", "d'un", "aujourd'hui",
        ]),
        1..12,
    )) {
        let s = format!("<p>{}</p>", words.join(" "));
        let out = fr(&s);
        prop_assert_eq!(check_french_text(&text_of(&out)), vec![]);
    }
}

#[test]
fn a_lang_attribute_switches_the_rules_until_its_element_closes() {
    let page = "<html lang=\"en-CA\"><p>\"Hi\" : yes</p><div lang=\"fr-CA\"><div><p>Note : \"oui\"</p></div><p>Fin : \"non\"</p></div><p>Back : \"en\"</p></html>";
    assert_eq!(
        show(&en(page)),
        "<html lang=\"en-CA\"><p>“Hi” : yes</p><div lang=\"fr-CA\"><div><p>Note~: «~oui~»</p></div><p>Fin~: «~non~»</p></div><p>Back : “en”</p></html>"
    );
    // A French page's own `lang` wins over the language asked for.
    assert_eq!(
        show(&en("<html lang=fr><p>a : b</p></html>")),
        "<html lang=fr><p>a~: b</p></html>"
    );
}
