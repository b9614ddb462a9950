"""One report, one language: an English wire compared with Indonesian rewrites is worded in
the report's language (the most common article language, Indonesian on a tie), headings and
findings alike; the evidence stays as each outlet wrote it."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run
from kroscek.align import align
from kroscek.compare.findings import find_conflicts
from kroscek.compare.messages import report_lang, worded_in
from kroscek.report._common import ui_lang

WIRE = (
    "Flood kills 12 in Kampar",
    "Floods in Kampar regency, Riau, killed 12 people on Monday, March 2, 2026, the disaster "
    "agency said. About 3,000 homes were inundated. The agency said 450 people were evacuated "
    "to a mosque.",
)
WIRE_AGAIN = (
    "Kampar floods leave 12 dead",
    "Floods killed 12 people in Kampar regency in Riau province on Monday, March 2, 2026. Some "
    "3,000 homes were flooded, officials said. Rescuers used rubber boats.",
)
REWRITE = (
    "Banjir Kampar Tewaskan 14 Orang",
    "Banjir di Kabupaten Kampar, Riau, menewaskan 14 orang pada Senin (2/3/2026), kata badan "
    "penanggulangan bencana. Sekitar 3.000 rumah terendam. Relawan membagikan 800 paket makanan.",
)
REWRITE_AGAIN = (
    "Banjir Rendam 3.000 Rumah di Kampar",
    "Sebanyak 14 orang tewas akibat banjir di Kabupaten Kampar, Riau, Senin (2/3/2026). Sekitar "
    "3.000 rumah terendam dan warga mengungsi ke masjid.",
)
# the frame words of each language's findings (never inside the articles above)
FRAMES = {
    "id": ("berbeda antarsumber", "Hanya dilaporkan", "Semua sumber"),
    "en": ("Sources give", "Reported only by", "All sources"),
}


@pytest.mark.parametrize(
    ("articles", "lang"),
    [
        ((WIRE, REWRITE), "id"),
        ((REWRITE, WIRE), "id"),
        ((WIRE, REWRITE, REWRITE_AGAIN), "id"),
        ((WIRE, WIRE_AGAIN, REWRITE), "en"),
        ((REWRITE, WIRE, WIRE_AGAIN), "en"),
    ],
)
def test_a_mixed_language_report_words_every_finding_in_one_language(articles, lang):
    report = run(*articles)
    other = "en" if lang == "id" else "id"
    assert ui_lang(report) == lang
    assert of_type(report, "conflict") and of_type(report, "unique")
    for finding in report.findings:
        assert not any(frame in finding.message for frame in FRAMES[other]), finding.message
    assert any(frame in f.message for f in report.findings for frame in FRAMES[lang]), (
        "no finding carries the report language's frame words"
    )


@pytest.mark.parametrize(
    ("articles", "noun"), [((WIRE, REWRITE), "orang"), ((WIRE, WIRE_AGAIN, REWRITE), "people")]
)
def test_a_count_conflict_names_the_noun_as_the_reports_language_writes_it(articles, noun):
    (conflict,) = of_type(run(*articles), "conflict", None)
    head = conflict.message.split(":")[0]
    assert noun in head


@pytest.mark.parametrize(
    ("langs", "expected"),
    [
        (["id", "en"], "id"),
        (["en", "en", "id"], "en"),
        (["en"], "en"),
        (["ms", "en"], "id"),
        ([None, "en", "en"], "en"),
        ([], "id"),
    ],
)
def test_the_report_language_is_the_most_common_one_indonesian_on_a_tie(langs, expected):
    assert report_lang(langs) == expected


def test_a_finder_run_alone_words_its_findings_in_its_articles_language():
    report = run(WIRE, REWRITE)
    by_report = {f.message for f in of_type(report, "conflict")}
    articles = list(report.articles)
    alone = find_conflicts(articles, align(articles))
    assert alone and all(f.message.startswith("Sources give") for f in alone)
    with worded_in("id"):
        inside = find_conflicts(articles, align(articles))
    assert {f.message for f in inside} == by_report
