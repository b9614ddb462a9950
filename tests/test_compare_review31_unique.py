"""Rules added after compare review 31 (false uniques on unseen text): a quote whose
statement another outlet, in the other language, gives as a claim, already set side by side
by an attribution finding, is not one outlet's alone. Pinned with sentences written for
these tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.data import Finding, Report

# --- a quote the other outlet reports as a claim ("mengklaim", "claimed") ---

_LEAD_EN = (
    "MAKASSAR, May 12 (Harbour Wire) - Two ships carrying imported rice docked in Makassar "
    "on Tuesday, the port operator said.\n\n"
)
_LEAD_ID = (
    "Kabar Sulawesi – Dua kapal pengangkut beras impor bersandar di Makassar pada Selasa "
    "(12/5/2026).\n\n"
)
_EN_QUOTED = (
    "Rice stocks reach Makassar warehouses, ministry says",
    _LEAD_EN + "Trade ministry spokesperson Dimas Prakoso said in Jakarta on Wednesday that "
    '"prices in every traditional market will return to normal and no worker will lose a '
    'job."\n\nTraders have complained about shortages for weeks.',
)
_ID_CLAIMED = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Kementerian Perdagangan mengklaim harga di setiap pasar tradisional akan "
    "kembali normal dan tidak ada pekerja yang kehilangan pekerjaan.\n\n"
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_ID_SILENT = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Beras itu akan disalurkan ke gudang Bulog di tiga kabupaten.\n\n"
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_ID_QUOTED = (
    "Beras Impor Tiba di Makassar",
    _LEAD_ID + "Juru bicara Kementerian Perdagangan, Dimas Prakoso, mengatakan di Jakarta, "
    'Rabu (13/5/2026), "harga di setiap pasar tradisional akan kembali normal dan tidak ada '
    'pekerja yang kehilangan pekerjaan."\n\n'
    "Pedagang mengeluhkan kelangkaan selama berminggu-minggu.",
)
_EN_CLAIMED = (
    "Rice stocks reach Makassar warehouses",
    _LEAD_EN + "The trade ministry claimed that prices in every traditional market would "
    "return to normal and that no worker would lose a job.\n\n"
    "Traders have complained about shortages for weeks.",
)
_EN_SILENT = (
    "Rice stocks reach Makassar warehouses",
    _LEAD_EN + "The rice will be trucked to state warehouses in three regencies.\n\n"
    "Traders have complained about shortages for weeks.",
)


@pytest.mark.parametrize(
    ("quoted", "other", "cue", "words"),
    [
        (_EN_QUOTED, _ID_CLAIMED, "mengklaim", "traditional market"),
        (_ID_QUOTED, _EN_CLAIMED, "claimed", "pasar tradisional"),
    ],
)
def test_quote_the_other_language_reports_as_a_claim_is_not_unique(quoted, other, cue, words):
    report = run(quoted, other)
    # the attribution finding already sets the quote beside the other outlet's claim
    assert any(mentions(f, cue, words) for f in of_type(report, "attribution"))
    assert not [f for f in of_type(report, "unique", "quote") if mentions(f, words)]


@pytest.mark.parametrize(
    ("quoted", "other", "words"),
    [
        (_EN_QUOTED, _ID_SILENT, "traditional market"),
        (_ID_QUOTED, _EN_SILENT, "pasar tradisional"),
    ],
)
def test_quote_no_other_outlet_reports_stays_unique(quoted, other, words):
    report = run(quoted, other)
    assert [f for f in of_type(report, "unique", "quote") if mentions(f, words)]


# --- a figure stated by one outlet and written in a quote another outlet carries too ---


def _figures_unique(report: Report) -> list[Finding]:
    """The uniques of figures (the shared quote's own unique is another finding)."""
    return [f for f in of_type(report, "unique") if (f.slot or "").startswith("number")]


def _sting(lang: str, stated: str, quoted: str) -> tuple[tuple[str, str], ...]:
    """Three reports of one sting: the first states ``stated`` and quotes the spokesman's
    ``quoted``, the second carries the same quote, the third neither."""
    if lang == "id":
        quote = (
            f'"Dari pemeriksaan semalam, kejaksaan menetapkan {quoted} setelah gelar '
            'perkara," kata juru bicara Kejaksaan Tinggi, Bambang Wicaksono.'
        )
        return (
            (
                "Kejati Tahan Kepala Dinas Perizinan",
                "Kabar Lintas – Kejaksaan Tinggi menahan kepala dinas perizinan kota, Rabu "
                f"(4/3/2026).\n\n{quote}\n\n{stated} itu langsung ditahan di rumah tahanan "
                "kejaksaan selama dua puluh hari.",
            ),
            (
                "Kepala Dinas Perizinan Ditahan Kejati",
                "Warta Kota – Kejaksaan Tinggi menahan kepala dinas perizinan kota pada Rabu "
                f"(4/3/2026).\n\n{quote}\n\nPemeriksaan saksi lain masih berlanjut.",
            ),
            (
                "Kuasa Hukum Kepala Dinas Bantah Suap",
                "Suara Publik – Kuasa hukum kepala dinas perizinan kota membantah kliennya "
                "menerima suap.\n\nIa akan mengajukan praperadilan pekan depan.",
            ),
        )
    quote = (
        f"\"After last night's questioning, prosecutors named {quoted} following the case "
        'review," prosecution spokesperson Bambang Wicaksono said.'
    )
    return (
        (
            "Prosecutors detain city licensing chief",
            "CITY, March 4 (Lintas Wire) - Prosecutors detained the city's licensing chief on "
            f"Wednesday.\n\n{quote}\n\n{stated} were taken straight to the prosecutors' "
            "detention centre.",
        ),
        (
            "City licensing chief held",
            "CITY (Metro Post) - Prosecutors detained the city's licensing chief on "
            f"Wednesday.\n\n{quote}\n\nOther witnesses are still being questioned.",
        ),
        (
            "Licensing chief's lawyer denies bribe",
            "CITY (Public Voice) - A lawyer for the city's licensing chief denied that his "
            "client took a bribe.\n\nHe will challenge the detention next week.",
        ),
    )


@pytest.mark.parametrize(
    ("lang", "stated", "quoted"),
    [
        ("id", "Empat tersangka", "empat orang sebagai tersangka"),
        ("id", "Empat orang", "empat orang"),
        ("en", "Four suspects", "four people as suspects"),
    ],
)
def test_figure_the_outlet_also_quotes_from_a_shared_quote_is_not_its_alone(lang, stated, quoted):
    report = run(*_sting(lang, stated, quoted))
    assert not [f for f in _figures_unique(report) if mentions(f, stated)]


@pytest.mark.parametrize(
    ("lang", "stated", "quoted"),
    [
        ("id", "Lima tersangka", "empat orang sebagai tersangka"),
        ("en", "Five suspects", "four people as suspects"),
    ],
)
def test_figure_other_than_the_shared_quotes_stays_unique(lang, stated, quoted):
    report = run(*_sting(lang, stated, quoted))
    assert [f for f in _figures_unique(report) if mentions(f, stated)]


# --- a wire quoting its source twice, a translation carrying one of the two ---

_TWO_QUOTES_EN = (
    "World Bank trims Indonesia outlook",
    "JAKARTA, June 2 (Atlas Wire) - The World Bank lowered its forecast for Indonesia's "
    "economy on Tuesday.\n\n"
    '"Household spending remains resilient, but investment has slowed considerably," World '
    'Bank country director Laura Kessler told reporters. "Reforms to the permit system '
    'cannot wait another year."\n\n'
    "The bank will publish its full report next month.",
)
_ONE_QUOTE_ID = (
    "Bank Dunia Pangkas Proyeksi Ekonomi RI",
    "Warta Ekonomi – Bank Dunia memangkas proyeksi pertumbuhan ekonomi Indonesia pada "
    "Selasa (2/6/2026).\n\n"
    '"Belanja rumah tangga tetap resilien, tetapi investasi melambat cukup jauh," ujar '
    "direktur Bank Dunia untuk Indonesia, Laura Kessler, kepada wartawan.\n\n"
    "Laporan lengkap bank itu terbit bulan depan.",
)
_TWO_QUOTES_ID = (
    "Bank Dunia Pangkas Proyeksi Ekonomi RI",
    "Warta Ekonomi – Bank Dunia memangkas proyeksi pertumbuhan ekonomi Indonesia pada "
    "Selasa (2/6/2026).\n\n"
    '"Belanja rumah tangga tetap resilien, tetapi investasi melambat cukup jauh," ujar '
    'direktur Bank Dunia untuk Indonesia, Laura Kessler. "Pembenahan sistem perizinan '
    'tidak bisa menunggu setahun lagi."\n\n'
    "Laporan lengkap bank itu terbit bulan depan.",
)
_ONE_QUOTE_EN = (
    "World Bank trims Indonesia outlook",
    "JAKARTA, June 2 (Atlas Wire) - The World Bank lowered its forecast for Indonesia's "
    "economy on Tuesday.\n\n"
    '"Household spending remains resilient, but investment has slowed considerably," World '
    "Bank country director Laura Kessler told reporters.\n\n"
    "The bank will publish its full report next month.",
)


@pytest.mark.parametrize(
    ("twice", "once", "translated", "left_out"),
    [
        (_TWO_QUOTES_EN, _ONE_QUOTE_ID, "Household spending", "Reforms to the permit"),
        (_TWO_QUOTES_ID, _ONE_QUOTE_EN, "Belanja rumah tangga", "Pembenahan sistem"),
    ],
)
def test_quote_the_other_language_translates_alone_of_two_is_not_unique(
    twice, once, translated, left_out
):
    quotes = of_type(run(twice, once), "unique", "quote")
    assert not [f for f in quotes if mentions(f, translated)]
    # the speaker's other quote, left out of the translation, is still the wire's alone
    assert [f for f in quotes if mentions(f, left_out)]


# --- a vague crowd in one lead, the crowd's figure in the other text ---


def _crowd(lang: str, vague_first: bool) -> tuple[tuple[str, str], tuple[str, str]]:
    """A protest told by a figure in one text and a vague word in the other, that word in
    its text's first sentence (``vague_first``) or in a later paragraph of another group."""
    if lang == "id":
        exact = (
            "Warga Tolak Tambang Pasir di Sungai Progo",
            "Kabar Sleman – Warga dari tiga dusun berunjuk rasa menolak tambang pasir di "
            "Sungai Progo, Kamis (7/5/2026).\n\nSekitar 300 orang berkumpul di depan kantor "
            "kecamatan sejak pagi, kata kepala kepolisian sektor setempat.\n\n"
            "Mereka khawatir tanggul sungai jebol saat musim hujan.",
        )
        if vague_first:
            body = (
                "Suara Mataram – Ratusan warga berunjuk rasa menolak tambang pasir di Sungai "
                "Progo, Kamis (7/5/2026).\n\nMereka khawatir tanggul sungai jebol saat musim "
                "hujan."
            )
        else:
            body = (
                "Suara Mataram – Warga tiga dusun berunjuk rasa menolak tambang pasir di Sungai "
                "Progo, Kamis (7/5/2026).\n\nMereka khawatir tanggul sungai jebol saat musim "
                "hujan. Sore harinya, puluhan relawan membersihkan sampah di tepi sungai."
            )
        return exact, ("Demo Tolak Tambang Pasir Progo", body)
    exact = (
        "Villagers protest sand mine on Progo river",
        "SLEMAN, May 7 (Java Wire) - Villagers from three hamlets protested against a sand "
        "mine on the Progo river on Thursday.\n\nAbout 300 people gathered outside the "
        "district office from the morning, the local police chief said.\n\n"
        "They fear the river embankment will burst in the rainy season.",
    )
    if vague_first:
        body = (
            "YOGYAKARTA (Island Post) - Hundreds of villagers protested against a sand mine on "
            "the Progo river on Thursday.\n\nThey fear the river embankment will burst in the "
            "rainy season."
        )
    else:
        body = (
            "YOGYAKARTA (Island Post) - Villagers from three hamlets protested against a sand "
            "mine on the Progo river on Thursday.\n\nThey fear the river embankment will burst "
            "in the rainy season. Later that day, dozens of volunteers cleared rubbish from "
            "the riverbank."
        )
    return exact, ("Sand mine protest on the Progo", body)


@pytest.mark.parametrize(
    ("lang", "figure", "vague"),
    [("id", "Sekitar 300 orang", "Ratusan warga"), ("en", "About 300 people", "Hundreds of")],
)
def test_lead_vague_crowd_and_the_figure_it_covers_are_no_uniques(lang, figure, vague):
    uniques = _figures_unique(run(*_crowd(lang, vague_first=True)))
    assert not [f for f in uniques if mentions(f, figure) or mentions(f, vague)]


@pytest.mark.parametrize(
    ("lang", "figure", "later"),
    [("id", "Sekitar 300 orang", "puluhan relawan"), ("en", "About 300 people", "dozens of")],
)
def test_vague_group_further_on_is_its_own_and_the_figure_stays_unique(lang, figure, later):
    uniques = _figures_unique(run(*_crowd(lang, vague_first=False)))
    assert [f for f in uniques if mentions(f, figure)]
    assert [f for f in uniques if mentions(f, later)]
