"""Sixth clustering review: an outlet's template (a spokesman's stock quote, a closing
paragraph) shared by two of its reports of different events must not make them one story,
while a rewrite or a second report of one event, which names what the other's headline is
about, still joins; and a hearing's second report finds the first even when its rarest
names were all carried by an earlier hearing weeks before, outside the time window."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kroscek.cluster.assign import BOILERPLATE_TEXT, other_headlines, similarity
from kroscek.cluster.features import estimate_jaccard, sign_batch
from kroscek.data import Article, content_id
from kroscek.settings import DEFAULT
from kroscek.store import Corpus
from kroscek.store.writer import CorpusWriter

DAY = datetime(2025, 9, 8, 8, 0)


def art(source: str, title: str, text: str, lang: str, hours: float = 0.0) -> Article:
    when = DAY + timedelta(hours=hours)
    return Article(content_id(source, title, text), source, title, text, None, when, lang)


def ingest_in_order(tmp_path: Path, articles: list[Article]) -> list[str]:
    """Each article's story, in the order given, each arriving in its own batch."""
    with Corpus(tmp_path / "c.db") as corpus:
        writer = CorpusWriter(corpus)
        for a in articles:
            writer.add([a], sign_batch([a]))
        rows = dict(corpus.connection.execute("SELECT id, story_id FROM articles"))
    return [rows[a.id] for a in articles]


# One invented outlet's closing template, appended to each of its local reports.
TEMPLATE_ID = (
    '\n\n"Kami mengajak warga untuk selalu memantau kanal informasi resmi pemerintah daerah '
    'dan tidak menyebarkan pesan berantai yang belum jelas kebenarannya," ujar Kepala Dinas '
    "Komunikasi dan Informatika Kabupaten Sanggau, Yohanes Edison.\n\n"
    "Menurut Yohanes, Pemerintah Kabupaten Sanggau menjamin seluruh layanan publik tetap "
    "berjalan seperti biasa dan setiap perangkat daerah siaga memantau keadaan di lapangan."
)
TEMPLATE_EN = (
    "\n\n\"We ask residents to follow the council's official channels and not to forward "
    'messages that nobody has checked," said Ashcombe District Council spokeswoman Maria '
    "Lindqvist.\n\nLindqvist said every council service was running as normal and that "
    "each department was monitoring the situation on the ground."
)

# The first report of each pair: a bridge down (ID) and a depot fire (EN), with the template.
BRIDGE = (
    "Jembatan Gantung Desa Semuntai Putus, Puluhan Pelajar Terpaksa Menyeberang Sungai",
    "Jembatan gantung yang menghubungkan Desa Semuntai dan Desa Embaong di Kecamatan Mukok, "
    "Kabupaten Sanggau, putus pada Senin pagi. Sebanyak 46 pelajar kini harus menyeberangi "
    "Sungai Sekayam dengan perahu." + TEMPLATE_ID,
)
DEPOT = (
    "Bus Depot Fire Destroys 14 Buses in Harrowgate",
    "A fire tore through the Harrowgate bus depot on Monday night, destroying 14 buses and "
    "closing three routes. Firefighters from Kelby and Stourmouth needed four hours to put out "
    "the blaze." + TEMPLATE_EN,
)

TWO_EVENTS = [
    pytest.param(
        "id",
        *BRIDGE,
        "Ratusan Anjing dan Kucing Divaksin Rabies di Tanjung Merpati",
        "Petugas kesehatan hewan memvaksin 640 ekor anjing dan kucing di Tanjung Merpati, "
        "Kecamatan Kapuas, Kabupaten Sanggau, pada Senin. Vaksinasi rabies gratis itu berlanjut "
        "ke 14 desa lain di Kapuas secara bergiliran." + TEMPLATE_ID,
        id="id-bridge-and-rabies-vaccination-of-one-outlet",
    ),
    pytest.param(
        "en",
        *DEPOT,
        "Council Approves Budget for Millbrook Library Expansion",
        "Ashcombe District Council on Monday approved 2.4 million for the expansion of the "
        "Millbrook Library, adding a children's wing and a study hall for 120 students by next "
        "autumn." + TEMPLATE_EN,
        id="en-depot-fire-and-library-budget-of-one-outlet",
    ),
]


@pytest.mark.parametrize(("lang", "title_a", "text_a", "title_b", "text_b"), TWO_EVENTS)
def test_two_events_sharing_an_outlets_template_score_zero(
    lang: str, title_a: str, text_a: str, title_b: str, text_b: str
) -> None:
    sa, sb = sign_batch([art("o", title_a, text_a, lang), art("o", title_b, text_b, lang, 5)])
    assert estimate_jaccard(sa.minhash, sb.minhash) >= BOILERPLATE_TEXT  # shared sentences
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert other_headlines(sa, sb, weights)  # that carry neither headline's subject
    assert similarity(sa, sb, weights).score == 0.0
    assert similarity(sa, sb, weights, compare_text=False).score == 0.0


ONE_EVENT = [
    pytest.param(
        "id",
        *BRIDGE,
        "Camat Mukok: Jembatan Semuntai Diperbaiki Mulai Pekan Depan",
        "Camat Mukok, Agustinus Rendi, mengatakan jembatan gantung Desa Semuntai yang putus "
        "Senin pagi akan diperbaiki mulai pekan depan dengan dana tanggap darurat Rp 450 juta. "
        "Selama perbaikan, 46 pelajar diantar perahu milik desa." + TEMPLATE_ID,
        id="id-the-outlets-follow-up-of-the-same-bridge",
    ),
    pytest.param(
        "en",
        *DEPOT,
        "Harrowgate Routes Restored After Depot Fire",
        "Three bus routes closed by Monday night's fire at the Harrowgate depot, which destroyed "
        "14 buses, reopened on Tuesday with buses borrowed from Kelby, the operator said."
        + TEMPLATE_EN,
        id="en-the-outlets-follow-up-of-the-same-fire",
    ),
]


@pytest.mark.parametrize(
    ("lang", "title_a", "text_a", "title_b", "text_b", "one_event"),
    [pytest.param(*p.values, False, id=p.id) for p in TWO_EVENTS]
    + [pytest.param(*p.values, True, id=p.id) for p in ONE_EVENT],
)
def test_an_outlets_template_leaves_the_story_to_what_the_headlines_are_about(
    tmp_path: Path, lang: str, title_a: str, text_a: str, title_b: str, text_b: str, one_event: bool
) -> None:
    first = art("outlet", title_a, text_a, lang)
    second = art("outlet", title_b, text_b, lang, hours=5)
    sa, sb = sign_batch([first, second])
    # two events: neither names what the other's headline is about; one event: both do
    assert other_headlines(sa, sb, dict.fromkeys(sa.keys | sb.keys, 1.0)) is not one_event
    stories = ingest_in_order(tmp_path, [first, second])
    assert (stories[0] == stories[1]) is one_event


# A trial's charges hearing, and two weeks later two outlets' reports of the witnesses'
# hearing, each in its own words; the second recaps the case's background, which only the
# charges reports named (so its rarest names were all carried two weeks before).
BACKGROUND = (
    "Proyek dermaga Pelabuhan Muara Sabak di Kabupaten Tanjung Jabung Timur senilai Rp 87 "
    "miliar itu dikerjakan pada 2022 dan diperiksa Badan Pemeriksa Keuangan Perwakilan "
    "Provinsi Jambi yang menemukan kekurangan volume tiang pancang."
)
HEARINGS = [
    pytest.param(
        [
            (
                "Kabar Jambi",
                "Eks Kadishub Rusdi Pangaribuan Didakwa Korupsi Dermaga Muara Sabak",
                "Jaksa Intan Permatasari mendakwa Rusdi Pangaribuan, mantan Kepala Dinas "
                "Perhubungan Jambi, menerima suap dari PT Sinar Dermaga Abadi. Sidang di "
                "Pengadilan Tipikor Jambi dipimpin hakim Wahyu Setiadi; terdakwa didampingi "
                "pengacara Markus Tambunan. " + BACKGROUND,
                0.0,
            ),
            (
                "Warta Batanghari",
                "Rusdi Pangaribuan Didakwa Rugikan Negara di Proyek Dermaga",
                "Mantan Kadishub Jambi Rusdi Pangaribuan duduk di kursi terdakwa Pengadilan "
                "Tipikor Jambi. Menurut jaksa Intan Permatasari, ia mengatur lelang untuk PT "
                "Sinar Dermaga Abadi. Pengacaranya, Markus Tambunan, akan mengajukan eksepsi. "
                + BACKGROUND,
                3.0,
            ),
            (
                "Kabar Jambi",
                "Saksi Sebut Rusdi Pangaribuan Minta Jatah Proyek",
                "Bendahara PT Sinar Dermaga Abadi, Santi Marpaung, bersaksi bahwa Rusdi "
                "Pangaribuan meminta jatah dari proyek. Hakim Wahyu Setiadi mencecar saksi, "
                "sementara pengacara terdakwa Markus Tambunan membantah keterangannya. Jaksa "
                "Intan Permatasari menghadirkan lima saksi di Pengadilan Tipikor Jambi.",
                14 * 24.0,
            ),
            (
                "Warta Batanghari",
                "Ajudan Mengaku Antar Titipan untuk Rusdi Pangaribuan",
                "Di Pengadilan Tipikor Jambi, ajudan Hendra Lubis mengaku mengantar titipan "
                "dari PT Sinar Dermaga Abadi ke mobil Rusdi Pangaribuan. Markus Tambunan, "
                "pengacara terdakwa, menilai saksi tidak melihat isinya. " + BACKGROUND,
                14 * 24.0 + 2,
            ),
        ],
        id="id-witnesses-hearing-two-weeks-after-the-charges",
    ),
]


@pytest.mark.parametrize("reports", HEARINGS)
def test_a_hearings_second_report_finds_the_first_when_its_rarest_names_are_weeks_old(
    tmp_path: Path, reports: list[tuple[str, str, str, float]]
) -> None:
    articles = [art(src, title, text, "id", hours) for src, title, text, hours in reports]
    stories = ingest_in_order(tmp_path, articles)
    assert stories[0] == stories[1]  # the charges hearing
    assert stories[2] == stories[3]  # the witnesses' hearing, two hours apart
    assert stories[2] != stories[0]  # two weeks later: another story (the window)
    assert DEFAULT.story_window_days < 14


# A stock line that names nobody: the two reports share text but not one name.
NAMELESS_TEMPLATE = (
    "\n\nWarga diminta tetap tenang, mengikuti arahan petugas di lapangan dan tidak "
    "menyebarkan kabar yang belum pasti kebenarannya. Perkembangan selanjutnya akan "
    "disampaikan melalui kanal resmi pemerintah daerah."
)


@pytest.mark.parametrize(
    ("title_a", "text_a", "title_b", "text_b"),
    [
        pytest.param(
            "Pohon Tumbang Timpa Dua Mobil di Jalan Ahmad Yani",
            "Sebuah pohon mahoni tumbang menimpa dua mobil di Jalan Ahmad Yani, Selasa sore."
            + NAMELESS_TEMPLATE,
            "Pasokan Air Bersih ke Perumahan Griya Asri Terhenti",
            "Pasokan air bersih ke Perumahan Griya Asri terhenti sejak Selasa pagi."
            + NAMELESS_TEMPLATE,
            id="id-two-events-sharing-a-nameless-stock-line",
        ),
    ],
)
def test_reports_sharing_text_but_no_name_are_decided_without_a_weight_of_the_other(
    tmp_path: Path, title_a: str, text_a: str, title_b: str, text_b: str
) -> None:
    # the writer weighs only the names of candidates that share one with the article
    first = art("outlet", title_a, text_a, "id")
    second = art("outlet", title_b, text_b, "id", hours=3)
    sa, sb = sign_batch([first, second])
    assert sa.keys.isdisjoint(sb.keys)
    assert estimate_jaccard(sa.minhash, sb.minhash) >= BOILERPLATE_TEXT
    stories = ingest_in_order(tmp_path, [first, second])
    assert stories[0] != stories[1]
