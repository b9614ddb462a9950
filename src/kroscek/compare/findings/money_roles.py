"""What a sum of money is: a loss, a value, a fine, a bribe.

One story gives several sums in one currency, and two outlets often name different ones in
sentences about the same thing: "proyek pipa senilai Rp14 miliar" (what the project cost) and
"kerugian negara dalam proyek pipa itu mencapai Rp4,7 miliar" (what the state lost). Their
shared words make them look like one quantity told two ways; the word naming the sum's role,
the last one before it in its sentence, says they are two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kroscek.data import Article, Fact
from kroscek.extract.sentences import sentence_of, sentence_spans

# Role -> words (Indonesian and English) that name it right before a sum.
_ROLES: dict[str, tuple[str, ...]] = {
    "compensation": (
        "ganti rugi",
        "ganti kerugian",
        "uang pengganti",
        "pengembalian kerugian",
        "mengembalikan kerugian",
        "restitution",
        "compensation",
    ),
    "loss": ("kerugian", "merugikan", "rugi", "losses", "loss", "damages"),
    "value": (
        "senilai",
        "bernilai",
        "nilai proyek",
        "nilai kontrak",
        "anggaran",
        "pagu",
        "worth",
        "valued at",
        "budget",
    ),
    "fine": ("denda", "fined", "fine"),
    "bribe": ("suap", "gratifikasi", "bribes", "bribe"),
    "ransom": ("tebusan", "ransom"),
}
# How far before a sum its role word may stand (characters).
ROLE_REACH = 80


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    role_of = {w: role for role, ws in _ROLES.items() for w in ws}
    alts = "|".join(re.escape(w) for w in sorted(role_of, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE), role_of


def money_role(article: Article, f: Fact) -> str | None:
    """The role the last role word before a sum, in its sentence, gives it; or None."""
    text = article.field_text(f.field)
    start, _ = sentence_of(sentence_spans(text), f.start)
    clause = text[max(start, f.start - ROLE_REACH) : f.start]
    pattern, role_of = _pattern()
    last = None
    for m in pattern.finditer(clause):
        last = m
    return role_of[last.group(0).casefold()] if last else None


def roles_differ(a: Article, fa: Fact, b: Article, fb: Fact) -> bool:
    """Whether two sums are named as two different things ("senilai" / "kerugian")."""
    ra = money_role(a, fa)
    if ra is None:
        return False
    rb = money_role(b, fb)
    return rb is not None and ra != rb
