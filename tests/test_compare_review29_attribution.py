"""Rules added in compare review 29 (attribution): a claim with no figure credited to a
source in one text and told as fact in another, when the two sentences are not aligned: a
statement translated between English and Indonesian (paired by glossed words), a short
claim told as one clause of a longer sentence with figures, and the cause of the event
credited in one text and stated in the other. Pinned with sentences written for these
tests."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, one_as_expected, run

# --- a statement translated, credited in English, stated or distanced in Indonesian ---

_WIRE_BLAST = (
    "Boiler blast at Indonesian paper mill kills nine",
    "KARAWANG, Indonesia, March 4 (Asia Wire) - A boiler exploded at a paper mill in "
    "Karawang, West Java, on Tuesday, killing nine workers, police said.\n\n"
    "{claim}\n\n"
    "The mill employs about 2,000 people and supplies packaging to food companies.\n\n"
    "Local officials said the mill would stay closed while inspectors examine the site.",
)
_RAW_BLAST = (
    "Ketel Uap Pabrik Kertas di Karawang Meledak, Sembilan Pekerja Tewas",
    "Sebuah ketel uap di pabrik kertas di Karawang, Jawa Barat, meledak pada Selasa "
    "(4/3/2026). Sembilan pekerja tewas dalam kejadian itu.\n\n"
    "{claim}\n\n"
    "Pabrik tersebut mempekerjakan sekitar 2.000 orang dan memasok kemasan untuk perusahaan "
    "makanan.",
)


def _blast(en: str, id_: str) -> list:
    report = run(
        (_WIRE_BLAST[0], _WIRE_BLAST[1].format(claim=en)),
        (_RAW_BLAST[0], _RAW_BLAST[1].format(claim=id_)),
    )
    return of_type(report, "attribution")


@pytest.mark.parametrize(
    ("en", "id_", "expected"),
    [
        # the company's account stated as fact in the rewrite
        (
            "The company said the explosion was triggered by a gas leak near the furnace.",
            "Ledakan dipicu kebocoran gas di dekat tungku.",
            ("company said", "Ledakan dipicu"),
        ),
        # credited to a party in English, kept at arm's length in Indonesian
        (
            "The army said it had targeted a weapons depot of the rebels near the mill.",
            "Militer mengklaim serangan itu menyasar gudang senjata pemberontak.",
            ("army said", "Militer mengklaim"),
        ),
    ],
)
def test_a_translated_statement_credited_in_one_language_and_stated_in_the_other_is_an_attribution(
    en, id_, expected
):
    found = [f for f in _blast(en, id_) if mentions(f, *expected)]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        # both credit it to the company: no difference of stance
        (
            "The company said the explosion was triggered by a gas leak near the furnace.",
            "Perusahaan menyatakan ledakan dipicu kebocoran gas di dekat tungku.",
        ),
        # a different statement: nothing to pair
        (
            "The company said the explosion was triggered by a gas leak near the furnace.",
            "Para pekerja sedang beristirahat di kantin ketika suara keras terdengar.",
        ),
        # the rewrite opens on the credited source, with a verb that is no cue
        (
            "Consumer groups welcomed the new safety rules but said the furnace was still "
            "dangerous.",
            "Kelompok konsumen menyambut aturan keselamatan baru itu, tetapi menilai tungku "
            "masih berbahaya.",
        ),
    ],
)
def test_a_translated_statement_credited_alike_or_not_translated_is_no_attribution(en, id_):
    assert not [f for f in _blast(en, id_) if mentions(f, "furnace")]


_WIRE_BUS = (
    "Bus with 40 aboard stops on Jakarta toll road after engine smoke",
    "JAKARTA, March 10 (Asia Wire) - {lead}\n\n"
    "Traffic on the toll road was slowed for about two hours, police said.",
)
_RAW_BUS = (
    "Bus Berhenti Mendadak di Tol Jagorawi",
    "Sebuah bus antarkota berhenti mendadak di Tol Jagorawi, Selasa (10/3/2026) pagi. "
    "Seluruh 40 penumpang dievakuasi dengan selamat.\n\n"
    "{told}\n\n"
    "Arus lalu lintas sempat tersendat sekitar dua jam.",
)


@pytest.mark.parametrize(
    ("lead", "told", "expected"),
    [
        # the clause with no figure of a credited lead with figures, stated in the rewrite
        (
            "A bus carrying 40 passengers stopped on the Jagorawi toll road on Tuesday, after "
            "the driver reported smoke in the engine, the operator said.",
            "Asap terlihat di mesin sehingga sopir menghentikan bus di bahu jalan.",
            ("the driver reported smoke in the engine", "operator said", "Asap terlihat"),
        ),
        # the rewrite says something else of the engine: nothing to pair
        (
            "A bus carrying 40 passengers stopped on the Jagorawi toll road on Tuesday, after "
            "the driver reported smoke in the engine, the operator said.",
            "Penumpang diminta turun dan menunggu bus pengganti di rest area.",
            None,
        ),
    ],
)
def test_a_clause_without_figures_of_a_credited_sentence_is_paired_with_its_translation(
    lead, told, expected
):
    report = run(
        (_WIRE_BUS[0], _WIRE_BUS[1].format(lead=lead)),
        (_RAW_BUS[0], _RAW_BUS[1].format(told=told)),
    )
    found = [f for f in of_type(report, "attribution") if mentions(f, "smoke")]
    assert one_as_expected(found, expected)


# --- a short credited claim told as one clause of a longer sentence with figures ---

_FIRE_SAID = (
    "Warehouse fire kills nine in Surabaya",
    "A fire destroyed a plastics warehouse in Surabaya on Monday, killing nine workers, "
    "officials said.\n\n"
    "{claim}\n\n"
    "Firefighters needed four hours to put out the blaze.",
)
_FIRE_TOLD = (
    "Nine workers die in Surabaya warehouse blaze",
    "{told}\n\n"
    "Firefighters needed four hours to put out the blaze, a city spokesman told reporters.",
)


@pytest.mark.parametrize(
    ("claim", "told", "expected"),
    [
        (
            "Witnesses said the emergency door was locked.",
            "Nine workers died on Monday when fire swept through a plastics warehouse in "
            "Surabaya where the emergency door had been locked.",
            ("Witnesses said", "emergency door had been locked"),
        ),
        (
            "Residents said the fire alarm never sounded.",
            "Nine workers died on Monday in a Surabaya warehouse fire in which the fire alarm "
            "never sounded, the worst blaze in the city this year.",
            ("Residents said", "fire alarm never sounded"),
        ),
        # the longer sentence credits it too: no difference of stance
        (
            "Witnesses said the emergency door was locked.",
            "Nine workers died on Monday when fire swept through a plastics warehouse in "
            "Surabaya where, police said, the emergency door had been locked.",
            None,
        ),
        # the claim's words scattered over the sentence: no clause tells it
        (
            "Witnesses said the emergency door was locked.",
            "Nine workers died on Monday after the door of the emergency ward in Surabaya was "
            "opened late, while the office next to the warehouse stayed locked all night.",
            None,
        ),
    ],
)
def test_a_short_credited_claim_told_as_one_clause_of_a_longer_sentence_is_an_attribution(
    claim, told, expected
):
    report = run(
        (_FIRE_SAID[0], _FIRE_SAID[1].format(claim=claim)),
        (_FIRE_TOLD[0], _FIRE_TOLD[1].format(told=told)),
    )
    words = claim.split()[0]
    found = [f for f in of_type(report, "attribution") if mentions(f, words)]
    assert one_as_expected(found, expected)


# --- the cause suspected on a source's word in one text, a cause stated in the other ---

_CRASH_ID = (
    "Bus Terguling di Tanjakan Sitinjau, Dua Penumpang Tewas",
    "Sebuah bus antarkota terguling di Jalan Lintas Padang-Solok, Rabu (5/3/2026) sore. Dua "
    "penumpang tewas dan 18 lainnya luka-luka.\n\n"
    "{cause}\n\n"
    "Para korban dibawa ke RSUD Solok untuk mendapat perawatan.",
)
_CRASH_ID_B = (
    "Kecelakaan Bus di Jalan Padang-Solok",
    "Bus antarkota mengalami kecelakaan di Jalan Lintas Padang-Solok pada Rabu (5/3/2026). "
    "Dua penumpang meninggal dunia.\n\n"
    "{cause}\n\n"
    "Jalur tersebut sempat ditutup selama tiga jam untuk evakuasi.",
)


@pytest.mark.parametrize(
    ("credited", "stated", "expected"),
    [
        # a suspected cause from the official, another cause stated as fact
        (
            "Menurut Kepala Dinas Perhubungan, Andi Saputra, penyebab kecelakaan masih "
            "diselidiki, namun pihaknya menduga rem bus blong di turunan Panorama Sitinjau.",
            "Kecelakaan itu terjadi karena sopir bus mengantuk saat melintas di turunan "
            "Panorama Sitinjau.",
            ("Menurut Kepala Dinas Perhubungan", "sopir bus mengantuk"),
        ),
        # the same cause, suspected by the police and stated
        (
            "Polisi menduga kecelakaan itu disebabkan rem bus yang blong di turunan Panorama "
            "Sitinjau.",
            "Bus terguling karena remnya blong di turunan Panorama Sitinjau.",
            ("Polisi menduga", "remnya blong"),
        ),
        # a cause told plainly on a source's word is that text's account, no suspicion
        (
            "Menurut Kepala Dinas Perhubungan, Andi Saputra, bus kehilangan kendali karena "
            "rem blong di turunan Panorama Sitinjau.",
            "Kecelakaan itu terjadi karena sopir bus mengantuk saat melintas di turunan "
            "Panorama Sitinjau.",
            None,
        ),
        # the other text gives a cause of something else: nothing shared
        (
            "Menurut Kepala Dinas Perhubungan, Andi Saputra, penyebab kecelakaan masih "
            "diselidiki, namun pihaknya menduga rem bus blong di turunan Panorama Sitinjau.",
            "Jalan itu licin karena hujan deras sejak pagi.",
            None,
        ),
    ],
)
def test_a_cause_a_source_suspects_in_one_text_and_another_states_is_an_attribution(
    credited, stated, expected
):
    report = run(
        (_CRASH_ID[0], _CRASH_ID[1].format(cause=credited)),
        (_CRASH_ID_B[0], _CRASH_ID_B[1].format(cause=stated)),
    )
    found = [f for f in of_type(report, "attribution") if mentions(f, credited.split()[0])]
    assert one_as_expected(found, expected)
