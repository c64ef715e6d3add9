"""A ranking told in one sentence, each piece opening with its place (``前五名依次為：第一名甲國（67.5分）、
第二名乙國（64.5分）、…``): each name under its place, its figure as its value, and the lead-in's count the
whole list's; a piece that is not so leaves the sentence to the other readers, the place never part of a
name."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.layouts._inline_place_pieces import place_pieces
from sources.registry import parse_path

HEAD = "甲指數出爐\n\n乙報　2031年9月27日\n\n"
PIECES = (
    "第一名甲國（67.5分）、第二名乙國（64.5分）、第三名丙國（62.4分）、"
    "第四名丁國（61.2分）、第五名戊國（61.0分）"
)


def _parse(tmp_path: Path, body: str):  # noqa: ANN202
    path = tmp_path / "article.txt"
    path.write_text(HEAD + body + "\n\n報告每年發布一次。\n", encoding="utf-8")
    return parse_path(path)


def test_each_piece_is_a_name_under_its_place(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, f"甲會26日發布報告，評比133個經濟體。前五名依次為：{PIECES}。")
    read = [m for m in parsed.mentions if m.kind is Kind.LIST]
    assert [(m.label, m.group, [v.number for v in m.values]) for m in read] == [
        ("甲國", "第一名", [67.5]),
        ("乙國", "第二名", [64.5]),
        ("丙國", "第三名", [62.4]),
        ("丁國", "第四名", [61.2]),
        ("戊國", "第五名", [61.0]),
    ]
    # 133 counts the economies ranked, 前五名 the list
    assert [(h.group, h.stated, h.label) for h in parsed.headings if h.stated is not None] == [
        ("", 5, "前五名")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "前五名依次為：第一名甲國（67.5分）、第二名乙國（64.5分）、丙國（62.4分）、第四名丁國（61.2分）。",
        "前五名依次為：第一名甲國（67.5分）、第二名乙國（64.5分）、第三名是丙國的一個地區。",
    ],
)
def test_guard_a_piece_of_another_shape_leaves_the_sentence_unread_as_places(body: str) -> None:
    """A piece with no place, or a place with no name and figure: the sentence is no ranking so told."""
    assert place_pieces(body, 0, len(body) - 1) == []


def test_a_place_is_never_part_of_a_name(tmp_path: Path) -> None:
    body = "前五名依次為：第一名甲國（67.5分）、第二名乙國（64.5分）、丙國（62.4分）、第四名丁國（61.2分）。"
    parsed = _parse(tmp_path, body)
    assert not [m for m in parsed.mentions if m.kind is Kind.LIST and m.label.startswith("第")]


def test_each_name_of_a_run_starts_after_its_place(tmp_path: Path) -> None:
    body = "前五名依次為：第一名甲國（67.5分）、第二名乙國（64.5分）、丙國（62.4分）、第四名丁國（61.2分）。"
    read = [m for m in _parse(tmp_path, body).mentions if m.kind is Kind.LIST]
    assert [(m.label, [v.number for v in m.values]) for m in read] == [
        ("甲國", [67.5]),
        ("乙國", [64.5]),
        ("丙國", [62.4]),
        ("丁國", [61.2]),
    ]


def test_guard_a_name_that_opens_like_a_place_keeps_its_words(tmp_path: Path) -> None:
    """``第一銀行`` opens with an ordinal and no place word (名, 位): it is a name, whole."""
    body = "甲會公布三家銀行的資本比率：第一銀行（13.2%）、第二銀行（12.9%）、丙銀行（12.5%）。"
    read = [m.label for m in _parse(tmp_path, body).mentions if m.kind is Kind.LIST]
    assert read == ["第一銀行", "第二銀行", "丙銀行"]
