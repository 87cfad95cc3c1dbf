# Tema dan templat (bagi yang menyunting themes/), serta indeks pencarian.

theme-no-string = tidak ada teks antarmuka `{ $key }` untuk bahasa `{ $lang }`: tambahkan ke i18n/{ $lang }.yaml di tema
theme-syntax-error = kesalahan sintaks templat: { $problem }
theme-template-error = kesalahan templat: { $problem }
theme-template-error-help = perbaiki templatnya; variabel yang diterima setiap templat tercantum di docs/theme-contract.md
theme-template-not-found = templat `{ $name }` tidak ditemukan
theme-template-not-found-help = tambahkan templat itu ke folder templates/ di tema
theme-missing-parent = memperluas `{ $parent }`, yang tidak ada
theme-extend-loop = templat saling memperluas dalam lingkaran: { $chain }
theme-include-loop = templat saling menyertakan dalam lingkaran: { $chain }
theme-include-loop-help = hapus `{"{"}% include %{"}"}` yang kembali ke templat yang sedang disertakan
theme-theme-loop = tema saling memperluas dalam lingkaran: { $chain }
theme-not-found = tema `{ $theme }` tidak ditemukan
theme-not-found-help = buat themes/{ $theme }/ dengan berkas theme.yaml, atau gunakan `theme: default`
theme-strings-missing = teks antarmuka untuk bahasa `{ $lang }` belum ada: { $keys }
theme-strings-missing-help = tambahkan setiap kunci beserta teks `{ $lang }`-nya ke i18n/{ $lang }.yaml di tema
theme-number-words-missing = kata antarmuka untuk angka dan grafik dalam bahasa `{ $lang }` belum ada: { $keys }
theme-number-words-missing-help = pemformat angka membaca kunci-kunci ini dari teks antarmuka tema; salin dari tema bawaan
config-locale-bcp47-help = gunakan lokal BCP 47 seperti id-ID atau en-GB di bawah `languages:`
config-no-default-formatter = tidak ada pemformat angka untuk bahasa utama
search-index-failed = indeks pencarian tidak dapat dibuat: { $problem }
search-index-failed-help = tetapkan `search: false` di site.yaml untuk membangun situs tanpa pencarian
search-prefix-taken = `/{ $prefix }` adalah tempat indeks pencarian ditulis
search-prefix-taken-help = pindahkan berkas itu ke folder lain, atau tetapkan `search: false` di site.yaml
