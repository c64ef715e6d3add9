"""What a list prints in brackets after a person beside an age, or in lower case after an English item: the
person's own notes, never part of the name. ``佐藤花子（44歲，首度入閣）``: the age and the note (before:
neither, a bracket of two pieces not read as told of the person); ``Jane Roe, 44 (new)``: the age and the
note (before: the name read as ``Jane Roe, 44``)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Mention
from sources.registry import parse_path


def _read(tmp_path: Path, text: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind.value == "list"]


def _said(m: Mention) -> list[tuple[str, str]]:
    return [(a.kind.value, a.text) for a in m.attributes]


def test_an_age_and_a_note_in_one_bracket_after_a_chinese_name(tmp_path: Path) -> None:
    text = (
        "新內閣\n\n甲報 2025年10月21日\n\n主要閣員名單如下：\n\n"
        "- 首相：張三（64歲）\n- 總務大臣：李四（44歲，首度入閣）\n- 法務大臣：王五（56歲）\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_zh for m in read] == ["張三", "李四", "王五"]
    assert _said(read[1]) == [("title", "總務大臣"), ("other", "44歲"), ("other", "首度入閣")]


def test_an_age_then_a_note_in_lower_case_after_an_english_name(tmp_path: Path) -> None:
    text = (
        "New cabinet\n\nBy Staff | Oct. 21, 2025\n\nIts key members:\n\n"
        "Prime Minister — Jane Roe, 64\nInterior Minister — John Doe, 44 (new)\n"
        "Justice Minister — Mary Major, 56\n"
    )
    read = _read(tmp_path, text)
    assert [m.name_en for m in read] == ["Jane Roe", "John Doe", "Mary Major"]
    assert _said(read[1]) == [("title", "Interior Minister"), ("other", "44"), ("other", "new")]


def test_a_bracket_of_words_beside_no_age_is_not_so_read(tmp_path: Path) -> None:
    """A guard: without an age, ``（首度入閣，乙黨）`` is not told of the person by this reading."""
    text = (
        "新內閣\n\n甲報 2025年10月21日\n\n主要閣員名單如下：\n\n"
        "- 首相：張三\n- 總務大臣：李四（首度入閣，乙黨）\n- 法務大臣：王五\n"
    )
    read = _read(tmp_path, text)
    assert ("other", "首度入閣") not in _said(read[1])
