"""Review 31: headlines and framing on unseen text. A headline's count of an act set against
the body's count of that act when its digits stand in the body only as a measure ("Tangkap
12 Pengemudi" over "21 orang" held and "12 jam"); a headline that places its act in a known
town, or locates a site in a country, over a lead setting the act in another town; and the
English official word for an arrest ("detained") against the plain one ("arrested")."""

from __future__ import annotations

import pytest
from tests.compare_helpers import mentions, of_type, one_as_expected, run

# ------------------------------------------- headline: an act's count against the act's count


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        pytest.param(
            "Bentrok Suporter, Polisi Tangkap 14 Remaja",
            "Bentrokan antarsuporter pecah di luar stadion, Sabtu (7/3/2026) malam. Polisi "
            "menangkap 41 orang yang diduga terlibat pelemparan batu.\n\n"
            "Jalan di sekitar stadion ditutup selama 14 jam untuk pembersihan.",
            ("Tangkap 14 Remaja", "41 orang"),
            id="id-arrest-count-over-hours",
        ),
        pytest.param(
            "Razia Balap Liar, Polisi Bekuk 9 Pemuda",
            "Polisi membubarkan balap liar di jalan lingkar kota, Minggu (8/3/2026) dini hari. "
            "Sebanyak 19 orang ditangkap beserta sepeda motornya.\n\n"
            "Razia berlangsung sekitar 9 jam hingga pagi.",
            ("9 Pemuda", "19 orang"),
            id="id-seize-count-over-hours",
        ),
        pytest.param(
            "12 Workers Dead in Mine Blast",
            "A gas explosion at a coal mine killed 21 people on Monday, officials said.\n\n"
            "Rescue teams worked for 12 hours to reach the tunnel.",
            ("12 Workers Dead", "21 people"),
            id="en-death-count-over-hours",
        ),
        pytest.param(
            "Bentrok Suporter, Polisi Tangkap 14 Remaja",
            "Bentrokan antarsuporter pecah di luar stadion, Sabtu (7/3/2026) malam. Polisi "
            "menangkap 14 orang yang diduga terlibat pelemparan batu.\n\n"
            "Jalan di sekitar stadion ditutup selama 14 jam untuk pembersihan.",
            None,
            id="id-the-body-counts-the-same",
        ),
        pytest.param(
            "Bentrok Suporter, Polisi Tangkap 14 Remaja",
            "Bentrokan antarsuporter pecah di luar stadion, Sabtu (7/3/2026) malam. Polisi "
            "menangkap 41 orang, 14 di antaranya masih berusia belasan tahun.\n\n"
            "Jalan di sekitar stadion ditutup selama 14 jam untuk pembersihan.",
            None,
            id="id-the-digits-also-count-a-part",
        ),
    ],
)
def test_a_headline_count_of_an_act_is_read_against_the_body_count_of_that_act(
    title: str, text: str, expected: tuple[str, str] | None
) -> None:
    other = ("Bentrok Usai Laga", "Polisi berjaga di sekitar stadion hingga pagi.")
    found = [
        f
        for f in of_type(run((title, text), other), "headline_mismatch")
        if (f.slot or "").startswith("number")
    ]
    assert one_as_expected(found, expected)


# --------------------------------------- headline: the act's place against the lead's place


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            (
                "Usai Serangan Roket di Kabul, Kelompok Bersenjata Ancam Aksi Lanjutan",
                "Kelompok bersenjata mengancam membalas serangan roket yang menghantam "
                "sebuah pos militer di dekat kota Jalalabad, Senin (2/3/2026) malam.\n\n"
                "Empat orang tewas dalam serangan tersebut. Juru bicara pemerintah di "
                "Kabul menyebut serangan itu pelanggaran gencatan senjata.",
            ),
            (
                "Pos Militer Dihantam Roket",
                "Serangan roket menghantam pos militer di Jalalabad, Senin (2/3/2026) malam. "
                "Empat orang tewas.",
            ),
            ("Kabul", "Jalalabad"),
            id="id-capital-named-as-government-in-body",
        ),
        pytest.param(
            (
                "Lagos factory blaze leaves hundreds jobless",
                "A fire gutted a textile factory in the Nigerian town of Kano late on "
                "Tuesday, leaving about 400 workers without jobs, officials said.\n\n"
                "The owners, who also run a warehouse in Lagos, said production would move "
                "there for now.",
            ),
            (
                "Kano textile factory destroyed by fire",
                "Fire destroyed a textile factory in Kano on Tuesday night. About 400 people "
                "worked there.",
            ),
            None,
            id="en-site-of-the-same-country-is-no-slip",
        ),
        pytest.param(
            (
                "Singapore oil refinery fire forces evacuation",
                "A fire broke out on Wednesday at an oil refinery on the Malaysian island of "
                "Penang, forcing hundreds of residents to leave their homes. Firefighters "
                "needed six hours to put it out.\n\n"
                "Penang lies across the strait from Singapore's northern coast, about an hour "
                "by plane.",
            ),
            (
                "Penang refinery blaze",
                "Residents near a refinery in Penang were evacuated on Wednesday after a fire.",
            ),
            ("Singapore", "Penang"),
            id="en-site-in-another-country",
        ),
        pytest.param(
            (
                "Serangan Udara di Irak, Tujuh Orang Tewas",
                "Serangan udara menghantam sebuah gudang di dekat kota Mosul, Minggu "
                "(1/3/2026). Tujuh orang tewas.",
            ),
            (
                "Gudang di Mosul Dihantam Serangan Udara",
                "Sebuah gudang di Mosul hancur akibat serangan udara, Minggu (1/3/2026).",
            ),
            None,
            id="id-the-country-of-the-town-is-no-slip",
        ),
        pytest.param(
            (
                "US air strike kills four militants",
                "An air strike by US forces killed four militants near the town of Kirkuk on "
                "Friday, officials said.",
            ),
            (
                "Air strike near Kirkuk",
                "Four militants died in an air strike near Kirkuk on Friday.",
            ),
            None,
            id="en-a-country-as-the-acts-agent",
        ),
    ],
)
def test_a_headline_placing_its_act_where_the_lead_does_not_is_a_mismatch(
    first: tuple[str, str], second: tuple[str, str], expected: tuple[str, str] | None
) -> None:
    report = run(first, second)
    first_id = report.articles[0].id
    found = [
        f
        for f in of_type(report, "headline_mismatch", "entity:LOC")
        if f.evidence[0].article == first_id
    ]
    assert one_as_expected(found, expected)


# -------------------------------------------------------------- framing: English arrests


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            "detained 52 drivers",
            "arrested 52 drivers",
            ("detained", "arrested"),
            id="en-detained-vs-arrested",
        ),
        pytest.param(
            "saw 52 drivers taken into custody",
            "arrested 52 drivers",
            ("custody", "arrested"),
            id="en-custody-vs-arrested",
        ),
        pytest.param(
            "detained 52 drivers",
            "detained 52 drivers",
            None,
            id="en-both-detained",
        ),
        pytest.param(
            "detained 52 drivers",
            "removed 52 drivers",
            None,
            id="en-detained-alone-frames-nothing",
        ),
    ],
)
def test_the_official_word_for_an_arrest_frames_only_beside_a_plainer_one(
    first: str, second: str, expected: tuple[str, str] | None
) -> None:
    told = (
        "Truck drivers blocked the ring road outside the capital on Tuesday morning. Police "
        "cleared the blockade by noon and {act}, a police spokesman said."
    )
    report = run(
        ("Drivers block capital ring road", told.format(act=first)),
        ("Ring road blockade cleared", told.format(act=second)),
    )
    found = [
        f for f in of_type(report, "framing") if mentions(f, "detained") or mentions(f, "custody")
    ]
    assert one_as_expected(found, expected)


@pytest.mark.parametrize(
    ("indonesian", "expected"),
    [
        pytest.param("menangkap", None, id="id-plain-translation-of-detained"),
        pytest.param("mengamankan", None, id="id-soft-word-both-sides"),
    ],
)
def test_an_english_official_arrest_word_is_no_frame_beside_its_translation(
    indonesian: str, expected: tuple[str, str] | None
) -> None:
    english = (
        "Truck drivers blocked the ring road outside Jakarta on Tuesday morning. Police "
        "cleared the blockade by noon and detained 52 drivers, a police spokesman said."
    )
    translated = (
        "Para sopir truk memblokade jalan lingkar di luar Jakarta, Selasa (3/3/2026) pagi. "
        f"Polisi membuka blokade itu menjelang siang dan {indonesian} 52 sopir, kata juru "
        "bicara polisi."
    )
    report = run(
        ("Drivers block Jakarta ring road", english), ("Sopir Truk Blokade Jalan", translated)
    )
    found = [f for f in of_type(report, "framing") if mentions(f, "detained")]
    assert one_as_expected(found, expected)
