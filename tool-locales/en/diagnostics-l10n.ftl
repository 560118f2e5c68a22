# Diagnostics of a site's wording, `locales/<lang>/*.ftl` (src/l10n.rs).

# $path: the folder; $reason: the system's reason, quoted as it is.
l10n-folder-unreadable = cannot read the locale folder `{ $path }`: { $reason }
# $reason: the Fluent parser's reason, quoted as it is.
l10n-fluent-syntax = invalid Fluent: { $reason }
l10n-fluent-syntax-hint = see https://projectfluent.org/fluent/guide/ ; a line starting with `[`, `*` or `.` inside a text must be quoted as {"{"}"["{"}"}
# $id: the message id.
l10n-duplicate-message = the message `{ $id }` is defined twice
# The label of the first definition.
l10n-duplicate-message-first = first defined here
l10n-duplicate-message-hint = remove or rename one of them
# $id: the message id; $lang: the language that has it; $other: the one that lacks it.
l10n-missing-message = the message `{ $id }` is defined in locales/{ $lang }/ but not in locales/{ $other }/
# $id, $other: as above.
l10n-missing-message-hint = add `{ $id } = …` to a file of locales/{ $other }/
# $id: the message id; $en, $fr: the variables in each language (`$a, $b`),
# or `none`.
l10n-message-variables = the message `{ $id }` uses different variables in English ({ $en ->
        [none] none
       *[other] { $en }
    }) and French ({ $fr ->
        [none] none
       *[other] { $fr }
    })
# The label of the French definition. $file: its file.
l10n-message-variables-french = French definition in { $file }
l10n-message-variables-hint = both languages receive the same values: use the same variables

## Formatting a message for a page (worded when it fails: the render error
## quotes it)

# $id: the message id; $lang: the language.
l10n-no-message = no message `{ $id }` in locales/{ $lang }/
# $id, $lang: as above.
l10n-no-value = message `{ $id }` in locales/{ $lang }/ has no value
# $id, $lang: as above; $reason: Fluent's reason, quoted as it is.
l10n-format-error = message `{ $id }` in locales/{ $lang }/: { $reason }
