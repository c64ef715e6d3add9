"""Several items on one line, each after its own mark (``▼甲國▼乙國▼丙國``, ``■A ■B``, ``◆A◆B``), under a
bracketed heading (``【全面禁止】``, ``〈部分限制〉``): each heading's items one group, read whole; lines of
prose or headlines in brief after such marks stay unread. Expected readings written from the texts."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.models import Kind
from sources.registry import parse_document

ZH_TW = """美國宣布新旅行禁令

2025年6月5日 北辰報

美國總統宣布，自本月9日起對下列國家實施入境限制。

【全面禁止】
▼甲國▼乙國▼丙國

【部分限制】
▼丁國▼戊國
"""

ZH_CN = """美国宣布新旅行禁令

2025年6月5日 东方时讯

美国总统宣布，自本月9日起对下列国家实施入境限制。

〈全面禁止（3国）〉
■甲国 ■乙国 ■丙国

〈部分限制（2国）〉
■丁国 ■戊国
"""

JA = """米国、新たな入国制限

2025年6月5日 朝凪新聞

米大統領は、9日から次の国々からの入国を制限すると発表した。

【全面禁止】
◆甲国◆乙国
◆丙国

【一部制限】
◆丁国◆戊国
"""


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[int | None, str]]]:
    res = parse_document(text_document(text, "t"))
    names = [(m.label, m.group) for m in res.mentions if m.kind is Kind.LIST]
    return names, [(h.stated, h.group) for h in res.headings]


@pytest.mark.parametrize(
    ("text", "country", "full", "part", "counts"),
    [
        (ZH_TW, "國", "全面禁止", "部分限制", (None, None)),
        (ZH_CN, "国", "全面禁止", "部分限制", (3, 2)),
        (JA, "国", "全面禁止", "一部制限", (None, None)),
    ],
)
def test_marked_items_on_a_line_under_bracketed_headings(
    text: str, country: str, full: str, part: str, counts: tuple[int | None, int | None]
) -> None:
    names, headings = _read(text)
    assert names == [
        (f"甲{country}", full),
        (f"乙{country}", full),
        (f"丙{country}", full),
        (f"丁{country}", part),
        (f"戊{country}", part),
    ]
    assert headings == [(counts[0], full), (counts[1], part)]


def test_english_marked_names_on_a_line() -> None:
    text = (
        "Travel ban widened\n\nJune 5, 2025\n\nThe order covers the following countries.\n\n"
        "[Full ban]\n◆Aland ◆Borduria ◆Carpathia\n\n[Partial ban]\n◆Dalmatia ◆Elbonia\n"
    )
    names, _ = _read(text)
    assert names == [
        ("Aland", "Full ban"),
        ("Borduria", "Full ban"),
        ("Carpathia", "Full ban"),
        ("Dalmatia", "Partial ban"),
        ("Elbonia", "Partial ban"),
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a line of prose after its marks: the block, and so the article's blocks, stay unread
        ("▼甲國▼乙國▼丙國", "▼甲國▼乙國將於下月生效"),
        # two kinds of mark in one line: no telling which parts what
        ("▼甲國▼乙國▼丙國", "▼甲國■乙國▼丙國"),
    ],
)
def test_marked_lines_that_are_no_list_stay_unread(old: str, new: str) -> None:
    text = ZH_TW.replace(old, new)
    assert text != ZH_TW
    assert _read(text) == ([], [])


def test_one_bracketed_block_of_headlines_in_brief_is_no_list() -> None:
    text = "財經早報\n\n2025年6月5日 北辰報\n\n今日市場重點如下。\n\n【快訊】\n▲甲指數▲乙指數\n"
    assert _read(text) == ([], [])


def test_two_names_parted_by_a_pause_under_a_bracketed_heading() -> None:
    text = ZH_TW.replace("▼甲國▼乙國▼丙國", "甲國、乙國、丙國").replace("▼丁國▼戊國", "丁國、戊國")
    names, _ = _read(text)
    assert names == [
        ("甲國", "全面禁止"),
        ("乙國", "全面禁止"),
        ("丙國", "全面禁止"),
        ("丁國", "部分限制"),
        ("戊國", "部分限制"),
    ]


@pytest.mark.parametrize(
    "second",
    [
        # a name, then a clause after the pause
        "丁國、戊國將於下月生效",
        # a line of prose among the lines of names
        "丁國、戊國\n己國、兩國均已表示遺憾",
    ],
)
def test_a_block_of_paused_names_with_prose_leaves_every_block_unread(second: str) -> None:
    """Read whole or not at all: no block read, nor the first block alone and ungrouped."""
    text = ZH_TW.replace("▼甲國▼乙國▼丙國", "甲國、乙國、丙國").replace("▼丁國▼戊國", second)
    assert _read(text) == ([], [])


def test_guard_one_bracketed_block_of_paused_headlines_is_no_list() -> None:
    text = "財經早報\n\n2025年6月5日 北辰報\n\n今日市場重點如下。\n\n【快訊】\n甲指數、乙指數\n"
    assert _read(text) == ([], [])


def test_guard_paused_names_under_counted_bracketed_headings() -> None:
    text = ZH_CN.replace("■甲国 ■乙国 ■丙国", "甲国、乙国、丙国").replace("■丁国 ■戊国", "丁国、戊国")
    names, headings = _read(text)
    assert names == [
        ("甲国", "全面禁止"),
        ("乙国", "全面禁止"),
        ("丙国", "全面禁止"),
        ("丁国", "部分限制"),
        ("戊国", "部分限制"),
    ]
    assert headings == [(3, "全面禁止"), (2, "部分限制")]
