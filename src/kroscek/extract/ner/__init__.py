"""Indonesian named-entity recognition (PER, ORG, LOC) with the project's own CRF model.

``recognize(text)`` is the one entry point later stages need; the model (a CRF plus a small
neural tagger, run with numpy) ships inside the package (``kroscek/models/ner-id.*``) and is
trained by ``kroscek train ner`` from the licensed corpora described in NOTICE. See
docs/ner.md for features, scores and limits.
"""

from __future__ import annotations

from kroscek.extract.ner.model import load_model, tag_text

__all__ = ["recognize"]

# Language tags the Indonesian model serves: Indonesian (also the legacy "in") and Malay, which
# shares its spelling, affixes and capitalisation. Region subtags ("id-ID") are ignored.
_MODEL_LANGS = frozenset({"id", "in", "ms"})


def recognize(text: str, lang: str = "id") -> list[tuple[int, int, str]]:
    """Entities in ``text`` as ``(start, end, label)`` character offsets, label PER/ORG/LOC.

    Indonesian (and Malay) text only: for any other language, English included, this returns
    ``[]`` (the model was trained on Indonesian and mislabels English; English entities come
    from the fact extractor's capitalisation and gazetteer layer, see docs/ner.md). Raises
    ``ModelError`` when the shipped model file is missing or corrupt.
    """
    if lang.split("-")[0].split("_")[0].lower() not in _MODEL_LANGS or not text.strip():
        return []
    return tag_text(text, load_model())
