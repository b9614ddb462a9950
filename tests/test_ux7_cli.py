"""What the seventh usability review (a fact-checker's and an editor's afternoon) fixed in
the command line: one form for every note on stderr, an example in every ``--help``, a
mistyped ingest path that leaves no empty corpus behind, the outlet that alone got a
figure wrong named even when the others word the same figure differently, the time of
day in the sources table, CSV files that open in a spreadsheet with their text intact,
a CSV of the evidence of one finding type over a span of days, and a story of many
copying outlets listed in one readable line.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import shlex
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kroscek.cli import COMMANDS, main
from kroscek.cli._common import show_cluster_notes
from kroscek.report._common import published_label

# Three outlets report one landslide; two give the toll in different words ("tujuh warga",
# "7 orang"), the third alone writes "sembilan".
LANDSLIDE = [
    (
        "Kabar Lereng",
        "Longsor Timbun Kampung di Lereng Gunung, Tujuh Warga Tewas",
        "CIANJUR - Longsor menimbun sebuah kampung di Kecamatan Pacet pada Senin "
        "(16/11/2026) malam. Sebanyak tujuh warga tewas, kata Kepala BPBD Cianjur "
        "Darmawan Sutisna.\n\nTim SAR mengerahkan 80 personel ke lokasi.",
    ),
    (
        "Warta Bukit",
        "Tujuh Orang Tewas Tertimbun Longsor di Pacet",
        "CIANJUR - Sebanyak 7 orang tewas akibat longsor di Kecamatan Pacet, Senin "
        "(16/11/2026) malam, menurut BPBD Cianjur.\n\nTim SAR mengerahkan 80 personel "
        "ke lokasi.",
    ),
    (
        "Suara Lembah",
        "Sembilan Warga Tewas dalam Longsor Pacet",
        "CIANJUR - Sembilan warga tewas dalam longsor di Kecamatan Pacet pada Senin "
        "(16/11/2026) malam, kata Kepala BPBD Cianjur Darmawan Sutisna.\n\nTim SAR "
        "mengerahkan 80 personel ke lokasi.",
    ),
]

SHIPWRECK = [
    (
        "Harbour Wire",
        "Ferry sinks off Bali, seven passengers dead",
        "DENPASAR - A ferry sank off the east coast of Bali on Tuesday (17/11/2026) and "
        "seven passengers died, the harbour master said.\n\nRescuers found 40 survivors.",
    ),
    (
        "Island Daily",
        "Seven dead as ferry goes down near Bali",
        "DENPASAR - Seven people died when a ferry went down off Bali on Tuesday "
        "(17/11/2026), the harbour master said.\n\nRescuers found 40 survivors.",
    ),
    (
        "Coast Times",
        "Ferry sinks off Bali, eleven dead",
        "DENPASAR - Eleven passengers died when a ferry sank off the east coast of Bali on "
        "Tuesday (17/11/2026), the harbour master said.\n\nRescuers found 40 survivors.",
    ),
]


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


def write_articles(
    folder: Path, articles: list[tuple[str, str, str]], *, outlet: bool
) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, (source, title, text) in enumerate(articles):
        path = folder / f"berita{k}.txt"
        head = f"{title}\n{source}\n\n" if outlet else f"{title}\n\n"
        path.write_text(head + text + "\n", "utf-8")
        paths.append(str(path))
    return paths


# --------------------------------------------------------------------------- notes


@pytest.mark.parametrize("command", ["compare", "ingest"])
def test_every_note_goes_to_stderr_with_the_one_kroscek_note_prefix(
    tmp_path: Path, command: str
) -> None:
    paths = write_articles(tmp_path / "tanpa-nama", LANDSLIDE, outlet=False)
    args = [command, *paths] + (["--db", str(tmp_path / "n.db")] if command == "ingest" else [])
    code, out, err = run(args)
    assert code == 0
    assert "note:" not in out, "stdout is the data a pipe receives"
    notes = [line for line in err.splitlines() if "note:" in line]
    assert len(notes) == 1
    assert notes[0].startswith("kroscek: note: ")
    assert "--source" in notes[0]


def test_a_dask_runner_note_reaches_stderr_in_the_same_form(
    capsys: pytest.CaptureFixture[str],
) -> None:
    log = logging.getLogger("kroscek.scale")
    saved = (list(log.handlers), log.propagate, log.level)
    try:
        show_cluster_notes()
        log.info("worker lost; its 2 batches run again")
        assert capsys.readouterr().err == "kroscek: note: worker lost; its 2 batches run again\n"
    finally:
        log.handlers[:], log.propagate = saved[0], saved[1]
        log.setLevel(saved[2])


# --------------------------------------------------------------------------- --help


def _commands() -> list[tuple[str, ...]]:
    names: list[tuple[str, ...]] = []
    for name in COMMANDS:
        cmd = main.get_command(click.Context(main), name)
        if isinstance(cmd, click.Group):
            names += [(name, sub) for sub in cmd.list_commands(click.Context(cmd))]
        elif cmd is not None:
            names.append((name,))
    return names


def _examples(help_text: str) -> list[str]:
    """The example command lines of a help text, continuation lines joined."""
    block = help_text.split("Examples:\n", 1)[1]
    lines: list[str] = []
    for raw in block.splitlines():
        line = raw.strip()
        if not line.startswith("kroscek") and not (lines and lines[-1].endswith("\\")):
            continue
        line = line.split("  #", 1)[0].strip()
        if lines and lines[-1].endswith("\\"):
            lines[-1] = lines[-1][:-1] + " " + line
        else:
            lines.append(line)
    return lines


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_every_commands_help_ends_with_examples_that_parse(words: tuple[str, ...]) -> None:
    code, out, _ = run([*words, "--help"])
    assert code == 0
    examples = _examples(out)
    assert examples, f"`kroscek {' '.join(words)} --help` shows no example"
    for line in examples:
        argv = shlex.split(line)[1:]
        if ">" in argv:  # the shell's redirection, not the command's
            argv = argv[: argv.index(">")]
        assert argv[: len(words)] == list(words), line
        cmd: click.Command = main
        for word in words:
            assert isinstance(cmd, click.Group)
            found = cmd.get_command(click.Context(cmd), word)
            assert found is not None
            cmd = found
        # parsing (not running) the example: an unknown option or a bad value raises
        cmd.make_context(" ".join(words), argv[len(words) :])


def test_the_top_level_help_says_where_to_start() -> None:
    code, out, _ = run(["--help"])
    assert code == 0
    starts = _examples(out)
    assert [line.split()[1] for line in starts] == ["compare", "ingest", "stories", "serve"]
    run_version = run(["--version"])
    assert run_version[0] == 0 and run_version[1].startswith("kroscek, version ")


# --------------------------------------------------------------------------- ingest typos


@pytest.mark.parametrize("typo", ["beritaa/", "hasil-scrape.jsonl", "arsip/01.txt"])
def test_an_ingest_of_only_mistyped_paths_says_so_and_creates_no_corpus(
    tmp_path: Path, typo: str
) -> None:
    db = tmp_path / "news.db"
    code, out, err = run(["ingest", str(tmp_path / typo), "--db", str(db)])
    assert code == 2
    assert out == ""
    assert err.splitlines() == [
        f"kroscek: error: no such file or folder: {tmp_path / typo} — check the path; "
        f"nothing was written, {db} was not created"
    ]
    assert not db.exists()


def test_a_mistyped_path_beside_a_real_one_is_counted_and_the_real_one_is_stored(
    tmp_path: Path,
) -> None:
    real = write_articles(tmp_path / "asli", LANDSLIDE[:1], outlet=True)
    db = tmp_path / "news.db"
    code, out, _ = run(["ingest", *real, str(tmp_path / "tidak-ada"), "--db", str(db)])
    assert code == 0
    assert "1 new" in out and "1 rejected" in out


# --------------------------------------------------------------------------- odd one out


@pytest.mark.parametrize(
    ("articles", "odd"), [(LANDSLIDE, "Suara Lembah"), (SHIPWRECK, "Coast Times")]
)
def test_the_outlet_alone_with_another_figure_is_named_though_the_others_word_it_apart(
    tmp_path: Path, articles: list[tuple[str, str, str]], odd: str
) -> None:
    import kroscek
    from kroscek.report._common import odd_one_out

    paths = write_articles(tmp_path / "tiga", articles, outlet=True)
    report = kroscek.compare(paths)
    tolls = [f for f in report.findings if f.type == "conflict" and "number" in (f.slot or "")]
    assert tolls, [f.message for f in report.findings]
    source = {a.id: a.source for a in report.articles}
    assert {source[odd_one_out(report, f) or ""] for f in tolls} == {odd}
    code, out, _ = run(["compare", *paths])
    assert code == 0
    flat = " ".join(out.split())
    assert f"beda sendiri: {odd}" in flat or f"odd one out: {odd}" in flat


# --------------------------------------------------------------------------- times


WIB = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("published", "label"),
    [
        (None, "-"),
        (datetime(2026, 11, 22, tzinfo=WIB), "2026-11-22"),
        (datetime(2026, 11, 22, 6, 42, tzinfo=WIB), "2026-11-22 06:42 WIB"),
        (datetime(2026, 11, 22, 23, 5, tzinfo=UTC), "2026-11-22 23:05 UTC"),
        (
            datetime(2026, 11, 22, 9, 30, tzinfo=timezone(timedelta(hours=8))),
            "2026-11-22 09:30 WITA",
        ),
    ],
)
def test_the_sources_table_gives_the_time_of_day_when_the_input_has_one(
    published: datetime | None, label: str
) -> None:
    assert published_label(published) == label


def test_a_terminal_report_shows_which_outlet_published_first(tmp_path: Path) -> None:
    records = [
        {"title": t, "text": x, "source": s, "published": f"2026-11-16T2{k}:1{k}:00+07:00"}
        for k, (s, t, x) in enumerate(LANDSLIDE)
    ]
    path = tmp_path / "lereng.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    code, out, _ = run(["compare", str(path)])
    assert code == 0
    for k in range(3):
        assert f"2{k}:1{k} WIB" in out


# --------------------------------------------------------------------------- CSV files


@pytest.mark.parametrize("command", ["compare"])
def test_a_csv_written_to_a_file_opens_in_a_spreadsheet_and_one_on_stdout_has_no_mark(
    tmp_path: Path, command: str
) -> None:
    paths = write_articles(tmp_path / "csv", LANDSLIDE, outlet=True)
    target = tmp_path / "temuan.csv"
    code, _, err = run([command, *paths, "--format", "csv", "-o", str(target)])
    assert code == 0 and f"wrote {target}" in err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the file as UTF-8"
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {r["source"] for r in rows} == {s for s, _, _ in LANDSLIDE}
    code, out, _ = run([command, *paths, "--format", "csv"])
    assert code == 0 and not out.startswith("\ufeff")
    assert out.splitlines()[0] == raw.decode("utf-8-sig").splitlines()[0]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories with reports: the landslide (dated 16 November) and the shipwreck
    (17 November), and a story one wire wrote and twelve outlets copied."""
    folder = tmp_path_factory.mktemp("ux7")
    records = []
    for day, articles in (("16", LANDSLIDE), ("17", SHIPWRECK)):
        for k, (source, title, text) in enumerate(articles):
            records.append(
                {
                    "title": title,
                    "text": text,
                    "source": source,
                    "published": f"2026-11-{day}T21:{10 + k}:00+07:00",
                }
            )
    wire = (
        "Harga Gabah Kering Panen di Karawang Turun Jadi Rp 6.100 per Kilogram",
        "KARAWANG - Harga gabah kering panen di tingkat petani Kabupaten Karawang turun "
        "menjadi Rp 6.100 per kilogram pada Rabu (18/11/2026), kata Kepala Dinas Pertanian "
        "Karawang Hendra Wijaya. Penurunan terjadi karena panen raya di sejumlah kecamatan "
        "berlangsung bersamaan, sementara serapan penggilingan belum bertambah. Ia meminta "
        "petani tidak menjual gabah di bawah harga pembelian pemerintah.",
    )
    for k in range(13):
        records.append(
            {
                "title": wire[0],
                "text": wire[1],
                "source": f"Portal Tani {k:02d}",
                "published": f"2026-11-18T08:{10 + k}:00+07:00",
            }
        )
    path = folder / "riset.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    db = folder / "riset.db"
    code, _, err = run(["ingest", str(path), "--db", str(db)])
    assert code == 0, err
    code, _, err = run(["reports", "--db", str(db)])
    assert code == 0, err
    return db


@pytest.mark.parametrize(
    ("filters", "types", "days"),
    [
        ([], None, {"2026-11-16", "2026-11-17"}),
        (["--type", "conflict"], {"conflict"}, {"2026-11-16", "2026-11-17"}),
        (["--type", "CONFLICT", "--since", "2026-11-17"], {"conflict"}, {"2026-11-17"}),
        (["--until", "2026-11-16"], None, {"2026-11-16"}),
    ],
)
def test_export_writes_the_evidence_a_researcher_filters_as_one_csv(
    corpus: Path, tmp_path: Path, filters: list[str], types: set[str] | None, days: set[str]
) -> None:
    target = tmp_path / "bukti.csv"
    code, out, err = run(["export", "--db", str(corpus), "--csv", str(target), *filters])
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert out.strip() == f"evidence (csv): {len(rows)} rows"
    assert rows
    if types is not None:
        assert {r["type"] for r in rows} == types
    assert {r["published"][:10] for r in rows} == days
    for r in rows:  # each row says what its words prove, and the words are the outlet's
        assert r["message"] and r["source"] and r["text"]


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ([], "say where to export — add --parquet FOLDER"),
        (["--parquet", "pq", "--type", "framing"], "filter the --csv export only"),
        (["--csv", "x.csv", "--since", "kemarin"], "--since 'kemarin' is not a date"),
    ],
)
def test_an_export_asked_wrongly_says_what_to_add_in_one_line(
    corpus: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    code, _, err = run(["export", "--db", str(corpus), *args])
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("kroscek: error: ")
    assert says in err


# --------------------------------------------------------------------------- stories


def test_a_story_of_many_copying_outlets_counts_them_apart_and_names_a_few(
    corpus: Path,
) -> None:
    code, out, _ = run(["stories", "--db", str(corpus), "--min-sources", "1"])
    assert code == 0
    line = next(li for li in out.splitlines() if "Portal Tani 00" in li and "·" in li)
    assert "13 outlet(s) (1 independent, 12 copying), 13 article(s)" in line
    assert line.rstrip().endswith("Portal Tani 07, +5 more")
    landslide = next(li for li in out.splitlines() if "Kabar Lereng" in li and "·" in li)
    assert "3 outlet(s), 3 article(s)" in landslide and "copying" not in landslide


def test_a_story_in_a_notebook_is_one_short_line_even_with_many_outlets(corpus: Path) -> None:
    import kroscek

    with kroscek.Corpus(str(corpus), readonly=True) as store:
        stories = store.stories(min_sources=1, limit=None)
    wire = next(s for s in stories if "Portal Tani 00" in s.sources)
    line = repr(wire)
    assert "\n" not in line and len(line) < 260
    assert "13 articles, 1 independent outlets of 13" in line
    assert "Portal Tani 02, …" in line and "Portal Tani 12" not in line
    assert "2026-11-18" in line and "tzinfo" not in line


@pytest.mark.parametrize(
    ("title", "body", "lang"),
    [
        ("Catatan Pagi", "hari ini cerah dan tenang sekali di sini.", "id"),
        ("A quiet note", "it was calm and quiet all day long here.", "en"),
    ],
)
def test_facts_of_an_article_with_none_say_so_instead_of_a_bare_header(
    tmp_path: Path, title: str, body: str, lang: str
) -> None:
    path = tmp_path / "kosong.txt"
    path.write_text(f"{title}\n\n{body}\n", "utf-8")
    code, out, _ = run(["facts", str(path), "--format", "text"])
    assert code == 0
    assert out.splitlines() == [
        f"kosong: {title}  [{lang}, undated, 0 facts]",
        "  no facts found: no name, figure, date, quote or attribution was recognised "
        "in this article",
    ]


@pytest.fixture(scope="module")
def long_listing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus whose story list is longer than a pipe holds (64 KiB): 400 stories."""
    import random

    rng = random.Random(7)
    syllables = ["ka", "ri", "mu", "ta", "lo", "se", "pi", "na", "gu", "de", "wo", "ba"]

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(3))

    folder = tmp_path_factory.mktemp("pipa")
    lines = []
    for k in range(400):
        title = " ".join(word().capitalize() for _ in range(8))
        text = "Laporan " + " ".join(word() for _ in range(40)) + "."
        lines.append(json.dumps({"title": title, "text": text, "source": f"Media {k:03d}"}))
    (folder / "banyak.jsonl").write_text("\n".join(lines), "utf-8")
    db = folder / "pipa.db"
    code, _, err = run(["ingest", str(folder / "banyak.jsonl"), "--db", str(db)])
    assert code == 0, err
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["stories", "--min-sources", "1", "--limit", "400"],
        ["search", "laporan", "--limit", "400"],
    ],
    ids=["stories", "search"],
)
def test_a_listing_cut_by_head_ends_quietly_with_the_shells_sigpipe_code(
    long_listing: Path, args: list[str]
) -> None:
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-m", "kroscek", *args, "--db", str(long_listing)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert first.strip()
    assert err == ""


@pytest.mark.parametrize("cut", [1, 3], ids=["last-character-lost", "three-lost"])
def test_a_story_id_cut_short_gets_the_real_one_suggested(corpus: Path, cut: int) -> None:
    code, out, _ = run(["stories", "--db", str(corpus), "--format", "json"])
    assert code == 0
    real = json.loads(out)["stories"][0]["id"]
    code, _, err = run(["story", real[:-cut], "--db", str(corpus)])
    assert code == 2
    assert err.splitlines() == [
        f"kroscek: error: no story {real[:-cut]!r} in {corpus} — did you mean {real}? Else "
        f"list story ids with `kroscek stories --db {corpus}`"
    ]


@pytest.mark.parametrize("typed", ["zz", "s000000000000"])
def test_a_story_id_like_none_gets_no_suggestion(corpus: Path, typed: str) -> None:
    code, _, err = run(["story", typed, "--db", str(corpus)])
    assert code == 2
    assert "did you mean" not in err and "kroscek stories --db" in err
