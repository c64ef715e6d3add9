"""``name：value`` lines numbered in Chinese numerals (``（一）甲國：882萬人次``, ``一、甲國：882萬人次``):
the number is the line's marker, neither a note of the name (before: ``（一）`` was kept as the note) nor
a name tied with it (before: ``一`` was read as an item of its own, sharing the figure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Mention
from sources.registry import parse_path

HEAD = "訪客\n\n甲報 2025年1月15日\n\n2024年訪客人數排名：\n\n"
ROWS = [("甲國", "882萬人次"), ("乙國", "698萬人次"), ("丙國", "604萬人次"), ("丁國", "272萬人次")]
NUMERALS = "一二三四"


def _read(tmp_path: Path, text: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind.value == "list"]


@pytest.mark.parametrize("marker", ["（{}）", "{}、"])
def test_a_chinese_numeral_numbering_each_line_is_its_marker(tmp_path: Path, marker: str) -> None:
    lines = "".join(f"{marker.format(n)}{name}：{v}\n" for n, (name, v) in zip(NUMERALS, ROWS, strict=True))
    read = _read(tmp_path, HEAD + lines)
    assert [(m.name_zh, m.note, m.values[0].number) for m in read] == [
        ("甲國", "", 8_820_000),
        ("乙國", "", 6_980_000),
        ("丙國", "", 6_040_000),
        ("丁國", "", 2_720_000),
    ]


def test_names_tied_on_a_numbered_line_still_share_its_figure(tmp_path: Path) -> None:
    text = HEAD + "一、甲國、乙國：25%\n二、丙國：20%\n三、丁國：15%\n四、戊國：10%\n"
    read = _read(tmp_path, text)
    assert [(m.name_zh, m.values[0].number) for m in read] == [
        ("甲國", 25),
        ("乙國", 25),
        ("丙國", 20),
        ("丁國", 15),
        ("戊國", 10),
    ]
