"""Training and evaluating the entity model on the licensed corpora (python-crfsuite).

Training is deterministic: the sentences are read in a fixed order; headline copies, memory
folds and the order fed to L-BFGS (which has no randomness of its own) come from seeded
``random.Random`` instances, so the same seed and data give the same model files.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pycrfsuite

from kroscek.extract.ner.corpora import CORPUS_NAMES, Sentence, check_root, iter_splits, read_split
from kroscek.extract.ner.features import recase_title, sentence_features
from kroscek.extract.ner.lexicon import EntityMemory
from kroscek.extract.ner.model import EntityModel, memory_path, network_path, open_model, tag_batch
from kroscek.extract.ner.neural_training import require_torch, train_network
from kroscek.extract.ner.scoring import chunks, score

# Chosen on the dev/valid splits (see docs/ner.md); the test splits were not used for tuning.
DEFAULT_C1 = 0.15
DEFAULT_C2 = 0.05
DEFAULT_MAX_ITERATIONS = 100
DEFAULT_SEED = 14
DEFAULT_TITLE_CASE_FRACTION = 0.3
DEFAULT_MENTION_FRACTION = 0.3
MEMORY_FOLDS = 5

# Words Indonesian and English headlines keep lower-case in Title Case.
_HEADLINE_LOWER = frozenset(
    "di ke dari dan yang untuk pada dengan atau oleh dalam the of in on at to for and a an".split()  # noqa: SIM905
)

Progress = Callable[[str], None]


class _ProgressTrainer(pycrfsuite.Trainer):
    """A crfsuite trainer that reports every tenth L-BFGS iteration instead of its raw log."""

    _ITERATION = re.compile(r"\*+ Iteration #(\d+) \*+")

    def __init__(self, progress: Progress, max_iterations: int):
        # crfsuite hands its log to ``message`` only when verbose; the log is parsed here
        # (pycrfsuite's own parser misses OWL-QN iterations) and never printed.
        super().__init__(verbose=True)
        self._progress = progress
        self._max_iterations = max_iterations
        self._pending = ""
        self._iteration = 0

    def message(self, message: str) -> None:
        self._pending += message
        *lines, self._pending = self._pending.split("\n")
        for line in lines:
            match = self._ITERATION.match(line)
            if match:
                self._iteration = int(match.group(1))
            elif line.startswith("Loss:") and self._iteration % 10 == 0:
                loss = line.split(":", 1)[1].strip()
                self._progress(f"iteration {self._iteration}/{self._max_iterations}, loss {loss}")


def title_case(tokens: Sequence[str]) -> list[str]:
    """Write a sentence the way headlines are written: every word capitalised but a few."""
    return [
        tok[:1].upper() + tok[1:] if tok[:1].islower() and tok not in _HEADLINE_LOWER else tok
        for tok in tokens
    ]


def headline_copies(
    sentences: Sequence[Sentence], fraction: float, seed: int
) -> list[tuple[int, Sentence]]:
    """Title Case copies of a seeded ``fraction`` of ``sentences``, with their source index.

    The corpora are normally cased, so a model trained on them alone reads every capitalised
    headline word as part of a name ("Hamas Tembakkan" as one organisation). The copies are
    re-cased exactly as headlines are at run time (:func:`recase_title`), so the model learns
    what is left of the casing signal.
    """
    rng = random.Random(seed * 7919 + 1)
    return [
        (index, Sentence(tuple(recase_title(title_case(s.tokens))), s.labels, s.corpus))
        for index, s in enumerate(sentences)
        if rng.random() < fraction
    ]


def mention_copies(
    sentences: Sequence[Sentence], folds: Sequence[int], fraction: float, seed: int
) -> list[tuple[int, Sentence]]:
    """Copies of a seeded ``fraction`` of the sentences with entities, each entity swapped.

    Every entity of a copied sentence is replaced by a random entity string of the same label
    from the same corpus and the same memory fold ("mention replacement"): the model sees more
    names in the contexts that announce them, and, the swapped-in names coming from the
    sentence's own fold, the held-out memory knows them no more often than it knows the
    originals. Returned with the index of the source sentence, like :func:`headline_copies`.
    """
    pools: dict[tuple[str, int, str], set[tuple[str, ...]]] = {}
    for sent, fold in zip(sentences, folds, strict=True):
        for start, end, label in chunks(sent.labels):
            pools.setdefault((sent.corpus, fold, label), set()).add(sent.tokens[start:end])
    ordered = {key: sorted(pool) for key, pool in pools.items()}
    rng = random.Random(seed * 31 + 7)
    copies: list[tuple[int, Sentence]] = []
    for index, sent in enumerate(sentences):
        entities = sorted(chunks(sent.labels))
        if not entities or rng.random() >= fraction:
            continue
        tokens: list[str] = []
        labels: list[str] = []
        done = 0
        for start, end, label in entities:
            tokens.extend(sent.tokens[done:start])
            labels.extend(sent.labels[done:start])
            pool = ordered[(sent.corpus, folds[index], label)]
            swapped = pool[rng.randrange(len(pool))]
            tokens.extend(swapped)
            labels.extend(["B-" + label] + ["I-" + label] * (len(swapped) - 1))
            done = end
        tokens.extend(sent.tokens[done:])
        labels.extend(sent.labels[done:])
        copies.append((index, Sentence(tuple(tokens), tuple(labels), sent.corpus)))
    return copies


def jackknifed_memories(
    sentences: Sequence[Sentence], folds: int, seed: int
) -> tuple[list[int], list[EntityMemory]]:
    """A fold number per sentence and, per fold, the memory of every *other* fold.

    A memory built from a sentence's own entities would always be right on that sentence, and
    the model would learn to trust it blindly; held-out memories match on training text as
    often and as reliably as the full memory will on new text.
    """
    rng = random.Random(seed * 104729 + 3)
    assigned = [rng.randrange(folds) for _ in sentences]
    memories = [
        EntityMemory.from_labelled(
            (s.tokens, s.labels) for s, f in zip(sentences, assigned, strict=True) if f != fold
        )
        for fold in range(folds)
    ]
    return assigned, memories


def training_items(
    sentences: Sequence[Sentence], seed: int, title_case_fraction: float, mention_fraction: float
) -> tuple[list[EntityMemory], list[tuple[Sentence, int]], list[int]]:
    """The fold memories, the sentences and their copies with their memory fold, and the
    seeded order in which both models see them."""
    folds, memories = jackknifed_memories(sentences, MEMORY_FOLDS, seed)
    items = [(s, folds[i]) for i, s in enumerate(sentences)]
    items += [(copy, folds[i]) for i, copy in headline_copies(sentences, title_case_fraction, seed)]
    items += [
        (copy, folds[i]) for i, copy in mention_copies(sentences, folds, mention_fraction, seed)
    ]
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    return memories, items, order


def _quiet(_: str) -> None:
    return None


def train_sentences(
    sentences: Sequence[Sentence],
    model_path: Path,
    *,
    c1: float = DEFAULT_C1,
    c2: float = DEFAULT_C2,
    max_iterations: int = DEFAULT_MAX_ITERATIONS,
    seed: int = DEFAULT_SEED,
    domain_adaptation: bool = True,
    title_case_fraction: float = DEFAULT_TITLE_CASE_FRACTION,
    mention_fraction: float = DEFAULT_MENTION_FRACTION,
    progress: Progress = _quiet,
    network_epochs: int | None = None,
) -> Path:
    """Train a CRF on ``sentences`` (plus headline-cased and mention-swapped copies), then the
    neural tagger on ``sentences``.

    Writes the model to ``model_path``.

    Also writes the entity memory of all ``sentences`` next to it (:func:`memory_path`) and the
    network (:func:`network_path`).
    """
    require_torch()  # before the CRF's minutes, not after
    memories, items, order = training_items(sentences, seed, title_case_fraction, mention_fraction)
    trainer = _ProgressTrainer(progress, max_iterations)
    for count, index in enumerate(order, 1):
        sent, fold = items[index]
        domain = sent.corpus if domain_adaptation else None
        features = sentence_features(sent.tokens, domain, memories[fold])
        trainer.append(features, list(sent.labels))
        if count % 2000 == 0:
            progress(f"features: {count}/{len(order)} sentences")
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.possible_transitions": True,
        }
    )
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))
    # Written once the model exists, so a failed run never leaves a memory for an old model.
    memory = EntityMemory.from_labelled((s.tokens, s.labels) for s in sentences)
    memory_path(model_path).write_text(memory.dump(), encoding="utf-8")
    extra = {} if network_epochs is None else {"epochs": network_epochs}
    # The network learns from the same sentences and copies as the CRF (in the same order).
    network = train_network([items[i][0] for i in order], seed, progress, **extra)
    network_path(model_path).write_bytes(network)
    return model_path


def train_corpora(
    root: Path,
    model_path: Path,
    *,
    splits: tuple[str, ...] = ("train", "dev"),
    seed: int = DEFAULT_SEED,
    progress: Progress = _quiet,
    network_epochs: int | None = None,
    **params: Any,
) -> Path:
    """Train on the given splits of all three corpora under ``root`` (``params``: the
    keyword arguments of :func:`train_sentences`)."""
    check_root(root)
    sentences = list(iter_splits(root, splits))
    progress(f"read {len(sentences)} sentences from {', '.join(CORPUS_NAMES)} ({'+'.join(splits)})")
    return train_sentences(
        sentences, model_path, seed=seed, progress=progress, network_epochs=network_epochs, **params
    )


def tag_sentences(
    model: EntityModel, sentences: Iterable[Sentence], *, use_domain: bool = True
) -> list[list[str]]:
    """BIO labels predicted for each sentence, using the sentence's corpus as the domain.

    Sentences of one corpus are tagged in one batch (:func:`~kroscek.extract.ner.model.tag_batch`).
    """
    items = list(sentences)
    out: list[list[str]] = [[] for _ in items]
    by_domain: dict[str | None, list[int]] = {}
    for i, sentence in enumerate(items):
        by_domain.setdefault(sentence.corpus if use_domain else None, []).append(i)
    for domain, indexes in by_domain.items():
        tagged = tag_batch(model, [items[i].tokens for i in indexes], domain)
        for i, tags in zip(indexes, tagged, strict=True):
            out[i] = tags
    return out


def evaluate(
    root: Path,
    model_path: Path,
    *,
    split: str = "test",
    corpora: Sequence[str] = CORPUS_NAMES,
    use_domain: bool = True,
) -> dict[str, dict[str, object]]:
    """Entity-level scores per corpus on one split (``{"corpora": {...}}`` is built by callers)."""
    check_root(root)
    model = open_model(model_path)
    results: dict[str, dict[str, object]] = {}
    for corpus in corpora:
        sentences = read_split(root, corpus, split)
        predicted = tag_sentences(model, sentences, use_domain=use_domain)
        results[corpus] = score((s.labels for s in sentences), predicted)
    return results
