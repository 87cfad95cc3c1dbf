# Versions you can cite: `versions:` in a dataset (issue 15 item 4).

versions-not-a-number = `version` `{ $value }` is not a whole number above zero
versions-not-a-number-help = number the versions 1, 2, 3 …, oldest first: - {"{"}version: 2, date: 2020-02-01{"}"}
versions-backwards = version { $number } comes after version { $previous }: version numbers go backwards
versions-backwards-help = list the versions oldest first, each with a higher number than the one before; a published version keeps its number, because readers cite it and its files are named by it (v{ $previous }.csv)
versions-date-backwards = version { $number } is dated { $date }, before version { $previous } ({ $previous_date })
versions-date-backwards-help = list the versions oldest first, each dated on or after the one before
versions-unknown-row = `added` names row `{ $row }`, which this dataset does not have
versions-ambiguous-row = several rows start with `{ $row }`
versions-ambiguous-row-help = name the row by all its columns that are not numbers, e.g. "{ $example }"
versions-change-after-last = the change of { $date } is after the last version ({ $number }, { $last_date }): no version would hold its figures
versions-change-after-last-help = add the version it made: - {"{"}version: { $number }, date: { $date }{"}"}
