# Why a value of a document cannot be read (src/model/): the value types'
# own checks (dates, web addresses, identifiers…), keys that moved, and the
# errors of the open vocabularies and of citations. Validation shows them as
# `invalid-value` (or `moved-key`) diagnostics; the command line shows
# `model-ident` and the web address messages for `new ID`, `--extends` and
# `--base-url`.

# The hint of a value's error that gives none of its own.
model-value-docs-hint = see docs/data-format.md for how to write this value
model-keep-one-hint = keep one

## Values (src/model/values.rs)

# $date: the value as written; $why: what is wrong (`shape`, `month`,
# `year`, `day`); $month, $day: the month and the day as written.
model-date = invalid date `{ $date }`: { $why ->
        [month] there is no month { $month } (months go from 01 to 12)
        [year] dates before 1900 are not accepted
        [day] there is no day { $day } in that month
       *[shape] write it as YYYY-MM-DD, e.g. 2014-01-29
    }
# $url: the address as written (control characters escaped).
model-url-space-around = `{ $url }` starts or ends with a space
model-url-space-around-hint = remove the spaces around the address
# $url: the address; $holds: what it holds (`space`, `invisible`,
# `character`); $character: the character (U+0009, or the character itself).
model-url-character = `{ $url }` is not a valid web address: it holds { $holds ->
        [space] a space
        [invisible] an invisible character ({ $character })
       *[character] the character `{ $character }`
    }
model-url-character-hint = remove it, or write it percent-encoded (a space is %20, `"` is %22)
# $url: the address; $scheme: what comes before its `:`.
model-url-scheme = `{ $url }` is not a web address (scheme `{ $scheme }`)
model-url-scheme-hint = use an address starting with https://
# $url: the address; $kind: what is wrong, as a key (`empty-host`, `idna`,
# `port`, `ipv4`, `ipv6`, `domain-character`, `relative`, `overflow`,
# `other`); $reason: the same in the words of the `url` library.
model-url-invalid = `{ $url }` is not a valid web address ({ $kind ->
       *[other] { $reason }
    })
model-url-invalid-hint = write a full address such as https://www.example.gouv.qc.ca/
# $url: the address.
model-base-url-query = `{ $url }` has a query (`?…`) or a fragment (`#…`)
model-base-url-query-hint = a base URL is the folder pages are published in: write it without them
# $email: the value as written.
model-email-mailto = `{ $email }` is a link, not an e-mail address: write the address alone, without `mailto:` (the page adds it)
model-email = `{ $email }` is not an e-mail address: write it as name@organization.gouv.qc.ca
# $phone: the value as written.
model-phone = `{ $phone }` is not a telephone number: write it as 418 643-1344 or 1-800-282-1376, optionally followed by `ext. 1234`
model-phone-not-text = a telephone number must be text, e.g. 418 643-1344
# $id: the value as written.
model-ident = `{ $id }` is not a valid identifier: use lower-case letters a-z, digits and hyphens, e.g. `politique-de-confidentialite`
model-ident-reserved = `{ $id }` is a name Windows reserves for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): a file or folder so named cannot be made or opened there
model-ident-reserved-hint = choose another name, e.g. `{ $id }-policy`

## Site settings (src/model/site.rs)

# $color: the value as written.
model-color = `{ $color }` is not a CSS colour of the form #rgb or #rrggbb
model-color-hint = write it in hexadecimal, e.g. `#26374a` (quote it in YAML: "#26374a", since # starts a comment)
# $path: the value as written.
model-site-path = `{ $path }` is not a path inside the site: write it relative to the site's root folder, with `/` between folders and no `..`, e.g. `branding/logo.svg`
# $name: the value as written.
model-meta-name = `{ $name }` is not a metadata name: use letters, digits and `.`, `-`, `_`, `:`, e.g. `dcterms.accessRights`
# $name: the name the theme writes.
model-meta-name-theme = every page already has a `<meta name="{ $name }">`, written by the theme
model-meta-name-theme-hint = remove this entry (the theme's value comes from the policy and the wording)
# $path: the value as written.
model-keep-path = `{ $path }` is not a path inside the output folder: write it relative to the output, with `/` between folders and no `..`, e.g. `.git` or `.well-known/security.txt`

## Policies and cookies (src/model/policy.rs, cookies.rs, entry.rs)

# $code: the value as written.
model-postal-code = `{ $code }` is not a Canadian postal code: write it as G1R 4Y2
# $body: the body as written.
model-oversight-group = `oversight` is now a group: write `oversight: {"{"} body: { $body } {"}"}`, and add `oversees_compliance: true` only if the policy says that this body oversees compliance
# $value: the word written.
model-recipients-word = `{ $value }` is not a way to write recipients
model-recipients-word-hint = write `none` (no one outside receives personal information) or list them: `- who: other-public-bodies`
# $value: the word written.
model-transfers-word = `{ $value }` is not a way to write transfers
model-transfers-word-hint = write `none` (personal information does not leave the jurisdiction) or list them: `- to: outside-canada`
model-other-sites-list = `other_sites` is now the list of the sites linked to: write `other_sites: [quebec-government, private-organizations]` (or your own words: `- {"{"} id: relevant-sites, label: {"{"} en: other relevant websites, fr: d’autres sites Web pertinents {"}"} {"}"}`), and `policy_does_not_apply: true` if the policy says it does not apply there
model-lifetime-zero-days = a cookie that stays 0 days is a session cookie: write `lifetime: session`
model-functions-empty = an empty list of functions says nothing: write `functions: none` if no technology identifies, locates or profiles
# $id: the built-in value.
model-entry-builtin-dpv = `{ $id }` is a built-in value: its DPV term is the built-in one; remove `dpv`
model-entry-builtin-group = write the built-in value `{ $id }` as a plain word, or add its `description`

## Lists (src/model/vocab.rs)

model-list-both-only-and-including = this list has both `only:` and `including:`
model-list-both-only-and-including-hint = say either `only:` (the list is complete) or `including:` (it may not be); when a profile gives the other one, the two merge: write the list here under the same key as the profile, or as a plain list, which replaces it
# $key: the key written in the list.
model-list-json-key = `{ $key }` is how policy.json writes a list, not how a document does
model-list-json-key-hint = write `only: [...]` for a complete list, or the items as a plain list
model-list-key = `{ $key }` is not a way to write a list
model-list-key-hint = write the items as a plain list, or under `only:` (the list is complete) or `including:` (it may not be)
model-list-key-twice = `{ $key }` is written twice in this list
model-list-empty-group = this list is an empty group
model-list-empty-group-hint = write the items as a plain list, or under `only:` or `including:`

## Keys that moved (src/model/migrate.rs)

# $old: where the key was; $new: where it is now.
model-moved-key = `{ $old }` has moved: it is now `{ $new }`
model-moved-legal-jurisdiction = move `jurisdiction:` to the top level of the file (it selects the rules and the keys of a whole document, not only its legal frame)
model-moved-voluntary-consent-required = `consent_required: true` becomes `collection: {"{"} none_without_consent: true {"}"}` ("we collect no personal information without your prior consent"); `false` said nothing: delete it
model-moved-voluntary-purposes = what personal information is used for is now `use.purposes` (the same values; add `research`, `evaluation`… as they apply). When people give it ("if you wish to: …") is `voluntary.occasions`
model-moved-use-purpose-only = renamed: write `only_for_collected_purposes: true` under `use:` if the policy says it
model-moved-use-access = who inside the body has access is now the top-level `access:` (the same values), shared with collection notices
model-moved-use-disclosure = say who receives the information and when: `recipients: {"{"} only: [{"{"} who: other-public-bodies, when: {"{"} only: [request-concerns-body, required-by-law] {"}"} {"}"}] {"}"}`; `approved-agreements` is now `written-agreements`, or your own term with the policy's words
model-moved-use-no-profiling = write `never_for: [profiling]` under `use:` if the policy says it
model-moved-use-no-private-disclosure = write `recipients: {"{"} never: [private-organizations] {"}"}` (beside the recipients the policy names) if the policy says it
model-moved-use-retention = write `retention: {"{"} then: archived-or-destroyed {"}"}` at the top level, and `securely: true` if the policy says it is done securely
model-moved-use-research = list these uses in `use.purposes`: `research`, `evaluation`, `investigation`, `survey`, as the policy names them
model-moved-legal-outside-quebec = `outside_quebec: false` becomes `transfers: none`; `true` becomes a list of where information goes: `transfers: [{"{"} to: outside-quebec {"}"}]`
model-moved-cookies-practice = `practice: none` becomes `cookies: none`; for `session` or `persistent`, describe the cookies in `cookies.items` (`- {"{"} id: …, lifetime: session, purpose: navigation {"}"}`), and add `no_persistent: true` only if the policy says it places no persistent cookie
model-moved-cookies-purpose = say why each cookie is set in `cookies.items`: `items: [{"{"} id: …, purpose: navigation {"}"}]` (or `convenience`, `preferences`, `security`, `analytics`…); "not to gather personal information" is `no_personal_information: true`
model-moved-cookies-refusable = write `refuse: {"{"} browser: true {"}"}`, and what refusing costs as `consequence: some-features-unavailable` (or your own text) only if the policy says so
model-moved-cookies-analytics = a web analytics service is a `services` entry with `role: web-analytics`: `services: [{"{"} id: google-analytics, name: Google Analytics, role: web-analytics, anonymous: true, information: [age, gender, language, interests], opt_out: [...] {"}"}]`
