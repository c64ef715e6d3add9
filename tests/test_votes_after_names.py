"""Votes printed right after a name or the verb of what it got (``張三獲183票``, ``李四164票``,
``山田太郎氏が183票``, ``王五得134票``): each a value of its name; a number after a label of its own
(``議員票64票``, ``合計183票``) stays the label's."""

from __future__ import annotations

import pytest
from document_fixtures import text_document

from pipeline.lang.values import find_values
from pipeline.models import Kind
from sources.registry import parse_document

PEOPLE = [("張三", 183), ("李四", 164), ("王五", 134), ("趙六", 59), ("孫七", 49)]


@pytest.mark.parametrize(
    "sentence",
    [
        "首輪投票中，張三獲183票，李四164票，王五134票，趙六59票，孫七49票。",
        "第一轮投票中，张三得183票、李四得164票、王五得134票、赵六得59票、孙七得49票。",
        "1回目の投票では、張三氏が183票、李四氏が164票、王五氏が134票、趙六氏が59票、孫七氏が49票を獲得した。",
    ],
)
def test_votes_glued_after_each_name(sentence: str) -> None:
    text = f"甲黨主席選舉\n\n乙報　2025年10月4日\n\n{sentence}\n"
    res = parse_document(text_document(text))
    got = [(m.label, [v.number for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]
    assert [(name, numbers) for name, numbers in got] == [
        (name if "张三" not in sentence else name.translate(str.maketrans("張趙孫", "张赵孙")), [n])
        for name, n in PEOPLE
    ]


def test_a_number_after_its_own_label_is_no_name_s_votes() -> None:
    for text in ("議員票64票", "合計183票", "以185票"):
        assert find_values(text) == [], text
    assert [v.number for v in find_values("張三獲183票")] == [183]
    assert [v.number for v in find_values("彼得183票")] == [183]
