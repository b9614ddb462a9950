"""Two clock times on two days ("hingga pukul 20.00" on the day a story opens / "hingga
Kamis pukul 07.00" in a follow-up) are two moments, not one time told two ways; two times
of one day still conflict. Pinned with sentences written for these tests."""

from __future__ import annotations

import pytest

from compare_helpers import of_type, run


def _times(lang: str, a_time: str, b_time: str) -> list[str]:
    if lang == "id":
        a = (
            "Banjir Rendam Tiga Kecamatan",
            "Kabar Kali – Banjir merendam tiga kecamatan di Kabupaten Sukamaju, Rabu "
            f"(11/3/2026). Kepala BPBD Rudi Hartono mengatakan {a_time} sekitar 30 persen "
            "pengungsi sudah kembali ke rumah masing-masing.",
        )
        b = (
            "Pengungsi Banjir Mulai Pulang",
            "Warta Sungai – Banjir merendam tiga kecamatan. Kepala BPBD Rudi Hartono "
            f"mengatakan {b_time} sekitar 80 persen pengungsi sudah kembali ke rumah "
            "masing-masing.",
        )
    else:
        a = (
            "Floods hit three districts",
            "River News – Floods swept through three districts of Sukamaju on Wednesday, "
            f"March 11, 2026. Disaster chief Rudi Hartono said that {a_time} about 30 percent "
            "of evacuees had returned to their homes.",
        )
        b = (
            "Flood evacuees head home",
            "Delta Daily – Floods swept through three districts. Disaster chief Rudi "
            f"Hartono said that {b_time} about 80 percent of evacuees had returned to their "
            "homes.",
        )
    report = run(a, b)
    return [f.message for f in of_type(report, "conflict", "when:time")]


@pytest.mark.parametrize(
    ("lang", "a_time", "b_time", "conflict"),
    [
        ("id", "hingga pukul 20.00 WIB", "hingga Kamis pukul 07.00 WIB", False),
        ("id", "hingga Rabu pukul 20.00 WIB", "hingga Kamis pukul 07.00 WIB", False),
        ("id", "hingga pukul 20.00 WIB", "hingga Rabu pukul 17.00 WIB", True),
        ("id", "hingga pukul 20.00 WIB", "hingga pukul 17.00 WIB", True),
        ("en", "by 8 p.m.", "by 7 a.m. on Thursday", False),
        ("en", "by 8 p.m.", "by Thursday at 7 a.m.", False),
        ("en", "by 8 p.m.", "by 5 p.m.", True),
    ],
)
def test_two_times_on_two_days_are_two_moments(lang, a_time, b_time, conflict):
    assert bool(_times(lang, a_time, b_time)) is conflict
