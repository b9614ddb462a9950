"""Read-only access to the corpus for the web app's worker threads.

Starlette runs plain ``def`` endpoints in a thread pool, and an SQLite connection belongs
to the thread that opened it, so each worker thread opens its own read-only ``Corpus`` on
first use and keeps it. Story reports are cached in memory too: the server opens the
database read-only, so when the store has no cached report it computes one, and the next
request for the same (unchanged) story must not pay for that again.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING

from kroscek.store.queries import independent_outlets

if TYPE_CHECKING:
    from kroscek.data import Report
    from kroscek.store import Corpus
    from kroscek.store.models import StoryDetail


class CorpusPool:
    """One read-only ``Corpus`` per thread, opened lazily, all closed by ``close()``."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        report_cache_size: int = 256,
        max_live_compare: int = 30,
    ) -> None:
        self.path = os.fspath(path)
        self.max_live_compare = max_live_compare
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Corpus] = []
        self._reports: OrderedDict[tuple[str, int, str], Report] = OrderedDict()
        self._report_cache_size = report_cache_size

    def check(self) -> None:
        """Open and close the corpus once, so a missing or outdated file fails at start-up.

        Raises ``kroscek.errors.StoreError`` with the store's own one-line message (which
        file, and the command that creates or migrates it).
        """
        from kroscek.store import Corpus

        Corpus(self.path, readonly=True, create=False).close()

    def get(self) -> Corpus:
        corpus = getattr(self._local, "corpus", None)
        if corpus is None:
            from kroscek.store import Corpus

            corpus = Corpus(self.path, readonly=True, create=False)
            self._local.corpus = corpus
            with self._lock:
                self._opened.append(corpus)
        return corpus

    def story_report(self, detail: StoryDetail) -> tuple[Report | None, str | None]:
        """The story's compare report and, when there is none, why (``single``/``too_large``).

        Memoised until the story gains or changes articles. A story with fewer than two
        independent articles has nothing to cross-check; one whose report the store has not
        cached and whose report would compare more than ``max_live_compare`` articles (one
        per outlet, at most ``Settings.story_report_max_articles``) is not compared on a
        web request (``kroscek story ID --db PATH`` computes and caches it).
        """
        summary = detail.summary
        independent = detail.independent()
        if len(independent) < 2:
            return None, "single"
        stamp = summary.last_published.isoformat() if summary.last_published else ""
        key = (summary.id, summary.n_articles, stamp)
        with self._lock:
            if key in self._reports:
                self._reports.move_to_end(key)
                return self._reports[key], None
        corpus = self.get()
        # an uncached report would be computed on this request: not for a very large one.
        # The report compares each outlet's first article, of at most
        # story_report_max_articles outlets, so a story of sixty articles is bounded too.
        compared = min(independent_outlets(detail), corpus.settings.story_report_max_articles)
        if compared > self.max_live_compare and not corpus.has_report(summary.id):
            return None, "too_large"
        report = corpus.story_report(summary.id)
        if report is None:
            return None, "single"
        with self._lock:
            self._reports[key] = report
            while len(self._reports) > self._report_cache_size:
                self._reports.popitem(last=False)
        return report, None

    def close(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for corpus in opened:
            try:
                corpus.close()
            except Exception:  # closing on shutdown must not mask the error that caused it
                continue
