"""The report view: findings grouped by severity, default pair, links and offset highlights.

The reports here are built by hand from the data contract (kroscek.data), so each case
states exactly which offsets the view must mark.
"""

from __future__ import annotations

import pytest

from kroscek.data import (
    Article,
    Evidence,
    Field,
    Finding,
    Occurrence,
    Report,
    SharedPassage,
    Span,
)
from kroscek.web.reportview import build, default_pair

QUOTE = "“Kami tidak akan mundur dari pos itu,” kata Arif."
A = Article(
    id="aaaa",
    source="Kabar Lembah",
    title="Serangan Tewaskan 12 Tentara",
    text=f"Sebanyak 12 tentara tewas, menurut militer. {QUOTE} Ada 12 truk terbakar.",
)
B = Article(
    id="bbbb",
    source="Warta Harian",
    title="Pejuang Serbu Pos, 14 Tentara Tewas",
    text=f"Sebanyak 14 tentara tewas. {QUOTE}",
)
C = Article(
    id="cccc",
    source="Suara Timur",
    title="Kelompok Bersenjata Serang Pos",
    text=f"Militer mengklaim 12 tentara tewas. {QUOTE}",
)


def _ev(article: Article, words: str, field: Field = "text") -> Evidence:
    text = article.field_text(field)
    start = text.index(words)
    return Evidence(article.id, field, start, start + len(words), words)


CONFLICT = Finding(
    "conflict",
    "high",
    "Jumlah tentara tewas berbeda: 12 vs 14",
    (_ev(A, "12 tentara"), _ev(B, "14 tentara")),
    slot="number:tentara",
)
ATTRIBUTION = Finding(
    "attribution",
    "medium",
    "Kabar Lembah mengutip militer; Suara Timur menulis 'mengklaim'",
    (_ev(A, "menurut militer"), _ev(C, "Militer mengklaim")),
)
AGREEMENT = Finding("agreement", "info", "Semua sumber: serangan ke pos", (_ev(A, "tewas"),))
HEADLINE = Finding(
    "headline_mismatch", "low", "Judul menyebut pejuang", (_ev(B, "Pejuang", "title"),)
)


def _passage() -> SharedPassage:
    return SharedPassage(
        "verbatim",
        QUOTE,
        tuple(
            Occurrence(a.id, a.text.index(QUOTE), a.text.index(QUOTE) + len(QUOTE))
            for a in (A, B, C)
        ),
    )


REPORT = Report(
    articles=(A, B, C),
    shared_passages=(_passage(),),
    findings=(AGREEMENT, ATTRIBUTION, CONFLICT, HEADLINE),
)


def test_default_pair_is_the_pair_with_the_most_serious_findings() -> None:
    assert default_pair(REPORT) == ("aaaa", "bbbb")


@pytest.mark.parametrize(
    ("report", "expected"),
    [
        (Report(articles=(A,)), None),
        (Report(articles=(C, B, A)), ("cccc", "bbbb")),
    ],
)
def test_default_pair_without_findings_is_the_first_two(
    report: Report, expected: tuple[str, str] | None
) -> None:
    assert default_pair(report) == expected


def test_findings_are_grouped_by_severity_and_agreement_kept_apart() -> None:
    view = build(REPORT, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"), base_path="/stories/s1")
    assert [sev for sev, _ in view.findings_by_severity] == ["high", "medium", "low"]
    assert [f.message for f in view.agreements] == [AGREEMENT.message]
    assert view.n_findings == 3


def test_the_conflicting_numbers_are_marked_by_offset_not_by_string() -> None:
    view = build(REPORT, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"))
    left = str(view.panes[0].text_html)
    # "12 tentara" is marked at its offset; the later "12 truk" is not marked at all
    assert 'id="ev-2-0"' in left
    marked = left.split('id="ev-2-0"', 1)[1].split(">", 1)[1].split("</mark>", 1)[0]
    assert marked == "12 tentara"
    assert "12 truk" in left and "<mark" not in left.split("Ada ", 1)[1]


def test_shared_passages_are_marked_only_when_the_other_side_has_them() -> None:
    only_a = Report(
        articles=(A, B),
        shared_passages=(SharedPassage("verbatim", QUOTE, (_passage().occurrences[0],)),),
    )
    view = build(only_a, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"))
    assert "shared" not in str(view.panes[0].text_html)
    view = build(REPORT, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"))
    assert 'class="shared verbatim"' in str(view.panes[0].text_html)
    assert 'class="shared verbatim"' in str(view.panes[1].text_html)


def test_headline_evidence_is_marked_in_the_title() -> None:
    view = build(REPORT, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"))
    assert 'id="ev-3-0"' in str(view.panes[1].title_html)


@pytest.mark.parametrize(
    ("finding_index", "evidence_index", "expected"),
    [
        (2, 0, "#ev-2-0"),  # shown on this page: jump in place
        (2, 1, "#ev-2-1"),
        (1, 1, "/stories/s1?lang=en&a=aaaa&b=cccc#ev-1-1"),  # switch to the pair that has it
    ],
)
def test_evidence_links_switch_to_a_pair_that_shows_it(
    finding_index: int, evidence_index: int, expected: str
) -> None:
    view = build(
        REPORT,
        shown=("aaaa", "bbbb"),
        pair=("aaaa", "bbbb"),
        base_path="/stories/s1",
        extra_query=[("lang", "en")],
    )
    findings = {f.index: f for _, fs in view.findings_by_severity for f in fs}
    assert findings[finding_index].evidence[evidence_index].href == expected


def test_compare_view_shows_every_article_and_links_in_place() -> None:
    view = build(REPORT, shown=[a.id for a in REPORT.articles])
    assert [p.article.id for p in view.panes] == ["aaaa", "bbbb", "cccc"]
    hrefs = [e.href for _, fs in view.findings_by_severity for f in fs for e in f.evidence]
    assert all(h.startswith("#ev-") for h in hrefs)


def test_what_only_one_article_says_is_marked_in_its_pane() -> None:
    only = A.text.index("Ada 12 truk")
    report = Report(
        articles=(A, B), unique={"aaaa": (Span(only, len(A.text)),)}, findings=(CONFLICT,)
    )
    view = build(report, shown=("aaaa", "bbbb"), pair=("aaaa", "bbbb"))
    assert '<mark class="only">Ada 12 truk terbakar.</mark>' in str(view.panes[0].text_html)
    assert 'class="only"' not in str(view.panes[1].text_html)


@pytest.mark.parametrize(("place", "other"), [("Taheran", "Teheran"), ("KHANEWAAL", "Khanewal")])
def test_a_dateline_spelling_is_shown_above_the_body_with_its_evidence_marked(
    place: str, other: str
) -> None:
    dated = Article(
        id="dddd",
        source="Kabar Lembah",
        title="Komandan Berjanji Membantu",
        text="Komandan pasukan itu berjanji membantu sekutunya.",
        meta={"dateline_place": place},
    )
    named = Article(
        id="eeee",
        source="Warta Harian",
        title="Janji dari Ibu Kota",
        text=f"Pernyataan itu disampaikan di {other} pada Kamis.",
    )
    variant = Finding(
        "variant",
        "info",
        f"Ejaan berbeda untuk nama yang sama: {place} / {other}",
        (Evidence("dddd", "dateline", 0, len(place), place), _ev(named, other)),
        slot="entity:LOC",
    )
    report = Report(articles=(dated, named), findings=(variant,))
    view = build(report, shown=("dddd", "eeee"), pair=("dddd", "eeee"))
    dateline = str(view.panes[0].dateline_html)
    assert 'id="ev-0-0"' in dateline and place in dateline
    assert place not in str(view.panes[0].text_html)
    assert view.panes[1].dateline_html is None  # no dateline evidence there: nothing shown
