"""Review 30: speakers, claimers and name variants on unseen text.

An unnamed official who speaks after a named one keeps the quote; a body described again
("Lembaga yang bermarkas di Washington itu mengklaim") is the body named before; a reply
("menanggapi bahwa") attributes; an agent after "diklaim" is the claimer; a noun
"forecast" names no source; a writer's comparison ("masih dalam rentang ...") is outside the
projection's scope; Dutch and old Indonesian spellings of one name are one person, while two
different names stay apart.
"""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.data import Article, Fact
from kroscek.extract import link_entities
from test_extract_linking import article


def _article(text: str, lang: str = "id", i: int = 0) -> Article:
    return article(i, text, lang)


def _quotes(text: str, lang: str = "id") -> list[Fact]:
    return [f for f in _article(text, lang).facts if f.kind == "quote"]


def _attributions(text: str, lang: str = "id") -> tuple[Article, list[Fact]]:
    art = _article(text, lang)
    return art, [f for f in art.facts if f.kind == "attribution"]


def _in_scope(art: Article, f: Fact, words: str) -> bool:
    start, end = f.attrs["scope"]
    return words in art.text[start:end]


# --- an unnamed official after a named one ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        (
            "Kepala Dinas Kesehatan, Siti Rahmawati, menjelaskan jumlah kasus turun. "
            '"Kami terus memantau pasien di rumah sakit rujukan," ujarnya.\n\n'
            "Stok obat di puskesmas disebut masih cukup untuk dua bulan.\n\n"
            "Gubernur Jawa Tengah menyambut baik penurunan itu. "
            '"Ini hasil kerja semua petugas di lapangan selama ini," katanya.',
            "id",
            ["Siti Rahmawati", "Gubernur Jawa Tengah"],
        ),
        (
            "Deputi statistik Rina Kartika mengatakan harga pangan melandai. "
            '"Pasokan sayur dari sentra produksi sudah membaik," ujarnya.\n\n'
            "Menteri Koordinator Bidang Perekonomian menyambut baik angka tersebut. "
            "Menurutnya, program pasar murah berhasil menjaga daya beli. "
            '"Inflasi terkendali berkat kerja bersama pusat dan daerah," katanya.',
            "id",
            ["Rina Kartika", "Menteri Koordinator Bidang Perekonomian"],
        ),
        (
            "Kapolda Jawa Barat Irjen Andi Pratama memastikan situasi kondusif. "
            '"Kami sudah menambah personel di perbatasan kota," katanya.\n\n'
            "Juru bicara Kementerian Luar Negeri menolak menjelaskan isi nota itu. "
            '"Semua masih kami bahas bersama negara sahabat," ujarnya.',
            "id",
            ["Andi Pratama", "Juru bicara Kementerian Luar Negeri"],
        ),
        (
            "Health official Maria Santos said admissions fell for a third week. "
            '"We keep watching the wards very closely," she said.\n\n'
            "The finance minister welcomed the figures on Monday. "
            '"This is good news for every family in the country," he said.',
            "en",
            ["Maria Santos", "finance minister"],
        ),
    ],
)
def test_an_unnamed_official_after_a_named_one_keeps_the_quote(
    text: str, lang: str, speakers: list[str]
) -> None:
    assert [q.attrs["speaker"] for q in _quotes(text, lang)] == speakers


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            # the role again, without a name: the person the article named with it
            "Kapolres Bogor AKBP Hendra Wijaya memastikan jalur sudah dibuka. "
            '"Kami minta pengendara tetap waspada di tikungan," ujarnya.\n\n'
            "Kapolres Bogor meminta warga tidak berkerumun. "
            '"Biarkan petugas bekerja lebih dulu di lokasi longsor," katanya.',
            "id",
            "Hendra Wijaya",
        ),
        (
            # no official between: the named person goes on speaking
            "Ketua panitia, Bambang Irawan, mengatakan tiket sudah habis. "
            "Penjualan dibuka sejak pekan lalu secara daring.\n\n"
            '"Kami menambah pintu masuk agar antrean tidak panjang," katanya.',
            "id",
            "Bambang Irawan",
        ),
        (
            "Police chief Daniel Okafor said the road would reopen soon. "
            "Traffic was diverted through the old town for most of the day.\n\n"
            '"Drivers should expect long delays until the evening," he said.',
            "en",
            "Daniel Okafor",
        ),
    ],
)
def test_a_named_speaker_keeps_the_pronoun_quote_when_no_other_official_speaks(
    text: str, lang: str, speaker: str
) -> None:
    assert _quotes(text, lang)[-1].attrs["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Direktur operasional Budi Santoso hadir saat PT Angkasa Nusantara Airlines "
            "menghentikan dua rute. "
            '"Kami akan mengembalikan dana penumpang secara penuh," kata perusahaan itu.',
            "PT Angkasa Nusantara Airlines",
        ),
        (
            "Kapten Andi Wijaya memimpin pendaratan darurat itu. "
            '"Semua penumpang dalam keadaan selamat," ujar pilot senior tersebut.',
            "Andi Wijaya",
        ),
    ],
)
def test_a_speaker_described_again_is_the_body_or_person_it_names_back(
    text: str, speaker: str
) -> None:
    assert [q.attrs["speaker"] for q in _quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Organization of Coffee Exporting Countries agreed on Monday to hold back "
            'shipments. "We want to bring order back to a crowded market," the group said '
            "in its statement.",
            "Organization of Coffee Exporting Countries",
        ),
        (
            "Lumen Power Corp shut two plants after the storm. "
            '"Crews will work through the night to restore supply," the company said.',
            "Lumen Power Corp",
        ),
    ],
)
def test_a_body_called_by_a_common_noun_speaks_as_the_body_named_before(
    text: str, speaker: str
) -> None:
    assert [q.attrs["speaker"] for q in _quotes(text, "en")] == [speaker]


# --- attribution cues ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dana Moneter Internasional (IMF) memangkas proyeksi pertumbuhan menjadi 4,1 persen. "
            "Lembaga yang bermarkas di Washington itu mengklaim permintaan ekspor melemah.",
            "Dana Moneter Internasional",
        ),
        (
            "PT Kereta Api Indonesia menambah 12 perjalanan selama libur akhir tahun. "
            "Perusahaan yang berkantor pusat di Bandung tersebut mengklaim okupansi naik "
            "20 persen.",
            "PT Kereta Api Indonesia",
        ),
        (
            "PT Pertamina menaikkan harga avtur mulai 1 Desember. Perusahaan pelat merah itu "
            "mengklaim kenaikan hanya 3 persen.",
            "PT Pertamina",
        ),
    ],
)
def test_a_body_described_again_is_the_claimer_named_before(text: str, body: str) -> None:
    art, found = _attributions(text)
    claims = [f for f in found if f.label == "claimed"]
    assert len(claims) == 1
    named = next(f for f in art.facts if f.kind == "entity" and f.text == body)
    assert claims[0].attrs["entity"] == named.value
    assert claims[0].text.endswith("mengklaim")


def test_a_person_described_again_is_the_person_named_before() -> None:
    text = (
        "Polisi menangkap Rudi Hartono di rumahnya pada Senin malam. "
        "Pria itu mengaku hanya disuruh mengantar paket."
    )
    art, found = _attributions(text)
    claims = [f for f in found if f.attrs["cue"] == "mengaku"]
    person = next(f for f in art.facts if f.kind == "entity" and f.text == "Rudi Hartono")
    assert [f.attrs.get("entity") for f in claims] == [person.value]


def test_people_described_again_are_never_taken_for_a_body() -> None:
    text = (
        "Badan Penanggulangan Bencana Daerah mencatat 40 rumah terendam. "
        "Warga yang tinggal di tepi sungai itu mengaku air naik sejak subuh."
    )
    art, found = _attributions(text)
    body = next(f for f in art.facts if f.kind == "entity" and f.label == "ORG")
    claims = [f for f in found if f.attrs["cue"] == "mengaku"]
    assert claims and all(f.attrs.get("entity") != body.value for f in claims)


@pytest.mark.parametrize(
    ("text", "lang", "source", "covered"),
    [
        (
            "Kementerian Perdagangan menanggapi bahwa stok beras masih cukup hingga Maret 2027.",
            "id",
            "Kementerian Perdagangan",
            "stok beras",
        ),
        (
            "Pemerintah kota merespons bahwa 14 pompa air sudah dikerahkan ke lokasi banjir.",
            "id",
            "Pemerintah kota",
            "14 pompa",
        ),
        (
            "The port authority replied that 30 vessels were still waiting outside the harbour.",
            "en",
            "port authority",
            "30 vessels",
        ),
    ],
)
def test_a_reply_attributes_what_follows_it(
    text: str, lang: str, source: str, covered: str
) -> None:
    art, found = _attributions(text, lang)
    assert len(found) == 1
    assert found[0].label == "attributed"
    assert source in found[0].value
    assert _in_scope(art, found[0], covered)


@pytest.mark.parametrize(
    ("text", "claimer"),
    [
        ("Pendapatan tiket laga itu diklaim PSSI menembus Rp 14 miliar.", "PSSI"),
        ("Kenaikan jumlah penumpang diklaim KAI mencapai 18 persen.", "KAI"),
    ],
)
def test_the_agent_after_a_passive_claim_is_the_claimer(text: str, claimer: str) -> None:
    _, found = _attributions(text)
    assert [(f.label, f.value) for f in found] == [("claimed", claimer)]
    assert "entity" in found[0].attrs


def test_a_passive_claim_with_no_agent_keeps_no_source() -> None:
    _, found = _attributions("Lahan seluas 40 hektare itu diklaim sebagai tanah ulayat.")
    assert [(f.label, f.value) for f in found] == [("claimed", "")]


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        (
            "BPS memproyeksikan inflasi tahun depan 2,9 persen, masih dalam rentang sasaran "
            "Bank Indonesia sebesar 1,5 sampai 3,5 persen.",
            "2,9 persen",
            "1,5",
        ),
        (
            "Bank Dunia memperkirakan defisit mencapai 2,7 persen, masih di dalam batas "
            "3 persen yang ditetapkan undang-undang.",
            "2,7 persen",
            "3 persen",
        ),
    ],
)
def test_a_writers_comparison_is_outside_the_projections_scope(
    text: str, inside: str, outside: str
) -> None:
    art, found = _attributions(text)
    assert len(found) == 1
    assert _in_scope(art, found[0], inside)
    assert not _in_scope(art, found[0], outside)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "The figure was below the 2.40% median forecast in a poll of 14 economists.",
            [],
        ),
        ("Inflation came in under the consensus forecast of 3.1% for the month.", []),
        ("Economists forecast growth of 5.2% next year, down from 5.4%.", ["Economists"]),
    ],
)
def test_forecast_after_a_modifier_is_a_noun_with_no_source(text: str, sources: list[str]) -> None:
    _, found = _attributions(text, "en")
    assert [f.value for f in found if f.attrs["cue"] == "forecast"] == sources


@pytest.mark.parametrize(
    ("text", "lang", "source", "covered", "left_out"),
    [
        (
            "Bank Dunia memproyeksikan ekonomi tumbuh 4,9 persen tahun depan. Defisit "
            "anggaran diperkirakan mencapai 2,6 persen, mendekati batas 3 persen.",
            "id",
            "Bank Dunia",
            "2,6 persen",
            "3 persen",
        ),
        (
            "The Fund kept its growth estimate at 5.0%, the IMF said in a statement. "
            "Inflation is expected to average 2.8% next year, within the central bank's "
            "target range of 1.5% to 3.5%.",
            "en",
            "IMF",
            "2.8%",
            "1.5%",
        ),
    ],
)
def test_an_expectation_right_after_a_named_source_goes_on_with_it(
    text: str, lang: str, source: str, covered: str, left_out: str
) -> None:
    art, found = _attributions(text, lang)
    carried = [f for f in found if f.attrs.get("carried")]
    assert [f.value for f in carried] == [source]
    assert _in_scope(art, carried[0], covered)
    assert not _in_scope(art, carried[0], left_out)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a paragraph break: the writer's own sentence
        (
            "Bank Dunia memproyeksikan ekonomi tumbuh 4,9 persen tahun depan.\n\n"
            "Defisit anggaran diperkirakan mencapai 2,6 persen.",
            "id",
        ),
        # the sentence before names no source
        (
            "Harga beras naik tiga pekan berturut-turut. Stok diperkirakan menipis pada Maret.",
            "id",
        ),
        (
            "Exports fell 11% in the first nine months. Growth is expected to slow to 4.5%.",
            "en",
        ),
    ],
)
def test_an_expectation_with_no_named_source_before_it_stays_the_writers(
    text: str, lang: str
) -> None:
    _, found = _attributions(text, lang)
    assert not [f for f in found if f.attrs.get("carried")]


# --- name variants ---------------------------------------------------------------------


def _ids(texts: list[str]) -> dict[str, set[str]]:
    linked = link_entities([_article(t, i=i) for i, t in enumerate(texts)])
    out: dict[str, set[str]] = {}
    for art in linked:
        for f in art.facts:
            if f.kind == "entity" and f.label == "PER":
                out.setdefault(f.text, set()).add(str(f.value))
    return out


@pytest.mark.parametrize(
    ("first", "second", "modern"),
    [
        ("Ole Romeny", "Ole Romenij", "Ole Romeny"),
        ("Hendro Atmojo", "Hendro Atmodjo", "Hendro Atmojo"),
        ("Bambang Sutejo", "Bambang Soetedjo", "Bambang Sutejo"),
        ("Rudi Cipto", "Rudi Tjipto", "Rudi Cipto"),
    ],
)
def test_an_old_or_dutch_spelling_is_the_same_person_shown_in_todays_spelling(
    first: str, second: str, modern: str
) -> None:
    texts = [
        f"Pemain sayap {first} mencetak gol kedua pada menit ke-63.",
        f"Gol kedua dicetak pemain sayap {second} pada menit ke-63.",
    ]
    linked = link_entities([_article(t, i=i) for i, t in enumerate(texts)])
    people = [f for art in linked for f in art.facts if f.kind == "entity" and f.label == "PER"]
    assert {f.text for f in people} == {first, second}
    assert len({f.value for f in people}) == 1
    assert {f.attrs["canonical"] for f in people} == {modern}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Supriyadi", "Suryadi"),
        ("Budi Santoso", "Budi Susanto"),
        ("Rijal Hakim", "Ryal Hakim"),
    ],
)
def test_two_different_names_stay_two_people(first: str, second: str) -> None:
    ids = _ids(
        [
            f"Sopir bus, {first}, selamat dan dimintai keterangan polisi.",
            f"Sopir bus, {second}, selamat dan dimintai keterangan polisi.",
        ]
    )
    assert ids[first] != ids[second]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Ducati's Luca Ferrante won the race ahead of Aprilia's Jorge Martinez.",
            {"Luca Ferrante", "Jorge Martinez"},
        ),
        (
            "Honda’s Kenji Watanabe said the new engine would be ready in March.",
            {"Kenji Watanabe"},
        ),
    ],
)
def test_a_possessive_before_a_name_is_no_word_of_it(text: str, people: set[str]) -> None:
    art = _article(text, "en")
    assert {f.text for f in art.facts if f.kind == "entity" and f.label == "PER"} == people


def test_a_name_after_a_teams_possessive_links_to_the_same_name_elsewhere() -> None:
    linked = link_entities(
        [
            _article("Aprilia's Jorge Martínez finished second on Sunday.", "en", 0),
            _article("Pembalap Spanyol Jorge Martinez finis kedua pada Minggu.", "id", 1),
        ]
    )
    people = [f for art in linked for f in art.facts if f.kind == "entity" and f.label == "PER"]
    assert {f.text for f in people} == {"Jorge Martínez", "Jorge Martinez"}
    assert len({f.value for f in people}) == 1


# --- a quote in one language, the same words claimed in the other (compare) -------------

_WIRE_SHIP = (
    "Foreign trawler detained off Riau Islands",
    "BATAM, Indonesia, May 6 (Harbour Wire) - Indonesian patrol boats detained a foreign "
    "trawler off the Riau Islands on Tuesday, the maritime agency said.\n\n"
    "{quote}\n\n"
    "The trawler was escorted to Batam, where its crew will be questioned.",
)
_RAW_SHIP = (
    "Kapal Pukat Asing Ditahan di Perairan Kepulauan Riau",
    "Kapal patroli Indonesia menahan sebuah kapal pukat asing di perairan Kepulauan Riau "
    "pada Selasa (5/5/2026).\n\n"
    "{claim}\n\n"
    "Kapal itu dikawal ke Batam untuk pemeriksaan awak.",
)


def _ship(quote: str, claim: str) -> list:
    report = run(
        (_WIRE_SHIP[0], _WIRE_SHIP[1].format(quote=quote)),
        (_RAW_SHIP[0], _RAW_SHIP[1].format(claim=claim)),
    )
    return of_type(report, "attribution")


@pytest.mark.parametrize(
    ("quote", "claim", "evidence"),
    [
        (
            "The owner's spokesman Marco Ruiz said the crew had been fishing "
            '"in normal international waters far from any protected reef".',
            "Pemilik kapal mengklaim awaknya menangkap ikan di perairan internasional yang "
            "normal, jauh dari terumbu yang dilindungi.",
            ("normal international waters", "mengklaim"),
        ),
        (
            "The trawler belongs to Pacific Marine Holdings Ltd. "
            '"We only restore the balance of the local market," the company said in a '
            "statement.",
            "Perusahaan itu mengklaim hanya memulihkan keseimbangan pasar lokal.",
            ("the company said", "mengklaim"),
        ),
    ],
)
def test_a_quote_in_one_language_claimed_in_the_other_is_an_attribution(
    quote: str, claim: str, evidence: tuple[str, str]
) -> None:
    found = [f for f in _ship(quote, claim) if mentions(f, *evidence)]
    assert len(found) == 1
    assert "mengklaim" in found[0].message


@pytest.mark.parametrize(
    "claim",
    [
        # the same words stated, no claim: the quote is the speaker's own, nothing to set
        "Awak kapal menangkap ikan di perairan internasional yang normal, jauh dari terumbu "
        "yang dilindungi.",
        # another claim: nothing in common with the quote
        "Pemilik kapal mengklaim izin tangkap kapal itu masih berlaku hingga akhir tahun.",
    ],
)
def test_a_quote_against_a_statement_or_another_claim_is_no_such_attribution(
    claim: str,
) -> None:
    quote = (
        "The owner's spokesman Marco Ruiz said the crew had been fishing "
        '"in normal international waters far from any protected reef".'
    )
    assert not [f for f in _ship(quote, claim) if "mengklaim" in f.message and "Ruiz" in f.message]
