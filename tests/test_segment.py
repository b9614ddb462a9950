"""Sentence splitting keeps numbers, abbreviations and quotations whole."""

from __future__ import annotations

import pytest

from kroscek.text.segment import paragraphs, sentences


def split(text: str, lang: str = "id") -> list[str]:
    return [text[s.start : s.end] for s in sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Banjir merendam 1.200 rumah. Sebanyak 11.000 warga mengungsi.",
            ["Banjir merendam 1.200 rumah.", "Sebanyak 11.000 warga mengungsi."],
        ),
        (
            "Inflasi naik 2,5 persen. Harga beras ikut naik.",
            ["Inflasi naik 2,5 persen.", "Harga beras ikut naik."],
        ),
        (
            "Dr. Ratna Sari memeriksa pasien di Jl. Melati No. 12. Ia lalu pulang.",
            ["Dr. Ratna Sari memeriksa pasien di Jl. Melati No. 12.", "Ia lalu pulang."],
        ),
        (
            "Prof. H. Darmawan hadir. Rapat dimulai pukul 09.00 WIB.",
            ["Prof. H. Darmawan hadir.", "Rapat dimulai pukul 09.00 WIB."],
        ),
        (
            "Saham PT Sinar Laut Tbk. melonjak. Investor senang.",
            ["Saham PT Sinar Laut Tbk. melonjak.", "Investor senang."],
        ),
        (
            "Jalan itu dinamai M. Yamin. Warga setuju.",
            ["Jalan itu dinamai M. Yamin.", "Warga setuju."],
        ),
        (
            "Pasar menjual beras, gula, minyak, dll. Pemerintah menjamin stok aman.",
            ["Pasar menjual beras, gula, minyak, dll.", "Pemerintah menjamin stok aman."],
        ),
        (
            "Indonesia berada di Grup B. Di grup itu ada Jepang.",
            ["Indonesia berada di Grup B.", "Di grup itu ada Jepang."],
        ),
        (
            "Rapat selesai pukul 14.00 WIB. Polisi lalu membubarkan massa.",
            ["Rapat selesai pukul 14.00 WIB.", "Polisi lalu membubarkan massa."],
        ),
        (
            "Dokumen ditandatangani Ir. H. Sutrisno, M.Si. di Bandung.",
            ["Dokumen ditandatangani Ir. H. Sutrisno, M.Si. di Bandung."],
        ),
        (
            "Hal itu dibantah juru bicara, Budi Santoso S.P. Informasi itu keliru.",
            ["Hal itu dibantah juru bicara, Budi Santoso S.P.", "Informasi itu keliru."],
        ),
        (
            "PM Malaysia bertemu PM Thailand. Keduanya membahas perbatasan.",
            ["PM Malaysia bertemu PM Thailand.", "Keduanya membahas perbatasan."],
        ),
    ],
)
def test_indonesian_numbers_and_abbreviations_do_not_split(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Kami tidak akan mundur dari kota ini,” kata Rahman di Makassar. Warga bersorak.",
            ["“Kami tidak akan mundur dari kota ini,” kata Rahman di Makassar.", "Warga bersorak."],
        ),
        (
            "“Kami siap. Kami tidak takut,” ujar juru bicara itu. Ia pergi.",
            ["“Kami siap. Kami tidak takut,” ujar juru bicara itu.", "Ia pergi."],
        ),
        (
            '"Stok aman. Jangan panik," kata Menteri Perdagangan. Pasar tenang.',
            ['"Stok aman. Jangan panik," kata Menteri Perdagangan.', "Pasar tenang."],
        ),
        (
            'Layar 55" itu dijual. “Harganya naik. Stok habis,” kata penjual. Pembeli kecewa.',
            [
                'Layar 55" itu dijual.',
                "“Harganya naik. Stok habis,” kata penjual.",
                "Pembeli kecewa.",
            ],
        ),
        (
            "“Kami menolak.” kata dia singkat. Rapat bubar.",
            ["“Kami menolak.” kata dia singkat.", "Rapat bubar."],
        ),
    ],
)
def test_quotations_stay_whole_with_their_attribution(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. State Department said 1,200 people left. It gave no details.",
            ["The U.S. State Department said 1,200 people left.", "It gave no details."],
        ),
        (
            "Mr. Lee met Gen. Park at 5 p.m. The talks ended late.",
            ["Mr. Lee met Gen. Park at 5 p.m.", "The talks ended late."],
        ),
        (
            "Troops moved in on Nov. 16. Residents fled south.",
            ["Troops moved in on Nov. 16.", "Residents fled south."],
        ),
        (
            '"We will not leave," she said. Was it over? Nobody knew!',
            ['"We will not leave," she said.', "Was it over?", "Nobody knew!"],
        ),
        (
            "Prices of rice, sugar, etc. Rose sharply.",
            ["Prices of rice, sugar, etc.", "Rose sharply."],
        ),
        (
            "Shares of Acme Inc. rose 3%. The company gained.",
            ["Shares of Acme Inc. rose 3%.", "The company gained."],
        ),
        (
            "The award went to Robert Lane Jr. The ceremony was short.",
            ["The award went to Robert Lane Jr.", "The ceremony was short."],
        ),
        (
            "Robert Lane Jr. Memorial Park reopened.",
            ["Robert Lane Jr. Memorial Park reopened."],
        ),
        (
            "Aid reached the U.S. The shipment was late.",
            ["Aid reached the U.S.", "The shipment was late."],
        ),
    ],
)
def test_english_sentences(text: str, expected: list[str]) -> None:
    assert split(text, "en") == expected


def test_paragraph_break_always_ends_a_sentence() -> None:
    text = "Judul tanpa titik\n\nParagraf kedua dimulai di sini"
    assert split(text) == ["Judul tanpa titik", "Paragraf kedua dimulai di sini"]


@pytest.mark.parametrize(
    "text",
    [
        "Satu kalimat.  Dua kalimat!\n\n  Tiga kalimat?\n",
        "“Kutipan tanpa penutup. Lalu teks lain.",
        "",
        "   ",
        "1.2.3. 4.5.6.",
    ],
)
def test_spans_point_into_the_text_and_never_overlap(text: str) -> None:
    spans = sentences(text)
    previous_end = 0
    for span in spans:
        assert span.start >= previous_end
        chunk = text[span.start : span.end]
        assert chunk == chunk.strip() and chunk
        previous_end = span.end


def test_paragraph_spans_skip_blank_lines() -> None:
    text = "Satu.\n\n\n  Dua.\n"
    assert [text[p.start : p.end] for p in paragraphs(text)] == ["Satu.", "Dua."]


def test_a_very_long_paragraph_is_split_in_linear_time() -> None:
    # 20,000 sentences in one paragraph: a quadratic scan would take minutes here.
    text = "Harga naik 1.200 rupiah. “Kami siap,” kata Dr. Ani. " * 10_000
    spans = sentences(text)
    assert len(spans) == 20_000
    assert text[spans[-1].start : spans[-1].end] == "“Kami siap,” kata Dr. Ani."
