//! The `policypress` command line: a thin layer over the library's
//! pipeline (see `policypress::site`).

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use policypress::diagnostic::Diagnostics;
use policypress::load::SiteLayout;
use policypress::model::{SchemaKind, Url};
use policypress::site::{self, LoadOptions};
use policypress::source::SourceMap;
use policypress::{t, tool_text};
use std::io::IsTerminal;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// `eprintln!` that does not panic when standard error is closed
/// (`policypress check 2>&1 | head -1`): a reader that stopped reading is
/// no reason to crash.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// A page build allocates and frees many small strings (Tera contexts,
/// Fluent arguments, Markdown events); mimalloc's thread-local free lists make
/// that about a quarter of the system allocator's cost (see benches/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turns structured privacy-policy data into matching English and French
/// web pages.
#[derive(Parser, Debug)]
#[command(name = "policypress", version, about, long_about = None)]
struct Cli {
    /// The language of the tool's messages and help (default: from
    /// LC_ALL, LC_MESSAGES or LANG, else English). Read before parsing, by
    /// `lang_flag`, so that the help and parse errors are in it too.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more detail (timings).
    #[arg(short, long, global = true)]
    verbose: bool,
    /// When to color messages: `auto` (on a terminal, unless NO_COLOR is
    /// set), `always` or `never`.
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
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
enum ThemeAction {
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
enum ColorArg {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always, even through a pipe.
    Always,
    /// Never.
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum ShellArg {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum LangArg {
    /// English.
    En,
    /// French.
    Fr,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum KindArg {
    /// A privacy policy, content/policies/<id>.yaml.
    Policy,
    /// The collection notice of one form, content/notices/<id>.yaml.
    Notice,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum JurisdictionArg {
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
enum SchemaArg {
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
enum DiffFormat {
    /// Both languages, one change per line.
    Text,
    /// A `history:` entry with the English and French summaries.
    Yaml,
    /// One JSON document: versions, date and the changes in each language.
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    /// Messages with the source lines quoted.
    Human,
    /// One JSON document for CI tools.
    Json,
}

/// `--color`: 0 auto, 1 always, 2 never (set once by `main`).
static COLOR: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// Whether to color what goes to standard error: `--color always` or
/// `never` say; `auto` colors a terminal unless NO_COLOR is set (and not
/// empty), as https://no-color.org asks.
fn use_color() -> bool {
    match COLOR.load(std::sync::atomic::Ordering::Relaxed) {
        1 => true,
        2 => false,
        _ => {
            std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

fn print_human(diags: &Diagnostics, sources: &SourceMap) {
    if !diags.is_empty() {
        let text = diags.render_human(sources, use_color());
        // Like `emit`: a reader that stopped reading is no reason to crash.
        let _ = std::io::stderr().lock().write_all(text.as_bytes());
    }
}

/// Writes `text` to standard output. A reader that stopped reading
/// (`| head`) is not an error; any other failure is reported, and turns
/// `code` into a failure.
fn emit(text: &str, code: ExitCode) -> ExitCode {
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => code,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => code,
        Err(e) => {
            say!("{}", t!("cli-error-stdout", error = e.to_string()));
            ExitCode::FAILURE
        }
    }
}

/// `build --format json`: one JSON document on standard output (described
/// in docs/cli.md); nothing on standard error. Exits as the human form
/// does: 0 when the site was written, 1 when it was not.
fn build_json(outcome: &site::stream::Outcome, out: &std::path::Path, total: f64) -> ExitCode {
    let diags = &outcome.diagnostics;
    let written = outcome.written.as_ref();
    let t = &outcome.timings;
    let round = |s: f64| (s * 1000.0).round() / 1000.0;
    let doc = serde_json::json!({
        "format": 1,
        "ok": written.is_some(),
        "out": out.display().to_string(),
        "policies": outcome.policies,
        "notices": outcome.notices,
        "built": written.map_or_else(Vec::new, |w| {
            w.built
                .iter()
                .map(|(id, en, fr)| serde_json::json!({ "id": id, "pages": { "en": en, "fr": fr } }))
                .collect()
        }),
        "files": written.map(|w| serde_json::json!({
            "pages": w.pages,
            "other": w.other_files,
            "unchanged": w.unchanged,
        })),
        "kept": written.map_or_else(Vec::new, |w| w.kept.clone()),
        "timings": {
            "load": round(t.load),
            "policies": round(t.policies),
            "site": round(t.site),
            "write": round(t.write),
            "total": round(total),
        },
        "errors": diags.error_count(),
        "warnings": diags.warning_count(),
        "diagnostics": diags.to_json(&outcome.sources),
    });
    let code = if written.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    };
    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    emit(&format!("{text}\n"), code)
}

/// "2 errors, 1 warning" in the tool's language.
fn summary(diags: &Diagnostics) -> String {
    t!(
        "cli-summary",
        errors = diags.error_count(),
        warnings = diags.warning_count()
    )
}

/// An error of the command line itself (not a diagnostic of the site).
fn error(message: impl std::fmt::Display) {
    say!("{}", t!("cli-error", message = message.to_string()));
}

fn parse_base_url(s: Option<String>) -> Result<Option<Url>, ExitCode> {
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
    fn model(self) -> policypress::model::Lang {
        match self {
            LangArg::En => policypress::model::Lang::En,
            LangArg::Fr => policypress::model::Lang::Fr,
        }
    }
}

impl JurisdictionArg {
    fn model(self) -> policypress::model::Jurisdiction {
        use policypress::model::Jurisdiction as J;
        match self {
            JurisdictionArg::Quebec => J::Quebec,
            JurisdictionArg::Ontario => J::Ontario,
            JurisdictionArg::Federal => J::Federal,
            JurisdictionArg::Private => J::Private,
        }
    }
}

fn run_diff(
    root: &std::path::Path,
    old: &str,
    new: Option<&std::path::Path>,
    rev: Option<&str>,
    format: DiffFormat,
) -> ExitCode {
    use policypress::diff;
    let layout = SiteLayout::new(root);
    let (old, new) = match diff::inputs(&layout, old, new, rev) {
        Ok(pair) => pair,
        Err(e) => {
            error(e);
            return ExitCode::from(2);
        }
    };
    let loaded = diff::load(&layout, &old, &new);
    print_human(&loaded.diagnostics, &loaded.sources);
    let (Some((old, new)), Some(locales), false) = (
        &loaded.policies,
        &loaded.locales,
        loaded.diagnostics.has_errors(),
    ) else {
        say!(
            "{}",
            t!("cli-diff-stopped", summary = summary(&loaded.diagnostics))
        );
        return ExitCode::from(2);
    };
    let printed = diff::Summary::new(old, new, locales).and_then(|s| match format {
        DiffFormat::Text => s.text(locales),
        DiffFormat::Yaml => s.yaml(locales),
        DiffFormat::Json => s.json(),
    });
    match printed {
        Ok(text) => emit(&text, ExitCode::SUCCESS),
        Err(e) => {
            error(e);
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let flag = lang_flag(std::env::args_os());
    tool_text::set_lang(tool_text::resolve_lang(flag, |name| {
        std::env::var(name).ok()
    }));
    // Parse errors are worded by `help::Errors`; `--help` and `--version`
    // come through here too, already written, and leave with status 0.
    let matches = match help::command(Cli::command()).try_get_matches() {
        Ok(m) => m,
        Err(e) => e.apply::<help::Errors>().exit(),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.apply::<help::Errors>().exit(),
    };
    // clap's reading of `--lang` is the reference from here on (the early
    // scan could take another option's value for it).
    if let Some(lang) = cli.lang {
        tool_text::set_lang(lang.model());
    }
    let color = match cli.color {
        ColorArg::Auto => 0,
        ColorArg::Always => 1,
        ColorArg::Never => 2,
    };
    COLOR.store(color, std::sync::atomic::Ordering::Relaxed);
    match cli.command {
        Command::Theme {
            action: ThemeAction::Eject { name, root },
        } => match policypress::scaffold::eject_theme(&root, &name) {
            Ok(files) => {
                if !cli.quiet {
                    for f in &files {
                        say!("  {}", t!("cli-created", path = f.display().to_string()));
                    }
                    say!("{}", t!("cli-eject-next", name = name.as_str()));
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                error(e);
                ExitCode::from(1)
            }
        },
        Command::New {
            id,
            extends,
            jurisdiction,
            root,
            full,
            kind,
        } => {
            let request = policypress::scaffold::NewPolicy {
                root: &root,
                id: &id,
                extends: extends.as_deref(),
                jurisdiction: jurisdiction.map(JurisdictionArg::model),
                full,
                kind: match kind {
                    KindArg::Policy => policypress::model::DocKind::Policy,
                    KindArg::Notice => policypress::model::DocKind::Notice,
                },
                lang: tool_text::lang(),
            };
            match policypress::scaffold::new_policy(&request) {
                Ok(written) => {
                    if !cli.quiet {
                        say!(
                            "  {}",
                            t!("cli-created", path = written.path.display().to_string())
                        );
                        if let Some(profile) = &written.default_profile {
                            say!("{}", t!("cli-new-extends", profile = profile.as_str()));
                        }
                        say!("{}", t!("cli-new-next"));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    error(e);
                    ExitCode::from(1)
                }
            }
        }
        Command::Init {
            dir,
            jurisdiction,
            force,
        } => {
            use policypress::model::Jurisdiction as J;
            let j = match jurisdiction {
                JurisdictionArg::Quebec => J::Quebec,
                JurisdictionArg::Ontario => J::Ontario,
                JurisdictionArg::Federal => J::Federal,
                JurisdictionArg::Private => J::Private,
            };
            match policypress::scaffold::init(&dir, j, force, tool_text::lang()) {
                Ok(files) => {
                    if !cli.quiet {
                        for f in files {
                            say!("  {}", t!("cli-created", path = f.display().to_string()));
                        }
                        say!("{}", t!("cli-init-next", dir = dir.display().to_string()));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    error(e);
                    ExitCode::from(1)
                }
            }
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
            debounce_ms,
        } => {
            let options = policypress::serve::ServeOptions {
                root,
                bind,
                port,
                open,
                debounce: std::time::Duration::from_millis(debounce_ms),
                verbose: cli.verbose,
                quiet: cli.quiet,
                color: use_color(),
            };
            match policypress::serve::run(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    error(e);
                    ExitCode::from(1)
                }
            }
        }
        Command::Diff {
            old,
            new,
            rev,
            root,
            format,
        } => run_diff(&root, &old, new.as_deref(), rev.as_deref(), format),
        Command::Completions { shell } => {
            let shell = match shell {
                ShellArg::Bash => clap_complete::Shell::Bash,
                ShellArg::Zsh => clap_complete::Shell::Zsh,
                ShellArg::Fish => clap_complete::Shell::Fish,
            };
            // The help in the tool's language, as `--help` shows it (zsh and
            // fish show each option's help beside it).
            let mut cmd = help::command(Cli::command());
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut cmd, "policypress", &mut out);
            emit(&String::from_utf8_lossy(&out), ExitCode::SUCCESS)
        }
        Command::Rules => emit(
            &policypress::lint::legal::rules_markdown(tool_text::lang()),
            ExitCode::SUCCESS,
        ),
        Command::Schema { kind } => {
            let kind = match kind {
                SchemaArg::Policy => SchemaKind::Policy,
                SchemaArg::Partial => SchemaKind::Partial,
                SchemaArg::Site => SchemaKind::Site,
                SchemaArg::PolicyJson => SchemaKind::Document,
            };
            // The descriptions in the tool's language: an editor shows them.
            let schema = policypress::model::json_schema_in(kind, tool_text::lang());
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            emit(&format!("{text}\n"), ExitCode::SUCCESS)
        }
        Command::Build {
            root,
            out,
            base_url,
            format,
            overwrite,
        } => {
            let start = Instant::now();
            let base_url = match parse_base_url(base_url) {
                Ok(u) => u,
                Err(code) => return code,
            };
            let out = out.unwrap_or_else(|| root.join("public"));
            let outcome = site::stream::run(
                SiteLayout::new(&root),
                &LoadOptions {
                    base_url,
                    preview: false,
                },
                Some(site::stream::Destination {
                    dir: &out,
                    overwrite,
                }),
            );
            if format == Format::Json {
                return build_json(&outcome, &out, start.elapsed().as_secs_f64());
            }
            print_human(&outcome.diagnostics, &outcome.sources);
            match outcome.written {
                Some(stats) => {
                    if !cli.quiet {
                        say!(
                            "{}",
                            t!(
                                "cli-built",
                                policies = outcome.policies,
                                notices = outcome.notices,
                                pages = stats.pages,
                                out = out.display().to_string(),
                                seconds = tool_text::decimal(start.elapsed().as_secs_f64(), 2)
                            )
                        );
                    }
                    if cli.verbose {
                        say!(
                            "  {}",
                            t!("cli-built-other-files", files = stats.other_files)
                        );
                    }
                    ExitCode::SUCCESS
                }
                None => {
                    say!(
                        "{}",
                        t!("cli-build-stopped", summary = summary(&outcome.diagnostics))
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Check {
            root,
            format,
            strict,
            base_url,
            accept,
        } => {
            let load = match parse_base_url(base_url) {
                Ok(base_url) => LoadOptions {
                    base_url,
                    preview: false,
                },
                Err(code) => return code,
            };
            if !accept.is_empty() {
                let loaded = site::load_project(SiteLayout::new(&root), &LoadOptions::default());
                let Some(project) = &loaded.project else {
                    print_human(&loaded.diagnostics, &loaded.sources);
                    say!("{}", t!("cli-accept-fix-first"));
                    return ExitCode::from(1);
                };
                match project.accept_translations(&accept) {
                    Ok(counts) => {
                        if !cli.quiet {
                            for (what, n) in accept.iter().zip(counts) {
                                say!(
                                    "{}",
                                    t!("cli-accept-recorded", texts = n, what = what.as_str())
                                );
                            }
                        }
                    }
                    Err(e) => {
                        error(e);
                        return ExitCode::from(2);
                    }
                }
            }
            // Every stage, rendering included (so template and wording
            // errors show too), without writing.
            let loaded = site::stream::run(SiteLayout::new(&root), &load, None);
            let diags = loaded.diagnostics;
            let failed = diags.has_errors() || (strict && diags.warning_count() > 0);
            let code = if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
            match format {
                Format::Json => {
                    let doc = serde_json::json!({
                        "format": 1,
                        "errors": diags.error_count(),
                        "warnings": diags.warning_count(),
                        "diagnostics": diags.to_json(&loaded.sources),
                    });
                    let text = serde_json::to_string_pretty(&doc).unwrap_or_default();
                    emit(&format!("{text}\n"), code)
                }
                Format::Human => {
                    print_human(&diags, &loaded.sources);
                    if !cli.quiet || failed {
                        let line = if failed {
                            t!("cli-check-failed", summary = summary(&diags))
                        } else {
                            t!("cli-check-passed", summary = summary(&diags))
                        };
                        say!("{line}");
                    }
                    code
                }
            }
        }
    }
}

/// The value of `--lang` (or `--lang=`) on the command line, read before
/// clap parses it: the help and the parse errors clap prints while parsing
/// must already be in the chosen language. The last one wins, as for
/// clap; nothing after `--` is an option. An unknown value is left to clap
/// to refuse (in the environment's language).
fn lang_flag(
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

/// The command line's help in the tool's language.
///
/// clap's derive gives the structure (commands, arguments, defaults,
/// possible values) and English doc comments; every text a reader sees is
/// then replaced by the catalogs' `help-…` messages, named after the
/// structure so a new argument without its message fails the tests:
/// `help-about` (the program), `help-cmd-<path>` and `help-cmd-<path>-long`
/// (a command, `<path>` its names joined by `-`), `help-<path>-<arg>` (an
/// argument), `help-<path>-<arg>-<value>` (a possible value) and
/// `help-global-<arg>` (the arguments every command has). clap's own words
/// are replaced where its builder allows: the headings (the template's
/// `Usage:`, and `Commands:`, `Arguments:`, `Options:` as help headings)
/// and the `[default: …]` and `[possible values: …]` notes (hidden, and
/// written by us), `<COMMAND>` (`subcommand_value_name`), and the parse
/// errors ([`help::Errors`]). What remains clap's is the usage line's
/// `[OPTIONS]` and the value names (`<ROOT>`).
mod help {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use policypress::model::Lang;

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
        let source = include_str!("main.rs");
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
