"""What the second usability review of the web app fixed: an empty corpus says how to fill
it, a page past the end leads back to the last page, a pasted list of URLs is refused (the
server never fetches pages on a visitor's behalf), and saved kroscek pages are refused.

Articles are written for these tests (a made-up market fire); no outlet's text.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main
from kroscek.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient

MARKET = (
    "Pasar Induk Rawabening Terbakar, 60 Kios Hangus\n\n"
    "RAWABENING - Kebakaran melanda Pasar Induk Rawabening pada Minggu dini hari dan "
    "menghanguskan 60 kios pedagang sayur. Api padam setelah empat jam.\n\n"
    '"Kerugian pedagang masih kami hitung," kata Kepala Dinas Perdagangan, Ratna Wulandari.\n'
)
MARKET_2 = (
    "Kebakaran Pasar Rawabening, 75 Kios Rusak\n\n"
    "RAWABENING - Sebanyak 75 kios di Pasar Induk Rawabening rusak terbakar pada Minggu "
    "dini hari. Petugas pemadam membutuhkan empat jam untuk memadamkan api.\n\n"
    "Ratna Wulandari mengatakan pedagang akan dipindahkan ke lapangan parkir sementara.\n"
)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kosong") / "korpus.db"
    assert CliRunner().invoke(main, ["ingest", "--db", str(path)]).exit_code == 0
    return path


@pytest.fixture(scope="module")
def client(empty_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(empty_db)) as c:
        yield c


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        (
            "id",
            "Korpus ini belum berisi artikel. Tambahkan artikel dengan "
            "«kroscek ingest --db korpus.db FOLDER»",
        ),
        (
            "en",
            "This corpus has no articles yet. Add some with “kroscek ingest --db korpus.db FOLDER”",
        ),
    ],
)
def test_an_empty_corpus_says_how_to_fill_it_not_that_filters_match_nothing(
    client: TestClient, lang: str, says: str
) -> None:
    page = client.get(f"/?lang={lang}")
    assert page.status_code == 200
    assert says in page.text
    assert "filter" not in page.text.split('class="empty"')[1].split("</p>")[0].lower()


def test_the_empty_corpus_advice_names_the_file_not_the_server_path(
    client: TestClient, empty_db: Path
) -> None:
    page = client.get("/?lang=en").text
    assert str(empty_db.parent) not in page


def test_a_page_past_the_end_leads_back_to_the_last_page(client: TestClient) -> None:
    page = client.get("/?page=40&lang=en").text
    assert 'rel="prev" href="/?lang=en&amp;page=1"' in page


def test_a_pasted_list_of_urls_is_refused_and_never_fetched(client: TestClient) -> None:
    listing = "http://127.0.0.1:9/satu\nhttp://127.0.0.1:9/dua\n"
    r = client.post("/compare.json", data={"text1": listing, "text2": MARKET, "text3": MARKET_2})
    assert r.status_code == 200
    rejected = r.json()["rejected"]
    assert len(rejected) == 1
    assert rejected[0]["origin"].startswith("#1")
    assert rejected[0]["reason"].startswith("a list of 2 URL(s), not an article")
    assert len(r.json()["articles"]) == 2


def test_an_uploaded_kroscek_report_is_refused(client: TestClient, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(MARKET, "utf-8")
    b.write_text(MARKET_2, "utf-8")
    out = tmp_path / "laporan.html"
    made = CliRunner().invoke(main, ["compare", str(a), str(b), "--format", "html", "-o", str(out)])
    assert made.exit_code == 0
    r = client.post(
        "/compare.json",
        data={"text1": MARKET, "text2": MARKET_2},
        files=[("files", ("laporan.html", out.read_bytes(), "text/html"))],
    )
    assert r.status_code == 200
    body = r.json()
    assert [x["origin"] for x in body["rejected"]] == ["laporan.html"]
    assert "made by kroscek" in body["rejected"][0]["reason"]
    assert json.dumps(body).count("Laporan cek silang") == 0


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("id", "«-gempa» tidak mengecualikan kata di sini: tulis NOT gempa"),
        ("en", "“-gempa” does not leave a word out here: write NOT gempa"),
    ],
)
def test_a_minus_word_in_search_shows_the_form_again_with_the_not_spelling(
    client: TestClient, lang: str, says: str
) -> None:
    page = client.get("/search", params={"q": "banjir -gempa", "lang": lang})
    assert page.status_code == 400
    assert says in page.text
    assert 'value="banjir -gempa"' in page.text  # the query stays in the box


def test_a_minus_word_in_the_json_search_is_a_400_saying_not(client: TestClient) -> None:
    r = client.get("/search.json", params={"q": "-gempa"})
    assert r.status_code == 400
    assert "write NOT gempa" in r.json()["error"]["message"]


def test_a_hyphen_inside_a_phrase_or_a_word_is_searched_as_text(client: TestClient) -> None:
    for q in ('"pasar -induk"', "anak-anak"):
        assert client.get("/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize(
    ("lang", "summary", "meaning"),
    [
        ("id", "Cara membaca temuan", "sumber menyebut angka, nama, waktu, tempat"),
        ("en", "How to read the findings", "sources give a different figure, name, time"),
    ],
)
def test_a_report_page_says_what_its_finding_types_mean(
    client: TestClient, lang: str, summary: str, meaning: str
) -> None:
    page = client.post(f"/compare?lang={lang}", data={"text1": MARKET, "text2": MARKET_2})
    assert page.status_code == 200
    assert '<details class="glossary">' in page.text
    glossary = page.text.split('<details class="glossary">')[1].split("</details>")[0]
    assert summary in glossary and meaning in glossary
    assert "framing" not in glossary and "pembingkaian" not in glossary  # none on this page


def test_an_uploaded_json_array_is_read_record_by_record(client: TestClient) -> None:
    records = [
        {"title": t, "text": b.split("\n\n", 1)[1], "source": s}
        for (t, b, s) in (
            ("Pasar Induk Terbakar", MARKET, "Kabar Rawa"),
            ("Kebakaran Pasar Rawabening", MARKET_2, "Warta Bening"),
        )
    ]
    r = client.post(
        "/compare.json",
        files=[("files", ("ekspor.json", json.dumps(records).encode(), "application/json"))],
    )
    assert r.status_code == 200
    assert sorted(a["source"] for a in r.json()["articles"]) == ["Kabar Rawa", "Warta Bening"]


def test_one_uploaded_jsonl_export_with_two_articles_is_enough(client: TestClient) -> None:
    lines = [
        json.dumps({"title": "Pasar Induk Terbakar", "text": MARKET.split("\n\n", 1)[1]}),
        json.dumps({"title": "Kebakaran Pasar", "text": MARKET_2.split("\n\n", 1)[1]}),
    ]
    r = client.post(
        "/compare.json",
        files=[("files", ("ekspor.jsonl", "\n".join(lines).encode(), "application/x-ndjson"))],
    )
    assert r.status_code == 200
    assert len(r.json()["articles"]) == 2


def test_one_uploaded_export_with_a_single_article_still_asks_for_another(
    client: TestClient,
) -> None:
    line = json.dumps({"title": "Pasar Induk Terbakar", "text": MARKET.split("\n\n", 1)[1]})
    r = client.post(
        "/compare.json", files=[("files", ("satu.jsonl", line.encode(), "application/x-ndjson"))]
    )
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "not_enough_articles"


SCHOOL = (
    "Sekolah Dasar di Tanjung Batu Raih Juara Lomba Sains\n\n"
    "TANJUNG BATU - Tim SD Negeri 4 Tanjung Batu menjuarai lomba sains tingkat provinsi pada "
    "Sabtu. Kepala sekolah, Yohana Sitompul, mengatakan hadiahnya akan dipakai membeli buku.\n"
)


@pytest.mark.parametrize(
    ("second", "warned"), [(MARKET_2, False), (SCHOOL, True)], ids=["one-event", "two-events"]
)
def test_the_compare_form_warns_when_the_articles_look_like_two_events(
    client: TestClient, second: str, warned: bool
) -> None:
    page = client.post("/compare?lang=id", data={"text1": MARKET, "text2": second})
    assert page.status_code == 200
    shown = "mungkin tidak memberitakan peristiwa yang sama" in page.text
    assert shown == warned


@pytest.fixture(scope="module")
def market_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("pasar")
    rows = [
        {"title": title, "text": body.split("\n\n", 1)[1], "source": outlet}
        for (title, body, outlet) in (
            ("Pasar Induk Rawabening Terbakar", MARKET, "Kabar Rawa"),
            ("Kebakaran Pasar Rawabening", MARKET_2, "Warta Bening"),
            ("Sekolah Juara Lomba Sains", SCHOOL, "Suara Batu"),
        )
    ]
    export = folder / "ekspor.jsonl"
    export.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    db = folder / "pasar.db"
    assert CliRunner().invoke(main, ["ingest", str(export), "--db", str(db)]).exit_code == 0
    with TestClient(create_app(db)) as c:
        yield c


@pytest.mark.parametrize(
    ("lang", "line"), [("id", "1–2 dari 2 artikel"), ("en", "1–2 of 2 articles")]
)
def test_search_results_say_how_many_articles_match(
    market_client: TestClient, lang: str, line: str
) -> None:
    page = market_client.get("/search", params={"q": "kios", "lang": lang})
    assert page.status_code == 200
    assert f'<p class="muted count">{line}</p>' in page.text


def test_the_json_search_gives_the_total(market_client: TestClient) -> None:
    body = market_client.get("/search.json", params={"q": "kios"}).json()
    assert body["total"] == 2 and body["total_capped"] is False
    assert len(body["hits"]) == 2
