"""The compare report as a fact-checker on deadline reads it (usability review 5).

Three outlets report one market fire; two say 40 stalls, one says 65. The reader must see in
seconds who is alone, the evidence inside its own sentence, each outlet in one colour and one
order everywhere, the agreements folded away, and every piece of article text escaped. The
articles are written for these tests, in Indonesian and in English.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path

import pytest
from rich.console import Console

import kroscek
from kroscek.data import Evidence, Finding, Report
from kroscek.report import render_html, render_terminal
from kroscek.report._common import odd_one_out, per_source

FIRE_ID = (
    (
        "Pasar Induk Sukamaju Terbakar, 40 Kios Hangus\n\n"
        "SUKAMAJU - Kebakaran melanda Pasar Induk Sukamaju pada Minggu (8/3/2026) dini hari. "
        "Sebanyak 40 kios hangus terbakar.\n\n"
        "Kepala Dinas Pemadam Kebakaran Sukamaju, Rudi Hartono, mengatakan api diduga berasal "
        'dari korsleting listrik. "Kami mengerahkan delapan unit mobil pemadam," kata Rudi.\n\n'
        "Para pedagang mengaku kehilangan barang dagangan menjelang bulan puasa.\n"
    ),
    (
        "Api Lalap Pasar Induk Sukamaju, Pedagang Merugi\n\n"
        "SUKAMAJU - Api melalap Pasar Induk Sukamaju pada Minggu (8/3/2026) dini hari. "
        "Sebanyak 40 kios hangus terbakar.\n\n"
        "Menurut Rudi Hartono, Kepala Dinas Pemadam Kebakaran Sukamaju, api diduga berasal "
        'dari korsleting listrik. "Kami mengerahkan delapan unit mobil pemadam," kata Rudi.\n\n'
        "Pemerintah kota berjanji membangun kios sementara bagi pedagang.\n"
    ),
    (
        "Kebakaran Pasar Induk Sukamaju, 65 Kios Ludes\n\n"
        "SUKAMAJU - Kebakaran melanda Pasar Induk Sukamaju pada Minggu (8/3/2026) dini hari. "
        "Sebanyak 65 kios ludes terbakar.\n\n"
        "Kepala Dinas Pemadam Kebakaran Sukamaju, Rudi Hartono, menyebut api berasal dari "
        'korsleting listrik. "Kami mengerahkan delapan unit mobil pemadam," kata Rudi.\n\n'
        "Kerugian ditaksir mencapai miliaran rupiah.\n"
    ),
)
FIRE_EN = (
    (
        "Fire Guts 40 Stalls at Sukamaju Central Market\n\n"
        "SUKAMAJU - A fire swept through Sukamaju Central Market early on Sunday, destroying "
        "40 stalls, officials said.\n\n"
        "Fire department chief Rudi Hartono said the blaze was probably caused by an electrical "
        'short circuit. "We sent eight fire engines," Rudi said.\n\n'
        "Traders said they lost goods they had stocked for the fasting month.\n"
    ),
    (
        "Traders Count Losses After Sukamaju Market Blaze\n\n"
        "SUKAMAJU - A fire swept through Sukamaju Central Market early on Sunday, destroying "
        "40 stalls, officials said.\n\n"
        "According to fire department chief Rudi Hartono, the blaze was probably caused by an "
        'electrical short circuit. "We sent eight fire engines," Rudi said.\n\n'
        "The city promised temporary stalls for the traders.\n"
    ),
    (
        "Sukamaju Market Fire Destroys 65 Stalls\n\n"
        "SUKAMAJU - A fire swept through Sukamaju Central Market early on Sunday, destroying "
        "65 stalls.\n\n"
        "Fire department chief Rudi Hartono said the blaze started with an electrical short "
        'circuit. "We sent eight fire engines," Rudi said.\n\n'
        "Losses were estimated at billions of rupiah.\n"
    ),
)
OUTLETS = ["Kabar Pasar", "Warta Kota", "Suara Warga"]
# (articles, words of the report layer in that language, words that must not appear)
LANGS = {
    "id": (FIRE_ID, ("Ringkasan", "beda sendiri: Suara Warga"), ("Summary", "odd one out")),
    "en": (FIRE_EN, ("Summary", "odd one out: Suara Warga"), ("Ringkasan", "beda sendiri")),
}


def _compare(tmp_path: Path, texts: tuple[str, ...], outlets: list[str] = OUTLETS) -> Report:
    paths = []
    for k, text in enumerate(texts):
        path = tmp_path / f"{k}.txt"
        path.write_text(text, "utf-8")
        paths.append(path)
    return kroscek.compare(paths, source=outlets[: len(texts)])


def _terminal(report: Report, width: int = 120) -> str:
    out = io.StringIO()
    render_terminal(report, Console(file=out, width=width, color_system=None))
    return out.getvalue()


@pytest.fixture(params=sorted(LANGS))
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fire(tmp_path: Path, lang: str) -> Report:
    return _compare(tmp_path, LANGS[lang][0])


def _conflict(report: Report) -> Finding:
    return next(f for f in report.findings if f.type == "conflict")


# --------------------------------------------------------------------------- the summary


def test_the_lone_outlet_of_a_two_against_one_conflict_is_named(fire: Report) -> None:
    conflict = _conflict(fire)
    odd = odd_one_out(fire, conflict)
    assert odd is not None
    assert fire.article(odd).source == "Suara Warga"
    counts = per_source(fire)
    assert [counts[a.id].get("odd", 0) for a in fire.articles] == [0, 0, 1]
    assert [counts[a.id].get("conflict", 0) for a in fire.articles] == [1, 1, 1]


@pytest.mark.parametrize(
    ("values", "odd"),
    [
        (("40 kios", "40 kios", "65 kios"), 2),
        (("65 kios", "40 Kios", "40 kios"), 0),
        (("40 kios", "55 kios", "65 kios"), None),  # nobody agrees: nobody is singled out
        (("40 kios", "65 kios"), None),  # two sources: either may be right
    ],
)
def test_an_outlet_is_singled_out_only_when_all_the_others_agree(
    tmp_path: Path, values: tuple[str, ...], odd: int | None
) -> None:
    report = _compare(tmp_path, FIRE_ID[: len(values)])
    evidence = tuple(
        Evidence(a.id, "text", 0, len(v), v) for a, v in zip(report.articles, values, strict=True)
    )
    finding = Finding("conflict", "high", "Jumlah kios berbeda.", evidence)
    expected = None if odd is None else report.articles[odd].id
    assert odd_one_out(report, finding) == expected


def test_the_summary_comes_before_the_findings_in_both_views(fire: Report, lang: str) -> None:
    words = LANGS[lang][1]
    text = _terminal(fire, width=200)
    page = render_html(fire)
    summary_word = words[0]
    findings_word = "Temuan" if lang == "id" else "Findings"
    assert text.index(summary_word) < text.index(findings_word)
    assert words[1] in text
    nav = page.split('<nav class="summary"')[1].split("</nav>")[0]
    for severity in {f.severity for f in fire.findings}:
        assert f'href="#sev-{severity}"' in nav
        assert f'id="sev-{severity}"' in page  # every jump link has a target
    assert page.index('<nav class="summary"') < page.index('class="finding ')


@pytest.mark.parametrize("width", [80, 120])
def test_wrapped_terminal_lines_keep_their_indent(fire: Report, width: int) -> None:
    text = _terminal(fire, width)
    lines = [line.strip("│") for line in text.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("["))
    block = []
    for line in lines[at + 1 :]:
        if not line.strip() or line.lstrip().startswith("["):
            break
        block.append(line)
    assert len(block) >= 3  # the message's tail and one evidence line per outlet at least
    # every continuation sits under its finding, never flush with the panel's edge
    assert all(line.startswith("   ") for line in block), block


# --------------------------------------------------------------------------- the evidence


def test_html_evidence_shows_the_figure_highlighted_inside_its_sentence(fire: Report) -> None:
    page = render_html(fire)
    conflict = _conflict(fire)
    block = page.split(html.escape(conflict.message, quote=False))[1].split("</ul>")[0]
    contexts = re.findall(r'<span class="ctx">(.*?)</span></li>', block)
    assert len(contexts) == 3
    for ctx in contexts:
        marked = re.findall(r"<mark class=\"high\">([^<]+)</mark>", ctx)
        assert marked and re.search(r"\b(40|65)\b", marked[0])
        around = re.sub(r"<[^>]+>", "", ctx).replace(marked[0], "")
        assert len(around.strip(" …")) > 20  # the words around the figure are there too


def test_evidence_lists_the_outlets_in_the_sources_table_order(fire: Report) -> None:
    names = [a.source for a in fire.articles]
    page = render_html(fire)
    for f in fire.findings:
        if f.type != "conflict":
            continue
        block = page.split(f'id="f-{fire.findings.index(f)}"')[1].split("</ul>")[0]
        listed = re.findall(r'<li><span class="src[^"]*">([^<]+)</span>', block)
        assert listed == [n for n in names if n in listed]
    text = _terminal(fire)
    at = text.index("[")
    found = [text.index(f"{n} · ", at) for n in names]
    assert found == sorted(found)


def test_each_outlet_keeps_one_colour_across_the_page(fire: Report) -> None:
    page = render_html(fire)
    for n, a in enumerate(fire.articles):
        chips = set(re.findall(rf'<span class="(src src-\d)">{re.escape(a.source)}</span>', page))
        assert chips == {f"src src-{n}"}
        # sources table, summary, evidence, shared text, unique sentences and the article card
        count = page.count(f'<span class="src src-{n}">{a.source}</span>')
        assert count >= 5


# --------------------------------------------------------------------------- many findings


def test_agreements_are_folded_in_both_views(fire: Report, lang: str) -> None:
    agreements = [f for f in fire.findings if f.type == "agreement"]
    assert agreements
    page = render_html(fire)
    assert re.search(r'<details class="group" id="sev-info">', page)
    assert not re.search(r'<details class="group" id="sev-high">', page)
    text = _terminal(fire, width=200)
    for f in agreements:
        following = text[text.index(f.message) :].splitlines()[1].strip(" │")
        assert not any(following.startswith(f"{a.source} · ") for a in fire.articles)
    conflict = text[text.index(_conflict(fire).message) :].splitlines()[1].strip(" │")
    assert conflict.startswith(f"{fire.articles[0].source} · ")  # problems keep their evidence
    assert ("tanpa bukti" if lang == "id" else "without their evidence") in text


def test_folded_groups_still_print(fire: Report) -> None:
    page = render_html(fire)
    printing = page.split("@media print{")[1]
    assert "details::details-content{content-visibility:visible" in printing


# --------------------------------------------------------------------------- language, safety


def test_a_report_speaks_one_language(fire: Report, lang: str) -> None:
    _, present, absent = LANGS[lang]
    text = _terminal(fire)
    page = render_html(fire)
    for view in (text, page):
        for phrase in present[:1]:
            assert phrase in view
        for phrase in absent:
            assert phrase not in view


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.mark.parametrize("where", ["outlet", "headline", "body", "unique"])
def test_hostile_article_text_is_escaped_in_every_new_part(tmp_path: Path, where: str) -> None:
    texts = list(FIRE_ID)
    outlets = list(OUTLETS)
    if where == "outlet":
        outlets[2] = HOSTILE
    elif where == "headline":
        texts[2] = HOSTILE + " " + texts[2]
    elif where == "body":
        texts[2] = texts[2].replace("Sebanyak 65 kios", f"Sebanyak 65 kios {HOSTILE}")
    else:
        texts[2] = texts[2] + f"\nWarga menulis {HOSTILE} di dinding pasar yang terbakar.\n"
    report = _compare(tmp_path, tuple(texts), outlets)
    page = render_html(report)
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;" in page


def test_every_in_page_link_has_a_target(fire: Report) -> None:
    page = render_html(fire)
    targets = set(re.findall(r'id="([^"]+)"', page))
    links = set(re.findall(r'href="#([^"]+)"', page))
    assert links and links <= targets


@pytest.mark.parametrize("subject", [1, 2])
def test_a_headline_mismatch_is_counted_for_its_own_outlet_and_listed_first(
    tmp_path: Path, subject: int
) -> None:
    report = _compare(tmp_path, FIRE_ID)
    own = report.articles[subject]
    support = report.articles[0]
    title_words = "Pasar Induk Sukamaju"
    evidence = (
        Evidence(own.id, "title", 0, len(own.title), own.title),
        Evidence(own.id, "text", 0, 20, own.text[:20]),
        Evidence(support.id, "title", 0, len(support.title), support.title),
    )
    assert title_words in own.title
    finding = Finding("headline_mismatch", "high", "Judul menyebut angka lain.", evidence)
    report = Report(articles=report.articles, findings=(finding,))
    counts = per_source(report)
    assert [counts[a.id].get("headline_mismatch", 0) for a in report.articles] == [
        1 if k == subject else 0 for k in range(3)
    ]
    page = render_html(report)
    listed = re.findall(r'<li><span class="src[^"]*">([^<]+)</span>', page)
    assert listed[0] == own.source and listed[-1] == support.source
