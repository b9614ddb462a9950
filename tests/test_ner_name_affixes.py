"""Words around Indonesian names that the held-out batch g37-g44 found misread: honorifics
and degrees around a name, the name openers of Bali and Lombok, suspects' initials.

Every sentence here is written for this file; none comes from the gold articles.
"""

from __future__ import annotations

import pytest

from kroscek.extract.entities import recognise


def ents(text: str, lang: str = "id") -> list[tuple[str, str]]:
    return [(f.text, f.label) for f in recognise(text, lang)]


def persons(text: str, lang: str = "id") -> list[str]:
    return [f.text for f in recognise(text, lang) if f.label == "PER"]


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        ("Sekretaris dinas, Ir. Yulianti Harahap, meninjau lokasi.", "Yulianti Harahap", "Ir."),
        ("Ketua yayasan, Hj. Nurhasanah Lubis, membuka acara.", "Nurhasanah Lubis", "Hj."),
        ("Penceramah K.H. Abdurrahim Siddiq tiba pukul tujuh.", "Abdurrahim Siddiq", "K.H."),
        ("Santri menyambut Buya Syafruddin di halaman masjid.", "Syafruddin", "Buya"),
        ("Doa dipimpin Gus Mahfud Ridwan dari pesantren itu.", "Mahfud Ridwan", "Gus"),
        ("Camat, H. Suparman Hadi, ikut mendampingi.", "Suparman Hadi", "H."),
    ],
)
def test_an_honorific_before_a_name_is_its_role_not_part_of_it(
    text: str, person: str, title: str
) -> None:
    found = [f for f in recognise(text, "id") if f.label == "PER"]
    assert [f.text for f in found] == [person]
    assert str(found[0].attrs.get("role", "")).endswith(title)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kepala dinas, Yusran Siregar, S.H., M.H., menjelaskan aturan itu.", "Yusran Siregar"),
        ("Dosen itu, Rina Marlina, M.Si., meneliti tanah gambut.", "Rina Marlina"),
        ("Pengasuh pondok, Ahmad Zaini, Lc., M.A., menerima tamu.", "Ahmad Zaini"),
        ("Camat Tanjung, Dedi Kurnia, S.Sos., menutup jalan.", "Dedi Kurnia"),
        ("Peneliti tamu, Marta Silvia, Ph.D., memberi kuliah umum.", "Marta Silvia"),
    ],
)
def test_degrees_after_a_name_are_no_name(text: str, person: str) -> None:
    assert persons(text) == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kapolsek AKP I Nyoman Sukadana memimpin apel pagi.", "I Nyoman Sukadana"),
        ("Penari muda Ni Kadek Ayu Pradnyani tampil malam itu.", "Ni Kadek Ayu Pradnyani"),
        ("Pengusaha itu, Lalu Hamdan Zaki, membuka toko baru.", "Lalu Hamdan Zaki"),
        ("Bidan desa Baiq Siti Rohana memeriksa ibu hamil.", "Baiq Siti Rohana"),
        ("Kepala sekolah, Anak Agung Ngurah Oka, menerima siswa.", "Anak Agung Ngurah Oka"),
    ],
)
def test_balinese_and_sasak_openers_are_part_of_the_name(text: str, person: str) -> None:
    assert persons(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "Lalu Rahmat Hidayat pergi ke pasar.",  # "Lalu" opening a sentence may be "then"
        "I think Putra Wijaya will win, said the coach.",  # "I" before no Balinese name
    ],
)
def test_an_opener_word_without_its_context_is_not_forced_into_a_name(text: str) -> None:
    assert not any(
        p.startswith(("Lalu ", "I ")) for p in persons(text, "en" if "I " in text else "id")
    )


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        (
            "Polisi menahan tersangka berinisial DS (41). Menurut penyidik, DS menjual sabu.",
            ["DS", "DS"],
        ),
        (
            "Pelaku, RN (22) dan KW alias Kribo (25), ditangkap. Kini KW mendekam di sel.",
            ["RN", "KW", "Kribo", "KW"],
        ),
        (
            "Dua pemuda, AS, 19 tahun, dan TR, 20 tahun, diamankan. AS mengaku menyesal.",
            ["AS", "TR", "AS"],
        ),
    ],
)
def test_initials_with_an_age_or_alias_are_a_person_wherever_they_stand(
    text: str, initials: list[str]
) -> None:
    assert persons(text) == initials


def test_initials_that_spell_a_country_stay_the_country_after_a_currency() -> None:
    text = "Tersangka AS (30) menyimpan uang 500 dolar AS di lemari."
    assert ents(text) == [("AS", "PER"), ("AS", "LOC")]


@pytest.mark.parametrize(
    ("text", "lang", "full", "short"),
    [
        (
            'Rider Luca "The Hammer" Ferrandi won. Ferrandi said the tyres held.',
            "en",
            'Luca "The Hammer" Ferrandi',
            "Ferrandi",
        ),
        (
            'Petinju Daniel "Si Kilat" Manurung menang angka. Manurung lalu pulang.',
            "id",
            'Daniel "Si Kilat" Manurung',
            "Manurung",
        ),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_one_person_and_the_surname_joins_it(
    text: str, lang: str, full: str, short: str
) -> None:
    found = {f.text: f for f in recognise(text, lang) if f.label == "PER"}
    assert set(found) == {full, short}
    assert found[short].value == found[full].value


def test_a_surname_the_article_gives_a_person_is_no_country_spelled_close_to_it() -> None:
    # "Bellandi" is a close spelling of "Belanda" (the Netherlands)
    text = 'Marco "The Falcon" Bellandi led early. Bellandi later crashed.'
    assert ents(text, "en") == [('Marco "The Falcon" Bellandi', "PER"), ("Bellandi", "PER")]


@pytest.mark.parametrize(
    ("text", "lang", "person"),
    [
        ("He won the sprint, holding off Diego de la Cruz at the line.", "en", "Diego de la Cruz"),
        ("Ia unggul atas Carlos de la Fuente di tikungan akhir.", "id", "Carlos de la Fuente"),
    ],
)
def test_a_given_name_with_particles_after_a_weak_place_cue_is_a_person(
    text: str, lang: str, person: str
) -> None:
    assert (person, "PER") in ents(text, lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kampung itu mendapat julukan Desa Wisata tahun lalu.", ("Desa Wisata", "LOC")),
        ("Kota itu dijuluki Kota Pahlawan sejak lama.", ("Kota Pahlawan", "LOC")),
    ],
)
def test_a_nickname_cue_before_a_place_keeps_the_place(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in ents(text)


def test_two_words_that_open_one_longer_name_are_that_person() -> None:
    text = (
        "Peneliti, Dr. Dewi Sartika Hutagalung, memimpin tim. "
        '"Datanya sudah lengkap," ujar Dewi Sartika.'
    )
    found = [f for f in recognise(text, "id") if f.label == "PER"]
    assert [f.text for f in found] == ["Dewi Sartika Hutagalung", "Dewi Sartika"]
    assert found[0].value == found[1].value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ketua Borneo Sailing Association, Rudy Karta, membuka lomba.",
            ("Borneo Sailing Association", "ORG"),
        ),
        ("Flights resumed at Sultan Iskandar Muda International Airport.", None),
    ],
)
def test_an_office_before_a_body_is_a_role_and_a_naming_title_stays_in_the_name(
    text: str, expected: tuple[str, str] | None
) -> None:
    if expected is not None:
        assert expected in ents(text)
    else:
        assert ents(text, "en") == [("Sultan Iskandar Muda International Airport", "LOC")]


@pytest.mark.parametrize(
    "text",
    [
        "Acara itu dihadiri Menteri Pemuda dan Olahraga.",
        "Gubernur bertemu Menteri Agama dan Kesehatan kemarin.",
    ],
)
def test_a_ministers_two_fields_joined_by_dan_are_no_person(text: str) -> None:
    assert persons(text) == []


def test_a_one_letter_initial_after_its_cue_is_a_person_and_a_lone_letter_is_not() -> None:
    text = "Polisi menahan pria berinisial T (52). Menurut jaksa, T menyesal. Nilainya B."
    assert ents(text) == [("T", "PER"), ("T", "PER")]
