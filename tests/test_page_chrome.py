"""Real outlets' page chrome around a list (``tests/fixtures/page_chrome/``, see its README): pages in our
own words built the way wires, portals, dailies and broadcasters of Taiwan, Hong Kong, the mainland, Japan
and the English-speaking press build theirs, with the list in the body (a ``<ul>``, a table, ``<p>`` lines
with ``●``, ``<br>`` lines, an inline enumeration) and chrome lists around it (section bars, headlines
with their time stamps, tag rows of country names, related topics, rankings, rich links, paywalls). Each
page gives exactly its article's list with its values and stated count, nothing from the chrome, and the
outlet and date its metadata states; the expected files were written by reading the pages."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline.claims import extract_claims
from pipeline.models import Kind, Mention, ParseResult
from sources.reader import read_document
from sources.registry import parse_path

PAGES = Path(__file__).resolve().parent / "fixtures" / "page_chrome"
EXPECTED = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))
GAPS: dict[str, str] = {}


@cache
def _read(page: str) -> ParseResult:
    return parse_path(PAGES / f"{page}.html")


@cache
def _expected(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / f"{page}.expected.json").read_text(encoding="utf-8"))
    return data


def _mentions(page: str) -> list[Mention]:
    return [m for m in _read(page).mentions if m.kind is Kind.LIST]


def _counts_read(page: str) -> set[int]:
    result = _read(page)
    claims = extract_claims(result.article, result.mentions, result.headings) if result.article else ()
    stated = [h.stated for h in result.headings] + [c.stated for c in claims]
    return {int(n) for n in stated if n is not None}


def _pages() -> list[Any]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=GAPS[p])) if p in GAPS else p
        for p in EXPECTED
    ]


def test_the_folder_holds_a_page_for_every_expected_file_and_ten_or_more() -> None:
    assert len(EXPECTED) >= 10
    assert sorted(p.stem for p in PAGES.glob("*.html")) == EXPECTED


@pytest.mark.parametrize("page", _pages())
def test_a_page_gives_its_articles_list_and_nothing_of_its_chrome(page: str) -> None:
    """The names in order with their values, one group, and no name of a tag row, a section bar, related
    headlines, a ranking or a rich link."""
    want = _expected(page)
    got = _mentions(page)
    assert [m.label for m in got] == [i["name"] for i in want["items"]]
    assert [[v.number for v in m.values] for m in got] == [i.get("values", []) for i in want["items"]]
    assert len({m.group for m in got}) <= 1


@pytest.mark.parametrize("page", EXPECTED)
def test_a_page_states_its_lists_count_and_no_count_of_its_chrome(page: str) -> None:
    want = set(_expected(page)["stated"])
    assert want <= _counts_read(page)
    assert {h.stated for h in _read(page).headings if h.stated is not None} <= want


@pytest.mark.parametrize("page", EXPECTED)
def test_a_page_is_dated_and_named_by_its_metadata(page: str) -> None:
    want = _expected(page)
    doc, problems = read_document(PAGES / f"{page}.html")
    assert (doc.outlet, doc.date) == (want["outlet"], want["date"])
    assert [p.code for p in problems if p.code.startswith("html-")] == want["problems"]


def test_related_topics_of_a_broadcaster_give_no_list() -> None:
    """``<div data-component="topic-list"><h2>Related topics</h2><ul>`` of linked names (a country, two of
    the leaders, the group): the site's topics, not a second list of the article."""
    labels = [m.label for m in _mentions("en_broadcaster_components_topic_list")]
    assert len(labels) == 7
    assert not {"Canada", "G7", "Keir Starmer"} & set(labels)
    assert [h.label for h in _read("en_broadcaster_components_topic_list").headings] == [
        "The seven leaders at the table are:"
    ]


def test_a_pictures_credit_and_caption_are_no_article_text() -> None:
    """``<figure><img><span>credit</span><figcaption>…</figcaption></figure>``: a picture, all of it."""
    doc, _ = read_document(PAGES / "en_broadcaster_components_topic_list.html")
    assert "Getty Images" not in doc.text
    assert "family photo" not in doc.text


def test_a_list_a_paywall_cuts_is_not_read_in_part() -> None:
    """Five of the fourteen rates before ``この記事は有料記事です。残り1082文字``: no list; the count
    stays."""
    doc, _ = read_document(PAGES / "ja_paper_paywall_cuts_list.html")
    assert "有料" not in doc.text
    assert "チュニジア" not in doc.text
    assert "14カ国" in doc.text


def test_a_page_cut_by_a_paywall_is_read_from_its_json_ld_body() -> None:
    """Eight of the fourteen rates before ``Subscribe to continue reading``; the JSON-LD states them all."""
    doc, _ = read_document(PAGES / "en_paper_paywall_json_ld_body.html")
    assert "Myanmar: 40%" in doc.text
    assert "Subscribe" not in doc.text
