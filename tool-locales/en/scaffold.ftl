# Why `init`, `new` and `theme eject` write nothing.

scaffold-no-theme = there is no built-in theme `{ $name }`; built-in themes: { $themes }
scaffold-no-content = `{ $dir }` holds no content/ folder: run this in the site's root folder, or pass --root
scaffold-eject-exists = nothing was written: { $count ->
        [one] { $count } file already exists ({ $files }); move it away
       *[other] { $count } files already exist ({ $files }); move them away
    } to eject the theme again
scaffold-cannot-create = cannot create `{ $path }`: { $error }
scaffold-cannot-write = cannot write `{ $path }`: { $error }
scaffold-cannot-read = cannot read `{ $path }`: { $error }
scaffold-not-empty = `{ $dir }` is not empty: choose an empty folder, or pass --force to add the starter files beside what is there (existing files are never overwritten)
scaffold-would-overwrite = these files exist and would be overwritten: { $files }
scaffold-starter-broken =
    internal error: the { $name } starter site does not check:
    { $diagnostics }
scaffold-not-a-site = `{ $dir }` is not a site (no content/site.yaml): run `policypress init` first, or pass --root
scaffold-policy-exists = `{ $path }` exists and is never overwritten: choose another id, or edit that file
scaffold-jurisdiction-conflict = the profile `{ $profile }` is for `{ $fixed }` law (its `jurisdiction`), and --jurisdiction { $asked } contradicts it: leave --jurisdiction out, or extend a profile for { $asked }
scaffold-profiles-broken =
    the profiles do not load:
    { $diagnostics }
scaffold-unknown-comment = internal error: a starter file names the comment `{ $id }`, which the tool's catalogs do not have
