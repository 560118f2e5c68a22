# The comments of the files `policypress new` writes, in the tool's language
# (the texts they ask for list the site's source language first).

## The short file (without --full)

new-short-title = Policy `{ $id }`, written by `policypress new`: only what this document must decide.
new-short-profile = It extends the profile `{ $profile }` (content/profiles/{ $profile }.yaml): the organization, its contacts, the law and the rules every document shares come from there. Write a key here only to replace the profile's value for this document.
new-short-todo = Replace each TODO with the real value. `policypress check` reports each TODO left, with its line, then what the law still requires of this document.
new-short-full = `policypress new <id> --full` writes a file with every key a policy can have, each explained (cookies, what visitors send, your own sections…); docs/data-format.md describes them too.
new-short-typography = French typing: a non-breaking space before the colon and inside the guillemets, no space before the semicolon, the question mark and the exclamation mark, and the curly apostrophe ’.
new-short-jurisdiction = Whose privacy law applies, one of: { $values }.
new-short-kind = What the document is called (filled in from --jurisdiction).
new-short-organization = The organization, as shown at the top of the pages: its name and home page in both languages. Written in a profile, it is written once for every document.
new-short-key-title = The document's title, in both languages.
new-short-key-slug = The last part of the pages' addresses: by default the document's id, as below. To choose another, remove the # of these lines (lower-case letters a-z, digits and hyphens).
new-short-key-updated = Date of the last change (year-month-day, for instance 2026-01-15).
new-short-key-history = Changes to the document, newest first: an entry dated like `updated`, with a one-line summary in both languages. Add one at each change, so readers see what changed and when.

## The collection notice (`policypress new <id> --kind notice`)

new-notice-title = Collection notice `{ $id }`, written by `policypress new`: the notice a person reads on one online form, before sending it.
new-notice-website = A notice speaks of its form only: what the website collects (cookies, information exchanged automatically, links) is in the privacy policy, and a notice neither writes nor inherits it.
new-notice-key-policy = The id of the site's privacy policy this notice belongs to (a file of content/policies/, without .yaml): the notice links to it, and the policy lists the notice.
new-notice-key-form = The form this notice is given on: its title as the form shows it, in both languages; `url:` its address, if you want the notice to link to it.
new-notice-key-fields = What the form collects, one per line: name, first-name, last-name, postal-address, telephone, email, credit-card, social-insurance-number, user-code, password, or your own `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. A field with the form's own label or its own reply: `- category: email` with `label:` and `reply:` under it.
new-notice-key-reply = Whether answering is obligatory or optional (obligatory, optional), for every field that does not say otherwise. The law asks you to say it.
new-notice-key-refusal = What happens if the person does not answer, in both languages (for instance: "Without this information, we cannot process your request."). Delete it if answering is optional.
new-notice-key-use = What the information collected through the form is used for: respond, follow-up, provide-service, registration, feedback, consultation, e-commerce, subscription, research, evaluation, investigation, survey, or your own `{ "{" } id, label: { "{" } en, fr { "}" } { "}" }`. Write `only:` above the list when these are its only uses.
new-notice-key-recipients = Who outside your organization receives this information: `none` (no one: the notice says it is not shared), or the recipients, each with when, what and why (see docs/data-format.md, "recipients").

## Every key, explained (`policypress new <id> --full`); each key's own
## description is the JSON Schema's (schema.ftl)

new-full-title = Policy `{ $id }`, written by `policypress new`.
new-full-keys = Every key is below, with what it means and the values it accepts (the same descriptions as the JSON Schema: `policypress schema policy`).
new-full-todo = Replace every TODO with the real value. An optional key that does not apply can be deleted. `policypress check` reports each TODO left, with its line.
new-full-texts = Texts have an `en:` and an `fr:`. French typing: a non-breaking space before « : » and inside « », no space before « ; ? ! », and the curly apostrophe ’.
new-full-profile = This policy extends the profile `{ $profile }` (content/profiles/{ $profile }.yaml). The keys commented out with `#` come from it, with the value shown: uncomment one only to replace it here (a list written here replaces the profile's whole list). If you delete every key under a group (e.g. `legal:`), delete the group's line too: an empty group replaces the profile's whole group.
new-full-required = Required.
new-full-optional = Optional: delete this key if it does not apply.
new-full-optional-default = Optional; default: { $value }.
new-full-one-of = One of:
new-full-each-one-of = Each item is one of:
new-full-value = { $value }: { $description }
new-full-example-item = Each item looks like this:
new-full-map-keys = Each key is one of: { $keys }.
new-full-example-entry = For example:
new-full-only-for = Used only when `jurisdiction` is `{ $jurisdiction }`.
