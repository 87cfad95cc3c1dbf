# serve and watch: log lines, the browser overlay and the waiting page.

serve-listening = serving { $url } (Ctrl-C to stop)
serve-stopped = stopped
serve-fix-and-reload = fix them and the page reloads
serve-still-serving = still serving the last good site
serve-no-address = cannot read the address the server listens on: { $error }
serve-exposed-everywhere = every network interface ({ $bind })
serve-exposed-address = { $bind }, an address other machines can reach
serve-exposed = listening on { $which }: anyone on your network can read this site, drafts included; open it by IP address (host names other than localhost are refused)
serve-no-browser = could not run `{ $opener }` to open a browser; open { $url } yourself
serve-no-ctrlc = Ctrl-C cannot be caught ({ $error }); it will stop terang abruptly
serve-index-made = search index made in { $ms } ms ({ $files } files, { $rewritten } rewritten)
serve-index-again = pages changed meanwhile, indexing again
serve-index-failed = search index failed after { $ms } ms; the previous one stays
serve-clock-rebuild = an embargo lifted or a page's date came: rebuilding
serve-watcher-problem = the watcher reported a problem ({ $why }); checking every file

rebuild-changed-one = { $file } changed:
rebuild-changed-many = { $file } and { $more } more changed:
rebuild-built-first = built { $files } files ({ $pages } pages) in { $ms } ms
rebuild-rewritten = { $count ->
        [one] 1 file
       *[other] { $count } files
    } rewritten in { $ms } ms ({ $rendered } of { $pages } pages rendered)
rebuild-failed = build failed with { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    } in { $ms } ms
rebuild-failed-environment = build failed in { $ms } ms

watch-watching = watching content/ and themes/ of { $site } (Ctrl-C to stop)
watch-output-left = output/ is left as it was
watch-output-kept = output/ keeps the last good site
watch-nothing-written = nothing was written: output/ keeps the previous site; the next rebuild tries again
watch-partly-written = only { $written } of { $to_write } changed files were written and { $removed } of { $to_remove } removed: output/ is incomplete until the next successful rebuild, which writes the whole site again

overlay-heading = The last build failed; this is the last good page.
waiting-title = The site does not build yet
waiting-fix = Fix these problems; this page reloads by itself.
waiting-building = Building the site…
waiting-reloads = This page reloads by itself.
