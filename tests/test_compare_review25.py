"""Rules added after review 25 (the false findings left in the lead's held-out sets, gold
235-246): a figure stated in a sentence whose subject is the source the other text credits,
a name and the joined ticket it belongs to, English "martyred" and "measured", Indonesian
"memproyeksikan". Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.conflict import in_pair
from kroscek.data import RawArticle
from kroscek.extract import extract_facts

# --- the credited source as the subject of a verb of tallying ---

_QUAKE_ID = (
    "Gempa Guncang Pesisir Selatan Jawa, Ratusan Rumah Rusak",
    "Gempa bermagnitudo 6,1 mengguncang pesisir selatan Jawa Barat pada Selasa (3/11/2026) "
    "pagi. Ratusan rumah di tiga kecamatan dilaporkan rusak.\n\n"
    "BMKG mencatat {id_count} gempa susulan hingga Selasa malam, dengan kekuatan terbesar "
    "magnitudo {id_mag}.\n\n"
    "Warga diminta menjauhi bangunan yang retak hingga petugas selesai memeriksa.",
)


def _quake_en(sentence: str) -> tuple[str, str]:
    return (
        "Strong quake shakes Java's south coast, damaging hundreds of homes",
        "JAKARTA, Nov 3 (Harbour Wire) - A magnitude 6.1 earthquake shook the southern coast "
        "of West Java on Tuesday morning, damaging hundreds of homes in three districts.\n\n"
        f"{sentence}\n\n"
        "Residents were told to keep away from cracked buildings until inspectors finish.",
    )


@pytest.mark.parametrize(
    ("english", "id_count", "id_mag"),
    [
        (
            "BMKG recorded 212 aftershocks by Tuesday evening, the strongest of magnitude 4.9.",
            "212",
            "4,9",
        ),
        (
            "BMKG counted 87 aftershocks by Tuesday evening, the strongest of magnitude 5.2.",
            "87",
            "5,2",
        ),
    ],
)
def test_a_figure_tallied_by_the_credited_source_as_subject_is_no_attribution(
    english, id_count, id_mag
):
    title, body = _QUAKE_ID
    report = run(_quake_en(english), (title, body.format(id_count=id_count, id_mag=id_mag)))
    assert not [f for f in of_type(report, "attribution") if mentions(f, id_mag)]
    assert not [f for f in of_type(report, "attribution") if mentions(f, id_count)]


@pytest.mark.parametrize(
    ("stated", "credited"),
    [
        (
            "Investigators on Tuesday blamed a worn valve for the blast at the plant that "
            "killed 14 workers in March.",
            "A worn valve caused the blast at the plant that killed 14 workers in March, "
            "investigators said on Tuesday.",
        ),
    ],
)
def test_a_subject_saying_something_else_leaves_the_figure_stated(stated, credited):
    """Only a verb of tallying makes the subject the figure's source: investigators who
    blame a valve do not report the toll of the blast they explain."""
    report = run(
        (
            "Worn valve caused deadly plant blast, investigators say",
            f"JAKARTA, Nov 3 (Harbour Wire) - {credited}\n\n"
            "The company said it had replaced every valve of that model across its plants.",
        ),
        (
            "Investigators blame worn valve for deadly blast",
            f"JAKARTA (Meridian) - {stated}\n\n"
            "The company said it had replaced every valve of that model across its plants.",
        ),
    )
    assert [f for f in of_type(report, "attribution") if mentions(f, "14 workers")]


# --- a name and the joined pair it belongs to ---


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("Rina Astuti", "Rina Astuty-Bayu Pratama", True),  # one member spelt another way
        ("Bayu Pratama", "Rina Astuti dan Bayu Pratama", True),
        ("Hendra Wijaya", "Rina Astuti-Bayu Pratama", False),  # another person
        ("Rina Astuti", "Sri Wahyuni", False),  # two single names: the swap rule decides
        ("Rina", "Rina Astuti-Bayu Pratama", False),  # one word is too little to tell
        ("Rina Astuti-Bayu Pratama", "Rina Astuti-Bayu Pratama", False),  # no part alone
    ],
)
def test_a_name_is_in_the_joined_pair_that_holds_its_close_spelling(one, other, expected):
    assert in_pair(one, other) is expected
    assert in_pair(other, one) is expected


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Rina Astuti dan Bayu Pratama", "Rina Astuty-Bayu Pratama"),
        ("Dedi Kusnadi dan Sri Lestari", "Dedy Kusnadi-Sri Lestari"),
    ],
)
def test_a_ticket_named_in_full_and_joined_is_no_swap_of_persons(first, second):
    report = run(
        (
            "Hitung Cepat Pilkada Ulang: Pasangan Nomor 1 Unggul",
            f"Pasangan calon nomor urut 1, {first}, unggul dalam hitung cepat pemungutan suara "
            "ulang yang digelar Sabtu (14/11/2026). Hasil resmi menunggu rekapitulasi KPU.",
        ),
        (
            "Pasangan Nomor 1 Menangi Hitung Cepat",
            f"Pasangan {second} unggul dalam hitung cepat pemungutan suara ulang yang digelar "
            "Sabtu (14/11/2026). Hasil resmi menunggu rekapitulasi KPU.",
        ),
    )
    persons = [f for f in of_type(report, "conflict", "who")]
    assert not persons


# --- lexicon entries: English "martyred", "measured"; Indonesian "memproyeksikan" ---

_TAIL = {
    "en": " The officials said on Monday that more details would be released this week.",
    "id": " Para pejabat mengatakan pada Senin bahwa rinciannya diumumkan pekan ini.",
}


def _facts(text: str, lang: str) -> tuple[str, list]:
    """The article's text (a sentence of its language added so its language is plain) and
    its facts."""
    article = extract_facts(RawArticle("mem:0", "Laporan", text + _TAIL[lang]))
    assert article.lang == lang
    return article.text, list(article.facts)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Eight fishermen, among them two brothers, were martyred at dawn.", "two brothers"),
        ("Three medics were martyred when the convoy was hit.", "Three medics"),
    ],
)
def test_martyred_is_a_killed_event_in_english(sentence, figure):
    text, facts = _facts(sentence, "en")
    events = {text[f.start : f.end]: f.attrs.get("event") for f in facts if f.kind == "number"}
    assert events.get(figure) == "killed"


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "The Java Seismology Institute measured it at magnitude 5.8.",
            "en",
            "Seismology Institute",
        ),
        ("BI memproyeksikan pertumbuhan ekonomi tahun depan di kisaran 4,8 persen.", "id", "BI"),
    ],
)
def test_a_measurement_or_projection_credits_its_subject(text, lang, source):
    _, facts = _facts(text, lang)
    sources = [str(f.value) for f in facts if f.kind == "attribution"]
    assert any(source in s for s in sources)


@pytest.mark.parametrize(
    "text",
    [
        '"The response was calm and measured," the minister told reporters.',
        "The company recorded a loss of $12 million in the third quarter.",
    ],
)
def test_a_measured_tone_or_a_company_result_credits_no_one_new(text):
    body, facts = _facts(text, "en")
    cues = [body[f.start : f.end] for f in facts if f.kind == "attribution"]
    assert not any("measured" in c or "recorded" in c for c in cues)


# --- one party's claim under two framings: said in one text, claimed in the other ---

_FRAMED_CASES = [
    (
        "en",
        "The Israeli military said it had hit militants who were storing rockets in the "
        "school compound, and that it was looking into reports of casualties.",
        "The occupation army claimed it had targeted resistance fighters storing rockets in "
        "the compound, a lie it tells after every massacre.",
    ),
    (
        "id",
        "Militer Israel mengatakan pihaknya menyerang militan yang menyimpan roket di "
        "kompleks sekolah itu dan sedang memeriksa laporan korban.",
        "Tentara penjajah mengklaim telah menargetkan para pejuang yang menyimpan roket di "
        "kompleks itu, dalih yang selalu diulang setelah setiap pembantaian.",
    ),
]

_FRAME_OPENING = {
    "en": (
        "GAZA, March 4 (Harbour Wire) - An air strike hit a school compound in central Gaza "
        "on Tuesday, the civil defence said, as talks on a truce resumed in Cairo.",
        "Warplanes bombed a school compound in central Gaza on Tuesday morning while talks on "
        "a truce resumed in Cairo, the civil defence said.",
    ),
    "id": (
        "Serangan udara menghantam kompleks sekolah di Gaza tengah pada Selasa (4/3/2026), "
        "saat perundingan gencatan senjata kembali digelar di Kairo.",
        "Pesawat tempur membom kompleks sekolah di Gaza tengah pada Selasa (4/3/2026) pagi, "
        "ketika perundingan gencatan senjata kembali digelar di Kairo.",
    ),
}


def _framed_report(lang: str, said: str, claimed: str):
    first, second = _FRAME_OPENING[lang]
    return run(
        ("Strike hits school compound in Gaza", f"{first}\n\n{said}"),
        ("Strike on school compound in central Gaza", f"{second}\n\n{claimed}"),
    )


@pytest.mark.parametrize(("lang", "said", "claimed"), _FRAMED_CASES)
def test_one_partys_claim_said_in_one_text_and_claimed_in_another_is_an_attribution(
    lang, said, claimed
):
    report = _framed_report(lang, said, claimed)
    cue = "claimed" if lang == "en" else "mengklaim"
    assert [f for f in of_type(report, "attribution") if mentions(f, cue)]


@pytest.mark.parametrize(("lang", "said", "claimed"), _FRAMED_CASES)
def test_a_claim_about_something_else_is_no_pair_of_framings(lang, said, claimed):
    """The same two sources credited with two different claims (the second one shares no
    content word with the first): nothing to set side by side."""
    other = (
        "The occupation army claimed the fighters had fled north before dawn."
        if lang == "en"
        else "Tentara penjajah mengklaim para pejuang kabur ke utara sebelum fajar."
    )
    report = _framed_report(lang, said, other)
    cue = "claimed" if lang == "en" else "mengklaim"
    assert not [f for f in of_type(report, "attribution") if mentions(f, cue)]
