# Identity: `organization` and `image` in site.yaml, and the files they name.

identity-url-not-absolute = `organization.url` `{ $url }` is not an absolute http(s) URL
identity-url-not-absolute-help = write the organization's website like https://kemensos.go.id
identity-email-invalid = `organization.email` `{ $email }` is not an e-mail address
identity-email-invalid-help = write one address like humas@example.go.id
identity-alt-empty = `image.alt` is empty
identity-alt-empty-help = describe the picture for people who cannot see it, in every language
identity-file-outside = `{ $key }` `{ $written }` is not a file under content/
identity-file-outside-help = name a file of the site, relative to content/, like `logo.svg`
identity-file-missing = `{ $key }` names `content/{ $file }`, which does not exist
identity-file-missing-help = put the file in content/ or correct the name (letter case counts)
identity-image-not-raster = `image.src` `{ $file }` is not a JPEG, PNG or WebP picture, which link previews need
identity-image-not-raster-help = use a JPEG or PNG of about 1200 × 630 pixels
