"""Pages over a real corpus: story list, filters, search, outlets, and hostile articles.

The corpus is built by test_web_corpus.build_corpus through the project's own pipeline.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroscek.store import Corpus
from kroscek.web import create_app
from test_web_corpus import ATTACK, HOSTILE_SCRIPT, build_corpus

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("webstories") / "kroscek.db")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def _story_ids(html: str) -> list[str]:
    return re.findall(r'href="/stories/([^"?#]+)"', html)


def test_story_list_is_newest_first_with_outlet_counts(client: TestClient, db: Path) -> None:
    r = client.get("/")
    assert r.status_code == 200
    with Corpus(db, readonly=True) as corpus:
        expected = [s.id for s in corpus.stories(limit=20)]
    assert _story_ids(r.text) == expected
    assert "3 media" in r.text


def test_story_list_json_twin_matches_the_library(client: TestClient, db: Path) -> None:
    from kroscek.store.queries import story_record

    data = client.get("/index.json").json()
    with Corpus(db, readonly=True) as corpus:
        details = [corpus.story(s.id) for s in corpus.stories(limit=20)]
        assert data["stories"] == [story_record(d) for d in details if d is not None]
        assert data["total"] == corpus.count_stories()


@pytest.mark.parametrize(
    ("query", "n_expected"),
    [
        ({"article_lang": "en"}, 1),
        ({"article_lang": "id"}, 3),
        ({"outlet": "Warta Harian"}, 1),
        ({"outlet": "Tidak Ada"}, 0),
        ({"since": "2024-03-01"}, 2),
        ({"until": "2024-02-20"}, 2),
        ({"since": "2024-02-01", "until": "2024-02-10"}, 1),
        ({"min_sources": "3"}, 1),
    ],
)
def test_story_list_filters(client: TestClient, query: dict[str, str], n_expected: int) -> None:
    data = client.get("/index.json", params=query).json()
    assert len(data["stories"]) == n_expected
    html = client.get("/", params=query).text
    assert len(_story_ids(html)) == n_expected
    if n_expected == 0:
        assert "Belum ada cerita" in html


def test_past_the_last_page_is_empty_not_an_error(client: TestClient) -> None:
    r = client.get("/", params={"page": "50"})
    assert r.status_code == 200 and _story_ids(r.text) == []


@pytest.mark.parametrize(
    ("q", "expected_title_word"),
    [("perbatasan", "Perbatasan"), ("ferry", "ferry"), ('"Sungai Rata"', "Sungai Rata")],
)
def test_search_shows_hits_with_highlighted_snippets(
    client: TestClient, q: str, expected_title_word: str
) -> None:
    r = client.get("/search", params={"q": q})
    assert r.status_code == 200
    assert expected_title_word in r.text
    assert "<mark>" in r.text
    data = client.get("/search.json", params={"q": q}).json()
    assert data["hits"] and all("«" in h["snippet"] for h in data["hits"])


def test_search_without_hits_says_so(client: TestClient) -> None:
    r = client.get("/search", params={"q": "kapalselam"})
    assert r.status_code == 200 and "Tidak ada artikel yang cocok" in r.text


def test_outlet_page_lists_its_stories(client: TestClient, db: Path) -> None:
    r = client.get("/outlets/Warta%20Harian")
    assert r.status_code == 200
    assert "Warta Harian" in r.text and ATTACK in r.text.lower()
    data = client.get("/outlets/Warta%20Harian.json").json()
    with Corpus(db, readonly=True) as corpus:
        detail = corpus.outlet("Warta Harian")
        assert detail is not None
        assert data == {**detail.to_dict(), "conflicts_from": data["conflicts_from"]}


def test_outlets_page_links_every_outlet(client: TestClient) -> None:
    html = client.get("/outlets").text
    for name in ("Kabar%20Lembah", "Island%20Daily", "Pos%20Hulu"):
        assert f'href="/outlets/{name}"' in html


def _assert_inert(html: str) -> None:
    assert "<script>alert" not in html
    assert "<b onmouseover" not in html
    assert not re.search(r"<img[^>]*onerror", html)
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.IGNORECASE)
    # the only <script> element of any page is the app's own file
    scripts = re.findall(r"<script[^>]*>", html)
    assert len(scripts) == 1 and scripts[0].startswith('<script src="/static/app.js')


@pytest.mark.parametrize(
    "path",
    ["/", "/search?q=Sungai", "/outlets", "/?article_lang=id", "/outlets.json"],
)
def test_hostile_article_is_escaped_on_list_pages(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    if path.endswith(".json"):
        assert "Media <b onmouseover=alert('sumber')>Jahat</b>" in [
            o["name"] for o in r.json()["outlets"]
        ]
        return
    _assert_inert(r.text)
    if path != "/outlets":
        assert "&lt;script&gt;alert(" in r.text


def test_hostile_outlet_page_is_escaped(client: TestClient) -> None:
    name = "Media <b onmouseover=alert('sumber')>Jahat</b>"
    r = client.get("/outlets/" + _quote(name))
    assert r.status_code == 200
    _assert_inert(r.text)
    assert "Media &lt;b onmouseover" in r.text


def _quote(value: str) -> str:
    from urllib.parse import quote

    return quote(value, safe="")


def test_hostile_title_is_text_in_the_json_twin(client: TestClient) -> None:
    stories = client.get("/index.json").json()["stories"]
    assert any(HOSTILE_SCRIPT in s["title"] for s in stories)


# --------------------------------------------------------------------------- story pages


def _attack_id(db: Path) -> str:
    with Corpus(db, readonly=True) as corpus:
        return next(s.id for s in corpus.stories(limit=10) if s.n_sources == 3)


def _hostile_id(db: Path) -> str:
    with Corpus(db, readonly=True) as corpus:
        return next(s.id for s in corpus.stories(limit=10) if HOSTILE_SCRIPT in s.title)


def _marked_text(html: str, anchor: str) -> str:
    """The characters of every highlighted piece that belongs to ``anchor``, unescaped."""
    import html as html_lib

    pieces = re.findall(r'<mark [^>]*data-marks="([^"]*)"[^>]*>(.*?)</mark>', html, re.DOTALL)
    return html_lib.unescape("".join(text for marks, text in pieces if anchor in marks.split()))


def test_story_page_shows_sources_timeline_findings_and_a_pair(
    client: TestClient, db: Path
) -> None:
    story_id = _attack_id(db)
    r = client.get(f"/stories/{story_id}")
    assert r.status_code == 200
    for outlet in ("Kabar Lembah", "Warta Harian", "Suara Timur"):
        assert outlet in r.text
    for section in ('id="sources-h"', 'id="agree-h"', 'id="findings-h"'):
        assert section in r.text
    assert r.text.count('class="pane"') == 2
    assert 'class="badge sev-' in r.text


def test_story_json_twin_is_the_library_report(client: TestClient, db: Path) -> None:
    from kroscek.store.queries import story_record

    story_id = _attack_id(db)
    data = client.get(f"/stories/{story_id}.json").json()
    with Corpus(db, readonly=True) as corpus:
        detail = corpus.story(story_id)
        report = corpus.story_report(story_id)
    assert detail is not None and report is not None
    # the shape of `kroscek story ID --format json`, with the outlets its report compares
    n = len({a.source for a in detail.independent()})
    expected = {"story": story_record(detail), **report.to_dict(), "compared": {"outlets": n}}
    expected["compared"]["of_outlets"] = n
    assert data == json.loads(json.dumps(expected))


def test_every_evidence_in_the_pair_is_highlighted_at_its_offsets(
    client: TestClient, db: Path
) -> None:
    story_id = _attack_id(db)
    report = client.get(f"/stories/{story_id}.json").json()
    ids = [a["id"] for a in report["articles"]]
    checked = 0
    for a, b in ((ids[0], ids[1]), (ids[1], ids[2]), (ids[0], ids[2])):
        html = client.get(f"/stories/{story_id}", params={"a": a, "b": b}).text
        for i, finding in enumerate(report["findings"]):
            for j, ev in enumerate(finding["evidence"]):
                if ev["article"] not in (a, b):
                    continue
                article = next(x for x in report["articles"] if x["id"] == ev["article"])
                expected = article[ev["field"]][ev["start"] : ev["end"]]
                assert _marked_text(html, f"ev-{i}-{j}") == expected
                checked += 1
    assert checked > 0


def test_evidence_links_lead_to_a_pair_that_shows_the_evidence(
    client: TestClient, db: Path
) -> None:
    story_id = _attack_id(db)
    html = client.get(f"/stories/{story_id}").text
    links = re.findall(r'<a class="jump" href="([^"]+)" data-anchor="([^"]+)"', html)
    assert links
    for href, anchor in links:
        href = href.replace("&amp;", "&")
        target = html if href.startswith("#") else client.get(href.split("#")[0]).text
        assert f'id="{anchor}"' in target, href


@pytest.mark.parametrize(
    ("params", "status"),
    [({"a": "0000000000000000"}, 404), ({"b": "<script>"}, 404), ({"a": "x", "b": "x"}, 404)],
)
def test_a_pair_outside_the_story_is_refused(
    client: TestClient, db: Path, params: dict[str, str], status: int
) -> None:
    r = client.get(f"/stories/{_attack_id(db)}", params=params)
    assert r.status_code == status
    assert "<script>" not in r.text.split("<main", 1)[1]


def test_the_same_article_twice_is_a_400(client: TestClient, db: Path) -> None:
    story_id = _attack_id(db)
    first = client.get(f"/stories/{story_id}.json").json()["articles"][0]["id"]
    r = client.get(f"/stories/{story_id}", params={"a": first, "b": first})
    assert r.status_code == 400 and "dua artikel yang berbeda" in r.text


def test_article_page_shows_its_facts_and_its_story(client: TestClient, db: Path) -> None:
    story_id = _attack_id(db)
    report = client.get(f"/stories/{story_id}.json").json()
    article = report["articles"][0]
    r = client.get(f"/articles/{article['id']}")
    assert r.status_code == 200
    assert f'href="/stories/{story_id}"' in r.text
    assert r.text.count('class="fact ') >= 1 or not article["facts"]
    data = client.get(f"/articles/{article['id']}.json").json()
    assert data["story_id"] == story_id and data["facts"] == article["facts"]


@pytest.mark.parametrize("which", ["story", "article", "pair"])
def test_hostile_story_and_article_pages_are_inert(
    client: TestClient, db: Path, which: str
) -> None:
    story_id = _hostile_id(db)
    report = client.get(f"/stories/{story_id}.json").json()
    hostile = next(a for a in report["articles"] if HOSTILE_SCRIPT in a["title"])
    if which == "story":
        r = client.get(f"/stories/{story_id}")
    elif which == "article":
        r = client.get(f"/articles/{hostile['id']}")
    else:
        other = next(a["id"] for a in report["articles"] if a["id"] != hostile["id"])
        r = client.get(f"/stories/{story_id}", params={"a": other, "b": hostile["id"]})
    assert r.status_code == 200
    _assert_inert(r.text)
    assert "&lt;script&gt;alert(" in r.text
    assert "onerror=" not in r.text.replace("onerror=&#34;", "").replace("onerror=&quot;", "")


def _single_id(db: Path) -> str:
    with Corpus(db, readonly=True) as corpus:
        return next(s.id for s in corpus.stories(limit=10) if s.n_articles == 1)


def test_a_story_with_one_article_has_no_report_and_says_why(client: TestClient, db: Path) -> None:
    story_id = _single_id(db)
    r = client.get(f"/stories/{story_id}")
    assert r.status_code == 200
    assert "baru punya satu artikel" in r.text and 'class="pane"' not in r.text
    data = client.get(f"/stories/{story_id}.json").json()
    assert data["report"] is None and data["reason"] == "single"
    assert data["story"]["id"] == story_id


def test_a_large_uncached_story_is_not_compared_on_the_request(db: Path) -> None:
    story_id = _attack_id(db)
    with TestClient(create_app(db, max_live_compare=2)) as small:
        r = small.get(f"/stories/{story_id}")
        assert r.status_code == 200
        assert f"kroscek story {story_id} --db {db.name}" in r.text
        assert str(db.parent) not in r.text  # the file's name, not where it lives
        assert small.get(f"/stories/{story_id}.json").json()["reason"] == "too_large"
