"""An agreed date several sources write only as a weekday is explained once for all of them
("A, B and C write only "on Tuesday": their date ... is counted from their publication
dates"), not once per source."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle

PUBLISHED = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(
    ("texts", "clause"),
    [
        (
            [
                "Dock workers at Port Hale walked out on Tuesday, halting 40 ships.",
                "About 900 dock workers at Port Hale struck on Tuesday, leaving 40 ships idle.",
                "Port Hale's dockers stopped work on Tuesday; 40 ships wait at anchor.",
            ],
            "write only",
        ),
        (
            [
                "Buruh pelabuhan Port Hale mogok pada Selasa, 40 kapal tertahan.",
                "Sekitar 900 buruh pelabuhan Port Hale mogok pada Selasa dan 40 kapal tertahan.",
                "Mogok buruh pelabuhan Port Hale pada Selasa membuat 40 kapal tertahan.",
            ],
            "hanya menulis",
        ),
    ],
)
def test_sources_writing_the_same_weekday_are_explained_in_one_clause(texts, clause):
    report = compare(
        [
            RawArticle(f"mem:{i}", "Port Hale strike", t, source=f"Outlet {i}", published=PUBLISHED)
            for i, t in enumerate(texts)
        ]
    )
    dates = [f for f in report.findings if f.type == "agreement" and f.slot == "date:day"]
    assert dates
    assert dates[0].message.count(clause) == 1
    assert all(f"Outlet {i}" in dates[0].message for i in range(3))
