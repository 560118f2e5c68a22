//! The command line's structure (clap's derive: commands, arguments,
//! defaults, possible values) and what reads it: the `--lang` read before
//! parsing, the mapping of argument values to the library's types, the
//! `--base-url` check. The help's words are `help.rs`'s.

use clap::{Parser, Subcommand, ValueEnum};
use policypress::model::Url;
use policypress::t;
use std::path::PathBuf;
use std::process::ExitCode;

/// Turns structured privacy-policy data into matching English and French
/// web pages.
#[derive(Parser, Debug)]
#[command(name = "policypress", version, about, long_about = None)]
pub(crate) struct Cli {
    /// The language of the tool's messages and help (default: from
    /// LC_ALL, LC_MESSAGES or LANG, else English). Read before parsing, by
    /// `lang_flag`, so that the help and parse errors are in it too.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub(crate) lang: Option<LangArg>,
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub(crate) quiet: bool,
    /// Print more detail (timings).
    #[arg(short, long, global = true)]
    pub(crate) verbose: bool,
    /// When to color messages: `auto` (on a terminal, unless NO_COLOR is
    /// set), `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    pub(crate) color: ColorArg,
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Create a new site that builds at once, filled with example values to
    /// replace.
    ///
    /// Writes content/site.yaml, a profile holding the organization, its
    /// contacts and what the jurisdiction's policies share, one policy
    /// extending it, the translations lock and a .gitignore. The new site
    /// builds at once; `check` lists each example value to replace
    /// (`example-value` warnings), and `check --strict` fails until each is
    /// replaced by the organization's own.
    ///
    /// Example: policypress init my-site --jurisdiction quebec
    Init {
        /// The folder to create the site in.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Whose privacy law the organization answers to.
        #[arg(short, long, value_enum, default_value_t = JurisdictionArg::Quebec)]
        jurisdiction: JurisdictionArg,
        /// Accept a non-empty folder (existing files are never overwritten).
        #[arg(long)]
        force: bool,
    },
    /// Write a new policy file holding what you must decide, to fill in.
    ///
    /// Creates content/policies/<ID>.yaml extending the site's profile:
    /// only what the profile does not give, with TODO wherever you must
    /// decide and comments in the tool's language. With --full,
    /// every key of a policy, explained (the profile's keys commented out).
    /// Never overwrites a file.
    ///
    /// Example: policypress new accessibility-survey --extends quebec-base --jurisdiction quebec
    New {
        /// The policy id: lower-case letters a-z, digits and hyphens. It
        /// names the file and, unless `slug` says otherwise, the pages.
        id: String,
        /// A profile of content/profiles/ the policy inherits from.
        #[arg(short, long, value_name = "PROFILE")]
        extends: Option<String>,
        /// Whose privacy law applies: fills in `kind`, `jurisdiction`,
        /// the main act and the oversight body.
        #[arg(short, long, value_enum)]
        jurisdiction: Option<JurisdictionArg>,
        /// The site's root folder (the one holding content/).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Write every key of a policy, explained, rather than only what
        /// the profile leaves to decide.
        #[arg(long)]
        full: bool,
        /// The kind of document: a privacy policy (content/policies/) or
        /// the collection notice of one form (content/notices/).
        #[arg(short, long, value_enum, default_value = "policy")]
        kind: KindArg,
    },
    /// Build the English and French pages of every policy.
    ///
    /// Example: policypress build --root my-site --out my-site/public
    Build {
        /// The site's root folder (the one holding content/).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: <root>/public). Replaced
        /// atomically: a failed build leaves the previous output untouched.
        /// A folder holding files policypress did not write is refused
        /// (see --overwrite and `keep:` in content/site.yaml).
        #[arg(short, long)]
        out: Option<PathBuf>,
        /// Publish under this base URL instead of the site's `base_url`.
        #[arg(short, long)]
        base_url: Option<String>,
        /// Output format: `human` messages, or one JSON document on
        /// standard output (what was built and kept, timings, diagnostics).
        #[arg(short, long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Replace an output folder holding files policypress did not
        /// write: they are deleted, except the paths `keep:` lists.
        #[arg(long)]
        overwrite: bool,
    },
    /// Check the site and report every problem, with file and line.
    ///
    /// Example: policypress check --strict --format json
    Check {
        /// The site's root folder.
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Fail on warnings too.
        #[arg(short, long)]
        strict: bool,
        /// Check the site as published under this base URL instead of the
        /// site's `base_url` (as `build --base-url` publishes it).
        #[arg(short, long)]
        base_url: Option<String>,
        /// Record that the translations of a policy (`<id>`), of one text
        /// (`<id>:<key>`), of the messages (`messages` or a message id), or
        /// of everything (`all`) were reviewed; writes content/translations.lock.
        #[arg(long, value_name = "WHAT")]
        accept: Vec<String>,
    },
    /// Preview the site live: rebuild on every save, reload open browsers.
    ///
    /// Serves from memory (never writes public/), on loopback unless --bind
    /// says otherwise. /_preview/ lists every policy with its problems and
    /// shows each one's English and French pages side by side.
    ///
    /// Example: policypress serve --port 4000 --open
    Serve {
        /// The site's root folder.
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(short, long, default_value_t = 4000)]
        port: u16,
        /// Address to listen on. Anything but loopback exposes the preview
        /// to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Open the preview in the default browser.
        #[arg(long)]
        open: bool,
        /// Milliseconds to let a burst of file events settle before rebuilding.
        #[arg(long, default_value_t = 25)]
        debounce_ms: u64,
    },
    /// Summarize what changed between two versions of a policy, in English
    /// and French, ready to paste into `history:`.
    ///
    /// Each version is resolved with the site's profiles and validated as a
    /// build would. Exits 0 whether or not anything changed, 2 when either
    /// version cannot be read.
    ///
    /// Examples: policypress diff old.yaml content/policies/quebec-portal.yaml
    ///           policypress diff quebec-portal --rev HEAD~1 --format yaml
    Diff {
        /// The old policy file; with --rev, the policy (id or file).
        old: String,
        /// The new policy file (with --rev: the policy's current file).
        new: Option<PathBuf>,
        /// Compare the policy's file at this git revision with its current file.
        #[arg(long, value_name = "REV")]
        rev: Option<String>,
        /// The site's root folder (its profiles and wording are used).
        #[arg(short, long, default_value = ".")]
        root: PathBuf,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Work with themes: `theme eject` copies a built-in theme into the site.
    Theme {
        #[command(subcommand)]
        action: ThemeAction,
    },
    /// List the legal rules checked for each jurisdiction (docs/rules.md).
    Rules,
    /// Print the JSON Schema of policy, profile or site files, for editors,
    /// or of the policy.json files `build` writes (`policy-json`).
    ///
    /// The files in schema/ are this output; each YAML file names one on its
    /// first line: `# yaml-language-server: $schema=../../schema/policy.schema.json`.
    /// The descriptions an editor shows are in the tool's language.
    ///
    /// Example: policypress schema partial > schema/partial-policy.schema.json
    Schema {
        /// Which file.
        #[arg(value_enum, default_value_t = SchemaArg::Policy)]
        kind: SchemaArg,
    },
    /// Print a shell completion script: `policypress completions bash`.
    ///
    /// Bash: `policypress completions bash > ~/.local/share/bash-completion/completions/policypress`;
    /// zsh: into a folder of your `fpath`, as `_policypress`; fish:
    /// `policypress completions fish > ~/.config/fish/completions/policypress.fish`.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: ShellArg,
    },
}

#[derive(Subcommand, Debug)]
pub(crate) enum ThemeAction {
    /// Copy a built-in theme's templates and static files into
    /// themes/NAME/, to edit them.
    ///
    /// The copy builds exactly as the built-in theme does; a site's theme
    /// files replace the built-in ones file by file, so files left as copied
    /// can also be deleted. Never overwrites a file: if one exists, nothing
    /// is written.
    ///
    /// Example: policypress theme eject canada
    Eject {
        /// The built-in theme: `default`, `canada` or `quebec`.
        #[arg(default_value = "default")]
        name: String,
        /// The site's root folder (the one holding content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum ColorArg {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even through a pipe.
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum ShellArg {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum LangArg {
    /// English.
    En,
    /// French.
    Fr,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum KindArg {
    /// A privacy policy, content/policies/<id>.yaml.
    Policy,
    /// The collection notice of one form, content/notices/<id>.yaml.
    Notice,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum JurisdictionArg {
    /// A Québec public body (Access Act).
    Quebec,
    /// An Ontario institution (FIPPA).
    Ontario,
    /// A federal institution (Privacy Act).
    Federal,
    /// A private-sector organization (PIPEDA).
    Private,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum SchemaArg {
    /// A complete policy file.
    Policy,
    /// A profile, or a policy that extends one (nothing required).
    Partial,
    /// content/site.yaml.
    Site,
    /// policy.json, the machine-readable policy `build` writes beside each page.
    PolicyJson,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum DiffFormat {
    /// Both languages, one change per line.
    Text,
    /// A `history:` entry with the English and French summaries.
    Yaml,
    /// One JSON document: versions, date and the changes in each language.
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub(crate) enum Format {
    /// Messages with the source lines quoted.
    Human,
    /// One JSON document for CI tools.
    Json,
}

pub(crate) fn parse_base_url(s: Option<String>) -> Result<Option<Url>, ExitCode> {
    match s.map(|s| Url::parse_base(&s)) {
        None => Ok(None),
        Some(Ok(u)) => Ok(Some(u)),
        Some(Err(e)) => {
            say!("{}", t!("cli-error-base-url", error = e.to_string()));
            Err(ExitCode::from(2))
        }
    }
}

impl LangArg {
    pub(crate) fn model(self) -> policypress::model::Lang {
        match self {
            LangArg::En => policypress::model::Lang::En,
            LangArg::Fr => policypress::model::Lang::Fr,
        }
    }
}

impl JurisdictionArg {
    pub(crate) fn model(self) -> policypress::model::Jurisdiction {
        use policypress::model::Jurisdiction as J;
        match self {
            JurisdictionArg::Quebec => J::Quebec,
            JurisdictionArg::Ontario => J::Ontario,
            JurisdictionArg::Federal => J::Federal,
            JurisdictionArg::Private => J::Private,
        }
    }
}

/// The value of `--lang` (or `--lang=`) on the command line, read before
/// clap parses it: the help and the parse errors clap prints while parsing
/// must already be in the chosen language. The last one wins, as for
/// clap; nothing after `--` is an option. An unknown value is left to clap
/// to refuse (in the environment's language).
pub(crate) fn lang_flag(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> Option<policypress::model::Lang> {
    let mut found = None;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            args.next().and_then(|v| v.into_string().ok())
        } else {
            arg.strip_prefix("--lang=").map(str::to_string)
        };
        if let Some(v) = value {
            found = policypress::model::Lang::from_code(&v).or(found);
        }
    }
    found
}
