"""Rules added after compare review 28 (held-out sets of gold 251-262): dates of one act in two
leads, one figure copied two ways, one quantity under two nouns, parts against totals. Pinned
with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run

# --- a foreign name transliterated two ways is one person: the leads' days conflict ---


def _deportation(name: str, age: str, day: str, country: str, extra: str) -> tuple[str, str]:
    return (
        f"Warga {country} Dideportasi dari Lombok",
        f"Kantor Imigrasi Mataram mendeportasi seorang warga negara {country}, {name} ({age}), "
        f"melalui Bandara Internasional Lombok pada {day}. Ia sebelumnya merusak fasilitas "
        "sebuah penginapan di kawasan Senggigi, Lombok Barat.\n\n"
        f"{extra}\n\n"
        "Yang bersangkutan melanggar ketentuan keimigrasian karena tinggal melebihi izin "
        "yang berlaku dan kini masuk daftar penangkalan.",
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("Dmitri Volkov", "Rabu (11/3/2026)"), ("Dmitry Volkoff", "Selasa (10/3/2026)")),
        (("Aleksei Morozov", "Jumat (13/3/2026)"), ("Alexey Morozoff", "Kamis (12/3/2026)")),
    ],
)
def test_a_name_transliterated_two_ways_leaves_the_leads_one_story_whose_days_conflict(
    first, second
):
    (name_a, day_a), (name_b, day_b) = first, second
    a = _deportation(
        name_a,
        "36",
        day_a,
        "Rusia",
        "Kepala Kantor Imigrasi Mataram, Hendra Wijaya, mengatakan pelaku sempat ditahan "
        "di ruang detensi sebelum diterbangkan.",
    )
    b = _deportation(
        name_b,
        "36",
        day_b,
        "Rusia",
        "Pemilik penginapan, Lalu Ahmad Fauzi, mengaku sudah menerima ganti rugi dari "
        "pelaku. Ketua asosiasi hotel setempat, Baiq Nurul Aini, meminta pengawasan diperketat.",
    )
    report = run(a, b)
    assert [f for f in of_type(report, "conflict", "when") if mentions(f, day_a, day_b)]


@pytest.mark.parametrize(
    ("name_b",),
    [("Denis Volodin",), ("Dmitri Petrov",)],
)
def test_two_people_of_like_initials_or_one_first_name_on_two_days_stay_two_stories(name_b):
    a = _deportation(
        "Dmitri Volkov",
        "36",
        "Rabu (11/3/2026)",
        "Rusia",
        "Kepala Kantor Imigrasi Mataram, Hendra Wijaya, mengatakan pelaku sempat ditahan "
        "di ruang detensi sebelum diterbangkan.",
    )
    b = _deportation(
        name_b,
        "29",
        "Jumat (6/3/2026)",
        "Rusia",
        "Pemilik penginapan, Lalu Ahmad Fauzi, mengaku sudah menerima ganti rugi dari "
        "pelaku. Ketua asosiasi hotel setempat, Baiq Nurul Aini, meminta pengawasan diperketat.",
    )
    report = run(a, b)
    assert not of_type(report, "conflict", "when")


# --- a statement's day is no version of the act's: the leads' days still conflict ---

_ARRIVAL_A = (
    "32 Nelayan Dipulangkan dari Malaysia",
    "Pemerintah memulangkan 32 nelayan yang ditahan otoritas Malaysia karena melanggar batas "
    "perairan. Mereka tiba di Pelabuhan Dumai, Riau, {lead_a} menggunakan kapal patroli.\n\n"
    '"Semua nelayan dalam keadaan sehat dan langsung kami serahkan ke pemerintah daerah," '
    "{speech} {said_day}.\n\n"
    "Para nelayan itu berasal dari Bengkalis dan Rokan Hilir.",
)
_ARRIVAL_B = (
    "Nelayan Bengkalis Tiba di Dumai Setelah Ditahan di Malaysia",
    "Sebanyak 32 nelayan yang ditahan otoritas Malaysia tiba di Pelabuhan Dumai, Riau, "
    "{lead_b}. Keluarga menyambut mereka di dermaga.\n\n"
    "Para nelayan mengaku ditahan selama dua bulan di Johor.",
)


@pytest.mark.parametrize(
    ("lead_a", "speech", "said_day", "lead_b"),
    [
        (
            "Sabtu (14/3/2026) malam",
            "kata Kepala Dinas Perikanan Riau, Herman Saputra, dalam keterangan pers,",
            "Minggu (15/3/2026)",
            "Minggu (15/3/2026)",
        ),
        (
            "Kamis (12/3/2026)",
            "ujar Herman Saputra kepada wartawan,",
            "Jumat (13/3/2026)",
            "Jumat (13/3/2026)",
        ),
    ],
)
def test_a_statement_day_equal_to_the_other_lead_does_not_hide_the_lead_conflict(
    lead_a, speech, said_day, lead_b
):
    title_a, body_a = _ARRIVAL_A
    title_b, body_b = _ARRIVAL_B
    report = run(
        (title_a, body_a.format(lead_a=lead_a, speech=speech, said_day=said_day)),
        (title_b, body_b.format(lead_b=lead_b)),
    )
    lead_day = lead_a.split(")")[0] + ")"
    assert [f for f in of_type(report, "conflict", "when") if mentions(f, lead_day, lead_b)]


def test_a_follow_up_writing_the_first_report_day_outside_a_statement_still_agrees():
    first = (
        "Longsor Timbun Rumah Warga di Garut",
        "Longsor menimbun tiga rumah warga di Desa Sukamaju, Kabupaten Garut, Senin "
        "(16/3/2026). Dua warga dilaporkan hilang tertimbun material tanah.\n\n"
        "Tim SAR gabungan dikerahkan ke lokasi untuk mencari korban.",
    )
    follow = (
        "Tim SAR Lanjutkan Pencarian Korban Longsor Garut",
        "Tim SAR gabungan melanjutkan pencarian dua warga yang hilang tertimbun longsor di "
        "Desa Sukamaju, Kabupaten Garut, Selasa (17/3/2026). Longsor menimbun tiga rumah warga "
        'pada Senin (16/3/2026). "Kami kerahkan alat berat hari ini," kata Kepala Kantor SAR '
        "Bandung, Asep Mulyana, Selasa (17/3/2026).",
    )
    report = run(first, follow)
    assert not [f for f in of_type(report, "conflict", "when") if mentions(f, "16/3/2026")]
