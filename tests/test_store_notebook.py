"""The corpus API as a researcher's notebook uses it: whole lists, dates as text, mistakes.

A real corpus of our own made-up reports, one event every four days (more than a story's
time window apart), so each is a story of its own and there are more than a page of them.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from kroscek.errors import StoreError, UsageError
from kroscek.store import Corpus
from kroscek.store.loader import ingest

N_EVENTS = 56
FIRST_DAY = date(2025, 1, 6)


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("catatan")
    rows = []
    for i in range(N_EVENTS):
        day = FIRST_DAY + timedelta(days=4 * i)
        if i % 2:
            title, text = (
                f"Longsor Tutup Jalan Desa Watu{i:02d}",
                f"Longsor menutup jalan Desa Watu{i:02d} sepanjang {20 + i} meter. "
                f"Warga Desa Watu{i:02d} bergotong royong membersihkan material longsor.",
            )
        else:
            title, text = (
                f"Bridge to Lontar{i:02d} Village Reopens",
                f"The bridge to Lontar{i:02d} village reopened after {i + 3} weeks of repairs. "
                f"Traders in Lontar{i:02d} said deliveries resumed the same morning.",
            )
        rows.append(
            {"title": title, "text": text, "source": "Kabar Lembah", "published": f"{day}T08:00"}
        )
    export = folder / "ekspor.jsonl"
    export.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = folder / "c.db"
    ingest([export], db, workers=1)
    return db


def test_limit_none_lists_every_story_and_every_hit(corpus_path: Path) -> None:
    with Corpus(corpus_path, readonly=True) as corpus:
        assert corpus.count_stories() == N_EVENTS
        assert len(corpus.stories()) == 50  # one page, as documented
        assert len(corpus.stories(limit=None)) == N_EVENTS
        assert len(corpus.search("Longsor")) == 20
        assert len(corpus.search("Longsor", limit=None)) == N_EVENTS // 2


@pytest.mark.parametrize(
    ("since", "until"),
    [
        ("2025-03-01", "2025-04-30"),
        (date(2025, 3, 1), date(2025, 4, 30)),
        ("2025-03-01T00:00:00+00:00", date(2025, 4, 30)),
        (datetime(2025, 3, 1), "2025-04-30"),
    ],
)
def test_dates_may_be_written_as_text_like_on_the_command_line(
    corpus_path: Path, since: object, until: object
) -> None:
    with Corpus(corpus_path, readonly=True) as corpus:
        expected = corpus.stories(since=date(2025, 3, 1), until=date(2025, 4, 30), limit=None)
        got = corpus.stories(since=since, until=until, limit=None)  # type: ignore[arg-type]
        assert got == expected and 0 < len(got) < N_EVENTS
        assert corpus.count_stories(since=since, until=until) == len(got)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "error"), [("1 Maret 2025", UsageError), (20250301, TypeError)])
def test_a_date_that_is_no_date_is_one_clear_error(
    corpus_path: Path, value: object, error: type[Exception]
) -> None:
    with Corpus(corpus_path, readonly=True) as corpus, pytest.raises(error) as caught:
        corpus.stories(since=value)  # type: ignore[arg-type]
    assert "since" in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("query", [["Longsor"], 42])
def test_a_search_for_something_that_is_no_text_names_the_type(
    corpus_path: Path, query: object
) -> None:
    with Corpus(corpus_path, readonly=True) as corpus, pytest.raises(TypeError, match="str"):
        corpus.search(query)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "use",
    [
        lambda c: c.stories(),
        lambda c: c.search("Longsor"),
        lambda c: c.story("s000000000000"),
        lambda c: c.stats(),
    ],
)
def test_a_closed_corpus_says_it_is_closed_and_how_to_open_it(
    corpus_path: Path, use: object
) -> None:
    corpus = Corpus(corpus_path, readonly=True)
    corpus.close()
    with pytest.raises(StoreError) as caught:
        use(corpus)  # type: ignore[operator]
    assert "this Corpus is closed" in str(caught.value) and "readonly=True" in str(caught.value)
    corpus.close()  # closing twice is harmless


@pytest.mark.parametrize("typed", ["kabar lembah", "KABAR  LEMBAH", " Kabar Lembah"])
def test_an_outlet_typed_in_another_case_or_spacing_is_found(corpus_path: Path, typed: str) -> None:
    with Corpus(corpus_path, readonly=True) as corpus:
        detail = corpus.outlet(typed)
        assert detail is not None and detail.summary.name == "Kabar Lembah"
        assert corpus.count_stories(outlet=typed) == N_EVENTS
        assert len(corpus.stories(outlet=typed, limit=None)) == N_EVENTS
        assert corpus.outlet("Kabar Bukit") is None
