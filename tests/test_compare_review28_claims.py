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
