"""Headline checks of review 22: an outcome understated on an equal count ("Tiga Pasien Luka"
over "tiga pasien meninggal dunia"), the body count of the headline's own noun in a sentence
that also counts a crowd, a headline place the lead names only as a route's end, a launch
site no text names, and a region's code with a feature noun ("NT river") that describes a
place rather than naming another one."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run


def _headlines(title: str, body: str, other: tuple[str, str]) -> list:
    return of_type(run((title, body), other), "headline_mismatch")


# --- an outcome understated on an equal count -------------------------------------------

MINE = (
    "Longsor Tambang Emas di Lebong Tewaskan Dua Penambang",
    "Dua penambang tewas tertimbun longsor di area tambang emas rakyat di Kabupaten Lebong, "
    "Bengkulu, Rabu (4/3/2026). Jasad keduanya dievakuasi tim SAR gabungan.",
)
FERRY = (
    "Three crew die as ferry fire spreads",
    "Three crew members died after a fire broke out in the engine room of a passenger ferry "
    "off the coast on Tuesday, the coast guard said. The other passengers were rescued.",
)


@pytest.mark.parametrize(
    ("title", "body", "other", "words"),
    [
        (
            "Dua Penambang Luka dalam Longsor Tambang Emas di Lebong",
            "Dua penambang meninggal dunia setelah tertimbun longsor di tambang emas rakyat di "
            "Kabupaten Lebong, Bengkulu, Rabu (4/3/2026). Tim SAR mengevakuasi jasad mereka.",
            MINE,
            ("Dua Penambang Luka", "meninggal"),
        ),
        (
            "Empat Santri Luka Saat Asrama Roboh di Garut",
            "Empat santri tewas tertimpa atap asrama yang roboh di sebuah pondok pesantren di "
            "Garut, Jawa Barat, Senin (2/3/2026) malam. Bangunan itu sudah lapuk.",
            (
                "Asrama Pesantren di Garut Roboh, Empat Santri Tewas",
                "Atap asrama sebuah pondok pesantren di Garut roboh, Senin (2/3/2026) malam, "
                "menewaskan empat santri.",
            ),
            ("Empat Santri Luka", "tewas"),
        ),
        (
            "Three crew injured in ferry fire",
            "Three crew members were killed when a fire broke out in the engine room of a "
            "passenger ferry on Tuesday, the coast guard said.",
            FERRY,
            ("Three crew injured", "killed"),
        ),
    ],
)
def test_a_headline_giving_the_bodys_dead_a_lesser_outcome_is_a_mismatch(title, body, other, words):
    found = _headlines(title, body, other)
    assert any(mentions(f, *words) for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the body counts the headline's injured too: two outcomes, both told
        (
            "Dua Penambang Luka dalam Longsor Tambang Emas di Lebong",
            "Dua penambang meninggal dunia dan dua penambang lain luka-luka setelah tertimbun "
            "longsor di tambang emas rakyat di Kabupaten Lebong, Bengkulu, Rabu (4/3/2026).",
        ),
        # the count and the outcome agree
        (
            "Dua Penambang Tewas dalam Longsor Tambang Emas di Lebong",
            "Dua penambang meninggal dunia setelah tertimbun longsor di tambang emas rakyat di "
            "Kabupaten Lebong, Bengkulu, Rabu (4/3/2026).",
        ),
    ],
)
def test_a_headline_outcome_the_body_also_counts_is_no_understatement(title, body):
    found = _headlines(title, body, MINE)
    assert not any("Penambang" in f.message for f in found), [f.message for f in found]


# --- the body count of the headline's own noun ------------------------------------------

GARMENT = (
    "Pabrik Garmen di Subang PHK 8.100 Karyawan",
    "Pabrik garmen PT Benang Jaya di Subang memberhentikan 8.100 karyawan, Selasa (10/3/2026), "
    "karena pesanan ekspor anjlok.",
)
CARMAKER = (
    "Carmaker cuts 1,600 jobs at its plant",
    "The carmaker laid off 1,600 workers at its plant on Monday, citing falling export orders.",
)


@pytest.mark.parametrize(
    ("title", "body", "other", "figure"),
    [
        (
            "Pabrik Garmen Rumahkan 1.800 Karyawan, Buruh Menunggu di Gerbang",
            "Ribuan buruh menunggu di gerbang pabrik garmen PT Benang Jaya, Selasa (10/3/2026), "
            "setelah 8.100 karyawan diberhentikan.",
            GARMENT,
            "8.100 karyawan",
        ),
        (
            "Carmaker lays off 6,100 workers",
            "Hundreds of workers gathered outside the plant on Monday after 1,600 workers were "
            "told they had lost their jobs.",
            CARMAKER,
            "1,600 workers",
        ),
    ],
)
def test_a_headline_count_is_set_against_the_exact_count_of_its_own_noun(
    title, body, other, figure
):
    found = [f for f in _headlines(title, body, other) if f.slot and f.slot.startswith("number")]
    assert found and all(mentions(f, figure) for f in found), [f.message for f in found]


def test_a_headline_count_the_body_states_is_no_mismatch():
    body = (
        "Ribuan buruh menunggu di gerbang pabrik garmen PT Benang Jaya, Selasa (10/3/2026), "
        "setelah 8.100 karyawan diberhentikan."
    )
    found = _headlines("Pabrik Garmen Rumahkan 8.100 Karyawan", body, GARMENT)
    assert not [f for f in found if f.slot and f.slot.startswith("number")]


# --- a headline place the lead names only as a route's end ------------------------------

PORT = (
    "Lima Calo Tiket Kapal Ditangkap di Pelabuhan Ketapang",
    "Polisi menangkap lima calo tiket kapal di Pelabuhan Ketapang, Banyuwangi, Senin "
    "(16/3/2026). Para calo menjual tiket dua kali lipat dari tarif resmi.",
)


@pytest.mark.parametrize(
    "route",
    [
        "Mereka menjual tiket kapal tujuan Gilimanuk dengan harga dua kali lipat.",
        "Mereka menjual tiket lintasan Ketapang–Gilimanuk dengan harga dua kali lipat.",
        "Mereka menjual tiket kapal menuju Gilimanuk dengan harga dua kali lipat.",
    ],
)
def test_a_headline_port_the_lead_names_only_as_a_routes_end_is_a_mismatch(route):
    body = (
        "Polisi menangkap lima calo tiket kapal di Pelabuhan Ketapang, Banyuwangi, Senin "
        f"(16/3/2026). {route}"
    )
    title = "Polisi Tangkap Calo Tiket di Pelabuhan Gilimanuk Jelang Lebaran"
    found = _headlines(title, body, PORT)
    assert any(mentions(f, "Gilimanuk", "Ketapang") for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    "body",
    [
        # the lead places the arrests at both ports
        "Polisi menangkap lima calo tiket kapal di Pelabuhan Ketapang dan di Pelabuhan "
        "Gilimanuk, Senin (16/3/2026). Mereka menjual tiket dua kali lipat.",
        # the headline's port is the body's own
        "Polisi menangkap lima calo tiket kapal di Pelabuhan Gilimanuk, Jembrana, Senin "
        "(16/3/2026). Mereka menjual tiket tujuan Ketapang dua kali lipat.",
    ],
)
def test_a_headline_port_the_lead_writes_as_a_site_is_no_mismatch(body):
    found = _headlines("Polisi Tangkap Calo Tiket di Pelabuhan Gilimanuk", body, PORT)
    assert not any(mentions(f, "Gilimanuk") for f in found), [f.message for f in found]


# --- a launch site no text names ------------------------------------------------------

LAUNCH_ID = (
    "Satelit Cuaca Jepang Diluncurkan dari Tanegashima",
    "Satelit cuaca milik Jepang diluncurkan dari Tanegashima, Jepang, Kamis (5/3/2026) pagi, "
    "menggunakan roket H3.",
)
LAUNCH_EN = (
    "Japanese weather satellite launched from Tanegashima",
    "A Japanese weather satellite was launched from Tanegashima, Japan, on Thursday morning "
    "aboard an H3 rocket, the space agency said.",
)


@pytest.mark.parametrize(
    ("title", "body", "other"),
    [
        (
            "Satelit Cuaca Meluncur dari Kourou, Siap Pantau Badai",
            "Satelit cuaca milik Jepang berhasil diluncurkan dari Tanegashima, Jepang, Kamis "
            "(5/3/2026) pagi, menggunakan roket H3.",
            LAUNCH_ID,
        ),
        (
            "Satelit Cuaca Diluncurkan dari Baikonur",
            "Satelit cuaca milik Jepang diluncurkan dari Tanegashima, Jepang, Kamis (5/3/2026) "
            "pagi, menggunakan roket H3.",
            LAUNCH_EN,
        ),
        (
            "Weather satellite launched from Kourou",
            "A Japanese weather satellite was launched from Tanegashima, Japan, on Thursday "
            "morning aboard an H3 rocket.",
            LAUNCH_EN,
        ),
    ],
)
def test_a_headline_launch_site_no_text_names_over_the_leads_site_is_a_mismatch(title, body, other):
    found = _headlines(title, body, other)
    assert any(mentions(f, "Tanegashima") for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # the body names the headline's site too: a second site, no slip
        (
            "Satelit Cuaca Meluncur dari Kourou",
            "Satelit cuaca milik Jepang diluncurkan dari Tanegashima, Jepang, Kamis (5/3/2026). "
            "Peluncuran semula dijadwalkan dari Kourou.",
        ),
        # a time after "dari", not a place
        (
            "Satelit Cuaca Beroperasi dari Senin",
            "Satelit cuaca milik Jepang diluncurkan dari Tanegashima, Jepang, Kamis (5/3/2026).",
        ),
        # another act: the satellite's data comes from elsewhere
        (
            "Data Cuaca dari Himawari Dibagikan",
            "Satelit cuaca milik Jepang diluncurkan dari Tanegashima, Jepang, Kamis (5/3/2026).",
        ),
    ],
)
def test_a_headline_origin_named_in_the_body_or_of_another_act_is_no_mismatch(title, body):
    found = _headlines(title, body, LAUNCH_ID)
    assert not any(mentions(f, "Tanegashima") for f in found), [f.message for f in found]


# --- a region's code or name with a feature noun ---------------------------------------

RIVER = (
    "Crocodile attack on Ord River",
    "A crocodile attacked a man fishing on the Ord River on Sunday, police said. He was flown "
    "to hospital.",
)
RIVER_BODY = (
    "A crocodile bit a man fishing on the Ord River in Western Australia on Sunday. He was "
    "flown to hospital with leg wounds."
)


@pytest.mark.parametrize(
    "title",
    [
        "Croc bites man at WA river",
        "Croc Bites Man at WA River",
        "Croc bites man at Kimberley river",
    ],
)
def test_a_region_with_a_feature_noun_describes_the_bodys_named_feature(title):
    found = _headlines(title, RIVER_BODY, RIVER)
    assert not any(mentions(f, "Ord River") for f in found), [f.message for f in found]


def test_a_named_feature_swapped_for_another_name_is_still_a_mismatch():
    found = _headlines("Croc bites man at Mary River", RIVER_BODY, RIVER)
    assert any(mentions(f, "Mary River", "Ord River") for f in found), [f.message for f in found]


TOUTS = (
    "Five ticket touts held at Dover port",
    "Police arrested five ticket touts at Dover port on Monday. The touts resold ferry tickets "
    "at twice the official fare.",
)


@pytest.mark.parametrize(
    ("route", "found_expected"),
    [
        ("They resold tickets on the Dover-Calais route at twice the official fare.", True),
        ("They resold tickets from Dover to Calais at twice the official fare.", True),
        ("Officers at Calais port seized a second group the same day.", False),
    ],
)
def test_an_english_headline_port_the_lead_names_only_on_a_route_is_a_mismatch(
    route, found_expected
):
    body = f"Police arrested five ticket touts at Dover port on Monday. {route}"
    found = _headlines("Ticket touts arrested at Calais port", body, TOUTS)
    assert any(mentions(f, "Calais", "Dover") for f in found) is found_expected, [
        f.message for f in found
    ]
