"""Claims without a figure of their own, across outlets: a statement one outlet credits and
another distances though one of them adds a count the other leaves out; a disputed claim the
other outlet states as fact (no scoop); a figure only one outlet gives, as a claim; and the
function words whose keys collapse a double letter ("will", "saat")."""

from __future__ import annotations

import pytest

from kroscek.align.words import content_stems, stop_keys, stopwords, words
from kroscek.compare import compare
from kroscek.data import Finding, RawArticle

_ID_BASE = (
    "Banjir merendam permukiman warga di Kecamatan Sungai Lestari, Kabupaten Tanah Datar Baru, "
    "Senin (9/3/2026) pagi.\n\nKepala BPBD setempat, Rudi Hartono, mengatakan air mulai surut "
    "pada sore hari."
)
_EN_BASE = (
    "Floods swamped homes in the riverside district of Low Meadow on Monday morning.\n\n"
    "The district disaster chief, Ruth Harlow, said the water began to recede by the afternoon."
)


def _findings(first: str, second: str, lang: str) -> list[Finding]:
    base = _ID_BASE if lang == "id" else _EN_BASE
    title = "Banjir Rendam Permukiman" if lang == "id" else "Floods Swamp Homes"
    report = compare(
        [
            RawArticle(origin="a.txt", source="Kabar Hulu", title=title, text=base + first),
            RawArticle(origin="b.txt", source="Warta Hilir", title=title, text=base + second),
        ]
    )
    return list(report.findings)


@pytest.mark.parametrize(
    ("first", "second", "lang", "cues"),
    [
        (
            "\n\nMenurut dinas sosial, pemerintah telah membantu para korban sejak hari pertama "
            "dengan mendirikan tiga dapur umum dan membagikan selimut.",
            "\n\nPemerintah mengklaim telah membantu para korban sejak hari pertama dengan "
            "mendirikan dapur umum.",
            "id",
            ("menurut", "mengklaim"),
        ),
        (
            "\n\nThe welfare office said the government had helped the victims since the first "
            "day by opening two field kitchens and handing out blankets.",
            "\n\nThe government claimed it had helped the victims since the first day by opening "
            "field kitchens and handing out blankets.",
            "en",
            ("said", "claimed"),
        ),
        (
            "\n\nPemerintah daerah mengklaim telah mengirim empat perahu karet ke desa-desa yang "
            "terisolasi sejak Senin malam.",
            "\n\nMenurut camat setempat, pemerintah daerah telah mengirim perahu karet ke "
            "desa-desa yang terisolasi sejak Senin malam.",
            "id",
            ("mengklaim", "menurut"),
        ),
    ],
    ids=["id-menurut-vs-mengklaim", "en-said-vs-claimed", "id-count-in-the-claim"],
)
def test_one_statement_credited_and_distanced_is_an_attribution_though_one_adds_a_count(
    first: str, second: str, lang: str, cues: tuple[str, str]
) -> None:
    found = [f for f in _findings(first, second, lang) if f.type == "attribution"]
    assert len(found) == 1, [f.message for f in found]
    for cue in cues:
        assert f'"{cue}"' in found[0].message


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "\n\nMenurut dinas sosial, pemerintah telah mendirikan tiga dapur umum bagi para "
            "korban.",
            "\n\nPemerintah mengklaim telah mendirikan lima dapur umum bagi para korban.",
            "id",
        ),
        (
            "\n\nMenurut dinas sosial, pemerintah telah membantu para korban dengan mendirikan "
            "tiga dapur umum.",
            "\n\nPemerintah mengklaim dapur umum yang didirikan telah membantu para korban.",
            "id",
        ),
        (
            "\n\nThe welfare office said the government opened two field kitchens for the victims.",
            "\n\nThe government claimed it opened four field kitchens for the victims.",
            "en",
        ),
    ],
    ids=["id-two-counts-differ", "id-count-not-left-out", "en-two-counts-differ"],
)
def test_a_count_the_other_gives_otherwise_is_no_statement_attribution(
    first: str, second: str, lang: str
) -> None:
    found = [f for f in _findings(first, second, lang) if f.type == "attribution"]
    assert not any(f.message.startswith("“") for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "\n\nPengelola waduk mengklaim pintu air dibuka sesuai prosedur yang berlaku. Warga "
            "membantah klaim itu.",
            "\n\nAir sungai naik cepat. Pintu air waduk yang dibuka sesuai prosedur membuat 40 "
            "rumah di tepi sungai terendam.",
            "id",
        ),
        (
            "\n\nPerusahaan tambang mengklaim tanggul penampung limbah dibangun sesuai izin "
            "lingkungan. Warga membantah klaim itu.",
            "\n\nLumpur dari tanggul penampung limbah, yang dibangun sesuai izin lingkungan pada "
            "2019, masuk ke 40 rumah warga.",
            "id",
        ),
        (
            "\n\nThe dam operator claimed the spillway gates were opened in line with the rules. "
            "Residents rejected that claim.",
            "\n\nThe river rose fast. The spillway gates, opened in line with the rules, flooded "
            "40 riverside homes.",
            "en",
        ),
    ],
    ids=["id-stated-in-a-longer-sentence", "id-stated-in-an-apposition", "en-stated-elsewhere"],
)
def test_a_disputed_claim_the_other_outlet_states_as_fact_is_no_unique_claim(
    first: str, second: str, lang: str
) -> None:
    assert [f.message for f in _findings(first, second, lang) if f.slot == "claim"] == []


@pytest.mark.parametrize(
    ("first", "second", "lang"),
    [
        (
            "\n\nPengelola waduk mengklaim pintu air dibuka sesuai prosedur yang berlaku. Warga "
            "membantah klaim itu.",
            "\n\nRudi mengatakan pembukaan pintu air mengikuti prosedur tetap yang berlaku di "
            "semua waduk provinsi.",
            "id",
        ),
        (
            "\n\nThe dam operator claimed the spillway gates were opened in line with the rules. "
            "Residents rejected that claim.",
            "\n\nHarlow said the power cut lasted the whole night.",
            "en",
        ),
    ],
    ids=["id-credited-elsewhere", "en-told-nowhere-else"],
)
def test_a_disputed_claim_credited_or_absent_elsewhere_stays_a_unique_claim(
    first: str, second: str, lang: str
) -> None:
    assert len([f for f in _findings(first, second, lang) if f.slot == "claim"]) == 1


@pytest.mark.parametrize(
    ("extra", "lang", "shown"),
    [
        (
            "\n\nForum Warga Peduli Sungai mengklaim jumlah rumah yang terendam mencapai 4.300 "
            "unit.",
            "id",
            "(Forum Warga Peduli Sungai mengklaim)",
        ),
        (
            "\n\nA residents' group claimed that 4,300 houses had been flooded.",
            "en",
            "claimed)",
        ),
    ],
    ids=["id-mengklaim", "en-claimed"],
)
def test_a_figure_one_outlet_distances_as_a_claim_is_shown_as_that_claim(
    extra: str, lang: str, shown: str
) -> None:
    found = [f for f in _findings(extra, "", lang) if f.type == "unique" and "4" in f.message]
    assert len(found) == 1, [f.message for f in _findings(extra, "", lang)]
    assert shown in found[0].message


@pytest.mark.parametrize(
    ("extra", "lang"),
    [
        ("\n\nMenurut BPBD, jumlah rumah yang terendam mencapai 4.300 unit.", "id"),
        ("\n\nJumlah rumah yang terendam mencapai 4.300 unit.", "id"),
        ("\n\nOfficials said 4,300 houses had been flooded.", "en"),
        ("\n\nSeorang warga, Rina Marlina, mengaku kehilangan 4 ekor kambing.", "id"),
    ],
    ids=["id-credited", "id-stated", "en-credited", "id-a-witness-mengaku"],
)
def test_a_figure_credited_or_stated_is_shown_bare(extra: str, lang: str) -> None:
    found = [f for f in _findings(extra, "", lang) if f.type == "unique" and "4" in f.message]
    assert len(found) == 1, [f.message for f in _findings(extra, "", lang)]
    assert "(" not in found[0].message


@pytest.mark.parametrize(
    ("word", "lang"),
    [("will", "en"), ("still", "en"), ("all", "en"), ("saat", "id"), ("hingga", "id")],
)
def test_a_function_word_with_a_double_letter_is_a_stop_key(word: str, lang: str) -> None:
    (w,) = words(word, lang)
    assert w.key in stop_keys(lang)
    assert w.key != word  # the key collapsed the double letter: the folded list misses it


@pytest.mark.parametrize(
    ("word", "lang"), [("gates", "en"), ("kitchens", "en"), ("banjir", "id"), ("perahu", "id")]
)
def test_a_content_word_is_no_stop_key(word: str, lang: str) -> None:
    (w,) = words(word, lang)
    assert w.key not in stop_keys(lang)
    assert w.key not in stopwords(lang)
    assert content_stems([w], lang) == {w.stem}
