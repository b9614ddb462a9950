"""Compare trusts the passages two articles share over the clustering score: two reports
of one court ruling whose judges' votes read as two match scores ("5-4" / "8-1") score 0 as
two events, yet a shared verbatim order and retold paragraphs make them one report.

The articles are written for these tests (courts, outlets and people are invented).
"""

from __future__ import annotations

import pytest

from kroscek.compare import compare
from kroscek.compare.relatedness import SHARED_PASSAGES, unrelated_pairs
from kroscek.data import Occurrence, RawArticle, SharedPassage

_RULING_ID_A = (
    "MA Kabulkan Kasasi Nelayan Teluk Sari, Izin Tambak Dicabut",
    "\n\n".join(
        (
            "Warta Pesisir – Mahkamah Agung mengabulkan permohonan kasasi kelompok nelayan "
            "Teluk Sari terhadap izin tambak udang seluas 120 hektare, Rabu (18/11/2026). "
            "Putusan diambil dengan komposisi 5-4.",
            '"Mengadili sendiri, menyatakan batal izin lingkungan yang diterbitkan tergugat '
            "dan mewajibkan tergugat mencabut izin tersebut dalam waktu sembilan puluh hari "
            'sejak putusan ini berkekuatan hukum tetap," demikian bunyi amar putusan yang '
            "dibacakan ketua majelis.",
            "Sengketa bermula ketika pemerintah kabupaten menerbitkan izin tambak di atas "
            "kawasan mangrove yang selama puluhan tahun menjadi tempat nelayan mencari "
            "kepiting dan udang liar.",
            "Kuasa hukum nelayan, Yosef Lamahoda, menyebut putusan itu kemenangan bagi warga "
            "pesisir yang selama ini kehilangan wilayah tangkap karena pembukaan tambak skala "
            "besar di sepanjang pantai.",
            "Pemerintah kabupaten belum memberikan tanggapan atas putusan tersebut hingga "
            "Kamis sore.",
            "Dalam pertimbangannya, majelis menilai pengadilan tingkat pertama keliru karena "
            "tidak memeriksa dokumen analisis dampak lingkungan yang disusun tanpa melibatkan "
            "warga terdampak.",
            "Ketua kelompok nelayan, Marselinus Buto, mengatakan warga akan mengawal "
            "pelaksanaan putusan agar alat berat segera ditarik dari kawasan hutan bakau.",
            "Aktivis lingkungan mencatat sedikitnya 40 hektare mangrove sudah ditebang sejak "
            "pembangunan tambak dimulai dua tahun lalu.",
        )
    ),
)

_RULING_ID_B = (
    "Nelayan Teluk Sari Menang di MA, Izin Tambak Udang Harus Dicabut",
    "\n\n".join(
        (
            "Kabar Bahari – Mahkamah Agung mengabulkan kasasi yang diajukan nelayan Teluk "
            "Sari atas izin tambak udang 120 hektare. Majelis memutus perkara itu dengan "
            "suara 8-1 pada Rabu (18/11/2026).",
            '"Mengadili sendiri, menyatakan batal izin lingkungan yang diterbitkan tergugat '
            "dan mewajibkan tergugat mencabut izin tersebut dalam waktu sembilan puluh hari "
            'sejak putusan ini berkekuatan hukum tetap," bunyi amar putusan.',
            "Perkara ini berawal saat pemerintah kabupaten memberikan izin tambak di kawasan "
            "mangrove, tempat para nelayan mencari kepiting dan udang liar sejak puluhan "
            "tahun.",
            "Yosef Lamahoda, pengacara para nelayan, menyebut putusan tersebut kemenangan "
            "warga pesisir yang kehilangan wilayah tangkap akibat pembukaan tambak besar di "
            "sepanjang pantai.",
            "Satu hakim agung menyatakan pendapat berbeda karena menilai gugatan nelayan "
            "sudah lewat tenggat sembilan puluh hari sejak izin diumumkan kepada publik.",
            "Perusahaan pemilik tambak menyatakan akan mempelajari salinan putusan lebih dulu "
            "sebelum menentukan langkah hukum berikutnya, termasuk kemungkinan peninjauan "
            "kembali.",
            "Di lokasi, puluhan petambak mengaku khawatir kehilangan pekerjaan jika seluruh "
            "kolam harus ditutup sebelum panen akhir tahun.",
        )
    ),
)

_RULING_EN_A = (
    "High court strikes down coastal farm permit in 5-4 ruling",
    "\n\n".join(
        (
            "Harbour Ledger - The Supreme Court on Wednesday struck down the permit for a "
            "120-hectare shrimp farm on the Saltmarsh coast, ruling 5-4 in favour of a "
            "fishing cooperative.",
            '"The permit is void and the licensing authority shall revoke it within ninety '
            "days of this judgment becoming final, restoring the mangrove zone to its prior "
            'protected status," the court said in its order.',
            "The dispute began when the district council granted the farm a licence over "
            "mangroves where fishers had caught crabs and wild prawns for decades.",
            "Judge Anna Whitcombe wrote for the majority that the lower court had failed to "
            "examine an environmental assessment drafted without consulting affected "
            "residents.",
            "Environmental groups say at least 40 hectares of mangrove have been cleared "
            "since construction began two years ago.",
        )
    ),
)

_RULING_EN_B = (
    "Fishers win mangrove case as court voids shrimp farm licence",
    "\n\n".join(
        (
            "Coastal Courier - Fishers on the Saltmarsh coast won their fight against a "
            "120-hectare shrimp farm on Wednesday after the Supreme Court voided its permit "
            "by a vote of 8-1.",
            '"The permit is void and the licensing authority shall revoke it within ninety '
            "days of this judgment becoming final, restoring the mangrove zone to its prior "
            'protected status," the order read.',
            "The case started after the district council licensed the farm on mangroves where "
            "fishers have caught crabs and wild prawns for decades.",
            "The cooperative's lawyer, Peter Okafor, called the ruling a victory for coastal "
            "families who lost their fishing grounds to large ponds along the shore.",
            "The farm's owner said it would study the judgment before deciding whether to "
            "seek a review, while dozens of pond workers fear losing their jobs before the "
            "year-end harvest.",
        )
    ),
)


def _raw(origin: str, pair: tuple[str, str]) -> RawArticle:
    return RawArticle(origin=origin, title=pair[0], text=pair[1])


@pytest.mark.parametrize(
    ("first", "second"),
    [(_RULING_ID_A, _RULING_ID_B), (_RULING_EN_A, _RULING_EN_B)],
    ids=["id", "en"],
)
def test_two_reports_sharing_passages_are_not_warned_about_whatever_their_votes_score(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = compare([_raw("a.txt", first), _raw("b.txt", second)])
    assert len(report.shared_passages) >= SHARED_PASSAGES
    assert report.warnings == ()
    # the clustering score alone (no passages) would warn: the votes read as other scores
    alone = unrelated_pairs(report.articles)
    assert [w.code for w in alone] == ["unrelated"]
    assert alone[0].similarity < 0.12


def _passage(text: str, *ids: str) -> SharedPassage:
    return SharedPassage("paraphrase", text, tuple(Occurrence(i, 0, len(text)) for i in ids))


@pytest.mark.parametrize(
    ("passages", "related"),
    [
        # three retold paragraphs of one report
        ([_passage("x" * 150, "a", "b") for _ in range(3)], True),
        # a fourth passage shared by a and a third article only does not count for a/b
        (
            [_passage("x" * 150, "a", "b") for _ in range(2)] + [_passage("x" * 300, "a", "c")],
            False,
        ),
        # two look-alike events: a spokesman's stock sentences, short
        ([_passage("x" * 60, "a", "b") for _ in range(3)], False),
        # one long shared background paragraph alone
        ([_passage("x" * 900, "a", "b")], False),
    ],
    ids=["three-retold", "third-article", "stock-sentences", "one-background"],
)
def test_a_pair_counts_as_one_report_by_the_number_and_length_of_its_shared_passages(
    passages: list[SharedPassage], related: bool
) -> None:
    from kroscek.compare.relatedness import _share_text

    assert _share_text("a", "b", passages) is related
