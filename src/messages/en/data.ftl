# Datasets (content/data/*.yaml): keys, columns, rows, cells, figures.

data-text-every-language-help = write the text for every language: {"{"}id: ..., en: ...{"}"}
data-key-not-a-date = `{ $key }`: `{ $text }` is not a date
data-date-help = write a date like 2019-01-15
data-source-url = `source.url` `{ $url }` is not a web address
data-source-url-help = write it like https://www.bps.go.id
data-unknown-program = unknown program `{ $program }`
data-columns-empty = `columns` is empty
data-columns-empty-help = list the columns: - {"{"}key: periode, type: period, label: {"{"}id: Periode, en: Period{"}"}{"}"}
data-duplicate-column = duplicate column `{ $key }`
data-duplicate-column-help = each column key may appear once
data-unknown-column-type = unknown column type `{ $kind }`
data-unit-not-number = only number columns have a `unit`
data-unit-not-number-help = remove `unit`, or make the column `type: number`
data-decimals-not-number = only number columns have `decimals`
data-decimals-range = `decimals` must be between 0 and 10
data-column-key = column key `{ $key }` must be lowercase letters, digits and `_`
data-column-key-help = keys are the CSV header and what shortcodes name: `persen`, `jumlah_kpm`
data-rows-empty = `rows` is empty
data-rows-empty-help = add at least one row: - {"{"}periode: 2018-09, persen: 9.66{"}"}
data-decimal-comma-help = in `{"{"}...{"}"}` rows a comma separates cells; write decimals with a dot: 9.66
data-not-a-column = `{ $key }` is not a column of this dataset
data-duplicate-row = duplicate row `{ $key }`
data-duplicate-row-help = two rows have the same values in every column that is not a number; shortcodes could not tell them apart
data-cell-not-a = `{ $text }` is not a { $expected } (column `{ $column }` is `type: { $kind }`)
data-kind-exact-number = number terang can show exactly
data-kind-number = number
data-kind-date = date
data-kind-period = period
data-too-many-digits-help = it has more than 15 significant digits: round it, or use a bigger unit (millions, billions)

number-comma-ambiguous-help = a comma is not part of a number here: write `{ $decimal }` if it is a decimal comma, or `{ $whole }` if it separates thousands
number-decimal-comma-help = this looks like a decimal comma: write `{ $decimal }` (a dot for decimals)
number-thousands-help = this looks like thousands separators: write `{ $whole }` (no separators)
number-plain-help = write digits with a dot for decimals and no thousands separators: 9.66, 1234567, -0.5
number-count-fraction-dot = `{ $text }` in column `{ $column }` (a count) would be read as { $value }, with a fractional part
number-count-fraction-dot-help = it looks like a thousands separator: write `{ $whole }` (terang reads a dot as the decimal point)
number-count-fraction = `{ $text }` has a fractional part, but column `{ $column }` counts whole things
number-count-fraction-help = write a whole number; if the figure really has decimals (an average, a rate), give the column another unit
number-percent-fraction = `{ $text }` looks like a fraction of one, but column `{ $column }` is in percent and its other values are like { $example }
number-percent-fraction-help = write the percentage: `{ $percent }` (9.66 % is written 9.66); if `{ $text }` % is right, ignore this warning
number-outlier = `{ $text }` is about { $times }× { $direction ->
        [larger] larger than
       *[smaller] smaller than
    } the values next to it in column `{ $column }` ({ $neighbours })
number-outlier-help = a slipped separator or another unit? Check the figure against the source; if it is right, ignore this warning
number-outlier-more = , … { $count } more

data-no-unit = no unit
data-key-not-a-column = { $what } `{ $name }` is not a column
data-key-not-a-row = { $what } `{ $name }` is not a row of this dataset
data-key-not-a-row-help = { $suggestion } (a row is named by its categories, the text columns without the period, e.g. "{ $example }")
data-headline-not-number = headline col `{ $key }` is not a number column
data-headline-not-number-help = the headline is a figure: name a `type: number` column
data-headline-row-and-total = headline has both `row` and `total: true`
data-headline-row-and-total-help = keep one: a named row (e.g. a national total row), or the sum of the rows
data-total-no-sum = `total: true` cannot add up column `{ $key }` ({ $unit }): its values do not add up to a total
data-total-no-sum-help = only `count`, `people`, `households` and `rupiah` columns add up; for a percent or ratio, add a row with the national figure and name it: headline: {"{"}col: ..., row: "Indonesia"{"}"}
data-total-time-series = `total: true` needs categories to add up, and this dataset is a time series (one row per period)
data-total-time-series-help = remove `total`: a time series' headline is its latest value
data-headline-row-time-series = a time series' headline is its latest value; it names no row
data-headline-row-time-series-help = remove `row`: headline: {"{"}col: ...{"}"}
data-headline-which-row = this dataset has one row per category, so the headline must say which figure stands for all of them
data-headline-which-row-help = add `row: "Indonesia"` (a row holding the whole) or `total: true` (the sum of the rows)
data-unknown-chart-type = unknown chart type `{ $kind }`
data-unknown-chart-type-help = use `line`, `bar` or `none`
data-chart-x-not-key = chart x `{ $name }` is not a key column of this dataset
data-chart-x-not-key-help = x names what the chart runs along: a period (a change over time) or a category (a comparison); here: { $count ->
        [0] none
       *[other] { $keys }
    }
data-chart-y-not-number = chart y `{ $name }` is not a number column
data-chart-y-not-number-help = charts plot `type: number` columns
data-panel-chart-lines = a panel's chart over time needs the lines to draw: its headline or named rows
data-panel-chart-lines-help = add `headline: {"{"}col: ..., total: true{"}"}` to the dataset, or `rows: ["Aceh", "Bali"]` to the chart; or compare the categories at the latest period with x: the category column

data-file-name = dataset file name `{ $stem }` must be lowercase letters, digits and hyphens
data-file-name-help = rename it to `{ $slug }.yaml`; the name is the dataset's id and URL
release-unknown-status = unknown `status` `{ $status }`
release-unknown-status-help = write official, provisional or experimental
release-not-a-time = `next_release`: `{ $at }` is not a date and time
release-not-a-time-help = write the release date and time with its UTC offset, like 2027-01-15T11:00:00+07:00 (without an offset the site's time zone is used), or the date alone
release-announced-not-a-date = `next_release.announced` is not a date
release-announced-not-a-date-help = write the day the release was announced, like 2025-10-01
release-unknown-next-status = `next_release`: unknown status `{ $status }`
release-unknown-next-status-help = write confirmed, provisional, postponed or cancelled
release-reason-every-language-help = write the reason in every language: {"{"}id: ..., en: ...{"}"}
release-needs-reason = a { $status } release needs a `reason`
release-needs-reason-help = say why, in every language: next_release: {"{"}at: ..., status: postponed, reason: {"{"}id: ..., en: ...{"}"}{"}"}

period-invalid = invalid period { $input }: expected a period like 2018, 2018-09, 2018-S2 or 2018-Q3
period-invalid-because = invalid period { $input }: { $problem }; expected a period like 2018, 2018-09, 2018-S2 or 2018-Q3
period-year = the year must be 0001 to 9999
period-semester = a semester is S1 or S2
period-quarter = a quarter is Q1 to Q4
period-month = the month must be 01 to 12

release-missed = the release announced for { $when } has passed, and the data were not updated (`source.published` is older)
release-missed-help = publish the new figures and set `source.published`, or move `next_release` with `status: postponed` and a `reason`
release-short-notice = the confirmed release on { $when } was announced less than four weeks ahead
release-soon = the confirmed release on { $when } is less than four weeks away: releases are announced at least four weeks ahead
release-notice-help = if it was announced earlier, write the day in `next_release` (`announced: 2025-10-01`); if the date may still move, write `status: provisional`
release-before-embargo = the release announced for { $when } comes before `embargo_until` { $until }: the data stay held at the announced time
release-before-embargo-help = announce the release at the moment the embargo lifts (write the same time in `next_release` and `embargo_until`), or move the embargo

correction-note-renamed = `corrections`: `note` is now `reason`, and an entry names its `kind` and the `cells` it changed
correction-note-renamed-help = rename `note` to `reason`, add `kind: correction` (an error fixed) or `kind: revision` (planned: better data, a new method), and list each changed cell with the value it had before; write each entry like: - {"{"}date: 2020-02-01, kind: correction, reason: {"{"}id: Angka Maret 2018 diperbaiki., en: March 2018 figure corrected.{"}"}, cells: [{"{"}row: "2018-03", col: persen, previous: 9.81{"}"}]{"}"}
correction-needs-kind = a correction entry needs `kind`
correction-needs-kind-help = write `kind: correction` for an error fixed, or `kind: revision` for a planned change (fuller data, a new method)
correction-unknown-kind = unknown `kind` `{ $kind }`
correction-reason-one-text = `corrections.reason` is one text: readers of every language need the reason in their language
correction-reason-one-text-help = write it for every language: reason: { $example }
correction-needs-reason = a correction entry needs a `reason`
correction-needs-reason-help = say why the figures changed, in every language: reason: {"{"}id: ..., en: ...{"}"}
correction-needs-cells = a correction entry needs the `cells` it changed
correction-needs-cells-help = list each changed cell with the value it had before: cells: [{"{"}row: "2018-03", col: persen, previous: 9.81{"}"}]
correction-not-a-figure = `{ $col }` names a row, not a figure: a correction changes a number column
correction-not-a-figure-help = name a number column: { $columns }
correction-no-column = the correction names column `{ $col }`, which this dataset does not have
correction-no-row = the correction names row `{ $row }`, which this dataset does not have
correction-several-rows = several rows start with `{ $row }`
correction-several-rows-help = name the row by all its columns that are not numbers, e.g. row: "{ $example }"
correction-previous-not-number = `previous` `{ $value }` is not a number
correction-previous-not-number-help = write the value the cell had before as a plain number, like 9.81 (leave it empty if the cell was empty)
correction-empty = empty
correction-unchanged = the correction's previous value of row `{ $row }`, column `{ $column }` is { $value }, the same as the value after it: nothing changed
correction-unchanged-help = write the value the cell had before the change (see the publication it came from), or remove the cell from `cells`
