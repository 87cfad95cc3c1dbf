# YAML: front matter, dataset, dan site.yaml sebagaimana dibaca pengurai; daftar "mungkin maksud Anda".

yaml-unknown-key = kunci `{ $key }` tidak dikenal
yaml-no-keys-here = bagian ini tidak menerima kunci apa pun
yaml-missing-key = kunci wajib `{ $key }` belum ada
yaml-add-key = tambahkan `{ $key }: ...`
yaml-add-key-under = tambahkan `{ $key }: ...` di bawah `{ $parent }:`
yaml-duplicate-key = kunci `{ $key }` ditulis dua kali
yaml-duplicate-key-help = setiap kunci hanya boleh muncul sekali; hapus salah satunya
yaml-colon-in-value = tanda `:` di dalam nilai ini dibaca sebagai awal kunci baru
yaml-colon-in-value-help = apit nilainya dengan tanda kutip: title: "Pelatihan: hari pertama"
yaml-expected-text = di sini seharusnya tertulis teks
yaml-expected-text-help = tulis nilai biasa (kunci: teks); apit dengan tanda kutip teks yang memuat [ ] {"{"} {"}"} : #
yaml-expected-list = di sini seharusnya tertulis daftar
yaml-expected-list-help = tulis daftar seperti tags: [pelatihan, pendampingan]
yaml-expected-mapping = di sini seharusnya tertulis baris `kunci: nilai`
yaml-expected-mapping-help = setiap baris berisi kunci, titik dua, dan nilai, misalnya title: Judul
yaml-no-value = kunci ini belum diberi nilai
yaml-no-value-help = tulis nilainya setelah titik dua (title: Judul), atau hapus baris ini
yaml-expected-bool = di sini seharusnya tertulis `true` atau `false`
yaml-expected-bool-help = tulis `true` atau `false` (bukan ya, tidak, yes, atau no)
yaml-expected-whole-number = di sini seharusnya tertulis bilangan bulat dari { $min } sampai { $max }
yaml-budget = berkas ini berisi lebih dari { $limit } nilai, batas terbanyak yang dibaca terang dari satu berkas YAML
yaml-budget-help = pecah menjadi beberapa berkas (satu dataset per periode atau wilayah); satu baris dengan n kolom dihitung 2n + 1 nilai
yaml-tab = ada karakter tab di sini: berkas ini memakai spasi untuk indentasi, bukan tab
yaml-tab-help = ganti tab dengan spasi (dua spasi per tingkat, seperti baris di sekitarnya)
yaml-curly-quotes-help = tanda kutip lengkung di baris ini tidak dikenali YAML sebagai tanda kutip; gunakan tanda kutip lurus: { $line }

suggest-did-you-mean = mungkin maksud Anda `{ $candidate }`?
suggest-nothing = belum ada pilihan yang tersedia
suggest-one-of = pilihan yang tersedia: { $choices }
suggest-closest = pilihan yang tersedia: { $choices } dan { $more } lainnya; yang ditampilkan adalah yang paling mirip
yaml-invalid-type = jenis nilai tidak sesuai ({ $found }); seharusnya { $expected }
yaml-unclosed-quote = tanda kutip tidak ditutup
yaml-unexpected-end = isi berkas berakhir sebelum waktunya
yaml-too-deep = nilai bersarang terlalu dalam
