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
fn init_writes_the_starters_comments_in_the_tools_language() {
    let files = [
        "content/site.yaml",
        "content/profiles/quebec-base.yaml",
        "content/policies/privacy-policy.yaml",
        "content/notices/contact-form-notice.yaml",
    ];
    let comments = |dir: &Path| -> String {
        files
            .iter()
            .map(|f| std::fs::read_to_string(dir.join(f)).unwrap_or_default())
            .flat_map(|t| {
                t.lines()
                    .filter(|l| l.trim_start().starts_with('#'))
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let tmp = tempfile::tempdir().unwrap();
    let french = tmp.path().join("fr");
    let o = run_with(FRENCH, tmp.path(), &["init", "fr", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = comments(&french);
    for line in [
        "# Votre organisme, tel qu’il paraît en haut des pages.",
        "# Les témoins, et les services externes qu’utilise votre site. Rien n’est écrit",
        "# L’adresse de votre site Web. Remplacez l’exemple par la vôtre, en conservant",
    ] {
        assert!(text.contains(line), "no {line:?} in:\n{text}");
    }
    // No English sentence (the headers were bilingual).
    for english in ["Your ", "What ", "Replace ", "Site settings"] {
        let found = text.lines().find(|l| l.contains(english));
        assert!(found.is_none(), "English in French comments: {found:?}");
    }
    assert!(text.starts_with("# Paramètres du site\u{a0}:"), "{text}");
    // --lang en over the French locale: English comments, the same data.
    let english = tmp.path().join("en");
    let o = run_with(FRENCH, tmp.path(), &["--lang", "en", "init", "en", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = comments(&english);
    assert!(text.contains("# Your public body, as shown at the top of the pages."));
    assert!(!text.contains("Votre organisme"), "{text}");
    for f in files {
        let data = |dir: &Path| -> serde_yaml::Value {
            serde_yaml::from_str(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap()
        };
        assert_eq!(data(&french), data(&english), "{f}");
    }
}

#[test]
fn new_and_schema_describe_the_keys_in_the_tools_language() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run_with(FRENCH, tmp.path(), &["init", ".", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run_with(FRENCH, tmp.path(), &["new", "complet", "--full", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(tmp.path().join("content/policies/complet.yaml")).unwrap();
    for french in [
        "# Politique `complet`, écrite par `policypress new`.",
        "# Le titre de la page dans les deux langues.\n# Obligatoire.\ntitle:",
        "# Facultatif\u{a0}: supprimez cette clé si elle ne s’applique pas.",
        "# Une valeur parmi\u{a0}:",
    ] {
        assert!(text.contains(french), "no {french:?} in:\n{text}");
    }
    for english in ["# Required.", "# One of:", "# Optional", "# The page"] {
        assert!(!text.contains(english), "{english:?} in:\n{text}");
    }
    // The short file too, whatever the site's source language.
    let o = run_with(FRENCH, tmp.path(), &["--lang", "en", "new", "short", "-q"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(tmp.path().join("content/policies/short.yaml")).unwrap();
    assert!(
        text.contains("# - Replace each TODO with the real value."),
        "{text}"
    );
    // The schema an editor reads.
    let o = run_with(FRENCH, tmp.path(), &["schema", "site"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        schema["description"],
        "Les paramètres qui s’appliquent à chaque page du site."
    );
    let o = run_with(FRENCH, tmp.path(), &["--lang", "en", "schema", "site"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        schema["description"],
        "Settings that apply to every page of the site."
    );
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

/// The English text of every message of the tool's catalogs that is long
/// enough to be a sentence of its own: the parts between `{ … }` of each
/// one-line message with at least three words. A French run must print
/// none of them.
fn english_sentences() -> Vec<String> {
    let mut out = Vec::new();
    let dir = repo().join("tool-locales/en");
    for entry in std::fs::read_dir(&dir).expect("tool-locales/en") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).unwrap_or_default();
        for line in text.lines() {
            if line.starts_with('#') || line.starts_with(' ') {
                continue;
            }
            let Some((_, value)) = line.split_once(" = ") else {
                continue;
            };
            let mut depth = 0usize;
            let mut part = String::new();
            let mut keep = |part: &mut String| {
                let p = part.trim();
                if p.split_whitespace().count() >= 3 {
                    out.push(p.to_string());
                }
                part.clear();
            };
            for c in value.chars() {
                match c {
                    '{' => {
                        if depth == 0 {
                            keep(&mut part);
                        }
                        depth += 1;
                    }
                    '}' => depth = depth.saturating_sub(1),
                    _ if depth == 0 => part.push(c),
                    _ => {}
                }
            }
            keep(&mut part);
        }
    }
    out
}

/// What locates a diagnostic and names its words, whatever the language.
fn shape(d: &serde_json::Value) -> String {
    format!(
        "{} {} {}:{} {} {}",
        d["code"], d["file"], d["line"], d["column"], d["message_id"], d["hint_id"]
    )
}

/// Each site under `tests/fixtures/mistakes/` is full of mistakes of one
/// kind (with no `translations.lock`: the test records one first). Checked in French, its diagnostics have the same codes, files,
/// lines, columns and message ids as in English; every message and hint
/// comes from the catalogs (an id in `--format json`) and reads
/// differently in French; and the French report (a terminal's) holds no
/// sentence of the English catalog and no English label (`error[`,
/// `help:`).
#[test]
fn the_diagnostics_of_every_mistake_site_are_french_under_a_french_locale() {
    let english = english_sentences();
    assert!(
        english.len() > 50,
        "English sentences found: {}",
        english.len()
    );
    let mut sites = 0;
    let mut seen = 0;
    for entry in std::fs::read_dir(repo().join("tests/fixtures/mistakes")).expect("the fixtures") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        let site = site(&format!("mistakes/{name}"));
        // A fixture's own `locales/` or `themes/` (a broken template, a bad
        // message) replaces the example's.
        for folder in ["locales", "themes"] {
            let own = repo()
                .join("tests/fixtures/mistakes")
                .join(&*name)
                .join(folder);
            if own.is_dir() {
                let _ = std::fs::remove_dir_all(site.path().join(folder));
                copy_dir(&own, &site.path().join(folder));
            }
        }
        // The translations reviewed, as a site's author would have them: a
        // fixture with no error needs no lock of its own (one kept there
        // goes stale with every change of the built-in wording); one with
        // errors keeps its lock, since `--accept` refuses to record then.
        run_with(&[], site.path(), &["check", "--accept", "all"]);
        let json_in = |lang: &str| -> serde_json::Value {
            let o = run_with(
                &[],
                site.path(),
                &["--lang", lang, "check", "--format", "json"],
            );
            serde_json::from_slice(&o.stdout)
                .unwrap_or_else(|e| panic!("{name}: no JSON ({e}): {}", stdout(&o)))
        };
        let (en, fr) = (json_in("en"), json_in("fr"));
        let (en, fr) = (
            en["diagnostics"].as_array().expect("a list").clone(),
            fr["diagnostics"].as_array().expect("a list").clone(),
        );
        assert!(!en.is_empty(), "{name}: the site has no mistake");
        assert_eq!(
            en.iter().map(shape).collect::<Vec<_>>(),
            fr.iter().map(shape).collect::<Vec<_>>(),
            "{name}: the French report differs in more than its words"
        );
        for (e, f) in en.iter().zip(&fr) {
            assert!(
                f["message_id"].is_string(),
                "{name}: a message not from the catalogs: {f:#}"
            );
            assert!(
                f["hint"].is_null() || f["hint_id"].is_string(),
                "{name}: a hint not from the catalogs: {f:#}"
            );
            assert_ne!(
                e["message"], f["message"],
                "{name}: the same in both languages"
            );
            seen += 1;
        }
        let human = run_with(FRENCH, site.path(), &["check"]);
        let text = format!("{}{}", stdout(&human), stderr(&human));
        for label in ["error[", "warning[", "help:"] {
            assert!(!text.contains(label), "{name}: {label:?} in:\n{text}");
        }
        for sentence in &english {
            assert!(
                !text.contains(sentence.as_str()),
                "{name}: the English {sentence:?} in the French report:\n{text}"
            );
        }
        sites += 1;
    }
    assert!(
        sites >= 1 && seen >= sites,
        "{sites} sites, {seen} diagnostics"
    );
}

/// The build's refusals of an output folder (src/output/) are worded in
/// the tool's language: an output holding an author's files, one that is
/// the site itself.
#[test]
fn the_output_folders_refusals_are_french_under_a_french_locale() {
    let site = site("minimal");
    let root = site.path();
    let out = root.join("u");
    write(&out, "thesis.txt", "my thesis");
    write(&out, "photos/p.jpg", "jpeg");
    let o = run_with(FRENCH, root, &["build", "--quiet", "--out", "u"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "le dossier de sortie `u` contient 2 éléments que policypress n’a pas écrits (`photos/`, `thesis.txt`)"
        ),
        "{err}"
    );
    assert!(err.contains("conseil\u{a0}: rien n’a été modifié"), "{err}");
    assert!(!err.contains("did not write"), "{err}");
    assert!(out.join("thesis.txt").exists());
    let o = run_with(FRENCH, root, &["build", "--quiet", "--out", "."]);
    let err = stderr(&o);
    assert!(
        err.contains("le dossier de sortie `.` est la racine du site ou la contient"),
        "{err}"
    );
    assert!(
        err.contains("indiquez un autre dossier avec --out"),
        "{err}"
    );
    // The same refusal in English names it the same way in JSON.
    let json = |lang: &str| -> serde_json::Value {
        let o = run_with(
            &[],
            root,
            &["--lang", lang, "build", "--out", "u", "--format", "json"],
        );
        serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("no JSON ({e}): {}", stdout(&o)))
    };
    let (en, fr) = (json("en"), json("fr"));
    let first = |v: &serde_json::Value, k: &str| {
        v["diagnostics"]
            .as_array()
            .and_then(|l| l.iter().find(|d| d["code"] == "foreign-output"))
            .map(|d| d[k].clone())
            .unwrap_or_default()
    };
    assert_eq!(first(&en, "message_id"), "output-foreign");
    assert_eq!(first(&fr, "message_id"), "output-foreign");
    assert_eq!(first(&en, "hint_id"), "output-foreign-hint");
    assert_eq!(first(&en, "args")["count"], 2);
    assert_ne!(first(&en, "message"), first(&fr, "message"));
}
