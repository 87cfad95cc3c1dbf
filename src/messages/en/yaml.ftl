# YAML: front matter, datasets and site.yaml as the parser sees them; "did you mean" lists.

yaml-unknown-key = unknown key `{ $key }`
yaml-no-keys-here = this place takes no keys
yaml-missing-key = missing required key `{ $key }`
yaml-add-key = add `{ $key }: ...`
yaml-add-key-under = add `{ $key }: ...` under `{ $parent }:`
yaml-duplicate-key = duplicate key `{ $key }`
yaml-duplicate-key-help = a key may appear once; delete one of the two
yaml-colon-in-value = a `:` inside a value starts a new key here
yaml-colon-in-value-help = put the value in quotes: title: "Pelatihan: hari pertama"
yaml-expected-text = expected a text here
yaml-expected-text-help = write a plain value (key: text); put text with [ ] {"{"} {"}"} : # in quotes
yaml-expected-list = expected a list here
yaml-expected-list-help = write a list like tags: [pelatihan, pendampingan]
yaml-expected-mapping = expected `key: value` lines here
yaml-expected-mapping-help = each line is a key, a colon and a value, e.g. title: Judul
yaml-no-value = this key has no value
yaml-no-value-help = write a value after the colon (title: Judul), or delete the line
yaml-expected-bool = expected `true` or `false` here
yaml-expected-bool-help = write `true` or `false` (not ya, tidak, yes or no)
yaml-expected-whole-number = expected a whole number from { $min } to { $max } here
yaml-budget = the file holds more than { $limit } values, the most terang reads from one YAML file
yaml-budget-help = split it into several files (a dataset per period or region); a row of n columns counts 2n + 1 values
yaml-tab = a tab character here: this file takes spaces, not tabs, to indent
yaml-tab-help = replace the tab with spaces (two spaces per level, like the lines around it)
yaml-curly-quotes-help = the curly quotes on this line are not quotes to YAML: write straight ones: { $line }

suggest-did-you-mean = did you mean `{ $candidate }`?
suggest-nothing = there is nothing to choose from yet
suggest-one-of = expected one of: { $choices }
suggest-closest = expected one of: { $choices } and { $more } more; the closest are listed
yaml-invalid-type = invalid type: { $found }, expected { $expected }
yaml-unclosed-quote = unclosed quote
yaml-unexpected-end = unexpected end of input
yaml-too-deep = recursion limit exceeded
