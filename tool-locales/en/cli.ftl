# What the commands print: summaries, progress and the errors of the
# command line itself (the diagnostics of a site are worded elsewhere).

## Prefixes of the tool's own lines

cli-error = error: { $message }
cli-error-stdout = error: writing to standard output: { $error }
cli-error-base-url = error: --base-url: { $error }

## Counts

cli-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }

## init, new, theme eject

cli-created = created { $path }
cli-init-next = Next: replace the example values in content/ (`policypress check` lists each one), then `policypress build` in { $dir }
cli-new-next = Next: replace each TODO in it, then `policypress check`
cli-new-extends = It extends the site's profile `{ $profile }`: only what that profile does not give is left to write (--extends chooses another)
cli-eject-next = Next: edit the copy; `theme: { $name }` in content/site.yaml uses it

## build

cli-built = Built { $policies ->
        [one] { $policies } policy
       *[other] { $policies } policies
    }{ $notices ->
        [0] {""}
        [one] {" "}and { $notices } collection notice
       *[other] {" "}and { $notices } collection notices
    } ({ $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }) into { $out } in { $seconds } s
cli-built-other-files = { $files ->
        [one] { $files } other file
       *[other] { $files } other files
    } (landing page, sitemap, policy.json, assets)
cli-build-stopped = error: build stopped: { $summary }; nothing was written (the previous output is untouched)

## check

cli-check-passed = check passed: { $summary }
cli-check-failed = check failed: { $summary }
cli-accept-fix-first = error: fix the errors above before recording reviews
cli-accept-recorded = Recorded the review of { $texts ->
        [one] { $texts } text
       *[other] { $texts } texts
    } for `{ $what }` in content/translations.lock
site-accept-unknown = `{ $selector }` names no policy, policy text (`id:key`) or message; use `all` to accept everything
site-lock-write = cannot write content/{ $file }: { $error }

## diff

cli-diff-stopped = error: diff stopped: { $summary }
cli-diff-both = give either two policy files, or one policy and --rev, not both
cli-diff-one = give the new policy file too, or compare with a git revision: --rev HEAD
cli-diff-git = cannot run git: { $error }
cli-diff-git-failed = git show { $spec } failed: { $error }
cli-diff-not-utf8 = { $spec } is not UTF-8 text: save the file as UTF-8
