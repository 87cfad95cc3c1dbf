# site.yaml: languages, locales, base_url, time zone.

config-empty = site.yaml is empty
config-paginate-zero = `paginate` must be at least 1
config-paginate-zero-help = the number of articles per list page, e.g. 20
config-text-missing-language = missing the `{ $lang }` text
config-text-unknown-language = `{ $lang }` is not a language of this site
config-text-every-language-help = write `{ $key }` for every language: { $example }
config-language-problem = language `{ $code }`: { $problem }
config-locale-help = write a BCP 47 locale with a hyphen, such as `locale: { $suggested }`
config-invalid-locale = invalid locale { $locale }: { $reason } (expected a BCP-47 tag like id-ID or en-GB)
config-unsupported-locale = no formatting data for locale { $locale } (expected a language known to CLDR, like id-ID or en-GB)
config-locale-data = cannot load formatting data for locale { $locale }: { $reason }
config-not-a-language-code = `{ $code }` is not a language code
config-not-a-language-code-help = use a two- or three-letter lowercase code such as `id` or `en`
config-default-language-missing = the default language `{ $code }` is not in `languages`
config-default-language-missing-help = add it under `languages:` or change `default_language`
config-url-segments-unknown-language = `url_segments` names `{ $code }`, which is not a language of this site
config-url-word = URL word `{ $word }` ({ $code }) must be lowercase letters, digits and hyphens
config-base-url = `base_url` `{ $url }` is not an absolute http(s) URL
config-base-url-help = write it like https://bansos.example.go.id or https://example.go.id/transparansi/
config-base-url-credentials = `base_url` `{ $url }` holds a user name or password
config-base-url-credentials-help = it would be published in every page: remove the `name:password@` part (protect a test site with the web server's own login)
config-base-url-query = `base_url` `{ $url }` has a query (`?`) or a fragment (`#`)
config-base-url-query-help = write only the site's address: https://bansos.example.go.id or https://example.go.id/transparansi/
config-unknown-timezone = unknown time zone `{ $name }`
config-unknown-timezone-help = use an IANA name: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
config-expecting-text = a text, or a map of texts per language like {"{"}id: ..., en: ...{"}"}
