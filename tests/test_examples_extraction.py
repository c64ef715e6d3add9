"""The bundled example articles against their expected files (tests/expected/<id>.json).

The expected files were written by reading the articles: the counts each one prints, names that must
be extracted exactly as printed, and strings that must never end up inside a name (annotations,
editor's notes, category labels, page-tail headlines). The same figures must hold for the articles
converted to Simplified Chinese.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import opencc
import pytest

from pipeline.models import Kind, ParseResult
from sources.registry import parse_path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = ROOT / "examples" / "us-withdrawal-2026-01"
EXPECTED_DIR = Path(__file__).resolve().parent / "expected"
IDS = sorted(p.stem for p in EXPECTED_DIR.glob("*.json"))
NAME_FIELDS = ("name_zh", "name_en", "acronym")
_T2S = opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    return str(_T2S.convert(text))


def expected(article_id: str) -> dict[str, Any]:
    return json.loads((EXPECTED_DIR / f"{article_id}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def parsed() -> dict[str, ParseResult]:
    return {i: parse_path(EXAMPLE_DIR / f"{i}.txt") for i in IDS}


@pytest.fixture(scope="module")
def parsed_simplified(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ParseResult]:
    folder = tmp_path_factory.mktemp("simplified")
    out = {}
    for i in IDS:
        path = folder / f"{i}.txt"
        path.write_text(t2s((EXAMPLE_DIR / f"{i}.txt").read_text(encoding="utf-8")), encoding="utf-8")
        out[i] = parse_path(path)
    return out


def test_every_example_has_an_expected_file() -> None:
    assert IDS == sorted(p.stem for p in EXAMPLE_DIR.glob("*.txt"))


def _group_counts(res: ParseResult) -> dict[str, int]:
    return dict(Counter(m.group for m in res.mentions if m.group))


def _category_counts(res: ParseResult) -> dict[str, int]:
    return dict(Counter(m.category for m in res.mentions if m.category is not None))


@pytest.mark.parametrize("article_id", IDS)
def test_article_metadata(parsed: dict[str, ParseResult], article_id: str) -> None:
    exp = expected(article_id)
    art = parsed[article_id].article
    assert art is not None
    assert art.id == article_id
    assert art.outlet == exp["outlet"]
    assert art.date == exp["date"]
    assert art.encoding == "utf-8"
    assert art.layout == exp["layout"]
    if exp["title"] is not None:
        assert art.title == exp["title"]
    if exp["tail_starts_with"] is None:
        assert art.body_end == len(art.text)
    else:
        assert art.text[art.body_end :].startswith(exp["tail_starts_with"])


@pytest.mark.parametrize("article_id", IDS)
def test_counts_per_group_and_category(parsed: dict[str, ParseResult], article_id: str) -> None:
    exp = expected(article_id)
    res = parsed[article_id]
    assert len(res.mentions) == exp["list_mentions"]
    assert all(m.kind is Kind.LIST and m.article == article_id for m in res.mentions)
    assert [m.position for m in res.mentions] == list(range(1, exp["list_mentions"] + 1))
    assert _group_counts(res) == exp["groups"]
    assert _category_counts(res) == exp["categories"]
    for category, by_group in exp.get("categories_by_group", {}).items():
        got = Counter(m.group for m in res.mentions if m.category == category and m.group)
        assert dict(got) == by_group, category
    if not exp["list_mentions"]:
        assert any(p.code == "no-list" for p in res.problems)


@pytest.mark.parametrize("article_id", IDS)
def test_headings_and_stated_counts(parsed: dict[str, ParseResult], article_id: str) -> None:
    res = parsed[article_id]
    text = res.article.text if res.article else ""
    got = [
        {
            "label": h.label,
            "group": h.group,
            "category": h.category,
            "stated": h.stated,
        }
        for h in res.headings
    ]
    assert got == expected(article_id)["headings"]
    for h in res.headings:
        assert h.label.split("（")[0].split("(")[0] in text[h.start : h.end]


def _find(res: ParseResult, want: dict[str, Any]):
    hits = [m for m in res.mentions if m.name_zh == want["name_zh"]]
    assert len(hits) == 1, f"{want['name_zh']!r} found {len(hits)} times"
    return hits[0]


@pytest.mark.parametrize("article_id", IDS)
def test_names_that_must_be_extracted(parsed: dict[str, ParseResult], article_id: str) -> None:
    res = parsed[article_id]
    for want in expected(article_id)["must_have"]:
        m = _find(res, want)
        for key in ("name_en", "acronym", "parent", "category", "position"):
            if key in want:
                assert getattr(m, key) == want[key], (want["name_zh"], key)
        if "group" in want:
            assert m.group == want["group"], want["name_zh"]
        if "aliases" in want:
            assert list(m.aliases) == want["aliases"]
        if "note_contains" in want:
            assert want["note_contains"] in m.note


@pytest.mark.parametrize("article_id", IDS)
def test_every_item_keeps_its_names_apart_from_annotations(
    parsed: dict[str, ParseResult], article_id: str
) -> None:
    exp = expected(article_id)
    res = parsed[article_id]
    for m in res.mentions:
        assert m.name_zh, f"item {m.position} has no Chinese name"
        assert not re.search(r"\s", m.name_zh), m.name_zh
        if m.name_zh in exp["without_english"]:
            assert not (m.name_en or m.acronym), m.name_zh
        else:
            assert m.name_en or m.acronym, f"{m.name_zh}: the article gives its English name or acronym"
        for bad in exp["must_not_appear_in_names"]:
            for field in NAME_FIELDS:
                assert bad not in getattr(m, field), (m.position, field, bad)
            assert all(bad not in a for a in m.aliases)
    assert len(exp["without_english"]) == sum(not (m.name_en or m.acronym) for m in res.mentions)


@pytest.mark.parametrize("article_id", IDS)
def test_spans_are_the_items_in_the_article_body(parsed: dict[str, ParseResult], article_id: str) -> None:
    res = parsed[article_id]
    art = res.article
    assert art is not None
    previous_end = 0
    for m in res.mentions:
        assert previous_end <= m.start < m.end <= art.body_end
        previous_end = m.end
        quote = art.text[m.start : m.end]
        outside = re.sub(r"[（(][^（）()]*[）)]", "", quote)
        assert m.name_zh in outside, (m.name_zh, quote)
        assert m.name_en in quote and m.acronym in quote
        assert "\n" not in quote


@pytest.mark.parametrize("article_id", IDS)
def test_simplified_chinese_gives_the_same_list(
    parsed: dict[str, ParseResult], parsed_simplified: dict[str, ParseResult], article_id: str
) -> None:
    exp = expected(article_id)
    res = parsed_simplified[article_id]
    assert res.article is not None
    assert res.article.layout == exp["layout"]
    assert len(res.mentions) == exp["list_mentions"]
    assert _group_counts(res) == {t2s(k): v for k, v in exp["groups"].items()}
    assert _category_counts(res) == {t2s(k): v for k, v in exp["categories"].items()}
    assert [(h.group, h.stated) for h in res.headings] == [
        (t2s(h.group), h.stated) for h in parsed[article_id].headings
    ]
    names = {m.name_zh for m in res.mentions}
    for want in exp["must_have"]:
        assert t2s(want["name_zh"]) in names
    for m in res.mentions:
        for bad in exp["must_not_appear_in_names"]:
            assert t2s(bad) not in m.name_zh and bad not in m.name_en
    traditional = parsed[article_id].mentions
    assert [(m.name_en, m.acronym, m.parent, m.group) for m in res.mentions] == [
        (m.name_en, m.acronym, m.parent, t2s(m.group)) for m in traditional
    ]
