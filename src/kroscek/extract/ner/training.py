"""Training and evaluating the entity model on the licensed corpora (python-crfsuite).

Training is deterministic: the sentences are read in a fixed order, shuffled with a seeded
``random.Random`` and fed to L-BFGS, which has no randomness of its own, so the same seed and
data give the same model file.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import pycrfsuite

from kroscek.extract.ner.corpora import CORPUS_NAMES, Sentence, check_root, iter_splits, read_split
from kroscek.extract.ner.features import sentence_features
from kroscek.extract.ner.scoring import score

# Chosen on the dev/valid splits (see docs/ner.md); the test splits were not used for tuning.
DEFAULT_C1 = 0.15
DEFAULT_C2 = 0.05
DEFAULT_MAX_ITERATIONS = 100
DEFAULT_SEED = 13

Progress = Callable[[str], None]


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
    progress: Progress = _quiet,
) -> Path:
    """Train a CRF on ``sentences`` and write it to ``model_path``."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    trainer = pycrfsuite.Trainer(verbose=False)
    for count, index in enumerate(order, 1):
        sent = sentences[index]
        domain = sent.corpus if domain_adaptation else None
        trainer.append(sentence_features(sent.tokens, domain), list(sent.labels))
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

    def on_iteration(log: dict[str, object]) -> None:
        num = log.get("num")
        if isinstance(num, int) and num % 10 == 0:
            progress(f"iteration {num}/{max_iterations}, loss {log.get('loss'):.1f}")

    trainer.message = lambda _msg: None  # type: ignore[method-assign]
    trainer.on_iteration = lambda log, _state: on_iteration(log)  # type: ignore[method-assign]
    trainer.train(str(model_path))
    return model_path


def train_corpora(
    root: Path,
    model_path: Path,
    *,
    splits: tuple[str, ...] = ("train", "dev"),
    seed: int = DEFAULT_SEED,
    progress: Progress = _quiet,
    **params: float,
) -> Path:
    """Train on the given splits of all three corpora under ``root``."""
    check_root(root)
    sentences = list(iter_splits(root, splits))
    progress(f"read {len(sentences)} sentences from {', '.join(CORPUS_NAMES)} ({'+'.join(splits)})")
    return train_sentences(sentences, model_path, seed=seed, progress=progress, **params)  # type: ignore[arg-type]


def tag_sentences(
    tagger: pycrfsuite.Tagger, sentences: Iterable[Sentence], *, use_domain: bool = True
) -> list[list[str]]:
    """BIO labels predicted for each sentence, using the sentence's corpus as the domain."""
    return [
        tagger.tag(sentence_features(s.tokens, s.corpus if use_domain else None)) for s in sentences
    ]


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
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    try:
        results: dict[str, dict[str, object]] = {}
        for corpus in corpora:
            sentences = read_split(root, corpus, split)
            predicted = tag_sentences(tagger, sentences, use_domain=use_domain)
            results[corpus] = score((s.labels for s in sentences), predicted)
        return results
    finally:
        tagger.close()
