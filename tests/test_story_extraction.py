"""Every article of the example stories is read as its expected file says (written by reading it).

Every article: the items in order with their names, groups, values and attributes exactly. An article
that only names a selection in its prose is read the same way (a name alone in a clause of its own
with its value included: ``while South Africa was told it would pay 30 %``), and is marked a selection.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.models import Kind, Mention, ParseResult
from sources.registry import parse_path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from extraction import article_path, attributes_ok, group_ok, item_matches, names_of, norm  # noqa: E402

EXPECTED = sorted(
    p for p in (ROOT / "tests" / "expected" / "stories").glob("*/*.json") if p.name != "planted.json"
)


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _parse(path: Path) -> tuple[dict[str, Any], list[Mention], ParseResult]:  # noqa: D103
    expected = _load(path)
    res = parse_path(article_path(path.parent.name, expected["article"]))
    return expected, [m for m in res.mentions if m.kind is Kind.LIST], res


def _prose_selection(expected: dict[str, Any]) -> bool:
    return not expected["complete"] and str(expected.get("layout", "")).startswith(
        "selection: inline enumeration"
    )


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_article_reads_as_expected(path: Path) -> None:
    expected, got, res = _parse(path)
    want = expected["items"]
    if _prose_selection(expected):
        assert res.article is not None and res.article.selection
    assert len(got) == len(want), [m.label for m in got]
    for w, m in zip(want, got, strict=True):
        assert item_matches(w, m), (w["name"], sorted(names_of(m)))
        assert group_ok(w, m), (w["name"], w.get("group"), m.group)
        wanted = [(float(v["number"]), v.get("unit", "")) for v in w.get("values", [])]
        assert [(v.number, v.unit) for v in m.values] == wanted, (w["name"], m.values)
        assert attributes_ok(w, m), (w["name"], w.get("attributes"), m.attributes)


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_nothing_that_is_no_item_is_read_as_one(path: Path) -> None:
    expected, got, _ = _parse(path)
    names = {n for m in got for n in names_of(m)}
    for s in expected.get("not_items", []):
        assert norm(s) not in names, s
