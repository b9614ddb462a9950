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
    ("text", "lang", "value"),
    [
        ("About 300 soldiers were deployed and 40 sent home after the storm.", "en", 40),
        ("Twelve volunteers arrived; 25 brought their own boats.", "en", 25),
    ],
)
def test_participle_after_a_count_is_not_its_noun(text: str, lang: str, value: int) -> None:
    fact = next((f for f in extract_numbers(text, lang) if f.value == value), None)
    assert fact is None or fact.label not in {"sent", "brought"}


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
