"""Quotes: quoted words, speaker resolution across sentences, reporting verbs, same_quote."""

from __future__ import annotations

import pytest

from kroscek.extract.entities import recognise
from kroscek.extract.quotes import extract_quotes, same_quote


def quotes(text: str, lang: str = "id"):
    return extract_quotes(text, lang, entities=recognise(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "verb"),
    [
        (
            "“Kami tidak akan mundur sedikit pun,” kata Gubernur Maluku Ahmad Tuasikal.",
            "id",
            "Ahmad Tuasikal",
            "kata",
        ),
        (
            '"Stok beras masih aman sampai Lebaran," ujar Direktur Bulog Sri Hartati.',
            "id",
            "Sri Hartati",
            "ujar",
        ),
        (
            "Menteri Perdagangan Budi Santoso mengatakan, “Harga akan turun pekan depan.”",
            "id",
            "Budi Santoso",
            "kata",
        ),
        (
            "“The bridge will reopen in two weeks,” said Mayor Linda Okafor.",
            "en",
            "Linda Okafor",
            "say",
        ),
        (
            '"We did everything we could," fire chief Tom Becker told reporters.',
            "en",
            "Tom Becker",
            "tell",
        ),
        ('Coach Ana Ruiz said: "We were simply not sharp enough today."', "en", "Ana Ruiz", "say"),
        (
            "‘We don’t know where they are now,’ said police officer Mary Jones.",
            "en",
            "Mary Jones",
            "say",
        ),
    ],
)
def test_speaker_and_verb_are_found_around_the_quote(text, lang, speaker, verb):
    (q,) = quotes(text, lang)
    assert q.attrs["speaker"] == speaker
    assert q.attrs["verb"] == verb
    assert q.label.startswith("PER:")
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Kepala Basarnas Rudi Hartawan memimpin pencarian. “Kami menyisir sungai sejak pagi,” "
            "ujarnya. Ia menambahkan, “Dua perahu karet dikerahkan ke hilir.”",
            "id",
        ),
        (
            'Fire chief Tom Becker arrived at dawn. "The roof collapsed within minutes," he said. '
            'He added: "Nobody was inside when it fell."',
            "en",
        ),
    ],
)
def test_pronouns_point_back_to_the_last_named_speaker(text, lang):
    qs = quotes(text, lang)
    assert len(qs) == 2
    assert {q.attrs["speaker"] for q in qs} == {"Rudi Hartawan" if lang == "id" else "Tom Becker"}
    assert len({q.label for q in qs}) == 1


def test_a_short_name_after_the_full_one_is_the_same_speaker():
    text = (
        "Juru bicara polisi Komisaris Besar Dedi Kurniawan membenarkan penangkapan itu. "
        "“Tersangka sudah kami periksa,” kata Dedi."
    )
    (q,) = quotes(text)
    assert q.attrs["speaker"] == "Dedi Kurniawan"


@pytest.mark.parametrize(
    "text",
    [
        'Kelompok itu disebut "teroris" oleh pemerintah.',
        "Warga menyebutnya “zona merah” sejak tahun lalu.",
        'The plan was called a "game changer" by analysts.',
    ],
)
def test_scare_quotes_are_not_quotes(text):
    assert quotes(text, "en" if "The" in text else "id") == []


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Kami akan melakukan apa pun untuk warga.",
            "kami akan melakukan apapun untuk warga",
            True,
        ),
        (
            "Saudara-saudara Anda bersatu dengan Anda",
            "Saudara-saudara anda bersatu dengan anda,",
            True,
        ),
        ("“Kami siap,” kata dia", '"Kami siap," kata dia', True),
        ("We will never surrender.", "We will never surrender", True),
        ("Harga beras akan turun.", "Harga beras akan naik.", False),
        ("", "", False),
    ],
)
def test_same_quote_ignores_case_punctuation_and_particle_spacing(a, b, same):
    assert same_quote(a, b) is same


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "role"),
    [
        (
            '"Massa mulai tenang," kata Kapolda Sulawesi Raya Irjen Darmono Santoso.',
            "id",
            "Darmono Santoso",
            "Kapolda Sulawesi Raya Irjen",
        ),
        (
            '"Tim bermain disiplin," ujar pelatih Garuda Muda Rinto Harahap.',
            "id",
            "Rinto Harahap",
            "pelatih",
        ),
        (
            '"Kami optimistis," kata Ketua Tim Pemenangan Salim-Yudha, Herman Saputro.',
            "id",
            "Herman Saputro",
            "Ketua",
        ),
        (
            '"Kasus baru terus muncul," kata Kadinkes Lembata Yosef Making.',
            "id",
            "Yosef Making",
            "Kadinkes",
        ),
        (
            '"Jalur itu ditutup," kata Kapolres Tanjungbara AKBP Nanda Pratama.',
            "id",
            "Nanda Pratama",
            "Kapolres Tanjungbara AKBP",
        ),
        (
            '"Order has been restored," said Police Chief Inspector General Gideon Marsh.',
            "en",
            "Gideon Marsh",
            "Police Chief Inspector General",
        ),
        (
            '"We were unlucky tonight," said coach Westbury Alan Pardew.',
            "en",
            "Alan Pardew",
            "coach",
        ),
    ],
)
def test_speaker_is_the_person_not_the_role_or_its_region(text, lang, speaker, role):
    q = quotes(text, lang)
    assert [x.attrs["speaker"] for x in q] == [speaker]
    person = [e for e in recognise(text, lang) if e.label == "PER"]
    assert [(e.text, e.attrs.get("role")) for e in person] == [(speaker, role)]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Kepala Dinas Pariwisata Lestari Wulandari menyebut kerja sama itu diteken "
            "bersama Duta Besar Jepang Kenji Tanaka.\n\n"
            "“Kami ingin wisatawan Jepang datang sepanjang tahun,” ujarnya.",
            "id",
            "Lestari Wulandari",
        ),
        (
            "Rektor Universitas Andalas Yuliandri Saputra mengatakan beasiswa itu dibiayai "
            "bersama Gubernur Mahyeldi Ansharullah.\n\n"
            "“Seratus mahasiswa akan berangkat tahun depan,” katanya.",
            "id",
            "Yuliandri Saputra",
        ),
        (
            "Coach Maria Delgado said the deal was agreed with club owner Peter Hanlon.\n\n"
            '"We wanted a striker who presses from the front," she said.',
            "en",
            "Maria Delgado",
        ),
    ],
)
def test_a_pronoun_quote_goes_back_to_the_person_who_reported_not_the_last_named(
    text: str, lang: str, speaker: str
) -> None:
    (q,) = quotes(text, lang)
    assert q.attrs["speaker"] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "body"),
    [
        (
            "Persik resmi mengontrak bek asal Brasil itu. Suporter Persik menyambutnya "
            "di bandara.\n\n"
            "“Dia cocok dengan cara kami bermain,” kata manajer Persik Dodi Kurniawan.",
            "Dodi Kurniawan",
            "Persik",
        ),
        (
            "Arsenal menolak tawaran itu. Tawaran kedua juga ditolak Arsenal.\n\n"
            "“Kami tidak menjual pemain inti,” ujar direktur olahraga Arsenal Tomas Berdych.",
            "Tomas Berdych",
            "Arsenal",
        ),
    ],
)
def test_the_body_after_a_role_is_not_part_of_the_speakers_name(
    text: str, speaker: str, body: str
) -> None:
    (q,) = quotes(text)
    assert q.attrs["speaker"] == speaker
    assert body not in str(q.label)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "“Dana sudah kami kirim ke rekening desa,” kata juru bicara Andi Wiranata. "
            "Kepala Dinas Sosial Ratna Kusumawati memastikan bantuan tiba pekan depan. "
            "“Tidak ada warga yang terlewat,” katanya.",
            "id",
            "Ratna Kusumawati",
        ),
        (
            "“We have enough beds,” said spokesman Tom Keller. Health Secretary Amara "
            "Nwosu promised more staff for the winter. “No ward will close,” she said.",
            "en",
            "Amara Nwosu",
        ),
    ],
)
def test_a_pronoun_quote_after_a_sentence_whose_subject_is_named_goes_to_that_subject(
    text: str, lang: str, speaker: str
) -> None:
    last = quotes(text, lang)[-1]
    assert last.attrs["speaker"] == speaker


def test_a_person_named_after_a_preposition_does_not_take_a_pronoun_quote() -> None:
    text = (
        "“Semua pelaku sudah kami data,” kata Kapolsek Budi Hartono. Petugas lalu "
        "mendatangi rumah Slamet di Desa Karanganyar. “Barang bukti kami amankan,” katanya."
    )
    assert quotes(text)[-1].attrs["speaker"] == "Budi Hartono"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The governor condemned what he called a “betrayal” and urged lawmakers to vote.",
            "en",
        ),
        ("Ketua DPRD mengecam apa yang ia sebut “pengkhianatan” dan meminta rapat ulang.", "id"),
    ],
)
def test_a_one_word_quote_whose_verb_reports_the_rest_of_the_sentence_is_a_term(
    text: str, lang: str
) -> None:
    assert not quotes(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "quoted"),
    [
        ("“Never,” he said.", "en", ["Never"]),
        ("“We will rebuild,” Mayor Ana Lopez said.", "en", ["We will rebuild"]),
        ("“Cukup,” ujar Kepala Desa Warsono.", "id", ["Cukup"]),
        ('Akun berjuluk "Gundala77" mengklaim membobol server kampus.', "id", []),
        ('A group calling itself "NightOwl" claimed the attack.', "en", []),
    ],
)
def test_a_short_quote_is_speech_when_it_closes_its_clause_before_the_speaker(
    text: str, lang: str, quoted: list[str]
) -> None:
    assert [str(q.value) for q in quotes(text, lang)] == quoted
