"""A wire in English and its Indonesian rewrite: one quote translated though its speaker is
read with a title on one side or misread on the other; a claim with no figure credited (and
hedged) in one language and stated flat in the other; a month named alone in each language;
counted nouns of news in both languages. And, in one language, an announced act told as
announced everywhere, and "mengaku" telling one's own experience. Pinned with sentences
written for these tests, with pairs that must stay apart."""

from __future__ import annotations

import pytest

from compare_helpers import mentions, of_type, run
from kroscek.compare.findings.attribution import _as_credited
from kroscek.compare.findings.claims import noun_key
from kroscek.compare.findings.translated import glossed_alike, one_speaker
from kroscek.data import Article, Fact
from kroscek.extract.attribution import extract_attributions
from kroscek.extract.entities import recognise
from kroscek.extract.quotes import extract_quotes

# --- one quote translated, its speaker read two ways ---------------------------------------


def _quoting(source: str, lang: str, text: str, quote: str, speaker: str) -> Article:
    start = text.index(quote)
    fact = Fact(
        "quote", speaker, quote, quote, start, start + len(quote), attrs={"speaker": speaker}
    )
    return Article(id=source, source=source, title="", text=text, lang=lang, facts=(fact,))


_EN_TEXT = (
    '"The water is lower than we have seen in twenty years," {tag}.\n\n'
    "Farmers downstream have been told to expect rationing."
)
_ID_TEXT = (
    '"Air lebih rendah daripada yang pernah kami lihat dalam dua puluh tahun," {tag}.\n\n'
    "Petani di hilir diminta bersiap menghadapi penjatahan air."
)
_EN_QUOTE = "The water is lower than we have seen in twenty years,"
_ID_QUOTE = "Air lebih rendah daripada yang pernah kami lihat dalam dua puluh tahun,"


@pytest.mark.parametrize(
    ("en_tag", "en_speaker", "id_tag", "id_speaker", "one"),
    [
        # a title before the name in the English tag, the name alone in the Indonesian one
        (
            "Regional Water Authority Director Hana Whitfield told reporters",
            "Regional Water Authority Director Hana Whitfield",
            "ujar Direktur Otoritas Air Regional, Hana Whitfield",
            "Hana Whitfield",
            True,
        ),
        # the Indonesian speaker misread as a word of the ministry's name
        (
            "Water Minister Hana Whitfield said",
            "Hana Whitfield",
            "kata Menteri Sumber Daya dan Air Hana Whitfield",
            "Air",
            True,
        ),
        # two people: neither name stands beside the other's quote
        (
            "Regional Water Authority Director Hana Whitfield told reporters",
            "Regional Water Authority Director Hana Whitfield",
            "ujar petani setempat, Darmo Sukirno",
            "Darmo Sukirno",
            False,
        ),
    ],
)
def test_a_speaker_named_beside_the_other_quote_is_one_person(
    en_tag, en_speaker, id_tag, id_speaker, one
):
    en = _quoting("Wire", "en", _EN_TEXT.format(tag=en_tag), _EN_QUOTE, en_speaker)
    id_ = _quoting("Portal", "id", _ID_TEXT.format(tag=id_tag), _ID_QUOTE, id_speaker)
    assert one_speaker(en, en.facts[0], id_, id_.facts[0]) is one
    assert one_speaker(id_, id_.facts[0], en, en.facts[0]) is one


_WIRE_DROUGHT = (
    "Reservoir falls to twenty-year low as drought grips island",
    "MATARAM, Indonesia, Aug 12 (Island Wire) - The main reservoir on Lombok has fallen to its "
    "lowest level in two decades, officials said on Tuesday.\n\n"
    '"{quote}," {tag}.\n\n'
    "About 4,000 households rely on the reservoir for drinking water.",
)
_RAW_DROUGHT = (
    "Waduk Utama Lombok Menyusut ke Titik Terendah",
    "Waduk utama di Lombok menyusut ke level terendah dalam dua dekade, Selasa (12/8/2025).\n\n"
    '"{quote}," {tag}.\n\n'
    "Sekitar 4.000 KK bergantung pada waduk itu untuk air minum.",
)


@pytest.mark.parametrize(
    ("en_tag", "id_quote", "id_tag", "agreed"),
    [
        (
            "Provincial Water Agency Head Hana Whitfield told reporters",
            "Airnya lebih rendah daripada yang pernah kami lihat dalam dua puluh tahun",
            "ujar Kepala Badan Air Provinsi, Hana Whitfield",
            True,
        ),
        (
            "Provincial Water Agency Head Hana Whitfield told reporters",
            "Airnya lebih rendah daripada yang pernah kami lihat dalam dua puluh tahun",
            "kata Kepala Badan Air dan Irigasi Hana Whitfield",
            True,
        ),
        # another person saying another thing: two quotes, each its outlet's own
        (
            "Provincial Water Agency Head Hana Whitfield told reporters",
            "Kami sudah tiga kali gagal panen sejak musim kemarau dimulai",
            "kata petani setempat, Darmo Sukirno",
            False,
        ),
    ],
)
def test_a_quote_translated_by_one_speaker_read_two_ways_is_one_agreed_quote(
    en_tag, id_quote, id_tag, agreed
):
    report = run(
        (
            _WIRE_DROUGHT[0],
            _WIRE_DROUGHT[1].format(
                quote="The water is lower than we have seen in twenty years", tag=en_tag
            ),
        ),
        (_RAW_DROUGHT[0], _RAW_DROUGHT[1].format(quote=id_quote, tag=id_tag)),
    )
    quoted = [f for f in of_type(report, "agreement", "quote") if mentions(f, "twenty years")]
    alone = [f for f in report.findings if f.type == "unique" and mentions(f, "twenty years")]
    assert bool(quoted) is agreed
    assert bool(alone) is not agreed


# --- a claim with no figure, credited in one language and stated in the other --------------

_WIRE_FIRE = (
    "Fire guts warehouse at Surabaya port",
    "SURABAYA, Indonesia, June 3 (Island Wire) - A fire destroyed a warehouse at Tanjung "
    "Perak port on Tuesday, forcing about 300 workers to leave the area, police said.\n\n"
    "{claim}\n\n"
    "The warehouse stored rice and sugar bound for eastern provinces.",
)
_RAW_FIRE = (
    "Gudang di Pelabuhan Tanjung Perak Terbakar",
    "Kebakaran menghanguskan sebuah gudang di Pelabuhan Tanjung Perak, Surabaya, Selasa "
    "(3/6/2025). Sekitar 300 pekerja diminta meninggalkan lokasi.\n\n"
    "{claim}\n\n"
    "Gudang itu menyimpan beras dan gula untuk provinsi di wilayah timur.",
)


def _fire(en: str, id_: str) -> list:
    report = run(
        (_WIRE_FIRE[0], _WIRE_FIRE[1].format(claim=en)),
        (_RAW_FIRE[0], _RAW_FIRE[1].format(claim=id_)),
    )
    return of_type(report, "attribution")


@pytest.mark.parametrize(
    ("en", "id_", "expected"),
    [
        # credited and hedged in English, stated flat in Indonesian
        (
            "Investigators said the blaze was probably sparked by a lightning strike on the roof.",
            "Kebakaran dipicu sambaran petir di atap gudang.",
            ("Investigators said", "Kebakaran dipicu"),
        ),
        # an electrical fault, told in each language's own words
        (
            "Officials said the fire was likely triggered by an electrical short circuit.",
            "Api dipicu korsleting listrik.",
            ("Officials said", "Api dipicu"),
        ),
    ],
)
def test_a_cause_credited_in_one_language_and_stated_in_the_other_is_an_attribution(
    en, id_, expected
):
    found = [f for f in _fire(en, id_) if mentions(f, *expected)]
    assert len(found) == 1


@pytest.mark.parametrize(
    ("en", "id_"),
    [
        # credited in both: no difference of stance
        (
            "Investigators said the blaze was probably sparked by a lightning strike on the roof.",
            "Penyidik menyatakan kebakaran dipicu sambaran petir di atap gudang.",
        ),
        # the rewrite says something else: nothing to pair
        (
            "Investigators said the blaze was probably sparked by a lightning strike on the roof.",
            "Para pekerja sedang beristirahat ketika asap tebal terlihat.",
        ),
    ],
)
def test_a_cause_credited_alike_or_not_translated_is_no_attribution(en, id_):
    assert not [f for f in _fire(en, id_) if mentions(f, "lightning")]


_WIRE_PLANT = (
    "Indonesia's new power plant to start operation next year",
    "JAKARTA, Nov 20 (Island Wire) - A gas-fired power plant in Gresik was finished this "
    "week at a cost of about $200 million, the company said. {forecast}\n\n"
    "The plant will supply about 450,000 homes in East Java.",
)
_RAW_PLANT = (
    "PLTG Gresik Rampung",
    "Pembangkit listrik tenaga gas di Gresik rampung pekan ini dengan biaya sekitar 200 juta "
    "dolar AS. {forecast}\n\n"
    "Pembangkit itu akan memasok listrik untuk sekitar 450.000 rumah di Jawa Timur.",
)


@pytest.mark.parametrize(
    ("en", "id_", "month_agreed", "credited"),
    [
        # the forecast goes on with "the company said"; the rewrite states it
        (
            "It is expected to begin commercial operation in June after several months of testing.",
            "Pembangkit akan mulai beroperasi secara komersial pada Juni 2026 setelah uji coba.",
            True,
            True,
        ),
        (
            "It is expected to enter commercial service in April after months of testing.",
            "Pembangkit itu akan mulai beroperasi komersial pada April 2026 setelah pengujian.",
            True,
            True,
        ),
        # the same month, but another thing happens in it: no agreement
        (
            "It is expected to begin commercial operation in June after several months of testing.",
            "Warga sekitar menggelar syukuran di balai desa pada Juni lalu.",
            False,
            False,
        ),
    ],
)
def test_a_month_named_alone_agrees_across_languages_when_the_sentence_is_translated(
    en, id_, month_agreed, credited
):
    report = run(
        (_WIRE_PLANT[0], _WIRE_PLANT[1].format(forecast=en)),
        (_RAW_PLANT[0], _RAW_PLANT[1].format(forecast=id_)),
    )
    months = [f for f in of_type(report, "agreement") if f.slot == "date:month"]
    forecasts = [f for f in of_type(report, "attribution") if mentions(f, "expected to")]
    assert bool(months) is month_agreed
    assert bool(forecasts) is credited


@pytest.mark.parametrize(
    ("en", "id_", "alike"),
    [
        (
            "It is expected to begin commercial operation in June after months of testing.",
            "Pembangkit akan mulai beroperasi secara komersial pada Juni setelah uji coba.",
            True,
        ),
        (
            "The blaze was probably sparked by a lightning strike.",
            "Kebakaran dipicu sambaran petir.",
            True,
        ),
        (
            "The blaze was probably sparked by a lightning strike.",
            "Warga menggelar syukuran di balai desa.",
            False,
        ),
    ],
)
def test_a_sentence_and_its_translation_are_glossed_alike(en, id_, alike):
    assert glossed_alike(en, id_) is alike


# --- counted nouns of news in both languages ------------------------------------------------


@pytest.mark.parametrize(
    ("en", "id_", "same"),
    [
        ("islands", "pulau", True),
        ("shops", "toko", True),
        ("points", "titik", True),
        ("gigabits", "gigabit", True),
        ("islands", "toko", False),
    ],
)
def test_an_english_counted_noun_and_its_indonesian_label_count_one_thing(en, id_, same):
    from kroscek.compare.findings.claims.nouns import _also_named

    a = Fact("number", en, f"1,000 {en}", 1000.0, 0, 5)
    b = Fact("number", id_, f"1.000 {id_}", 1000.0, 0, 5)
    assert (noun_key(a, "en") == noun_key(b, "id") or _also_named(a, b, "en", "id")) is same


@pytest.mark.parametrize(
    ("en", "id_", "noun", "agreed"),
    [
        (
            "an archipelago of more than 5,000 islands",
            "terdiri atas lebih dari 5.000 pulau",
            "islands",
            True,
        ),
        ("about 2,400 shops were closed", "sekitar 2.400 toko tutup", "shops", True),
        ("about 2,400 shops were closed", "sekitar 4.200 kendaraan terjebak", "shops", False),
    ],
)
def test_a_count_of_a_common_noun_agrees_across_languages(en, id_, noun, agreed):
    report = run(
        (
            "Storm hits eastern islands",
            f"AMBON, Indonesia, Jan 5 (Island Wire) - A storm hit the region on Monday. "
            f"Officials said {en}.",
        ),
        ("Badai Landa Wilayah Timur", f"Badai melanda wilayah itu, Senin (5/1/2026). Kini {id_}."),
    )
    found = [f for f in of_type(report, "agreement") if mentions(f, noun)]
    assert bool(found) is agreed


# --- an act announced, told as announced by every text ---------------------------------------

_ANNOUNCED = "Perusahaan mengumumkan PHK terhadap 800 karyawan pabrik garmen itu."


@pytest.mark.parametrize(
    ("told", "credited"),
    [
        # the next sentence says the act was made public
        (
            "PT Garmen Sentosa memutus hubungan kerja 800 karyawan, Senin (3/3/2025). "
            "Keputusan itu diumumkan lewat papan pengumuman di kantin pabrik.",
            False,
        ),
        # an announcement word before the figure in its own sentence
        (
            "Karyawan berkerumun setelah membaca pengumuman bahwa 800 karyawan terkena PHK, "
            "Senin (3/3/2025).",
            False,
        ),
        # stated with no word of it being announced: a difference of attribution
        (
            "PT Garmen Sentosa memutus hubungan kerja 800 karyawan, Senin (3/3/2025). "
            "Karyawan yang terdampak sebagian besar bekerja di bagian jahit.",
            True,
        ),
    ],
)
def test_an_announced_act_told_as_announced_in_each_text_is_no_attribution(told, credited):
    report = run(
        ("PHK 800 Karyawan Garmen di Boyolali", told),
        (
            "Pabrik Garmen di Boyolali PHK 800 Karyawan",
            f"{_ANNOUNCED} Manajemen menyebut pesanan turun tajam sejak pertengahan tahun.",
        ),
    )
    found = [f for f in of_type(report, "attribution") if mentions(f, "800")]
    assert bool(found) is credited


# --- "mengaku" telling one's own experience --------------------------------------------------


def _stances(text: str, lang: str = "id") -> list[tuple[str, str]]:
    """Each attribution's stance as compare reads it (a testimony is credited to its
    speaker) and its cue."""
    ents = recognise(text, lang)
    quotes = extract_quotes(text, lang, entities=ents)
    facts = extract_attributions(text, lang, entities=ents, quotes=quotes)
    return [(str(_as_credited(f).label), str(f.attrs.get("cue"))) for f in facts]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Suryani (52) mengaku sudah berjualan di pasar itu selama 30 tahun.", "attributed"),
        ("Warga mengaku tidak menerima bantuan sejak banjir surut.", "attributed"),
        ("Seorang ibu mengaku khawatir anaknya tidak bisa bersekolah.", "attributed"),
        # a claim held at arm's length stays one
        ("Kelompok itu mengaku bertanggung jawab atas serangan di pos jaga.", "claimed"),
        ("Pria itu mengaku sebagai petugas pajak kepada para korban.", "claimed"),
    ],
)
def test_mengaku_about_ones_own_experience_is_testimony_not_a_claim(text, stance):
    assert (stance, "mengaku") in _stances(text)


@pytest.mark.parametrize(
    ("text", "carried"),
    [
        # a body called by its common noun: the forecast goes on with it
        (
            "The plant was finished this week, the company said. It is expected to begin "
            "operation in June.",
            True,
        ),
        (
            "The bridge was reopened on Monday, the ministry said. It is expected to carry "
            "20,000 vehicles a day.",
            True,
        ),
        # residents are no body: their words end with their sentence
        (
            "The water rose quickly, residents said. It is expected to recede by Friday.",
            False,
        ),
    ],
)
def test_a_forecast_carries_on_from_a_body_named_by_its_common_noun(text, carried):
    facts = extract_attributions(text, "en", entities=recognise(text, "en"))
    assert any(f.attrs.get("carried") for f in facts) is carried


# --- "Menurutnya": the cue carries its pronoun ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kepala BPBD Garut, Budi Santoso, meninjau tiga desa yang terendam. Menurutnya, "
            "sebanyak 300 rumah rusak.",
            "Budi Santoso",
        ),
        (
            "Dokter Ratna Sari memeriksa para korban di posko. Menurutnya, sebagian besar "
            "menderita diare.",
            "Ratna Sari",
        ),
        # nobody named before: no one to credit
        ("Menurutnya, sebanyak 300 rumah rusak.", None),
    ],
)
def test_menurutnya_credits_the_person_named_just_before(text, source):
    facts = extract_attributions(text, "id", entities=recognise(text, "id"))
    found = [str(f.value) for f in facts if f.attrs.get("cue") == "menurutnya"]
    assert found == ([source] if source else [])


# --- a ministry's name joined by "dan" before its holder's name -------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Kapal patroli akan ditambah tahun depan," kata Menteri Kelautan dan Perikanan '
            "Hadi Prasetyo Wibowo dalam keterangan tertulis.",
            "Hadi Prasetyo Wibowo",
        ),
        (
            '"Jaringan di wilayah timur sudah pulih," kata Menteri Komunikasi dan Digital '
            "Rina Kartika di Jakarta.",
            "Rina Kartika",
        ),
        # no office joined by "dan": the name as read
        (
            '"Harga beras akan turun bulan depan," ujar Menteri Perdagangan Budi Santoso.',
            "Budi Santoso",
        ),
    ],
)
def test_a_word_of_an_office_joined_by_dan_is_not_the_speaker(text, speaker):
    ents = recognise(text, "id")
    (quote,) = extract_quotes(text, "id", entities=ents)
    assert quote.attrs.get("speaker") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Seorang pengendara mengaku tidak melihat lampu merah di persimpangan itu.",
        "Penjaga gudang mengaku sempat mendengar ledakan sebelum api membesar.",
        "Warga mengaku melihat dua orang keluar dari rumah itu.",
    ],
)
def test_what_a_witness_says_they_saw_or_heard_stays_a_claim(text):
    assert ("claimed", "mengaku") in _stances(text)


def test_a_testimony_stays_a_claim_in_the_facts_and_is_marked_as_testimony():
    text = "Suryani (52) mengaku sudah berjualan di pasar itu selama 30 tahun."
    ents = recognise(text, "id")
    (fact,) = extract_attributions(text, "id", entities=ents)
    assert (fact.label, fact.attrs.get("testimony")) == ("claimed", True)


_WORKERS = (
    "Pabrik Sepatu di Tangerang Tutup",
    "Pabrik sepatu di Tangerang resmi tutup, Senin (3/3/2025). Ketua serikat, Yanto Prasetyo, "
    "mengatakan sebagian besar pekerja sudah bekerja lebih dari 20 tahun.",
)


@pytest.mark.parametrize(
    ("told", "credited"),
    [
        # one worker's own years, told with "mengaku sudah": no claim against the union's word
        ("Seorang pekerja, Sumiati (49), mengaku sudah bekerja di pabrik itu 26 tahun.", False),
        # the union's figure kept at arm's length: a difference of attribution
        ("Serikat pekerja mengklaim sebagian besar pekerja bekerja lebih dari 20 tahun.", True),
    ],
)
def test_a_workers_own_years_told_with_mengaku_are_no_claim_against_another_source(told, credited):
    report = run(_WORKERS, ("Pabrik Sepatu Tangerang Berhenti Beroperasi", told))
    found = [f for f in of_type(report, "attribution") if mentions(f, "tahun")]
    assert any("klaim" in f.message for f in found) is credited
