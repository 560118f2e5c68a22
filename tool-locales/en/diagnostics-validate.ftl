# Diagnostics of the validate stage (src/validate.rs): a document read into
# the model, and what types alone cannot check (empty texts, duplicate ids,
# section references, keys of another kind of document or another law).

## Keys

# $key: the unknown key (at the top level of the file).
validate-unknown-key = unknown key `{ $key }` at the top level
# $key: the unknown key; $parent: the group it is written in.
validate-unknown-key-in = unknown key `{ $key }` in `{ $parent }`
# $suggestion: the key, value or name likely meant.
validate-did-you-mean = did you mean `{ $suggestion }`?
validate-remove-key = remove this key
# $keys: the keys allowed here, comma-separated.
validate-valid-keys = valid keys here: { $keys }
# $old: where the key was; $new: where it is now.
validate-moved-key = `{ $old }` has moved: it is now `{ $new }`
# $key: the required key; $path: the group lacking it.
validate-missing-key = `{ $path }` is missing the required key `{ $key }`
# $key: the required key (at the top level of a document).
validate-document-missing-key = the policy is missing the required key `{ $key }`
# $key: the required key.
validate-missing-key-hint = add `{ $key }:` here, or inherit it from a profile with `extends`
# $key: the required key of content/site.yaml.
validate-site-missing-key = content/site.yaml is missing the required key `{ $key }`
# $key: the required key of content/site.yaml.
validate-site-missing-key-hint = add `{ $key }:` (see docs/data-format.md, site settings)
validate-key-not-a-word = a key must be a word
# $what: what the document is (`empty`, or `not-mapping` for a list or a
# single value).
validate-document-shape = the document is { $what ->
        [empty] empty
       *[not-mapping] not a group of keys
    }
validate-policy-shape-hint = a policy file is a set of `key: value` lines, starting with `title:`
validate-site-shape-hint = content/site.yaml is a set of `key: value` lines: base_url, source_language, title…

## Keys that moved (src/model/migrate.rs: one hint for each)

validate-moved-legal-jurisdiction = move `jurisdiction:` to the top level of the file (it selects the rules and the keys of a whole document, not only its legal frame)
validate-moved-voluntary-consent-required = `consent_required: true` becomes `collection: {"{"} none_without_consent: true {"}"}` ("we collect no personal information without your prior consent"); `false` said nothing: delete it
validate-moved-voluntary-purposes = what personal information is used for is now `use.purposes` (the same values; add `research`, `evaluation`… as they apply). When people give it ("if you wish to: …") is `voluntary.occasions`
validate-moved-use-purpose-only = renamed: write `only_for_collected_purposes: true` under `use:` if the policy says it
validate-moved-use-access = who inside the body has access is now the top-level `access:` (the same values), shared with collection notices
validate-moved-use-disclosure = say who receives the information and when: `recipients: {"{"} only: [{"{"} who: other-public-bodies, when: {"{"} only: [request-concerns-body, required-by-law] {"}"} {"}"}] {"}"}`; `approved-agreements` is now `written-agreements`, or your own term with the policy's words
validate-moved-use-no-profiling = write `never_for: [profiling]` under `use:` if the policy says it
validate-moved-use-no-private-disclosure = write `recipients: {"{"} never: [private-organizations] {"}"}` (beside the recipients the policy names) if the policy says it
validate-moved-use-retention = write `retention: {"{"} then: archived-or-destroyed {"}"}` at the top level, and `securely: true` if the policy says it is done securely
validate-moved-use-research = list these uses in `use.purposes`: `research`, `evaluation`, `investigation`, `survey`, as the policy names them
validate-moved-legal-acts-sections = rename `sections` to `cite`, with the same values (`cite: ["64", "65"]`): the page now words each place as the act numbers it (section, subsection, paragraph, Part)
validate-moved-legal-bank-number = write the bank as an item of `banks`, with its number and, if the policy gives them, its title and address: `banks: [{ "{" } number: { "{" } en: PSU 914, fr: POU 914 { "}" } { "}" }]`
validate-moved-legal-outside-quebec = `outside_quebec: false` becomes `transfers: none`; `true` becomes a list of where information goes: `transfers: [{"{"} to: outside-quebec {"}"}]`
validate-moved-cookies-practice = `practice: none` becomes `cookies: none`; for `session` or `persistent`, describe the cookies in `cookies.items` (`- {"{"} id: …, lifetime: session, purpose: navigation {"}"}`), and add `no_persistent: true` only if the policy says it places no persistent cookie
validate-moved-cookies-purpose = say why each cookie is set in `cookies.items`: `items: [{"{"} id: …, purpose: navigation {"}"}]` (or `convenience`, `preferences`, `security`, `analytics`…); "not to gather personal information" is `no_personal_information: true`
validate-moved-cookies-refusable = write `refuse: {"{"} browser: true {"}"}`, and what refusing costs as `consequence: some-features-unavailable` (or your own text) only if the policy says so
validate-moved-cookies-analytics = a web analytics service is a `services` entry with `role: web-analytics`: `services: [{"{"} id: google-analytics, name: Google Analytics, role: web-analytics, anonymous: true, information: [age, gender, language, interests], opt_out: [...] {"}"}]`

## Values

# $value: the value written; $path: the key.
validate-unknown-value = `{ $value }` is not a valid value for `{ $path }`
# $suggestion: the value likely meant; $values: the valid values,
# comma-separated.
validate-did-you-mean-value = did you mean `{ $suggestion }`? Valid values: { $values }
# $values: the valid values, comma-separated.
validate-valid-values = valid values: { $values }
# $path: the text (a key); $lang: the language missing (`en`, `fr`).
validate-missing-translation = `{ $path }` has no { $lang ->
        [fr] French
       *[en] English
    } text
# $key: the language key missing (`en`, `fr`); $other: the other one.
validate-missing-translation-hint = add `{ $key }:` beside `{ $other }:`; every text is required in both languages
# $path: the text (a key); $lang: the language of the empty text (`en`, `fr`).
validate-empty-translation = the { $lang ->
        [fr] French
       *[en] English
    } text of `{ $path }` is empty
validate-empty-translation-hint = write the text; every text is required in both languages
# $path: the key.
validate-no-value = `{ $path }` has no value
# $expected: what to write (validate-type).
validate-no-value-hint = write { $expected } after the colon (or, if the key is optional, remove it)
# $path: the key; $expected: the kind of value expected (validate-type);
# $found: what is written (validate-found).
validate-wrong-type = `{ $path }` should be { $expected }, not { $found }
# $written: the number written.
validate-quote-number-hint = put it in quotes to write it as text: "{ $written }"
validate-bilingual-hint =
    write the text in both languages:
    {"  "}en: …
    {"  "}fr: …
validate-list-hint = write a list, one `- item` per line
validate-boolean-hint = write `true` or `false`
# $expected: the kind of value expected (validate-type).
validate-expected-hint = expected { $expected }
# $type: the kind of value (a key, worded here).
validate-type = { $type ->
        [bilingual] a text in both languages (`en:` and `fr:`)
        [group] a group of keys
        [list] a list
        [text] a text
        [boolean] `true` or `false`
        [whole-number] a whole number
        [number] a number
        [localized] a value, or one per language (`en:` and `fr:`)
       *[other] another kind of value
    }
# $found: the kind of value written (a key, worded here); $value: the
# value itself, for a number, a text or a boolean.
validate-found = { $found ->
        [list] a list
        [group] a group of keys
        [number] the number `{ $value }`
        [boolean] `{ $value }`
        [text] the text `{ $value }`
        [nothing] nothing
        [tagged] a tagged value (a tag such as `!x` is not allowed here)
       *[other] this value
    }
# $path: the key.
validate-unreadable = `{ $path }` cannot be read as written
validate-unreadable-hint = check the value against docs/data-format.md: a number may be too large, or a tag such as `!x` is not allowed here
validate-invalid-value-hint = see docs/data-format.md for how to write this value
# $n: how many problems were not listed.
validate-too-many-problems = { $n ->
        [one] { $n } more problem in this file is not listed
       *[other] { $n } more problems in this file are not listed
    }
validate-too-many-problems-hint = fix those listed and check again; so many usually means the file is not a policy

## Policies and notices

# $key: the key; $kind: the kind of document the file is (`policy`,
# `notice`), whose key it is not.
validate-key-not-for-kind = `{ $key }` is for { $kind ->
        [notice] privacy policies (content/policies/), and this file is a collection notice
       *[policy] collection notices (content/notices/), and this file is a privacy policy
    }
# $kind: the kind of document the file is (`policy`, `notice`).
validate-key-not-for-kind-hint = { $kind ->
        [notice] a notice tells what its form collects and why (`fields`, `use.purposes`); what the website collects belongs in the privacy policy the notice names: remove this key
       *[policy] this key describes one form: write it in a collection notice, `content/notices/<id>.yaml`, that names this policy (`privacy_policy:`)
    }
# $key: the key the notice lacks (`form`, `privacy_policy`).
validate-notice-needs-key = a collection notice needs `{ $key }`
validate-notice-needs-form-hint = name the form the notice is given on: `form: {"{"} title: {"{"} en: …, fr: … {"}"} {"}"}`
validate-notice-needs-policy-hint = name the privacy policy of the site, by its id: `privacy_policy: my-policy` (content/policies/my-policy.yaml)
# $key: the key; $only: the law it is for; $law: the policy's.
validate-key-not-for-jurisdiction = `{ $key }` is for { $only } law; this policy is under `{ $law }` law
validate-key-not-for-jurisdiction-hint = remove it, or change `jurisdiction` if the policy is under that law

## Sections and rules

# $id: the section id.
validate-builtin-section-id = `{ $id }` is the id of a built-in section
validate-builtin-section-id-hint = choose another id, e.g. `more-about-cookies`
# $id: the section id.
validate-duplicate-section = two sections have the id `{ $id }`
validate-duplicate-section-hint = section ids are anchors (#id) and must be unique
# $section: the built-in section named by `after`.
validate-section-not-shown = the section `{ $section }` is not on this page, so this section goes at the end
# $section: the built-in section named by `after`.
validate-section-not-shown-hint = `{ $section }` appears only when the policy has something to say in it; place this section after another one
# $section: the section named by `after`.
validate-unknown-section = `after: { $section }` names no section before this one
# $sections: the sections before this one, comma-separated.
validate-known-sections = sections: { $sections }
# $rule: the rule named.
validate-unknown-rule = there is no rule `{ $rule }`
# $suggestion: the rule likely meant.
validate-unknown-rule-did-you-mean = did you mean `{ $suggestion }`? `policypress rules` lists them
validate-unknown-rule-hint = `policypress rules` lists the rules (docs/rules.md)
# $rule: the rule silenced.
validate-allow-without-reason = rule { $rule } is silenced without a reason
validate-allow-without-reason-hint = add `reason: "…"` saying why the rule does not apply to this policy

## Terms of the author's own

# $id: the term's id.
validate-term-redefines-builtin = `{ $id }` is a built-in value here; your own term needs another id
# $id: the term's id.
validate-term-redefines-builtin-hint = write `- { $id }` to use the built-in value (its wording is the locale files'), or give your term another id
validate-act-redefines-builtin-hint = `{ $id }` is a built-in act: write `act: { $id }` to cite it, or give your own act another id
# $id: the term's id.
validate-duplicate-term = `{ $id }` is in this list twice
validate-duplicate-term-hint = keep one
# $term: the `dpv` value.
validate-bad-dpv-term = `{ $term }` is not a term of the Data Privacy Vocabulary
# $reason: how to write a term (src/model/vocab.rs).
validate-bad-dpv-term-hint = { $reason }; or leave `dpv` out

## Services and cookies

# $id: the service id.
validate-duplicate-service = two services have the id `{ $id }`
validate-duplicate-service-hint = give each service its own id: cookies name their service by it
# $region: the region written; $law: the only law whose policies name it.
validate-region-not-for-jurisdiction = `{ $region }` is for policies under { $law } law
validate-region-not-for-jurisdiction-hint = write `{"{"} country: XX {"}"}`, `outside-canada` or `in-canada`
# $service: the service id.
validate-service-sets-cookies = `{ $service }` places cookies, but `cookies: none` says the site places none
validate-service-sets-cookies-hint = describe the cookies in `cookies.items` (with `provider: …`) instead of `cookies: none`, or correct `sets_cookies`
# $cookie: the cookie id.
validate-cookie-persistent = the cookie `{ $cookie }` stays after the visit, but `no_persistent: true` says no cookie does
validate-cookie-persistent-hint = remove `no_persistent: true`, or correct this cookie's `lifetime`
# $id: the cookie id.
validate-duplicate-cookie = two cookies have the id `{ $id }`
validate-duplicate-cookie-hint = give each cookie (or group of cookies) its own id
# $cookie: the cookie id.
validate-cookie-says-nothing = the cookie `{ $cookie }` is given only its id
validate-cookie-says-nothing-hint = say what the page may state of it: `purpose`, `lifetime`, `name`, `provider`, `essential`, `storage` or `type`
validate-withdraw-without-consent = `withdraw` is printed as how to withdraw your consent, but the policy says of no consent it asks for
validate-withdraw-without-consent-hint = say how the site asks (`consent: banner` or `consent: preference-centre`); an opt-out that needs no consent (a browser setting, a provider's add-on) goes in the service's `opt_out` or in `prose.cookies`
# $provider: the service id.
validate-provider-sets-no-cookies = `{ $provider }` places this cookie, but its `sets_cookies: false` says it places none
validate-provider-sets-no-cookies-hint = correct the service's `sets_cookies`, or this cookie's `provider`
# $provider: the service id named.
validate-unknown-service = `provider: { $provider }` names no service of this policy
# $provider: the service id named.
validate-unknown-service-hint = a cookie a third party sets names it: describe the service under `services:` with `id: { $provider }` and its `name` (QC-02); leave `provider` out for a cookie your own site sets
# $services: the policy's services, comma-separated.
validate-known-services = services: { $services }

## Site settings (content/site.yaml)

validate-site-languages = policypress publishes English and French: `languages` must be [en, fr]
validate-site-languages-hint = remove the key, or write `languages: [en, fr]`
# $file: the file named; $kind: what it must be (`css`, `image`); $types:
# the image types, comma-separated.
validate-site-file-type = `{ $file }` is not { $kind ->
        [css] a style sheet (a `.css` file)
       *[image] an image a browser shows ({ $types })
    }
validate-site-file-type-hint = name a file of that type, relative to the site's root folder
# $file: the file named.
validate-missing-site-file = `{ $file }` is not a file of the site (paths are relative to the site's root folder, where content/ is)
validate-missing-site-file-hint = add the file, or correct the path

## Addresses

# $first, $second: the two policies; $lang: the language (`en`, `fr`);
# $slug: the address they share.
validate-duplicate-slug = policies `{ $first }` and `{ $second }` both publish at /{ $lang }/{ $slug }/
validate-duplicate-slug-other = the other policy
validate-duplicate-slug-hint = give each policy its own `slug`
# $section: the key under `prose`.
validate-prose-unknown-section = `prose: { $section }` names no built-in section
# $section: the free section of that id.
validate-prose-free-section-hint = `{ $section }` is one of your own sections (`sections`): write these words in its `body`
# $section: the key under `prose`; $kind: `policy` or `notice`.
validate-prose-section-not-for-kind = { $kind ->
    [notice] the section `{ $section }` is not on a collection notice's page
   *[other] the section `{ $section }` is not on a privacy policy's page
}
# $section: the key under `prose`.
validate-prose-empty = `prose: { $section }` gives no text
validate-prose-empty-hint = write `before`, `after` or `instead`, each a text in both languages (`en`, `fr`), or remove the key
