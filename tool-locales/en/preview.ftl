# The live preview's own pages (`policypress serve`, under /_preview/) and
# the overlay of problems over a page: in the tool's language, like its
# diagnostics (src/serve/preview.rs, src/serve/mod.rs).
preview-name = policypress preview
preview-site = Site
preview-policies = Policies
# $errors, $warnings: numbers.
preview-summary = { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }.
preview-table-caption = Policies, their pages and their problems
preview-column-policy = Policy
preview-column-pages = Pages
preview-column-compare = Side by side
preview-column-errors = Errors
preview-column-warnings = Warnings
# Heading of the dashboard's group of policy files that have never built
# (their organization is not known yet).
preview-not-built = Files not built yet
preview-language-en = English
preview-language-fr = French
# $id: the policy id.
preview-compare = Compare { $id }
preview-problems = Problems
preview-severity-error = error
preview-severity-warning = warning
# $id: the policy id. The source language's page is on the left: English
# for -en, French for -fr.
preview-side-by-side-en = { $id }: English and French side by side
preview-side-by-side-fr = { $id }: French and English side by side
preview-page-en = English page
preview-page-fr = French page
preview-missing-fr = This section is missing from the French page.
preview-missing-en = This section is missing from the English page.
# The button that closes the overlay of problems (Escape closes it too).
preview-close = Close
# Title of the overlay shown over a page when the last change does not build.
preview-build-failed = policypress: the last change does not build. The page shows the last version that did; fix the problems below and it reloads by itself.
# Title of the overlay shown over a policy's pages when the last change to
# its own file does not build (the rest of the site still updates).
preview-page-failed = policypress: the last change to this document does not build. The page shows the last version that did; fix the problems below and it reloads by itself.
# The link at the top of the preview's pages that skips to their content.
preview-skip-to-content = Skip to main content
# The button under a translation's warning in the side-by-side view: it
# records the review as `policypress check --accept` does.
preview-mark-reviewed = Mark the translation reviewed
# Answers of the preview to a request to record a review.
preview-accept-too-large = The request is too large.
preview-accept-refused = This request does not come from a page of this preview: reload the page and try again.
preview-accept-what = The request does not say which translation was reviewed.
preview-accept-fix-first = Fix the site's errors before recording reviews (policypress check lists them).
# $reason: why the review could not be recorded.
preview-accept-failed = The review could not be recorded: { $reason }
