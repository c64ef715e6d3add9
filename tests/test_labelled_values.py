"""Rows of several numbers printed with each item: after a label glued before each (``甲國　金40　銀44``),
before one (``甲國以40金44銀42銅居首``), joined by hyphens with the last in parentheses
(``Aland 40-44-42 (126)``), or a total with its parts in parentheses (``Aland 183 (64 members, 119
others)``, ``甲氏が１８３票（甲票６４、乙票１１９）``). Each number is a value of its item, under its label
where one is printed."""

from __future__ import annotations

from pathlib import Path

from document_fixtures import text_document

from pipeline.lang.named_figures import bracketed_numbers, counted_run
from pipeline.lang.row_values import dashed_numbers, labelled_numbers, numbers_before_labels
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


def test_a_total_then_its_parts_in_parentheses_end_a_line() -> None:
    found = bracketed_numbers("Aland 30 (12 members, 18 others)")
    assert [(label, f.number) for label, f in found] == [("", 30), ("members", 12), ("others", 18)]
    found = bracketed_numbers("山田太郎氏が３０票（甲票１２、乙票１８）")
    assert [(label, f.number) for label, f in found] == [("", 30), ("甲票", 12), ("乙票", 18)]
    found = bracketed_numbers("Aland 30 votes (12 from members, 18 from others)")
    assert [(label, f.number) for label, f in found] == [("", 30), ("from members", 12), ("from others", 18)]
    found = bracketed_numbers("張三30票（甲票12票、乙票18票）")
    assert [(label, f.number) for label, f in found] == [("", 30), ("甲票", 12), ("乙票", 18)]
    assert bracketed_numbers("Aland 30 (12 members)") == []  # one part: a note, not a row
    assert bracketed_numbers("Aland 30 (12 members, 18 members)") == []  # one label twice
    assert bracketed_numbers("30 (12 members, 18 others)") == []  # nothing named before them
    assert bracketed_numbers("Aland (2025)") == []


def test_numbers_after_their_labels_with_a_counter_in_a_clause() -> None:
    text = "甲票12票、乙票18票，合計30票居首"
    found, end = counted_run(text, 0, len(text))
    assert [(label, f.number) for label, f in found] == [("甲票", 12), ("乙票", 18), ("合計", 30)]
    assert text[end:] == "居首"
    assert counted_run("甲票12票居首", 0, 7) == ([], 0)  # one number


def test_names_in_a_sentence_each_with_its_labelled_figures() -> None:
    """Pieces parted by ``；``, each a name, the verb of what it got, then its figures after their labels;
    and the Japanese form, a total then its parts in parentheses, pieces parted by ``、``."""
    text = (
        "甲黨選出新主席\n\n甲黨周六選出新主席。首輪投票中，張三獲得議員票12票、黨員票18票，合計30票居首；"
        "李四獲得議員票10票、黨員票8票，合計18票；王五獲得議員票5票、黨員票4票，合計9票。\n"
    )
    assert _read(text) == [
        ("張三", [(12, "議員票"), (18, "黨員票"), (30, "合計")]),
        ("李四", [(10, "議員票"), (8, "黨員票"), (18, "合計")]),
        ("王五", [(5, "議員票"), (4, "黨員票"), (9, "合計")]),
    ]
    text = (
        "甲党が新総裁を選出\n\n甲党は６日、新総裁を選出した。１回目の投票では、山田太郎氏が３０票（議員票１２、"
        "党員票１８）、田中次郎氏が１８票（議員票１０、党員票８）、佐藤花子氏が９票（議員票５、党員票４）を獲得した。\n"
    )
    assert _read(text) == [
        ("山田太郎", [(30, ""), (12, "議員票"), (18, "党員票")]),
        ("田中次郎", [(18, ""), (10, "議員票"), (8, "党員票")]),
        ("佐藤花子", [(9, ""), (5, "議員票"), (4, "党員票")]),
    ]


def test_wire_lines_of_a_total_and_its_parts_under_a_lead_in() -> None:
    text = (
        "Aland elects a leader\n\nThe party elected its leader on Saturday.\n\nFirst-round results:\n\n"
        "Jane Roe 30 (12 lawmakers, 18 members)\nJohn Doe 18 (10 lawmakers, 8 members)\n"
        "Joe Brown 9 (5 lawmakers, 4 members)\n\nA runoff followed.\n"
    )
    assert _read(text) == [
        ("Jane Roe", [(30, ""), (12, "lawmakers"), (18, "members")]),
        ("John Doe", [(18, ""), (10, "lawmakers"), (8, "members")]),
        ("Joe Brown", [(9, ""), (5, "lawmakers"), (4, "members")]),
    ]


def test_numbered_lines_of_a_total_and_its_parts_after_an_honorific() -> None:
    """``①山田太郎氏　３０票（甲票１２、乙票１８）``: the name without its honorific, the total and its
    parts under their own labels; the related headlines under ``【この記事の関連ニュース】`` are no rows."""
    text = (
        " date 2025-10-06 甲党総裁選\n\n甲党は６日、総裁選の投票を行いました。\n\n"
        "３人の得票は次のとおりです。\n\n"
        "①山田太郎氏　３０票（議員票１２、党員票１８）\n②田中次郎氏　１８票（議員票１０、党員票８）\n"
        "③佐藤花子氏　９票（議員票５、党員票４）\n\n決選投票は午後に行われます。\n\n"
        "【この記事の関連ニュース】\n"
        "・甲党　党員票の開票始まる　各地で\n・決選投票のしくみは　議員票と県連票\n"
    )
    assert _read(text) == [
        ("山田太郎", [(30, ""), (12, "議員票"), (18, "党員票")]),
        ("田中次郎", [(18, ""), (10, "議員票"), (8, "党員票")]),
        ("佐藤花子", [(9, ""), (5, "議員票"), (4, "党員票")]),
    ]


def test_a_text_table_whose_cells_print_what_they_tally() -> None:
    """``１２票``: a number and the votes it counts is a cell's value, not a name of its own."""
    text = (
        " date 2025-10-06 甲党総裁選\n\n甲党総裁選は６日、投開票された。１回目の投票結果は次の通り。\n\n"
        "候補者　　　議員票　　党員票　　合計\n山田太郎　　１２票　　１８票　　３０票\n"
        "田中次郎　　１０票　　８票　　　１８票\n佐藤花子　　５票　　　４票　　　９票\n\n"
        "決選投票は午後に行われた。\n"
    )
    assert _read(text) == [
        ("山田太郎", [(12, "議員票"), (18, "党員票"), (30, "合計")]),
        ("田中次郎", [(10, "議員票"), (8, "党員票"), (18, "合計")]),
        ("佐藤花子", [(5, "議員票"), (4, "党員票"), (9, "合計")]),
    ]
