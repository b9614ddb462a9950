"""A figure that fits one side of a dispute is part of it, not a scoop of its source."""

from __future__ import annotations

from kroscek.compare import compare
from kroscek.data import RawArticle

_PLACE = "Desa Watulangit, Kabupaten Lembah Hijau"


def _article(source: str, title: str, body: str) -> RawArticle:
    return RawArticle(origin=f"{source}.txt", source=source, title=title, text=body)


def test_at_least_twelve_beside_a_twelve_against_fifteen_dispute_is_no_unique() -> None:
    report = compare(
        [
            _article(
                "Kabar Lembah",
                "Longsor Timbun Permukiman di Watulangit",
                f"LEMBAH HIJAU - Tanah longsor menimbun sekitar 30 rumah di {_PLACE}, Jumat "
                "(13/3/2026) malam.\n\nKepala BPBD Lembah Hijau, Hendra Wiratmaja, mengatakan "
                "sebanyak 12 warga meninggal dunia dan 7 orang lainnya masih dinyatakan hilang.",
            ),
            _article(
                "Warta Bukit",
                "Korban Longsor Watulangit Jadi 15 Orang",
                f"Jumlah korban meninggal akibat tanah longsor di {_PLACE}, bertambah menjadi 15 "
                "orang, Sabtu (14/3/2026) siang.\n\nTim SAR gabungan menemukan tiga jenazah lagi.",
            ),
            _article(
                "Suara Nusa",
                "Longsor di Watulangit",
                f"Sedikitnya 12 orang tewas dalam bencana tanah longsor yang melanda {_PLACE}, "
                "Jumat (13/3/2026) malam.\n\nHendra Wiratmaja mengatakan 30 rumah tertimbun.",
            ),
            _article(
                "Kabar Pesisir",
                "Korban Longsor Bertambah",
                f"Korban meninggal akibat longsor di {_PLACE}, bertambah menjadi 15 orang hingga "
                "Sabtu (14/3/2026) malam.",
            ),
        ]
    )
    toll = [f for f in report.findings if f.type == "conflict" and "15 orang" in f.message]
    assert toll, "the 12 / 15 dispute is reported"
    scoops = [f for f in report.findings if f.type == "unique" and "12 orang" in f.message]
    assert scoops == []
