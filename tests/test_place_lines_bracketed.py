"""Two layouts of lines read by the inline layout, on made-up names: a ranking printed one place a line
with its figure in brackets (``第3名：丙國、丁國、戊國（188國）``), each name under its place with the line's
figure; and a Japanese line of names under a sentence that ends on what follows (``対象は次の国と地域。``),
read as under a colon."""

from __future__ import annotations

import pytest

from sources.registry import parse_document
from tests.document_fixtures import text_document

ZH = """護照排名
2031年1月8日 子報

最新護照指數前五名如下：
第1名：甲國（190國）
第2名：乙國（189國）
第3名：丙國、丁國、戊國（188國）
第4名：己國、庚國（187國）
第5名：辛國（186國）

子國排名第33。
"""

JA = """パスポートランキング
2031年1月8日 丑新聞

最新の指数の上位は次の通り。
1位：甲国（190カ国）
2位：乙国（189カ国）
3位：丙国、丁国、戊国（188カ国）
4位：己国（187カ国）

子国は33位だった。
"""

EN_ORDINALS = """Passport ranking
8 January 2031, Aland Daily

The top places in the latest index:
1st: Aland (190)
2nd: Borduria (189)
3rd: Carpathia, Dalmatia and Elbonia (188)
4th: Freedonia (187)

Zenithia ranked 33rd.
"""

EN_NUMBERS = """Passport ranking
8 January 2031, Aland Daily

The top places in the latest index:
No. 1: Aland (190 destinations)
No. 2: Borduria (189 destinations)
No. 3: Carpathia, Dalmatia and Elbonia (188 destinations)
No. 4: Freedonia (187 destinations)

Zenithia ranked 33rd.
"""


def _read(text: str) -> list[tuple[str, str, list[float]]]:
    """(name, group, value numbers) of every item read."""
    got = parse_document(text_document(text))
    return [(m.name_zh or m.name_en, m.group, [v.number for v in m.values]) for m in got.mentions]


@pytest.mark.parametrize(
    ("text", "names", "places"),
    [
        (ZH, "甲國 乙國 丙國 丁國 戊國 己國 庚國 辛國", "第1名 第2名 第3名 第3名 第3名 第4名 第4名 第5名"),
        (JA, "甲国 乙国 丙国 丁国 戊国 己国", "1位 2位 3位 3位 3位 4位"),
        (EN_ORDINALS, "Aland Borduria Carpathia Dalmatia Elbonia Freedonia", "1st 2nd 3rd 3rd 3rd 4th"),
        (
            EN_NUMBERS,
            "Aland Borduria Carpathia Dalmatia Elbonia Freedonia",
            "No._1 No._2 No._3 No._3 No._3 No._4",
        ),
    ],
)
def test_a_ranking_one_place_a_line_with_its_figure_in_brackets(text: str, names: str, places: str) -> None:
    got = _read(text)
    assert [n for n, _, _ in got] == names.split()
    assert [g for _, g, _ in got] == [p.replace("_", " ") for p in places.split()]
    # the tied names share their line's figure
    figures = {"第1名": 190, "第2名": 189, "第3名": 188, "第4名": 187, "第5名": 186}
    figures |= {"1位": 190, "2位": 189, "3位": 188, "4位": 187}
    figures |= {"1st": 190, "2nd": 189, "3rd": 188, "4th": 187}
    figures |= {"No. 1": 190, "No. 2": 189, "No. 3": 188, "No. 4": 187}
    assert [v for _, _, v in got] == [[figures[g]] for _, g, _ in got]


def test_one_place_line_among_prose_is_no_ranking() -> None:
    """A line so alone (no line of the series above or below it) is prose: nothing read from it."""
    text = "護照排名\n\n據最新指數：\n第1名：甲國（190國）\n\n子國排名第33，較去年上升兩位。\n"
    assert not any(values for _, _, values in _read(text))


def test_brackets_holding_no_figure_are_no_place_lines() -> None:
    text = ZH.replace("（190國）", "（首都子市）").replace("（189國）", "（首都丑市）")
    got = _read(text)
    assert ("甲國", "第1名", [190]) not in got
    assert not any(n == "甲國" and values for n, _, values in got)


JA_LEAD = "入国制限\n\n2031年1月8日 丑新聞\n\n{lead}\n甲国、乙国、丙国、丁国\n\n詳細は後日発表される。\n"


@pytest.mark.parametrize(
    "lead",
    ["入国制限の対象は次の国と地域。", "入国制限の対象は以下の4カ国です。", "入国制限の対象は次の国と地域："],
)
def test_a_line_of_names_under_a_sentence_that_ends_on_what_follows(lead: str) -> None:
    assert [n for n, _, _ in _read(JA_LEAD.format(lead=lead))] == ["甲国", "乙国", "丙国", "丁国"]


@pytest.mark.parametrize(
    "lead",
    [
        "入国制限の対象は拡大された。",  # nothing said to follow
        "入国制限は次の会合で決まる。",  # 次の, but the sentence goes on past its noun
        "対象者は以下の水準だった。",  # 以下の, the sentence ends on a verb
    ],
)
def test_a_sentence_that_does_not_introduce_keeps_the_line_unread(lead: str) -> None:
    assert _read(JA_LEAD.format(lead=lead)) == []
