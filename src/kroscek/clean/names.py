"""What does a short capitalised line name: a person, a place, or neither?

Asked of a masthead candidate with no outlet's mark. A line of two to four capitalised
words under a headline is the outlet's masthead ("Lembah Pagi"), the writer's name ("Rina
Kartikasari") or a place tag ("Tanjung Priok"): nothing in its shape tells them apart. The
project's entity model and its list of given and family names do: the model tags a bare
name line as a person (Indonesian and, for a line this short, English names alike) or a
place, the list catches names the model misses. Both are loaded lazily, only when such a
line is met, so cleaning an article without one never pays for them.
"""

from __future__ import annotations

from functools import lru_cache

from kroscek.errors import ModelError


@lru_cache(maxsize=1024)
def _entities(line: str) -> tuple[tuple[int, int, str], ...]:
    """The entity model's spans in ``line``; none without the shipped model (a broken
    install), where the name list alone decides."""
    from kroscek.extract.ner.model import load_model, tag_text

    try:
        model = load_model()
    except ModelError:
        return ()
    return tuple(tag_text(line, model))


def names_a_person(line: str) -> bool:
    """True when ``line`` (a short capitalised line) is a person's name.

    Every word a known given or family name ("Sarah Whitfield"), or the entity model
    finding a person anywhere in it ("Putri Ayu Lestari" tags the last two words).
    """
    from kroscek.extract.ner.lexicon import person_names

    tokens = [t.strip(".,").casefold() for t in line.split()]
    known = person_names()
    if tokens and all(t in known for t in tokens):
        return True
    return any(label == "PER" for _, _, label in _entities(line))


def names_a_place(line: str) -> bool:
    """True when the entity model reads the whole of ``line`` as a place ("Tanjung Priok")."""
    stripped = line.strip()
    return any(
        label == "LOC" and start == 0 and end >= len(stripped)
        for start, end, label in _entities(stripped)
    )
