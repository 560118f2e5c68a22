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
lint-legal-qc-access-act-64-hint = cite section 64 of the Access Act: `- act: quebec-access-act` with `sections: ["64", "65"]`
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
lint-legal-ontario-sections-hint = cite the section that authorizes collection, e.g. `sections: ["38 (2)"]`
lint-legal-federal-act-hint = cite the act that authorizes collection, e.g. `- act: privacy-act`
lint-legal-bank-number-hint = give the bank number in both languages: `bank_number: {"{"} en: PSU 914, fr: POU 914 {"}"}`
lint-legal-complaint-hint = state the right to complain to the Privacy Commissioner: `complaint: true`
lint-legal-accountable-person-hint = give the accountable person's title and address in `rights.contact`
lint-legal-notice-access-hint = say who inside the body has access, e.g. `access: [staff-handling-request]`
lint-legal-notice-ontario-sections-hint = cite the section that authorizes the collection, e.g. `- act: ontario-fippa` with `sections: ["38 (2)"]`
lint-legal-notice-federal-act-hint = cite the act that authorizes the collection, e.g. `- act: privacy-act`
