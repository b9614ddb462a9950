"""Findings by type, from articles and facts built by hand (no extractor involved)."""

from __future__ import annotations

from typing import Any

import pytest

from kroscek.align import align
from kroscek.compare.findings import (
    find_agreements,
    find_all,
    find_attributions,
    find_conflicts,
    find_framing,
    find_headline_mismatches,
    find_unique,
    find_variants,
)
from kroscek.data import SEVERITIES, Article, Fact, Finding


def fact(
    text: str,
    words: str,
    kind: str,
    label: str,
    value: Any,
    field: str = "text",
    nth: int = 0,
    **attrs: Any,
) -> Fact:
    """A fact over the ``nth`` occurrence of ``words`` in ``text`` (offsets computed)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Fact(kind, label, value, words, start, start + len(words), field, attrs)  # type: ignore[arg-type]


def article(aid: str, title: str, text: str, facts: list[Fact], lang: str = "id") -> Article:
    return Article(aid, f"Outlet {aid.upper()}", title, text, lang=lang, facts=tuple(facts))


def evidence_words(f: Finding) -> set[str]:
    return {e.text for e in f.evidence}


# ---- conflict ---------------------------------------------------------------------------

CONFLICT_CASES = [
    (
        "id",
        "Serangan itu menewaskan 1.200 orang di wilayah perbatasan, kata pejabat setempat.",
        "Serangan itu menewaskan 1.400 orang di wilayah perbatasan, kata pejabat setempat.",
        ("1.200 orang", 1200.0),
        ("1.400 orang", 1400.0),
        "orang",
        "Jumlah orang berbeda",
    ),
    (
        "en",
        "The storm killed 41 people in the northern provinces, officials said on Friday.",
        "The storm killed 14 people in the northern provinces, officials said on Friday.",
        ("41 people", 41.0),
        ("14 people", 14.0),
        "people",
        "different numbers of people",
    ),
]


@pytest.mark.parametrize(("lang", "ta", "tb", "na", "nb", "noun", "wording"), CONFLICT_CASES)
def test_incompatible_counts_of_the_same_thing_are_a_high_conflict(
    lang: str, ta: str, tb: str, na: tuple, nb: tuple, noun: str, wording: str
) -> None:
    a = article("a", "Judul", ta, [fact(ta, na[0], "number", noun, na[1])], lang)
    b = article("b", "Judul", tb, [fact(tb, nb[0], "number", noun, nb[1])], lang)
    found = [f for f in find_conflicts([a, b], align([a, b])) if f.slot == f"number:{noun}"]
    assert len(found) == 1
    assert found[0].severity == "high"
    assert evidence_words(found[0]) == {na[0], nb[0]}
    assert wording in found[0].message


def test_more_than_a_figure_and_the_figure_agree_instead_of_conflicting() -> None:
    ta = "Serangan balasan menewaskan lebih dari 11.000 orang di Gaza, menurut otoritas."
    tb = "Pengeboman itu telah membunuh 11.000 orang di Gaza sejak bulan lalu."
    a = article(
        "a",
        "A",
        ta,
        [fact(ta, "lebih dari 11.000 orang", "number", "orang", 11000.0, qualifier="more_than")],
    )
    b = article("b", "B", tb, [fact(tb, "11.000 orang", "number", "orang", 11000.0)])
    al = align([a, b])
    assert not [f for f in find_conflicts([a, b], al) if f.slot == "number:orang"]
    agreed = find_agreements([a, b], al)
    assert len(agreed) == 1 and agreed[0].severity == "info"


def test_counts_of_different_events_never_conflict() -> None:
    ta = "Gempa itu menewaskan 12 orang dan melukai 150 orang di tiga desa."
    tb = "Gempa itu menewaskan 12 orang dan melukai 90 orang di tiga desa."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(ta, "12 orang", "number", "orang", 12.0, event="killed"),
            fact(ta, "150 orang", "number", "orang", 150.0, event="injured"),
        ],
    )
    b = article(
        "b",
        "B",
        tb,
        [
            fact(tb, "12 orang", "number", "orang", 12.0, event="killed"),
            fact(tb, "90 orang", "number", "orang", 90.0, event="injured"),
        ],
    )
    conflicts = find_conflicts([a, b], align([a, b]))
    assert [evidence_words(f) for f in conflicts] == [{"150 orang", "90 orang"}]


def test_the_same_quote_from_different_people_is_a_speaker_conflict() -> None:
    q = "“Kami tidak akan mundur dari tuntutan kami sampai upah dinaikkan,”"
    ta = f"{q} kata Andi Saputra di depan gedung DPR."
    tb = f"{q} ujar Budi Hartono di depan gedung DPR."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(
                ta,
                q,
                "quote",
                "PER:andi-saputra",
                q.strip("“”,"),
                speaker="Andi Saputra",
                verb="kata",
            )
        ],
    )
    b = article(
        "b",
        "B",
        tb,
        [
            fact(
                tb,
                q,
                "quote",
                "PER:budi-hartono",
                q.strip("“”,"),
                speaker="Budi Hartono",
                verb="ujar",
            )
        ],
    )
    found = [f for f in find_conflicts([a, b], align([a, b])) if f.slot == "quote:speaker"]
    assert len(found) == 1 and found[0].severity == "high"
    assert "Andi Saputra" in found[0].message and "Budi Hartono" in found[0].message


def test_a_different_reporting_verb_is_not_a_conflict() -> None:
    q = "“Kami tidak akan mundur dari tuntutan kami sampai upah dinaikkan,”"
    ta, tb = f"{q} kata Andi Saputra.", f"{q} tambah Andi Saputra."
    facts = [
        article(
            "a",
            "A",
            ta,
            [
                fact(
                    ta,
                    q,
                    "quote",
                    "PER:andi-saputra",
                    q.strip("“”,"),
                    speaker="Andi Saputra",
                    verb="kata",
                )
            ],
        ),
        article(
            "b",
            "B",
            tb,
            [
                fact(
                    tb,
                    q,
                    "quote",
                    "PER:andi-saputra",
                    q.strip("“”,"),
                    speaker="Andi Saputra",
                    verb="tambah",
                )
            ],
        ),
    ]
    al = align(facts)
    assert not find_conflicts(facts, al)
    assert [f.slot for f in find_agreements(facts, al)] == ["quote"]


@pytest.mark.parametrize(
    ("lang", "text", "words", "iso", "wording"),
    [
        (
            "id",
            "Festival dibuka pada Senin (12/4/2024) di Solo.",
            "Senin (12/4/2024)",
            "2024-04-12",
            "Jumat",
        ),
        (
            "en",
            "The festival opened on Monday, April 12, 2024 in Solo.",
            "Monday, April 12, 2024",
            "2024-04-12",
            "Friday",
        ),
    ],
)
def test_a_weekday_that_does_not_match_its_date_is_a_when_conflict(
    lang: str, text: str, words: str, iso: str, wording: str
) -> None:
    a = article(
        "a", "A", text, [fact(text, words, "date", "day", iso, weekday_mismatch=True)], lang
    )
    b = article("b", "B", "Tidak ada tanggal di sini sama sekali.", [], lang)
    found = find_conflicts([a, b], align([a, b]))
    assert len(found) == 1
    assert (found[0].slot, found[0].severity) == ("when", "medium")
    assert wording in found[0].message


def test_a_swapped_place_in_a_copied_sentence_is_a_where_conflict() -> None:
    ta = "Sebuah gudang terbakar di kawasan Tambora pada Selasa siang dan api cepat membesar."
    tb = "Sebuah gudang terbakar di kawasan Cengkareng pada Selasa siang dan api cepat membesar."
    a = article("a", "A", ta, [fact(ta, "Tambora", "entity", "LOC", "LOC:tambora")])
    b = article("b", "B", tb, [fact(tb, "Cengkareng", "entity", "LOC", "LOC:cengkareng")])
    found = find_conflicts([a, b], align([a, b]))
    assert [(f.slot, evidence_words(f)) for f in found] == [("where", {"Tambora", "Cengkareng"})]


def test_a_spelling_variant_in_a_copied_sentence_is_not_a_where_conflict() -> None:
    ta = "Ledakan terdengar di pinggiran kota Teheran pada Kamis malam menurut warga setempat."
    tb = "Ledakan terdengar di pinggiran kota Taheran pada Kamis malam menurut warga setempat."
    a = article("a", "A", ta, [fact(ta, "Teheran", "entity", "LOC", "LOC:teheran")])
    b = article("b", "B", tb, [fact(tb, "Taheran", "entity", "LOC", "LOC:taheran")])
    assert not find_conflicts([a, b], align([a, b]))


# ---- headline_mismatch -----------------------------------------------------------------


def _country(text: str, name: str, code: str, field: str = "text", nth: int = 0) -> Fact:
    return fact(text, name, "entity", "LOC", f"LOC:{name.lower()}", field, nth, country=code)


def test_headline_naming_a_close_spelled_other_country_is_a_high_mismatch() -> None:
    title_a = "Austria Janjikan Bantuan Rp1 Triliun"
    body_a = (
        "Pemerintah Australia menjanjikan bantuan untuk korban banjir. Menteri luar negeri "
        "Australia mengumumkan bantuan itu di Canberra. Sebelumnya Austria juga membantu."
    )
    title_b = "Australia Kirim Bantuan Banjir"
    body_b = "Australia mengirim bantuan banjir pada Senin, kata menteri luar negeri Australia."
    a = article(
        "a",
        title_a,
        body_a,
        [
            _country(title_a, "Austria", "AT", "title"),
            _country(body_a, "Australia", "AU"),
            _country(body_a, "Australia", "AU", nth=1),
            _country(body_a, "Austria", "AT"),
        ],
    )
    b = article(
        "b",
        title_b,
        body_b,
        [
            _country(title_b, "Australia", "AU", "title"),
            _country(body_b, "Australia", "AU"),
            _country(body_b, "Australia", "AU", nth=1),
        ],
    )
    found = find_headline_mismatches([a, b], align([a, b]))
    assert len(found) == 1
    f = found[0]
    assert f.severity == "high" and f.evidence[0].field == "title"
    assert f.evidence[0].text == "Austria" and "Australia" in evidence_words(f)


def test_a_headline_entity_the_body_supports_is_not_flagged() -> None:
    title = "Australia Kirim Bantuan Banjir"
    body = "Australia mengirim bantuan banjir, sementara Austria belum memutuskan."
    a = article(
        "a",
        title,
        body,
        [
            _country(title, "Australia", "AU", "title"),
            _country(body, "Australia", "AU"),
            _country(body, "Austria", "AT"),
        ],
    )
    b = article("b", "Bantuan Datang", "Bantuan tiba di lokasi banjir pada Senin.", [])
    assert not find_headline_mismatches([a, b], align([a, b]))


@pytest.mark.parametrize(
    ("lang", "title", "tnum", "body", "bnum", "wording"),
    [
        (
            "id",
            "Gempa Guncang Kota, 46 Orang Meninggal",
            "46 Orang",
            "Gempa itu menewaskan 56 orang di tiga kecamatan.",
            "56 orang",
            "tetapi isi beritanya",
        ),
        (
            "en",
            "Storm kills 14 in the north",
            "14",
            "The storm killed 41 people in the north.",
            "41 people",
            "not in its body",
        ),
    ],
)
def test_a_headline_number_its_body_does_not_state_is_a_high_mismatch(
    lang: str, title: str, tnum: str, body: str, bnum: str, wording: str
) -> None:
    label = "" if lang == "en" else "orang"
    a = article(
        "a",
        title,
        body,
        [
            fact(title, tnum, "number", label, float(tnum.split()[0]), "title"),
            fact(
                body, bnum, "number", "people" if lang == "en" else "orang", float(bnum.split()[0])
            ),
        ],
        lang,
    )
    b = article("b", "Lain", "Berita lain tanpa angka apa pun di dalamnya.", [], lang)
    found = find_headline_mismatches([a, b], align([a, b]))
    assert len(found) == 1 and found[0].severity == "high"
    assert wording in found[0].message


# ---- framing -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "ta", "tb", "terms"),
    [
        (
            "id",
            "Kelompok militan itu menyerang pos jaga.",
            "Para pejuang itu menyerang pos jaga.",
            {"militan", "pejuang"},
        ),
        (
            "en",
            "The militants attacked the checkpoint.",
            "The fighters attacked the checkpoint.",
            {"militants", "fighters"},
        ),
    ],
)
def test_different_tone_words_for_an_armed_group_are_a_framing_finding(
    lang: str, ta: str, tb: str, terms: set[str]
) -> None:
    a, b = article("a", "A", ta, [], lang), article("b", "B", tb, [], lang)
    found = find_framing([a, b], align([a, b]))
    assert len(found) == 1 and found[0].severity == "medium"
    for term in terms:
        assert any(term in w.casefold() for w in evidence_words(found[0]))
    # evidence is by offset into each article
    for e in found[0].evidence:
        assert (a if e.article == "a" else b).text[e.start : e.end] == e.text


@pytest.mark.parametrize(
    ("lang", "ta", "tb", "expected"),
    [
        # the other source says "Israel" too: only the loaded word differs
        (
            "id",
            "Serangan zionis Israel menghantam kota.",
            "Serangan Israel menghantam kota.",
            ["zionis"],
        ),
        # one source says only "Zionist regime", the other "Israel": both words are evidence
        (
            "en",
            "The Zionist regime bombed the camp.",
            "Israel bombed the camp.",
            ["Zionist regime", "Israel"],
        ),
    ],
)
def test_a_loaded_name_for_a_referent_is_a_framing_finding(
    lang: str, ta: str, tb: str, expected: list[str]
) -> None:
    a, b = article("a", "A", ta, [], lang), article("b", "B", tb, [], lang)
    found = find_framing([a, b], align([a, b]))
    assert len(found) == 1 and found[0].severity == "medium"
    assert [e.text for e in found[0].evidence] == expected
    assert found[0].evidence[0].article == "a"


def test_a_loaded_term_about_a_referent_nobody_else_names_is_low() -> None:
    a = article("a", "A", "Para teroris itu kabur ke hutan.", [])
    b = article("b", "B", "Polisi masih melakukan pengejaran ke hutan.", [])
    found = find_framing([a, b], align([a, b]))
    assert [(f.severity, [e.text for e in f.evidence]) for f in found] == [("low", ["teroris"])]


def test_neutral_synonyms_are_not_framing() -> None:
    a = article("a", "A", "Kelompok militan menyerang desa itu.", [])
    b = article("b", "B", "Milisi bersenjata menyerang desa itu.", [])
    assert not find_framing([a, b], align([a, b]))


# ---- attribution -------------------------------------------------------------------------


def test_one_figure_attributed_claimed_and_stated_is_one_attribution_finding() -> None:
    ta = "Serangan itu menewaskan 1.200 orang, menurut para pejabat Israel."
    tb = "Israel mengklaim serangan itu menewaskan 1.200 orang."
    tc = "Serangan itu menewaskan 1.200 orang di wilayah selatan."
    arts = [
        article(
            "a",
            "A",
            ta,
            [
                fact(ta, "1.200 orang", "number", "orang", 1200.0),
                fact(
                    ta,
                    "menurut para pejabat Israel",
                    "attribution",
                    "attributed",
                    "pejabat Israel",
                    cue="menurut",
                    scope=[0, len(ta)],
                ),
            ],
        ),
        article(
            "b",
            "B",
            tb,
            [
                fact(tb, "1.200 orang", "number", "orang", 1200.0),
                fact(
                    tb,
                    "Israel mengklaim",
                    "attribution",
                    "claimed",
                    "Israel",
                    cue="mengklaim",
                    scope=[0, len(tb)],
                ),
            ],
        ),
        article("c", "C", tc, [fact(tc, "1.200 orang", "number", "orang", 1200.0)]),
    ]
    found = find_attributions(arts, align(arts))
    assert len(found) == 1 and found[0].severity == "medium"
    words = evidence_words(found[0])
    assert {"1.200 orang", "menurut para pejabat Israel", "Israel mengklaim"} <= words
    assert "mengklaim" in found[0].message and "fakta" in found[0].message


def test_same_attribution_everywhere_is_not_a_finding() -> None:
    t = "Banjir itu menewaskan 12 orang, menurut badan bencana daerah."
    arts = [
        article(
            x,
            x,
            t,
            [
                fact(t, "12 orang", "number", "orang", 12.0),
                fact(
                    t,
                    "menurut badan bencana daerah",
                    "attribution",
                    "attributed",
                    "badan bencana",
                    cue="menurut",
                    scope=[0, len(t)],
                ),
            ],
        )
        for x in ("a", "b")
    ]
    assert not find_attributions(arts, align(arts))


# ---- unique, agreement, variant ------------------------------------------------------------


def test_a_figure_in_one_source_only_is_unique_and_not_agreement() -> None:
    ta = "Kebakaran menghanguskan 30 kios. Kerugian ditaksir Rp2 miliar."
    tb = "Kebakaran menghanguskan 30 kios di pasar itu."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(ta, "30 kios", "number", "kios", 30.0),
            fact(ta, "Rp2 miliar", "number", "IDR", 2e9, unit="IDR"),
        ],
    )
    b = article("b", "B", tb, [fact(tb, "30 kios", "number", "kios", 30.0)])
    al = align([a, b])
    unique = find_unique([a, b], al)
    assert [(f.severity, evidence_words(f)) for f in unique] == [("low", {"Rp2 miliar"})]
    assert [evidence_words(f) for f in find_agreements([a, b], al)] == [{"30 kios"}]


def test_spelling_variants_of_one_entity_are_info_but_short_forms_are_not() -> None:
    ta = "Kelompok Hizbullah dan komandan Esmail Qaani bertemu. Qaani lalu pulang."
    tb = "Kelompok Hizbulah dan komandan Esmail Qaani bertemu di Beirut."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(ta, "Hizbullah", "entity", "ORG", "ORG:hezbollah", surface="Hizbullah"),
            fact(ta, "Esmail Qaani", "entity", "PER", "PER:qaani"),
            fact(ta, "Qaani", "entity", "PER", "PER:qaani", nth=1),
        ],
    )
    b = article(
        "b",
        "B",
        tb,
        [
            fact(tb, "Hizbulah", "entity", "ORG", "ORG:hezbollah", surface="Hizbulah"),
            fact(tb, "Esmail Qaani", "entity", "PER", "PER:qaani"),
        ],
    )
    found = find_variants([a, b], align([a, b]))
    assert [evidence_words(f) for f in found] == [{"Hizbullah", "Hizbulah"}]
    assert found[0].severity == "info"


def test_a_compound_written_apart_and_together_is_a_word_variant() -> None:
    ta = "Kami akan melakukan apa pun untuk membantu para korban banjir di daerah itu."
    tb = "Kami akan melakukan apapun untuk membantu para korban banjir di daerah itu."
    a, b = article("a", "A", ta, []), article("b", "B", tb, [])
    found = find_variants([a, b], align([a, b]))
    assert [evidence_words(f) for f in found] == [{"apa pun", "apapun"}]


# ---- all together ------------------------------------------------------------------------


def test_find_all_sorts_by_severity_and_drops_duplicates() -> None:
    ta = "Serangan itu menewaskan 1.200 orang di perbatasan, kata pejabat. Kelompok militan kabur."
    tb = "Serangan itu menewaskan 1.400 orang di perbatasan, kata pejabat. Para pejuang kabur."
    a = article("a", "A", ta, [fact(ta, "1.200 orang", "number", "orang", 1200.0)])
    b = article("b", "B", tb, [fact(tb, "1.400 orang", "number", "orang", 1400.0)])
    found = find_all([a, b], align([a, b]))
    ranks = [SEVERITIES.index(f.severity) for f in found]
    assert ranks == sorted(ranks)
    keys = [(f.type, f.slot, tuple(e.start for e in f.evidence)) for f in found]
    assert len(keys) == len(set(keys))
    assert {f.type for f in found} >= {"conflict", "framing"}


@pytest.mark.parametrize(
    ("lang", "title", "num"),
    [
        ("id", "5 Fakta Gempa Cianjur yang Perlu Diketahui", "5"),
        ("en", "3 things to know about the storm", "3"),
    ],
)
def test_a_listicle_count_in_a_headline_is_not_a_mismatch(lang: str, title: str, num: str) -> None:
    body = "Gempa dan badai itu merusak banyak rumah warga di wilayah tersebut."
    a = article("a", title, body, [fact(title, num, "number", "", float(num), "title")], lang)
    b = article("b", "Lain", "Berita lain tentang cuaca hari ini.", [], lang)
    assert not find_headline_mismatches([a, b], align([a, b]))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The sanctions regime hit exports while fighter jets flew over the capital."),
        ("id", "Rezim pajak baru berlaku, kata para pejuang lingkungan di kota itu."),
    ],
)
def test_phrases_that_only_contain_a_loaded_word_are_not_framing(lang: str, text: str) -> None:
    a = article("a", "A", text, [], lang)
    b = article("b", "B", "Pemerintah dan warga bertemu di balai kota.", [], lang)
    assert not find_framing([a, b], align([a, b]))


def test_odd_facts_never_crash_the_findings() -> None:
    t = "Sebanyak 5 orang hilang pada 31 Februari, kata warga. “Kami cemas,” ujarnya."
    odd = [
        Fact("number", "", None, "5", 9, 10),
        Fact("number", "orang", "lima", "5 orang", 9, 16),
        Fact("date", "day", None, "31 Februari", 29, 40),
        Fact(
            "date", "day", "bukan-tanggal", "31 Februari", 29, 40, attrs={"weekday_mismatch": True}
        ),
        Fact("quote", "", "", "“Kami cemas,”", 54, 67),
        Fact("attribution", "claimed", None, "kata warga", 42, 52, attrs={"scope": "x"}),
        Fact("entity", "LOC", "", "", 0, 0, "title"),
    ]
    a = article("a", "Judul", t, odd)
    b = article("b", "Judul", t, odd)
    found = find_all([a, b], align([a, b]))
    assert all(f.severity in SEVERITIES for f in found)


def test_a_known_place_swapped_for_a_name_the_extractor_missed_is_a_where_conflict() -> None:
    ta = "Laga digelar di Stadion King Abdullah, Jeddah, pada Jumat malam waktu setempat."
    tb = "Laga digelar di Stadion King Abdullah, Riyadh, pada Jumat malam waktu setempat."
    a = article("a", "A", ta, [])
    b = article("b", "B", tb, [fact(tb, "Riyadh", "entity", "LOC", "LOC:riyadh", country="SA")])
    found = find_conflicts([a, b], align([a, b]))
    assert [(f.slot, [e.text for e in f.evidence]) for f in found] == [
        ("where", ["Jeddah", "Riyadh"])
    ]


@pytest.mark.parametrize(
    ("left", "right", "variant"),
    [("Chad", "Tchad", True), ("Iran", "Irak", False)],
)
def test_a_capitalised_slip_is_a_variant_unless_both_are_known_distinct_names(
    left: str, right: str, variant: bool
) -> None:
    ta = f"More than 5,000 people crossed into {left} in the past week, the agency said."
    tb = f"More than 5,000 people crossed into {right} in the past week, the agency said."
    fa = [fact(ta, left, "entity", "LOC", f"LOC:{left.lower()}", country="XA")]
    fb = (
        [fact(tb, right, "entity", "LOC", f"LOC:{right.lower()}", country="XB")]
        if not variant
        else []
    )
    a, b = article("a", "A", ta, fa, "en"), article("b", "B", tb, fb, "en")
    found = find_variants([a, b], align([a, b]))
    assert bool(found) is variant
    if variant:
        assert [e.text for e in found[0].evidence] == [left, right]


def test_a_headline_short_form_of_a_body_name_is_not_a_mismatch() -> None:
    title = "Polda Metro Tangkap Pengedar Narkoba"
    body = "Polda Metro Jaya menangkap dua pengedar. Polda Metro Jaya menyita barang bukti."
    a = article(
        "a",
        title,
        body,
        [
            fact(title, "Polda Metro", "entity", "ORG", "ORG:polda-metro", "title"),
            fact(body, "Polda Metro Jaya", "entity", "ORG", "ORG:polda-metro-jaya"),
            fact(body, "Polda Metro Jaya", "entity", "ORG", "ORG:polda-metro-jaya", nth=1),
        ],
    )
    tb = "Polda Metro Jaya Ungkap Peredaran Narkoba"
    b = article(
        "b",
        tb,
        "Polda Metro Jaya mengungkap peredaran narkoba.",
        [
            fact(tb, "Polda Metro Jaya", "entity", "ORG", "ORG:polda-metro-jaya", "title"),
        ],
    )
    assert not find_headline_mismatches([a, b], align([a, b]))


@pytest.mark.parametrize(
    ("lang", "ta", "cue", "source", "tb"),
    [
        (
            "id",
            "Pemerintah Iran membantah terlibat dalam serangan di perbatasan itu, "
            "menurut kantor berita IRNA.",
            "menurut kantor berita IRNA",
            "kantor berita IRNA",
            "Pemerintah Iran membantah terlibat dalam serangan di perbatasan itu.",
        ),
        (
            "en",
            "The government denied any role in the border attack, according to the state "
            "news agency IRNA.",
            "according to the state news agency IRNA",
            "state news agency IRNA",
            "The government denied any role in the border attack.",
        ),
    ],
)
def test_a_statement_attributed_in_one_source_and_stated_in_another(
    lang: str, ta: str, cue: str, source: str, tb: str
) -> None:
    a = article(
        "a",
        "A",
        ta,
        [
            fact(
                ta, cue, "attribution", "attributed", source, cue=cue.split()[0], scope=[0, len(ta)]
            ),
        ],
        lang,
    )
    b = article("b", "B", tb, [], lang)
    found = find_attributions([a, b], align([a, b]))
    assert len(found) == 1 and found[0].severity == "medium"
    assert [e.text for e in found[0].evidence] == [cue, tb]


def test_a_statement_whose_other_version_names_the_same_source_is_not_a_finding() -> None:
    ta = "Komandan Esmail Qaani mengatakan pasukannya siap membantu kelompok itu kapan saja."
    tb = "Komandan Esmail Qaani berjanji pasukannya siap membantu kelompok itu kapan saja."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(
                ta,
                "Esmail Qaani mengatakan",
                "attribution",
                "attributed",
                "Esmail Qaani",
                cue="mengatakan",
                scope=[0, len(ta)],
            ),
        ],
    )
    b = article("b", "B", tb, [])
    assert not find_attributions([a, b], align([a, b]))


def test_a_quote_credited_to_someone_else_is_one_speaker_conflict_not_also_a_who() -> None:
    q = "“Kami tidak akan mundur dari tuntutan kami sampai upah dinaikkan,”"
    ta = f"{q} kata Andi Saputra di depan gedung DPR."
    tb = f"{q} kata Budi Hartono di depan gedung DPR."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(ta, q, "quote", "PER:andi-saputra", q.strip("“”,"), speaker="Andi Saputra"),
            fact(ta, "Andi Saputra", "entity", "PER", "PER:andi-saputra"),
        ],
    )
    b = article(
        "b",
        "B",
        tb,
        [
            fact(tb, q, "quote", "PER:budi-hartono", q.strip("“”,"), speaker="Budi Hartono"),
            fact(tb, "Budi Hartono", "entity", "PER", "PER:budi-hartono"),
        ],
    )
    assert [f.slot for f in find_conflicts([a, b], align([a, b]))] == ["quote:speaker"]


def test_figures_agree_and_attributions_compare_across_indonesian_and_english() -> None:
    ta = "Serangan itu menewaskan 1.200 orang, menurut para pejabat Israel."
    tb = "Israel claimed the attack killed 1,200 people in the south."
    a = article(
        "a",
        "A",
        ta,
        [
            fact(ta, "1.200 orang", "number", "orang", 1200.0, event="killed"),
            fact(
                ta,
                "menurut para pejabat Israel",
                "attribution",
                "attributed",
                "pejabat Israel",
                cue="menurut",
                scope=[0, len(ta)],
            ),
        ],
        "id",
    )
    b = article(
        "b",
        "B",
        tb,
        [
            fact(tb, "1,200 people", "number", "people", 1200.0, event="killed"),
            fact(
                tb,
                "Israel claimed",
                "attribution",
                "claimed",
                "Israel",
                cue="claimed",
                scope=[0, len(tb)],
            ),
        ],
        "en",
    )
    al = align([a, b])
    assert [evidence_words(f) for f in find_agreements([a, b], al)] == [
        {"1.200 orang", "1,200 people"}
    ]
    found = find_attributions([a, b], al)
    assert len(found) == 1
    assert {"menurut para pejabat Israel", "Israel claimed"} <= evidence_words(found[0])


def test_a_quote_cut_short_by_one_outlet_is_the_same_quote() -> None:
    full = "“Kami akan melakukan apa pun untuk membantu warga yang terdampak banjir di desa ini,”"
    part = "“melakukan apa pun untuk membantu warga yang terdampak banjir”"
    ta = f"{full} kata Bupati Lestari."
    tb = f"Bupati Lestari berjanji {part} dalam waktu dekat."
    a = article("a", "A", ta, [fact(ta, full, "quote", "PER:lestari", full.strip("“”,"))])
    b = article("b", "B", tb, [fact(tb, part, "quote", "PER:lestari", part.strip("“”"))])
    al = align([a, b])
    assert not find_unique([a, b], al)
    assert [f.slot for f in find_agreements([a, b], al)] == ["quote"]


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [
        ("houthi", "houthis", False),
        ("taliban fighter", "taliban fighters", False),
        ("sarwono", "sarwana", True),
        ("mohammad yusuf", "muhammad yusuf", True),
    ],
)
def test_an_english_plural_of_a_name_is_not_a_spelling_variant(
    one: str, other: str, expected: bool
) -> None:
    from kroscek.compare.findings.variant import _is_variant

    assert _is_variant(one, other) is expected
    assert _is_variant(other, one) is expected


@pytest.mark.parametrize(
    ("name_a", "name_b", "label", "eid"),
    [
        ("José Ramos-Horta", "Jose Ramos-Horta", "PER", "PER:ramos-horta"),
        ("Sao Tome", "São Tomé", "LOC", "LOC:sao-tome"),
        ("Gonçalo Ramos", "Goncalo Ramos", "PER", "PER:goncalo-ramos"),
    ],
)
def test_a_name_written_with_and_without_its_accents_is_a_spelling_variant(
    name_a: str, name_b: str, label: str, eid: str
) -> None:
    ta = f"Dalam kunjungan itu {name_a} bertemu para nelayan di pelabuhan."
    tb = f"Pada kunjungan kemarin {name_b} menemui nelayan setempat."
    a = article("a", "A", ta, [fact(ta, name_a, "entity", label, eid, surface=name_a)])
    b = article("b", "B", tb, [fact(tb, name_b, "entity", label, eid, surface=name_b)])
    found = find_variants([a, b], align([a, b]))
    assert [evidence_words(f) for f in found] == [{name_a, name_b}]
    assert found[0].severity == "info" and not find_conflicts([a, b], align([a, b]))


def test_the_same_accented_name_in_both_sources_is_no_variant() -> None:
    ta = "Dalam kunjungan itu José Ramos-Horta bertemu para nelayan di pelabuhan."
    tb = "Pada kunjungan kemarin José Ramos-Horta menemui nelayan setempat."
    eid = "PER:ramos-horta"
    a = article("a", "A", ta, [fact(ta, "José Ramos-Horta", "entity", "PER", eid)])
    b = article("b", "B", tb, [fact(tb, "José Ramos-Horta", "entity", "PER", eid)])
    assert not find_variants([a, b], align([a, b]))
