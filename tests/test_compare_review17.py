"""Rules added after blind review 17 (new domains: a furnace blast at a smelter, a tourist
boat sinking, a prison escape, migrant workers sent home across a border, a medal table, a
candidates' debate; controls of two escapes in two provinces and two days of one games),
pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, one_as_expected, run
from kroscek.data import Fact, Report


def _numbers(report: Report, article: int) -> list[Fact]:
    return [f for f in report.articles[article].facts if f.kind == "number"]


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Sebanyak 9 narapidana kabur dari Rutan Kelas IIB Sungai Lebar, Rabu (4/11/2026) "
            "dini hari, setelah menjebol plafon sel.",
            "Sebanyak 11 warga binaan melarikan diri dari Rutan Kelas IIB Sungai Lebar, Rabu "
            "(4/11/2026) dini hari, setelah menjebol plafon sel.",
            ("9 narapidana", "11 warga binaan"),
        ),
        (
            "Sebanyak 9 narapidana kabur dari Rutan Kelas IIB Sungai Lebar, Rabu (4/11/2026) "
            "dini hari, setelah menjebol plafon sel.",
            "Sebanyak 11 napi kabur dari Rutan Kelas IIB Sungai Lebar, Rabu (4/11/2026) dini "
            "hari, setelah menjebol plafon sel.",
            ("9 narapidana", "11 napi"),
        ),
        (
            "Kapal itu memulangkan 95 laki-laki dan 20 perempuan ke Pelabuhan Dumai, Senin "
            "(2/11/2026), setelah mereka menjalani masa tahanan.",
            "Kapal itu memulangkan 59 lelaki dan 20 wanita ke Pelabuhan Dumai, Senin "
            "(2/11/2026), setelah mereka menjalani masa tahanan.",
            ("95 laki-laki", "59 lelaki"),
        ),
        (
            "Sebanyak 230 pekerja migran Indonesia dipulangkan dari Johor ke Batam pada Senin "
            "(2/11/2026) karena tidak memiliki izin kerja.",
            "Sebanyak 203 TKI dipulangkan dari Johor ke Batam pada Senin (2/11/2026) karena "
            "tidak memiliki izin kerja.",
            ("230 pekerja migran", "203 TKI"),
        ),
    ],
)
def test_two_names_of_one_kind_of_person_count_one_quantity(first, second, words):
    report = run(("Berita Daerah", first), ("Kabar Daerah", second))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("english", "indonesian", "conflict", "agreed"),
    [
        (
            "Thailand topped the table on Friday. Malaysia now have 17 golds, 22 silvers and "
            "30 bronzes after the fifth day of competition.",
            "Thailand memimpin klasemen pada Jumat. Malaysia kini mengoleksi 17 emas, 22 perak, "
            "dan 33 perunggu setelah hari kelima.",
            ("30 bronzes", "33 perunggu"),
            ("17 golds", "17 emas"),
        ),
        (
            "The ferry was carrying six passengers, three crew members and a cook when it "
            "capsized near the reef on Friday.",
            "Kapal itu membawa lima penumpang, tiga awak kapal, dan seorang juru masak "
            "saat terbalik di dekat karang pada Jumat.",
            ("six passengers", "lima penumpang"),
            ("three crew", "tiga awak"),
        ),
    ],
)
def test_one_list_of_counts_translated_sets_its_other_item_against_its_twin(
    english, indonesian, conflict, agreed
):
    report = run(("Wire report", english), ("Laporan daerah", indonesian))
    assert any(mentions(f, *conflict) for f in of_type(report, "conflict"))
    assert not any(mentions(f, *agreed) for f in of_type(report, "conflict"))
    assert not any(
        mentions(f, agreed[0]) or mentions(f, agreed[1]) for f in of_type(report, "unique")
    )


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        (
            "Tim SAR menyebut enam orang berhasil diselamatkan, tiga orang ditemukan meninggal "
            "dunia di pantai.",
            "tiga orang",
            "killed",
        ),
        (
            "Polisi menyebut empat pendaki tertangkap kembali, dua pendaki lain tewas di jurang.",
            "dua pendaki",
            "killed",
        ),
        (
            "Rescuers said eight people were rescued, and the bodies of two others were found "
            "on the beach.",
            "two others",
            "killed",
        ),
        (
            "Dua korban luka bakar berat meninggal dunia di rumah sakit pada Selasa malam.",
            "Dua korban luka",
            "killed",
        ),
        (
            "Tiga korban luka dirawat di puskesmas terdekat sejak Selasa malam.",
            "Tiga korban luka",
            "injured",
        ),
    ],
)
def test_an_outcome_word_of_an_earlier_count_is_not_lent_to_the_next_clause(text, figure, event):
    report = run(("Kabar", text), ("Kabar Lain", "Cuaca cerah di pelabuhan pada Senin."))
    facts = [f for f in _numbers(report, 0) if f.text == figure]
    assert facts and facts[0].attrs.get("event") == event


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            "Sebanyak 15 tahanan kabur dari Rutan Bukit Tinggi, Minggu (1/11/2026). Kepala rutan "
            "mengatakan empat tahanan sudah ditangkap kembali di kebun warga. Rutan itu dihuni "
            "400 tahanan.",
            "Lima belas tahanan kabur dari Rutan Bukit Tinggi, Minggu (1/11/2026). Juru bicara "
            "kantor wilayah menyebut enam tahanan berhasil diamankan kembali oleh polisi.",
            ("empat tahanan", "enam tahanan"),
        ),
    ],
)
def test_each_texts_only_count_of_one_outcome_conflicts_beside_other_counts(first, second, words):
    report = run(("Tahanan Kabur", first), ("Tahanan Melarikan Diri", second))
    assert any(mentions(f, *words) for f in of_type(report, "conflict"))
    assert not any(mentions(f, "400 tahanan") for f in of_type(report, "conflict"))


@pytest.mark.parametrize(
    ("title", "body", "cited"),
    [
        (
            "Jawa Barat Kini Kumpulkan 41 Emas",
            "Kontingen Jawa Barat menambah enam medali emas pada hari keempat pekan olahraga "
            "provinsi, Kamis (5/11/2026). Tambahan itu membuat Jawa Barat mengoleksi 40 emas.",
            "40 emas",
        ),
        (
            "Club now has 310 members after drive",
            "The club signed up 12 members during the drive on Monday, November 2, 2026. "
            "Its membership now stands at 301 members, the chairman said.",
            "301 members",
        ),
    ],
)
def test_a_headline_figure_is_set_against_the_body_figure_it_misstates(title, body, cited):
    report = run((title, body), ("Berita lain", "Hujan turun di kota itu pada Kamis."))
    found = [f for f in of_type(report, "headline_mismatch") if f.slot.startswith("number")]
    assert len(found) == 1 and mentions(found[0], cited)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            (
                "Jawa Tengah Bertahan di Posisi Kedua",
                "Senin, 2 November 2026 07:00 WIB\n\nSEMARANG, Kabar Olahraga - Kontingen Jawa "
                "Tengah menambah dua emas pada Minggu (1/11/2026). Hingga Minggu malam, Jawa "
                "Tengah mengoleksi 9 emas, 11 perak, dan 13 perunggu dan berada di peringkat "
                "kedua.",
            ),
            (
                "Jawa Tengah Turun ke Posisi Ketiga",
                "Jumat, 6 November 2026 08:00 WIB\n\nSEMARANG, Warta Laga - Jawa Tengah turun "
                "ke peringkat ketiga setelah hanya meraih satu emas pada Kamis (5/11/2026). "
                "Jawa Tengah kini mengumpulkan 16 emas, 19 perak, dan 22 perunggu.",
            ),
        ),
        (
            (
                "Flood toll rises in river valley",
                "Sunday, November 1, 2026\n\nRIVERTON, Valley Post - Floods killed 14 people in "
                "the river valley on Saturday, October 31, 2026, and 230 homes were flooded, "
                "officials said.",
            ),
            (
                "Flood toll climbs as waters recede",
                "Thursday, November 5, 2026\n\nRIVERTON, Delta Herald - The flood toll in the "
                "river valley reached 27 people on Wednesday, November 4, 2026, and 410 homes "
                "were flooded, officials said.",
            ),
        ),
    ],
)
def test_two_days_of_a_running_story_are_no_dispute_of_figures_ranks_or_days(earlier, later):
    report = run(earlier, later)
    assert not of_type(report, "conflict")


def test_two_reports_of_one_day_still_dispute_the_day():
    first = (
        "Empat Napi Kabur",
        "Kamis, 5 November 2026 08:00 WIB\n\nPADANG, Kabar Ranah - Empat narapidana kabur dari "
        "Lapas Kelas IIB Lubuk Alung, Selasa (3/11/2026) malam, dengan memanjat tembok dapur.",
    )
    second = (
        "Empat Warga Binaan Melarikan Diri",
        "Kamis, 5 November 2026 09:00 WIB\n\nPADANG, Warta Minang - Empat narapidana kabur "
        "dari Lapas Kelas IIB Lubuk Alung, Rabu (4/11/2026) malam, dengan memanjat tembok dapur.",
    )
    report = run(first, second)
    assert any(mentions(f, "Selasa", "Rabu") for f in of_type(report, "conflict", "when"))


@pytest.mark.parametrize(
    ("first", "second", "loaded"),
    [
        (
            "Sebanyak 64 pekerja migran nonprosedural dipulangkan dari Sarawak melalui PLBN "
            "Entikong, Selasa (3/11/2026).",
            "Sebanyak 64 TKI ilegal dipulangkan dari Sarawak melalui PLBN Entikong, Selasa "
            "(3/11/2026).",
            "TKI ilegal",
        ),
        (
            "Some 64 undocumented workers were sent home from Sarawak through the Entikong "
            "border post on Tuesday, November 3, 2026.",
            "Some 64 illegal workers were sent home from Sarawak through the Entikong border "
            "post on Tuesday, November 3, 2026.",
            "illegal workers",
        ),
    ],
)
def test_an_illegal_label_for_migrant_workers_is_a_framing_difference(first, second, loaded):
    report = run(("Pekerja dipulangkan", first), ("Pekerja dipulangkan lagi", second))
    assert any(mentions(f, loaded) for f in of_type(report, "framing"))


@pytest.mark.parametrize(
    ("english", "indonesian", "expected"),
    [
        (
            "Vietnam now have 30 golds and sit second in the standings after the fourth day "
            "of the games on Friday.",
            "Vietnam kini mengoleksi 30 emas dan menempati peringkat ketiga setelah hari "
            "keempat pada Jumat.",
            ("second", "peringkat ketiga"),
        ),
        (
            "The Philippines finished fifth in the medal table, their best result since 2019.",
            "Filipina mengakhiri pesta olahraga itu di posisi kelima, hasil terbaik sejak 2019.",
            None,
        ),
    ],
)
def test_a_place_in_a_table_is_compared_across_languages(english, indonesian, expected):
    report = run(("Games wrap", english), ("Pesta olahraga", indonesian))
    assert one_as_expected(of_type(report, "conflict", "ordinal"), expected)


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Sidang Keempat Gugatan Warga Ditunda",
            "Sidang ketiga gugatan warga terhadap pabrik semen ditunda pada Rabu (4/11/2026) "
            "karena hakim ketua sakit.",
            ("Sidang Keempat", "Sidang ketiga"),
        ),
        (
            "Debat Kedua Calon Bupati Berlangsung Panas",
            "Debat publik kedua calon bupati berlangsung panas pada Rabu (4/11/2026). Debat "
            "ketiga dijadwalkan pekan depan.",
            None,
        ),
        (
            "Kedua Calon Saling Sindir di Debat",
            "Debat publik ketiga calon bupati berlangsung panas pada Rabu (4/11/2026).",
            None,
        ),
    ],
)
def test_a_headline_numbering_its_story_otherwise_than_its_body_is_a_mismatch(
    title, body, expected
):
    report = run((title, body), ("Berita lain", "Hujan turun di kota itu pada Kamis."))
    assert one_as_expected(of_type(report, "headline_mismatch", "ordinal"), expected)


@pytest.mark.parametrize(
    ("apart", "joined"),
    [("Nur Hasanah", "Nurhasanah"), ("Abdul Karim", "Abdulkarim")],
)
def test_a_name_written_apart_or_joined_is_one_spelling_variant(apart, joined):
    first = (
        "Sebanyak 40 kapal nelayan tidak melaut sejak Senin (2/11/2026) karena gelombang tinggi, "
        f"kata {apart} kepada wartawan."
    )
    second = (
        "Sebanyak 40 kapal nelayan tidak melaut sejak Senin (2/11/2026) karena gelombang tinggi, "
        f"ujar {joined} di kantornya."
    )
    report = run(("Nelayan Tidak Melaut", first), ("Gelombang Tinggi, Nelayan Libur", second))
    assert any(mentions(f, apart, joined) for f in of_type(report, "variant"))


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        (
            "Polisi menangkap enam tersangka pembalakan liar pada Senin pagi. Tiga lainnya "
            "masih buron.",
            "Tiga lainnya",
            "tersangka",
        ),
        (
            "Sebanyak 20 penumpang dievakuasi ke dermaga pada Senin. Empat lainnya dirawat di "
            "puskesmas.",
            "Empat lainnya",
            "penumpang",
        ),
    ],
)
def test_a_count_of_others_opening_its_sentence_takes_the_kind_before(text, figure, label):
    report = run(("Kabar", text), ("Kabar Lain", "Cuaca cerah di pelabuhan pada Senin."))
    facts = [f for f in _numbers(report, 0) if f.text == figure]
    assert facts and facts[0].label == label


def test_a_figure_another_text_gives_for_another_outcome_still_conflicts():
    first = (
        "Tahanan Kabur dari Rutan Sungai Raya",
        "Sebanyak 11 tahanan kabur dari Rutan Sungai Raya, Minggu (1/11/2026). Kepala rutan "
        "mengatakan empat tahanan sudah ditangkap kembali. Enam lainnya masih buron.",
    )
    second = (
        "Belasan Tahanan Kabur",
        "Sebanyak 11 tahanan kabur dari Rutan Sungai Raya, Minggu (1/11/2026). Polisi menyebut "
        "enam tahanan berhasil diamankan kembali di perkebunan.",
    )
    report = run(first, second)
    assert any(mentions(f, "empat tahanan", "enam tahanan") for f in of_type(report, "conflict"))


def test_two_lower_bounds_of_one_noun_are_not_one_claim_for_attribution():
    first = (
        "Longsor di Tambang Emas",
        "Sedikitnya 8 penambang tewas tertimbun longsor di tambang emas rakyat di Bolaang "
        "Mongondow, Senin (2/11/2026), kata Kapolres setempat.",
    )
    second = (
        "Longsor Tambang, Warga Sebut Korban Lebih Banyak",
        "Kepala desa setempat mengklaim sedikitnya 15 penambang tewas tertimbun longsor di "
        "tambang emas rakyat di Bolaang Mongondow, Senin (2/11/2026).",
    )
    report = run(first, second)
    assert not any(
        mentions(f, "8 penambang") and mentions(f, "15 penambang")
        for f in of_type(report, "attribution")
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sebanyak 17 warga luka-luka dan dirawat di tiga puskesmas sejak Selasa malam.", "tiga"),
        ("Some 17 people were injured and treated at two clinics on Tuesday night.", "two"),
    ],
)
def test_a_count_after_a_preposition_of_place_takes_no_outcome_before_it(text, figure):
    report = run(("Kabar", text), ("Kabar Lain", "Cuaca cerah di pelabuhan pada Senin."))
    facts = [f for f in _numbers(report, 0) if f.text.casefold().startswith(figure)]
    assert facts and facts[0].attrs.get("event") is None
