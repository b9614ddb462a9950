"""A source written with academic degrees after the name is the person, not "M.Si."."""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kuasa hukum tersangka, Hendri Chaniago, S.H., M.H., menambahkan bahwa kliennya "
            "akan kooperatif.",
            "Hendri Chaniago",
        ),
        ("Menurut Rina Wulandari, M.Si., pemeriksaan berlangsung lima jam.", "Rina Wulandari"),
        (
            "Dekan fakultas itu, Yusuf Maulana, Ph.D., mengatakan kuliah tatap muka ditunda.",
            "Yusuf Maulana",
        ),
    ],
)
def test_the_source_before_a_degree_is_the_person(text: str, source: str) -> None:
    art = extract_facts(Article(id="x", source="s", title="Sidang", text=text, lang="id"))
    sources = [str(f.attrs.get("source") or f.value) for f in art.facts if f.kind == "attribution"]
    assert sources and all(source in s and "." not in s for s in sources)
