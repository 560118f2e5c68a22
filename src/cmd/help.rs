//! The command line's help in the tool's language.
//!
//! clap's derive gives the structure (commands, arguments, defaults,
//! possible values) and English doc comments; every text a reader sees is
//! then replaced by the catalogs' `help-…` messages, named after the
//! structure so a new argument without its message fails the tests:
//! `help-about` (the program), `help-cmd-<path>` and `help-cmd-<path>-long`
//! (a command, `<path>` its names joined by `-`), `help-<path>-<arg>` (an
//! argument), `help-<path>-<arg>-<value>` (a possible value) and
//! `help-global-<arg>` (the arguments every command has). clap's own words
//! are replaced where its builder allows: the headings (the template's
//! `Usage:`, and `Commands:`, `Arguments:`, `Options:` as help headings)
//! and the `[default: …]` and `[possible values: …]` notes (hidden, and
//! written by us), `<COMMAND>` (`subcommand_value_name`), and the parse
//! errors ([`Errors`]). What remains clap's is the usage line's
//! `[OPTIONS]` and the value names (`<ROOT>`).

use clap::builder::{Arg, Command, StyledStr};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use policypress::tool_text::{self, Value};

/// Arguments every command has, worded once.
const GLOBAL: &[&str] = &["lang", "quiet", "verbose", "color", "help", "version"];

fn text(id: &str) -> String {
    tool_text::text(id, &[])
}

/// A heading from the catalog without its colon, which clap adds
/// (French writes « Options : » with a no-break space, so the catalog
/// says `Options :` and clap gets `Options\u{a0}`).
fn heading(id: &str) -> String {
    let t = text(id);
    t.strip_suffix(':').unwrap_or(&t).to_string()
}

/// The built command line, every text worded in the tool's language.
pub fn command(mut cmd: Command) -> Command {
    // Built first, so the help flags and the `help` command clap adds
    // exist and are worded too, and the global arguments are copied
    // into each command.
    cmd.build();
    localize(cmd, "")
}

/// The message id of the command at `path` ("" is the program).
pub fn about_id(path: &str) -> String {
    if path.is_empty() {
        "help-about".to_string()
    } else {
        format!("help-cmd-{path}")
    }
}

/// The message id of argument `arg` of the command at `path`.
pub fn arg_id(path: &str, arg: &str) -> String {
    let arg = arg.replace('_', "-");
    if GLOBAL.contains(&arg.as_str()) || path.is_empty() {
        format!("help-global-{arg}")
    } else {
        format!("help-{path}-{arg}")
    }
}

/// The path under which a command's texts are found: clap's `help`
/// command holds a copy of the tree it explains, so `help build` (the
/// path `help-build`) is worded as `build`, and every `help` as `help`.
fn text_path(path: &str) -> String {
    let segments: Vec<&str> = path.split('-').filter(|s| !s.is_empty()).collect();
    match segments.iter().position(|s| *s == "help") {
        Some(i) if i + 1 == segments.len() => "help".to_string(),
        Some(i) => {
            let mut rest = segments.clone();
            rest.remove(i);
            text_path(&rest.join("-"))
        }
        None => path.to_string(),
    }
}

fn localize(cmd: Command, path: &str) -> Command {
    let words = text_path(path);
    let about = about_id(&words);
    let long = format!("{about}-long");
    let long_about = match tool_text::has(tool_text::lang(), &long) {
        true => clap::builder::Resettable::Value(StyledStr::from(text(&long))),
        false => clap::builder::Resettable::Reset,
    };
    let usage = text("help-heading-usage");
    let style = clap::builder::Styles::default();
    let usage_style = style.get_usage();
    let template = StyledStr::from(format!(
        "{{before-help}}{{about-with-newline}}\n{}{usage}{} {{usage}}\n\n{{all-args}}{{after-help}}",
        usage_style.render(),
        usage_style.render_reset()
    ));
    let (arguments, options) = (
        heading("help-heading-arguments"),
        heading("help-heading-options"),
    );
    // The command's own arguments first, in the order they are
    // declared, then those every command has (clap would mix them:
    // each copy keeps its place in the program's list).
    let mut order = 0;
    let cmd = cmd
        .about(text(&about))
        .long_about(long_about)
        .help_template(template)
        .subcommand_help_heading(heading("help-heading-commands"))
        .subcommand_value_name(text("help-value-command"))
        .mut_args(|a| {
            order += 1;
            let heading = if a.is_positional() {
                &arguments
            } else {
                &options
            };
            let shared = GLOBAL.contains(&a.get_id().as_str());
            localize_arg(a, &words)
                .help_heading(heading.clone())
                .display_order(if shared { 1000 + order } else { order })
        });
    cmd.mut_subcommands(|sub| {
        let name = sub.get_name().to_string();
        let sub_path = if path.is_empty() {
            name
        } else {
            format!("{path}-{name}")
        };
        localize(sub, &sub_path)
    })
}

fn localize_arg(arg: Arg, path: &str) -> Arg {
    let name = arg.get_id().as_str().to_string();
    let id = arg_id(path, &name);
    let help = text(&id);
    let mut short = help.clone();
    let mut long = help;
    if arg.get_action().takes_values() {
        let values = arg.get_possible_values();
        let values: Vec<_> = values.iter().filter(|v| !v.is_hide_set()).collect();
        if !values.is_empty() {
            let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
            let list = names.join(", ");
            short.push(' ');
            short.push_str(&tool_text::text(
                "help-possible-values",
                &[("values", Value::from(list))],
            ));
            long.push_str("\n\n");
            long.push_str(&text("help-possible-values-long"));
            for v in &names {
                long.push('\n');
                long.push_str(&tool_text::text(
                    "help-possible-value",
                    &[
                        ("value", Value::from(*v)),
                        ("help", Value::from(text(&format!("{id}-{v}")))),
                    ],
                ));
            }
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() {
            let note = tool_text::text(
                "help-default",
                &[("value", Value::from(defaults.join(" ")))],
            );
            short.push(' ');
            short.push_str(&note);
            long.push_str("\n\n");
            long.push_str(&note);
        }
    }
    arg.help(short)
        .long_help(long)
        .hide_possible_values(true)
        .hide_default_value(true)
}

/// clap's parse errors (`unexpected argument`, `invalid value`…)
/// worded from the catalogs (`clap-…` messages) instead of by clap's
/// `RichFormatter`, whose words are fixed English. The same facts, in
/// the same order: what is wrong, a suggestion, the usage line, where
/// to read more.
pub struct Errors;

fn context(e: &clap::error::Error<Errors>, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(list) => Some(list.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn say(id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, Value)> = args
        .iter()
        .map(|(k, v)| (*k, Value::from(v.as_str())))
        .collect();
    tool_text::text(id, &args)
}

/// What is wrong, in one sentence (plus a list for some kinds).
fn what(e: &clap::error::Error<Errors>) -> String {
    let arg = || context(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = || context(e, ContextKind::InvalidValue).unwrap_or_default();
    // "[possible values: …]" / "[commands: …]" on a line of its own.
    let valid = |kind, id: &str| {
        context(e, kind)
            .filter(|v| !v.is_empty())
            .map(|v| format!("\n  {}", say(id, &[("values", v)])))
            .unwrap_or_default()
    };
    match e.kind() {
        ErrorKind::ArgumentConflict => {
            let prior = match e.get(ContextKind::PriorArg) {
                Some(ContextValue::String(p)) if *p == arg() => None,
                Some(ContextValue::String(p)) => Some(format!("`{p}`")),
                Some(ContextValue::Strings(list)) => Some(
                    list.iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                _ => Some(text("clap-other-arguments")),
            };
            match prior {
                None => say("clap-argument-repeated", &[("arg", arg())]),
                Some(others) => say(
                    "clap-argument-conflict",
                    &[("arg", arg()), ("others", others)],
                ),
            }
        }
        ErrorKind::NoEquals => say("clap-no-equals", &[("arg", arg())]),
        ErrorKind::InvalidValue if value().is_empty() => {
            say("clap-value-missing", &[("arg", arg())])
        }
        ErrorKind::InvalidValue => {
            say("clap-value-invalid", &[("arg", arg()), ("value", value())])
                + &valid(ContextKind::ValidValue, "help-possible-values")
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            say(
                "clap-value-rejected",
                &[("arg", arg()), ("value", value()), ("reason", reason)],
            )
        }
        ErrorKind::InvalidSubcommand => say(
            "clap-command-unknown",
            &[(
                "command",
                context(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
            )],
        ),
        ErrorKind::MissingSubcommand => {
            say(
                "clap-command-missing",
                &[(
                    "command",
                    context(e, ContextKind::InvalidSubcommand).unwrap_or_default(),
                )],
            ) + &valid(ContextKind::ValidSubcommand, "clap-commands")
        }
        ErrorKind::MissingRequiredArgument => say("clap-required-missing", &[("args", arg())]),
        ErrorKind::TooManyValues => say(
            "clap-value-unexpected",
            &[("arg", arg()), ("value", value())],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            say("clap-value-count", &[("arg", arg())])
        }
        ErrorKind::UnknownArgument => say("clap-argument-unknown", &[("arg", arg())]),
        ErrorKind::InvalidUtf8 => text("clap-invalid-utf8"),
        _ => match std::error::Error::source(e) {
            Some(source) => source.to_string(),
            None => text("clap-unreadable"),
        },
    }
}

impl clap::error::ErrorFormatter for Errors {
    fn format_error(e: &clap::error::Error<Self>) -> StyledStr {
        let mut out = say("cli-error", &[("message", what(e))]);
        let similar = [
            (ContextKind::SuggestedSubcommand, "clap-tip-command"),
            (ContextKind::SuggestedArg, "clap-tip-argument"),
            (ContextKind::SuggestedValue, "clap-tip-value"),
        ];
        let mut tips: Vec<String> = similar
            .into_iter()
            .filter_map(|(kind, id)| Some(say(id, &[("value", context(e, kind)?)])))
            .collect();
        if let Some(ContextValue::StyledStrs(list)) = e.get(ContextKind::Suggested) {
            tips.extend(
                list.iter()
                    .map(|t| say("clap-tip", &[("tip", t.to_string())])),
            );
        }
        if !tips.is_empty() {
            out.push('\n');
            for tip in tips {
                out.push_str("\n  ");
                out.push_str(&tip);
            }
        }
        if let Some(usage) = context(e, ContextKind::Usage) {
            // clap's usage line, with its `Usage:` in the tool's language.
            let line = usage.strip_prefix("Usage:").unwrap_or(&usage).trim_start();
            out.push_str("\n\n");
            out.push_str(&text("help-heading-usage"));
            out.push(' ');
            out.push_str(line);
        }
        out.push_str("\n\n");
        out.push_str(&text("clap-more-information"));
        out.push('\n');
        StyledStr::from(out)
    }
}

/// Every message id the command line's help uses, for the tests.
#[cfg(test)]
pub fn ids(cmd: &Command, path: &str, out: &mut Vec<String>) {
    let words = text_path(path);
    out.push(about_id(&words));
    for a in cmd.get_arguments() {
        let id = arg_id(&words, a.get_id().as_str());
        if a.get_action().takes_values() {
            for v in a.get_possible_values().iter().filter(|v| !v.is_hide_set()) {
                out.push(format!("{id}-{}", v.get_name()));
            }
        }
        out.push(id);
    }
    for sub in cmd.get_subcommands() {
        let sub_path = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path}-{}", sub.get_name())
        };
        ids(sub, &sub_path, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::cmd::args::{lang_flag, Cli};
    use crate::cmd::help;
    use clap::CommandFactory;
    use policypress::model::Lang;
    use policypress::tool_text;

    /// Held by the tests that change the process's language, which is one
    /// for all the tests running at the same time.
    static LANGUAGE: std::sync::Mutex<()> = std::sync::Mutex::new(());

    fn help_ids() -> Vec<String> {
        let mut cmd = Cli::command();
        cmd.build();
        let mut ids = Vec::new();
        help::ids(&cmd, "", &mut ids);
        ids.sort();
        ids.dedup();
        ids
    }

    /// clap's words the help replaces, named by the code rather than by
    /// the commands' structure.
    const FIXED: &[&str] = &[
        "help-heading-usage",
        "help-heading-commands",
        "help-heading-arguments",
        "help-heading-options",
        "help-default",
        "help-possible-values",
        "help-possible-values-long",
        "help-possible-value",
        "help-value-command",
    ];

    #[test]
    fn every_command_argument_and_value_has_its_help_in_both_languages() {
        let ids = help_ids();
        assert!(ids.len() > 40, "{ids:?}");
        for id in ids.iter().map(String::as_str).chain(FIXED.iter().copied()) {
            for lang in Lang::ALL {
                assert!(
                    tool_text::has(lang, id),
                    "`{id}` is missing in tool-locales/{lang}/help.ftl"
                );
            }
        }
    }

    #[test]
    fn every_help_message_belongs_to_a_command_argument_or_value() {
        let ids = help_ids();
        for (_, text) in tool_text::catalog_files(Lang::En) {
            for line in text.lines() {
                let Some((id, _)) = line.split_once(" =") else {
                    continue;
                };
                if !id.starts_with("help-") || id.contains(' ') {
                    continue;
                }
                let id = id.strip_suffix("-long").unwrap_or(id);
                assert!(
                    ids.iter().any(|i| i == id) || FIXED.contains(&id),
                    "`{id}` names no command, argument or value"
                );
            }
        }
    }

    #[test]
    fn the_words_of_clap_errors_exist_in_both_languages_and_are_all_used() {
        let source = include_str!("help.rs");
        let named: std::collections::BTreeSet<&str> = source
            .split('"')
            .filter(|s| s.starts_with("clap-") && s.len() > 5 && !s.contains(' '))
            .collect();
        assert!(named.len() > 15, "{named:?}");
        for id in &named {
            for lang in Lang::ALL {
                assert!(tool_text::has(lang, id), "`{id}` is missing in {lang}");
            }
        }
        for (_, text) in tool_text::catalog_files(Lang::En) {
            for line in text.lines().filter(|l| l.starts_with("clap-")) {
                let id = line.split(' ').next().unwrap_or(line);
                assert!(named.contains(id), "`{id}` is used nowhere");
            }
        }
    }

    #[test]
    fn parse_errors_are_worded_in_the_tools_language() {
        let _one_language_at_a_time = LANGUAGE.lock();
        let error = |lang, argv: &[&str]| {
            tool_text::set_lang(lang);
            let e = help::command(Cli::command())
                .try_get_matches_from(argv)
                .expect_err("a parse error");
            let text = e.apply::<help::Errors>().to_string();
            tool_text::set_lang(Lang::En);
            text
        };
        let fr = error(Lang::Fr, &["policypress", "buil"]);
        assert!(
            fr.starts_with("erreur\u{a0}: commande inconnue\u{a0}: `buil`"),
            "{fr}"
        );
        assert!(
            fr.contains("`build`") && fr.contains("Utilisation\u{a0}: policypress"),
            "{fr}"
        );
        let en = error(Lang::En, &["policypress", "check", "--format", "xml"]);
        assert!(
            en.starts_with("error: invalid value `xml` for `--format <FORMAT>`"),
            "{en}"
        );
        assert!(en.contains("[possible values: human, json]"), "{en}");
        let fr = error(Lang::Fr, &["policypress", "-q", "-v", "rules"]);
        assert!(fr.contains("ne peut être utilisé avec `--verbose`"), "{fr}");
    }

    fn args(list: &[&str]) -> Vec<std::ffi::OsString> {
        list.iter().map(|s| (*s).into()).collect()
    }

    #[test]
    fn lang_is_read_before_parsing_wherever_it_is() {
        assert_eq!(
            lang_flag(args(&["pp", "--lang", "fr", "build"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_flag(args(&["pp", "build", "--lang=fr", "--help"])),
            Some(Lang::Fr)
        );
        assert_eq!(
            lang_flag(args(&["pp", "--lang", "fr", "--lang", "en"])),
            Some(Lang::En)
        );
        assert_eq!(lang_flag(args(&["pp", "build"])), None);
        // An unknown value is clap's to refuse; after `--` nothing is an option.
        assert_eq!(lang_flag(args(&["pp", "--lang", "de"])), None);
        assert_eq!(lang_flag(args(&["pp", "diff", "--", "--lang", "fr"])), None);
    }

    #[test]
    fn the_help_is_built_in_both_languages_without_panicking() {
        let _one_language_at_a_time = LANGUAGE.lock();
        for lang in Lang::ALL {
            tool_text::set_lang(lang);
            let mut cmd = help::command(Cli::command());
            let text = cmd.render_long_help().to_string();
            let usage = tool_text::text_in(lang, "help-heading-usage", &[]);
            assert!(text.contains(&usage), "{text}");
            cmd.debug_assert();
        }
        tool_text::set_lang(Lang::En);
    }
}
