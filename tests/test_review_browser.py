"""``crosscheck review`` end to end in a real headless Chromium.

The server runs as the command does (a child process on a free port); the page is driven by keys and
clicks through a false alarm, a confirmed finding with a note, a split (not the same), a merge (same)
and a canonical name. The decisions file is then checked row by row, read back by the loaders ``run``
uses, and the re-written report folder is compared with a fresh ``crosscheck run --decisions`` of the
same file. Every request the page makes must stay on the server's own origin.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Request, Route, sync_playwright
from review_fixtures import LIST_SHORT, UNLINKED, write_articles
from test_report_browser import CHROMIUM, IN_CI, LAUNCH_ARGS

from pipeline.cli import main
from pipeline.matching import load_decisions
from pipeline.verdicts import Verdict, VerdictKind, load_verdicts

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None and not IN_CI,
        reason="no Chromium binary (set CROSSCHECK_CHROMIUM or install Debian's chromium: make browser)",
    ),
]

NOTE_FALSE_ALARM = '<img src=x onerror="alert(1)"> the herald prints the same list'
NOTE_CONFIRMED = "the order names six bodies"


@dataclass
class Server:
    process: subprocess.Popen[str]
    url: str
    out: Path
    decisions: Path
    articles: Path
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def _first_line(process: subprocess.Popen[str], seconds: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=seconds)
    except queue.Empty:
        process.kill()
        pytest.fail(f"the review server printed no URL within {seconds} s")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    articles = write_articles(tmp_path / "in")
    out = tmp_path / "out"
    assert main(["run", str(articles), "--out", str(out), "-q", "--jobs", "1"]) == 0
    decisions = tmp_path / "reviewed.json"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "review",
            str(out),
            "--port",
            "0",
            "--decisions",
            str(decisions),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    line = _first_line(process, 90)
    url = line.split()[2]
    assert url.startswith("http://127.0.0.1:") and url.endswith("/"), line
    try:
        yield Server(process, url, out, decisions, articles)
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.fail("CI is set but no Chromium binary was found: the review test must run in CI")
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        try:
            yield launched
        finally:
            launched.close()


def open_page(browser: Browser, server: Server, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()

    def on_route(route: Route, request: Request) -> None:
        if request.url.startswith(server.url):
            route.continue_()
        else:
            server.requests.append(request.url)
            route.abort()

    page.route("**/*", on_route)

    def on_dialog(dialog: object) -> None:
        server.dialogs.append(getattr(dialog, "message", "?"))
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", on_dialog)
    page.goto(server.url)
    page.wait_for_load_state("load")
    return page


def link(page: Page, mention: str):  # noqa: ANN201 - a playwright Locator
    return page.locator(f'#links .item[data-mention="{mention}"]')


def act(page: Page, key: str) -> None:
    """Press ``key`` on the focused item and wait for the page to come back with the new result."""
    with page.expect_navigation(timeout=60_000):
        page.keyboard.press(key)
    page.wait_for_load_state("load")
    assert page.locator("#status").inner_text() == ""  # a fresh page: the action did not fail


def report(server: Server) -> dict:
    return json.loads((server.out / "report.json").read_text(encoding="utf-8"))


def entity_of(doc: dict, key: str) -> str:
    return next(m["entity"] for m in doc["mentions"] if m["key"] == key)


def test_review_from_first_run_to_reviewed_report(browser: Browser, server: Server, tmp_path: Path) -> None:
    page = open_page(browser, server, 1280)

    # links are listed smallest margin first; j / k move between items
    margins = [float(t) for t in page.locator("#links .item .margin").all_inner_texts()]
    assert margins and margins == sorted(margins)
    first, second = page.locator("#links .item").nth(0), page.locator("#links .item").nth(1)
    assert page.evaluate("document.activeElement.dataset.mention") == first.get_attribute("data-mention")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.dataset.mention") == second.get_attribute("data-mention")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.dataset.mention") == first.get_attribute("data-mention")

    # a false alarm, with a note that is markup: f
    item = page.locator(f'#findings .item[data-fingerprint="{UNLINKED}"]')
    item.locator("textarea.note").fill(NOTE_FALSE_ALARM)
    item.focus()
    act(page, "f")
    suppressed = page.locator(f'#suppressed .item[data-fingerprint="{UNLINKED}"]')
    assert NOTE_FALSE_ALARM in suppressed.locator(".verdict").inner_text()
    assert page.locator("img").count() == 0
    assert page.locator(f'#findings .item[data-fingerprint="{UNLINKED}"]').count() == 0

    # a confirmed finding with a note: the button
    item = page.locator(f'#findings .item[data-fingerprint="{LIST_SHORT}"]')
    item.locator("textarea.note").fill(NOTE_CONFIRMED)
    with page.expect_navigation(timeout=60_000):
        item.locator('button[data-action="confirmed"]').click()
    assert (
        NOTE_CONFIRMED
        in page.locator(f'#findings .item[data-fingerprint="{LIST_SHORT}"] .verdict').inner_text()
    )

    # a split: "Office of Desert Affairs" (b_herald#1) is linked with a_daily#1; n says it is not the same
    assert entity_of(report(server), "b_herald#1") == entity_of(report(server), "a_daily#1")
    link(page, "b_herald#1").focus()
    act(page, "n")
    split = report(server)
    assert entity_of(split, "b_herald#1") != entity_of(split, "a_daily#1")
    assert UNLINKED in {d["fingerprint"] for d in split["suppressed"]}  # its fingerprint still holds

    # a merge: "River Basin Forum" (b_herald#2) founded an entity of its own; s says it is the runner-up
    assert entity_of(split, "b_herald#2") != entity_of(split, "a_daily#2")
    assert link(page, "b_herald#2").get_attribute("data-other") == "a_daily#2"
    link(page, "b_herald#2").focus()
    act(page, "s")
    merged = report(server)
    assert entity_of(merged, "b_herald#2") == entity_of(merged, "a_daily#2") == entity_of(merged, "c_wire#2")
    assert link(page, "b_herald#2").count() == 0  # a reviewer's link is not asked about again

    # a canonical name: c opens the box, Enter saves
    link(page, "b_herald#4").focus()
    page.keyboard.press("c")
    page.keyboard.type("Polar Science Board (Country X)")
    act(page, "Enter")
    named = report(server)
    assert next(e for e in named["entities"] if "b_herald#4" in e["mentions"])["name_en"] == (
        "Polar Science Board (Country X)"
    )

    # the decisions file, as the page wrote it, row by row, and as the loaders of `run` read it
    rows = json.loads(server.decisions.read_text(encoding="utf-8"))
    assert rows == {
        "version": "1",
        "decisions": [
            {"kind": "false_alarm", "fingerprint": UNLINKED, "note": NOTE_FALSE_ALARM},
            {"kind": "confirmed", "fingerprint": LIST_SHORT, "note": NOTE_CONFIRMED},
            {"kind": "not_same", "a": "b_herald#1", "b": "a_daily#1"},
            {"kind": "same", "a": "b_herald#2", "b": "a_daily#2"},
            {"kind": "canonical", "a": "b_herald#4", "name_en": "Polar Science Board (Country X)"},
        ],
    }
    assert [(d.kind, d.a, d.b) for d in load_decisions(server.decisions).items] == [
        ("not_same", "b_herald#1", "a_daily#1"),
        ("same", "b_herald#2", "a_daily#2"),
        ("canonical", "b_herald#4", ""),
    ]
    assert load_verdicts(server.decisions) == (
        Verdict(VerdictKind.FALSE_ALARM, UNLINKED, NOTE_FALSE_ALARM),
        Verdict(VerdictKind.CONFIRMED, LIST_SHORT, NOTE_CONFIRMED),
    )

    # the re-rendered report carries the verdicts, and is what `run --decisions` makes of the same file
    assert [(d["fingerprint"], d["note"]) for d in named["suppressed"]] == [(UNLINKED, NOTE_FALSE_ALARM)]
    assert next(d for d in named["discrepancies"] if d["fingerprint"] == LIST_SHORT)["note"] == NOTE_CONFIRMED
    reviews = json.loads((server.out / "claimreview.json").read_text(encoding="utf-8"))
    assert next(r for r in reviews if r["identifier"] == f"{LIST_SHORT}#c_wire")["comment"] == [
        {"@type": "Comment", "text": NOTE_CONFIRMED}
    ]
    assert "## Suppressed by reviewer" in (server.out / "report.md").read_text(encoding="utf-8")
    again = tmp_path / "again"
    args = ["run", str(server.articles), "--out", str(again), "-q", "--jobs", "1", "--decisions"]
    assert main([*args, str(server.decisions)]) == 0
    for name in ("report.json", "report.md", "claimreview.json", "report.html"):
        assert (again / name).read_text(encoding="utf-8") == (server.out / name).read_text(encoding="utf-8")

    # the full report opens from the review page, and nothing left 127.0.0.1
    with page.expect_navigation():
        page.locator('a[href="/report/report.html"]').click()
    assert page.locator("#scorecard-table").count() == 1
    assert server.requests == [] and server.dialogs == []


def click(page: Page, locator) -> None:  # noqa: ANN001 - a playwright Locator
    with page.expect_navigation(timeout=60_000):
        locator.click()
    page.wait_for_load_state("load")


def test_review_by_taps_at_400_px(browser: Browser, server: Server) -> None:
    page = open_page(browser, server, 400)
    assert page.evaluate("document.documentElement.scrollWidth") <= 400
    button = link(page, "b_herald#2").locator('button[data-action="same"]')
    box = button.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 400
    csp = page.evaluate("fetch('/').then(r => r.headers.get('content-security-policy'))")
    assert "default-src 'self'" in csp and "script-src 'self'" in csp

    # a false alarm by its button, then taken back from the suppressed list
    click(
        page,
        page.locator(f'#findings .item[data-fingerprint="{UNLINKED}"] button[data-action="false_alarm"]'),
    )
    restore = page.locator(f'#suppressed .item[data-fingerprint="{UNLINKED}"]')
    restore.locator("textarea.note").fill("read again: it is the same list after all")
    click(page, restore.locator('button[data-action="confirmed"]'))
    assert page.locator(f'#suppressed .item[data-fingerprint="{UNLINKED}"]').count() == 0
    back = page.locator(f'#findings .item[data-fingerprint="{UNLINKED}"] .verdict')
    assert "read again: it is the same list after all" in back.inner_text()

    # the link buttons and the canonical name's own button
    click(page, link(page, "b_herald#1").locator('button[data-action="not_same"]'))
    click(page, link(page, "b_herald#2").locator('button[data-action="same"]'))
    link(page, "b_herald#4").locator("input.canonical").fill("Polar Science Board")
    click(page, link(page, "b_herald#4").locator('button[data-action="canonical"]'))
    assert page.evaluate("document.documentElement.scrollWidth") <= 400

    assert [(r["kind"], r.get("a", r.get("fingerprint"))) for r in decisions(server)] == [
        ("false_alarm", UNLINKED),
        ("confirmed", UNLINKED),
        ("not_same", "b_herald#1"),
        ("same", "b_herald#2"),
        ("canonical", "b_herald#4"),
    ]
    doc = report(server)
    assert doc["suppressed"] == []
    assert next(d for d in doc["discrepancies"] if d["fingerprint"] == UNLINKED)["note"] == (
        "read again: it is the same list after all"
    )
    assert entity_of(doc, "b_herald#1") != entity_of(doc, "a_daily#1")
    assert entity_of(doc, "b_herald#2") == entity_of(doc, "a_daily#2")
    assert server.requests == [] and server.dialogs == []


def decisions(server: Server) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = json.loads(server.decisions.read_text(encoding="utf-8"))["decisions"]
    return rows
