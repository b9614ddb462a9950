"""A count after "including"/"termasuk" with no noun of its own (or only a participle, "60
sent from abroad") is a part of the group its sentence counted just before."""

import pytest

from kroscek.extract.numbers import extract_numbers


@pytest.mark.parametrize(
    ("text", "lang", "value", "label", "span"),
    [
        (
            "Some 250 paramedics, including 40 flown in from Darwin, treated the wounded.",
            "en",
            40,
            "paramedics",
            "40 flown in from Darwin",
        ),
        (
            "The ministry deployed 90 engineers, including 12 sent from the capital, to the dam.",
            "en",
            12,
            "engineers",
            "12 sent from the capital",
        ),
        (
            "Sebanyak 150 relawan dikerahkan, termasuk 35 dari Kabupaten Garut, ke lokasi longsor.",
            "id",
            35,
            "relawan",
            "35 dari Kabupaten Garut",
        ),
    ],
)
def test_included_part_takes_the_groups_noun(
    text: str, lang: str, value: int, label: str, span: str
) -> None:
    fact = next(f for f in extract_numbers(text, lang) if f.value == value)
    assert fact.label == label
    assert fact.text == span
    assert fact.attrs.get("implied") is True


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        ("Some 250 medics, including 40 brought in from Perth, treated the wounded.", 40, "medics"),
        ("The navy sent 30 ships, including eight drawn from the reserve.", 8, "ships"),
        (
            "About 500 police officers, including 70 flown in overnight, guarded the city.",
            70,
            "officers",
        ),
    ],
)
def test_participle_after_an_included_count_is_not_its_noun(
    text: str, value: int, label: str
) -> None:
    fact = next(f for f in extract_numbers(text, "en") if f.value == value)
    assert fact.label == label


@pytest.mark.parametrize(
    ("text", "lang", "value", "label"),
    [
        ("Police detained 30 people, including two journalists.", "en", 2, "journalists"),
        ("Polisi menahan 12 orang, termasuk 3 wartawan.", "id", 3, "jurnalis"),
        ("Five of them had been sent to the front.", "en", 5, None),
    ],
)
def test_a_count_with_its_own_noun_keeps_it(
    text: str, lang: str, value: int, label: str | None
) -> None:
    facts = [f for f in extract_numbers(text, lang) if f.value == value]
    if label is None:
        assert all(f.label != "sent" for f in facts)
    else:
        assert [f.label for f in facts] == [label]
