"""The web app's shell: routes, JSON twins, errors, security headers, language, upload limits.

These run over an empty corpus made by the store itself; pages over real stories (and the
XSS checks with a stored hostile article) live in test_web_stories.py.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.errors import StoreError
from kroscek.settings import Settings
from kroscek.store import Corpus
from kroscek.web import create_app
from kroscek.web.i18n import choose_lang, keys

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette asks for httpx2; httpx works the same here
    from starlette.testclient import TestClient

SMALL = Settings(web_upload_max_bytes=2000, web_upload_max_files=2)


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web") / "kosong.db"
    Corpus(path, create=True).close()
    return path


@pytest.fixture(scope="module")
def client(empty_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(empty_db, settings=SMALL)) as c:
        yield c


@pytest.mark.parametrize(
    "path",
    ["/", "/search", "/search?q=banjir", "/outlets", "/compare", "/?lang=en", "/?since=2023-11-01"],
)
def test_pages_render_with_security_headers(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    for directive in ("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "<script>" not in r.text  # the only script is the external, same-origin app.js


@pytest.mark.parametrize(
    ("path", "key"),
    [("/index.json", "stories"), ("/.json", "stories"), ("/outlets.json", "outlets")],
)
def test_json_twins_answer_json(client: TestClient, path: str, key: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert r.json()[key] == []


@pytest.mark.parametrize(
    "path",
    [
        "/stories/s0000000000000000",
        "/articles/0123456789abcdef",
        "/outlets/Tidak%20Ada",
        "/stories/..%2F..%2Fetc%2Fpasswd",
        "/static/..%2Fapp.py",
        "/static/app.py",
        "/tidak-ada",
    ],
)
def test_unknown_things_are_a_404_page(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    assert "404" in r.text and "content-security-policy" in r.headers


@pytest.mark.parametrize(
    "path",
    ["/stories/s0000000000000000.json", "/articles/00ff.json", "/outlets/Tidak%20Ada.json"],
)
def test_unknown_ids_in_json_twins_are_a_json_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize(
    ("path", "needle"),
    [
        ("/?since=kemarin", "since"),
        ("/?since=2023-11-20&until=2023-11-01", "since"),
        ("/?page=0", "page"),
        ("/?page=abc", "page"),
        ("/?page=%C2%B2", "page"),  # "²": a digit to str.isdigit, not to int()
        ("/?min_sources=%E2%91%A0", "min_sources"),  # "①"
        ("/?page=1&page=2", "page"),
        ("/?article_lang=<script>", "article_lang"),
        ("/?min_sources=-1", "min_sources"),
        ("/search?q=" + "x" * 400, "q"),
        ('/search?q="belum ditutup', "belum ditutup"),
        ('/search.json?q="belum ditutup', "search query"),
        ("/search.json", "q"),
        ("/index.json?until=31-02-2023", "until"),
    ],
)
def test_malformed_queries_are_a_400_with_a_message(
    client: TestClient, path: str, needle: str
) -> None:
    r = client.get(path)
    assert r.status_code == 400
    body = r.json()["error"]["message"] if path.split("?")[0].endswith(".json") else r.text
    assert needle in body


def test_error_pages_escape_what_the_request_said(client: TestClient) -> None:
    r = client.get("/?since=<script>")
    assert r.status_code == 400
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text


@pytest.mark.parametrize("name", ["style.css", "app.js"])
def test_static_files_come_from_the_package_with_etags(client: TestClient, name: str) -> None:
    r = client.get(f"/static/{name}")
    assert r.status_code == 200 and r.content
    again = client.get(f"/static/{name}", headers={"If-None-Match": r.headers["etag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    ("query", "cookie", "accept", "expected"),
    [
        (None, None, None, "id"),
        (None, None, "en-GB,en;q=0.9", "en"),
        (None, None, "fr-FR,id;q=0.8,en;q=0.5", "id"),
        (None, None, "de, en;q=0.4, id;q=0.9", "id"),
        (None, None, "en;q=abc", "id"),
        ("en", None, "id", "en"),
        (None, "en", "id", "en"),
        ("xx", "id", "en", "id"),
    ],
)
def test_interface_language_choice(
    query: str | None, cookie: str | None, accept: str | None, expected: str
) -> None:
    assert choose_lang(query, cookie, accept) == expected


def test_both_languages_translate_every_interface_string() -> None:
    assert keys("id") == keys("en")


@pytest.mark.parametrize(
    ("headers", "params", "word"),
    [
        ({}, {}, "Cerita terbaru"),
        ({"Accept-Language": "en-US,en;q=0.9"}, {}, "Latest stories"),
        ({"Accept-Language": "en"}, {"lang": "id"}, "Cerita terbaru"),
    ],
)
def test_interface_text_follows_the_chosen_language(
    client: TestClient, headers: dict[str, str], params: dict[str, str], word: str
) -> None:
    client.cookies.clear()
    r = client.get("/", headers=headers, params=params)
    assert word in r.text
    client.cookies.clear()


def test_language_choice_is_remembered_for_the_next_page(empty_db: Path) -> None:
    with TestClient(create_app(empty_db)) as c:
        first = c.get("/?lang=en")
        assert 'lang="en"' in first.text
        assert "kroscek_lang=en" in first.headers["set-cookie"]
        assert "Search articles" in c.get("/search").text


def test_compare_form_says_its_limits(client: TestClient) -> None:
    r = client.get("/compare")
    assert 'enctype="multipart/form-data"' in r.text
    assert "2 berkas" in r.text  # SMALL allows two files


def _files(*sizes: int) -> list[tuple[str, tuple[str, bytes, str]]]:
    return [
        ("files", (f"berita-{n}.txt", b"Judul\n\n" + b"a" * size, "text/plain"))
        for n, size in enumerate(sizes)
    ]


@pytest.mark.parametrize(
    ("files", "data", "needles"),
    [
        (_files(100, 100, 100), {}, ("too many files", "Terlalu banyak berkas")),
        (_files(100, 3000), {}, ("berita-1.txt", "berita-1.txt melebihi batas 1.95 KB")),
        (
            [],
            {"text1": "Judul\n\n" + "kata " * 800, "text2": "Judul dua\n\nisi"},
            ("pasted article", "Artikel yang ditempel melebihi batas"),
        ),
    ],
)
@pytest.mark.parametrize("path", ["/compare", "/compare.json"])
def test_oversized_or_too_many_uploads_are_a_413_saying_the_limit(
    client: TestClient,
    files: list[tuple[str, tuple[str, bytes, str]]],
    data: dict[str, str],
    needles: tuple[str, str],
    path: str,
) -> None:
    r = client.post(path, files=files or None, data=data)
    assert r.status_code == 413
    if path.endswith(".json"):
        assert needles[0] in r.json()["error"]["message"]
    else:
        assert needles[1] in r.text


@pytest.mark.parametrize("declared", [True, False])
def test_a_huge_body_is_refused_while_it_streams(client: TestClient, declared: bool) -> None:
    boundary = "batas"
    chunk = b"x" * 65536

    def body() -> Iterator[bytes]:
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
            'filename="besar.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        for _ in range(64):  # 4 MB, over the cap for two 2000-byte files
            yield chunk
        yield f"\r\n--{boundary}--\r\n".encode()

    headers = {"content-type": f"multipart/form-data; boundary={boundary}"}
    content: bytes | Iterator[bytes] = b"".join(body()) if declared else body()
    r = client.post("/compare.json", content=content, headers=headers)
    assert r.status_code == 413
    assert "upload too large" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    "data",
    [{}, {"text1": "Satu-satunya artikel\n\nIsinya pendek."}, {"text1": "  ", "text2": "\n"}],
)
def test_compare_needs_two_articles(client: TestClient, data: dict[str, str]) -> None:
    r = client.post("/compare.json", data=data)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "not_enough_articles"


def _other_schema(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"bukan basis data\n" * 100)


@pytest.mark.parametrize(
    ("make", "needle"),
    [(None, "kroscek ingest --db"), (_other_schema, "newer"), (_not_sqlite, "not a kroscek")],
)
def test_bad_database_is_one_clear_line_at_start_up(
    tmp_path: Path, make: Callable[[Path], None] | None, needle: str
) -> None:
    db = tmp_path / "corpus.db"
    if make is not None:
        make(db)
    with pytest.raises(StoreError, match=needle):
        create_app(db)
    from kroscek.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--port", "0"])
    assert result.exit_code == StoreError.exit_code
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kroscek: error:") and needle in lines[0]


def test_other_hosts_are_refused_when_asked_to_check(empty_db: Path) -> None:
    app = create_app(empty_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://localhost:8000") as c:
        assert c.get("/").status_code == 200
    with TestClient(app, base_url="http://rebind.example:8000") as c:
        r = c.get("/")
        assert r.status_code == 400 and "unknown host" in r.text


FERRY_ID = (
    "Kapal Feri Tenggelam, 31 Penumpang Tewas\n\n"
    "Sedikitnya 31 penumpang tewas ketika kapal feri tenggelam di perairan Teluk Biru pada "
    "Kamis (15/2/2024) malam, menurut polisi. Kapal itu membawa sekitar 120 penumpang dari "
    "Pulau Karang menuju pelabuhan ketika dihantam ombak tinggi."
)
FERRY_ID_2 = (
    "Feri Karam di Teluk Biru, 27 Orang Meninggal\n\n"
    "Sebanyak 27 penumpang tewas ketika kapal feri tenggelam di perairan Teluk Biru pada "
    "Kamis (15/2/2024) malam. Kapal itu membawa sekitar 120 penumpang dari Pulau Karang "
    "menuju pelabuhan ketika dihantam ombak tinggi."
)


def test_compare_form_json_is_the_report_of_kroscek_compare(
    client: TestClient, tmp_path: Path
) -> None:
    from kroscek.compare import compare

    r = client.post(
        "/compare.json",
        data={"text1": FERRY_ID, "source1": "Harian Pesisir", "text2": FERRY_ID_2},
    )
    assert r.status_code == 200
    paths = []
    for n, text in enumerate((FERRY_ID, FERRY_ID_2), start=1):
        path = tmp_path / str(n) / f"artikel-{n}.txt"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    expected = compare(paths, source=["Harian Pesisir", None]).to_dict()
    got = r.json()
    assert got["findings"] == expected["findings"]
    assert [a["id"] for a in got["articles"]] == [a["id"] for a in expected["articles"]]
    assert got["articles"][0]["source"] == "Harian Pesisir"


def test_compare_form_accepts_uploaded_files_and_pasted_text(client: TestClient) -> None:
    r = client.post(
        "/compare",
        data={"text1": FERRY_ID},
        files=[("files", ("kabar-bahari.txt", FERRY_ID_2.encode(), "text/plain"))],
    )
    assert r.status_code == 200
    assert r.text.count('class="pane"') == 2
    assert 'id="report"' in r.text and "<mark" in r.text


def test_compare_form_lists_unreadable_uploads_without_server_paths(client: TestClient) -> None:
    r = client.post(
        "/compare",
        data={"text1": FERRY_ID, "text2": FERRY_ID_2},
        files=[("files", ("rusak.txt", b"\x00\x01\x02\xff" * 100, "text/plain"))],
    )
    assert r.status_code == 200
    assert "rusak.txt" in r.text
    assert "kroscek-web-" not in r.text  # the private temporary folder never shows


def test_a_failed_compare_shows_the_form_again_with_the_pasted_text(client: TestClient) -> None:
    hostile = "Judul </textarea><script>alert(1)</script>\n\nIsi berita yang pendek."
    r = client.post("/compare", data={"text1": hostile, "source1": "Media <i>Satu</i>"})
    assert r.status_code == 400
    assert 'role="alert"' in r.text and 'name="text1"' in r.text
    assert "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in r.text
    assert "<script>alert" not in r.text and 'value="Media &lt;i&gt;Satu&lt;/i&gt;"' in r.text


def test_the_report_keeps_the_pasted_articles_in_the_form(client: TestClient) -> None:
    r = client.post("/compare", data={"text1": FERRY_ID, "text2": FERRY_ID_2})
    assert r.status_code == 200
    assert "Feri Karam di Teluk Biru" in r.text.split('name="text2"', 1)[1]


def test_kroscek_serve_binds_loopback_and_refuses_other_hosts(empty_db: Path) -> None:
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "kroscek", "serve", "--db", str(empty_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()  # type: ignore[union-attr]
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "kroscek serve did not start"
                time.sleep(0.1)
        page = httpx.get(base + "/")
        assert page.status_code == 200 and "kroscek" in page.text
        assert "content-security-policy" in page.headers and "server" not in page.headers
        rebound = httpx.get(base + "/", headers={"Host": "attacker.example"})
        assert rebound.status_code == 400
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert f"http://127.0.0.1:{port}/" in proc.stderr.read().decode()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("filename", "stem", "suffix"),
    [
        ("../../etc/passwd", "passwd", ".txt"),
        ("..\\..\\windows\\berita.HTML", "berita", ".html"),
        ("/tmp/ekspor kompas.jsonl.gz", "ekspor-kompas", ".jsonl.gz"),
        ("Détik Berita.txt", "Detik-Berita", ".txt"),
        ("....", "berkas-3", ".txt"),
        ("<script>.warc", "script", ".warc"),
    ],
)
def test_upload_names_never_become_paths(filename: str, stem: str, suffix: str) -> None:
    from kroscek.web.compareform import Item, _stem, _suffix

    assert _suffix(filename) == suffix
    made = _stem(Item(filename, b"", suffix), 3)
    assert made == stem and "/" not in made and "\\" not in made and ".." not in made


@pytest.mark.parametrize(
    ("method", "path"), [("POST", "/"), ("PUT", "/compare"), ("GET", "/compare.json")]
)
def test_wrong_methods_are_a_405(client: TestClient, method: str, path: str) -> None:
    r = client.request(method, path)
    assert r.status_code == 405


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.1.5", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("192.168.1.10", False),
        ("::", False),
        ("example.org", False),
    ],
)
def test_only_loopback_addresses_count_as_private(host: str, loopback: bool) -> None:
    from kroscek.cli.serve import is_loopback

    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("path", "lang", "expected"),
    [
        ("/?page=0", "id", "harus bilangan bulat dari 1 sampai"),
        ("/?page=0", "en", "must be a whole number from 1 to"),
        ("/stories/stidakada", "id", "Cerita &#39;stidakada&#39; tidak ditemukan."),
        ("/stories/stidakada", "en", "Story &#39;stidakada&#39; not found."),
        ("/tidak/ada", "id", "Tidak ada halaman di alamat ini."),
        ("/?since=2024-03-09&until=2024-03-01", "en", "swap the two dates"),
    ],
)
def test_error_pages_speak_the_interface_language(
    client: TestClient, path: str, lang: str, expected: str
) -> None:
    client.cookies.clear()
    sep = "&" if "?" in path else "?"
    r = client.get(f"{path}{sep}lang={lang}")
    client.cookies.clear()
    assert expected in r.text


def test_json_errors_stay_english_for_scripts(client: TestClient) -> None:
    r = client.get("/stories/stidakada.json?lang=id")
    assert r.json()["error"] == {
        "status": 404,
        "code": "not_found",
        "message": "story 'stidakada' not found",
    }


@pytest.mark.parametrize(
    ("n", "text"),
    [(2 * 1024 * 1024, "2 MB"), (2000, "1.95 KB"), (1536, "1.5 KB"), (512, "512 B")],
)
def test_limits_are_written_for_people(n: int, text: str) -> None:
    from kroscek.web.compareform import human_size

    assert human_size(n) == text
