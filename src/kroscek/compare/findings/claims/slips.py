"""Slips of the pen: a digit miscopied or dropped, a zero or decimal point moved, a sum scaled by
its unit, bounds slipped, and figures too far apart to be one quantity.
"""

from __future__ import annotations

from kroscek.compare.findings._common import body_facts
from kroscek.compare.findings.claims.mentions import (
    ABOUT_OR_EXACT,
    FAR_APART,
    LARGE_FIGURE,
    LOWER,
    UPPER,
    Mention,
    currency,
)
from kroscek.data import Fact


def _digits(value: float) -> str:
    """The significant digits of a figure: 2,5 juta and 25 juta are both "25"."""
    return f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0"


def digit_slip(a: Fact, b: Fact) -> bool:
    """Whether two different figures are written with the same digits, swapped or with the
    decimal point moved ("€45 juta" / "€54 juta", "$1.2 billion" / "$2.1 billion", "2,5
    juta" / "25 juta"): the mark of one figure copied wrong, not of two quantities."""
    try:
        da, db = _digits(float(a.value)), _digits(float(b.value))
    except (TypeError, ValueError):
        return False
    return a.value != b.value and len(da) >= 2 and sorted(da) == sorted(db)


def zero_slip(a: Fact, b: Fact) -> bool:
    """Whether two different figures are one digit string with a zero dropped or added inside
    it ("Rp 1,2 miliar" / "Rp 1,02 miliar", "$3.5 million" / "$3.05 million"): a figure
    miscopied, as a swap of digits is, not a second quantity."""
    return dropped_digit(a, b, only="0")


def dropped_digit(a: Fact, b: Fact, only: str | None = None) -> bool:
    """Whether two different figures are one digit string with one digit (any, or ``only``
    that one) dropped or added ("Rp131 miliar" / "Rp13 miliar", "1.250" / "1.50"): the slip
    of a figure retyped, told apart from two quantities only by what stands beside it. (A
    significant-digit string never opens with a zero, so a dropped zero is always inside.)"""
    try:
        da, db = _digits(float(a.value)), _digits(float(b.value))
    except (TypeError, ValueError):
        return False
    short, long = sorted((da, db), key=len)
    if a.value == b.value or len(short) < 2 or len(long) != len(short) + 1:
        return False
    return any(
        (only is None or long[i] == only) and long[:i] + long[i + 1 :] == short
        for i in range(len(long))
    )


def converted_alike(x: Mention, y: Mention) -> bool:
    """Whether two sums of one currency, each its text's only one once the agreed sums are
    set aside, convert the same other figure their sentences both give, and are one digit
    string with a digit dropped ("US$8 juta atau sekitar Rp131 miliar" / "US$8 juta atau
    setara Rp13 miliar"): one conversion, miscopied, however far apart the two values."""
    unit = str(x.fact.attrs.get("unit") or "")
    if not (currency(unit) and unit == y.fact.attrs.get("unit")):
        return False
    if not (x.money_alone and y.money_alone):
        return False
    shared = {k for k, _ in x.companions & y.companions}
    return any(currency(k) and k != unit for k in shared) and dropped_digit(x.fact, y.fact)


def miscopied(a: Fact, b: Fact) -> bool:
    """Digits swapped, or a zero dropped or added: one figure copied wrong."""
    return digit_slip(a, b) or zero_slip(a, b)


def slipped_bounds(a: Fact, b: Fact) -> bool:
    """Whether two bounds of one direction, or a rounded figure and another ("sekitar 28.500" /
    "25.800"), are written with the same digits swapped ("At
    least 31 inmates" / "Sedikitnya 13 narapidana", "hingga Rp 750 juta" / "hingga Rp 570
    juta"): both could be true, but two outlets giving one toll or one cap with its digits
    swapped copied it wrong, which is a contradiction to show."""
    quals = (a.attrs.get("qualifier"), b.attrs.get("qualifier"))
    one_way = all(q in LOWER for q in quals) or all(q in UPPER for q in quals)
    # "sekitar 28.500 penonton" / "25.800 penonton": the hedge's 10% would take both, but a
    # rounded figure keeps its digits; the same digits in another order are one figure miscopied
    hedged = "about" in quals and all(q in ABOUT_OR_EXACT for q in quals)
    return (one_way or hedged) and digit_slip(a, b)


def slipped_sums(x: Mention, y: Mention) -> bool:
    """Whether two sums, each its text's only one of its currency, are one figure with its
    digits swapped under two hedges ("about $350 million" / "up to $530 million"): a bound
    may fit both, but one of them is miscopied, which is a contradiction to show."""
    return x.money_alone and y.money_alone and digit_slip(x.fact, y.fact)


def one_order(a: Fact, b: Fact) -> bool:
    """Whether two figures are less than FAR_APART times apart."""
    x, y = abs(float(a.value)), abs(float(b.value))
    return min(x, y) > 0 and max(x, y) < FAR_APART * min(x, y)


def decimal_moved(a: Fact, b: Fact) -> bool:
    """Whether two figures are one digit string with its decimal mark moved by one place
    ("1.3 million" / "13 juta"): ten times apart, and the same digits in the same order."""
    x, y = abs(float(a.value)), abs(float(b.value))
    lo, hi = min(x, y), max(x, y)
    return lo > 0 and abs(hi - FAR_APART * lo) < 1e-6 * hi and _digits(x) == _digits(y)


def zero_moved(a: Fact, b: Fact) -> bool:
    """``decimal_moved`` for a figure of at least two significant digits ("1.200" /
    "12.000", not "100" / "1.000", which round figures of two sizes may be)."""
    return decimal_moved(a, b) and len(_digits(abs(float(a.value)))) >= 2


def far_apart(a: Fact, b: Fact) -> bool:
    """Whether two figures are more than FAR_APART times apart and not the same digits."""
    try:
        x, y = abs(float(a.value)), abs(float(b.value))
    except (TypeError, ValueError):
        return False
    lo, hi = min(x, y), max(x, y)
    return hi > FAR_APART * lo and not digit_slip(a, b)


def scale_slip(x: Mention, y: Mention) -> bool:
    """Two sums of one currency with no noun, one digit string a place apart ("180 trillion
    rupiah" / "Rp18 triliun"), each the only sum of its size in its text: a translation
    that slipped a scale word or a decimal place, one sum told two ways.

    Sums within FAR_APART**2 of another sum of the same text (a price beside a budget) may
    be two quantities, so such texts are left alone."""
    a, b = x.fact, y.fact
    unit = str(a.attrs.get("unit") or "")
    if not unit or unit != b.attrs.get("unit") or not currency(unit):
        return False
    if a.label not in ("", unit) or b.label not in ("", unit):
        return False  # a sum of a named thing ("Rp 5 miliar dana desa") says what it is
    if not zero_moved(a, b):
        return False
    return not (_sum_nearby(x) or _sum_nearby(y))


def _sum_nearby(m: Mention) -> bool:
    """Whether the mention's text gives another sum of its currency of about its size."""
    v = abs(float(m.fact.value))
    near = FAR_APART * FAR_APART
    unit = m.fact.attrs.get("unit")
    return any(
        f is not m.fact
        and f.attrs.get("unit") == unit
        and float(f.value) != float(m.fact.value)
        and v / near < abs(float(f.value)) < v * near
        for f in body_facts(m.article, "number")
    )


def scale_slipped_bounds(x: Mention, y: Mention, same_event: bool) -> bool:
    """Two bounds of one direction on one event's count, ten times apart with the same
    digits ("more than 300,000 residents" flee / "lebih dari 30.000 warga" mengungsi), each
    its text's only count of its noun, in sentences that share another figure (the
    sentence translated: "at least nine" dead / "sembilan orang"): both bounds could be
    true, but one translation dropped or added a zero. Round figures of two sizes may be
    two counts, so the shared figure is what ties the two sentences together."""
    a, b = x.fact, y.fact
    if not (same_event and x.noun_alone and y.noun_alone and a.label and b.label):
        return False
    qualifier = a.attrs.get("qualifier")
    if qualifier not in LOWER or qualifier != b.attrs.get("qualifier"):
        return False
    if not decimal_moved(a, b):
        return False
    return bool({v for _, v in x.companions} & {v for _, v in y.companions})


def slipped_beside_agreed(x: Mention, y: Mention) -> bool:
    """Two figures of one unit written with the same digits swapped, each beside one large
    figure both texts give in the same sentence ("mencapai Rp1.690 triliun, tumbuh 3,1 persen"
    / "mencapai Rp1.690 triliun ..., naik 1,3 persen"): one growth of one total, copied wrong."""
    a, b = x.fact, y.fact
    unit = a.attrs.get("unit")
    if not unit or unit != b.attrs.get("unit") or not digit_slip(a, b) or not one_order(a, b):
        return False
    if any(u == unit for u, _ in x.companions) or any(u == unit for u, _ in y.companions):
        return False  # a second figure of the unit beside it: which one slipped is unclear
    xs = {(u, v) for u, v in x.companions if v >= LARGE_FIGURE}
    return any(c in xs for c in y.companions)
