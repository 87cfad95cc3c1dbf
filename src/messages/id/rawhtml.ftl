# HTML mentah di Markdown, bila site.yaml berisi `markdown: {raw_html: true}`.

raw-html-img-no-alt = `<img>` `{ $src }` tidak memiliki teks `alt`
raw-html-img-no-alt-help = jelaskan gambarnya: <img src="foto.jpg" alt="Peserta pelatihan di Palembang">; untuk gambar hiasan semata, tulis alt=""
raw-html-class = HTML mentah tidak boleh memakai `class` (`{ $class }`): kelas dari tema dapat menyembunyikan teks dan tautan dari pembaca
raw-html-class-help = hapus `class="…"`; untuk blok dengan gaya khusus, mintalah shortcode atau perubahan tema kepada tim web
raw-html-id-repeated = id `{ $id }` sudah dipakai di halaman ini (oleh tema, judul bagian, atau HTML lain)
raw-html-id-repeated-help = pilih id yang belum ada di halaman, misalnya `{ $id }-isi`; id judul bagian dapat ditulis dengan `## Judul {"{"}#id{"}"}`
raw-html-unreadable = HTML ini dapat dibaca dengan lebih dari satu cara ({ $error })
raw-html-unreadable-help = tutup setiap tag sesuai urutan pembukaannya, atau tulis dengan Markdown
raw-html-unclosed = HTML ini berakhir di dalam tag, komentar, atau `<textarea>`: markah sesudahnya akan melengkapinya
raw-html-unclosed-help = tutup tag dengan `>` (komentar dengan `-->`) sebelum baris kosong yang mengakhiri HTML
