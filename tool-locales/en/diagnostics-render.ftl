# Diagnostics of the render stage (src/render/): the theme's templates and
# static files, and the errors of rendering a page.

## The theme (src/render/theme.rs)

# $name: the file's name, byte by byte where it is not text.
render-bad-file-name = the name of `{ $name }` is not UTF-8 text or holds a control character, so it cannot be published
render-bad-file-name-hint = rename the file with letters, digits, hyphens and dots, e.g. `style.css`
# $path: the folder; $depth: how deep folders may nest.
render-theme-too-deep = `{ $path }` is nested more than { $depth } folders deep (a link to a folder above it?)
# $path: the folder; $reason: the system's reason, quoted as it is.
render-templates-unreadable = cannot read the theme's templates `{ $path }`: { $reason }
# $name: the theme named by `theme:`; $path: its folder.
render-missing-theme = the theme `{ $name }` does not exist: there is no folder `{ $path }/templates`
# $themes: the built-in themes.
render-missing-theme-hint = built-in themes: { $themes }; or create the folder
# $template: the template's name; $reason: Tera's reason, quoted as it is.
render-template-syntax = invalid template `{ $template }`: { $reason }
render-template-syntax-hint = see https://keats.github.io/tera/docs/#templates (policypress uses Tera 1)
# $template: the template's name.
render-template-overrides-nothing = the template `{ $template }` replaces no built-in template and no template uses it
# $templates: the built-in templates.
render-template-overrides-nothing-hint = built-in templates: { $templates }; check the file name
# $reason: Tera's reason, quoted as it is.
render-templates-unlinked = the theme's templates do not fit together: { $reason }
render-templates-unlinked-hint = a template extends or includes a template that does not exist
# $template: the template's name; $function: the function it calls (get_env).
render-machine-function = the template `{ $template }` calls `{ $function }`, which would publish a value of the machine building the site (such as a secret of the CI)
render-machine-function-hint = write the value in content/site.yaml or in the locale files instead
# $template: the template the theme lacks.
render-missing-template = the theme has no `{ $template }`
# $path: the folder; $reason: the system's reason, quoted as it is.
render-static-unreadable = cannot read the theme's static files `{ $path }`: { $reason }
# What a template gets when it calls a function that reads the machine.
# $function: the function.
render-function-refused = `{ $function }` is not available in policypress templates: a page shows only what the site's files say

## Rendering (src/render/mod.rs)

# $id: the section id.
render-no-section = no built-in section `{ $id }`
# $lang: the page's language (en, fr); $id: the document id; $reason:
# Tera's (or a message function's) reason, quoted as it is.
render-page-failed = rendering the { $lang } page of `{ $id }`: { $reason }
render-page-failed-hint = the template or a message it uses failed; the message names which
# $page: the page (index.html, sitemap.xml, 404.html); $reason: Tera's reason.
render-site-page-failed = rendering { $page }: { $reason }
# $reason: Tera's reason, quoted as it is.
render-context = the data of a page cannot be given to the templates: { $reason }

## The templates' functions (src/render/functions.rs), quoted by the
## render errors above

# $name: the argument.
render-fn-argument-kind = argument `{ $name }` must be text, a number or true/false, not a list or group
# $function: the function; $name: the argument it needs.
render-fn-argument-missing = `{ $function }` needs the argument `{ $name }=`
render-fn-key-text = `t(key=…)` takes the message id as text
# $call: the function and argument (`labels(prefix=…)`).
render-fn-takes-text = `{ $call }` takes text
render-fn-labels-list = `labels(values=…)` takes a list
render-fn-labels-values = `labels(values=…)` takes a list of values or terms with `label`
render-fn-label-value = `label(value=…)` takes a list item: a value or a term with `label`
render-fn-citations-value = `citations(value=…)` takes one item of `legal.acts`: its `act` and its `cite` list
# $value: the value given.
render-fn-date = `date(value=…)` expects YYYY-MM-DD, got { $value }
# $function: the function; $name: the field the value lacks.
render-fn-field = `{ $function }(value=…)` got a value without `{ $name }`
