# Themes and templates (for whoever edits themes/), and the search index.

theme-no-string = no interface string `{ $key }` for language `{ $lang }`: add it to the theme's i18n/{ $lang }.yaml
theme-syntax-error = template syntax error: { $problem }
theme-template-error = template error: { $problem }
theme-template-error-help = fix the template; variables each template receives are listed in docs/theme-contract.md
theme-template-not-found = template `{ $name }` not found
theme-template-not-found-help = add it to the theme's templates/ folder
theme-missing-parent = extends `{ $parent }`, which does not exist
theme-extend-loop = templates extend each other in a loop: { $chain }
theme-include-loop = templates include each other in a loop: { $chain }
theme-include-loop-help = remove the `{"{"}% include %{"}"}` that leads back to a template already being included
theme-theme-loop = themes extend each other in a loop: { $chain }
theme-not-found = theme `{ $theme }` not found
theme-not-found-help = create themes/{ $theme }/ with a theme.yaml, or use `theme: default`
theme-strings-missing = interface strings missing for language `{ $lang }`: { $keys }
theme-strings-missing-help = add each key with its `{ $lang }` text to i18n/{ $lang }.yaml in the theme
theme-number-words-missing = interface words for numbers and charts missing for language `{ $lang }`: { $keys }
theme-number-words-missing-help = the number formatter reads these keys from the theme's interface strings; copy them from the default theme
config-locale-bcp47-help = use a BCP 47 locale such as id-ID or en-GB under `languages:`
config-no-default-formatter = no number formatter for the default language
search-index-failed = could not build the search index: { $problem }
search-index-failed-help = set `search: false` in site.yaml to build the site without search
search-prefix-taken = `/{ $prefix }` is where the search index is written
search-prefix-taken-help = move the file to another folder, or set `search: false` in site.yaml
