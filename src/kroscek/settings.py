"""One table of tunable settings with documented defaults.

Each threshold is named once here; stages read it from a ``Settings`` instance so that a
user, a test or the Dask runner can change it without touching stage code.
See docs/settings.md for what each one does.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    # Reading
    max_input_bytes: int = 10 * 1024 * 1024
    fetch_timeout_s: float = 20.0
    user_agent: str = "kroscek/{version} (+news cross-checking; offline-first research tool)"
    # Alignment
    min_shared_chars: int = 50
    paraphrase_threshold: float = 0.55
    # Clustering (corpus)
    minhash_perms: int = 64
    shingle_words: int = 5
    lsh_bands: int = 16
    story_similarity: float = 0.27
    story_window_days: float = 3.0
    near_duplicate_jaccard: float = 0.80
    copy_containment: float = 0.90  # a trimmed copy: share of its text in the original
    story_entity_weight: float = 0.85  # share of names/numbers vs topical words (docs/corpus.md)
    story_query_terms: int = 10  # rarest names/numbers of an article used to find candidates
    story_candidates: int = 12  # earlier articles scored for each arriving article
    story_max_days: float = 7.0  # longest time a story may span (first to last article)
    story_report_max_articles: int = 12  # outlets (first article each) a story report compares
    # Ingest: batches share a transaction until this many items or seconds (docs/corpus.md)
    ingest_commit_articles: int = 2000
    ingest_commit_seconds: float = 5.0
    # Web app (`kroscek serve`): limits of the compare form's uploads and pasted articles
    web_upload_max_bytes: int = 2 * 1024 * 1024
    web_upload_max_files: int = 10


DEFAULT = Settings()
