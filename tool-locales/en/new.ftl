# The comments of the short file `policypress new` writes (without --full),
# in the site's source language.

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
