//! The language of the tool itself (issue #19, phase 1): its help, the
//! summaries it prints and the errors of its command line follow `--lang`,
//! else `LC_ALL`, `LC_MESSAGES` and `LANG`, else English.

mod common;
use common::*;
use std::path::Path;
use std::process::{Command, Output};

/// The binary with only the locale variables given (`common::policypress`
/// pins `LC_ALL=C`; here each test chooses).
fn with_locale(vars: &[(&str, &str)]) -> Command {
    let mut c = policypress();
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("NO_COLOR", "1");
    for (k, v) in vars {
        c.env(k, v);
    }
    c
}

fn run_with(vars: &[(&str, &str)], cwd: &Path, args: &[&str]) -> Output {
    with_locale(vars)
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

const FRENCH: &[(&str, &str)] = &[("LANG", "fr_CA.UTF-8")];

/// The headings clap would write in English, and ours in French (with the
/// no-break space French puts before a colon).
fn assert_french_help(text: &str) {
    for heading in ["Utilisation\u{a0}:", "Options\u{a0}:"] {
        assert!(text.contains(heading), "no {heading:?} in:\n{text}");
    }
    for english in ["Usage:", "Options:", "Commands:", "Print help", "[default:"] {
        assert!(
            !text.contains(english),
            "{english:?} in the French help:\n{text}"
        );
    }
}

#[test]
fn the_help_is_french_under_a_french_locale() {
    let o = run_with(FRENCH, &repo(), &["--help"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert_french_help(&text);
    assert!(text.contains("Commandes\u{a0}:"), "{text}");
    assert!(
        text.contains("Générer les pages françaises et anglaises de chaque politique"),
        "{text}"
    );
    assert!(text.contains("Afficher l’aide"), "{text}");
}

#[test]
fn lang_fr_gives_the_french_help_of_a_command() {
    let o = run_with(&[], &repo(), &["--lang", "fr", "build", "--help"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert_french_help(&text);
    assert!(text.contains("Exemple\u{a0}: policypress build"), "{text}");
    assert!(text.contains("[par\u{a0}défaut\u{a0}:\u{a0}.]"), "{text}");
    // The flag may come after the command, and short help is French too.
    let o = run_with(&[], &repo(), &["check", "-h", "--lang=fr"]);
    let text = stdout(&o);
    assert_french_help(&text);
    assert!(
        text.contains("[valeurs possibles\u{a0}: human, json]"),
        "{text}"
    );
}

#[test]
fn lang_en_overrides_a_french_locale() {
    let o = run_with(FRENCH, &repo(), &["--lang", "en", "build", "--help"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("Usage: policypress build"), "{text}");
    assert!(text.contains("Options:"), "{text}");
    assert!(
        text.contains("Build the English and French pages of every policy"),
        "{text}"
    );
    assert!(!text.contains("Utilisation"), "{text}");
}

#[test]
fn the_locale_variables_are_read_the_posix_way() {
    let speaks_french = |vars: &[(&str, &str)]| {
        let text = stdout(&run_with(vars, &repo(), &["--help"]));
        text.contains("Utilisation")
    };
    assert!(!speaks_french(&[]), "English without any locale");
    assert!(speaks_french(&[("LANG", "fr")]));
    assert!(speaks_french(&[("LANG", "fr_FR.UTF-8")]));
    assert!(!speaks_french(&[("LANG", "C")]));
    assert!(!speaks_french(&[("LANG", "de_DE.UTF-8")]));
    assert!(speaks_french(&[
        ("LC_MESSAGES", "fr_CA.UTF-8"),
        ("LANG", "en_CA.UTF-8")
    ]));
    assert!(!speaks_french(&[("LC_ALL", "C"), ("LANG", "fr_CA.UTF-8")]));
    assert!(speaks_french(&[("LC_ALL", "fr_CA.UTF-8"), ("LANG", "C")]));
    // An empty variable counts as unset.
    assert!(speaks_french(&[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")]));
}

#[test]
fn the_build_summary_follows_the_language() {
    let site = site("example");
    let root = site.path();
    let out = root.join("out");
    let args = ["build", "--out", out.to_str().unwrap()];
    let o = run_with(FRENCH, root, &args);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let line = err.lines().last().unwrap_or_default();
    assert!(
        line.starts_with("5 politiques générées et 2 avis de collecte ("),
        "{err}"
    );
    assert!(line.contains(" pages) dans "), "{err}");
    // Seconds with a decimal comma: « en 0,42 s ».
    let seconds = line.rsplit(" en ").next().unwrap_or_default();
    assert!(
        seconds.ends_with(" s") && seconds.contains(',') && !seconds.contains('.'),
        "{line}"
    );
    let o = run_with(
        FRENCH,
        root,
        &["--lang", "en", "build", "--out", out.to_str().unwrap()],
    );
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.starts_with("Built 5 policies and 2 collection notices ("),
        "{err}"
    );
}

#[test]
fn the_check_summary_and_the_errors_of_the_command_line_follow_the_language() {
    let site = site("example");
    let o = run_with(FRENCH, site.path(), &["check"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("vérification réussie\u{a0}: 0 erreur, "),
        "{err}"
    );

    let empty = tempfile::tempdir().unwrap();
    let o = run_with(FRENCH, empty.path(), &["new", "survey"]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.starts_with("erreur\u{a0}: "), "{err}");
    assert!(err.contains("n’est pas un site"), "{err}");
    let o = run_with(FRENCH, empty.path(), &["--lang", "en", "new", "survey"]);
    let err = stderr(&o);
    assert!(
        err.starts_with("error: ") && err.contains("is not a site"),
        "{err}"
    );
}

#[test]
fn init_reports_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("site");
    let o = run_with(FRENCH, dir.path(), &["init", target.to_str().unwrap()]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("  créé\u{a0}: "), "{err}");
    assert!(err.contains("Étape suivante\u{a0}: "), "{err}");
}

#[test]
fn a_mistyped_command_line_is_reported_in_the_tools_language() {
    let o = run_with(FRENCH, &repo(), &["buil"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.starts_with("erreur\u{a0}: commande inconnue\u{a0}: `buil`"),
        "{err}"
    );
    assert!(
        err.contains("conseil\u{a0}: une commande semblable existe\u{a0}: `build`"),
        "{err}"
    );
    assert!(err.contains("Utilisation\u{a0}: policypress"), "{err}");
    // An unknown --lang is refused in the environment's language.
    let o = run_with(FRENCH, &repo(), &["--lang", "de", "check"]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("valeur non valide pour `--lang <LANG>`\u{a0}: `de`"),
        "{err}"
    );
    assert!(err.contains("[valeurs possibles\u{a0}: en, fr]"), "{err}");
    let o = run_with(FRENCH, &repo(), &["--lang", "en", "build", "--bogus"]);
    let err = stderr(&o);
    assert!(
        err.starts_with("error: unexpected argument `--bogus` found"),
        "{err}"
    );
    assert!(err.contains("Usage: policypress build"), "{err}");
}
