"""The small corpus of the fourth usability review: an editor's night of news.

Written for these tests (no outlet's sentences): a landslide told by two Indonesian
portals and an English wire (a death toll that differs, a wire timed in UTC), a gambling
arrest told by two portals (a seized sum that differs), and a single market story.
"""

from __future__ import annotations

import json
from pathlib import Path

RECORDS: list[dict[str, str]] = [
    {
        "title": "Longsor Timbun Lima Rumah di Lereng Bukit Sarangan",
        "source": "Warta Lembah",
        "published": "2026-11-23T21:10:00+07:00",
        "url": "https://wartalembah.example/longsor-1",
        "text": "Tanah longsor menimbun lima rumah warga di Desa Sarangan, Kabupaten Magetan, "
        "Senin malam (23/11/2026).\n\nKepala BPBD Magetan, Suryo Handoko, mengatakan tiga "
        'orang tewas dan dua lainnya masih dicari. "Hujan deras sejak sore membuat tanah di '
        'lereng bergerak," kata Suryo.\n\nTim SAR gabungan dikerahkan sejak pukul 22.00 WIB.',
    },
    {
        "title": "Longsor di Sarangan, Empat Orang Tewas",
        "source": "Kabar Timur",
        "published": "2026-11-24T06:30:00+07:00",
        "url": "https://kabartimur.example/longsor-sarangan",
        "text": "Tanah longsor menimbun lima rumah warga di Desa Sarangan, Kabupaten Magetan, "
        'Senin malam (23/11/2026).\n\nEmpat orang tewas dalam bencana itu. "Hujan deras '
        'sejak sore membuat tanah di lereng bergerak," kata Kepala BPBD Magetan Suryo '
        "Handoko.\n\nWarga mengungsi ke balai desa.",
    },
    {
        "title": "Landslide buries homes in East Java village",
        "source": "Java Wire",
        "published": "2026-11-24T02:00:00+00:00",
        "url": "https://javawire.example/landslide",
        "text": "A landslide buried five houses in Sarangan village, Magetan regency, on Monday "
        "night, officials said.\n\nThree people were killed and two are missing, according "
        "to the regional disaster agency head Suryo Handoko.\n\nRescuers worked through "
        "the night.",
    },
    {
        "title": "Polisi Tangkap Bandar Judi Online di Medan",
        "source": "Warta Lembah",
        "published": "2026-11-23T10:00:00+07:00",
        "url": "https://wartalembah.example/judi",
        "text": "Polda Sumatera Utara menangkap 12 tersangka judi online di Medan, Minggu "
        "(22/11/2026).\n\nKabid Humas Polda Sumut, Hadi Wibowo, mengatakan polisi menyita "
        'uang tunai Rp 2 miliar. "Jaringan ini beroperasi sejak 2024," ujar Hadi.',
    },
    {
        "title": "12 Tersangka Judi Online Ditangkap di Medan",
        "source": "Kabar Timur",
        "published": "2026-11-23T12:00:00+07:00",
        "url": "https://kabartimur.example/judi-medan",
        "text": "Polda Sumatera Utara menangkap 12 tersangka judi online di Medan, Minggu "
        "(22/11/2026).\n\nPolisi menyita uang tunai Rp 3 miliar dari para tersangka. "
        '"Jaringan ini beroperasi sejak 2024," ujar Kabid Humas Polda Sumut Hadi '
        "Wibowo.\n\nPara tersangka dijerat pasal perjudian.",
    },
    {
        "title": "Harga Cabai Rawit di Pasar Gede Naik Tajam",
        "source": "Pasar & Kota",
        "published": "2026-11-24T07:00:00+07:00",
        "url": "https://pasarkota.example/cabai",
        "text": "Harga cabai rawit di Pasar Gede Solo naik menjadi Rp 90.000 per kilogram, "
        "Selasa (24/11/2026).\n\nPedagang mengeluh pembeli berkurang sejak pekan lalu.",
    },
]


def write_jsonl(folder: Path) -> Path:
    path = folder / "malam.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for record in RECORDS:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def build(folder: Path) -> Path:
    """The corpus of RECORDS, ingested and its reports cached, as ``kroscek ingest`` then
    ``kroscek reports`` leave it."""
    from kroscek.store import Corpus
    from kroscek.store.loader import ingest
    from kroscek.store.reports import cache_reports

    db = folder / "malam.db"
    ingest([write_jsonl(folder)], db)
    with Corpus(db, create=False) as corpus:
        cache_reports(corpus)
    return db
