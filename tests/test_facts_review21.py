"""Review 21 of the facts (the lead's blind sets 16-24): dates that never depend on the day
kroscek runs, the day of an update apart from the day of the event, and counted nouns across
languages and partitives. Every sentence here is written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kroscek.compare import compare
from kroscek.extract.dates import (
    PLACEHOLDER_YEAR,
    anchor_dateline,
    extract_dates,
    lead_weekday,
    weekday_year,
)
from kroscek.extract.numbers import extract_numbers


def _numbers(text: str, lang: str) -> set[tuple[float, str, str | None]]:
    return {(f.value, f.label, f.attrs.get("event")) for f in extract_numbers(text, lang)}


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Harga cabai naik tajam pada 3 Maret, kata pedagang.", "id"),
        ("Chilli prices jumped on March 3, traders said.", "en"),
    ],
)
def test_a_day_without_a_year_in_an_undated_text_takes_the_placeholder_year_as_a_guess(text, lang):
    (fact,) = extract_dates(text, lang).facts
    assert fact.value == f"{PLACEHOLDER_YEAR}-03-03"
    assert fact.attrs["year_guessed"] is True


@pytest.mark.parametrize(
    ("dateline", "text", "lang", "expected"),
    [
        # a day written out in full in the body gives the dateline its year, for sure
        (
            date(PLACEHOLDER_YEAR, 3, 14),
            "Kapal itu tenggelam pada Jumat (14/3/2025) malam di Selat Alas.",
            "id",
            (date(2025, 3, 14), False),
        ),
        (
            date(PLACEHOLDER_YEAR, 3, 14),
            "The ferry sank on Friday, 14 March 2025, off the coast of Lombok.",
            "en",
            (date(2025, 3, 14), False),
        ),
        # a month with its year ("since October 2023") is background, no day's year
        (
            date(PLACEHOLDER_YEAR, 3, 14),
            "The strait has been closed to fishing boats since October 2023.",
            "en",
            (date(PLACEHOLDER_YEAR, 3, 14), True),
        ),
    ],
)
def test_a_yearless_dateline_takes_its_year_from_a_day_its_text_writes_out(
    dateline, text, lang, expected
):
    assert anchor_dateline(dateline, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "weekday"),
    [
        ("Flooding cut the main road on Tuesday, officials said.", "en", 2),
        ("Banjir memutus jalan utama pada Minggu malam.", "id", 7),
        ("Minggu ini harga beras kembali naik.", "id", None),  # "week", not Sunday
        ("Rescuers will resume the search on Monday.", "en", None),  # the future
        ("Prices have risen since Friday.", "en", None),  # a start, not the day
    ],
)
def test_the_weekday_a_lead_names_on_its_own(text, lang, weekday):
    assert lead_weekday(text, lang) == weekday


@pytest.mark.parametrize(
    ("day", "weekday"),
    [(date(2000, 11, 16), 7), (date(2000, 7, 5), 1), (date(2000, 2, 29), 4)],
)
def test_the_guessed_year_puts_the_dateline_day_on_the_leads_weekday(day, weekday):
    year = weekday_year(day, weekday)
    assert year is not None and year >= PLACEHOLDER_YEAR
    assert date(year, day.month, day.day).isoweekday() == weekday


@pytest.mark.parametrize(
    ("text", "lang", "update", "event"),
    [
        (
            "Korban meninggal akibat longsor di Tapanuli bertambah menjadi 17 orang, Rabu "
            "(12/3/2025). Longsor terjadi pada Senin (10/3/2025) dini hari.",
            "id",
            "Rabu (12/3/2025)",
            "Senin (10/3/2025)",
        ),
        (
            "Hingga Rabu (12/3/2025), jumlah korban longsor bertambah menjadi 17 orang.",
            "id",
            "Rabu (12/3/2025)",
            None,
        ),
        (
            "The death toll from Monday's landslide rose to 17 on Wednesday, police said.",
            "en",
            "on Wednesday",
            "Monday",
        ),
    ],
)
def test_the_day_of_a_revised_count_is_marked_as_an_update(text, lang, update, event):
    facts = extract_dates(text, lang, published=None, reported=(date(2025, 3, 12), False)).facts
    marked = {f.text for f in facts if f.attrs.get("update")}
    assert update in marked
    if event is not None:
        assert event in {f.text for f in facts} - marked


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _date_findings(report: object) -> list[tuple[str, set[str]]]:
    return [
        (f.type, {e.text for e in f.evidence})
        for f in report.findings  # type: ignore[attr-defined]
        if any(x.kind == "date" for x in _evidence_facts(report, f))
    ]


def _evidence_facts(report: object, finding: object) -> list[object]:
    texts = {e.text for e in finding.evidence}  # type: ignore[attr-defined]
    return [
        f
        for a in report.articles  # type: ignore[attr-defined]
        for f in a.facts
        if f.kind == "date" and f.text in texts
    ]


def test_a_wires_weekday_under_a_yearless_dateline_agrees_with_a_day_written_out(tmp_path):
    wire = _write(
        tmp_path,
        "a.txt",
        "Ferry sinks off Lombok, nine rescued\nIsland Wire\n\nMATARAM, March 14 (IW) - A "
        "passenger ferry sank in the Alas Strait on Friday, and rescuers pulled nine people "
        "from the water, the search agency said.\n\nThe ferry was carrying 31 passengers "
        "and crew when it lost power in heavy seas, officials said.",
    )
    local = _write(
        tmp_path,
        "b.txt",
        "Kapal Feri Tenggelam di Selat Alas, Sembilan Orang Selamat\nWarta Lombok\n\n"
        "Sebuah kapal feri tenggelam di Selat Alas pada Jumat (14/3/2025). Tim SAR "
        "menyelamatkan sembilan orang.\n\nKapal itu membawa 31 penumpang dan awak ketika "
        "mesinnya mati di tengah gelombang tinggi.",
    )
    found = _date_findings(compare([wire, local]))
    assert ("agreement", {"on Friday", "Jumat (14/3/2025)"}) in found
    assert not any(kind == "conflict" for kind, _ in found)


def test_two_wires_weekdays_under_one_yearless_dateline_stay_two_days(tmp_path):
    first = _write(
        tmp_path,
        "a.txt",
        "Port workers strike over pay\nHarbour Wire\n\nSURABAYA, May 8 (HW) - Dock workers at "
        "the city's main port walked out on Thursday over unpaid overtime, union leaders "
        "said.\n\nThe strike halted loading at four terminals, the port operator said.",
    )
    second = _write(
        tmp_path,
        "b.txt",
        "Dock strike halts port\nCoastal Report\n\nSURABAYA, May 8 (CR) - Dock workers at "
        "the city's main port walked out on Friday over unpaid overtime, union leaders "
        "said.\n\nThe strike halted loading at four terminals, the port operator said.",
    )
    found = _date_findings(compare([first, second]))
    assert ("conflict", {"on Thursday", "on Friday"}) in found


# --- numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Sedikitnya 11 warga sipil syahid dalam serangan itu.", "id", (11.0, "warga", "killed")),
        ("Tiga anggota brigade gugur di garis depan.", "id", (3.0, "anggota", "killed")),
        # a toll of people of a country counts its residents ("warga" in Indonesian)
        (
            "The raid killed at least 11 Palestinians, medics said.",
            "en",
            (11.0, "residents", "killed"),
        ),
        ("The shelling wounded 23 Afghans near the border.", "en", (23.0, "residents", "injured")),
        # an outcome before the noun: the noun is counted, the outcome is the event
        ("Two injured miners were carried out of the shaft.", "en", (2.0, "miners", "injured")),
        ("Rescuers found three wounded hikers.", "en", (3.0, "hikers", "injured")),
        # a short form in brackets does not cut the noun off its outcome
        ("Enam anak buah kapal (ABK) diamankan petugas.", "id", (6.0, "awak", "arrested")),
    ],
)
def test_counted_nouns_and_their_outcomes(text, lang, expected):
    assert expected in _numbers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # people of a country with nothing befalling them keep their own noun
        ("Two Italians and a Dane were among the guests.", "en", (2.0, "italians", None)),
    ],
)
def test_a_demonym_without_an_outcome_keeps_its_noun(text, lang, expected):
    assert expected in _numbers(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected", "not_expected"),
    [
        (
            "Delapan nelayan ditangkap, lima di antaranya warga negara Vietnam.",
            "id",
            (5.0, "wna"),
            (5.0, "warga"),
        ),
        (
            "Delapan nelayan diamankan. Tiga di antaranya berkewarganegaraan Filipina.",
            "id",
            (3.0, "wna"),
            (3.0, "nelayan"),
        ),
        ("Dua warga negara Indonesia ikut diperiksa.", "id", (2.0, "wni"), (2.0, "warga")),
        (
            "Korban tewas 12 orang, tujuh di antaranya anak-anak.",
            "id",
            (7.0, "anak"),
            (7.0, "orang"),
        ),
        (
            "Nine people died, four of them women.",
            "en",
            (4.0, "women"),
            (4.0, "people"),
        ),
    ],
)
def test_a_part_of_a_group_counts_the_people_it_is_told_as(text, lang, expected, not_expected):
    found = {(v, label) for v, label, _ in _numbers(text, lang)}
    assert expected in found
    assert not_expected not in found


def test_nationals_and_the_rest_of_their_group_are_two_groups():
    # "dua lainnya warga Natuna" are residents, another group than the foreign nationals
    found = _numbers(
        "Lima nelayan diamankan. Tiga di antaranya warga negara Vietnam, sementara dua "
        "lainnya warga Natuna.",
        "id",
    )
    assert (3.0, "wna", None) in found
    assert (2.0, "warga", None) in found


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Of 30 analysts surveyed by the bank, 22 expected a cut.", "en", (22.0, "analysts")),
        ("Among 40 pilots questioned, 31 reported fatigue.", "en", (31.0, "pilots")),
        ("Dari 30 analis yang disurvei, 22 orang memperkirakan penurunan.", "id", (22.0, "analis")),
        (
            "Dari 30 analis yang disurvei, 22 di antaranya memperkirakan penurunan.",
            "id",
            (22.0, "analis"),
        ),
    ],
)
def test_a_count_after_the_whole_its_sentence_opens_with_counts_the_whole(text, lang, expected):
    assert expected in {(v, label) for v, label, _ in _numbers(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dari hasil pemeriksaan, 22 orang dinyatakan positif.", "id"),
        ("Of course, 22 people were questioned.", "en"),
    ],
)
def test_a_sentence_opening_with_no_counted_whole_keeps_its_noun(text, lang):
    labels = {label for v, label, _ in _numbers(text, lang) if v == 22.0}
    assert labels == {"orang" if lang == "id" else "people"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four of the injured were firefighters from the port.", (4.0, "firefighters", "injured")),
        ("Six of the wounded were children.", (6.0, "children", "injured")),
        ("Two of the injured were seasonal workers.", (2.0, "workers", "injured")),
        ("Three of the injured were airlifted to the capital.", (3.0, "injured", "injured")),
    ],
)
def test_a_part_of_the_injured_counts_the_people_it_is_said_to_be(text, expected):
    assert expected in _numbers(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "text_of", "hours"),
    [
        (
            "She finished in 2 hours 31 minutes 5 seconds.",
            "en",
            "2 hours 31 minutes 5 seconds",
            2 + 31 / 60 + 5 / 3600,
        ),
        (
            "Ia finis dengan waktu 2 jam 31 menit 5 detik.",
            "id",
            "2 jam 31 menit 5 detik",
            2 + 31 / 60 + 5 / 3600,
        ),
        ("Pemadaman berlangsung 3 jam 15 menit.", "id", "3 jam 15 menit", 3.25),
    ],
)
def test_a_length_of_time_in_several_units_is_one_figure(text, lang, text_of, hours):
    facts = extract_numbers(text, lang)
    assert [(f.text, f.attrs.get("unit")) for f in facts] == [(text_of, "hour")]
    assert facts[0].value == pytest.approx(hours)


@pytest.mark.parametrize(
    "text",
    [
        '"Tanjakan di kilometer 25 sangat berat," katanya.',
        "Suhu di pos 3 amat dingin pada malam hari.",
    ],
)
def test_an_intensifier_after_a_figure_is_no_counted_noun(text):
    assert all(label not in ("sangat", "amat") for _, label, _ in _numbers(text, "id"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada puluhan laporan, dan hampir separuhnya soal pungutan liar.", (0.5, "about")),
        ("Dari 60 peserta, separuhnya perempuan.", (0.5, "exact")),
    ],
)
def test_half_of_a_group_named_before_is_a_share(text, expected):
    shares = {
        (f.value, f.attrs["qualifier"])
        for f in extract_numbers(text, "id")
        if f.attrs.get("unit") == "fraction"
    }
    assert expected in shares


def _attributions(text: str) -> list[tuple[str, str, str]]:
    from kroscek.extract.attribution import extract_attributions
    from kroscek.extract.entities import recognise

    found = extract_attributions(text, "en", entities=recognise(text, "en"), quotes=[])
    return [(f.label, str(f.value), str(f.attrs.get("cue"))) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One in three drivers skips a rest stop, a transport survey showed on Monday.",
            ("attributed", "transport survey", "showed"),
        ),
        (
            "The Trade Ministry banned the exports on Friday, saying stocks had run low.",
            ("attributed", "Trade Ministry", "saying"),
        ),
        (
            "SEMARANG, May 2 - Indonesia's Trade Ministry halted the imports on Friday, saying "
            "the permits were forged.",
            ("attributed", "Trade Ministry", "saying"),
        ),
        (
            "The Harbour Authority closed the port, claiming the storm had damaged the pier.",
            ("claimed", "Harbour Authority", "claiming"),
        ),
    ],
)
def test_a_study_that_showed_and_a_subject_saying_are_sources(text, expected):
    assert expected in _attributions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices climbed 4 percent, data showed.",  # a record of no one
        "Exports fell, saying nothing about the season.",  # no named subject
        "Police detained Rudi Hartono on Friday, saying he had fled.",  # not the subject
    ],
)
def test_a_record_of_no_one_and_a_participle_without_a_named_subject_attribute_nothing(text):
    assert [a for a in _attributions(text) if a[2] in ("showed", "saying")] == []
