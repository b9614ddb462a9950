"""The web app in a real browser: Debian's Chromium driven by Playwright, headless.

A uvicorn server runs in a thread on a free loopback port over a corpus built through
the project's pipeline (test_web_corpus). Every page opened here fails the test if a
JavaScript dialog opens (an ``alert`` from a hostile article would) or if the console
reports an error (a script error, or a Content-Security-Policy violation).
"""

from __future__ import annotations

import shutil
import socket
import struct
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from test_web_corpus import build_corpus

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytest.importorskip("playwright", reason="playwright (a dev dependency) is not installed")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(),
        reason=f"{CHROMIUM} is missing: run `bash scripts/browser-deps` (Debian's chromium)",
    ),
]


# --------------------------------------------------------------------------- screenshots


def png_scanlines(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and the inflated (still filtered) scanlines of a PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, width, height, idat = 8, 0, 0, bytearray()
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat.extend(body)
        pos += 12 + length
    return width, height, zlib.decompress(bytes(idat))


def looks_blank(png: bytes) -> bool:
    """True when a screenshot holds (almost) nothing but one colour.

    A PNG row of one flat colour filters to zeros, so a blank page inflates to a handful
    of distinct byte values; text, borders and highlights bring many more.
    """
    width, height, raw = png_scanlines(png)
    assert width > 0 and height > 0
    return len(set(raw)) < 24


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from kroscek.web import create_app

    db = build_corpus(tmp_path_factory.mktemp("webbrowser") / "kroscek.db")
    app = create_app(db, allowed_hosts=["127.0.0.1", "localhost"])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="module")
def context() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    profile = tempfile.mkdtemp(prefix="kroscek-chromium-")
    try:
        with sync_playwright() as pw:
            ctx = pw.chromium.launch_persistent_context(
                profile,
                executable_path=CHROMIUM,
                headless=True,
                args=ARGS,
                viewport={"width": 1200, "height": 900},
                locale="id-ID",
            )
            ctx.set_default_timeout(15_000)
            yield ctx
            ctx.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


class Watched:
    """A page that records every dialog and console error it produces."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(message.text)


@pytest.fixture
def page(context: Any) -> Iterator[Any]:
    context.clear_cookies()  # a ?lang= choice of one test must not leak into the next
    watched = Watched(context.new_page())
    yield watched.page
    watched.page.close()
    assert watched.dialogs == [], f"a JavaScript dialog opened: {watched.dialogs}"
    assert watched.errors == [], f"console errors: {watched.errors}"


def _screenshot_not_blank(page: Any) -> None:
    png = page.screenshot(full_page=False)
    assert not looks_blank(png), "the screenshot is blank"


# --------------------------------------------------------------------------- tests


def test_blank_check_tells_a_blank_page_from_a_rendered_one(page: Any, base_url: str) -> None:
    page.set_content("<html><body style='background:#fff'></body></html>")
    assert looks_blank(page.screenshot())
    page.goto(base_url + "/")
    assert not looks_blank(page.screenshot())


def test_story_list_opens_and_leads_to_an_outlet(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    assert page.locator("h1").inner_text() == "Cerita terbaru"
    assert page.locator("li.story").count() == 4
    _screenshot_not_blank(page)
    page.locator("p.outlets a", has_text="Warta Harian").first.click()
    page.wait_for_url("**/outlets/Warta%20Harian")
    assert page.locator("h1").inner_text() == "Warta Harian"
    assert page.locator("li.story").count() == 1


def test_skip_link_is_the_first_tab_stop_and_is_visible(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip"
    box = page.locator("a.skip").bounding_box()
    assert box is not None and box["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


def test_phone_width_has_no_sideways_scrolling(context: Any, base_url: str) -> None:
    watched = Watched(context.new_page())
    phone = watched.page
    phone.set_viewport_size({"width": 375, "height": 740})
    for path in ("/", "/search?q=perbatasan", "/compare"):
        phone.goto(base_url + path)
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
    _screenshot_not_blank(phone)
    phone.close()
    assert watched.dialogs == [] and watched.errors == []


def test_search_highlights_matches(page: Any, base_url: str) -> None:
    page.goto(base_url + "/search")
    page.fill("#q", "perbatasan")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=perbatasan")
    assert page.locator(".snippet mark").count() >= 1
    _screenshot_not_blank(page)


@pytest.mark.parametrize("path", ["/", "/search?q=Sungai", "/outlets", "/?lang=en"])
def test_hostile_article_runs_no_script(page: Any, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.wait_for_load_state("load")
    assert page.evaluate("document.querySelectorAll('img[onerror], b[onmouseover]').length") == 0
    assert page.evaluate("document.scripts.length") == 1
    hostile = page.get_by_text("alert('judul')").first
    if path != "/outlets":
        assert hostile.count() == 1  # shown as text
        hostile.hover()


_IN_VIEWPORT = (
    "el => { const r = el.getBoundingClientRect();"
    " return r.bottom > 0 && r.top < window.innerHeight; }"
)


def _attack_story(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("li.story h3 a", has_text="Pos Perbatasan").first.click()
    page.wait_for_url("**/stories/**")


def test_story_page_shows_two_articles_side_by_side(page: Any, base_url: str) -> None:
    _attack_story(page, base_url)
    assert "Pos Perbatasan" in page.locator("h1").inner_text()
    assert page.locator("article.pane").count() == 2
    assert page.locator("article.pane mark.shared").count() >= 1
    assert page.locator("section.severity").count() >= 1
    page.locator("#side").scroll_into_view_if_needed()
    _screenshot_not_blank(page)


def test_switching_the_pair_changes_the_right_hand_article(page: Any, base_url: str) -> None:
    _attack_story(page, base_url)
    right = page.locator("article.pane").nth(1)
    before = right.get_attribute("data-article")
    options = page.locator("#pick-b option")
    left_id = page.locator("#pick-a").input_value()
    choice = next(
        v
        for v in (options.nth(i).get_attribute("value") for i in range(options.count()))
        if v not in (before, left_id)
    )
    with page.expect_navigation():
        page.select_option("#pick-b", choice)  # app.js submits the picker on change
    assert f"b={choice}" in page.url
    assert page.locator("article.pane").nth(1).get_attribute("data-article") == choice
    _screenshot_not_blank(page)


def test_following_a_finding_flashes_its_highlighted_evidence(page: Any, base_url: str) -> None:
    _attack_story(page, base_url)
    links = [
        (a.get_attribute("href") or "", a.get_attribute("data-anchor"))
        for a in page.locator("a.jump").all()
    ]
    in_place = next(link for link in links if link[0].startswith("#"))
    other_pair = next(link for link in links if not link[0].startswith("#"))  # third outlet
    for href, anchor in (in_place, other_pair):
        page.locator(f'a.jump[data-anchor="{anchor}"]').first.click()
        if not href.startswith("#"):
            page.wait_for_url(f"**#{anchor}")
        page.wait_for_function(
            "a => document.activeElement && document.activeElement.id === a", arg=anchor
        )
        flashed = page.locator("mark.flash").all()
        assert flashed and all(anchor in (m.get_attribute("data-marks") or "") for m in flashed)
        assert flashed[0].is_visible() and flashed[0].evaluate(_IN_VIEWPORT)
        _screenshot_not_blank(page)


def test_compare_form_returns_the_report(page: Any, base_url: str) -> None:
    page.goto(base_url + "/compare")
    page.fill("#source1", "Harian Pesisir")
    page.fill(
        "#text1",
        "Kapal Feri Tenggelam, 31 Penumpang Tewas\n\n"
        "Sedikitnya 31 penumpang tewas ketika kapal feri tenggelam di perairan Teluk Biru pada "
        "Kamis (15/2/2024) malam, menurut polisi. Kapal itu membawa sekitar 120 penumpang "
        "dari Pulau Karang menuju pelabuhan ketika dihantam ombak tinggi.",
    )
    page.fill("#source2", "Kabar Bahari")
    page.fill(
        "#text2",
        "Feri Karam di Teluk Biru, 27 Orang Meninggal\n\n"
        "Sebanyak 27 penumpang tewas ketika kapal feri tenggelam di perairan Teluk Biru pada "
        "Kamis (15/2/2024) malam. Kapal itu membawa sekitar 120 penumpang dari Pulau Karang "
        "menuju pelabuhan ketika dihantam ombak tinggi.",
    )
    with page.expect_navigation():
        page.click("form.compare button[type=submit]")
    assert page.locator("#report").count() == 1
    assert page.locator("article.pane").count() == 2
    panes = page.locator("article.pane .src").all_inner_texts()
    assert panes == ["Harian Pesisir", "Kabar Bahari"]
    assert page.locator("article.pane mark").count() >= 1
    _screenshot_not_blank(page)


def test_hostile_story_page_runs_no_script(page: Any, base_url: str) -> None:
    page.goto(base_url + "/")
    page.locator("li.story h3 a", has_text="Sungai Rata").first.click()
    page.wait_for_url("**/stories/**")
    assert page.evaluate("document.scripts.length") == 1
    assert page.evaluate("document.querySelectorAll('img, b[onmouseover]').length") == 0
    for mark in page.locator("article.pane mark").all()[:10]:
        mark.hover()
    page.locator('article.pane .meta a[href^="/articles/"]').first.click()
    page.wait_for_url("**/articles/**")
    assert page.evaluate("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0


def test_keyboard_users_pick_a_pair_and_press_show(page: Any, base_url: str) -> None:
    _attack_story(page, base_url)
    url_before = page.url
    page.focus("#pick-b")
    page.keyboard.press("ArrowDown")  # changes the selection without leaving the page
    page.wait_for_timeout(300)
    assert page.url == url_before
    chosen = page.locator("#pick-b").input_value()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Tampilkan"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # the focused button is visibly marked
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if chosen != page.locator("#pick-a").input_value():
        assert f"b={chosen}" in page.url


def test_compare_form_takes_uploaded_files(page: Any, base_url: str) -> None:
    first = (
        "Gempa Magnitudo 5,6 Guncang Pesisir Selatan\n\n"
        "Gempa bermagnitudo 5,6 mengguncang pesisir selatan pada Jumat (9/2/2024) pagi. "
        "Sebanyak 40 rumah rusak, menurut badan penanggulangan bencana setempat."
    )
    second = (
        "Gempa 5,6 Rusak Puluhan Rumah di Pesisir Selatan\n\n"
        "Gempa bermagnitudo 5,6 mengguncang pesisir selatan pada Jumat (9/2/2024) pagi. "
        "Sebanyak 46 rumah rusak dan dua warga luka ringan."
    )
    page.goto(base_url + "/compare")
    page.set_input_files(
        "#files",
        [
            {"name": "warta-pantai.txt", "mimeType": "text/plain", "buffer": first.encode()},
            {"name": "kabar-selatan.txt", "mimeType": "text/plain", "buffer": second.encode()},
        ],
    )
    with page.expect_navigation():
        page.click("form.compare button[type=submit]")
    assert page.locator("article.pane").count() == 2
    assert page.locator("section.severity, #agree-h").count() >= 1
    _screenshot_not_blank(page)


def test_on_a_phone_a_story_leads_with_its_findings(context: Any, base_url: str) -> None:
    watched = Watched(context.new_page())
    phone = watched.page
    phone.set_viewport_size({"width": 390, "height": 844})
    _attack_story(phone, base_url)
    # the count of findings by severity is on the first screen, and a tap reaches its group
    jumps = phone.locator("nav.jumps")
    assert jumps.evaluate(_IN_VIEWPORT)
    badge = jumps.locator("a.badge").first
    target = (badge.get_attribute("href") or "").lstrip("#")
    badge.click()
    phone.wait_for_url(f"**#{target}")
    assert phone.locator(f"#{target}").evaluate(_IN_VIEWPORT)
    _screenshot_not_blank(phone)
    article = phone.locator("article.pane").first.get_attribute("data-article")
    for path in (phone.url.split("#")[0], f"/articles/{article}", "/outlets", "/?outlet=lembah"):
        phone.goto(path if path.startswith("http") else base_url + path)
        overflow = phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
    phone.close()
    assert watched.dialogs == [] and watched.errors == []


def test_a_search_syntax_error_keeps_the_query_to_fix(context: Any, base_url: str) -> None:
    watched = Watched(context.new_page())
    page = watched.page
    page.goto(base_url + "/search")
    page.fill("#q", '"pos perbatasan')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("#q").input_value() == '"pos perbatasan'
    assert page.locator(".error-message").is_visible()
    page.fill("#q", '"pos perbatasan"')
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".snippet mark").count() >= 1
    page.close()
    assert watched.dialogs == []
    # the page is a 400 (the browser logs the status), and nothing else went wrong
    assert all("status of 400" in e for e in watched.errors), watched.errors


def test_on_a_phone_the_story_list_shows_a_story_on_the_first_screen(
    context: Any, base_url: str
) -> None:
    watched = Watched(context.new_page())
    phone = watched.page
    phone.set_viewport_size({"width": 390, "height": 844})
    phone.goto(base_url + "/")
    first = phone.locator("li.story h3 a").first
    assert first.evaluate(_IN_VIEWPORT), "the filters fill a phone's whole first screen"
    assert phone.locator("form.filters").bounding_box()["height"] < 844 / 2
    phone.close()
    assert watched.dialogs == [] and watched.errors == []
