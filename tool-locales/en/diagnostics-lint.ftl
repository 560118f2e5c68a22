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

## Legal rules (src/lint/mod.rs; the rules' words are in rules.ftl)

# An element the law asks for is missing. $rule: the rule id (QC-07);
# $element: what the document must say; $citation: where the law says so.
lint-legal = { $rule }: { $element } ({ $citation })
# $hint: how to satisfy the rule (one of the lint-legal-…-hint below);
# $rule: the rule id.
lint-legal-hint = { $hint }; or, if it truly does not apply, silence it: `allow: [{"{"} rule: { $rule }, reason: "…" {"}"}]`
# An `allow` entry names a rule for the other kind of document. $rule: the
# rule id; $kind: the kind the rule is for; $document: this document's kind
# (policy or notice).
lint-rule-other-kind = rule { $rule } is for { $kind ->
        [notice] collection notices
       *[policy] privacy policies
    }, and this is a { $document ->
        [notice] collection notice
       *[policy] privacy policy
    }
# $rule: the rule id; $jurisdiction: the document's `jurisdiction`.
lint-rule-other-jurisdiction = rule { $rule } does not apply to a policy under `{ $jurisdiction }` law
lint-allow-remove-hint = remove this `allow` entry
# $rule: the rule id.
lint-allow-unneeded = rule { $rule } is silenced but the policy satisfies it
lint-allow-unneeded-hint = remove this `allow` entry so the rule protects the policy again

# How to satisfy each rule (src/lint/legal.rs), given as $hint of lint-legal-hint.
lint-legal-categories-hint = list what is collected in `automatic.categories` and `voluntary.categories`
lint-legal-automatic-purposes-hint = say why information is collected automatically in `automatic.purposes`
lint-legal-use-purposes-hint = say what the information people give is used for, in `use.purposes`
lint-legal-refusal-consequence-hint = say what happens if the person refuses to give the information, in `voluntary.refusal_consequence`
lint-legal-cookies-refusal-hint = some cookies are optional (`essential: false`): say what refusing them costs, e.g. `refuse: {"{"} consequence: some-features-unavailable {"}"}` or your own text `{"{"} en: …, fr: … {"}"}`
lint-legal-tracking-functions-hint = say whether a technology of the site identifies, locates or profiles: `tracking: {"{"} functions: none {"}"}`, or list the functions (`[identification, location, profiling]`)
lint-legal-tracking-off-by-default-hint = the law asks that these functions be off by default: say so with `off_by_default: true` once they are
lint-legal-tracking-how-to-activate-hint = say how to turn these functions on: `how_to_activate: {"{"} en: …, fr: … {"}"}`
lint-legal-access-hint = state the right of access: `access: true`
lint-legal-correction-hint = state the right of correction: `correction: true`
lint-legal-recipients-hint = say who outside the body receives personal information, and when: `recipients: none`, or `recipients: [{"{"} who: other-public-bodies, when: [required-by-law] {"}"}]`
lint-legal-recipient-information-hint = say what each recipient receives, in its `information: [...]`
lint-legal-recipient-purposes-hint = say why each recipient receives it, in its `purposes: [...]`
lint-legal-processed-in-hint = say where each outside service processes information: `processed_in: {"{"} country: US {"}"}`, `outside-canada`, `in-quebec`…
lint-legal-transfers-outside-hint = a service processes information outside Québec: say so in `transfers: [{"{"} to: …, recipient: … {"}"}]`
lint-legal-transfers-hint = say whether personal information may be communicated outside Québec: `transfers: none`, or where it goes
lint-legal-contact-official-hint = name the official in `rights.contact`: `title`, `address` and `phone`
lint-legal-contact-address-hint = give the business address of the person in charge in `rights.contact.address`
lint-legal-contact-phone-hint = give the business telephone number in `rights.contact.phone`
lint-legal-notice-purposes-hint = say what the information collected through the form is used for: `use: {"{"} purposes: [respond] {"}"}`
lint-legal-notice-reply-hint = say whether answering is `obligatory` or `optional`: `reply:` for the whole form, or `reply:` on each field
lint-legal-notice-refusal-hint = say what happens if the person does not answer: `refusal: {"{"} en: …, fr: … {"}"}`
lint-legal-notice-contact-hint = give the contact details of the person in charge in `rights.contact`: an address, an email, a telephone or a form
lint-legal-qc-access-act-64-hint = cite section 64 of the Access Act: `- act: quebec-access-act` with `cite: ["64", "65"]`
lint-legal-service-names-hint = name each outside service in `services[].name`
lint-legal-access-categories-hint = say who inside the body has access, e.g. `access: [authorized-staff]`
lint-legal-channels-hint = say how information reaches the body, e.g. `channels: [email, online-forms]`
lint-legal-reply-hint = say whether replying is `optional` or `obligatory` in `voluntary.reply`
lint-legal-online-access-hint = link the online service where people consult or correct their information, or silence QC-09 saying none exists
lint-legal-contact-details-hint = give the contact details of the person in charge in `rights.contact`: title, and address, e-mail or telephone
lint-legal-security-hint = list the security measures, e.g. `measures: [encryption, access-restricted]`
lint-legal-complaints-internal-hint = link to your own complaint process: `complaints: {"{"} internal: {"{"} label: …, url: … {"}"} {"}"}`
lint-legal-history-hint = announce the current version: add a `history` entry dated as `updated`
lint-legal-ontario-act-hint = cite the act that authorizes collection: `- act: ontario-fippa`
lint-legal-ontario-sections-hint = cite the section that authorizes collection, e.g. `cite: ["38 (2)"]`
lint-legal-federal-act-hint = cite the act that authorizes collection, e.g. `- act: privacy-act`
lint-legal-banks-hint = name the personal information bank that describes the information, in both languages: `banks: [{"{"} number: {"{"} en: PSU 914, fr: POU 914 {"}"}, title: {"{"} en: Public Communications, fr: Communications publiques {"}"} {"}"}]`
lint-legal-complaint-hint = state the right to complain to the Privacy Commissioner: `complaint: true`
lint-legal-accountable-person-hint = give the accountable person's title and address in `rights.contact`
lint-legal-notice-access-hint = say who inside the body has access, e.g. `access: [staff-handling-request]`
lint-legal-notice-ontario-sections-hint = cite the section that authorizes the collection, e.g. `- act: ontario-fippa` with `cite: ["38 (2)"]`
lint-legal-notice-federal-act-hint = cite the act that authorizes the collection, e.g. `- act: privacy-act`

## Links and images of the Markdown bodies (src/lint/links.rs)

# $lang: the language of the text (en, fr); $section: the section id;
# $address: the address as written.
lint-external-image = the { $lang ->
        [en] English
       *[fr] French
    } text of section `{ $section }` shows an image from another site (`{ $address }`); that site would see every reader of the policy, so the image is not published
lint-external-image-hint = put the image in the theme's static/ folder and write its path (`/assets/…`), or remove it
# $lang, $section, $address: as above.
lint-link-without-scheme = the { $lang ->
        [en] English
       *[fr] French
    } text of section `{ $section }` links to `{ $address }`, an address without `https:`; the link is not published
lint-link-without-scheme-hint = write the address in full, starting with `https://`
# $lang, $section, $address: as above.
lint-unsafe-link = the { $lang ->
        [en] English
       *[fr] French
    } text of section `{ $section }` links to `{ $address }`; only `https:`, `http:`, `mailto:` and `tel:` addresses and paths of this site are published
lint-unsafe-link-hint = write a web address, an e-mail (`mailto:`) or a telephone (`tel:`) link, or remove the link

## Parity of the two languages' Markdown (src/lint/parity.rs)

# $section: the section id; $differences: the differences (lint-parity-difference), joined.
lint-parity = the English and French texts of section `{ $section }` differ in structure ({ $differences })
# $what: what is counted; $en, $fr: how many in each language.
lint-parity-difference = { $what ->
        [paragraphs] paragraphs
        [list-items] list items
        [links] links
       *[headings] headings
    }: { $en } in English, { $fr } in French
# The label of the English text, beside the French one.
lint-parity-english-text = English text
lint-parity-hint = both languages should say the same things: check for a paragraph, item or link missing in one of them

## Freshness of translations (src/lint/freshness.rs)

# $target: the translation's language (en, fr); $source: the source
# language; $key: the text's key in the lock.
lint-translation-stale = { $target ->
        [en] English
       *[fr] French
    } text may be out of date: { $source ->
        [en] English
       *[fr] French
    } changed since it was reviewed (`{ $key }`)
# $target, $source, $key: as above.
lint-translation-unreviewed = the { $target ->
        [en] English
       *[fr] French
    } translation of `{ $key }` has not been reviewed against the { $source ->
        [en] English
       *[fr] French
    } text
# The label of the source text. $lang: its language.
lint-translation-source-text = { $lang ->
        [en] English
       *[fr] French
    } text
# $target: the translation's language; $id: the policy id.
lint-translation-text-hint = update the { $target ->
        [en] English
       *[fr] French
    } text if needed, then record the review: `policypress check --accept { $id }`
# $target, $source: as above; $id: the message id.
lint-message-stale = { $target ->
        [en] English
       *[fr] French
    } message `{ $id }` may be out of date: { $source ->
        [en] English
       *[fr] French
    } changed since it was reviewed
# $target, $source, $id: as above.
lint-message-unreviewed = the { $target ->
        [en] English
       *[fr] French
    } message `{ $id }` has not been reviewed against the { $source ->
        [en] English
       *[fr] French
    } one
# The label of the source message. $lang: its language.
lint-translation-source-message = { $lang ->
        [en] English
       *[fr] French
    } message
# $id: the message id.
lint-translation-message-hint = update it if needed, then record the review: `policypress check --accept { $id }`
# The hint of a stale translation whose review kept the source text: what
# changed in the source since, word by word ([-removed-]{+added+}), then the
# usual hint. $source: the source language; $changes: the changes; $hint:
# what to do.
lint-translation-changes-hint = since the review, the { $source ->
        [en] English
       *[fr] French
    } text changed: { $changes }; { $hint }
# The lock cannot be used. $file: its name (translations.lock); $why: what
# is wrong with it (one of the lint-lock-… below).
lint-lock-damaged = content/{ $file } { $why }; restore it from version control (`git checkout -- content/{ $file }`) or repair it: deleting it loses the record of which translations were reviewed
lint-lock-not-a-file = is not a regular file (a folder, pipe, socket or device)
# $limit: the largest size accepted, in bytes.
lint-lock-too-large = is larger than { $limit } bytes
# $line: the line of the conflict marker.
lint-lock-conflict = holds an unresolved merge conflict (line { $line }): keep both sides' entries, or take one side and review again
# $reason: what the YAML guard refuses (its own words).
lint-lock-refused = is damaged: it { $reason }
# $reason: the YAML reader's reason, quoted as it is.
lint-lock-invalid = is damaged ({ $reason })
# $file: the lock's name; $reason: the system's reason, quoted as it is.
lint-lock-unreadable = cannot read content/{ $file }: { $reason }

## Terminology (src/lint/terms.rs, src/lint/terminology.rs)

# $found: the text found; $lang: its language (en, fr); $prefer: what to write.
lint-terminology = `{ $found }` is to be avoided in { $lang ->
        [en] English
       *[fr] French
    }: write `{ $prefer }`
# A site list's own note, as its authors wrote it. $note: the note.
lint-terminology-note = { $note } (note of locales/terms.yaml)
# The notes of the built-in list (locales/terms.yaml, where each is also
# written: a test keeps the two the same), by language and `avoid`.
lint-term-note-fr-cookie = The OQLF advises against « cookie »: témoin, or témoin de connexion (témoin de session, témoin persistant).
lint-term-note-fr-e-mail = Never « e-mail » or « mail » in French: courriel.
lint-term-note-fr-adresse-e-mail = The address is an « adresse courriel » (or « adresse électronique »).
lint-term-note-fr-informations-personnelles = A calque of “personal information”: the Québec and federal statutes say « renseignements personnels ».
lint-term-note-fr-psu = Standard personal information banks are « POU » in French (fichier de renseignements personnels ordinaire, Info Source).
lint-term-note-fr-sin = numéro d’assurance sociale (NAS).
lint-term-note-fr-web = Federal usage (TERMIUM Plus) writes Web with a capital: site Web, page Web, navigateur Web.
lint-term-note-fr-browser = navigateur (Web).
lint-term-note-fr-login = « nom d’utilisateur » or « code d’utilisateur »; to log in: ouvrir une session.
lint-term-note-fr-newsletter = « infolettre » or « bulletin électronique ».
lint-term-note-fr-digital = In French « digital » means “of the fingers” (empreinte digitale); for technology: numérique.
lint-term-note-fr-tracking = suivi (of visits, of navigation).
lint-term-note-en-center = Canadian spelling. Keep “Center” only in the name of a foreign body or product (add it to `except`).
lint-term-note-en-license = Canadian spelling: licence is the noun, license the verb (licensed, licensing); only noun uses are reported.
lint-term-note-en-defense = Canadian spelling (Department of National Defence).
# A mistake in a site's locales/terms.yaml at a place. $place: where
# (`fr[3].forms`); $reason: what is wrong (one of the lint-terms-… below).
lint-terms-error-at = { $place }: { $reason }
lint-terms-error-hint = the format is described at the top of the built-in list, `policypress` docs/data-format.md
# $reason: the YAML reader's reason, quoted as it is.
lint-terms-yaml = cannot be read: { $reason }
lint-terms-not-mapping = expected a mapping with the keys `en` and `fr`
# $key: the key found.
lint-terms-unknown-language = unknown key `{ $key }`: expected `en` or `fr`
lint-terms-not-list = expected a list of entries
# $avoid: the term; $first: where it is listed first (`fr[2]`).
lint-terms-duplicate = `{ $avoid }` is already listed at { $first }
lint-terms-entry-not-mapping = expected a mapping with `avoid` and `prefer`
# $key: the key found; $expected: the keys an entry takes.
lint-terms-unknown-key = unknown key `{ $key }` (expected one of { $expected })
lint-terms-avoid-required = required, a word or phrase
lint-terms-prefer-required = required (to turn a built-in entry off, write `disabled: true`)
lint-terms-form-not-text = expected text
lint-terms-form-not-pair = expected `form: preferred form`
lint-terms-forms-kind = expected a list of forms or a map from form to preferred form
lint-terms-forms-empty = empty
lint-terms-except-kind = expected a list of phrases
lint-terms-expected-text = expected text
lint-terms-expected-boolean = expected true or false
# $pattern: a form or `except` phrase as written; $why: what is wrong with it.
lint-terms-pattern = `{ $pattern }`: { $why ->
        [brackets-not-allowed] `[` and `]` are not allowed here
        [brackets-twice] only one part can be in brackets
        [unbalanced-close] unbalanced `]`
        [unbalanced-open] unbalanced `[`
        [bracket-ends] the part in brackets must start and end with a letter or digit
       *[ends] must start and end with a letter or digit
    }
