"""Rules added after blind review 20 (a gold-pit collapse told by two portals and an English
wire, peat fires, a cabinet reshuffle, a typhoon told by a wire and its rewrite, a train at a
level crossing, a strike in southern Lebanon in three portals, a pangolin-scale seizure, two
level-crossing accidents as a control), pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run, run_texts


def _agreed(report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "agreement"))


def _conflicting(report, *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("indonesian", "conflict"),
    [("74 personel gabungan", True), ("74 petugas gabungan", True), ("47 personel", False)],
)
def test_an_english_wires_rescuers_are_the_indonesian_search_team(indonesian, conflict):
    report = run(
        (
            "Landslide buries houses in West Java",
            "A landslide buried six houses in a village in Garut on Monday. A team of 47 "
            "rescuers was digging through the mud with shovels, officials said.",
        ),
        (
            "Longsor Timbun Rumah di Garut",
            "Longsor menimbun enam rumah di sebuah desa di Garut, Senin (9/3/2026). Sebanyak "
            f"{indonesian} dikerahkan untuk menggali lumpur dengan sekop.",
        ),
    )
    assert _conflicting(report, "47", indonesian.split()[0]) is conflict


@pytest.mark.parametrize(
    ("indonesian", "agreed"),
    [
        ("empat WNA asal Vietnam", True),
        ("empat TKA asal Vietnam", True),
        ("empat WNA asal Thailand", False),
    ],
)
def test_a_count_of_one_countrys_nationals_is_one_group_across_languages(indonesian, agreed):
    report = run(
        (
            "Immigration raids nickel smelter in Morowali",
            "Immigration officers detained four Vietnamese nationals at a nickel smelter in "
            "Morowali on Wednesday for working without permits.",
        ),
        (
            "Imigrasi Razia Smelter Nikel di Morowali",
            f"Petugas imigrasi mengamankan {indonesian} di sebuah smelter nikel di Morowali, "
            "Rabu (11/3/2026), karena bekerja tanpa izin.",
        ),
    )
    assert _agreed(report, "four Vietnamese nationals", "empat") is agreed


@pytest.mark.parametrize(
    ("english_title", "conflict"),
    [
        ("Flash flood kills 9 in Mindanao", True),
        ("Flash flood kills at least 9 in Mindanao", False),
    ],
)
def test_each_headlines_exact_toll_conflicts_across_languages(english_title, conflict):
    report = run(
        (
            english_title,
            "A flash flood swept through villages in Mindanao on Sunday, killing at least 9 "
            "people, the regional disaster office said.",
        ),
        (
            "Banjir Bandang di Mindanao, 12 Orang Tewas",
            "Banjir bandang menerjang sejumlah desa di Mindanao, Filipina, Minggu (8/3/2026). "
            "Sebanyak 12 orang tewas.",
        ),
    )
    assert _conflicting(report, "9", "12 orang") is conflict


@pytest.mark.parametrize(
    ("sustained", "conflict"),
    [("150", True), ("160", False)],
)
def test_two_bounds_beside_one_agreed_figure_in_two_leads_conflict(sustained, conflict):
    report = run(
        (
            "Cyclone Ravi hits Sri Lanka coast",
            "Cyclone Ravi made landfall in eastern Sri Lanka on Friday with winds of 150 km/h "
            "and gusts of up to 190 km/h, uprooting trees across Batticaloa.",
        ),
        (
            "Siklon Ravi Terjang Pesisir Sri Lanka",
            f"Siklon Ravi menghantam pesisir timur Sri Lanka pada Jumat dengan kecepatan angin "
            f"{sustained} km per jam dan embusan hingga 210 km per jam.",
        ),
    )
    assert _conflicting(report, "190 km/h", "210 km per jam") is conflict


@pytest.mark.parametrize(
    ("bound", "figure", "conflict"),
    [
        ("sedikitnya 3.400 hektare", "34.000 hektare", True),
        ("lebih dari 2.500 hektare", "25.000 hektare", True),
        ("sedikitnya 300 hektare", "3.000 hektare", False),  # round figures of two sizes
    ],
)
def test_a_bound_ten_times_below_the_same_digits_is_a_slipped_zero(bound, figure, conflict):
    report = run_texts(
        f"Kebakaran lahan di Kabupaten Pelalawan meluas. Hingga Rabu, {bound} lahan terbakar.",
        f"Sebanyak {figure} lahan di Kabupaten Pelalawan terbakar hingga Rabu.",
    )
    assert _conflicting(report, bound.split()[-2], figure.split()[0]) is conflict


@pytest.mark.parametrize(
    ("title", "mismatch"),
    [
        ("Banjir Rendam Ratusan Rumah di Kalimantan Barat", True),
        ("Hujan Deras, Banjir Landa Bengkulu", True),
        ("Banjir Rendam Ratusan Rumah di Jawa Barat", False),  # Garut is in it
        ("Banjir Rendam Ratusan Rumah di Garut", False),
    ],
)
def test_a_headline_province_its_body_places_nowhere_is_a_mismatch(title, mismatch):
    body = (
        "Banjir merendam 350 rumah di Kecamatan Tarogong, Kabupaten Garut, Jawa Barat, "
        "Selasa (10/3/2026). Warga mengungsi ke masjid terdekat."
    )
    report = run(
        (title, body),
        ("Ratusan Rumah Terendam Banjir", body.replace("merendam", "menggenangi")),
    )
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, title.split()[-1])]
    assert bool(found) is mismatch


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [("KA 158", "KA 185", True), ("KA 158", "KA 158", False), ("KA 158", "KA 1580", False)],
)
def test_a_train_number_written_apart_from_ka_is_a_code(first, second, conflict):
    report = run_texts(
        f"Kereta Senja Kencana ({first}) anjlok di emplasemen Stasiun Cirebon, Kamis pagi.",
        f"Kereta Senja Kencana dengan nomor perjalanan {second} anjlok di Stasiun Cirebon.",
    )
    found = [f for f in of_type(report, "conflict", slot="code") if mentions(f, first)]
    assert bool(found) is conflict


@pytest.mark.parametrize(
    ("hedged", "attribution"),
    [
        ("Pengemudi bus diduga mengantuk saat melintasi tikungan tajam di turunan itu.", True),
        # a reporting hedge says where the news came from, not that the act is alleged
        ("Pengemudi bus disebut mengantuk saat melintasi tikungan tajam di turunan itu.", False),
        ("Pengemudi bus mengantuk saat melintasi tikungan tajam di turunan itu.", False),
    ],
)
def test_a_suspicion_against_the_act_stated_is_an_attribution(hedged, attribution):
    report = run_texts(
        "Bus pariwisata terguling di jalur Tawangmangu, Sabtu sore. " + hedged,
        "Sebuah bus pariwisata terguling di jalur Tawangmangu pada Sabtu sore. "
        "Pengemudi bus mengantuk saat melintasi tikungan tajam di turunan itu.",
    )
    assert bool(of_type(report, "attribution")) is attribution


@pytest.mark.parametrize(
    ("named", "mismatch"),
    [
        (
            "Pengemudi, AS (45), dan penumpangnya, RN (30) dan YT (28), mengalami luka ringan.",
            False,
        ),
        ("Pengemudi, AS (45), dan penumpangnya, RN (30), mengalami luka ringan.", True),
    ],
)
def test_a_headline_count_of_people_the_body_names_one_by_one_is_supported(named, mismatch):
    report = run(
        (
            "Mobil Tercebur ke Sungai di Kudus, Tiga Orang Luka",
            "Sebuah mobil tercebur ke sungai di Kabupaten Kudus, Jumat (13/3/2026) malam. " + named,
        ),
        ("Mobil Masuk Sungai di Kudus", "Sebuah mobil masuk ke sungai di Kudus pada Jumat malam."),
    )
    found = [f for f in of_type(report, "headline_mismatch") if mentions(f, "Tiga Orang")]
    assert bool(found) is mismatch


@pytest.mark.parametrize(
    ("first", "second", "offices"),
    [
        (
            "Rahmat Hidayat dilantik sebagai Menteri Pertanian menggantikan Joko Susilo.",
            "Adapun Rahmat Hidayat ditunjuk menjadi Menteri Kelautan dan Perikanan.",
            ("Menteri Pertanian", "Menteri Kelautan dan Perikanan"),
        ),
        (
            "Rahmat Hidayat dilantik sebagai Menteri Pertanian menggantikan Joko Susilo.",
            "Rahmat Hidayat resmi dilantik menjadi Menteri Pertanian pada Rabu.",
            None,
        ),
        (
            "Nadia Prameswari was sworn in as Health Minister on Wednesday.",
            "Nadia Prameswari was sworn in as Trade Minister on Wednesday, replacing Budi Tan.",
            ("Health Minister", "Trade Minister"),
        ),
    ],
)
def test_one_appointee_given_two_offices_is_a_conflict(first, second, offices):
    report = run_texts(
        "Presiden melantik menteri baru di Istana Negara. " + first,
        "Presiden melantik menteri baru di Istana Negara. " + second,
    )
    found = of_type(report, "conflict", slot="office")
    if offices is None:
        assert not found
    else:
        assert len(found) == 1 and mentions(found[0], *offices)


@pytest.mark.parametrize(
    ("first", "second", "framing"),
    [
        (
            "Para penambang liar itu bekerja tanpa alat pengaman.",
            "Para penambang tradisional itu bekerja tanpa alat pengaman.",
            True,
        ),
        (
            "Para penambang tanpa izin itu bekerja tanpa alat pengaman.",
            "Para penambang ilegal itu bekerja tanpa alat pengaman.",
            False,
        ),
    ],
)
def test_words_for_unlicensed_miners_frame_them(first, second, framing):
    report = run_texts(
        "Lubang tambang emas di Bolaang Mongondow runtuh pada Senin. " + first,
        "Lubang tambang emas di Bolaang Mongondow runtuh pada Senin. " + second,
    )
    found = [f for f in of_type(report, "framing") if mentions(f, "penambang")]
    assert bool(found) is framing


@pytest.mark.parametrize(
    ("indonesian", "agreed"),
    [("Dua tersangka", True), ("Dua orang", False)],  # "orang" names anyone: maybe two groups
)
def test_each_texts_only_count_of_one_specific_noun_agrees_across_languages(indonesian, agreed):
    report = run(
        (
            "Police foil fuel smuggling in Batam",
            "Police in Batam foiled an attempt to smuggle 8,000 litres of diesel to Singapore on "
            "Tuesday. Two suspects, both crew members, were questioned.",
        ),
        (
            "Polisi Gagalkan Penyelundupan Solar di Batam",
            "Polisi Batam menggagalkan penyelundupan 8.000 liter solar ke Singapura, Selasa "
            f"(3/3/2026). {indonesian}, keduanya awak kapal, diperiksa.",
        ),
    )
    assert _agreed(report, "Two suspects", indonesian) is agreed


@pytest.mark.parametrize(
    ("indonesian", "agreed"),
    [
        ("200 ribu lebih warga mengungsi", True),
        ("sekitar 200 ribu warga mengungsi", False),  # another bound: not the same words
    ],
)
def test_one_large_figure_under_one_bound_agrees_across_languages(indonesian, agreed):
    report = run(
        (
            "Volcano erupts in Sumatra, forcing mass evacuation",
            "Mount Sorik erupted on Thursday, sending ash 3 km into the sky and forcing more "
            "than 200,000 to leave their homes.",
        ),
        (
            "Gunung Sorik Erupsi, Warga Mengungsi",
            "Gunung Sorik erupsi pada Kamis dengan kolom abu setinggi 3 km. Sebanyak "
            f"{indonesian}.",
        ),
    )
    assert _agreed(report, "200,000", "200 ribu") is agreed


def test_a_claim_answered_by_its_writer_is_matched_without_the_answer():
    # the spokesman's sentence is paired with the third text's already; the claim's
    # rebuttal ("padahal ...") is no part of what the militia claimed
    report = run(
        (
            "Milisi Klaim Tentara Hancurkan Jembatan",
            "Milisi mengklaim tentara pemerintah menghancurkan jembatan itu, padahal yang "
            "merobohkannya adalah banjir bandang kiriman hulu.",
        ),
        (
            "Jembatan di Wau Hancur",
            "Juru bicara milisi mengatakan tentara pemerintah menghancurkan jembatan itu dengan "
            "bahan peledak.",
        ),
        (
            "Jembatan Distrik Wau Runtuh",
            "Tentara pemerintah menghancurkan jembatan itu dengan bahan peledak pada Senin malam.",
        ),
    )
    found = [f for f in of_type(report, "attribution") if mentions(f, "mengklaim", "mengatakan")]
    assert len(found) == 1
