"""End-to-end: the web app and the standalone report in headless Chromium (Playwright).

The server runs in a background thread on a free loopback port; the browser is Debian's
``/usr/bin/chromium`` (no Playwright browser download). Screenshots go to
``test-artifacts/`` (gitignored) for people and CI to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "xi-putin-2023"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    import uvicorn

    from storydiff.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found (install Debian's chromium package)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def _shot(page, name: str, *, full_page: bool = False) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)


def _check_report(page, shot: str) -> None:  # type: ignore[no-untyped-def]
    """What any rendering of the example pair must show, and hover linking counterparts."""
    assert page.locator("#legend").is_visible()
    assert page.locator("#summary").is_visible()
    assert "reports" in page.locator("#summary").inner_text()
    assert page.locator('tr.unit[data-relation="unique"] .seg').count() > 0
    shared = page.locator('tr[data-relation="reworded"] .seg, tr[data-relation="partial"] .seg')
    first = shared.first
    unit = first.get_attribute("data-unit")
    first.hover()
    counterparts = page.locator(f'.seg[data-unit="{unit}"]')
    assert counterparts.count() >= 2
    for i in range(counterparts.count()):
        assert "hl" in (counterparts.nth(i).get_attribute("class") or "")
    _shot(page, shot)
    # the filter hides shared-and-unchanged rows, not those to read (borderline)
    reworded = page.locator('tr.unit[data-relation="reworded"]:not(.is-borderline):not(.has-diff)').first
    assert reworded.is_visible()
    page.locator("#only-diff").check()
    assert not reworded.is_visible()
    assert page.locator('tr.unit[data-relation="unique"]').first.is_visible()
    # and says how many it hides
    hidden = page.locator('tr.unit:not(.notes-row)[data-relation="reworded"]:not(.has-diff):not(.is-borderline)').count()
    assert page.locator("tr.unit.is-borderline").first.is_visible()
    assert page.locator("#hidden-count").inner_text().startswith(f"({hidden} of ")
    page.locator("#only-diff").uncheck()
    assert page.locator("#hidden-count").inner_text() == ""
    # from the keyboard: a focused sentence shows its counterparts, Enter pins them
    page.mouse.move(0, 0)
    first.focus()
    assert "hl" in (counterparts.last.get_attribute("class") or "")
    page.keyboard.press("Enter")
    assert all("pinned" in (counterparts.nth(i).get_attribute("class") or "") for i in range(counterparts.count()))
    page.keyboard.press("Enter")
    assert "pinned" not in (counterparts.last.get_attribute("class") or "")


def test_web_app_paste_and_compare(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    _shot(page, "web-form.png")
    page.fill("#text_0", (EXAMPLES / "english-release.txt").read_text(encoding="utf-8"))
    page.fill("#text_1", (EXAMPLES / "chinese-readout-translated.txt").read_text(encoding="utf-8"))
    page.click("#add-account")
    assert page.locator("fieldset.account").count() == 3
    assert page.locator("#text_2").input_value() == ""
    page.click("#run")
    assert page.locator("#progress").is_visible() or page.locator("#legend").count() == 1
    page.wait_for_selector("#legend", timeout=120_000)
    _shot(page, "web-report.png")
    _check_report(page, "web-report-hover.png")
    # the result has an address of its own, and a download
    assert "/results/" in page.url
    with page.expect_download() as download:
        page.click("text=Download JSON")
    assert download.value.suggested_filename.endswith(".json")


def test_web_app_shows_errors_in_the_page(server: str, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    page.fill("#text_0", "Only one account is given here.")
    page.click("#run")
    page.wait_for_selector("#error")
    assert "at least two accounts" in page.locator("#error").inner_text()
    assert page.locator("#text_0").input_value() == "Only one account is given here."
    _shot(page, "web-error.png")


def test_standalone_report_file(tmp_path: Path, page, encoder) -> None:  # type: ignore[no-untyped-def]
    from storydiff.compare import compare
    from storydiff.report import render
    from storydiff.segment import read_document

    documents = [
        read_document(str(EXAMPLES / "english-release.txt"), doc_id="A"),
        read_document(str(EXAMPLES / "chinese-readout-translated.txt"), doc_id="B"),
    ]
    report = tmp_path / "report.html"
    report.write_text(render(compare(documents, encoder=encoder), "html"), encoding="utf-8")
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(report.as_uri())
    _shot(page, "report.png")
    _check_report(page, "report-hover.png")
    _shot(page, "report-full.png", full_page=True)
    assert all(url.startswith("file://") for url in requests), requests
    # on a phone the table fits the screen: nothing to scroll sideways
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    _shot(page, "report-phone.png", full_page=True)


def test_report_pair_selector_with_three_accounts(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    from report_fixtures import three_way_comparison
    from storydiff.report import render

    report = tmp_path / "three.html"
    report.write_text(render(three_way_comparison(), "html"), encoding="utf-8")
    page.goto(report.as_uri())
    # every account side by side at first, nothing hidden
    assert page.locator('th[data-col="2"]').is_visible() and page.locator('tr.unit[data-unit="4"]').is_visible()
    assert page.locator("#pair-left").is_disabled()
    page.uncheck("#all-accounts")
    assert page.locator('th[data-col="2"]').is_hidden()
    page.select_option("#pair-right", "2")
    assert page.locator('th[data-col="2"]').is_visible()
    assert page.locator('th[data-col="1"]').is_hidden()
    # the same account on both sides swaps them instead of showing one column
    page.select_option("#pair-left", "2")
    assert (page.input_value("#pair-left"), page.input_value("#pair-right")) == ("2", "0")
    assert page.locator('th[data-col="0"]').is_visible() and page.locator('th[data-col="2"]').is_visible()
    assert page.locator("#coverage").is_visible()
    assert page.locator('tr.unit[data-unit="4"]').is_hidden()  # only B has it
    _shot(page, "report-three.png", full_page=True)
    # two accounts shown share the width; a link to a unit neither tells shows its account
    widths = page.evaluate("[...document.querySelectorAll('th.doc-col')].map(th => th.offsetWidth)")
    assert max(widths) > 2 * page.evaluate("document.querySelector('th.meta-head').offsetWidth")
    page.click('#coverage a[href="#unit-4"]')
    assert page.locator('tr.unit[data-unit="4"]').is_visible() and not page.is_checked("#all-accounts")
    assert "1" in (page.input_value("#pair-left"), page.input_value("#pair-right"))


def test_a_difference_between_two_other_accounts_shows_as_elsewhere(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    """With three accounts, A and C give 3 where B gives 4: shown side by side, A and C
    agree, and the row says the conflict lies elsewhere; a statement only C carries is
    hidden until C is shown."""
    from report_fixtures import three_way_comparison
    from storydiff.model import Difference, DifferenceKind, Relation, Unit
    from storydiff.report import render

    base = three_way_comparison()
    conflict = base.units[0].model_copy(
        update={
            "relation": Relation.CONFLICT,
            "differences": [Difference(kind=DifferenceKind.NUMBER, values={"A": ["3"], "B": ["4"], "C": ["3"]})],
        }
    )
    only_c = Unit(id=50, relation=Relation.UNIQUE, members={"C": [1]})
    not_in_b = Unit(id=51, relation=Relation.SAME, score=1.0, members={"A": [1], "C": [1]})
    report = tmp_path / "elsewhere.html"
    units = [conflict, *base.units[1:], only_c, not_in_b]
    report.write_text(render(base.model_copy(update={"units": units}), "html"), encoding="utf-8")
    page.goto(report.as_uri())
    page.uncheck("#all-accounts")
    row = page.locator('tr.unit:not(.notes-row)[data-unit="0"]')
    assert "agree-pair" not in (row.get_attribute("class") or "")  # A and B differ
    assert page.locator('tr.unit[data-unit="50"]').is_hidden()
    page.select_option("#pair-right", "2")
    assert "agree-pair" in (row.get_attribute("class") or "")
    assert page.locator('tr.unit[data-unit="50"]').is_visible()
    # only the differences between the two shown: a statement one of them lacks stays,
    # though a third account tells it alike
    page.select_option("#pair-right", "1")
    page.check("#only-diff")
    assert page.locator('tr.unit:not(.notes-row)[data-unit="51"]').is_visible()


def _watch_for_script(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Collect every dialog (alert/confirm) a page opens: hostile text must never run."""
    fired: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        fired.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return fired


def test_hostile_text_never_runs_in_the_report(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    from report_fixtures import SCRIPT, hostile_comparison
    from storydiff.report import render

    report = tmp_path / "hostile.html"
    report.write_text(render(hostile_comparison(), "html"), encoding="utf-8")
    fired = _watch_for_script(page)
    page.goto(report.as_uri())
    for seg in page.locator(".seg").all()[:20]:
        seg.hover()
        seg.click()
    page.locator("a").all()  # links render, but a javascript: source is not one
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert page.locator("img[onerror], [onmouseover]").count() == 0
    assert SCRIPT in page.locator("body").inner_text()  # shown as text, not run
    _shot(page, "report-hostile.png")
    assert fired == []


def test_hostile_text_never_runs_in_the_web_app(server: str, page) -> None:  # type: ignore[no-untyped-def]
    fired = _watch_for_script(page)
    hostile = (
        "<script>alert('a')</script> The council met on Monday. <img src=x onerror=alert('b')> "
        "The mayor said \"javascript:alert('c')\" was not a plan. "
    )
    page.goto(server)
    page.locator("textarea").nth(0).fill(hostile * 3)
    page.locator("textarea").nth(1).fill(hostile * 2 + "The budget passed on Tuesday. ")
    page.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_selector("#summary", timeout=60_000)
    for seg in page.locator(".seg").all()[:10]:
        seg.hover()
    assert page.locator("img[onerror]").count() == 0
    assert "<script>" in page.locator("body").inner_text()
    _shot(page, "web-hostile.png")
    assert fired == []


def test_only_differences_keeps_what_an_account_leaves_out_and_links_show_hidden_rows(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    """With every account shown, "only differences" hid a statement two accounts share
    and a third leaves out, saying the accounts agree there; a link to a hidden row did
    nothing (it shows that row now, the filter kept). Arabic sentences are set right to left."""
    from report_fixtures import _document, three_way_comparison
    from storydiff.model import Relation, Unit
    from storydiff.report import render

    base = three_way_comparison()
    arabic = _document("C", "<text>", "ثالث", [("قال الوزير إن المحادثات انتهت يوم الاثنين.", None)], lang="ar")
    base = base.model_copy(update={"documents": [*base.documents[:2], arabic]})
    not_in_b = Unit(id=51, relation=Relation.SAME, score=1.0, members={"A": [1], "C": [1]})
    everywhere = Unit(id=52, relation=Relation.SAME, score=1.0, members={"A": [1], "B": [1], "C": [1]})
    comparison = base.model_copy(update={"units": [*base.units, not_in_b, everywhere]})
    report = tmp_path / "only.html"
    report.write_text(render(comparison, "html"), encoding="utf-8")
    page.goto(report.as_uri())
    page.check("#only-diff")
    assert page.locator('tr.unit:not(.notes-row)[data-unit="51"]').is_visible()
    assert page.locator('tr.unit:not(.notes-row)[data-unit="52"]').is_hidden()
    page.click('#coverage a[href="#unit-52"]')
    assert page.locator('tr.unit:not(.notes-row)[data-unit="52"]').is_visible()
    assert page.is_checked("#only-diff")  # the row shows; the filter stays for the rest
    arabic_cell = page.locator('tr.unit:not(.notes-row)[data-unit="52"] td[data-col="2"]')
    assert arabic_cell.evaluate("td => getComputedStyle(td).direction") == "rtl"
    english_cell = page.locator('tr.unit:not(.notes-row)[data-unit="52"] td[data-col="0"]')
    assert english_cell.evaluate("td => getComputedStyle(td).direction") == "ltr"
