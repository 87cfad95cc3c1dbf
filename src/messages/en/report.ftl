# What the commands print around the diagnostics: counts, summaries, command-line errors.
# Every message here has its Indonesian twin in ../id/report.ftl, with the same variables.

report-counts = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    }
report-pages = { $total } pages ({ $languages })
report-built = built { $pages }, { $files } files in { $ms } ms → { $output }
report-images = images: { $processed } processed, { $reused } from the cache (.terang-cache/)
report-timings = timings: { $stages }
report-check-ok = ok: { $pages }, no errors
report-left-out = left out { $what }: { $files } (add { $flags } to include { $count ->
        [one] it
       *[other] them
    })
report-left-drafts = { $count ->
        [one] 1 draft
       *[other] { $count } drafts
    }
report-left-future = { $count } dated in the future
list-and-more = and { $count } more
list-two = { $first } and { $second }
report-bad-base-url = --base-url `{ $url }` is not an absolute http(s) URL (e.g. https://example.go.id/transparansi/)
report-bad-epoch = SOURCE_DATE_EPOCH `{ $value }` is not a number of seconds since 1970

init-is-a-file = `{ $dir }` is a file, not a folder
init-not-empty = `{ $dir }` is not empty; choose a new folder, or add --force to write the new site into it (files of the same name are replaced)
init-created = created a new site in { $dir } ({ $count } files). Next:
init-then-open = then open http://127.0.0.1:1111/
init-first-title = A first article
