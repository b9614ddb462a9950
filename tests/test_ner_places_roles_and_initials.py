"""Entity classes of the review-17 second pass: Indonesian administrative heads in English
text, places in Title Case headlines, offices before a one-word name, initials."""

from __future__ import annotations

import pytest

from kroscek.extract.entities import recognise


def found(text: str, lang: str = "id", field: str = "text") -> dict[str, tuple[str, str]]:
    return {f.text: (f.label, f.value) for f in recognise(text, lang, field=field)}


@pytest.mark.parametrize(
    ("text", "place", "place_id"),
    [
        (
            "Flooding hit Kabupaten Tirtowangi, officials said.",
            "Kabupaten Tirtowangi",
            "LOC:tirtowangi",
        ),
        ("Kecamatan Rawasepi was cut off after the storm.", "Kecamatan Rawasepi", "LOC:rawasepi"),
        ("Rescuers reached Desa Lumbanglor on foot.", "Desa Lumbanglor", "LOC:lumbanglor"),
        ("Aid was flown to Kabupaten Garut on Friday.", "Kabupaten Garut", "LOC:garut"),
    ],
)
def test_an_indonesian_administrative_head_names_a_place_in_english_text(
    text: str, place: str, place_id: str
) -> None:
    assert found(text, "en")[place] == ("LOC", place_id)


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Perahu Nelayan Karam di Perairan Pulau Lentera, Tiga Awak Selamat", "Pulau Lentera"),
        ("Banjir Bandang Rendam Desa Cikawung, Ratusan Warga Mengungsi", "Desa Cikawung"),
        ("Gempa Magnitudo 5,2 Guncang Pulau Sapudi", "Pulau Sapudi"),
        ("Pendaki Hilang di Gunung Batu Jonggol: Tim SAR Dikerahkan", "Gunung Batu Jonggol"),
    ],
)
def test_a_geographic_head_names_a_place_ending_a_headline_clause(title: str, place: str) -> None:
    title_found = found(title, field="title")
    assert title_found[place][0] == "LOC"
    # the headline's place is the one the body names, id and all
    assert title_found[place] == found(f"Warga menyebut {place} aman.")[place]


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Ferry Runs Aground Off Kelapa Island, 40 Passengers Safe", "Kelapa Island"),
        ("Flash Floods Hit South Tirtowangi Regency", "South Tirtowangi Regency"),
        ("Two Fishermen Missing Near Sentani Lake: Search Resumes", "Sentani Lake"),
    ],
)
def test_an_english_geographic_tail_names_a_place_ending_a_headline_clause(
    title: str, place: str
) -> None:
    title_found = found(title, "en", field="title")
    assert title_found[place] == found(f"Residents said {place} was calm.", "en")[place]


@pytest.mark.parametrize(
    "title",
    [
        "Pemerintah Kembangkan Desa Wisata",  # a head before an ordinary word
        "Longsor di Desa Cibeber Tewaskan Dua Warga",  # where the name ends is not known
    ],
)
def test_a_geographic_head_before_ordinary_or_running_words_is_no_headline_place(
    title: str,
) -> None:
    assert not any(label == "LOC" for label, _ in found(title, field="title").values())


def body_and_person(text: str, body: str, person: str) -> bool:
    """Whether the text reads ``body`` as an organisation and ``person`` as a person."""
    entities = found(text)
    return entities[body][0] == "ORG" and entities[person][0] == "PER"


def people(text: str) -> dict[str, object]:
    return {f.text: f.attrs.get("role") for f in recognise(text, "id") if f.label == "PER"}


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Hal itu dibenarkan, kata Kepala Dinas Peternakan Wulansari di kantornya.",
            "Dinas Peternakan",
            "Wulansari",
        ),
        (
            "Kepala Dinas Sosial Marthinus menyalurkan 300 paket bantuan.",
            "Dinas Sosial",
            "Marthinus",
        ),
        (
            "Sekretaris Badan Kepegawaian Ratnaningsih menjelaskan jadwal tes.",
            "Badan Kepegawaian",
            "Ratnaningsih",
        ),
    ],
)
def test_a_one_word_name_after_a_role_and_its_body_is_the_holder(
    text: str, body: str, person: str
) -> None:
    assert body_and_person(text, body, person)


@pytest.mark.parametrize(
    ("text", "body", "region"),
    [
        (
            "Kepala Dinas Peternakan Sukabumi meninjau kandang warga.",
            "Dinas Peternakan",
            "Sukabumi",
        ),
        ("Kepala Badan Pusat Statistik merilis angka inflasi.", "Badan Pusat Statistik", None),
    ],
)
def test_a_known_region_or_a_field_word_closing_a_body_is_no_person(
    text: str, body: str, region: str | None
) -> None:
    entities = found(text)
    assert entities[body][0] == "ORG"
    assert not people(text)
    if region:
        assert entities[region][0] == "LOC"


@pytest.mark.parametrize(
    ("with_comma", "without_comma", "person", "role"),
    [
        (
            "Kepala BPBD Cianjur, Dadang Sutisna, meninjau lokasi.",
            "Kepala BPBD Cianjur Dadang Sutisna meninjau lokasi.",
            "Dadang Sutisna",
            "Kepala BPBD Cianjur",
        ),
        (
            "Kepala Dinas Kesehatan Kabupaten Bekasi, Yuniarti Lestari, mengimbau warga.",
            "Kepala Dinas Kesehatan Kabupaten Bekasi Yuniarti Lestari mengimbau warga.",
            "Yuniarti Lestari",
            "Kepala Dinas Kesehatan Kabupaten Bekasi",
        ),
    ],
)
def test_an_office_with_its_body_and_region_is_one_role_with_or_without_a_comma(
    with_comma: str, without_comma: str, person: str, role: str
) -> None:
    assert people(with_comma)[person] == role
    assert people(without_comma)[person] == role


@pytest.mark.parametrize(
    ("text", "office_id"),
    [
        (
            "Dinas Sosial Sulawesi Tengah mengirim 50 tenda. Dinas Sosial juga membuka dapur umum.",
            "ORG:dinas-sosial@central-sulawesi",
        ),
        (
            "Petugas Badan Kepegawaian Garut memeriksa berkas. "
            "Menurut Badan Kepegawaian, ada 40 berkas.",
            "ORG:badan-kepegawaian@garut",
        ),
    ],
)
def test_the_region_after_a_regional_office_enters_its_id_throughout_the_article(
    text: str, office_id: str
) -> None:
    offices = {f.value for f in recognise(text, "id") if f.label == "ORG"}
    assert offices == {office_id}


@pytest.mark.parametrize(
    ("text", "lang", "subsidiary"),
    [
        (
            "Distributor Pertamina Lubrikan Niaga menambah stok oli di Medan.",
            "id",
            "Pertamina Lubrikan Niaga",
        ),
        (
            "Telkom Sigma Data, a unit of the state telecom firm, won the tender.",
            "en",
            "Telkom Sigma Data",
        ),
    ],
)
def test_a_known_body_opening_a_longer_name_is_its_subsidiary(
    text: str, lang: str, subsidiary: str
) -> None:
    assert found(text, lang)[subsidiary][0] == "ORG"


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Direktur Pertamina Yudi Hartanto menjelaskan stok aman.", "Pertamina", "Yudi Hartanto"),
        ("Direktur Utama Telkom Rini Widyastuti hadir di acara itu.", "Telkom", "Rini Widyastuti"),
    ],
)
def test_a_known_body_before_its_officers_name_stays_the_parent(
    text: str, body: str, person: str
) -> None:
    assert body_and_person(text, body, person)
