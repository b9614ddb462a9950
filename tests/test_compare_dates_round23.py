"""Days two texts resolve alike are agreed: a start day ("mulai 1 Februari") is no lead, a
clause that says when something takes effect is about the coming day, and a third text
that dates only a weekday borrowed from the others neither gives nor disputes the day."""

from __future__ import annotations

from datetime import date

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.extract.dates import extract_dates


def _found(kind: str, texts: list[tuple[str, str]], *words: str) -> bool:
    return any(mentions(f, *words) for f in of_type(run(*texts), kind))


@pytest.mark.parametrize(
    ("start_id", "agreed"),
    [
        ("mulai 1 Maret 2027", True),  # a start day after the act's day: no lead
        ("berlaku mulai 1 Maret 2027", True),
        ("pada 1 Maret 2027", False),  # a plain first day leads; Jumat is no lead
    ],
)
def test_a_start_day_is_no_lead_so_the_acts_day_agrees(start_id: str, agreed: bool) -> None:
    en = (
        "Coffee growers agree to curb exports",
        "LIMA, Nov 20 (Andes Wire) - Coffee exporters agreed on Friday to curb shipments "
        "by 12% from March 1, 2027, the growers' federation said.\n\n"
        "Prices have fallen for five months.",
    )
    id_ = (
        "Eksportir Kopi Sepakat Batasi Ekspor",
        "Kabar Tani - Eksportir kopi sepakat membatasi pengiriman sebesar 12 persen "
        f"{start_id}. Kesepakatan itu dicapai dalam rapat pada Jumat (20/11/2026).\n\n"
        "Harga kopi sudah turun lima bulan berturut-turut.",
    )
    assert _found("agreement", [en, id_], "on Friday", "Jumat (20/11/2026)") is agreed


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # a clock's colon ends no clause: "will" still reaches the weekday
        (
            "The ministry said the ferry will leave at 09:30 local time on Tuesday.",
            "on Tuesday",
            "2026-11-24",
        ),
        # "takes effect" speaks of the coming day
        ("The new fare takes effect on Monday, the operator said.", "on Monday", "2026-11-23"),
        ("The ban comes into force on Wednesday.", "on Wednesday", "2026-11-25"),
        # a past act stays in the week before
        ("The fare rose on Monday, the operator said.", "on Monday", "2026-11-16"),
        ("The ban took effect on Wednesday.", "on Wednesday", "2026-11-18"),
    ],
)
def test_a_weekday_in_a_clause_about_what_takes_effect_is_the_coming_one(
    text: str, phrase: str, expected: str
) -> None:
    dated = "JAKARTA, Nov 21 (Wire) - " + text
    facts = extract_dates(dated, "en", reported=(date(2026, 11, 21), False)).facts
    assert {f.text: f.value for f in facts}[phrase] == expected


@pytest.mark.parametrize(
    ("third", "agreed"),
    [
        # the third text dates only a weekday read from the others' day
        ("Saham tambang ditutup menguat pada perdagangan Jumat.", True),
        ("Rupiah menguat tipis pada Jumat pagi.", True),
        # a third text that dates nothing: the day is the two's alone (a unique of theirs)
        ("Saham tambang ditutup menguat pada perdagangan hari itu.", False),
        # its own day of the event: the two do not speak for all
        ("Rapat itu digelar Rabu (18/11/2026) di Jakarta.", False),
    ],
)
def test_two_of_three_agree_on_a_day_the_third_does_not_date_itself(
    third: str, agreed: bool
) -> None:
    a = (
        "Bank holds rates",
        "JAKARTA, Nov 19 (Wire) - The central bank kept its policy rate at 5.5% on Thursday, "
        "Governor Ratna Dewi told reporters.\n\nThe rupiah was steady.",
    )
    b = (
        "BI Tahan Suku Bunga",
        "Kabar Bursa - Bank sentral menahan suku bunga acuan di level 5,5 persen, Kamis "
        "(19/11/2026), kata Gubernur Ratna Dewi.\n\nRupiah stabil.",
    )
    c = (
        "Suku Bunga Acuan Tetap 5,5 Persen",
        "Warta Modal - Bank sentral mempertahankan suku bunga acuan 5,5 persen. " + third,
    )
    assert _found("agreement", [a, b, c], "on Thursday", "Kamis (19/11/2026)") is agreed


@pytest.mark.parametrize(
    ("lead_a", "lead_b", "aside", "agreed"),
    [
        # two bare weekdays of one act, a calendar day written elsewhere
        ("on Monday", "on Monday", "It was last inspected on March 3, 2025.", True),
        # a bare weekday and a full day on that weekday, its time of night kept
        ("on Monday night", "pada Senin (16/11/2026) malam", "", True),
        # no text writes a calendar day: one weekday is no date a reader can check
        ("on Monday", "on Monday", "", False),
        # two weekdays: no agreement (the weekday conflict tells it)
        ("on Monday", "on Tuesday", "It was last inspected on March 3, 2025.", False),
    ],
)
def test_texts_opening_on_one_bare_weekday_agree_on_the_day(
    lead_a: str, lead_b: str, aside: str, agreed: bool
) -> None:
    a = (
        "Ferry sinks off Sulawesi",
        "Coast Lines - A ferry carrying 80 passengers sank off Buton island "
        f"{lead_a}, the search agency said.\n\nRescuers pulled 61 survivors from the sea. " + aside,
    )
    if lead_b.startswith("pada"):
        b = (
            "Kapal Feri Tenggelam di Buton",
            "Kabar Laut - Kapal feri berpenumpang 80 orang tenggelam di perairan Pulau Buton "
            f"{lead_b}.\n\nTim SAR menyelamatkan 61 orang.",
        )
    else:
        b = (
            "Ferry goes down near Buton",
            "Island News - A ferry with 80 people on board went down near Buton island "
            f"{lead_b}, officials said.\n\nRescuers saved 61 people.",
        )
    assert _found("agreement", [a, b], lead_a) is agreed


@pytest.mark.parametrize(
    ("lead_en", "shown"),
    [
        ("on Tuesday night", "on Tuesday night"),
        ("on Tuesday morning", "on Tuesday morning"),
        # no part of the day: the weekday alone
        ("on Tuesday", "on Tuesday"),
    ],
)
def test_an_agreed_weekdays_evidence_keeps_its_part_of_the_day(lead_en: str, shown: str) -> None:
    a = (
        "Fertiliser warehouse burns",
        f"Town Desk - A cooperative's fertiliser warehouse in Sukamaju burned {lead_en}, "
        "destroying 40 tonnes of fertiliser, police said.\n\nNo one was hurt.",
    )
    b = (
        "Gudang Pupuk Terbakar",
        "Kabar Kota - Gudang pupuk milik koperasi di Sukamaju terbakar pada Selasa "
        "(17/11/2026) dan menghanguskan 40 ton pupuk.\n\nTidak ada korban jiwa.",
    )
    texts = [
        e.text for f in of_type(run(a, b), "agreement") if f.slot == "date:day" for e in f.evidence
    ]
    assert shown in texts
