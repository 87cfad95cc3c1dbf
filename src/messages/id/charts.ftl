# Pemeriksaan aksesibilitas grafik: palet grafik tema dan setiap grafik, diperiksa saat build.

charts-mode-light = mode terang
charts-mode-dark = mode gelap
charts-role-marks = tanda grafik (garis, batang, penanda, sumbu)
charts-role-text = teks grafik
charts-contrast = warna grafik { $name } { $colour } di atas latar --bg { $background } pada { $mode }: kontras { $ratio }:1; { $role } memerlukan sedikitnya { $needed }:1
charts-contrast-help = buat { $name } { $direction } sampai mencapai { $needed }:1 terhadap { $background } (WCAG 2.2, kriteria keberhasilan { $criterion })
charts-direction-darker = lebih gelap
charts-direction-lighter = lebih terang
charts-used-by = dipakai grafik { $list }
charts-list-more = { $list } dan { $count } lainnya
charts-unreadable-colour = warna grafik { $name } pada { $mode } tidak dapat diperiksa: `{ $value }` bukan warna yang dapat dibaca terang
charts-unreadable-colour-help = tulis sebagai #rrggbb, rgb(r g b) atau nama warna, atau sebagai var(--nama) dari salah satunya
charts-no-background = warna grafik pada { $mode } tidak dapat diperiksa: tema tidak menetapkan --bg yang dapat dibaca pada :root
charts-no-background-help = nyatakan latar halaman sebagai --bg: #rrggbb pada :root (dan pada blok prefers-color-scheme: dark)
charts-forced = pada mode warna paksa, `{ $selector }` mewarnai { $property } dengan `{ $value }`: tanda dan teks grafik harus memakai warna pilihan pembaca
charts-forced-help = pakai warna sistem untuk teks dan garis, misalnya CanvasText atau LinkText (bukan Canvas, GrayText atau warna tetap)
charts-text-size = grafik `{ $dataset }` ({ $lang }) memuat teks { $px } px pada layar selebar { $screen } px; teks grafik memerlukan sedikitnya { $min } px
charts-text-size-help = pertahankan teks grafik sedikitnya { $units } satuan di tema (font-size pada kelas grafik), dan jangan buat .chart atau .chart-figure lebih sempit dari { $width } px
charts-no-desc = grafik `{ $dataset }` ({ $lang }) tidak memiliki deskripsi (`<desc>`) yang menyatakan pesannya dengan angka
charts-no-desc-help = periksa string antarmuka chart_* di tema: masing-masing harus mempertahankan angkanya ({ $placeholders })
charts-alike = grafik `{ $dataset }` ({ $lang }) menggambar seri { $first } dan { $second } dengan pola garis putus dan penanda yang sama: tanpa warna keduanya tidak dapat dibedakan
charts-alike-help = gambarkan paling banyak 4 kolom angka (masing-masing mendapat pola garis dan penanda sendiri), atau pisahkan grafik menjadi dua dataset

# Perangkat grafik: SVG, PNG dan CSV setiap grafik di samping halaman datasetnya.
charts-png-no-font = gambar grafik (chart.png) akan tanpa teks: mesin ini tidak memiliki satu pun fon { $fonts }, juga tidak ada fon sans-serif
charts-png-no-font-help = pasang salah satunya lalu bangun ulang (di Debian dan Ubuntu: apt-get install fonts-dejavu-core); halaman dan chart.svg tidak terpengaruh
