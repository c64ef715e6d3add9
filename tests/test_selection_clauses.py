"""Clauses of one sentence, each names with the value they share, are one list told clause by clause; the
same clauses after ``其中`` / ``Among them`` are examples of a larger whole, and a count of that whole
over them is no short list."""

from __future__ import annotations

from pathlib import Path

from pipeline.run import reconcile

WHOLE = (
    "甲國發出關稅信函\n\n{outlet}　2025年7月8日\n\n甲國總統7日公布致14國的關稅信函。"
    "{lead}乙國和丙國為25%，丁國和戊國為40%，己國和庚國為36%。\n"
)


def _short(tmp_path: Path, lead: str, *, joined: bool = False) -> list[str]:
    """Who is said to list too few; ``joined``: the clauses follow the count in its sentence (``的關稅信函，
    其中…``)."""
    whole = WHOLE.replace("信函。{lead}", "信函，其中") if joined else WHOLE
    for name, outlet in (("01", "甲報"), ("02", "乙報")):
        (tmp_path / f"{name}.txt").write_text(whole.format(outlet=outlet, lead=lead), encoding="utf-8")
    result = reconcile([str(tmp_path)])
    assert len(result.mentions) == 12  # six names an outlet, each read
    return [d.sources[0] for d in result.discrepancies if d.kind == "list_short"]


def test_clauses_after_among_them_are_examples_of_the_whole(tmp_path: Path) -> None:
    assert _short(tmp_path, "其中") == []


def test_clauses_after_among_them_in_the_sentence_of_the_count_are_examples(tmp_path: Path) -> None:
    assert _short(tmp_path, "", joined=True) == []


def test_clauses_without_a_word_of_a_part_are_the_list_the_count_numbers(tmp_path: Path) -> None:
    """The same sentence without 其中: six names under a count of 14, short on both outlets' own words."""
    assert sorted(_short(tmp_path, "")) == ["01", "02"]
