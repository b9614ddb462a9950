"""Characters that ``str.isdigit`` calls digits but ``int``/``float`` refuse (superscripts,
circled and other scripts' digits) never break a comparison or a web query."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle


@pytest.mark.parametrize("odd", ["²", "①", "𐩂", "⁵"])
def test_a_headline_figure_glued_to_an_odd_digit_is_compared_not_a_crash(odd: str) -> None:
    body = (
        "Angin puting beliung menerjang tiga desa di Kecamatan Sukamaju pada Sabtu sore. "
        "Sebanyak 86 rumah rusak, sebagian besar di bagian atap, kata petugas BPBD."
    )
    first = RawArticle(origin="a.txt", title=f"Puting Beliung, 86{odd} Rumah Rusak", text=body)
    second = RawArticle(
        origin="b.txt",
        title="Puting Beliung Terjang Tiga Desa",
        text=body.replace("Sebanyak 86", "Sedikitnya 86"),
    )
    report = compare([first, second])
    assert len(report.articles) == 2
    assert not report.rejected
