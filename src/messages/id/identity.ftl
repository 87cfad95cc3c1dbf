# Identitas: `organization` dan `image` di site.yaml, serta berkas yang disebutnya.

identity-url-not-absolute = `organization.url` `{ $url }` bukan URL http(s) yang lengkap
identity-url-not-absolute-help = tulis situs web lembaga seperti https://kemensos.go.id
identity-email-invalid = `organization.email` `{ $email }` bukan alamat surel
identity-email-invalid-help = tulis satu alamat seperti humas@example.go.id
identity-alt-empty = `image.alt` kosong
identity-alt-empty-help = jelaskan gambarnya untuk orang yang tidak dapat melihatnya, dalam setiap bahasa
identity-file-outside = `{ $key }` `{ $written }` bukan berkas di dalam content/
identity-file-outside-help = sebut berkas situs, relatif terhadap content/, seperti `logo.svg`
identity-file-missing = `{ $key }` menyebut `content/{ $file }`, yang tidak ada
identity-file-missing-help = taruh berkasnya di content/ atau perbaiki namanya (huruf besar-kecil berpengaruh)
identity-image-not-raster = `image.src` `{ $file }` bukan gambar JPEG, PNG, atau WebP, yang dibutuhkan pratinjau tautan
identity-image-not-raster-help = pakai JPEG atau PNG berukuran sekitar 1200 × 630 piksel
