"""Highlighting by offset escapes every character and marks exactly the reported range."""

from __future__ import annotations

import pytest

from kroscek.web.highlight import Mark, highlight, safe_href, snippet_html


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        (
            "Korban tewas 1.200 orang, bukan 1.200 ekor.",
            13,
            24,
            'Korban tewas <mark class="ev">1.200 orang</mark>, bukan 1.200 ekor.',
        ),
        (
            "At least 240 hostages; 240 is the army's figure.",
            9,
            21,
            'At least <mark class="ev">240 hostages</mark>; 240 is the army&#39;s figure.',
        ),
    ],
)
def test_marks_the_offsets_not_the_first_equal_string(
    text: str, start: int, end: int, expected: str
) -> None:
    assert str(highlight(text, [Mark(start, end, "ev")])) == expected


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">klik</a>',
    ],
)
def test_article_markup_is_escaped_inside_and_outside_marks(hostile: str) -> None:
    text = f"Judul {hostile} berita"
    html = str(highlight(text, [Mark(6, 6 + len(hostile) // 2, "ev", "ev-0-0")]))
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "&lt;" in html


def test_overlapping_marks_are_split_and_carry_both_classes() -> None:
    text = "Hamas mengklaim 1.400 orang tewas"
    html = str(
        highlight(
            text,
            [Mark(0, 21, "shared verbatim", "sp-0"), Mark(16, 27, "ev conflict", "ev-1-0")],
        )
    )
    assert (
        '<mark class="shared verbatim" id="sp-0" data-marks="sp-0">Hamas mengklaim </mark>' in html
    )
    assert (
        'class="shared verbatim ev conflict" id="ev-1-0" data-marks="sp-0 ev-1-0">1.400</mark>'
        in html
    )
    assert '<mark class="ev conflict" data-marks="ev-1-0"> orang</mark> tewas' in html


def test_marks_starting_together_each_keep_an_anchor() -> None:
    html = str(highlight("Teheran", [Mark(0, 7, "a", "one"), Mark(0, 3, "b", "two")]))
    assert 'id="one"' in html and 'id="two"' in html


@pytest.mark.parametrize(("start", "end"), [(-5, 3), (4, 400), (9, 2), (50, 60)])
def test_out_of_range_offsets_never_raise_and_keep_the_text(start: int, end: int) -> None:
    text = "Gencatan senjata"
    html = str(highlight(text, [Mark(start, end, "ev")]))
    assert html.replace('<mark class="ev">', "").replace("</mark>", "") == text


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("… pasukan «Quds» menyerang …", "… pasukan <mark>Quds</mark> menyerang …"),
        ("«<b>» dan <i>", "<mark>&lt;b&gt;</mark> dan &lt;i&gt;"),
        ("kutipan « tanpa penutup", "kutipan « tanpa penutup"),
        ("stray » first «hit»", "stray » first <mark>hit</mark>"),
    ],
)
def test_search_snippet_markers_become_balanced_marks(snippet: str, expected: str) -> None:
    assert str(snippet_html(snippet)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/berita/1", "https://example.org/berita/1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("data:text/html,<script>", None),
        ('https://x.org/"onmouseover="alert(1)', None),
        ("//example.org", None),
        (None, None),
        ("", None),
    ],
)
def test_only_http_urls_become_links(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected
