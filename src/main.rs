//! The `policypress` command line: a thin layer over the library's
//! pipeline (see `policypress::site`).

use clap::{Parser, Subcommand, ValueEnum};
use policypress::diagnostic::Diagnostics;
use policypress::load::SiteLayout;
use policypress::model::{SchemaKind, Url};
use policypress::site::{self, LoadOptions};
use policypress::source::SourceMap;
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
    /// Print only errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Print more detail (timings).
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Create a new site that builds at once, filled with example values to
    /// replace.
    ///
    /// Writes content/site.yaml, a profile for the jurisdiction, one complete
    /// policy extending it, the translations lock and a .gitignore. The theme
    /// and wording are built in; add themes/ or locales/ only to change them.
    /// `check` passes with one `example-value` warning per example value
    /// (names, example.* addresses, 555 telephone numbers); `check --strict`
    /// passes once each is replaced by the organization's own.
    ///
    /// Example: policypress init my-site --jurisdiction quebec
    Init {
        /// The folder to create the site in.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Whose privacy law the organization answers to.
        #[arg(long, value_enum, default_value_t = JurisdictionArg::Quebec)]
        jurisdiction: JurisdictionArg,
        /// Accept a non-empty folder (existing files are never overwritten).
        #[arg(long)]
        force: bool,
    },
    /// Write a new policy file with every key, explained, to fill in.
    ///
    /// Creates content/policies/<ID>.yaml: every key of a policy with what
    /// it means and the values it accepts (from the same types as the JSON
    /// Schema), and TODO wherever you must decide; `check` reports each TODO
    /// left. With --extends, the keys the profile already gives are written
    /// commented out, showing the inherited value. Never overwrites a file.
    ///
    /// Example: policypress new accessibility-survey --extends quebec-base --jurisdiction quebec
    New {
        /// The policy id: lower-case letters a-z, digits and hyphens. It
        /// names the file and, unless `slug` says otherwise, the pages.
        id: String,
        /// A profile of content/profiles/ the policy inherits from.
        #[arg(long, value_name = "PROFILE")]
        extends: Option<String>,
        /// Whose privacy law applies: fills in `kind`, `jurisdiction`,
        /// the main act and the oversight body.
        #[arg(long, value_enum)]
        jurisdiction: Option<JurisdictionArg>,
        /// The site's root folder (the one holding content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Build the English and French pages of every policy.
    ///
    /// Example: policypress build --root my-site --out my-site/public
    Build {
        /// The site's root folder (the one holding content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site (default: <root>/public). Replaced
        /// atomically: a failed build leaves the previous output untouched.
        /// A folder holding files policypress did not write is refused
        /// (see --overwrite and `keep:` in content/site.yaml).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Publish under this base URL instead of the site's `base_url`.
        #[arg(long)]
        base_url: Option<String>,
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
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Fail on warnings too.
        #[arg(long)]
        strict: bool,
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
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 4000)]
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
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
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
    ///
    /// Example: policypress schema partial > schema/partial-policy.schema.json
    Schema {
        /// Which file.
        #[arg(value_enum, default_value_t = SchemaArg::Policy)]
        kind: SchemaArg,
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

fn use_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
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
            say!("error: writing to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}

fn summary(diags: &Diagnostics) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {}",
        plural(diags.error_count(), "error"),
        plural(diags.warning_count(), "warning")
    )
}

fn parse_base_url(s: Option<String>) -> Result<Option<Url>, ExitCode> {
    match s.map(|s| Url::parse_base(&s)) {
        None => Ok(None),
        Some(Ok(u)) => Ok(Some(u)),
        Some(Err(e)) => {
            say!("error: --base-url: {e}");
            Err(ExitCode::from(2))
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
            say!("error: {e}");
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
        say!("error: diff stopped: {}", summary(&loaded.diagnostics));
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
            say!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Theme {
            action: ThemeAction::Eject { name, root },
        } => match policypress::scaffold::eject_theme(&root, &name) {
            Ok(files) => {
                if !cli.quiet {
                    for f in &files {
                        say!("  created {}", f.display());
                    }
                    say!("Next: edit the copy; `theme: {name}` in content/site.yaml uses it");
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                say!("error: {e}");
                ExitCode::from(1)
            }
        },
        Command::New {
            id,
            extends,
            jurisdiction,
            root,
        } => {
            let request = policypress::scaffold::NewPolicy {
                root: &root,
                id: &id,
                extends: extends.as_deref(),
                jurisdiction: jurisdiction.map(JurisdictionArg::model),
            };
            match policypress::scaffold::new_policy(&request) {
                Ok(path) => {
                    if !cli.quiet {
                        say!("  created {}", path.display());
                        say!("Next: replace each TODO in it, then `policypress check`");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    say!("error: {e}");
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
            match policypress::scaffold::init(&dir, j, force) {
                Ok(files) => {
                    if !cli.quiet {
                        for f in files {
                            say!("  created {}", f.display());
                        }
                        say!("Next: replace the example values in content/ (`policypress check` lists each one), then `policypress build` in {}", dir.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    say!("error: {e}");
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
                    say!("error: {e}");
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
        Command::Rules => emit(
            &policypress::lint::legal::rules_markdown(),
            ExitCode::SUCCESS,
        ),
        Command::Schema { kind } => {
            let kind = match kind {
                SchemaArg::Policy => SchemaKind::Policy,
                SchemaArg::Partial => SchemaKind::Partial,
                SchemaArg::Site => SchemaKind::Site,
                SchemaArg::PolicyJson => SchemaKind::Document,
            };
            let schema = policypress::model::json_schema(kind);
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            emit(&format!("{text}\n"), ExitCode::SUCCESS)
        }
        Command::Build {
            root,
            out,
            base_url,
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
                &LoadOptions { base_url },
                Some(site::stream::Destination {
                    dir: &out,
                    overwrite,
                }),
            );
            print_human(&outcome.diagnostics, &outcome.sources);
            match outcome.written {
                Some(stats) => {
                    if !cli.quiet {
                        say!(
                            "Built {} {} ({} pages) into {} in {:.2} s",
                            outcome.policies,
                            if outcome.policies == 1 {
                                "policy"
                            } else {
                                "policies"
                            },
                            stats.pages,
                            out.display(),
                            start.elapsed().as_secs_f64()
                        );
                    }
                    if cli.verbose {
                        say!(
                            "  {} other files (landing page, sitemap, policy.json, assets)",
                            stats.other_files
                        );
                    }
                    ExitCode::SUCCESS
                }
                None => {
                    say!(
                        "error: build stopped: {}; nothing was written (the previous output is untouched)",
                        summary(&outcome.diagnostics)
                    );
                    ExitCode::from(1)
                }
            }
        }
        Command::Check {
            root,
            format,
            strict,
            accept,
        } => {
            if !accept.is_empty() {
                let loaded = site::load_project(SiteLayout::new(&root), &LoadOptions::default());
                let Some(project) = &loaded.project else {
                    print_human(&loaded.diagnostics, &loaded.sources);
                    say!("error: fix the errors above before recording reviews");
                    return ExitCode::from(1);
                };
                match project.accept_translations(&accept) {
                    Ok(counts) => {
                        if !cli.quiet {
                            for (what, n) in accept.iter().zip(counts) {
                                say!("Recorded the review of {n} text(s) for `{what}` in content/translations.lock");
                            }
                        }
                    }
                    Err(e) => {
                        say!("error: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            // Every stage, rendering included (so template and wording
            // errors show too), without writing.
            let loaded = site::stream::run(SiteLayout::new(&root), &LoadOptions::default(), None);
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
                        say!(
                            "{}: {}",
                            if failed {
                                "check failed"
                            } else {
                                "check passed"
                            },
                            summary(&diags)
                        );
                    }
                    code
                }
            }
        }
    }
}
