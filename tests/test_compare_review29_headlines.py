"""Review 29: a headline placing the event elsewhere than its body's lead, the court's
defendant against a crime noun, and loan words that are no frame."""

from __future__ import annotations

import pytest
from tests.compare_helpers import mentions, of_type

from kroscek.compare import compare
from kroscek.data import RawArticle


def _article(origin: str, source: str, title: str, text: str) -> RawArticle:
    return RawArticle(origin=origin, source=source, title=title, text=text)


def _place_pair(title_a: str, lead_a: str, title_b: str, lead_b: str, rest: str) -> list:
    return [
        _article("a.txt", "Kabar Pesisir", title_a, f"{lead_a}\n\n{rest}"),
        _article("b.txt", "Warta Bahari", title_b, f"{lead_b}\n\n{rest}"),
    ]


_REST_ID = (
    "Tim SAR gabungan mengerahkan dua perahu karet dan menyisir perairan hingga sore. "
    "Seluruh penumpang yang selamat dibawa ke puskesmas terdekat untuk diperiksa."
)
_REST_EN = (
    "Rescue teams searched the area until dark, and survivors were taken to nearby clinics. "
    "Officials said an investigation had begun."
)


@pytest.mark.parametrize(
    ("articles", "title_place", "body_place"),
    [
        pytest.param(
            _place_pair(
                "Perahu Motor Terbalik di Maros, Empat Penumpang Hilang",
                "Sebuah perahu motor terbalik di perairan Kabupaten Maros, Sulawesi Selatan, "
                "Kamis (5/3/2026) pagi.",
                "Perahu Motor Terbalik di Perairan Barru, Empat Orang Dicari",
                "Perahu motor yang membawa sebelas orang terbalik di perairan Kabupaten Maros, "
                "Kamis (5/3/2026) pagi.",
                _REST_ID,
            ),
            "Barru",
            "Maros",
            id="id-two-regencies",
        ),
        pytest.param(
            _place_pair(
                "Kapal Wisata Karam di Perairan Pulau Kanawa",
                "Kapal wisata yang membawa 14 orang karam di perairan Pulau Kanawa, Senin "
                "(9/2/2026) siang.",
                "Kapal Wisata Karam di Perairan Pulau Sebayur, Dua Turis Dirawat",
                "Kapal wisata yang membawa 14 orang karam di perairan Pulau Kanawa, Senin "
                "(9/2/2026) siang.",
                _REST_ID,
            ),
            "Pulau Sebayur",
            "Pulau Kanawa",
            id="id-two-islands",
        ),
        pytest.param(
            _place_pair(
                "Floods sweep villages in Magway region, 12 dead",
                "Floods swept through riverside villages in Myanmar's Magway region on Tuesday, "
                "killing 12 people, local officials said.",
                "Deadly floods hit villages in Bago region",
                "At least 12 people died when floods swept through riverside villages in the "
                "Magway region on Tuesday, officials said.",
                _REST_EN,
            ),
            "Bago region",
            "Magway region",
            id="en-two-regions",
        ),
    ],
)
def test_a_headline_placing_the_event_in_another_place_of_the_same_kind_is_a_mismatch(
    articles: list, title_place: str, body_place: str
) -> None:
    found = of_type(compare(articles), "headline_mismatch", "entity:LOC")
    assert [f for f in found if mentions(f, title_place, body_place)]


@pytest.mark.parametrize(
    "articles",
    [
        pytest.param(
            _place_pair(
                "Perahu Motor Terbalik di Maros",
                "Sebuah perahu motor terbalik di perairan Kabupaten Maros, Kamis (5/3/2026).",
                "Perahu Motor Terbalik di Sulawesi Selatan",
                "Perahu motor terbalik di perairan Kabupaten Maros, Kamis (5/3/2026).",
                _REST_ID,
            ),
            id="headline-province-holds-the-body-regency",
        ),
        pytest.param(
            _place_pair(
                "Perahu Motor Terbalik di Maros",
                "Sebuah perahu motor terbalik di perairan Kabupaten Maros, Kamis (5/3/2026).",
                "Perahu Motor dari Barru Terbalik di Maros",
                "Perahu motor yang berangkat dari Kabupaten Barru terbalik di perairan "
                "Kabupaten Maros, Kamis (5/3/2026).",
                _REST_ID,
            ),
            id="headline-town-is-the-lead-town",
        ),
        pytest.param(
            _place_pair(
                "Perahu Motor Terbalik, Empat Penumpang Hilang",
                "Sebuah perahu motor terbalik di perairan, Kamis (5/3/2026) pagi.",
                "Perahu Motor Terbalik di Barru",
                "Perahu motor terbalik di perairan Kabupaten Maros, Kamis (5/3/2026).",
                _REST_ID,
            ),
            id="no-other-source-backs-the-body-town",
        ),
        pytest.param(
            _place_pair(
                "Banjir Rendam Permukiman di Maros",
                "Banjir merendam permukiman di Kabupaten Maros, Selasa (3/2/2026).",
                "Banjir Rendam Permukiman di Lembah Hijau",
                "Banjir merendam permukiman di Kabupaten Maros, Selasa (3/2/2026).\n\nPetugas "
                "mendata 120 rumah terendam. Air meluap dari sungai yang melintasi Lembah Hijau.",
                _REST_ID,
            ),
            id="headline-place-of-unknown-kind",
        ),
        pytest.param(
            _place_pair(
                "Perahu Motor dari Barru Terbalik",
                "Perahu motor yang berangkat dari Kabupaten Barru terbalik di perairan, Kamis "
                "(5/3/2026).",
                "Perahu Motor Tujuan Barru Terbalik",
                "Perahu motor tujuan Kabupaten Barru terbalik di perairan, Kamis (5/3/2026).",
                _REST_ID,
            ),
            id="headline-names-the-trip-not-the-place",
        ),
    ],
)
def test_a_headline_place_the_body_does_not_contradict_is_no_mismatch(articles: list) -> None:
    assert not of_type(compare(articles), "headline_mismatch", "entity:LOC")


_VERDICT_TEXT = (
    "Majelis hakim Pengadilan Tipikor menjatuhkan vonis lima tahun penjara kepada mantan "
    "bendahara desa, Rukmini, Rabu (11/2/2026).\n\n"
    "{who} dinyatakan terbukti menyelewengkan dana desa sebesar Rp 800 juta. Jaksa "
    "sebelumnya menuntut tujuh tahun penjara."
)


@pytest.mark.parametrize(
    ("title_b", "who_b", "reported"),
    [
        pytest.param(
            "Koruptor Dana Desa Divonis 5 Tahun Penjara", "Koruptor itu", True, id="crime-noun"
        ),
        pytest.param(
            "Eks Bendahara Desa Divonis 5 Tahun Penjara", "Terdakwa", False, id="both-defendant"
        ),
    ],
)
def test_a_crime_noun_for_a_defendant_is_presumption_framing_against_terdakwa(
    title_b: str, who_b: str, reported: bool
) -> None:
    a = _article(
        "a.txt",
        "Kabar Hukum",
        "Eks Bendahara Desa Divonis 5 Tahun Penjara",
        _VERDICT_TEXT.format(who="Terdakwa"),
    )
    b = _article("b.txt", "Warta Kota", title_b, _VERDICT_TEXT.format(who=who_b))
    found = of_type(compare([a, b]), "framing", "framing:presumption")
    assert bool([f for f in found if mentions(f, "terdakwa", "koruptor")]) is reported


@pytest.mark.parametrize(
    ("word_a", "word_b", "framed"),
    [
        pytest.param("peretas", "hacker", False, id="loan-word-is-house-style"),
        pytest.param("peretas", "penjahat siber", True, id="cyber-criminals-judge"),
    ],
)
def test_a_loan_word_for_the_attackers_is_no_frame_but_a_judging_word_is(
    word_a: str, word_b: str, framed: bool
) -> None:
    text = (
        "Serangan ransomware oleh sekelompok {w} melumpuhkan layanan daring pemerintah "
        "kabupaten, Jumat (6/3/2026). Kelompok {w} itu meminta tebusan 2 juta dolar AS.\n\n"
        "Dinas Kominfo menyatakan data warga sudah dicadangkan dan layanan pulih dalam tiga hari."
    )
    articles = [
        _article("a.txt", "Kabar Siber", "Layanan Daring Pemkab Lumpuh", text.format(w=word_a)),
        _article("b.txt", "Warta Digital", "Layanan Pemkab Diserang", text.format(w=word_b)),
    ]
    found = [f for f in of_type(compare(articles), "framing") if mentions(f, word_b)]
    assert bool(found) is framed


_COUNT_ID = (
    "Hasil hitung cepat Lembaga Survei Nusantara menempatkan pasangan Agus Wibowo dan Dewi "
    "Lestari di posisi teratas Pilkada Sukamaju, Rabu (9/12/2026). Pasangan itu meraih 55,1 "
    "persen suara, sedangkan pasangan Budi Hartono dan Sari Purnama memperoleh 44,9 persen.\n\n"
    "Direktur lembaga itu meminta semua pihak menunggu rekapitulasi resmi KPU."
)
_CLAIM_ID = (
    "Tim pemenangan pasangan Budi Hartono dan Sari Purnama mengklaim unggul dalam Pilkada "
    "Sukamaju, Rabu (9/12/2026), berdasarkan hitung internal mereka.\n\n"
    "KPU meminta semua pihak menunggu rekapitulasi resmi."
)
_COUNT_EN = (
    "A quick count by the Nusantara Survey Institute put Agus Wibowo and Dewi Lestari in the "
    "lead of the Sukamaju mayoral race on Wednesday with 55.1 percent of the vote. Budi "
    "Hartono and Sari Purnama trailed with 44.9 percent.\n\n"
    "The institute asked all sides to wait for the official tally."
)


@pytest.mark.parametrize(
    ("title", "text", "reported"),
    [
        pytest.param("Hitung Cepat Sukamaju: Budi-Sari Unggul", _COUNT_ID, True, id="id-trailing"),
        pytest.param("Hitung Cepat Sukamaju: Agus-Dewi Unggul", _COUNT_ID, False, id="id-leader"),
        pytest.param("Budi-Sari Unggul di Pilkada Sukamaju", _CLAIM_ID, False, id="id-own-claim"),
        pytest.param("Quick count: Hartono-Purnama lead in Sukamaju", _COUNT_EN, True, id="en"),
    ],
)
def test_a_headline_putting_the_trailing_pair_on_top_is_a_mismatch(
    title: str, text: str, reported: bool
) -> None:
    other = _article("a.txt", "Kabar Pilkada", "Hasil Hitung Cepat Pilkada Sukamaju", text)
    report = compare([other, _article("b.txt", "Warta Suara", title, text)])
    found = [
        f for f in of_type(report, "headline_mismatch", "outcome") if f.evidence[0].field == "title"
    ]
    assert bool([f for f in found if mentions(f, "Agus Wibowo")]) is reported
