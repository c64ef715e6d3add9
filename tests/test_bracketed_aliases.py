"""Another name of the same person in brackets after the name (``sources/bracketed_aliases.py``): the
item's alias, not its note; a bracket holding a post, a party, an age, an English name or one of a column
of notes keeps its reading. Made-up names; each expectation is read from the article written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import AttributeKind, Mention
from sources.registry import parse_path


def _read(tmp_path: Path, body: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(f"運動員收入榜\n\n北方日報　2025-05-16\n\n{body}\n", encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind == "list"]


def test_a_fuller_name_in_brackets_is_the_items_alias(tmp_path: Path) -> None:
    read = _read(tmp_path, "前3名依序為C羅（羅納度）2.75億美元、甲乙（張三豐）1.56億美元及李四1.46億美元。")
    assert [m.name_zh for m in read] == ["C羅", "甲乙", "李四"]
    assert [m.aliases for m in read] == [("羅納度",), ("張三豐",), ()]
    assert [m.note for m in read] == ["", "", ""]
    assert [[v.raw for v in m.values] for m in read] == [["2.75億美元"], ["1.56億美元"], ["1.46億美元"]]


def test_a_post_a_party_an_age_and_an_english_name_keep_their_reading(tmp_path: Path) -> None:
    read = _read(tmp_path, "入選名單：張三（主席）、李四（甲黨）、王五（65歲）、趙六（Jane Roe）。")
    assert [m.name_zh for m in read] == ["張三", "李四", "王五", "趙六"]
    assert not any(m.aliases for m in read)
    assert [[a.kind for a in m.attributes] for m in read[:3]] == [
        [AttributeKind.TITLE],
        [AttributeKind.TAG],
        [AttributeKind.OTHER],
    ]
    assert read[3].name_en == "Jane Roe"


def test_a_column_of_notes_is_no_list_of_aliases(tmp_path: Path) -> None:
    """``錢七（羽毛球）`` beside ``趙六（多明尼加）``: one column of notes, no other names; nor a bracket
    all the items share."""
    read = _read(tmp_path, "入選名單：王五、趙六（多明尼加）、錢七（羽毛球）、孫八（高爾夫）。")
    assert not any(m.aliases for m in read)
    shared = _read(tmp_path, "入選名單：王五（張三豐）、趙六（張三豐）、錢七（張三豐）。")
    assert not any(m.aliases for m in shared)


def test_what_a_place_holds_in_brackets_is_no_other_name_of_it(tmp_path: Path) -> None:
    """``中國（含澳門）``: a country and what it takes in, a note (a place CLDR knows is no person)."""
    read = _read(tmp_path, "第三級包括：中國（含澳門）、俄羅斯、伊朗。")
    assert [m.name_zh for m in read][:1] == ["中國"]
    assert not any(m.aliases for m in read)


@pytest.mark.xfail(
    strict=True,
    reason="a fuller name of two characters in brackets (`甲乙（李四）`) is not told from a note of two "
    "(`張三（足球）`): it stays the item's bracket",
)
def test_a_fuller_name_of_two_characters_is_the_items_alias(tmp_path: Path) -> None:
    read = _read(tmp_path, "前3名依序為甲乙（李四）2.75億美元、王五1.56億美元及趙六1.46億美元。")
    assert [(m.name_zh, m.aliases) for m in read][:1] == [("甲乙", ("李四",))]


@pytest.mark.xfail(
    strict=True,
    reason="a lone bracket of three characters or more that names no person (`張三（羽毛球）`, one item's "
    "sport) is shaped as a fuller name and read as the item's alias: no word list tells a calling from "
    "a name",
)
def test_a_lone_sport_in_brackets_is_no_alias(tmp_path: Path) -> None:
    read = _read(tmp_path, "前3名依序為張三（羽毛球）2.75億美元、王五1.56億美元及趙六1.46億美元。")
    assert not any(m.aliases for m in read)
