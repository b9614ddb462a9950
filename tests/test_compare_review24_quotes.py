"""Rules added after review 24 (the lead's held-out sets 25-36) for quotes, attribution,
framing and uniques: a quote one outlet edited or translated, a statement and its negation,
the armed group's two names, a crime noun for the accused, and uniques that misled. Pinned
with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.translated import translated_by_speaker
from kroscek.compare.findings.variant import edited_quote, same_speaker_name
from kroscek.data import Article, Fact, Report


def _quote(text: str, speaker: str) -> Fact:
    return Fact("quote", speaker, text, text, 0, len(text), attrs={"speaker": speaker})


def _quote_uniques(report: Report) -> list[str]:
    return [f.message for f in of_type(report, "unique", "quote")]


# --- one speaker's quote, edited by one outlet ---


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (  # a figure in words and in digits, one connective swapped
            "Pemain kami tetap tenang setelah lawan bermain dengan sembilan orang. Kami sabar "
            "menunggu celah, jadi gol itu datang dari kesabaran",
            "Pemain kami tetap tenang setelah lawan bermain dengan 9 orang. Kami sabar menunggu "
            "celah, makanya gol itu datang dari kesabaran",
        ),
        (  # one outlet quotes a sentence more before the shared words
            "Angka ini belum final. Kami meminta semua pihak bersabar dan menunggu hasil "
            "penghitungan resmi dari panitia",
            "Kami meminta semua pihak bersabar serta menunggu hasil penghitungan resmi dari "
            "panitia",
        ),
        (  # a phrase reworded
            "Sampai sore ini 18 pasien masih dirawat, tiga di antaranya dalam kondisi cukup "
            "lemah karena kekurangan cairan",
            "Sampai sore ini 18 pasien masih dirawat, tiga di antaranya dalam kondisi kritis "
            "karena kekurangan cairan parah",
        ),
        (  # English: two words moved
            "Our ward was already crowded before the flood came, and we are short of clean water "
            "for the patients",
            "Our ward was crowded even before the flood came, and we are short of clean water for "
            "the patients",
        ),
    ],
)
def test_a_quote_one_outlet_edited_is_the_same_quote(first, second):
    assert edited_quote(_quote(first, "Sri Handayani"), _quote(second, "Sri Handayani"))


@pytest.mark.parametrize(
    ("first", "second", "speakers"),
    [
        (  # the same words credited to two people are not one person's quote edited
            "Pemain kami tetap tenang setelah lawan bermain dengan sembilan orang sejak babak "
            "kedua",
            "Pemain kami tetap tenang setelah lawan bermain dengan 9 orang sejak babak kedua",
            ("Sri Handayani", "Bambang Sutejo"),
        ),
        (  # one person saying two things in like words
            "Kami meminta semua pihak bersabar dan menunggu hasil penghitungan resmi dari panitia",
            "Kami menolak hasil penghitungan karena panitia tidak pernah mengundang saksi kami "
            "sejak awal",
            ("Sri Handayani", "Sri Handayani"),
        ),
        (  # too short to tell an edit from another sentence
            "Kami sabar menunggu",
            "Kami tidak sabar menunggu",
            ("Sri Handayani", "Sri Handayani"),
        ),
    ],
)
def test_different_quotes_are_not_taken_for_an_edit(first, second, speakers):
    assert not edited_quote(_quote(first, speakers[0]), _quote(second, speakers[1]))


@pytest.mark.parametrize(
    ("x", "y", "same"),
    [
        ("Agus Santosa", "Agus", True),
        ("Dedi Kurniawan", "Dedy Kurniawan", True),
        ("Agus Santosa", "Santosa", True),
        ("Agus Santosa", "Budi Santoso Wijaya", False),
        ("", "", False),
        ("Rina", "Rini", False),
    ],
)
def test_speaker_names_are_one_person_when_spelt_alike_or_shortened(x, y, same):
    assert same_speaker_name(x, y) is same


@pytest.mark.parametrize(
    ("edited", "lang"),
    [
        (
            "Pemain kami tetap tenang setelah lawan bermain dengan 9 orang. Kami sabar menunggu "
            "celah, makanya gol itu datang dari kesabaran",
            "id",
        ),
        (
            "Our ward was crowded even before the flood came, and we are short of clean water for "
            "the patients",
            "en",
        ),
    ],
)
def test_an_edited_quote_is_agreed_and_no_unique(edited, lang):
    original = {
        "id": "Pemain kami tetap tenang setelah lawan bermain dengan sembilan orang. Kami sabar "
        "menunggu celah, jadi gol itu datang dari kesabaran",
        "en": "Our ward was already crowded before the flood came, and we are short of clean "
        "water for the patients",
    }[lang]
    lead = {
        "id": "Tim tuan rumah menang di Stadion Cendrawasih, Minggu (8/3/2026).",
        "en": "Floodwater reached the district hospital in Lumora on Sunday, officials said.",
    }[lang]
    said = {"id": "kata pelatih Sri Handayani.", "en": "said doctor Sri Handayani."}[lang]
    report = run(
        ("Laporan A", f'{lead}\n\n"{original}," {said}'),
        ("Laporan B", f'{lead}\n\n"{edited}," {said}'),
    )
    assert not _quote_uniques(report)
    assert any(f.slot.startswith("quote") for f in of_type(report, "agreement"))


# --- a quote and its translation ---

_EN_QUOTE = (
    "We heard the wall crack for almost a minute. People ran out of the school, but some "
    "could not get out in time"
)
_ID_QUOTE = (
    "Kami mendengar dinding retak hampir satu menit. Orang-orang berlarian keluar sekolah, "
    "tetapi sebagian tidak sempat keluar"
)


def _article(source: str, lang: str, text: str, quote: str, speaker: str) -> Article:
    start = text.index(quote)
    fact = Fact(
        "quote", speaker, quote, quote, start, start + len(quote), attrs={"speaker": speaker}
    )
    return Article(id=source, source=source, title="", text=text, lang=lang, facts=(fact,))


@pytest.mark.parametrize(
    ("en_speaker", "id_speaker", "id_quote", "translated"),
    [
        ("Maria Lopez", "Maria Lopez", _ID_QUOTE, True),
        ("Maria Lopez", "Maria", _ID_QUOTE, True),
        # one person, two different things: nothing a translation keeps is shared
        (
            "Maria Lopez",
            "Maria Lopez",
            "Kami sangat menyesal atas kejadian ini dan siap membantu penyelidikan aparat",
            False,
        ),
        ("Maria Lopez", "Ana Reyes", _ID_QUOTE, False),
    ],
)
def test_a_translated_quote_is_one_speakers_quote_with_a_word_kept(
    en_speaker, id_speaker, id_quote, translated
):
    en = _article("Wire", "en", f'"{_EN_QUOTE}," she said.', _EN_QUOTE, en_speaker)
    id_ = _article("Portal", "id", f'"{id_quote}," katanya.', id_quote, id_speaker)
    assert translated_by_speaker(en, en.facts[0], id_, id_.facts[0]) is translated


def test_a_translated_quote_in_two_of_three_texts_is_one_unique_of_the_two():
    lead_en = "A strong earthquake struck the coastal town of Lumora on Friday, officials said."
    lead_id = "Gempa kuat mengguncang kota pesisir Lumora pada Jumat (20/11/2026)."
    report = run(
        ("Quake hits Lumora", f'{lead_en}\n\n"{_EN_QUOTE}," said teacher Maria Lopez.'),
        ("Gempa Guncang Lumora", f'{lead_id}\n\n"{_ID_QUOTE}," kata guru Maria Lopez.'),
        ("Gempa Lumora", f"{lead_id}\n\nPetugas masih mendata kerusakan bangunan di kota itu."),
    )
    uniques = _quote_uniques(report)
    assert len(uniques) == 1
    assert "Outlet A" in uniques[0] and "Outlet B" in uniques[0]


# --- a statement and its negation ---


@pytest.mark.parametrize(
    ("plain", "negated", "words"),
    [
        (
            "Banjir merendam 400 rumah di Kota Lumora, Selasa (3/3/2026).\n\nPemerintah Kota "
            "Lumora menetapkan status tanggap darurat banjir sejak Selasa malam.",
            "Banjir merendam 400 rumah di Kota Lumora, Selasa (3/3/2026).\n\nCamat Lumora, Dedi "
            "Saputra, menambahkan Pemerintah Kota Lumora belum menetapkan status tanggap darurat "
            "banjir.",
            ("menetapkan status", "belum menetapkan"),
        ),
        (
            "The Lumora council declared a state of emergency over the floods on Tuesday.",
            "The mayor added that the Lumora council has not declared a state of emergency.",
            ("council declared", "not declared"),
        ),
    ],
)
def test_a_statement_and_its_negation_conflict_and_are_no_attribution(plain, negated, words):
    report = run(("Banjir di Lumora", plain), ("Banjir Lumora", negated))
    statements = of_type(report, "conflict", "claim")
    assert len(statements) == 1 and mentions(statements[0], *words)
    assert not of_type(report, "attribution")


def test_a_negation_of_another_words_is_no_conflict_of_statements():
    report = run(
        (
            "Hitung Cepat Pilkada",
            "Ketua panitia, Rudi Hartono, mengingatkan bahwa hasil resmi tetap menunggu "
            "rekapitulasi berjenjang.",
        ),
        (
            "Hitung Cepat Pilkada Lumora",
            "Ketua panitia, Rudi Hartono, menegaskan hasil hitung cepat bukan hasil resmi.",
        ),
    )
    assert not of_type(report, "conflict", "claim")


# --- framing ---

_CLASH = "Baku tembak terjadi di Distrik Waropen Hulu, Kabupaten Lumora, sekitar dua jam."


@pytest.mark.parametrize(
    ("state_word", "group_word"),
    [
        ("Kelompok Kriminal Bersenjata (KKB)", "TPNPB"),
        ("kelompok separatis", "Tentara Pembebasan Nasional Papua Barat"),
        ("KKB", "OPM"),
    ],
)
def test_the_armed_groups_state_label_and_own_name_frame_it(state_word, group_word):
    report = run(
        ("Pos Diserang", f"{state_word} menyerang pos keamanan pada Senin pagi. {_CLASH}"),
        (
            "Pos Diserang di Lumora",
            f"{group_word} menyerang pos keamanan pada Senin pagi. {_CLASH}",
        ),
    )
    assert any(mentions(f, group_word) for f in of_type(report, "framing", "framing:armed_group"))


def test_a_framing_word_inside_a_quote_frames_nothing_for_the_outlet():
    quoted = '"Kelompok separatis itu menyerang pos kami," kata seorang perwira.'
    report = run(
        ("Pos Diserang", f"Kelompok bersenjata menyerang pos keamanan pada Senin pagi. {quoted}"),
        (
            "Pos Diserang di Lumora",
            f"Kelompok bersenjata menyerang pos keamanan pada Senin pagi. {quoted}",
        ),
    )
    assert not of_type(report, "framing", "framing:armed_group")


_CRASH = "Truk bermuatan pasir menabrak lima mobil di turunan Jalan Raya Lumora, Senin (2/3/2026)."


@pytest.mark.parametrize(
    ("one", "other", "words"),
    [
        (
            "Sopir truk berinisial RS diamankan di markas polisi.",
            "Sopir truk berinisial RS ditahan di markas polisi.",
            ("diamankan", "ditahan"),
        ),
        (
            "Sopir truk berinisial RS ditahan di markas polisi.",
            "Sopir truk berinisial RS dijebloskan ke tahanan markas polisi.",
            ("ditahan", "dijebloskan ke tahanan"),
        ),
    ],
)
def test_an_arrest_told_softer_or_harsher_frames_it(one, other, words):
    report = run(
        ("Truk Tabrak Mobil", f"{_CRASH} {one}"), ("Truk Tabrak Lima Mobil", f"{_CRASH} {other}")
    )
    assert any(mentions(f, *words) for f in of_type(report, "framing", "framing:arrest"))


def test_a_follow_up_sharing_no_sentence_leaves_the_first_two_compared():
    follow_up = (
        "Sehari setelah kecelakaan, polisi menetapkan sopir sebagai tersangka. Sopir itu "
        "ditangkap dan dijerat pasal kelalaian lalu lintas."
    )
    report = run(
        ("Truk Tabrak Mobil", f"{_CRASH} Sopir truk berinisial RS diamankan di markas polisi."),
        ("Truk Tabrak Lima Mobil", f"{_CRASH} Sopir truk berinisial RS ditahan di markas polisi."),
        ("Sopir Truk Jadi Tersangka", follow_up),
    )
    framed = of_type(report, "framing", "framing:arrest")
    assert len(framed) == 1 and mentions(framed[0], "diamankan", "ditahan")


@pytest.mark.parametrize(
    ("label", "framed"),
    [
        ("Ketiga koruptor itu", True),
        ("Para perampok tersebut", True),
        ("Ketiga tersangka itu", False),
    ],
)
def test_a_crime_noun_for_the_accused_frames_them_guilty(label, framed):
    lead = (
        "Kejaksaan menahan tiga tersangka kasus dugaan korupsi dana irigasi di Kabupaten "
        "Lumora, Rabu (4/3/2026)."
    )
    report = run(
        ("Kejaksaan Tahan Tiga Tersangka", f"{lead}\n\nKetiga tersangka ditahan 20 hari."),
        ("Tiga Tersangka Ditahan", f"{lead}\n\n{label} ditahan 20 hari di rutan."),
    )
    found = of_type(report, "framing", "framing:presumption")
    assert bool(found) is framed
    if framed:
        assert mentions(found[0], label.split()[1])


# --- uniques that misled ---


def test_the_points_of_a_won_match_are_no_unique():
    report = run(
        (
            "Tim Lumora Menang",
            "Tim Lumora menang 2-0 atas tamunya di Stadion Bahari, Sabtu (7/3/2026).",
        ),
        (
            "Lumora Raih Tiga Poin",
            "Tim Lumora menang 2-0 atas tamunya di Stadion Bahari, Sabtu (7/3/2026). Tambahan "
            "tiga poin membuat tim itu naik ke posisi kedua.",
        ),
    )
    assert not any("tiga poin" in f.message for f in of_type(report, "unique"))


@pytest.mark.parametrize(
    ("second", "count"),
    [
        # pointed back to: one figure written twice
        ("Menurut relawan, enam orang yang baru ditemukan itu dalam keadaan lemah.", 1),
        # two different things of the same figure
        ("Setiap keluarga juga menerima enam orang relawan pendamping.", 2),
    ],
)
def test_a_figure_written_again_and_pointed_back_to_is_one_unique(second, count):
    lead = "Perahu pengungsi terdampar di pantai Lumora, Minggu (1/3/2026)."
    report = run(
        ("Perahu Terdampar", lead),
        (
            "Perahu Terdampar di Lumora",
            f"{lead} Enam orang lainnya ditemukan warga di kebun dekat pantai.\n\n{second}",
        ),
    )
    six = [f for f in of_type(report, "unique") if "enam orang" in f.message.casefold()]
    assert len(six) == count


def test_two_bounds_in_one_unique_show_each_sources_figure():
    lead = "Truk terguling di Tol Lumora, Senin (2/3/2026), dan dua orang terluka."
    report = run(
        ("Truk Terguling", f"{lead} Kemacetan mengular hingga 4 kilometer."),
        ("Truk Terguling di Tol", f"{lead} Antrean kendaraan tersendat hingga 9 kilometer."),
        ("Truk Terguling di Tol Lumora", f"{lead} Polisi masih menyelidiki penyebabnya."),
    )
    capped = [f for f in of_type(report, "unique") if "kilometer" in f.message]
    assert len(capped) == 1
    assert "Outlet A: hingga 4 kilometer" in capped[0].message
    assert "Outlet B: hingga 9 kilometer" in capped[0].message


# --- a suspicion credited to a source in a follow-up, stated plainly by the first reports ---

_PILEUP = (
    "Sebuah bus menabrak empat mobil di turunan Jalan Raya Lumora, Senin (2/3/2026). "
    "Dua penumpang terluka."
)
_PLAIN_CAUSE = "Bus antarkota itu kehilangan kendali karena rem rusak saat melaju di turunan."


@pytest.mark.parametrize(
    ("follow_up", "attributed"),
    [
        (
            "Menurut pengelola jalan, bus diduga kehilangan kendali karena rem rusak sebelum "
            "menabrak mobil di depannya.",
            True,
        ),
        # credited but not hedged: a follow-up's own account, no suspicion set against a fact
        (
            "Menurut pengelola jalan, bus kehilangan kendali karena rem rusak sebelum menabrak "
            "mobil di depannya.",
            False,
        ),
    ],
)
def test_a_suspicion_a_follow_up_credits_is_set_against_the_plain_statement(follow_up, attributed):
    report = run(
        ("Bus Tabrak Mobil", f"{_PILEUP} {_PLAIN_CAUSE}"),
        ("Bus Tabrak Empat Mobil", f"{_PILEUP} {_PLAIN_CAUSE}"),
        (
            "Sopir Bus Diperiksa",
            "Polisi memeriksa sopir bus yang terlibat kecelakaan kemarin. " + follow_up,
        ),
    )
    found = [f for f in of_type(report, "attribution") if mentions(f, "Menurut pengelola jalan")]
    assert bool(found) is attributed
