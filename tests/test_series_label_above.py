"""A group's label in a series alone on the line above the sentence of its names, on made-up names:
``第3グループ`` over ``甲国（乙地区を含む）、丙国、丁国など…``; the label heads them as a colon would join
it to them (``第三級：甲國、乙國…``), and a particle in the first name's brackets cuts nothing off it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.registry import parse_path

HEAD = "{title}\n\n甲新報　2025年1月14日\n\n{lead}\n\n{first}\n{first_names}\n\n{label}\n{names}\n\n{after}\n"
JA = {
    "title": "甲国、輸出規制を強化",
    "lead": "甲国商務省は13日、輸出規制を発表した。国・地域を3つのグループに分ける。",
    "first": "第1グループ（3カ国）",
    "first_names": "戊国、己国、庚国",
    "after": "戊国は第1グループに入った。",
}


def _read(tmp_path: Path, label: str, names: str) -> list[tuple[str, str, str]]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD.format(label=label, names=names, **JA), encoding="utf-8")
    return [(m.name_zh, m.note, m.group) for m in parse_path(path).mentions if m.kind == "list"]


FIRST = [("戊国", "", "第1グループ"), ("己国", "", "第1グループ"), ("庚国", "", "第1グループ")]


@pytest.mark.parametrize(
    "names",
    [
        "甲国（乙地区を含む）、丙国、丁国、辛国など武器を禁輸している国。原則として輸出を認めない。",
        "甲国（乙地区を含む）、丙国、丁国、辛国。",
    ],
)
def test_a_series_label_alone_over_a_sentence_of_names_heads_them(tmp_path: Path, names: str) -> None:
    """Before: the names left unread (the label has no colon, the line holds more than the names), and
    the first cut after the を in its brackets (``含む）``)."""
    third = [
        ("甲国", "乙地区を含む", "第3グループ"),
        *((n, "", "第3グループ") for n in ("丙国", "丁国", "辛国")),
    ]
    assert _read(tmp_path, "第3グループ", names) == [*FIRST, *third]


def test_a_line_above_that_is_no_series_label_heads_nothing(tmp_path: Path) -> None:
    """Guard: a line of prose above the sentence (``規制が強化された``) is no label; its names stay unread
    as they were."""
    read = _read(
        tmp_path, "規制が強化された", "甲国、丙国、丁国など武器を禁輸している国。原則として輸出を認めない。"
    )
    assert read == FIRST
