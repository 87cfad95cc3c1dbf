# Metadata indikator Satu Data Indonesia: `indicator:` di bawah kolom dataset (issue 16 item 5).

indicator-not-number = `indicator` ditulis di bawah kolom { $kind }: hanya kolom angka yang merupakan indikator
indicator-not-number-help = pindahkan `indicator:` ke bawah kolom angka yang dijelaskannya, atau hapus; kolom kunci (provinsi, periode) sudah terisi sendiri sebagai klasifikasi penyajian indikator
