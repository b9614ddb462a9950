"""Cases of a disease and the people infected are one count.

An outbreak story counts "214 kasus DBD" in one outlet and "214 warga terjangkit DBD" in
another ("214 cases" / "214 people infected"): one figure, two nouns. A count of people
whose next words say they caught the disease is compared as a count of cases.
"""

from __future__ import annotations

import re

from kroscek.data import Fact

# The noun cases are labelled with (lang/id/nouns.json, and English "cases" via
# counted_nouns_id.json).
CASES = "kasus"
# Words after a count of people, in its clause, saying they caught the disease ("214 warga
# terjangkit", "1.200 warga Kabupaten Sikka terjangkit", "12 people were infected", "9
# residents tested positive"); a negation before the word ("tidak", "not") says the opposite.
_INFECTED = re.compile(
    r"(?:\s+(?!tidak\b|belum\b|not\b|never\b)[^\s.,;:!?]+){0,4}?\s+"
    r"(?:terjangkit|terinfeksi|tertular|terpapar|positif|infected|tested\s+positive"
    r"|contracted|caught)\b",
    re.IGNORECASE,
)


def infected_count(text: str, f: Fact) -> bool:
    """Whether a count of people is a count of the infected ("214 warga terjangkit DBD")."""
    return bool(_INFECTED.match(text, f.end))
