"""The eleventh review's rules: a wider slip in a score or a kilometre post, opinion pieces
kept apart from the reports they cite, and names written another way in another language.

The tenth review's slips covered a score one goal off and a post within five kilometres; an
outlet's recap two goals off or a post nine kilometres off split its report from its event,
a column that named an event joined its reports, and an English wire naming "Central Java"
or "Moscow" shared nothing with the Indonesian "Jawa Tengah" or "Moskow" (docs/corpus.md,
eleventh review). The texts are invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kroscek.cluster.assign import (
    APART,
    FAR_POST_NAMES,
    FAR_SCORE_NAMES,
    SLIP_NAMES,
    markers_floor,
    similarity,
)
from kroscek.cluster.features import (
    SIGNATURE_VERSION,
    _text_terms,
    _tokens,
    is_opinion,
    sign_batch,
)
from test_cluster_assign_review6 import art, ingest_in_order


def test_the_eleventh_reviews_rules_change_the_signatures_version() -> None:
    assert SIGNATURE_VERSION >= 10


@pytest.mark.parametrize(
    ("first", "second", "floor"),
    [
        pytest.param("menang 3-0.", "menang 4-0.", SLIP_NAMES, id="a-goal-off"),
        pytest.param("menang 3-0.", "menang 5-0.", FAR_SCORE_NAMES, id="two-goals-off"),
        pytest.param("menang 2-1.", "menang 3-2.", FAR_SCORE_NAMES, id="a-goal-each-side"),
        pytest.param("menang 3-0.", "menang 6-0.", APART, id="three-goals-off"),
        pytest.param("menang 3-1.", "imbang 2-2.", APART, id="a-draw-two-goals-off"),
        pytest.param("won 4-2.", "won 4-0.", FAR_SCORE_NAMES, id="two-goals-off-in-english"),
        pytest.param("di KM 142.", "di KM 146.", SLIP_NAMES, id="a-post-four-km-off"),
        pytest.param("di KM 142.", "di KM 151.", FAR_POST_NAMES, id="a-post-nine-km-off"),
        pytest.param("at kilometre 60.", "di KM 70.", FAR_POST_NAMES, id="ten-km-off"),
        pytest.param("di KM 142.", "di KM 153.", APART, id="a-post-eleven-km-off"),
        pytest.param("di KM 142.", "di KM 98.", APART, id="another-post-far-off"),
    ],
)
def test_a_wider_slip_asks_for_names_that_agree_more(first: str, second: str, floor: float) -> None:
    sa, sb = sign_batch([art("a", "Laporan", first, "id"), art("b", "Laporan", second, "id")])
    assert markers_floor(sa, sb) == markers_floor(sb, sa) == floor


MATCH = (
    "Putra Samudra Hajar Banteng Rimba 3-0 di Stadion Karang Asri",
    "Putra Samudra menang 3-0 atas Banteng Rimba di Stadion Karang Asri, Kota Tirtamaya, Minggu "
    "malam. Gilang Ramadhan mencetak dua gol dan Markus Wonda satu gol. Bek Banteng Rimba, "
    "Yusuf Hamdani, diusir wasit. Pelatih Putra Samudra, Hendra Wijaya, memuji Gilang Ramadhan. "
    "Pelatih Banteng Rimba, Agus Tanjung, kecewa dengan kartu merah Yusuf Hamdani.",
)
MATCH_RECAP_WRONG = (
    "Putra Samudra Pesta Gol, Banteng Rimba Dibantai 5-0",
    "Putra Samudra menang 5-0 atas Banteng Rimba di Stadion Karang Asri, Kota Tirtamaya. Gilang "
    "Ramadhan mencetak dua gol dan Markus Wonda menambah satu. Yusuf Hamdani dari Banteng Rimba "
    "mendapat kartu merah. Hendra Wijaya memuji Gilang Ramadhan. Agus Tanjung kecewa.",
)
OTHER_MATCH = (
    "Putra Samudra Tekuk Elang Laut 5-0 di Stadion Karang Asri",
    "Putra Samudra menang 5-0 atas Elang Laut di Stadion Karang Asri, Kota Tirtamaya, Rabu "
    "malam. Rizal Fahmi mencetak tiga gol. Pelatih Elang Laut, Dedi Kurnia, mengakui Elang Laut "
    "kalah kelas. Pelatih Putra Samudra, Hendra Wijaya, memuji Rizal Fahmi.",
)


CRASH = (
    "Truk Tangki Terguling di KM 88 Tol Sukaraja-Lembang, Dua Tewas",
    "Truk tangki terguling dan ditabrak minibus di KM 88+200 Tol Sukaraja-Lembang, Selasa pagi. "
    "Dua orang tewas. Kasat PJR AKBP Dwi Santoso mengatakan sopir minibus, Hari Purnomo, "
    "tidak sempat mengerem. Korban luka dibawa ke RSUD Lembang. Sopir truk tangki, Anwar "
    "Sidik, diperiksa. Dwi Santoso meminta pengemudi beristirahat.",
)
CRASH_POST_OFF = (
    "Minibus Hantam Truk Tangki Terguling di Tol Sukaraja-Lembang",
    "Minibus menghantam truk tangki yang terguling di KM 97 Tol Sukaraja-Lembang, Selasa pagi. "
    "Dua orang tewas. AKBP Dwi Santoso menyebut sopir minibus Hari Purnomo tidak sempat "
    "mengerem. Korban luka dirawat di RSUD Lembang. Anwar Sidik, sopir truk tangki, diperiksa.",
)
OTHER_CRASH = (
    "Bus Tabrak Pembatas Jalan di KM 97 Tol Sukaraja-Lembang",
    "Bus Sinar Jaya menabrak pembatas jalan di KM 97 Tol Sukaraja-Lembang, Kamis malam. Satu "
    "penumpang tewas. AKBP Dwi Santoso mengatakan sopir bus, Rahmat Hidayat, mengantuk. Korban "
    "luka dibawa ke RS Permata Hati. Polisi memeriksa rekaman kamera.",
)


@pytest.mark.parametrize(
    ("first", "other", "together"),
    [
        pytest.param(MATCH, MATCH_RECAP_WRONG, True, id="an-outlets-recap-two-goals-off"),
        pytest.param(MATCH, OTHER_MATCH, False, id="the-teams-other-match-two-goals-off"),
        pytest.param(CRASH, CRASH_POST_OFF, True, id="an-outlets-post-nine-km-off"),
        pytest.param(CRASH, OTHER_CRASH, False, id="another-crash-on-the-road-nine-km-off"),
    ],
)
def test_a_wider_slip_joins_only_its_own_event(
    tmp_path: Path, first: tuple[str, str], other: tuple[str, str], together: bool
) -> None:
    a, b = art("a", *first, "id"), art("b", *other, "id", hours=20)
    stories = ingest_in_order(tmp_path, [a, b])
    assert (stories[0] == stories[1]) is together


@pytest.mark.parametrize(
    ("title", "opinion"),
    [
        pytest.param("Opini: Sungai yang Kita Tutup dengan Beton", True, id="opini-colon"),
        pytest.param("KOLOM | Harga Beras dan Janji yang Diulang", True, id="kolom-bar"),
        pytest.param("Esai: Kota yang Lupa Pejalan Kaki", True, id="esai"),
        pytest.param("Opinion: Why the flood walls failed again", True, id="opinion-english"),
        pytest.param("Column | The quiet cost of cheap rice", True, id="column-english"),
        pytest.param("Editorial: Fix the bridge before it falls", False, id="an-editorial"),
        pytest.param("Opini Publik Terbelah soal Tarif Parkir", False, id="opini-as-a-word"),
        pytest.param("Analisis: Mengapa Rupiah Melemah", False, id="an-analysis"),
        pytest.param("Kolom Abu Setinggi 2 Km Keluar dari Kawah", False, id="kolom-abu"),
    ],
)
def test_an_opinion_piece_is_told_by_its_headline_mark(title: str, opinion: bool) -> None:
    assert is_opinion(_tokens(title)) is opinion
    (sig,) = sign_batch([art("a", title, "Isi tulisan tentang kota dan warganya.", "id")])
    assert sig.opinion is opinion


REPORT = (
    "Banjir Bandang Terjang Desa Wanajaya, Tiga Rumah Hanyut",
    "Banjir bandang menerjang Desa Wanajaya, Kecamatan Cikadu, Kabupaten Sukaluyu, Rabu "
    "sore. Tiga rumah hanyut dan 40 warga mengungsi. Kepala BPBD Sukaluyu, Iwan Kurniadi, "
    "mengatakan Sungai Cibeureum meluap setelah hujan deras. Warga Wanajaya mengungsi ke "
    "balai desa. Iwan Kurniadi meminta warga di bantaran Sungai Cibeureum waspada.",
)
COLUMN = (
    "Opini: Sungai Cibeureum dan Bantaran yang Kita Biarkan Penuh",
    "Banjir bandang di Desa Wanajaya, Kabupaten Sukaluyu, pekan ini mengingatkan kita pada "
    "bantaran Sungai Cibeureum yang terus dipadati rumah. Warga Wanajaya bukan korban hujan "
    "semata. Sungai Cibeureum kehilangan daerah resapan. BPBD Sukaluyu sudah memetakan zona "
    "rawan, tetapi peta itu tidak menjadi dasar izin bangunan.",
)
EDITORIAL = (
    "Editorial: Sukaluyu Harus Menata Bantaran Cibeureum",
    "Banjir bandang di Desa Wanajaya, Kecamatan Cikadu, Kabupaten Sukaluyu, menghanyutkan tiga "
    "rumah dan membuat 40 warga mengungsi. BPBD Sukaluyu dan Iwan Kurniadi sudah mengingatkan "
    "bahaya Sungai Cibeureum. Pemkab Sukaluyu harus menata bantaran Sungai Cibeureum.",
)


@pytest.mark.parametrize(
    ("other", "together"),
    [
        pytest.param(COLUMN, False, id="a-column-naming-the-event"),
        pytest.param(EDITORIAL, True, id="an-editorial-on-the-event"),
    ],
)
def test_a_column_stays_apart_from_the_report_it_cites(
    tmp_path: Path, other: tuple[str, str], together: bool
) -> None:
    a, b = art("a", *REPORT, "id"), art("b", *other, "id", hours=18)
    sa, sb = sign_batch([a, b])
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert (similarity(sa, sb, weights).score > 0.0) is together
    stories = ingest_in_order(tmp_path, [a, b])
    assert (stories[0] == stories[1]) is together


def test_a_column_and_its_copy_are_one_story(tmp_path: Path) -> None:
    a, b = art("a", *COLUMN, "id"), art("b", *COLUMN, "id", hours=5)
    stories = ingest_in_order(tmp_path, [a, b])
    assert stories[0] == stories[1]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        pytest.param("Heavy rain hit Central Java on Monday.", "jawa tengah", id="a-province"),
        pytest.param(
            "Rescuers reached North Sumatra's hills.", "sumatera utara", id="a-province-possessive"
        ),
        pytest.param("Talks ended in Moscow late.", "moskow", id="a-city-in-english"),
        pytest.param("Delegasi tiba di Peking kemarin.", "beijing", id="an-old-city-name"),
        pytest.param("Menteri Tiongkok tiba kemarin.", "china", id="a-country"),
    ],
)
def test_a_name_written_another_way_shares_its_key(text: str, key: str) -> None:
    names, _, _ = _text_terms(_tokens(text))
    assert key in names


WIRE = (
    "Flash flood sweeps away three homes in West Java village",
    "A flash flood swept away three homes in Wanajaya village in West Java's Sukaluyu regency on "
    "Wednesday, forcing 40 people from their homes, said Iwan Kurniadi of the regency's "
    "disaster agency. The Cibeureum river burst its banks after heavy rain.",
)
LOCAL = (
    "Banjir Bandang di Wanajaya Sukaluyu, 40 Warga Mengungsi",
    "Banjir bandang menghanyutkan tiga rumah di Desa Wanajaya, Kabupaten Sukaluyu, Jawa Barat, "
    "Rabu. Sebanyak 40 warga mengungsi. Kepala BPBD Sukaluyu Iwan Kurniadi mengatakan Sungai "
    "Cibeureum meluap. Warga Desa Wanajaya mengungsi ke balai desa.",
)


def test_a_wire_and_a_local_report_share_their_translated_names() -> None:
    sa, sb = sign_batch([art("a", *WIRE, "en"), art("b", *LOCAL, "id", hours=3)])
    shared = set(_text_terms(_tokens(WIRE[1]))[0]) & set(_text_terms(_tokens(LOCAL[1]))[0])
    assert "jawa barat" in shared
    weights = dict.fromkeys(sa.keys | sb.keys, 1.0)
    assert similarity(sa, sb, weights, same_language=False).score >= 0.27
