"""Linking: one id per referent across outlets; close spellings of distinct names stay apart."""

from __future__ import annotations

from datetime import datetime

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts, link_entities
from kroscek.extract.normalize import close_spelling, sound_key


def article(i: int, text: str, lang: str = "id") -> Article:
    return extract_facts(
        Article(
            id=f"a{i}",
            source=f"s{i}",
            title="",
            text=text,
            lang=lang,
            published=datetime(2024, 5, 2),
        )
    )


def ids_by_surface(texts: list[tuple[str, str]]) -> dict[str, set[str]]:
    linked = link_entities([article(i, t, lang) for i, (t, lang) in enumerate(texts)])
    out: dict[str, set[str]] = {}
    for art in linked:
        for f in art.facts:
            if f.kind == "entity":
                out.setdefault(f.text, set()).add(str(f.value))
    return out


def one_referent(texts: list[tuple[str, str]], same: list[str]) -> bool:
    """Whether every surface in ``same`` got one and the same id once the texts are linked."""
    ids = ids_by_surface(texts)
    return len(set().union(*(ids[s] for s in same))) == 1


@pytest.mark.parametrize(
    ("texts", "same"),
    [
        (
            [
                ("Roket ditembakkan kelompok Hizbullah ke utara.", "id"),
                ("Serangan balasan menghantam markas Hizbulah semalam.", "id"),
                ("Rockets were fired by Hezbollah overnight.", "en"),
            ],
            ["Hizbullah", "Hizbulah", "Hezbollah"],
        ),
        (
            [
                ("Delegasi itu tiba di Teheran kemarin.", "id"),
                ("Para diplomat bertemu di Taheran pada Senin.", "id"),
                ("The envoys met in Tehran on Monday.", "en"),
            ],
            ["Teheran", "Taheran", "Tehran"],
        ),
        (
            [
                ("Bantuan dikirim ke AS pekan ini.", "id"),
                ("Menteri itu terbang ke Amerika Serikat.", "id"),
                ("The minister flew to the United States.", "en"),
            ],
            ["AS", "Amerika Serikat", "United States"],
        ),
        (
            [
                ("Komandan Pasukan Quds Iran Esmail Qaani menulis surat. Qaani berjanji.", "id"),
                (
                    "Komandan Pasukan Quds Iran, Ismail Qaani, mengirim pesan kepada sekutunya.",
                    "id",
                ),
            ],
            ["Esmail Qaani", "Qaani", "Ismail Qaani"],
        ),
        (
            [
                ("Juru bicara militer Yahya Saree mengumumkan serangan itu.", "id"),
                ("Military spokesman Yahya Sarea announced the strike.", "en"),
            ],
            ["Yahya Saree", "Yahya Sarea"],
        ),
    ],
)
def test_spelling_variants_short_forms_and_languages_share_one_id(texts, same):
    ids = ids_by_surface(texts)
    merged = set().union(*(ids[name] for name in same))
    assert len(merged) == 1, {name: ids[name] for name in same}


@pytest.mark.parametrize(
    ("texts", "apart"),
    [
        ([("Menteri Iran bertemu mitranya dari Irak di perbatasan.", "id")], ("Iran", "Irak")),
        (
            [
                ("Austria menang, sedangkan Australia kalah.", "id"),
                ("Australia lost to Austria.", "en"),
            ],
            ("Austria", "Australia"),
        ),
        ([("Warga Swedia dan Swiss ikut antre sejak pagi.", "id")], ("Swedia", "Swiss")),
        (
            [
                ("Penyidik memeriksa Ismail Haniyeh dan Ismail Qaani secara terpisah.", "id"),
                ("Esmail Qaani tidak hadir.", "id"),
            ],
            ("Ismail Haniyeh", "Ismail Qaani"),
        ),
    ],
)
def test_close_spellings_of_distinct_names_stay_apart(texts, apart):
    ids = ids_by_surface(texts)
    a, b = apart
    assert ids[a].isdisjoint(ids[b])


def test_variants_keep_their_surface_and_share_a_canonical_name():
    linked = link_entities(
        [
            article(0, "Roket ditembakkan kelompok Hizbullah ke utara."),
            article(1, "Serangan menghantam markas Hizbulah semalam."),
        ]
    )
    facts = [f for a in linked for f in a.facts if f.kind == "entity"]
    assert {f.attrs["surface"] for f in facts} == {"Hizbullah", "Hizbulah"}
    assert len({f.attrs["canonical"] for f in facts}) == 1


def test_quote_speakers_follow_the_merged_id():
    linked = link_entities(
        [
            article(
                0, "Jenderal Karim Nassar tiba. “Kami siap bertempur sampai akhir,” kata Nassar."
            ),
            article(
                1,
                'General Karim Nasar arrived. "We are ready to fight to the end," Nasar said.',
                "en",
            ),
        ]
    )
    ents = {f.value for a in linked for f in a.facts if f.kind == "entity" and f.label == "PER"}
    speakers = {f.label for a in linked for f in a.facts if f.kind == "quote"}
    assert len(ents) == 1
    assert speakers == ents


def test_linking_articles_without_entities_returns_them_unchanged():
    arts = [article(0, "hujan turun sejak pagi."), article(1, "angin bertiup kencang.")]
    assert link_entities(arts) == tuple(arts)


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("Hizbullah", "Hizbulah", True),
        ("Teheran", "Taheran", True),
        ("Esmail", "Ismail", True),
        ("Iran", "Irak", False),
        ("Austria", "Australia", False),
        ("Swedia", "Swiss", False),
        ("Haniyeh", "Qaani", False),
    ],
)
def test_close_spelling_is_length_aware(a, b, close):
    assert close_spelling(a, b) is close


def test_sound_key_folds_transliterations():
    assert sound_key("Hezbollah") == sound_key("Hizbullah") == sound_key("Hizbulah")
    assert sound_key("Iran") != sound_key("Irak")


@pytest.mark.parametrize(
    ("texts", "short", "full"),
    [
        (
            [
                ("Gubernur Miguel Ángel Ortega meninjau tambang itu.", "id"),
                ("Gubernur Miguel Ortega mengatakan pengeboran berlanjut.", "id"),
            ],
            "Miguel Ortega",
            "Miguel Ángel Ortega",
        ),
        (
            [
                ("The mine is run by Pacific Nickel Ltd, a listed company.", "en"),
                ("The operator, Pacific Nickel, said output had stopped.", "en"),
            ],
            "Pacific Nickel",
            "Pacific Nickel Ltd",
        ),
        (
            [
                ("Hitung cepat menempatkan pasangan Andika Perkasa-Hendrar Prihadi di atas.", "id"),
                ("Hitung cepat menempatkan pasangan Andika-Hendi di posisi pertama.", "id"),
            ],
            "Andika-Hendi",
            "Andika Perkasa-Hendrar Prihadi",
        ),
    ],
)
def test_a_short_form_joins_the_one_longer_name_it_abbreviates(texts, short, full):
    ids = ids_by_surface(texts)
    assert short in ids and full in ids, ids
    assert ids[short] == ids[full]


@pytest.mark.parametrize(
    ("texts", "members"),
    [
        (
            [
                ("Hasil itu menempatkan pasangan Rudi Hartono-Wawan Setiawan di atas.", "id"),
                ("Tim pasangan Rudi-Wawan mengklaim menang tipis.", "id"),
            ],
            [("Rudi", "Rudi Hartono"), ("Wawan", "Wawan Setiawan")],
        ),
        (
            [
                ("Pasangan Siti Rahmawati-Budi Hartono unggul di 12 kecamatan.", "id"),
                ("Pasangan Siti-Budi menolak hasil hitung cepat.", "id"),
            ],
            [("Siti", "Siti Rahmawati"), ("Budi", "Budi Hartono")],
        ),
        (
            [
                ("Pasangan Rahmat Hidayat-Ahmad Zulkifli memenangi hitung cepat.", "id"),
                ("Tim pemenangan Rahmat-Zulkifli menunggu hasil resmi KPU.", "id"),
            ],
            [("Rahmat", "Rahmat Hidayat"), ("Zulkifli", "Ahmad Zulkifli")],
        ),
    ],
)
def test_a_short_pair_splits_into_the_members_of_the_full_pair(texts, members):
    ids = ids_by_surface(texts)
    for short, full in members:
        assert ids[short] == ids[full], ids
    assert ids[members[0][1]] != ids[members[1][1]]


def test_a_short_form_shared_by_two_longer_names_stays_apart():
    ids = ids_by_surface(
        [
            ("The ceremony was opened by Maria Elena Duarte on Monday.", "en"),
            ("The speech was given by Maria Luisa Duarte on Monday.", "en"),
            ("The award went to Maria Duarte on Monday.", "en"),
        ]
    )
    assert ids["Maria Duarte"].isdisjoint(ids["Maria Elena Duarte"] | ids["Maria Luisa Duarte"])


@pytest.mark.parametrize(
    ("texts", "same"),
    [
        (
            [
                ("Juru bicara Mohamad Faisal Nasir membenarkan kabar itu.", "id"),
                ("Spokesman Muhammad Faisal Nasir confirmed the report.", "en"),
            ],
            ["Mohamad Faisal Nasir", "Muhammad Faisal Nasir"],
        ),
        (
            [
                ("Former minister Tariq Hussain Qadri was released.", "en"),
                ("Tarique Husain Qadri, mantan menteri, dibebaskan pada Senin.", "id"),
            ],
            ["Tariq Hussain Qadri", "Tarique Husain Qadri"],
        ),
        (
            [
                ("Nelayan hilang di Sungai Tana sejak Senin.", "id"),
                ("Fishermen went missing on the Tana River on Monday.", "en"),
            ],
            ["Sungai Tana", "Tana River"],
        ),
        (
            [
                ("Pesawat mendarat di Bandara Internasional Sultan Iskandar Muda.", "id"),
                ("The plane landed at Sultan Iskandar Muda International Airport.", "en"),
            ],
            [
                "Bandara Internasional Sultan Iskandar Muda",
                "Sultan Iskandar Muda International Airport",
            ],
        ),
        (
            [("Rain fell across Machakos County; in Machakos, roads were cut.", "en")],
            ["Machakos County", "Machakos"],
        ),
    ],
)
def test_transliterations_geographic_words_and_admin_tails_link_one_referent(
    texts: list[tuple[str, str]], same: list[str]
) -> None:
    assert one_referent(texts, same)


def test_a_middle_name_alone_is_the_one_person_who_has_it() -> None:
    ids = ids_by_surface(
        [("Muhammad Rizal Harahap memimpin rapat. Menurut Rizal, anggaran cukup.", "id")]
    )
    assert ids["Rizal"] == ids["Muhammad Rizal Harahap"]


@pytest.mark.parametrize(("a", "b"), [("Mohamad", "Muhammad"), ("Mahmood", "Mahmud")])
def test_doubled_letters_and_a_final_e_are_transliteration_not_another_name(a: str, b: str):
    assert close_spelling(a, b)


@pytest.mark.parametrize(("a", "b"), [("Karim", "Karin"), ("Iran", "Irak")])
def test_names_that_differ_in_a_consonant_stay_apart(a: str, b: str):
    assert not close_spelling(a, b)


@pytest.mark.parametrize(
    ("texts", "same"),
    [
        (
            [
                ("The Electoral Reform Commission published its findings.", "en"),
                ("Laporan ERC diterbitkan pada Selasa.", "id"),
            ],
            ["Electoral Reform Commission", "ERC"],
        ),
        (
            [
                ("Leaders of the Kenya African National Union met on Monday.", "en"),
                ("Para pemimpin KANU bertemu pada Senin.", "id"),
            ],
            ["Kenya African National Union", "KANU"],
        ),
    ],
)
def test_an_acronym_joins_the_body_whose_initials_it_spells(
    texts: list[tuple[str, str]], same: list[str]
) -> None:
    assert one_referent(texts, same)


def test_an_acronym_spelling_two_bodies_stays_apart() -> None:
    ids = ids_by_surface(
        [
            ("The Coastal Fisheries Authority and the Civil Flight Agency met.", "en"),
            ("Pejabat CFA hadir.", "id"),
        ]
    )
    assert ids["CFA"].isdisjoint(ids["Coastal Fisheries Authority"] | ids["Civil Flight Agency"])


def test_a_first_name_cut_short_is_the_one_person_whose_first_name_it_begins() -> None:
    ids = ids_by_surface(
        [('Benediktus Bere Mau memimpin tim. "Kami siap," kata Bene di Atambua.', "id")]
    )
    assert ids["Bene"] == ids["Benediktus Bere Mau"]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (
            ("Dinas Sosial Sumatera Barat mengirim 200 tenda ke lokasi.", "id"),
            ("Gubernur meminta Dinas Sosial membuka dapur umum di balai desa.", "id"),
            False,
        ),
        (
            ("Dinas Kesehatan Provinsi Aceh membuka posko di Lhokseumawe.", "id"),
            ("Dinas Kesehatan Aceh menambah tenaga medis di posko.", "id"),
            True,
        ),
        (
            ("Dinas Kesehatan Provinsi DKI Jakarta menambah 12 ambulans.", "id"),
            ("The Jakarta Health Agency added 12 ambulances to the fleet.", "en"),
            True,
        ),
        (
            ("Dinas Perhubungan Jawa Timur menutup ruas jalan itu.", "id"),
            ("Dinas Perhubungan Bali menambah armada bus.", "id"),
            False,
        ),
    ],
)
def test_a_regional_office_links_only_to_the_same_office_of_its_region(
    first: tuple[str, str], second: tuple[str, str], same: bool
) -> None:
    ids = ids_by_surface([first, second])
    offices = {i for found in ids.values() for i in found if i.startswith("ORG:")}
    assert offices and (len(offices) == 1) == same


@pytest.mark.parametrize(
    ("with_head", "bare"),
    [
        (
            "Antrean mengular di Jalan Tol Cipali-Palimanan sejak subuh.",
            "Arus di Cipali-Palimanan padat.",
        ),
        (
            "Truk terguling di Tol Solo-Ngawi pada Senin malam.",
            "Lalu lintas Solo-Ngawi kembali normal.",
        ),
        (
            "Perbaikan ruas Tol Medan-Binjai selesai pekan ini.",
            "Kini jalur Medan-Binjai dibuka lagi.",
        ),
    ],
)
def test_a_toll_road_and_its_bare_route_are_one_place(with_head: str, bare: str) -> None:
    ids = ids_by_surface([(with_head, "id"), (bare, "id")])
    routes = {i for surface, found in ids.items() if "-" in surface for i in found}
    assert len(routes) == 1
