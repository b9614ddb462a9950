"""What the sixth usability review fixed for an editor in ``kroscek serve``.

The story page (and the compare form's result) opens its findings with the report's
per-source summary and names the odd one out of a conflict, from the same functions as
``kroscek story`` and the HTML report; a story of more outlets than a report compares is
cross-checked on the page, which says how many of how many outlets it compared.

The corpus is review6_corpus.py's (written for these tests; no outlet's text).
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroscek.report._common import per_source, source_labels, summary_types
from kroscek.settings import DEFAULT
from kroscek.store import Corpus
from kroscek.web import create_app
from review6_corpus import FIRE_ODD, FIRE_OUTLETS, FLOOD_ODD, FLOOD_OUTLETS, RECORDS, build
from review6_corpus import story_of as story_with

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient

ODD = {"id": "beda sendiri", "en": "odd one out"}
PER_SOURCE = {"id": "Temuan per sumber", "en": "Findings per source"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("review6web"))


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def _table(page: str) -> list[list[str]]:
    """The per-source table's rows as text cells (the header row first)."""
    found = re.search(r'<details class="per-source".*?<table>(.*?)</table>', page, re.S)
    assert found, "no per-source table"
    rows = re.findall(r"<tr>(.*?)</tr>", found.group(1), re.S)
    return [
        [
            html.unescape(re.sub(r"<[^>]+>", "", c)).strip()
            for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r, re.S)
        ]
        for r in rows
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("outlet", "odd"), [(FIRE_ODD, FIRE_ODD), (FLOOD_OUTLETS[0], FLOOD_ODD)])
def test_the_story_page_counts_findings_per_source_as_the_report_does(
    client: TestClient, db: Path, lang: str, outlet: str, odd: str
) -> None:
    story_id = story_with(db, outlet)
    page = client.get(f"/stories/{story_id}?lang={lang}").text
    with Corpus(db, readonly=True) as corpus:
        report = corpus.story_report(story_id)
    assert report is not None
    labels = source_labels(report)
    types = summary_types(report)
    counts = per_source(report)
    table = _table(page)
    assert PER_SOURCE[lang] in page
    assert table[0][-1] == ODD[lang]
    assert len(table[0]) == len(types) + 2
    assert [row[0] for row in table[1:]] == [labels[a.id] for a in report.articles]
    for article, row in zip(report.articles, table[1:], strict=True):
        expected = [str(counts[article.id].get(t, 0) or "–") for t in types]
        expected.append(str(counts[article.id].get("odd", 0) or "–"))
        assert row[1:] == expected
    assert [row[0] for row in table[1:] if row[-1] != "–"] == [odd]
    assert f"({ODD[lang]}: {odd})" in html.unescape(page)


def test_each_outlet_of_the_summary_links_to_its_article(client: TestClient, db: Path) -> None:
    story_id = story_with(db, FIRE_ODD)
    page = client.get(f"/stories/{story_id}").text
    with Corpus(db, readonly=True) as corpus:
        report = corpus.story_report(story_id)
    assert report is not None
    summary = page[
        page.index('<details class="per-source"') : page.index(
            "</details>", page.index('<details class="per-source"')
        )
    ]
    for article in report.articles:
        assert f'<a href="/articles/{article.id}">{article.source}</a>' in summary


def test_the_compare_form_shows_the_same_summary_without_corpus_links(client: TestClient) -> None:
    fires = [r for r in RECORDS if r["source"] in FIRE_OUTLETS]
    data = {f"text{n}": f"{r['title']}\n\n{r['text']}" for n, r in enumerate(fires, start=1)}
    data |= {f"source{n}": r["source"] for n, r in enumerate(fires, start=1)}
    page = client.post("/compare?lang=id", data=data).text
    table = _table(page)
    assert [row[0] for row in table[1:]] == list(FIRE_OUTLETS)
    assert [row[0] for row in table[1:] if row[-1] != "–"] == [FIRE_ODD]
    summary = page[page.index('<details class="per-source"') :]
    assert "/articles/" not in summary[: summary.index("</details>")]


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("id", "Cek silang ini membandingkan {n} dari {m} media"),
        ("en", "This cross-check compares {n} of {m} outlets"),
    ],
)
def test_a_story_of_more_outlets_than_a_report_compares_is_checked_and_says_so(
    client: TestClient, db: Path, lang: str, says: str
) -> None:
    story_id = story_with(db, FLOOD_OUTLETS[0])
    n, m = DEFAULT.story_report_max_articles, len(FLOOD_OUTLETS)
    page = client.get(f"/stories/{story_id}?lang={lang}")
    assert page.status_code == 200
    assert says.format(n=n, m=m) in page.text
    assert 'id="findings-h"' in page.text
    data = client.get(f"/stories/{story_id}.json").json()
    assert data["compared"] == {"outlets": n, "of_outlets": m}
    assert len(data["articles"]) == n


def test_a_story_compared_whole_carries_no_scope_note(client: TestClient, db: Path) -> None:
    page = client.get(f"/stories/{story_with(db, FIRE_ODD)}?lang=en").text
    assert "This cross-check compares" not in page


@pytest.mark.parametrize(
    ("limit", "compared"), [(2, False), (DEFAULT.story_report_max_articles, True)]
)
def test_the_live_compare_limit_counts_the_articles_a_report_would_compare(
    db: Path, limit: int, compared: bool
) -> None:
    story_id = story_with(db, FLOOD_OUTLETS[0])
    with TestClient(create_app(db, max_live_compare=limit)) as c:
        data = c.get(f"/stories/{story_id}.json").json()
        page = c.get(f"/stories/{story_id}").text
    if compared:
        assert data["compared"]["outlets"] == limit
    else:
        assert data == {"story": data["story"], "report": None, "reason": "too_large"}
        assert f"kroscek story {story_id} --db {db.name}" in page


@pytest.mark.parametrize(
    ("lang", "says", "facts"),
    [
        (
            "id",
            "Artikel ini tidak ikut cek silang ceritanya",
            "Fakta artikel ini tidak diekstrak: ia tidak ikut cek silang.",
        ),
        (
            "en",
            "This article is not part of its story's cross-check",
            "This article's facts were not extracted: it is not part of the cross-check.",
        ),
    ],
)
def test_an_article_left_out_of_its_storys_report_says_so_not_that_nothing_was_found(
    client: TestClient, db: Path, lang: str, says: str, facts: str
) -> None:
    story_id = story_with(db, FLOOD_OUTLETS[0])
    data = client.get(f"/stories/{story_id}.json").json()
    compared = {a["id"] for a in data["articles"]}
    left_out = [a for a in data["story"]["articles"] if a["id"] not in compared]
    assert [a["source"] for a in left_out] == list(
        FLOOD_OUTLETS[DEFAULT.story_report_max_articles :]
    )
    page = html.unescape(client.get(f"/articles/{left_out[0]['id']}?lang={lang}").text)
    assert says in page and facts in page
    assert f'<a href="/stories/{story_id}">' in page
    inside = html.unescape(client.get(f"/articles/{data['articles'][0]['id']}?lang={lang}").text)
    assert says not in inside
