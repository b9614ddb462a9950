"""Pages over a real corpus: story list, filters, search, outlets, and hostile articles.

The corpus is built by test_web_corpus.build_corpus through the project's own pipeline.
"""

from __future__ import annotations

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
    data = client.get("/index.json").json()
    with Corpus(db, readonly=True) as corpus:
        assert data["stories"] == [s.to_dict() for s in corpus.stories(limit=20)]
        assert data["total"] == corpus.count_stories()


@pytest.mark.parametrize(
    ("query", "n_expected"),
    [
        ({"article_lang": "en"}, 1),
        ({"article_lang": "id"}, 2),
        ({"outlet": "Warta Harian"}, 1),
        ({"outlet": "Tidak Ada"}, 0),
        ({"since": "2024-03-01"}, 1),
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
        assert detail is not None and data == detail.to_dict()


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
