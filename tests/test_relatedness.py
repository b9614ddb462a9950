"""Compare warns when two of its articles do not look like reports of one event."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from kroscek.compare import compare
from kroscek.compare.relatedness import UNRELATED_BELOW
from kroscek.data import RawArticle
from kroscek.report.html_report import render_html
from kroscek.report.terminal import render_terminal
from kroscek.store.codec import report_from_dict

GOLD = Path(__file__).parent / "gold" / "compare"
INPUTS = (".txt", ".html", ".jsonl")

_FLOOD = RawArticle(
    origin="kabar-lembah.txt",
    source="Kabar Lembah",
    title="Banjir Rendam 300 Rumah di Kecamatan Sukamaju",
    text=(
        "Banjir setinggi satu meter merendam sedikitnya 300 rumah warga di Kecamatan Sukamaju, "
        "Kabupaten Lembah Hijau, pada Selasa (4/3/2025) dini hari. Kepala BPBD Lembah Hijau, "
        'Rudi Hartono, mengatakan 120 warga mengungsi ke balai desa. "Air naik cepat setelah '
        'hujan deras sejak sore," kata Rudi. Tim gabungan mengerahkan empat perahu karet.'
    ),
)
_MATCH = RawArticle(
    origin="warta-bola.txt",
    source="Warta Bola",
    title="Persipura Menang 3-1 atas Tamu dari Kalimantan",
    text=(
        "Persipura mengalahkan Borneo Muda 3-1 dalam laga pekan kedelapan di Stadion Mandala, "
        "Jayapura, Minggu (2/3/2025) malam. Dua gol dicetak penyerang Yanto Rumbiak pada babak "
        'kedua. "Anak-anak bermain disiplin," ujar pelatih Markus Wenda seusai laga. Hasil '
        "ini membawa Persipura naik ke peringkat keempat klasemen sementara."
    ),
)
_FLOOD_AGAIN = RawArticle(
    origin="suara-desa.txt",
    source="Suara Desa",
    title="Ratusan Rumah di Sukamaju Terendam Banjir",
    text=(
        "Sebanyak 300 rumah di Kecamatan Sukamaju, Kabupaten Lembah Hijau, terendam banjir "
        "pada Selasa dini hari. Menurut BPBD Lembah Hijau, 115 warga mengungsi. Kepala BPBD "
        "Rudi Hartono menyebut hujan deras sejak sore membuat sungai meluap. Empat perahu "
        "karet dikerahkan untuk mengevakuasi warga lanjut usia."
    ),
)
_QUAKE_EN = RawArticle(
    origin="wire.txt",
    source="Andes Wire",
    title="Quake of magnitude 6.1 shakes northern Chile, no deaths reported",
    text=(
        "An earthquake of magnitude 6.1 struck northern Chile on Sunday, the national seismic "
        "office said, damaging a dozen homes near the port of Iquique. No deaths were "
        'reported. "We felt it strongly for about twenty seconds," a fisherman told reporters.'
    ),
)
_STRIKE_EN = RawArticle(
    origin="daily.txt",
    source="Harbour Daily",
    title="Dock workers end three-day strike after pay deal",
    text=(
        "Dock workers at the city's container terminal ended a three-day strike on Monday after "
        "the operator agreed to raise wages by 7 percent, the union said. Ships that had waited "
        "offshore began unloading in the afternoon, a port spokeswoman said."
    ),
)


def test_two_different_events_get_a_warning_naming_both_outlets() -> None:
    report = compare([_FLOOD, _MATCH])
    (warning,) = report.warnings
    assert warning.code == "unrelated"
    assert warning.similarity is not None and warning.similarity < UNRELATED_BELOW
    assert set(warning.articles) == {a.id for a in report.articles}
    assert "Kabar Lembah" in warning.message and "Warta Bola" in warning.message
    assert "peristiwa yang sama" in warning.message


def test_an_english_pair_is_warned_in_english() -> None:
    (warning,) = compare([_QUAKE_EN, _STRIKE_EN]).warnings
    assert "may not report the same event" in warning.message


def test_two_reports_of_one_event_get_no_warning() -> None:
    assert compare([_FLOOD, _FLOOD_AGAIN]).warnings == ()


def test_only_the_odd_article_of_three_is_warned_about() -> None:
    report = compare([_FLOOD, _FLOOD_AGAIN, _MATCH])
    match_id = next(a.id for a in report.articles if a.source == "Warta Bola")
    assert len(report.warnings) == 2
    assert all(match_id in w.articles for w in report.warnings)


def _gold_cases(controls: bool) -> list[Path]:
    return sorted(
        p
        for p in GOLD.iterdir()
        if (p / "expected.json").is_file()
        and (("kontrol" in p.name or "control" in p.name) == controls)
    )


def _warning_xfail(case: Path) -> object:
    """A case whose ``expected.json`` says which stage still warns about it
    (``warnings_xfail_reason``): expected to fail until that stage is fixed, not strict."""
    reason = json.loads((case / "expected.json").read_text("utf-8")).get("warnings_xfail_reason")
    if not reason:
        return case
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=False), id=case.name)


@pytest.mark.parametrize(
    "case", [_warning_xfail(c) for c in _gold_cases(controls=False)], ids=lambda p: p.name
)
def test_no_same_event_case_of_the_gold_set_is_warned_about(case: Path) -> None:
    report = compare(sorted(p for p in case.iterdir() if p.suffix in INPUTS))
    assert report.warnings == ()


def test_most_look_alike_controls_of_the_gold_set_are_warned_about() -> None:
    controls = _gold_cases(controls=True)
    warned = sum(
        bool(compare(sorted(p for p in c.iterdir() if p.suffix in INPUTS)).warnings)
        for c in controls
    )
    assert len(controls) >= 10
    assert warned >= len(controls) // 2


def test_the_warning_is_in_the_json_the_terminal_and_the_html_and_survives_a_round_trip() -> None:
    report = compare([_FLOOD, _MATCH])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["warnings"][0]["code"] == "unrelated"
    assert report_from_dict(data).warnings == report.warnings
    out = StringIO()
    render_terminal(report, Console(file=out, width=120, color_system=None))
    assert "Baca dulu" in out.getvalue()
    page = render_html(report)
    assert 'class="warnings"' in page and "Warta Bola" in page


def test_a_report_without_warnings_still_has_the_key() -> None:
    assert compare([_FLOOD, _FLOOD_AGAIN]).to_dict()["warnings"] == []


def test_the_web_compare_form_shows_the_warning_above_the_findings(tmp_path: Path) -> None:
    from starlette.testclient import TestClient

    from kroscek.store import Corpus
    from kroscek.web import create_app

    db = tmp_path / "kosong.db"
    Corpus(db, create=True).close()

    def pasted(raw: RawArticle) -> str:
        return f"{raw.title}\n\n{raw.text}"

    form = {
        "text1": pasted(_FLOOD),
        "source1": "Kabar Lembah",
        "text2": pasted(_MATCH),
        "source2": "Warta Bola",
    }
    with TestClient(create_app(db)) as client:
        page = client.post("/compare", data=form, params={"lang": "id"}).text
    assert 'role="note"' in page and "Baca dulu" in page
    assert page.index("Baca dulu") < page.index('id="findings-h"')
    assert "mungkin tidak memberitakan peristiwa yang sama" in page


def test_json_output_also_warns_on_stderr(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kroscek.cli import main

    paths = []
    for raw in (_FLOOD, _MATCH):
        path = tmp_path / raw.origin
        path.write_text(f"{raw.title}\n\n{raw.text}\n", "utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["compare", *paths, "--format", "json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"][0]["code"] == "unrelated"
    assert "kroscek: warning:" in result.stderr


def test_the_story_and_compare_pages_share_one_warnings_notice(tmp_path: Path) -> None:
    from kroscek.store import Corpus
    from kroscek.web import create_app

    db = tmp_path / "kosong.db"
    Corpus(db, create=True).close()
    env = create_app(db).state.templates.env
    notice = env.get_template("_macros.html").module.warnings_notice
    report = compare([_FLOOD, _MATCH])
    html = str(notice(report, lambda key: {"warnings": "Baca dulu"}[key]))
    assert 'role="note"' in html and "Baca dulu" in html and "Warta Bola" in html
    assert str(notice(compare([_FLOOD, _FLOOD_AGAIN]), lambda key: key)).strip() == ""
    for page in ("compare.html", "story.html"):
        source = env.loader.get_source(env, page)[0]
        assert "warnings_notice(report, t)" in source


def test_two_versions_each_like_a_third_report_of_the_event_get_no_warning() -> None:
    """A rewrite of the lead and a piece on the agency's figures share little with each other,
    but each reports the first article's flood: one event through it."""
    first = RawArticle(
        "mem:a",
        "Banjir Rendam 120 Rumah di Cianjur",
        "Banjir merendam 120 rumah di Desa Sukamaju, Kecamatan Cibeber, Kabupaten Cianjur, Senin "
        "(2/11/2026). Kepala BPBD Cianjur, Asep Sunarya, mengatakan 300 warga mengungsi ke "
        "Masjid Al-Ikhlas.",
        source="Kabar A",
    )
    rewrite = RawArticle(
        "mem:b",
        "Ratusan Rumah di Sukamaju Terendam",
        "Sebanyak 120 rumah di Desa Sukamaju, Kecamatan Cibeber, terendam pada Senin "
        "(2/11/2026). Air setinggi satu meter masuk ke rumah.",
        source="Kabar B",
    )
    figures = RawArticle(
        "mem:c",
        "BPBD: 300 Warga Mengungsi",
        "Kepala BPBD Cianjur, Asep Sunarya, menyebut 300 warga mengungsi ke Masjid Al-Ikhlas. "
        "Dinas Sosial mengirim 500 paket makanan ke posko.",
        source="Kabar C",
    )
    assert compare([first, rewrite, figures]).warnings == ()
