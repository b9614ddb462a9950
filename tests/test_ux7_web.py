"""The seventh usability review in the browser: `kroscek story ID` on the command line
makes /story/ID a natural address to type, so the singular forms lead to the pages
(query and all) instead of a bare 404; a story of forty outlets still renders whole, and
its timeline says who published first.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient

TITLE = "Bus Terguling di Tanjakan Emen, {n} Penumpang Tewas"
# forty outlets, each with its own wording (no copies), disagreeing on the toll
WORDS = ["tujuh", "delapan", "sembilan", "tujuh"]


def _article(k: int) -> dict[str, str]:
    n = WORDS[k % len(WORDS)]
    return {
        "title": TITLE.format(n=n.capitalize()),
        "text": (
            f"SUBANG - Sebuah bus rombongan peziarah terguling di Tanjakan Emen, Subang, pada "
            f"Sabtu (21/11/2026) sore. Sebanyak {n} penumpang tewas, kata petugas Satlantas "
            f"setempat kepada media nomor {k}. Laporan ini ditulis dengan kalimat sendiri oleh "
            f"redaksi ke-{k}: " + " ".join(f"catatan{k}x{j}" for j in range(12)) + "."
        ),
        "source": f"Portal Kota {k:02d}",
        "published": f"2026-11-21T1{6 + k // 20}:{k % 20 * 3:02d}:00+07:00",
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    folder = tmp_path_factory.mktemp("ux7web")
    path = folder / "empat-puluh.jsonl"
    path.write_text(
        "\n".join(json.dumps(_article(k), ensure_ascii=False) for k in range(40)), "utf-8"
    )
    db = folder / "web.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with TestClient(create_app(str(db))) as c:
        stories = c.get("/index.json").json()["stories"]
        biggest = max(stories, key=lambda s: s["n_articles"])
        yield c, biggest["id"]


@pytest.mark.parametrize(
    ("typed", "real"),
    [
        ("/story/{id}", "/stories/{id}"),
        ("/story/{id}?lang=en", "/stories/{id}?lang=en"),
        ("/story/{id}.json", "/stories/{id}.json"),
        ("/story/{id}.csv", "/stories/{id}.csv"),
        ("/outlet/Portal%20Kota%2003", "/outlets/Portal%20Kota%2003"),
    ],
)
def test_a_singular_address_leads_to_the_page_with_its_query(
    client: tuple[TestClient, str], typed: str, real: str
) -> None:
    c, story_id = client
    r = c.get(typed.format(id=story_id), follow_redirects=False)
    assert r.status_code == 308
    assert r.headers["location"].endswith(real.format(id=story_id))
    assert c.get(typed.format(id=story_id)).status_code == 200


@pytest.mark.parametrize("path", ["/stori/abc", "/storys/abc", "/foo/bar"])
def test_an_unknown_address_is_still_a_404_page_that_leads_back(
    client: tuple[TestClient, str], path: str
) -> None:
    c, _ = client
    r = c.get(path)
    assert r.status_code == 404
    assert 'href="/"' in r.text


def test_a_story_of_forty_outlets_renders_whole_with_its_timeline(
    client: tuple[TestClient, str],
) -> None:
    c, story_id = client
    data = c.get(f"/stories/{story_id}.json").json()
    assert data["story"]["n_articles"] == 40
    page = c.get(f"/stories/{story_id}")
    assert page.status_code == 200
    html = page.text
    for k in (0, 19, 39):  # every outlet appears on the page, the last as the first
        assert f"Portal Kota {k:02d}" in html
    # the first to publish is said with its clock time
    assert "16:00" in html
    for link in ("/stories/{id}.json", "/stories/{id}.csv"):
        assert c.get(link.format(id=story_id)).status_code == 200


@pytest.mark.parametrize(
    ("suffix", "says"),
    [
        ("?lang=id", "Maksud Anda {id}?"),
        ("?lang=en", "Did you mean {id}?"),
        (".json", "did you mean {id}?"),
    ],
)
def test_a_story_address_cut_short_suggests_the_story(
    client: tuple[TestClient, str], suffix: str, says: str
) -> None:
    c, story_id = client
    r = c.get(f"/stories/{story_id[:-1]}{suffix}")
    assert r.status_code == 404
    assert says.format(id=story_id) in r.text
