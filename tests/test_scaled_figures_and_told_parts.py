"""A large figure written small ("1,2 juta penumpang") is only "written" by another text that
carries its scale AND its noun; a part of a group that a linking verb tells to be some people
("dua dari tujuh tersangka merupakan pegawai" / "Dua di antaranya merupakan pegawai") is a
claim two outlets agree on."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import Finding, RawArticle
from kroscek.extract.numbers import PART_TOLD_AS, extract_numbers


def _findings(first: str, second: str, title: str) -> list[Finding]:
    report = compare(
        [
            RawArticle(origin="a.txt", source="Kabar Hulu", title=title, text=first),
            RawArticle(origin="b.txt", source="Warta Hilir", title=title, text=second),
        ]
    )
    return list(report.findings)


_ID_A = (
    "Arus mudik di Pelabuhan Tanjung Emas, Semarang, Jumat (13/3/2026), mulai padat. "
    "Sepanjang musim libur tahun ini tercatat {figure} yang menyeberang.\n\n"
    "Kepala pelabuhan, Darmawan Sutejo, mengatakan antrean kendaraan mengular hingga dua "
    "kilometer."
)
_ID_B = (
    "Arus mudik di Pelabuhan Tanjung Emas, Semarang, Jumat (13/3/2026), mulai padat.\n\n"
    '"Ada yang membayar {other} hanya untuk satu tiket," kata Darmawan Sutejo, kepala '
    "pelabuhan. Antrean kendaraan mengular hingga dua kilometer."
)
_EN_A = (
    "Traffic at the Port of Halden was heavy on Friday as the holiday began. "
    "This season the port has handled {figure} so far.\n\n"
    "Port director Lars Eide said queues stretched for two kilometres."
)
_EN_B = (
    "Traffic at the Port of Halden was heavy on Friday as the holiday began.\n\n"
    '"Some paid {other} for one crossing," said port director Lars Eide. Queues stretched '
    "for two kilometres."
)


def _uniques(findings: list[Finding]) -> list[str]:
    return [e.text for f in findings if f.type == "unique" for e in f.evidence]


@pytest.mark.parametrize(
    ("first", "second", "figure", "other", "title"),
    [
        (_ID_A, _ID_B, "lebih dari 1,2 juta penumpang", "Rp 1,2 juta", "Arus Mudik Padat"),
        (_ID_A, _ID_B, "sekitar 2,5 juta pemudik", "Rp 2,5 juta", "Arus Mudik Padat"),
        (_EN_A, _EN_B, "more than 1.4 million passengers", "$1.4 million", "Port Traffic Heavy"),
    ],
)
def test_scaled_count_is_not_written_by_same_digits_of_money(
    first: str, second: str, figure: str, other: str, title: str
) -> None:
    found = _findings(first.format(figure=figure), second.format(other=other), title)
    assert any(figure in u for u in _uniques(found))


@pytest.mark.parametrize(
    ("first", "second", "figure", "title"),
    [
        (_ID_A, _ID_A, "lebih dari 1,2 juta penumpang", "Arus Mudik Padat"),
        (_EN_A, _EN_A, "more than 1.4 million passengers", "Port Traffic Heavy"),
    ],
)
def test_scaled_count_both_texts_give_is_no_unique(
    first: str, second: str, figure: str, title: str
) -> None:
    found = _findings(first.format(figure=figure), second.format(figure=figure), title)
    assert not any(figure in u for u in _uniques(found))


@pytest.mark.parametrize(
    ("text", "lang", "value", "label", "told"),
    [
        (
            "Polisi menyebut dua dari tujuh tersangka merupakan pegawai dinas.",
            "id",
            2,
            "pegawai",
            True,
        ),
        (
            "Polisi menahan sembilan orang. Tiga di antaranya merupakan oknum pegawai.",
            "id",
            3,
            "pegawai",
            True,
        ),
        ("Police held nine people. Two of them were nurses.", "en", 2, "nurses", True),
        (
            "Polisi menahan sembilan orang, tiga di antaranya warga negara Malaysia.",
            "id",
            3,
            None,
            False,
        ),
    ],
)
def test_part_told_by_linking_verb_is_marked(
    text: str, lang: str, value: int, label: str | None, told: bool
) -> None:
    fact = next(f for f in extract_numbers(text, lang) if f.value == value)
    if label is not None:
        assert fact.label == label
    assert bool(fact.attrs.get(PART_TOLD_AS)) is told


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "Polisi menangkap tujuh orang calo tiket di Terminal Giwangan, Yogyakarta, Senin "
            "(9/3/2026).\n\nKapolres menyebut dua dari tujuh tersangka merupakan pegawai "
            "terminal.",
            "Polisi mengamankan sembilan orang calo tiket di Terminal Giwangan, Yogyakarta, "
            "Senin (9/3/2026). Dua di antaranya merupakan oknum pegawai terminal.",
        ),
        (
            "Polisi menangkap enam orang penadah ponsel di Pasar Kembang, Senin (9/3/2026).\n\n"
            "Kapolsek menyebut tiga dari enam tersangka merupakan pedagang pasar.",
            "Polisi mengamankan enam orang penadah ponsel di Pasar Kembang, Senin (9/3/2026). "
            "Tiga di antaranya merupakan pedagang pasar.",
        ),
    ],
)
def test_parts_told_as_the_same_people_agree(first: str, second: str) -> None:
    found = _findings(first, second, "Calo Diamankan")
    agreed = [f for f in found if f.type == "agreement" and f.slot.startswith("number:")]
    assert any(any(e.text.lower().startswith(("dua", "tiga")) for e in f.evidence) for f in agreed)
