"""Figures of one quantity written at different scales, compared in one unit.

"1,2 ton sabu" in one outlet and "1.200 kilogram sabu" in another are one figure; read
as they are, one is a count of tonnes and the other of kilograms, and neither agrees with
the other (two uniques). ``lang/id/scales.json`` lists, per quantity, its units' sizes in
the quantity's base unit (the canonical codes of both languages' ``units.json``). A figure
whose value in the base unit is (or has the digits of) another article's figure of the
same quantity in another unit is rewritten in the base unit (value, unit and a label
that was the unit); the words as written (the evidence and the messages) stay. A set
that writes each quantity one way, the usual case, is passed on as it is: one pass over
the facts' units.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kroscek.compare.findings.measured import measured_thing, sole_measured
from kroscek.data import Article, Fact
from kroscek.text.lang import unit_scales

# The attribute keeping a rewritten figure's unit as written ("cm" of "80 sentimeter").
WRITTEN_UNIT = "written_unit"
# Two converted measures of one thing this close (the larger over the smaller) are a low
# conflict: "setinggi 80 sentimeter" / "mencapai 1 meter di sejumlah titik" are as likely two
# readings of one flood (at two places, two hours) as a slip; "50 km" / "15 km" stay high.
CLOSE_RATIO = 1.5
# Digits kept after converting ("1,2 ton" -> 1200.0, not 1200.0000000000002).
_PRECISION = 9


def _base_units() -> dict[str, str]:
    return {q: u for u, (q, size) in unit_scales().items() if size == 1}


def _base_value(f: Fact) -> float | None:
    """``f``'s figure in its quantity's base unit, or None when it is no scaled figure."""
    unit = f.attrs.get("unit") if f.kind == "number" else None
    if unit not in unit_scales():
        return None
    try:
        return round(float(f.value) * unit_scales()[unit][1], _PRECISION)
    except (TypeError, ValueError):
        return None


def _swapped(v: float, w: float) -> bool:
    """Two whole figures of one length written with the same digits in another order
    ("1200" / "2100"); a figure ten times the other ("0,1" / "1") is no swap."""
    x, y = str(round(v)), str(round(w))
    return v != w and v >= 10 and len(x) == len(y) and sorted(x) == sorted(y)


def _matched(articles: Sequence[Article]) -> set[int]:
    """The ids of the figures to rewrite: a figure in one unit whose value in the base unit
    is, or has the digits of, a figure of the same quantity in another unit in another
    article ("1,2 ton" / "1.200 kilogram"; "1,2 ton" / "2.100 kg", digits swapped). Two
    figures of one quantity that match in no unit ("batangan 100 gram" / "1 kilogram", two
    sizes of one product) are two things and keep their units; so are figures of an article
    that writes the quantity in two units itself, unless the word beside each names the same
    measured thing ("setinggi 80 sentimeter" / "ketinggian ... 1 meter", ``findings.measured``)
    and no other figure of either text is named so: then they are one measure whatever
    their values (80 cm and 1 m are then a conflict in metres, not two uniques)."""
    scales = unit_scales()
    seen: list[tuple[Article, Fact, str, float]] = []
    for a in articles:
        for f in a.facts:
            value = _base_value(f)
            if value is not None:
                seen.append((a, f, scales[f.attrs["unit"]][0], value))
    if len({(q, f.attrs["unit"]) for _, f, q, _ in seen}) <= len({q for _, _, q, _ in seen}):
        return set()  # every quantity written in one unit: nothing to rewrite
    # the units each article writes each quantity in: an article writing one quantity in
    # two units ("radius 8 km", "kolom abu 8.000 meter") tells them apart itself
    units: dict[tuple[int, str], set[str]] = {}
    for a, f, q, _ in seen:
        units.setdefault((id(a), q), set()).add(f.attrs["unit"])
    out: set[int] = set()
    for k, (a, f, q, v) in enumerate(seen):
        for b, g, r, w in seen[k + 1 :]:
            if b is a or r != q or g.attrs["unit"] == f.attrs["unit"]:
                continue
            one_unit_each = len(units[(id(a), q)]) == 1 and len(units[(id(b), r)]) == 1
            if one_unit_each and (v == w or _swapped(v, w)):
                out.update((id(f), id(g)))
                continue
            # one measured thing named alike in both ("air setinggi 80 sentimeter" /
            # "Ketinggian air mencapai 1 meter"), each its text's only figure of that thing:
            # one measure in two units, compared in one whatever else the texts measure
            if (
                sole_measured(a, f)
                and sole_measured(b, g)
                and measured_thing(a, f) == measured_thing(b, g)
            ):
                out.update((id(f), id(g)))
    return out


def _in_base(f: Fact, bases: dict[str, str]) -> Fact:
    base = bases[unit_scales()[f.attrs["unit"]][0]]
    value = _base_value(f)
    if value is None:
        return f
    label = base if f.label == f.attrs["unit"] else f.label
    # the unit as written stays known: a conflict of a converted measure says so
    attrs = {**f.attrs, "unit": base, WRITTEN_UNIT: f.attrs["unit"]}
    return replace(f, label=label, value=value, attrs=attrs)


def close_conversion(facts: Sequence[Fact]) -> bool:
    """Whether figures differ only as two readings of one measure converted from two units:
    one of them was rewritten from another unit and the largest is at most ``CLOSE_RATIO``
    times the smallest."""
    if not any(f.attrs.get(WRITTEN_UNIT) for f in facts):
        return False
    try:
        values = [abs(float(f.value)) for f in facts]
    except (TypeError, ValueError):
        return False
    return min(values) > 0 and max(values) <= CLOSE_RATIO * min(values)


def in_common_units(articles: Sequence[Article]) -> Sequence[Article]:
    """The articles with each figure that matches another article's figure of the same
    quantity in another unit rewritten in the base unit; the articles themselves when
    there is none."""
    matched = _matched(articles)
    if not matched:
        return articles
    bases = _base_units()
    return [
        a.with_facts(tuple(_in_base(f, bases) if id(f) in matched else f for f in a.facts))
        if any(id(f) in matched for f in a.facts)
        else a
        for a in articles
    ]
