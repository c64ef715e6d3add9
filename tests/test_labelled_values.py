"""Rows of several numbers printed with each item: after a label glued before each (``甲國　金40　銀44``),
before one (``甲國以40金44銀42銅居首``), or joined by hyphens with the last in parentheses
(``Aland 40-44-42 (126)``). Each number is a value of its item, under its label where one is printed."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document

from pipeline.lang.values import dashed_numbers, labelled_numbers, numbers_before_labels
from pipeline.models import Kind, ParseResult
from sources.registry import parse_document, parse_path

Read = list[tuple[str, list[tuple[float | None, str]]]]


def _items(res: ParseResult) -> Read:
    return [(m.label, [(v.number, v.column) for v in m.values]) for m in res.mentions if m.kind is Kind.LIST]


def _read(text: str) -> Read:
    return _items(parse_document(text_document(text)))


def test_numbers_after_their_labels_end_a_line() -> None:
    found = labelled_numbers("甲國　金7　銀3　銅12　總數22")
    assert [(label, f.number) for label, f in found] == [("金", 7), ("銀", 3), ("銅", 12), ("總數", 22)]


def test_one_labelled_number_a_repeated_label_or_no_name_is_no_row() -> None:
    assert labelled_numbers("甲國　金7") == []
    assert labelled_numbers("甲國　金7　金3") == []
    assert labelled_numbers("金7　銀3") == []  # nothing named before them
    assert labelled_numbers("甲國　第3　銀4") == []  # an ordinal is no label


def test_numbers_before_their_labels_in_a_clause() -> None:
    found = numbers_before_labels("乙國以9金8銀7銅居首")
    assert [(label, f.number) for label, f in found] == [("金", 9), ("銀", 8), ("銅", 7)]
    assert numbers_before_labels("2025年3月12日") == []  # a date's units are no labels


def test_numbers_joined_by_hyphens_end_a_line() -> None:
    assert [f.number for f in dashed_numbers("Aland 9-8-7 (24)")] == [9, 8, 7, 24]
    assert [f.number for f in dashed_numbers("Borduria 3-1")] == [3, 1]
    assert dashed_numbers("Jane Roe 2025-03-12") == []  # a date
    assert dashed_numbers("9-8-7") == []  # no name before


def test_unmarked_lines_of_labelled_numbers_under_a_lead_in() -> None:
    text = (
        "甲乙丙運動會閉幕\n\n運動會周日閉幕，各國獎牌數如下：\n\n"
        "甲國　　金9　銀8　銅7\n乙國　　金6　銀5　銅4\n丙國　　金3　銀2　銅1\n\n下屆運動會四年後舉行。\n"
    )
    assert _read(text) == [
        ("甲國", [(9, "金"), (8, "銀"), (7, "銅")]),
        ("乙國", [(6, "金"), (5, "銀"), (4, "銅")]),
        ("丙國", [(3, "金"), (2, "銀"), (1, "銅")]),
    ]


def test_a_list_of_bold_names_and_labelled_numbers(tmp_path: Path) -> None:
    html = (
        "<html><body><article><h1>運動會獎牌榜</h1><p>各國獎牌數如下：</p><ul>"
        "<li><b>甲國</b>：金牌9　銀牌8　銅牌7</li><li><b>乙國</b>：金牌6　銀牌5　銅牌4</li>"
        "<li><b>丙國</b>：金牌3　銀牌2　銅牌1</li></ul></article></body></html>"
    )
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    assert _items(parse_path(page)) == [
        ("甲國", [(9, "金牌"), (8, "銀牌"), (7, "銅牌")]),
        ("乙國", [(6, "金牌"), (5, "銀牌"), (4, "銅牌")]),
        ("丙國", [(3, "金牌"), (2, "銀牌"), (1, "銅牌")]),
    ]


def test_names_in_prose_each_with_numbers_before_the_same_labels() -> None:
    text = (
        "甲乙丙運動會閉幕\n\n運動會周日閉幕。"
        "甲國以9金8銀7銅居首，乙國6金5銀4銅排名第二，丙國3金2銀1銅位列第三。\n"
    )
    assert _read(text) == [
        ("甲國", [(9, "金"), (8, "銀"), (7, "銅")]),
        ("乙國", [(6, "金"), (5, "銀"), (4, "銅")]),
        ("丙國", [(3, "金"), (2, "銀"), (1, "銅")]),
    ]


def test_wire_lines_of_hyphenated_numbers_under_a_lead_in() -> None:
    text = (
        "Games close\n\nThe games closed on Sunday.\n\nFinal standings (gold-silver-bronze, total):\n\n"
        "Aland 9-8-7 (24)\nBorduria 6-5-4 (15)\nCarpathia 3-2-1 (6)\n\nThe next games open in four years.\n"
    )
    assert _read(text) == [
        ("Aland", [(9, "gold"), (8, "silver"), (7, "bronze"), (24, "total")]),
        ("Borduria", [(6, "gold"), (5, "silver"), (4, "bronze"), (15, "total")]),
        ("Carpathia", [(3, "gold"), (2, "silver"), (1, "bronze"), (6, "total")]),
    ]


def test_hyphenated_words_of_another_length_label_no_numbers() -> None:
    """``long-term``: two words joined, where each row prints four numbers: no labels."""
    text = (
        "Games close\n\nThe games closed on Sunday.\n\nThe long-term standings:\n\n"
        "Aland 9-8-7 (24)\nBorduria 6-5-4 (15)\nCarpathia 3-2-1 (6)\n\nThe next games open in four years.\n"
    )
    assert _read(text)[0] == ("Aland", [(9, ""), (8, ""), (7, ""), (24, "")])
