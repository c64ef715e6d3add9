"""A group's label that is an ordinal and its kind (``第一批``, ``第3組``, ``第一類``) before a colon or a
cue word (``第一批包括：A、B``): the label is the ordinal itself, not a marker to strip (before: no label,
and a second group of two items was left unread)."""

from __future__ import annotations

from pathlib import Path

from sources.layouts._headings import group_label
from sources.registry import parse_path


def test_an_ordinal_and_its_kind_before_a_colon_or_a_cue_is_the_label() -> None:
    assert group_label("第一批：") == "第一批"
    assert group_label("第3組包括") == "第3組"
    assert group_label("第二類包括：") == "第二類"


def test_an_ordinal_before_the_label_is_still_stripped() -> None:
    assert group_label("第一部分：全面禁止") == "全面禁止"
    assert group_label("Part 1: Full ban") == "Full ban"


def test_two_groups_each_an_ordinal_with_a_cue_word_are_read_under_their_labels(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "旅行禁令\n\n甲報 2025年6月5日\n\n第一批包括：甲國、乙國、丙國。\n\n第二批包括：丁國、戊國。\n",
        encoding="utf-8",
    )
    read = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [(m.name_zh, m.group) for m in read] == [
        ("甲國", "第一批"),
        ("乙國", "第一批"),
        ("丙國", "第一批"),
        ("丁國", "第二批"),
        ("戊國", "第二批"),
    ]


def test_the_clause_that_introduces_the_list_is_the_label_of_a_heading_of_several() -> None:
    """A lead-in of a dateline's sentence, then the clause saying what follows (``…電 甲國總統4日簽署公告，
    全面禁止以下12國公民入境：``): that clause is the group's label (before: the whole lead-in)."""
    assert (
        group_label("甲社乙市6月4日電 甲國總統4日簽署公告，全面禁止以下12國公民入境：")
        == "全面禁止以下公民入境"
    )
    assert group_label("甲類機構，共31個，包括：") == "甲類機構"
    assert group_label("第一類，如下：") == "第一類"
