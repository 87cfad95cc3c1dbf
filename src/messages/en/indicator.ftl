# Satu Data Indonesia indicator metadata: `indicator:` under a dataset column (issue 16 item 5).

indicator-not-number = `indicator` is written under a { $kind } column: only number columns are indicators
indicator-not-number-help = move `indicator:` under the number column it describes, or remove it; the key columns (province, period) are filled in as the indicator's classification on their own
