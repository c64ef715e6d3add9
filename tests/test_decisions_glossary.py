"""Reviewer decisions as a glossary: spellings that apply in any story, unused rows, finding rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from matching_fixtures import _mention

from pipeline.errors import DecisionsError
from pipeline.matching import link_prose, load_decisions, match_lists, unused_summary
from pipeline.models import Kind, Level

# Two outlets of one story: a Chinese-only abbreviation and an English-only name share no evidence.
STORY = [
    _mention("a", 1, None, "世衛"),
    _mention("a", 2, None, "聯合國兒童基金會"),
    _mention("b", 1, None, "", "World Health Organization"),
    _mention("b", 2, None, "聯合國兒童基金會"),
]


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text(json.dumps({"version": "1", "decisions": rows}, ensure_ascii=False), encoding="utf-8")
    return path


def test_without_the_glossary_the_two_spellings_stay_apart() -> None:
    matching = match_lists(STORY)
    assert matching.entity_of("a#1") != matching.entity_of("b#1")


def test_a_glossary_pair_of_spellings_links_them_in_any_story(tmp_path: Path) -> None:
    glossary = load_decisions(
        _write(
            tmp_path / "g.json", [{"kind": "same", "name_zh": "世卫", "name_en": "World Health Organization"}]
        )
    )
    matching = match_lists(STORY, decisions=glossary)  # the glossary's Simplified spelling folds
    assert matching.entity_of("a#1") == matching.entity_of("b#1")
    link = next(lk for lk in matching.links if lk.mention in ("a#1", "b#1") and lk.level is not Level.SEED)
    assert link.level is Level.REVIEWER
    assert matching.unused_decisions == ()


def test_glossary_rows_about_other_stories_are_unused_not_errors(tmp_path: Path) -> None:
    rows = [
        {"kind": "same", "a": "世卫", "b": "World Health Organization"},  # used
        {"kind": "same", "name_zh": "寮國", "name_en": "Laos"},  # neither spelling in this story
        {"kind": "not_same", "a": "聯合國兒童基金會", "b": "UNICEF"},  # one side missing
        {"kind": "canonical", "a": "zz#9", "name_en": "Nowhere"},  # a mention of another run
    ]
    glossary = load_decisions(_write(tmp_path / "g.json", rows))
    matching = match_lists(STORY, decisions=glossary)
    assert matching.unused_decisions == ("g.json decision 2", "g.json decision 3", "g.json decision 4")
    assert (
        unused_summary(matching.unused_decisions)
        == "3 glossary decisions not used in this run (rows 2, 3, 4)"
    )


def test_a_decision_unused_by_the_lists_can_name_a_prose_candidate(tmp_path: Path) -> None:
    glossary = load_decisions(
        _write(
            tmp_path / "g.json",
            [{"kind": "same", "a": "世界衛生組織", "b": "a#1"}, {"kind": "same", "a": "x#1", "b": "y#2"}],
        )
    )
    lists = match_lists(STORY, decisions=glossary)
    assert lists.unused_decisions == ("g.json decision 1", "g.json decision 2")
    prose = _mention("c", 7, None, "世界衛生組織", kind=Kind.PROSE)
    extended, chosen = link_prose([prose], lists, decisions=glossary)
    assert chosen == (lists.entity_of("a#1"),)
    assert extended.unused_decisions == ("g.json decision 2",)


def test_finding_rows_are_accepted_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text(
        "version,kind,a,b,name_en,name_zh,fingerprint,note\n"
        "1,same,世卫,World Health Organization,,,,\n"
        "1,confirmed,,,,,3f2a9c,quote checked against the archive\n"
        "1,false_alarm,,,,,77b0e1,the outlet corrected the list\n",
        encoding="utf-8",
    )
    glossary = load_decisions(path)
    assert [(d.kind, d.a, d.b) for d in glossary.items] == [("same", "世卫", "World Health Organization")]


def test_a_same_row_needs_two_sides(tmp_path: Path) -> None:
    with pytest.raises(DecisionsError) as err:
        load_decisions(_write(tmp_path / "g.json", [{"kind": "same", "name_zh": "世卫"}]))
    assert err.value.problems == [
        "g.json decision 1: 'a' is empty",
    ]
