"""Cleaning rules added after blind review 17: a closing sign-off of the outlet's name in
capitals after a dash ("- BERNAMA", as Malaysian papers end a story) is no article text,
while a dashed line of prose or a name inside the body stays."""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import RawArticle

BODY = (
    "KUCHING: Seramai 42 nelayan diselamatkan selepas bot mereka karam di perairan Sarikei "
    "pada Isnin.\n\nPengarah Maritim negeri berkata operasi mencari diteruskan hari ini."
)


@pytest.mark.parametrize("signoff", ["- BERNAMA", "-- UTUSAN TIMUR", "— SUARA BORNEO"])
def test_a_closing_dashed_outlet_name_in_capitals_is_cleaned(signoff):
    article = clean(RawArticle("mem:1", "Nelayan diselamatkan", f"{BODY}\n\n{signoff}"))
    assert article.text.endswith("hari ini.")
    assert any(r["kind"] == "site_name" for r in article.meta["removed"])


@pytest.mark.parametrize(
    "last",
    [
        "- Nelayan diminta memakai jaket keselamatan.",
        "- Operasi mencari melibatkan 30 anggota APMM.",
    ],
)
def test_a_dashed_line_of_prose_at_the_end_stays(last):
    article = clean(RawArticle("mem:1", "Nelayan diselamatkan", f"{BODY}\n\n{last}"))
    assert last.lstrip("- ") in article.text
