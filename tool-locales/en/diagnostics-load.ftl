# Diagnostics of the load stage (src/load/): reading the site's files and
# parsing their YAML. Reasons quoted from the system (`$reason` of a read
# error) or from libyaml (`$reason` of `load-yaml-syntax`) stay as they are.

## Reading files (src/load/mod.rs, src/load/inside.rs)

# $file: the file; $reason: the system's reason.
load-read-error = cannot read `{ $file }`: { $reason }
# $file: the folder found where a file was expected.
load-folder-not-file = `{ $file }` is a folder, where a file was expected
load-folder-not-file-hint = rename or move the folder
# $file: the pipe, socket or device.
load-not-regular-file = `{ $file }` is not a regular file (a pipe, socket or device)
load-not-regular-file-hint = replace it with an ordinary text file
# $file: the file; $size: its size in bytes; $max: the largest size accepted.
load-file-too-large = `{ $file }` is { $size } bytes, more than the { $max } bytes allowed
load-file-too-large-hint = a policy file is a few kilobytes: check that this is the right file
# $file: the file.
load-not-utf8 = `{ $file }` is not UTF-8 text
load-not-utf8-hint = save the file as UTF-8 in your editor (Latin-1 and Windows-1252 are not accepted)
# $file: the file or folder; $kind: what the folder's files are (`policy`,
# `notice`, `profile`).
load-unread-file = `{ $file }` is not read as a { $kind ->
        [policy] policy
        [notice] collection notice
       *[profile] profile
    }
# $kind: as above; $dir: the folder the files are read from.
load-unread-subfolder-hint = { $kind ->
        [policy] policy
        [notice] collection notice
       *[profile] profile
    } files are read from `{ $dir }` itself, not from its subfolders: move the files up, or out of the folder to keep them aside
load-unread-extension-hint = rename it with a lower-case `.yaml` (or `.yml`)
# $kind: as above; $dir: the folder; $reason: the system's reason.
load-read-folder-error = cannot read the { $kind ->
        [policy] policy
        [notice] collection notice
       *[profile] profile
    } folder `{ $dir }`: { $reason }
load-read-folder-error-hint = run policypress in the site's root folder, or pass --root
# $file: the file; $name: its name without the extension; $kind: as above.
load-bad-file-name = `{ $file }`: `{ $name }` cannot name a { $kind ->
        [policy] policy
        [notice] collection notice
       *[profile] profile
    }
# $name: the file's name without the extension.
load-bad-file-name-reserved-hint = Windows reserves the name `{ $name }` for a device (as it does con, prn, aux, nul, com1 to com9 and lpt1 to lpt9, with any extension): such a file cannot be opened there; rename it, e.g. `{ $name }-policy.yaml`
load-bad-file-name-hint = name the file with lower-case letters, digits and hyphens, e.g. `privacy-policy.yaml`
# $file: the file; $name: the id it defines; $kind: as above.
load-duplicate-file = `{ $file }`: another file already defines the { $kind ->
        [policy] policy
        [notice] collection notice
       *[profile] profile
    } `{ $name }`
load-duplicate-file-hint = keep either the .yaml or the .yml file
# $file: the notice's file; $name: the id it shares with a policy.
load-notice-named-as-policy = `{ $file }`: a policy is already called `{ $name }`
load-notice-named-as-policy-hint = give the notice another file name, e.g. `<form>-notice.yaml`: a notice and a policy cannot share an id
# $file: content/site.yaml.
load-missing-site-file = `{ $file }` does not exist
load-missing-site-file-hint = run policypress in the site's root folder (the one holding `content/`), or pass --root DIR
# $path: the link; $target: where it leads.
load-outside-site = `{ $path }` is a link that leads outside the site, to `{ $target }`; policypress reads only files inside the site's root folder
load-outside-site-hint = copy the file or folder into the site instead of linking to it

## What a YAML file may not hold (src/load/yaml.rs, src/load/guard.rs)

# $key: the key.
load-duplicate-key = the key `{ $key }` is written twice
load-duplicate-key-first = first written here
load-duplicate-key-hint = keep one of the two; the second would silently replace the first
# $n: how many problems are not listed.
load-too-many-problems = { $n ->
        [one] { $n } more problem of the kinds above in this file is not listed
       *[other] { $n } more problems of the kinds above in this file are not listed
    }
load-too-many-problems-hint = fix those listed and check again; so many usually means the file is not a policy
# $max: the deepest nesting accepted.
load-yaml-too-deep = lists and groups are nested more than { $max } deep here
load-yaml-too-deep-hint = a policy nests a few levels at most: look for a `[` or `{"{"}` that is never closed, or indentation that keeps growing
# $directive: the directive's line.
load-yaml-directive = the directive `{ $directive }` is not accepted
load-yaml-directive-hint = remove this line: a policy file needs no directive (only `%YAML 1.1` and `%YAML 1.2` are accepted)
# $tag: the tag as written.
load-yaml-tag = a tag such as `{ $tag }` is not allowed here
load-yaml-tag-hint = remove `{ $tag }`: values are read as written (to write a number or a date as text, put it in quotes)
# $character: the character (load-control-character-name).
load-control-character = this text holds { $character }, which cannot be shown on a page
# $name: which control character; $code: its code point (U+0000).
load-control-character-name = { $name ->
        [nul] the NUL character
        [carriage-return] a carriage return
        [escape] an escape character
        [delete] a delete character
        [backspace] a backspace
        [form-feed] a form feed
       *[other] a control character
    } ({ $code })
load-control-character-hint = remove the invisible character (often pasted from another program, or written as an escape such as `\0` or `\e`)
# $size: the text's length in bytes; $max: the longest accepted.
load-text-too-long = this text is { $size } bytes long, more than the { $max } allowed
load-text-too-long-hint = a policy text is a few paragraphs: shorten it, or split it into sections
# What a file that is not quoted holds, said of it (the translations lock
# "is damaged: it …"). $max: the deepest nesting accepted; $line, $column:
# where.
load-prescan-too-deep = nests lists and groups more than { $max } deep (line { $line }, column { $column })
# $directive: the directive's line; $line, $column: where.
load-prescan-directive = holds the directive `{ $directive }` (line { $line }, column { $column })

## YAML syntax errors (src/load/yaml.rs)

# $kind: the key of one of libyaml's usual messages (or `other`); $reason:
# libyaml's message, quoted as it is.
load-yaml-syntax = invalid YAML: { $kind ->
       *[other] { $reason }
    }
load-yaml-syntax-hint = check the indentation and quoting around this position
load-yaml-control-character-hint = remove the invisible control character on this line (often pasted from another program)
load-yaml-end-of-stream-hint = the file ends inside an unfinished construct: close the quote or bracket it opens
load-yaml-tab-hint = YAML does not allow tabs for indentation: indent with spaces
load-yaml-colon-in-value-hint = a value containing `: ` must be quoted, e.g. title: "Note: ..."
load-yaml-expected-hint = check the indentation of this line and of the line above, and that quotes and brackets are closed
load-yaml-limit-hint = the document nests or repeats too deeply to be a policy; remove the anchors and aliases
load-yaml-second-document = invalid YAML: a second document starts here (`---`); a file holds one
load-yaml-second-document-hint = remove this `---` line and what follows it, or move that part to a file of its own
# $number: the number as written.
load-yaml-number-too-large = the number `{ $number }` is too large
load-yaml-number-too-large-hint = numbers here are small (a count, a year): if this is text, put it in quotes
# Labels of the other places a syntax error shows.
load-yaml-unreadable-from-here = the file cannot be read from here on
load-yaml-unclosed-quote = this quoted text is not closed
# $kind: the key of what libyaml was reading (`flow-sequence`…, or
# `other`); $what: libyaml's words for it.
load-yaml-unclosed-construct = the { $kind ->
       *[other] { $what }
    } that is not closed starts here
# Indentation mistakes. $key: the key at fault; $parent: the key it
# should be under; $column: the column to move it to.
load-yaml-not-indented-under = invalid YAML: `{ $key }` is not indented under `{ $parent }:`, but the line after it is
load-yaml-not-indented-under-hint = move `{ $key }:` to column { $column }, like the line after it, so that both belong to `{ $parent }:`
# $key: the key at fault; $above: the key above it, which has a value;
# $column: that key's column.
load-yaml-indented-under-value = invalid YAML: `{ $key }` is indented deeper than `{ $above }` above it, which already has a value
load-yaml-indented-under-value-hint = move `{ $key }:` to column { $column }, beside `{ $above }:`, if they belong to the same group; a value that goes on below `{ $above }:` must be quoted on one line
# $key, $column: the key at fault and its column; $above, $above_column:
# the key above it; $outer, $outer_column: the key of the enclosing level.
load-yaml-between-levels = invalid YAML: `{ $key }` starts at column { $column }, aligned neither with `{ $above }` above it (column { $above_column }) nor with `{ $outer }` (column { $outer_column })
load-yaml-between-levels-hint = move `{ $key }:` to column { $above_column }, beside `{ $above }:`, or to column { $outer_column }, beside `{ $outer }:`
