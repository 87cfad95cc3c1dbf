# Dataset (content/data/*.yaml): kunci, kolom, baris, sel, angka.

data-text-every-language-help = tulis teksnya untuk setiap bahasa: {"{"}id: ..., en: ...{"}"}
data-key-not-a-date = `{ $key }`: `{ $text }` bukan tanggal
data-date-help = tulis tanggal seperti 2019-01-15
data-source-url = `source.url` `{ $url }` bukan alamat web
data-source-url-help = tulis seperti https://www.bps.go.id
data-unknown-program = program `{ $program }` tidak dikenal
data-columns-empty = `columns` kosong
data-columns-empty-help = cantumkan kolom-kolomnya: - {"{"}key: periode, type: period, label: {"{"}id: Periode, en: Period{"}"}{"}"}
data-duplicate-column = kolom `{ $key }` ditulis dua kali
data-duplicate-column-help = setiap kunci kolom hanya boleh muncul sekali
data-unknown-column-type = jenis kolom `{ $kind }` tidak dikenal
data-unit-not-number = hanya kolom angka yang memiliki `unit`
data-unit-not-number-help = hapus `unit`, atau jadikan kolom ini `type: number`
data-decimals-not-number = hanya kolom angka yang memiliki `decimals`
data-decimals-range = `decimals` harus antara 0 dan 10
data-column-key = kunci kolom `{ $key }` hanya boleh berisi huruf kecil, angka, dan `_`
data-column-key-help = kunci kolom menjadi judul kolom CSV dan nama yang dipakai shortcode: `persen`, `jumlah_kpm`
data-rows-empty = `rows` kosong
data-rows-empty-help = tambahkan setidaknya satu baris: - {"{"}periode: 2018-09, persen: 9.66{"}"}
data-decimal-comma-help = dalam baris `{"{"}...{"}"}`, koma memisahkan sel; tulis desimal dengan titik: 9.66
data-not-a-column = `{ $key }` bukan kolom dataset ini
data-duplicate-row = baris `{ $key }` ditulis dua kali
data-duplicate-row-help = dua baris memiliki nilai yang sama di setiap kolom yang bukan angka; shortcode tidak dapat membedakan keduanya
data-cell-not-a = `{ $text }` bukan { $expected } (kolom `{ $column }` ber-`type: { $kind }`)
data-kind-exact-number = angka yang dapat ditampilkan terang secara persis
data-kind-number = angka
data-kind-date = tanggal
data-kind-period = periode
data-too-many-digits-help = angka ini memiliki lebih dari 15 digit bermakna: bulatkan, atau gunakan satuan yang lebih besar (juta, miliar)

number-comma-ambiguous-help = koma bukan bagian dari angka di sini: tulis `{ $decimal }` jika koma itu tanda desimal, atau `{ $whole }` jika koma itu pemisah ribuan
number-decimal-comma-help = ini tampaknya koma desimal: tulis `{ $decimal }` (desimal ditulis dengan titik)
number-thousands-help = ini tampaknya pemisah ribuan: tulis `{ $whole }` (tanpa pemisah)
number-plain-help = tulis angka dengan titik untuk desimal dan tanpa pemisah ribuan: 9.66, 1234567, -0.5
number-count-fraction-dot = `{ $text }` di kolom `{ $column }` (kolom jumlah) akan dibaca sebagai { $value }, dengan pecahan
number-count-fraction-dot-help = titik itu tampaknya pemisah ribuan: tulis `{ $whole }` (terang membaca titik sebagai tanda desimal)
number-count-fraction = `{ $text }` memiliki pecahan, padahal kolom `{ $column }` menghitung satuan utuh
number-count-fraction-help = tulis bilangan bulat; jika angkanya memang berdesimal (rata-rata, rasio), beri kolom ini satuan lain
number-percent-fraction = `{ $text }` tampaknya pecahan dari satu, padahal kolom `{ $column }` dalam persen dan nilai lainnya sekitar { $example }
number-percent-fraction-help = tulis persentasenya: `{ $percent }` (9,66 % ditulis 9.66); jika `{ $text }` % memang benar, abaikan peringatan ini
number-outlier = `{ $text }` kira-kira { $times }× { $direction ->
        [larger] lebih besar daripada
       *[smaller] lebih kecil daripada
    } nilai di dekatnya di kolom `{ $column }` ({ $neighbours })
number-outlier-help = pemisah yang tergeser atau satuan yang berbeda? Periksa angka ini dengan sumbernya; jika sudah benar, abaikan peringatan ini
number-outlier-more = , … dan { $count } lainnya

data-no-unit = tanpa satuan
data-key-not-a-column = { $what } `{ $name }` bukan kolom
data-key-not-a-row = { $what } `{ $name }` bukan baris dataset ini
data-key-not-a-row-help = { $suggestion } (baris dinamai menurut kategorinya, yaitu kolom teks selain periode, misalnya "{ $example }")
data-headline-not-number = headline col `{ $key }` bukan kolom angka
data-headline-not-number-help = angka utama harus berupa angka: sebutkan kolom ber-`type: number`
data-headline-row-and-total = headline memuat `row` sekaligus `total: true`
data-headline-row-and-total-help = pilih salah satu: baris yang disebut namanya (misalnya baris total nasional), atau jumlah semua baris
data-total-no-sum = `total: true` tidak dapat menjumlahkan kolom `{ $key }` ({ $unit }): nilainya tidak dapat dijumlahkan menjadi total
data-total-no-sum-help = hanya kolom `count`, `people`, `households`, dan `rupiah` yang dapat dijumlahkan; untuk persen atau rasio, tambahkan baris berisi angka nasional lalu sebutkan namanya: headline: {"{"}col: ..., row: "Indonesia"{"}"}
data-total-time-series = `total: true` memerlukan kategori untuk dijumlahkan, sedangkan dataset ini deret waktu (satu baris per periode)
data-total-time-series-help = hapus `total`: angka utama deret waktu adalah nilai terbarunya
data-headline-row-time-series = angka utama deret waktu adalah nilai terbarunya; tidak perlu menyebut baris
data-headline-row-time-series-help = hapus `row`: headline: {"{"}col: ...{"}"}
data-headline-which-row = dataset ini memiliki satu baris per kategori, jadi headline harus menyebut angka mana yang mewakili semuanya
data-headline-which-row-help = tambahkan `row: "Indonesia"` (baris yang memuat keseluruhan) atau `total: true` (jumlah semua baris)
data-unknown-chart-type = jenis grafik `{ $kind }` tidak dikenal
data-unknown-chart-type-help = gunakan `line`, `bar`, atau `none`
data-chart-x-not-key = chart x `{ $name }` bukan kolom kunci dataset ini
data-chart-x-not-key-help = x menyebut sumbu yang dilalui grafik: periode (perubahan dari waktu ke waktu) atau kategori (perbandingan); di dataset ini: { $count ->
        [0] tidak ada
       *[other] { $keys }
    }
data-chart-y-not-number = chart y `{ $name }` bukan kolom angka
data-chart-y-not-number-help = grafik menggambar kolom ber-`type: number`
data-panel-chart-lines = grafik panel dari waktu ke waktu memerlukan garis yang akan digambar: angka utamanya atau baris yang disebut namanya
data-panel-chart-lines-help = tambahkan `headline: {"{"}col: ..., total: true{"}"}` ke dataset, atau `rows: ["Aceh", "Bali"]` ke grafik; atau bandingkan kategori pada periode terbaru dengan x: kolom kategori

data-file-name = nama berkas dataset `{ $stem }` hanya boleh berisi huruf kecil, angka, dan tanda hubung
data-file-name-help = ganti namanya menjadi `{ $slug }.yaml`; nama berkas menjadi id dan URL dataset
release-unknown-status = `status` `{ $status }` tidak dikenal
release-unknown-status-help = tulis official, provisional, atau experimental
release-not-a-time = `next_release`: `{ $at }` bukan tanggal dan jam
release-not-a-time-help = tulis tanggal dan jam rilis beserta selisih UTC-nya, misalnya 2027-01-15T11:00:00+07:00 (tanpa selisih, zona waktu situs yang dipakai), atau tanggalnya saja
release-announced-not-a-date = `next_release.announced` bukan tanggal
release-announced-not-a-date-help = tulis tanggal rilis itu diumumkan, misalnya 2025-10-01
release-unknown-next-status = `next_release`: status `{ $status }` tidak dikenal
release-unknown-next-status-help = tulis confirmed, provisional, postponed, atau cancelled
release-reason-every-language-help = tulis alasannya dalam setiap bahasa: {"{"}id: ..., en: ...{"}"}
release-needs-reason = rilis berstatus { $status } memerlukan `reason`
release-needs-reason-help = jelaskan alasannya dalam setiap bahasa: next_release: {"{"}at: ..., status: postponed, reason: {"{"}id: ..., en: ...{"}"}{"}"}

period-invalid = periode { $input } tidak sah: tulis periode seperti 2018, 2018-09, 2018-S2, atau 2018-Q3
period-invalid-because = periode { $input } tidak sah: { $problem }; tulis periode seperti 2018, 2018-09, 2018-S2, atau 2018-Q3
period-year = tahun harus dari 0001 sampai 9999
period-semester = semester ditulis S1 atau S2
period-quarter = triwulan ditulis Q1 sampai Q4
period-month = bulan harus dari 01 sampai 12

release-missed = rilis yang diumumkan untuk { $when } sudah lewat, tetapi datanya belum diperbarui (`source.published` lebih lama)
release-missed-help = terbitkan angka yang baru dan perbarui `source.published`, atau geser `next_release` dengan `status: postponed` dan `reason`
release-short-notice = rilis terkonfirmasi pada { $when } diumumkan kurang dari empat minggu sebelumnya
release-soon = rilis terkonfirmasi pada { $when } tinggal kurang dari empat minggu lagi: rilis diumumkan paling lambat empat minggu sebelumnya
release-notice-help = jika sudah diumumkan lebih awal, tulis tanggalnya di `next_release` (`announced: 2025-10-01`); jika tanggalnya masih dapat berubah, tulis `status: provisional`
release-before-embargo = rilis yang diumumkan untuk { $when } lebih awal daripada `embargo_until` { $until }: pada waktu yang diumumkan datanya masih ditahan
release-before-embargo-help = umumkan rilis tepat saat embargo berakhir (tulis waktu yang sama di `next_release` dan `embargo_until`), atau geser embargonya

correction-note-renamed = `corrections`: `note` kini bernama `reason`, dan setiap entri menyebut `kind` serta `cells` yang diubahnya
correction-note-renamed-help = ganti nama `note` menjadi `reason`, tambahkan `kind: correction` (kesalahan yang diperbaiki) atau `kind: revision` (perubahan terencana: data yang lebih lengkap, metode baru), dan cantumkan setiap sel yang berubah beserta nilai sebelumnya; tulis setiap entri seperti: - {"{"}date: 2020-02-01, kind: correction, reason: {"{"}id: Angka Maret 2018 diperbaiki., en: March 2018 figure corrected.{"}"}, cells: [{"{"}row: "2018-03", col: persen, previous: 9.81{"}"}]{"}"}
correction-needs-kind = entri koreksi memerlukan `kind`
correction-needs-kind-help = tulis `kind: correction` untuk kesalahan yang diperbaiki, atau `kind: revision` untuk perubahan terencana (data yang lebih lengkap, metode baru)
correction-unknown-kind = `kind` `{ $kind }` tidak dikenal
correction-reason-one-text = `corrections.reason` hanya satu teks: pembaca setiap bahasa memerlukan alasan dalam bahasanya
correction-reason-one-text-help = tulis untuk setiap bahasa: reason: { $example }
correction-needs-reason = entri koreksi memerlukan `reason`
correction-needs-reason-help = jelaskan mengapa angkanya berubah, dalam setiap bahasa: reason: {"{"}id: ..., en: ...{"}"}
correction-needs-cells = entri koreksi memerlukan `cells` yang diubahnya
correction-needs-cells-help = cantumkan setiap sel yang berubah beserta nilai sebelumnya: cells: [{"{"}row: "2018-03", col: persen, previous: 9.81{"}"}]
correction-not-a-figure = `{ $col }` menyebut baris, bukan angka: koreksi mengubah kolom angka
correction-not-a-figure-help = sebutkan kolom angka: { $columns }
correction-no-column = koreksi menyebut kolom `{ $col }`, yang tidak ada di dataset ini
correction-no-row = koreksi menyebut baris `{ $row }`, yang tidak ada di dataset ini
correction-several-rows = ada beberapa baris yang diawali `{ $row }`
correction-several-rows-help = sebutkan baris itu dengan semua kolomnya yang bukan angka, misalnya row: "{ $example }"
correction-previous-not-number = `previous` `{ $value }` bukan angka
correction-previous-not-number-help = tulis nilai sel sebelumnya sebagai angka biasa, misalnya 9.81 (kosongkan jika sel itu sebelumnya kosong)
correction-empty = kosong
correction-unchanged = nilai sebelumnya pada koreksi untuk baris `{ $row }`, kolom `{ $column }` adalah { $value }, sama dengan nilai sesudahnya: tidak ada yang berubah
correction-unchanged-help = tulis nilai sel sebelum diubah (lihat publikasi sumbernya), atau hapus sel itu dari `cells`
