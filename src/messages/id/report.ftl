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
list-or = { $first } atau { $last }
list-more = { $items } dan { $count } lainnya

command-not-a-language = `{ $lang }` bukan bahasa situs ini; bahasanya adalah { $languages }
command-no-site = `{ $path }` tidak ditemukan: sebutkan folder situs dengan --site, atau buat situs dengan `terang init DIR`
command-create-failed = `{ $path }` gagal dibuat: { $error }
command-write-failed = `{ $path }` gagal ditulis: { $error }
new-title-no-letters = judul `{ $title }` tidak memuat huruf atau angka untuk dijadikan nama berkas
new-orphan = `{ $original }` sudah memakai judul ini dalam bahasa lain; berkas `{ $lang }` yang baru akan menjadi artikel terpisah, bukan terjemahannya
new-orphan-help = untuk menerjemahkannya, jalankan `terang translate { $original } --lang { $lang }`
new-not-a-section = `{ $section }` bukan nama bagian: sebutkan satu folder di content/, misalnya `news`
new-data-section = content/data/ berisi dataset (YAML), bukan artikel
new-exists = `{ $path }` sudah ada; sunting berkas itu, atau beri artikel baru judul lain
translate-exists = `{ $path }` sudah ada: terjemahannya sudah tersedia; sunting berkas itu (`terang check` memberi tahu bila terjemahan tertinggal dari naskah aslinya)
translate-next = Langkah berikutnya: terjemahkan judul, ringkasan, dan isi { $path }, lalu hapus `draft: true`.
translate-not-content = `{ $file }` bukan berkas Markdown di { $content }: sebutkan artikel atau halaman, misalnya content/news/2025-01-10-awal.id.md
translate-same-language = `{ $file }` sudah berbahasa `{ $lang }`: sebutkan bahasa tujuan terjemahan, misalnya --lang { $other }
translate-one-language = situs ini hanya memiliki satu bahasa: tambahkan bahasa lain di bawah `languages:` dalam content/site.yaml
