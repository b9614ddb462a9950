"""Review 32: headline figures on unseen text. A headline over a change is set against the
change's new value, not the one it leaves ("dari Rp 6.800 menjadi Rp 8.200"); a headline
whose count the body gives to another outcome names both outcomes; a headline toll over a
body bound the body itemises exactly, beside an older toll of another year, is a mismatch."""

from __future__ import annotations

import pytest
from tests.compare_helpers import of_type, one_as_expected, run

# ------------------------------------------ headline: a change's new value, not its old one


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Harga Gas Melon Naik Jadi Rp 21.000 per Tabung",
            "Pemerintah daerah menaikkan harga eceran tertinggi elpiji tiga kilogram mulai "
            "Senin (2/3/2026). Harga gas melon naik dari Rp 18.000 menjadi Rp 20.000 per "
            "tabung di tingkat pangkalan.\n\nKenaikan itu disebut untuk menutup ongkos angkut.",
            ("Rp 21.000", "Rp 20.000"),
            id="id-price-after-menjadi",
        ),
        pytest.param(
            "Bank Sentral Pangkas Suku Bunga Jadi 4,25 Persen",
            "Bank sentral memangkas suku bunga acuan, Rabu (4/3/2026). Suku bunga acuan "
            "diturunkan dari 5 persen menjadi 4,5 persen.\n\nLangkah itu diambil untuk "
            "mendorong kredit.",
            ("4,25 Persen", "4,5 persen"),
            id="id-percent-after-menjadi",
        ),
        pytest.param(
            "Bus fares rise to 9,000 rupiah",
            "City bus fares will go up to 8,000 rupiah from 6,500 rupiah from Sunday, the "
            "transport agency said on Friday.\n\nThe agency said fuel costs had risen.",
            ("9,000 rupiah", "8,000 rupiah"),
            id="en-new-value-before-from",
        ),
        pytest.param(
            "Harga Gas Melon Naik Jadi Rp 20.000 per Tabung",
            "Pemerintah daerah menaikkan harga eceran tertinggi elpiji tiga kilogram mulai "
            "Senin (2/3/2026). Harga gas melon naik dari Rp 18.000 menjadi Rp 20.000 per "
            "tabung di tingkat pangkalan.\n\nKenaikan itu disebut untuk menutup ongkos angkut.",
            None,
            id="id-the-headline-gives-the-new-value",
        ),
    ],
)
def test_a_headline_over_a_change_is_read_against_the_new_value(
    title: str, text: str, expected: tuple[str, str] | None
) -> None:
    other = ("Harga Baru Berlaku", "Warga mengeluhkan harga yang berubah mulai pekan ini.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("number")
    ]
    assert one_as_expected(found, expected)


# ------------------------------------- headline: the count agrees, the outcome does not


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        pytest.param(
            "Gudang Petasan Meledak, Dua Pekerja Tewas",
            "Sebuah gudang petasan meledak di pinggir kota, Kamis (5/3/2026) siang. Dua "
            "pekerja mengalami luka bakar dan dibawa ke rumah sakit daerah.\n\nPolisi masih "
            "menyelidiki penyebab ledakan.",
            ("Dua Pekerja Tewas", "Dua pekerja mengalami luka bakar", "luka bakar, bukan tewas"),
            id="id-dead-over-burned",
        ),
        pytest.param(
            "Bus Masuk Jurang, Empat Penumpang Tewas",
            "Sebuah bus masuk jurang di jalur pegunungan, Jumat (6/3/2026). Empat penumpang "
            "mengalami luka berat, sementara yang lain hanya lecet.\n\nBus itu diduga "
            "kehilangan rem.",
            ("Empat Penumpang Tewas", "Empat penumpang mengalami luka berat", "bukan tewas"),
            id="id-dead-over-badly-hurt",
        ),
        pytest.param(
            "Three Miners Killed in Tunnel Collapse",
            "A tunnel at a gold mine collapsed on Saturday. Three miners were injured and "
            "taken to a clinic, the company said.\n\nRescuers cleared the entrance by night.",
            ("Three Miners Killed", "Three miners were injured", "injured, bukan killed"),
            id="en-killed-over-injured",
        ),
    ],
)
def test_a_headline_outcome_the_body_gives_another_names_both_outcomes(
    title: str, text: str, words: tuple[str, str, str]
) -> None:
    other = ("Ledakan dan Kecelakaan", "Petugas mendata kerusakan di lokasi.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("number")
    ]
    assert len(found) == 1
    assert [e.text for e in found[0].evidence] == list(words[:2])
    assert words[2] in found[0].message


def test_a_headline_outcome_the_body_tells_alike_gives_no_outcome_finding() -> None:
    title = "Gudang Petasan Meledak, Dua Pekerja Tewas"
    text = (
        "Sebuah gudang petasan meledak di pinggir kota, Kamis (5/3/2026) siang. Dua pekerja "
        "tewas di lokasi kejadian.\n\nPolisi masih menyelidiki penyebab ledakan."
    )
    other = ("Ledakan Gudang", "Petugas mendata kerusakan di lokasi.")
    assert not of_type(run((title, text), other), "headline_mismatch")


# ----------------------- headline: an exact toll over a bound that the body itemises exactly


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Bentrok Antarkampung Usai, 15 Orang Tewas",
            "Bentrokan antarkampung pecah di lereng bukit, Sabtu (7/3/2026). Sedikitnya lima "
            "orang tewas sebelum aparat melerai kedua kelompok.\n\nKorban tewas terdiri atas "
            "tiga warga dan dua petugas.\n\nBentrokan serupa pada 2019 menewaskan sedikitnya "
            "16 orang.",
            ("15 Orang", "Sedikitnya lima orang"),
            id="id-parts-and-an-older-toll",
        ),
        pytest.param(
            "Border clash leaves 18 dead",
            "Troops of the two countries exchanged fire on Sunday, March 8, 2026. At least "
            "eight people were killed before a truce.\n\nThe dead were five civilians and "
            "three soldiers.\n\nA clash in 2015 killed at least 30 people.",
            ("18 dead", "At least eight people"),
            id="en-parts-and-an-older-toll",
        ),
        pytest.param(
            "Bentrok Antarkampung Usai, Lima Orang Tewas",
            "Bentrokan antarkampung pecah di lereng bukit, Sabtu (7/3/2026). Sedikitnya lima "
            "orang tewas sebelum aparat melerai kedua kelompok.\n\nKorban tewas terdiri atas "
            "tiga warga dan dua petugas.\n\nBentrokan serupa pada 2019 menewaskan sedikitnya "
            "16 orang.",
            None,
            id="id-the-headline-gives-the-bound",
        ),
    ],
)
def test_a_headline_toll_over_an_itemised_bound_is_a_mismatch(
    title: str, text: str, expected: tuple[str, str] | None
) -> None:
    other = ("Bentrok Berakhir", "Aparat berjaga di perbatasan kampung hingga malam.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("number")
    ]
    assert one_as_expected(found, expected)


# ---------------------------- headline: a place the body names only as a distance reference


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Drone Hantam Gudang Senjata di Kyiv",
            "Drone menghantam gudang senjata di wilayah Zhytomyr, sekitar 140 kilometer dari "
            "Kyiv, pada Minggu (8/3/2026) dini hari.\n\nPemerintah di Kyiv menyebut serangan "
            "itu tidak menimbulkan korban.",
            ("Kyiv", "Zhytomyr", "140 kilometer dari Kyiv"),
            id="id-km-dari",
        ),
        pytest.param(
            "Banjir Rendam Kampung Nelayan di Medan",
            "Banjir merendam kampung nelayan di Binjai, di sebelah barat Medan, Senin "
            "(9/3/2026) pagi.\n\nWarga Medan juga mengirim bantuan ke lokasi.",
            ("Medan", "Binjai"),
            id="id-compass-of",
        ),
        pytest.param(
            "Drones hit oil depot in Kyiv",
            "Drones hit an oil depot in Zhytomyr, about 140 km (87 miles) west of Kyiv, on "
            "Sunday, officials said.\n\nKyiv said the attack caused no casualties.",
            ("Kyiv", "Zhytomyr", "west of Kyiv"),
            id="en-km-west-of",
        ),
        pytest.param(
            "Drone Hantam Gudang Senjata di Kyiv",
            "Drone menghantam gudang senjata di Kyiv pada Minggu (8/3/2026) dini hari, sekitar "
            "140 kilometer dari Zhytomyr.\n\nPemerintah menyebut serangan itu tidak "
            "menimbulkan korban.",
            None,
            id="id-the-act-is-in-the-headline-place",
        ),
    ],
)
def test_a_headline_place_the_body_names_only_as_a_distance_reference_is_a_mismatch(
    title: str, text: str, expected: tuple[str, ...] | None
) -> None:
    other = ("Serangan Semalam", "Petugas memadamkan api hingga pagi.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("entity")
    ]
    assert one_as_expected(found, expected)


# ------------------ headline: a town set against the body's area named after another town


@pytest.mark.parametrize(
    ("title", "other_title", "expected"),
    [
        pytest.param(
            "Pabrik Kaca Senilai Rp 9 Triliun Dibangun di Tuban",
            "Pabrik Kaca Mulai Dibangun di Kendal",
            ("Tuban", "Kawasan Industri Kendal"),
            id="id-area-of-another-town",
        ),
        pytest.param(
            "Gudang Pupuk Terbakar di Gresik",
            "Gudang Pupuk di Kendal Terbakar",
            ("Gresik", "Kawasan Industri Kendal"),
            id="id-fire-in-an-area-of-another-town",
        ),
        pytest.param(
            "Pabrik Kaca Senilai Rp 9 Triliun Dibangun di Tuban",
            "Pabrik Kaca Mulai Dibangun",
            None,
            id="id-no-other-source-backs-the-area",
        ),
    ],
)
def test_a_headline_town_over_a_body_area_named_after_another_town_is_a_mismatch(
    title: str, other_title: str, expected: tuple[str, ...] | None
) -> None:
    text = (
        "Peletakan batu pertama pabrik itu digelar di Kawasan Industri Kendal, Jawa Tengah, "
        "Kamis (5/3/2026). Bahan bakunya pasir silika dari tambang di Jawa Timur.\n\n"
        "Pabrik itu akan menyerap 2.000 pekerja."
    )
    other = (other_title, "Pekerjaan konstruksi dimulai pekan ini dan dijadwalkan rampung 2028.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("entity")
    ]
    assert one_as_expected(found, expected)


# ---------------------------------------------------- headline: a rank in a table


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Kontingen Finis Peringkat 9 di SEA Games",
            "Kontingen menutup SEA Games di Bangkok, Minggu (8/3/2026), dengan 40 emas. Hasil "
            "itu menempatkan kontingen di peringkat ke-6 klasemen akhir.\n\nPada SEA Games "
            "2023, kontingen menempati peringkat ke-9.",
            ("Peringkat 9", "peringkat ke-6"),
            id="id-rank-beside-an-earlier-edition",
        ),
        pytest.param(
            "Team ends championships 12th in the medal table",
            "The team closed the championships on Sunday, March 8, 2026, with four golds, "
            "finishing 14th in the medal table.\n\nIn 2024 it was 11th in the medal table.",
            ("12th in the medal table", "14th in the medal table"),
            id="en-rank-in-the-table",
        ),
        pytest.param(
            "Kontingen Finis Peringkat 6 di SEA Games",
            "Kontingen menutup SEA Games di Bangkok, Minggu (8/3/2026), dengan 40 emas. Hasil "
            "itu menempatkan kontingen di peringkat ke-6 klasemen akhir.\n\nPada SEA Games "
            "2023, kontingen menempati peringkat ke-9.",
            None,
            id="id-the-body-gives-the-headline-rank",
        ),
    ],
)
def test_a_headline_rank_the_body_gives_otherwise_is_a_mismatch(
    title: str, text: str, expected: tuple[str, ...] | None
) -> None:
    other = ("Pesta Olahraga Usai", "Upacara penutupan berlangsung meriah hingga malam.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if f.slot == "number:rank"
    ]
    assert one_as_expected(found, expected)
