# The command line's help (`policypress --help`, `policypress <command> --help`).
# Ids follow the commands' structure (see `mod help` in src/main.rs):
#   help-cmd-<path>        a command's one-line description
#   help-cmd-<path>-long   its longer description (`--help`; optional)
#   help-<path>-<arg>      an argument; help-<path>-<arg>-<value> a possible value
#   help-global-<arg>      an argument every command has

## clap's own words

help-heading-usage = Usage:
help-heading-commands = Commands:
help-heading-arguments = Arguments:
help-heading-options = Options:
help-default = [default: { $value }]
help-possible-values = [possible values: { $values }]
help-possible-values-long = Possible values:
help-possible-value = - { $value }: { $help }
help-value-command = COMMAND

## The program and the arguments of every command

help-about = Turns structured privacy-policy data into matching English and French web pages
help-global-lang = The language of the tool's messages and help (default: from LC_ALL, LC_MESSAGES or LANG, else English)
help-global-lang-en = English
help-global-lang-fr = French
help-global-quiet = Print only errors
help-global-verbose = Print more detail (timings)
help-global-color = When to color messages: on a terminal unless NO_COLOR is set (`auto`), `always` or `never`
help-global-color-auto = On a terminal, unless NO_COLOR is set
help-global-color-always = Always, even through a pipe
help-global-color-never = Never
help-global-help = Print help (-h: a summary, --help: in full)
help-global-version = Print the version
help-cmd-help = Print this message or the help of the given command

## init

help-cmd-init = Create a new site that builds at once, filled with example values to replace
help-cmd-init-long =
    Create a new site that builds at once, filled with example values to replace.

    Writes content/site.yaml, a profile holding the organization, its contacts and what the jurisdiction's policies share, one policy extending it, the translations lock and a .gitignore. The theme and wording are built in; add themes/ or locales/ only to change them. The new site builds at once; `check` lists each example value to replace (`example-value` warnings: the base_url, names, example.* addresses, 555 telephone numbers), and `check --strict` fails until each is replaced by the organization's own.

    Example: policypress init my-site --jurisdiction quebec
help-init-dir = The folder to create the site in
help-init-jurisdiction = Whose privacy law the organization answers to
help-init-jurisdiction-quebec = A Québec public body (Access Act)
help-init-jurisdiction-ontario = An Ontario institution (FIPPA)
help-init-jurisdiction-federal = A federal institution (Privacy Act)
help-init-jurisdiction-private = A private-sector organization (PIPEDA)
help-init-force = Accept a non-empty folder (existing files are never overwritten)

## new

help-cmd-new = Write a new policy file holding what you must decide, to fill in
help-cmd-new-long =
    Write a new policy file holding what you must decide, to fill in.

    Creates content/policies/<ID>.yaml, extending the site's profile (the one its other policies extend, or its only one; --extends chooses another): only what the profile does not give (the title, the date, the history), with TODO wherever you must decide and comments in the tool's language; `check` reports each TODO left. With --full, every key of a policy instead, with what it means and the values it accepts (from the same types as the JSON Schema), the keys the profile gives written commented out with the inherited value. Never overwrites a file.

    Example: policypress new accessibility-survey
help-new-id = The policy id: lower-case letters a-z, digits and hyphens. It names the file and, unless `slug` says otherwise, the pages
help-new-extends = A profile of content/profiles/ the policy inherits from
help-new-jurisdiction = Whose privacy law applies: fills in `kind`, `jurisdiction`, the main act and the oversight body
help-new-jurisdiction-quebec = { help-init-jurisdiction-quebec }
help-new-jurisdiction-ontario = { help-init-jurisdiction-ontario }
help-new-jurisdiction-federal = { help-init-jurisdiction-federal }
help-new-jurisdiction-private = { help-init-jurisdiction-private }
help-new-root = The site's root folder (the one holding content/)
help-new-full = Write every key of a policy, explained, rather than only what the profile leaves to decide
help-new-kind = The kind of document: a privacy policy (content/policies/) or the collection notice of one form (content/notices/)
help-new-kind-policy = A privacy policy, content/policies/<id>.yaml
help-new-kind-notice = The collection notice of one form, content/notices/<id>.yaml

## build

help-cmd-build = Build the English and French pages of every policy
help-cmd-build-long =
    Build the English and French pages of every policy.

    Example: policypress build --root my-site --out my-site/public
help-build-root = { help-new-root }
help-build-out = Where to write the site (default: <root>/public). Replaced atomically: a failed build leaves the previous output untouched. A folder holding files policypress did not write is refused (see --overwrite and `keep:` in content/site.yaml)
help-build-base-url = Publish under this base URL instead of the site's `base_url`
help-build-format = Output format: messages, or one JSON document on standard output (what was built and kept, timings, diagnostics; see docs/cli.md)
help-build-format-human = { help-check-format-human }
help-build-format-json = { help-check-format-json }
help-build-overwrite = Replace an output folder holding files policypress did not write: they are deleted, except the paths `keep:` lists

## check

help-cmd-check = Check the site and report every problem, with file and line
help-cmd-check-long =
    Check the site and report every problem, with file and line.

    Example: policypress check --strict --format json
help-check-root = The site's root folder
help-check-format = Output format
help-check-format-human = Messages with the source lines quoted
help-check-format-json = One JSON document for CI tools
help-check-strict = Fail on warnings too
help-check-base-url = Check the site as published under this base URL instead of the site's `base_url` (as `build --base-url` publishes it)
help-check-accept = Record that the translations of a policy (`<id>`), of one text (`<id>:<key>`), of the messages (`messages` or a message id), or of everything (`all`) were reviewed; writes content/translations.lock

## serve

help-cmd-serve = Preview the site live: rebuild on every save, reload open browsers
help-cmd-serve-long =
    Preview the site live: rebuild on every save, reload open browsers.

    Serves from memory (never writes public/), on loopback unless --bind says otherwise. /_preview/ lists every policy with its problems and shows each one's English and French pages side by side.

    Example: policypress serve --port 4000 --open
help-serve-root = { help-check-root }
help-serve-port = Port to listen on (0 picks a free one)
help-serve-bind = Address to listen on. Anything but loopback exposes the preview to the network
help-serve-open = Open the preview in the default browser
help-serve-debounce-ms = Milliseconds to wait after the last file event before rebuilding, when the system does not say that the files written were closed (otherwise 2 ms after the last one is closed)

## diff

help-cmd-diff = Summarize what changed between two versions of a policy, in English and French, ready to paste into `history:`
help-cmd-diff-long =
    Summarize what changed between two versions of a policy, in English and French, ready to paste into `history:`.

    Each version is resolved with the site's profiles and validated as a build would. Exits 0 whether or not anything changed, 2 when either version cannot be read.

    Examples: policypress diff old.yaml content/policies/quebec-portal.yaml
              policypress diff quebec-portal --rev HEAD~1 --format yaml
help-diff-old = The old policy file; with --rev, the policy (id or file)
help-diff-new = The new policy file (with --rev: the policy's current file)
help-diff-rev = Compare the policy's file at this git revision with its current file
help-diff-root = The site's root folder (its profiles and wording are used)
help-diff-format = { help-check-format }
help-diff-format-text = Both languages, one change per line
help-diff-format-yaml = A `history:` entry with the English and French summaries
help-diff-format-json = One JSON document: versions, date and the changes in each language

## theme

help-cmd-theme = Work with themes: `theme eject` copies a built-in theme into the site
help-cmd-theme-eject = Copy a built-in theme's templates and static files into themes/NAME/, to edit them
help-cmd-theme-eject-long =
    Copy a built-in theme's templates and static files into themes/NAME/, to edit them.

    The copy builds exactly as the built-in theme does; a site's theme files replace the built-in ones file by file, so files left as copied can also be deleted. Never overwrites a file: if one exists, nothing is written.

    Example: policypress theme eject default
help-theme-eject-name = The built-in theme
help-theme-eject-root = { help-new-root }

## rules and schema

help-cmd-rules = List the legal rules checked for each jurisdiction (docs/rules.md)
help-cmd-schema = Print the JSON Schema of policy, profile or site files, for editors, or of the policy.json files `build` writes (`policy-json`)
help-cmd-schema-long =
    Print the JSON Schema of policy, profile or site files, for editors, or of the policy.json files `build` writes (`policy-json`).

    The files in schema/ are this output; each YAML file names one on its first line: `# yaml-language-server: $schema=../../schema/policy.schema.json`. The descriptions an editor shows are in the tool's language (--lang fr: French).

    Example: policypress schema partial > schema/partial-policy.schema.json
help-schema-kind = Which file
help-schema-kind-policy = A complete policy file
help-schema-kind-partial = A profile, or a policy that extends one (nothing required)
help-schema-kind-site = content/site.yaml
help-schema-kind-policy-json = policy.json, the machine-readable policy `build` writes beside each page

## clap's parse errors (a mistyped command line), after `error: `

clap-argument-unknown = unexpected argument `{ $arg }` found
clap-argument-repeated = the argument `{ $arg }` cannot be used more than once
clap-argument-conflict = the argument `{ $arg }` cannot be used with { $others }
clap-other-arguments = one or more of the other arguments given
clap-no-equals = an equal sign is needed when giving a value to `{ $arg }`
clap-value-missing = a value is required for `{ $arg }` but none was given
clap-value-invalid = invalid value `{ $value }` for `{ $arg }`
clap-value-rejected = invalid value `{ $value }` for `{ $arg }`: { $reason }
clap-value-unexpected = unexpected value `{ $value }` for `{ $arg }`; no more were expected
clap-value-count = wrong number of values for `{ $arg }`
clap-command-unknown = unrecognized command `{ $command }`
clap-command-missing = `{ $command }` requires a command but none was given
clap-commands = [commands: { $values }]
clap-required-missing = these required arguments were not given: { $args }
clap-invalid-utf8 = invalid UTF-8 was found in the arguments
clap-unreadable = the command line cannot be read
clap-tip-command = tip: a similar command exists: `{ $value }`
clap-tip-argument = tip: a similar argument exists: `{ $value }`
clap-tip-value = tip: a similar value exists: `{ $value }`
clap-tip = tip: { $tip }
clap-more-information = For more information, try `--help`.

## completions

help-cmd-completions = Print a shell completion script
help-cmd-completions-long =
    Print a shell completion script.

    Bash: policypress completions bash > ~/.local/share/bash-completion/completions/policypress
    Zsh: policypress completions zsh > _policypress, in a folder of your fpath
    Fish: policypress completions fish > ~/.config/fish/completions/policypress.fish
help-completions-shell = The shell
help-completions-shell-bash = Bash
help-completions-shell-zsh = Zsh
help-completions-shell-fish = Fish
