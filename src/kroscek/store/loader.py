"""``ingest``: stream inputs into a corpus database, batch by batch.

Each batch is read, cleaned and signed by the pure functions of :mod:`kroscek.pipeline`
and then stored by :class:`CorpusWriter` in one transaction. Memory is bounded by the batch
size, whatever the size of the inputs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kroscek import pipeline
from kroscek.settings import DEFAULT, Settings
from kroscek.store.corpus import Corpus
from kroscek.store.writer import CorpusWriter, IngestCounts


@dataclass(frozen=True, slots=True)
class Progress:
    """Running totals after a batch, for progress displays."""

    counts: IngestCounts
    batch: int


def ingest(
    inputs: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    *,
    source: str | None = None,
    settings: Settings = DEFAULT,
    batch_size: int = pipeline.BATCH_SIZE,
    on_batch: Callable[[Progress], None] | None = None,
) -> IngestCounts:
    """Add every readable article of ``inputs`` to the corpus at ``db``; returns the counts.

    Idempotent (articles already stored are counted as ``already`` and not written again)
    and crash-safe (each batch is one transaction).
    """
    total = IngestCounts()
    with Corpus(db, settings=settings) as corpus:
        writer = CorpusWriter(corpus, settings)
        for n, raws in enumerate(
            pipeline.read_batches(inputs, source=source, settings=settings, size=batch_size), 1
        ):
            arts, bad = pipeline.split(pipeline.prepare_batch(raws, source=source))
            sigs = pipeline.sign_batch(arts, settings)
            total.merge(writer.add(arts, sigs, bad))
            if on_batch is not None:
                on_batch(Progress(counts=total, batch=n))
    return total
