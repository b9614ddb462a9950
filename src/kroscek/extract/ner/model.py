"""Loading the shipped entity model and tagging raw text with it.

A model is three files written together by ``kroscek train ner``: the CRF
(``ner-id.crfsuite``), its entity memory (``ner-id.memory.tsv``) and the neural tagger whose
scores are added to the CRF's (``ner-id.neural.npz``). The shipped files are loaded once per
process (``functools.lru_cache``) from the package data, never downloaded. A missing or
unreadable file is a :class:`~kroscek.errors.ModelError` that names the file and the command
that rebuilds it.

Tagging goes through neither crfsuite nor torch: the weights of the ``.crfsuite`` file are read
into numpy (:mod:`~kroscek.extract.ner.crf`, ~25 ms when the first text is tagged), all
sentences of a text are scored together (:mod:`~kroscek.extract.ner.batch`, state scores
identical to crfsuite's; :mod:`~kroscek.extract.ner.neural`, the network's emission scores),
and one Viterbi decodes the summed scores. Training uses crfsuite and PyTorch.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from itertools import compress, pairwise, repeat
from operator import contains
from pathlib import Path
from typing import NamedTuple

import numpy as np

from kroscek.errors import ModelError
from kroscek.extract.ner.batch import BatchScorer
from kroscek.extract.ner.crf import HEADER, CorruptModel, LinearChainCRF
from kroscek.extract.ner.document import (
    organisation_of_a_country,
    propagate,
    split_known_prefix,
    tag_name_pairs,
)
from kroscek.extract.ner.features import DOMAINS, RUNTIME_DOMAIN, recase_title, sentence_features
from kroscek.extract.ner.lexicon import EntityMemory
from kroscek.extract.ner.neural import CorruptNetwork, NeuralTagger
from kroscek.text.tokens import Token, token_pieces

MODEL_NAME = "ner-id.crfsuite"
REBUILD_HINT = (
    "rebuild it with: kroscek train ner ../shared/data/ner -o src/kroscek/models/ner-id.crfsuite"
)

# Tokens that end a sentence when followed by a capitalised word or a line break.
_SENTENCE_END = frozenset(".!?")
# A CRF sentence longer than this is cut: the context window is ±2 tokens, so long inputs
# without punctuation (tables, lists) cost linear time instead of one huge sequence.
_MAX_SENTENCE_TOKENS = 200
# Tokens scored together (one numpy batch); a longer text is tagged in several batches.
_BATCH_TOKENS = 4096


def shipped_model_path() -> Path:
    """Where the package keeps ``ner-id.crfsuite`` (the file may be missing)."""
    return Path(str(resources.files("kroscek").joinpath("models", MODEL_NAME)))


def _check_header(model: Path) -> None:
    """Refuse a file that is not a whole crfsuite CRF model, with a message saying why.

    The header is checked first (magic ``lCRF``, the recorded size equal to the file's, model
    type ``FOMC`` and every section offset inside the file) so that the common failures, a
    truncated copy or another kind of file, get a precise message; the sections themselves are
    checked when they are read (:class:`~kroscek.extract.ner.crf.LinearChainCRF`).
    """
    try:
        with model.open("rb") as handle:
            header = handle.read(HEADER.size)
        actual_size = model.stat().st_size
    except OSError as exc:
        raise ModelError(
            f"cannot read entity model file ({exc.strerror})", where=str(model), hint=REBUILD_HINT
        ) from exc
    if len(header) < HEADER.size:
        raise ModelError("entity model file is truncated", where=str(model), hint=REBUILD_HINT)
    magic, size, kind, _version, _n_features, n_labels, _n_attrs, *offsets = HEADER.unpack(header)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ModelError(
            "entity model file is not a crfsuite CRF model", where=str(model), hint=REBUILD_HINT
        )
    if size != actual_size or not all(0 < off < size for off in offsets) or n_labels > 64:
        raise ModelError(
            f"entity model file is truncated or corrupt ({actual_size} bytes, header says {size})",
            where=str(model),
            hint=REBUILD_HINT,
        )


class EntityModel(NamedTuple):
    """A loaded entity model: the CRF, the entity memory it was trained with, the scorer
    that turns sentences into the CRF's state scores, and the neural tagger whose scores are
    added to them (read-only, shared by threads)."""

    crf: LinearChainCRF
    memory: EntityMemory
    scorer: BatchScorer
    network: NeuralTagger
    # The network's labels in the CRF's label order, and the summed transitions.
    network_order: tuple[int, ...]
    transitions: np.ndarray


def memory_path(model: Path) -> Path:
    """The entity memory written next to a model: ``ner-id.crfsuite`` -> ``ner-id.memory.tsv``."""
    return model.with_name(model.stem + ".memory.tsv")


def network_path(model: Path) -> Path:
    """The neural tagger written next to a model: ``ner-id.crfsuite`` -> ``ner-id.neural.npz``."""
    return model.with_name(model.stem + ".neural.npz")


def _open_network(path: Path) -> NeuralTagger:
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(
            "entity model network file is missing", where=str(path), hint=REBUILD_HINT
        ) from exc
    except OSError as exc:
        raise ModelError(
            f"cannot read entity model network file ({exc.strerror})",
            where=str(path),
            hint=REBUILD_HINT,
        ) from exc
    try:
        return NeuralTagger(data)
    except CorruptNetwork as exc:
        raise ModelError(
            f"entity model network file is corrupt: {exc}", where=str(path), hint=REBUILD_HINT
        ) from exc


def open_model(model: Path) -> EntityModel:
    """Open a model file, its memory and its network, checking all three."""
    if not model.is_file():
        raise ModelError("entity model file is missing", where=str(model), hint=REBUILD_HINT)
    _check_header(model)
    memory_file = memory_path(model)
    try:
        memory = EntityMemory.parse(memory_file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ModelError(
            "entity memory file is missing", where=str(memory_file), hint=REBUILD_HINT
        ) from exc
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ModelError(
            f"entity memory file is unreadable ({exc})", where=str(memory_file), hint=REBUILD_HINT
        ) from exc
    try:
        crf = LinearChainCRF(model.read_bytes())
    except (OSError, CorruptModel) as exc:
        raise ModelError(
            "entity model file is corrupt or not a crfsuite model",
            where=str(model),
            hint=REBUILD_HINT,
        ) from exc
    labels = set(crf.labels)
    if not labels or not labels <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}:
        raise ModelError(
            f"entity model has unexpected labels {sorted(labels)}",
            where=str(model),
            hint=REBUILD_HINT,
        )
    network = _open_network(network_path(model))
    if not set(crf.labels) <= set(network.labels):
        raise ModelError(
            "entity model network does not have the CRF's labels",
            where=str(network_path(model)),
            hint=REBUILD_HINT,
        )
    order = tuple(network.labels.index(label) for label in crf.labels)
    transitions = crf.transitions + network.transitions[np.ix_(order, order)]
    return EntityModel(crf, memory, BatchScorer(crf, memory), network, order, transitions)


@lru_cache(maxsize=4)
def load_model(path: Path | None = None) -> EntityModel:
    """Open a model once per process; ``None`` means the model shipped in the package."""
    return open_model(path if path is not None else shipped_model_path())


def sentence_cuts(texts: Sequence[str], spaces: Sequence[str]) -> list[int]:
    """Where sentences start and end: ``[0, ..., len(texts)]`` (see :func:`split_sentences`).

    ``texts`` are the token strings and ``spaces`` the whitespace before each token
    (:func:`~kroscek.text.tokens.token_pieces`). A sentence ends before a token that follows a
    line break, and after . ! ? followed by a capital or an opening quote or parenthesis; a run
    of more than :data:`_MAX_SENTENCE_TOKENS` tokens is cut every that many tokens.
    """
    n = len(texts)
    # Both scans run in C (map + compress); Python only visits the line breaks and the
    # sentence-ending marks.
    natural = set(compress(range(n), map(contains, spaces, repeat("\n"))))
    natural.discard(0)
    for i in compress(range(n - 1), map(_SENTENCE_END.__contains__, texts)):
        nxt = texts[i + 1][:1]
        if nxt.isupper() or nxt in "\"'“‘(":
            natural.add(i + 1)
    cuts = [0]
    last = 0
    for cut in [*sorted(natural), n]:
        while cut - last > _MAX_SENTENCE_TOKENS:
            last += _MAX_SENTENCE_TOKENS
            cuts.append(last)
        if cut > last:
            cuts.append(cut)
            last = cut
    return cuts


def split_sentences(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Cheap sentence split for tagging: after . ! ? before a capital or a line break.

    The CRF only looks two tokens either side, so an occasional wrong split (an abbreviation)
    costs little; what matters is that a line break (headline, caption) always ends a sentence.
    """
    spaces = [""] + [text[a.end : b.start] for a, b in pairwise(tokens)]
    cuts = sentence_cuts([t.text for t in tokens], spaces)
    return [tokens[a:b] for a, b in pairwise(cuts)]


def _spans(
    starts: Sequence[int], ends: Sequence[int], labels: Sequence[str]
) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` character spans of BIO ``labels`` over tokens at those offsets.

    Only the tokens not tagged ``O`` are visited; a gap between two of them ends an entity
    just as the ``O`` tokens in it would.
    """
    spans: list[tuple[int, int, str]] = []
    start = end = -1
    kind = ""
    last = -2  # index of the last token of the open entity
    for i in [i for i, tag in enumerate(labels) if tag != "O"]:
        prefix, _, label = labels[i].partition("-")
        if prefix == "I" and label == kind and start >= 0 and i == last + 1:
            end = ends[i]
            last = i
            continue
        if start >= 0:
            spans.append((start, end, kind))
            start = -1
        if prefix in ("B", "I"):
            start, end, kind = starts[i], ends[i], label
            last = i
    if start >= 0:
        spans.append((start, end, kind))
    return spans


def spans_from_labels(tokens: list[Token], labels: list[str]) -> list[tuple[int, int, str]]:
    """Turn BIO labels over tokens into ``(start, end, label)`` character spans."""
    if len(tokens) != len(labels):
        raise ValueError(f"{len(tokens)} tokens but {len(labels)} labels")
    return _spans([t.start for t in tokens], [t.end for t in tokens], labels)


def crf_labels(
    model: EntityModel,
    sentences: Sequence[Sequence[str]],
    domain: str | None,
    *,
    network: bool = False,
) -> list[list[str]]:
    """The CRF's own BIO labels of each sentence (re-cased first when it is a headline), or
    with ``network`` those of the CRF and the network together.

    The labels crfsuite's ``Tagger.tag`` gives for
    ``sentence_features(recase_title(words), domain, memory)``, computed for all sentences at
    once. The runtime domain (news, no corpus prefix) goes through
    :class:`~kroscek.extract.ner.batch.BatchScorer`; an evaluation domain (``nerui``,
    ``nergrit``: every attribute doubled with a prefix) and the rare token holding a NUL
    character go through the attribute strings of
    :func:`~kroscek.extract.ner.features.sentence_features`.

    With ``network``, the network's emission scores are added to the CRF's state scores and its
    transitions to the CRF's (:attr:`EntityModel.transitions`) before the one Viterbi decode.
    """
    recased = [recase_title(words) for words in sentences if words]
    crf = model.crf
    flat: list[str] = []
    # Sentences are scored in batches of about _BATCH_TOKENS tokens: memory stays bounded
    # (~7 MB of score terms per batch) however long the text.
    batches: list[list[list[str]]] = []
    size = 0
    for words in recased:
        if batches and size + len(words) <= _BATCH_TOKENS:
            batches[-1].append(words)
            size += len(words)
        else:
            batches.append([words])
            size = len(words)
    for batch in batches:
        if (domain and DOMAINS.get(domain)) or any("\0" in "".join(w) for w in batch):
            scores = np.concatenate(
                [
                    crf.scores_from_attributes(sentence_features(w, domain, model.memory))
                    for w in batch
                ]
            )
            marks = None
        else:
            scores, role, place = model.scorer.scores_and_marks(batch)
            marks = (role > 0, place > 0)
        transitions = None
        if network:
            emissions = model.network.emissions(batch, domain, marks)
            scores = scores + emissions[:, model.network_order]
            transitions = model.transitions
        ids = crf.decode(scores, [len(w) for w in batch], transitions).tolist()
        flat.extend(map(crf.labels.__getitem__, ids))
    out: list[list[str]] = []
    done = 0
    for sentence in sentences:
        out.append(flat[done : done + len(sentence)])
        done += len(sentence)
    return out


def tag_batch(
    model: EntityModel, sentences: Sequence[Sequence[str]], domain: str | None
) -> list[list[str]]:
    """BIO labels of each sentence's words: the CRF's (:func:`crf_labels`), then the
    corrections that need no other sentence (organisation + person runs, name pairs)."""
    out = crf_labels(model, sentences, domain, network=True)
    for words, tags in zip(sentences, out, strict=True):
        # Each correction is skipped where it cannot apply: a split needs an organisation of
        # three tokens or more (two I-ORG at least), a name pair a hyphen.
        if tags.count("I-ORG") >= 2:
            split_known_prefix(words, tags, model.memory)
        if "-" in "".join(words):
            tag_name_pairs(words, tags, model.memory)
        if tags.count("I-PER"):
            organisation_of_a_country(words, tags, model.memory)
    return out


def tag_tokens(model: EntityModel, words: Sequence[str], domain: str | None) -> list[str]:
    """BIO labels of one sentence's words (re-cased first when it is a headline)."""
    return tag_batch(model, [words], domain)[0]


def tag_text(
    text: str, model: EntityModel, domain: str = RUNTIME_DOMAIN
) -> list[tuple[int, int, str]]:
    """Entities of ``text`` as character spans.

    All sentences are tagged together, then repeated mentions of the entities found are filled
    in across the whole text (:func:`~kroscek.extract.ner.document.propagate`).
    """
    texts, starts, ends, spaces = token_pieces(text)
    cuts = sentence_cuts(texts, spaces)
    words = [texts[a:b] for a, b in pairwise(cuts)]
    labels = propagate(words, tag_batch(model, words, domain))
    spans: list[tuple[int, int, str]] = []
    for (a, b), tags in zip(pairwise(cuts), labels, strict=True):
        if tags.count("O") != len(tags):
            spans.extend(_spans(starts[a:b], ends[a:b], tags))
    return spans
