# Diagnostics of the lint stage (src/lint/): legal rules, example values,
# parity, terminology, freshness of translations, links.

## Placeholders and example values (src/lint/placeholder.rs)

# $path: the key; $marker: the placeholder (TODO).
lint-placeholder = `{ $path }` still holds the placeholder { $marker }
lint-placeholder-hint = write the real value (the comment above the key lists what it accepts), or delete the key if it is optional and does not apply
# $path: the key (or `--base-url …`); $why: why the value looks like an
# example (a key, worded here).
lint-example-value = `{ $path }` looks like an example to replace: { $why ->
        [telephone] a fictional telephone number (555-01xx)
        [domain] an address on an example domain
        [example-name] an "Example" name
        [starter-address] a part of the starter's example address
       *[name] an example name
    }
lint-example-value-hint = write the organization's real value before publishing (the starter `policypress init` writes is filled with example names, example.* addresses and 555 telephone numbers)
lint-example-base-url-hint = write the address the site will be published at: every page's canonical address, the links between languages, the sitemap and policy.json are built from it (or give it at build time with `--base-url`)
lint-example-base-url-option-hint = give the address the site will be published at
