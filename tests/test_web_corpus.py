"""A small corpus for the web tests, built through the project's own pipeline.

The articles are written for these tests (no outlet's sentences): an Indonesian story told
by three outlets (a casualty count that differs, militan/pejuang/kelompok bersenjata, a
figure attributed in one outlet and stated as fact or "mengklaim" in others, a quote all
three share), an English story by two outlets, a story only one outlet carried, and a story whose
articles are hostile:
``<script>``, ``onerror=`` and ``javascript:`` links in headline, body, outlet and URL.

``build_corpus(path)`` reads them as raw articles, cleans, signs and writes them with the
store's writer, exactly as ``kroscek ingest`` does; the tests below check the corpus has
the shape the page tests rely on, so a clustering change fails here with a clear reason.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kroscek.data import RawArticle

ATTACK = "pos perbatasan"  # words of the Indonesian story's headlines, for the tests

_SHARED_QUOTE = (
    "“Pasukan kami bertahan hampir dua jam sampai bantuan datang dari markas batalyon, "
    "dan kami tidak akan mundur dari pos itu,” kata juru bicara militer Kolonel Arif "
    "Santoso kepada wartawan di Kota Lembah Hijau."
)

_BACKGROUND = (
    "Wilayah perbatasan itu sudah beberapa kali diserang sejak awal tahun. Pemerintah "
    "daerah meminta warga di tiga desa sekitar pos untuk tetap tenang dan tidak bepergian "
    "pada malam hari sampai keadaan aman."
)

INDONESIAN = [
    RawArticle(
        origin="test:kabar-1",
        title="Serangan ke Pos Perbatasan Tewaskan 12 Tentara",
        text=(
            "Kabar Lembah – Sedikitnya 12 tentara tewas setelah kelompok militan menyerang "
            "pos perbatasan di Kabupaten Lembah Hijau pada Senin (4/3/2024) dini hari, "
            "menurut juru bicara militer.\n\n"
            "Serangan dimulai sekitar pukul 02.00 waktu setempat ketika puluhan orang "
            "bersenjata mendekati pos dari arah hutan. Delapan tentara lainnya terluka dan "
            "dibawa ke rumah sakit umum daerah.\n\n"
            f"{_SHARED_QUOTE}\n\n{_BACKGROUND}\n\n"
            "Menteri Pertahanan Budi Hartono dijadwalkan mengunjungi lokasi pada Selasa."
        ),
        source="Kabar Lembah",
        url="https://kabarlembah.example/2024/03/04/serangan-pos-perbatasan",
        published=datetime(2024, 3, 4, 9, 15, tzinfo=UTC),
        fmt="jsonl",
    ),
    RawArticle(
        origin="test:warta-1",
        title="Pejuang Serbu Pos Perbatasan, 14 Tentara Tewas",
        text=(
            "Sebanyak 14 tentara tewas ketika para pejuang menyerbu pos perbatasan di "
            "Kabupaten Lembah Hijau pada Senin (4/3/2024) dini hari.\n\n"
            "Serangan dimulai sekitar pukul 02.00 waktu setempat, kata warga yang tinggal "
            "di dekat pos. Delapan tentara lainnya terluka.\n\n"
            f"{_SHARED_QUOTE}\n\n{_BACKGROUND}\n\n"
            "Kelompok tersebut mengklaim telah menguasai pos itu selama beberapa jam "
            "sebelum mundur ke arah hutan."
        ),
        source="Warta Harian",
        url="https://wartaharian.example/nasional/pejuang-serbu-pos",
        published=datetime(2024, 3, 4, 11, 40, tzinfo=UTC),
        fmt="jsonl",
    ),
    RawArticle(
        origin="test:suara-1",
        title="Kelompok Bersenjata Serang Pos Perbatasan Lembah Hijau",
        text=(
            "Kelompok bersenjata menyerang pos perbatasan di Kabupaten Lembah Hijau pada "
            "Senin (4/3/2024) dini hari. Militer mengklaim 12 tentara tewas dalam serangan "
            "itu.\n\n"
            "Serangan dimulai sekitar pukul 02.00 waktu setempat. Delapan tentara lainnya "
            "terluka dan dirawat di rumah sakit umum daerah.\n\n"
            f"{_SHARED_QUOTE}\n\n{_BACKGROUND}"
        ),
        source="Suara Timur",
        url="https://suaratimur.example/berita/serangan-pos-perbatasan",
        published=datetime(2024, 3, 5, 7, 5, tzinfo=UTC),
        fmt="jsonl",
    ),
]

ENGLISH = [
    RawArticle(
        origin="test:coast-1",
        title="Ferry capsizes off Port Selatan, 31 dead",
        text=(
            "At least 31 people died when a passenger ferry capsized in heavy seas off "
            "Port Selatan on Thursday evening, police said.\n\n"
            "The ferry was carrying about 120 passengers from the island of Karang Besar to "
            "the mainland when it was hit by high waves, the harbour master told reporters.\n\n"
            "\u201cWe pulled survivors out of the water until well after midnight, and the "
            "search will continue at first light,\u201d said rescue chief Maria Tan.\n\n"
            "Relatives gathered at the harbour waiting for news of the missing."
        ),
        source="Coastal Times",
        url="https://coastaltimes.example/news/ferry-capsizes",
        published=datetime(2024, 2, 15, 22, 0, tzinfo=UTC),
        fmt="jsonl",
    ),
    RawArticle(
        origin="test:daily-1",
        title="Dozens killed as ferry sinks near Port Selatan",
        text=(
            "Twenty-seven people were killed when a passenger ferry capsized in heavy seas "
            "off Port Selatan on Thursday evening.\n\n"
            "The ferry was carrying about 120 passengers from the island of Karang Besar to "
            "the mainland when it was hit by high waves, the harbour master told reporters.\n\n"
            "\u201cWe pulled survivors out of the water until well after midnight, and the "
            "search will continue at first light,\u201d said rescue chief Maria Tan.\n\n"
            "The ferry operator has not commented on the accident."
        ),
        source="Island Daily",
        url="https://islanddaily.example/2024/02/15/ferry",
        published=datetime(2024, 2, 16, 1, 30, tzinfo=UTC),
        fmt="jsonl",
    ),
]

HOSTILE_SCRIPT = "<script>alert('judul')</script>"
HOSTILE_TITLE = f"Banjir Rendam Desa Sungai Rata {HOSTILE_SCRIPT}"
HOSTILE_BODY = (
    "Banjir setinggi satu meter merendam Desa Sungai Rata sejak Rabu (7/2/2024) setelah "
    "hujan deras mengguyur kawasan hulu. <img src=x onerror=\"alert('gambar')\"> Sebanyak "
    "300 warga mengungsi ke balai desa dan masjid terdekat.\n\n"
    "Warga diminta membaca panduan evakuasi di javascript:alert('tautan') lalu "
    "menghubungi posko bencana.\n\n"
    "Badan Penanggulangan Bencana Daerah mengatakan air mulai surut pada Kamis pagi, "
    "tetapi hujan diperkirakan turun lagi pada akhir pekan di seluruh kawasan hulu sungai."
)
HOSTILE = [
    RawArticle(
        origin="test:jahat-1",
        title=HOSTILE_TITLE,
        text=HOSTILE_BODY,
        source="Media <b onmouseover=alert('sumber')>Jahat</b>",
        url="javascript:alert('url')",
        published=datetime(2024, 2, 8, 6, 0, tzinfo=UTC),
        fmt="jsonl",
    ),
    RawArticle(
        origin="test:jahat-2",
        title="Ratusan Warga Desa Sungai Rata Mengungsi karena Banjir",
        text=(
            "Banjir setinggi satu meter merendam Desa Sungai Rata sejak Rabu (7/2/2024) "
            "setelah hujan deras mengguyur kawasan hulu. Sebanyak 350 warga mengungsi ke "
            "balai desa dan masjid terdekat.\n\n"
            "Badan Penanggulangan Bencana Daerah mengatakan air mulai surut pada Kamis pagi, "
            "tetapi hujan diperkirakan turun lagi pada akhir pekan di seluruh kawasan hulu "
            "sungai."
        ),
        source="Pos Hulu",
        url="https://poshulu.example/banjir-sungai-rata",
        published=datetime(2024, 2, 8, 8, 0, tzinfo=UTC),
        fmt="jsonl",
    ),
]

SINGLE = RawArticle(
    origin="test:pasar-1",
    title="Harga Cabai Rawit Naik Dua Kali Lipat Menjelang Panen Raya",
    text=(
        "Harga cabai rawit di pasar induk naik dari Rp40.000 menjadi Rp80.000 per kilogram "
        "dalam sepekan terakhir. Pedagang menyebut pasokan dari sentra produksi berkurang "
        "karena hujan yang turun hampir setiap hari.\n\n"
        "Dinas Perdagangan berjanji menggelar operasi pasar mulai pekan depan."
    ),
    source="Pasar Kita",
    url="https://pasarkita.example/harga-cabai",
    published=datetime(2024, 3, 10, 4, 0, tzinfo=UTC),
    fmt="jsonl",
)

ALL = [*INDONESIAN, *ENGLISH, *HOSTILE, SINGLE]


def build_corpus(path: Path) -> Path:
    """Clean, sign and store every test article in a new corpus at ``path``."""
    from kroscek.clean import clean
    from kroscek.cluster.features import sign_batch
    from kroscek.store.writer import open_writer

    articles = [clean(raw) for raw in ALL]
    corpus, writer = open_writer(str(path))
    try:
        writer.add(articles, sign_batch(articles))
    finally:
        corpus.close()
    return path


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("webcorpus") / "kroscek.db")


def test_each_event_is_one_story_with_its_outlets(corpus_db: Path) -> None:
    from kroscek.store import Corpus

    with Corpus(corpus_db, readonly=True) as corpus:
        stories = corpus.stories(limit=10)
        by_sources = sorted(s.n_sources for s in stories)
        assert by_sources == [1, 2, 2, 3]
        attack = next(s for s in stories if s.n_sources == 3)
        assert ATTACK in attack.title.lower()
        assert set(attack.sources) == {"Kabar Lembah", "Warta Harian", "Suara Timur"}


def test_hostile_markup_survives_into_the_store(corpus_db: Path) -> None:
    """The XSS tests are only meaningful if the stored article still holds the markup."""
    from kroscek.store import Corpus

    with Corpus(corpus_db, readonly=True) as corpus:
        hits = corpus.search("Sungai Rata", limit=10)
        stored = [corpus.article(h.article.id) for h in hits]
        hostile = next(a for a in stored if a is not None and "<script>" in a.title)
        assert "onerror=" in hostile.text
        assert "javascript:alert" in hostile.text
        assert (hostile.url or "").startswith("javascript:")
