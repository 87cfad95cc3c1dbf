# Artikel, halaman program dan halaman mandiri: front matter, tanggal, draf.

content-date-far-ahead = `date` { $date } lebih dari setahun dari sekarang: halaman ini tidak diterbitkan sampai tanggal tersebut
content-date-far-ahead-help = periksa tahunnya ({ $written } seharusnya { $likely }?); halaman bertanggal di masa depan terbit pada tanggalnya, atau sekarang dengan --future
content-date-far-ahead-help-plain = periksa tahunnya; halaman bertanggal di masa depan terbit pada tanggalnya, atau sekarang dengan --future
