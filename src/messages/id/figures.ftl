# Asal-usul angka: angka dalam teks yang harus dikutip dari data atau ditandai (`sourced_numbers`).

figures-unmarked-number = `{ $number }` tidak dikutip dari data dan tidak ditandai sebagai angka di luar data
figures-unmarked-number-help = kutip angka dari datanya dengan { $stat }, atau tandai angka yang bukan dari data: { $marked }
figures-num-needs-text = `num` memerlukan text="...": kata-kata yang ditandai sebagai bukan dari data, misalnya { $example }
figures-num-needs-text-help = tulis { $example } di sekitar angka yang bukan dari data
