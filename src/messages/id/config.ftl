# site.yaml: bahasa, lokal, base_url, zona waktu.

config-empty = site.yaml kosong
config-paginate-zero = `paginate` paling sedikit 1
config-paginate-zero-help = jumlah artikel per halaman daftar, misalnya 20
config-text-missing-language = teks `{ $lang }` belum ada
config-text-unknown-language = `{ $lang }` bukan bahasa situs ini
config-text-every-language-help = tulis `{ $key }` untuk setiap bahasa: { $example }
config-language-problem = bahasa `{ $code }`: { $problem }
config-locale-help = tulis lokal BCP 47 dengan tanda hubung, misalnya `locale: { $suggested }`
config-invalid-locale = lokal { $locale } tidak sah: { $reason } (seharusnya tag BCP-47 seperti id-ID atau en-GB)
config-unsupported-locale = tidak ada data format untuk lokal { $locale } (seharusnya bahasa yang dikenal CLDR, seperti id-ID atau en-GB)
config-locale-data = data format untuk lokal { $locale } tidak dapat dimuat: { $reason }
config-not-a-language-code = `{ $code }` bukan kode bahasa
config-not-a-language-code-help = gunakan kode dua atau tiga huruf kecil, seperti `id` atau `en`
config-default-language-missing = bahasa utama `{ $code }` tidak tercantum dalam `languages`
config-default-language-missing-help = tambahkan bahasa tersebut di bawah `languages:` atau ubah `default_language`
config-url-segments-unknown-language = `url_segments` menyebut `{ $code }`, yang bukan bahasa situs ini
config-url-word = kata URL `{ $word }` ({ $code }) hanya boleh berisi huruf kecil, angka, dan tanda hubung
config-base-url = `base_url` `{ $url }` bukan URL http(s) yang lengkap
config-base-url-help = tulis seperti https://bansos.example.go.id atau https://example.go.id/transparansi/
config-base-url-credentials = `base_url` `{ $url }` memuat nama pengguna atau kata sandi
config-base-url-credentials-help = keduanya akan terbit di setiap halaman: hapus bagian `nama:sandi@` (lindungi situs uji dengan login server web itu sendiri)
config-base-url-query = `base_url` `{ $url }` memuat kueri (`?`) atau fragmen (`#`)
config-base-url-query-help = tulis alamat situsnya saja: https://bansos.example.go.id atau https://example.go.id/transparansi/
config-unknown-timezone = zona waktu `{ $name }` tidak dikenal
config-unknown-timezone-help = gunakan nama IANA: Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)
config-expecting-text = teks, atau peta teks per bahasa seperti {"{"}id: ..., en: ...{"}"}
