"""Alignment of articles about one event: shared passages, paraphrases, unique sentences."""

from __future__ import annotations

from kroscek.align.aligner import Alignment, Sentence, SentencePair, align, similarity

__all__ = ["Alignment", "Sentence", "SentencePair", "align", "similarity"]
