"""What the review of the web app as its users use it found and fixed (see docs/web.md).

Over the small real corpus of test_web_corpus: a search with a syntax error keeps the
search form, the story page puts its findings first, outlet conflict counts say what
they cover, copy-only outlets are marked, and labels are translated.
"""

from __future__ import annotations

import html as html_lib
import re
import warnings
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from kroscek.web import create_app
from test_web_corpus import INDONESIAN, build_corpus

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web test corpus plus one outlet that only re-posted another's article."""
    from kroscek.clean import clean
    from kroscek.cluster.features import sign_batch
    from kroscek.store.writer import open_writer

    path = build_corpus(tmp_path_factory.mktemp("webux") / "kroscek.db")
    original = INDONESIAN[0]
    assert original.published is not None
    copy = replace(
        original,
        origin="test:salinan-1",
        source="Portal Salinan",
        url="https://portalsalinan.example/salin",
        published=original.published + timedelta(hours=2),
    )
    articles = [clean(copy)]
    corpus, writer = open_writer(str(path))
    try:
        writer.add(articles, sign_batch(articles))
    finally:
        corpus.close()
    return path


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
        ("banjir OR", "id", "OR, AND dan NOT harus berada di antara dua kata"),
        ("OR banjir", "en", "OR, AND and NOT go between two words or phrases"),
        ("NOT", "id", "Tidak ada kata yang bisa dicari dalam kueri ini"),
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


def _story_with_findings(client: TestClient) -> tuple[str, dict[str, object]]:
    for story in client.get("/index.json").json()["stories"]:
        report = client.get(f"/stories/{story['id']}.json").json()
        if report.get("findings") and any(f["severity"] != "info" for f in report["findings"]):
            return story["id"], report
    raise AssertionError("the test corpus has no story with findings")


def test_story_page_puts_findings_first_with_a_summary_of_them(client: TestClient) -> None:
    story_id, report = _story_with_findings(client)
    html = client.get(f"/stories/{story_id}").text
    # findings, then agreement, then the pair, then the sources: what a checker came for first
    order = [html.index(f'id="{h}"') for h in ("findings-h", "agree-h", "side-h", "sources-h")]
    assert order == sorted(order)
    # the summary under the title counts the findings of each severity and links to them
    jumps = html[html.index('<nav class="jumps"') : html.index("</nav>", html.index("jumps"))]
    findings = report["findings"]
    assert isinstance(findings, list)
    for severity in ("high", "medium", "low"):
        n = sum(1 for f in findings if f["severity"] == severity and f["type"] != "agreement")
        if n:
            assert f'href="#sev-{severity}-h">{n} ' in jumps
            assert f'id="sev-{severity}-h"' in html
    for target in re.findall(r'href="#([^"]+)"', jumps):
        assert f'id="{target}"' in html


def test_story_header_counts_high_findings_from_the_report_it_shows(client: TestClient) -> None:
    for story in client.get("/index.json").json()["stories"]:
        report = client.get(f"/stories/{story['id']}.json").json()
        n_high = sum(1 for f in report.get("findings") or [] if f["severity"] == "high")
        page = client.get(f"/stories/{story['id']}", params={"lang": "id"}).text
        header = page.split('<nav class="jumps"')[0]
        header = header.split("<h1>")[1]
        assert ('class="badge sev-high"' in header) == (n_high > 0)
        if n_high:
            assert f"{n_high} temuan penting" in header


def test_story_sources_are_one_list_by_time_naming_the_outlet_a_copy_came_from(
    client: TestClient,
) -> None:
    for story in client.get("/index.json").json()["stories"]:
        articles = story["articles"]
        copies = [a for a in articles if a["duplicate_of"]]
        if not copies:
            continue
        html = client.get(f"/stories/{story['id']}").text
        section = html[html.index('id="sources-h"') :]
        assert section.count("<li>") == len(articles)
        by_id = {a["id"]: a for a in articles}
        for copy in copies:
            original = by_id[copy["duplicate_of"]]
            link = f'<a href="/articles/{original["id"]}">{original["source"]}</a>'
            assert link in section
        return
    raise AssertionError("the corpus has no copy")


def test_english_counts_of_one_are_singular() -> None:
    from kroscek.web.i18n import translator

    t = translator("en")
    assert t("sources_n", n=1) == "1 outlet" and t("sources_n", n=2) == "2 outlets"
    assert t("high_findings_n", n=1) == "1 high-severity finding"
    assert translator("id")("articles_n", n=1) == "1 artikel"


def test_outlet_conflicts_say_they_are_not_counted_when_no_report_is_stored(
    client: TestClient,
) -> None:
    html = client.get("/outlets", params={"lang": "id"}).text
    assert "Konflik belum dihitung" in html
    assert "<code>kroscek reports --db kroscek.db</code>" in html
    cells = re.findall(r'<td class="num">(.*?)</td>', html)
    conflict_cells = cells[2::3]
    assert conflict_cells and all("—" in c for c in conflict_cells)  # none claims 0
    data = client.get("/outlets.json").json()
    assert data["conflicts_from"]["stories_with_report"] == 0
    assert data["conflicts_from"]["stories_comparable"] >= 2
    outlet = client.get("/outlets/Kabar%20Lembah").text
    assert "Konflik media ini belum dihitung" in outlet
    assert "Lencana temuan penting hanya muncul" in client.get("/").text


def test_outlet_conflicts_say_how_many_stored_reports_they_come_from(
    db: Path, tmp_path: Path
) -> None:
    import shutil

    from kroscek.store import Corpus

    path = tmp_path / "some-reports.db"
    shutil.copy(db, path)
    with TestClient(create_app(path)) as c:
        assert c.get("/outlets.json").json()["conflicts_from"]["stories_with_report"] == 0
        with Corpus(path) as corpus:  # writable: story_report caches, as `kroscek story` does
            attack = next(s for s in corpus.stories(limit=20) if s.n_sources == 3)
            assert corpus.story_report(attack.id) is not None
        # the running server sees the report stored meanwhile (its counts are memoised only
        # until the corpus changes)
        data = c.get("/outlets.json").json()
        cover = data["conflicts_from"]
        assert cover["stories_with_report"] == 1 and cover["stories_comparable"] >= 2
        html = c.get("/outlets", params={"lang": "en"}).text
        expected = f"1 of {cover['stories_comparable']} comparable stories"
        assert expected in html
        assert "—" not in html.split("<tbody>")[1].split("</tbody>")[0]
        outlet = c.get("/outlets/Kabar%20Lembah", params={"lang": "en"}).text
        assert "from the reports of 1 of its" in outlet
        outlet_cover = c.get("/outlets/Kabar%20Lembah.json").json()["conflicts_from"]
        assert outlet_cover["stories_with_report"] == 1


def test_report_coverage_is_memoised_until_the_corpus_changes(db: Path, tmp_path: Path) -> None:
    import shutil

    from kroscek.store import Corpus
    from kroscek.web.queries import report_coverage

    path = tmp_path / "memo.db"
    shutil.copy(db, path)
    with Corpus(path, readonly=True, create=False) as reader:
        before = report_coverage(reader)
        assert before[0] == 0 and report_coverage(reader) == before
        with Corpus(path) as writer:
            story = next(s for s in writer.stories(limit=20) if s.n_sources == 3)
            assert writer.story_report(story.id) is not None
        assert report_coverage(reader) == (1, before[1])


@pytest.mark.parametrize("path", ["/", "/outlets/Portal%20Salinan"])
def test_story_list_marks_outlets_that_only_carried_a_copy(client: TestClient, path: str) -> None:
    html = client.get(path, params={"lang": "id"}).text
    items = re.findall(r'<li class="story">(.*?)</li>', html, re.DOTALL)
    attack = next(i for i in items if "Portal Salinan" in i)
    n_sources = int(re.search(r"(\d+) media", attack).group(1))  # type: ignore[union-attr]
    outlets = attack.split('<p class="outlets">')[1]
    independent, _, copies = outlets.partition('<span class="copies">')
    # the count next to the title is the number of outlets listed as independent coverage
    assert independent.count("<a ") == n_sources
    assert "hanya memuat salinan" in copies and "Portal Salinan" in copies
    assert "Portal Salinan" not in independent


KUDUS_1 = """Banjir Rendam Tiga Kecamatan di Kudus

Banjir merendam tiga kecamatan di Kabupaten Kudus, Jawa Tengah, pada Minggu (12/1/2025) pagi \
setelah hujan deras sejak malam.

Kepala BPBD Kudus, Sutrisno Wibowo, mengatakan sebanyak 350 warga mengungsi ke balai desa dan \
masjid terdekat.

Ketinggian air mencapai 80 sentimeter di beberapa titik. Petugas gabungan masih mendirikan \
dapur umum."""

KUDUS_2 = """Ratusan Warga Kudus Mengungsi Akibat Banjir

Hujan deras yang turun sejak Sabtu malam menyebabkan banjir di tiga kecamatan di Kudus pada \
Minggu (12/1/2025).

Menurut Kepala BPBD Kudus Sutrisno Wibowo, 530 warga kini mengungsi di balai desa.

Air setinggi 80 sentimeter menggenangi jalan utama. Dapur umum didirikan untuk para \
pengungsi."""


def test_compare_form_shows_the_conflicting_figure_and_translates_passage_kinds(
    client: TestClient,
) -> None:
    form = {
        "source1": "Kabar Contoh",
        "text1": KUDUS_1,
        "source2": "Warta Contoh",
        "text2": KUDUS_2,
    }
    html = client.post("/compare", data=form, params={"lang": "id"}).text
    assert "350 warga" in html and "530 warga" in html
    conflict = re.findall(r'<mark class="[^"]*\bconflict\b[^"]*"[^>]*>([^<]*)</mark>', html)
    assert "350 warga" in conflict and "530 warga" in conflict
    shared = html[html.index('id="shared-h"') : html.index("</section>", html.index("shared-h"))]
    kinds = re.findall(r'<span class="muted">\(([^,]*),', shared)
    assert kinds and set(kinds) <= {"sama persis", "parafrase"}
    en = client.post("/compare", data=form, params={"lang": "en"}).text
    shared = en[en.index('id="shared-h"') : en.index("</section>", en.index("shared-h"))]
    assert set(re.findall(r'<span class="muted">\(([^,]*),', shared)) <= {"verbatim", "paraphrase"}


@pytest.mark.parametrize("typed", ["kabar lembah", "KABAR  LEMBAH", " Kabar Lembah "])
def test_outlet_filter_ignores_case_and_spacing(client: TestClient, typed: str) -> None:
    exact = client.get("/index.json", params={"outlet": "Kabar Lembah"}).json()
    assert exact["total"] >= 1
    assert client.get("/index.json", params={"outlet": typed}).json()["total"] == exact["total"]
    html = client.get("/", params={"outlet": typed}).text
    assert html.count('<li class="story">') == exact["total"]
    assert 'value="Kabar Lembah"' in html  # the box shows the outlet's own spelling


def test_outlet_filter_offers_the_outlets_and_suggests_for_an_unknown_name(
    client: TestClient,
) -> None:
    html = client.get("/", params={"lang": "id"}).text
    datalist = html[html.index('<datalist id="outlet-names">') :].split("</datalist>")[0]
    for name in ("Kabar Lembah", "Warta Harian", "Portal Salinan"):
        assert f'<option value="{name}">' in datalist
    assert 'list="outlet-names"' in html
    html = client.get("/", params={"outlet": "lembah", "lang": "id"}).text
    assert "Tidak ada media bernama «lembah»" in html
    assert re.search(r'<a href="/\?[^"]*outlet=Kabar\+Lembah[^"]*">Kabar Lembah</a>', html)
    hostile = client.get("/", params={"outlet": "<b>x</b>"}).text
    assert "<b>x</b>" not in hostile and "&lt;b&gt;x&lt;/b&gt;" in hostile


def test_article_page_lists_the_findings_involving_it_with_links_into_its_story(
    client: TestClient,
) -> None:
    story_id, report = _story_with_findings(client)
    findings = report["findings"]
    assert isinstance(findings, list)
    finding = next(f for f in findings if f["type"] != "agreement")
    article_id = finding["evidence"][0]["article"]
    html = client.get(f"/articles/{article_id}", params={"lang": "id"}).text
    section = html[html.index('id="article-findings-h"') : html.index('id="facts-h"')]
    assert finding["message"].split(":")[0][:30] in section.replace("&#39;", "'")
    expected = sum(
        1
        for f in findings
        if f["type"] != "agreement" and any(e["article"] == article_id for e in f["evidence"])
    )
    assert section.count('<li class="finding') == expected
    links = re.findall(r'class="jump" href="([^"]+)"', section)
    assert links
    for link in links:
        url, anchor = link.replace("&amp;", "&").split("#")
        assert url.startswith(f"/stories/{story_id}?")
        assert f'id="{anchor}"' in client.get(url).text


def test_article_page_of_a_copy_points_to_the_original(client: TestClient) -> None:
    story = next(
        s
        for s in client.get("/index.json").json()["stories"]
        if any(a["duplicate_of"] for a in s["articles"])
    )
    copy = next(a for a in story["articles"] if a["duplicate_of"])
    original = next(a for a in story["articles"] if a["id"] == copy["duplicate_of"])
    html = client.get(f"/articles/{copy['id']}", params={"lang": "id"}).text
    assert "Artikel ini salinan" in html
    assert f'<a href="/articles/{original["id"]}">{original["source"]}:' in html
    assert html.index("Artikel ini salinan") < html.index('id="article-h"')
    assert "Fakta sebuah salinan tidak diekstrak" in html


@pytest.mark.parametrize(("lang", "indonesian"), [("id", "Indonesia"), ("en", "Indonesian")])
def test_article_languages_are_named_in_the_interface_language(
    client: TestClient, lang: str, indonesian: str
) -> None:
    html = client.get("/", params={"lang": lang}).text
    assert f'<span class="langs">{indonesian}</span>' in html
    assert f'<option value="id">{indonesian}</option>' in html
    assert '<span class="langs">id</span>' not in html
    story = client.get("/index.json").json()["stories"][0]
    article = client.get(f"/articles/{story['articles'][0]['id']}", params={"lang": lang}).text
    assert re.search(r": (Indonesia|Indonesian|Inggris|English)\n", article)


def test_compare_result_links_nowhere_outside_the_corpus(client: TestClient) -> None:
    """Pasted articles are in no corpus: their panes must not link to /articles or /outlets."""
    form = {"source1": "Kabar Contoh", "text1": KUDUS_1, "text2": KUDUS_2}
    html = client.post("/compare", data=form).text
    report = html[html.index('id="report-h"') : html.index('<form class="compare"')]
    for href in re.findall(r'href="([^"#]+)', report):
        assert client.get(href).status_code == 200, href
    assert "/articles/" not in report and "/outlets/" not in report
    # findings first, as on a story page; the form below says what it is for now
    assert report.index('id="findings-h"') < report.index('id="agree-h"')
    assert 'id="again-h"' in html and 'id="again-h"' not in client.get("/compare").text


def test_language_switch_keeps_the_path_encoded(client: TestClient) -> None:
    html = client.get("/outlets/Kabar%20Lembah", params={"lang": "id"}).text
    assert 'href="/outlets/Kabar%20Lembah?lang=en"' in html
    assert 'href="/outlets/Kabar Lembah' not in html


def test_an_evidence_link_to_another_pair_names_the_outlet_shown_beside_it(
    client: TestClient,
) -> None:
    story_id, _ = _story_with_findings(client)
    html = client.get(f"/stories/{story_id}", params={"lang": "id"}).text
    links = re.findall(r'<a class="jump" href="([^"]+)"[^>]*>([^<]+)</a>', html)
    assert links
    switched = 0
    for href, text in links:
        if href.startswith("#"):
            assert text == "lihat di teks"
            continue
        switched += 1
        partner = text.removeprefix("lihat di teks, berdampingan dengan ")
        assert partner != text
        target = client.get(href.replace("&amp;", "&").split("#")[0]).text
        pane_meta = r'<p class="meta"><a href="/outlets/[^"]+" class="src">([^<]+)</a>'
        panes = re.findall(pane_meta, target)
        assert partner in panes
    assert switched


@pytest.mark.parametrize(
    ("query", "message", "kept"),
    [
        ({"since": "2024-13-01"}, "Parameter 'since' harus berupa tanggal", None),
        ({"since": "2024-03-10", "until": "2024-03-01"}, "tukar kedua tanggal", "2024-03-10"),
        ({"min_sources": "0", "outlet": "Kabar Lembah"}, "bilangan bulat dari 1", "Kabar Lembah"),
    ],
)
def test_a_bad_filter_value_shows_the_list_form_again_saying_what_to_change(
    client: TestClient, query: dict[str, str], message: str, kept: str | None
) -> None:
    r = client.get("/", params={**query, "lang": "id"})
    assert r.status_code == 400
    assert message in html_lib.unescape(r.text)
    assert '<form class="filters"' in r.text and '<li class="story">' not in r.text
    if kept:
        assert f'value="{kept}"' in r.text
    assert client.get("/index.json", params=query).status_code == 400


def test_search_hits_name_the_story_they_belong_to(client: TestClient) -> None:
    data = client.get("/search.json", params={"q": "perbatasan"}).json()
    html = client.get("/search", params={"q": "perbatasan", "lang": "id"}).text
    stories = {s["id"]: s["title"] for s in client.get("/index.json").json()["stories"]}
    assert data["hits"]
    for hit in data["hits"]:
        title = html_lib.escape(stories[hit["story_id"]], quote=False)
        assert f'Cerita: <a href="/stories/{hit["story_id"]}">{title}</a>' in html


@pytest.mark.parametrize(("lang", "person"), [("id", "orang"), ("en", "person")])
def test_fact_labels_are_words_in_the_interface_language(
    client: TestClient, lang: str, person: str
) -> None:
    _, report = _story_with_findings(client)
    articles = report["articles"]
    assert isinstance(articles, list)
    article = next(a for a in articles if any(f["label"] == "PER" for f in a["facts"]))
    html = client.get(f"/articles/{article['id']}", params={"lang": lang}).text
    table = html[html.index('<table class="facts">') :]
    assert f'<span title="PER">{person}</span>' in table
    assert "<td>PER</td>" not in table


def test_article_page_has_a_legend_for_its_fact_colours(client: TestClient) -> None:
    _, report = _story_with_findings(client)
    articles = report["articles"]
    assert isinstance(articles, list)
    html = client.get(f"/articles/{articles[0]['id']}", params={"lang": "id"}).text
    legend = html[html.index('<p class="legend">') : html.index('<article class="single"')]
    for kind, word in (("entity", "entitas"), ("number", "angka"), ("date", "tanggal")):
        assert f'<mark class="fact k-{kind}">{word}</mark>' in legend


def test_finding_messages_carry_the_language_they_are_written_in(client: TestClient) -> None:
    story_id, report = _story_with_findings(client)
    articles = report["articles"]
    assert isinstance(articles, list)
    langs = {a["lang"] for a in articles}
    html = client.get(f"/stories/{story_id}", params={"lang": "en"}).text
    assert '<html lang="en">' in html
    spans = re.findall(r'<span class="msg"( lang="([a-z]+)")?>', html)
    assert spans
    if len(langs) == 1:
        assert all(lang == next(iter(langs)) for _, lang in spans)


def test_story_list_shows_when_a_story_started_when_it_ran_over_days(client: TestClient) -> None:
    html = client.get("/").text
    for story in client.get("/index.json").json()["stories"]:
        first, last = story["first_published"], story["last_published"]
        item = html[html.index(f'href="/stories/{story["id"]}"') :].split("</li>")[0]
        assert f'<time datetime="{last}">' in item
        if first and last and first[:10] != last[:10]:
            assert f'<time datetime="{first}">' in item


def test_clock_times_say_their_time_zone(client: TestClient) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from kroscek.store.times import zone_suffix as _zone

    assert _zone(datetime(2024, 7, 9, 19, 28, tzinfo=UTC)) == " UTC"
    wib = timezone(timedelta(hours=7))
    assert _zone(datetime(2024, 7, 10, 2, 28, tzinfo=wib)) == " WIB"
    assert _zone(datetime(2024, 7, 10, 2, 28, tzinfo=timezone(timedelta(hours=9)))) == " WIT"
    india = timezone(timedelta(hours=5, minutes=30))
    assert _zone(datetime(2024, 7, 10, 2, 28, tzinfo=india)) == " UTC+05:30"
    assert _zone(datetime(2024, 7, 9, 19, 28, tzinfo=timezone(-timedelta(hours=3)))) == (
        " UTC-03:00"
    )
    assert _zone(datetime(2024, 7, 9, 19, 28)) == ""
    html = client.get("/").text
    times = re.findall(r'<time datetime="([^"]+)">([^<]+)</time>', html)
    assert times
    for stamp, shown in times:
        if stamp.endswith("+00:00") and "T00:00:00" not in stamp:
            assert shown.endswith(" UTC"), shown


def test_the_language_switch_never_links_to_another_site() -> None:
    from starlette.requests import Request

    from kroscek.web.app import _url_with

    scope = {
        "type": "http",
        "method": "GET",
        "path": "//evil.example/x",
        "raw_path": b"//evil.example/x",
        "query_string": b"",
        "headers": [],
    }
    assert _url_with(Request(scope), lang="en") == "/evil.example/x?lang=en"
