"""Court rulings told in opposite ways (compare.findings.verdicts): one petition rejected in
one text and granted in another is a conflict, a headline reversing its lead's ruling is a
mismatch; partly granted and partly rejected agree, and two petitions are never compared."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        (
            (
                "PTUN Putuskan Gugatan Izin Tambang Pasir",
                "Majelis hakim PTUN Semarang menolak gugatan warga Desa Karangrejo atas izin "
                "tambang pasir PT Sumber Bumi, Selasa (2/3/2027).",
            ),
            (
                "Gugatan Warga Karangrejo Diputus",
                "PTUN Semarang mengabulkan gugatan warga Desa Karangrejo atas izin tambang pasir "
                "PT Sumber Bumi, Selasa (2/3/2027).",
            ),
            ("menolak gugatan", "mengabulkan gugatan"),
        ),
        (
            (
                "Court rules on the Harbour Road petition",
                "The Supreme Court rejected the petition of the Harbour Road traders against the "
                "city's eviction order on Tuesday, March 2, 2027.",
            ),
            (
                "Harbour Road traders win in court",
                "The Supreme Court partially granted the petition of the Harbour Road traders "
                "against the city's eviction order on Tuesday, March 2, 2027.",
            ),
            ("rejected the petition", "granted the petition"),
        ),
    ],
)
def test_one_petition_rejected_and_granted_is_a_conflict(first, second, words):
    report = run(first, second)
    found = of_type(report, "conflict", "verdict")
    assert len(found) == 1 and mentions(found[0], *words)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            # partly granted is partly rejected: the same ruling
            "Mahkamah Konstitusi mengabulkan sebagian permohonan uji materi UU Perkebunan Rakyat "
            "yang diajukan Serikat Petani Sawit, Kamis (4/3/2027).",
            "Mahkamah Konstitusi menolak sebagian permohonan uji materi UU Perkebunan Rakyat "
            "yang diajukan Serikat Petani Sawit, Kamis (4/3/2027).",
        ),
        (
            # two petitions ruled on the same day by one court
            "Mahkamah Konstitusi menolak permohonan uji materi UU Perkebunan Rakyat yang diajukan "
            "Serikat Petani Sawit, Kamis (4/3/2027).",
            "Mahkamah Konstitusi mengabulkan permohonan uji materi UU Jalan Desa yang diajukan "
            "Forum Kepala Desa Jambi, Kamis (4/3/2027).",
        ),
        (
            # "menolak" of a party, not of a court
            "Warga Serikat Petani Sawit menolak permohonan perpanjangan izin perkebunan itu, "
            "Kamis (4/3/2027).",
            "Bupati mengabulkan permohonan perpanjangan izin perkebunan Serikat Petani Sawit, "
            "Kamis (4/3/2027).",
        ),
    ],
)
def test_rulings_that_can_both_be_true_do_not_conflict(first, second):
    report = run(("Putusan Uji Materi", first), ("Putusan MK Hari Ini", second))
    assert not of_type(report, "conflict", "verdict")


@pytest.mark.parametrize(
    ("title", "text", "words"),
    [
        (
            "PN Medan Tolak Gugatan Pedagang Pasar Sambu",
            "Majelis hakim Pengadilan Negeri Medan mengabulkan gugatan pedagang Pasar Sambu "
            "terhadap pengelola pasar, Rabu (3/3/2027).",
            ("Tolak Gugatan", "mengabulkan gugatan"),
        ),
        (
            "Court rejects appeal by dock workers",
            "The appeals court granted the appeal by the dock workers' union against the port "
            "operator on Wednesday, March 3, 2027.",
            ("rejects appeal", "granted the appeal"),
        ),
    ],
)
def test_a_headline_reversing_its_leads_ruling_is_a_mismatch(title, text, words):
    report = run((title, text), ("Putusan Sidang", "Sidang berlangsung tertib, Rabu (3/3/2027)."))
    found = of_type(report, "headline_mismatch", "verdict")
    assert len(found) == 1 and mentions(found[0], *words)
