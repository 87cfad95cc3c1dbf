# Raw HTML in Markdown, when site.yaml has `markdown: {raw_html: true}`.

raw-html-img-no-alt = `<img>` `{ $src }` has no `alt` text
raw-html-img-no-alt-help = describe the picture: <img src="foto.jpg" alt="Peserta pelatihan di Palembang">; for a purely decorative image write alt=""
raw-html-class = raw HTML may not set `class` (`{ $class }`): the theme's classes can hide text and links from readers
raw-html-class-help = remove `class="…"`; for a styled block, ask the web team for a shortcode or a change to the theme
raw-html-id-repeated = the id `{ $id }` is already used on this page (by the theme, a heading or other HTML)
raw-html-id-repeated-help = choose an id the page does not have, for example `{ $id }-isi`; a heading's id can be set with `## Judul {"{"}#id{"}"}`
raw-html-unreadable = this HTML could be read in more than one way ({ $error })
raw-html-unreadable-help = close every tag in the order it was opened, or write it in Markdown
raw-html-unclosed = this HTML ends inside a tag, a comment or a `<textarea>`: the markup after it would complete it
raw-html-unclosed-help = close the tag with `>` (a comment with `-->`) before the blank line that ends the HTML
