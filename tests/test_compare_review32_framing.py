"""Review 32: framing on unseen text. Official registers against everyday words (a price rise
called "penyesuaian", inmates called "warga binaan", farmers called "perambah", "TKI" for
migrant workers, "pembantu" for a domestic worker, "hukuman pancung" for an execution);
two newsrooms' reports of one act that share no sentence but count it alike; a text that
writes both registers ties two that write one each; a charged word of an old event frames
nothing."""

from __future__ import annotations

import pytest
from tests.compare_helpers import mentions, of_type, run

from kroscek.compare.findings.framing import lexicon


def _framing(report_pairs: tuple[tuple[str, str], ...], slot: str) -> list[str]:
    """The evidence words of the framing finding of one class (empty when none)."""
    found = of_type(run(*report_pairs), "framing", slot)
    assert len(found) <= 1
    return [e.text.casefold() for e in found[0].evidence] if found else []


# ----------------------------------------------------- registers: each class, each side


@pytest.mark.parametrize(
    ("first", "second", "slot", "words"),
    [
        pytest.param(
            (
                "Harga Elpiji Naik Mulai Senin",
                "Pemerintah daerah melakukan penyesuaian harga elpiji tiga kilogram mulai Senin "
                "(2/3/2026). Harga eceran disesuaikan menjadi Rp 20.000 per tabung.",
            ),
            (
                "Warga Keluhkan Kenaikan Harga Elpiji",
                "Warga mengeluhkan kenaikan harga elpiji tiga kilogram yang berlaku Senin "
                "(2/3/2026). Harga eceran naik menjadi Rp 20.000 per tabung.",
            ),
            "framing:price_rise",
            ("penyesuaian harga", "kenaikan harga"),
            id="id-penyesuaian-vs-kenaikan",
        ),
        pytest.param(
            (
                "Empat Warga Binaan Melarikan Diri dari Lapas",
                "Empat warga binaan melarikan diri dari lapas kota, Selasa (3/3/2026) dini "
                "hari. Petugas lapas masih melakukan pengejaran.",
            ),
            (
                "Empat Napi Kabur dari Lapas",
                "Empat napi kabur dari lapas kota, Selasa (3/3/2026) dini hari. Petugas lapas "
                "masih melakukan pengejaran.",
            ),
            "framing:inmates",
            ("warga binaan", "napi"),
            id="id-warga-binaan-vs-napi",
        ),
        pytest.param(
            (
                "Tujuh Perambah Diamankan di Kawasan Hutan",
                "Polisi hutan mengamankan tujuh perambah di kawasan hutan lindung, Rabu "
                "(4/3/2026). Mereka membuka kebun kopi di lereng bukit.",
            ),
            (
                "Tujuh Petani Ditahan Polisi Hutan",
                "Polisi hutan mengamankan tujuh petani di kawasan hutan lindung, Rabu "
                "(4/3/2026). Mereka membuka kebun kopi di lereng bukit.",
            ),
            "framing:land_users",
            ("perambah", "petani"),
            id="id-perambah-vs-petani",
        ),
        pytest.param(
            (
                "Pekerja Migran Asal Lombok Dipulangkan",
                "Seorang pekerja migran Indonesia asal Lombok dipulangkan dari Malaysia, Kamis "
                "(5/3/2026), setelah majikannya menahan gajinya.",
            ),
            (
                "TKI Asal Lombok Dipulangkan",
                "Seorang TKI asal Lombok dipulangkan dari Malaysia, Kamis (5/3/2026), setelah "
                "majikannya menahan gajinya.",
            ),
            "framing:migrants",
            ("pekerja migran", "tki"),
            id="id-pmi-vs-tki",
        ),
        pytest.param(
            (
                "Asisten Rumah Tangga Disiram Air Panas",
                "Seorang asisten rumah tangga disiram air panas oleh majikannya, Jumat "
                "(6/3/2026). Polisi telah memeriksa majikan tersebut.",
            ),
            (
                "Pembantu Rumah Tangga Disiram Air Panas",
                "Seorang pembantu rumah tangga disiram air panas oleh majikannya, Jumat "
                "(6/3/2026). Polisi telah memeriksa majikan tersebut.",
            ),
            "framing:domestic_workers",
            ("asisten rumah tangga", "pembantu rumah tangga"),
            id="id-asisten-vs-pembantu",
        ),
        pytest.param(
            (
                "Pekerja Asal Madura Dieksekusi Mati",
                "Seorang pekerja asal Madura dieksekusi mati di luar negeri, Sabtu (7/3/2026). "
                "Keluarga baru menerima kabar sehari kemudian.",
            ),
            (
                "Pekerja Asal Madura Jalani Hukuman Pancung",
                "Seorang pekerja asal Madura menjalani hukuman pancung di luar negeri, Sabtu "
                "(7/3/2026). Keluarga baru menerima kabar sehari kemudian.",
            ),
            "framing:execution",
            ("dieksekusi mati", "hukuman pancung"),
            id="id-eksekusi-vs-pancung",
        ),
        pytest.param(
            (
                "Two maids rescued from employer's home",
                "Police rescued two maids from their employer's home on Sunday after "
                "neighbours heard screams.",
            ),
            (
                "Two domestic workers rescued from employer's home",
                "Police rescued two domestic workers from their employer's home on Sunday after "
                "neighbours heard screams.",
            ),
            "framing:domestic_workers",
            ("maids", "domestic workers"),
            id="en-maids-vs-domestic-workers",
        ),
    ],
)
def test_an_official_register_against_the_everyday_word_is_a_frame(
    first: tuple[str, str], second: tuple[str, str], slot: str, words: tuple[str, str]
) -> None:
    evidence = _framing((first, second), slot)
    assert all(any(w in e for e in evidence) for w in words)


@pytest.mark.parametrize(
    ("first", "second", "slot"),
    [
        pytest.param(
            (
                "Empat Warga Binaan Melarikan Diri dari Lapas",
                "Empat warga binaan melarikan diri dari lapas kota, Selasa (3/3/2026) dini "
                "hari. Petugas lapas masih melakukan pengejaran.",
            ),
            (
                "Lapas Kota Perketat Penjagaan",
                "Empat warga binaan melarikan diri dari lapas kota, Selasa (3/3/2026) dini "
                "hari. Petugas lapas masih melakukan pengejaran.",
            ),
            "framing:inmates",
            id="id-one-register-both-sides",
        ),
        pytest.param(
            (
                "Sopir Truk Kabur Usai Tabrakan",
                "Sopir truk kabur setelah menabrak pagar rumah warga, Selasa (3/3/2026). "
                "Polisi mencari pengemudi itu.",
            ),
            (
                "Sopir Truk Melarikan Diri Usai Tabrakan",
                "Sopir truk melarikan diri setelah menabrak pagar rumah warga, Selasa "
                "(3/3/2026). Polisi mencari pengemudi itu.",
            ),
            "framing:inmates",
            id="id-a-driver-fleeing-is-no-escape-from-custody",
        ),
        pytest.param(
            (
                "Kenaikan Pangkat Perwira Diumumkan",
                "Markas besar mengumumkan kenaikan pangkat 40 perwira, Senin (2/3/2026).",
            ),
            (
                "Perwira Naik Pangkat",
                "Sebanyak 40 perwira naik pangkat, Senin (2/3/2026), menurut markas besar.",
            ),
            "framing:price_rise",
            id="id-a-promotion-is-no-price-rise",
        ),
    ],
)
def test_a_register_word_without_its_setting_or_counterpart_frames_nothing(
    first: tuple[str, str], second: tuple[str, str], slot: str
) -> None:
    assert _framing((first, second), slot) == []


def test_register_classes_are_read_beside_framing_json() -> None:
    classes = set(lexicon("id").referents)
    assert {"price_rise", "inmates", "land_users", "domestic_workers", "execution"} <= classes
    assert "migrants" in classes and "execution" in set(lexicon("en").referents)


# --------------------------------------- one act told apart, counted alike, on one day


@pytest.mark.parametrize(
    ("second_act", "day", "framed"),
    [
        pytest.param("mengamankan 11 orang", "Kamis (19/11/2026)", True, id="id-same-count-day"),
        pytest.param("mengamankan 11 orang", "Jumat (20/11/2026)", False, id="id-another-day"),
        pytest.param("mengamankan 4 orang", "Kamis (19/11/2026)", False, id="id-another-count"),
    ],
)
def test_two_reports_sharing_no_sentence_frame_one_act_they_count_alike(
    second_act: str, day: str, framed: bool
) -> None:
    first = (
        "Bentrok Lahan, Polisi Tangkap 11 Petani",
        "Bentrokan pecah antara warga dan petugas kebun di lereng bukit, Kamis (19/11/2026). "
        "Polisi menangkap 11 petani setelah keributan itu.\n\nKuasa hukum warga menilai "
        "penangkapan itu tidak sah.",
    )
    second = (
        "Kebun Diduduki, Polisi Turun Tangan",
        f"Aparat mendatangi areal kebun yang diduduki sekelompok orang, {day}. Polisi "
        f"{second_act} yang diduga menyerang petugas.\n\nManajer kebun meminta proses hukum "
        "berjalan.",
    )
    found = of_type(run(first, second), "framing", "framing:arrest")
    assert bool(found) is framed
    if framed:
        assert mentions(found[0], "menangkap", "mengamankan")


def test_a_text_writing_both_registers_ties_two_writing_one_each() -> None:
    both = (
        "Tujuh Napi Kabur dari Rutan",
        "Tujuh napi kabur dari rutan kota, Minggu (1/3/2026) dini hari. Kepala rutan "
        "menyebut ketujuh warga binaan itu melarikan diri lewat atap.",
    )
    official = (
        "Kementerian: Tujuh Warga Binaan Melarikan Diri",
        "Kementerian menyatakan tujuh warga binaan melarikan diri lewat atap rutan kota. "
        "Petugas terus melakukan pengejaran.",
    )
    plain = (
        "Polisi Buru Tujuh Napi Kabur",
        "Polisi memburu tujuh napi yang kabur dari rutan kota, Senin (2/3/2026). Ketujuh "
        "napi itu kabur lewat atap.",
    )
    found = of_type(run(both, official, plain), "framing", "framing:inmates")
    assert len(found) == 1
    assert mentions(found[0], "warga binaan", "napi")


# --------------------------------------------- a charged word of an old event is not this one


@pytest.mark.parametrize(
    ("background", "framed"),
    [
        pytest.param(
            "A fare rise in 2019 helped trigger riots in the capital.", False, id="en-old-riots"
        ),
        pytest.param("The crowd later turned into riots, police said.", True, id="en-riots-now"),
    ],
)
def test_a_charged_word_in_a_sentence_of_another_year_frames_nothing(
    background: str, framed: bool
) -> None:
    wire = (
        "Students protest bus fare rise",
        "Hundreds of students protested outside the city hall on Saturday, March 7, 2026, "
        f"against a rise in bus fares.\n\n{background}",
    )
    local = (
        "Mahasiswa Unjuk Rasa Tolak Kenaikan Tarif Bus",
        "Ratusan mahasiswa berunjuk rasa di depan balai kota, Sabtu (7/3/2026), menolak "
        "kenaikan tarif bus.",
    )
    found = of_type(run(wire, local), "framing", "framing:unrest")
    assert bool(found) is framed
