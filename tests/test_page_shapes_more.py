"""More article pages in the shapes real outlets give them (``tests/fixtures/page_shapes_more/``, see its
README): a "continue reading" mark and an ad between one-name paragraphs, pictures and a related box
between value lines, ``<br>`` lines of a name and its post in brackets under an ``<hgroup>`` with a
section-named related box, key points in a ``<blockquote>`` over ``<h3>`` groups of inline names, a text
table in ``<br>`` lines parted by ideographic spaces, a date printed in split ``<span>``s, a table whose
header row is bold ``<td>`` cells, bold group lines over one-name paragraphs, a table's ``<tfoot>`` note,
``◇`` group lines over inline names, names with ``<ruby>`` readings, two groups in two sentences with a
correction note, a most-read list above the headline's body and a table whose headers carry the unit, and
summary bullets over a ``<ul>`` of names and posts. Each page gives exactly its list (names in order,
groups, values, posts), its stated counts, and its outlet and date; the expected files were written by
reading the pages."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline.claims import extract_claims
from pipeline.models import AttributeKind, Kind, Mention, ParseResult
from sources.reader import read_document
from sources.registry import parse_path

PAGES = Path(__file__).resolve().parent / "fixtures" / "page_shapes_more"
EXPECTED = sorted(p.name.removesuffix(".expected.json") for p in PAGES.glob("*.expected.json"))
RUBY_POST = (
    "a Japanese name and a post holding katakana parted by one ideographic space, which a page's text"
    " renders as a plain space (夏宝竜 国務院香港マカオ事務弁公室主任), are read as two items; the same line"
    " in a text file, the ideographic space kept, is read whole"
)
GAPS: dict[str, str] = {"ja_kids_paper_ruby_readings_ul": RUBY_POST}
TITLE_GAPS: dict[str, str] = {
    **GAPS,
    "en_asian_paper_ul_name_post_trust_chip": (
        "`director of the Liaison Office` is read as a title `director` and an organization `Liaison"
        " Office`, while `director of the Hong Kong and Macau Affairs Office` (an `and` in the office's"
        " name) stays one title: the posts of one list are split two ways"
    ),
}
DATE_GAPS: dict[str, str] = {}


@cache
def _read(page: str) -> ParseResult:
    return parse_path(PAGES / f"{page}.html")


@cache
def _expected(page: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((PAGES / f"{page}.expected.json").read_text(encoding="utf-8"))
    return data


def _mentions(page: str) -> list[Mention]:
    return [m for m in _read(page).mentions if m.kind is Kind.LIST]


def _partition(groups: list[str]) -> list[int]:
    """Each item's group as the index of its first appearance: two readings file the items alike when
    their partitions are equal, whatever each calls its groups."""
    seen: dict[str, int] = {}
    return [seen.setdefault(g, len(seen)) for g in groups]


def _counts_read(page: str) -> set[int]:
    result = _read(page)
    claims = extract_claims(result.article, result.mentions, result.headings) if result.article else ()
    stated = [h.stated for h in result.headings] + [c.stated for c in claims]
    return {int(n) for n in stated if n is not None}


def _pages(gaps: dict[str, str]) -> list[Any]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[p])) if p in gaps else p
        for p in EXPECTED
    ]


def test_the_folder_holds_a_page_for_every_expected_file_and_twelve_or_more() -> None:
    assert len(EXPECTED) >= 12
    assert sorted(p.stem for p in PAGES.glob("*.html")) == EXPECTED


@pytest.mark.parametrize("page", _pages(GAPS))
def test_a_page_gives_its_list_whole_with_groups_and_values(page: str) -> None:
    want = _expected(page)["items"]
    got = _mentions(page)
    assert [m.label for m in got] == [i["name"] for i in want]
    assert [[v.number for v in m.values] for m in got] == [i.get("values", []) for i in want]
    assert _partition([m.group for m in got]) == _partition([i.get("group", "") for i in want])


@pytest.mark.parametrize("page", _pages(TITLE_GAPS))
def test_a_page_gives_each_person_the_post_it_prints(page: str) -> None:
    want = _expected(page)["items"]
    titles = [[a.text for a in m.attributes if a.kind is AttributeKind.TITLE] for m in _mentions(page)]
    assert titles == [[i["title"]] if "title" in i else [] for i in want]


@pytest.mark.parametrize("page", EXPECTED)
def test_a_page_states_its_lists_counts_and_no_other(page: str) -> None:
    want = set(_expected(page)["stated"])
    assert want <= _counts_read(page)
    assert {h.stated for h in _read(page).headings if h.stated is not None} <= want


@pytest.mark.parametrize("page", _pages(DATE_GAPS))
def test_a_page_is_dated_and_named_by_its_metadata(page: str) -> None:
    want = _expected(page)
    doc, problems = read_document(PAGES / f"{page}.html")
    assert (doc.outlet, doc.date) == (want["outlet"], want["date"])
    assert [p.code for p in problems if p.code.startswith("html-")] == want["problems"]


def test_no_words_of_the_chrome_reach_the_list() -> None:
    """Continue-reading marks, related headlines, key points, captions, notes and corrections: none of
    their words is an item's name on any page."""
    chrome = {"請繼續往下閱讀", "林鄭：制裁嚇不倒特區政府", "禁令6月9日生效", "Assets in the US frozen"}
    for page in EXPECTED:
        assert not chrome & {m.label for m in _mentions(page)}, page
