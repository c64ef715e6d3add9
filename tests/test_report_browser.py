"""report.html in a real headless Chromium: rows, sorting, filtering, anchors, escaping, no network.

The Chromium binary is CROSSCHECK_CHROMIUM, else ``chromium`` on PATH, else /usr/bin/chromium
(Debian's package; ``.ci/ensure-chromium`` installs it). Without one the module is skipped on a
developer machine and fails under CI (env CI set), where the browser test must run.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, Route, sync_playwright
from report_fixtures import ERRORS, GCTF, IPCC, ITC, IUCN, MARKUP, PBC, PBF, WARNINGS, make_reconciliation

from reports.html import html_report

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def find_chromium() -> str | None:
    configured = os.environ.get("CROSSCHECK_CHROMIUM")
    candidates = [configured] if configured else [shutil.which("chromium"), "/usr/bin/chromium"]
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


CHROMIUM = find_chromium()
IN_CI = bool(os.environ.get("CI"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and not IN_CI,
        reason="no Chromium binary (set CROSSCHECK_CHROMIUM or install Debian's chromium: make browser)",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.fail(
            "CI is set but no Chromium binary was found (CROSSCHECK_CHROMIUM, `chromium` on PATH, "
            "/usr/bin/chromium): the HTML report test must run in CI; install it with .ci/ensure-chromium"
        )
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield launched
        finally:
            launched.close()


class Opened:
    """A page showing the fixture report, with what it tried to fetch and any dialog it raised."""

    def __init__(self, page: Page, url: str) -> None:
        self.page = page
        self.url = url
        self.requests: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture
def opened(browser: Browser, tmp_path: Path) -> Iterator[Opened]:
    path = tmp_path / "report.html"
    path.write_text(html_report(make_reconciliation()), encoding="utf-8")
    url = path.as_uri()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    state = Opened(page, url)

    def on_route(route: Route, request: Request) -> None:
        if request.url == url:
            route.continue_()
        else:
            state.requests.append(request.url)
            route.abort()

    def on_dialog(dialog: object) -> None:
        state.dialogs.append(getattr(dialog, "message", "?"))
        dialog.dismiss()  # type: ignore[attr-defined]

    page.route("**/*", on_route)
    page.on("dialog", on_dialog)
    page.goto(url)
    page.wait_for_load_state("load")
    try:
        yield state
    finally:
        context.close()


def visible_entities(page: Page) -> list[str]:
    return page.eval_on_selector_all(
        "#entity-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.entity)"
    )


def test_renders_the_entity_rows(opened: Opened) -> None:
    page = opened.page
    rows = page.locator("#entity-table tbody tr")
    assert rows.count() == 6
    assert visible_entities(page) == [GCTF, IPCC, ITC, IUCN, PBC, PBF]
    assert page.locator(f'#entity-table tr[data-entity="{ITC}"] td').nth(1).inner_text() == "國際貿易中心"
    assert (
        page.locator(f'#entity-table tr[data-entity="{PBF}"] td').nth(2).inner_text() == "Peacebuilding Fund"
    )
    assert page.locator("#matrix tbody tr").count() == 6
    assert page.locator("html").get_attribute("class") == "js"  # the script ran
    assert page.locator('[data-count="entities"]').inner_text() == "6"


def test_filter_box_hides_rows_that_do_not_match(opened: Opened) -> None:
    page = opened.page
    page.fill("#entity-filter", "和平")
    # 建設和平委員會 (also written 和平建設委員會) and 建設和平基金
    assert visible_entities(page) == [PBC, PBF]
    assert page.locator(f'#entity-table tr[data-entity="{ITC}"]').is_hidden()
    assert page.locator('[data-count-for="entity-table"]').inner_text() == "2"
    page.fill("#entity-filter", "ipcc")  # case-insensitive, matches the acronym column
    assert visible_entities(page) == [IPCC]
    page.fill("#entity-filter", "")
    assert len(visible_entities(page)) == 6


def test_clicking_a_header_sorts(opened: Opened) -> None:
    page = opened.page
    header = page.locator('#entity-table th[data-col="articles"]')
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    # articles naming each entity: GCTF 1, PBF 2, ITC 2, IUCN 2, PBC 2, IPCC 3 (ties keep id order)
    assert visible_entities(page) == [GCTF, ITC, IUCN, PBC, PBF, IPCC]
    header.click()
    assert header.get_attribute("aria-sort") == "descending"
    assert visible_entities(page)[0] == IPCC
    assert visible_entities(page)[-1] == GCTF
    page.locator('#entity-table th[data-col="name_en"]').click()
    english = page.eval_on_selector_all(
        "#entity-table tbody tr td:nth-child(3)", "cells => cells.map(c => c.textContent)"
    )
    assert english == sorted(english)
    assert page.locator('#entity-table th[data-col="articles"]').get_attribute("aria-sort") is None


def test_severity_filter(opened: Opened) -> None:
    page = opened.page
    rows = "#discrepancy-table tbody tr"
    assert page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).length") == 9
    page.select_option("#severity-filter", "error")
    shown = page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).map(r => r.dataset.severity)")
    assert shown == ["error"] * ERRORS
    page.select_option("#severity-filter", "warning")
    shown = page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).map(r => r.dataset.kind)")
    assert len(shown) == WARNINGS and "story_fact" in shown
    page.fill("#discrepancy-filter", "conservation")  # text and severity combine
    shown = page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).map(r => r.dataset.kind)")
    assert shown == ["possible_mistranslation"]
    page.select_option("#severity-filter", "")
    shown = page.eval_on_selector_all(rows, "rs => rs.filter(r => !r.hidden).map(r => r.dataset.kind)")
    assert shown == ["possible_mistranslation"]  # the mistranslation is the only finding about that entity


def test_evidence_link_jumps_to_its_quote(opened: Opened) -> None:
    page = opened.page
    row = page.locator('#discrepancy-table tr[data-kind="section_conflict"]')
    link = row.locator("a.evidence-link").first
    target = (link.get_attribute("href") or "")[1:]
    assert target.startswith("ev-")
    link.click()
    assert page.evaluate("location.hash") == f"#{target}"
    quote = page.locator(f"#{target}")
    assert quote.count() == 1
    assert quote.evaluate("el => el.matches(':target')")
    assert quote.is_visible()
    assert quote.get_attribute("data-discrepancy") == row.get_attribute("id")
    assert "聯合國" in quote.inner_text()


def test_markup_in_articles_shows_as_text(opened: Opened) -> None:
    page = opened.page
    assert opened.dialogs == []
    body = page.evaluate("document.body.textContent")
    assert body.count(MARKUP) >= 3  # a title, an evidence quote, a claim quote
    title = page.locator('#article-table tr[data-article="001_alpha"] td.title')
    assert title.inner_text().endswith(f"{MARKUP} &<>\"'")
    assert page.evaluate("document.scripts.length") == 2  # nothing from the articles became a script
    data = page.evaluate("JSON.parse(document.getElementById('report-data').textContent)")
    assert data["articles"][0]["title"].endswith(f"{MARKUP} &<>\"'")


def test_page_fetches_nothing(opened: Opened) -> None:
    page = opened.page
    page.click("#entity-table th[data-col='id']")
    page.fill("#entity-filter", "fund")
    page.click("a[href='#matrix-section']")
    assert opened.requests == []


def test_screenshot(opened: Opened, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    opened.page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000
