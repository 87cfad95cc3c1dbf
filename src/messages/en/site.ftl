# Pages as a site: addresses, titles, programs, images, translations.

site-program-ids-help = { $suggestion } (program ids are the file names in content/programs/)
site-same-url = this page has the same URL `/{ $url }` as { $other }
site-same-url-help = give one of them another `slug:` in its front matter
site-article-date-help = articles need a date: add `date: 2019-06-20` (or with a time: 2019-06-20T22:36:00+07:00)
site-title-empty = `title` is empty
site-title-empty-help = write the page's title
site-slug-empty = `slug` has no letters or digits
site-slug-empty-help = use words like `pelatihan-pendamping`
site-image-alt-empty = the image's `alt` text is empty
site-image-alt-missing = the image has no `alt` text
site-image-alt-help = describe the picture for people who cannot see it: `alt: "Peserta pelatihan di Palembang"`
site-image-external = the image points to another site
site-image-external-help = put the picture next to the article and write its file name; the site must not load files from other hosts
site-image-not-found = image file `{ $src }` not found
site-image-not-found-help = put the image next to the Markdown file (in the article's folder) and check the name

stale-message = the original `{ $original }` changed since this translation was made: { $what }
stale-changed = new or changed: { $parts }
stale-removed = { $count ->
        [one] 1 part removed
       *[other] { $count } parts removed
    }
stale-reordered = its parts were reordered
stale-help = bring this translation in step with { $original }, then set `{ $key }: "{ $version }"`
stale-part-title = the title
stale-part-summary = the summary
stale-part-heading = the heading at line { $line } “{ $title }”
stale-part-paragraph = the paragraph at line { $line } “{ $text }”

coverage-missing = no { $languages } translation
coverage-until-show = show this page with a language label
coverage-until-hide = leave it out
coverage-rename-help = if `content/{ $file }` is the translation of `content/{ $of }`, rename it to `content/{ $to }` (translations share a file name); else add { $add }
coverage-add-help = add { $add } (`terang translate { $original }` writes it ready to translate); until then, lists in that language { $until }
site-same-output = { $first } and { $second } would both be written to `/{ $url }`
site-same-output-help = rename the file, or give the page or section another `slug:`
