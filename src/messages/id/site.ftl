# Halaman sebagai satu situs: alamat, judul, program, gambar, terjemahan.

site-program-ids-help = { $suggestion } (id program adalah nama berkas di content/programs/)
site-same-url = halaman ini memiliki URL `/{ $url }` yang sama dengan { $other }
site-same-url-help = beri salah satunya `slug:` lain di front matter-nya
site-article-date-help = artikel memerlukan tanggal: tambahkan `date: 2019-06-20` (atau dengan jam: 2019-06-20T22:36:00+07:00)
site-title-empty = `title` kosong
site-title-empty-help = tulis judul halaman ini
site-slug-empty = `slug` tidak memuat huruf atau angka
site-slug-empty-help = gunakan kata-kata seperti `pelatihan-pendamping`
site-image-alt-empty = teks `alt` gambar ini kosong
site-image-alt-missing = gambar ini tidak memiliki teks `alt`
site-image-alt-help = jelaskan isi gambar bagi pembaca yang tidak dapat melihatnya: `alt: "Peserta pelatihan di Palembang"`
site-image-external = gambar ini mengarah ke situs lain
site-image-external-help = letakkan gambar di samping artikel dan tulis nama berkasnya; situs tidak boleh memuat berkas dari host lain
site-image-not-found = berkas gambar `{ $src }` tidak ditemukan
site-image-not-found-help = letakkan gambar di samping berkas Markdown (di folder artikel) dan periksa namanya

stale-message = naskah asli `{ $original }` telah berubah sejak terjemahan ini dibuat: { $what }
stale-changed = baru atau berubah: { $parts }
stale-removed = { $count } bagian dihapus
stale-reordered = urutan bagiannya berubah
stale-help = sesuaikan terjemahan ini dengan { $original }, lalu tetapkan `{ $key }: "{ $version }"`
stale-part-title = judul
stale-part-summary = ringkasan
stale-part-heading = judul bagian di baris { $line } “{ $title }”
stale-part-paragraph = paragraf di baris { $line } “{ $text }”

coverage-missing = belum ada terjemahan { $languages }
coverage-until-show = menampilkan halaman ini dengan label bahasa
coverage-until-hide = tidak menampilkannya
coverage-rename-help = jika `content/{ $file }` adalah terjemahan `content/{ $of }`, ganti namanya menjadi `content/{ $to }` (terjemahan memakai nama berkas yang sama); jika bukan, tambahkan { $add }
coverage-add-help = tambahkan { $add } (`terang translate { $original }` menuliskannya siap diterjemahkan); sampai saat itu, daftar dalam bahasa tersebut { $until }
site-same-output = { $first } dan { $second } akan ditulis ke alamat yang sama, `/{ $url }`
site-same-output-help = ganti nama berkasnya, atau beri halaman atau bagian itu `slug:` lain
