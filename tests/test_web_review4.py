"""What the fourth usability review (a newsroom editor at 9 a.m.) found and fixed.

Over the review's own small corpus (tests/review4_corpus.py): CSV exports of a story's
findings, of the story list and of search hits; search narrowed to one outlet and to days;
days read as WIB days; what grew since a day; a link to each finding; times in other zones
also given in WIB; a flood of warnings cut to a few lines.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterator

import pytest

import review4_corpus
from kroscek.report.csv_report import CSV_COLUMNS, rows_to_csv
from kroscek.web import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient

LANDSLIDE = "Longsor Timbun Lima Rumah di Lereng Bukit Sarangan"
GAMBLING = "Polisi Tangkap Bandar Judi Online di Medan"
MARKET = "Harga Cabai Rawit di Pasar Gede Naik Tajam"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = review4_corpus.build(tmp_path_factory.mktemp("review4"))
    with TestClient(create_app(db)) as c:
        yield c


def _story_id(client: TestClient, title: str) -> str:
    stories = client.get("/index.json").json()["stories"]
    return next(s["id"] for s in stories if s["title"] == title)


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "a download starts with a BOM so Excel reads UTF-8"
    return list(csv.DictReader(io.StringIO(text[1:])))


# --------------------------------------------------------------------------- CSV exports


@pytest.mark.parametrize(
    ("path", "filename"),
    [
        ("/index.csv", "kroscek-stories.csv"),
        ("/index.csv?min_sources=2&outlet=kabar+timur", "kroscek-stories.csv"),
        ("/search.csv?q=Suryo", "kroscek-search.csv"),
        ("/stories/{landslide}.csv", "kroscek-{landslide}.csv"),
    ],
)
def test_every_csv_export_is_a_named_utf8_download(
    client: TestClient, path: str, filename: str
) -> None:
    landslide = _story_id(client, LANDSLIDE)
    r = client.get(path.format(landslide=landslide))
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"] == (
        f'attachment; filename="{filename.format(landslide=landslide)}"'
    )
    assert _csv_rows(r.text), "an export of a non-empty list holds rows"


def test_a_storys_findings_csv_quotes_each_piece_of_evidence_as_the_report_does(
    client: TestClient,
) -> None:
    story_id = _story_id(client, LANDSLIDE)
    report = client.get(f"/stories/{story_id}.json").json()
    r = client.get(f"/stories/{story_id}.csv")
    rows = _csv_rows(r.text)
    assert tuple(rows[0]) == CSV_COLUMNS
    articles = {a["id"]: a for a in report["articles"]}
    assert {int(row["finding"]) for row in rows} == set(range(len(report["findings"])))
    for row in rows:
        finding = report["findings"][int(row["finding"])]
        assert (row["type"], row["severity"], row["message"]) == (
            finding["type"],
            finding["severity"],
            finding["message"],
        )
        assert row["story_id"] == story_id
        if row["article"]:
            article = articles[row["article"]]
            field = article[row["field"]]
            assert field[int(row["start"]) : int(row["end"])] == row["text"]
            assert (row["source"], row["url"]) == (article["source"], article["url"])
    conflict = [row for row in rows if row["type"] == "conflict"]
    assert {row["source"] for row in conflict} >= {"Warta Lembah", "Kabar Timur"}


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("", {LANDSLIDE, GAMBLING, MARKET}),
        ("min_sources=2", {LANDSLIDE, GAMBLING}),
        ("outlet=JAVA%20WIRE", {LANDSLIDE}),
        ("since=2026-11-24", {LANDSLIDE, MARKET}),
        ("min_sources=2&page=2", {LANDSLIDE, GAMBLING}),  # an export is every page
    ],
)
def test_the_story_list_export_holds_every_story_the_filters_match(
    client: TestClient, query: str, titles: set[str]
) -> None:
    rows = _csv_rows(client.get("/index.csv?" + query).text)
    assert {row["title"] for row in rows} == titles
    for row in rows:
        assert row["page"].endswith(f"/stories/{row['id']}")


def test_the_story_list_links_its_csv_with_the_filters_but_not_the_page(
    client: TestClient,
) -> None:
    page = client.get("/?min_sources=2&page=1").text
    assert 'href="/index.csv?min_sources=2"' in page


def test_a_story_without_a_report_has_no_findings_csv(client: TestClient) -> None:
    story_id = _story_id(client, MARKET)
    r = client.get(f"/stories/{story_id}.csv", params={"lang": "id"})
    assert r.status_code == 404
    assert "belum punya laporan cek silang" in r.text
    assert f"/stories/{story_id}.csv" not in client.get(f"/stories/{story_id}").text


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+62 812", "'+62 812"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-1+1", "'-1+1"),
        ("Longsor di Sarangan", "Longsor di Sarangan"),
        (None, ""),
        (3, "3"),
    ],
)
def test_a_csv_cell_a_spreadsheet_would_run_as_a_formula_arrives_as_text(
    cell: object, written: str
) -> None:
    text = rows_to_csv(("a",), [{"a": cell}])
    assert list(csv.reader(io.StringIO(text))) == [["a"], [written]]


# --------------------------------------------------------------------------- search filters


@pytest.mark.parametrize(
    ("params", "sources"),
    [
        ({"q": "Suryo"}, {"Warta Lembah", "Kabar Timur", "Java Wire"}),
        ({"q": "Suryo", "outlet": "java wire"}, {"Java Wire"}),
        ({"q": "Suryo", "outlet": "  Kabar   timur "}, {"Kabar Timur"}),
        # days are WIB days: 06:30 WIB and 02:00 UTC (09:00 WIB) are the 24th, 21:10 WIB is not
        ({"q": "Suryo", "since": "2026-11-24"}, {"Kabar Timur", "Java Wire"}),
        ({"q": "Suryo", "until": "2026-11-23"}, {"Warta Lembah"}),
        (
            {"q": "tersangka", "since": "2026-11-23", "until": "2026-11-23"},
            {"Warta Lembah", "Kabar Timur"},
        ),
        ({"q": "tersangka", "until": "2026-11-22"}, set()),
        ({"q": "Suryo", "outlet": "Pasar & Kota"}, set()),
    ],
)
def test_search_narrows_to_one_outlet_and_to_days(
    client: TestClient, params: dict[str, str], sources: set[str]
) -> None:
    data = client.get("/search.json", params=params).json()
    assert {h["article"]["source"] for h in data["hits"]} == sources
    assert data["total"] == len(data["hits"])
    rows = _csv_rows(client.get("/search.csv", params=params).text)
    assert {row["source"] for row in rows} == sources
    page = client.get("/search", params={**params, "lang": "id"})
    assert page.status_code == 200
    if sources:
        assert f"dari {len(sources)} artikel" in page.text


@pytest.mark.parametrize(
    ("params", "lang", "message"),
    [
        ({"q": "Suryo", "since": "24-11-2026"}, "id", "harus berupa tanggal"),
        ({"q": "Suryo", "since": "2026-11-25", "until": "2026-11-24"}, "en", "swap"),
    ],
)
def test_a_search_filter_it_cannot_use_keeps_the_form_and_the_query(
    client: TestClient, params: dict[str, str], lang: str, message: str
) -> None:
    r = client.get("/search", params={**params, "lang": lang})
    assert r.status_code == 400
    alert = re.search(r'role="alert"><p>(.*?)</p>', r.text)
    assert alert is not None and message in alert.group(1)
    assert 'value="Suryo"' in r.text
    assert client.get("/search.json", params=params).json()["error"]["code"] == "bad_request"


# --------------------------------------------------------------------------- what is new


@pytest.mark.parametrize(
    ("since", "lang", "badges"),
    [
        ("2026-11-24", "id", {LANDSLIDE: "+2 artikel sejak 2026-11-24", MARKET: "+1 artikel"}),
        (
            "2026-11-23",
            "en",
            {
                LANDSLIDE: "+3 articles since 2026-11-23",
                GAMBLING: "+2 articles",
                MARKET: "+1 article since",
            },
        ),
    ],
)
def test_the_story_list_counts_what_each_story_gained_since_the_day(
    client: TestClient, since: str, lang: str, badges: dict[str, str]
) -> None:
    page = client.get("/", params={"since": since, "lang": lang}).text
    items = re.findall(r'<li class="story">(.*?)</li>', page, flags=re.S)
    found = {}
    for item in items:
        title = re.search(r"<h3><a[^>]*>([^<]*)</a>", item)
        badge = re.search(r'class="badge new">([^<]*)<', item)
        assert title is not None and badge is not None
        found[title.group(1).replace("&amp;", "&")] = badge.group(1)
    assert set(found) == set(badges)
    for title, text in badges.items():
        assert found[title].startswith(text)


def test_the_story_list_without_a_day_shows_no_growth_badges(client: TestClient) -> None:
    assert 'class="badge new"' not in client.get("/").text
    assert all("new_since" not in s for s in client.get("/index.json").json()["stories"])


@pytest.mark.parametrize(
    ("since", "grew"),
    [("2026-11-24", {LANDSLIDE: 2, MARKET: 1}), ("2026-11-25", {})],
)
def test_the_story_list_json_counts_what_each_story_gained(
    client: TestClient, since: str, grew: dict[str, int]
) -> None:
    stories = client.get("/index.json", params={"since": since}).json()["stories"]
    assert {s["title"]: s["new_since"] for s in stories} == grew


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("id", ["hari terbaru (2026-11-24)", "sejak sehari sebelumnya (2026-11-23)"]),
        ("en", ["latest day (2026-11-24)", "since the day before (2026-11-23)"]),
    ],
)
def test_the_story_list_offers_the_corpus_latest_day_and_the_day_before(
    client: TestClient, lang: str, labels: list[str]
) -> None:
    page = client.get("/", params={"lang": lang, "outlet": "Kabar Timur", "page": "1"}).text
    quick = re.search(r'<p class="quick">(.*?)</p>', page, flags=re.S)
    assert quick is not None
    links = re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', quick.group(1))
    assert [text for _, text in links] == labels
    for href, _ in links:
        target = href.replace("&amp;", "&")
        assert "outlet=Kabar+Timur" in target and "page=" not in target  # filters kept
        assert client.get(target).status_code == 200


# --------------------------------------------------------------------------- story page


def test_each_finding_has_a_link_to_share(client: TestClient) -> None:
    story_id = _story_id(client, LANDSLIDE)
    page = client.get(f"/stories/{story_id}").text
    ids = re.findall(r'<li class="finding[^"]*" id="(finding-\d+)">', page)
    assert ids
    for anchor in ids:
        assert f'<a class="permalink" href="#{anchor}"' in page


@pytest.mark.parametrize(
    ("lang", "label"), [("id", "Unduh temuan (CSV)"), ("en", "Download the findings (CSV)")]
)
def test_the_story_page_names_its_id_and_offers_its_findings_as_csv(
    client: TestClient, lang: str, label: str
) -> None:
    story_id = _story_id(client, LANDSLIDE)
    page = client.get(f"/stories/{story_id}", params={"lang": lang}).text
    assert "<code title=" in page and f">{story_id}</code>" in page
    assert f'href="/stories/{story_id}.csv" type="text/csv" download>{label}</a>' in page


def test_a_time_published_in_another_zone_is_also_given_in_wib(client: TestClient) -> None:
    story_id = _story_id(client, LANDSLIDE)
    page = client.get(f"/stories/{story_id}").text
    assert '2026-11-24 02:00 UTC</time> <span class="muted wib">(09:00 WIB)</span>' in page
    assert "06:30 WIB</time> <span" not in page  # a WIB time needs no second clock


@pytest.mark.parametrize(("lang", "separator"), [("id", ","), ("en", ".")])
def test_an_outlets_conflict_rate_is_written_as_the_interface_language_writes_decimals(
    client: TestClient, lang: str, separator: str
) -> None:
    page = client.get("/outlets/Java%20Wire", params={"lang": lang}).text
    found = re.search(r"(\d)([.,])(\d\d)\)", page)
    assert found is not None
    assert found.group(2) == separator


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        # the wire's 02:00 UTC (09:00 WIB) is the newest article of the corpus
        ("latest", [LANDSLIDE, MARKET, GAMBLING]),
        ("sources", [LANDSLIDE, GAMBLING, MARKET]),
        (None, [LANDSLIDE, MARKET, GAMBLING]),
    ],
)
def test_the_story_list_orders_newest_first_or_most_outlets_first(
    client: TestClient, sort: str | None, order: list[str]
) -> None:
    params = {"sort": sort} if sort else {}
    stories = client.get("/index.json", params=params).json()["stories"]
    assert [s["title"] for s in stories] == order
    rows = _csv_rows(client.get("/index.csv", params=params).text)
    assert [r["title"] for r in rows] == [s["title"] for s in stories]
    page = client.get("/", params={**params, "lang": "id"}).text
    chosen = re.search(r'<option value="(\w+)" selected>', page.split('id="f-sort"')[1])
    assert chosen is not None and chosen.group(1) == (sort or "latest")
    heading = "Cerita yang diliput paling banyak media" if sort == "sources" else "Cerita terbaru"
    assert f"<h1>{heading}</h1>" in page


@pytest.mark.parametrize(("lang", "message"), [("id", "harus salah satu dari"), ("en", "one of")])
def test_an_unknown_story_order_keeps_the_list_form_and_names_the_orders(
    client: TestClient, lang: str, message: str
) -> None:
    r = client.get("/", params={"sort": "terbesar", "lang": lang})
    assert r.status_code == 400
    assert message in r.text and "latest, sources" in r.text
    assert client.get("/index.json", params={"sort": "terbesar"}).status_code == 400
