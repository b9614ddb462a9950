"""Stories from full-length coverage: side details, background and recaps at the bottom.

Real articles are 2-5 KB. Each outlet adds its own side details and background paragraphs,
and closes with a recap of earlier, similar events or a byline. These tests tell one event
in two outlets' words, each with its own long tail, and a look-alike event whose closing
paragraph recaps the first one: the reports must join, the look-alike must stay apart.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from corpus_helpers import partition
from kroscek.cluster.assign import idf, similarity
from kroscek.cluster.features import MAX_KEYS, _names_and_numbers, sign_batch
from kroscek.data import Article, content_id
from kroscek.settings import DEFAULT
from kroscek.store import Corpus
from kroscek.store.writer import CorpusWriter
from kroscek.text.tokens import TOKEN_RE

DAY = datetime(2025, 2, 3, 8, 0)


def art(source: str, title: str, paragraphs: list[str], hours: float = 0.0) -> Article:
    text = "\n\n".join(paragraphs)
    return Article(
        id=content_id(source, title, text),
        source=source,
        title=title,
        text=text,
        published=DAY + timedelta(hours=hours),
        lang="id",
    )


def names_of(text: str) -> set[str]:
    return set(_names_and_numbers(TOKEN_RE.findall(text))[0])


FILLER = (
    "Hujan turun sepanjang malam dan warga diminta tetap waspada terhadap kemungkinan "
    "bencana susulan di sekitar tempat tinggal mereka. "
)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            "Bus menabrak truk di Tol Cikopo-Palimanan (Cipali) pada dini hari.",
            {"cipali", "tol cikopo-palimanan"},
            set(),
            id="a-name-in-parentheses-counts",
        ),
        pytest.param(
            "The quake struck Indonesia's Central Sulawesi, shaking Java's east coast too.",
            {"indonesia", "java", "central sulawesi"},
            {"indonesia's", "java's"},
            id="an-english-possessive-is-the-name-itself",
        ),
        pytest.param(
            "Warga Desa Sukamaju mengungsi. " + FILLER * 12 + "Relawan dari Cianjur datang.",
            {"sukamaju", "desa sukamaju"},
            {"cianjur"},
            id="a-name-met-once-only-at-the-bottom-is-background",
        ),
        pytest.param(
            "Warga Desa Sukamaju mengungsi ke Cianjur. "
            + FILLER * 12
            + "Relawan dari Cianjur datang.",
            {"sukamaju", "cianjur"},
            set(),
            id="a-name-repeated-at-the-bottom-is-kept",
        ),
        pytest.param(
            "Warga Desa Sukamaju mengungsi. Relawan dari Cianjur datang. " + FILLER * 2,
            {"sukamaju", "cianjur"},
            set(),
            id="a-short-text-keeps-every-name",
        ),
    ],
)
def test_which_names_describe_the_event(text: str, present: set[str], absent: set[str]) -> None:
    names = names_of(text)
    assert present <= names
    assert not absent & names


def test_the_name_cut_keeps_the_names_met_first_not_the_first_in_the_alphabet() -> None:
    # more distinct names (each met twice) than an article keeps, the early ones late in
    # the alphabet
    early = [f"Zulkarnain{chr(97 + i)}" for i in range(10)]
    late = [f"Abdullah{chr(97 + i)}{chr(97 + j)}" for i in range(8) for j in range(8)]
    text = " ".join(f"bertemu {n} dan {n} di sana," for n in early + late) + " selesai."
    names = _names_and_numbers(TOKEN_RE.findall(text))[0]
    assert len(names) == MAX_KEYS
    assert {n.lower() for n in early} <= set(names)


# One landslide told by two outlets: the shared core at the top, each outlet's own side
# details below it, and a closing paragraph of background dense with names of its own.
LANDSLIDE_A = art(
    "warta-selatan",
    "Longsor Timbun Lima Rumah di Pangalengan, Dua Warga Tewas",
    [
        "Longsor menimbun lima rumah di Kampung Cibolang, Desa Margamukti, Kecamatan "
        "Pangalengan, Kabupaten Bandung, Senin pagi. Dua warga Cibolang, Entis Sutisna (61) "
        "dan cucunya Rafi (7), meninggal dunia tertimbun tanah.",
        "Kepala Pelaksana BPBD Kabupaten Bandung Uka Suska mengatakan tebing setinggi 30 meter "
        "di atas permukiman Cibolang runtuh setelah hujan deras sejak Minggu sore. Sebanyak 84 "
        "warga Margamukti mengungsi ke Masjid Nurul Huda.",
        "Tim gabungan BPBD, Basarnas Bandung dan TNI mengevakuasi jenazah Entis Sutisna dan "
        "Rafi dengan alat berat pada Senin siang. Uka Suska menyebut tanah di lereng itu masih "
        "bergerak sehingga warga dilarang kembali ke rumah.",
        "Di pengungsian, relawan membuka dapur umum dan puskesmas mengirim dua bidan. Para "
        "pengungsi membutuhkan selimut, susu bayi dan air bersih. Sebagian warga menitipkan "
        "ternak mereka di kandang tetangga yang lebih aman dari tebing.",
        "Hujan deras diperkirakan masih turun hingga akhir pekan, dan warga yang tinggal di "
        "bawah tebing diminta mengungsi setiap kali hujan turun lebih dari satu jam. Pemerintah "
        "desa mendata rumah yang retak agar pemiliknya mendapat bantuan perbaikan. Warga "
        "bergiliran berjaga di pos ronda pada malam hari karena khawatir tanah kembali "
        "bergerak, dan anak-anak diungsikan lebih dulu ke rumah kerabat di kampung lain.",
        "Pangalengan pernah dilanda longsor di Kertasari dan Cisanti. Pegiat Walhi Jawa Barat "
        "Meiki Paendong menyalahkan kebun kentang di lereng Gunung Windu dan Situ Cileunca, "
        "sementara PT Perkebunan Nusantara dan Perhutani saling tuding soal izin. Geolog "
        "Universitas Padjadjaran Dicky Muslim menyebut Sesar Lembang dan Sesar Garsela "
        "tidak terkait.",
    ],
)
LANDSLIDE_B = art(
    "kabar-priangan",
    "Tebing Runtuh di Margamukti, 84 Warga Cibolang Mengungsi",
    [
        "Sebanyak 84 warga Kampung Cibolang, Desa Margamukti, Pangalengan, mengungsi setelah "
        "tebing runtuh dan menimbun lima rumah, Senin. Entis Sutisna (61) bersama cucunya, "
        "Rafi (7), ditemukan meninggal di bawah reruntuhan rumah mereka di Cibolang.",
        "Uka Suska dari BPBD Kabupaten Bandung menyebut tanah jenuh air setelah hujan deras "
        "semalam. Tebing setinggi sekitar 30 meter di atas Cibolang longsor menjelang subuh "
        "dan menyeret pepohonan ke permukiman.",
        "Evakuasi jenazah Entis Sutisna dan Rafi melibatkan Basarnas Bandung, TNI dan alat "
        "berat. Para pengungsi Margamukti ditampung di Masjid Nurul Huda.",
        "Seorang tetangga korban mengatakan suara gemuruh terdengar beberapa detik sebelum "
        "tanah menimpa rumah. Warga sempat menggali dengan tangan sebelum petugas datang. "
        "Sekolah di kampung itu diliburkan hingga akhir pekan.",
        "Uka Suska meminta warga yang tinggal di bawah tebing waspada saat hujan turun lama. "
        "Petugas akan memeriksa retakan tanah di atas permukiman bersama ahli geologi dalam "
        "beberapa hari ke depan. Warga diminta melapor bila menemukan retakan baru, mata air "
        "yang tiba-tiba muncul, atau pohon yang miring di lereng di atas rumah mereka.",
        "BMKG Stasiun Geofisika Bandung memperingatkan cuaca ekstrem di Ciwidey, Rancabali dan "
        "Pasirjambu, kata prakirawan Yan Firdaus, sementara Baznas dan Karang Taruna "
        "Margamulya mengirim bantuan dari Soreang. Bupati Dadang Supriatna dijadwalkan "
        "meninjau Banjaran dan Cimaung bersama Kapolresta Kusworo Wibowo.",
    ],
    hours=3,
)
# A look-alike the same day in the same regency, whose closing paragraph recaps the first.
LOOKALIKE = art(
    "kabar-priangan",
    "Longsor Putus Jalan Ciwidey-Rancabali, Ratusan Wisatawan Tertahan",
    [
        "Longsor memutus jalan provinsi Ciwidey-Rancabali di Kampung Cibuni, Desa Lebakmuncang, "
        "Kecamatan Ciwidey, Kabupaten Bandung, Senin sore. Sekitar 300 wisatawan tertahan di "
        "kawasan Kawah Putih dan Situ Patenggang.",
        "Kepala Dinas Bina Marga Jawa Barat Bambang Tirtoyuliono mengatakan material tanah "
        "menutup jalan Cibuni sepanjang 40 meter. Dua ekskavator dikerahkan ke Lebakmuncang.",
        "Satlantas Polresta Bandung mengalihkan kendaraan dari Ciwidey lewat Gambung. Tidak ada "
        "korban jiwa dalam longsor di Cibuni, kata Bambang Tirtoyuliono.",
        "Pengelola Kawah Putih menyebut pengunjung dipandu turun lewat jalur kebun teh. "
        "Sejumlah bus pariwisata memilih menginap di Ciwidey sambil menunggu jalan dibuka.",
        "Jalan itu ditargetkan bisa dilalui satu lajur pada Selasa pagi. Warga Lebakmuncang "
        "diminta tidak mendekati tebing selama alat berat bekerja.",
        "Pada hari yang sama, longsor di Cibolang, Margamukti, menewaskan Entis Sutisna dan "
        "cucunya, kata Uka Suska.",
    ],
    hours=6,
)


@pytest.fixture()
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "c.db")
    yield c
    c.close()


@pytest.mark.parametrize(
    "order",
    [
        pytest.param((LANDSLIDE_A, LANDSLIDE_B, LOOKALIKE), id="reports-first"),
        pytest.param((LANDSLIDE_A, LOOKALIKE, LANDSLIDE_B), id="look-alike-between-reports"),
        pytest.param((LOOKALIKE, LANDSLIDE_A, LANDSLIDE_B), id="look-alike-first"),
    ],
)
def test_long_reports_of_one_event_join_and_a_look_alike_recapping_it_stays_apart(
    corpus: Corpus, order: tuple[Article, ...]
) -> None:
    CorpusWriter(corpus).add(list(order), sign_batch(list(order)))
    assert partition(corpus) == {
        frozenset({LANDSLIDE_A.id, LANDSLIDE_B.id}),
        frozenset({LOOKALIKE.id}),
    }


def test_closing_background_neither_dilutes_the_reports_nor_links_the_look_alike() -> None:
    # the decision has room on both sides of the threshold, not a lucky few hundredths
    arts = [LANDSLIDE_A, LANDSLIDE_B, LOOKALIKE]
    sigs = sign_batch(arts)
    df: dict[int, int] = {}
    for s in sigs:
        for t in s.keys:
            df[t] = df.get(t, 0) + 1
    weight2 = {t: idf(n, len(arts)) ** 2 for t, n in df.items()}
    reports = similarity(sigs[1], sigs[0], weight2).score
    look_alike = max(similarity(sigs[2], sigs[k], weight2).score for k in (0, 1))
    assert reports >= DEFAULT.story_similarity + 0.1
    assert look_alike <= DEFAULT.story_similarity - 0.1
