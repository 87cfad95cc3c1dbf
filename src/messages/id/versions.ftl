# Versi yang dapat dikutip: `versions:` pada dataset (issue 15 item 4).

versions-not-a-number = `version` `{ $value }` bukan bilangan bulat di atas nol
versions-not-a-number-help = beri nomor versi 1, 2, 3 …, dari yang terlama: - {"{"}version: 2, date: 2020-02-01{"}"}
versions-backwards = versi { $number } muncul setelah versi { $previous }: nomor versi mundur
versions-backwards-help = urutkan versi dari yang terlama, masing-masing bernomor lebih tinggi dari sebelumnya; versi yang sudah terbit tetap memakai nomornya, karena pembaca mengutipnya dan berkasnya dinamai dengan nomor itu (v{ $previous }.csv)
versions-date-backwards = versi { $number } bertanggal { $date }, sebelum versi { $previous } ({ $previous_date })
versions-date-backwards-help = urutkan versi dari yang terlama, masing-masing bertanggal sama dengan atau sesudah versi sebelumnya
versions-unknown-row = `added` menyebut baris `{ $row }`, yang tidak ada di dataset ini
versions-ambiguous-row = beberapa baris diawali `{ $row }`
versions-ambiguous-row-help = sebut baris dengan semua kolomnya yang bukan angka, misalnya "{ $example }"
versions-change-after-last = perubahan tanggal { $date } terjadi setelah versi terakhir ({ $number }, { $last_date }): tidak ada versi yang memuat angkanya
versions-change-after-last-help = tambahkan versi yang dihasilkannya: - {"{"}version: { $number }, date: { $date }{"}"}
