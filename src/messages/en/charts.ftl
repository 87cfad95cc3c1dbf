# Chart accessibility lint: the theme's chart palette and every chart, checked at build time.

charts-mode-light = light mode
charts-mode-dark = dark mode
charts-role-marks = chart marks (lines, bars, markers, axis)
charts-role-text = chart text
charts-contrast = chart colour { $name } { $colour } on the background --bg { $background } in { $mode }: contrast { $ratio }:1; { $role } need at least { $needed }:1
charts-contrast-help = make { $name } { $direction } until it reaches { $needed }:1 against { $background } (WCAG 2.2, success criterion { $criterion })
charts-direction-darker = darker
charts-direction-lighter = lighter
charts-used-by = used by the charts of { $list }
charts-list-more = { $list } and { $count } more
charts-unreadable-colour = chart colour { $name } in { $mode } cannot be checked: `{ $value }` is not a colour terang can read
charts-unreadable-colour-help = write it as #rrggbb, rgb(r g b) or a colour name, or as var(--name) of one
charts-no-background = chart colours in { $mode } cannot be checked: the theme sets no readable --bg on :root
charts-no-background-help = declare the page background as --bg: #rrggbb in :root (and in the prefers-color-scheme: dark block)
charts-forced = in forced-colours mode, `{ $selector }` paints { $property } with `{ $value }`: chart marks and text must use the reader's own colours
charts-forced-help = use a system colour meant for text and lines, such as CanvasText or LinkText (not Canvas, GrayText or a fixed colour)
charts-text-size = the chart of `{ $dataset }` ({ $lang }) has text of { $px } px on a screen { $screen } px wide; chart text needs at least { $min } px
charts-text-size-help = keep chart text at { $units } units or more in the theme (font-size on chart classes), and do not make .chart or .chart-figure narrower than { $width } px
charts-no-desc = the chart of `{ $dataset }` ({ $lang }) has no description (`<desc>`) stating its message with figures
charts-no-desc-help = check the theme's chart_* interface strings: each must keep its figures ({ $placeholders })
charts-alike = the chart of `{ $dataset }` ({ $lang }) draws series { $first } and { $second } with the same dash pattern and marker: without colour they cannot be told apart
charts-alike-help = chart at most 4 number columns (each gets its own dash pattern and marker), or split the chart into two datasets

# The chart kit: each chart's SVG, PNG and CSV beside its dataset page.
charts-png-no-font = the charts' pictures (chart.png) would have no text: this machine has none of the fonts { $fonts }, nor any sans-serif font
charts-png-no-font-help = install one and build again (on Debian and Ubuntu: apt-get install fonts-dejavu-core); the pages and chart.svg are not affected
