"""A wire's "14:00 local time (0700 GMT)" names its zone in the bracket: the moment is read
in GMT, so it can meet (or contradict) another text's time in a named zone."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

_FIRST = (
    "Curfew imposed in port city after clashes",
    "PORT KAREN - Authorities imposed a curfew in the port city of Karen after two nights of "
    "clashes. The curfew began at 22:00 local time (1500 GMT) on Friday, the city's police "
    "chief said.",
)


@pytest.mark.parametrize(
    ("second", "kind", "words"),
    [
        (
            "PORT KAREN - A curfew was imposed in the port city of Karen after two nights of "
            "clashes. The curfew began at 17:00 GMT on Friday, the police chief said.",
            "conflict",
            ("22:00 local time (1500 GMT)", "17:00 GMT"),
        ),
        (
            "PORT KAREN - A curfew was imposed in the port city of Karen after two nights of "
            "clashes. The curfew began at 15:00 GMT on Friday, the police chief said.",
            "agreement",
            ("22:00 local time (1500 GMT)", "15:00 GMT"),
        ),
    ],
)
def test_a_local_time_with_its_gmt_twin_is_compared_in_gmt(
    second: str, kind: str, words: tuple[str, ...]
) -> None:
    report = run(_FIRST, ("Curfew in Karen after clashes", second))
    found = [f for f in of_type(report, kind) if f.slot and f.slot.startswith("when:time")]
    assert len(found) == 1 and mentions(found[0], *words)


def test_a_local_time_with_no_zone_written_is_no_time_of_a_zone() -> None:
    first = (
        _FIRST[0],
        _FIRST[1].replace("22:00 local time (1500 GMT)", "22:00 local time"),
    )
    second = (
        "Curfew in Karen after clashes",
        "PORT KAREN - A curfew was imposed in the port city of Karen after two nights of "
        "clashes. The curfew began at 17:00 GMT on Friday, the police chief said.",
    )
    report = run(first, second)
    assert not [f for f in report.findings if f.slot and f.slot.startswith("when:time")]
