# Embargo, penerbit dataset (kontak, lisensi) dan berkas yang tidak pernah diterbitkan.

## Embargo (embargo_until, embargo_rows)

-under-embargo = masih diembargo
embargo-mark = { -under-embargo }
embargo-rows-without-until = `embargo_rows` tanpa `embargo_until`: sampai kapan baris-baris ini ditahan?
embargo-rows-without-until-help = tambahkan waktu rilisnya: embargo_until: 2027-01-15T11:00:00+07:00
embargo-not-a-time = `embargo_until`: `{ $text }` bukan tanggal dan waktu
embargo-not-a-time-help = tulis waktu rilis beserta selisihnya dari UTC, misalnya 2027-01-15T11:00:00+07:00 (tanpa selisih, zona waktu situs yang dipakai)
embargo-unknown-row = `embargo_rows` menyebut baris `{ $row }`, yang tidak ada dalam dataset ini
embargo-several-rows = ada beberapa baris yang diawali `{ $row }`
embargo-several-rows-help = sebutkan baris itu dengan semua kolomnya yang bukan angka, misalnya "{ $example }"
embargo-passed = `embargo_until` { $at } sudah lewat: embargo ini tidak berpengaruh apa pun
embargo-passed-dataset-help = hapus `embargo_until` (dan `embargo_rows`) setelah angkanya terbit
embargo-passed-page-help = hapus `embargo_until` setelah halamannya terbit
embargo-dataset = dataset `{ $id }` { -under-embargo } sampai { $until }: halaman ini akan menerbitkan angkanya sebelum waktu itu
embargo-row = dataset `{ $id }`, baris `{ $row }` { -under-embargo } sampai { $until }: halaman ini akan menerbitkannya sebelum waktu itu
embargo-period = dataset `{ $id }`, periode `{ $period }` { -under-embargo } sampai { $until }: halaman ini akan menerbitkannya sebelum waktu itu
embargo-shortcode-help = beri halaman ini `embargo_until` yang sama (atau lebih lambat) agar terbit bersama angkanya, atau kutip angkanya setelah embargo berakhir
embargo-link = tautan ke `{ $path }`: halaman itu { -under-embargo } (`embargo_until`)
embargo-link-help = tautkan setelah embargonya berakhir, atau beri halaman ini `embargo_until` yang sama

## Penerbit dataset

publisher-contact = `contact` `{ $text }` bukan alamat email
publisher-contact-help = tulis alamatnya saja, misalnya humas@kemensos.go.id (tanpa `mailto:`, tanpa `?`)
publisher-license = `license` `{ $text }` bukan lisensi yang dikenal terang
publisher-license-help = { $suggestion } (atau alamat https:// lisensi itu sendiri)

## Berkas di content/ yang tidak pernah diterbitkan

unpublished-linked-file = berkas tertaut `{ $path }` tidak diterbitkan
unpublished-site-yaml = site.yaml berisi pengaturan situs, yang tidak diterbitkan
unpublished-dataset-yaml = berkas YAML dataset tidak diterbitkan: tautkan ke halamannya dengan @/data/{ $id }.yaml, atau ke unduhannya /data/{ $id }.csv
unpublished-hidden = berkas tersembunyi dan berkas sementara penyunting tidak diterbitkan: ganti namanya tanpa titik di depan (atau tanpa ~ dari penyunting) agar diterbitkan
new-search-section = `/{ $section }/` adalah tempat indeks pencarian ditulis: pilih nama bagian lain (atau tulis `search: false` di site.yaml)
