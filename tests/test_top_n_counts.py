"""A cut-off by rank that counts a list with no counter word, the noun after 的 or 大
(``排名前五的經濟體依次為``, ``前十大貿易夥伴``): the list's stated count, as ``前5名`` is."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.lang.counts import find_counts
from sources.registry import parse_path


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("排名前五的經濟體依次為", 5),
        ("排名前5的经济体依次为", 5),
        ("位列前十的國家是", 10),
        ("前十大貿易夥伴為", 10),
        ("前三大城市", 3),
    ],
)
def test_a_top_n_with_its_noun_is_a_count(text: str, value: int) -> None:
    assert [c.value for c in find_counts(text)] == [value]


@pytest.mark.parametrize("text", ["前三季的經濟成長率", "前五年的平均", "前兩天的會議"])
def test_a_span_of_time_before_is_no_count(text: str) -> None:
    assert find_counts(text) == []


def test_the_top_n_states_the_count_of_the_list_after_it(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "競爭力排名出爐\n2025年6月17日　甲報\n\n"
        "甲學院17日發布年報，排名前五的經濟體依次為甲國、乙國、丙國、丁國和戊國。\n",
        encoding="utf-8",
    )
    result = parse_path(path)
    assert [h.stated for h in result.headings] == [5]
    assert len([m for m in result.mentions if m.kind.value == "list"]) == 5


@pytest.mark.parametrize(
    ("text", "values"),
    [("The top five were", [5]), ("in the top three", [3]), ("the top 1% of earners", []), ("top 10.5", [])],
)
def test_an_english_top_n_is_a_count_and_a_share_is_not(text: str, values: list[int]) -> None:
    assert [c.value for c in find_counts(text)] == values


def test_english_items_each_after_its_number_in_parentheses(tmp_path: Path) -> None:
    """``The top five were (1) Aland, (2) Borduria, … and (5) the Elbonian Republic``: the five names,
    whole (the number in parentheses is no count, the last name no less a name for its ``the``)."""
    path = tmp_path / "a.txt"
    path.write_text(
        "Ranking\nJune 17, 2025\n\nThe top five were (1) Aland, (2) Borduria, (3) New Carpathia, "
        "(4) Dalmatia and (5) the Elbonian Republic.\n",
        encoding="utf-8",
    )
    result = parse_path(path)
    assert [m.label for m in result.mentions if m.kind.value == "list"] == [
        "Aland",
        "Borduria",
        "New Carpathia",
        "Dalmatia",
        "Elbonian Republic",
    ]
    assert [h.stated for h in result.headings] == [5]


def test_numbers_in_parentheses_out_of_turn_part_nothing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Rules\nJune 17, 2025\n\nUnder rule (4) Aland may appeal, and under (7) Borduria may, "
        "as (2) Carpathia said.\n",
        encoding="utf-8",
    )
    assert [m.label for m in parse_path(path).mentions if m.kind.value == "list"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Aland ranked first, followed by Borduria, Carpathia, Dalmatia and the Elbonian Republic.",
        "The leader was Aland, followed by Borduria, Carpathia, Dalmatia and Elbonia.",
    ],
)
def test_a_ranking_whose_first_name_leads_in_is_never_read_without_it(tmp_path: Path, sentence: str) -> None:
    """``Aland ranked first, followed by B, C, D and E`` with no figures: the run after ``followed by`` is
    not the list without its first (a part of a list is worse than none)."""
    path = tmp_path / "a.txt"
    path.write_text(f"Ranking\nJune 17, 2025\n\n{sentence}\n", encoding="utf-8")
    labels = [m.label for m in parse_path(path).mentions if m.kind.value == "list"]
    assert labels == [] or labels[0] == "Aland"


def test_a_whole_number_of_points_is_a_lines_score(tmp_path: Path) -> None:
    """``第1名：甲國，100分`` over ``第2名：乙國，99.4分``: the first line's score has no decimals but says
    it is points; the series is read whole, each place its line's."""
    path = tmp_path / "a.txt"
    path.write_text(
        "排名\n2025年6月17日\n\n第1名：甲國，100分\n第2名：乙國，99.4分\n第3名：丙國，99.2分\n",
        encoding="utf-8",
    )
    items = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [(m.label, [v.number for v in m.values]) for m in items] == [
        ("甲國", [100]),
        ("乙國", [99.4]),
        ("丙國", [99.2]),
    ]


def test_a_run_after_followed_by_with_its_figures_is_read_with_the_others(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Tariffs\nJuly 7, 2025\n\nThe highest rates fell on Aland and Borduria, at 40 %, followed by "
        "Carpathia and Dalmatia, at 36 %. Elbonia, Fredonia and Gondal will each face 25 %.\n",
        encoding="utf-8",
    )
    items = [m for m in parse_path(path).mentions if m.kind.value == "list"]
    assert [(m.label, [v.number for v in m.values]) for m in items] == [
        ("Aland", [40]),
        ("Borduria", [40]),
        ("Carpathia", [36]),
        ("Dalmatia", [36]),
        ("Elbonia", [25]),
        ("Fredonia", [25]),
        ("Gondal", [25]),
    ]
