"""Run a corpus ingest, reindex or report refresh on a Dask cluster.

Needs ``pip install 'kroscek[scale]'``.

The per-article work (decode, clean, sign) is the same pure batch functions a local ingest
runs in its worker processes (:mod:`kroscek.pipeline`); here a Dask cluster runs them, and
their results come back to this process in input order, where the one sequential step
(:class:`kroscek.store.writer.CorpusWriter`: stories, SQLite) stores them. So a Dask ingest
builds the very database a local one does, and the SQLite file never leaves the client.

Importing this package does not import Dask: :func:`connect` does, when a run starts.
"""

from __future__ import annotations

from kroscek.scale.cluster import ClusterError, connect
from kroscek.scale.executor import DaskExecutor
from kroscek.scale.run import ingest, reindex, reports

__all__ = ["ClusterError", "DaskExecutor", "connect", "ingest", "reindex", "reports"]
