"""What a source is credited with, and who the source is: a reporting verb that is negated or
refused credits nothing ("kementerian belum menjelaskan", "did not say"); a forecast verb
("Economists expect", "ekonom memperkirakan") credits its clause in both languages; a figure
that only names the act a speaker argues about ("menyebut kenaikan harga menjadi Rp 12.000
akan memukul ojek") is no claim of theirs; a sentence picking one out of what was just
reported ("Salah satunya ...", "Two of them ...") goes on with that source; a lone noun of
telling ("Pengumuman disampaikan Menteri X") credits the sentence before; a time phrase
before a subject ("Sehari sebelumnya kementerian mencatat") and an adverb after it ("IMF
tetap memperkirakan") are no part of the source. Pinned with sentences written for these
tests."""

from __future__ import annotations

import pytest

from kroscek.data import Fact
from test_attribution_claimers import _attributions


def _covering(text: str, facts: list[Fact], words: str) -> list[Fact]:
    at = text.index(words)
    return [f for f in facts if f.attrs["scope"][0] <= at < f.attrs["scope"][1]]


# --- a negated or refused reporting verb credits nothing -----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Pihak rumah sakit dan dinas belum menjelaskan selisih 14 pasien itu.", "id", "14"),
        ("Polisi tidak menyebutkan jumlah 30 orang yang diperiksa.", "id", "30"),
        ("Kepala desa enggan menyebutkan nilai ganti rugi Rp 2 miliar itu.", "id", "Rp 2"),
        ("The ministry did not say why 40 flights were cancelled.", "en", "40"),
        ("The company declined to say how the 300 jobs would be cut.", "en", "300"),
    ],
)
def test_a_negated_or_refused_reporting_verb_credits_nothing(
    text: str, lang: str, words: str
) -> None:
    body, facts = _attributions(text, lang)
    assert _covering(body, facts, words) == []


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        # the telling itself stands: only a negation right before the verb withholds it
        ("Polisi menyebutkan 30 orang diperiksa, bukan 20 orang.", "id", "Polisi"),
        ("The ministry said 40 flights were cancelled, not 20.", "en", "ministry"),
    ],
)
def test_a_reporting_verb_without_negation_still_credits_its_clause(
    text: str, lang: str, source: str
) -> None:
    body, facts = _attributions(text, lang)
    assert [f.value for f in _covering(body, facts, "30" if lang == "id" else "40")] == [source]


# --- an adverb after the subject or a time phrase before it is no part of the source ----------


@pytest.mark.parametrize(
    ("text", "lang", "source", "figure"),
    [
        ("IMF tetap memperkirakan ekonomi tumbuh 5,0 persen tahun ini.", "id", "IMF", "5,0"),
        ("Polisi masih menyebut 12 orang hilang.", "id", "Polisi", "12"),
        (
            "Luas lahan terbakar mencapai 2.910 hektare, menurut data terbaru dinas. Sehari "
            "sebelumnya kementerian mencatat 2.340 hektare.",
            "id",
            "kementerian",
            "2.340",
        ),
        ("Pekan lalu polisi mencatat 17 kecelakaan di ruas itu.", "id", "polisi", "17"),
        ("Earlier the ministry recorded 2,340 hectares burned.", "en", "ministry", "2,340"),
        ("The IMF still expects growth of 5.0% this year.", "en", "IMF", "5.0%"),
    ],
)
def test_time_before_and_adverb_after_a_subject_are_not_the_source(
    text: str, lang: str, source: str, figure: str
) -> None:
    body, facts = _attributions(text, lang)
    assert [f.value for f in _covering(body, facts, figure)] == [source]


# --- a forecast verb credits its clause, in both languages ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Economists expect the increase to add 1.5 percentage points to inflation.",
            "en",
            "Economists",
        ),
        ("Analysts predict a 2.5% fall in exports next quarter.", "en", "Analysts"),
        ("Sejumlah ekonom memperkirakan inflasi naik 1,5 poin persentase.", "id", "ekonom"),
    ],
)
def test_a_forecast_verb_credits_its_clause_in_both_languages(
    text: str, lang: str, source: str
) -> None:
    body, facts = _attributions(text, lang)
    figure = next(w for w in body.split() if w[0].isdigit())
    assert [f.value for f in _covering(body, facts, figure)] == [source]


def test_expect_in_a_passive_is_no_source() -> None:
    body, facts = _attributions("Inflation is expected to reach 3.1% in December.", "en")
    assert _covering(body, facts, "3.1%") == []


# --- a figure naming the act a speaker argues about is only mentioned ---------------------


@pytest.mark.parametrize(
    ("text", "lang", "mentioned", "argued"),
    [
        (
            "Koordinator aksi, Rudi Hartono, menyebut kenaikan tarif menjadi Rp 9.000 per "
            "liter akan memukul pedagang kecil.",
            "id",
            "Rp 9.000",
            "pedagang kecil",
        ),
        (
            "Ketua serikat menilai pembatasan kuota menjadi 40 ton bisa mematikan usaha nelayan.",
            "id",
            "40 ton",
            "mematikan",
        ),
        (
            "A union leader said the rise to 12,000 rupiah would hurt drivers and fishermen.",
            "en",
            "12,000",
            "hurt drivers",
        ),
    ],
)
def test_a_figure_naming_the_argued_act_is_only_mentioned(
    text: str, lang: str, mentioned: str, argued: str
) -> None:
    body, facts = _attributions(text, lang)
    assert _covering(body, facts, mentioned) == []
    assert len(_covering(body, facts, argued)) == 1


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        # the figure is in the predicate after the modal: the speaker's claim
        ("Menteri menyebut harga akan naik menjadi Rp 12.000 per liter.", "id", "Rp 12.000"),
        # no act named before the modal: a plain subject with a count
        ("Polisi menyebut 12 tersangka akan diperiksa pekan depan.", "id", "12"),
        ("The minister said the price would rise to 12,000 rupiah.", "en", "12,000"),
    ],
)
def test_a_figure_the_speaker_states_stays_credited(text: str, lang: str, figure: str) -> None:
    body, facts = _attributions(text, lang)
    assert len(_covering(body, facts, figure)) == 1


# --- a sentence picking one out of what was reported goes on with its source ----------------


@pytest.mark.parametrize(
    ("text", "lang", "source", "figure"),
    [
        (
            "Kapolres Andi menyebut para tahanan yang kabur sebagian besar kasus pencurian. "
            "Salah satunya, berinisial TK (31), divonis 6 tahun penjara.",
            "id",
            "Andi",
            "6 tahun",
        ),
        (
            "Dinas kesehatan mencatat 40 warga dirawat karena keracunan. Dua di antaranya "
            "masih dalam kondisi kritis.",
            "id",
            "Dinas kesehatan",
            "Dua",
        ),
        (
            "Police said 14 inmates escaped through a ventilation shaft. Two of them were "
            "caught within 5 hours.",
            "en",
            "Police",
            "5 hours",
        ),
    ],
)
def test_a_picked_part_of_what_was_reported_keeps_its_source(
    text: str, lang: str, source: str, figure: str
) -> None:
    body, facts = _attributions(text, lang)
    covering = _covering(body, facts, figure)
    assert [f.value for f in covering] == [source]
    assert covering[0].attrs.get("carried") is True


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        # a paragraph breaks the account
        (
            "Kapolres Andi menyebut para tahanan yang kabur kasus pencurian.\n\nSalah satunya "
            "divonis 6 tahun penjara.",
            "id",
            "6 tahun",
        ),
        # the source's words end before its sentence does ("..., kata X, ...")
        (
            "Fourteen inmates escaped through a shaft, police said on Sunday, as the prison "
            "struggled with overcrowding. Two of them were caught within 5 hours.",
            "en",
            "5 hours",
        ),
        # no one reported the sentence before
        (
            "Sebanyak 14 tahanan kabur pada Minggu dini hari. Salah satunya divonis 6 tahun "
            "penjara.",
            "id",
            "6 tahun",
        ),
    ],
)
def test_a_picked_part_after_no_open_account_is_the_writers(
    text: str, lang: str, figure: str
) -> None:
    body, facts = _attributions(text, lang)
    assert _covering(body, facts, figure) == []


# --- a lone noun of telling credits the sentence before ------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Pemerintah menaikkan harga gas sekitar 15 persen mulai Senin. Pengumuman "
            "disampaikan Menteri Energi Wahyu Pratama dalam jumpa pers di Jakarta.",
            "15 persen",
            "Wahyu Pratama",
        ),
        (
            "Tarif tol naik menjadi Rp 18.000 pekan depan. Pernyataan itu disampaikan Direktur "
            "Utama Budi Santoso di kantornya.",
            "Rp 18.000",
            "Budi Santoso",
        ),
        (
            "Sekolah diliburkan selama 3 hari. Keterangan disampaikan Kepala Dinas Pendidikan "
            "Rina Marlina.",
            "3 hari",
            "Rina Marlina",
        ),
    ],
)
def test_a_lone_noun_of_telling_credits_the_sentence_before(
    text: str, figure: str, source: str
) -> None:
    body, facts = _attributions(text, "id")
    covering = _covering(body, facts, figure)
    assert len(covering) == 1
    assert covering[0].value.endswith(source)


def test_a_thing_not_told_before_a_passive_cue_keeps_its_own_sentence() -> None:
    # "Hasil" is no noun of telling: the results announced are no report of the sentence before
    text = "Pendaftaran ditutup dengan 400 peserta. Hasil diumumkan panitia pada 5 Mei."
    body, facts = _attributions(text, "id")
    assert _covering(body, facts, "400") == []


# --- a forecast covers what will be, not the background after ", which" -------------------


@pytest.mark.parametrize(
    ("text", "lang", "forecast", "background"),
    [
        (
            "Economists expect the hike to add 1.5 percentage points to inflation, which stood "
            "at 2.8% in October.",
            "en",
            "1.5",
            "2.8%",
        ),
        (
            "Analysts predict exports will fall 4%, which rose 6% last year.",
            "en",
            "4%",
            "6%",
        ),
        (
            "Bank sentral memperkirakan inflasi naik menjadi 3,5 persen, yang bulan lalu "
            "tercatat 2,8 persen.",
            "id",
            "3,5",
            "2,8",
        ),
    ],
)
def test_a_forecast_leaves_the_background_relative_clause_to_the_writer(
    text: str, lang: str, forecast: str, background: str
) -> None:
    body, facts = _attributions(text, lang)
    assert len(_covering(body, facts, forecast)) == 1
    assert _covering(body, facts, background) == []


def test_a_said_clause_keeps_its_relative_clause() -> None:
    # not a forecast: what was said may run on through the relative clause
    text = "The ministry said exports rose 6%, which was the fastest pace in 12 years."
    body, facts = _attributions(text, "en")
    assert len(_covering(body, facts, "12 years")) == 1


# --- a role after a passive cue names a source; the time after it does not -----------------


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "Tarif naik menjadi Rp 4.500. Pengumuman disampaikan Kementerian Perhubungan kemarin.",
            "id",
            "Kementerian Perhubungan",
        ),
        (
            "Harga naik 10 persen. Pengumuman disampaikan Menteri Perdagangan dan Industri "
            "kemarin sore.",
            "id",
            "Menteri Perdagangan",
        ),
        (
            "Kenaikan 12 persen itu diumumkan Direktur Utama perusahaan Senin.",
            "id",
            "Direktur Utama perusahaan",
        ),
    ],
)
def test_a_source_after_a_passive_cue_is_a_role_or_body_without_its_time(
    text: str, lang: str, source: str
) -> None:
    _, facts = _attributions(text, lang)
    assert [f.value for f in facts] == [source]


def test_a_passive_cue_followed_by_a_time_only_names_no_source() -> None:
    _, facts = _attributions("Hasil seleksi diumumkan pekan depan.", "id")
    assert facts == []


# --- after a negated verb, "tetapi menyebut" goes on with its subject -------------------------


@pytest.mark.parametrize(
    ("text", "source", "figure"),
    [
        (
            "Federasi belum mengumumkan lawan berikutnya, tetapi menyebut 2 tim Asia Barat "
            "menjadi prioritas.",
            "Federasi",
            "2 tim",
        ),
        (
            "Polisi belum mengonfirmasi identitas korban, namun menyebut 3 orang masih dirawat.",
            "Polisi",
            "3 orang",
        ),
        (
            "Direksi tidak menjelaskan penyebab gangguan, tapi menyebut 40 ribu pelanggan "
            "terdampak.",
            "Direksi",
            "40 ribu",
        ),
    ],
)
def test_a_contrasted_verb_after_a_negated_one_keeps_the_subject(
    text: str, source: str, figure: str
) -> None:
    body, facts = _attributions(text, "id")
    assert [f.value for f in _covering(body, facts, figure)] == [source]


def test_a_relative_clause_verb_is_no_refusal_to_tell() -> None:
    # "yang menolak": the faction that rejects the bill, and it does give its view
    text = "Fraksi yang menolak menilai kenaikan denda hingga Rp 10 juta memberatkan pengemudi."
    body, facts = _attributions(text, "id")
    assert len(_covering(body, facts, "Rp 10 juta")) == 1


# --- a goal scored and an age are no one's report ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The striker headed in a corner in the 12th minute and added a second after 60 "
            "minutes.",
            "en",
        ),
        ("Rahmat scored twice and added another goal in the 88th minute.", "en"),
        ("Egy mencetak gol pada menit ke-12 lalu menambahkan gol kedua pada menit ke-60.", "id"),
    ],
)
def test_a_goal_added_is_no_report(text: str, lang: str) -> None:
    _, facts = _attributions(text, lang)
    assert [f for f in facts if f.attrs["cue"] in ("added", "menambahkan")] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The coach added the squad would rest 2 players on Sunday.", "en"),
        ("Pelatih Budi Santoso menambahkan 12 pemain akan diistirahatkan pekan depan.", "id"),
    ],
)
def test_an_added_statement_still_reports(text: str, lang: str) -> None:
    _, facts = _attributions(text, lang)
    assert [f.attrs["cue"] for f in facts] == ["added" if lang == "en" else "menambahkan"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Of 20 economists polled, 15 had forecast a cut of 2 points.", "en"),
        ("Bambang Sutrisno (58), ayah salah satu korban, mengaku melihat 3 orang terjatuh.", "id"),
        ("The plan, first floated in 2025 announced a levy of 5%.", "en"),
    ],
)
def test_a_figure_or_an_age_is_never_a_source(text: str, lang: str) -> None:
    _, facts = _attributions(text, lang)
    assert all(any(c.isalpha() for c in str(f.value)) for f in facts)
