"""Words on the edges of an East Asian run's pieces that are no part of a name
(``sources/layouts/_piece_edges.py``): a joiner opening the last piece (``、以及丁國``, ``、及丁國``,
``、そしてシルダヴィア``), and a particle closing a name that ends the run while the sentence goes on
(``…、そしてシルダヴィアの国民は、観光や留学の…``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

KANA_NAMES = ["アランド", "ボルドゥリア", "ダルマチア共和国", "シルダヴィア"]


def _names(tmp_path: Path, sentence: str) -> list[str]:
    (tmp_path / "a.txt").write_text(f"甲國宣布禁令\n\n{sentence}\n", "utf-8")
    return [m.label for m in parse_path(tmp_path / "a.txt").mentions if m.kind is Kind.LIST]


@pytest.mark.parametrize(
    "sentence",
    ["禁令對象包括甲國、乙國、丙國、及丁國等4國。", "禁令對象包括甲國、乙國、丙國、以及丁國等4國。"],
)
def test_a_chinese_joiner_opening_the_last_piece_is_no_part_of_its_name(
    tmp_path: Path, sentence: str
) -> None:
    assert _names(tmp_path, sentence) == ["甲國", "乙國", "丙國", "丁國"]


def test_a_japanese_joiner_and_a_note_in_parentheses(tmp_path: Path) -> None:
    """``そして`` before the last name; a note after one (``（旧カルパチア）``) and a state's form after
    another (``共和国``) leave them names in katakana."""
    sentence = (
        "布告は、アランド、ボルドゥリア（旧カルパチア）、ダルマチア共和国、そしてシルダヴィアの国民の入国を"
        "禁じる。"
    )
    assert _names(tmp_path, sentence) == KANA_NAMES


def test_a_particle_closing_a_name_ends_the_run(tmp_path: Path) -> None:
    sentence = (
        "またアランド、ボルドゥリア、ダルマチア共和国、そしてシルダヴィアの国民は、観光や留学のビザ申請が"
        "認められなくなる。"
    )
    assert _names(tmp_path, sentence) == KANA_NAMES


def test_etc_after_the_last_value_closes_a_run_of_valued_names(tmp_path: Path) -> None:
    """``…、丁国は46％などとなっている``: ``など`` closes the run after the last value; every name is read
    with its value, none with its particle (``甲国は``)."""
    (tmp_path / "v.txt").write_text(
        "甲国の税率\n\n税率は国ごとに異なり、甲国は34％、乙国は20％、丙国は24％、丁国は46％などとなっている。\n",
        "utf-8",
    )
    found = [(m.label, [v.number for v in m.values]) for m in parse_path(tmp_path / "v.txt").mentions]
    assert found == [("甲国", [34.0]), ("乙国", [20.0]), ("丙国", [24.0]), ("丁国", [46.0])]
