"""Readers for the three licensed Indonesian NER corpora, mapped to one PER/ORG/LOC scheme.

The corpora use different tag names (PERSON/PLACE/ORGANISATION, PERSON/LOCATION/ORGANIZATION,
PER/LOC/ORG) and file layouts; training and evaluation only ever see :class:`Sentence` objects
with BIO labels over PER, ORG and LOC, so no other module needs to know the formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kroscek.errors import InputError

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

_TYPE_MAP: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANISATION": "ORG",
    "ORGANIZATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
}


@dataclass(frozen=True)
class CorpusSpec:
    """Where one corpus keeps its splits and which column holds the BIO tag."""

    name: str
    files: dict[str, str]  # split ("train", "dev", "test") -> file name
    tag_column: int  # index of the BIO tag in a whitespace/TAB separated line


CORPORA: tuple[CorpusSpec, ...] = (
    CorpusSpec(
        "idner-news-2k",
        {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
        tag_column=2,
    ),
    CorpusSpec(
        "nerui",
        {"train": "train.01.tsv", "dev": "dev.01.tsv", "test": "test.01.tsv"},
        tag_column=1,
    ),
    CorpusSpec(
        "nergrit",
        {
            "train": "train_preprocess.txt",
            "dev": "valid_preprocess.txt",
            "test": "test_preprocess.txt",
        },
        tag_column=1,
    ),
)
CORPUS_NAMES: tuple[str, ...] = tuple(spec.name for spec in CORPORA)


@dataclass(frozen=True)
class Sentence:
    """One tokenised sentence with BIO labels (PER/ORG/LOC) and the corpus it came from."""

    tokens: tuple[str, ...]
    labels: tuple[str, ...]
    corpus: str


def map_tag(tag: str) -> str:
    """Map one corpus tag to the common BIO scheme; unknown entity types become ``O``."""
    if tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    kind = _TYPE_MAP.get(tag[2:].upper())
    return f"{tag[0]}-{kind}" if kind else "O"


def read_conll(path: Path, corpus: str, tag_column: int) -> list[Sentence]:
    """Read a one-token-per-line file (blank line between sentences) into sentences.

    Lines are split on whitespace so CRLF endings and TAB or space separators all work; the
    token is the first column and the tag the ``tag_column``-th.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(
            f"cannot read NER corpus file ({exc.strerror})",
            where=str(path),
            hint="point the command at the folder holding idner-news-2k/, nerui/ and nergrit/",
        ) from exc
    sentences: list[Sentence] = []
    tokens: list[str] = []
    labels: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        cols = line.split()
        if not cols:
            if tokens:
                sentences.append(Sentence(tuple(tokens), tuple(labels), corpus))
                tokens, labels = [], []
            continue
        if len(cols) <= tag_column:
            raise InputError(
                f"line {lineno} has {len(cols)} column(s), expected at least {tag_column + 1}",
                where=str(path),
                hint="the file must hold one token and its BIO tag per line",
            )
        tokens.append(cols[0])
        labels.append(map_tag(cols[tag_column]))
    if tokens:
        sentences.append(Sentence(tuple(tokens), tuple(labels), corpus))
    return sentences


def corpus_spec(name: str) -> CorpusSpec:
    """The layout of the corpus called ``name``."""
    for spec in CORPORA:
        if spec.name == name:
            return spec
    raise InputError(f"unknown NER corpus {name!r}; known: {', '.join(CORPUS_NAMES)}")


def read_split(root: Path, corpus: str, split: str) -> list[Sentence]:
    """Read one split ("train", "dev" or "test") of one corpus under ``root``."""
    spec = corpus_spec(corpus)
    return read_conll(root / spec.name / spec.files[split], spec.name, spec.tag_column)


def iter_splits(
    root: Path, splits: tuple[str, ...], corpora: tuple[str, ...] = CORPUS_NAMES
) -> Iterator[Sentence]:
    """Every sentence of the given splits of the given corpora, in a fixed order."""
    for corpus in corpora:
        for split in splits:
            yield from read_split(root, corpus, split)


def check_root(root: Path) -> None:
    """Fail with one clear line when ``root`` does not hold the three corpora."""
    missing = [spec.name for spec in CORPORA if not (root / spec.name).is_dir()]
    if missing:
        raise InputError(
            f"missing corpus folder(s): {', '.join(missing)}",
            where=str(root),
            hint="pass the folder holding idner-news-2k/, nerui/ and nergrit/ "
            "(e.g. ../shared/data/ner)",
        )
