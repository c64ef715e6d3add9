"""An English run of names with their figures read from a sentence that gives more names their figures
in other shapes (``A topped the ranking (7.736), followed by B (7.521) and C (7.515), with D (7.345), …``):
the run is a part of the list, and read alone it would accuse the outlet of leaving the rest out, so the
sentence is left unread; a run that holds every valued name of its sentence is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.models import Kind
from sources.registry import parse_path

HEAD = "Aland tops the ranking again\n\nExample Wire, March 20, 2031\n\n"


def _read(tmp_path: Path, body: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "article.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return [(m.label, [v.raw for v in m.values]) for m in parse_path(path).mentions if m.kind is Kind.LIST]


def test_a_ranking_told_in_clauses_is_read_whole(tmp_path: Path) -> None:
    """The first, ``followed by`` two, ``with`` the rest ``completing the top 10``: every valued name of
    the sentence, in its order, each with its figure, and the count of the top 10."""
    body = (
        "Aland topped the ranking for the eighth year (7.736), followed by Borduria (7.521) and Carpathia "
        "(7.515), with Dalmatia (7.345), the Elbonia (7.306), Freedonia (7.274), Genovia (7.262), Hyrule "
        "(7.234), Ruritania (7.122) and Zubrowka (6.979) completing the top 10."
    )
    assert _read(tmp_path, body) == [
        ("Aland", ["7.736"]),
        ("Borduria", ["7.521"]),
        ("Carpathia", ["7.515"]),
        ("Dalmatia", ["7.345"]),
        ("Elbonia", ["7.306"]),
        ("Freedonia", ["7.274"]),
        ("Genovia", ["7.262"]),
        ("Hyrule", ["7.234"]),
        ("Ruritania", ["7.122"]),
        ("Zubrowka", ["6.979"]),
    ]
    path = tmp_path / "article.txt"
    assert [(h.stated, h.label) for h in parse_path(path).headings if h.stated] == [(10, "the top 10")]


@pytest.mark.parametrize(
    "body",
    [
        # the rest after "with" is closed by no words that end the ranking: where it ends is unsaid
        "Aland topped the ranking (7.736), followed by Borduria (7.521) and Carpathia (7.515), with "
        "Dalmatia (7.345) and Elbonia (7.306) close behind.",
        # a piece with no figure of its own: the run is not read in part
        "Aland topped the ranking (7.736), followed by Borduria (7.521), Carpathia and Dalmatia (7.345), "
        "with Elbonia (7.306) completing the top five.",
    ],
)
def test_guard_a_ranking_in_clauses_not_read_whole_is_left_unread(tmp_path: Path, body: str) -> None:
    assert _read(tmp_path, body) == []


def test_guard_a_run_holding_every_valued_name_is_read(tmp_path: Path) -> None:
    body = "The new rates take effect on Friday: Aland (41%), Borduria (30%) and Carpathia (25%)."
    assert _read(tmp_path, body) == [("Aland", ["41%"]), ("Borduria", ["30%"]), ("Carpathia", ["25%"])]
