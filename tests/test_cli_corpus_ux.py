"""The corpus commands as a researcher meets them: outlet names typed loosely, an empty
corpus, search habits from web search engines, paging, exports without reports, a busy port.

The corpus is ingested for real from records written here (made-up outlets and events).
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from kroscek.cli import main

EVENTS = [
    (
        "Banjir Rendam {n} Rumah di Desa Tirtoasri",
        "Banjir merendam {n} rumah di Desa Tirtoasri setelah tanggul Sungai Klawing jebol pada "
        "Rabu malam. Kepala BPBD Purbasari, Wening Astuti, mengatakan {m} warga mengungsi ke "
        'balai desa.\n\n"Kami mendirikan dapur umum sejak pagi," kata Wening.',
    ),
    (
        "Longsor Tutup Jalan Provinsi di Bukit Cendana",
        "Longsor menutup jalan provinsi di Bukit Cendana sepanjang {n} meter pada Jumat pagi. "
        "Dinas Pekerjaan Umum mengerahkan {m} alat berat untuk membuka jalur.\n\n"
        "Pengendara diminta memutar lewat Kecamatan Wanadadi.",
    ),
]
OUTLETS = ["Kabar Tirto", "Warta Purbasari", "Suara Klawing"]


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("riset")
    lines = []
    for e, (title, text) in enumerate(EVENTS):
        for k, outlet in enumerate(OUTLETS):
            n, m = 120 + 10 * k, 40 + k  # the outlets disagree a little
            lines.append(
                {
                    "title": title.format(n=n),
                    "text": text.format(n=n, m=m),
                    "source": outlet,
                    "published": f"2026-04-0{e + 1}T0{k + 7}:00:00+07:00",
                    "url": f"https://{outlet.lower().replace(' ', '')}.example/{e}",
                }
            )
    export = folder / "ekspor.jsonl"
    export.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n")
    path = str(folder / "riset.db")
    code, _, err = run(["ingest", str(export), "--db", path])
    assert code == 0, err
    return path


@pytest.mark.parametrize("typed", ["kabar tirto", "KABAR  TIRTO", " Kabar Tirto "])
def test_an_outlet_typed_in_another_case_or_spacing_finds_its_stories(db: str, typed: str) -> None:
    code, out, _ = run(["stories", "--db", db, "--outlet", typed, "--format", "json"])
    assert code == 0
    assert json.loads(out)["total"] == 2


@pytest.mark.parametrize(
    ("typed", "suggested"), [("warta", "'Warta Purbasari'"), ("Suara Klawimg", "'Suara Klawing'")]
)
def test_an_unknown_outlet_is_one_line_suggesting_the_nearest(
    db: str, typed: str, suggested: str
) -> None:
    code, _, err = run(["stories", "--db", db, "--outlet", typed])
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kroscek: error: no outlet called {typed!r}")
    assert f"did you mean {suggested}" in lines[0]


def test_an_outlet_like_none_points_to_the_outlet_list(db: str) -> None:
    code, _, err = run(["stories", "--db", db, "--outlet", "Harian Zamrud"])
    assert code == 2
    assert "/outlets" in err and "did you mean" not in err


def test_an_empty_corpus_says_how_to_fill_it(tmp_path: Path) -> None:
    empty = str(tmp_path / "kosong.db")
    assert run(["ingest", "--db", empty])[0] == 0
    code, out, _ = run(["stories", "--db", empty])
    assert code == 0
    assert out.strip() == (
        f"{empty} has no articles yet — add some with `kroscek ingest --db {empty} FOLDER`"
    )


@pytest.mark.parametrize(
    ("query", "advice"),
    [
        ("banjir -longsor", "kroscek search 'banjir NOT longsor'"),
        ("-longsor", "kroscek search 'WORD NOT longsor'"),
    ],
)
def test_a_minus_word_is_refused_with_the_not_spelling(db: str, query: str, advice: str) -> None:
    code, _, err = run(["search", query, "--db", db])
    assert code == 2
    assert err.startswith("kroscek: error: ") and advice in err


def test_a_minus_inside_a_phrase_is_just_text(db: str) -> None:
    code, _, err = run(["search", '"tanggul -jebol"', "--db", db])
    assert code == 0 and err == ""


def test_search_says_when_more_hits_follow_and_where(db: str) -> None:
    code, out, _ = run(["search", "rumah", "--db", db, "--limit", "2"])
    assert code == 0
    assert out.strip().splitlines()[-1] == "hits 1–2 of 3; next page: add --offset 2"
    _, last, _ = run(["search", "rumah", "--db", db, "--limit", "2", "--offset", "2"])
    assert last.strip().splitlines()[-1] == "hits 3–3 of 3"


def test_search_json_gives_the_next_offset_or_null(db: str) -> None:
    _, first, _ = run(["search", "rumah", "--db", db, "--limit", "2", "--format", "json"])
    _, rest, _ = run(["search", "rumah", "--db", db, "--offset", "2", "--format", "json"])
    assert json.loads(first)["next_offset"] == 2
    assert json.loads(rest)["next_offset"] is None
    assert json.loads(first)["total"] == 3 and json.loads(first)["total_capped"] is False
    assert len(json.loads(first)["hits"]) == 2


def test_each_search_hit_is_two_lines_whatever_its_paragraphs(db: str) -> None:
    code, out, _ = run(["search", "mengungsi", "--db", db])
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2 * 3 + 1  # three outlets carried the flood story, then the count
    assert all(line.startswith("  ") for line in lines[1:-1:2])
    assert lines[-1] == "hits 1–3 of 3"


def test_export_says_findings_need_reports_then_stops_saying_it(db: str, tmp_path: Path) -> None:
    code, out, err = run(["export", "--db", db, "--parquet", str(tmp_path / "a")])
    assert code == 0 and "findings: 0 rows" in out
    assert f"run `kroscek reports --db {db}` first, or add --with-reports" in err
    assert run(["reports", "--db", db])[0] == 0
    code, out, err = run(["export", "--db", db, "--parquet", str(tmp_path / "b")])
    assert code == 0 and "findings: 0 rows" not in out
    assert err == ""


def test_serve_on_a_busy_port_is_one_line_with_another_port_to_try(db: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run(["serve", "--db", db, "--port", str(port)])
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [
        f"kroscek: error: 127.0.0.1:{port} is already in use (another `kroscek serve` or "
        f"another server?) — stop it, or pick another port with --port {port + 1}"
    ]


def test_serve_on_an_address_this_machine_lacks_is_one_line(db: str) -> None:
    # 192.0.2.1 is reserved for documentation: no machine has it, and binding sends nothing
    code, _, err = run(["serve", "--db", db, "--host", "192.0.2.1", "--port", "0"])
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kroscek: error: cannot serve on 192.0.2.1:0")
    assert "use --host 127.0.0.1" in lines[0]


def test_the_story_list_ends_with_where_the_next_page_starts(db: str) -> None:
    _, first, _ = run(["stories", "--db", db, "--limit", "1"])
    _, last, _ = run(["stories", "--db", db, "--limit", "1", "--offset", "1"])
    assert "stories 1–1 of 2; next page: add --offset 1" in first.strip().splitlines()[-2:]
    assert "stories 2–2 of 2" in last.strip().splitlines()[-2:]


def test_the_story_list_says_what_its_badge_counts_when_it_shows_one(db: str) -> None:
    run(["reports", "--db", db])
    _, out, _ = run(["stories", "--db", db])
    badges = [line for line in out.splitlines() if "▲" in line and not line.startswith("▲N")]
    assert badges, "the outlets' differing counts should give high-severity conflicts"
    assert "▲N: high-severity findings in the story's cross-check" in out.splitlines()


def test_reports_with_nothing_left_to_compute_says_so(db: str) -> None:
    run(["reports", "--db", db])
    code, out, _ = run(["reports", "--db", db])
    assert code == 0
    assert out.strip() == "nothing to do: every comparable story already has an up-to-date report"


@pytest.mark.parametrize(("published", "shown"), [(None, "undated"), ("2026-04-02", "2026-04-02")])
def test_facts_as_text_say_undated_rather_than_none(
    tmp_path: Path, published: str | None, shown: str
) -> None:
    record = {"title": "Longsor Tutup Jalan", "text": EVENTS[1][1].format(n=80, m=3)}
    if published:
        record["published"] = published
    path = tmp_path / "satu.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    code, out, _ = run(["facts", str(path), "--format", "text"])
    assert code == 0
    head = out.splitlines()[0]
    assert head.startswith("satu: Longsor Tutup Jalan  [id, ")
    assert shown in head and "None" not in head


def test_ingest_without_inputs_describes_the_corpus(db: str) -> None:
    code, out, _ = run(["ingest", "--db", db])
    assert code == 0
    assert out.strip() == (
        f"{db}: 6 articles (0 of them copies) in 2 stories from 3 outlets, 0 rejected inputs"
    )


def test_ingest_without_inputs_on_a_new_file_says_how_to_fill_it(tmp_path: Path) -> None:
    new = str(tmp_path / "baru.db")
    code, out, _ = run(["ingest", "--db", new])
    assert code == 0
    assert out.strip().splitlines() == [
        f"{new}: 0 articles (0 of them copies) in 0 stories from 0 outlets, 0 rejected inputs",
        f"add articles with `kroscek ingest FOLDER_OR_FILES --db {new}`",
    ]


def test_ingest_notes_articles_named_after_their_files_once(tmp_path: Path) -> None:
    folder = tmp_path / "tempel"
    folder.mkdir()
    for n, (title, text) in enumerate(EVENTS):
        body = text.format(n=100 + n, m=20 + n)
        (folder / f"{n:04d}.txt").write_text(f"{title.format(n=100 + n)}\n\n{body}\n", "utf-8")
    db = str(tmp_path / "tempel.db")
    code, _, err = run(["ingest", str(folder), "--db", db])
    assert code == 0
    note = [line for line in err.splitlines() if line.startswith("kroscek: note:")]
    assert note == [
        f"kroscek: note: 2 new article(s) named no outlet and were called after their file "
        f"({folder / '0000.txt'} → '0000', {folder / '0001.txt'} → '0001') — name the outlet "
        "with --source, or export the articles as JSONL with a 'source' field"
    ]
    _, _, again = run(["ingest", str(folder), "--db", db])
    assert "note:" not in again  # nothing new was stored
    _, _, named = run(["ingest", str(folder), "--db", str(tmp_path / "b.db"), "--source", "X"])
    assert "note:" not in named
