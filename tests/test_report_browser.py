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
from report_fixtures import ERRORS, GCTF, IPCC, ITC, IUCN, MARKUP, PBC, PBF, B, make_reconciliation

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
    assert page.locator("#matrix-all g.matrix-row").count() == 6
    assert page.locator("html").get_attribute("class") == "js"  # the script ran
    assert page.locator('[data-count="entities"]').inner_text() == "6"
    assert page.locator('[data-count="error"]').inner_text() == str(ERRORS)


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


def visible_findings(page: Page, attribute: str) -> list[str]:
    return page.eval_on_selector_all(
        "#finding-list details.finding",
        f"ds => ds.filter(d => d.offsetParent !== null).map(d => d.dataset.{attribute})",
    )


def test_severity_filter(opened: Opened) -> None:
    page = opened.page
    # beta: 3 errors + 3 warnings, alpha: 1 + 1, gamma: 1 + 1 (a finding shows under each outlet it names)
    assert len(visible_findings(page, "severity")) == 10
    page.select_option("#severity-filter", "error")
    assert visible_findings(page, "severity") == ["error"] * 5
    page.select_option("#severity-filter", "warning")
    shown = visible_findings(page, "kind")
    assert len(shown) == 5 and "story_fact" in shown
    page.fill("#finding-filter", "保護")  # text and severity combine: 世界自然保護聯盟
    assert visible_findings(page, "kind") == ["possible_mistranslation"]
    page.select_option("#severity-filter", "")
    assert visible_findings(page, "kind") == ["possible_mistranslation"]
    assert page.locator('[data-count-for="finding-list"]').inner_text() == "1"
    assert page.locator(f'.outlet-findings[data-article="{B}"]').is_visible()
    assert page.locator('.outlet-findings[data-article="001_alpha"]').is_hidden()  # no finding left there


def test_filter_matches_traditional_and_simplified_alike(opened: Opened) -> None:
    page = opened.page
    page.fill("#entity-filter", "国际贸易中心")  # Simplified; the report prints 國際貿易中心
    assert visible_entities(page) == [ITC]
    page.fill("#entity-filter", "國際貿易中心")
    assert visible_entities(page) == [ITC]
    page.fill("#finding-filter", "世界自然保护联盟")  # Simplified for 世界自然保護聯盟
    assert visible_findings(page, "kind") == ["possible_mistranslation"]


def test_clicking_a_finding_shows_its_evidence_highlighted(opened: Opened) -> None:
    page = opened.page
    link = page.locator(f'#scorecard-table tr[data-article="{B}"] a.finding-link').first
    target = (link.get_attribute("href") or "")[1:]
    finding = page.locator(f"#{target}")
    assert finding.get_attribute("data-kind") == "arithmetic"
    mark = finding.locator("mark").first
    assert not mark.is_visible()  # closed until asked for
    link.click()
    assert page.evaluate("location.hash") == f"#{target}"
    assert finding.evaluate("el => el.open")
    assert mark.is_visible()
    assert mark.inner_text() == "其中與環境相關的有2個，佔40%"
    assert "。" in finding.locator("blockquote").first.inner_text()  # the text after the quote
    finding.locator("summary").click()  # a click on the finding itself closes and reopens it
    assert not mark.is_visible()
    finding.locator("summary").click()
    assert mark.is_visible()


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
    page.uncheck("#only-differ")
    assert opened.requests == []


def test_screenshot(opened: Opened, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    opened.page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


# -- the bundled example on a desktop and a phone ----------------------------------------------------

SCREENS = {"desktop": (1400, 900), "phone": (400, 800)}


@pytest.fixture(scope="module")
def example_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from pipeline.run import RunOptions, reconcile

    examples = Path(__file__).resolve().parent.parent / "examples" / "us-withdrawal-2026-01"
    path = tmp_path_factory.mktemp("example") / "report.html"
    path.write_text(html_report(reconcile([examples], options=RunOptions())), encoding="utf-8")
    return path


@pytest.fixture(params=sorted(SCREENS))
def screen(request: pytest.FixtureRequest, browser: Browser, example_page: Path) -> Iterator[Page]:
    width, height = SCREENS[request.param]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(example_page.as_uri())
    page.wait_for_load_state("load")
    try:
        yield page
    finally:
        context.close()


def in_first_screen(page: Page, selector: str) -> bool:
    box = page.locator(selector).first.bounding_box()
    viewport = page.viewport_size
    assert box is not None and viewport is not None
    return box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"] and box["x"] >= 0


def test_first_screen_shows_the_scorecard(screen: Page) -> None:
    # the example: 觀察者網 has the arithmetic error (13.5%), 端傳媒 the section conflict
    assert screen.locator('[data-count="error"]').inner_text() == "2"
    assert in_first_screen(screen, '[data-count="error"]')
    first = "#scorecard-table tbody tr:first-child"
    assert screen.locator(f"{first} td.outlet").inner_text().startswith("觀察者網")
    assert in_first_screen(screen, f"{first} td.outlet")
    assert in_first_screen(screen, f"{first} td.count.has-error")
    assert screen.locator(f"{first} td.count.has-error").inner_text() == "1"


def test_no_page_level_horizontal_scroll(screen: Page) -> None:
    assert screen.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screen.uncheck("#only-differ")  # the full matrix is the widest picture
    assert screen.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_click_shows_the_highlighted_evidence(screen: Page) -> None:
    link = screen.locator("#scorecard-table tbody tr:first-child a.finding-link").first
    link.click()
    target = (link.get_attribute("href") or "")[1:]
    mark = screen.locator(f"#{target} mark").first
    assert mark.is_visible()
    assert "佔13.5%" in mark.inner_text()
    box = mark.bounding_box()
    assert box is not None and box["y"] < (screen.viewport_size or {"height": 0})["height"]


def test_headers_stick_inside_their_table_box(screen: Page) -> None:
    header = screen.locator("#variant-table thead th").first
    assert header.evaluate("el => getComputedStyle(el).position") == "sticky"
    wrap = screen.locator("#variant-table").locator("xpath=..")
    before = header.bounding_box()
    wrap.evaluate("el => { el.scrollTop = 400; }")
    after = header.bounding_box()
    assert before is not None and after is not None
    assert abs(after["y"] - before["y"]) < 1  # the rows scrolled, the header stayed


def test_chinese_renders_with_a_cjk_font(screen: Page) -> None:
    """The font Chromium used for the glyphs of a Chinese outlet name is a CJK font, not a fallback that
    would draw missing-glyph boxes (``.ci/ensure-chromium`` installs Debian's fonts-noto-cjk)."""
    client = screen.context.new_cdp_session(screen)
    client.send("DOM.enable")
    client.send("CSS.enable")
    root = client.send("DOM.getDocument", {"depth": -1})
    node = client.send(
        "DOM.querySelector",
        {
            "nodeId": root["root"]["nodeId"],
            "selector": "#scorecard-table tbody tr:first-child td.outlet span[lang]",
        },
    )
    fonts = client.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
    families = [f["familyName"] for f in fonts if f["glyphCount"] > 0]
    assert families and all("CJK" in f for f in families), families
    # the same characters are as wide as they are tall (full-width glyphs, not narrow boxes)
    size = screen.evaluate(
        """() => {
        const s = document.querySelector('#scorecard-table tbody tr:first-child td.outlet span[lang]');
        const r = s.getBoundingClientRect(); return [r.width / s.textContent.length,
        parseFloat(getComputedStyle(s).fontSize)]; }"""
    )
    assert abs(size[0] - size[1]) < 1.5
