# Isi Markdown: tautan, gambar, shortcode, angka yang diketik manual.

markdown-link-runs-code = tautan tidak boleh menjalankan kode: `{ $dest }`
markdown-link-runs-code-help = tautkan ke halaman atau berkas saja
markdown-linked-file-missing = berkas tertaut `{ $path }` tidak ditemukan
markdown-linked-file-missing-help = letakkan berkas di samping berkas Markdown dan periksa namanya
markdown-image-no-alt = gambar `{ $src }` tidak memiliki teks alt
markdown-image-no-alt-help = jelaskan isi gambar di dalam kurung siku: ![Peserta pelatihan di Palembang](foto.jpg); untuk gambar yang hanya hiasan, tulis ![](foto.jpg "decorative")
markdown-image-external = gambar `{ $src }` berada di situs lain
markdown-image-external-help = letakkan gambar di samping artikel dan gunakan nama berkasnya: situs tidak boleh memuat berkas dari host lain
photo-cannot-publish = `{ $src }` tidak dapat diterbitkan: { $reason }
photo-fix-help = buka gambar di penyunting gambar dan ekspor ulang sebagai JPEG (foto) atau PNG (tangkapan layar), dengan ekstensi berkas yang sesuai

link-outside-content = tautan `{ $dest }` mengarah ke luar content/
link-help = periksa nama berkasnya; tautan ke halaman berakhiran `.md`, misalnya `../programs/pkh.md` atau `@/programs/pkh.md`; ke halaman dataset: `@/data/kemiskinan.yaml`
link-no-dataset = tautan ke `{ $path }`: tidak ada dataset `{ $id }` di content/data/
link-no-dataset-help = { $suggestion } (id dataset adalah nama berkasnya di content/data/)
link-unpublished-help = halaman itu akan terbit setelah hal tersebut berubah; untuk melihat pratinjaunya, gunakan `terang serve` atau bangun dengan `{ $flag }`
link-to-draft = tautan ke `{ $path }`: halaman itu masih draf (`draft: true`)
link-to-future = tautan ke `{ $path }`: halaman itu bertanggal di masa depan
link-to-broken = tautan ke `{ $path }`: halaman itu tidak diterbitkan (halaman itu sendiri memiliki kesalahan)
link-other-depth-help = mungkin maksud Anda `{ $better }`? (berkas dengan nama itu ada di sana)
link-no-page = tautan ke `{ $path }`: tidak ada halaman tersebut di content/
link-case-help = mungkin maksud Anda `{ $fixed }`? Huruf besar dan kecil harus sama dengan nama berkasnya: server web membedakannya
link-no-address = tautan `{ $written }`: situs ini tidak memiliki halaman atau berkas di alamat tersebut
link-address-did-you-mean = mungkin maksud Anda `{ $link }`? Tautkan ke berkasnya, misalnya [teks]({ $link }): terang menemukan alamatnya dalam setiap bahasa
link-address-help = salin alamatnya dari pratinjau (`terang serve`), atau tautkan ke berkas halamannya, misalnya [teks](@/news/2019-06-20-pendamping-bansos.md)

shortcode-form-help = tulis shortcode seperti {"{{"} stat(data="kemiskinan", row="2018-09", col="persen") {"}}"}
shortcode-unclosed = shortcode `{"{{"}` tidak ditutup dengan `{"}}"}`
shortcode-not-a-call = `{"{{"} { $inner } {"}}"}` bukan pemanggilan shortcode seperti {"{{"} stat(data="kemiskinan", row="2018-09", col="persen") {"}}"}
shortcode-unknown = shortcode `{ $name }` tidak dikenal ({ $suggestion })
shortcode-argument-form = `{ $rest }`: argumen ditulis kunci="nilai"
shortcode-argument-name = `{ $key }` bukan nama argumen
shortcode-unclosed-quote = nilai `{ $key }` tidak memiliki tanda kutip penutup
shortcode-curly-quotes = nilai `{ $key }` diapit tanda kutip tipografis ({ $word }), yang tidak dibaca shortcode sebagai tanda kutip: gunakan tanda kutip lurus: { $key }="{ $inner }"
shortcode-unquoted = nilai `{ $key }` harus diapit tanda kutip: { $key }="{ $word }"
shortcode-several-rows-help = sebutkan baris itu dengan nilai semua kolomnya yang bukan angka, seperti contoh di atas
shortcode-help = periksa id dataset (nama berkasnya di content/data/), baris (nilai kolom pertamanya), dan kunci kolom

-several-rows = memiliki beberapa baris
embed-several-rows-mark = { -several-rows }
embed-needs-data = `{ $name }` memerlukan data="<id dataset>"
embed-unknown-dataset = dataset `{ $id }` tidak dikenal ({ $suggestion })
embed-needs-col = `stat` memerlukan col="<kunci kolom>"
embed-no-column = dataset `{ $id }` tidak memiliki kolom `{ $key }` ({ $suggestion })
embed-no-row = dataset `{ $id }` tidak memiliki baris `{ $row }` ({ $suggestion })
embed-several-rows = dataset `{ $id }` { -several-rows } `{ $row }`: sebutkan baris itu dengan semua kolomnya yang bukan angka, misalnya row="{ $example }"
embed-no-number = dataset `{ $id }`, baris `{ $row }`, kolom `{ $column }` tidak berisi angka
embed-total-time-series = dataset `{ $id }` memiliki satu baris per periode, jadi tidak ada yang dapat dijumlahkan: kutip satu baris dengan row="..."
embed-total-no-sum = kolom `{ $column }` dataset `{ $id }` tidak dapat dijumlahkan (hanya kolom count, people, households, dan rupiah yang dapat): kutip baris yang memuat keseluruhan, misalnya row="Indonesia, 2024"
embed-no-period = dataset `{ $id }` tidak memiliki periode `{ $period }` ({ $suggestion })
embed-no-values = dataset `{ $id }` tidak memiliki nilai di kolom `{ $column }` pada { $period }
embed-rank-time-series = dataset `{ $id }` memiliki satu baris per periode: peringkat membandingkan kategori (provinsi) dalam data panel atau lintas wilayah
embed-share-zero = total kolom `{ $column }` adalah nol: tidak ada persentase yang dapat dihitung
embed-change-needs-rows = perubahan memerlukan from="<baris>" dan to="<baris>"
embed-needs-row = `stat` memerlukan row="<nilai pertama baris>" (atau total=true, atau from, to, dan change=true)
embed-no-chart = dataset `{ $id }` tidak memiliki grafik: tambahkan `chart: {"{"}type: line, x: ..., y: [...]{"}"}` ke dataset itu, atau gunakan `table`

lint-typed-figure = `{ $text }` diketik manual; angka ini adalah nilai dataset `{ $dataset }`
lint-typed-figure-help = kutip dari datanya agar koreksi ikut sampai ke halaman ini: {"{{"} stat(data="{ $dataset }", row="{ $row }", col="{ $column }") {"}}"}
lint-decimal-separator = `{ $text }` memakai `{ $separator }` sebagai tanda desimal
lint-decimal-separator-help = halaman ini berbahasa `{ $lang }`, yang menulisnya `{ $fixed }`
photo-image-cannot-publish = gambar ini tidak dapat diterbitkan: { $reason }
photo-not-published = tidak diterbitkan: { $reason }
photo-cache-help = terang menyimpan gambar olahan di .terang-cache/ dalam folder situs: pastikan terang dapat menulis di sana
photo-not-stored = gambar olahan tidak dapat disimpan
photo-other-format = berkas ini gambar { $found }, bukan { $named } seperti yang tertulis di namanya
photo-not-an-image = berkas ini `{ $mime }`, bukan gambar { $named } seperti yang tertulis di namanya
photo-unknown-format = berkas ini bukan gambar { $named }, dan bukan pula format gambar yang dikenal terang
photo-damaged = gambar { $named } ini tidak dapat dibaca: { $reason }
photo-very-large = berkas aslinya sangat besar ({ $megabytes } MB, { $width } × { $height } piksel)
photo-very-large-help = pembaca tetap menerima salinan kecil; ekspor dengan lebar paling besar 4000 piksel dan di bawah { $limit } MB agar folder situs tetap ringan (lihat docs/content-guide.md, bagian Foto)
photo-cache-write = tembolok gambar `{ $path }` tidak dapat ditulis: { $error }
markdown-too-deep = blok bersarang lebih dari { $limit } tingkat (daftar di dalam daftar, kutipan di dalam kutipan): tidak ada pembaca atau peramban yang dapat mengikuti halaman sedalam ini
markdown-too-deep-help = cukup beberapa tingkat saja: mulai daftar baru atau paragraf baru alih-alih menjorok lebih dalam
