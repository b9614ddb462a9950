"""A follow-up dated by its revised count ("bertambah menjadi 15 orang, Sabtu") does not
dispute the day of the event ("longsor ... Jumat malam")."""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.data import RawArticle

_FIRST = RawArticle(
    origin="a.txt",
    source="Kabar Lembah",
    title="Longsor Timbun Rumah di Watulangit",
    text=(
        "LEMBAH HIJAU - Tanah longsor menimbun sekitar 30 rumah di Desa Watulangit, Kabupaten "
        "Lembah Hijau, Jumat (13/3/2026) malam.\n\n"
        "Kepala BPBD Lembah Hijau, Hendra Wiratmaja, mengatakan sebanyak 12 warga meninggal "
        "dunia dan 7 orang lainnya masih dinyatakan hilang."
    ),
)


def _date_conflicts(second: RawArticle) -> list[str]:
    report = compare([_FIRST, second])
    return [f.message for f in report.findings if f.type == "conflict" and f.slot == "when"]


@pytest.mark.parametrize(
    "lead",
    [
        "Jumlah korban meninggal akibat tanah longsor di Desa Watulangit, Kabupaten Lembah "
        "Hijau, bertambah menjadi 15 orang, Sabtu (14/3/2026) siang.",
        "Jumlah korban tewas akibat tanah longsor di Desa Watulangit, Kabupaten Lembah Hijau, "
        "naik menjadi 15 orang pada Sabtu (14/3/2026).",
    ],
    ids=["bertambah-menjadi", "naik-menjadi"],
)
def test_a_lead_dating_a_revised_toll_does_not_dispute_the_day_of_the_landslide(
    lead: str,
) -> None:
    follow_up = RawArticle(
        origin="b.txt",
        source="Warta Bukit",
        title="Korban Longsor Watulangit Jadi 15 Orang",
        text=f"{lead}\n\nTim SAR gabungan menemukan tiga jenazah lagi pagi tadi.",
    )
    assert _date_conflicts(follow_up) == []


def test_two_leads_giving_the_landslide_two_days_still_conflict() -> None:
    other_day = RawArticle(
        origin="b.txt",
        source="Warta Bukit",
        title="Longsor Timbun Rumah di Watulangit",
        text=(
            "LEMBAH HIJAU - Tanah longsor menimbun sekitar 30 rumah di Desa Watulangit, "
            "Kabupaten Lembah Hijau, Kamis (12/3/2026) malam.\n\n"
            "Kepala BPBD Lembah Hijau, Hendra Wiratmaja, mengatakan sebanyak 12 warga "
            "meninggal dunia dan 7 orang lainnya masih dinyatakan hilang."
        ),
    )
    assert len(_date_conflicts(other_day)) == 1


def test_a_toll_given_as_revised_is_a_medium_conflict_that_says_so() -> None:
    follow_up = RawArticle(
        origin="b.txt",
        source="Warta Bukit",
        title="Korban Longsor Watulangit Jadi 15 Orang",
        text=(
            "Jumlah korban meninggal akibat tanah longsor di Desa Watulangit, Kabupaten Lembah "
            "Hijau, bertambah menjadi 15 orang, Sabtu (14/3/2026) siang.\n\n"
            "Tim SAR gabungan menemukan tiga jenazah lagi pagi tadi."
        ),
    )
    report = compare([_FIRST, follow_up])
    (toll,) = [f for f in report.findings if f.type == "conflict" and "15 orang" in f.message]
    assert toll.severity == "medium"
    assert "Warta Bukit" in toll.message and "bertambah menjadi" in toll.message
