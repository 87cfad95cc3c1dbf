# Yang dicetak perintah di sekitar diagnostik: jumlah, ringkasan, kesalahan baris perintah.
# Pasangan bahasa Inggrisnya ada di ../en/report.ftl, dengan variabel yang sama.

report-counts = { $errors } kesalahan, { $warnings } peringatan
report-pages = { $total } halaman ({ $languages })
report-built = selesai: { $pages }, { $files } berkas dalam { $ms } ms → { $output }
report-images = gambar: { $processed } diolah, { $reused } dari tembolok (.terang-cache/)
report-timings = waktu: { $stages }
report-check-ok = baik: { $pages }, tanpa kesalahan
report-left-out = tidak diterbitkan: { $what }: { $files } (tambahkan { $flags } untuk { $count ->
        [1] menyertakannya
       *[other] menyertakan semuanya
    })
report-left-drafts = { $count } draf
report-left-future = { $count } bertanggal di masa depan
list-and-more = dan { $count } lainnya
list-two = { $first } dan { $second }
report-bad-base-url = --base-url `{ $url }` bukan URL http(s) yang lengkap (contoh: https://example.go.id/transparansi/)
report-bad-epoch = SOURCE_DATE_EPOCH `{ $value }` bukan jumlah detik sejak 1970

init-is-a-file = `{ $dir }` adalah berkas, bukan folder
init-not-empty = Folder `{ $dir }` tidak kosong. Pilih folder baru, atau tambahkan --force untuk menulis situs baru ke dalamnya (berkas dengan nama yang sama akan diganti).
init-created = Situs baru telah dibuat di { $dir } ({ $count } berkas). Langkah berikutnya:
init-then-open = lalu buka http://127.0.0.1:1111/
init-first-title = Artikel pertama
