use super::cache::PARAGRAPHS;
use super::tokenizer::{class, classify, name_in, INLINE, OPAQUE, RAW_TEXT, SKIPPED, VOID};
use proptest::prelude::*;

/// Pieces of pages, chosen so that the same paragraph comes back in
/// different surroundings: other languages, open quotes, skipped and
/// opaque elements around it.
const PIECES: &[&str] = &[
    "<p>Vos droits : l'accès, la \"rectification\" !</p>",
    "<p>Your rights: \"access\" and 'correction'.</p>",
    "<div lang=\"en\">",
    "<div lang=\"fr\">",
    "</div>",
    "<p>",
    "</p>",
    "Le 14 h 30 ; 1 000 $ ? « ok »",
    "<em>l'</em>adresse « IP »",
    "<code>a : b ; \"c\"</code>",
    "<script>var a = \"b\";</script>",
    "<pre>x : \"y\"</pre>",
    "<a href=\"#x\">lien</a> : voir",
    "&quot;cité&quot; &amp; l&#39;été",
    "\"",
    " ",
    "<li>Nom : <strong>Québec</strong> !</li>",
    "<span translate=\"no\">Don't : \"x\"</span>",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    /// The paragraph cache changes nothing: a page typeset with a cache
    /// warmed by other pages equals the page typeset alone.
    #[test]
    fn paragraph_cache_changes_nothing(
        pages in prop::collection::vec(prop::collection::vec(0..PIECES.len(), 0..12), 1..5),
        fr in any::<bool>(),
        narrow in any::<bool>(),
    ) {
        let lang = if fr { Lang::Fr } else { Lang::En };
        let o = Options { narrow_nbsp_before_punct: narrow };
        for page in pages {
            let html: String = page.iter().map(|&i| PIECES[i]).collect();
            prop_assert_eq!(apply(&html, lang, &o), apply_uncached(&html, lang, &o));
        }
    }
}

#[test]
fn repeated_paragraphs_come_from_the_cache() {
    let page = "<p>L'adresse IP : oui.</p><p>Autre \"texte\" ?</p>";
    let o = Options::default();
    let first = apply(page, Lang::Fr, &o);
    let cached = PARAGRAPHS.with(|c| c.borrow().map.len());
    assert!(cached >= 2, "{cached}");
    assert_eq!(apply(page, Lang::Fr, &o), first);
    assert_eq!(apply_uncached(page, Lang::Fr, &o), first);
    // The same bytes in English are typeset by English rules.
    assert_eq!(
        apply(page, Lang::En, &o),
        apply_uncached(page, Lang::En, &o)
    );
    assert_ne!(apply(page, Lang::En, &o), first);
}

#[test]
fn classify_agrees_with_the_lists() {
    let more = ["div", "P", "Code", "IMG", "longelementname"];
    for name in INLINE
        .iter()
        .chain(SKIPPED)
        .chain(OPAQUE)
        .chain(VOID)
        .chain(&more)
    {
        let c = classify(name);
        assert_eq!(c & class::INLINE != 0, name_in(name, INLINE), "{name}");
        assert_eq!(c & class::SKIPPED != 0, name_in(name, SKIPPED), "{name}");
        assert_eq!(c & class::OPAQUE != 0, name_in(name, OPAQUE), "{name}");
        assert_eq!(c & class::VOID != 0, name_in(name, VOID), "{name}");
    }
    // The tokenizer looks for raw-text elements among skipped ones.
    for (name, _) in RAW_TEXT.iter().filter(|(n, _)| *n != "title") {
        assert!(classify(name) & class::SKIPPED != 0, "{name}");
    }
}

use super::*;

fn fr(s: &str) -> String {
    apply(s, Lang::Fr, &Options::default())
}
fn fr_narrow(s: &str) -> String {
    apply(
        s,
        Lang::Fr,
        &Options {
            narrow_nbsp_before_punct: true,
        },
    )
}
fn en(s: &str) -> String {
    apply(s, Lang::En, &Options::default())
}
/// Writes U+00A0 as `~` and U+202F as `^` so expectations are readable.
fn show(s: &str) -> String {
    s.replace(NBSP, "~").replace(NNBSP, "^")
}

#[test]
fn colon_gets_a_no_break_space() {
    assert_eq!(
        show(&fr("<p>Date de modification : le 29 janvier 2014</p>")),
        "<p>Date de modification~: le 29 janvier 2014</p>"
    );
    assert_eq!(
        show(&fr("<p>Note: voir plus bas</p>")),
        "<p>Note~: voir plus bas</p>"
    );
    assert_eq!(show(&fr("<p>Note\n  : voir</p>")), "<p>Note~: voir</p>");
    assert_eq!(
        show(&fr("<p>Note&nbsp;: voir</p>")),
        "<p>Note&nbsp;: voir</p>"
    );
    assert_eq!(show(&fr("<p>Remarque :</p>")), "<p>Remarque~:</p>");
}

#[test]
fn colon_across_inline_tags() {
    assert_eq!(
        show(&fr("<p><strong>Note</strong> : texte</p>")),
        "<p><strong>Note</strong>~: texte</p>"
    );
    assert_eq!(
        show(&fr("<p><strong>Note :</strong> texte</p>")),
        "<p><strong>Note~:</strong> texte</p>"
    );
}

#[test]
fn colon_left_alone_in_urls_times_and_ratios() {
    for s in [
        "<p>Voir http://exemple.ca/page</p>",
        "<p>À 14:30 précises</p>",
        "<p>Un rapport 3:4</p>",
        "<p>mailto:info@exemple.ca</p>",
    ] {
        assert_eq!(fr(s), s);
    }
}

#[test]
fn no_space_before_semicolon_question_and_exclamation() {
    assert_eq!(fr("<h2>Pourquoi ?</h2>"), "<h2>Pourquoi?</h2>");
    assert_eq!(fr("<p>Attention !</p>"), "<p>Attention!</p>");
    assert_eq!(fr("<p>un ; deux</p>"), "<p>un; deux</p>");
    assert_eq!(fr("<p>Vraiment&nbsp;?</p>"), "<p>Vraiment?</p>");
    assert_eq!(fr("<p>Quoi ?!</p>"), "<p>Quoi?!</p>");
    assert_eq!(fr("<p>Quoi ? !</p>"), "<p>Quoi? !</p>");
    // A lone narrow no-break space is accepted as is.
    assert_eq!(fr("<p>Quoi\u{202f}?</p>"), "<p>Quoi\u{202f}?</p>");
}

#[test]
fn narrow_option() {
    assert_eq!(
        show(&fr_narrow("<h2>Pourquoi ?</h2>")),
        "<h2>Pourquoi^?</h2>"
    );
    assert_eq!(
        show(&fr_narrow("<h2>Pourquoi?</h2>")),
        "<h2>Pourquoi^?</h2>"
    );
    assert_eq!(show(&fr_narrow("<p>Quoi?!</p>")), "<p>Quoi^?!</p>");
    assert_eq!(show(&fr_narrow("<p>un;deux</p>")), "<p>un;deux</p>");
    assert_eq!(show(&fr_narrow("<p>un ;deux</p>")), "<p>un^;deux</p>");
    assert_eq!(
        show(&fr_narrow("<p>Note : x?y</p>")),
        "<p>Note~: x?y</p>",
        "a ? inside a word is not punctuation"
    );
}

#[test]
fn apostrophes() {
    assert_eq!(fr("<p>l'adresse IP</p>"), "<p>l’adresse IP</p>");
    assert_eq!(
        fr("<p>aujourd'hui, qu'il s'agisse d'un témoin</p>"),
        "<p>aujourd’hui, qu’il s’agisse d’un témoin</p>"
    );
    assert_eq!(fr("<p>l&#39;État</p>"), "<p>l’État</p>");
    assert_eq!(
        fr("<p>l&apos;<em>adresse</em></p>"),
        "<p>l’<em>adresse</em></p>"
    );
    assert_eq!(en("<p>don't, Québec's</p>"), "<p>don’t, Québec’s</p>");
    // Not inside a word: left alone.
    assert_eq!(
        en("<p>the employees' data</p>"),
        "<p>the employees' data</p>"
    );
}

#[test]
fn straight_quotes_become_guillemets() {
    assert_eq!(
        show(&fr("<p>un \"témoin\" de connexion</p>")),
        "<p>un «~témoin~» de connexion</p>"
    );
    assert_eq!(
        show(&fr("<p>un &quot;témoin&quot;.</p>")),
        "<p>un «~témoin~».</p>"
    );
    assert_eq!(
        show(&fr("<p>\"<em>cookie</em>\"</p>")),
        "<p>«~<em>cookie</em>~»</p>"
    );
    // Unpaired: left alone.
    assert_eq!(fr("<p>un \"témoin</p>"), "<p>un \"témoin</p>");
    // Pairs never cross a block boundary.
    assert_eq!(fr("<p>\"a</p><p>b\"</p>"), "<p>\"a</p><p>b\"</p>");
}

#[test]
fn nested_quotes() {
    assert_eq!(
        show(&fr("<p>\"il a dit \"oui\" hier\"</p>")),
        "<p>«~il a dit “oui” hier~»</p>"
    );
    assert_eq!(
        show(&fr("<p>« il a dit \"oui\" hier »</p>")),
        "<p>«~il a dit “oui” hier~»</p>"
    );
    assert_eq!(en("<p>\"a \"b\" c\"</p>"), "<p>“a ‘b’ c”</p>");
}

#[test]
fn existing_guillemets_get_their_spaces() {
    assert_eq!(show(&fr("<p>«témoin»</p>")), "<p>«~témoin~»</p>");
    assert_eq!(show(&fr("<p>« témoin »</p>")), "<p>«~témoin~»</p>");
    assert_eq!(
        show(&fr("<p>«&nbsp;témoin&nbsp;»</p>")),
        "<p>«&nbsp;témoin&nbsp;»</p>"
    );
    assert_eq!(
        show(&fr("<p>&laquo; témoin &raquo;</p>")),
        "<p>&laquo;~témoin~&raquo;</p>"
    );
}

#[test]
fn english_quotes() {
    assert_eq!(
        en("<p>a \"cookie\" is a file</p>"),
        "<p>a “cookie” is a file</p>"
    );
    assert_eq!(en("<p>(\"IP address\")</p>"), "<p>(“IP address”)</p>");
    // No French rules in English.
    assert_eq!(en("<p>Note : why ?</p>"), "<p>Note : why ?</p>");
    assert_eq!(en("<p>10 %, 14 h 30</p>"), "<p>10 %, 14 h 30</p>");
}

#[test]
fn numbers_and_units() {
    assert_eq!(show(&fr("<p>14 h 30</p>")), "<p>14~h~30</p>");
    assert_eq!(show(&fr("<p>à 9 h.</p>")), "<p>à 9~h.</p>");
    assert_eq!(show(&fr("<p>5 % et 10 Mo</p>")), "<p>5~% et 10~Mo</p>");
    assert_eq!(show(&fr("<p>5% et 10$</p>")), "<p>5~% et 10~$</p>");
    assert_eq!(
        show(&fr("<p>pendant 30 jours</p>")),
        "<p>pendant 30~jours</p>"
    );
    assert_eq!(show(&fr("<p>3,5 Go</p>")), "<p>3,5~Go</p>");
    // Not units.
    assert_eq!(fr("<p>les 3 témoins</p>"), "<p>les 3 témoins</p>");
    assert_eq!(fr("<p>de 2 mots</p>"), "<p>de 2 mots</p>");
}

#[test]
fn thousands() {
    assert_eq!(
        show(&fr("<p>7 117 907 visites</p>")),
        "<p>7~117~907 visites</p>"
    );
    assert_eq!(show(&fr("<p>1 000 km</p>")), "<p>1~000~km</p>");
    // Years, unformatted numbers and other digit runs stay as they are.
    for s in [
        "<p>le 29 janvier 2014</p>",
        "<p>en 2014 2015</p>",
        "<p>613 555 1234</p>",
        "<p>2 800 282-1376</p>",
        "<p>1 800 282-13765</p>",
        "<p>12 418 644-4545</p>",
        "<p>1 2 3</p>",
        "<p>K1A 0H3</p>",
    ] {
        assert_eq!(fr(s), s);
    }
}

#[test]
fn telephone_numbers_do_not_break() {
    assert_eq!(show(&fr("<p>1 800 282-1376</p>")), "<p>1~800~282-1376</p>");
    assert_eq!(
        show(&fr(
            "<p>Téléphone : <a href=\"tel:+14186444545\">418 644-4545</a></p>"
        )),
        "<p>Téléphone~: <a href=\"tel:+14186444545\">418~644-4545</a></p>"
    );
}

#[test]
fn attributes_and_code_untouched() {
    let s = "<a href=\"http://x.ca/a:b\" title=\"Note : 'x'\">x</a>";
    assert_eq!(fr(s), s);
    assert_eq!(fr("<code>a : b</code>"), "<code>a : b</code>");
    assert_eq!(fr("<pre>a : \"b\"</pre>"), "<pre>a : \"b\"</pre>");
    assert_eq!(
        fr("<script>if (a ? b : c) {}</script>"),
        "<script>if (a ? b : c) {}</script>"
    );
    assert_eq!(
        fr("<style>a:hover { x : y }</style>"),
        "<style>a:hover { x : y }</style>"
    );
    assert_eq!(fr("<!-- Note : x -->"), "<!-- Note : x -->");
    assert_eq!(
        fr("<p translate=\"no\">Note : x</p><p>Note : y</p>"),
        format!("<p translate=\"no\">Note : x</p><p>Note{NBSP}: y</p>")
    );
    assert_eq!(
        fr("<div class=\"a notranslate\"><div>Note : x</div></div>"),
        "<div class=\"a notranslate\"><div>Note : x</div></div>"
    );
    assert_eq!(
        fr("<time datetime=\"2014-01-29T14:30\">14 h 30</time>"),
        format!("<time datetime=\"2014-01-29T14:30\">14{NBSP}h{NBSP}30</time>")
    );
}

#[test]
fn code_is_a_word_of_its_sentence() {
    assert_eq!(
        show(&fr("<p>la commande <code>ls</code> : liste</p>")),
        "<p>la commande <code>ls</code>~: liste</p>"
    );
}

#[test]
fn title_is_text() {
    assert_eq!(
        show(&fr("<title>Avis : confidentialité</title>")),
        "<title>Avis~: confidentialité</title>"
    );
}

#[test]
fn markup_characters_never_appear() {
    // Removing a space must not glue `&amp` and `;` into a reference.
    assert_eq!(fr("<p>&amp ;</p>"), "<p>&amp ;</p>");
    assert_eq!(fr("<p>a &#38 ;</p>"), "<p>a &#38 ;</p>");
    assert_eq!(fr("<p>a < ?</p>"), "<p>a < ?</p>");
}

#[test]
fn idempotent_on_examples() {
    for s in [
        "<p>\"\"x\" y\"</p>",
        "<p>« Note:»</p>",
        "<p>x\":\"y</p>",
        "<p>Quoi ? ! \"a\" ; b</p>",
    ] {
        for o in [
            Options::default(),
            Options {
                narrow_nbsp_before_punct: true,
            },
        ] {
            let once = apply(s, Lang::Fr, &o);
            assert_eq!(apply(&once, Lang::Fr, &o), once, "{s}");
        }
    }
}

#[test]
fn check_finds_violations() {
    let text = "Note : l'adresse \"IP\" ; « témoin » Pourquoi ?";
    let found = check_french_text(text);
    let rules: Vec<&str> = found.iter().map(|f| f.1).collect();
    assert_eq!(
        rules,
        [
            rule::SPACE_BEFORE_COLON,
            rule::STRAIGHT_APOSTROPHE,
            rule::STRAIGHT_QUOTE,
            rule::STRAIGHT_QUOTE,
            rule::SPACE_BEFORE_PUNCTUATION,
            rule::SPACE_INSIDE_GUILLEMETS,
            rule::SPACE_INSIDE_GUILLEMETS,
            rule::SPACE_BEFORE_PUNCTUATION,
        ]
    );
    assert_eq!(found[0].0, 4);
    assert_eq!(&text[found[1].0..found[1].0 + 1], "'");
    assert!(check_french_text("Note\u{a0}: l’adresse «\u{a0}IP\u{a0}» Pourquoi?").is_empty());
    assert!(check_french_text("http://x.ca 14:30").is_empty());
}
