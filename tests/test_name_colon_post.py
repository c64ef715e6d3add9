"""Lines of a name, a colon and the person's post (``張三：保安局局長``), and the presentation forms of
punctuation some outlets type for the usual marks (Hong Kong's ``︰`` for ``：``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.scripts import PUNCTUATION_FORMS
from pipeline.models import AttributeKind
from sources.registry import parse_path

OFFICIALS = """甲國制裁5名乙國官員

甲國財政部周五宣布制裁5名乙國官員，名單如下{colon}
張三{colon}行政長官
李四{colon}保安局局長
王五{colon}警務處處長
趙六{colon}政制及內地事務局局長
錢七{colon}律政司司長
"""

POSTS_FIRST = """甲國制裁5名乙國官員

甲國財政部周五宣布制裁5名乙國官員，名單如下︰
行政長官︰張三
保安局局長︰李四
警務處處長︰王五
政制及內地事務局局長︰趙六
律政司司長︰錢七
"""

JAPANESE = """甲国、乙国の閣僚4人を制裁

甲国政府は3日、乙国の閣僚4人を制裁対象に加えると発表した。対象者は次の通り。
山田太郎：外務大臣
佐藤花子：防衛大臣
鈴木一郎：財務大臣
高橋次郎：経済産業大臣
"""

NOT_POSTS = """甲國對4國暫停簽證

甲國外交部5日宣布，對以下4個國家的公民暫停發放簽證：
乙國：即日起生效
丙國：即日起生效
丁國：6月1日起生效
戊國：7月1日起生效
"""


def _people(tmp_path: Path, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [(m.label, [a.text for a in m.attributes]) for m in parse_path(path).mentions]


EXPECTED = [
    ("張三", ["行政長官"]),
    ("李四", ["保安局局長"]),
    ("王五", ["警務處處長"]),
    ("趙六", ["政制及內地事務局局長"]),
    ("錢七", ["律政司司長"]),
]


@pytest.mark.parametrize("colon", ["：", "︰", "﹕"])
def test_name_colon_post_lines(tmp_path: Path, colon: str) -> None:
    assert _people(tmp_path, OFFICIALS.format(colon=colon)) == EXPECTED


def test_post_colon_name_lines_with_the_vertical_colon(tmp_path: Path) -> None:
    assert _people(tmp_path, POSTS_FIRST) == EXPECTED


def test_japanese_name_colon_post(tmp_path: Path) -> None:
    assert _people(tmp_path, JAPANESE) == [
        ("山田太郎", ["外務大臣"]),
        ("佐藤花子", ["防衛大臣"]),
        ("鈴木一郎", ["財務大臣"]),
        ("高橋次郎", ["経済産業大臣"]),
    ]


def test_words_after_a_colon_that_are_no_post_are_no_title(tmp_path: Path) -> None:
    # what the colon is followed by here is no post: nothing is taken as one; it says how the measure
    # stands for each country, an attribute of the item (``tests/test_status_after_colon.py``)
    path = tmp_path / "a.txt"
    path.write_text(NOT_POSTS, encoding="utf-8")
    mentions = parse_path(path).mentions
    assert not [a for m in mentions for a in m.attributes if a.kind is AttributeKind.TITLE]
    assert [(m.label, [a.text for a in m.attributes]) for m in mentions] == [
        ("乙國", ["即日起生效"]),
        ("丙國", ["即日起生效"]),
        ("丁國", ["6月1日起生效"]),
        ("戊國", ["7月1日起生效"]),
    ]


def test_presentation_forms_keep_every_offset() -> None:
    text = "名單如下︰甲、乙﹐丙﹔丁｡"
    read = text.translate(PUNCTUATION_FORMS)
    assert read == "名單如下：甲、乙，丙；丁。"
    assert len(read) == len(text)
