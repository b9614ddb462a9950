"""A quote that opens the sentence after a quoted speaker's, naming no one, is theirs."""

from __future__ import annotations

import pytest

from kroscek.data import Article
from kroscek.extract import extract_facts


def _quotes(text: str, lang: str) -> list[tuple[str, str, bool]]:
    art = extract_facts(Article(id="x", source="s", title="Berita", text=text, lang=lang))
    return [
        (f.value[:12], str(f.attrs.get("speaker")), bool(f.attrs.get("continued")))
        for f in art.facts
        if f.kind == "quote"
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            'The minister spoke on Monday. "We are ready to help the families," said Maria '
            'Lopez. "Nobody here will be left behind." The ministry sent 40 trucks.',
            "en",
            "Maria Lopez",
        ),
        (
            'Menteri berbicara di Jakarta, Senin. "Kami siap membantu keluarga korban," kata '
            'Rina Wulandari.\n\n"Tidak ada warga yang akan ditinggalkan."\n\nKementerian '
            "mengirim 40 truk.",
            "id",
            "Rina Wulandari",
        ),
    ],
)
def test_a_quote_right_after_a_quoted_speaker_goes_on_in_their_voice(
    text: str, lang: str, speaker: str
) -> None:
    first, second = _quotes(text, lang)
    assert first[1] == speaker and not first[2]
    assert second[1] == speaker and second[2]


def test_a_sentence_in_between_breaks_the_voice() -> None:
    text = (
        '"We are ready to help the families," said Maria Lopez. The ministry then sent 40 '
        'trucks to the valley. "Nobody here will be left behind in the cold."'
    )
    quotes = _quotes(text, "en")
    assert quotes[0][1] == "Maria Lopez"
    assert all(not continued for _, _, continued in quotes[1:])
    assert all(speaker != "Maria Lopez" for _, speaker, _ in quotes[1:])


def test_a_continued_quote_has_no_speaker_id_so_findings_compare_the_named_one_once() -> None:
    text = '"We are ready to help the families," said Maria Lopez. "Nobody will be left behind."'
    art = extract_facts(Article(id="x", source="s", title="T", text=text, lang="en"))
    named, continued = [f for f in art.facts if f.kind == "quote"]
    assert named.label and not continued.label


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("ujar perwira kelahiran Tabanan itu.", "I Made Sudarma"),
        ("kata pria berusia 52 tahun tersebut.", "I Made Sudarma"),
        ("kata warga setempat.", ""),
    ],
    ids=["that-officer", "that-man", "a-resident-is-someone-else"],
)
def test_a_description_pointing_back_after_the_verb_is_the_person_named_before(
    after: str, speaker: str
) -> None:
    text = (
        "Kapolsek Kuta Kompol I Made Sudarma memimpin penangkapan di pantai itu. "
        f'"Pelaku kami amankan tanpa perlawanan," {after} Warga lalu bubar.'
    )
    ((_, found, _),) = _quotes(text, "id")
    assert found == speaker
