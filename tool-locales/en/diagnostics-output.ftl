# Diagnostics of the write stage (src/output/, and the hints src/site/stream.rs
# gives them): the output folder and the files written into it.

# $out: the output folder.
output-holds-sources = the output folder `{ $out }` is the site root or contains it; building there would delete your sources
# $out: the output folder; $source: the source folder.
output-overlaps-sources = the output folder `{ $out }` overlaps the source folder `{ $source }`
# $out: the output path.
output-not-a-folder = `{ $out }` exists and is not a folder
# $out: the output folder; $count: how many entries policypress did not
# write; $sample: the first of them (or output-sample-more).
output-foreign = the output folder `{ $out }` holds { $count } { $count ->
        [one] entry
       *[other] entries
    } that policypress did not write ({ $sample }); a build replaces the whole folder and would delete them
# $names: the first entries, between backticks, comma-separated; $more: how
# many others.
output-sample-more = { $names } and { $more } more
# $path: the kept path.
output-keep-clash = `{ $path }` is listed under `keep:` but the build also writes it; one of the two would be lost
# $parent: the folder holding the output; $reason: what the system said.
output-parent = cannot create the new site beside the output, in `{ $parent }`: { $reason }
# $out: the output folder; $reason: what the system said.
output-io = cannot write the output `{ $out }`: { $reason }
# $name: the file name, its control characters escaped.
output-control-character = the file name `{ $name }` holds a control character
# $path: the file.
output-contended = `{ $path }` keeps being written by another writer
output-writer-stopped = a writer of the output stopped half-way
output-no-symlinks = symbolic links in a kept path are not supported on this system
output-another-out-hint = pass another --out, e.g. public/
output-not-a-folder-hint = pass another --out, or move that file away
output-foreign-hint = nothing was touched. Build into a new or empty folder (--out), move those files away, list under `keep:` in content/site.yaml the ones to keep in the output (such as `.git` or `CNAME`), or pass --overwrite to delete them
output-keep-clash-hint = remove the path from `keep:`, or rename the file the site writes there
output-parent-hint = policypress writes the new site beside the output folder, then swaps it in: the folder holding the output must be writable
# $path: where the previous site was moved; $reason: what the system said.
output-old-left = the new site is in place, but the previous one, moved to `{ $path }`, could not be deleted: { $reason }
output-old-left-hint = the next build tries again to delete it; or delete it yourself
