# Why a value of a document cannot be read (src/model/): the value types'
# own checks (dates, web addresses, identifiers…) and the errors of the
# open vocabularies and of citations (the moved keys' hints are in
# diagnostics-validate.ftl). Validation shows them as `invalid-value`
# diagnostics; the command line shows
# `model-ident` and the web address messages for `new ID`, `--extends` and
# `--base-url`.

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

## Terms of the open vocabularies (src/model/vocab.rs)

# $id: the term id as written; $why: what is wrong (`empty`, `long`,
# `capitals`, `underscore`, `space`, `double-hyphen`, `empty-part`,
# `hyphen-edge`, `character`); $max: the longest id accepted; $character:
# the character that is not allowed.
model-term-id = { $why ->
        [empty] a term id cannot be empty
        [long] the term id `{ $id }` is longer than { $max } characters
        [capitals] `{ $id }` has capital letters: term ids are written in lower case
        [underscore] `{ $id }` holds `_`: words in a term id are joined by hyphens
        [space] `{ $id }` holds a space: words in a term id are joined by hyphens
        [double-hyphen] `{ $id }` holds two hyphens in a row, which term ids may not (`--` stands for the dot in message names)
        [empty-part] `{ $id }` has an empty part: a dot must sit between two words
        [hyphen-edge] `{ $id }` has a part that starts or ends with a hyphen
       *[character] `{ $id }` holds `{ $character }`: a term id uses only letters a-z, digits, hyphens and dots
    }
# $fixed: the id written the right way.
model-term-id-fix-hint = write `{ $fixed }`
model-term-id-hint = write lower-case letters a-z, digits and hyphens, with a dot between the parts, e.g. `device.ip-address`
# A vocabulary, in running text. $vocab: its name (`access-group`…).
model-vocab-noun = { $vocab ->
        [category] category
        [purpose] purpose
        [statistic] statistic
        [channel] channel
        [occasion] occasion
        [access-group] access group
        [disclosure-case] disclosure case
        [recipient] recipient
        [security-measure] security measure
        [cookie-purpose] cookie purpose
        [service-role] service role
        [right] right
        [safeguard] safeguard
        [oversight-role] oversight role
       *[other] { $vocab }
    }
# $id: the id as written; $new: the built-in id it was renamed to; $noun:
# the vocabulary (model-vocab-noun).
model-term-renamed = `{ $id }` is now `{ $new }`
model-term-renamed-hint = write `{ $new }`: the built-in { $noun } ids were renamed
# $id: the id as written; $noun: the vocabulary; $meant: the built-in id
# it most likely stands for.
model-term-unknown = `{ $id }` is not a built-in { $noun }
model-term-unknown-meant-hint = did you mean `{ $meant }`? Or, to describe one of your own, write an entry with a label: `{"{"} id: { $id }, label: {"{"} en: …, fr: … {"}"} {"}"}`
model-term-unknown-hint = the built-in ids are listed in docs/data-format.md; to describe one of your own, write an entry with a label: `{"{"} id: { $id }, label: {"{"} en: …, fr: … {"}"} {"}"}`
model-term-missing-label = `{ $id }` is not a built-in { $noun }, so it needs a label
model-term-missing-label-hint = add `label: {"{"} en: …, fr: … {"}"}` with the words the page should show
model-term-missing-label-meant-hint = add `label: {"{"} en: …, fr: … {"}"}` with the words the page should show; or did you mean the built-in `{ $meant }`?
model-term-builtin-label = `{ $id }` is a built-in { $noun }: its wording comes with policypress, so it cannot have a `label`
model-term-builtin-label-hint = remove `label` (a `description` can add a detail), or, to say something else, give your own term an id of its own
# $keys: the keys a built-in may not be given (`dpv`, `grammar` or
# `dpv-grammar`).
model-term-redefines-builtin = `{ $id }` is a built-in { $noun }: its { $keys ->
        [dpv] dpv
        [grammar] grammar
       *[dpv-grammar] dpv and grammar
    } cannot be changed
model-term-redefines-builtin-hint = remove { $keys ->
        [dpv] `dpv`
        [grammar] `grammar`
       *[dpv-grammar] `dpv` and `grammar`
    }, or give your own term an id of its own with a label
# $dpv: the value as written; $id: the term's id.
model-term-bad-dpv = `{ $dpv }` (the `dpv` of `{ $id }`) is not a DPV term
model-term-listed-twice = `{ $id }` is listed twice
# What to write as a `dpv` value.
model-dpv-how = write a compact IRI with the prefix dpv:, pd:, loc: or tech: (e.g. `pd:DeviceBased`), or a full address starting with https://
# $prefix: the prefix written.
model-dpv-name = after `{ $prefix }:` comes the term's name, letters and digits only (e.g. `pd:DeviceBased`)
model-dpv-http = write the address with https://
# $how: model-dpv-how.
model-dpv-pp = `pp:` is policypress's own namespace, for its built-in terms; { $how }

## Citations of acts (src/model/citation.rs)

# The forms a citation may take. $scheme: how the act is drafted
# (`federal`, `ontario`, `quebec`), or `any` before the act is known.
model-cite-forms = { $scheme ->
        [federal] write a section ("5", "65.1"), a subsection ("5(2)"), a paragraph ("8(2)(a)") or a part ("Part II")
        [ontario] write a section ("64", "65.0.1"), a subsection ("38 (2)"), a clause ("39 (2) (a)") or a part ("Part II")
        [quebec] write an article ("64", "65.0.1", "63.4"), a numbered paragraph ("65 (1)" for 1°) or a part ("Part II"); an unnumbered paragraph (alinéa) as `{"{"} section: 65, alinea: 2 {"}"}`
       *[any] write a section ("64", "65.0.1"), with its subsection and paragraph in parentheses ("38 (2)", "39 (2) (a)", "8(2)(a)"), a Québec paragraph ("65 (1)"), a part ("Part II"), or the parts by name: `{"{"} section: 65, alinea: 2 {"}"}`
    }
# $text: the citation as written; $reason: what is wrong with it.
model-cite-unparsable = `{ $text }` cannot be read as a citation: { $reason }
# $text: the citation; $scheme: how the act is drafted; $reason: what does
# not fit.
model-cite-not-in-scheme = `{ $text }` is not how { $scheme ->
        [federal] federal
        [ontario] Ontario
       *[quebec] Québec
    } acts are cited: { $reason }
# $value: the value as written; $field: the part's key.
model-cite-bad-part = `{ $value }` is not a valid { $field }: { $field ->
        [part] a part is numbered in Roman or Arabic numerals, e.g. II
        [section] numbers joined by single dots, e.g. 65 or 65.0.1
        [subsection] a number, e.g. 2
        [paragraph] a lower-case letter, e.g. a
        [alinea] which paragraph, counted from 1: 2 for the second
       *[item] the number of the paragraph, e.g. 1 for 1°
    }
# $why: what is missing (`part-and-section`, `no-section`, `empty`,
# `paragraph-alone`).
model-cite-incomplete = this citation { $why ->
        [part-and-section] names a part and a section: cite either the part or the section
        [no-section] has no `section`: a subsection or paragraph is cited with its section
        [empty] is empty: give at least a `section` (or a `part`)
       *[paragraph-alone] has a `paragraph` without its `subsection`: policypress words a paragraph within its subsection; for a paragraph directly under its section, cite the section alone
    }
# Why a shorthand cannot be read (the $reason of model-cite-unparsable).
model-cite-empty = it is empty
# $part: what follows `Part`.
model-cite-part-number = a part is numbered in Roman or Arabic numerals, e.g. "Part II", not `{ $part }`
# $word: the word written before the number.
model-cite-word = write the number alone, without `{ $word }`: the page adds the word (section, article…) in each language
model-cite-start = a citation starts with the section number (e.g. `38`) or with `Part`
# $section: what was read as the section number.
model-cite-section-number = `{ $section }` is not a section number: numbers joined by single dots, e.g. `65.0.1`
model-cite-unclosed = a `(` is not closed
model-cite-alinea-by-name = an unnumbered paragraph (alinéa) is written by name: `{"{"} section: { $section }, alinea: 2 {"}"}`
# $rest: what follows the section; $section: the section.
model-cite-parentheses = `{ $rest }` after `{ $section }` is not in parentheses; write each level in parentheses, e.g. "39 (2) (a)"
# $inside: what is in the parentheses.
model-cite-degree = `{ $inside }` is not a paragraph number such as 1°
# $letter: the letter in lower case.
model-cite-lower-case = paragraph letters are lower case: write `({ $letter })`
model-cite-level = `({ $inside })` is neither a number such as (2) nor a letter such as (a)
model-cite-depth = policypress cites down to the paragraph (or clause): at most two levels after the section, e.g. "39 (2) (a)"
# Why a citation does not fit its act (the $reason of model-cite-not-in-scheme).
model-cite-degree-quebec = `°` numbers the paragraphs of Québec acts
model-cite-paragraph-alone = policypress words a paragraph within its subsection, e.g. "39 (2) (a)"; for a paragraph directly under its section, cite the section alone
model-cite-after-subsection = after the subsection comes a paragraph letter, e.g. "39 (2) (a)"
model-cite-quebec-depth = policypress cites Québec acts down to the numbered paragraph, e.g. "65 (1)" for 1°
model-cite-quebec-parentheses = in a Québec act the parentheses hold the number of a paragraph, e.g. "65 (1)" for 1°
model-cite-quebec-subsection = Québec acts have no subsections: a numbered paragraph 1° is `item: 1`
model-cite-alinea-elsewhere = `alinea` and `item` are the paragraphs of Québec acts; write `subsection` and `paragraph`
# $value: the number as written; $field: the part's key.
model-cite-negative = `{ $value }` is not a { $field }: numbers in an act are positive
model-cite-negative-hint = write it as in the act, e.g. "38 (2)"
# $value: the number as read.
model-cite-decimal = `{ $value }` is read as a decimal number, which would lose trailing zeros (63.10 becomes 63.1)
model-cite-decimal-hint = put it in quotes: "{ $value }"
