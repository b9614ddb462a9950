"""Rules added after blind review 5 (portal-shaped articles: several pages, quotes carried by
"ujarnya", court cases, election tallies, tolls revised over time), pinned with sentences
written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise
from kroscek.extract.numbers import extract_numbers
from kroscek.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("lang", "text", "span", "value"),
    [
        (
            "id",
            "Pengadilan menghukum bendahara desa itu 3 tahun 4 bulan penjara.",
            "3 tahun 4 bulan",
            3 + 4 / 12,
        ),
        (
            "id",
            "Ia dihukum dua tahun dan enam bulan kurungan oleh majelis.",
            "dua tahun dan enam bulan",
            2.5,
        ),
        (
            "en",
            "The former mayor was sentenced to four years and three months in prison.",
            "four years and three months",
            4.25,
        ),
    ],
)
def test_a_term_of_years_and_months_is_one_figure(
    lang: str, text: str, span: str, value: float
) -> None:
    facts = [f for f in extract_numbers(text, lang) if f.label == "year"]
    assert [(f.text, f.value) for f in facts] == [(span, pytest.approx(value))]
    assert not [f for f in extract_numbers(text, lang) if f.label == "month"]


@pytest.mark.parametrize(
    ("lang", "text", "not_counted"),
    [
        (
            "id",
            "Jaksa menjerat terdakwa dengan Pasal 5 ayat (2) dan memanggil 40 saksi.",
            {2.0, 5.0},
        ),
        (
            "en",
            "Prosecutors charged him under section 4 of the act and questioned 12 people.",
            {4.0},
        ),
    ],
)
def test_the_number_of_a_law_article_or_paragraph_is_no_count(
    lang: str, text: str, not_counted: set[float]
) -> None:
    values = {f.value for f in extract_numbers(text, lang)}
    assert not values & not_counted
    assert values  # the witnesses are still counted


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "Majelis hakim memvonis mantan camat Sukaraja itu 5 tahun penjara pada Senin "
            "(9/3/2026) karena korupsi dana desa.",
            "Majelis hakim memvonis mantan camat Sukaraja itu 5 tahun 3 bulan penjara pada Senin "
            "(9/3/2026) karena korupsi dana desa.",
            ("5 tahun", "5 tahun 3 bulan"),
        ),
        (
            "A court sentenced the former port director to 7 years in prison on Monday for "
            "taking bribes from shipping firms.",
            "A court sentenced the former port director to 7 years and 6 months in prison on "
            "Monday for taking bribes from shipping firms.",
            ("7 years", "7 years and 6 months"),
        ),
    ],
)
def test_terms_that_differ_by_their_months_conflict(a: str, b: str, words: tuple[str, str]) -> None:
    report = run(("Vonis", a), ("Vonis", b))
    found = of_type(report, "conflict", "number:year")
    assert len(found) == 1 and mentions(found[0], *words)
    assert not [f for f in of_type(report, "agreement") if f.slot == "number:year"]


def test_a_bound_in_a_quote_does_not_hide_an_exact_rival_figure() -> None:
    a = (
        "Pengadilan menghukum mantan kepala desa Cibeureum 4 tahun penjara karena menggelapkan "
        "dana bantuan."
    )
    b = (
        "Pengadilan menghukum mantan kepala desa Cibeureum 4 tahun 6 bulan penjara karena "
        "menggelapkan dana bantuan.\n\n"
        '"Hukuman 4 tahun lebih itu masih terlalu ringan," kata aktivis antikorupsi Rina Marlina.'
    )
    found = of_type(run(("Vonis", a), ("Vonis", b)), "conflict", "number:year")
    assert len(found) == 1 and mentions(found[0], "4 tahun", "4 tahun 6 bulan")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "“Jembatan itu akan kami bangun ulang,” kata Bupati Rahmat Hidayat.\n\n"
            "Direktur lembaga lingkungan setempat, Siti Aminah, mengkritik lambatnya penanganan. "
            "“Warga sudah menunggu tiga bulan,” ujarnya.",
            "id",
            "Siti Aminah",
        ),
        (
            "“We will rebuild the bridge,” said Mayor John Carter.\n\n"
            "The head of the residents' association, Laura Benning, criticised the delay. "
            "“People have waited three months,” she said.",
            "en",
            "Laura Benning",
        ),
    ],
)
def test_a_pronoun_quote_goes_to_the_one_person_of_the_sentence_before(
    text: str, lang: str, speaker: str
) -> None:
    qs = extract_quotes(text, lang, entities=recognise(text, lang))
    assert qs[-1].attrs["speaker"] == speaker


def test_a_one_word_speaker_spelt_like_a_word_of_the_full_name_is_the_same_person() -> None:
    quote = "Kami sudah menyalurkan beras ke semua posko pengungsian sejak pagi"
    a = (
        f"Bantuan tiba di Kecamatan Wonoasri pada Selasa.\n\n“{quote},” kata Kepala Dinas Sosial "
        f"Dedy Kurniawan."
    )
    b = (
        "Bantuan tiba di Kecamatan Wonoasri pada Selasa. Kepala Dinas Sosial Dedy Kurniawan "
        f"memantau penyaluran.\n\n“{quote},” ujar Dedi."
    )
    assert not of_type(run(("Bantuan", a), ("Bantuan", b)), "conflict", "quote:speaker")


@pytest.mark.parametrize(
    ("a", "b", "a_word", "b_word", "quoted"),
    [
        (
            "Militants attacked a police post near the border on Monday, killing two officers. "
            "“These terrorists will be hunted down,” the governor said.",
            "Terrorists attacked a police post near the border on Monday, killing two officers.",
            "Militants",
            "Terrorists",
            "These terrorists",
        ),
        (
            "Kelompok militan menyerang pos polisi di perbatasan pada Senin. Televisi pemerintah "
            "menyebut mereka “teroris” dalam siaran malam.",
            "Kelompok teroris menyerang pos polisi di perbatasan pada Senin.",
            "militan",
            "teroris",
            "“teroris”",
        ),
    ],
)
def test_a_framing_word_inside_quotation_marks_is_not_the_outlets(
    a: str, b: str, a_word: str, b_word: str, quoted: str
) -> None:
    found = of_type(run(("Serangan", a), ("Serangan", b)), "framing", "framing:armed_group")
    assert len(found) == 1 and mentions(found[0], a_word, b_word)
    a_evidence = [e for e in found[0].evidence if e.article == "mem:0"]
    assert all(e.text.casefold() != b_word.casefold() for e in a_evidence)


def attributions(text: str, lang: str):
    ents = recognise(text, lang)
    quotes = extract_quotes(text, lang, entities=ents)
    return extract_attributions(text, lang, entities=ents, quotes=quotes)


@pytest.mark.parametrize(
    ("text", "lang", "covered"),
    [
        (
            "The airline will cut 300 flights in March, the company's chief executive, Maria "
            "Lopez, "
            "told reporters in Madrid.",
            "en",
            "300 flights",
        ),
        (
            "The rivers in the valley could rise by two metres before Friday, the weather office "
            "warned.",
            "en",
            "two metres",
        ),
    ],
)
def test_a_source_closing_the_sentence_covers_the_clause_before_it(
    text: str, lang: str, covered: str
) -> None:
    at = text.index(covered)
    facts = attributions(text, lang)
    assert any(f.attrs["scope"][0] <= at < f.attrs["scope"][1] for f in facts)


def test_a_statement_naming_its_source_spelt_another_way_is_no_attribution_difference() -> None:
    a = (
        "Provincial spokesman Hamid Qureshy condemned the bombing of the rail line near Sibi on "
        "Friday."
    )
    b = (
        "Provincial spokesman Hamid Qureshi said the bombing of the rail line near Sibi on "
        "Friday was cowardly."
    )
    assert not of_type(run(("Blast", a), ("Blast", b)), "attribution")


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "Banjir merendam Kecamatan Baebunta. Sebanyak 480 warga mengungsi ke balai desa.",
            "Banjir merendam Kecamatan Baebunta. Jumlah pengungsi mencapai 840 orang.\n\n"
            "“Rumah kami hanyut,” ujar Wa Ode Nurlia, seorang pengungsi yang kehilangan dua "
            "anggota keluarganya.",
            ("480 warga", "840 orang"),
        ),
    ],
)
def test_a_generic_total_beside_a_groups_part_is_still_the_total(
    a: str, b: str, words: tuple[str, str]
) -> None:
    found = of_type(run(("Banjir", a), ("Banjir", b)), "conflict")
    assert any(mentions(f, *words) for f in found)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "event"),
    [
        (
            "id",
            "Korban meninggal akibat banjir bandang di Kecamatan Sukamaju, Kabupaten Luwu Utara, "
            "kini mencapai 15 orang.",
            "15 orang",
            "killed",
        ),
        ("id", "Korban Banjir Luwu Capai 15 Orang, Tiga Masih Hilang", "15 Orang", None),
    ],
)
def test_the_outcome_of_a_figure_is_that_of_its_own_clause(
    lang: str, text: str, figure: str, event: str | None
) -> None:
    fact = next(f for f in extract_numbers(text, lang) if f.text == figure)
    assert fact.attrs.get("event") == event


def test_two_tolls_each_reached_by_its_articles_subject_conflict() -> None:
    a = (
        "Korban meninggal akibat banjir bandang di Kecamatan Sukamaju, Kabupaten Luwu Utara, kini "
        "mencapai 15 orang. Sebelumnya dilaporkan 9 orang meninggal."
    )
    b = (
        "Korban meninggal akibat banjir bandang di Kecamatan Sukamaju, Luwu Utara, bertambah "
        "menjadi 18 orang."
    )
    found = of_type(
        run(("Korban Banjir Capai 15 Orang", a), ("Korban Banjir Jadi 18 Orang", b)), "conflict"
    )
    assert any(mentions(f, "15 orang", "18 orang") for f in found)
    assert not any(mentions(f, "9 orang") for f in found)  # the earlier figure is an update


@pytest.mark.parametrize(
    ("title", "expect"),
    [
        ("Rute Baru Dibuka, Tiket Promo Rp 720 Ribu", True),
        ("Rute Baru Dibuka, Tiket Promo Rp 270 Ribu", False),
    ],
)
def test_a_headline_amount_the_body_gives_for_something_else_is_a_mismatch(
    title: str, expect: bool
) -> None:
    body = (
        "Maskapai itu membuka rute Ambon-Tual mulai Senin. Harga tiket promosi pada bulan "
        "pertama dipatok Rp 270.000 sekali jalan.\n\nSetelah masa itu, tarif normal berkisar "
        "Rp 720.000, kata manajer maskapai."
    )
    found = of_type(run((title, body), ("Rute Ambon-Tual Dibuka", body)), "headline_mismatch")
    assert bool(found) == expect
    if expect:
        assert mentions(found[0], "Rp 720 Ribu", "Rp 270.000")


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (
            "Ledakan terjadi di tambang emas itu pada Rabu malam. Sebanyak 40 pekerja dievakuasi, "
            "sementara tiga penambang masih terjebak di kedalaman 300 meter.",
            "Ledakan terjadi di tambang emas itu pada Rabu malam. Menurut polisi, tiga orang masih "
            "terjebak di bawah tanah.",
            ("tiga penambang", "tiga orang"),
        ),
        (
            "Floods hit the district on Monday. Aid workers reported cholera among children in "
            "two camps near the river town.",
            "Floods hit the district on Monday. Health officials reported cholera among children "
            "in two displacement camps near the river town.",
            ("two camps", "two displacement camps"),
        ),
    ],
)
def test_one_small_count_in_two_wordings_agrees(a: str, b: str, words: tuple[str, str]) -> None:
    report = run(("Berita", a), ("Berita", b))
    assert any(mentions(f, *words) for f in of_type(report, "agreement"))
    assert not [f for f in of_type(report, "unique") if mentions(f, words[0])]


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "Sebanyak 20 korban luka dibawa ke RSUD Sumbawa, tiga di antaranya dalam kondisi "
            "kritis.",
            "tiga",
            "critical",
        ),
        ("Enam di antaranya meninggal dalam perjalanan ke rumah sakit.", "Enam", "killed"),
    ],
)
def test_a_number_word_counting_part_of_a_group_with_an_outcome_is_a_count(
    text: str, figure: str, event: str
) -> None:
    fact = next(f for f in extract_numbers(text, "id") if f.text == figure)
    assert fact.attrs.get("event") == event


def test_a_number_word_counting_part_of_a_group_without_an_outcome_is_no_count() -> None:
    assert not extract_numbers("Tiga di antaranya sudah pulang ke rumah masing-masing.", "id")
