# The Markdown body: links, images, shortcodes, figures typed by hand.

markdown-link-runs-code = links may not run code: `{ $dest }`
markdown-link-runs-code-help = link to a page or a file instead
markdown-linked-file-missing = linked file `{ $path }` not found
markdown-linked-file-missing-help = put the file next to the Markdown file and check the name
markdown-image-no-alt = image `{ $src }` has no alt text
markdown-image-no-alt-help = describe the picture in the brackets: ![Peserta pelatihan di Palembang](foto.jpg); for a purely decorative image write ![](foto.jpg "decorative")
markdown-image-external = image `{ $src }` is on another site
markdown-image-external-help = put the picture next to the article and use its file name: the site must not load files from other hosts
photo-cannot-publish = `{ $src }` cannot be published: { $reason }
photo-fix-help = open the picture in an image editor and export it again as JPEG (photos) or PNG (screenshots), with the matching file extension

link-outside-content = link `{ $dest }` points outside content/
link-help = check the file name; links to pages end in `.md`, e.g. `../programs/pkh.md` or `@/programs/pkh.md`; to a dataset's page: `@/data/kemiskinan.yaml`
link-no-dataset = link to `{ $path }`: there is no dataset `{ $id }` in content/data/
link-no-dataset-help = { $suggestion } (a dataset's id is its file name in content/data/)
link-unpublished-help = the page is published once that changes; to preview it, use `terang serve` or build with `{ $flag }`
link-to-draft = link to `{ $path }`: that page is a draft (`draft: true`)
link-to-future = link to `{ $path }`: that page is dated in the future
link-to-broken = link to `{ $path }`: that page is not published (it has errors of its own)
link-other-depth-help = did you mean `{ $better }`? (a file of that name is there)
link-no-page = link to `{ $path }`: no such page in content/
link-case-help = did you mean `{ $fixed }`? Upper and lower case must match the file's name: the web server tells them apart
link-no-address = link `{ $written }`: this site has no page or file at that address
link-address-did-you-mean = did you mean `{ $link }`? Link to the file, e.g. [text]({ $link }): terang finds its address in every language
link-address-help = copy the address from the preview (`terang serve`), or link to the page's file, e.g. [text](@/news/2019-06-20-pendamping-bansos.md)

shortcode-form-help = write shortcodes like {"{{"} stat(data="kemiskinan", row="2018-09", col="persen") {"}}"}
shortcode-unclosed = shortcode `{"{{"}` is not closed with `{"}}"}`
shortcode-not-a-call = `{"{{"} { $inner } {"}}"}` is not a shortcode call like {"{{"} stat(data="kemiskinan", row="2018-09", col="persen") {"}}"}
shortcode-unknown = unknown shortcode `{ $name }` ({ $suggestion })
shortcode-argument-form = `{ $rest }`: arguments are written key="value"
shortcode-argument-name = `{ $key }` is not an argument name
shortcode-unclosed-quote = the value of `{ $key }` has no closing quote
shortcode-curly-quotes = the value of `{ $key }` is in typographic quotes ({ $word }), which a shortcode does not read as quotes: write straight quotes: { $key }="{ $inner }"
shortcode-unquoted = the value of `{ $key }` must be quoted: { $key }="{ $word }"
shortcode-several-rows-help = name the row by the values of all its columns that are not numbers, as shown above
shortcode-help = check the dataset id (its file name in content/data/), the row (its first column's value) and the column key

-several-rows = has several rows
embed-several-rows-mark = { -several-rows }
embed-needs-data = `{ $name }` needs data="<dataset id>"
embed-unknown-dataset = unknown dataset `{ $id }` ({ $suggestion })
embed-needs-col = `stat` needs col="<column key>"
embed-no-column = dataset `{ $id }` has no column `{ $key }` ({ $suggestion })
embed-no-row = dataset `{ $id }` has no row `{ $row }` ({ $suggestion })
embed-several-rows = dataset `{ $id }` { -several-rows } `{ $row }`: name the row by all its columns that are not numbers, e.g. row="{ $example }"
embed-no-number = dataset `{ $id }`, row `{ $row }`, column `{ $column }` has no number
embed-total-time-series = dataset `{ $id }` has one row per period, so there is nothing to add up: quote one row with row="..."
embed-total-no-sum = column `{ $column }` of dataset `{ $id }` does not add up (only count, people, households and rupiah columns do): quote a row that holds the whole, e.g. row="Indonesia, 2024"
embed-no-period = dataset `{ $id }` has no period `{ $period }` ({ $suggestion })
embed-no-values = dataset `{ $id }` has no values in column `{ $column }` at { $period }
embed-rank-time-series = dataset `{ $id }` has one row per period: a rank compares categories (provinces) of a panel or cross-section
embed-share-zero = the total of column `{ $column }` is zero: there is no share to give
embed-change-needs-rows = a change needs from="<row>" and to="<row>"
embed-needs-row = `stat` needs row="<the row's first value>" (or total=true, or from, to and change=true)
embed-no-chart = dataset `{ $id }` has no chart: add `chart: {"{"}type: line, x: ..., y: [...]{"}"}` to it, or use `table`

lint-typed-figure = `{ $text }` is typed by hand; it is a value of dataset `{ $dataset }`
lint-typed-figure-help = quote it from the data so corrections reach this page: {"{{"} stat(data="{ $dataset }", row="{ $row }", col="{ $column }") {"}}"}
lint-decimal-separator = `{ $text }` uses `{ $separator }` as the decimal separator
lint-decimal-separator-help = this page is in `{ $lang }`, which writes `{ $fixed }`
photo-image-cannot-publish = the image cannot be published: { $reason }
photo-not-published = not published: { $reason }
photo-cache-help = terang keeps processed images in .terang-cache/ in the site folder: check that it can write there
photo-not-stored = the processed image could not be stored
photo-other-format = the file is a { $found } image, not the { $named } its name says
photo-not-an-image = the file is `{ $mime }`, not the { $named } image its name says
photo-unknown-format = the file is not a { $named } image, nor any image format terang knows
photo-damaged = the { $named } image cannot be read: { $reason }
photo-very-large = the original is very large ({ $megabytes } MB, { $width } × { $height } px)
photo-very-large-help = readers get small copies anyway; export it at most 4000 px wide and under { $limit } MB to keep the site's folder light (see docs/content-guide.md, Photos)
photo-cache-write = cannot write the image cache `{ $path }`: { $error }
markdown-too-deep = blocks nested more than { $limit } deep (lists in lists, quotes in quotes): no reader or browser follows a page this deep
markdown-too-deep-help = nest at most a few levels: start a new list or a new paragraph instead of indenting further
