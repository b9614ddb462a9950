"""Corrections after the CRF: split glued organisation+person runs, tag pairs of names joined by a
hyphen, relabel "<group> <country>" taken for a person, fill in repeated mentions.

Repeated mentions (:func:`propagate`) are a document-level matter: later mentions of an entity
found earlier in the same text.

News writes a name in full once ("Menteri Keuangan Sri Mulyani Indrawati") and then by one part
of it ("Indrawati menambahkan ..."), without the title or context words that made the first
mention easy. A CRF tags sentence by sentence and misses many of those short mentions. After
tagging a whole text, every entity it found is remembered (whole, and for people also the first
and last word of a multi-word name); untagged capitalised tokens that repeat one of them get its
label. A string found with two different labels is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kroscek.extract.ner.lexicon import EntityMemory, lowercase_words, person_names, places, roles

_MIN_PART_LENGTH = 3  # "Al", "Hj" and initials are too ambiguous to propagate alone


def _remember(found: dict[tuple[str, ...], str | None], key: tuple[str, ...], label: str) -> None:
    if key in found and found[key] != label:
        found[key] = None  # seen with two labels: ambiguous, never propagated
    else:
        found[key] = label


@lru_cache(maxsize=65_536)
def _is_name_part(word: str) -> bool:
    return (
        len(word) >= _MIN_PART_LENGTH
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word.lower() not in lowercase_words()
        and (word.lower(),) not in roles()
    )


def _entity_chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """:func:`~kroscek.extract.ner.scoring.chunks`, looking only at the tokens not tagged ``O``.

    Most tokens are ``O``; a gap between two tagged tokens ends an entity just as the ``O``
    tokens in it would.
    """
    found: set[tuple[int, int, str]] = set()
    start = end = -1
    kind = ""
    for i in [i for i, tag in enumerate(tags) if tag != "O"]:
        prefix, _, label = tags[i].partition("-")
        continues = start >= 0 and i == end and prefix == "I" and label == kind
        if continues:
            end = i + 1
            continue
        if start >= 0:
            found.add((start, end, kind))
            start = -1
        if prefix in ("B", "I"):
            start, end, kind = i, i + 1, label
    if start >= 0:
        found.add((start, end, kind))
    return found


def propagate(sentences: Sequence[Sequence[str]], labels: list[list[str]]) -> list[list[str]]:
    """Labels of all ``sentences`` with repeated mentions of found entities filled in.

    ``labels`` are BIO labels per sentence (changed in place and returned). Only tokens
    labelled ``O`` change; an existing entity is never extended or relabelled.
    """
    found: dict[tuple[str, ...], str | None] = {}
    for words, tags in zip(sentences, labels, strict=True):
        if tags.count("O") == len(tags):
            continue
        for start, end, label in _entity_chunks(tags):
            key = tuple(words[start:end])
            if not any(_is_name_part(word) for word in key) and not key[0].isupper():
                continue
            _remember(found, key, label)
            if label == "PER" and end - start >= 2:
                for part in (key[0], key[-1]):
                    if _is_name_part(part):
                        _remember(found, (part,), "PER")
    known = {key: label for key, label in found.items() if label is not None}
    if not known:
        return labels
    # First word -> lengths of the known keys it starts, longest first.
    starting: dict[str, set[int]] = {}
    for key in known:
        starting.setdefault(key[0], set()).add(len(key))
    lengths = {word: sorted(found, reverse=True) for word, found in starting.items()}

    for words, tags in zip(sentences, labels, strict=True):
        if lengths.keys().isdisjoint(words):
            continue
        n = len(words)
        resume = 0  # positions before it are inside a mention just filled in
        for i in [i for i, word in enumerate(words) if word in lengths]:
            if i < resume:
                continue
            matched = 0
            for length in lengths[words[i]]:
                if (
                    i + length <= n
                    and known.get(tuple(words[i : i + length]))
                    and tags[i : i + length].count("O") == length
                ):
                    matched = length
                    break
            if matched:
                label = known[tuple(words[i : i + matched])]
                tags[i] = "B-" + label
                for j in range(i + 1, i + matched):
                    tags[j] = "I-" + label
                # A following I- tag would now continue the new entity: make it begin its own.
                if i + matched < n and tags[i + matched].startswith("I-"):
                    tags[i + matched] = "B-" + tags[i + matched][2:]
                resume = i + matched
    return labels


def split_known_prefix(words: Sequence[str], tags: list[str], memory: EntityMemory) -> list[str]:
    """Split "<known organisation or place> <person name>" runs the CRF glued together.

    Indonesian news writes "Juru bicara Hamas Osama Hamdan": organisation and person side by
    side, with nothing between them. The training data has few such runs, so the CRF sometimes
    tags them as one organisation, depending on the words after. An ORG entity whose leading
    words are an organisation the model remembers, and whose remaining two or more capitalised
    words begin with a known given or family name, is split: the remembered part stays an
    organisation, the rest becomes a person. Places are left alone: their names are full of
    personal names ("Jalan Sudirman"). ``tags`` is changed in place and returned.
    """
    names = person_names()
    common = lowercase_words()
    for start, end, label in sorted(_entity_chunks(tags)):
        if label != "ORG" or end - start < 3:
            continue
        for cut in range(end - 2, start, -1):
            head = tuple(words[start:cut])
            if memory.entries.get(head) != "ORG":
                continue
            rest = words[cut:end]
            if (
                rest[0].lower() in names
                and rest[0].lower() not in common
                and all(word[:1].isupper() and word.isalpha() for word in rest)
            ):
                tags[cut] = "B-PER"
                for j in range(cut + 1, end):
                    tags[j] = "I-PER"
            break
    return tags


def tag_name_pairs(words: Sequence[str], tags: list[str], memory: EntityMemory) -> list[str]:
    """Tag a hyphenated pair of person names left untagged ("pasangan Rudi-Wawan") as PER.

    Indonesian news names an electoral ticket by joining the candidates' short names with a
    hyphen ("Jokowi-JK", "Prabowo-Hatta"); idner-news-2k tags such a token as one person. The
    CRF sees a token it has rarely met and sometimes leaves it out. A token of exactly two
    capitalised alphabetic parts, each a person word of the entity memory or a known given or
    family name, that the CRF left ``O`` and that does not follow a capitalised word becomes
    ``B-PER``. ``tags`` is changed in place.
    """
    names = person_names()
    known = memory.word_labels
    for i, word in enumerate(words):
        if tags[i] != "O" or "-" not in word or (i > 0 and words[i - 1][:1].isupper()):
            continue  # inside a capitalised run ("Tim Pemenangan Salim-Yudha") it names a body
        parts = word.split("-")
        if len(parts) == 2 and all(
            part[:1].isupper()
            and part.isalpha()
            and ("PER" in known.get(part, ()) or part.lower() in names)
            for part in parts
        ):
            tags[i] = "B-PER"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]
    return tags


def organisation_of_a_country(
    words: Sequence[str], tags: list[str], memory: EntityMemory
) -> list[str]:
    """Relabel "<name> <country>" taken for a person as an organisation ("Hizbullah Lebanon").

    Indonesian news names armed groups and parties with the country after them ("Hizbullah
    Lebanon", "Taliban Afghanistan", "Hamas Palestina"); people's names do not end with a place.
    A PER entity of two or more words whose last word is a place and whose first word is neither
    a known given or family name nor a person word of the entity memory becomes ORG. ``tags``
    is changed in place.
    """
    names = person_names()
    known = memory.word_labels
    for start, end, label in sorted(_entity_chunks(tags)):
        if label != "PER" or end - start < 2:
            continue
        first = words[start]
        if first.lower() in names or "PER" in known.get(first, ()):
            continue
        if not places().find((words[end - 1].lower(),)):
            continue
        tags[start] = "B-ORG"
        for j in range(start + 1, end):
            tags[j] = "I-ORG"
    return tags
