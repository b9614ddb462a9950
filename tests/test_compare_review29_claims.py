"""Rules added after compare review 29 (figures and dates across languages, revised totals):
a sum or a time translated with its digits swapped, a bound ten times off, an uncommon
figure whose noun one side leaves out, a weekday both texts give, an age a sentence states,
a total raised by an addition or a revision, the parts of a group, two crowd counts ten
times apart. Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


def _found(kind: str, a: tuple[str, str], b: tuple[str, str], *words: str) -> bool:
    """Whether comparing the two articles gives a finding of ``kind`` holding every word."""
    return any(mentions(f, *words) for f in of_type(run(a, b), kind))


# --- each text's only sum of its currency, the agreed sums set aside, digits swapped ---


def _trade(surplus_en: str, surplus_id: str) -> tuple[tuple[str, str], tuple[str, str]]:
    en = (
        "Ecuador faces new duties on its shrimp exports",
        "QUITO, May 5 (Andes Wire) - The European Union will raise duties on Ecuadorean "
        "shrimp from June, the bloc's trade office said, in a dispute over fishing permits.\n\n"
        "Ecuador sold shrimp worth $2.7 billion to the bloc last year and ran a trade "
        f"surplus of {surplus_en} with its largest buyer of seafood.\n\n"
        "Exporters said the higher duty could cost thousands of jobs on the coast.",
    )
    id_ = (
        "Uni Eropa Naikkan Bea Masuk Udang Ekuador",
        "Kabar Dagang - Uni Eropa akan menaikkan bea masuk udang asal Ekuador mulai Juni "
        "dalam sengketa izin penangkapan ikan.\n\n"
        "Tahun lalu ekspor udang Ekuador ke Uni Eropa mencapai US$2,7 miliar. Dari "
        f"perdagangan itu Ekuador membukukan surplus sebesar {surplus_id}.\n\n"
        "Para eksportir khawatir ribuan pekerja di pesisir kehilangan pekerjaan.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("surplus_en", "surplus_id", "conflict"),
    [
        ("$3.4 billion", "US$4,3 miliar", True),
        ("$4.7 billion", "US$7,4 miliar", True),
        ("$1.6 billion", "US$6,1 miliar", True),
        ("$1.6 billion", "US$1,9 miliar", False),  # other digits: no slip to show
        ("$3.4 billion", "US$5,2 miliar", False),
    ],
)
def test_each_texts_only_sum_translated_with_its_digits_swapped_is_one_sum_in_conflict(
    surplus_en, surplus_id, conflict
):
    en, id_ = _trade(surplus_en, surplus_id)
    assert _found("conflict", en, id_, surplus_en, surplus_id) is conflict


# --- two bounds of one event's count, ten times apart, in one translated sentence ---


def _flood(en_count: str, id_count: str, en_dead: str, id_dead: str) -> tuple[tuple[str, ...], ...]:
    en = (
        "Floods hit northern Vietnam",
        "HANOI, Oct 9 (Delta Wire) - Floods swept through northern Vietnam on Thursday, "
        f"killing at least {en_dead} people and forcing more than {en_count} residents to "
        "flee their homes, officials said.\n\n"
        "Rescue teams used boats to reach villages cut off by the water.",
    )
    id_ = (
        "Banjir Landa Vietnam Utara",
        "Kabar Asia - Banjir melanda wilayah utara Vietnam pada Kamis (9/10/2025). "
        f"Sedikitnya {id_dead} orang tewas dan lebih dari {id_count} warga mengungsi dari "
        "rumah mereka.\n\n"
        "Tim penyelamat mengerahkan perahu untuk menjangkau desa yang terisolasi.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("en_count", "id_count", "en_dead", "id_dead", "conflict"),
    [
        ("400,000", "40.000", "eight", "delapan", True),
        ("60,000", "600.000", "six", "enam", True),
        # no figure the two sentences share: round counts of two sizes may be two groups
        ("400,000", "40.000", "eight", "sebelas", False),
    ],
)
def test_a_bound_translated_ten_times_off_beside_an_agreed_figure_is_a_conflict(
    en_count, id_count, en_dead, id_dead, conflict
):
    en, id_ = _flood(en_count, id_count, en_dead, id_dead)
    assert _found("conflict", en, id_, en_count, id_count) is conflict


# --- one uncommon figure, its noun left out on one side ---


def _heat(figure_en: str, figure_id: str) -> tuple[tuple[str, str], tuple[str, str]]:
    en = (
        "Heatwave deaths rise across the region",
        "CAIRO, Jul 2 (Nile Wire) - A heatwave has killed more than 900 people across the "
        "region this month, health officials said.\n\n"
        f"The southern province recorded the highest number of deaths, with {figure_en}, a "
        "doctor said, most of them elderly farm workers.",
    )
    id_ = (
        "Gelombang Panas Tewaskan Ratusan Orang",
        "Kabar Dunia - Gelombang panas menewaskan lebih dari 900 orang di kawasan itu "
        "sepanjang bulan ini.\n\n"
        f"Provinsi selatan menjadi wilayah dengan korban terbanyak, yakni {figure_id} orang. "
        "Sebagian besar korban adalah buruh tani lanjut usia.",
    )
    return en, id_


@pytest.mark.parametrize(
    ("figure_en", "figure_id", "joined"),
    [
        ("437", "437", True),
        ("612", "612", True),
        ("400", "400", False),  # a round figure may count anything
        ("437", "473", False),
    ],
)
def test_an_uncommon_figure_without_its_noun_joins_the_same_count_of_people(
    figure_en, figure_id, joined
):
    en, id_ = _heat(figure_en, figure_id)
    report = run(en, id_)
    shared = [
        f
        for kind in ("unique", "agreement")
        for f in of_type(report, kind)
        if len(f.evidence) >= 2 and mentions(f, figure_en, f"{figure_id} orang")
    ]
    assert bool(shared) is joined


# --- a minute count translated with its digits swapped beside one word both write ---


@pytest.mark.parametrize(
    ("minutes_en", "minutes_id", "conflict"),
    [
        ("64", "46", True),
        ("59", "95", True),
        ("64", "71", False),
    ],
)
def test_a_match_length_translated_with_its_digits_swapped_is_a_conflict(
    minutes_en, minutes_id, conflict
):
    en = (
        "Ginting wins the French Open",
        "PARIS, Oct 26 (Court Wire) - Indonesia's Anthony Ginting won the French Open title "
        f"on Sunday, beating Japan's Kodai Naraoka 21-18, 21-16 in a {minutes_en}-minute final "
        "at the Glaz Arena.\n\n"
        "In the women's final, Japan's Akane Yamaguchi beat Thailand's Ratchanok Intanon in "
        "38 minutes.",
    )
    id_ = (
        "Ginting Juara Prancis Terbuka",
        "Smash Kita - Tunggal putra Indonesia Anthony Ginting menjuarai Prancis Terbuka "
        "setelah mengalahkan wakil Jepang Kodai Naraoka 21-18, 21-16.\n\n"
        f"Laga final itu berlangsung selama {minutes_id} menit.",
    )
    found = _found("conflict", en, id_, f"{minutes_en}-minute", f"{minutes_id} menit")
    assert found is conflict


# --- a weekday both texts give, in two languages ---


@pytest.mark.parametrize(
    ("names_en", "names_id", "agreed"),
    [
        ("President Javier Milei", "Presiden Argentina Javier Milei", True),
        ("Economy Minister Luis Caputo", "Menteri Ekonomi Luis Caputo", True),
        ("the president", "presiden", False),  # no name both sentences share
    ],
)
def test_a_weekday_from_a_dateline_agrees_with_a_full_date_in_a_sentence_naming_alike(
    names_en, names_id, agreed
):
    en = (
        "Argentina cuts export taxes on grain",
        "BUENOS AIRES, March 10 (Pampa Wire) - Argentina will cut export taxes on soybeans "
        f"to 26% from April 1, according to a decree from {names_en} that the official "
        "gazette carried in full on Monday, in a bid to lift farm income.\n\n"
        "Farm groups welcomed the cut but said it came late in the harvest.",
    )
    id_ = (
        "Argentina Pangkas Pajak Ekspor Biji-bijian",
        # "pada", not "mulai": a start day is no lead, and two leads of one day agree
        "Kabar Pangan - Argentina akan memangkas pajak ekspor kedelai menjadi 26 persen pada "
        f"1 April 2025. Kebijakan itu tertuang dalam dekret {names_id} yang dimuat "
        "lengkap dalam lembaran negara resmi pada Senin (10/3/2025).\n\n"
        "Kelompok petani menyambut baik pemangkasan itu.",
    )
    found = _found("agreement", en, id_, "on Monday", "Senin (10/3/2025)")
    assert found is agreed


# --- an age a sentence states is a claim like "berusia 40 tahun" ---


@pytest.mark.parametrize(
    ("age_en", "agreed"),
    [
        ("The bridge was 40 years old", True),
        ("The ferry was 23 years old", True),
        ("Engineer Harun, 40,", False),  # an epithet describes someone: no claim
    ],
)
def test_an_age_stated_as_the_sentences_predicate_agrees_with_its_translation(age_en, agreed):
    value = "".join(ch for ch in age_en if ch.isdigit())
    en = (
        "Bridge collapses in Sumatra",
        "PADANG, Nov 3 (Isle Wire) - A road bridge collapsed into a river in West Sumatra on "
        "Monday, injuring three drivers, police said.\n\n"
        f"{age_en} and had been inspected in June, an official said.",
    )
    id_ = (
        "Jembatan Ambruk di Sumatera Barat",
        "Kabar Padang - Sebuah jembatan jalan raya ambruk ke sungai di Sumatera Barat, Senin "
        "(3/11/2025), melukai tiga pengemudi.\n\n"
        f"Menurut pejabat setempat, jembatan itu berusia {value} tahun dan telah diperiksa "
        "pada Juni lalu.",
    )
    assert _found("agreement", en, id_, value, f"{value} tahun") is agreed


# --- revised totals ---


def _suspects(day: str, count: str) -> tuple[str, str]:
    return (
        "Kejari Tahan Tersangka Korupsi Dana Desa",
        f"KUPANG - Kejaksaan Negeri Kupang menahan {count} tersangka kasus dugaan korupsi dana "
        f"desa Oesao, {day}. Para tersangka ditahan di Rutan Kupang selama 20 hari.\n\n"
        "Kerugian negara dalam kasus itu ditaksir mencapai Rp 2,4 miliar.",
    )


@pytest.mark.parametrize(
    ("before", "after", "earlier"),
    [
        ("tiga", "empat orang", "Tiga tersangka"),
        ("dua", "lima orang", "Dua tersangka"),
    ],
)
def test_a_total_raised_over_the_count_the_same_text_recalls_conflicts_with_the_others(
    before, after, earlier
):
    update = (
        "Tersangka Korupsi Dana Desa Bertambah",
        "KUPANG - Jumlah tersangka kasus dugaan korupsi dana desa Oesao bertambah menjadi "
        f"{after}, Rabu (25/11/2026). Kejaksaan Negeri Kupang menetapkan bendahara desa "
        "sebagai tersangka baru.\n\n"
        f"{earlier} sebelumnya ditahan kemarin. Kerugian negara ditaksir Rp 2,4 miliar.",
    )
    report = run(
        _suspects("Selasa (24/11/2026)", before),
        _suspects("Selasa (24/11/2026)", before),
        update,
    )
    found = [f for f in of_type(report, "conflict") if mentions(f, after)]
    assert len(found) == 1
    # the updating text stands on its update's side only
    assert sum(e.article == found[0].evidence[-1].article for e in found[0].evidence) == 1


def _returned(women: str) -> tuple[str, str]:
    return (
        "Puluhan WNI Korban Penipuan Daring Dipulangkan",
        "Kabar Migran - Sebanyak 38 warga negara Indonesia korban penipuan daring di Kamboja "
        "dipulangkan ke Tanah Air, Senin (23/11/2026).\n\n"
        f"Mereka terdiri atas 29 laki-laki dan {women} perempuan yang dijebak dengan "
        "lowongan kerja palsu.",
    )


@pytest.mark.parametrize(
    ("women", "total_sentence", "conflict"),
    [
        ("9", "Dengan tambahan ini, jumlah perempuan yang dipulangkan tercatat 14 orang.", True),
        ("7", "Dengan penambahan itu, jumlah perempuan yang pulang tercatat 12 orang.", True),
        # a figure after an addition that is the addition itself, not a total
        ("9", "Dengan tambahan anggaran Rp 2 miliar, pemulangan dilanjutkan.", False),
    ],
)
def test_a_total_after_an_addition_conflicts_with_the_earlier_count_of_that_noun(
    women, total_sentence, conflict
):
    update = (
        "WNI yang Dipulangkan dari Kamboja Bertambah",
        "Warta Migran - Jumlah WNI korban penipuan daring yang dipulangkan dari Kamboja "
        "bertambah menjadi 52 orang, Selasa (24/11/2026). Sebanyak 14 WNI gelombang kedua "
        f"tiba di Bandara Kualanamu.\n\n{total_sentence}",
    )
    found = [
        f for f in of_type(run(_returned(women), update), "conflict") if mentions(f, "perempuan")
    ]
    assert bool(found) is conflict


def test_a_count_that_grew_by_a_later_day_is_progress_not_a_conflict():
    first = (
        "Layanan Publik Mulai Pulih",
        "Kabar Digital - Serangan siber melumpuhkan pusat data pemerintah sejak Kamis "
        "(20/6/2024). Hingga Senin, baru 18 layanan yang telah kembali berjalan normal.",
    )
    later = (
        "Layanan Publik Terus Dipulihkan",
        "Warta Siber - Serangan siber melumpuhkan pusat data pemerintah sejak Kamis "
        "(20/6/2024). Hingga Selasa sore, jumlah layanan yang telah pulih bertambah menjadi "
        "27 layanan.",
    )
    assert not [f for f in of_type(run(first, later), "conflict") if mentions(f, "layanan")]


# --- the parts of one group, and two crowd counts ten times apart ---


@pytest.mark.parametrize(
    ("part_a", "part_b", "conflict"),
    [
        (
            "dua di antaranya warga negara Vietnam",
            "Tiga di antaranya berkewarganegaraan Vietnam",
            True,
        ),
        (
            "satu di antaranya warga negara Filipina",
            "Dua di antaranya berkewarganegaraan Filipina",
            True,
        ),
        ("dua di antaranya perempuan", "Tiga di antaranya anak-anak", False),  # two nouns
    ],
)
def test_two_texts_parts_of_one_group_told_with_two_figures_conflict(part_a, part_b, conflict):
    a = (
        "Kapal Pencuri Ikan Ditangkap di Natuna",
        f"Kabar Natuna - Lima awak kapal ditangkap, {part_a}. Kapal itu kedapatan mencuri "
        "ikan di perairan Natuna, Selasa (3/3/2026).",
    )
    b = (
        "Bakamla Tangkap Kapal Asing di Natuna",
        "Warta Kepri - Bakamla menangkap kapal asing yang mencuri ikan di perairan Natuna, "
        f"Selasa (3/3/2026). Lima anak buah kapal diamankan. {part_b}, sementara sisanya "
        "warga Batam.",
    )
    assert _found("conflict", a, b, part_a, part_b) is conflict


@pytest.mark.parametrize(
    ("police", "organisers", "conflict"),
    [
        ("Sekitar 4.000 pengemudi", "lebih dari 40.000 pengemudi", True),
        ("Sekitar 6.000 pengemudi", "lebih dari 60.000 pengemudi", True),
        ("Sekitar 4.000 pengemudi", "lebih dari 30.000 pengemudi", False),  # no slip
    ],
)
def test_two_crowd_counts_ten_times_apart_are_one_crowd_in_conflict(police, organisers, conflict):
    a = (
        "Pengemudi Ojek Daring Tuntut Potongan Aplikasi Diturunkan",
        f"Kabar Kota - {police} ojek daring berkumpul di depan Gedung Sate, Bandung, Senin "
        "(23/11/2026), menuntut potongan aplikasi diturunkan menjadi 10 persen.",
    )
    b = (
        "Aksi Ojek Daring di Bandung Berakhir Damai",
        "Warta Bandung - Aksi ojek daring di depan Gedung Sate, Bandung, Senin (23/11/2026), "
        "berakhir damai. Mereka menuntut potongan aplikasi 10 persen.\n\n"
        f"Menurut panitia, {organisers} dari Bandung, Cimahi, dan Garut ikut serta.",
    )
    assert _found("conflict", a, b, police.split()[1], organisers.split()[2]) is conflict
