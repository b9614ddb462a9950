"""Alignment finds shared passages despite small edits, paraphrases, and unique sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kroscek.align import align
from kroscek.align.verbatim import same_word, shared_runs
from kroscek.align.words import word_key, words
from kroscek.data import Article
from kroscek.settings import Settings


def art(aid: str, text: str, lang: str = "id", title: str = "Judul") -> Article:
    return Article(id=aid, source=f"outlet-{aid}", title=title, text=text, lang=lang)


ID_A = (
    "Banjir bandang melanda Kabupaten Garut pada Senin malam dan menewaskan 12 orang, "
    "menurut badan penanggulangan bencana setempat.\n\n"
    "“Kami akan melakukan apa pun untuk menolong warga yang masih terjebak di atap rumah,” "
    "kata Bupati Garut Rudy Gunawan kepada wartawan di posko pengungsian.\n\n"
    "Hujan deras mengguyur kawasan hulu sungai sejak sore hari. Air naik dengan cepat."
)
ID_B = (
    "Sebanyak 12 orang tewas akibat banjir bandang yang menerjang Kabupaten Garut pada "
    "Senin malam.\n\n"
    '"Kami akan melakukan apapun untuk menolong warga yang masih terjebak di atap rumah," '
    "ujar Bupati Garut Rudi Gunawan kepada wartawan di posko pengungsian.\n\n"
    "Pemerintah provinsi mengirim 300 personel tambahan ke lokasi."
)
EN_A = (
    "A magnitude 6.1 earthquake struck off the coast of Sulawesi on Tuesday, killing at least "
    "nine people, the disaster agency said.\n\n"
    "“We are still searching the collapsed buildings for anyone who may be trapped inside,” "
    "agency spokesman Abdul Muhari told reporters in Jakarta.\n\n"
    "Aftershocks were felt for several hours."
)
EN_B = (
    "At least nine people were killed when a 6.1 magnitude quake hit off the Sulawesi coast "
    "on Tuesday.\n\n"
    '"We are still searching the collapsed buildings for anyone who may be trapped inside," '
    "spokesman Abdul Muhari told reporters in Jakarta.\n\n"
    "The region sits on the Pacific Ring of Fire."
)


@pytest.mark.parametrize(
    ("left", "right"),
    [("Hizbullah", "Hizbulah"), ("“Anda", '"anda'), ("Émile", "emile"), ("1,5", "1.5")],
)
def test_word_keys_ignore_case_quotes_accents_and_doubled_letters(left: str, right: str) -> None:
    assert word_key(words(left)[0].key) == word_key(words(right)[0].key)


@pytest.mark.parametrize(
    ("a", "b", "lang", "quote_start"),
    [(ID_A, ID_B, "id", "Kami akan melakukan"), (EN_A, EN_B, "en", "We are still searching")],
)
def test_shared_quote_is_one_verbatim_passage_despite_small_edits(
    a: str, b: str, lang: str, quote_start: str
) -> None:
    al = align([art("a", a, lang), art("b", b, lang)])
    verbatim = [p for p in al.shared if p.kind == "verbatim"]
    assert verbatim, "the copied quote must be found"
    longest = max(verbatim, key=lambda p: len(p.text))
    assert longest.text.startswith(quote_start)
    assert "posko pengungsian" in longest.text or "Jakarta" in longest.text
    occ_a, occ_b = longest.occurrences
    # offsets index each article's own text
    assert a[occ_a.start : occ_a.end] == longest.text
    assert b[occ_b.start : occ_b.end].startswith(quote_start)
    assert 0.85 <= longest.similarity <= 1.0


@pytest.mark.parametrize(
    ("a", "b", "lang", "words_a", "words_b"),
    [
        (ID_A, ID_B, "id", "Banjir bandang melanda", "Sebanyak 12 orang tewas"),
        (EN_A, EN_B, "en", "A magnitude 6.1", "At least nine people"),
    ],
)
def test_reworded_sentences_are_paraphrase_pairs(
    a: str, b: str, lang: str, words_a: str, words_b: str
) -> None:
    al = align([art("a", a, lang), art("b", b, lang)])
    para = [p for p in al.shared if p.kind == "paraphrase"]
    assert any(
        a[p.occurrences[0].start :].startswith(words_a)
        and b[p.occurrences[1].start :].startswith(words_b)
        for p in para
    )


@pytest.mark.parametrize(
    ("a", "b", "lang", "unique_a", "unique_b"),
    [
        (ID_A, ID_B, "id", "Hujan deras", "Pemerintah provinsi"),
        (EN_A, EN_B, "en", "Aftershocks were felt", "The region sits"),
    ],
)
def test_sentences_without_counterpart_are_unique(
    a: str, b: str, lang: str, unique_a: str, unique_b: str
) -> None:
    al = align([art("a", a, lang), art("b", b, lang)])
    assert any(a[s.start : s.end].startswith(unique_a) for s in al.unique["a"])
    assert any(b[s.start : s.end].startswith(unique_b) for s in al.unique["b"])
    # the shared quote is never unique
    assert not any("Kami akan" in a[s.start : s.end] for s in al.unique["a"])


def test_passages_shorter_than_the_minimum_are_not_reported() -> None:
    a = art("a", "Presiden tiba di Jakarta pada pagi hari ini. Lalu pulang.")
    b = art("b", "Menurut sumber, presiden tiba di Jakarta pada pagi hari ini. Lain lagi.")
    assert not [p for p in align([a, b]).shared if p.kind == "verbatim"]
    short = Settings(min_shared_chars=20)
    assert [p for p in align([a, b], short).shared if p.kind == "verbatim"]


def test_three_articles_sharing_one_passage_give_one_passage_with_three_occurrences() -> None:
    quote = (
        "“Kami tidak akan mundur sedikit pun dari tuntutan kenaikan upah minimum tahun depan,” "
        "kata Ketua Serikat Pekerja Andi Saputra."
    )
    arts = [
        art("a", "Ribuan buruh berunjuk rasa di depan gedung DPR. " + quote),
        art("b", quote + " Aksi berlangsung hingga sore."),
        art(
            "c", "Polisi mengerahkan 2.000 personel. " + quote.replace("sedikit pun", "sedikitpun")
        ),
    ]
    verbatim = [p for p in align(arts).shared if p.kind == "verbatim"]
    assert len(verbatim) == 1
    assert {o.article for o in verbatim[0].occurrences} == {"a", "b", "c"}


def test_reordered_paragraphs_are_still_found() -> None:
    p1 = "Harga beras medium di pasar induk naik menjadi Rp14.000 per kilogram pekan ini."
    p2 = "Pedagang mengeluhkan pasokan dari sentra produksi di Jawa Tengah yang terus menurun."
    a = art("a", f"{p1}\n\n{p2}")
    b = art("b", f"{p2}\n\n{p1}")
    verbatim = [p for p in align([a, b]).shared if p.kind == "verbatim"]
    assert len(verbatim) == 2


def test_runs_tolerate_a_split_compound_and_a_one_letter_slip() -> None:
    a = words("mereka akan melakukan apa pun demi membantu kelompok Hizbullah di Lebanon selatan")
    b = words("mereka akan melakukan apapun demi membantu kelompok Hizbulah di Lebanon selatan")
    runs = shared_runs(a, b)
    assert len(runs) == 1
    assert (runs[0].a0, runs[0].a1, runs[0].b0, runs[0].b1) == (0, len(a), 0, len(b))


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("12", "15", False),
        ("1.200", "1.400", False),
        ("Teheran", "Taheran", True),
        ("kata", "kita", False),
    ],
)
def test_numbers_and_short_words_are_never_fuzzy_matched(left: str, right: str, same: bool) -> None:
    assert same_word(words(left)[0], words(right)[0]) is same


def test_empty_and_one_word_articles_align_to_nothing() -> None:
    al = align([art("a", "Halo."), art("b", "")])
    assert al.shared == ()
    assert al.unique["b"] == ()


_WORDS = [
    "banjir",
    "Garut",
    "12",
    "orang",
    "tewas",
    "kata",
    "Bupati",
    "“",
    "”",
    ",",
    ".",
    "apa",
    "pun",
    "apapun",
    "Hizbullah",
    "Hizbulah",
    "the",
    "storm",
    "killed",
    "1.200",
    "\n\n",
    "é",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=0, max_size=80),
    st.lists(st.sampled_from(_WORDS), min_size=0, max_size=80),
    st.sampled_from(["id", "en"]),
)
def test_alignment_offsets_always_index_the_articles_own_text(
    wa: list[str], wb: list[str], lang: str
) -> None:
    a, b = art("a", " ".join(wa), lang), art("b", " ".join(wb), lang)
    texts = {"a": a.text, "b": b.text}
    al = align([a, b], Settings(min_shared_chars=10))
    for p in al.shared:
        assert len(p.occurrences) >= 2
        first = p.occurrences[0]
        assert texts[first.article][first.start : first.end] == p.text
        for o in p.occurrences:
            assert 0 <= o.start < o.end <= len(texts[o.article])
    for aid, spans in al.unique.items():
        for s in spans:
            assert 0 <= s.start < s.end <= len(texts[aid])


def test_a_paragraph_repeated_in_one_article_is_not_merged_into_one_giant_span() -> None:
    para = "Harga beras medium di pasar induk naik menjadi empat belas ribu rupiah per kilogram."
    middle = " ".join(["Kalimat lain yang sama sekali tidak berhubungan dengan harga."] * 5)
    a = art("a", f"{para}\n\n{middle}\n\n{para}")
    b = art("b", f"Pedagang mengeluh. {para}")
    for p in align([a, b]).shared:
        for o in p.occurrences:
            assert o.end - o.start <= len(para) + 2


@pytest.mark.parametrize(
    ("lang", "long", "two"),
    [
        (
            "id",
            "Gempa mengguncang Cianjur pada Senin siang dan merusak ribuan rumah warga "
            "sehingga pemerintah daerah menetapkan status tanggap darurat selama dua pekan.",
            "Gempa mengguncang Cianjur pada Senin siang dan merusak ribuan rumah warga. "
            "Pemerintah daerah lalu menetapkan status tanggap darurat selama dua pekan.",
        ),
        (
            "en",
            "The quake struck the coastal city on Monday and damaged thousands of homes, "
            "prompting the regional government to declare a two-week state of emergency.",
            "The quake struck the coastal city on Monday and damaged thousands of homes. "
            "The regional government then declared a two-week state of emergency.",
        ),
    ],
)
def test_one_long_sentence_pairs_with_the_two_sentences_that_say_the_same(
    lang: str, long: str, two: str
) -> None:
    a = art("a", f"Berita pembuka yang berbeda sama sekali.\n\n{long}", lang)
    b = art("b", f"{two}\n\nPenutup lain yang tidak ada di sumber pertama.", lang)
    al = align([a, b], Settings(min_shared_chars=500))  # no verbatim help
    partners_of_long = [p for p in al.pairs if a.text[p.a.span.start :].startswith(long[:20])]
    assert len(partners_of_long) == 2
    assert not any(b.text[s.start :].startswith(two[:20]) for s in al.unique["b"])


def test_a_passage_does_not_start_with_the_tail_of_the_previous_sentence() -> None:
    quote = (
        "“Para prajurit kita bertempur dengan gagah berani sampai bala bantuan tiba di lokasi,” "
        "kata juru bicara pemerintah."
    )
    a = art("a", f"Serangan itu menewaskan 21 tentara. {quote}")
    b = art("b", f"Kelompok itu menewaskan 29 tentara. {quote}")
    verbatim = [p for p in align([a, b]).shared if p.kind == "verbatim"]
    assert len(verbatim) == 1
    assert verbatim[0].text.startswith("Para prajurit")


@pytest.mark.parametrize(
    ("lang", "copied", "after"),
    [
        (
            "id",
            "Nelayan meminta pemerintah kabupaten membuka data pencemaran teluk kepada publik.",
            "Ahli kelautan dari universitas swasta di Kendari menilai data pencemaran itu "
            "harus dibuka kepada publik sebelum izin diperpanjang.",
        ),
        (
            "en",
            "Divers pulled passengers from the flooded cabin of the capsized ferry at dawn.",
            "One passenger said the ferry capsized within minutes of leaving the pier.",
        ),
    ],
)
def test_a_sentence_next_to_a_copied_one_is_not_its_continuation(
    lang: str, copied: str, after: str
) -> None:
    a = art("a", f"{copied}\n\nPembuka lain yang sama sekali berbeda isinya.", lang)
    b = art("b", f"{copied} {after}", lang)
    al = align([a, b], Settings())
    assert not [p for p in al.pairs if b.text[p.b.span.start :].startswith(after[:20])]
