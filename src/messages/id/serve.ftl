# serve dan watch: baris log, lapisan kesalahan di peramban, dan halaman tunggu.

serve-listening = melayani { $url } (Ctrl-C untuk berhenti)
serve-stopped = berhenti
serve-fix-and-reload = perbaiki masalah tersebut; halaman akan dimuat ulang dengan sendirinya
serve-still-serving = situs terakhir yang berhasil dibangun tetap dilayani
serve-no-address = alamat yang digunakan server tidak dapat dibaca: { $error }
serve-exposed-everywhere = semua antarmuka jaringan ({ $bind })
serve-exposed-address = { $bind }, alamat yang dapat dijangkau komputer lain
serve-exposed = mendengarkan di { $which }: siapa pun di jaringan Anda dapat membaca situs ini, termasuk draf; buka dengan alamat IP (nama host selain localhost ditolak)
serve-no-browser = `{ $opener }` tidak dapat dijalankan untuk membuka peramban; silakan buka { $url } sendiri
serve-no-ctrlc = Ctrl-C tidak dapat ditangkap ({ $error }); menekannya akan menghentikan terang secara mendadak
serve-index-made = indeks pencarian dibuat dalam { $ms } ms ({ $files } berkas, { $rewritten } ditulis ulang)
serve-index-again = ada halaman yang berubah sementara itu; indeks dibuat ulang
serve-index-failed = pembuatan indeks pencarian gagal setelah { $ms } ms; indeks sebelumnya tetap dipakai
serve-clock-rebuild = embargo berakhir atau tanggal sebuah halaman tiba: membangun ulang
serve-watcher-problem = pemantau berkas melaporkan masalah ({ $why }); semua berkas diperiksa ulang

rebuild-changed-one = { $file } berubah:
rebuild-changed-many = { $file } dan { $more } berkas lain berubah:
rebuild-built-first = { $files } berkas ({ $pages } halaman) dibangun dalam { $ms } ms
rebuild-rewritten = { $count } berkas ditulis ulang dalam { $ms } ms ({ $rendered } dari { $pages } halaman dirender)
rebuild-failed = pembangunan gagal dengan { $errors } kesalahan dalam { $ms } ms
rebuild-failed-environment = pembangunan gagal dalam { $ms } ms

watch-watching = memantau content/ dan themes/ di { $site } (Ctrl-C untuk berhenti)
watch-output-left = output/ dibiarkan seperti semula
watch-output-kept = output/ tetap berisi situs terakhir yang berhasil dibangun
watch-nothing-written = tidak ada yang ditulis: output/ tetap berisi situs sebelumnya; pembangunan berikutnya akan mencoba lagi
watch-partly-written = hanya { $written } dari { $to_write } berkas yang berubah berhasil ditulis dan { $removed } dari { $to_remove } dihapus: output/ belum lengkap sampai pembangunan berikutnya berhasil dan menulis ulang seluruh situs

overlay-heading = Pembangunan terakhir gagal; yang tampil adalah halaman terakhir yang berhasil dibangun.
waiting-title = Situs belum dapat dibangun
waiting-fix = Perbaiki masalah berikut; halaman ini akan dimuat ulang dengan sendirinya.
waiting-building = Situs sedang dibangun…
waiting-reloads = Halaman ini akan dimuat ulang dengan sendirinya.
