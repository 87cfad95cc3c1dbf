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
list-or = { $first } or { $last }
list-more = { $items } and { $count } more

command-not-a-language = `{ $lang }` is not a language of this site; its languages are { $languages }
command-no-site = `{ $path }` not found: give the site folder with --site, or make a site with `terang init DIR`
command-create-failed = failed to create `{ $path }`: { $error }
command-write-failed = failed to write `{ $path }`: { $error }
new-title-no-letters = the title `{ $title }` has no letters or digits to make a file name from
new-orphan = `{ $original }` already has this title in another language; a new `{ $lang }` file would be a separate article, not its translation
new-orphan-help = to translate it, run `terang translate { $original } --lang { $lang }`
new-not-a-section = `{ $section }` is not a section name: give one folder of content/, such as `news`
new-data-section = content/data/ holds datasets (YAML), not articles
new-exists = `{ $path }` already exists; edit it, or give the new article another title
translate-exists = `{ $path }` already exists: the translation is there; edit it (`terang check` says when it falls behind the original)
translate-next = Next: translate the title, summary and text of { $path }, then delete `draft: true`.
translate-not-content = `{ $file }` is not a Markdown file in { $content }: give an article or page, e.g. content/news/2025-01-10-awal.id.md
translate-same-language = `{ $file }` is already in `{ $lang }`: give the language to translate into, e.g. --lang { $other }
translate-one-language = this site has one language: add another under `languages:` in content/site.yaml
