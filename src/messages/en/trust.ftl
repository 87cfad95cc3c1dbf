# Embargoes, a dataset's publisher (contact, licence) and files that are never published.

## Embargo (embargo_until, embargo_rows)

-under-embargo = is under embargo
embargo-mark = { -under-embargo }
embargo-rows-without-until = `embargo_rows` without `embargo_until`: until when are they held?
embargo-rows-without-until-help = add the release time: embargo_until: 2027-01-15T11:00:00+07:00
embargo-not-a-time = `embargo_until`: `{ $text }` is not a date and time
embargo-not-a-time-help = write the release time with its UTC offset, like 2027-01-15T11:00:00+07:00 (without an offset the site's time zone is used)
embargo-unknown-row = `embargo_rows` names row `{ $row }`, which this dataset does not have
embargo-several-rows = several rows start with `{ $row }`
embargo-several-rows-help = name the row by all its columns that are not numbers, e.g. "{ $example }"
embargo-passed = `embargo_until` { $at } has passed: the embargo does nothing
embargo-passed-dataset-help = remove `embargo_until` (and `embargo_rows`) once the figures are out
embargo-passed-page-help = remove `embargo_until` once the page is out
embargo-dataset = dataset `{ $id }` { -under-embargo } until { $until }: this page would publish its figures before then
embargo-row = dataset `{ $id }`, row `{ $row }` { -under-embargo } until { $until }: this page would publish it before then
embargo-period = dataset `{ $id }`, period `{ $period }` { -under-embargo } until { $until }: this page would publish it before then
embargo-shortcode-help = give this page the same `embargo_until` (or a later one), so it comes out with the figures, or quote them once the embargo has lifted
embargo-link = link to `{ $path }`: that page { -under-embargo } (`embargo_until`)
embargo-link-help = link to it once its embargo has lifted, or give this page the same `embargo_until`

## A dataset's publisher

publisher-contact = `contact` `{ $text }` is not an email address
publisher-contact-help = write the address alone, like humas@kemensos.go.id (no `mailto:`, no `?`)
publisher-license = `license` `{ $text }` is not a licence terang knows
publisher-license-help = { $suggestion } (or the licence's own https:// address)

## Files of content/ that are never published

unpublished-linked-file = linked file `{ $path }` is not published
unpublished-site-yaml = site.yaml is the site's settings, which are not published
unpublished-dataset-yaml = a dataset's YAML is not published: link to its page with @/data/{ $id }.yaml, or to its download /data/{ $id }.csv
unpublished-hidden = hidden and editor files are not published: rename it without the leading dot (or the editor's ~) to publish it
new-search-section = `/{ $section }/` is where the search index is written: choose another section name (or set `search: false` in site.yaml)
