"""The small corpus of the sixth usability review: a big story and a small one.

Written for these tests (no outlet's sentences): a flash flood told by fourteen outlets,
more than a story report compares (``Settings.story_report_max_articles``, 12), one of the
early ones giving another count of damaged houses; and a market fire told by three
outlets, one of them alone with another count of burnt stalls (the odd one out).
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from kroscek.settings import DEFAULT

FLOOD_OUTLETS = (
    "Warta Hulu",
    "Kabar Muara",
    "Suara Lembah",
    "Harian Tepian",
    "Pos Delta",
    "Berita Tanjung",
    "Gema Rawa",
    "Kilas Teluk",
    "Jurnal Bukit",
    "Lensa Danau",
    "Warta Pesisir",
    "Kabar Ngarai",
    "Suara Rimba",
    "Harian Pulau",
)
# the outlet (among the first to report) that counts other damaged houses
FLOOD_ODD = "Suara Lembah"

_OWN = (
    "Warga mengungsi ke balai desa sejak dini hari.",
    "Hujan deras mengguyur wilayah hulu selama enam jam tanpa henti.",
    "Dua jembatan gantung terputus sehingga bantuan diangkut dengan perahu karet.",
    "Pemerintah provinsi mengirim tim tanggap darurat ke lokasi bencana.",
    "Petugas gabungan menyisir tepian sungai untuk mencari warga yang hilang.",
    "Listrik di tiga kecamatan padam sejak Selasa malam.",
    "Dapur umum didirikan di halaman kantor camat.",
)

# a sentence of each outlet's own (no two share a frame), so that no report is a copy
_ALONE = (
    "Relawan kampus ikut membagikan selimut kepada anak-anak.",
    "Sekolah di sekitar sungai meliburkan murid sampai pekan depan.",
    "Harga sayur di pasar kecamatan naik karena jalan tertutup lumpur.",
    "Seorang nenek dievakuasi memakai ban dalam oleh pemuda setempat.",
    "Puskesmas keliling mulai memeriksa warga yang demam dan gatal.",
    "Sawah yang siap panen terendam dan petani khawatir gagal panen.",
    "Masjid di tepi jalan raya dibuka untuk tempat menginap pengungsi.",
    "Kendaraan pribadi diminta tidak melintas agar truk bantuan lancar.",
    "Sumur warga keruh sehingga air bersih didatangkan dengan tangki.",
    "Kepolisian resor menyiagakan personel untuk menjaga rumah kosong.",
    "Ternak kambing milik warga banyak yang hanyut terbawa arus.",
    "Anak-anak di pengungsian diajak bermain oleh komunitas pendongeng.",
    "Jaringan telepon seluler sempat terputus beberapa jam.",
    "Ibu hamil di pengungsian mendapat pendampingan bidan desa.",
    "Para pedagang menumpuk barang yang selamat di trotoar depan pasar.",
    "Petugas kebersihan menyapu abu yang beterbangan ke jalan.",
    "Arus lalu lintas di depan pasar dialihkan ke jalan lingkar.",
)

FIRE_OUTLETS = ("Kabar Pasar", "Warta Niaga", "Suara Kota")
FIRE_ODD = "Suara Kota"


def _flood(n: int, outlet: str) -> dict[str, str]:
    houses = 421 if outlet == FLOOD_ODD else 412
    own = " ".join(list(itertools.combinations(_OWN, 3))[n])
    return {
        "title": f"Banjir Bandang Terjang Sungai Tenang, {houses} Rumah Rusak",
        "source": outlet,
        "published": f"2026-11-10T08:{n * 4:02d}:00+07:00",
        "url": f"https://{outlet.replace(' ', '').lower()}.example/banjir-{n}",
        "text": "Banjir bandang melanda Kabupaten Sungai Tenang pada Selasa (10/11/2026). "
        f"Kepala BPBD Sungai Tenang Hendra Wiguna mengatakan {houses} rumah rusak dan tiga "
        'warga tewas terseret arus. "Kami masih mendata kerugian dan menyalurkan bantuan ke '
        f'posko pengungsian," kata Hendra.\n\n{own}\n\n{_ALONE[n]}',
    }


def _fire(n: int, outlet: str) -> dict[str, str]:
    stalls = 520 if outlet == FIRE_ODD else 250
    own = " ".join(_OWN[n : n + 2])
    return {
        "title": f"Kebakaran Hanguskan {stalls} Kios di Pasar Baru Lempong",
        "source": outlet,
        "published": f"2026-11-11T{9 + n:02d}:15:00+07:00",
        "url": f"https://{outlet.replace(' ', '').lower()}.example/kebakaran-{n}",
        "text": "Kebakaran melanda Pasar Baru Lempong, Kota Lempong, Rabu (11/11/2026) dini "
        f"hari. Api menghanguskan {stalls} kios pedagang. Kepala Dinas Pemadam Kebakaran Kota "
        'Lempong Rudi Santoso mengatakan 14 unit mobil pemadam dikerahkan. "Api baru padam '
        f'menjelang subuh," ujar Rudi.\n\n{own}\n\n{_ALONE[-1 - n]}',
    }


RECORDS: list[dict[str, str]] = [
    *(_flood(n, outlet) for n, outlet in enumerate(FLOOD_OUTLETS)),
    *(_fire(n, outlet) for n, outlet in enumerate(FIRE_OUTLETS)),
]
assert len(FLOOD_OUTLETS) > DEFAULT.story_report_max_articles
assert FLOOD_OUTLETS.index(FLOOD_ODD) < DEFAULT.story_report_max_articles


def build(folder: Path) -> Path:
    """The corpus of :data:`RECORDS`, ingested as ``kroscek ingest`` would; returns its path."""
    from kroscek.store.loader import ingest

    records = folder / "review6.jsonl"
    records.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8"
    )
    db = folder / "review6.db"
    counts = ingest([records], db)
    assert counts.rejected == 0
    return db


def story_of(db: Path, outlet: str) -> str:
    """The id of the story the (one) article of ``outlet`` joined."""
    from kroscek.store import Corpus

    with Corpus(db, readonly=True) as corpus:
        rows = corpus.connection.execute(
            "SELECT DISTINCT story_id FROM articles WHERE source = ?", (outlet,)
        ).fetchall()
    assert len(rows) == 1, rows
    return str(rows[0][0])
