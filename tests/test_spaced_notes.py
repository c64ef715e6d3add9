"""Bullets whose item is a country, a wide space and a note that enumerates (``- 甲國　外交、公務護照``), on
made-up names: each line one item and its note, never a group's label over its names; a note of one word
(``- 丁國　外交護照``) read alike beside them; a block of labelled lines whose names differ still groups."""

from __future__ import annotations

from pathlib import Path

from sources.registry import parse_path

HEAD = "戊國放寬簽證\n\n己報　2025年6月1日\n\n戊國外交部1日宣布，對下列國家持外交、公務護照人員免簽入境：\n\n"
TAIL = "\n措施自7月1日起實施。\n"


def _read(tmp_path: Path, lines: str) -> list[tuple[str, str, list[str]]]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + lines + TAIL, encoding="utf-8")
    return [
        (m.name_zh, m.group, [a.text for a in m.attributes])
        for m in parse_path(path).mentions
        if m.kind == "list"
    ]


def test_a_country_a_wide_space_and_an_enumerated_note_is_one_item(tmp_path: Path) -> None:
    """Before: ``甲國`` and ``丙國`` read as groups' labels over ``外交``, ``公務護照``, …, and 乙國 and
    丁國 left out."""
    lines = "- 甲國　外交、公務護照\n- 乙國　外交、公務護照\n- 丙國　外交、公務、普通護照\n- 丁國　外交護照\n"
    assert _read(tmp_path, lines) == [
        ("甲國", "", ["外交、公務護照"]),
        ("乙國", "", ["外交、公務護照"]),
        ("丙國", "", ["外交、公務、普通護照"]),
        ("丁國", "", ["外交護照"]),
    ]


def test_labelled_lines_whose_names_differ_still_group_them(tmp_path: Path) -> None:
    """Guard: ``▽甲組　A、B`` over ``▽乙組　C、D``: no name printed twice, a group's label over its names."""
    lines = "▽甲組　甲國、乙國\n▽乙組　丙國、丁國\n"
    assert [(n, g) for n, g, _ in _read(tmp_path, lines)] == [
        ("甲國", "甲組"),
        ("乙國", "甲組"),
        ("丙國", "乙組"),
        ("丁國", "乙組"),
    ]
