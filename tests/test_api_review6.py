"""What the sixth usability review fixed for a researcher in a notebook.

A mistyped corpus path is an error that names the corpus beside it, never a new empty
file; ``kroscek.Corpus``, the error classes and ``kroscek.from_text`` sit at the top
level; article text passed where a path goes says so; a report's findings come as rows
for pandas; a story bigger than a report compares says how much of it was compared; the
CLI no longer reaches into the web app for its queries.

Articles are written for these tests (review6_corpus.py and below); no outlet's text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import kroscek
from kroscek.cli import main
from kroscek.store import Corpus
from review6_corpus import FIRE_ODD, FLOOD_OUTLETS, build, story_of

FLOOD_ID = (
    "Banjir Rendam 300 Rumah di Lembah Hijau\n"
    "Banjir merendam 300 rumah di Kabupaten Lembah Hijau pada Selasa (3/11/2026). "
    "Menurut Kepala BPBD Lembah Hijau Andi Saputra, dua warga tewas terseret arus. "
    '"Kami sudah mengevakuasi 120 warga ke posko," kata Andi.'
)
FLOOD_ID_2 = (
    "Banjir Rendam 350 Rumah di Lembah Hijau\n"
    "Banjir merendam 350 rumah di Kabupaten Lembah Hijau pada Selasa (3/11/2026). "
    'Dua warga tewas terseret arus. "Kami sudah mengevakuasi 120 warga ke posko," '
    "kata Andi Saputra."
)
FERRY_EN = (
    "Ferry carrying 80 passengers runs aground off Selat Hening\n"
    "A ferry carrying 80 passengers ran aground off Selat Hening on Monday, the port "
    'authority said. "All passengers were moved to a rescue boat," harbour master Lukas '
    "Benny said."
)
FERRY_EN_2 = (
    "Ferry with 95 passengers aground near Selat Hening\n"
    "A ferry carrying 95 passengers ran aground off Selat Hening on Monday. "
    '"All passengers were moved to a rescue boat," harbour master Lukas Benny said.'
)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("review6"))


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.stdout + result.stderr
    return result.exit_code, result.stdout, result.stderr


# --------------------------------------------------------------------------- a missing corpus

READS: list[tuple[str, Callable[[Corpus], Any]]] = [
    ("stories", lambda c: c.stories()),
    ("search", lambda c: c.search("banjir")),
    ("stats", lambda c: c.stats()),
    ("story", lambda c: c.story("s0")),
    ("outlets", lambda c: c.outlets()),
]


@pytest.mark.parametrize(("what", "read"), READS, ids=[w for w, _ in READS])
def test_reading_a_mistyped_corpus_path_says_it_does_not_exist_and_creates_nothing(
    tmp_path: Path, what: str, read: Callable[[Corpus], Any]
) -> None:
    typo = tmp_path / "berita.db"
    corpus = kroscek.Corpus(typo)
    with pytest.raises(kroscek.StoreError) as err:
        read(corpus)
    assert err.value.message == "no corpus database here"
    assert f"kroscek ingest --db {typo}" in str(err.value)
    assert "create=True" in str(err.value)
    assert not typo.exists()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [("reviw6.db", "review6.db"), ("review.db", "review6.db"), ("review6.sqlite", "review6.db")],
)
def test_a_missing_corpus_names_the_corpus_beside_it_with_a_close_name(
    db: Path, typed: str, suggested: str
) -> None:
    with pytest.raises(kroscek.StoreError) as err:
        Corpus(db.parent / typed, readonly=True)
    assert f"did you mean {db.parent / suggested}?" in str(err.value)
    assert not (db.parent / typed).exists()


@pytest.mark.parametrize("how", ["create=True", "writer"])
def test_only_an_explicit_create_or_a_writer_creates_the_file(tmp_path: Path, how: str) -> None:
    from kroscek.store.writer import CorpusWriter

    path = tmp_path / "baru.db"
    if how == "create=True":
        corpus = Corpus(path, create=True)
    else:
        corpus = Corpus(path)
        assert not path.exists()
        CorpusWriter(corpus)
    with corpus:
        assert path.exists()
        assert corpus.stats()["articles"] == 0


def test_create_false_refuses_a_missing_file_at_once(tmp_path: Path) -> None:
    with pytest.raises(kroscek.StoreError, match="no corpus database here"):
        Corpus(tmp_path / "tidak-ada.db", create=False)


@pytest.mark.parametrize(
    "args",
    [
        ["stories", "--db", "{db}"],
        ["story", "s1234", "--db", "{db}"],
        ["search", "banjir", "--db", "{db}"],
        ["ingest", "--errors", "--db", "{db}"],
        ["export", "--db", "{db}", "--parquet", "{out}"],
    ],
    ids=["stories", "story", "search", "ingest-errors", "export"],
)
def test_cli_commands_that_read_never_create_the_corpus(tmp_path: Path, args: list[str]) -> None:
    typo = tmp_path / "korpus.db"
    code, _, err = run([a.format(db=typo, out=tmp_path / "out") for a in args])
    assert code == 4
    assert err.startswith(f"kroscek: error: {typo}: no corpus database here")
    assert not typo.exists()


def test_cli_ingest_still_creates_the_corpus_it_is_given(tmp_path: Path) -> None:
    path = tmp_path / "baru.db"
    code, out, _ = run(["ingest", "--db", str(path)])
    assert code == 0 and path.exists()
    assert "0 articles" in out


@pytest.mark.parametrize(("readonly", "shown"), [(True, ", readonly=True"), (False, "")])
def test_a_corpus_says_what_it_is_in_a_notebook(db: Path, readonly: bool, shown: str) -> None:
    corpus = Corpus(db, readonly=readonly)
    assert repr(corpus) == f"Corpus({str(db)!r}{shown})"
    corpus.close()
    assert repr(corpus).endswith(" (closed)")


# --------------------------------------------------------------------------- the top level


@pytest.mark.parametrize(
    ("name", "module"),
    [
        ("Corpus", "kroscek.store"),
        ("StoreError", "kroscek.errors"),
        ("InputError", "kroscek.errors"),
        ("UsageError", "kroscek.errors"),
        ("NotEnoughArticlesError", "kroscek.errors"),
        ("KroscekError", "kroscek.errors"),
    ],
)
def test_the_names_a_researcher_needs_are_at_the_top_level(name: str, module: str) -> None:
    import importlib

    assert getattr(kroscek, name) is getattr(importlib.import_module(module), name)
    assert name in dir(kroscek)


def test_the_package_help_names_the_entry_points() -> None:
    doc = kroscek.__doc__ or ""
    for entry in ("kroscek.compare", "kroscek.from_text", "kroscek.Corpus", "StoreError"):
        assert entry in doc


@pytest.mark.parametrize(
    ("a", "b", "kind", "words"),
    [
        (FLOOD_ID, FLOOD_ID_2, "conflict", ("300 rumah", "350 rumah")),
        (FERRY_EN, FERRY_EN_2, "conflict", ("80 passengers", "95 passengers")),
    ],
    ids=["id", "en"],
)
def test_text_in_hand_is_compared_through_from_text(
    a: str, b: str, kind: str, words: tuple[str, ...]
) -> None:
    report = kroscek.compare(
        [kroscek.from_text(a, "tempel:1"), kroscek.from_text(b, "tempel:2", source="Kabar B")]
    )
    assert [art.title for art in report.articles] == [a.split("\n")[0], b.split("\n")[0]]
    assert report.articles[1].source == "Kabar B"
    conflicts = [f for f in report.findings if f.type == kind]
    assert any(all(w in f.message for w in words) for f in conflicts)


@pytest.mark.parametrize(
    ("text", "says"),
    [("  \n\n", "empty text"), ("Hanya Sebuah Judul", "only a headline")],
)
def test_from_text_refuses_what_is_not_an_article_with_an_input_error(text: str, says: str) -> None:
    with pytest.raises(kroscek.InputError) as err:
        kroscek.from_text(text, "tempel:9")
    assert err.value.code == "bad_input"
    assert str(err.value).startswith(f"tempel:9: {says}")
    assert "headline on the first line" in str(err.value)


@pytest.mark.parametrize(
    "text",
    [FLOOD_ID, FLOOD_ID.replace("\n", " ") * 2],
    ids=["with-line-breaks", "one-long-line-with-slashes"],
)
def test_article_text_passed_as_a_path_points_to_from_text(text: str) -> None:
    with pytest.raises(kroscek.NotEnoughArticlesError) as err:
        kroscek.compare([text, FLOOD_ID_2])
    assert "this looks like article text, not a path" in str(err.value)
    assert "kroscek.from_text(text)" in str(err.value)


# --------------------------------------------------------------------------- rows for pandas


def test_a_reports_findings_come_as_rows_that_index_their_articles(db: Path) -> None:
    from kroscek.report import finding_rows
    from kroscek.report.csv_report import CSV_COLUMNS

    story_id = story_of(db, FIRE_ODD)
    with Corpus(db, readonly=True) as corpus:
        report = corpus.story_report(story_id)
    assert report is not None
    rows = list(finding_rows(report, story_id=story_id))
    assert rows == list(finding_rows(report.to_dict(), story_id=story_id))
    assert {tuple(r) for r in rows} == {tuple(rows[0])} and set(rows[0]) == set(CSV_COLUMNS)
    by_id = {a.id: a for a in report.articles}
    with_evidence = [r for r in rows if r["article"]]
    assert with_evidence
    for r in with_evidence:
        assert by_id[r["article"]].field_text(r["field"])[r["start"] : r["end"]] == r["text"]
        assert r["story_id"] == story_id and r["source"] == by_id[r["article"]].source
    assert {r["finding"] for r in rows} == set(range(len(report.findings)))


# --------------------------------------------------------------------------- a big story


def test_a_story_bigger_than_a_report_says_how_many_outlets_were_compared(db: Path) -> None:
    from kroscek.settings import DEFAULT

    story_id = story_of(db, FLOOD_OUTLETS[0])
    code, out, _ = run(["story", story_id, "--db", str(db), "--format", "json"])
    assert code == 0
    data = json.loads(out)
    assert data["compared"] == {
        "outlets": DEFAULT.story_report_max_articles,
        "of_outlets": len(FLOOD_OUTLETS),
    }
    assert [a["source"] for a in data["articles"]] == list(
        FLOOD_OUTLETS[: DEFAULT.story_report_max_articles]
    )
    code, _, err = run(["story", story_id, "--db", str(db), "--format", "csv"])
    assert code == 0
    assert (
        f"note: this report compares {DEFAULT.story_report_max_articles} of the story's "
        f"{len(FLOOD_OUTLETS)} outlets" in err
    )


def test_a_story_compared_whole_has_no_note(db: Path) -> None:
    story_id = story_of(db, FIRE_ODD)
    code, out, err = run(["story", story_id, "--db", str(db), "--format", "json"])
    assert code == 0 and "note:" not in err
    assert json.loads(out)["compared"] == {"outlets": 3, "of_outlets": 3}


# --------------------------------------------------------------------------- layering


@pytest.mark.parametrize(
    ("module", "must_not_load"),
    [
        ("kroscek.cli.stories", "kroscek.web"),
        ("kroscek.cli.ingest", "kroscek.web"),
        ("kroscek.store.queries", "kroscek.web"),
        ("kroscek.web.app", "kroscek.cli"),
    ],
)
def test_front_ends_share_their_queries_from_the_store_not_each_other(
    module: str, must_not_load: str
) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        f"print(any(m == {must_not_load!r} or m.startswith({must_not_load + '.'!r}) "
        "for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_the_old_web_queries_module_still_imports_the_same_functions() -> None:
    from kroscek.store import queries as store_queries
    from kroscek.web import queries as web_queries

    for name in web_queries.__all__:
        assert getattr(web_queries, name) is getattr(store_queries, name)
