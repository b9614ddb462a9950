"""What each kind of finding means, in the words a first-time reader needs.

A report that says "Rendah (11) [khas]" reads as eleven problems to someone who has not
read docs/findings.md; "khas" only means that some sources carry a fact the others do not.
The terminal and HTML views print these lines for the finding types a report contains.
"""

from __future__ import annotations

from collections.abc import Iterable

# Per language: the title, then each finding type in the order a reader meets them in a
# report (most serious first), then the note on shared text.
_MEANINGS: dict[str, dict[str, str]] = {
    "id": {
        "heading": "Cara membaca",
        "conflict": "sumber menyebut angka, nama, waktu, tempat atau pembicara yang berbeda "
        "untuk hal yang sama",
        "headline_mismatch": "judul menyebut sesuatu yang tidak didukung atau dibantah oleh isi "
        "beritanya sendiri",
        "framing": "sumber memakai kata bermuatan yang berbeda untuk pihak yang sama",
        "attribution": "satu sumber menyebut asal klaim, sumber lain menulisnya sebagai fakta "
        "atau menjaga jarak (\u201cmengklaim\u201d)",
        "unique": "hanya dimuat sebagian sumber; belum tentu salah, tetapi belum dikonfirmasi "
        "sumber lain",
        "variant": "ejaan berbeda dari nama yang sama; bukan konflik",
        "agreement": "semua sumber menyebutnya sama, atau dengan angka yang bisa sama-sama benar",
        "shared": "Kalimat yang sama persis (tanda salinan rilis atau kantor berita) atau "
        "parafrasa di dua sumber atau lebih.",
    },
    "en": {
        "heading": "How to read this",
        "conflict": "sources give a different figure, name, time, place or speaker for the "
        "same thing",
        "headline_mismatch": "the headline says something its own body does not support or "
        "contradicts",
        "framing": "sources use different loaded words for the same party",
        "attribution": "one source names who claims it, another states it as fact or keeps "
        "its distance (\u201cclaimed\u201d)",
        "unique": "carried by only some sources; not necessarily wrong, but not confirmed by "
        "the others",
        "variant": "different spellings of one name; not a conflict",
        "agreement": "every source states it the same way, or with figures that can all be true",
        "shared": "Passages copied word for word (a sign of a press release or wire copy) "
        "or paraphrased in two or more sources.",
    },
}

# Not finding types: the glossary's title and the note on shared text.
_NOT_TYPES = ("heading", "shared")


def _table(lang: str) -> dict[str, str]:
    return _MEANINGS["en" if lang == "en" else "id"]


def heading(lang: str) -> str:
    """The title of the glossary ("Cara membaca", "How to read this")."""
    return _table(lang)["heading"]


def meanings(lang: str, types: Iterable[str]) -> list[tuple[str, str]]:
    """``(type, meaning)`` for each finding type present, most serious first (the order of
    the tables above)."""
    present = set(types)
    return [(t, m) for t, m in _table(lang).items() if t in present and t not in _NOT_TYPES]


def shared_note(lang: str) -> str:
    """One sentence saying what "shared text" is."""
    return _table(lang)["shared"]
