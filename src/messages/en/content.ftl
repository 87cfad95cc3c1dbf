# Articles, program pages and standalone pages: front matter, dates, drafts.

content-date-far-ahead = `date` { $date } is more than a year from now: the page stays unpublished until then
content-date-far-ahead-help = check the year ({ $written } for { $likely }?); a page dated in the future appears on its date, or now with --future
content-date-far-ahead-help-plain = check the year; a page dated in the future appears on its date, or now with --future
content-not-a-date = `{ $text }` is not a date
content-not-a-date-help = write a date like 2019-06-20, or a date and time like 2019-06-20T22:36:00+07:00
content-event-no-offset = `{ $text }` has a time but no UTC offset
content-event-no-offset-help = add the offset of the place where the event happens: +07:00 (WIB), +08:00 (WITA) or +09:00 (WIT), like 2026-12-03T08:00:00+08:00; or write the date alone (2026-12-03) for an all-day event
content-unknown-language = unknown language suffix `.{ $code }`
content-unknown-language-help = this site's languages are { $languages }; rename the file (e.g. `name.{ $default }.md`) or add `{ $code }` under `languages:` in site.yaml
content-no-front-matter = the file has no front matter
content-no-front-matter-help = start the file with a `---` line, then `title: ...` (and `date: ...` for articles), then another `---` line
content-front-matter-unclosed = the front matter is not closed
content-front-matter-unclosed-help = add a line with only `---` after the last front matter key
content-front-matter-empty = the front matter is empty
content-front-matter-empty-help = add at least `title: ...`

event-field-problem = event { $field }: { $problem }
event-mixed-kinds = `start` and `end` must both be dates, or both dates with times
event-mixed-kinds-help = write both as dates (2026-12-15) for an all-day event, or both with a time and offset (2026-12-15T08:00:00+09:00)
event-ends-before-start = the event ends before it starts
event-ends-before-start-help = check `start` and `end`: `end` is the event's last day (or its closing time)

file-unreadable = cannot read the file: { $reason }
file-unreadable-help = check that the file exists and is readable
file-not-utf8 = the file is not valid UTF-8 text
file-not-utf8-help = save the file as UTF-8 in your editor ("Save with encoding" → UTF-8)
file-empty = the file is empty
file-empty-site-yaml-help = start from the example in docs/configuration.md: title, base_url, languages
file-empty-dataset-help = a dataset needs title, source, columns and rows (see docs/datasets.md), or delete the file
file-empty-markdown-help = add front matter between `---` lines, or delete the file
file-empty-help = write the file's content, or delete the file
file-nul-byte = the file contains a NUL byte; it is not a text file
file-nul-byte-help = save it again as plain UTF-8 text
file-link-out-of-site = this symbolic link leads outside the site folder; terang does not follow it
file-link-out-of-site-help = copy the file into the site folder instead of linking to it, or remove the link
file-link-loop = symbolic link loop: this link points to a folder that contains it
file-cannot-read = cannot read: { $reason }
file-cannot-read-help = remove the link or fix the file's permissions
file-control-character = invisible control character U+{ $code } (often pasted from a word processor); { $count ->
        [one] it is
       *[other] all { $count } such characters are
    } removed from the site
file-control-character-help = delete it in your editor (it shows as a box, `^K` or nothing at all), or retype the text around it
