"""Fifth clustering review: recurring reports (a daily air-quality bulletin, a market close, a
price list) repeat one template with other readings every day; two issues are two stories,
and neither is a copy of the other. A rewrite or an outlet's update of one report keeps its
figures and stays in its story."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from kroscek.cluster.assign import other_figures, recurring, similarity
from kroscek.cluster.features import Signature, sign_batch
from kroscek.data import Article, content_id
from kroscek.settings import DEFAULT
from kroscek.store import Corpus
from kroscek.store.writer import CorpusWriter

DAY = datetime(2025, 8, 4, 7, 0)


def art(source: str, title: str, text: str, lang: str, hours: float = 0.0) -> Article:
    when = DAY + timedelta(hours=hours)
    return Article(content_id(source, title, text), source, title, text, None, when, lang)


# Invented templates of recurring reports, each filled with two days' readings.
def bulletin_id(day: str, aqi: str, pm: str, rank: str, spots: str, cause: str) -> str:
    return (
        f"Jambiterkini.id, Jambi - Kualitas udara di Kota Jambi pada {day} pagi berada di "
        f"kategori tidak sehat. Berdasarkan data situs pemantau UdaraKita pukul 06.00 WIB, "
        f"indeks kualitas udara Kota Jambi tercatat {aqi} dengan konsentrasi PM2,5 sebesar "
        f"{pm} mikrogram per meter kubik.\n\n"
        f"Angka itu menempatkan Kota Jambi di urutan ke-{rank} kota dengan udara terburuk di "
        f"Sumatera pagi ini. {cause}\n\n"
        f"Stasiun Meteorologi Sultan Thaha mencatat {spots} titik panas di Provinsi Jambi.\n\n"
        "Warga diimbau mengurangi kegiatan di luar rumah, memakai masker saat bepergian dan "
        "menutup jendela saat asap menebal. Anak-anak, lansia dan penderita asma disarankan "
        "tetap di dalam ruangan.\n\n"
        "Demikian informasi kualitas udara Kota Jambi hari ini. Pantau terus Jambiterkini.id "
        "untuk kabar terbaru seputar Jambi."
    )


def close_en(day: str, level: str, pct: str, volume: str, mover: str, ringgit: str) -> str:
    return (
        f"KUALA LUMPUR, {day} (Harbour Wire) - Malaysian palm oil futures on Bursa Malaysia "
        f"Derivatives ended at {level} ringgit a tonne on {day}, a change of {pct}%, with "
        f"trading volume of {volume} lots.\n\n"
        f"Traders said {mover}. The ringgit closed at {ringgit} against the dollar.\n\n"
        "Palm oil prices track soybean oil on the Dalian and Chicago exchanges and crude oil, "
        "as palm is used to make biodiesel.\n\n"
        "This market report is compiled by the Harbour Wire commodities desk and is not "
        "investment advice."
    )


def prices_id(day: str, rice: str, chili: str, shallot: str, egg: str, note: str) -> str:
    return (
        f"MATARAM, LOMBOKPOS.ID - Dinas Perdagangan Kota Mataram merilis harga rata-rata "
        f"bahan pokok di Pasar Kebon Roek dan Pasar Mandalika, {day}. {note}\n\n"
        f"Beras medium Rp {rice} per kilogram, cabai rawit Rp {chili} per kilogram, bawang "
        f"merah Rp {shallot} per kilogram dan telur ayam ras Rp {egg} per kilogram.\n\n"
        "Kepala Bidang Perdagangan Dinas Perdagangan Kota Mataram, Baiq Sriwahyuni, "
        "mengatakan harga dipantau dua kali sepekan untuk memastikan stok aman menjelang "
        "akhir tahun. Harga dapat berbeda di tiap pedagang."
    )


ISSUES = [
    pytest.param(
        "id",
        bulletin_id(
            "Senin (4/8/2025)",
            "163",
            "77,4",
            "2",
            "38",
            "Asap kiriman kebakaran lahan di Muaro Jambi terbawa angin sejak Minggu malam.",
        ),
        bulletin_id(
            "Selasa (5/8/2025)",
            "208",
            "131,6",
            "1",
            "64",
            "Jarak pandang di bandara sempat turun menjadi 900 meter pagi ini.",
        ),
        id="id-daily-air-quality-bulletin",
    ),
    pytest.param(
        "en",
        close_en(
            "Monday",
            "4,126",
            "+1.32",
            "58,240",
            "buying tracked stronger soyoil and a weaker ringgit",
            "4.412",
        ),
        close_en(
            "Tuesday",
            "4,071",
            "-1.33",
            "61,905",
            "profit-taking set in after the previous session's rally",
            "4.398",
        ),
        id="en-daily-commodity-close",
    ),
    pytest.param(
        "id",
        prices_id(
            "Senin (4/8/2025)",
            "12.900",
            "58.000",
            "36.000",
            "29.500",
            "Harga cabai rawit naik dibandingkan Kamis pekan lalu.",
        ),
        prices_id(
            "Kamis (7/8/2025)",
            "13.100",
            "61.500",
            "33.000",
            "30.000",
            "Harga bawang merah turun setelah pasokan dari Bima masuk.",
        ),
        id="id-twice-weekly-price-list",
    ),
]


def ingest_in_order(
    tmp_path: Path, articles: list[Article], *, one_batch: bool = True
) -> tuple[list[str], list[str | None]]:
    """Each article's story and ``duplicate_of``, in the order given (in one batch, or each
    in its own: an earlier batch's articles are read back from the database)."""
    with Corpus(tmp_path / "c.db") as corpus:
        writer = CorpusWriter(corpus)
        for batch in [articles] if one_batch else [[a] for a in articles]:
            writer.add(batch, sign_batch(batch))
        rows = dict(
            (aid, (story, dup))
            for aid, story, dup in corpus.connection.execute(
                "SELECT id, story_id, duplicate_of FROM articles"
            )
        )
    return [rows[a.id][0] for a in articles], [rows[a.id][1] for a in articles]


@pytest.mark.parametrize(("lang", "first", "second"), ISSUES)
def test_two_issues_of_a_recurring_report_are_two_stories_and_no_copy(
    tmp_path: Path, lang: str, first: str, second: str
) -> None:
    monday = art("outlet", "Today's report", first, lang)
    next_issue = art("outlet", "Today's report", second, lang, hours=24)
    stories, copies = ingest_in_order(tmp_path, [monday, next_issue])
    assert stories[0] != stories[1]
    assert copies == [None, None]


@pytest.mark.parametrize(("lang", "first", "second"), ISSUES)
def test_two_issues_of_a_recurring_report_score_zero(lang: str, first: str, second: str) -> None:
    sa, sb = sign_batch([art("o", "Report", first, lang), art("o", "Report", second, lang, 24)])
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    sim = similarity(sa, sb, weights)
    assert sim.jaccard >= 0.25  # one template...
    assert other_figures(sa, sb)  # ...with other readings
    assert sim.score == 0.0
    # pairwise, before the rule, the template and its names made them one story
    assert sim.names**DEFAULT.story_entity_weight > DEFAULT.story_similarity


UPDATES = [
    pytest.param(
        "id",
        "Sebuah tabung elpiji meledak di dapur Rumah Makan Sate Pak Darmo di Jalan Veteran, "
        "Kota Kediri, Rabu pagi sekitar pukul 08.15 WIB. Dua orang tewas dan 11 lainnya "
        "luka-luka.",
        "Sebuah tabung elpiji meledak di dapur Rumah Makan Sate Pak Darmo di Jalan Veteran, "
        "Kota Kediri, Rabu pagi sekitar pukul 08.15 WIB. Empat orang tewas dan 11 lainnya "
        "luka-luka.",
        "Dua korban luka bakar berat meninggal di RSUD Gambiran pada Rabu sore.",
        [
            "Kapolsek Mojoroto, AKP Hendri Saputra, mengatakan sekitar 25 pengunjung berada di "
            'rumah makan saat ledakan terjadi. "Dugaan awal kebocoran pada selang regulator," '
            "katanya.",
            "Korban luka dibawa ke RSUD Gambiran dan RS Bhayangkara Kediri. Tim Inafis Polres "
            "Kediri Kota mengambil sisa tabung dan regulator untuk diperiksa di laboratorium "
            "forensik.",
            "Pemilik rumah makan, Darmo Sutejo, mengatakan tabung berukuran 12 kilogram itu "
            "baru dipasang pukul 07.30 WIB.",
        ],
        id="id-outlet-update-new-toll-added-paragraph",
    ),
    pytest.param(
        "en",
        "A gas cylinder exploded in the kitchen of the Sate Pak Darmo restaurant on Jalan "
        "Veteran in Kediri on Wednesday at about 8:15 a.m., killing two people and injuring "
        "11, police said.",
        "A gas cylinder exploded in the kitchen of the Sate Pak Darmo restaurant on Jalan "
        "Veteran in Kediri on Wednesday at about 8:15 a.m., killing four people and injuring "
        "11, police said.",
        "Two customers with severe burns died at Gambiran hospital on Wednesday afternoon.",
        [
            "Mojoroto police chief Hendri Saputra said about 25 customers were inside when the "
            'blast happened. "Our first suspicion is a leak in the regulator hose," he said.',
            "The injured were taken to Gambiran hospital and the Bhayangkara police hospital. "
            "Forensic officers took the remains of the cylinder and regulator for tests.",
            "The owner, Darmo Sutejo, said the 12-kilogram cylinder had been fitted at 7:30 a.m. "
            "and that the restaurant uses six cylinders a day.",
        ],
        id="en-outlet-update-new-toll-added-paragraph",
    ),
]


@pytest.mark.parametrize("one_batch", [True, False], ids=["one-batch", "later-batch"])
@pytest.mark.parametrize(("lang", "lead", "new_lead", "added", "rest"), UPDATES)
def test_an_outlets_update_with_a_new_toll_joins_its_first_version_and_is_no_copy(
    tmp_path: Path,
    lang: str,
    lead: str,
    new_lead: str,
    added: str,
    rest: list[str],
    one_batch: bool,
) -> None:
    first = art("outlet", "Gas blast kills two", "\n\n".join([lead, *rest]), lang)
    update_text = "\n\n".join([new_lead, rest[0], added, *rest[1:]])
    update = art("outlet", "Gas blast toll rises to four", update_text, lang, hours=5)
    stories, copies = ingest_in_order(tmp_path, [first, update], one_batch=one_batch)
    assert stories[0] == stories[1]
    assert copies == [None, None]


@pytest.mark.parametrize(("lang", "first", "second"), ISSUES)
def test_a_story_holding_the_previous_issue_is_not_joined_through_another_outlets_report(
    tmp_path: Path, lang: str, first: str, second: str
) -> None:
    # another outlet retells Monday's reading in its own words, with its names: the next
    # issue shares those names, but the story holds Monday's issue of its own template
    monday = art("outlet", "Today's report", first, lang)
    retold = art("other", "Another outlet's account", _retold(first), lang, hours=2)
    tuesday = art("outlet", "Today's report", second, lang, hours=24)
    stories, _ = ingest_in_order(tmp_path, [monday, retold, tuesday])
    assert stories[0] == stories[1]
    assert stories[2] != stories[0]


def _retold(text: str) -> str:
    """Another outlet's account of one issue: its sentences in reverse order (other shingles,
    the same names and figures)."""
    sentences = [s.strip() for s in text.replace("\n\n", " ").split(". ") if s.strip()]
    return ". ".join(reversed(sentences))


def _sig(numbers: list[int]) -> Signature:
    empty = np.array([], dtype=np.int64)
    return Signature(
        np.zeros(64, dtype=np.uint32), (), empty, np.array(sorted(numbers), np.int64), empty
    )


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        pytest.param([11, 22, 33], [44, 55, 66], True, id="three-readings-each-none-shared"),
        pytest.param([11, 22, 33, 44, 55], [11, 66, 77, 88, 99], True, id="one-of-five-shared"),
        pytest.param([11, 22, 33, 44], [11, 22, 55, 66], False, id="half-shared-one-report"),
        pytest.param([11, 22], [33, 44], False, id="too-few-figures-to-tell"),
        pytest.param([11, 22, 33], [11, 22, 33, 44, 55, 66], False, id="a-trimmed-copy"),
    ],
)
def test_figures_differ_when_fewer_than_two_fifths_are_shared(
    a: list[int], b: list[int], other: bool
) -> None:
    assert other_figures(_sig(a), _sig(b)) is other
    # shared text far below a template's never makes two issues
    assert not recurring(_sig(a), _sig(b), 0.1)


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        pytest.param(
            "id",
            "Longsor menimbun 14 rumah di Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, "
            "Senin malam. BPBD Cianjur mencatat 3 warga tewas dan 12 orang mengungsi ke balai "
            "desa. Kepala BPBD Cianjur, Asep Sudrajat, mengatakan hujan turun sejak sore.",
            "Warga Sukamaju di Cibeber, Cianjur, masih mencari dua tetangga mereka yang hilang "
            "setelah longsor Senin malam. Menurut Kepala Desa Sukamaju, Dedi Mulyana, 27 "
            "relawan dan 40 personel TNI ikut menyisir lereng sejak pukul 05.00 WIB.",
            id="id-two-angles-of-one-landslide",
        ),
        pytest.param(
            "en",
            "A landslide buried 14 houses in Sukamaju village in Cianjur regency late on "
            "Monday, killing 3 people, and 12 residents took shelter in the village hall, "
            "Cianjur disaster agency chief Asep Sudrajat said.",
            "Villagers in Sukamaju, Cianjur, were still searching on Tuesday for two "
            "neighbours missing after Monday's landslide, with 27 volunteers and 40 soldiers "
            "combing the slope from 5 a.m., village head Dedi Mulyana said.",
            id="en-two-angles-of-one-landslide",
        ),
    ],
)
def test_reports_of_one_event_in_their_own_words_join_whatever_their_figures(
    lang: str, one: str, two: str
) -> None:
    sa, sb = sign_batch([art("a", "Longsor Cianjur", one, lang), art("b", "Cianjur", two, lang, 3)])
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    sim = similarity(sa, sb, weights)
    assert sim.jaccard < 0.25  # their own words: no template
    assert sim.score >= DEFAULT.story_similarity


@pytest.mark.parametrize(("lang", "lead", "new_lead", "added", "rest"), UPDATES)
def test_an_outlets_update_arriving_before_its_first_version_marks_neither(
    tmp_path: Path, lang: str, lead: str, new_lead: str, added: str, rest: list[str]
) -> None:
    update_text = "\n\n".join([new_lead, rest[0], added, *rest[1:]])
    update = art("outlet", "Gas blast toll rises to four", update_text, lang)
    first = art("outlet", "Gas blast kills two", "\n\n".join([lead, *rest]), lang, hours=1)
    stories, copies = ingest_in_order(tmp_path, [update, first])
    assert stories[0] == stories[1]
    assert copies == [None, None]


@pytest.mark.parametrize(("lang", "lead", "new_lead", "added", "rest"), UPDATES)
def test_the_same_text_again_under_a_new_headline_is_a_copy_of_the_first(
    tmp_path: Path, lang: str, lead: str, new_lead: str, added: str, rest: list[str]
) -> None:
    text = "\n\n".join([lead, *rest])
    first = art("outlet", "Gas blast kills two", text, lang)
    again = art("outlet", "Restaurant blast: what we know", text, lang, hours=3)
    syndicated = art("another-outlet", "Gas blast kills two", text, lang, hours=4)
    stories, copies = ingest_in_order(tmp_path, [first, again, syndicated], one_batch=False)
    assert len(set(stories)) == 1
    assert copies == [None, first.id, first.id]


def weekly_prices_en(week: str, rice: str, sugar: str, oil: str, flour: str) -> str:
    """An invented weekly price list whose wording never changes: only its readings do."""
    return (
        f"MEDAN (Sumatra Ledger) - The Medan trade office published its weekly survey of staple "
        f"food prices at the Petisah, Sukaramai and Sambu markets for the week of {week}. The "
        "survey is carried out every Monday morning by officers of the trade office, who record "
        "the prices asked by at least five traders of each market for each item on the list, "
        "and the average of those prices is published the same day on the office's website "
        "and on the notice boards of the three markets.\n\n"
        f"Medium rice was sold at an average of {rice} rupiah a kilogram, granulated sugar at "
        f"{sugar} rupiah a kilogram, bulk cooking oil at {oil} rupiah a litre and wheat flour "
        f"at {flour} rupiah a kilogram.\n\n"
        "The head of the trade office said stocks of all staple foods in the city were "
        "sufficient for the coming weeks and asked residents not to buy more than they needed. "
        "Traders who raise prices without reason may be reported to the office's complaint "
        "desk, which is open every working day at the office on Jalan Kapten Maulana Lubis. "
        "Prices may differ between traders and between markets, and the averages published "
        "here are meant as a guide for households and small businesses in the city. The office "
        "also checks the scales used by traders in the three markets once a month and asks "
        "buyers to report any scale that appears to give short weight to its officers."
    )


def test_a_rigid_weekly_template_a_week_later_is_not_marked_a_copy(tmp_path: Path) -> None:
    # copies are looked for whatever the dates (re-posts come late): the next week's issue
    # of a template that never changes its wording shares most of its shingles
    week1 = art(
        "ledger",
        "Weekly staple prices",
        weekly_prices_en("3 August", "12,850", "17,400", "16,900", "11,200"),
        "en",
    )
    week2 = art(
        "ledger",
        "Weekly staple prices",
        weekly_prices_en("10 August", "13,050", "17,650", "17,300", "11,450"),
        "en",
        hours=24 * 7,
    )
    sa, sb = sign_batch([week1, week2])
    assert similarity(sa, sb, dict.fromkeys(sa.keys | sb.keys, 1.0)).jaccard >= 0.8
    stories, copies = ingest_in_order(tmp_path, [week1, week2])
    assert copies == [None, None]
    assert stories[0] != stories[1]


RECYCLED = [
    pytest.param(
        "id",
        "Kapal motor KM Nusa Bahari 3 yang membawa 23 penumpang dan 6 awak hilang kontak di "
        "perairan Selat Alas, Nusa Tenggara Barat, Senin pukul 14.20 WITA, dalam pelayaran "
        "dari Kayangan menuju Poto Tano.",
        "Tim SAR gabungan menemukan 11 penumpang KM Nusa Bahari 3 selamat di Pulau Paserang, "
        "Rabu pukul 09.45 WITA, sementara 18 orang lainnya masih dicari di sekitar Selat Alas.",
        "Kepala Kantor SAR Mataram, Lalu Wirahadi, mengatakan pencarian melibatkan dua kapal "
        "SAR, sebuah helikopter dan kapal nelayan setempat. Cuaca di Selat Alas dilaporkan "
        "berangin dengan gelombang hingga dua meter sejak akhir pekan, dan para nelayan diminta "
        "tidak melaut sampai cuaca membaik. Keluarga penumpang menunggu kabar di posko "
        "Pelabuhan Kayangan, Lombok Timur.",
        id="id-day-3-recycles-day-1-lead",
    ),
    pytest.param(
        "en",
        "The KM Nusa Bahari 3, carrying 23 passengers and 6 crew, lost contact in the Alas "
        "Strait in West Nusa Tenggara at 2:20 p.m. on Monday on its way from Kayangan to Poto "
        "Tano, rescuers said.",
        "Rescuers found 11 passengers of the KM Nusa Bahari 3 alive on Paserang island at 9:45 "
        "a.m. on Wednesday, while 18 people were still missing around the Alas Strait.",
        "Mataram search and rescue chief Lalu Wirahadi said two rescue boats, a helicopter and "
        "local fishing boats were taking part. Winds have been strong in the strait since the "
        "weekend, with waves of up to two meters, and fishermen were told to stay ashore until "
        "the weather improves. Relatives of the passengers have been waiting at Kayangan port "
        "in East Lombok.",
        id="en-day-3-recycles-day-1-lead",
    ),
]


@pytest.mark.parametrize(("lang", "day1_lead", "day3_lead", "background"), RECYCLED)
def test_a_running_story_whose_later_report_recycles_the_first_stays_one_story(
    tmp_path: Path, lang: str, day1_lead: str, day3_lead: str, background: str
) -> None:
    # an outlet's day-3 report opens with its new figures and recycles day 1's lead and its
    # background: shared text, but the first report's figures are all still there
    day1 = art("outlet", "Boat lost in the strait", f"{day1_lead}\n\n{background}", lang)
    day3_text = f"{day3_lead}\n\n{day1_lead}\n\n{background}"
    day3 = art("outlet", "Eleven found alive", day3_text, lang, hours=48)
    stories, copies = ingest_in_order(tmp_path, [day1, day3])
    assert stories[0] == stories[1]
    assert copies == [None, None]


_WIRE = (
    "Tanggul Bendungan Sukatani di Kabupaten Lembah Hijau jebol pada Rabu dini hari setelah "
    "hujan deras mengguyur sejak Selasa sore. Air bah merendam {houses} rumah di tiga desa di "
    "bawah bendungan dan memaksa {fled} warga mengungsi ke masjid dan balai desa. Kepala BPBD "
    "Lembah Hijau, Andi Saputra, mengatakan tim SAR gabungan masih mencari {missing} warga "
    'yang dilaporkan hilang terseret arus. "Kami fokus pada pencarian dan evakuasi warga '
    'lanjut usia," kata Andi di posko darurat. Bendungan yang dibangun pada {year} itu '
    "menampung air untuk mengairi {fields} hektare sawah di {villages} desa. Banjir juga "
    "merusak {bridges} jembatan dan menghanyutkan {cattle} ekor ternak."
)


def test_an_outlet_rewriting_the_wire_with_other_figures_the_same_day_stays_in_the_story(
    tmp_path: Path,
) -> None:
    """Not another issue of a recurring report: the same template with other figures, but
    hours apart (the compare gold set's dam break: what cross-checking is for)."""
    wire = art(
        "Kabar Lembah",
        "Bendungan Sukatani Jebol",
        _WIRE.format(
            houses=240,
            fled=610,
            missing=4,
            year=1978,
            villages=12,
            fields=850,
            bridges=3,
            cattle=75,
        ),
        "id",
    )
    rewrite = art(
        "Warta Desa",
        "Bendungan Jebol, Ratusan Rumah Terendam",
        _WIRE.format(
            houses=310,
            fled=900,
            missing=6,
            year=1982,
            villages=9,
            fields=1200,
            bridges=5,
            cattle=40,
        ),
        "id",
        hours=3,
    )
    stories, copies = ingest_in_order(tmp_path, [wire, rewrite])
    assert stories[0] == stories[1]
    assert copies[1] is None or copies[1] == wire.id
