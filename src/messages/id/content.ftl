# Artikel, halaman program dan halaman mandiri: front matter, tanggal, draf.

content-date-far-ahead = `date` { $date } lebih dari setahun dari sekarang: halaman ini tidak diterbitkan sampai tanggal tersebut
content-date-far-ahead-help = periksa tahunnya ({ $written } seharusnya { $likely }?); halaman bertanggal di masa depan terbit pada tanggalnya, atau sekarang dengan --future
content-date-far-ahead-help-plain = periksa tahunnya; halaman bertanggal di masa depan terbit pada tanggalnya, atau sekarang dengan --future
content-not-a-date = `{ $text }` bukan tanggal
content-not-a-date-help = tulis tanggal seperti 2019-06-20, atau tanggal dan jam seperti 2019-06-20T22:36:00+07:00
content-event-no-offset = `{ $text }` mencantumkan jam tetapi tanpa selisih UTC
content-event-no-offset-help = tambahkan selisih waktu tempat acara berlangsung: +07:00 (WIB), +08:00 (WITA), atau +09:00 (WIT), misalnya 2026-12-03T08:00:00+08:00; atau tulis tanggalnya saja (2026-12-03) untuk acara sepanjang hari
content-unknown-language = akhiran bahasa `.{ $code }` tidak dikenal
content-unknown-language-help = bahasa situs ini adalah { $languages }; ganti nama berkas (misalnya `nama.{ $default }.md`) atau tambahkan `{ $code }` di bawah `languages:` dalam site.yaml
content-no-front-matter = berkas ini tidak memiliki front matter
content-no-front-matter-help = awali berkas dengan baris `---`, lalu `title: ...` (dan `date: ...` untuk artikel), lalu satu baris `---` lagi
content-front-matter-unclosed = front matter belum ditutup
content-front-matter-unclosed-help = tambahkan baris yang hanya berisi `---` setelah kunci front matter terakhir
content-front-matter-empty = front matter kosong
content-front-matter-empty-help = tambahkan setidaknya `title: ...`

event-field-problem = event { $field }: { $problem }
event-mixed-kinds = `start` dan `end` harus sama-sama tanggal, atau sama-sama tanggal dengan jam
event-mixed-kinds-help = tulis keduanya sebagai tanggal (2026-12-15) untuk acara sepanjang hari, atau keduanya dengan jam dan selisih waktu (2026-12-15T08:00:00+09:00)
event-ends-before-start = acara berakhir sebelum dimulai
event-ends-before-start-help = periksa `start` dan `end`: `end` adalah hari terakhir acara (atau jam berakhirnya)

file-unreadable = berkas tidak dapat dibaca: { $reason }
file-unreadable-help = pastikan berkas tersebut ada dan dapat dibaca
file-not-utf8 = berkas ini bukan teks UTF-8 yang sah
file-not-utf8-help = simpan berkas sebagai UTF-8 di penyunting Anda ("Save with encoding" → UTF-8)
file-empty = berkas ini kosong
file-empty-site-yaml-help = mulailah dari contoh di docs/configuration.md: title, base_url, languages
file-empty-dataset-help = dataset memerlukan title, source, columns, dan rows (lihat docs/datasets.md), atau hapus berkas ini
file-empty-markdown-help = tambahkan front matter di antara baris `---`, atau hapus berkas ini
file-empty-help = tulis isi berkas, atau hapus berkas ini
file-nul-byte = berkas ini memuat bita NUL; berkas ini bukan berkas teks
file-nul-byte-help = simpan ulang sebagai teks UTF-8 biasa
file-link-out-of-site = tautan simbolik ini mengarah ke luar folder situs; terang tidak mengikutinya
file-link-out-of-site-help = salin berkasnya ke dalam folder situs alih-alih menautkannya, atau hapus tautan tersebut
file-link-loop = tautan simbolik berputar: tautan ini menunjuk ke folder yang memuat dirinya sendiri
file-cannot-read = tidak dapat dibaca: { $reason }
file-cannot-read-help = hapus tautan tersebut atau perbaiki izin berkasnya
file-control-character = karakter kendali tak terlihat U+{ $code } (sering tersalin dari pengolah kata); { $count ->
        [1] karakter ini
       *[other] semua { $count } karakter sejenis
    } dihapus dari situs
file-control-character-help = hapus karakter itu di penyunting Anda (tampil sebagai kotak, `^K`, atau tidak tampil sama sekali), atau ketik ulang teks di sekitarnya
