"""A headline count ("Nine Dead", "Sembilan Tewas") that the body writes only in words after
a verb of growth ("the toll rose to nine", "bertambah menjadi sembilan") is supported, not
missing; another figure there is still no support."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run

EN_OTHER = (
    "Storm Hits Coastal Districts",
    "A storm struck coastal districts on Monday, flattening homes and cutting power, "
    "officials said.",
)
ID_OTHER = (
    "Badai Landa Pesisir Selatan",
    "Badai melanda sejumlah kecamatan pesisir pada Senin, merobohkan rumah dan memutus "
    "aliran listrik, kata pejabat setempat.",
)


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        (
            "Storm Batters Coastal Districts, Nine Dead",
            "The death toll from the storm rose to nine on Tuesday, a day after it struck "
            "coastal districts, officials said.",
            EN_OTHER,
        ),
        (
            "Badai Landa Pesisir, Sembilan Orang Tewas",
            "Jumlah korban tewas akibat badai bertambah menjadi sembilan orang pada Selasa, "
            "sehari setelah badai melanda pesisir, kata pejabat setempat.",
            ID_OTHER,
        ),
        (
            "Badai Landa Pesisir, Dua Belas Orang Tewas",
            "Korban tewas akibat badai naik menjadi dua belas orang pada Selasa, kata pejabat "
            "setempat.",
            ID_OTHER,
        ),
    ],
)
def test_a_headline_count_the_body_writes_after_a_verb_of_growth_is_supported(
    title: str, body: str, other: tuple[str, str]
) -> None:
    found = of_type(run((title, body), other), "headline_mismatch")
    assert not [f for f in found if (f.slot or "").startswith("number:")]


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        (
            "Storm Batters Coastal Districts, Nine Dead",
            "The death toll from the storm rose to seven on Tuesday, a day after it struck "
            "coastal districts, officials said.",
            EN_OTHER,
        ),
        (
            "Badai Landa Pesisir, Sembilan Orang Tewas",
            "Jumlah korban tewas akibat badai bertambah menjadi enam orang pada Selasa, kata "
            "pejabat setempat.",
            ID_OTHER,
        ),
    ],
)
def test_a_headline_count_the_body_grows_to_another_figure_is_a_mismatch(
    title: str, body: str, other: tuple[str, str]
) -> None:
    assert of_type(run((title, body), other), "headline_mismatch")
