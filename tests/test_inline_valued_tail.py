"""A run of names with their figures whose last name is said in a clause of its own after a pause
(``甲國46%、乙國49%、丙國36%，丁國則為24%``): read whole, the last clause its last item (before: left out)."""

from __future__ import annotations

from pathlib import Path

from pipeline.models import Mention
from sources.registry import parse_path

HEAD = "關稅\n\n甲報 2025年4月3日\n\n"


def _read(tmp_path: Path, sentence: str) -> list[Mention]:
    path = tmp_path / "a.txt"
    path.write_text(HEAD + sentence + "\n", encoding="utf-8")
    return [m for m in parse_path(path).mentions if m.kind.value == "list"]


def _items(read: list[Mention]) -> list[tuple[str, float | None]]:
    return [(m.name_zh, m.values[0].number if m.values else None) for m in read]


def test_the_last_name_said_apart_with_a_copula_is_the_runs_last_item(tmp_path: Path) -> None:
    read = _read(tmp_path, "其中甲國遭課46%、乙國49%、丙國36%，丁國則為24%。")
    assert _items(read) == [("甲國", 46), ("乙國", 49), ("丙國", 36), ("丁國", 24)]
    assert read[-1].values[0].column == ""  # the copula labels no column


def test_a_longer_name_said_apart_is_read_whole(tmp_path: Path) -> None:
    read = _read(tmp_path, "其中甲國46%、乙國49%、丙國36%，丁戊己共和國則為24%。")
    assert _items(read)[-1] == ("丁戊己共和國", 24)


def test_a_levy_verb_before_the_figure_is_no_part_of_the_name(tmp_path: Path) -> None:
    read = _read(tmp_path, "甲國遭課46%、乙國49%、丙國36%。")
    assert _items(read)[0] == ("甲國", 46)


def test_a_clause_after_the_run_that_says_more_than_a_figure_is_no_item(tmp_path: Path) -> None:
    read = _read(tmp_path, "其中甲國46%、乙國49%、丙國36%，丁國的稅率最高達24%。")
    assert [m.name_zh for m in read] == ["甲國", "乙國", "丙國"]


def test_a_clause_of_another_unit_is_no_item(tmp_path: Path) -> None:
    read = _read(tmp_path, "其中甲國46%、乙國49%、丙國36%，丁國則為24億美元。")
    assert [m.name_zh for m in read] == ["甲國", "乙國", "丙國"]


def test_a_clause_of_the_whole_after_the_run_is_no_item(tmp_path: Path) -> None:
    read = _read(tmp_path, "各黨議席：甲黨150席、乙黨90席、丙黨50席、丁黨10席，合共300席。")
    assert [m.name_zh for m in read] == ["甲黨", "乙黨", "丙黨", "丁黨"]
