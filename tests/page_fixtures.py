"""A folder of article pages, each beside its expected file (``NAME.html`` / ``NAME.expected.json``, written
by reading the page: items in order with their groups, values and posts, stated counts, outlet, date, the
reader's problems), and the checks every such folder's tests make of each page."""

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

MIN_PAGES = 12


class PageFolder:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pages = sorted(p.name.removesuffix(".expected.json") for p in folder.glob("*.expected.json"))

    def path(self, page: str) -> Path:
        return self.folder / f"{page}.html"

    def read(self, page: str) -> ParseResult:
        return _parsed(self.path(page))

    def expected(self, page: str) -> dict[str, Any]:
        return _loaded(self.folder / f"{page}.expected.json")

    def mentions(self, page: str) -> list[Mention]:
        return [m for m in self.read(page).mentions if m.kind is Kind.LIST]

    def params(self, gaps: dict[str, str]) -> list[Any]:
        """The pages, each named in ``gaps`` a strict xfail giving its reason."""
        return [
            pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=gaps[p])) if p in gaps else p
            for p in self.pages
        ]

    def counts_read(self, page: str) -> set[int]:
        result = self.read(page)
        claims = extract_claims(result.article, result.mentions, result.headings) if result.article else ()
        stated = [h.stated for h in result.headings] + [c.stated for c in claims]
        return {int(n) for n in stated if n is not None}

    # ------------------------------------------------------------------ the checks of every page
    def assert_complete(self) -> None:
        """A page for every expected file and an expected file for every page, twelve or more."""
        assert len(self.pages) >= MIN_PAGES
        assert sorted(p.stem for p in self.folder.glob("*.html")) == self.pages

    def assert_list(self, page: str) -> None:
        """The page's list whole: names in order, values, and items filed as the expected file files them."""
        want = self.expected(page)["items"]
        got = self.mentions(page)
        assert [m.label for m in got] == [i["name"] for i in want]
        assert [[v.number for v in m.values] for m in got] == [i.get("values", []) for i in want]
        assert partition([m.group for m in got]) == partition([i.get("group", "") for i in want])

    def assert_posts(self, page: str) -> None:
        want = self.expected(page)["items"]
        titles = [
            [a.text for a in m.attributes if a.kind is AttributeKind.TITLE] for m in self.mentions(page)
        ]
        assert titles == [[i["title"]] if "title" in i else [] for i in want]

    def assert_counts(self, page: str) -> None:
        """The counts the page states are read, and no heading states another."""
        want = set(self.expected(page)["stated"])
        assert want <= self.counts_read(page)
        assert {h.stated for h in self.read(page).headings if h.stated is not None} <= want

    def assert_metadata(self, page: str) -> None:
        want = self.expected(page)
        doc, problems = read_document(self.path(page))
        assert (doc.outlet, doc.date) == (want["outlet"], want["date"])
        assert [p.code for p in problems if p.code.startswith("html-")] == want["problems"]


@cache
def _parsed(path: Path) -> ParseResult:
    return parse_path(path)


@cache
def _loaded(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def partition(groups: list[str]) -> list[int]:
    """Each item's group as the index of its first appearance: two readings file the items alike when
    their partitions are equal, whatever each calls its groups."""
    seen: dict[str, int] = {}
    return [seen.setdefault(g, len(seen)) for g in groups]
