"""Places in a series beyond conflicts: the same place of the same thing in every text agrees
("the third shark sighting", "menit ke-67"); a place one text alone gives is a unique ("the
chain's 40th store opening", "posisi ke-12"); English and Indonesian counts of like events in
a period ("the fifth such landslide this year" / "yang keenam tahun ini") conflict; and two
floors for where one event happened ("lantai empat" / "lantai lima") are a low conflict."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run, run_texts

# --- the same place of the same thing in every text agrees ----------------------------------

_SHARK_EN = (
    "A surfer was bitten on the leg by a shark off Coral Bay on Monday morning, rangers said. "
    "He was taken to hospital in a stable condition.\n\n{line}\n\n"
    "The beach will stay closed until Wednesday."
)
_GOAL_ID = (
    "Persikota bermain imbang 1-1 melawan Perseta di Stadion Benteng, Minggu (23/11/2026). "
    "Tuan rumah unggul lebih dulu pada menit ke-12.\n\n{line}\n\n"
    "Hasil ini membuat kedua tim berbagi satu poin."
)


@pytest.mark.parametrize(
    ("template", "first", "second", "shown"),
    [
        (
            _SHARK_EN,
            "It was the third shark sighting at Coral Bay this summer.",
            "It is the third shark sighting at Coral Bay this summer, rangers said.",
            "third shark sighting",
        ),
        (
            _SHARK_EN,
            "The closure is the council's fourth beach closure at Coral Bay this year.",
            "It marks the council's fourth beach closure at Coral Bay this year.",
            "fourth beach closure",
        ),
        (
            _GOAL_ID,
            "Gol penyeimbang Perseta dicetak Andi Saputra lewat sundulan pada menit ke-67.",
            "Andi Saputra menyamakan skor untuk Perseta lewat sundulan pada menit ke-67.",
            "menit ke-67",
        ),
    ],
)
def test_the_same_place_of_the_same_thing_in_every_text_agrees(
    template: str, first: str, second: str, shown: str
) -> None:
    report = run_texts(template.format(line=first), template.format(line=second))
    found = [f for f in of_type(report, "agreement", slot="ordinal") if mentions(f, shown)]
    assert len(found) == 1
    assert [e.text for e in found[0].evidence] == [shown, shown]


@pytest.mark.parametrize(
    ("template", "line", "word"),
    [
        (
            _SHARK_EN,
            "Rangers said it was the second time this summer that the beach had shut.",
            "second",
        ),
        (_SHARK_EN, "A second surfer was treated for shock at the beach, rangers said.", "second"),
        (
            _GOAL_ID,
            "Perseta tampil lebih menekan di babak kedua setelah pergantian pemain.",
            "kedua",
        ),
        (_GOAL_ID, "Sekitar 300 pendukung kedua tim memadati tribun timur stadion.", "kedua"),
    ],
)
def test_a_repetition_a_part_of_a_match_or_both_is_no_ordinal_agreement(
    template: str, line: str, word: str
) -> None:
    report = run_texts(template.format(line=line), template.format(line=line))
    assert not [f for f in of_type(report, "agreement", slot="ordinal") if mentions(f, word)]


# --- a place one text alone gives is a unique -----------------------------------------------

_STORE_EN = (
    "Retailer Lumen opened a store in Surabaya on Saturday, drawing about 2,000 shoppers to "
    "its first day of trading.{extra}\n\nThe store employs 120 staff, the company said."
)


@pytest.mark.parametrize(
    ("extra", "shown"),
    [
        (" It was the chain's 40th store opening this year.", "40th store opening"),
        (" The outlet is its 12th branch in East Java.", "12th branch"),
    ],
)
def test_an_english_place_one_text_alone_gives_is_a_unique(extra: str, shown: str) -> None:
    report = run_texts(_STORE_EN.format(extra=extra), _STORE_EN.format(extra=""))
    found = [f for f in of_type(report, "unique", slot="ordinal") if mentions(f, shown)]
    assert len(found) == 1 and found[0].evidence[0].text == shown


def test_a_place_in_a_table_one_text_alone_gives_is_a_unique() -> None:
    body = (
        "Persikota menang 2-0 atas Perseta di Stadion Benteng, Minggu (23/11/2026). Dua gol "
        "dicetak Andi Saputra.{extra}\n\nPelatih Persikota memuji disiplin para pemainnya."
    )
    extra = " Kemenangan ini membawa Persikota naik ke posisi ke-12 klasemen sementara."
    report = run_texts(body.format(extra=extra), body.format(extra=""))
    found = [f for f in of_type(report, "unique", slot="ordinal") if mentions(f, "posisi ke-12")]
    assert len(found) == 1


@pytest.mark.parametrize(
    "extra",
    [
        " Shoppers queued for the second half of the morning.",  # a part of a span of time
        " A second store will open in Malang next month.",  # another one, not a place
        " The opening marks the Fifth Avenue design's arrival.",  # a name
        " The second driver, a 30-year-old, delivered the stock.",  # one person of several
    ],
)
def test_no_unique_for_a_part_of_a_span_another_one_a_name_or_one_person(extra: str) -> None:
    report = run_texts(_STORE_EN.format(extra=extra), _STORE_EN.format(extra=""))
    assert not of_type(report, "unique", slot="ordinal")


def test_a_place_the_other_language_writes_otherwise_is_no_unique() -> None:
    english = (
        "Honda rider Tomas Alvarado finished third in the race at the Mandalika circuit on "
        "Sunday, behind two Ducati riders.",
    )
    indonesian = (
        "Pembalap Honda Tomas Alvarado finis di posisi ketiga pada balapan di Sirkuit "
        "Mandalika, Minggu (23/11/2026), di belakang dua pembalap Ducati."
    )
    report = run(("Alvarado third at Mandalika", english[0]), ("Alvarado Ketiga", indonesian))
    assert not of_type(report, "unique", slot="ordinal")


# --- counts of like events in a period, across languages ------------------------------------

_SLIDE_EN = (
    "A landslide blocked the road between Malino and Gowa on Tuesday, stranding dozens of "
    "vehicles for hours, officials said.\n\nCrews cleared one lane by the evening.\n\n{line}"
)
_SLIDE_ID = (
    "Longsor menutup jalan penghubung Malino dan Gowa pada Selasa (24/11/2026) dan membuat "
    "puluhan kendaraan tertahan berjam-jam.\n\nPetugas membuka satu lajur pada sore hari.\n\n"
    "{line}"
)


@pytest.mark.parametrize(
    ("en", "id_", "conflict"),
    [
        (
            "It was the fifth such landslide on the road this year.",
            "Longsor ini merupakan yang keenam di ruas itu sepanjang tahun ini.",
            True,
        ),
        (
            "It was the 7th closure of the road this month.",
            "Penutupan ini merupakan penutupan kedelapan bulan ini.",
            True,
        ),
        (
            "It was the fifth such landslide on the road this year.",
            "Longsor ini merupakan yang kelima di ruas itu sepanjang tahun ini.",
            False,
        ),
    ],
)
def test_counts_of_like_events_in_a_period_conflict_or_agree_across_languages(
    en: str, id_: str, conflict: bool
) -> None:
    report = run(
        ("Landslide blocks Malino road", _SLIDE_EN.format(line=en)),
        ("Longsor Tutup Jalan Malino", _SLIDE_ID.format(line=id_)),
    )
    assert bool(of_type(report, "conflict", slot="ordinal")) is conflict
    # the same count in both is told as agreed
    assert bool(of_type(report, "agreement", slot="ordinal")) is not conflict


# --- two floors for where one event happened ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        (
            "Api pertama kali terlihat di gudang arsip lantai empat gedung kantor itu.",
            "Api bermula dari gudang arsip di lantai lima gedung kantor itu.",
            ("lantai empat", "lantai lima"),
        ),
        (
            "Api pertama kali terlihat di gudang arsip lantai 4 gedung kantor itu.",
            "Api bermula dari gudang arsip di lantai ketujuh gedung kantor itu.",
            ("lantai 4", "lantai ketujuh"),
        ),
        (
            "The fire started in an archive room on the fourth floor of the office block.",
            "The fire broke out in an archive room on the sixth floor of the office block.",
            ("fourth floor", "sixth floor"),
        ),
    ],
)
def test_two_floors_for_where_one_event_happened_are_a_low_conflict(
    first: str, second: str, shown: tuple[str, str]
) -> None:
    report = run_texts(first + " Petugas memadamkan api.", second + " Petugas memadamkan api.")
    found = [f for f in of_type(report, "conflict", slot="where") if mentions(f, *shown)]
    assert len(found) == 1 and found[0].severity == "low"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Api menjalar dari lantai dua hingga lantai lima gedung kantor itu.",
            "Api bermula dari gudang arsip di lantai lima gedung kantor itu.",
        ),
        (
            "Api pertama kali terlihat di gudang arsip lantai empat gedung kantor itu.",
            "Api bermula dari gudang arsip di lantai empat gedung kantor itu.",
        ),
        (
            "Api pertama kali terlihat di gudang arsip lantai empat gedung kantor itu.",
            "Warga di lantai atas dievakuasi lewat tangga darurat.",
        ),
    ],
)
def test_a_spread_the_same_floor_or_no_floor_number_is_no_floor_conflict(
    first: str, second: str
) -> None:
    report = run_texts(first, second)
    assert not [f for f in of_type(report, "conflict") if mentions(f, "lantai")]
