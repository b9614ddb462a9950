"""Reading review 30: an outlet named for its town or its beat in the dateline's place.

A dateline prefix closed by a dash and followed by the story names the outlet even when its
words are section words, unless it reads as a section label: every word a section's
("Politik Nasional"), or section words then places ("Liga Spanyol"). A place before the
section word ("Tondano Metro"), a section word beside a word of no section ("Daerah
Terkini") is an outlet; a beat word after the name's head ("Lintas Pemilu") shared with the
headline is no kicker's echo, a topic opening the name ("Pemilu Serentak") is. Outlets,
places and people are invented.
"""

from __future__ import annotations

import pytest

from kroscek.clean import clean
from kroscek.data import Article, RawArticle

ID_TITLE = "Ambang Batas Pemilu Turun, Partai Kecil Bersiap"
ID_LEAD = (
    "Mahkamah menurunkan ambang batas pemilu dari 4 persen menjadi 2,5 persen pada Kamis "
    "(19/11/2026)."
)
ID_NEXT = "Putusan itu berlaku mulai pemilu berikutnya, kata juru bicara mahkamah."
EN_TITLE = "Court lowers the election threshold for small parties"
EN_LEAD = "The court lowered the parliamentary threshold from 4 percent to 2.5 percent on Thursday."
EN_NEXT = "The ruling applies from the next election, a spokesman said."


def _read(head: str, title: str, lead: str, nxt: str) -> Article:
    return clean(RawArticle(origin="uji/t1.txt", title=title, text=f"{head} – {lead}\n\n{nxt}"))


@pytest.mark.parametrize(
    ("head", "title", "lead", "nxt"),
    [
        ("Tondano Metro", ID_TITLE, ID_LEAD, ID_NEXT),  # a town, then a section word
        ("Bitung Metro", ID_TITLE, ID_LEAD, ID_NEXT),
        ("Daerah Terkini", ID_TITLE, ID_LEAD, ID_NEXT),  # a section word, then a common one
        ("Lintas Pemilu", ID_TITLE, ID_LEAD, ID_NEXT),  # the beat shared with the headline
        ("Riverside Metro", EN_TITLE, EN_LEAD, EN_NEXT),
    ],
)
def test_a_dateline_outlet_named_for_its_town_or_beat_is_kept_as_the_outlet(
    head: str, title: str, lead: str, nxt: str
) -> None:
    article = _read(head, title, lead, nxt)
    assert (article.source, article.meta["source_from"]) == (head, "dateline")
    assert article.text == f"{lead}\n\n{nxt}"


@pytest.mark.parametrize(
    "head",
    [
        "Politik Nasional",  # every word a section's
        "Sepak Bola Nasional",
        "Liga Spanyol",  # section words, then a place
        "Pemilu Serentak",  # a kicker opening on the headline's topic
        "Nasional",
        "Metro",
    ],
)
def test_a_section_label_or_a_kicker_in_the_datelines_place_names_no_outlet(head: str) -> None:
    article = _read(head, ID_TITLE, ID_LEAD, ID_NEXT)
    assert article.source == "t1"
    assert article.meta["source_from"] == "file"
    assert article.text.startswith("Mahkamah menurunkan")
