"""A plain-text table under a headline whose parts a wide blank sets apart (``甲国で内閣改造　新閣僚4人``,
as Japanese papers print headlines): the headline is no row of the table, nor its date line a group."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Kind
from sources.registry import parse_path

ARTICLE = (
    "甲国で内閣改造\u3000新閣僚4人\n2025年5月3日\n\n甲国首相は3日、内閣改造を行った。新閣僚は次の通り。\n"
    "外相\u3000\u3000山田太郎（54）\n財務相\u3000鈴木一郎（61）\n保健相\u3000佐藤花子（47）\n国防相\u3000田中次郎（58）\n"
)


def test_a_headline_of_two_parts_is_no_row_of_the_table_below(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    items = [m for m in parse_path(path).mentions if m.kind is Kind.LIST]
    assert [m.label for m in items] == ["山田太郎", "鈴木一郎", "佐藤花子", "田中次郎"]
    assert [[a.text for a in m.attributes if a.kind.value == "title"] for m in items] == [
        ["外相"],
        ["財務相"],
        ["保健相"],
        ["国防相"],
    ]
    assert {m.group for m in items} == {""}
