"""``kroscek train ner`` and ``kroscek eval ner``: build and score the entity model."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from kroscek.cli._common import examples, friendly_errors


@click.group("train")
def train() -> None:
    """Train the project's models from licensed data."""


@train.command(
    "ner",
    epilog=examples("kroscek train ner ../shared/data/ner -o model/ner-id.crfsuite"),
)
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    required=True,
    help="CRF model file to write (the shipped one is src/kroscek/models/ner-id.crfsuite); "
    "its .memory.tsv and .neural.npz are written next to it.",
)
@click.option("--seed", type=int, default=None, help="Shuffle seed; same seed, same model.")
@click.option("--c1", type=float, default=None, help="L1 regularisation (default: tuned value).")
@click.option("--c2", type=float, default=None, help="L2 regularisation (default: tuned value).")
@click.option("--iterations", type=int, default=None, help="Maximum L-BFGS iterations.")
@click.option(
    "--network-epochs",
    type=int,
    default=None,
    hidden=True,  # for quick test models; not in docs/cli.md
    help="Training epochs of the neural tagger.",
)
@friendly_errors
def train_ner(
    data_dir: Path,
    output: Path,
    seed: int | None,
    c1: float | None,
    c2: float | None,
    iterations: int | None,
    network_epochs: int | None,
) -> None:
    """Train the Indonesian entity model on DATA_DIR (idner-news-2k/, nerui/, nergrit/).

    Uses the train and dev splits of all three corpora; the test splits are left for
    ``kroscek eval ner``. The neural tagger is trained with PyTorch: pip install
    'kroscek[train]'.
    """
    from kroscek.extract.ner import training

    params: dict[str, Any] = {}  # c1, c2, max_iterations: the trainer's defaults otherwise
    if c1 is not None:
        params["c1"] = c1
    if c2 is not None:
        params["c2"] = c2
    if iterations is not None:
        params["max_iterations"] = iterations
    started = time.monotonic()

    def progress(message: str) -> None:
        click.echo(f"[{time.monotonic() - started:6.1f}s] {message}", err=True)

    training.train_corpora(
        data_dir,
        output,
        seed=training.DEFAULT_SEED if seed is None else seed,
        progress=progress,
        network_epochs=network_epochs,
        **params,
    )
    size_kb = output.stat().st_size / 1024
    from kroscek.extract.ner.model import memory_path, network_path

    net = network_path(output)
    net_kb = net.stat().st_size / 1024
    progress(
        f"wrote {output} ({size_kb:.0f} KB), {memory_path(output)} and {net} ({net_kb:.0f} KB)"
    )


@click.group("eval")
def eval_() -> None:
    """Evaluate the project's models."""


@eval_.command(
    "ner",
    epilog=examples(
        "kroscek eval ner ../shared/data/ner",
        "kroscek eval ner ../shared/data/ner --model model/ner-id.crfsuite --split dev",
    ),
)
@click.argument("data_dir", type=click.Path(path_type=Path))
@click.option(
    "--model",
    "model",
    type=click.Path(path_type=Path),
    default=None,
    help="Model file to score (default: the one shipped in the package).",
)
@click.option(
    "--split",
    type=click.Choice(["test", "dev"], case_sensitive=False),
    default="test",
    show_default=True,
)
@friendly_errors
def eval_ner(data_dir: Path, model: Path | None, split: str) -> None:
    """Print entity-level precision/recall/F1 per corpus and label, as JSON."""
    from kroscek.extract.ner import model as ner_model
    from kroscek.extract.ner import training

    path = model if model is not None else ner_model.shipped_model_path()
    results = training.evaluate(data_dir, path, split=split)
    click.echo(json.dumps({"corpora": results}, indent=2))
