"""Rules added after compare review 32 (one figure told two ways left as two uniques, or two
groups joined as one): a capacity's words reach no figure past another figure; a part of a
whole takes the outcome of its own verb; the two sides of a clash share no toll; two hedged
crowds told in one wording, and two sole counts of one noun with one predicate, are one
quantity; a tally revised in one text is a later count against the others' earlier figure;
the two parties of a two-sided story and a vague span every text tells are no uniques; an
outcome written past the number reader's reach, a noun-less revised count's subject and a
figure listed after another's noun are read. Pinned with sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.capacity import is_capacity
from kroscek.data import Article, Fact
from test_extract_linking import article


def _found(kind: str, *texts: tuple[str, str], words: tuple[str, ...]) -> bool:
    """Whether comparing the articles gives a finding of ``kind`` holding every word."""
    return any(mentions(f, *words) for f in of_type(run(*texts), kind))


def _number(art: Article, written: str) -> Fact:
    return next(f for f in art.facts if f.kind == "number" and f.text == written)


# --- a capacity's words reach no figure past another figure ---


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        ("Rutan yang berkapasitas 150 orang saat ini dihuni 620 warga binaan.", "620", False),
        ("Rutan yang berkapasitas 150 orang saat ini dihuni 620 warga binaan.", "150", True),
        ("The jail, built to hold 200 inmates, now houses 540 inmates.", "540", False),
        ("Stadion itu mampu menampung 40.000 penonton.", "40.000", True),
    ],
)
def test_a_capacity_names_the_figure_right_after_its_words_not_one_past_another(
    text, written, expected
):
    art = article(0, text, "en" if text.startswith("The") else "id")
    fact = next(f for f in art.facts if f.kind == "number" and f.text.startswith(written))
    assert is_capacity(art, fact) is expected


def _prison(a_count: str, b_count: str) -> tuple[tuple[str, str], tuple[str, str]]:
    a = (
        "Napi Kabur dari Rutan Sungai Lintang",
        "Warta Lintang – Lima narapidana kabur dari Rutan Sungai Lintang, Sabtu (7/3/2026) "
        "dini hari.\n\n"
        f"Rutan yang berkapasitas 150 orang itu saat ini dihuni {a_count} warga binaan.\n\n"
        "Polisi masih memburu para narapidana.",
    )
    b = (
        "Lima Warga Binaan Kabur dari Rutan Sungai Lintang",
        "Kabar Hulu – Lima warga binaan melarikan diri dari Rutan Sungai Lintang, Sabtu "
        "(7/3/2026).\n\n"
        f"Menurut kepala rutan, rutan itu dihuni {b_count} warga binaan, padahal "
        "kapasitasnya hanya 150 orang.\n\n"
        "Petugas gabungan menyisir hutan di sekitar rutan.",
    )
    return a, b


@pytest.mark.parametrize(
    ("a_count", "b_count", "conflict"),
    [("620", "260", True), ("480", "840", True), ("620", "620", False)],
)
def test_a_population_beside_a_capacity_conflicts_with_another_texts_population(
    a_count, b_count, conflict
):
    a, b = _prison(a_count, b_count)
    found = _found("conflict", a, b, words=(f"{a_count} warga", f"{b_count} warga"))
    assert found is conflict


# --- a part of a whole takes the outcome past the whole's relative clause ---


def _recaptured(part: str, other: str, lang: str) -> tuple[tuple[str, str], tuple[str, str]]:
    if lang == "en":
        return (
            (
                "Seven inmates escape island jail",
                "Harbour Post - Seven inmates escaped from the island jail before dawn on "
                f"Sunday, the warden said. {part} of the seven inmates who escaped were "
                "arrested again on Sunday afternoon in a plantation.",
            ),
            (
                "Inmates flee island jail",
                "Coast Wire - Seven inmates fled the island jail early on Sunday. "
                f"{other} inmates were arrested again on Sunday afternoon, police said.",
            ),
        )
    return (
        (
            "Tujuh Napi Kabur dari Rutan Pulau",
            "Warta Pulau – Tujuh narapidana kabur dari rutan pulau, Minggu (8/3/2026) dini "
            f"hari. {part} dari tujuh napi yang kabur berhasil ditangkap kembali pada Minggu "
            "siang di sebuah kebun.",
        ),
        (
            "Napi Kabur dari Rutan Pulau",
            "Kabar Pesisir – Tujuh warga binaan melarikan diri dari rutan pulau, Minggu "
            f"(8/3/2026). {other} warga binaan telah diamankan kembali pada Minggu siang.",
        ),
    )


@pytest.mark.parametrize(
    ("part", "other", "lang"),
    [("Dua", "Dua", "id"), ("Tiga", "Tiga", "id"), ("Two", "Two", "en")],
)
def test_a_part_of_the_escaped_arrested_again_is_no_unique_beside_the_same_count(part, other, lang):
    a, b = _recaptured(part, other, lang)
    uniques = of_type(run(a, b), "unique")
    assert not any(mentions(f, part) for f in uniques)


def test_a_part_of_the_escaped_arrested_again_still_meets_another_count_of_the_arrested():
    a, b = _recaptured("Dua", "Empat", "id")
    assert _found("conflict", a, b, words=("Dua", "Empat warga binaan"))


# --- the two sides of a clash share no toll ---


def _clash(a_side: str, b_side: str, between: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    opening = (
        "Bentrokan pecah antara warga Desa Rambai dengan petugas keamanan perusahaan"
        if between
        else "Bentrokan pecah di lahan sengketa Desa Rambai"
    )
    a = (
        "Bentrok di Lahan Sengketa Rambai",
        f"Suara Desa – {opening}, Kamis (5/3/2026).\n\n"
        f"{a_side} mengalami luka akibat pukulan benda tumpul.\n\n"
        "Polisi menangkap sebelas orang setelah kericuhan.",
    )
    b = (
        "Penertiban Lahan Rambai Ricuh",
        "Warta Kebun – Penertiban lahan di Desa Rambai berujung ricuh, Kamis (5/3/2026).\n\n"
        f"Dalam kericuhan itu, {b_side} mengalami luka di kepala.\n\n"
        "Polisi mengamankan sebelas orang untuk dimintai keterangan.",
    )
    return a, b


@pytest.mark.parametrize(
    ("a_side", "b_side", "between", "joined"),
    [
        ("Lima warga", "tiga petugas keamanan perusahaan", True, False),
        ("Enam warga", "dua petugas keamanan perusahaan", True, False),
        ("Lima warga", "tiga warga", True, True),
        ("Lima warga", "tiga petugas keamanan perusahaan", False, True),
    ],
)
def test_the_injured_of_the_two_sides_of_a_clash_are_two_tolls(a_side, b_side, between, joined):
    a, b = _clash(a_side, b_side, between)
    words = (a_side.split()[0], b_side.split()[0])
    assert _found("conflict", a, b, words=words) is joined


# --- two hedged crowds told in one wording ---


def _crowd(a_crowd: str, b_crowd: str, b_act: str, lang: str) -> tuple[tuple[str, str], ...]:
    if lang == "en":
        return (
            (
                "Villagers block excavators at disputed plantation",
                f"Plains Post - Police detained 11 farmers on Thursday after {a_crowd} "
                "blocked the heavy machinery of the plantation company.",
            ),
            (
                "Clearing of plantation land turns violent",
                f"Estate Wire - According to the company, {b_crowd} {b_act} and threw "
                "stones at the guards on Thursday.",
            ),
        )
    return (
        (
            "Bentrok Warga dan Perusahaan Sawit",
            f"Suara Desa – Polisi menangkap 11 petani, Kamis (5/3/2026). Bentrokan bermula "
            f"ketika {a_crowd} menghadang alat berat perusahaan.",
        ),
        (
            "Penertiban Lahan Sawit Ricuh",
            f"Warta Kebun – Menurut dia, {b_crowd} {b_act} dan melempari petugas dengan batu, "
            "Kamis (5/3/2026).",
        ),
    )


@pytest.mark.parametrize(
    ("a_crowd", "b_crowd", "b_act", "lang", "joined"),
    [
        ("sekitar 200 warga", "sekitar 300 orang", "menghadang alat berat", "id", True),
        ("sekitar 400 warga", "sekitar 600 orang", "menghadang alat berat", "id", True),
        ("about 200 villagers", "about 300 people", "blocked the heavy machinery", "en", True),
        ("sekitar 200 warga", "sekitar 300 orang", "berkumpul di balai desa", "id", False),
    ],
)
def test_two_hedged_crowds_doing_one_thing_in_like_words_conflict(
    a_crowd, b_crowd, b_act, lang, joined
):
    a, b = _crowd(a_crowd, b_crowd, b_act, lang)
    words = (a_crowd.split()[1], b_crowd.split()[1])
    assert _found("conflict", a, b, words=words) is joined


# --- two sole counts of one noun with one predicate ---


def _ruling(a_count: str, b_count: str, b_act: str) -> tuple[tuple[str, str], ...]:
    a = (
        "MK Turunkan Ambang Batas Parlemen",
        "Kabar Hukum – Mahkamah Konstitusi menurunkan ambang batas parlemen, Kamis "
        f"(19/3/2026). {a_count} hakim konstitusi menyatakan pendapat berbeda dan menilai "
        "besaran ambang batas merupakan kewenangan pembentuk undang-undang.",
    )
    b = (
        "Ambang Batas Parlemen Diturunkan MK",
        "Warta Negara – Putusan Mahkamah Konstitusi soal ambang batas parlemen dibacakan "
        f"Kamis (19/3/2026). {b_count} hakim, yakni Budi Santoso, Rina Wulandari, dan Yoga "
        f"Pratama, {b_act}.",
    )
    return a, b


@pytest.mark.parametrize(
    ("a_count", "b_count", "b_act", "joined"),
    [
        ("Empat", "Tiga", "menyatakan pendapat berbeda", True),
        ("Lima", "Tiga", "menyatakan pendapat berbeda", True),
        ("Empat", "Dua", "menyatakan pendapat berbeda", True),
        ("Empat", "Tiga", "membacakan amar putusan", False),
    ],
)
def test_two_sole_counts_of_one_noun_with_one_predicate_conflict(a_count, b_count, b_act, joined):
    a, b = _ruling(a_count, b_count, b_act)
    words = (f"{a_count} hakim", f"{b_count} hakim")
    assert _found("conflict", a, b, words=words) is joined


# --- a tally in a unit revised in one text is a later count ---


def _burnt(c_opening: str, c_earlier: str) -> tuple[tuple[str, str], ...]:
    a = (
        "Karhutla Meluas, 2.340 Hektare Lahan Terbakar",
        "Warta Gambut – Luas lahan yang terbakar di provinsi itu mencapai 2.340 hektare, "
        "menurut kementerian, Selasa (15/9/2026).\n\nPetugas memadamkan api di lahan gambut.",
    )
    b = (
        "Kabut Asap Makin Pekat",
        "Suara Asap – Kementerian mencatat luas lahan yang terbakar telah mencapai 2.340 "
        "hektare, Selasa (15/9/2026).\n\nSekolah diliburkan selama tiga hari.",
    )
    c = (
        "Luas Karhutla Bertambah",
        f"Kabar Hutan – {c_opening} hingga Rabu (16/9/2026), menurut data terbaru "
        f"kementerian. {c_earlier}\n\nPemadaman dilakukan dari udara.",
    )
    return a, b, c


@pytest.mark.parametrize(
    ("c_opening", "c_earlier", "later"),
    [
        (
            "Luas lahan yang terbakar bertambah menjadi 2.910 hektare",
            "Sehari sebelumnya kementerian mencatat 2.340 hektare.",
            "2.910",
        ),
        (
            "Luas lahan yang terbakar bertambah menjadi 3.100 hektare",
            "Sebelumnya, kementerian mencatat 2.340 hektare.",
            "3.100",
        ),
        (
            "Luas lahan yang terbakar meningkat menjadi 2.980 hektare",
            "Sehari sebelumnya kementerian mencatat 2.340 hektare.",
            "2.980",
        ),
    ],
)
def test_a_tally_revised_in_one_text_is_a_later_count_against_the_others_figure(
    c_opening, c_earlier, later
):
    found = [
        f
        for f in of_type(run(*_burnt(c_opening, c_earlier)), "conflict")
        if mentions(f, "2.340 hektare", f"{later} hektare")
    ]
    assert found and all(f.severity == "medium" for f in found)


def test_a_change_of_price_told_beside_its_old_price_is_no_later_count():
    a = ("Tarif Bus Naik", "Warta Kota – Tarif bus kota kini Rp 4.000 per orang, Senin.")
    b = ("Tarif Bus Kota", "Kabar Kota – Tarif bus kota Rp 4.000 per orang berlaku Senin.")
    c = (
        "Tarif Bus Naik Lagi",
        "Suara Kota – Tarif bus kota naik menjadi Rp 5.000 per orang, Senin. Sebelumnya, "
        "dinas mencatat tarif Rp 4.000.",
    )
    conflicts = of_type(run(a, b, c), "conflict")
    assert not any("pembaruan" in f.message for f in conflicts)


# --- the two parties of a two-sided story and a vague span told by all are no uniques ---


@pytest.mark.parametrize(
    ("en_phrase", "words", "unique"),
    [
        ("before the two governments agreed to a ceasefire", "two governments", False),
        ("before the two countries agreed to a ceasefire", "two countries", False),
        ("before the two neighbours agreed to a ceasefire", "two neighbours", False),
        ("before two countries agreed to send observers", "two countries", True),
    ],
)
def test_the_two_parties_of_a_two_sided_story_are_no_unique(en_phrase, words, unique):
    a = (
        "Border clash kills nine before ceasefire",
        "Frontier Wire - Troops of the two kingdoms exchanged artillery fire near the border "
        f"temple on Sunday, killing nine people {en_phrase} on Monday, officials said.",
    )
    b = (
        "Bentrok di Perbatasan, Sembilan Orang Tewas",
        "Lintas Batas – Pasukan kedua kerajaan saling tembak di dekat kuil perbatasan, "
        "Minggu (22/11/2026). Sembilan orang tewas sebelum kedua negara menyepakati gencatan "
        "senjata pada Senin.",
    )
    uniques = of_type(run(a, b), "unique")
    assert any(mentions(f, words) for f in uniques) is unique


@pytest.mark.parametrize(
    ("en_span", "unique"),
    [
        ("have disputed the border for decades", False),
        ("have disputed the border for years", False),
        ("have disputed the border since the treaty", True),
    ],
)
def test_a_vague_span_every_text_tells_is_no_unique(en_span, unique):
    a = (
        "Border clash kills nine",
        f"Frontier Wire - Nine people were killed on Sunday. The two kingdoms {en_span}.",
    )
    b = (
        "Bentrok di Perbatasan, Sembilan Orang Tewas",
        "Lintas Batas – Sembilan orang tewas pada Minggu (22/11/2026). Kedua kerajaan telah "
        "puluhan tahun bersengketa atas ruas perbatasan itu.",
    )
    uniques = of_type(run(a, b), "unique")
    assert any(mentions(f, "puluhan tahun") for f in uniques) is unique


# --- an outcome written past the number reader's reach, across languages ---


@pytest.mark.parametrize(
    ("en_count", "id_count", "id_verb", "conflict"),
    [
        ("About 12,000 villagers", "Sekitar 21.000 warga", "diungsikan", True),
        ("About 34,000 villagers", "Sekitar 43.000 warga", "diungsikan", True),
        ("About 12,000 residents", "Sekitar 21.000 warga", "diungsikan", True),
        ("About 12,000 villagers", "Sekitar 21.000 warga", "menonton pertunjukan", False),
    ],
)
def test_an_evacuation_told_past_the_figure_meets_a_translated_one(
    en_count, id_count, id_verb, conflict
):
    a = (
        "Border clash forces evacuations",
        f"Frontier Wire - {en_count} were evacuated from 40 villages along the frontier to "
        "temples and schools further inland, the governor said on Sunday.",
    )
    b = (
        "Warga Perbatasan Mengungsi",
        f"Lintas Batas – {id_count} dari 40 desa di sepanjang perbatasan {id_verb} ke kuil "
        "dan sekolah, Minggu (22/11/2026).",
    )
    words = (en_count.split()[1], id_count.split()[1])
    assert _found("conflict", a, b, words=words) is conflict


# --- a noun-less revised count takes its subject's outcome ---

_RAIL_LEAD = "An express train derailed near Raghunpur station late on Sunday night."


@pytest.mark.parametrize(
    ("b_update", "figure", "conflict"),
    [
        ("The number of people killed in the derailment rose to 23 on Monday", "23", True),
        ("The death toll from the derailment rose to 25 on Monday", "25", True),
        ("The number of people killed in the derailment climbed to 21 on Monday", "21", True),
        ("The number of coaches checked by engineers rose to 23 on Monday", "23", False),
    ],
)
def test_a_toll_revised_without_a_noun_is_a_later_count_over_a_bound(b_update, figure, conflict):
    a = (
        "Express train derails, killing 17",
        f"Plains Post - {_RAIL_LEAD} At least 17 people were killed when the coaches "
        "overturned, railway officials said.",
    )
    b = (
        "Train crash toll rises",
        f"Rail Wire - {_RAIL_LEAD} {b_update}, as rescuers cut through the wreckage. "
        "Seventeen people died at the scene, a district official said.",
    )
    assert _found("conflict", a, b, words=("17", figure)) is conflict


@pytest.mark.parametrize(
    ("lead", "a_bound", "b_exact", "agree"),
    [
        (_RAIL_LEAD, "At least 17 people were killed when", "Seventeen people died as", True),
        (_RAIL_LEAD, "At least 24 people were killed when", "Twenty-four people died as", True),
        (
            "Sebuah kereta ekspres anjlok di dekat Stasiun Raghunpur, Minggu (8/3/2026) malam.",
            "Sedikitnya 17 orang tewas ketika",
            "Sebanyak 17 orang meninggal dunia saat",
            True,
        ),
        (
            _RAIL_LEAD,
            "At least 17 people were killed when",
            "Seventeen people were rescued as",
            False,
        ),
    ],
)
def test_a_lower_bound_of_a_toll_agrees_with_the_exact_figure_it_was_written_at(
    lead, a_bound, b_exact, agree
):
    a = ("Train derails", f"Plains Post - {lead} {a_bound} the coaches overturned.")
    b = ("Express derails", f"Rail Wire - {lead} {b_exact} rescuers reached the wreck.")
    agreements = of_type(run(a, b), "agreement")
    assert any(mentions(f, "17" if "17" in a_bound else "24") for f in agreements) is agree


# --- a figure listed after another's noun ---


@pytest.mark.parametrize(
    ("en_list", "id_list", "figure"),
    [
        ("with 201 golds, ahead of hosts Japan with 52", "201 emas, disusul Jepang 52 emas", "52"),
        ("with 190 golds, ahead of Japan with 47", "190 emas, disusul Jepang 47 emas", "47"),
        (
            "with 201 golds, ahead of Japan with 52 and Korea with 44",
            "201 emas, disusul Jepang 52 emas dan Korea 44 emas",
            "44",
        ),
    ],
)
def test_a_figure_listed_after_another_figures_noun_counts_that_noun(en_list, id_list, figure):
    a = (
        "Games end with medal table set",
        f"Sports Wire - China topped the medal table of the regional games {en_list}.",
    )
    b = (
        "Tiongkok Juara Umum",
        f"Kabar Olahraga – Tiongkok menjadi juara umum dengan {id_list}.",
    )
    agreements = of_type(run(a, b), "agreement")
    assert any(mentions(f, figure) for f in agreements)


def test_a_figure_with_no_listed_figure_before_it_in_its_sentence_takes_no_noun():
    a = (
        "Games end with medal table set",
        "Sports Wire - China topped the medal table with 201 golds. Hosts Japan finished with 52.",
    )
    b = (
        "Tiongkok Juara Umum",
        "Kabar Olahraga – Tiongkok juara umum dengan 201 emas. Jepang 52 emas.",
    )
    agreements = of_type(run(a, b), "agreement")
    assert not any(mentions(f, "52") for f in agreements)


# --- one outcome's count written twice is one unique ---


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("Lima warga mengalami luka akibat pukulan benda tumpul.", 1),
        ("Kelima warga mengalami luka memar.", 1),
        ("Lima warga juga ditangkap polisi.", 2),
    ],
)
def test_one_outcomes_count_written_twice_is_one_unique(second, count):
    a = (
        "Bentrok di Lahan Sengketa",
        "Suara Desa – Polisi menangkap 11 petani setelah bentrokan yang melukai lima warga, "
        f"Kamis (5/3/2026).\n\nBentrokan bermula di lahan sengketa. {second}",
    )
    b = (
        "Penertiban Lahan Ricuh",
        "Warta Kebun – Polisi mengamankan 11 petani setelah kericuhan di lahan sengketa, "
        "Kamis (5/3/2026).",
    )
    uniques = [f for f in of_type(run(a, b), "unique") if mentions(f, "lima warga")]
    assert len(uniques) == count


# --- a speaker's figure both texts quote, beside one text's own newer figure ---


def _outbreak(b_now: str, b_quote: str) -> tuple[tuple[str, str], tuple[str, str]]:
    a = (
        "KLB Campak Ditetapkan di Tanah Datar",
        "Warta Sehat – Dinas Kesehatan menetapkan kejadian luar biasa campak, Senin "
        '(16/11/2026).\n\n"Kasus tersebar di enam kecamatan, paling banyak di pesisir," kata '
        "Kepala Dinas Kesehatan.\n\nPetugas mulai memeriksa anak-anak di posyandu.",
    )
    b = (
        "Kasus Campak Terus Bertambah",
        f"Kabar Daerah – Kasus suspek campak terus meningkat, Kamis (19/11/2026). {b_now}\n\n"
        f'"Kasus tersebar di {b_quote} kecamatan, paling banyak di pesisir," kata Kepala Dinas '
        "Kesehatan saat penetapan KLB pada Senin lalu.",
    )
    return a, b


@pytest.mark.parametrize(
    ("b_now", "b_quote", "words", "conflict"),
    [
        ("Kasus kini tersebar di delapan kecamatan.", "enam", ("enam", "delapan"), True),
        ("Kasus kini tersebar di sembilan kecamatan.", "enam", ("enam", "sembilan"), True),
        ("Kasus kini tersebar di 11 kecamatan.", "enam", ("enam", "11 kecamatan"), True),
        ("Kasus kini tersebar di delapan kecamatan.", "tujuh", ("enam", "delapan"), False),
    ],
)
def test_a_quoted_figure_both_texts_carry_meets_one_texts_own_newer_figure(
    b_now, b_quote, words, conflict
):
    a, b = _outbreak(b_now, b_quote)
    assert _found("conflict", a, b, words=words) is conflict


# --- a measure is written elsewhere only with its unit word after it ---


@pytest.mark.parametrize(
    ("b_sentence", "unique"),
    [
        ("Pengelola rusun mengungsikan 40 kepala keluarga ke aula.", True),
        ("Sebanyak 40 warga dievakuasi ke aula.", True),
        ("Luka bakar korban mencapai 40 persen tubuhnya.", False),
    ],
)
def test_a_measure_is_not_taken_as_written_by_a_text_whose_same_digits_count_another_thing(
    b_sentence, unique
):
    a = (
        "Tabung Gas Meledak di Rusun",
        "Kabar Kota – Tabung gas meledak di rusun Cempaka, Selasa (17/11/2026) pagi. Dokter "
        "menyebut luka bakar korban mencapai 40 persen dari luas tubuhnya.",
    )
    b = (
        "Ledakan Gas di Rusun Cempaka",
        f"Warta Pagi – Tabung gas meledak di rusun Cempaka, Selasa (17/11/2026). {b_sentence}",
    )
    uniques = of_type(run(a, b), "unique")
    assert any(mentions(f, "40 persen") for f in uniques) is unique


# --- a small count in one sentence translated, named alike ---


@pytest.mark.parametrize(
    ("en_sentence", "id_sentence", "figure", "agree"),
    [
        (
            "Indonesia had won seven golds at the 2022 Games in Hangzhou.",
            "Pada Asian Games 2022 di Hangzhou, Indonesia meraih tujuh emas.",
            "seven golds",
            True,
        ),
        (
            "Thailand took five golds at the 2018 Games in Jakarta.",
            "Thailand meraih lima emas pada Asian Games 2018 di Jakarta.",
            "five golds",
            True,
        ),
        (
            "At the 2014 Games in Incheon, Vietnam won three golds.",
            "Di Incheon pada 2014, Vietnam meraih tiga emas.",
            "three golds",
            True,
        ),
        (
            "The team had won seven golds earlier.",
            "Sebelumnya tim meraih tujuh emas.",
            "seven golds",
            False,
        ),
    ],
)
def test_a_small_count_in_two_sentences_naming_the_same_things_agrees_across_languages(
    en_sentence, id_sentence, figure, agree
):
    a = (
        "Games end with medal table set",
        "Sports Wire - The regional games closed on Sunday, and China topped the medal "
        f"table with 201 golds. {en_sentence}",
    )
    b = (
        "Pesta Olahraga Usai",
        "Kabar Olahraga – Pesta olahraga kawasan ditutup Minggu (4/10/2026), dan Tiongkok "
        f"menjadi juara umum dengan 201 emas. {id_sentence}",
    )
    agreements = of_type(run(a, b), "agreement")
    assert any(mentions(f, figure) for f in agreements) is agree
