"""Two texts of one story that each give one count of one outcome ("26 penumpang berhasil
diselamatkan" / "22 orang selamat") give one toll two ways, however differently worded the
sentences around them: a conflict."""

from __future__ import annotations

from compare_helpers import of_type, run

FIRST = (
    "Kapal Motor Tenggelam di Selat Alas",
    "Sebuah kapal motor tenggelam di Selat Alas, Lombok Timur, Senin (2/3/2026) sore. Kapal "
    "berangkat dari Kayangan membawa 30 penumpang dan dua awak.\n\nKepala Basarnas Mataram, "
    "Arif Wibowo, mengatakan 26 penumpang berhasil diselamatkan oleh perahu nelayan yang "
    'melintas. "Tim gabungan terus menyisir perairan," kata Arif.',
)
SECOND = (
    "KM Bahari Karam di Selat Alas",
    "KM Bahari karam di Selat Alas, Lombok Timur, Senin (2/3/2026) petang. Sebanyak 22 orang "
    "selamat, sementara empat lainnya masih hilang.\n\nKepala Basarnas Mataram Arif Wibowo "
    'menyebut kapal diterjang gelombang. "Tim gabungan terus menyisir perairan," ujarnya.',
)


def test_each_texts_only_count_of_one_outcome_is_one_toll():
    conflicts = of_type(run(FIRST, SECOND), "conflict")
    assert any("26 penumpang" in f.message and "22 orang" in f.message for f in conflicts)
