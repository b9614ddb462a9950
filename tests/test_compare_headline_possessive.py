"""A headline place whose own words the body writes with a possessive ("Bali's Ngurah Rai
International Airport") names the body's place in short: no mismatch. A place whose words the
body never writes ("Lombok Strait" over "Bali Strait") still is one."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

_BODY = (
    "{place} was closed on Tuesday, November 12, 2024, after ash from the Lewotobi volcano "
    "drifted west, the transport ministry said. Airlines cancelled 64 flights and more than "
    "9,000 passengers were stranded, ministry spokesman Adita Irawati said."
)
_OTHER = (
    "Dozens of flights were cancelled at {place} on Tuesday, November 12, 2024, as volcanic ash "
    "drifted west. Airlines cancelled 64 flights, ministry spokesman Adita Irawati said."
)

_AIRPORT = "Bali's Ngurah Rai International Airport"


@pytest.mark.parametrize(
    ("title", "place", "mismatch"),
    [
        (
            "Bali Airport Closed as Volcanic Ash Drifts West",
            "Bali's Ngurah Rai International Airport",
            False,
        ),
        (
            "Lombok Airport Closed as Volcanic Ash Drifts West",
            "Bali's Ngurah Rai International Airport",
            True,
        ),
    ],
)
def test_a_headline_place_written_with_a_possessive_in_the_body_is_no_mismatch(
    title: str, place: str, mismatch: bool
) -> None:
    report = run(
        (title, _BODY.format(place=place)),
        (
            "Flights Cancelled over Volcanic Ash",
            _OTHER.format(place="Ngurah Rai International Airport"),
        ),
    )
    found = [f for f in of_type(report, "headline_mismatch") if (f.slot or "").startswith("entity")]
    assert bool(found) is mismatch, [f.message for f in report.findings]
