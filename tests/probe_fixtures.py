"""Helpers of the probe stories' tests (``tests/fixtures/<story>/``, reconciled by consensus)."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import AttributeKind, Discrepancy, Mention, Reconciliation, Severity
from pipeline.run import reconcile

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROBES = Path(__file__).resolve().parent / "expected" / "probes"  # one expected file per article, read


def marked(article: str, gaps: dict[str, str]) -> Any:
    """``article`` as a test parameter, a strict xfail giving its reason when ``gaps`` names it."""
    reason = gaps.get(article)
    return pytest.param(article, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else article


def probe_articles(folder: str) -> list[str]:
    """The articles of the story ``folder`` that have an expected file, in order."""
    return sorted(p.stem for p in (PROBES / folder).glob("*.json"))


@cache
def expected_file(folder: str, article: str) -> dict[str, Any]:
    """The expected file of ``article`` of the story ``folder``, written by reading the article."""
    return dict(json.loads((PROBES / folder / f"{article}.json").read_text(encoding="utf-8")))


def printed_name(m: Mention) -> str:
    """An item's name as the expected files record it: Chinese or Japanese, else English, else its
    acronym."""
    return m.name_zh or m.name_en or m.acronym


@cache
def story(folder: str) -> Reconciliation:
    """The story of ``tests/fixtures/<folder>`` reconciled by consensus (once per test run)."""
    return reconcile([str(FIXTURES / folder)])


def assert_counts_as_expected(folder: str, article: str, kinds: tuple[str, ...] = ()) -> None:
    """The counts ``article`` states (of the whole, or of a group by its label as printed; of the claims of
    ``kinds`` only, when given) are those its expected file lists, each claim's quote holding the words the
    expected file quotes."""
    stated = sorted(
        (c.subject if c.kind == "group" else "", int(c.stated), c.quote)
        for c in story(folder).claims
        if c.article == article and (not kinds or c.kind in kinds)
    )
    want = sorted((s["group"], s["count"], s["quote"]) for s in expected_file(folder, article)["stated"])
    assert [(g, n) for g, n, _ in stated] == [(g, n) for g, n, _ in want]
    for (_, _, quote), (_, _, printed) in zip(stated, want, strict=True):
        assert printed in quote


def assert_valued_items_as_expected(folder: str, article: str, tables: tuple[str, ...]) -> None:
    """``article`` reads the names its expected file lists, in order, with their groups, each value as
    printed with its number, unit and whether it is given as near, its column where the article is one
    of ``tables``; nothing the file says is no item read as one; the outlet as the file names it."""
    expected = expected_file(folder, article)
    read = items(story(folder), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [[(v.raw, v.number, v.unit, v.approximate) for v in m.values] for m in read] == [
        [(x["printed"], x["number"], x["unit"], x.get("approximate", False)) for x in w["values"]]
        for w in want
    ]
    if article in tables:
        assert [[v.column for v in m.values] for m in read] == [
            [x["column"] for x in w["values"]] for w in want
        ]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected["not_items"])
    found = next(a for a in story(folder).articles if a.id == article)
    assert found.outlet == expected["outlet"]


def assert_read_as_expected(folder: str, article: str, tables: tuple[str, ...] = ()) -> list[Mention]:
    """``article`` reads the names its expected file lists, in order, with their groups and their values
    (a number under each column the file names), the columns themselves where the article is one of
    ``tables``; nothing the file says is no item read as one; the outlet as the file names it. The items
    read are returned for what a story checks besides."""
    expected = expected_file(folder, article)
    read = items(story(folder), article)
    want = expected["items"]
    assert [printed_name(m) for m in read] == [w["name"] for w in want]
    assert [m.group for m in read] == [w["group"] for w in want]
    assert [numbers(m) for m in read] == [list(w["values"].values()) for w in want]
    if article in tables:
        assert [[v.column for v in m.values] for m in read] == [list(w["values"]) for w in want]
    printed = {n for m in read for n in (m.name_zh, m.name_en)}
    assert not printed & set(expected.get("not_items", []))
    found = next(a for a in story(folder).articles if a.id == article)
    assert found.outlet == expected["outlet"]
    return read


def listed(result: Reconciliation) -> Counter[str]:
    """Article -> how many list items were read in it."""
    return Counter(m.article for m in result.mentions if m.kind == "list")


def outlets_of(result: Reconciliation, name: str) -> set[str]:
    """The outlets that list the entity one of whose mentions is printed ``name`` (in Chinese or English)."""
    keys = {m.key for m in result.mentions if name in (m.name_zh, m.name_en)}
    (entity,) = [e for e in result.entities if keys & set(e.mentions)]
    return {k.split("#")[0] for k in entity.mentions}


def items(result: Reconciliation, article: str) -> list[Mention]:
    """The list items read in ``article``, in order."""
    return [m for m in result.mentions if m.article == article and m.kind == "list"]


def posts(result: Reconciliation, article: str) -> dict[str, str]:
    """Name as printed (Chinese or Japanese, else English) -> the post printed with it."""
    return {
        m.name_zh or m.name_en: next((a.text for a in m.attributes if a.kind is AttributeKind.TITLE), "")
        for m in items(result, article)
    }


def errors(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, outlets) of every error, sorted."""
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is Severity.ERROR)


def findings(result: Reconciliation) -> list[tuple[str, tuple[str, ...]]]:
    """(kind, outlets) of every finding above info, sorted."""
    return sorted((d.kind, d.sources) for d in result.discrepancies if d.severity is not Severity.INFO)


def against(result: Reconciliation, article: str) -> list[Discrepancy]:
    """The findings above info that name ``article`` among their outlets."""
    return [d for d in result.discrepancies if article in d.sources and d.severity is not Severity.INFO]


def the_error(folder: str, article: str) -> Discrepancy:
    """The one error a story's run finds against ``article`` alone (a test fails where there is none or
    more than one)."""
    (d,) = [
        d for d in story(folder).discrepancies if d.sources == (article,) and d.severity is Severity.ERROR
    ]
    return d


def numbers(m: Mention) -> list[float | None]:
    """The numbers of an item's values, in order."""
    return [v.number for v in m.values]
