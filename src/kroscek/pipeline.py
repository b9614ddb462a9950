"""The per-article work of a corpus ingest as pure functions over batches.

``read_batches`` streams inputs in fixed-size batches; ``prepare_batch`` cleans them,
``sign_batch`` computes their clustering signatures and ``extract_batch`` their facts. None
of them touches the database or any global state, and each takes and returns plain lists,
so the Dask runner can map the very same functions over partitions and feed the results to
:class:`kroscek.store.writer.CorpusWriter`, which is the only stateful (sequential) step.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import cast

from kroscek.cluster.features import Signature
from kroscek.cluster.features import sign_batch as _sign_batch
from kroscek.data import Article, RawArticle, Rejected
from kroscek.errors import KroscekError
from kroscek.ingest.jsonl import RawLine
from kroscek.settings import DEFAULT, Settings

BATCH_SIZE = 500


def read_batches(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    size: int = BATCH_SIZE,
    lazy: bool = False,
) -> Iterator[list[RawArticle | Rejected | RawLine]]:
    """Every item of ``inputs`` (as :func:`kroscek.ingest.read` yields them), in batches.

    With ``lazy`` the lines of a ``.jsonl`` file come as :class:`RawLine` (one per item
    ``read`` would yield, in the same place): :func:`prepare_batch` decodes them.
    """
    from kroscek.ingest.dispatch import as_inputs, read

    paths = as_inputs(inputs)  # one path as a str is one input, not one per character
    items: Iterator[RawArticle | Rejected | RawLine]
    if lazy:
        items = read(paths, source=source, settings=settings, undecoded_jsonl=True)
    else:
        items = read(paths, source=source, settings=settings)
    while batch := list(islice(items, max(1, size))):
        yield batch


def parse_line(item: RawLine, *, source: str | None = None) -> RawArticle | Rejected:
    """Decode a :class:`RawLine` as ``read`` would have (record checks and date included).

    One difference: an unexpected failure (not a JSON, UTF-8 or record error) costs this
    line only, where ``read`` would stop reading its file there.
    """
    from kroscek.ingest.dispatch import dated
    from kroscek.ingest.files import unexpected
    from kroscek.ingest.jsonl import decode_line

    try:
        # a decoded line is an article or a rejection, never a line again
        return cast("RawArticle | Rejected", dated(decode_line(item, source)))
    except Exception as exc:  # a bad line is counted and skipped, never the end of a batch
        return unexpected(exc, "file").rejected(item.origin)


def prepare_one(raw: RawArticle, *, source: str | None = None) -> Article | Rejected:
    """Clean one raw article; any failure becomes a ``Rejected`` that says why."""
    from kroscek.clean import clean

    try:
        # the boilerplate list is for reports of one compare, not stored
        art = clean(raw, source=source, removed_list=False)
    except KroscekError as exc:
        return Rejected(raw.origin, str(exc), exc.code)
    except Exception as exc:  # a bad article is counted and skipped, never the end of a batch
        return Rejected(
            raw.origin, f"cannot clean article ({type(exc).__name__}: {exc})", "clean_failed"
        )
    if not art.text.strip():
        return Rejected(raw.origin, "no article text left after cleaning", "empty")
    return art


def prepare_batch(
    raws: Sequence[RawArticle | Rejected | RawLine], *, source: str | None = None
) -> list[Article | Rejected]:
    """Clean a batch (decoding its :class:`RawLine` items); rejected inputs pass through,
    in order."""
    out: list[Article | Rejected] = []
    for r in raws:
        if isinstance(r, RawLine):
            r = parse_line(r, source=source)
        out.append(r if isinstance(r, Rejected) else prepare_one(r, source=source))
    return out


def sign_batch(articles: Sequence[Article], settings: Settings = DEFAULT) -> list[Signature]:
    """Clustering signatures of a batch of cleaned articles (numpy-batched MinHash)."""
    return _sign_batch(articles, settings)


def extract_batch(articles: Sequence[Article]) -> list[Article | Rejected]:
    """Facts of each article; an article whose extraction fails comes back as ``Rejected``."""
    from kroscek.extract import extract_facts

    out: list[Article | Rejected] = []
    for art in articles:
        try:
            out.append(extract_facts(art))
        except Exception as exc:  # counted and skipped, never the end of a batch
            origin = str(art.meta.get("origin") or art.id)
            out.append(
                Rejected(
                    origin, f"cannot extract facts ({type(exc).__name__}: {exc})", "extract_failed"
                )
            )
    return out


def split(items: Iterable[Article | Rejected]) -> tuple[list[Article], list[Rejected]]:
    """Separate cleaned articles from rejected items, keeping each list's order."""
    arts: list[Article] = []
    bad: list[Rejected] = []
    for item in items:
        (bad if isinstance(item, Rejected) else arts).append(item)  # type: ignore[arg-type]
    return arts, bad
