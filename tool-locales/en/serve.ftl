# What `policypress serve` prints, and why it cannot start.

serve-listening = Serving { $url } (preview dashboard: { $url }_preview/); press Ctrl-C to stop
serve-rebuilt = Rebuilt in { $ms } ms
serve-rebuilt-after-event = Rebuilt in { $ms } ms, { $waited } ms after the first file event
serve-rendered-again = rendered again: { $policies }
serve-rendered-all = rendered again: every page
serve-no-build = error: the site does not build; the preview keeps the last good pages
serve-warning-watching = warning: file watching: { $error }
serve-warning-cannot-watch = warning: cannot watch `{ $dir }`: { $error }

## Why it cannot start

serve-error-root = cannot open the site folder `{ $dir }`: { $error }
serve-error-port-in-use = port { $port } is already in use on { $bind }: choose another with --port
serve-error-listen = cannot listen on { $addr }: { $error }
serve-error-not-ip = not an IP address
serve-error-internal = internal error: { $error }
serve-error-thread = cannot start the server thread: { $error }
serve-error-watch = cannot watch files: { $error }
serve-error-watch-dir = cannot watch `{ $dir }`: { $error }
serve-error-no-sources = `{ $dir }` holds none of content/, locales/, themes/
